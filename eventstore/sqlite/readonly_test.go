package sqlite_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
)

// writeLedger writes a ledger of n events at path and closes it, as a
// stopped server leaves it: no -wal, no -shm.
func writeLedger(tb testing.TB, path string, n int) {
	tb.Helper()
	s, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	for i := range n {
		if _, err := s.Append(context.Background(), "s", int64(i), event("t", `{"i":1}`)); err != nil {
			tb.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		tb.Fatal(err)
	}
}

// A read-only open reads the ledger and never writes it. (Reading one in a
// read-only directory is tested on the binary, by ledger verify, run as a
// user who may not write there.)
func TestReadOnlyReadsAndWritesNothing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "ledger.db")
	writeLedger(t, path, 3)
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := openStore(t, path, sqlite.Options{ReadOnly: true})
	if head, err := s.Head(ctx); err != nil || head != 3 {
		t.Fatalf("head = %d, %v; want 3", head, err)
	}
	evs, err := s.ReadAll(ctx, 0, 10)
	if err != nil || len(evs) != 3 {
		t.Fatalf("read %d events, %v; want 3", len(evs), err)
	}
	if _, err := s.Append(ctx, "s", 3, event("t", `{}`)); !errors.Is(err, sqlite.ErrReadOnly) {
		t.Fatalf("append: %v, want ErrReadOnly", err)
	}
	if _, err := s.AppendBatch(ctx, []eventstore.StreamAppend{{Stream: "x", Expected: eventstore.NoStream, Events: []eventstore.EventData{event("t", `{}`)}}}); !errors.Is(err, sqlite.ErrReadOnly) {
		t.Fatalf("append batch: %v, want ErrReadOnly", err)
	}
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	if err := s.CopyTo(ctx, copyPath); err != nil {
		t.Fatalf("copy: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if head, err := openStore(t, copyPath, sqlite.Options{}).Head(ctx); err != nil || head != 3 {
		t.Fatalf("the copy's head = %d, %v; want 3", head, err)
	}
	after, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(before, after) {
		t.Fatalf("the file changed under a read-only open (%v)", err)
	}
}

func TestReadOnlyCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "sub", "ledger.db")
	if _, err := sqlite.Open(missing, sqlite.Options{ReadOnly: true}); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("open of a missing file: %v, want not exist", err)
	}
	if _, err := os.Stat(filepath.Dir(missing)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a read-only open created the directory: %v", err)
	}
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := sqlite.Open(empty, sqlite.Options{ReadOnly: true}); !errors.Is(err, sqlite.ErrIncompatible) {
		t.Fatalf("open of an empty file: %v, want ErrIncompatible", err)
	}
	if fi, err := os.Stat(empty); err != nil || fi.Size() != 0 {
		t.Fatalf("a read-only open wrote to an empty file: %v", err)
	}
}
