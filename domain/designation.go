package domain

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// PartyDesignated records that a party was put on a list (an entity list, a
// sanctions list, an unreliable-entity list) with the terms that come with it.
type PartyDesignated struct {
	DesignationID string    `json:"designationId"`
	Party         Party     `json:"party"`
	List          string    `json:"list"`
	ListAuthority Authority `json:"listAuthority"`
	// LicenceRequirement says what needs a licence ("all items subject to
	// the EAR").
	LicenceRequirement string `json:"licenceRequirement,omitempty"`
	// ReviewPolicy says how licence applications are reviewed
	// ("presumption of denial").
	ReviewPolicy string   `json:"reviewPolicy,omitempty"`
	Footnotes    []string `json:"footnotes,omitempty"`
	// SavingsClauseUntil is the last day shipments en route under the old
	// rules may proceed.
	SavingsClauseUntil Date `json:"savingsClauseUntil,omitzero"`
	EffectiveOn        Date `json:"effectiveOn"`
	// EffectiveNotBefore, when set, says that the list does not date the
	// listing: it took effect on a day from EffectiveNotBefore (the last
	// observation of the list without it) to EffectiveOn (the first with
	// it), and the ledger does not invent which.
	EffectiveNotBefore Date `json:"effectiveNotBefore,omitzero"`
	// MeasureID is the measure that made the designation, if recorded.
	MeasureID  string     `json:"measureId,omitempty"`
	Instrument Instrument `json:"instrument"`
	Sources    []Source   `json:"sources"`
	// ListEntryID is the list's own ID of the entry (OFAC's ent_num, the
	// UN's reference number), for designations taken from a list.
	ListEntryID string `json:"listEntryId,omitempty"`
	// Programs are the sanctions programs or regimes the entry is listed
	// under (OFAC's HK-EO13936, the UN's DPRK).
	Programs []string `json:"programs,omitempty"`
	// Remarks is what the list says of the entry that no property holds.
	Remarks string `json:"remarks,omitempty"`
	// Raw is the entry exactly as the list's file gave it (a CSV record,
	// an XML element), kept beside what the ledger made of it.
	Raw string `json:"raw,omitempty"`
}

// FieldChange is one changed field of a designation taken from a list: the
// field's path as the designation shows it (schema, programs, remarks,
// properties.<name>) with its values before and after.
type FieldChange struct {
	Field string   `json:"field"`
	Old   []string `json:"old,omitempty"`
	New   []string `json:"new,omitempty"`
}

// DesignationAmended records changed terms of a designation from a date.
// Empty fields leave that term unchanged.
type DesignationAmended struct {
	DesignationID      string     `json:"designationId"`
	AmendmentID        string     `json:"amendmentId"`
	EffectiveOn        Date       `json:"effectiveOn"`
	LicenceRequirement string     `json:"licenceRequirement,omitempty"`
	ReviewPolicy       string     `json:"reviewPolicy,omitempty"`
	Footnotes          []string   `json:"footnotes,omitempty"`
	Instrument         Instrument `json:"instrument"`
	Summary            string     `json:"summary"`
	Sources            []Source   `json:"sources"`
	// EffectiveNotBefore, when set, bounds an undated change as
	// PartyDesignated's does.
	EffectiveNotBefore Date `json:"effectiveNotBefore,omitzero"`
	// Changes are the fields of a listed entry that changed, exactly.
	Changes []FieldChange `json:"changes,omitempty"`
	// Raw is the entry as the list's file gave it after the change.
	Raw string `json:"raw,omitempty"`
}

// PartyDelisted records that a party was taken off a list.
type PartyDelisted struct {
	DesignationID string     `json:"designationId"`
	EffectiveOn   Date       `json:"effectiveOn"`
	Instrument    Instrument `json:"instrument"`
	Reason        string     `json:"reason,omitempty"`
	Sources       []Source   `json:"sources"`
	// EffectiveNotBefore, when set, bounds an undated delisting as
	// PartyDesignated's does.
	EffectiveNotBefore Date `json:"effectiveNotBefore,omitzero"`
}

func (PartyDesignated) EventType() string    { return TypePartyDesignated }
func (DesignationAmended) EventType() string { return TypeDesignationAmended }
func (PartyDelisted) EventType() string      { return TypePartyDelisted }
func (e PartyDesignated) Subject() Ref       { return Ref{KindDesignation, e.DesignationID} }
func (e DesignationAmended) Subject() Ref    { return Ref{KindDesignation, e.DesignationID} }
func (e PartyDelisted) Subject() Ref         { return Ref{KindDesignation, e.DesignationID} }

type (
	// DesignateParty puts a party on a list.
	DesignateParty PartyDesignated
	// AmendDesignation changes the terms of a designation.
	AmendDesignation DesignationAmended
	// DelistParty takes a party off a list.
	DelistParty PartyDelisted
)

// designationCommands are the commands on designations, each about the
// designation its DesignationID names.
var designationCommands = []*CommandType{
	reading("DesignateParty", func(c DesignateParty) Ref { return Ref{KindDesignation, c.DesignationID} },
		func(d *Designation, c DesignateParty, h History, now time.Time) ([]Event, error) {
			measure := false
			if c.MeasureID != "" {
				var err error
				if measure, err = h.Exists(Ref{KindMeasure, c.MeasureID}); err != nil {
					return nil, err
				}
			}
			return d.Designate(c, measure, now)
		}),
	decidedBy("AmendDesignation", func(c AmendDesignation) Ref { return Ref{KindDesignation, c.DesignationID} }, (*Designation).Amend),
	decidedBy("DelistParty", func(c DelistParty) Ref { return Ref{KindDesignation, c.DesignationID} }, (*Designation).Delist),
}

// Designation is the aggregate of one designation's stream.
type Designation struct {
	Knowledge
	Version    int64
	Designated *PartyDesignated
	Amendments []DesignationAmended
	Delisted   *PartyDelisted
}

// Exists reports whether the designation was recorded.
func (d *Designation) Exists() bool { return d.Designated != nil }

// Apply folds one event of the designation's stream into the aggregate.
func (d *Designation) Apply(ev Event) {
	d.Version++
	if d.applyKnowledge(ev) {
		return
	}
	switch e := ev.(type) {
	case PartyDesignated:
		d.Designated = &e
	case DesignationAmended:
		d.Amendments = append(d.Amendments, e)
	case PartyDelisted:
		d.Delisted = &e
	}
}

// Designation statuses at a valid time.
const (
	StatusNotYetDesignated = "not_yet_designated"
	StatusDesignated       = "designated"
	StatusDelisted         = "delisted"
)

// Terms are a designation's terms on a date, amendments applied.
type Terms struct {
	LicenceRequirement string
	ReviewPolicy       string
	Footnotes          []string
}

// StatusAt returns the designation's status and terms on date d.
func (d *Designation) StatusAt(day Date) (string, Terms) {
	if !d.Exists() {
		return StatusNotYetDesignated, Terms{}
	}
	t := Terms{LicenceRequirement: d.Designated.LicenceRequirement, ReviewPolicy: d.Designated.ReviewPolicy, Footnotes: d.Designated.Footnotes}
	for _, a := range d.Amendments {
		if day.Before(a.EffectiveOn) {
			continue
		}
		if a.LicenceRequirement != "" {
			t.LicenceRequirement = a.LicenceRequirement
		}
		if a.ReviewPolicy != "" {
			t.ReviewPolicy = a.ReviewPolicy
		}
		if len(a.Footnotes) > 0 {
			t.Footnotes = a.Footnotes
		}
	}
	switch {
	case day.Before(d.Designated.EffectiveOn):
		return StatusNotYetDesignated, t
	case d.Delisted != nil && !day.Before(d.Delisted.EffectiveOn):
		return StatusDelisted, t
	}
	return StatusDesignated, t
}

// Listing is what a designation says of its party on a date: the party,
// its programs and remarks, with the changes of the amendments in effect
// by then applied.
type Listing struct {
	Party    Party
	Programs []string
	Remarks  string
}

// ListingAt returns the designation's party, programs and remarks on date
// day. Its slices may be shared with the events: callers must not modify
// them.
func (d *Designation) ListingAt(day Date) Listing {
	if !d.Exists() {
		return Listing{}
	}
	l := Listing{Party: d.Designated.Party, Programs: d.Designated.Programs, Remarks: d.Designated.Remarks}
	var changes []FieldChange
	for _, a := range d.Amendments {
		if !day.Before(a.EffectiveOn) {
			changes = append(changes, a.Changes...)
		}
	}
	return l.Amended(changes)
}

// Amended returns l with each change's field set to its new values (the
// party's name following its first name property). l is not modified.
func (l Listing) Amended(changes []FieldChange) Listing {
	for _, c := range changes {
		switch name, isProp := strings.CutPrefix(c.Field, "properties."); {
		case isProp:
			l.Party.Properties = SetValues(l.Party.Properties, name, c.New)
		case c.Field == "schema":
			l.Party.Schema = first(c.New)
		case c.Field == "programs":
			l.Programs = c.New
		case c.Field == "remarks":
			l.Remarks = first(c.New)
		}
	}
	if names := l.Party.Values("name"); len(names) > 0 {
		l.Party.Name = names[0]
	}
	return l
}

// ListingChanges returns the fields in which b differs from a, as the
// changes that amend a into b: schema, programs, remarks, then the
// properties by name. A party recorded by name alone (no properties)
// compares its name as properties.name.
func ListingChanges(a, b Listing) []FieldChange {
	var out []FieldChange
	one := func(field, x, y string) {
		if x != y {
			out = append(out, FieldChange{Field: field, Old: nonEmpty(x), New: nonEmpty(y)})
		}
	}
	one("schema", a.Party.Schema, b.Party.Schema)
	if !slices.Equal(a.Programs, b.Programs) {
		out = append(out, FieldChange{Field: "programs", Old: a.Programs, New: b.Programs})
	}
	one("remarks", a.Remarks, b.Remarks)
	if len(a.Party.Properties) == 0 && len(b.Party.Properties) == 0 {
		one("properties.name", a.Party.Name, b.Party.Name)
		return out
	}
	ap, bp := a.Party.Properties, b.Party.Properties
	for i, j := 0, 0; i < len(ap) || j < len(bp); {
		switch {
		case j == len(bp) || (i < len(ap) && ap[i].Name < bp[j].Name):
			out = append(out, FieldChange{Field: "properties." + ap[i].Name, Old: ap[i].Values})
			i++
		case i == len(ap) || bp[j].Name < ap[i].Name:
			out = append(out, FieldChange{Field: "properties." + bp[j].Name, New: bp[j].Values})
			j++
		default:
			if !slices.Equal(ap[i].Values, bp[j].Values) {
				out = append(out, FieldChange{Field: "properties." + bp[j].Name, Old: ap[i].Values, New: bp[j].Values})
			}
			i++
			j++
		}
	}
	return out
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

func first(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// changeFields are the fields a FieldChange may name besides properties.
var changeFields = []string{"schema", "programs", "remarks"}

// changes reports malformed field changes.
func (p *problems) changes(field string, cs []FieldChange) {
	seen := map[string]bool{}
	for i, c := range cs {
		f := fmt.Sprintf("%s[%d]", field, i)
		if name, ok := strings.CutPrefix(c.Field, "properties."); ok {
			if !propertyPattern.MatchString(name) {
				p.invalid(f+".field", "property.malformed", "%s.field %q must name a property as FollowTheMoney names them", f, c.Field)
			}
		} else {
			p.oneOf(f+".field", c.Field, append(slices.Clone(changeFields), "properties.<name>"))
		}
		if seen[c.Field] {
			p.invalid(f+".field", "change.duplicate", "%s.field %q is changed twice", f, c.Field)
		}
		seen[c.Field] = true
		if slices.Equal(c.Old, c.New) {
			p.invalid(f, "change.none", "%s changes %s to the values it had", f, c.Field)
		}
	}
}

// notBefore reports an EffectiveNotBefore after the date it bounds.
func (p *problems) notBefore(notBefore, effectiveOn Date) {
	if !notBefore.IsZero() {
		p.ordered("effectiveNotBefore", notBefore, "effectiveOn", effectiveOn)
	}
}

// Designate decides a DesignateParty command. measureExists tells whether
// the measure named by cmd.MeasureID exists (ignored when none is named).
func (d *Designation) Designate(cmd DesignateParty, measureExists bool, now time.Time) ([]Event, error) {
	var p problems
	p.id("designationId", cmd.DesignationID)
	p.party("party", cmd.Party)
	p.required("list", cmd.List)
	p.authority("listAuthority", cmd.ListAuthority)
	p.requiredDate("effectiveOn", cmd.EffectiveOn)
	p.required("instrument.title", cmd.Instrument.Title)
	if !cmd.SavingsClauseUntil.IsZero() && cmd.SavingsClauseUntil.Before(cmd.EffectiveOn) {
		p.invalid("savingsClauseUntil", "dates.out_of_order", "savingsClauseUntil (%s) is before effectiveOn (%s)", cmd.SavingsClauseUntil, cmd.EffectiveOn)
	}
	if cmd.MeasureID != "" {
		p.id("measureId", cmd.MeasureID)
	}
	p.notBefore(cmd.EffectiveNotBefore, cmd.EffectiveOn)
	for i, prog := range cmd.Programs {
		p.required(fmt.Sprintf("programs[%d]", i), prog)
	}
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if cmd.MeasureID != "" && !measureExists {
		return nil, &RuleError{Kind: ErrNotFound, Rule: "measure.not_found", Field: "measureId",
			Message: fmt.Sprintf("measure %q does not exist", cmd.MeasureID)}
	}
	if d.Exists() {
		return nil, &RuleError{Kind: ErrConflict, Rule: "designation.already_exists", Field: "designationId",
			Message: fmt.Sprintf("designation %q already exists", cmd.DesignationID)}
	}
	return []Event{PartyDesignated(cmd)}, nil
}

func (d *Designation) mustExist(id string) error {
	if !d.Exists() {
		return &RuleError{Kind: ErrNotFound, Rule: "designation.not_found", Field: "designationId",
			Message: fmt.Sprintf("designation %q does not exist", id)}
	}
	return d.notRetracted(Ref{KindDesignation, id})
}

// mustApplyOn reports a date outside the designation's life.
func (d *Designation) mustApplyOn(p *problems, field string, day Date) {
	p.ordered("the designation's effectiveOn", d.Designated.EffectiveOn, field, day)
	if d.Delisted != nil && !day.Before(d.Delisted.EffectiveOn) {
		p.invalid(field, "designation.delisted", "the party was delisted on %s, on or before %s (%s)", d.Delisted.EffectiveOn, field, day)
	}
}

// Amend decides an AmendDesignation command.
func (d *Designation) Amend(cmd AmendDesignation, now time.Time) ([]Event, error) {
	var p problems
	p.id("designationId", cmd.DesignationID)
	p.id("amendmentId", cmd.AmendmentID)
	p.requiredDate("effectiveOn", cmd.EffectiveOn)
	p.required("instrument.title", cmd.Instrument.Title)
	p.required("summary", cmd.Summary)
	if cmd.LicenceRequirement == "" && cmd.ReviewPolicy == "" && len(cmd.Footnotes) == 0 && len(cmd.Changes) == 0 && cmd.Raw == "" {
		p.invalid("", "amendment.empty", "an amendment must change the licence requirement, the review policy, the footnotes or the listed entry (changes or raw)")
	}
	p.changes("changes", cmd.Changes)
	p.notBefore(cmd.EffectiveNotBefore, cmd.EffectiveOn)
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if err := d.mustExist(cmd.DesignationID); err != nil {
		return nil, err
	}
	for _, a := range d.Amendments {
		if a.AmendmentID == cmd.AmendmentID {
			return nil, &RuleError{Kind: ErrConflict, Rule: "amendment.duplicate", Field: "amendmentId",
				Message: fmt.Sprintf("amendment %q of designation %q is already recorded", cmd.AmendmentID, cmd.DesignationID)}
		}
	}
	d.mustApplyOn(&p, "effectiveOn", cmd.EffectiveOn)
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{DesignationAmended(cmd)}, nil
}

// Delist decides a DelistParty command.
func (d *Designation) Delist(cmd DelistParty, now time.Time) ([]Event, error) {
	var p problems
	p.id("designationId", cmd.DesignationID)
	p.requiredDate("effectiveOn", cmd.EffectiveOn)
	p.required("instrument.title", cmd.Instrument.Title)
	p.notBefore(cmd.EffectiveNotBefore, cmd.EffectiveOn)
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if err := d.mustExist(cmd.DesignationID); err != nil {
		return nil, err
	}
	if d.Delisted != nil {
		return nil, &RuleError{Kind: ErrConflict, Rule: "designation.already_delisted", Field: "designationId",
			Message: fmt.Sprintf("the party was already delisted on %s", d.Delisted.EffectiveOn)}
	}
	d.mustApplyOn(&p, "effectiveOn", cmd.EffectiveOn)
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{PartyDelisted(cmd)}, nil
}
