package projections

import (
	"cmp"
	"context"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/controlsledger/ledger/domain"
)

// timeline is a measure's status along valid time, as domain.StatusAt gives
// it: step i's status holds from its day (inclusive) to step i+1's. Kept,
// it is a part of a chunk of the projection's derivedStore.
type timeline []timelineStep

type timelineStep struct {
	from   int32
	status uint8 // index in statuses
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

func (t timeline) at(day int32) string {
	i, found := slices.BinarySearchFunc(t, day, func(s timelineStep, day int32) int { return cmp.Compare(s.from, day) })
	if !found {
		i--
	}
	return statusName(t[max(i, 0)].status)
}

// statusTimeline evaluates m.StatusAt on each date m holds (days, sorted)
// and on the day before the first: the domain's rules compare the valid
// time with those dates only, so the status is constant between two of
// them.
func statusTimeline(m *domain.Measure, days []int32) timeline {
	first := int32(-1 << 30)
	if len(days) > 0 {
		first = days[0] - 1
	}
	t := make(timeline, 0, len(days)+1)
	for i, d := range append([]int32{first}, days...) {
		s, _ := m.StatusAt(dateOfDay(d))
		c := statusCode(s)
		if i > 0 && t[len(t)-1].status == c {
			continue
		}
		t = append(t, timelineStep{from: d, status: c})
	}
	t[0].from = -1 << 31
	return slices.Clip(t)
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
	timeline timeline
	// implementing, authority and measureType are a measure's, as
	// announced (and corrected).
	implementing, authority, measureType string
	// countryNeutral is a measure's: it applies to every destination.
	countryNeutral bool
	// affected are a measure's affected jurisdictions along valid time, as
	// domain.ContentAt gives them, from each amendment's date on.
	affected []affectedSpan
	// designation is what a designation's listings filter on.
	designation *designationFacts
}

// designationFacts are a designation version's list, party, and status
// and programs along valid time: what listing and counting designations
// check of each, without folding it.
type designationFacts struct {
	// list is lower-cased, for the filter's case-insensitive match.
	list, partyID string
	// from is the first day designated; delisted the first day delisted
	// (no delisting: the largest day).
	from, delisted int32
	// programs are the programs from each amendment's date on.
	programs []affectedSpan
}

// statusAt returns the designation's status on day, as
// domain.Designation.StatusAt does.
func (f *designationFacts) statusAt(day int32) string {
	switch {
	case day < f.from:
		return domain.StatusNotYetDesignated
	case day >= f.delisted:
		return domain.StatusDelisted
	}
	return domain.StatusDesignated
}

// programsAt returns the programs on day.
func (f *designationFacts) programsAt(day int32) []string {
	var out []string
	for _, s := range f.programs {
		if s.from > day {
			break
		}
		out = s.codes
	}
	return out
}

func designationFactsOf(d *domain.Designation) *designationFacts {
	if !d.Exists() {
		return nil
	}
	f := &designationFacts{list: strings.ToLower(d.Designated.List), partyID: d.Designated.Party.ID, from: dayOf(d.Designated.EffectiveOn), delisted: 1<<31 - 1}
	if d.Delisted != nil {
		f.delisted = dayOf(d.Delisted.EffectiveOn)
	}
	days := []int32{-1 << 31}
	for _, a := range d.Amendments {
		days = append(days, dayOf(a.EffectiveOn))
	}
	slices.Sort(days)
	for _, day := range slices.Compact(days) {
		progs := d.ListingAt(dateOfDay(day)).Programs
		if day == -1<<31 {
			progs = d.Designated.Programs
		}
		if n := len(f.programs); n > 0 && slices.Equal(f.programs[n-1].codes, progs) {
			continue
		}
		f.programs = append(f.programs, affectedSpan{from: day, codes: progs})
	}
	return f
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
// once (versions never change, so what is kept stays valid). Its slices
// and pointers are the projection's (see derivedStore): callers must not
// modify them.
func (p *Projection) derive(r *recordState, n int) derived {
	if d, ok := p.derived.at(r, n); ok {
		return d
	}
	return p.derived.keep(r, n, len(r.events), deriveFrom(p.state(r, n)))
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
	if des, ok := agg.(*domain.Designation); ok {
		d.designation = designationFactsOf(des)
	}
	if m, ok := agg.(*domain.Measure); ok {
		d.timeline = statusTimeline(m, d.days)
		if a := m.Announced; a != nil {
			d.implementing, d.authority, d.measureType = a.Implementing, a.Authority.ID, a.MeasureType
			d.countryNeutral = a.CountryNeutral
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

// share makes d use prev's parts (prev: what was derived from an earlier
// version of the same record) where they are equal, and returns prev
// itself if all of d is: a record's versions mostly derive the same days,
// timeline, affected jurisdictions and designation facts, and each part
// shared is not copied into the derivedStore again. Nothing derived is
// written after share.
func (d *derived) share(prev *derived) *derived {
	if prev == nil {
		return d
	}
	if slices.Equal(d.days, prev.days) {
		d.days = prev.days
	}
	if slices.Equal(d.timeline, prev.timeline) {
		d.timeline = prev.timeline
	}
	d.affected = shareSpans(d.affected, prev.affected)
	if f, g := d.designation, prev.designation; f != nil && g != nil {
		f.programs = shareSpans(f.programs, g.programs)
		if f.list == g.list && f.partyID == g.partyID && f.from == g.from && f.delisted == g.delisted && sameSlice(f.programs, g.programs) {
			d.designation = g
		}
	}
	if d.exists == prev.exists && d.link == prev.link && sameSlice(d.days, prev.days) && sameSlice(d.timeline, prev.timeline) &&
		d.implementing == prev.implementing && d.authority == prev.authority && d.measureType == prev.measureType &&
		d.countryNeutral == prev.countryNeutral && sameSlice(d.affected, prev.affected) && d.designation == prev.designation {
		return prev
	}
	return d
}

// sameSlice reports whether a and b are the same slice (or both empty).
func sameSlice[S ~[]E, E any](a, b S) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// shareSpans returns prev if it equals spans, spans otherwise, with the
// codes of each span that equal the previous version's span's.
func shareSpans(spans, prev []affectedSpan) []affectedSpan {
	same := len(spans) == len(prev)
	for i := range spans {
		if i < len(prev) && spans[i].from == prev[i].from && slices.Equal(spans[i].codes, prev[i].codes) {
			spans[i].codes = prev[i].codes
		} else {
			same = false
		}
	}
	if same && spans != nil {
		return prev
	}
	return spans
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
			if r.ref.Kind == domain.KindMeasure || r.ref.Kind == domain.KindDesignation {
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
		if p.entries[r.events[j]].base != 0 {
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
		if k, _ := p.derived.kept(r, j+1); k == nil {
			p.derived.keep(r, j+1, versions, deriveFrom(agg))
		}
	}
}

// timeline returns the status timeline of the n-th version of measure r.
func (p *Projection) timeline(r *recordState, n int) timeline { return p.derive(r, n).timeline }
