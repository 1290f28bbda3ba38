package sqlite_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
)

// follower subscribes to s from position 0 and collects what it receives,
// checking that positions come in order, each once, with no gap.
type follower struct {
	mu   sync.Mutex
	got  []uint64
	more chan struct{} // receives a value after each event
	err  error
}

func follow(t *testing.T, ctx context.Context, s *sqlite.Store) *follower {
	t.Helper()
	f := &follower{more: make(chan struct{}, 1<<16)}
	done := make(chan struct{})
	ctx, cancel := context.WithCancel(ctx)
	go func() {
		defer close(done)
		err := s.Subscribe(ctx, 0, func(ev eventstore.Event) error {
			f.mu.Lock()
			defer f.mu.Unlock()
			if want := uint64(len(f.got) + 1); ev.Position != want {
				return fmt.Errorf("received position %d after %d events; want %d", ev.Position, len(f.got), want)
			}
			f.got = append(f.got, ev.Position)
			f.more <- struct{}{}
			return nil
		})
		f.mu.Lock()
		defer f.mu.Unlock()
		if ctx.Err() == nil {
			f.err = err
		}
		f.more <- struct{}{}
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	return f
}

// waitFor waits until the follower has n events and fails the test if it
// fails or the test's context ends first.
func (f *follower) waitFor(t *testing.T, ctx context.Context, n int) {
	t.Helper()
	for {
		f.mu.Lock()
		got, err := len(f.got), f.err
		f.mu.Unlock()
		switch {
		case err != nil:
			t.Fatalf("subscription: %v", err)
		case got >= n:
			return
		}
		select {
		case <-f.more:
		case <-ctx.Done():
			t.Fatalf("subscription has %d events; want %d", got, n)
		}
	}
}

// TestSubscriptionSeesAnotherStoresCommit commits through a second Store
// on the same file, which sends the subscription's Store no signal: the
// watch finds the commit when it checks the file (here on demand; the
// interval is too long to matter), and the subscription reads it.
func TestSubscriptionSeesAnotherStoresCommit(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	path := filepath.Join(t.TempDir(), "ledger.db")
	a := openStore(t, path, sqlite.Options{PollInterval: time.Hour})
	b := openStore(t, path, sqlite.Options{PollInterval: time.Hour})
	f := follow(t, ctx, a)
	// A commit of a's own wakes the subscription at once.
	if _, err := a.Append(ctx, "a", eventstore.NoStream, event("a.v1", `{}`)); err != nil {
		t.Fatal(err)
	}
	f.waitFor(t, ctx, 1)
	for i := range 3 {
		// The watch runs while the subscription waits; the first check
		// after it starts takes the file's data_version as its baseline.
		a.Poll()
		if _, err := b.Append(ctx, "b", int64(i), event("b.v1", `{}`)); err != nil {
			t.Fatal(err)
		}
		a.Poll()
		f.waitFor(t, ctx, 2+i)
	}
}

// appenderEnv names the ledger file that TestSubscriptionAcrossProcesses
// has its child process append to.
const appenderEnv = "LEDGER_TEST_SQLITE_APPEND_TO"

// TestSubscriptionAcrossProcesses appends to one file from this process
// and from another at the same time, as ledger ingest does beside a
// server: a subscription of this process receives every event of both, in
// ledger order, each once.
func TestSubscriptionAcrossProcesses(t *testing.T) {
	const each = 200
	if path := os.Getenv(appenderEnv); path != "" {
		s := openStore(t, path, sqlite.Options{})
		for i := range each {
			if _, err := s.Append(t.Context(), "child", int64(i), event("c.v1", `{}`)); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	path := filepath.Join(t.TempDir(), "ledger.db")
	s := openStore(t, path, sqlite.Options{PollInterval: time.Millisecond})
	f := follow(t, ctx, s)
	child := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestSubscriptionAcrossProcesses$", "-test.count=1")
	child.Env = append(os.Environ(), appenderEnv+"="+path)
	out := make(chan error, 1)
	go func() {
		b, err := child.CombinedOutput()
		if err != nil {
			err = fmt.Errorf("%w: %s", err, b)
		}
		out <- err
	}()
	for i := range each {
		if _, err := s.Append(ctx, "parent", int64(i), event("p.v1", `{}`)); err != nil {
			t.Fatal(err)
		}
	}
	if err := <-out; err != nil {
		t.Fatalf("child process: %v", err)
	}
	f.waitFor(t, ctx, 2*each)
	head, err := s.Head(ctx)
	if err != nil || head != 2*each {
		t.Fatalf("head %d, %v; want %d", head, err, 2*each)
	}
}
