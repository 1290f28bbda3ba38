package graph

import (
	"context"
	"fmt"
	"testing"
)

func TestByteLRUKeepsItsBudget(t *testing.T) {
	ctx := context.Background()
	c := newByteLRU(100, 40, func(k string, v string) int { return len(v) })
	c.Add(ctx, "big", string(make([]byte, 41)))
	if _, ok := c.Get(ctx, "big"); ok {
		t.Fatal("an entry over the largest weight was kept")
	}
	for i := range 10 {
		c.Add(ctx, fmt.Sprint(i), string(make([]byte, 30)))
		c.Get(ctx, "0") // 0 stays the most recently used
	}
	if c.used > 100 || c.order.Len() != 3 || len(c.index) != 3 {
		t.Fatalf("used %d bytes in %d entries, want at most 100 in 3", c.used, c.order.Len())
	}
	for _, k := range []string{"0", "9", "8"} {
		if _, ok := c.Get(ctx, k); !ok {
			t.Errorf("%s was dropped, want the most recently used kept", k)
		}
	}
	c.Add(ctx, "9", "short")
	if v, _ := c.Get(ctx, "9"); v != "short" || c.used != 65 {
		t.Fatalf("replacing an entry: %q, used %d", v, c.used)
	}
}
