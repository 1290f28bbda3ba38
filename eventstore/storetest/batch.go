package storetest

import (
	"errors"
	"testing"

	"github.com/controlsledger/ledger/eventstore"
)

// The cases of eventstore.BatchAppender run only against stores that
// implement it.

func batchAppender(t *testing.T, s eventstore.Store) eventstore.BatchAppender {
	t.Helper()
	b, ok := s.(eventstore.BatchAppender)
	if !ok {
		t.Skipf("%T does not implement eventstore.BatchAppender", s)
	}
	return b
}

func checkBatchItemError(t *testing.T, err error, index int, stream string, kind error) {
	t.Helper()
	var itemErr *eventstore.BatchItemError
	if !errors.As(err, &itemErr) {
		t.Fatalf("append batch: err %v (%T), want a *BatchItemError", err, err)
	}
	if itemErr.Index != index || itemErr.Stream != stream {
		t.Errorf("append batch: failed item %d (%s), want %d (%s)", itemErr.Index, itemErr.Stream, index, stream)
	}
	if !errors.Is(err, kind) {
		t.Errorf("append batch: err %v, want %v", err, kind)
	}
}

// testBatchAppendsInOrder appends to two streams, one of them twice, and
// checks the items land in order at consecutive positions.
func testBatchAppendsInOrder(t *testing.T, s eventstore.Store) {
	b := batchAppender(t, s)
	ctx := testContext(t)
	a, c := newStream("batch-a"), newStream("batch-c")
	first := newEvents(1, "first")
	mustAppend(t, s, a, eventstore.NoStream, first...)
	evA, evC, evA2 := newEvents(2, "a"), newEvents(3, "c"), newEvents(1, "a2")
	items := []eventstore.StreamAppend{
		{Stream: a, Expected: 1, Events: evA},
		{Stream: c, Expected: eventstore.NoStream, Events: evC},
		{Stream: a, Expected: 3, Events: evA2},
	}
	res, err := b.AppendBatch(ctx, items)
	if err != nil {
		t.Fatalf("append batch: %v", err)
	}
	if len(res) != len(items) {
		t.Fatalf("append batch: %d results for %d items", len(res), len(items))
	}
	for i, want := range []int64{3, 3, 4} {
		if res[i].Version != want {
			t.Errorf("item %d: version %d, want %d", i, res[i].Version, want)
		}
	}
	if res[1].Position != res[0].Position+3 || res[2].Position != res[1].Position+1 {
		t.Errorf("item positions %d, %d, %d are not consecutive for 2, 3 and 1 events", res[0].Position, res[1].Position, res[2].Position)
	}
	checkStream(t, s, a, append(append(first, evA...), evA2...))
	checkStream(t, s, c, evC)
	// No one else's event comes between the batch's: it is one commit.
	all := readLedger(t, s, res[0].Position-2, res[2].Position)
	want := append(append(evA, evC...), evA2...)
	if len(all) < len(want) {
		t.Fatalf("the ledger holds %d events from the batch's first position, want at least %d", len(all), len(want))
	}
	for i, ev := range all[:len(want)] {
		if ev.ID != want[i].ID {
			t.Fatalf("ledger position %d holds %s (%s v%d), want the batch's event %d", ev.Position, ev.ID, ev.Stream, ev.Version, i)
		}
	}
}

// testBatchConflictWritesNothing fails the middle item of a batch and
// checks that no item is written, not even the first.
func testBatchConflictWritesNothing(t *testing.T, s eventstore.Store) {
	b := batchAppender(t, s)
	ctx := testContext(t)
	a, c, d := newStream("batch-a"), newStream("batch-c"), newStream("batch-d")
	existing := newEvents(2, "existing")
	mustAppend(t, s, c, eventstore.NoStream, existing...)
	_, err := b.AppendBatch(ctx, []eventstore.StreamAppend{
		{Stream: a, Expected: eventstore.NoStream, Events: newEvents(2, "a")},
		{Stream: c, Expected: 1, Events: newEvents(1, "c")}, // stale: c is at v2
		{Stream: d, Expected: eventstore.NoStream, Events: newEvents(1, "d")},
	})
	checkBatchItemError(t, err, 1, c, eventstore.ErrVersionConflict)
	var conflict *eventstore.VersionConflictError
	if errors.As(err, &conflict) && (conflict.Expected != 1 || conflict.Actual != 2) {
		t.Errorf("conflict %+v, want expected 1, actual 2", *conflict)
	}
	checkStream(t, s, a, nil)
	checkStream(t, s, c, existing)
	checkStream(t, s, d, nil)

	// The store still works, and the failed batch left no trace in the
	// versions it knows.
	mustAppend(t, s, a, eventstore.NoStream, newEvents(1, "after")...)
}

// testBatchDuplicateIDWritesNothing reuses, in the last item, an event ID
// recorded in another stream.
func testBatchDuplicateIDWritesNothing(t *testing.T, s eventstore.Store) {
	b := batchAppender(t, s)
	ctx := testContext(t)
	a, c, other := newStream("batch-a"), newStream("batch-c"), newStream("batch-other")
	taken := newEvents(1, "taken")
	mustAppend(t, s, other, eventstore.NoStream, taken...)
	reuse := newEvents(2, "c")
	reuse[1].ID = taken[0].ID
	_, err := b.AppendBatch(ctx, []eventstore.StreamAppend{
		{Stream: a, Expected: eventstore.NoStream, Events: newEvents(3, "a")},
		{Stream: c, Expected: eventstore.NoStream, Events: reuse},
	})
	checkBatchItemError(t, err, 1, c, eventstore.ErrDuplicateEvent)
	checkStream(t, s, a, nil)
	checkStream(t, s, c, nil)
	checkStream(t, s, other, taken)
}

// testBatchIdempotentRetry commits a batch and retries it: the retry
// writes nothing and returns the first results.
func testBatchIdempotentRetry(t *testing.T, s eventstore.Store) {
	b := batchAppender(t, s)
	ctx := testContext(t)
	a, c := newStream("batch-a"), newStream("batch-c")
	evA, evC := newEvents(2, "a"), newEvents(1, "c")
	items := []eventstore.StreamAppend{
		{Stream: a, Expected: eventstore.NoStream, Events: evA},
		{Stream: c, Expected: eventstore.NoStream, Events: evC},
	}
	first, err := b.AppendBatch(ctx, items)
	if err != nil {
		t.Fatalf("append batch: %v", err)
	}
	again, err := b.AppendBatch(ctx, items)
	if err != nil {
		t.Fatalf("retry of a committed batch: %v", err)
	}
	for i := range first {
		if again[i] != first[i] {
			t.Errorf("retry: item %d result %+v, want the first %+v", i, again[i], first[i])
		}
	}
	checkStream(t, s, a, evA)
	checkStream(t, s, c, evC)

	// A batch that repeats a committed item and adds a new one writes only
	// the new one.
	evA2 := newEvents(1, "a2")
	res, err := b.AppendBatch(ctx, append(items, eventstore.StreamAppend{Stream: a, Expected: 2, Events: evA2}))
	if err != nil {
		t.Fatalf("append batch with a retried item: %v", err)
	}
	if res[0] != first[0] || res[2].Version != 3 || res[2].Position <= first[1].Position {
		t.Errorf("results %+v after %+v", res, first)
	}
	checkStream(t, s, a, append(evA, evA2...))
}

func testBatchInvalid(t *testing.T, s eventstore.Store) {
	b := batchAppender(t, s)
	ctx := testContext(t)
	a, c := newStream("batch-a"), newStream("batch-c")
	evs := newEvents(2, "a")
	for _, tc := range []struct {
		name  string
		items []eventstore.StreamAppend
	}{
		{"no items", nil},
		{"an item without events", []eventstore.StreamAppend{{Stream: a, Events: evs}, {Stream: c}}},
		{"an item without a stream", []eventstore.StreamAppend{{Stream: a, Events: evs[:1]}, {Events: evs[1:]}}},
		{"an event ID in two items", []eventstore.StreamAppend{{Stream: a, Events: evs}, {Stream: c, Events: evs[1:]}}},
	} {
		if _, err := b.AppendBatch(ctx, tc.items); !errors.Is(err, eventstore.ErrInvalid) {
			t.Errorf("%s: err %v, want ErrInvalid", tc.name, err)
		}
	}
	checkStream(t, s, a, nil)
	checkStream(t, s, c, nil)
}
