package projections

import (
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/internal/slab"
)

// derivedStore keeps what queries derive from the versions of records (see
// derive) for as long as the projection lives: hundreds of thousands of
// values, each with its days, timeline, affected jurisdictions and
// designation facts. They are copied into a few large chunks, one kind of
// part per chunk, rather than kept as several small objects per version:
// the garbage collector marks a chunk once, where it marked millions of
// small objects on every cycle. A value is kept as numbers (kept: where
// its parts are), so its chunks, the largest, hold no pointer to follow
// either; so do the slots by which a record's versions find their values
// (recordState.derived).
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
	vals  chunks[kept]
	facts chunks[designationFacts]
	links chunks[domain.MeasuresLinked]
	// sources are the links' sources.
	sources chunks[domain.Source]
	days    chunks[int32]
	steps   chunks[timelineStep]
	spans   chunks[affectedSpan]
	codes   chunks[string]
	// slots hold, for each record with derived versions, a range: its
	// length (the record's versions when it was made), then the reference
	// plus one of the value derived from each version (0: none yet).
	slots chunks[atomic.Uint64]
	// strs holds the values' strings, each once (strIDs finds them), their
	// bytes in slab: a handful of jurisdictions, authorities, types and
	// programs, and one party ID per designation.
	strs   chunks[string]
	strIDs map[string]uint64
	slab   slab.Strings
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

// kept is a value as the store keeps it: numbers only, references into
// the store's chunks, so that the chunks of values, the largest part,
// hold no pointer for the collector to follow. view turns it back into a
// derived.
type kept struct {
	days, timeline, affected extent
	// link and designation are references plus one (0: none).
	link, designation uint64
	// implementing, authority and measureType are references plus one of
	// strings in strs (0: empty).
	implementing, authority, measureType uint64
	exists, countryNeutral               bool
}

// extent is a slice of a chunk: the reference of its first element, and
// its length.
type extent struct {
	ref uint64
	n   uint32
}

// elems returns the elements of e.
func elems[T any](c *chunks[T], e extent) []T {
	if e.n == 0 {
		return nil
	}
	ch, off := (*c.dir.Load())[e.ref>>32], uint32(e.ref)
	return ch[off : off+e.n : off+e.n]
}

// copyOf copies s into c and returns the copy and its extent.
func copyOf[T any](c *chunks[T], s []T) ([]T, extent) {
	if len(s) == 0 {
		return nil, extent{}
	}
	out, ref := c.alloc(len(s))
	copy(out, s)
	return out, extent{ref: ref, n: uint32(len(s))}
}

// view returns the value k keeps. Its slices and pointers are into the
// store's chunks: callers must not modify them.
func (s *derivedStore) view(k *kept) derived {
	d := derived{exists: k.exists, countryNeutral: k.countryNeutral,
		days: elems(&s.days, k.days), timeline: elems(&s.steps, k.timeline), affected: elems(&s.spans, k.affected),
		implementing: s.str(k.implementing), authority: s.str(k.authority), measureType: s.str(k.measureType)}
	if k.link != 0 {
		d.link = s.links.at(k.link - 1)
	}
	if k.designation != 0 {
		d.designation = s.facts.at(k.designation - 1)
	}
	return d
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

// kept returns what was kept of r's n-th version and its reference plus
// one, or nil and 0.
func (s *derivedStore) kept(r *recordState, n int) (*kept, uint64) {
	if n < 1 {
		return nil, 0
	}
	if sl := s.slot(r, n); sl != nil {
		if v := sl.Load(); v != 0 {
			return s.vals.at(v - 1), v
		}
	}
	return nil, 0
}

// at returns what was derived from r's n-th version, and whether it was.
func (s *derivedStore) at(r *recordState, n int) (derived, bool) {
	if k, _ := s.kept(r, n); k != nil {
		return s.view(k), true
	}
	return derived{}, false
}

// keep stores d, derived from the n-th version of r, a record of versions
// versions, and returns the value stored: the one stored already if
// another query derived it meanwhile, the one of the version before if d
// equals it (see share), else a copy of d sharing the parts of the
// version before that are equal.
func (s *derivedStore) keep(r *recordState, n, versions int, d *derived) derived {
	s.mu.Lock()
	defer s.mu.Unlock()
	if k, _ := s.kept(r, n); k != nil {
		return s.view(k)
	}
	pk, ref := s.kept(r, n-1)
	var prev *derived
	if pk != nil {
		v := s.view(pk)
		prev = &v
	}
	if d = d.share(prev); d != prev {
		var v []kept
		v, ref = s.vals.alloc(1)
		ref++
		v[0] = s.keptOf(d, prev, pk)
	}
	s.slotFor(r, n, versions).Store(ref)
	return s.view(s.vals.at(ref - 1))
}

// keptOf returns d as kept, its parts copied into the store but for those
// d shares with prev, the value pk keeps (if any).
func (s *derivedStore) keptOf(d, prev *derived, pk *kept) kept {
	if pk == nil {
		prev, pk = &derived{}, &kept{}
	}
	k := kept{exists: d.exists, countryNeutral: d.countryNeutral, days: pk.days, timeline: pk.timeline, affected: pk.affected,
		implementing: s.intern(d.implementing), authority: s.intern(d.authority), measureType: s.intern(d.measureType)}
	if !sameSlice(d.days, prev.days) {
		_, k.days = copyOf(&s.days, d.days)
	}
	if !sameSlice(d.timeline, prev.timeline) {
		_, k.timeline = copyOf(&s.steps, d.timeline)
	}
	if !sameSlice(d.affected, prev.affected) {
		_, k.affected = s.copySpans(d.affected)
	}
	if d.link != nil {
		k.link = s.keepLink(d.link)
	}
	switch f := d.designation; {
	case f == nil:
	case f == prev.designation:
		k.designation = pk.designation
	default:
		g, ref := s.facts.alloc(1)
		g[0] = designationFacts{list: s.str(s.intern(f.list)), partyID: s.str(s.intern(f.partyID)), from: f.from, delisted: f.delisted, programs: f.programs}
		if prev.designation == nil || !sameSlice(f.programs, prev.designation.programs) {
			g[0].programs, _ = s.copySpans(f.programs)
		}
		k.designation = ref + 1
	}
	return k
}

// copySpans copies spans and their codes into the store.
func (s *derivedStore) copySpans(spans []affectedSpan) ([]affectedSpan, extent) {
	out, e := copyOf(&s.spans, spans)
	for i := range out {
		codes, _ := copyOf(&s.codes, out[i].codes)
		for j, c := range codes {
			codes[j] = s.str(s.intern(c))
		}
		out[i].codes = codes
	}
	return out, e
}

// keepLink copies l into the store, its strings into the slab (each
// decoded string is an object of its own), and returns its reference plus
// one.
func (s *derivedStore) keepLink(l *domain.MeasuresLinked) uint64 {
	v, ref := s.links.alloc(1)
	c := &v[0]
	*c = *l
	c.LinkID, c.Relation, c.AssertedBy, c.Evidence = s.hold(l.LinkID), s.hold(l.Relation), s.hold(l.AssertedBy), s.hold(l.Evidence)
	c.From, c.To = domain.Ref{Kind: s.hold(l.From.Kind), ID: s.hold(l.From.ID)}, domain.Ref{Kind: s.hold(l.To.Kind), ID: s.hold(l.To.ID)}
	if len(l.Sources) > 0 {
		c.Sources, _ = copyOf(&s.sources, l.Sources)
		for i := range c.Sources {
			src := &c.Sources[i]
			src.SourceID, src.Citation, src.Title, src.Publisher, src.URL = s.hold(src.SourceID), s.hold(src.Citation), s.hold(src.Title), s.hold(src.Publisher), s.hold(src.URL)
		}
	}
	return ref + 1
}

// hold returns a copy of x in the slab.
func (s *derivedStore) hold(x string) string {
	if x == "" {
		return ""
	}
	return s.slab.Get(s.slab.AddString(x))
}

// intern returns the reference plus one of x in strs, adding it.
func (s *derivedStore) intern(x string) uint64 {
	if x == "" {
		return 0
	}
	if ref, ok := s.strIDs[x]; ok {
		return ref
	}
	if s.strIDs == nil {
		s.strIDs = map[string]uint64{}
	}
	y := s.hold(x)
	v, ref := s.strs.alloc(1)
	v[0] = y
	s.strIDs[y] = ref + 1
	return ref + 1
}

// str returns the string of reference plus one ref.
func (s *derivedStore) str(ref uint64) string {
	if ref == 0 {
		return ""
	}
	return *s.strs.at(ref - 1)
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
