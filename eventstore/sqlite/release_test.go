package sqlite

import (
	"errors"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
)

// TestLongReadReleasesReaders reads a ledger to its head: the read
// connections, which hold the pages they mapped, are closed once the read
// reaches the head, and reads go on with new ones.
func TestLongReadReleasesReaders(t *testing.T) {
	ctx := t.Context()
	s, err := Open(filepath.Join(t.TempDir(), "ledger.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.releaseAfter = 200
	items := make([]eventstore.StreamAppend, 300)
	for i := range items {
		items[i] = eventstore.StreamAppend{Stream: "s", Expected: int64(i), Events: []eventstore.EventData{{ID: uuid.New(), Type: "s.v1", Data: []byte(`{}`)}}}
	}
	if _, err := s.AppendBatch(ctx, items); err != nil {
		t.Fatal(err)
	}
	read := func(after uint64) int {
		t.Helper()
		evs, err := s.ReadAll(ctx, after, 100)
		if err != nil {
			t.Fatal(err)
		}
		return len(evs)
	}
	// Short reads to the head release nothing.
	read(250)
	read(300)
	if idle := s.rdb.Stats().Idle; idle == 0 {
		t.Fatal("no idle read connection after a short read")
	}
	for after := uint64(0); ; after += 100 {
		if read(after) == 0 {
			break
		}
	}
	if st := s.rdb.Stats(); st.Idle != 0 {
		t.Errorf("%d idle read connections after a read of 300 events reached the head, want 0", st.Idle)
	}
	if n := read(0); n != 100 {
		t.Errorf("read after the release: %d events, want 100", n)
	}
}

// TestCloseWaitsForQuickCheck closes the store while a QuickCheck holds
// its connection: Close returns only after the check has ended, and the
// write connection, closed last, has checkpointed the WAL and removed it.
func TestCloseWaitsForQuickCheck(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "ledger.db")
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Append(ctx, "s", eventstore.NoStream, eventstore.EventData{ID: uuid.New(), Type: "s.v1", Data: []byte(`{}`)}); err != nil {
		t.Fatal(err)
	}
	opened, closed := make(chan struct{}), make(chan struct{})
	testHookCheckConn = func(s *Store) {
		close(opened)
		<-s.done // Close has begun
		// A Close that waits for the check stays blocked: go on after a
		// while. One that does not wait returns meanwhile, and the check
		// then runs after it.
		select {
		case <-closed:
		case <-time.After(200 * time.Millisecond):
		}
	}
	defer func() { testHookCheckConn = nil }()
	var checked atomic.Bool
	checkErr := make(chan error, 1)
	go func() {
		err := s.QuickCheck(ctx)
		checked.Store(true)
		checkErr <- err
	}()
	<-opened
	err = s.Close()
	done := checked.Load()
	close(closed)
	if err != nil {
		t.Fatal(err)
	}
	if !done {
		t.Error("Close returned while the quick check still held its connection")
	}
	if err := <-checkErr; err != nil && !errors.Is(err, eventstore.ErrClosed) {
		t.Errorf("quick check: %v, want nil or ErrClosed", err)
	}
	if _, err := os.Stat(path + "-wal"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the WAL is still there after Close (stat: %v)", err)
	}
}
