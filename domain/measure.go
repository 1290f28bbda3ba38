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
	// SuspendMeasure suspends a measure or some of its provisions.
	SuspendMeasure MeasureSuspended
	// RevokeMeasure ends a measure from a date.
	RevokeMeasure MeasureRevoked
)

// Measure is the aggregate of one measure's stream. The zero Measure is a
// measure that does not exist yet.
type Measure struct {
	// Version is the stream version of the last applied event.
	Version     int64
	Announced   *MeasureAnnounced
	Suspensions []MeasureSuspended
	Revoked     *MeasureRevoked
}

// Exists reports whether the measure has been announced.
func (m *Measure) Exists() bool { return m.Announced != nil }

// Apply folds one event of the measure's stream into the aggregate. It copies
// what it keeps, so a Measure value can be kept as a snapshot.
func (m *Measure) Apply(ev Event) {
	m.Version++
	switch e := ev.(type) {
	case MeasureAnnounced:
		m.Announced = &e
	case MeasureSuspended:
		m.Suspensions = append(slices.Clip(m.Suspensions), e)
	case MeasureRevoked:
		m.Revoked = &e
	}
}

// Announce decides an AnnounceMeasure command.
func (m *Measure) Announce(cmd AnnounceMeasure, now time.Time) ([]Event, error) {
	var p problems
	p.id("measureId", cmd.MeasureID)
	p.required("title", cmd.Title)
	p.authority("authority", cmd.Authority)
	p.jurisdiction("implementingJurisdiction", cmd.Implementing)
	for i, a := range cmd.Affected {
		f := fmt.Sprintf("affected[%d]", i)
		p.jurisdiction(f+".jurisdiction", a.Jurisdiction)
		p.oneOf(f+".how", a.How, AffectedHows)
	}
	if len(cmd.Affected) == 0 && !cmd.CountryNeutral {
		p.invalid("affected", "affected.required", "affected must name at least one jurisdiction unless the measure is countryNeutral")
	}
	p.oneOf("measureType", cmd.MeasureType, MeasureTypes)
	if len(cmd.Items) == 0 {
		p.invalid("items", "items.required", "items must list at least one item the measure covers")
	}
	for i, it := range cmd.Items {
		p.required(fmt.Sprintf("items[%d].description", i), it.Description)
	}
	if len(cmd.Provisions) == 0 {
		p.invalid("provisions", "provisions.required", "provisions must list at least one provision with its effective date")
	}
	seen := map[string]bool{}
	for i, pr := range cmd.Provisions {
		f := fmt.Sprintf("provisions[%d]", i)
		p.id(f+".id", pr.ID)
		p.required(f+".title", pr.Title)
		p.requiredDate(f+".effectiveOn", pr.EffectiveOn)
		if seen[pr.ID] {
			p.invalid(f+".id", "provision.duplicate", "%s.id %q is used by another provision", f, pr.ID)
		}
		seen[pr.ID] = true
	}
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

// Suspend decides a SuspendMeasure command: the measure must exist, the
// provisions must be part of it and in force from the suspension's start, and
// the measure must not be revoked by then.
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
	for _, s := range m.Suspensions {
		if s.SuspensionID == cmd.SuspensionID {
			return nil, &RuleError{Kind: ErrConflict, Rule: "suspension.duplicate", Field: "suspensionId",
				Message: fmt.Sprintf("suspension %q of measure %q is already recorded", cmd.SuspensionID, cmd.MeasureID)}
		}
	}
	targets := m.Announced.Provisions
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
		if cmd.From.Before(pr.EffectiveOn) {
			p.invalid("from", "measure.not_in_force",
				"provision %q of measure %q takes effect on %s, after the suspension starts (%s)", pr.ID, cmd.MeasureID, pr.EffectiveOn, cmd.From)
		}
	}
	if m.Revoked != nil && !cmd.From.Before(m.Revoked.EffectiveOn) {
		p.invalid("from", "measure.revoked", "measure %q is revoked from %s, before the suspension starts (%s)", cmd.MeasureID, m.Revoked.EffectiveOn, cmd.From)
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{MeasureSuspended(cmd)}, nil
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
	if start := m.start(); cmd.EffectiveOn.Before(start) {
		return nil, &RuleError{Kind: ErrInvalid, Rule: "dates.out_of_order", Field: "effectiveOn",
			Message: fmt.Sprintf("effectiveOn (%s) is before the measure starts (%s)", cmd.EffectiveOn, start)}
	}
	return []Event{MeasureRevoked(cmd)}, nil
}

func (m *Measure) mustExist(id string) error {
	if !m.Exists() {
		return &RuleError{Kind: ErrNotFound, Rule: "measure.not_found", Field: "measureId",
			Message: fmt.Sprintf("measure %q does not exist", id)}
	}
	return nil
}

func (m *Measure) provision(id string) (Provision, bool) {
	for _, pr := range m.Announced.Provisions {
		if pr.ID == id {
			return pr, true
		}
	}
	return Provision{}, false
}

// start is the first date the measure exists on: its announcement or its
// earliest effective date, whichever is earlier (an effective date may come
// before publication).
func (m *Measure) start() Date {
	d := m.Announced.AnnouncedOn
	for _, pr := range m.Announced.Provisions {
		if pr.EffectiveOn.Before(d) {
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
)

// ProvisionStatus is a provision's legal state on a date.
type ProvisionStatus struct {
	Provision
	// Status is announced (not yet effective), in_force, suspended or revoked.
	Status string
	// Suspension is the suspension covering the date, if any.
	Suspension *MeasureSuspended
}

// StatusAt returns the measure's status on date d and the status of each
// provision. A measure is not_yet_announced before it starts; revoked from its
// revocation; otherwise suspended if every effective provision is suspended,
// partly_suspended if some are, in_force if at least one provision is
// effective, and announced if none is yet. A measure that has not been
// announced in the ledger is not_yet_announced on every date.
func (m *Measure) StatusAt(d Date) (string, []ProvisionStatus) {
	if !m.Exists() {
		return StatusNotYetAnnounced, nil
	}
	provs := make([]ProvisionStatus, len(m.Announced.Provisions))
	if d.Before(m.start()) {
		for i, pr := range m.Announced.Provisions {
			provs[i] = ProvisionStatus{Provision: pr, Status: StatusNotYetAnnounced}
		}
		return StatusNotYetAnnounced, provs
	}
	revoked := m.Revoked != nil && !d.Before(m.Revoked.EffectiveOn)
	effective, suspended := 0, 0
	for i, pr := range m.Announced.Provisions {
		ps := ProvisionStatus{Provision: pr}
		switch {
		case revoked:
			ps.Status = StatusRevoked
		case d.Before(pr.EffectiveOn):
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
	case revoked:
		return StatusRevoked, provs
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
		if d.Before(s.From) || (!s.Until.IsZero() && !d.Before(s.Until)) {
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
