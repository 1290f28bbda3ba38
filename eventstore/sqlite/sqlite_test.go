package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/eventstore/storetest"
)

// openStore opens a store on path for the test and closes it at cleanup.
func openStore(tb testing.TB, path string, opts sqlite.Options) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(path, opts)
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil && !errors.Is(err, eventstore.ErrClosed) {
			tb.Errorf("close: %v", err)
		}
	})
	return s
}

func TestStore(t *testing.T) {
	t.Run("FilePerCase", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) eventstore.Store {
			return openStore(t, filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
		})
	})
	// Every case opens its own Store on one shared file, with small
	// batches: the cases interleave in one ledger, and the stores contend
	// for SQLite's write lock.
	t.Run("SharedFile", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "ledger.db")
		storetest.Run(t, func(t *testing.T) eventstore.Store {
			return openStore(t, path, sqlite.Options{MaxBatch: 3, Readers: 2})
		})
	})
	// Reads through read(2) instead of the memory map.
	t.Run("NoMmap", func(t *testing.T) {
		storetest.Run(t, func(t *testing.T) eventstore.Store {
			return openStore(t, filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{MmapSizeMiB: -1})
		})
	})
}

// TestReadEventsAreIndependent checks that the events of one read do not
// share memory: the payloads of a page are copied into shared blocks, and
// a caller appending to one event's data must not change the next one's.
func TestReadEventsAreIndependent(t *testing.T) {
	ctx := t.Context()
	s := openStore(t, filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
	if _, err := s.Append(ctx, "s", eventstore.NoStream, event("s.v1", `{"n":1}`), event("s.v1", `{"n":2}`)); err != nil {
		t.Fatal(err)
	}
	for name, read := range map[string]func() ([]eventstore.Event, error){
		"read all":    func() ([]eventstore.Event, error) { return s.ReadAll(ctx, 0, 10) },
		"read stream": func() ([]eventstore.Event, error) { return s.ReadStream(ctx, "s", 0) },
	} {
		evs, err := read()
		if err != nil || len(evs) != 2 {
			t.Fatalf("%s: %d events, %v", name, len(evs), err)
		}
		evs[0].Data = append(evs[0].Data, "XXXXXXXX"...)
		evs[0].Metadata = append(evs[0].Metadata, "YYYYYYYY"...)
		if string(evs[1].Data) != `{"n":2}` || string(evs[1].Metadata) != `{}` {
			t.Errorf("%s: appending to the first event changed the second: data %q, metadata %q", name, evs[1].Data, evs[1].Metadata)
		}
	}
}

func event(typ, data string) eventstore.EventData {
	return eventstore.EventData{ID: uuid.Must(uuid.NewV7()), Type: typ, Data: []byte(data), Metadata: []byte(`{}`)}
}

func TestReopenContinues(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "nested", "dir", "ledger.db")
	start := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	s, err := sqlite.Open(path, sqlite.Options{Now: func() time.Time { return start }})
	if err != nil {
		t.Fatal(err)
	}
	first := []eventstore.EventData{event("a.v1", `{"n":1}`), event("a.v1", `{"n":2}`)}
	if _, err := s.Append(ctx, "a", eventstore.NoStream, first...); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Append(ctx, "b", eventstore.NoStream, event("b.v1", `{}`)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// The clock went back an hour while the ledger was closed.
	s2 := openStore(t, path, sqlite.Options{Now: func() time.Time { return start.Add(-time.Hour) }})
	got, err := s2.ReadStream(ctx, "a", 0)
	if err != nil || len(got) != 2 {
		t.Fatalf("after reopen, stream a: %d events, %v", len(got), err)
	}
	for i, ev := range got {
		if ev.ID != first[i].ID || string(ev.Data) != string(first[i].Data) || !ev.RecordedAt.Equal(start) {
			t.Errorf("after reopen, event %d is %+v", i, ev)
		}
	}
	if head, err := s2.Head(ctx); err != nil || head != 3 {
		t.Fatalf("after reopen, head %d, %v; want 3", head, err)
	}
	if _, err := s2.Append(ctx, "a", 1, event("a.v1", `{}`)); !errors.Is(err, eventstore.ErrVersionConflict) {
		t.Errorf("stale version after reopen: %v", err)
	}
	res, err := s2.Append(ctx, "a", 2, event("a.v1", `{"n":3}`))
	if err != nil {
		t.Fatal(err)
	}
	if res.Version != 3 || res.Position != 4 {
		t.Errorf("append after reopen: %+v, want version 3 at position 4", res)
	}
	evs, err := s2.ReadAll(ctx, 3, 10)
	if err != nil || len(evs) != 1 {
		t.Fatalf("read all after 3: %d events, %v", len(evs), err)
	}
	if !evs[0].RecordedAt.Equal(start) {
		t.Errorf("recorded at %v after the clock went back; want %v, the last recorded time", evs[0].RecordedAt, start)
	}
	if evs[0].RecordedAt.Location() != time.UTC {
		t.Errorf("recorded at is in %v, want UTC", evs[0].RecordedAt.Location())
	}
}

func TestRecordedAtFollowsClock(t *testing.T) {
	ctx := t.Context()
	now := time.Date(2025, 3, 1, 12, 0, 0, 123456789, time.FixedZone("CET", 3600))
	s := openStore(t, filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{Now: func() time.Time { return now }})
	if _, err := s.Append(ctx, "s", eventstore.NoStream, event("s.v1", `{}`)); err != nil {
		t.Fatal(err)
	}
	now = now.Add(time.Minute)
	if _, err := s.Append(ctx, "s", 1, event("s.v1", `{}`)); err != nil {
		t.Fatal(err)
	}
	evs, err := s.ReadAll(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if !evs[0].RecordedAt.Equal(now.Add(-time.Minute)) || !evs[1].RecordedAt.Equal(now) {
		t.Errorf("recorded at %v, %v; want the clock's %v, %v", evs[0].RecordedAt, evs[1].RecordedAt, now.Add(-time.Minute), now)
	}
}

// createSQLite makes a SQLite file with the given statements.
func createSQLite(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, st := range stmts {
		if _, err := db.Exec(st); err != nil {
			t.Fatalf("%s: %v", st, err)
		}
	}
}

func TestRefusesFiles(t *testing.T) {
	cases := []struct {
		name    string
		prepare func(t *testing.T, path string)
		problem string
	}{
		{"garbage", func(t *testing.T, path string) {
			if err := os.WriteFile(path, []byte(strings.Repeat("not a database\n", 500)), 0o600); err != nil {
				t.Fatal(err)
			}
		}, "not a SQLite database"},
		{"short garbage", func(t *testing.T, path string) {
			if err := os.WriteFile(path, []byte("SQLite"), 0o600); err != nil {
				t.Fatal(err)
			}
		}, "not a SQLite database"},
		{"SQLite header then garbage", func(t *testing.T, path string) {
			if err := os.WriteFile(path, []byte("SQLite format 3\x00"+strings.Repeat("\xff", 4000)), 0o600); err != nil {
				t.Fatal(err)
			}
		}, ""},
		{"other SQLite database", func(t *testing.T, path string) {
			createSQLite(t, path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)", "INSERT INTO invoices VALUES (1, 100)")
		}, "not a ledger"},
		{"other application", func(t *testing.T, path string) {
			createSQLite(t, path, "PRAGMA application_id = 305419896")
		}, "another application (application_id 0x12345678)"},
		{"empty database with a user version", func(t *testing.T, path string) {
			createSQLite(t, path, "PRAGMA user_version = 3")
		}, "not a ledger"},
		{"newer format", func(t *testing.T, path string) {
			s, err := sqlite.Open(path, sqlite.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Append(t.Context(), "s", eventstore.NoStream, event("s.v1", `{}`)); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			createSQLite(t, path, "PRAGMA user_version = 3")
		}, "format version 3 is newer"},
		{"ledger id without schema", func(t *testing.T, path string) {
			createSQLite(t, path, "PRAGMA application_id = 1279543122", "PRAGMA user_version = 1", "CREATE TABLE other (x)")
		}, "events table"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "ledger.db")
			c.prepare(t, path)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			s, err := sqlite.Open(path, sqlite.Options{})
			if err == nil {
				s.Close()
				t.Fatal("open succeeded")
			}
			t.Logf("refused: %v", err)
			if !errors.Is(err, sqlite.ErrIncompatible) {
				t.Errorf("err %v, want ErrIncompatible", err)
			}
			if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), c.problem) {
				t.Errorf("err %q should name the path %s and the problem %q", err, path, c.problem)
			}
			after, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(after) != string(before) {
				t.Errorf("the refused file was modified")
			}
		})
	}
}

func TestRefusesCorruptLedger(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "ledger.db")
	s, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 200 {
		if _, err := s.Append(ctx, "s", int64(i), event("s.v1", strings.Repeat("x", 500))); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.QuickCheck(ctx); err != nil {
		t.Fatalf("quick check of a sound ledger: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.QuickCheck(ctx); !errors.Is(err, eventstore.ErrClosed) {
		t.Errorf("quick check after Close: %v, want ErrClosed", err)
	}
	// Closing the last connection checkpointed the WAL into the file.
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Page 2 is the root of the events table; break its page header.
	const pageSize = 4096
	if _, err := f.WriteAt([]byte{0x00, 0xff, 0xff, 0xff}, pageSize); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = sqlite.Open(path, sqlite.Options{})
	if err == nil {
		s.Close()
		t.Fatal("open of a corrupt ledger succeeded")
	}
	t.Logf("refused: %v", err)
	if !errors.Is(err, sqlite.ErrIncompatible) || !strings.Contains(err.Error(), path) {
		t.Errorf("err %v, want ErrIncompatible naming %s", err, path)
	}

	// Opened without the check, the store finds the damage when asked to
	// check, and the file still closes cleanly.
	s = openStore(t, path, sqlite.Options{SkipQuickCheck: true})
	err = s.QuickCheck(ctx)
	t.Logf("quick check: %v", err)
	if !errors.Is(err, sqlite.ErrIncompatible) || !strings.Contains(err.Error(), path) {
		t.Errorf("quick check: %v, want ErrIncompatible naming %s", err, path)
	}
	if err := s.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
}

func TestEmptyFileBecomesLedger(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s := openStore(t, path, sqlite.Options{})
	if _, err := s.Append(t.Context(), "s", eventstore.NoStream, event("s.v1", `{}`)); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// The file says what it is to any SQLite tool.
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var appID, version int64
	var mode string
	if err := db.QueryRow("PRAGMA application_id").Scan(&appID); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if appID != sqlite.ApplicationID || version != sqlite.FormatVersion || mode != "wal" {
		t.Errorf("application_id %#x, user_version %d, journal_mode %s", appID, version, mode)
	}
	var stream, typ string
	var id []byte
	if err := db.QueryRow("SELECT id, stream, type FROM events WHERE position = 1").Scan(&id, &stream, &typ); err != nil {
		t.Fatal(err)
	}
	if len(id) != 16 || stream != "s" || typ != "s.v1" {
		t.Errorf("row 1: id %x, stream %q, type %q", id, stream, typ)
	}
}

// TestCancelWhileQueued checks that an append whose context ends while it
// waits for the writer either is fully written or reports an error.
func TestCancelWhileQueued(t *testing.T) {
	s := openStore(t, filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
	const writers = 32
	type outcome struct {
		stream string
		err    error
	}
	outcomes := make(chan outcome, writers)
	for range writers {
		go func() {
			ctx, cancel := context.WithCancel(t.Context())
			stream := uuid.NewString()
			go cancel() // races with the append
			_, err := s.Append(ctx, stream, eventstore.NoStream, event("s.v1", `{}`), event("s.v1", `{}`))
			outcomes <- outcome{stream, err}
		}()
	}
	for range writers {
		o := <-outcomes
		evs, err := s.ReadStream(t.Context(), o.stream, 0)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case o.err == nil && len(evs) != 2:
			t.Errorf("acknowledged append has %d events", len(evs))
		case o.err != nil && !errors.Is(o.err, context.Canceled):
			t.Errorf("append: %v, want success or context.Canceled", o.err)
		case o.err != nil && len(evs) != 0:
			t.Errorf("cancelled append wrote %d events", len(evs))
		}
	}
}

// TestConcurrentOpenOfNewFile opens one new file from several stores at
// once: one creates the ledger, the others use it.
func TestConcurrentOpenOfNewFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ledger.db")
	const stores = 8
	errs := make(chan error, stores)
	for range stores {
		go func() {
			s, err := sqlite.Open(path, sqlite.Options{})
			if err != nil {
				errs <- err
				return
			}
			_, err = s.Append(t.Context(), uuid.NewString(), eventstore.NoStream, event("s.v1", `{}`))
			errs <- errors.Join(err, s.Close())
		}()
	}
	for range stores {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	s := openStore(t, path, sqlite.Options{})
	if head, err := s.Head(t.Context()); err != nil || head != stores {
		t.Errorf("head %d, %v; want %d", head, err, stores)
	}
}

// TestTwoStoresOneStream appends to one stream through two stores on one
// file, in turns: each store must judge expected versions by what the
// other wrote, not by what it remembers of its own appends.
func TestTwoStoresOneStream(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "ledger.db")
	stores := []*sqlite.Store{openStore(t, path, sqlite.Options{}), openStore(t, path, sqlite.Options{})}
	for v := range int64(6) {
		s := stores[v%2]
		if _, err := s.Append(ctx, "shared", v, event("s.v1", `{}`)); err != nil {
			t.Fatalf("append at v%d through store %d: %v", v, v%2, err)
		}
		// The other store's view is one behind: a stale expected version.
		var conflict *eventstore.VersionConflictError
		_, err := stores[(v+1)%2].Append(ctx, "shared", v, event("s.v1", `{}`))
		if !errors.As(err, &conflict) || conflict.Actual != v+1 {
			t.Fatalf("append at stale v%d through store %d: %v, want a conflict with actual version %d", v, (v+1)%2, err, v+1)
		}
	}
	evs, err := stores[0].ReadStream(ctx, "shared", 0)
	if err != nil || len(evs) != 6 {
		t.Fatalf("stream has %d events, %v; want 6", len(evs), err)
	}
}

// TestDuplicateAmongConcurrentAppends appends from many goroutines at once,
// so that the writer groups the appends in a transaction, one of them with
// an ID already recorded: that one fails with ErrDuplicateEvent, the others
// are written, and the ledger stays gap-free.
func TestDuplicateAmongConcurrentAppends(t *testing.T) {
	ctx := t.Context()
	s := openStore(t, filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
	taken := event("s.v1", `{"taken":true}`)
	if _, err := s.Append(ctx, "owner", eventstore.NoStream, taken); err != nil {
		t.Fatal(err)
	}
	const writers = 32
	for round := range 5 {
		errs := make([]error, writers)
		streams := make([]string, writers)
		done := make(chan struct{})
		for w := range writers {
			streams[w] = uuid.NewString()
			go func() {
				defer func() { done <- struct{}{} }()
				evs := []eventstore.EventData{event("s.v1", `{}`), event("s.v1", `{}`)}
				if w == round*5 {
					evs[1] = taken
				}
				_, errs[w] = s.Append(ctx, streams[w], eventstore.NoStream, evs...)
			}()
		}
		for range writers {
			<-done
		}
		for w, err := range errs {
			evs, rerr := s.ReadStream(ctx, streams[w], 0)
			if rerr != nil {
				t.Fatal(rerr)
			}
			switch {
			case w == round*5 && !errors.Is(err, eventstore.ErrDuplicateEvent):
				t.Errorf("round %d: append with a recorded ID: %v, want ErrDuplicateEvent", round, err)
			case w == round*5 && len(evs) != 0:
				t.Errorf("round %d: refused append wrote %d events", round, len(evs))
			case w != round*5 && (err != nil || len(evs) != 2):
				t.Errorf("round %d: append %d: %v, %d events written", round, w, err, len(evs))
			}
		}
	}
	head, err := s.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.ReadAll(ctx, 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if want := uint64(1 + 5*(writers-1)*2); head != want || len(all) != int(want) {
		t.Fatalf("head %d, %d events; want %d", head, len(all), want)
	}
	for i, ev := range all {
		if ev.Position != uint64(i+1) {
			t.Fatalf("event %d at position %d: the ledger has a gap", i, ev.Position)
		}
	}
}

// TestRetryAfterReopen retries appends with the same event IDs at the same
// expected version after the store was closed and reopened: each retry
// returns the original result and writes nothing.
func TestRetryAfterReopen(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "ledger.db")
	s, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	many := []eventstore.EventData{event("a.v1", `{"n":1}`), event("a.v1", `{"n":2}`), event("a.v1", `{"n":3}`)}
	one := event("b.v1", `{}`)
	firstMany, err := s.Append(ctx, "a", eventstore.NoStream, many...)
	if err != nil {
		t.Fatal(err)
	}
	firstOne, err := s.Append(ctx, "b", eventstore.NoStream, one)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s = openStore(t, path, sqlite.Options{})
	again, err := s.Append(ctx, "a", eventstore.NoStream, many...)
	if err != nil || again != firstMany {
		t.Errorf("retry of 3 events after reopen: %+v, %v; want %+v, nil", again, err, firstMany)
	}
	again, err = s.Append(ctx, "b", eventstore.NoStream, one)
	if err != nil || again != firstOne {
		t.Errorf("retry of 1 event after reopen: %+v, %v; want %+v, nil", again, err, firstOne)
	}
	if head, err := s.Head(ctx); err != nil || head != 4 {
		t.Errorf("head %d, %v after the retries; want 4", head, err)
	}
	for stream, want := range map[string]int{"a": 3, "b": 1} {
		if evs, err := s.ReadStream(ctx, stream, 0); err != nil || len(evs) != want {
			t.Errorf("stream %s: %d events, %v; want %d", stream, len(evs), err, want)
		}
	}
	// The stream goes on from where the first append left it.
	if res, err := s.Append(ctx, "a", 3, event("a.v1", `{"n":4}`)); err != nil || res.Version != 4 || res.Position != 5 {
		t.Errorf("append after the retries: %+v, %v; want version 4 at position 5", res, err)
	}
}

// TestLargePagesFindFirstBreak reads pages large enough that the hash
// chain is checked on a second goroutine while the rows are read: the read
// must fail at the first tampered event in ledger order, whichever chunk
// it is in, and succeed on an intact ledger.
func TestLargePagesFindFirstBreak(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "ledger.db")
	s, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 10 {
		evs := make([]eventstore.EventData, 100)
		for j := range evs {
			evs[j] = event("s.v1", fmt.Sprintf(`{"n":%d}`, i*100+j))
		}
		if _, err := s.Append(ctx, fmt.Sprintf("s-%d", i), eventstore.NoStream, evs...); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	intact, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		stmts []string
		want  string // "" for no error
	}{
		{"intact", nil, ""},
		{"one change", []string{`UPDATE events SET data = '{"n":-1}' WHERE position = 700`}, "event at position 700:"},
		{"two changes", []string{
			`UPDATE events SET data = '{"n":-1}' WHERE position = 900`,
			`UPDATE events SET hash = zeroblob(32) WHERE position = 300`,
		}, "event at position 300:"},
		{"short hash after a change", []string{
			`PRAGMA ignore_check_constraints = ON`,
			`UPDATE events SET hash = X'00' WHERE position = 900`,
			`UPDATE events SET data = '{"n":-1}' WHERE position = 300`,
		}, "event at position 300:"},
		{"short hash", []string{
			`PRAGMA ignore_check_constraints = ON`,
			`UPDATE events SET hash = X'00' WHERE position = 900`,
		}, "event at position 900: " + eventstore.ErrCorrupt.Error() + ": its stored hash is 1 bytes"},
		{"last event", []string{`UPDATE events SET metadata = '{"x":1}' WHERE position = 1000`}, "event at position 1000:"},
		{"gap", []string{`DELETE FROM events WHERE position = 129`}, "event at position 129:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "ledger.db")
			if err := os.WriteFile(p, intact, 0o600); err != nil {
				t.Fatal(err)
			}
			// Tampered with after Open, whose integrity check would refuse
			// a hash of the wrong length.
			s := openStore(t, p, sqlite.Options{})
			createSQLite(t, p, c.stmts...)
			for _, limit := range []int{1000, 5000} {
				evs, err := s.ReadAll(ctx, 0, limit)
				switch {
				case c.want == "" && (err != nil || len(evs) != 1000):
					t.Errorf("read all, limit %d: %d events, %v; want 1000", limit, len(evs), err)
				case c.want != "" && (!errors.Is(err, eventstore.ErrCorrupt) || !strings.Contains(err.Error(), c.want)):
					t.Errorf("read all, limit %d: %v; want ErrCorrupt at %q", limit, err, c.want)
				}
			}
			n := 0
			err := s.Subscribe(ctx, 0, func(eventstore.Event) error {
				if n++; n == 1000 {
					return errDone
				}
				return nil
			})
			switch {
			case c.want == "" && !errors.Is(err, errDone):
				t.Errorf("subscribe: %v after %d events; want all 1000", err, n)
			case c.want != "" && (!errors.Is(err, eventstore.ErrCorrupt) || !strings.Contains(err.Error(), c.want)):
				t.Errorf("subscribe: %v; want ErrCorrupt at %q", err, c.want)
			}
		})
	}
}

var errDone = errors.New("done")

// TestLargePagesWhileAppending reads large pages (which the store reads in
// halves at once) from every kind of start while writers append: each page
// is the ledger's events in order from its start, with no gap, whatever
// the head was when each half was read.
func TestLargePagesWhileAppending(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
	for i := range 3 {
		evs := make([]eventstore.EventData, 500)
		for j := range evs {
			evs[j] = event("filled", fmt.Sprintf(`{"n":%d}`, i*500+j))
		}
		if _, err := s.Append(ctx, fmt.Sprintf("fill-%d", i), eventstore.NoStream, evs...); err != nil {
			t.Fatal(err)
		}
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := s.Append(ctx, fmt.Sprintf("w-%d-%d", w, i), eventstore.NoStream, event("appended", `{}`)); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	for round := range 10 {
		head, err := s.Head(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// Near the head, the second half of a page starts beyond it, where
		// writers are appending.
		for _, after := range []uint64{0, 1, 700, 1499, head - 300, head - 1} {
			for _, limit := range []int{512, 513, 1000, 1500, 4000} {
				page, err := s.ReadAll(ctx, after, limit)
				if err != nil {
					t.Fatalf("round %d: read all after %d limit %d: %v", round, after, limit, err)
				}
				if (len(page) == 0 && after < head) || len(page) > limit {
					t.Fatalf("round %d: read all after %d limit %d: %d events", round, after, limit, len(page))
				}
				for i, ev := range page {
					if ev.Position != after+uint64(i)+1 {
						t.Fatalf("round %d: read all after %d limit %d: event %d at position %d", round, after, limit, i, ev.Position)
					}
				}
				if after == 0 && limit >= 1500 {
					if n := page[1499].Data; string(n) != `{"n":1499}` {
						t.Fatalf("round %d: event 1500 holds %s", round, n)
					}
				}
			}
		}
	}
	close(stop)
	wg.Wait()
}

// TestStreamReadsKeepLittleMemory keeps the events of many small stream
// reads: their payloads must not each hold a page-sized block alive.
func TestStreamReadsKeepLittleMemory(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
	for i := range 10 {
		if _, err := s.Append(ctx, fmt.Sprintf("s-%d", i), eventstore.NoStream, event("small", `{"n":1}`), event("small", `{"n":2}`)); err != nil {
			t.Fatal(err)
		}
	}
	const reads = 200
	kept := make([][]eventstore.Event, 0, reads)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := range reads {
		evs, err := s.ReadStream(ctx, fmt.Sprintf("s-%d", i%10), 0)
		if err != nil || len(evs) != 2 {
			t.Fatalf("read: %d events, %v", len(evs), err)
		}
		kept = append(kept, evs)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	// 200 reads of two ~10-byte payloads: ~50 KB, far from one 64 KiB
	// block each (12.8 MB) or room for 64 events each (2.3 MB).
	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 1<<20 {
		t.Errorf("%d stream reads kept %d bytes alive", reads, grown)
	}
	runtime.KeepAlive(kept)
}

// TestQuickCheckWhileWritingAndClosing runs integrity checks beside appends
// and a Close: each check ends sound or with ErrClosed, and the file is left
// whole (the write connection closed last and checkpointed the WAL).
func TestQuickCheckWhileWritingAndClosing(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "ledger.db")
	s := openStore(t, path, sqlite.Options{})
	for i := range 300 {
		if _, err := s.Append(ctx, "s", int64(i), event("s.v1", strings.Repeat("x", 2000))); err != nil {
			t.Fatal(err)
		}
	}
	checks := make(chan error, 4)
	for range cap(checks) {
		go func() { checks <- s.QuickCheck(ctx) }()
	}
	for i := 300; i < 400; i++ {
		if _, err := s.Append(ctx, "s", int64(i), event("s.v1", "y")); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for range cap(checks) {
		if err := <-checks; err != nil && !errors.Is(err, eventstore.ErrClosed) {
			t.Errorf("quick check: %v, want nil or ErrClosed", err)
		}
	}
	if _, err := os.Stat(path + "-wal"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the WAL is still there after Close (stat: %v): a check kept a connection open", err)
	}
	s = openStore(t, path, sqlite.Options{})
	if head, err := s.Head(ctx); err != nil || head != 400 {
		t.Errorf("head %d (%v), want 400", head, err)
	}
}

// TestCloseWaitsForReads closes the store while readers read without pause:
// each read ends with its events or ErrClosed, and Close returns only once
// no read holds a connection, so that the write connection, closing last,
// checkpointed the WAL into the file and removed it.
func TestCloseWaitsForReads(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "ledger.db")
	s := openStore(t, path, sqlite.Options{})
	items := make([]eventstore.StreamAppend, 2000)
	for i := range items {
		items[i] = eventstore.StreamAppend{Stream: fmt.Sprintf("s-%d", i%10), Expected: int64(i / 10),
			Events: []eventstore.EventData{event("s.v1", strings.Repeat("x", 1000))}}
	}
	if _, err := s.AppendBatch(ctx, items); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 6)
	reads := make(chan struct{}, 6)
	for r := range cap(errs) {
		go func() {
			for i := 0; ; i++ {
				var err error
				if r%2 == 0 {
					_, err = s.ReadAll(ctx, uint64(i%3)*500, 1000)
				} else {
					_, err = s.ReadStream(ctx, fmt.Sprintf("s-%d", i%10), 0)
				}
				if err != nil {
					errs <- err
					return
				}
				select {
				case reads <- struct{}{}:
				default:
				}
			}
		}()
	}
	for range cap(reads) {
		<-reads // every reader is reading
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + "-wal"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the WAL is still there after Close (stat: %v): a read kept a connection open", err)
	}
	for range cap(errs) {
		if err := <-errs; !errors.Is(err, eventstore.ErrClosed) {
			t.Errorf("read during Close: %v, want ErrClosed", err)
		}
	}
}

// TestNewStreamThatExists appends as new (NoStream) to a stream the writer
// has not seen since the file was opened: the append takes it to be new
// without asking, so the store must still find the conflict, alone and in
// an atomic batch (writing nothing), and still recognise a retry.
func TestNewStreamThatExists(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "ledger.db")
	s := openStore(t, path, sqlite.Options{})
	first := event("s.v1", "first")
	if _, err := s.Append(ctx, "s", eventstore.NoStream, first); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	reopen := func() *sqlite.Store { return openStore(t, path, sqlite.Options{}) }

	s = reopen()
	_, err := s.Append(ctx, "s", eventstore.NoStream, event("s.v1", "second"))
	var conflict *eventstore.VersionConflictError
	if !errors.As(err, &conflict) || conflict.Actual != 1 {
		t.Fatalf("append as new to an existing stream: %v, want a version conflict at 1", err)
	}

	s = reopen()
	_, err = s.AppendBatch(ctx, []eventstore.StreamAppend{
		{Stream: "fresh", Expected: eventstore.NoStream, Events: []eventstore.EventData{event("s.v1", "x")}},
		{Stream: "s", Expected: eventstore.NoStream, Events: []eventstore.EventData{event("s.v1", "y")}},
	})
	var item *eventstore.BatchItemError
	if !errors.As(err, &item) || item.Index != 1 || !errors.As(err, &conflict) {
		t.Fatalf("batch with an existing stream appended as new: %v, want item 1 in conflict", err)
	}
	if head, err := s.Head(ctx); err != nil || head != 1 {
		t.Fatalf("head %d (%v) after the refused batch, want 1: nothing written", head, err)
	}

	s = reopen()
	res, err := s.Append(ctx, "s", eventstore.NoStream, first)
	if err != nil || res.Version != 1 || res.Position != 1 {
		t.Fatalf("retry of the first append: %+v, %v; want its first result", res, err)
	}
	res, err = s.Append(ctx, "fresh", eventstore.NoStream, event("s.v1", "z"))
	if err != nil || res.Position != 2 {
		t.Fatalf("a new stream after all that: %+v, %v; want position 2", res, err)
	}
}
