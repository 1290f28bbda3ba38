package projections

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/google/uuid"
)

// Projection holds every read model of the ledger in memory. It is safe for
// concurrent use: Apply takes a write lock, queries a read lock.
//
// It keeps each event once, with its envelope, in a compact binary form
// (see codec.go) that queries decode as they need it; a record is the list
// of its events, and the record as known at a ledger position is the fold
// of its events up to that position. A correction or a retraction changes
// how earlier events read, so the record as the domain replays it at that
// event is the base later folds start from (replayed once, when first
// needed). Indexes (by jurisdiction, authority, type, item, text, party,
// list, date order, links) point at records and are never narrower than
// any version of them: a query checks each candidate at its basis, and
// caches what it derives from a version (a measure's status along valid
// time), which never changes.
type Projection struct {
	now func() time.Time

	mu      sync.RWMutex
	changed chan struct{} // closed and replaced after each Apply
	head    uint64
	// entries holds the events by position (index position-1). An entry
	// and its bytes in the arena never change once appended, so a
	// snapshot can read those below the head it took without the lock.
	entries []entry
	bases   []*baseCell // see entry.base
	// baseCells is the unused part of the block new base cells are taken
	// from.
	baseCells []baseCell
	arena     arena
	dict      *dictionary
	recs      []*recordState
	ids       map[string]*recordTable // kind → record ID → record number
	streams   *recordTable            // stream name → record number (the first record of the stream)
	names     names
	// upcast holds, by position, the stored type and payload of events
	// stored under a superseded type.
	upcast map[uint64]storedPayload

	measures     measureIndex
	designations designationIndex
	orders       map[string]*orderList // kind → records by their date
	linksOf      linkIndex
	folds        foldCache
	counts       measureCounts
	// parties and jurisdictions map a party ID or a jurisdiction code to
	// the records that name it (any version), for timelines.
	parties       map[string]postings
	jurisdictions map[string]postings
	// pubMu guards the records' publication times, which queries under
	// the read lock compute when they first need them (see published).
	pubMu sync.Mutex
	// derived holds what queries derived from the records' versions.
	derived derivedStore
}

// entry is what the projection keeps of one event.
type entry struct {
	blob     blobRef // the event in binary form
	id       uuid.UUID
	recorded int64 // unix nanoseconds
	version  int64 // in its stream
	// base is set for a correction or a retraction: the number, plus one,
	// of its cell in the projection's bases, which holds the record
	// replayed by the domain up to and including this event. A number,
	// not a pointer: the entries hold none, so the collector does not scan
	// them (tens of megabytes, at every cycle of a rebuild).
	base    int32
	rec     int32
	actor   uint32
	command uint32
}

// baseCell holds a record replayed at a knowledge event, computed once and
// kept in binary form (a decoded record weighs several times more).
type baseCell struct {
	once sync.Once
	blob []byte
	err  error
}

type storedPayload struct {
	typ  string
	data []byte
}

// recordState is one record: its events in stream order.
type recordState struct {
	n      int32 // its number
	ref    domain.Ref
	stream string
	// events are the positions-1 of the record's events, in order.
	events []int32
	// published holds, for each of the first events, the latest
	// publication time (unix nanoseconds) of it and the events before it:
	// a reader who believes what was published by t reads the events
	// before the first whose value is after t. It is computed when a
	// query first asks with a publication limit (see published), and
	// guarded by the projection's pubMu.
	published []int64
	// retractedAt is the position of the retraction of the whole record
	// (0: none).
	retractedAt uint64
	// keys is the history of the record's order date: the date from each
	// position on.
	keys []orderKey
	// derived is the reference plus one of the record's slots in the
	// projection's derivedStore, which hold what queries derived from its
	// versions (0: none yet).
	derived atomic.Uint64
}

type orderKey struct {
	from uint64
	day  int32
}

// names numbers the actors and commands of the envelopes.
type names struct {
	list []string
	idx  map[string]uint32
}

func (n *names) id(s string) uint32 {
	if i, ok := n.idx[s]; ok {
		return i
	}
	if n.idx == nil {
		n.idx = map[string]uint32{}
	}
	i := uint32(len(n.list))
	n.idx[s] = i
	n.list = append(n.list, s)
	return i
}

// Options configures a Projection.
type Options struct {
	// Now gives the default valid time (today) of queries; time.Now by
	// default.
	Now func() time.Time
}

// New returns an empty projection.
func New(opts Options) *Projection {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	p := &Projection{
		now:           opts.Now,
		changed:       make(chan struct{}),
		ids:           map[string]*recordTable{},
		streams:       &recordTable{stream: true},
		upcast:        map[uint64]storedPayload{},
		dict:          newDictionary(),
		orders:        map[string]*orderList{},
		parties:       map[string]postings{},
		jurisdictions: map[string]postings{},
	}
	p.names.id("")
	for _, k := range domain.RecordKinds {
		p.ids[k] = &recordTable{}
		p.orders[k] = &orderList{}
	}
	p.ids[domain.KindCheckpoint] = &recordTable{}
	p.measures.init()
	p.designations.init()
	p.linksOf.init()
	return p
}

// Head returns the position of the last applied event.
func (p *Projection) Head() uint64 {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.head
}

// decoded is an event ready to apply.
type decoded struct {
	rec  eventstore.Event // Data is not kept
	ev   domain.Event
	meta domain.Metadata
	// stored is set for an event stored under a superseded type.
	stored *storedPayload
	// blob, when set, is the event in binary form already (from a
	// snapshot).
	blob []byte
	// pre and cands are the event pre-encoded (see preEncode).
	pre   []byte
	cands []candidate
}

// decode turns a stored event into a decoded one.
func decode(rec eventstore.Event) (decoded, error) { return decodeWith(rec, nil) }

// slabs hold the pre-encoded forms of a page of events: two allocations a
// page rather than two an event.
type slabs struct {
	pre   []byte
	cands []candidate
}

// newSlabs returns slabs sized for the events.
func newSlabs(evs []eventstore.Event) *slabs {
	s := &slabs{}
	s.reset(evs)
	return s
}

// reset empties s for the events, keeping its memory if large enough. The
// events pre-encoded into s before must be applied already.
func (s *slabs) reset(evs []eventstore.Event) {
	size := 0
	for _, ev := range evs {
		size += len(ev.Data) // the binary form is shorter than the JSON
	}
	if cap(s.pre) < size {
		s.pre = make([]byte, 0, size)
	}
	if cap(s.cands) < 24*len(evs) {
		s.cands = make([]candidate, 0, 24*len(evs))
	}
	s.pre, s.cands = s.pre[:0], s.cands[:0]
}

// decodeWith is decode, pre-encoding into s if not nil. The event's parts
// of s are never written again (a slab outgrown is replaced, not moved).
func decodeWith(rec eventstore.Event, s *slabs) (decoded, error) {
	ev, err := domain.Decode(rec.Type, rec.Data)
	if err != nil {
		return decoded{}, fmt.Errorf("apply position %d: %w", rec.Position, err)
	}
	d := decoded{rec: rec, ev: ev}
	if ev.EventType() != rec.Type {
		d.stored = &storedPayload{typ: rec.Type, data: rec.Data}
	}
	d.rec.Data = nil
	if len(rec.Metadata) > 0 {
		if d.meta, err = domain.DecodeMetadata(rec.Metadata); err != nil {
			return decoded{}, fmt.Errorf("apply position %d: metadata: %w", rec.Position, err)
		}
	}
	d.rec.Metadata = nil
	if s == nil {
		// The binary form is shorter than the JSON: one allocation each.
		s = &slabs{pre: make([]byte, 0, len(rec.Data)), cands: make([]candidate, 0, 32)}
	}
	ps, cs := len(s.pre), len(s.cands)
	s.pre, s.cands = preEncode(s.pre, s.cands, ev)
	d.pre, d.cands = s.pre[ps:len(s.pre):len(s.pre)], s.cands[cs:len(s.cands):len(s.cands)]
	return d, nil
}

// Apply folds the next event of the ledger into the read models. Events must
// come in ledger order without gaps; an event at or below the head is
// ignored, so a resumed subscription may overlap.
func (p *Projection) Apply(rec eventstore.Event) error {
	d, err := decode(rec)
	if err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	defer p.signal()
	job, err := p.apply(d)
	p.indexEvent(job)
	return err
}

// signal wakes the waiters of WaitFor. The caller holds the write lock.
func (p *Projection) signal() {
	close(p.changed)
	p.changed = make(chan struct{})
}

// reserve makes room for n more events, so that a long catch-up does not
// copy the entries again and again.
func (p *Projection) reserve(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.entries = slices.Grow(p.entries, n)
}

// indexBehind is the smallest batch whose indexing runs on a goroutine of
// its own, behind the records (see applyBatch).
const indexBehind = 256

// applyBatch applies decoded events in order under one lock. For a large
// batch, the indexes are built on a second goroutine, a few events behind
// the records, entries and arena that the caller's goroutine adds: indexing
// reads nothing of those but what apply hands it (see indexJob), and no
// step of apply reads an index. Both are done when the lock is released.
func (p *Projection) applyBatch(ds []decoded) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	defer p.signal()
	if len(ds) < indexBehind {
		for _, d := range ds {
			job, err := p.apply(d)
			if err != nil {
				return err
			}
			p.indexEvent(job)
		}
		return nil
	}
	const chunk = 64
	chunks := make(chan []indexJob, 8)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for jobs := range chunks {
			for _, j := range jobs {
				p.indexEvent(j)
			}
		}
	}()
	jobs := make([]indexJob, 0, chunk)
	defer func() {
		if len(jobs) > 0 {
			chunks <- jobs
		}
		close(chunks)
		<-done
	}()
	for _, d := range ds {
		job, err := p.apply(d)
		if err != nil {
			return err
		}
		if job.ev == nil {
			continue
		}
		jobs = append(jobs, job)
		if len(jobs) == chunk {
			chunks <- jobs
			jobs = make([]indexJob, 0, chunk)
		}
	}
	return nil
}

// indexJob is what indexing one applied event needs: the record, the
// event (for a correction, the corrected event instead: a corrected value
// may be a new key) and its position, and what apply found of the
// record's earlier events.
type indexJob struct {
	n   int32
	r   *recordState
	ev  domain.Event // nil: nothing to index
	pos uint64
	// startsBefore is set for a measure's announcement that is not its
	// first event (a corrected one) if the measure, folded from its events
	// so far, exists before the announcement's day (see startsBefore);
	// not computed when a provision makes it retroactive anyway.
	startsBefore bool
	// reopen, if set, is the end of a suspension that the event retracted
	// or corrected to end another: the suspension runs on as planned.
	reopen *domain.SuspensionEnded
}

// apply adds one decoded event to the records, and returns what the
// indexes take from it, for indexEvent. The caller holds the write lock,
// and signals the change.
func (p *Projection) apply(d decoded) (indexJob, error) {
	pos := d.rec.Position
	if pos <= p.head {
		return indexJob{}, nil
	}
	if pos != p.head+1 {
		return indexJob{}, fmt.Errorf("apply position %d: the projection is at %d: events must come without gaps", pos, p.head)
	}
	ref := d.ev.Subject()
	byID, ok := p.ids[ref.Kind]
	if !ok {
		return indexJob{}, fmt.Errorf("apply position %d: unknown record kind %q", pos, ref.Kind)
	}
	n, ok := byID.get(p.recs, ref.ID)
	if !ok {
		n = int32(len(p.recs))
		p.recs = append(p.recs, &recordState{n: n, ref: ref, stream: d.rec.Stream})
		byID.put(p.recs, n)
		if _, taken := p.streams.get(p.recs, d.rec.Stream); !taken {
			p.streams.put(p.recs, n)
		}
	}
	r := p.recs[n]
	var blob blobRef
	switch {
	case d.blob != nil:
		blob = p.arena.add(d.blob)
	case d.pre != nil:
		blob = p.arena.addFinished(p.dict, d.pre, d.cands)
	default:
		pre, cands := preEncode(nil, nil, d.ev)
		blob = p.arena.addFinished(p.dict, pre, cands)
	}
	e := entry{blob: blob, id: d.rec.ID, recorded: d.rec.RecordedAt.UnixNano(), version: d.rec.Version, rec: n,
		actor: p.names.id(d.meta.Actor), command: p.names.id(d.meta.Command)}
	if d.stored != nil {
		p.upcast[pos] = *d.stored
	}
	job := indexJob{n: n, r: r, ev: d.ev, pos: pos}
	switch k := d.ev.(type) {
	case domain.RecordCorrected:
		e.base = p.newBase()
		before, corrected := p.reading(r, k.EventID, &k)
		if corrected != nil {
			job.ev = corrected
		}
		if end, ok := before.(domain.SuspensionEnded); ok {
			if now, ok := corrected.(domain.SuspensionEnded); !ok || now.SuspensionID != end.SuspensionID {
				// The end no longer ends the suspension it named, which
				// runs on as planned.
				job.reopen = &end
			}
		}
	case domain.RecordRetracted:
		e.base = p.newBase()
		if k.EventID == "" && r.retractedAt == 0 {
			r.retractedAt = pos
		}
		before, _ := p.reading(r, k.EventID, nil)
		if end, ok := before.(domain.SuspensionEnded); ok {
			// Without its end, a suspension runs on as planned.
			job.reopen = &end
		}
	}
	p.entries = append(p.entries, e)
	r.events = append(r.events, int32(pos-1))
	if a, ok := job.ev.(domain.MeasureAnnounced); ok && len(r.events) > 1 && !provisionBefore(&a) {
		job.startsBefore = p.startsBefore(r, dayOf(a.AnnouncedOn))
	}
	p.head = pos
	return job, nil
}

// reading returns the event eventID of r as it reads after r's events so
// far (every correction of it applied), before, and, if c is not nil, as
// it reads after c too, after; nil if it cannot be read so, was retracted
// (domain.Replay skips it, corrected or not), or no index takes anything
// from it. Callers look at before only for the end of a suspension, so it
// is computed for no other event. For a correction, the indexes take the
// new values; a retracted end of a suspension, or one corrected to name
// another, reopens the suspension it named.
func (p *Projection) reading(r *recordState, eventID string, c *domain.RecordCorrected) (before, after domain.Event) {
	id, ok := canonicalID(eventID)
	if !ok {
		return nil, nil
	}
	target := -1
	for j, i := range r.events {
		if p.entries[i].id == id {
			target = j
		}
	}
	if target < 0 {
		return nil, nil
	}
	ev := p.event(r.events[target])
	_, end := ev.(domain.SuspensionEnded)
	if !indexed(ev) || c == nil && !end {
		return nil, nil
	}
	pos := uint64(r.events[target]) + 1
	if _, stored := p.upcast[pos]; !stored {
		// The event as decoded: the corrections patch it (PatchEvent).
		if before, after, ok := p.readingOf(r, target, eventID, c, ev, end, nil); ok {
			return before, after
		}
	}
	// The corrections patch the stored payload: an event of a superseded
	// type, or one the corrections leave unreadable at some step.
	typ, data, err := p.payload(pos)
	if err != nil {
		return nil, nil
	}
	before, after, _ = p.readingOf(r, target, eventID, c, nil, end, &storedPayload{typ: typ, data: data})
	return before, after
}

// readingOf is reading from r's event target: ev as decoded, or, if
// stored is set, its stored payload, each correction patching it in
// order. It reports false where ev was given and a correction before c
// could not patch it (reading then patches the payload, which a later
// correction may make readable again).
func (p *Projection) readingOf(r *recordState, target int, eventID string, c *domain.RecordCorrected, ev domain.Event, end bool, stored *storedPayload) (before, after domain.Event, ok bool) {
	patch := func(k domain.RecordCorrected) bool {
		var err error
		if stored != nil {
			stored.data, err = domain.PatchField(stored.data, k.Field, nil, k.NewValue)
		} else {
			ev, err = domain.PatchEvent(ev, k.Field, k.NewValue)
		}
		return err == nil
	}
	read := func() domain.Event {
		if stored == nil {
			return ev
		}
		ev, err := domain.Decode(stored.typ, stored.data)
		if err != nil {
			return nil
		}
		return ev
	}
	for _, i := range r.events[target+1:] {
		if p.entries[i].base == 0 {
			continue // neither a correction nor a retraction
		}
		switch k := p.event(i).(type) {
		case domain.RecordCorrected:
			if k.EventID == eventID && !patch(k) {
				return nil, nil, stored != nil
			}
		case domain.RecordRetracted:
			if k.EventID == eventID {
				return nil, nil, true
			}
		}
	}
	if end {
		before = read()
	}
	if c != nil {
		if !patch(*c) {
			// Either way, the event cannot be read with c.
			return before, nil, true
		}
		after = read()
	}
	return before, after, true
}

// newBase adds an empty base cell and returns its number plus one (see
// entry.base).
func (p *Projection) newBase() int32 {
	if len(p.baseCells) == 0 {
		// Cells are allocated a block at a time: they live as long as
		// the projection, and a cell never moves (its sync.Once).
		p.baseCells = make([]baseCell, 256)
	}
	p.bases = append(p.bases, &p.baseCells[0])
	p.baseCells = p.baseCells[1:]
	return int32(len(p.bases))
}

// canonicalID parses an event ID as the envelope's ID prints (lower-case
// with hyphens): no other spelling names an event.
func canonicalID(s string) (uuid.UUID, bool) {
	id, err := uuid.Parse(s)
	if err != nil || id.String() != s {
		return uuid.UUID{}, false
	}
	return id, true
}

// base returns the record replayed by the domain up to its event j, a
// correction or retraction: its events, with the knowledge among them
// applied (see replay). The replay runs once; the record is kept
// in binary form, its strings referring to the dictionary where they are
// in it already (the dictionary grows only under the write lock).
func (p *Projection) base(r *recordState, j int) (domain.Record, error) {
	cell := p.bases[p.entries[r.events[j]].base-1]
	cell.once.Do(func() {
		agg, err := p.replay(r, j)
		if err != nil {
			cell.err = err
			return
		}
		e := &encoder{dict: p.dict, readOnly: true}
		rv := reflect.ValueOf(agg)
		encodeAt(e, rv.Type().Elem(), rv.UnsafePointer())
		cell.blob = e.buf
	})
	if cell.err != nil {
		return nil, cell.err
	}
	agg := domain.NewRecord(r.ref.Kind)
	d := &decoder{buf: cell.blob, table: p.dict.list}
	d.value(agg)
	if d.err == nil && len(d.buf) != 0 {
		d.fail("%d bytes after the record", len(d.buf))
	}
	return agg, d.err
}

// replay returns the record r replayed by the domain up to its event j:
// from its events as the projection keeps them (domain.ReplayEvents), or,
// if one of them is of a superseded type or a correction cannot patch the
// decoded event, from their stored payloads (domain.Replay), which gives
// the result or the error.
func (p *Projection) replay(r *recordState, j int) (domain.Record, error) {
	ids := make([]string, j+1)
	evs := make([]domain.Event, j+1)
	decoded := true
	for k, i := range r.events[:j+1] {
		if _, stored := p.upcast[uint64(i)+1]; stored {
			decoded = false
			break
		}
		ids[k], evs[k] = p.entries[i].id.String(), p.event(i)
	}
	if decoded {
		agg := domain.NewRecord(r.ref.Kind)
		if domain.ReplayEvents(agg, ids, evs) == nil {
			return agg, nil
		}
	}
	stream := make([]domain.Recorded, 0, j+1)
	for _, i := range r.events[:j+1] {
		typ, data, err := p.payload(uint64(i) + 1)
		if err != nil {
			return nil, err
		}
		stream = append(stream, domain.Recorded{ID: p.entries[i].id.String(), Type: typ, Data: data})
	}
	agg := domain.NewRecord(r.ref.Kind)
	if err := domain.Replay(agg, stream); err != nil {
		return nil, fmt.Errorf("replay %s at position %d: %w", r.ref, r.events[j]+1, err)
	}
	return agg, nil
}

// payload returns the stored type and payload of the event at pos: the
// event encoded again (which gives back what the domain stored), or the
// stored bytes of an event of a superseded type.
func (p *Projection) payload(pos uint64) (string, []byte, error) {
	if s, ok := p.upcast[pos]; ok {
		return s.typ, s.data, nil
	}
	ev := p.event(int32(pos - 1))
	data, err := domain.Encode(ev)
	return ev.EventType(), data, err
}

// storedType returns the type the event ev at pos was stored under.
func (p *Projection) storedType(pos uint64, ev domain.Event) string {
	if s, ok := p.upcast[pos]; ok {
		return s.typ
	}
	return ev.EventType()
}

// versionAt returns how many of r's events are believed at basis: those
// recorded by its position, up to the first published after its
// publication limit.
func (p *Projection) versionAt(r *recordState, b Basis) int {
	n, _ := slices.BinarySearch(r.events, int32(min(b.Position, 1<<31-1)))
	if !b.PublishedBy.IsZero() {
		limit, published := b.PublishedBy.UnixNano(), p.published(r, n)
		n = sort.Search(n, func(i int) bool { return published[i] > limit })
	}
	return n
}

// state returns the record r as known after its first n events: a fold of
// its events from the latest knowledge base among them. A base that cannot
// be replayed (the domain decided it would) is a broken invariant. The
// record may come from the cache of recent folds and be shared: callers
// must not modify it.
func (p *Projection) state(r *recordState, n int) domain.Record {
	key := foldKey{rec: r.n, n: int32(n)}
	if agg := p.folds.get(key); agg != nil {
		return agg
	}
	agg := p.fold(r, n)
	p.folds.put(key, agg)
	return agg
}

// fold folds the first n events of r.
func (p *Projection) fold(r *recordState, n int) domain.Record {
	start := 0
	var agg domain.Record
	for j := n - 1; j >= 0; j-- {
		if p.entries[r.events[j]].base != 0 {
			b, err := p.base(r, j)
			if err != nil {
				panic(fmt.Sprintf("projections: %v", err))
			}
			agg, start = b, j+1
			break
		}
	}
	if agg == nil {
		agg = domain.NewRecord(r.ref.Kind)
	}
	for _, i := range r.events[start:n] {
		agg.Apply(p.event(i))
	}
	return agg
}

// viewable reports whether r is a record the views show. The ledger's
// checkpoints are not: their events stay ledger events (in the history of
// their stream, timelines, bases) but fold into no record.
func (r *recordState) viewable() bool { return r.ref.Kind != domain.KindCheckpoint }

// knownSince returns the position the n-th version of r became known at.
func (r *recordState) knownSince(n int) uint64 { return uint64(r.events[n-1]) + 1 }

// retracted reports whether the whole record was retracted at basis b: by
// its position, and within the version believed at its publication limit
// (the retraction and every event of the record before it published by
// then).
func (p *Projection) retracted(r *recordState, b Basis) bool {
	if r.retractedAt == 0 || r.retractedAt > b.Position {
		return false
	}
	if b.PublishedBy.IsZero() {
		return true
	}
	i, _ := slices.BinarySearch(r.events, int32(r.retractedAt-1))
	return p.published(r, i+1)[i] <= b.PublishedBy.UnixNano()
}

// dayAt returns the record's order date known at position basis (for a
// basis with a publication limit, the position of the version believed:
// knownSince(versionAt)).
func (r *recordState) dayAt(basis uint64) (int32, bool) {
	for i := len(r.keys) - 1; i >= 0; i-- {
		if r.keys[i].from <= basis {
			return r.keys[i].day, true
		}
	}
	return 0, false
}

// WaitFor blocks until the projection has applied position pos or ctx ends.
func (p *Projection) WaitFor(ctx context.Context, pos uint64) error {
	for {
		p.mu.RLock()
		head, changed := p.head, p.changed
		p.mu.RUnlock()
		if head >= pos {
			return nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return fmt.Errorf("wait for position %d (projection at %d): %w", pos, head, ctx.Err())
		}
	}
}

// AsOf is the point of a question: valid time, and recorded time either as a
// time or as a ledger position. Zero values mean today and the latest.
type AsOf struct {
	ValidAt  domain.Date
	KnownAt  time.Time
	Position uint64
	// PublishedBy, if set, limits belief to what had been published by
	// then (see Basis.PublishedBy).
	PublishedBy time.Time
}

// Basis is the point an answer was computed at. Repeating a question with
// Position and ValidAt of its basis gives the same answer.
type Basis struct {
	Position uint64
	ValidAt  domain.Date
	// PublishedBy, if set, is the publication limit: each record is read
	// up to its first event published after it. An event is published when
	// the latest of the sources it cites was (a registered document's
	// PublishedAt or PublishedOn, a cited source's PublishedOn), or when it
	// was recorded if it cites no dated source.
	PublishedBy time.Time
}

// AsOf returns the point that resolves to b again: asking at it repeats
// an answer exactly.
func (b Basis) AsOf() AsOf {
	return AsOf{ValidAt: b.ValidAt, Position: b.Position, PublishedBy: b.PublishedBy}
}

// Query errors.
var (
	// ErrBadAsOf reports an AsOf that names both knownAt and a position.
	ErrBadAsOf = errors.New("asOf takes knownAt or position, not both")
	// ErrBeyondHead reports a position the projection has not reached.
	ErrBeyondHead = errors.New("position is beyond the ledger's head")
)

// Resolve returns the basis a question asked at a would be answered at.
func (p *Projection) Resolve(a AsOf) (Basis, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.resolve(a)
}

// resolve turns an AsOf into a basis. Callers hold the read lock.
func (p *Projection) resolve(a AsOf) (Basis, error) {
	b := Basis{Position: p.head, ValidAt: a.ValidAt, PublishedBy: a.PublishedBy.UTC()}
	if a.PublishedBy.IsZero() {
		b.PublishedBy = time.Time{}
	}
	if b.ValidAt.IsZero() {
		b.ValidAt = domain.DateOf(p.now())
	}
	switch {
	case a.Position != 0 && !a.KnownAt.IsZero():
		return Basis{}, ErrBadAsOf
	case a.Position > p.head:
		return Basis{}, fmt.Errorf("%w: asked for %d, head is %d", ErrBeyondHead, a.Position, p.head)
	case a.Position != 0:
		b.Position = a.Position
	case !a.KnownAt.IsZero():
		// Recorded-at times never decrease along the ledger.
		b.Position = uint64(sort.Search(len(p.entries), func(i int) bool { return time.Unix(0, p.entries[i].recorded).After(a.KnownAt) }))
	}
	return b, nil
}

// record returns the record of kind and id, or nil.
func (p *Projection) record(kind, id string) *recordState {
	t := p.ids[kind]
	if t == nil {
		return nil
	}
	n, ok := t.get(p.recs, id)
	if !ok {
		return nil
	}
	return p.recs[n]
}
