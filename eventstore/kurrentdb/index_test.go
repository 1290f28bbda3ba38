package kurrentdb

import (
	"errors"
	"testing"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
)

func pos(commit, prepare uint64) esdb.Position {
	return esdb.Position{Commit: commit, Prepare: prepare}
}

func TestLedgerIndex(t *testing.T) {
	x := newLedgerIndex()
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	if x.head() != 0 || x.covers(pos(0, 0)) {
		t.Fatalf("empty index: head %d, covers the start %v", x.head(), x.covers(pos(0, 0)))
	}
	// Sparse positions, as in $all; the events of the third append share a
	// commit position.
	positions := []esdb.Position{pos(100, 100), pos(250, 250), pos(900, 700), pos(900, 800), pos(900, 850), pos(1200, 1200)}
	ids := make([]uuid.UUID, len(positions))
	for i, p := range positions {
		ids[i] = uuid.New()
		ord, ok := x.add(rec(p, ids[i], base.Add(time.Duration(i)*time.Second)))
		if !ok || ord != uint64(i+1) {
			t.Fatalf("add %v: ordinal %d, %v; want %d", p, ord, ok, i+1)
		}
	}
	if x.head() != 6 {
		t.Fatalf("head %d, want 6", x.head())
	}

	// A repeat, or anything before the last position, is not indexed.
	for _, p := range []esdb.Position{pos(1200, 1200), pos(900, 900), pos(50, 50)} {
		if ord, ok := x.add(rec(p, uuid.New(), base)); ok {
			t.Errorf("add %v after %v: indexed at %d", p, positions[5], ord)
		}
	}
	if x.head() != 6 {
		t.Errorf("head %d after refused adds, want 6", x.head())
	}

	// ordinal -> position
	for i, p := range positions {
		e, ok := x.entry(uint64(i + 1))
		if !ok || e.pos != p {
			t.Errorf("entry %d: %v, %v; want %v", i+1, e.pos, ok, p)
		}
	}
	for _, ord := range []uint64{0, 7, 1 << 40} {
		if _, ok := x.entry(ord); ok {
			t.Errorf("entry %d exists in an index of 6", ord)
		}
	}

	// position -> ordinal, by binary search, exact positions only
	for i, p := range positions {
		if ord, ok := x.ordinal(p); !ok || ord != uint64(i+1) {
			t.Errorf("ordinal of %v: %d, %v; want %d", p, ord, ok, i+1)
		}
	}
	for _, p := range []esdb.Position{pos(0, 0), pos(101, 101), pos(900, 750), pos(900, 900), pos(5000, 5000)} {
		if ord, ok := x.ordinal(p); ok {
			t.Errorf("ordinal of %v, where no event is: %d", p, ord)
		}
	}

	// covers: the index has seen $all up to a position
	for _, c := range []struct {
		p    esdb.Position
		want bool
	}{{pos(1, 1), true}, {pos(900, 800), true}, {pos(1200, 1200), true}, {pos(1200, 1201), false}, {pos(1300, 0), false}} {
		if got := x.covers(c.p); got != c.want {
			t.Errorf("covers %v = %v, want %v", c.p, got, c.want)
		}
	}

	// IDs
	for _, id := range ids {
		if !x.known(id) {
			t.Errorf("ID %s not known", id)
		}
	}
	if x.known(uuid.New()) {
		t.Error("a new ID is known")
	}
}

// A subscription resumes at an event of an earlier commit, so that a
// server resuming at commit granularity cannot skip the rest of an append.
func TestResumeFrom(t *testing.T) {
	x := newLedgerIndex()
	if _, ok := x.resumeFrom().(esdb.Start); !ok {
		t.Errorf("empty index resumes from %#v, want the start", x.resumeFrom())
	}
	x.add(rec(pos(900, 700), uuid.New(), time.Time{}))
	x.add(rec(pos(900, 800), uuid.New(), time.Time{}))
	if _, ok := x.resumeFrom().(esdb.Start); !ok {
		t.Errorf("index of one commit resumes from %#v, want the start", x.resumeFrom())
	}
	x.add(rec(pos(1000, 1000), uuid.New(), time.Time{}))
	if got := x.resumeFrom(); got != pos(900, 800) {
		t.Errorf("resume from %#v, want 900/800, the last event of the commit before", got)
	}
	x.add(rec(pos(1500, 1100), uuid.New(), time.Time{}))
	x.add(rec(pos(1500, 1200), uuid.New(), time.Time{}))
	if got := x.resumeFrom(); got != pos(1000, 1000) {
		t.Errorf("resume from %#v, want 1000/1000", got)
	}
}

func TestRecordedAtNeverDecreases(t *testing.T) {
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	x := newLedgerIndex()
	// A clock that steps back after the second event (a leader change).
	created := []time.Time{base, base.Add(time.Second), base.Add(-time.Minute), base.Add(500 * time.Millisecond), base.Add(2 * time.Second)}
	want := []time.Time{base, base.Add(time.Second), base.Add(time.Second), base.Add(time.Second), base.Add(2 * time.Second)}
	for i, c := range created {
		ord, _ := x.add(rec(pos(uint64(i+1)*10, uint64(i+1)*10), uuid.New(), c))
		e, _ := x.entry(ord)
		if got := time.Unix(0, e.at).UTC(); !got.Equal(want[i]) {
			t.Errorf("event %d created at %v: recorded at %v, want %v", i, c, got, want[i])
		}
	}
	if got := recordedAt(base.UnixNano(), base.Add(time.Nanosecond)); got != base.UnixNano()+1 {
		t.Errorf("a later creation time is not kept: %d", got)
	}
}

// rec is a ledger event of $all at p.
func rec(p esdb.Position, id uuid.UUID, created time.Time) *esdb.RecordedEvent {
	return &esdb.RecordedEvent{EventID: id, EventType: "t.v1", StreamID: "s-" + id.String(), Position: p, CreatedDate: created, Data: []byte("{}")}
}

// TestIndexHashChain checks that the index chains the hashes of the events
// in $all order, as the contract defines them, and that an event read back
// with other content than was indexed is ErrCorrupt.
func TestIndexHashChain(t *testing.T) {
	x := newLedgerIndex()
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var recs []*esdb.RecordedEvent
	for i := range 4 {
		re := rec(pos(uint64(i+1)*100, uint64(i+1)*100), uuid.New(), base.Add(time.Duration(i)*time.Millisecond))
		re.EventNumber = 0
		recs = append(recs, re)
		x.add(re)
	}
	var prev [32]byte
	for i, re := range recs {
		ev, err := x.event(re, uint64(i+1))
		if err != nil {
			t.Fatalf("event %d: %v", i+1, err)
		}
		want := eventstore.ChainHash(prev, eventstore.Event{
			ID: re.EventID, Type: re.EventType, Stream: re.StreamID, Data: re.Data,
			Version: 1, Position: uint64(i + 1), RecordedAt: base.Add(time.Duration(i) * time.Millisecond),
		})
		if ev.Hash != want {
			t.Errorf("event %d: hash %x, want %x", i+1, ev.Hash, want)
		}
		prev = ev.Hash
	}
	changed := *recs[2]
	changed.Data = []byte(`{"changed":true}`)
	if _, err := x.event(&changed, 3); !errors.Is(err, eventstore.ErrCorrupt) {
		t.Errorf("changed event: %v, want ErrCorrupt", err)
	}
}
