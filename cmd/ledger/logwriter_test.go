package main

import (
	"strings"
	"testing"
	"time"
)

// TestLogWriter checks that buffered lines reach the output by the next
// tick, every line is kept in order, and lines after Close go straight out.
func TestLogWriter(t *testing.T) {
	out := &syncBuffer{}
	lw := newLogWriter(out, 10*time.Millisecond)
	lw.Write([]byte("one\n"))
	deadline := time.Now().Add(10 * time.Second)
	for out.String() != "one\n" {
		if time.Now().After(deadline) {
			t.Fatalf("a buffered line was not written within 10 s: %q", out.String())
		}
		time.Sleep(5 * time.Millisecond) // the ticker is the event; nothing to wait on
	}
	var want strings.Builder
	want.WriteString("one\n")
	for i := range 5000 { // more than the buffer holds
		line := strings.Repeat("x", i%50) + "\n"
		lw.Write([]byte(line))
		want.WriteString(line)
	}
	if err := lw.Close(); err != nil {
		t.Fatal(err)
	}
	lw.Write([]byte("after\n"))
	want.WriteString("after\n")
	if out.String() != want.String() {
		t.Errorf("output differs from the lines written (%d bytes, want %d)", len(out.String()), want.Len())
	}
	if err := lw.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}
