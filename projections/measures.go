package projections

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/controlsledger/ledger/domain"
)

// timeline is a measure's status along valid time, as domain.StatusAt gives
// it: status[i] holds from day from[i] (inclusive) to from[i+1].
type timeline struct {
	from   []int32
	status []uint8 // index in statuses
}

// statuses numbers the measure statuses for timelines; a status the domain
// adds later gets a number when first seen. Names are read without a lock
// (copy on write).
var statuses = struct {
	sync.Mutex
	names atomic.Pointer[[]string]
	index map[string]uint8
}{index: map[string]uint8{}}

func statusCode(s string) uint8 {
	statuses.Lock()
	defer statuses.Unlock()
	if i, ok := statuses.index[s]; ok {
		return i
	}
	var names []string
	if p := statuses.names.Load(); p != nil {
		names = slices.Clone(*p)
	}
	i := uint8(len(names))
	names = append(names, s)
	statuses.names.Store(&names)
	statuses.index[s] = i
	return i
}

func statusName(i uint8) string { return (*statuses.names.Load())[i] }

func init() {
	for _, s := range []string{domain.StatusNotYetAnnounced, domain.StatusAnnounced, domain.StatusInForce,
		domain.StatusPartlySuspended, domain.StatusSuspended, domain.StatusRevoked, domain.StatusExpired} {
		statusCode(s)
	}
}

func (t *timeline) at(day int32) string {
	i, found := slices.BinarySearch(t.from, day)
	if !found {
		i--
	}
	return statusName(t.status[max(i, 0)])
}

// statusTimeline evaluates m.StatusAt on each date m holds (days, sorted)
// and on the day before the first: the domain's rules compare the valid
// time with those dates only, so the status is constant between two of
// them.
func statusTimeline(m *domain.Measure, days []int32) *timeline {
	t := &timeline{}
	first := int32(-1 << 30)
	if len(days) > 0 {
		first = days[0] - 1
	}
	for i, d := range append([]int32{first}, days...) {
		s, _ := m.StatusAt(dateOfDay(d))
		c := statusCode(s)
		if i > 0 && t.status[len(t.status)-1] == c {
			continue
		}
		t.from = append(t.from, d)
		t.status = append(t.status, c)
	}
	t.from[0] = -1 << 31
	t.from, t.status = slices.Clip(t.from), slices.Clip(t.status)
	return t
}

// datesIn appends the day numbers of the dates in v, leaving out the
// dates of sources and of the knowledge about the record. The walk is
// compiled once per type.
func datesIn(v reflect.Value, out []int32) []int32 {
	if w := dateWalkerFor(v.Type()); w != nil {
		out = w(v, out)
	}
	return out
}

type dateWalker func(v reflect.Value, out []int32) []int32

var dateWalkers sync.Map // reflect.Type → dateWalker (nil: no dates)

func dateWalkerFor(t reflect.Type) dateWalker {
	if w, ok := dateWalkers.Load(t); ok {
		return w.(dateWalker)
	}
	w := buildDateWalker(t, map[reflect.Type]bool{})
	dateWalkers.Store(t, w)
	return w
}

func buildDateWalker(t reflect.Type, building map[reflect.Type]bool) dateWalker {
	if t == dateType {
		return func(v reflect.Value, out []int32) []int32 {
			if d := v.Interface().(domain.Date); !d.IsZero() {
				out = append(out, dayOf(d))
			}
			return out
		}
	}
	if building[t] {
		return nil
	}
	building[t] = true
	defer delete(building, t)
	switch t.Kind() {
	case reflect.Pointer:
		elem := buildDateWalker(t.Elem(), building)
		if elem == nil {
			return nil
		}
		return func(v reflect.Value, out []int32) []int32 {
			if !v.IsNil() {
				out = elem(v.Elem(), out)
			}
			return out
		}
	case reflect.Slice:
		elem := buildDateWalker(t.Elem(), building)
		if elem == nil {
			return nil
		}
		return func(v reflect.Value, out []int32) []int32 {
			for i := range v.Len() {
				out = elem(v.Index(i), out)
			}
			return out
		}
	case reflect.Struct:
		type field struct {
			index int
			walk  dateWalker
		}
		var fields []field
		for i := range t.NumField() {
			switch f := t.Field(i); f.Name {
			case "Sources", "Knowledge", "Claims":
			default:
				if w := buildDateWalker(f.Type, building); w != nil && f.IsExported() {
					fields = append(fields, field{i, w})
				}
			}
		}
		if len(fields) == 0 {
			return nil
		}
		return func(v reflect.Value, out []int32) []int32 {
			for _, f := range fields {
				out = f.walk(v.Field(f.index), out)
			}
			return out
		}
	}
	return nil
}

// derivedCache holds what queries derived from the versions of a record,
// by version; versions never change, so entries stay valid. Queries fill it
// under the read lock, hence the atomic copy-on-write.
type derivedCache struct {
	versions atomic.Pointer[[]*derived]
}

// derived is what a query derived from one version of a record.
type derived struct {
	// exists is the version's Exists: its creating event (an
	// announcement, a designation ...) is known and stands.
	exists bool
	// link is, for a link, the link as this version has it if it stands
	// (recorded, neither withdrawn nor retracted); nil otherwise.
	link *domain.MeasuresLinked
	// days are the valid-time dates the version holds (sources and
	// knowledge left out), sorted, as day numbers.
	days []int32
	// timeline is a measure's status along valid time.
	timeline *timeline
	// implementing, authority and measureType are a measure's, as
	// announced (and corrected).
	implementing, authority, measureType string
	// affected are a measure's affected jurisdictions along valid time, as
	// domain.ContentAt gives them, from each amendment's date on.
	affected []affectedSpan
}

type affectedSpan struct {
	from  int32
	codes []string
}

// affectedAt returns the affected jurisdictions on day.
func (d *derived) affectedAt(day int32) []string {
	var out []string
	for _, s := range d.affected {
		if s.from > day {
			break
		}
		out = s.codes
	}
	return out
}

// derive returns what is derived from the n-th version of r, computing it
// once.
func (p *Projection) derive(r *recordState, n int) *derived {
	if d := r.derived.at(n); d != nil {
		return d
	}
	d := deriveFrom(p.state(r, n))
	r.derived.set(n, len(r.events), d)
	return d
}

// deriveFrom derives what queries need from a version of a record.
func deriveFrom(agg domain.Record) *derived {
	d := &derived{exists: agg.Exists(), days: datesIn(reflect.ValueOf(agg).Elem(), nil)}
	slices.Sort(d.days)
	d.days = slices.Compact(d.days)
	if l, ok := agg.(*domain.Link); ok && l.Linked != nil && l.Withdrawn == nil && !l.Retracted() {
		linked := *l.Linked // not the fold's: the fold may go on
		d.link = &linked
	}
	if m, ok := agg.(*domain.Measure); ok {
		d.timeline = statusTimeline(m, d.days)
		if a := m.Announced; a != nil {
			d.implementing, d.authority, d.measureType = a.Implementing, a.Authority.ID, a.MeasureType
			d.affected = affectedSpans(m)
		}
	}
	return d
}

// affectedSpans evaluates m.ContentAt before the amendments and on each
// amendment's date: what a measure affects changes on those dates only.
func affectedSpans(m *domain.Measure) []affectedSpan {
	days := []int32{-1 << 31}
	for _, a := range m.Amendments {
		days = append(days, dayOf(a.EffectiveOn))
	}
	slices.Sort(days)
	days = slices.Compact(days)
	var out []affectedSpan
	for _, day := range days {
		at := dateOfDay(day)
		if day == -1<<31 {
			at = domain.Date{} // before every date
		}
		var codes []string
		for _, a := range m.ContentAt(at).Affected {
			codes = append(codes, a.Jurisdiction)
		}
		if n := len(out); n > 0 && slices.Equal(out[n-1].codes, codes) {
			continue
		}
		out = append(out, affectedSpan{from: day, codes: codes})
	}
	return out
}

// at returns what was derived from the n-th version, or nil.
func (c *derivedCache) at(n int) *derived {
	if v := c.versions.Load(); v != nil && n <= len(*v) {
		return (*v)[n-1]
	}
	return nil
}

// set stores what was derived from the n-th version of a record of
// versions versions.
func (c *derivedCache) set(n, versions int, d *derived) {
	for {
		old := c.versions.Load()
		var next []*derived
		if old != nil {
			next = slices.Clone(*old)
		}
		if len(next) < versions {
			next = append(next, make([]*derived, versions-len(next))...)
		}
		next[n-1] = d
		if c.versions.CompareAndSwap(old, &next) {
			return
		}
	}
}

// warm derives every version of every measure, newest records first, so
// that questions at any position find the statuses along valid time
// computed. A record's versions are folded one after the other, once. It
// takes the read lock a few dozen measures at a time and stops when ctx
// ends.
func (p *Projection) warm(ctx context.Context) {
	p.mu.RLock()
	end := len(p.recs)
	p.mu.RUnlock()
	for stop := end; stop > 0 && ctx.Err() == nil; stop -= 64 {
		p.mu.RLock()
		for _, r := range p.recs[max(stop-64, 0):stop] {
			if r.ref.Kind == domain.KindMeasure {
				p.warmRecord(r)
			}
		}
		p.mu.RUnlock()
	}
}

// warmRecord derives each version of r not derived yet. The caller holds
// the read lock.
func (p *Projection) warmRecord(r *recordState) {
	versions := len(r.events)
	var agg domain.Record
	for j := range versions {
		if p.entries[r.events[j]].base != nil {
			b, err := p.base(r, j)
			if err != nil {
				return // the fold reports it, when asked
			}
			agg = b
		} else {
			if agg == nil {
				agg = domain.NewRecord(r.ref.Kind)
			}
			agg.Apply(p.event(r.events[j]))
		}
		if r.derived.at(j+1) == nil {
			r.derived.set(j+1, versions, deriveFrom(agg))
		}
	}
}

// timeline returns the status timeline of the n-th version of measure r.
func (p *Projection) timeline(r *recordState, n int) *timeline { return p.derive(r, n).timeline }

// MeasureView is a measure as known at a basis, with its legal status and
// content at the basis's valid time.
type MeasureView struct {
	domain.Measure
	// KnownSince is the ledger position this version of the measure became
	// known at.
	KnownSince uint64
	// Status is the measure's status at the valid time (domain.Status*).
	Status     string
	Provisions []domain.ProvisionStatus
	// Content is what the measure covers at the valid time, amendments
	// applied.
	Content domain.Content
}

// MeasureFilter narrows a list of measures. Empty fields match everything;
// set fields must all match.
type MeasureFilter struct {
	// Jurisdiction matches the implementing or an affected jurisdiction.
	Jurisdiction string
	Implementing string
	Affected     string
	AuthorityID  string
	MeasureType  string
	// Item matches, case-insensitively, part of an item's code or
	// description, as the measure stands at the valid time.
	Item string
	// Status matches any of the statuses.
	Status []string
	// Text matches, case-insensitively, part of the title, summary or
	// instrument.
	Text string
}

// matchKeys checks the parts of the filter that depend only on the
// announcement (as corrected by the basis), from what was derived from the
// version: implementing jurisdiction, authority, type.
func (f MeasureFilter) matchKeys(d *derived) bool {
	return (f.Implementing == "" || d.implementing == f.Implementing) &&
		(f.AuthorityID == "" || d.authority == f.AuthorityID) &&
		(f.MeasureType == "" || d.measureType == f.MeasureType)
}

// matchAffected checks the affected and jurisdiction filters on day, from
// what was derived from the version.
func (f MeasureFilter) matchAffected(d *derived, day int32) bool {
	if f.Affected == "" && (f.Jurisdiction == "" || d.implementing == f.Jurisdiction) {
		return true
	}
	affected := d.affectedAt(day)
	return (f.Affected == "" || slices.Contains(affected, f.Affected)) &&
		(f.Jurisdiction == "" || d.implementing == f.Jurisdiction || slices.Contains(affected, f.Jurisdiction))
}

// needsMeasure reports whether the filter looks at the items or the text,
// which needs the measure itself.
func (f MeasureFilter) needsMeasure() bool { return f.Item != "" || f.Text != "" }

func (f MeasureFilter) match(v MeasureView) bool {
	a := v.Announced
	if f.Implementing != "" && a.Implementing != f.Implementing {
		return false
	}
	affected := func(j string) bool {
		return slices.ContainsFunc(v.Content.Affected, func(x domain.AffectedJurisdiction) bool { return x.Jurisdiction == j })
	}
	if f.Affected != "" && !affected(f.Affected) {
		return false
	}
	if f.Jurisdiction != "" && a.Implementing != f.Jurisdiction && !affected(f.Jurisdiction) {
		return false
	}
	if f.AuthorityID != "" && a.Authority.ID != f.AuthorityID {
		return false
	}
	if f.MeasureType != "" && a.MeasureType != f.MeasureType {
		return false
	}
	if len(f.Status) > 0 && !slices.Contains(f.Status, v.Status) {
		return false
	}
	if q := strings.ToLower(f.Item); q != "" && !slices.ContainsFunc(v.Content.Items, func(it domain.Item) bool {
		return strings.Contains(strings.ToLower(it.Code), q) || strings.Contains(strings.ToLower(it.Description), q)
	}) {
		return false
	}
	if q := strings.ToLower(f.Text); q != "" && !strings.Contains(strings.ToLower(measureText(a)), q) {
		return false
	}
	return true
}

// candidates returns the measures the indexes allow for f.
func (p *Projection) measureCandidates(f MeasureFilter) candidates {
	m := &p.measures
	c := candidates{n: len(p.recs)}
	if f.Implementing != "" {
		c.restrictTo(m.implementing[f.Implementing])
	}
	if f.Affected != "" {
		c.restrictTo(m.affected[f.Affected])
	}
	if f.Jurisdiction != "" {
		c.restrictTo(m.implementing[f.Jurisdiction], m.affected[f.Jurisdiction])
	}
	if f.AuthorityID != "" {
		c.restrictTo(m.authority[f.AuthorityID])
	}
	if f.MeasureType != "" {
		c.restrictTo(m.measureType[f.MeasureType])
	}
	if f.Item != "" {
		m.items.match(&c, f.Item)
	}
	if f.Text != "" {
		m.text.match(&c, f.Text)
	}
	return c
}

// statusCandidates restricts c, when every status asked for is one few
// measures have, to the measures whose spans cover the day at the basis.
func (p *Projection) statusCandidates(c *candidates, statuses []string, day int32, basis uint64) {
	kinds := map[string]bool{}
	for _, s := range statuses {
		k := spanOf(s)
		if k == "" {
			return
		}
		kinds[k] = true
	}
	if len(kinds) == 0 {
		return
	}
	s := newSet(c.n)
	for k := range kinds {
		p.measures.spans[k].covering(day, basis, s)
	}
	c.restrict(s)
}

// Measures returns the measures that exist at the basis of asOf (announced
// or in effect by its valid time, known and not retracted by its recorded
// time) and match the filter, ordered by announcement date and ID.
func (p *Projection) Measures(asOf AsOf, f MeasureFilter) (Basis, []MeasureView, error) {
	b, page, err := p.MeasurePage(asOf, f, PageRequest{})
	return b, page.Items, err
}

// MeasurePage returns a page of what Measures returns. It evaluates the
// candidates of the indexes in order and stops after the page (or, with
// Count, goes on to count).
func (p *Projection) MeasurePage(asOf AsOf, f MeasureFilter, req PageRequest) (Basis, Page[MeasureView], error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, Page[MeasureView]{}, err
	}
	c := p.measureCandidates(f)
	// A listing by jurisdiction and status with enough candidates is
	// counted from its table, and the walk stops after the page.
	total, tabled := 0, false
	if countFromTables && req.Count && f.countable() && (c.set == nil || c.set.count() >= minCounted) {
		// Before the status narrows the candidates to the basis.
		total, tabled = p.countMeasures(f, b, c.set)
	}
	valid := dayOf(b.ValidAt)
	p.statusCandidates(&c, f.Status, valid, b.Position)
	page := Page[MeasureView]{Offset: req.Offset, Total: -1}
	matched := 0
	cut := false // the walk stopped after the page
	// found checks what was derived from the version of e's measure at
	// the basis, and returns it if the listing finds it.
	found := func(e orderEntry) (*recordState, int, bool) {
		if !c.has(e.rec) {
			return nil, 0, false
		}
		r := p.recs[e.rec]
		if uint64(r.events[0]) >= b.Position {
			return nil, 0, false // not known yet
		}
		n := p.versionAt(r, b.Position)
		if r.retracted(b.Position) {
			return nil, 0, false
		}
		if day, _ := r.dayAt(b.Position); day != e.day {
			return nil, 0, false
		}
		d := p.derive(r, n)
		status := d.timeline.at(valid)
		if status == domain.StatusNotYetAnnounced || (len(f.Status) > 0 && !slices.Contains(f.Status, status)) ||
			!f.matchKeys(d) || !f.matchAffected(d, valid) {
			return nil, 0, false
		}
		return r, n, true
	}
	visit := func(e orderEntry) bool {
		r, n, ok := found(e)
		if !ok {
			return true
		}
		inPage := matched >= req.Offset && (req.Limit < 1 || matched < req.Offset+req.Limit)
		var v MeasureView
		if inPage || f.needsMeasure() {
			m := p.state(r, n).(*domain.Measure)
			if !m.Exists() {
				return true
			}
			v = measureView(m, r.knownSince(n), b)
			if !f.match(v) {
				return true
			}
		}
		if inPage {
			page.Items = append(page.Items, v)
		} else if matched >= req.Offset {
			page.More = true
			if !req.Count || tabled {
				cut = true
				return false
			}
		}
		matched++
		return true
	}
	stopped := false
	p.orders[domain.KindMeasure].all(func(e orderEntry) bool {
		if e.day > valid {
			return false // later ones start later, but for the retro ones
		}
		if !visit(e) {
			stopped = true
			return false
		}
		return true
	})
	if !stopped {
		p.measures.retroList.from(valid+1, visit)
	}
	if req.Count {
		page.Total = matched
		if cut {
			// The table counts each measure from its announcement date on;
			// the retroactive ones found before it are counted here.
			page.Total = total
			p.measures.retroList.from(valid+1, func(e orderEntry) bool {
				if _, _, ok := found(e); ok {
					page.Total++
				}
				return true
			})
		}
	}
	return b, page, nil
}

// Measure returns one measure at the basis of asOf, retracted or not; ok is
// false if it was not known then.
func (p *Projection) Measure(id string, asOf AsOf) (b Basis, v MeasureView, ok bool, err error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if b, err = p.resolve(asOf); err != nil {
		return Basis{}, MeasureView{}, false, err
	}
	r := p.record(domain.KindMeasure, id)
	if r == nil {
		return b, MeasureView{}, false, nil
	}
	n := p.versionAt(r, b.Position)
	if n == 0 {
		return b, MeasureView{}, false, nil
	}
	m := p.state(r, n).(*domain.Measure)
	if !m.Exists() {
		return b, MeasureView{}, false, nil
	}
	return b, measureView(m, r.knownSince(n), b), true, nil
}

func measureView(m *domain.Measure, known uint64, b Basis) MeasureView {
	status, provs := m.StatusAt(b.ValidAt)
	return MeasureView{Measure: *m, KnownSince: known, Status: status, Provisions: provs, Content: m.ContentAt(b.ValidAt)}
}
