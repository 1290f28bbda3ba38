package projections

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/google/uuid"
)

// Subject is what a timeline is about: one record, a party (by ID), or a
// jurisdiction (by code). Exactly one must be set.
type Subject struct {
	Ref          domain.Ref
	PartyID      string
	Jurisdiction string
}

// TimelineOrder orders a timeline.
type TimelineOrder int

const (
	// ByRecorded orders events as the ledger recorded them.
	ByRecorded TimelineOrder = iota
	// ByValid orders events by the valid-time date they are about, as
	// corrected at the basis (the date of recording for events about no
	// date: links, corrections), then as recorded.
	ByValid
)

// TimelineEntry is one event of a timeline.
type TimelineEntry struct {
	Position   uint64
	RecordedAt time.Time
	EventID    uuid.UUID
	Type       string
	Actor      string
	Command    string
	// Record is the record whose stream holds the event.
	Record domain.Ref
	// ValidFrom and ValidUntil are the valid-time dates the event is about:
	// the date it takes effect or happened, and the end of the period it
	// sets (a suspension's planned end, a transaction's outside date).
	// ValidFrom is zero for an event about no date. Both are read from
	// the event as corrected at the basis: the dates the record holds then.
	// Event keeps the dates as recorded, and CorrectedAt the corrections.
	ValidFrom, ValidUntil domain.Date
	// Event is the event as recorded (corrections are events of their own).
	Event domain.Event
	// CorrectedAt and RetractedAt are the positions, known at the basis,
	// of the corrections of the event and of its retraction (or the whole
	// record's).
	CorrectedAt []uint64
	RetractedAt uint64
}

// Timeline returns the events that touched the subject, known at the
// basis of asOf, in the order asked, a page at a time: for a record, its
// own events and those of the links from or to it (as known at the basis:
// a correction may point a link elsewhere); for a party or a
// jurisdiction, the events of the records that name it (as known at the
// basis: a measure implementing or affecting a jurisdiction, a designation
// of a party or on a list of a jurisdiction, a transaction, enforcement
// action or dialogue with the party among its parties, a review by an
// authority of the jurisdiction).
func (p *Projection) Timeline(s Subject, asOf AsOf, order TimelineOrder, req PageRequest) (Basis, Page[TimelineEntry], error) {
	set := 0
	for _, x := range []bool{s.Ref != domain.Ref{}, s.PartyID != "", s.Jurisdiction != ""} {
		if x {
			set++
		}
	}
	if set != 1 {
		return Basis{}, Page[TimelineEntry]{}, fmt.Errorf("%w: a timeline is about one record, party or jurisdiction", ErrInvalidQuery)
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, Page[TimelineEntry]{}, err
	}
	var recs []int32
	switch {
	case s.Ref != domain.Ref{}:
		if r := p.record(s.Ref.Kind, s.Ref.ID); r != nil {
			recs = append(recs, r.n)
		}
		// The index holds every record a link ever named; a correction
		// may have pointed the link elsewhere, or will only later.
		for _, n := range append(slices.Clone(p.linksOf.from[s.Ref]), p.linksOf.to[s.Ref]...) {
			if p.linkNames(p.recs[n], b, s.Ref) {
				recs = append(recs, n)
			}
		}
	case s.PartyID != "":
		for _, n := range p.parties[s.PartyID] {
			if p.mentions(p.recs[n], b, s.PartyID, "") {
				recs = append(recs, n)
			}
		}
	default:
		for _, n := range p.jurisdictions[s.Jurisdiction] {
			if p.mentions(p.recs[n], b, "", s.Jurisdiction) {
				recs = append(recs, n)
			}
		}
	}
	slices.Sort(recs)
	recs = slices.Compact(recs)
	var positions []int32
	for _, n := range recs {
		r := p.recs[n]
		positions = append(positions, r.events[:p.versionAt(r, b)]...)
	}
	slices.Sort(positions)
	type dated struct {
		at  int32
		day int32
	}
	items := make([]dated, len(positions))
	for i, at := range positions {
		items[i].at = at
	}
	if order == ByValid {
		for i := range items {
			from, _ := p.validDates(items[i].at, b)
			if from.IsZero() {
				from = domain.DateOf(time.Unix(0, p.entries[items[i].at].recorded))
			}
			items[i].day = dayOf(from)
		}
		slices.SortStableFunc(items, func(x, y dated) int { return cmp.Compare(x.day, y.day) })
	}
	out := newCollector[TimelineEntry](req)
	for _, it := range items {
		var e TimelineEntry
		if out.wants() {
			e = p.timelineEntry(it.at, b)
		}
		if !out.add(e) {
			break
		}
	}
	return b, out.done(), nil
}

// linkNames reports whether the link r, as known at basis, goes from or to
// ref (withdrawn or retracted or not).
func (p *Projection) linkNames(r *recordState, basis Basis, ref domain.Ref) bool {
	n := p.versionAt(r, basis)
	if n == 0 {
		return false
	}
	l, ok := p.state(r, n).(*domain.Link)
	return ok && l.Linked != nil && (l.Linked.From == ref || l.Linked.To == ref)
}

func (p *Projection) timelineEntry(at int32, b Basis) TimelineEntry {
	en := &p.entries[at]
	r := p.recs[en.rec]
	ev := p.event(at)
	typ := p.storedType(uint64(at)+1, ev)
	e := TimelineEntry{Position: uint64(at) + 1, RecordedAt: time.Unix(0, en.recorded).UTC(), EventID: en.id, Type: typ,
		Actor: p.names.list[en.actor], Command: p.names.list[en.command], Record: r.ref, Event: ev}
	e.ValidFrom, e.ValidUntil = p.validDates(at, b)
	id := en.id.String()
	for _, i := range r.events[:p.versionAt(r, b)] {
		switch k := p.event(i).(type) {
		case domain.RecordCorrected:
			if k.EventID == id {
				e.CorrectedAt = append(e.CorrectedAt, uint64(i)+1)
			}
		case domain.RecordRetracted:
			if (k.EventID == id || k.EventID == "") && e.RetractedAt == 0 {
				e.RetractedAt = uint64(i) + 1
			}
		}
	}
	return e
}

// validDates returns the valid-time dates of the event at, as the
// corrections of it known at basis b have it.
func (p *Projection) validDates(at int32, b Basis) (from, until domain.Date) {
	en := &p.entries[at]
	r := p.recs[en.rec]
	id := en.id.String()
	var data []byte
	var typ string
	for _, i := range r.events[:p.versionAt(r, b)] {
		if p.entries[i].base == 0 {
			continue // neither a correction nor a retraction
		}
		k, ok := p.event(i).(domain.RecordCorrected)
		if !ok || k.EventID != id {
			continue
		}
		if data == nil {
			var err error
			if typ, data, err = p.payload(uint64(at) + 1); err != nil {
				break
			}
		}
		if patched, err := domain.PatchField(data, k.Field, nil, k.NewValue); err == nil {
			data = patched
		}
	}
	if data != nil {
		if ev, err := domain.Decode(typ, data); err == nil {
			return domain.ValidDates(ev)
		}
	}
	return domain.ValidDates(p.event(at))
}

// mentions reports whether record r, as known at basis, names the party (if
// set) or the jurisdiction (if set).
func (p *Projection) mentions(r *recordState, basis Basis, party, jurisdiction string) bool {
	n := p.versionAt(r, basis)
	if n == 0 {
		return false
	}
	parties, js := named(p.state(r, n))
	if party != "" && slices.ContainsFunc(parties, func(x domain.Party) bool { return x.ID == party }) {
		return true
	}
	return jurisdiction != "" && slices.Contains(js, jurisdiction)
}

// named returns the parties and the jurisdictions a record names, as
// Timeline's doc lists them; the jurisdictions include the parties'.
func named(agg domain.Record) (parties []domain.Party, js []string) {
	switch a := agg.(type) {
	case *domain.Measure:
		if a.Announced != nil {
			js = append(js, a.Announced.Implementing, a.Announced.Authority.Jurisdiction)
			for _, x := range a.Announced.Affected {
				js = append(js, x.Jurisdiction)
			}
		}
		for _, am := range a.Amendments {
			for _, x := range am.Affected {
				js = append(js, x.Jurisdiction)
			}
		}
	case *domain.Designation:
		if a.Designated != nil {
			parties = append(parties, a.Designated.Party)
			js = append(js, a.Designated.ListAuthority.Jurisdiction)
		}
	case *domain.Transaction:
		if a.Announced != nil {
			parties = append(append(parties, a.Announced.Acquirers...), a.Announced.Target)
		}
		for _, o := range a.Opened {
			js = append(js, o.Authority.Jurisdiction)
		}
		for _, c := range a.Reviews {
			js = append(js, c.Authority.Jurisdiction)
		}
	case *domain.Enforcement:
		if a.Opened != nil {
			parties = append(parties, a.Opened.Targets...)
			js = append(js, a.Opened.Authority.Jurisdiction)
		}
	case *domain.Dialogue:
		if a.Established != nil {
			parties = append(parties, a.Established.Parties...)
		}
	}
	for _, x := range parties {
		if x.Jurisdiction != "" {
			js = append(js, x.Jurisdiction)
		}
	}
	return parties, js
}
