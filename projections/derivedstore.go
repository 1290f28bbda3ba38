package projections

import (
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/controlsledger/ledger/domain"
)

// derivedStore keeps what queries derive from the versions of records (see
// derive) for as long as the projection lives: hundreds of thousands of
// values, each with its days, timeline, affected jurisdictions and
// designation facts. They are copied into a few large chunks, one kind of
// part per chunk, rather than kept as several small objects per version:
// the garbage collector marks a chunk once, where it marked millions of
// small objects on every cycle. A record's versions are found by number in
// slots of a chunk too (recordState.derived), which hold no pointer.
//
// Values are only ever added, never changed or moved: a value, or a part
// of one, is published by the atomic store of its slot, after it is
// written, and read without a lock by whoever loads the slot. Adding is
// serialised by mu (queries derive under the projection's read lock, and
// the runner's warm-up derives beside them). The fresh value a query
// derived (deriveFrom) is copied and left to the collector: it lives no
// longer than the query, so nothing copied stays behind.
type derivedStore struct {
	mu    sync.Mutex
	vals  chunks[derived]
	facts chunks[designationFacts]
	links chunks[domain.MeasuresLinked]
	days  chunks[int32]
	steps chunks[timelineStep]
	spans chunks[affectedSpan]
	codes chunks[string]
	// slots hold, for each record with derived versions, a range: its
	// length (the record's versions when it was made), then the reference
	// plus one of the value derived from each version (0: none yet).
	slots chunks[atomic.Uint64]
	// strs interns the values' strings, whose bytes are in slab: a handful
	// of jurisdictions, authorities, types and programs, and one party ID
	// per designation, each held once.
	strs map[string]string
	slab stringSlab
}

// chunks is an array that only grows, in chunks that never move: an
// element, once added, stays at its address, and a slice of elements
// handed out stays valid. Elements are found by a reference (chunk<<32 |
// offset). The caller serialises alloc; at reads without a lock the
// elements of a reference published to it after they were written.
type chunks[T any] struct {
	dir atomic.Pointer[[][]T]
	// cur is the number plus one of the chunk small allocations come
	// from (0: none yet), used how much of it is taken.
	cur, used int
}

// chunkBytes is the size of a chunk: large enough that a million values
// are a few hundred objects, small enough that a small projection does
// not hold megabytes it does not use.
const chunkBytes = 128 << 10

// alloc returns n new zero elements and the reference of the first. A
// request of a quarter chunk or more gets a chunk of its own.
func (c *chunks[T]) alloc(n int) ([]T, uint64) {
	per := max(chunkBytes/int(unsafe.Sizeof(*new(T))), 16)
	var dir [][]T
	if d := c.dir.Load(); d != nil {
		dir = *d
	}
	if n >= per/4 {
		dir = append(dir, make([]T, n))
		c.dir.Store(&dir)
		return dir[len(dir)-1], uint64(len(dir)-1) << 32
	}
	if c.cur == 0 || c.used+n > per {
		// Appending in place is safe: readers read below their length.
		dir = append(dir, make([]T, per))
		c.dir.Store(&dir)
		c.cur, c.used = len(dir), 0
	}
	off := c.used
	c.used += n
	return dir[c.cur-1][off : off+n : off+n], uint64(c.cur-1)<<32 | uint64(off)
}

// at returns the element of reference ref.
func (c *chunks[T]) at(ref uint64) *T { return &(*c.dir.Load())[ref>>32][uint32(ref)] }

// copyOf returns a copy of s in c: s itself if empty (nil stays nil).
func copyOf[T any](c *chunks[T], s []T) []T {
	if len(s) == 0 {
		return s
	}
	out, _ := c.alloc(len(s))
	copy(out, s)
	return out
}

// slot returns the slot of r's n-th version, or nil if r has none for it.
func (s *derivedStore) slot(r *recordState, n int) *atomic.Uint64 {
	ref := r.derived.Load()
	if ref == 0 {
		return nil
	}
	first := s.slots.at(ref - 1)
	if uint64(n) > first.Load() {
		return nil
	}
	return s.slots.at(ref - 1 + uint64(n))
}

// at returns what was derived from r's n-th version, or nil.
func (s *derivedStore) at(r *recordState, n int) *derived {
	if sl := s.slot(r, n); sl != nil {
		if v := sl.Load(); v != 0 {
			return s.vals.at(v - 1)
		}
	}
	return nil
}

// keep stores d, derived from the n-th version of r, a record of versions
// versions, and returns the stored value: the one stored already if
// another query derived it meanwhile, the one of the version before if d
// equals it (see share), else a copy of d sharing the parts of the
// version before that are equal.
func (s *derivedStore) keep(r *recordState, n, versions int, d *derived) *derived {
	s.mu.Lock()
	defer s.mu.Unlock()
	if got := s.at(r, n); got != nil {
		return got
	}
	var ref uint64 // plus one
	var prev *derived
	if n > 1 {
		if sl := s.slot(r, n-1); sl != nil {
			if ref = sl.Load(); ref != 0 {
				prev = s.vals.at(ref - 1)
			}
		}
	}
	if d = d.share(prev); d != prev {
		var v []derived
		v, ref = s.vals.alloc(1)
		ref++
		s.copyInto(&v[0], d, prev)
	}
	s.slotFor(r, n, versions).Store(ref)
	return s.vals.at(ref - 1)
}

// copyInto sets *v to d, its parts copied into the store but for those d
// shares with prev (stored already).
func (s *derivedStore) copyInto(v *derived, d, prev *derived) {
	*v = *d
	if prev == nil {
		prev = &derived{}
	}
	if !sameSlice(d.days, prev.days) {
		v.days = copyOf(&s.days, d.days)
	}
	if !sameSlice(d.timeline, prev.timeline) {
		v.timeline = copyOf(&s.steps, d.timeline)
	}
	if !sameSlice(d.affected, prev.affected) {
		v.affected = s.copySpans(d.affected)
	}
	v.implementing, v.authority, v.measureType = s.intern(d.implementing), s.intern(d.authority), s.intern(d.measureType)
	if d.link != nil && d.link != prev.link {
		l, _ := s.links.alloc(1)
		l[0] = *d.link
		v.link = &l[0]
	}
	if f := d.designation; f != nil && f != prev.designation {
		g, _ := s.facts.alloc(1)
		g[0] = designationFacts{list: s.intern(f.list), partyID: s.intern(f.partyID), from: f.from, delisted: f.delisted, programs: f.programs}
		if prev.designation == nil || !sameSlice(f.programs, prev.designation.programs) {
			g[0].programs = s.copySpans(f.programs)
		}
		v.designation = &g[0]
	}
}

// copySpans copies spans and their codes into the store.
func (s *derivedStore) copySpans(spans []affectedSpan) []affectedSpan {
	out := copyOf(&s.spans, spans)
	for i := range out {
		codes := copyOf(&s.codes, out[i].codes)
		for j, c := range codes {
			codes[j] = s.intern(c)
		}
		out[i].codes = codes
	}
	return out
}

// intern returns x, held by the store.
func (s *derivedStore) intern(x string) string {
	if x == "" {
		return ""
	}
	if y, ok := s.strs[x]; ok {
		return y
	}
	if s.strs == nil {
		s.strs = map[string]string{}
	}
	y := s.slab.string(unsafe.Slice(unsafe.StringData(x), len(x)))
	s.strs[y] = y
	return y
}

// slotFor returns the slot of r's n-th version, making r a range for
// versions versions if it has none or a shorter one: the values of the
// shorter one are copied over, and its slots are left unused (a record
// whose versions were derived gains a version rarely).
func (s *derivedStore) slotFor(r *recordState, n, versions int) *atomic.Uint64 {
	if sl := s.slot(r, n); sl != nil {
		return sl
	}
	slots, ref := s.slots.alloc(versions + 1)
	slots[0].Store(uint64(versions))
	if old := r.derived.Load(); old != 0 {
		first := s.slots.at(old - 1)
		for i := range int(first.Load()) {
			slots[i+1].Store(s.slots.at(old - 1 + uint64(i+1)).Load())
		}
	}
	r.derived.Store(ref + 1)
	return &slots[n]
}
