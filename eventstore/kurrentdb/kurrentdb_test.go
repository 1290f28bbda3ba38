package kurrentdb

import (
	"context"
	"errors"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/storetest"
)

// envServer names the environment variable that holds the connection
// string of a KurrentDB server for the conformance suite.
const envServer = "LEDGER_TEST_KURRENTDB"

// TestConformance runs the conformance suite against a real server.
func TestConformance(t *testing.T) {
	connString := os.Getenv(envServer)
	if connString == "" {
		t.Skip("KurrentDB conformance suite skipped: no server. To run it, start KurrentDB 25.x or EventStoreDB 24.10 " +
			"in insecure mode with a max append size of 16767216 bytes (16 MiB - 10000: the most 24.10 and 25.0 accept; " +
			"the suite appends 1 MiB events) and, from 25.1, the per-event limit lowered to match, e.g.\n" +
			"  docker run --rm -p 2113:2113 -e KURRENTDB_INSECURE=true -e KURRENTDB_MAX_APPEND_SIZE=16767216 -e KURRENTDB_MAX_APPEND_EVENT_SIZE=16767216 docker.kurrent.io/kurrent-latest/kurrentdb:latest\n" +
			"  (24.10: docker run --rm -p 2113:2113 -e EVENTSTORE_INSECURE=true -e EVENTSTORE_MAX_APPEND_SIZE=16767216 eventstore/eventstore:24.10)\n" +
			"and run\n" +
			"  " + envServer + "='esdb://localhost:2113?tls=false' go test -count=1 -v ./eventstore/kurrentdb/")
	}
	storetest.Run(t, func(t *testing.T) eventstore.Store {
		return openStore(t, connString, Options{})
	})
}

// TestConformanceFakeServer runs the conformance suite against the fake
// server, with one commit position per event (the log format of
// EventStoreDB 20 and later) and with one per append (version 5).
func TestConformanceFakeServer(t *testing.T) {
	for _, mode := range []struct {
		name   string
		shared bool
	}{{"commit per event", false}, {"commit per append", true}} {
		t.Run(mode.name, func(t *testing.T) {
			srv := newFakeServer(t, mode.shared)
			storetest.Run(t, func(t *testing.T) eventstore.Store {
				return openStore(t, srv.connString(), Options{})
			})
		})
	}
}

func openStore(tb testing.TB, connString string, opts Options) *Store {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := Open(ctx, connString, opts)
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func testCtx(tb testing.TB) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	tb.Cleanup(cancel)
	return ctx
}

func newEvents(n int, label string) []eventstore.EventData {
	evs := make([]eventstore.EventData, n)
	for i := range evs {
		evs[i] = eventstore.EventData{
			ID:       uuid.New(),
			Type:     "kurrentdb_" + label + ".v1",
			Data:     []byte(`{"n":` + string(rune('0'+i%10)) + `}`),
			Metadata: []byte(`{"actor":"test"}`),
		}
	}
	return evs
}

// readLedger reads the whole ledger of s.
func readLedger(tb testing.TB, s *Store) []eventstore.Event {
	tb.Helper()
	var all []eventstore.Event
	for after := uint64(0); ; {
		page, err := s.ReadAll(testCtx(tb), after, 7)
		if err != nil {
			tb.Fatalf("read all after %d: %v", after, err)
		}
		if len(page) == 0 {
			return all
		}
		all = append(all, page...)
		after = page[len(page)-1].Position
	}
}

// Two stores on one database number the ledger alike: the ordinals are a
// function of $all, so every replica of the service agrees on them.
func TestStoresAgreeOnOrdinals(t *testing.T) {
	srv := newFakeServer(t, false)
	a := openStore(t, srv.connString(), Options{})
	ctx := testCtx(t)
	var results []eventstore.AppendResult
	for i, stream := range []string{"agree-a", "agree-b", "agree-a", "agree-c"} {
		expected := int64(0)
		if i == 2 {
			expected = 2
		}
		res, err := a.Append(ctx, stream, expected, newEvents(2, "agree")...)
		if err != nil {
			t.Fatalf("append %d: %v", i, err)
		}
		results = append(results, res)
	}
	b := openStore(t, srv.connString(), Options{})
	ledgerA, ledgerB := readLedger(t, a), readLedger(t, b)
	if len(ledgerA) != 8 || len(ledgerB) != 8 {
		t.Fatalf("ledgers of %d and %d events, want 8 each (system events must not count)", len(ledgerA), len(ledgerB))
	}
	for i := range ledgerA {
		ea, eb := ledgerA[i], ledgerB[i]
		if ea.Position != uint64(i+1) || ea.ID != eb.ID || ea.Position != eb.Position || !ea.RecordedAt.Equal(eb.RecordedAt) {
			t.Errorf("event %d: %s at %d (%v) in one store, %s at %d (%v) in the other", i, ea.ID, ea.Position, ea.RecordedAt, eb.ID, eb.Position, eb.RecordedAt)
		}
		if i > 0 && ea.RecordedAt.Before(ledgerA[i-1].RecordedAt) {
			t.Errorf("event %d recorded at %v, before event %d at %v", i, ea.RecordedAt, i-1, ledgerA[i-1].RecordedAt)
		}
	}
	if last := results[len(results)-1]; last.Position != 8 {
		t.Errorf("last append at position %d, want 8", last.Position)
	}

	// An append through one store shows up in the other with the same
	// ordinal, in ReadStream as in ReadAll.
	res, err := b.Append(ctx, "agree-b", 2, newEvents(1, "agree")...)
	if err != nil {
		t.Fatalf("append through the second store: %v", err)
	}
	got, err := a.ReadStream(ctx, "agree-b", 2)
	if err != nil || len(got) != 1 || got[0].Position != res.Position || got[0].Version != 3 {
		t.Fatalf("read through the first store: %+v, %v; want v3 at %d", got, err, res.Position)
	}
}

// The subscription that keeps the index current is dropped by the server;
// the store resubscribes, and appends (which wait for the index) and
// subscriptions carry on without gap.
func TestResubscribesAfterDrop(t *testing.T) {
	srv := newFakeServer(t, false)
	var (
		mu   sync.Mutex
		logs []string
	)
	s := openStore(t, srv.connString(), Options{Logf: func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		logs = append(logs, format)
	}})
	ctx := testCtx(t)
	if _, err := s.Append(ctx, "drop", eventstore.NoStream, newEvents(2, "drop")...); err != nil {
		t.Fatal(err)
	}
	seen := make(chan eventstore.Event, 16)
	subCtx, cancel := context.WithCancel(ctx)
	subDone := make(chan error, 1)
	go func() {
		subDone <- s.Subscribe(subCtx, 0, func(ev eventstore.Event) error {
			seen <- ev
			return nil
		})
	}()
	for round := range 3 {
		srv.dropSubscriptions()
		res, err := s.Append(ctx, "drop", int64(2+round), newEvents(1, "drop")...)
		if err != nil {
			t.Fatalf("append after drop %d: %v", round, err)
		}
		if res.Position != uint64(3+round) {
			t.Errorf("append after drop %d at position %d, want %d", round, res.Position, 3+round)
		}
	}
	for want := uint64(1); want <= 5; want++ {
		select {
		case ev := <-seen:
			if ev.Position != want {
				t.Fatalf("subscription delivered position %d, want %d", ev.Position, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("subscription: timed out waiting for position %d", want)
		}
	}
	cancel()
	if err := <-subDone; !errors.Is(err, context.Canceled) {
		t.Errorf("subscription returned %v, want context.Canceled", err)
	}
	mu.Lock()
	defer mu.Unlock()
	dropped := 0
	for _, l := range logs {
		if strings.Contains(l, "subscription to $all") {
			dropped++
		}
	}
	// Each drop ends the subscription live at that moment; one that comes
	// while the store is still resubscribing reaches none, so fewer than
	// three may be logged. Every event arriving in order, above, is what
	// the resubscriptions must give.
	if dropped < 1 {
		t.Errorf("no resubscription logged after three drops")
	}
}

// Open keeps trying, with a new client each time, when the first
// connection fails: the client would otherwise stay closed for good.
func TestOpenRebuildsClientAfterFailedConnection(t *testing.T) {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := lis.Addr().String()
	lis.Close() // nothing listens until the first attempt failed
	var (
		once     sync.Once
		attempts int
	)
	opts := Options{
		ConnectAttempts: 5,
		ConnectBackoff:  50 * time.Millisecond,
		Logf: func(format string, args ...any) {
			if !strings.HasPrefix(format, "kurrentdb: connect to") {
				return
			}
			attempts++
			once.Do(func() {
				l, err := net.Listen("tcp", addr)
				if err != nil {
					t.Errorf("listen again on %s: %v", addr, err)
					return
				}
				newFakeServerOn(t, l, false)
			})
		},
	}
	s := openStore(t, "esdb://"+addr+"?tls=false&maxDiscoverAttempts=1&discoveryInterval=10", opts)
	if attempts == 0 {
		t.Fatal("Open succeeded at once: the test did not make the first connection fail")
	}
	if _, err := s.Append(testCtx(t), "rebuilt", eventstore.NoStream, newEvents(1, "rebuilt")...); err != nil {
		t.Fatalf("append after a rebuilt connection: %v", err)
	}
}

// Open gives up after its attempts with an error that names the server and
// not the password.
func TestOpenUnreachable(t *testing.T) {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := lis.Addr().String()
	lis.Close()
	start := time.Now()
	_, err = Open(testCtx(t), "esdb://ledger:s3cr3t-pw@"+addr+"?tls=false&maxDiscoverAttempts=1&discoveryInterval=10",
		Options{ConnectAttempts: 3, ConnectBackoff: 10 * time.Millisecond})
	if err == nil {
		t.Fatal("Open of an address where nothing listens succeeded")
	}
	msg := err.Error()
	if !strings.Contains(msg, addr) || !strings.Contains(msg, "3 attempts") {
		t.Errorf("error %q does not name the address %s and the 3 attempts", msg, addr)
	}
	if strings.Contains(msg, "s3cr3t") {
		t.Errorf("error %q reveals the password", msg)
	}
	var esErr *esdb.Error
	if errors.As(err, &esErr) {
		t.Errorf("error %q carries an *esdb.Error", msg)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("Open took %v to give up", d)
	}
}

// A bad connection string is refused without being repeated: it may hold
// a password.
func TestOpenBadConnectionString(t *testing.T) {
	for _, cs := range []string{
		"http://ledger:s3cr3t-pw@localhost:2113",
		"esdb://ledger:s3cr3t-pw@localhost:2113?tls=maybe",
		"esdb://ledger:s3cr3t-pw@local host:2113\x7f",
	} {
		_, err := Open(testCtx(t), cs, Options{})
		if err == nil {
			t.Errorf("Open(%q) succeeded", cs)
			continue
		}
		if !strings.Contains(err.Error(), "invalid connection string") || strings.Contains(err.Error(), "s3cr3t") {
			t.Errorf("Open(%q): error %q, want an invalid connection string error without the password", cs, err)
		}
	}
	if _, err := Open(testCtx(t), "esdb://localhost:2113", Options{CallTimeout: -1}); err == nil {
		t.Error("Open with a negative call timeout succeeded")
	}
}

// The server's optimistic concurrency error, a real *esdb.Error, becomes a
// contract error; the server's append size limit becomes ErrInvalid.
func TestServerErrorsTranslated(t *testing.T) {
	srv := newFakeServer(t, false)
	ctx := testCtx(t)
	cfg, err := esdb.ParseConnectionString(srv.connString())
	if err != nil {
		t.Fatal(err)
	}
	cfg.Logger = esdb.NoopLogging()
	client, err := esdb.NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	ev := esdb.EventData{EventID: uuid.New(), EventType: "kurrentdb_raw.v1", Data: []byte("{}")}
	if _, err := client.AppendToStream(ctx, "raw", esdb.AppendToStreamOptions{ExpectedRevision: esdb.NoStream{}}, ev); err != nil {
		t.Fatal(err)
	}
	ev.EventID = uuid.New()
	_, err = client.AppendToStream(ctx, "raw", esdb.AppendToStreamOptions{ExpectedRevision: esdb.NoStream{}}, ev)
	if !isWrongExpectedVersion(err) {
		t.Fatalf("append to an existing stream at NoStream: %v, not recognised as a wrong expected version", err)
	}
	wrapped := errors.Join(errors.New("context"), err)
	if !isWrongExpectedVersion(wrapped) {
		t.Error("a wrapped wrong expected version error is not recognised")
	}
	checkTranslated(t, translate(err), eventstore.ErrVersionConflict)

	// The store refuses an append over the server's limit as invalid.
	srv.maxAppendSize.Store(1 << 10)
	s := openStore(t, srv.connString(), Options{})
	big := newEvents(1, "big")
	big[0].Data = make([]byte, 2<<10)
	_, err = s.Append(ctx, "big", eventstore.NoStream, big...)
	checkTranslated(t, err, eventstore.ErrInvalid)
	if got, err := s.ReadStream(ctx, "big", 0); err != nil || len(got) != 0 {
		t.Errorf("stream after a refused append: %d events, %v", len(got), err)
	}
}

func checkTranslated(t *testing.T, err, want error) {
	t.Helper()
	var esErr *esdb.Error
	switch {
	case err == nil:
		t.Errorf("no error, want %v", want)
	case errors.As(err, &esErr):
		t.Errorf("error %v (%T) still carries an *esdb.Error", err, err)
	case !errors.Is(err, want):
		t.Errorf("error %v does not match %v", err, want)
	}
}

// Appends of one event ID that race in one store are serialised: exactly
// one writes, the others get its result.
func TestConcurrentRetriesOfOneAppend(t *testing.T) {
	srv := newFakeServer(t, false)
	s := openStore(t, srv.connString(), Options{})
	ctx := testCtx(t)
	evs := newEvents(3, "race")
	const n = 8
	results := make(chan eventstore.AppendResult, n)
	errs := make(chan error, n)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := s.Append(ctx, "same-ids", eventstore.NoStream, evs...)
			if err != nil {
				errs <- err
				return
			}
			results <- res
		}()
	}
	wg.Wait()
	close(results)
	close(errs)
	for err := range errs {
		t.Errorf("retry: %v", err)
	}
	var first eventstore.AppendResult
	for res := range results {
		if first == (eventstore.AppendResult{}) {
			first = res
		}
		if res != first || res.Version != 3 {
			t.Errorf("result %+v, want %+v with version 3", res, first)
		}
	}
	got, err := s.ReadStream(ctx, "same-ids", 0)
	if err != nil || len(got) != 3 {
		t.Fatalf("stream has %d events (%v), want 3", len(got), err)
	}
}

// Names KurrentDB reserves are refused before anything is sent.
func TestReservedNames(t *testing.T) {
	srv := newFakeServer(t, false)
	s := openStore(t, srv.connString(), Options{})
	ctx := testCtx(t)
	if _, err := s.Append(ctx, "$system", eventstore.NoStream, newEvents(1, "x")...); !errors.Is(err, eventstore.ErrInvalid) {
		t.Errorf("append to a $ stream: %v, want ErrInvalid", err)
	}
	if _, err := s.ReadStream(ctx, "$settings", 0); !errors.Is(err, eventstore.ErrInvalid) {
		t.Errorf("read of a $ stream: %v, want ErrInvalid", err)
	}
	head, err := s.Head(ctx)
	if err != nil || head != 0 {
		t.Errorf("head of a ledger of system events only: %d, %v; want 0", head, err)
	}
}

// rawClient is a client of the fake server that bypasses the store, as
// another process would write.
func rawClient(t *testing.T, srv *fakeServer) *esdb.Client {
	t.Helper()
	cfg, err := esdb.ParseConnectionString(srv.connString())
	if err != nil {
		t.Fatal(err)
	}
	cfg.Logger = esdb.NoopLogging()
	client, err := esdb.NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	return client
}

// An append repeats one that another process made a moment ago, before the
// store's index holds it, so the store sends it and the server takes it
// as a retry (it compares IDs only). With the same content it is the
// original append; with other content, or with only some of the IDs, it
// is ErrDuplicateEvent.
func TestRetryOfAnotherProcessAppend(t *testing.T) {
	srv := newFakeServer(t, false)
	s := openStore(t, srv.connString(), Options{})
	raw := rawClient(t, srv)
	ctx := testCtx(t)
	rawAppend := func(stream string, evs []eventstore.EventData) {
		t.Helper()
		proposed := make([]esdb.EventData, len(evs))
		for i, ev := range evs {
			proposed[i] = toEventData(ev)
		}
		if _, err := raw.AppendToStream(ctx, stream, esdb.AppendToStreamOptions{ExpectedRevision: esdb.NoStream{}}, proposed...); err != nil {
			t.Fatalf("append of the other process: %v", err)
		}
	}
	// appendHeld appends through the store while its index is held back,
	// and releases the index once the append waits for it.
	appendHeld := func(stream string, evs []eventstore.EventData) (eventstore.AppendResult, error) {
		t.Helper()
		type outcome struct {
			res eventstore.AppendResult
			err error
		}
		out := make(chan outcome, 1)
		go func() {
			res, err := s.Append(ctx, stream, eventstore.NoStream, evs...)
			out <- outcome{res, err}
		}()
		select {
		case o := <-out:
			t.Fatalf("append returned %+v, %v before the index held the events", o.res, o.err)
		case <-time.After(200 * time.Millisecond):
		}
		srv.release()
		o := <-out
		return o.res, o.err
	}

	// Same content: the original result.
	evs := newEvents(2, "other")
	srv.hold()
	rawAppend("other-same", evs)
	res, err := appendHeld("other-same", evs)
	if err != nil {
		t.Fatalf("repeat with the same content: %v", err)
	}
	got, err := s.ReadStream(ctx, "other-same", 0)
	if err != nil || len(got) != 2 || res.Version != 2 || res.Position != got[1].Position {
		t.Fatalf("repeat with the same content: %+v; stream %d events (%v), want the original result", res, len(got), err)
	}

	// Other content.
	evs = newEvents(2, "other")
	changed := append([]eventstore.EventData(nil), evs...)
	changed[1].Data = []byte(`{"changed":true}`)
	srv.hold()
	rawAppend("other-changed", evs)
	if _, err := appendHeld("other-changed", changed); !errors.Is(err, eventstore.ErrDuplicateEvent) {
		t.Fatalf("repeat with other content: err %v, want ErrDuplicateEvent", err)
	}

	// Only the first ID: the server refuses the append for its version,
	// and the events at its place show a partial repeat.
	evs = newEvents(2, "other")
	srv.hold()
	rawAppend("other-partial", evs[:1])
	partial := []eventstore.EventData{evs[0], newEvents(1, "other")[0]}
	_, err = s.Append(ctx, "other-partial", eventstore.NoStream, partial...)
	srv.release()
	if !errors.Is(err, eventstore.ErrDuplicateEvent) {
		t.Fatalf("partial repeat: err %v, want ErrDuplicateEvent", err)
	}
	if got, err := s.ReadStream(ctx, "other-partial", 0); err != nil || len(got) != 1 {
		t.Fatalf("stream after a partial repeat: %d events (%v), want 1", len(got), err)
	}
}
