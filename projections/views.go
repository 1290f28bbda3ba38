package projections

import (
	"cmp"
	"fmt"
	"reflect"
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
	// ByValid orders events by the valid-time date they are about (the
	// date of recording for events about no date: links, corrections),
	// then as recorded.
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
	// ValidFrom is zero for an event about no date.
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
		if n, ok := p.ids[s.Ref.Kind][s.Ref.ID]; ok {
			recs = append(recs, n)
		}
		// The index holds every record a link ever named; a correction
		// may have pointed the link elsewhere, or will only later.
		for _, n := range append(slices.Clone(p.linksOf.from[s.Ref]), p.linksOf.to[s.Ref]...) {
			if p.linkNames(p.recs[n], b.Position, s.Ref) {
				recs = append(recs, n)
			}
		}
	case s.PartyID != "":
		for _, n := range p.parties[s.PartyID] {
			if p.mentions(p.recs[n], b.Position, s.PartyID, "") {
				recs = append(recs, n)
			}
		}
	default:
		for _, n := range p.jurisdictions[s.Jurisdiction] {
			if p.mentions(p.recs[n], b.Position, "", s.Jurisdiction) {
				recs = append(recs, n)
			}
		}
	}
	slices.Sort(recs)
	recs = slices.Compact(recs)
	var positions []int32
	for _, n := range recs {
		r := p.recs[n]
		positions = append(positions, r.events[:p.versionAt(r, b.Position)]...)
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
			from, _ := validDates(p.event(items[i].at))
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
func (p *Projection) linkNames(r *recordState, basis uint64, ref domain.Ref) bool {
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
	e.ValidFrom, e.ValidUntil = validDates(ev)
	id := en.id.String()
	for _, i := range r.events[:p.versionAt(r, b.Position)] {
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

// validDates returns the valid-time date an event is about and the end of
// the period it sets.
func validDates(ev domain.Event) (from, until domain.Date) {
	switch x := ev.(type) {
	case domain.MeasureAnnounced:
		return x.AnnouncedOn, domain.Date{}
	case domain.ProvisionEffective:
		return x.EffectiveOn, domain.Date{}
	case domain.MeasureAmended:
		return x.EffectiveOn, domain.Date{}
	case domain.MeasureSuspended:
		return x.From, x.Until
	case domain.SuspensionEnded:
		return x.EndedOn, domain.Date{}
	case domain.MeasureRevoked:
		return x.EffectiveOn, domain.Date{}
	case domain.MeasureExpired:
		return x.ExpiredOn, domain.Date{}
	case domain.PartyDesignated:
		return x.EffectiveOn, x.SavingsClauseUntil
	case domain.DesignationAmended:
		return x.EffectiveOn, domain.Date{}
	case domain.PartyDelisted:
		return x.EffectiveOn, domain.Date{}
	case domain.TransactionAnnounced:
		return x.AnnouncedOn, x.OutsideDate
	case domain.ReviewOpened:
		return x.OpenedOn, domain.Date{}
	case domain.ReviewConcluded:
		return x.ConcludedOn, domain.Date{}
	case domain.TransactionTerminated:
		return x.TerminatedOn, domain.Date{}
	case domain.TransactionCompleted:
		return x.CompletedOn, domain.Date{}
	case domain.EnforcementActionOpened:
		return x.OpenedOn, domain.Date{}
	case domain.EnforcementFindingIssued:
		return x.IssuedOn, domain.Date{}
	case domain.DialogueEstablished:
		return x.EstablishedOn, domain.Date{}
	case domain.MeetingHeld:
		return x.HeldOn, domain.Date{}
	case domain.SourceDocumentRegistered:
		return x.PublishedOn, domain.Date{}
	}
	return domain.Date{}, domain.Date{}
}

// mentions reports whether record r, as known at basis, names the party (if
// set) or the jurisdiction (if set).
func (p *Projection) mentions(r *recordState, basis uint64, party, jurisdiction string) bool {
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

// Change is how a record differs between two points.
type Change struct {
	Record RecordSummary
	// What lists what happened, among the Change* constants.
	What []string
	// StatusBefore and StatusAfter are the record's status at the two
	// points (empty where it has none, or was not known).
	StatusBefore, StatusAfter string
}

// What a change can be.
const (
	ChangeRecorded   = "recorded"        // not known at the first point, known at the second
	ChangeAnnounced  = "announced"       // announced, not yet in force
	ChangeInForce    = "came_into_force" // in force (possibly partly suspended) at the second point, not at the first, nor suspended then (that is resumed)
	ChangeEnded      = "ended"           // revoked, expired or delisted
	ChangeSuspended  = "suspended"       // more of it suspended
	ChangeResumed    = "resumed"         // less of it suspended
	ChangeAmended    = "amended"         // other amendments in effect
	ChangeCorrected  = "corrected"       // corrections recorded in between
	ChangeRetracted  = "retracted"       // retracted in between
	ChangeDesignated = "designated"      // the designation took effect
	ChangeStatus     = "status_changed"  // another change of a transaction's status
	ChangeLinked     = "linked"          // a link now stands
	ChangeUnlinked   = "unlinked"        // a link no longer stands
	ChangeFinding    = "finding_issued"  // other findings of an enforcement action
	ChangeMeeting    = "meeting_held"    // other meetings of a dialogue
)

// Diff returns the records whose status or content differs between the
// two points, on either axis (or both), ordered by kind and ID: what came
// into force, ended, was suspended, amended, corrected or retracted. A
// record is compared only if it has an event recorded between the two
// positions or a date between the two valid times, which is what can
// change it.
func (p *Projection) Diff(a, b AsOf) (Basis, Basis, []Change, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	ba, err := p.resolve(a)
	if err != nil {
		return Basis{}, Basis{}, nil, err
	}
	bb, err := p.resolve(b)
	if err != nil {
		return Basis{}, Basis{}, nil, err
	}
	lo, hi := min(ba.Position, bb.Position), max(ba.Position, bb.Position)
	vlo, vhi := min(dayOf(ba.ValidAt), dayOf(bb.ValidAt)), max(dayOf(ba.ValidAt), dayOf(bb.ValidAt))
	touched := newSet(len(p.recs))
	for at := lo; at < hi; at++ {
		if n := p.entries[at].rec; p.recs[n].viewable() {
			touched.add(n)
		}
	}
	if vlo != vhi {
		for n, r := range p.recs {
			if !r.viewable() {
				continue
			}
			for _, basis := range []uint64{lo, hi} {
				if k := p.versionAt(r, basis); k > 0 {
					days := p.derive(r, k).days
					i, _ := slices.BinarySearch(days, vlo+1)
					if i < len(days) && days[i] <= vhi {
						touched.add(int32(n))
					}
				}
			}
		}
	}
	var out []Change
	touched.each(func(n int32) {
		if c, ok := p.change(p.recs[n], ba, bb); ok {
			out = append(out, c)
		}
	})
	slices.SortFunc(out, func(x, y Change) int {
		return cmp.Or(cmp.Compare(x.Record.Ref.Kind, y.Record.Ref.Kind), cmp.Compare(x.Record.Ref.ID, y.Record.Ref.ID))
	})
	return ba, bb, out, nil
}

// change compares record r at two bases.
func (p *Projection) change(r *recordState, a, b Basis) (Change, bool) {
	ka, kb := p.versionAt(r, a.Position), p.versionAt(r, b.Position)
	c := Change{Record: p.summary(r.ref, b)}
	if kb == 0 {
		return c, false
	}
	if !c.Record.Known {
		c.Record = p.summary(r.ref, a)
	}
	var before, after domain.Record
	if ka > 0 {
		before = p.state(r, ka)
	}
	after = p.state(r, kb)
	ra, rb := r.retracted(a.Position), r.retracted(b.Position)
	corrections := func(x domain.Record) int {
		if x == nil {
			return 0
		}
		return len(x.Known().Corrections)
	}
	add := func(cond bool, what string) {
		if cond {
			c.What = append(c.What, what)
		}
	}
	if ra && rb {
		return c, false
	}
	add(before == nil || !before.Exists(), ChangeRecorded)
	add(rb, ChangeRetracted)
	add(corrections(after) > corrections(before), ChangeCorrected)
	if rb {
		return c, true // what a retracted record says no longer counts
	}
	if before != nil && (!before.Exists() || ra) {
		before = nil
	}
	switch x := after.(type) {
	case *domain.Measure:
		sa, sb := "", ""
		var am []string
		if before != nil {
			sa, _ = before.(*domain.Measure).StatusAt(a.ValidAt)
			am = idsOf(before.(*domain.Measure).ContentAt(a.ValidAt).Amendments, amendmentID)
		}
		if x.Exists() {
			sb, _ = x.StatusAt(b.ValidAt)
		}
		c.StatusBefore, c.StatusAfter = sa, sb
		inForce := func(s string) bool { return s == domain.StatusInForce || s == domain.StatusPartlySuspended }
		suspended := func(s string) int {
			switch s {
			case domain.StatusSuspended:
				return 2
			case domain.StatusPartlySuspended:
				return 1
			}
			return 0
		}
		ended := func(s string) bool { return s == domain.StatusRevoked || s == domain.StatusExpired }
		add(sb == domain.StatusAnnounced && sa != domain.StatusAnnounced, ChangeAnnounced)
		add(inForce(sb) && !inForce(sa) && suspended(sa) == 0, ChangeInForce)
		add(ended(sb) && !ended(sa), ChangeEnded)
		add(suspended(sb) > suspended(sa) && !ended(sb), ChangeSuspended)
		add(suspended(sb) < suspended(sa) && !ended(sb), ChangeResumed)
		if x.Exists() {
			add(before != nil && !slices.Equal(am, idsOf(x.ContentAt(b.ValidAt).Amendments, amendmentID)), ChangeAmended)
		}
	case *domain.Designation:
		sa, sb := "", ""
		var am []string
		if before != nil {
			d := before.(*domain.Designation)
			sa, _ = d.StatusAt(a.ValidAt)
			am = designationAmendmentIDs(d, a.ValidAt)
		}
		if x.Exists() {
			sb, _ = x.StatusAt(b.ValidAt)
		}
		c.StatusBefore, c.StatusAfter = sa, sb
		add(sb == domain.StatusDesignated && sa != domain.StatusDesignated, ChangeDesignated)
		add(sb == domain.StatusDelisted && sa != domain.StatusDelisted, ChangeEnded)
		// Amendments, as for a measure: a corrected term is a correction,
		// not an amendment, and an amendment is one even when it took
		// effect with the delisting or restated a term.
		add(before != nil && !slices.Equal(am, designationAmendmentIDs(x, b.ValidAt)), ChangeAmended)
	case *domain.Transaction:
		if before != nil {
			c.StatusBefore = transactionView(before.(*domain.Transaction), 0, a).Status
		}
		if x.Exists() {
			c.StatusAfter = transactionView(x, 0, b).Status
		}
		add(before != nil && c.StatusBefore != c.StatusAfter, ChangeStatus)
	case *domain.Enforcement:
		// Other findings, not only more: one retracted and another issued
		// in between leave as many.
		var fa, fb []string
		if before != nil {
			fa = idsOf(enforcementView(before.(*domain.Enforcement), 0, a).Findings, findingID)
		}
		if x.Exists() {
			fb = idsOf(enforcementView(x, 0, b).Findings, findingID)
		}
		add(before != nil && !slices.Equal(fa, fb), ChangeFinding)
	case *domain.Dialogue:
		var ma, mb []string
		if before != nil {
			ma = idsOf(dialogueView(before.(*domain.Dialogue), 0, a).Meetings, meetingID)
		}
		if x.Exists() {
			mb = idsOf(dialogueView(x, 0, b).Meetings, meetingID)
		}
		add(before != nil && !slices.Equal(ma, mb), ChangeMeeting)
	case *domain.Link:
		_, standA := p.linkAt(r, a.Position)
		_, standB := p.linkAt(r, b.Position)
		add(standB && !standA, ChangeLinked)
		add(standA && !standB, ChangeUnlinked)
	}
	return c, len(c.What) > 0
}

// idsOf lists the IDs of the items of list, in order.
func idsOf[T any](list []T, id func(T) string) []string {
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = id(x)
	}
	return out
}

func findingID(f domain.EnforcementFindingIssued) string { return f.FindingID }
func meetingID(m domain.MeetingHeld) string              { return m.MeetingID }
func amendmentID(a domain.MeasureAmended) string         { return a.AmendmentID }

// designationAmendmentIDs lists the amendments of d in effect on day.
func designationAmendmentIDs(d *domain.Designation, day domain.Date) []string {
	var out []string
	for _, a := range d.Amendments {
		if !day.Before(a.EffectiveOn) {
			out = append(out, a.AmendmentID)
		}
	}
	return out
}

// AuditEntry is one recorded event of a record's audit trail.
type AuditEntry struct {
	Position   uint64
	EventID    uuid.UUID
	Type       string
	Version    int64
	RecordedAt time.Time
	// Actor recorded the event, by the command Command.
	Actor   string
	Command string
	// Sources are the documents the event cites (for a source conflict,
	// those of its claims).
	Sources []domain.Source
	// Event is the event as recorded.
	Event domain.Event
	// CorrectedBy lists the later corrections and retractions of this
	// event (or of the whole record) known at the basis, in order.
	CorrectedBy []AuditRef
}

// AuditRef points at a correction or retraction.
type AuditRef struct {
	Position uint64
	EventID  uuid.UUID
	Type     string
	// Field is the corrected field (empty for a retraction).
	Field string
}

// AuditTrail returns each event recorded on the record ref up to the basis
// of asOf, who recorded it, when, from which sources, and which later
// events corrected or retracted it. A record unknown at the basis has an
// empty trail.
func (p *Projection) AuditTrail(ref domain.Ref, asOf AsOf) (Basis, []AuditEntry, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, nil, err
	}
	r := p.record(ref.Kind, ref.ID)
	if r == nil {
		return b, nil, nil
	}
	k := p.versionAt(r, b.Position)
	out := make([]AuditEntry, k)
	byID := map[string]int{}
	for j, at := range r.events[:k] {
		en := &p.entries[at]
		ev := p.event(at)
		typ := p.storedType(uint64(at)+1, ev)
		out[j] = AuditEntry{Position: uint64(at) + 1, EventID: en.id, Type: typ, Version: en.version,
			RecordedAt: time.Unix(0, en.recorded).UTC(), Actor: p.names.list[en.actor], Command: p.names.list[en.command],
			Sources: citedSources(ev), Event: ev}
		byID[en.id.String()] = j
		ref := AuditRef{Position: uint64(at) + 1, EventID: en.id, Type: typ}
		switch x := ev.(type) {
		case domain.RecordCorrected:
			if i, ok := byID[x.EventID]; ok {
				ref.Field = x.Field
				out[i].CorrectedBy = append(out[i].CorrectedBy, ref)
			}
		case domain.RecordRetracted:
			if x.EventID == "" {
				for i := range out[:j] {
					out[i].CorrectedBy = append(out[i].CorrectedBy, ref)
				}
			} else if i, ok := byID[x.EventID]; ok {
				out[i].CorrectedBy = append(out[i].CorrectedBy, ref)
			}
		}
	}
	return b, out, nil
}

// citedSources returns the sources an event cites.
func citedSources(ev domain.Event) []domain.Source {
	if c, ok := ev.(domain.SourceConflictNoted); ok {
		out := make([]domain.Source, len(c.Claims))
		for i, cl := range c.Claims {
			out[i] = cl.Source
		}
		return out
	}
	if f := reflect.ValueOf(ev).FieldByName("Sources"); f.IsValid() {
		return f.Interface().([]domain.Source)
	}
	return nil
}
