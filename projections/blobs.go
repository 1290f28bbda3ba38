package projections

import (
	"fmt"
	"reflect"
	"slices"
	"sync"

	"github.com/controlsledger/ledger/domain"
)

// arena holds the events' binary forms in large chunks: one allocation per
// megabyte instead of one per event, and nothing for the collector to
// scan. Bytes once written never change.
type arena struct {
	chunks [][]byte
	cur    int // chunk small blobs go to; -1 before the first
	size   int64
}

const arenaChunk = 1 << 20

// blobRef locates a blob: chunk<<40 | offset<<20 | length. A blob of
// arenaChunk/4 bytes or more has a chunk of its own, with offset and length
// 0.
type blobRef uint64

func (a *arena) add(b []byte) blobRef {
	a.size += int64(len(b))
	if len(b) >= arenaChunk/4 {
		a.chunks = append(a.chunks, slices.Clone(b))
		return blobRef(uint64(len(a.chunks)-1) << 40)
	}
	if len(a.chunks) == 0 || len(a.chunks[a.cur])+len(b) > arenaChunk {
		a.chunks = append(a.chunks, make([]byte, 0, arenaChunk))
		a.cur = len(a.chunks) - 1
	}
	c := a.chunks[a.cur]
	off := len(c)
	a.chunks[a.cur] = append(c, b...)
	return blobRef(uint64(a.cur)<<40 | uint64(off)<<20 | uint64(len(b)))
}

// addFinished adds the binary form of a pre-encoded event, finished
// against dict in place (it is no longer than pre).
func (a *arena) addFinished(dict *dictionary, pre []byte, cands []candidate) blobRef {
	if len(pre) >= arenaChunk/4 {
		return a.add(dict.finish(nil, pre, cands))
	}
	if len(a.chunks) == 0 || len(a.chunks[a.cur])+len(pre) > arenaChunk {
		a.chunks = append(a.chunks, make([]byte, 0, arenaChunk))
		a.cur = len(a.chunks) - 1
	}
	c := a.chunks[a.cur]
	off := len(c)
	c = dict.finish(c, pre, cands)
	a.chunks[a.cur] = c
	n := len(c) - off
	a.size += int64(n)
	return blobRef(uint64(a.cur)<<40 | uint64(off)<<20 | uint64(n))
}

func (a *arena) get(r blobRef) []byte { return getBlob(a.chunks, r) }

// holds reports whether r lies within the arena.
func (a *arena) holds(r blobRef) bool {
	c := int(r >> 40)
	if c >= len(a.chunks) {
		return false
	}
	off, n := int(r>>20)&(arenaChunk-1), int(r)&(arenaChunk-1)
	return (off == 0 && n == 0) || (n > 0 && off+n <= len(a.chunks[c]))
}

func getBlob(chunks [][]byte, r blobRef) []byte {
	c := chunks[r>>40]
	off, n := int(r>>20)&(arenaChunk-1), int(r)&(arenaChunk-1)
	if off == 0 && n == 0 {
		return c
	}
	return c[off : off+n : off+n]
}

// eventTags numbers the event types for the binary form.
var eventTags = sync.OnceValues(func() (map[string]uint64, []reflect.Type) {
	names := domain.EventTypes()
	slices.Sort(names)
	tags := map[string]uint64{}
	types := make([]reflect.Type, len(names))
	for i, n := range names {
		tags[n] = uint64(i)
		types[i] = eventTypes()[n]
	}
	return tags, types
})

// preEncode appends the binary form of ev to buf with every string
// inline, and appends to cands the strings that may refer to a dictionary
// (located from the event's first byte):
// the part of the encoding that needs no dictionary, which the runner's
// workers do in parallel.
func preEncode(buf []byte, cands []candidate, ev domain.Event) ([]byte, []candidate) {
	tags, _ := eventTags()
	start, first := len(buf), len(cands)
	e := &encoder{buf: buf, collect: true, cands: cands}
	e.uvarint(tags[ev.EventType()])
	e.value(ev)
	// Candidates are located from the event's first byte.
	for i := range e.cands[first:] {
		c := &e.cands[first+i]
		c.at -= int32(start)
		c.end -= int32(start)
	}
	return e.buf, e.cands
}

// event decodes the event at index i (position-1).
func (p *Projection) event(i int32) domain.Event {
	ev, err := decodeEvent(p.arena.get(p.entries[i].blob), p.dict.list)
	if err != nil {
		panic(fmt.Sprintf("projections: event at position %d: %v", i+1, err)) // the projection wrote it
	}
	return ev
}

// decodeEvent decodes a binary event whose strings refer to dict.
func decodeEvent(b []byte, dict []string) (domain.Event, error) {
	_, types := eventTags()
	d := &decoder{buf: b, table: dict}
	tag := d.uvarint()
	if d.err != nil || tag >= uint64(len(types)) {
		return nil, fmt.Errorf("%w: event tag %d", errCorrupt, tag)
	}
	v := decodeNew(d, types[tag]).Elem()
	if d.err == nil && len(d.buf) != 0 {
		d.fail("%d bytes after the event", len(d.buf))
	}
	if d.err != nil {
		return nil, d.err
	}
	return v.Interface().(domain.Event), nil
}

// foldCache keeps recent folds, so that the records a page shows often
// (the oldest measures still in force come first on many pages, and the
// records linked to them) are not decoded again. It is set-associative: a
// fold goes to one of foldSets sets and replaces the least recently used of
// its foldWays folds, so that the few hundred records of one answer do not
// evict one another. Folds never change (a version never does), so entries
// stay valid.
type foldCache struct {
	mu   sync.Mutex
	sets [foldSets][foldWays]foldEntry
}

type foldEntry struct {
	key foldKey
	agg domain.Record
}

const (
	foldSets = 1 << 11
	foldWays = 4
)

type foldKey struct {
	rec, n int32
}

func (k foldKey) set() int {
	h := uint64(uint32(k.rec))*0x9E3779B97F4A7C15 ^ uint64(uint32(k.n))*0xC2B2AE3D27D4EB4F
	return int(h>>32) % foldSets
}

// get returns the fold of k, or nil, and makes it the set's most recent.
func (c *foldCache) get(k foldKey) domain.Record {
	c.mu.Lock()
	defer c.mu.Unlock()
	ways := &c.sets[k.set()]
	for i := range ways {
		if e := ways[i]; e.key == k && e.agg != nil {
			copy(ways[1:i+1], ways[:i])
			ways[0] = e
			return e.agg
		}
	}
	return nil
}

// put adds the fold of k as its set's most recent, dropping the least
// recent.
func (c *foldCache) put(k foldKey, agg domain.Record) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ways := &c.sets[k.set()]
	copy(ways[1:], ways[:foldWays-1])
	ways[0] = foldEntry{key: k, agg: agg}
}
