package domain

import (
	"fmt"
	"slices"
	"time"
)

// Commands on measures. Their JSON form is the import format and the
// GraphQL input, so field paths in rule errors name the same fields.
type (
	// AnnounceMeasure records a new measure.
	AnnounceMeasure MeasureAnnounced
	// SetProvisionEffective sets the effective date of a provision announced
	// without one.
	SetProvisionEffective ProvisionEffective
	// AmendMeasure changes a measure's scope, items or provisions from a date.
	AmendMeasure MeasureAmended
	// SuspendMeasure suspends a measure or some of its provisions.
	SuspendMeasure MeasureSuspended
	// EndSuspension records the end of a suspension.
	EndSuspension SuspensionEnded
	// RevokeMeasure ends a measure from a date.
	RevokeMeasure MeasureRevoked
	// ExpireMeasure records that a measure lapsed.
	ExpireMeasure MeasureExpired
)

// measureCommands are the commands on measures, each about the measure
// its MeasureID names.
var measureCommands = []*CommandType{
	decidedBy("AnnounceMeasure", func(c AnnounceMeasure) Ref { return Ref{KindMeasure, c.MeasureID} }, (*Measure).Announce),
	decidedBy("SetProvisionEffective", func(c SetProvisionEffective) Ref { return Ref{KindMeasure, c.MeasureID} }, (*Measure).SetProvisionEffective),
	decidedBy("AmendMeasure", func(c AmendMeasure) Ref { return Ref{KindMeasure, c.MeasureID} }, (*Measure).Amend),
	decidedBy("SuspendMeasure", func(c SuspendMeasure) Ref { return Ref{KindMeasure, c.MeasureID} }, (*Measure).Suspend),
	decidedBy("EndSuspension", func(c EndSuspension) Ref { return Ref{KindMeasure, c.MeasureID} }, (*Measure).EndSuspension),
	decidedBy("RevokeMeasure", func(c RevokeMeasure) Ref { return Ref{KindMeasure, c.MeasureID} }, (*Measure).Revoke),
	decidedBy("ExpireMeasure", func(c ExpireMeasure) Ref { return Ref{KindMeasure, c.MeasureID} }, (*Measure).Expire),
	onRecord("CorrectMeasureField", func(c CorrectMeasureField) Ref { return Ref{KindMeasure, c.MeasureID} }, decideMeasureFieldCorrection),
}

// Measure is the aggregate of one measure's stream. The zero Measure is a
// measure that does not exist yet. Apply only appends to the lists it keeps
// (growing them as append does: replaying a long stream is linear), so a
// copy of a Measure is a snapshot that later events applied to the original
// leave as it was; applying events to both the copy and the original is
// not allowed (they may share the room left at the end of a list).
type Measure struct {
	Knowledge
	// Version is the stream version of the last applied event.
	Version        int64
	Announced      *MeasureAnnounced
	ProvisionDates []ProvisionEffective
	Amendments     []MeasureAmended
	Suspensions    []MeasureSuspended
	SuspensionEnds []SuspensionEnded
	Revoked        *MeasureRevoked
	Expired        *MeasureExpired
}

// Exists reports whether the measure has been announced.
func (m *Measure) Exists() bool { return m.Announced != nil }

// Apply folds one event of the measure's stream into the aggregate.
func (m *Measure) Apply(ev Event) {
	m.Version++
	if m.applyKnowledge(ev) {
		return
	}
	switch e := ev.(type) {
	case MeasureAnnounced:
		m.Announced = &e
	case ProvisionEffective:
		m.ProvisionDates = append(m.ProvisionDates, e)
	case MeasureAmended:
		m.Amendments = append(m.Amendments, e)
	case MeasureSuspended:
		m.Suspensions = append(m.Suspensions, e)
	case SuspensionEnded:
		m.SuspensionEnds = append(m.SuspensionEnds, e)
	case MeasureRevoked:
		m.Revoked = &e
	case MeasureExpired:
		m.Expired = &e
	}
}

func (m *Measure) validateContent(p *problems, items []Item, affected []AffectedJurisdiction) {
	for i, a := range affected {
		f := fmt.Sprintf("affected[%d]", i)
		p.jurisdiction(f+".jurisdiction", a.Jurisdiction)
		p.oneOf(f+".how", a.How, AffectedHows)
	}
	for i, it := range items {
		p.required(fmt.Sprintf("items[%d].description", i), it.Description)
	}
}

func (p *problems) provisions(field string, provs []Provision, taken func(id string) bool) {
	seen := map[string]bool{}
	for i, pr := range provs {
		f := fmt.Sprintf("%s[%d]", field, i)
		p.id(f+".id", pr.ID)
		p.required(f+".title", pr.Title)
		if seen[pr.ID] || taken(pr.ID) {
			p.invalid(f+".id", "provision.duplicate", "%s.id %q is used by another provision", f, pr.ID)
		}
		seen[pr.ID] = true
	}
}

// Announce decides an AnnounceMeasure command.
func (m *Measure) Announce(cmd AnnounceMeasure, now time.Time) ([]Event, error) {
	var p problems
	p.id("measureId", cmd.MeasureID)
	p.required("title", cmd.Title)
	p.authority("authority", cmd.Authority)
	p.jurisdiction("implementingJurisdiction", cmd.Implementing)
	if len(cmd.Affected) == 0 && !cmd.CountryNeutral {
		p.invalid("affected", "affected.required", "affected must name at least one jurisdiction unless the measure is countryNeutral")
	}
	p.oneOf("measureType", cmd.MeasureType, MeasureTypes)
	if len(cmd.Items) == 0 {
		p.invalid("items", "items.required", "items must list at least one item the measure covers")
	}
	m.validateContent(&p, cmd.Items, cmd.Affected)
	if len(cmd.Provisions) == 0 {
		p.invalid("provisions", "provisions.required", "provisions must list at least one provision with its effective date")
	}
	p.provisions("provisions", cmd.Provisions, func(string) bool { return false })
	p.required("instrument.title", cmd.Instrument.Title)
	if p.requiredDate("announcedOn", cmd.AnnouncedOn) {
		p.notFuture("announcedOn", cmd.AnnouncedOn, now)
	}
	p.dates("dates", cmd.Dates)
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if m.Exists() {
		return nil, &RuleError{Kind: ErrConflict, Rule: "measure.already_exists", Field: "measureId",
			Message: fmt.Sprintf("measure %q already exists", cmd.MeasureID)}
	}
	return []Event{MeasureAnnounced(cmd)}, nil
}

// SetProvisionEffective decides a SetProvisionEffective command: the
// provision must exist and have no date yet (a changed date is an amendment,
// a wrong one a correction).
func (m *Measure) SetProvisionEffective(cmd SetProvisionEffective, now time.Time) ([]Event, error) {
	var p problems
	p.id("measureId", cmd.MeasureID)
	p.id("provisionId", cmd.ProvisionID)
	p.requiredDate("effectiveOn", cmd.EffectiveOn)
	p.required("instrument.title", cmd.Instrument.Title)
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if err := m.mustExist(cmd.MeasureID); err != nil {
		return nil, err
	}
	pr, ok := m.provision(cmd.ProvisionID)
	if !ok {
		return nil, &RuleError{Kind: ErrNotFound, Rule: "provision.not_found", Field: "provisionId",
			Message: fmt.Sprintf("measure %q has no provision %q", cmd.MeasureID, cmd.ProvisionID)}
	}
	if !pr.EffectiveOn.IsZero() {
		return nil, &RuleError{Kind: ErrConflict, Rule: "provision.already_dated", Field: "provisionId",
			Message: fmt.Sprintf("provision %q already takes effect on %s: amend or correct the measure instead", cmd.ProvisionID, pr.EffectiveOn)}
	}
	return []Event{ProvisionEffective(cmd)}, nil
}

// Amend decides an AmendMeasure command.
func (m *Measure) Amend(cmd AmendMeasure, now time.Time) ([]Event, error) {
	var p problems
	p.id("measureId", cmd.MeasureID)
	p.id("amendmentId", cmd.AmendmentID)
	p.requiredDate("effectiveOn", cmd.EffectiveOn)
	if !cmd.AnnouncedOn.IsZero() {
		p.notFuture("announcedOn", cmd.AnnouncedOn, now)
	}
	p.required("instrument.title", cmd.Instrument.Title)
	p.required("summary", cmd.Summary)
	m.validateContent(&p, cmd.Items, cmd.Affected)
	if len(cmd.Items)+len(cmd.Affected)+len(cmd.AddProvisions)+len(cmd.EndProvisions)+len(cmd.MoveDates) == 0 {
		p.invalid("", "amendment.empty", "an amendment must change the items, the affected jurisdictions, the provisions or a date")
	}
	for i, mv := range cmd.MoveDates {
		f := fmt.Sprintf("moveDates[%d]", i)
		p.requiredDate(f+".to", mv.To)
		switch {
		case mv.ProvisionID != "":
			p.id(f+".provisionId", mv.ProvisionID)
			if mv.Kind != "" && mv.Kind != DateEffective {
				p.invalid(f+".kind", "value.unknown", "%s.kind of a provision's date must be %q or left out (a provision has one date, its effective date)", f, DateEffective)
			}
		case mv.Kind == "":
			p.invalid(f+".kind", "field.required", "%s names no date: give a provisionId (its effective date) or the kind of one of the measure's dates", f)
		default:
			p.oneOf(f+".kind", mv.Kind, dateKinds)
		}
	}
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if err := m.mustExist(cmd.MeasureID); err != nil {
		return nil, err
	}
	for _, a := range m.Amendments {
		if a.AmendmentID == cmd.AmendmentID {
			return nil, &RuleError{Kind: ErrConflict, Rule: "amendment.duplicate", Field: "amendmentId",
				Message: fmt.Sprintf("amendment %q of measure %q is already recorded", cmd.AmendmentID, cmd.MeasureID)}
		}
	}
	m.mustApplyOn(&p, "effectiveOn", cmd.EffectiveOn)
	if a := m.Announced.AnnouncedOn; !cmd.AnnouncedOn.IsZero() && cmd.AnnouncedOn.Before(a) {
		p.invalid("announcedOn", "dates.out_of_order", "announcedOn (%s) is before measure %q was announced (%s)", cmd.AnnouncedOn, cmd.MeasureID, a)
	}
	p.provisions("addProvisions", cmd.AddProvisions, func(id string) bool { _, ok := m.provision(id); return ok })
	for i, pr := range cmd.AddProvisions {
		if !pr.EffectiveOn.IsZero() && pr.EffectiveOn.Before(cmd.EffectiveOn) {
			p.invalid(fmt.Sprintf("addProvisions[%d].effectiveOn", i), "dates.out_of_order",
				"a provision added by an amendment cannot take effect (%s) before the amendment (%s)", pr.EffectiveOn, cmd.EffectiveOn)
		}
	}
	for i, mv := range cmd.MoveDates {
		f := fmt.Sprintf("moveDates[%d]", i)
		switch {
		case mv.ProvisionID != "":
			if _, ok := m.provision(mv.ProvisionID); !ok {
				p.add(ErrNotFound, f+".provisionId", "provision.not_found", "measure %q has no provision %q", cmd.MeasureID, mv.ProvisionID)
			} else if mv.To.Before(cmd.EffectiveOn) {
				p.invalid(f+".to", "dates.out_of_order", "%s.to (%s) is before the amendment takes effect (%s): the law cannot have moved the date into its past", f, mv.To, cmd.EffectiveOn)
			}
		case !slices.ContainsFunc(m.Announced.Dates, func(d DatedFact) bool { return d.Kind == mv.Kind }):
			p.add(ErrNotFound, f+".kind", "date.not_found", "measure %q carries no %s date to move", cmd.MeasureID, mv.Kind)
		}
	}
	for i, id := range cmd.EndProvisions {
		f := fmt.Sprintf("endProvisions[%d]", i)
		if _, ok := m.provision(id); !ok {
			p.add(ErrNotFound, f, "provision.not_found", "measure %q has no provision %q", cmd.MeasureID, id)
		} else if end := m.provisionEnd(id); !end.IsZero() {
			p.invalid(f, "provision.already_ended", "provision %q already ends on %s", id, end)
		}
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{MeasureAmended(cmd)}, nil
}

// Suspend decides a SuspendMeasure command: the measure must exist, the
// provisions must be part of it and not ended by the suspension's start, and
// the measure must not have ended by then. A provision not yet in force, or
// with no date yet, can be suspended: governments suspend measures announced
// and not yet in force, sometimes the day before they would start. It then
// does not come into force while the suspension lasts (StatusAt).
func (m *Measure) Suspend(cmd SuspendMeasure, now time.Time) ([]Event, error) {
	var p problems
	p.id("measureId", cmd.MeasureID)
	p.id("suspensionId", cmd.SuspensionID)
	p.requiredDate("from", cmd.From)
	if !cmd.Until.IsZero() && !cmd.Until.After(cmd.From) {
		p.invalid("until", "dates.out_of_order", "until (%s) must be after from (%s)", cmd.Until, cmd.From)
	}
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if err := m.mustExist(cmd.MeasureID); err != nil {
		return nil, err
	}
	if _, ok := m.suspension(cmd.SuspensionID); ok {
		return nil, &RuleError{Kind: ErrConflict, Rule: "suspension.duplicate", Field: "suspensionId",
			Message: fmt.Sprintf("suspension %q of measure %q is already recorded", cmd.SuspensionID, cmd.MeasureID)}
	}
	targets := m.allProvisions()
	if len(cmd.ProvisionIDs) > 0 {
		targets = nil
		for i, id := range cmd.ProvisionIDs {
			pr, ok := m.provision(id)
			if !ok {
				p.add(ErrNotFound, fmt.Sprintf("provisionIds[%d]", i), "provision.not_found",
					"measure %q has no provision %q", cmd.MeasureID, id)
				continue
			}
			targets = append(targets, pr)
		}
	}
	for _, pr := range targets {
		if end := m.provisionEnd(pr.ID); !end.IsZero() && !cmd.From.Before(end) && len(cmd.ProvisionIDs) > 0 {
			p.invalid("from", "measure.not_in_force", "provision %q of measure %q ends on %s, before the suspension starts (%s)", pr.ID, cmd.MeasureID, end, cmd.From)
		}
	}
	m.mustApplyOn(&p, "from", cmd.From)
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{MeasureSuspended(cmd)}, nil
}

// EndSuspension decides an EndSuspension command: an expiry ends on the
// planned date, an early lift before it.
func (m *Measure) EndSuspension(cmd EndSuspension, now time.Time) ([]Event, error) {
	var p problems
	p.id("measureId", cmd.MeasureID)
	p.id("suspensionId", cmd.SuspensionID)
	p.requiredDate("endedOn", cmd.EndedOn)
	p.oneOf("how", cmd.How, SuspensionEnds)
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if err := m.mustExist(cmd.MeasureID); err != nil {
		return nil, err
	}
	s, ok := m.suspension(cmd.SuspensionID)
	if !ok {
		return nil, &RuleError{Kind: ErrNotFound, Rule: "suspension.not_found", Field: "suspensionId",
			Message: fmt.Sprintf("measure %q has no suspension %q", cmd.MeasureID, cmd.SuspensionID)}
	}
	for _, e := range m.SuspensionEnds {
		if e.SuspensionID == cmd.SuspensionID {
			return nil, &RuleError{Kind: ErrConflict, Rule: "suspension.already_ended", Field: "suspensionId",
				Message: fmt.Sprintf("suspension %q already ended on %s (%s)", cmd.SuspensionID, e.EndedOn, e.How)}
		}
	}
	switch {
	case !cmd.EndedOn.After(s.From):
		p.invalid("endedOn", "dates.out_of_order", "endedOn (%s) must be after the suspension's start (%s)", cmd.EndedOn, s.From)
	case cmd.How == EndExpired && (s.Until.IsZero() || cmd.EndedOn != s.Until):
		p.invalid("how", "suspension.not_expired", "an expired suspension ends on its planned end (%s), not on %s", s.Until, cmd.EndedOn)
	case cmd.How != EndExpired && !s.Until.IsZero() && cmd.EndedOn.After(s.Until):
		p.invalid("endedOn", "dates.out_of_order", "endedOn (%s) is after the suspension's planned end (%s)", cmd.EndedOn, s.Until)
	case cmd.How == EndLiftedEarly && !s.Until.IsZero() && cmd.EndedOn == s.Until:
		p.invalid("how", "suspension.not_early", "the suspension ends on its planned end (%s): it expired, it was not lifted early", s.Until)
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{SuspensionEnded(cmd)}, nil
}

// Revoke decides a RevokeMeasure command.
func (m *Measure) Revoke(cmd RevokeMeasure, now time.Time) ([]Event, error) {
	var p problems
	p.id("measureId", cmd.MeasureID)
	p.requiredDate("effectiveOn", cmd.EffectiveOn)
	if cmd.Instrument != nil {
		p.required("instrument.title", cmd.Instrument.Title)
	}
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if err := m.mustExist(cmd.MeasureID); err != nil {
		return nil, err
	}
	if m.Revoked != nil {
		return nil, &RuleError{Kind: ErrConflict, Rule: "measure.already_revoked", Field: "measureId",
			Message: fmt.Sprintf("measure %q is already revoked from %s", cmd.MeasureID, m.Revoked.EffectiveOn)}
	}
	m.mustApplyOn(&p, "effectiveOn", cmd.EffectiveOn)
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{MeasureRevoked(cmd)}, nil
}

// Expire decides an ExpireMeasure command.
func (m *Measure) Expire(cmd ExpireMeasure, now time.Time) ([]Event, error) {
	var p problems
	p.id("measureId", cmd.MeasureID)
	p.requiredDate("expiredOn", cmd.ExpiredOn)
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if err := m.mustExist(cmd.MeasureID); err != nil {
		return nil, err
	}
	if m.Expired != nil {
		return nil, &RuleError{Kind: ErrConflict, Rule: "measure.already_expired", Field: "measureId",
			Message: fmt.Sprintf("measure %q already expired on %s", cmd.MeasureID, m.Expired.ExpiredOn)}
	}
	m.mustApplyOn(&p, "expiredOn", cmd.ExpiredOn)
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{MeasureExpired(cmd)}, nil
}

func (m *Measure) mustExist(id string) error {
	if !m.Exists() {
		return &RuleError{Kind: ErrNotFound, Rule: "measure.not_found", Field: "measureId",
			Message: fmt.Sprintf("measure %q does not exist", id)}
	}
	return m.notRetracted(Ref{KindMeasure, id})
}

// mustApplyOn reports a date on which the measure does not exist: before it
// starts, or from its revocation or expiry on.
func (m *Measure) mustApplyOn(p *problems, field string, d Date) {
	id := m.Announced.MeasureID
	if start := m.start(); d.Before(start) {
		p.invalid(field, "dates.out_of_order", "%s (%s) is before measure %q starts (%s)", field, d, id, start)
	}
	if m.Revoked != nil && !d.Before(m.Revoked.EffectiveOn) {
		p.invalid(field, "measure.revoked", "measure %q is revoked from %s, on or before %s (%s)", id, m.Revoked.EffectiveOn, field, d)
	}
	if m.Expired != nil && !d.Before(m.Expired.ExpiredOn) {
		p.invalid(field, "measure.expired", "measure %q expired on %s, on or before %s (%s)", id, m.Expired.ExpiredOn, field, d)
	}
}

// allProvisions returns every provision of the measure, announced or added
// by an amendment, with its effective date as set by ProvisionEffective.
func (m *Measure) allProvisions() []Provision {
	out := slices.Clone(m.Announced.Provisions)
	for _, a := range m.Amendments {
		out = append(out, a.AddProvisions...)
	}
	for _, pe := range m.ProvisionDates {
		for i := range out {
			if out[i].ID == pe.ProvisionID {
				out[i].EffectiveOn = pe.EffectiveOn
			}
		}
	}
	return out
}

func (m *Measure) provision(id string) (Provision, bool) {
	for _, pr := range m.allProvisions() {
		if pr.ID == id {
			return pr, true
		}
	}
	return Provision{}, false
}

// provisionEnd returns the date an amendment ends the provision (zero if
// none does).
func (m *Measure) provisionEnd(id string) Date {
	for _, a := range m.Amendments {
		if slices.Contains(a.EndProvisions, id) {
			return a.EffectiveOn
		}
	}
	return Date{}
}

// provisionEndOn is provisionEnd as known on date d: from the amendments
// visible then.
func (m *Measure) provisionEndOn(id string, d Date) Date {
	for _, a := range m.Amendments {
		if slices.Contains(a.EndProvisions, id) && !d.Before(a.VisibleFrom()) {
			return a.EffectiveOn
		}
	}
	return Date{}
}

// addedAfter reports whether provision id was added by an amendment not yet
// visible on d, and is not in force on d (a date set later by
// ProvisionEffective may come before the amendment's).
func (m *Measure) addedAfter(id string, d Date) bool {
	for _, a := range m.Amendments {
		if !slices.ContainsFunc(a.AddProvisions, func(pr Provision) bool { return pr.ID == id }) {
			continue
		}
		if !d.Before(a.VisibleFrom()) {
			return false
		}
		pr, _ := m.provision(id)
		return pr.EffectiveOn.IsZero() || d.Before(pr.EffectiveOn)
	}
	return false
}

func (m *Measure) suspension(id string) (MeasureSuspended, bool) {
	for _, s := range m.Suspensions {
		if s.SuspensionID == id {
			return s, true
		}
	}
	return MeasureSuspended{}, false
}

// suspensionEnd returns the first day a suspension no longer applies: its
// recorded end, else its planned end (zero: open-ended).
func (m *Measure) suspensionEnd(s MeasureSuspended) Date {
	for _, e := range m.SuspensionEnds {
		if e.SuspensionID == s.SuspensionID {
			return e.EndedOn
		}
	}
	return s.Until
}

// start is the first date the measure exists on: its announcement or its
// earliest effective date, whichever is earlier (an effective date may come
// before publication).
func (m *Measure) start() Date {
	d := m.Announced.AnnouncedOn
	// The announced provisions, with the dates ProvisionEffective set later.
	for _, pr := range m.allProvisions()[:len(m.Announced.Provisions)] {
		if !pr.EffectiveOn.IsZero() && pr.EffectiveOn.Before(d) {
			d = pr.EffectiveOn
		}
	}
	return d
}

// Measure and provision statuses at a valid time.
const (
	StatusNotYetAnnounced = "not_yet_announced"
	StatusAnnounced       = "announced"
	StatusInForce         = "in_force"
	StatusPartlySuspended = "partly_suspended"
	StatusSuspended       = "suspended"
	StatusRevoked         = "revoked"
	StatusExpired         = "expired"
)

// ProvisionStatus is a provision's legal state on a date.
type ProvisionStatus struct {
	Provision
	// Status is announced (not yet effective, or no date yet), in_force,
	// suspended, revoked (by the measure's revocation or by an amendment
	// that ended it) or expired.
	Status string
	// Suspension is the suspension covering the date, if any.
	Suspension *MeasureSuspended
	// EndsOn is the date an amendment ends the provision, if any.
	EndsOn Date
	// MovedBy is the amendment in effect on the date that last moved the
	// provision's effective date (EffectiveOn is the moved date); empty if
	// none did.
	MovedBy string
}

// DateInForce is one of a measure's dates as in force on a date: moved by
// the amendments in effect by then.
type DateInForce struct {
	DatedFact
	// MovedBy is the amendment that last moved it; empty if none did.
	MovedBy string
}

// Content is what a measure covers on a date, amendments applied.
type Content struct {
	Items    []Item
	Affected []AffectedJurisdiction
	// Amendments lists the amendments in effect by the date, in order.
	Amendments []MeasureAmended
	// Dates are the measure's dates as in force on the date.
	Dates []DateInForce
}

// ContentAt returns the items and affected jurisdictions on date d: those
// announced, as replaced by the amendments in effect by d. A measure that was
// never announced has no content.
func (m *Measure) ContentAt(d Date) Content {
	if !m.Exists() {
		return Content{}
	}
	c := Content{Items: m.Announced.Items, Affected: m.Announced.Affected}
	for _, f := range m.Announced.Dates {
		c.Dates = append(c.Dates, DateInForce{DatedFact: f})
	}
	for _, a := range m.Amendments {
		if d.Before(a.EffectiveOn) {
			continue
		}
		for _, mv := range a.MoveDates {
			for i := range c.Dates {
				if mv.ProvisionID == "" && c.Dates[i].Kind == mv.Kind {
					c.Dates[i].Date, c.Dates[i].Precision, c.Dates[i].MovedBy = mv.To, "", a.AmendmentID
				}
			}
		}
		c.Amendments = append(c.Amendments, a)
		if len(a.Items) > 0 {
			c.Items = a.Items
		}
		if len(a.Affected) > 0 {
			c.Affected = a.Affected
		}
	}
	return c
}

// StatusAt returns the measure's status on date d and the status of each
// provision: those announced, and those added by the amendments visible on d
// (MeasureAmended.VisibleFrom); an amendment not yet announced is invisible,
// its provisions not listed and the ends it sets not shown. A measure is not_yet_announced before it starts; revoked or
// expired from that date; otherwise suspended if every effective provision
// is suspended, partly_suspended if some are, in_force if at least one
// provision is effective, and announced if none is yet. A measure that was
// never announced is not_yet_announced and has no provisions.
func (m *Measure) StatusAt(d Date) (string, []ProvisionStatus) {
	if !m.Exists() {
		return StatusNotYetAnnounced, nil
	}
	all := m.allProvisions()
	movedBy := make([]string, len(all))
	if len(m.Amendments) > 0 {
		// Dates moved by the amendments in effect on d, in order.
		for _, a := range m.Amendments {
			if d.Before(a.EffectiveOn) {
				continue
			}
			for _, mv := range a.MoveDates {
				for i := range all {
					if mv.ProvisionID != "" && all[i].ID == mv.ProvisionID {
						all[i].EffectiveOn, movedBy[i] = mv.To, a.AmendmentID
					}
				}
			}
		}
		for i := len(all) - 1; i >= 0; i-- {
			if m.addedAfter(all[i].ID, d) {
				all, movedBy = slices.Delete(all, i, i+1), slices.Delete(movedBy, i, i+1)
			}
		}
	}
	provs := make([]ProvisionStatus, len(all))
	if d.Before(m.start()) {
		for i, pr := range all {
			provs[i] = ProvisionStatus{Provision: pr, Status: StatusNotYetAnnounced, EndsOn: m.provisionEndOn(pr.ID, d), MovedBy: movedBy[i]}
		}
		return StatusNotYetAnnounced, provs
	}
	ended := ""
	switch {
	case m.Revoked != nil && !d.Before(m.Revoked.EffectiveOn):
		ended = StatusRevoked
	case m.Expired != nil && !d.Before(m.Expired.ExpiredOn):
		ended = StatusExpired
	}
	effective, suspended := 0, 0
	for i, pr := range all {
		ps := ProvisionStatus{Provision: pr, EndsOn: m.provisionEndOn(pr.ID, d), MovedBy: movedBy[i]}
		switch {
		case ended != "":
			ps.Status = ended
		case !ps.EndsOn.IsZero() && !d.Before(ps.EndsOn):
			ps.Status = StatusRevoked
		case pr.EffectiveOn.IsZero() || d.Before(pr.EffectiveOn):
			ps.Status = StatusAnnounced
		default:
			effective++
			ps.Status = StatusInForce
			if s := m.suspensionAt(pr.ID, d); s != nil {
				ps.Status, ps.Suspension = StatusSuspended, s
				suspended++
			}
		}
		provs[i] = ps
	}
	switch {
	case ended != "":
		return ended, provs
	case effective == 0:
		return StatusAnnounced, provs
	case suspended == effective:
		return StatusSuspended, provs
	case suspended > 0:
		return StatusPartlySuspended, provs
	}
	return StatusInForce, provs
}

func (m *Measure) suspensionAt(provisionID string, d Date) *MeasureSuspended {
	for i := range m.Suspensions {
		s := &m.Suspensions[i]
		if end := m.suspensionEnd(*s); d.Before(s.From) || (!end.IsZero() && !d.Before(end)) {
			continue
		}
		if len(s.ProvisionIDs) == 0 || slices.Contains(s.ProvisionIDs, provisionID) {
			return s
		}
	}
	return nil
}

func (p *problems) notFuture(field string, d Date, now time.Time) {
	if today := DateOf(now); d.After(today) {
		p.invalid(field, "date.in_future", "%s (%s) is after today (%s): record it once it has happened", field, d, today)
	}
}
