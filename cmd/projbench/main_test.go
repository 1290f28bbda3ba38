package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/internal/gen"
)

// TestRun measures a small generated ledger, twice: the second run starts
// from the snapshot the first wrote.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	store, err := sqlite.Open(filepath.Join(dir, "ledger.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := gen.Generate(context.Background(), store, gen.Options{Events: 3000, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"snapshot at 0;", "snapshot at 3000;"} {
		var out, errs bytes.Buffer
		m := &Main{stdout: &out, stderr: &errs, started: time.Now()}
		if err := m.ParseFlags([]string{"-data", dir, "-snapshot", "-queries", "50", "-rebuild"}); err != nil {
			t.Fatal(err)
		}
		if err := m.Run(context.Background()); err != nil {
			t.Fatalf("run %d: %v\n%s", i, err, errs.String())
		}
		for _, s := range []string{"3000 events", want, "resident once loaded", "p99", "rebuild from position 0 (read, decode, apply): 3000 events"} {
			if !strings.Contains(out.String(), s) {
				t.Fatalf("run %d: %q missing from\n%s", i, s, out.String())
			}
		}
	}
}
