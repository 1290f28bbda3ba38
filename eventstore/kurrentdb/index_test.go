package kurrentdb

import (
	"testing"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"github.com/google/uuid"
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
		ord, ok := x.add(p, ids[i], base.Add(time.Duration(i)*time.Second))
		if !ok || ord != uint64(i+1) {
			t.Fatalf("add %v: ordinal %d, %v; want %d", p, ord, ok, i+1)
		}
	}
	if x.head() != 6 {
		t.Fatalf("head %d, want 6", x.head())
	}

	// A repeat, or anything before the last position, is not indexed.
	for _, p := range []esdb.Position{pos(1200, 1200), pos(900, 900), pos(50, 50)} {
		if ord, ok := x.add(p, uuid.New(), base); ok {
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
	x.add(pos(900, 700), uuid.New(), time.Time{})
	x.add(pos(900, 800), uuid.New(), time.Time{})
	if _, ok := x.resumeFrom().(esdb.Start); !ok {
		t.Errorf("index of one commit resumes from %#v, want the start", x.resumeFrom())
	}
	x.add(pos(1000, 1000), uuid.New(), time.Time{})
	if got := x.resumeFrom(); got != pos(900, 800) {
		t.Errorf("resume from %#v, want 900/800, the last event of the commit before", got)
	}
	x.add(pos(1500, 1100), uuid.New(), time.Time{})
	x.add(pos(1500, 1200), uuid.New(), time.Time{})
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
		ord, _ := x.add(pos(uint64(i+1)*10, uint64(i+1)*10), uuid.New(), c)
		e, _ := x.entry(ord)
		if got := time.Unix(0, e.at).UTC(); !got.Equal(want[i]) {
			t.Errorf("event %d created at %v: recorded at %v, want %v", i, c, got, want[i])
		}
	}
	if got := recordedAt(base.UnixNano(), base.Add(time.Nanosecond)); got != base.UnixNano()+1 {
		t.Errorf("a later creation time is not kept: %d", got)
	}
}
