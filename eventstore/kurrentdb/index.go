package kurrentdb

import (
	"sort"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"github.com/google/uuid"
)

// entry is what the index keeps of one ledger event.
type entry struct {
	// pos is the event's position in $all.
	pos esdb.Position
	// at is the event's RecordedAt in Unix nanoseconds: the server's
	// created time, raised to the previous entry's when it is earlier.
	at int64
}

// ledgerIndex numbers the ledger events of $all: entries[i] is the event of
// ordinal i+1. It is not safe for concurrent use; the Store guards it.
type ledgerIndex struct {
	entries []entry
	// ids maps the ID of every indexed event to its ordinal, the first one
	// if $all holds the ID twice. It finds an ID recorded in another stream.
	ids map[uuid.UUID]uint64
}

func newLedgerIndex() *ledgerIndex {
	return &ledgerIndex{ids: make(map[uuid.UUID]uint64)}
}

// head is the ordinal of the last indexed event, 0 when there is none.
func (x *ledgerIndex) head() uint64 {
	return uint64(len(x.entries))
}

// add indexes the ledger event at pos and returns its ordinal. An event at
// or before the last indexed position is a repeat (a resubscription starts
// a little early on purpose) and is not indexed again: ok is false.
func (x *ledgerIndex) add(pos esdb.Position, id uuid.UUID, created time.Time) (ordinal uint64, ok bool) {
	var prev int64
	if n := len(x.entries); n > 0 {
		last := x.entries[n-1]
		if comparePositions(pos, last.pos) <= 0 {
			return 0, false
		}
		prev = last.at
	}
	x.entries = append(x.entries, entry{pos: pos, at: recordedAt(prev, created)})
	ordinal = uint64(len(x.entries))
	if _, seen := x.ids[id]; !seen {
		x.ids[id] = ordinal
	}
	return ordinal, true
}

// entry returns the entry of an ordinal.
func (x *ledgerIndex) entry(ordinal uint64) (entry, bool) {
	if ordinal == 0 || ordinal > uint64(len(x.entries)) {
		return entry{}, false
	}
	return x.entries[ordinal-1], true
}

// ordinal finds the ordinal of the event at pos by binary search.
func (x *ledgerIndex) ordinal(pos esdb.Position) (uint64, bool) {
	i := sort.Search(len(x.entries), func(i int) bool {
		return comparePositions(x.entries[i].pos, pos) >= 0
	})
	if i == len(x.entries) || x.entries[i].pos != pos {
		return 0, false
	}
	return uint64(i) + 1, true
}

// covers reports whether the index has seen $all up to pos: an event at pos,
// if it is a ledger event, has an ordinal by now.
func (x *ledgerIndex) covers(pos esdb.Position) bool {
	n := len(x.entries)
	return n > 0 && comparePositions(x.entries[n-1].pos, pos) >= 0
}

// known reports whether an event with this ID is indexed.
func (x *ledgerIndex) known(id uuid.UUID) bool {
	_, ok := x.ids[id]
	return ok
}

// resumeFrom is where a subscription to $all starts to continue the index.
// A subscription starts after the position it is given. Since all events
// of one append may share a commit position (they do in older log formats),
// a server that resumed at commit granularity would skip the rest of the
// last append; so the subscription starts at the last entry of an earlier
// commit, and add drops the repeats.
func (x *ledgerIndex) resumeFrom() esdb.AllPosition {
	n := len(x.entries)
	if n == 0 {
		return esdb.Start{}
	}
	last := x.entries[n-1].pos.Commit
	for i := n - 1; i >= 0; i-- {
		if x.entries[i].pos.Commit < last {
			return x.entries[i].pos
		}
	}
	return esdb.Start{}
}

// recordedAt is the RecordedAt of an event created at created that follows
// an event recorded at prev (Unix nanoseconds). The server stamps each event
// with the clock of the node that wrote it; the clock of one node can step
// back, and after a leader change the next leader's clock may be behind the
// last one's. The contract promises a time that never decreases along the
// ledger, so the time is raised to the previous event's. Being computed from
// $all alone, the result is the same in every process that indexes it.
func recordedAt(prev int64, created time.Time) int64 {
	return max(prev, created.UnixNano())
}
