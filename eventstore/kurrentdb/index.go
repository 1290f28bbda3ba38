package kurrentdb

import (
	"fmt"
	"sort"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
)

// entry is what the index keeps of one ledger event.
type entry struct {
	// pos is the event's position in $all.
	pos esdb.Position
	// at is the event's RecordedAt in Unix nanoseconds: the server's
	// created time, raised to the previous entry's when it is earlier.
	at int64
	// hash is the event's link of the hash chain, computed from its
	// content in $all when it was indexed and the previous entry's hash.
	hash [32]byte
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

// add indexes the ledger event re and returns its ordinal, computing its
// RecordedAt and its hash. An event at or before the last indexed position
// is a repeat (a resubscription starts a little early on purpose) and is
// not indexed again: ok is false.
func (x *ledgerIndex) add(re *esdb.RecordedEvent) (ordinal uint64, ok bool) {
	var (
		prev     int64
		prevHash [32]byte
	)
	if n := len(x.entries); n > 0 {
		last := x.entries[n-1]
		if comparePositions(re.Position, last.pos) <= 0 {
			return 0, false
		}
		prev, prevHash = last.at, last.hash
	}
	e := entry{pos: re.Position, at: recordedAt(prev, re.CreatedDate)}
	ordinal = uint64(len(x.entries)) + 1
	e.hash = eventstore.ChainHash(prevHash, toEvent(re, ordinal, e.at))
	x.entries = append(x.entries, e)
	if _, seen := x.ids[re.EventID]; !seen {
		x.ids[re.EventID] = ordinal
	}
	return ordinal, true
}

// event returns re, the event of an ordinal read back from KurrentDB, as
// the contract's event with its hash, after checking that its content
// still gives the hash indexed for it (ErrCorrupt otherwise).
func (x *ledgerIndex) event(re *esdb.RecordedEvent, ordinal uint64) (eventstore.Event, error) {
	e, ok := x.entry(ordinal)
	if !ok {
		return eventstore.Event{}, fmt.Errorf("ledger position %d is not indexed", ordinal)
	}
	var prev [32]byte
	if p, ok := x.entry(ordinal - 1); ok {
		prev = p.hash
	}
	ev := toEvent(re, ordinal, e.at)
	ev.Hash = e.hash
	if eventstore.ChainHash(prev, ev) != e.hash {
		return eventstore.Event{}, fmt.Errorf("event at position %d: %w: %q v%d in KurrentDB no longer has the content this process indexed", ordinal, eventstore.ErrCorrupt, re.StreamID, ev.Version)
	}
	return ev, nil
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

// last returns the $all position of the last indexed event, and false
// (with the zero position, before every event) when there is none.
func (x *ledgerIndex) last() (esdb.Position, bool) {
	if n := len(x.entries); n > 0 {
		return x.entries[n-1].pos, true
	}
	return esdb.Position{}, false
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
