package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
)

// waitTimeout guards every wait for something the store should do soon; it
// is a failure guard, never a delay.
const waitTimeout = 10 * time.Second

// Run runs every case of the suite as a parallel subtest of t. open is
// called once per case and must return a ready store (see the package
// documentation).
func Run(t *testing.T, open func(t *testing.T) eventstore.Store) {
	t.Helper()
	cases := []struct {
		name string
		fn   func(t *testing.T, s eventstore.Store)
	}{
		{"AppendNewStream", testAppendNewStream},
		{"ConflictWritesNothing", testConflictWritesNothing},
		{"ConcurrentAppendsOneWins", testConcurrentAppendsOneWins},
		{"IdempotentRetry", testIdempotentRetry},
		{"DuplicateIDElsewhere", testDuplicateIDElsewhere},
		{"ReadStream", testReadStream},
		{"ReadAllOrder", testReadAllOrder},
		{"LedgerGapFree", testLedgerGapFree},
		{"RoundTrip", testRoundTrip},
		{"HashChain", testHashChain},
		{"InvalidAppends", testInvalidAppends},
		{"SubscribeCatchUpThenLive", testSubscribeCatchUpThenLive},
		{"SubscribeResume", testSubscribeResume},
		{"SubscribeFnError", testSubscribeFnError},
		{"SlowSubscriberBlocksNoOne", testSlowSubscriberBlocksNoOne},
		{"CancelledContext", testCancelledContext},
		{"Close", testClose},
		{"BatchAppendsInOrder", testBatchAppendsInOrder},
		{"BatchConflictWritesNothing", testBatchConflictWritesNothing},
		{"BatchDuplicateIDWritesNothing", testBatchDuplicateIDWritesNothing},
		{"BatchIdempotentRetry", testBatchIdempotentRetry},
		{"BatchInvalid", testBatchInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			c.fn(t, open(t))
		})
	}
}

// --- helpers

func testContext(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// newStream returns a stream name no other case or run uses.
func newStream(label string) string {
	return fmt.Sprintf("storetest-%s-%s", label, uuid.NewString())
}

func newEvent(typ, data string) eventstore.EventData {
	return eventstore.EventData{
		ID:       uuid.New(),
		Type:     typ,
		Data:     []byte(data),
		Metadata: []byte(`{"actor":"storetest"}`),
	}
}

func newEvents(n int, label string) []eventstore.EventData {
	evs := make([]eventstore.EventData, n)
	for i := range evs {
		evs[i] = newEvent("storetest_"+label+".v1", fmt.Sprintf(`{"n":%d}`, i))
	}
	return evs
}

func mustAppend(t *testing.T, s eventstore.Store, stream string, expected int64, evs ...eventstore.EventData) eventstore.AppendResult {
	t.Helper()
	res, err := s.Append(testContext(t), stream, expected, evs...)
	if err != nil {
		t.Fatalf("append %d events to %s at v%d: %v", len(evs), stream, expected, err)
	}
	if want := expected + int64(len(evs)); res.Version != want {
		t.Fatalf("append to %s at v%d: version %d, want %d", stream, expected, res.Version, want)
	}
	return res
}

func mustReadStream(t *testing.T, s eventstore.Store, stream string, after int64) []eventstore.Event {
	t.Helper()
	evs, err := s.ReadStream(testContext(t), stream, after)
	if err != nil {
		t.Fatalf("read stream %s after v%d: %v", stream, after, err)
	}
	return evs
}

// readLedger reads the ledger from after up to and including position
// until, a page at a time.
func readLedger(t *testing.T, s eventstore.Store, after, until uint64) []eventstore.Event {
	t.Helper()
	var all []eventstore.Event
	for after < until {
		page, err := s.ReadAll(testContext(t), after, 100)
		if err != nil {
			t.Fatalf("read all after %d: %v", after, err)
		}
		if len(page) == 0 {
			t.Fatalf("read all after %d: no events, but position %d was acknowledged", after, until)
		}
		for _, ev := range page {
			if ev.Position <= after {
				t.Fatalf("read all after %d: got position %d", after, ev.Position)
			}
			after = ev.Position
			all = append(all, ev)
		}
	}
	return all
}

// checkEvent compares a recorded event with what was appended.
func checkEvent(t *testing.T, got eventstore.Event, stream string, version int64, want eventstore.EventData) {
	t.Helper()
	switch {
	case got.ID != want.ID:
		t.Errorf("%s v%d: id %s, want %s", stream, version, got.ID, want.ID)
	case got.Stream != stream:
		t.Errorf("event %s: stream %q, want %q", want.ID, got.Stream, stream)
	case got.Version != version:
		t.Errorf("event %s: version %d, want %d", want.ID, got.Version, version)
	case got.Type != want.Type:
		t.Errorf("event %s: type %q, want %q", want.ID, got.Type, want.Type)
	case !bytes.Equal(got.Data, want.Data):
		t.Errorf("event %s: data of %d bytes differs from the %d appended (%s)", want.ID, len(got.Data), len(want.Data), firstDiff(got.Data, want.Data))
	case !bytes.Equal(got.Metadata, want.Metadata):
		t.Errorf("event %s: metadata of %d bytes differs from the %d appended (%s)", want.ID, len(got.Metadata), len(want.Metadata), firstDiff(got.Metadata, want.Metadata))
	case got.Position == 0:
		t.Errorf("event %s: position 0; positions start at 1", want.ID)
	case got.RecordedAt.IsZero():
		t.Errorf("event %s: no RecordedAt", want.ID)
	}
}

func firstDiff(a, b []byte) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return fmt.Sprintf("first difference at byte %d: %#02x, want %#02x", i, a[i], b[i])
		}
	}
	return "one is a prefix of the other"
}

func checkStream(t *testing.T, s eventstore.Store, stream string, want []eventstore.EventData) []eventstore.Event {
	t.Helper()
	got := mustReadStream(t, s, stream, 0)
	if len(got) != len(want) {
		t.Fatalf("stream %s has %d events, want %d", stream, len(got), len(want))
	}
	for i := range got {
		checkEvent(t, got[i], stream, int64(i+1), want[i])
		if i > 0 && got[i].Position <= got[i-1].Position {
			t.Errorf("stream %s: v%d at position %d after v%d at %d", stream, i+1, got[i].Position, i, got[i-1].Position)
		}
	}
	return got
}

func checkConflict(t *testing.T, err error, stream string, expected, actual int64) {
	t.Helper()
	if !errors.Is(err, eventstore.ErrVersionConflict) {
		t.Fatalf("append to %s at v%d: err %v, want a version conflict", stream, expected, err)
	}
	var conflict *eventstore.VersionConflictError
	if !errors.As(err, &conflict) {
		t.Fatalf("append to %s at v%d: err %v (%T) is not a *VersionConflictError", stream, expected, err, err)
	}
	if conflict.Stream != stream || conflict.Expected != expected || conflict.Actual != actual {
		t.Fatalf("conflict %+v, want stream %s expected %d actual %d", *conflict, stream, expected, actual)
	}
}

func recv[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(waitTimeout):
		t.Fatalf("timed out after %v waiting for %s", waitTimeout, what)
		panic("unreachable")
	}
}

// subscription runs Subscribe in a goroutine and forwards the events of
// the given streams. It fails the test if the positions it sees, of all
// streams, are not consecutive.
type subscription struct {
	events <-chan eventstore.Event
	done   chan struct{} // closed when Subscribe has returned err
	err    error
	cancel context.CancelFunc

	mu       sync.Mutex
	last     uint64 // position of the last event fn accepted
	problems []string
}

func subscribe(t *testing.T, s eventstore.Store, after uint64, streams ...string) *subscription {
	t.Helper()
	ctx, cancel := context.WithCancel(testContext(t))
	events := make(chan eventstore.Event, 1024)
	sub := &subscription{events: events, done: make(chan struct{}), cancel: cancel, last: after}
	mine := make(map[string]bool)
	for _, st := range streams {
		mine[st] = true
	}
	go func() {
		defer close(sub.done)
		sub.err = s.Subscribe(ctx, after, func(ev eventstore.Event) error {
			sub.mu.Lock()
			if ev.Position != sub.last+1 {
				sub.problems = append(sub.problems, fmt.Sprintf("position %d after %d", ev.Position, sub.last))
			}
			sub.last = ev.Position
			sub.mu.Unlock()
			if !mine[ev.Stream] {
				return nil
			}
			select {
			case events <- ev:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	t.Cleanup(func() {
		cancel()
		<-sub.done
	})
	return sub
}

// wait waits for Subscribe to return and returns its error.
func (sub *subscription) wait(t *testing.T, what string) error {
	t.Helper()
	select {
	case <-sub.done:
		return sub.err
	case <-time.After(waitTimeout):
		t.Fatalf("timed out after %v waiting for %s", waitTimeout, what)
		return nil
	}
}

// expect receives the next events of the subscription and checks they are
// want, in order.
func (sub *subscription) expect(t *testing.T, want ...eventstore.EventData) []eventstore.Event {
	t.Helper()
	var got []eventstore.Event
	for i, w := range want {
		var ev eventstore.Event
		select {
		case ev = <-sub.events:
		case <-sub.done:
			t.Fatalf("subscription ended after %d of %d events: %v", i, len(want), sub.err)
		case <-time.After(waitTimeout):
			t.Fatalf("subscription: timed out after %v waiting for event %d of %d", waitTimeout, i+1, len(want))
		}
		if ev.ID != w.ID {
			t.Fatalf("subscription: event %d is %s (%s v%d), want %s", i, ev.ID, ev.Stream, ev.Version, w.ID)
		}
		got = append(got, ev)
	}
	return got
}

// stop cancels the subscription, checks it returned the context's error,
// delivered nothing more, and saw consecutive positions.
func (sub *subscription) stop(t *testing.T) {
	t.Helper()
	sub.cancel()
	err := sub.wait(t, "the subscription to return after cancel")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("subscription returned %v, want context.Canceled", err)
	}
	if len(sub.events) > 0 {
		ev := <-sub.events
		t.Errorf("subscription delivered an unexpected event %s (%s v%d)", ev.ID, ev.Stream, ev.Version)
	}
	sub.mu.Lock()
	defer sub.mu.Unlock()
	for _, p := range sub.problems {
		t.Errorf("subscription saw a gap or repeat in the ledger: %s", p)
	}
}

// --- cases

func testAppendNewStream(t *testing.T, s eventstore.Store) {
	ctx := testContext(t)
	stream := newStream("append")
	evs := newEvents(3, "appended")

	res := mustAppend(t, s, stream, eventstore.NoStream, evs[:2]...)
	got := checkStream(t, s, stream, evs[:2])
	if res.Position != got[1].Position {
		t.Errorf("append result position %d, but the last event is at %d", res.Position, got[1].Position)
	}
	head, err := s.Head(ctx)
	if err != nil {
		t.Fatalf("head: %v", err)
	}
	if head < res.Position {
		t.Errorf("head %d is before the acknowledged position %d", head, res.Position)
	}

	res2 := mustAppend(t, s, stream, 2, evs[2])
	if res2.Version != 3 || res2.Position <= res.Position {
		t.Errorf("second append: %+v after %+v", res2, res)
	}
	got = checkStream(t, s, stream, evs)
	if got[2].Position != res2.Position {
		t.Errorf("second append result position %d, but the event is at %d", res2.Position, got[2].Position)
	}
}

func testConflictWritesNothing(t *testing.T, s eventstore.Store) {
	ctx := testContext(t)
	stream := newStream("conflict")
	evs := newEvents(2, "first")
	mustAppend(t, s, stream, eventstore.NoStream, evs...)

	rejected := newEvents(2, "rejected")
	for _, expected := range []int64{eventstore.NoStream, 1, 3, 7} {
		_, err := s.Append(ctx, stream, expected, rejected...)
		checkConflict(t, err, stream, expected, 2)
	}
	checkStream(t, s, stream, evs)

	// The rejected events were not recorded anywhere: their IDs are free.
	res := mustAppend(t, s, stream, 2, rejected...)
	if res.Version != 4 {
		t.Errorf("append after conflicts: version %d, want 4", res.Version)
	}
	checkStream(t, s, stream, append(evs, rejected...))
}

func testConcurrentAppendsOneWins(t *testing.T, s eventstore.Store) {
	const writers = 8
	ctx := testContext(t)
	stream := newStream("race")
	var winners []eventstore.EventData
	for round, expected := range []int64{eventstore.NoStream, 1} {
		start := make(chan struct{})
		type outcome struct {
			ev  eventstore.EventData
			res eventstore.AppendResult
			err error
		}
		outcomes := make(chan outcome, writers)
		for w := range writers {
			ev := newEvent("storetest_raced.v1", fmt.Sprintf(`{"round":%d,"writer":%d}`, round, w))
			go func() {
				<-start
				res, err := s.Append(ctx, stream, expected, ev)
				outcomes <- outcome{ev, res, err}
			}()
		}
		close(start)
		wins := 0
		for range writers {
			o := recv(t, outcomes, "a concurrent append")
			if o.err == nil {
				wins++
				winners = append(winners, o.ev)
				if o.res.Version != expected+1 {
					t.Errorf("round %d: winner got version %d, want %d", round, o.res.Version, expected+1)
				}
				continue
			}
			checkConflict(t, o.err, stream, expected, expected+1)
		}
		if wins != 1 {
			t.Fatalf("round %d: %d of %d appends at v%d succeeded, want exactly 1", round, wins, writers, expected)
		}
	}
	checkStream(t, s, stream, winners)
}

func testIdempotentRetry(t *testing.T, s eventstore.Store) {
	ctx := testContext(t)
	stream := newStream("retry")
	evs := newEvents(3, "retried")
	first := mustAppend(t, s, stream, eventstore.NoStream, evs...)

	again, err := s.Append(ctx, stream, eventstore.NoStream, evs...)
	if err != nil {
		t.Fatalf("retry of the same append: %v", err)
	}
	if again != first {
		t.Errorf("retry result %+v, want the original %+v", again, first)
	}
	checkStream(t, s, stream, evs)

	// Still a no-op after the stream moved on.
	later := newEvent("storetest_later.v1", `{}`)
	mustAppend(t, s, stream, 3, later)
	again, err = s.Append(ctx, stream, eventstore.NoStream, evs...)
	if err != nil || again != first {
		t.Errorf("retry after the stream moved on: %+v, %v; want %+v, nil", again, err, first)
	}
	all := append(append([]eventstore.EventData{}, evs...), later)
	checkStream(t, s, stream, all)

	// Same IDs, different content.
	changed := append([]eventstore.EventData{}, evs...)
	changed[1].Data = []byte(`{"n":"changed"}`)
	if _, err := s.Append(ctx, stream, eventstore.NoStream, changed...); !errors.Is(err, eventstore.ErrDuplicateEvent) {
		t.Errorf("same IDs with other data: err %v, want ErrDuplicateEvent", err)
	}
	changed = append([]eventstore.EventData{}, evs...)
	changed[2].Type = "storetest_other.v1"
	if _, err := s.Append(ctx, stream, eventstore.NoStream, changed...); !errors.Is(err, eventstore.ErrDuplicateEvent) {
		t.Errorf("same IDs with another type: err %v, want ErrDuplicateEvent", err)
	}
	// Same IDs at another place in the stream.
	if _, err := s.Append(ctx, stream, 4, evs...); !errors.Is(err, eventstore.ErrDuplicateEvent) {
		t.Errorf("same IDs at another expected version: err %v, want ErrDuplicateEvent", err)
	}
	// A retry of only part of the append, or with an event added.
	if _, err := s.Append(ctx, stream, eventstore.NoStream, append(evs[:3:3], newEvent("storetest_extra.v1", `{}`))...); !errors.Is(err, eventstore.ErrDuplicateEvent) {
		t.Errorf("retry with an extra event: err %v, want ErrDuplicateEvent", err)
	}
	checkStream(t, s, stream, all)
}

func testDuplicateIDElsewhere(t *testing.T, s eventstore.Store) {
	ctx := testContext(t)
	a, b := newStream("dup-a"), newStream("dup-b")
	taken := newEvent("storetest_taken.v1", `{}`)
	mustAppend(t, s, a, eventstore.NoStream, taken)

	if _, err := s.Append(ctx, b, eventstore.NoStream, taken); !errors.Is(err, eventstore.ErrDuplicateEvent) {
		t.Errorf("ID recorded in another stream: err %v, want ErrDuplicateEvent", err)
	}
	fresh := newEvent("storetest_fresh.v1", `{}`)
	if _, err := s.Append(ctx, b, eventstore.NoStream, fresh, taken); !errors.Is(err, eventstore.ErrDuplicateEvent) {
		t.Errorf("second ID recorded in another stream: err %v, want ErrDuplicateEvent", err)
	}
	if got := mustReadStream(t, s, b, 0); len(got) != 0 {
		t.Fatalf("stream %s has %d events after refused appends", b, len(got))
	}
	checkStream(t, s, a, []eventstore.EventData{taken})
	// The fresh event was not written with the refused append.
	mustAppend(t, s, b, eventstore.NoStream, fresh)
	checkStream(t, s, b, []eventstore.EventData{fresh})
}

func testReadStream(t *testing.T, s eventstore.Store) {
	ctx := testContext(t)
	unknown := newStream("unknown")
	got, err := s.ReadStream(ctx, unknown, 0)
	if err != nil || len(got) != 0 {
		t.Errorf("unknown stream: %d events, err %v; want none, nil", len(got), err)
	}

	stream := newStream("read")
	evs := newEvents(5, "read")
	mustAppend(t, s, stream, eventstore.NoStream, evs[:2]...)
	mustAppend(t, s, stream, 2, evs[2:]...)
	// Another stream in between must not show up.
	mustAppend(t, s, newStream("other"), eventstore.NoStream, newEvent("storetest_other.v1", `{}`))

	all := checkStream(t, s, stream, evs)
	for after := int64(0); after <= 6; after++ {
		got := mustReadStream(t, s, stream, after)
		want := max(0, 5-int(after))
		if len(got) != want {
			t.Fatalf("read after v%d: %d events, want %d", after, len(got), want)
		}
		for i, ev := range got {
			checkEvent(t, ev, stream, after+int64(i)+1, evs[after+int64(i)])
			if ev.Position != all[after+int64(i)].Position {
				t.Errorf("read after v%d: v%d at position %d, earlier read said %d", after, ev.Version, ev.Position, all[after+int64(i)].Position)
			}
		}
	}
}

func testReadAllOrder(t *testing.T, s eventstore.Store) {
	ctx := testContext(t)
	a, b, c := newStream("order-a"), newStream("order-b"), newStream("order-c")
	a1, a2 := newEvent("storetest_a.v1", "a1"), newEvent("storetest_a.v1", "a2")
	b1, b2, b3 := newEvent("storetest_b.v1", "b1"), newEvent("storetest_b.v1", "b2"), newEvent("storetest_b.v1", "b3")
	c1 := newEvent("storetest_c.v1", "c1")
	ra1 := mustAppend(t, s, a, eventstore.NoStream, a1)
	rb := mustAppend(t, s, b, eventstore.NoStream, b1, b2)
	ra2 := mustAppend(t, s, a, 1, a2)
	rc := mustAppend(t, s, c, eventstore.NoStream, c1)
	rb3 := mustAppend(t, s, b, 2, b3)
	order := []eventstore.EventData{a1, b1, b2, a2, c1, b3}
	lastPos := map[uuid.UUID]uint64{a1.ID: ra1.Position, b2.ID: rb.Position, a2.ID: ra2.Position, c1.ID: rc.Position, b3.ID: rb3.Position}

	start := ra1.Position - 1
	ledger := readLedger(t, s, start, rb3.Position)
	mine := map[string]bool{a: true, b: true, c: true}
	var own []eventstore.Event
	for _, ev := range ledger {
		if mine[ev.Stream] {
			own = append(own, ev)
		}
	}
	if len(own) != len(order) {
		t.Fatalf("ledger from %d to %d holds %d of the %d events appended", start, rb3.Position, len(own), len(order))
	}
	for i, ev := range own {
		if ev.ID != order[i].ID {
			t.Fatalf("ledger event %d of this case is %s (%s), want %s: not in append order", i, ev.ID, ev.Data, order[i].ID)
		}
		if p, ok := lastPos[ev.ID]; ok && ev.Position != p {
			t.Errorf("event %s at position %d, but its append returned %d", ev.Data, ev.Position, p)
		}
	}
	if ledger[0].ID != a1.ID || ledger[0].Position != ra1.Position {
		t.Errorf("read all after %d starts with %s at %d, want a1 at %d", start, ledger[0].Data, ledger[0].Position, ra1.Position)
	}

	// The start is exclusive.
	page, err := s.ReadAll(ctx, ra1.Position, 1)
	if err != nil {
		t.Fatalf("read all: %v", err)
	}
	if len(page) != 1 || page[0].Position <= ra1.Position || page[0].ID == a1.ID {
		t.Errorf("read all after a1's position %d: %+v", ra1.Position, page)
	}

	// The limit is honoured.
	for _, limit := range []int{1, 3, 5} {
		page, err := s.ReadAll(ctx, start, limit)
		if err != nil {
			t.Fatalf("read all limit %d: %v", limit, err)
		}
		if len(page) != limit {
			t.Fatalf("read all after %d limit %d: %d events", start, limit, len(page))
		}
		for i := range page {
			if page[i].ID != ledger[i].ID || page[i].Position != ledger[i].Position {
				t.Errorf("read all limit %d: event %d at %d, want %d", limit, i, page[i].Position, ledger[i].Position)
			}
		}
	}
	if _, err := s.ReadAll(ctx, start, 0); !errors.Is(err, eventstore.ErrInvalid) {
		t.Errorf("read all with limit 0: err %v, want ErrInvalid", err)
	}
}

func testLedgerGapFree(t *testing.T, s eventstore.Store) {
	ctx := testContext(t)
	streams := []string{newStream("gap-a"), newStream("gap-b"), newStream("gap-c")}
	versions := make([]int64, len(streams))
	var last uint64
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 12 {
		k := i % len(streams)
		evs := newEvents(1+rng.IntN(3), "gap")
		res := mustAppend(t, s, streams[k], versions[k], evs...)
		if res.Position <= last {
			t.Fatalf("append %d landed at %d, not after the previous append at %d", i, res.Position, last)
		}
		versions[k], last = res.Version, res.Position
	}

	head, err := s.Head(ctx)
	if err != nil {
		t.Fatalf("head: %v", err)
	}
	if head < last {
		t.Fatalf("head %d is before the acknowledged position %d", head, last)
	}
	ledger := readLedger(t, s, 0, head)
	for i, ev := range ledger {
		if ev.Position != uint64(i+1) {
			t.Fatalf("ledger event %d has position %d: positions must be 1, 2, 3... without gap", i, ev.Position)
		}
		if i > 0 && ev.RecordedAt.Before(ledger[i-1].RecordedAt) {
			t.Errorf("position %d recorded at %v, before position %d at %v", ev.Position, ev.RecordedAt, i, ledger[i-1].RecordedAt)
		}
	}
	count := 0
	mine := map[string]bool{streams[0]: true, streams[1]: true, streams[2]: true}
	for _, ev := range ledger {
		if mine[ev.Stream] {
			count++
		}
	}
	if want := versions[0] + versions[1] + versions[2]; int64(count) != want {
		t.Errorf("ledger holds %d events of this case, want %d", count, want)
	}
}

func testRoundTrip(t *testing.T, s eventstore.Store) {
	rng := rand.New(rand.NewPCG(3, 4))
	randomBytes := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	allBytes := make([]byte, 512)
	for i := range allBytes {
		allBytes[i] = byte(i)
	}
	stream := newStream("round trip ü/'\"%?*")
	evs := []eventstore.EventData{
		{ID: uuid.New(), Type: "storetest_large.v1", Data: randomBytes(1 << 20), Metadata: randomBytes(1000)},
		{ID: uuid.New(), Type: "storetest_empty.v1", Data: []byte{}, Metadata: []byte{}},
		{ID: uuid.New(), Type: "storetest_nil.v1"},
		{ID: uuid.New(), Type: "storetest_binary.v1", Data: allBytes, Metadata: []byte{0, 0xff, 0, 0xfe, '\n'}},
		{ID: uuid.New(), Type: "storetest_évènement.v1", Data: []byte(`{"text":"Maßnahme \u2013 日本語","nul":"\u0000"}`), Metadata: []byte(" padded \t")},
	}
	res := mustAppend(t, s, stream, eventstore.NoStream, evs...)
	got := checkStream(t, s, stream, evs)

	ledger := readLedger(t, s, got[0].Position-1, res.Position)
	byID := make(map[uuid.UUID]eventstore.Event)
	for _, ev := range ledger {
		byID[ev.ID] = ev
	}
	for i, want := range evs {
		ev, ok := byID[want.ID]
		if !ok {
			t.Fatalf("event %d missing from read all", i)
		}
		checkEvent(t, ev, stream, int64(i+1), want)
		if !ev.RecordedAt.Equal(got[i].RecordedAt) {
			t.Errorf("event %d recorded at %v by read stream, %v by read all", i, got[i].RecordedAt, ev.RecordedAt)
		}
	}
}

func testInvalidAppends(t *testing.T, s eventstore.Store) {
	ctx := testContext(t)
	stream := newStream("invalid")
	valid := newEvents(7, "valid")
	tooLarge := newEvent("storetest_large.v1", "")
	tooLarge.Data = make([]byte, eventstore.MaxEventSize+1)
	cases := []struct {
		name     string
		stream   string
		expected int64
		events   []eventstore.EventData
	}{
		{"empty stream name", "", eventstore.NoStream, valid[0:1]},
		{"no events", stream, eventstore.NoStream, nil},
		{"nil ID", stream, eventstore.NoStream, []eventstore.EventData{valid[1], {Type: "storetest_noid.v1"}}},
		{"empty type", stream, eventstore.NoStream, []eventstore.EventData{valid[2], {ID: uuid.New()}}},
		{"negative expected version", stream, -1, valid[3:4]},
		{"repeated ID", stream, eventstore.NoStream, []eventstore.EventData{valid[4], valid[4]}},
		{"event too large", stream, eventstore.NoStream, []eventstore.EventData{valid[5], tooLarge}},
	}
	for _, c := range cases {
		if _, err := s.Append(ctx, c.stream, c.expected, c.events...); !errors.Is(err, eventstore.ErrInvalid) {
			t.Errorf("%s: err %v, want ErrInvalid", c.name, err)
		}
	}
	if got := mustReadStream(t, s, stream, 0); len(got) != 0 {
		t.Fatalf("stream has %d events after invalid appends", len(got))
	}
	// None of the valid events that came with invalid ones was recorded.
	mustAppend(t, s, stream, eventstore.NoStream, valid...)
	checkStream(t, s, stream, valid)
}

func testSubscribeCatchUpThenLive(t *testing.T, s eventstore.Store) {
	stream := newStream("sub")
	evs := newEvents(5, "sub")
	mustAppend(t, s, stream, eventstore.NoStream, evs[:3]...)
	first := mustReadStream(t, s, stream, 0)[0].Position

	sub := subscribe(t, s, first-1, stream)
	got := sub.expect(t, evs[:3]...)
	if got[0].Position != first {
		t.Errorf("caught-up event at %d, want %d", got[0].Position, first)
	}
	mustAppend(t, s, stream, 3, evs[3])
	mustAppend(t, s, stream, 4, evs[4])
	got = append(got, sub.expect(t, evs[3:]...)...)
	for i, ev := range got {
		checkEvent(t, ev, stream, int64(i+1), evs[i])
	}
	sub.stop(t)
}

func testSubscribeResume(t *testing.T, s eventstore.Store) {
	ctx := testContext(t)
	stream := newStream("resume")
	evs := newEvents(7, "resume")
	mustAppend(t, s, stream, eventstore.NoStream, evs[:5]...)
	start := mustReadStream(t, s, stream, 0)[0].Position - 1

	// The first subscription stops itself after two events of the stream.
	var seen []eventstore.Event
	var last uint64
	subCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	err := s.Subscribe(subCtx, start, func(ev eventstore.Event) error {
		if subCtx.Err() != nil {
			return subCtx.Err() // not seen
		}
		if ev.Position <= last && last != 0 {
			t.Errorf("first subscription: position %d after %d", ev.Position, last)
		}
		last = ev.Position
		if ev.Stream == stream {
			seen = append(seen, ev)
			if len(seen) == 2 {
				cancel()
			}
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("first subscription returned %v, want context.Canceled", err)
	}
	if len(seen) != 2 {
		t.Fatalf("first subscription saw %d events of the stream, want 2", len(seen))
	}

	sub := subscribe(t, s, last, stream)
	seen = append(seen, sub.expect(t, evs[2:5]...)...)
	mustAppend(t, s, stream, 5, evs[5:]...)
	seen = append(seen, sub.expect(t, evs[5:]...)...)
	sub.stop(t)
	for i, ev := range seen {
		checkEvent(t, ev, stream, int64(i+1), evs[i])
	}
}

func testSubscribeFnError(t *testing.T, s eventstore.Store) {
	ctx := testContext(t)
	stream := newStream("fnerr")
	mustAppend(t, s, stream, eventstore.NoStream, newEvents(3, "fnerr")...)
	start := mustReadStream(t, s, stream, 0)[0].Position - 1
	errStop := errors.New("storetest: stop")
	calls := 0
	ctx, cancel := context.WithTimeout(ctx, waitTimeout)
	defer cancel()
	err := s.Subscribe(ctx, start, func(ev eventstore.Event) error {
		calls++
		if ev.Stream == stream {
			return errStop
		}
		return nil
	})
	if !errors.Is(err, errStop) {
		t.Errorf("subscribe returned %v, want the error of fn", err)
	}
	if calls != 1 {
		t.Errorf("fn called %d times, want once: the first event after %d is this case's", calls, start)
	}
}

func testSlowSubscriberBlocksNoOne(t *testing.T, s eventstore.Store) {
	ctx := testContext(t)
	stream := newStream("slow")
	evs := newEvents(21, "slow")
	head, err := s.Head(ctx)
	if err != nil {
		t.Fatalf("head: %v", err)
	}

	stuck, release := make(chan struct{}), make(chan struct{})
	slowEvents := make(chan eventstore.Event, len(evs))
	slowCtx, cancelSlow := context.WithCancel(ctx)
	slowDone := make(chan error, 1)
	go func() {
		first := true
		slowDone <- s.Subscribe(slowCtx, head, func(ev eventstore.Event) error {
			if ev.Stream != stream {
				return nil
			}
			if first {
				first = false
				close(stuck)
				select {
				case <-release:
				case <-slowCtx.Done():
					return slowCtx.Err()
				}
			}
			slowEvents <- ev
			return nil
		})
	}()
	defer func() {
		cancelSlow()
		<-slowDone
	}()
	fast := subscribe(t, s, head, stream)

	mustAppend(t, s, stream, eventstore.NoStream, evs[0])
	recv(t, stuck, "the slow subscriber to receive the first event")

	appended := make(chan error, 1)
	go func() {
		for i := 1; i < len(evs); i++ {
			if _, err := s.Append(ctx, stream, int64(i), evs[i]); err != nil {
				appended <- err
				return
			}
		}
		appended <- nil
	}()
	if err := recv(t, appended, "appends while a subscriber is stuck"); err != nil {
		t.Fatalf("append while a subscriber is stuck: %v", err)
	}
	// Another subscription is not held up by the stuck one either.
	fast.expect(t, evs...)
	fast.stop(t)

	close(release)
	for i := range evs {
		ev := recv(t, slowEvents, fmt.Sprintf("event %d at the released subscriber", i))
		checkEvent(t, ev, stream, int64(i+1), evs[i])
	}
}

func testCancelledContext(t *testing.T, s eventstore.Store) {
	stream := newStream("cancelled")
	ev := newEvent("storetest_cancelled.v1", `{}`)
	ctx, cancel := context.WithCancel(testContext(t))
	cancel()
	if _, err := s.Append(ctx, stream, eventstore.NoStream, ev); !errors.Is(err, context.Canceled) {
		t.Errorf("append: err %v, want context.Canceled", err)
	}
	if _, err := s.ReadAll(ctx, 0, 10); !errors.Is(err, context.Canceled) {
		t.Errorf("read all: err %v, want context.Canceled", err)
	}
	if _, err := s.ReadStream(ctx, stream, 0); !errors.Is(err, context.Canceled) {
		t.Errorf("read stream: err %v, want context.Canceled", err)
	}
	if _, err := s.Head(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("head: err %v, want context.Canceled", err)
	}
	err := s.Subscribe(ctx, 0, func(eventstore.Event) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("subscribe: err %v, want context.Canceled", err)
	}
	past, cancelPast := context.WithDeadline(testContext(t), time.Now().Add(-time.Second))
	defer cancelPast()
	if _, err := s.Append(past, stream, eventstore.NoStream, ev); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("append after the deadline: err %v, want context.DeadlineExceeded", err)
	}

	if got := mustReadStream(t, s, stream, 0); len(got) != 0 {
		t.Fatalf("cancelled appends wrote %d events", len(got))
	}
	mustAppend(t, s, stream, eventstore.NoStream, ev)
}

func testClose(t *testing.T, s eventstore.Store) {
	ctx := testContext(t)
	stream := newStream("close")
	mustAppend(t, s, stream, eventstore.NoStream, newEvent("storetest_before_close.v1", `{}`))
	head, err := s.Head(ctx)
	if err != nil {
		t.Fatalf("head: %v", err)
	}

	// A live subscription, proven live by an event appended after it started.
	sub := subscribe(t, s, head, stream)
	live := newEvent("storetest_live.v1", `{}`)
	mustAppend(t, s, stream, 1, live)
	sub.expect(t, live)

	// Writers busy appending while the store closes.
	const writers = 4
	started := make(chan struct{}, writers)
	ended := make(chan error, writers)
	for w := range writers {
		go func() {
			own := newStream(fmt.Sprintf("close-writer-%d", w))
			for v := int64(0); ; v++ {
				if _, err := s.Append(ctx, own, v, newEvent("storetest_busy.v1", `{}`)); err != nil {
					ended <- err
					return
				}
				if v == 0 {
					started <- struct{}{}
				}
			}
		}()
	}
	for range writers {
		recv(t, started, "a writer's first append")
	}

	if err := s.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	for range writers {
		if err := recv(t, ended, "a writer to stop after close"); !errors.Is(err, eventstore.ErrClosed) {
			t.Errorf("append racing close: err %v, want ErrClosed", err)
		}
	}
	if err := sub.wait(t, "the subscription to end after close"); !errors.Is(err, eventstore.ErrClosed) {
		t.Errorf("subscription at close: err %v, want ErrClosed", err)
	}

	check := func(call string, err error) {
		t.Helper()
		if !errors.Is(err, eventstore.ErrClosed) {
			t.Errorf("%s after close: err %v, want ErrClosed", call, err)
		}
	}
	_, err = s.Append(ctx, stream, 2, newEvent("storetest_after_close.v1", `{}`))
	check("append", err)
	_, err = s.ReadStream(ctx, stream, 0)
	check("read stream", err)
	_, err = s.ReadAll(ctx, 0, 10)
	check("read all", err)
	_, err = s.Head(ctx)
	check("head", err)
	check("subscribe", s.Subscribe(ctx, 0, func(eventstore.Event) error { return nil }))
	check("close", s.Close())
}

// testHashChain checks that every event carries its link of the hash chain:
// ChainHash over its predecessor's hash, along ReadAll, and that ReadStream
// returns the same hashes.
func testHashChain(t *testing.T, s eventstore.Store) {
	ctx := testContext(t)
	a, b := newStream("hash-a"), newStream("hash-b")
	first := mustAppend(t, s, a, eventstore.NoStream, newEvents(3, "hash")...)
	mustAppend(t, s, b, eventstore.NoStream, eventstore.EventData{ID: uuid.New(), Type: "storetest_hash.v1"})
	last := mustAppend(t, s, a, 3, newEvents(2, "hash")...)

	// Other cases append at the same time: check the chain from the event
	// before this case's first one.
	start := first.Position - 3
	var prev [32]byte
	if start > 0 {
		evs, err := s.ReadAll(ctx, start-1, 1)
		if err != nil || len(evs) != 1 {
			t.Fatalf("read the event at %d: %d events, %v", start, len(evs), err)
		}
		prev = evs[0].Hash
		if prev == ([32]byte{}) {
			t.Fatalf("the event at %d has no hash", start)
		}
	}
	byPos := map[uint64][32]byte{}
	for _, ev := range readLedger(t, s, start, last.Position) {
		if want := eventstore.ChainHash(prev, ev); ev.Hash != want {
			t.Fatalf("event at %d: hash %x, want ChainHash(previous hash, event) = %x", ev.Position, ev.Hash, want)
		}
		prev = ev.Hash
		byPos[ev.Position] = ev.Hash
	}
	for _, stream := range []string{a, b} {
		for _, ev := range mustReadStream(t, s, stream, 0) {
			if want, ok := byPos[ev.Position]; !ok || ev.Hash != want {
				t.Errorf("%s v%d at %d: ReadStream gives hash %x, ReadAll %x", stream, ev.Version, ev.Position, ev.Hash, want)
			}
		}
	}
	if got := mustReadStream(t, s, a, 0); len(got) != 5 {
		t.Errorf("%s has %d events, want 5", a, len(got))
	}
}
