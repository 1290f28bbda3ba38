package domain

// AffectedJurisdiction is a jurisdiction a measure bears on, and how.
type AffectedJurisdiction struct {
	Jurisdiction string `json:"jurisdiction"`
	// How is one of AffectedHows.
	How string `json:"how"`
}

// AffectedHows lists the ways a measure affects a jurisdiction.
var AffectedHows = []string{"targeted", "named_parties", "reported_target"}

// Item is a good, technology or service a measure covers, by a code in a
// classification scheme (ECCN, HS, CN export-control list ...).
type Item struct {
	Scheme      string `json:"scheme,omitempty"`
	Code        string `json:"code,omitempty"`
	Description string `json:"description"`
}

// Provision is a part of a measure with its own effective date. A zero
// EffectiveOn means the date is not set yet (a later notice sets it, see
// ProvisionEffective).
type Provision struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	EffectiveOn Date   `json:"effectiveOn"`
}

// MeasureTypes lists the kinds of measure the ledger records.
var MeasureTypes = []string{
	"export_control", "export_ban", "entity_listing", "end_use_control",
	"foreign_direct_product_rule", "import_ban", "procurement_restriction",
	"investment_restriction",
}

// MeasureAnnounced records a new measure with its provisions.
type MeasureAnnounced struct {
	MeasureID    string                 `json:"measureId"`
	Title        string                 `json:"title"`
	Summary      string                 `json:"summary,omitempty"`
	Authority    Authority              `json:"authority"`
	Implementing string                 `json:"implementingJurisdiction"`
	Affected     []AffectedJurisdiction `json:"affected"`
	// CountryNeutral is true when the text names no target country.
	CountryNeutral bool        `json:"countryNeutral"`
	MeasureType    string      `json:"measureType"`
	Items          []Item      `json:"items"`
	Provisions     []Provision `json:"provisions"`
	Instrument     Instrument  `json:"instrument"`
	AnnouncedOn    Date        `json:"announcedOn"`
	Dates          []DatedFact `json:"dates,omitempty"`
	Sources        []Source    `json:"sources"`
}

// ProvisionEffective records the effective date of a provision announced
// without one.
type ProvisionEffective struct {
	MeasureID   string     `json:"measureId"`
	ProvisionID string     `json:"provisionId"`
	EffectiveOn Date       `json:"effectiveOn"`
	Instrument  Instrument `json:"instrument"`
	Sources     []Source   `json:"sources"`
}

// MeasureAmended records a change of the law: from EffectiveOn the measure
// covers other items, affects other jurisdictions, gains provisions or loses
// some. Empty fields leave that part unchanged.
type MeasureAmended struct {
	MeasureID   string `json:"measureId"`
	AmendmentID string `json:"amendmentId"`
	// AnnouncedOn is the date the amendment was made public (released or
	// published); zero for amendments recorded without it, which count as
	// announced on EffectiveOn. Before it (and before EffectiveOn, for an
	// amendment that takes effect before it is announced) the amendment is
	// invisible: its provisions are not listed, its ends not shown.
	AnnouncedOn Date       `json:"announcedOn,omitzero"`
	EffectiveOn Date       `json:"effectiveOn"`
	Instrument  Instrument `json:"instrument"`
	Summary     string     `json:"summary"`
	// Items, if not empty, replaces the list of items.
	Items []Item `json:"items,omitempty"`
	// Affected, if not empty, replaces the affected jurisdictions.
	Affected []AffectedJurisdiction `json:"affected,omitempty"`
	// AddProvisions adds provisions, each with its own effective date.
	AddProvisions []Provision `json:"addProvisions,omitempty"`
	// EndProvisions names provisions that stop applying from EffectiveOn.
	EndProvisions []string `json:"endProvisions,omitempty"`
	// MoveDates moves dates of the measure or of its provisions, from
	// EffectiveOn: a later rule that extends a comment deadline or delays
	// an effective date.
	MoveDates []DateMove `json:"moveDates,omitempty"`
	Sources   []Source   `json:"sources"`
}

// DateMove moves one date: a provision's effective date (ProvisionID set),
// or one of the measure's dates (Kind, one of the kinds of DatedFact).
type DateMove struct {
	ProvisionID string `json:"provisionId,omitempty"`
	Kind        string `json:"kind,omitempty"`
	// To is the new date.
	To Date `json:"to"`
}

// VisibleFrom is the first date the amendment is known to the world: its
// announcement or its effective date, whichever is earlier.
func (e MeasureAmended) VisibleFrom() Date {
	if !e.AnnouncedOn.IsZero() && e.AnnouncedOn.Before(e.EffectiveOn) {
		return e.AnnouncedOn
	}
	return e.EffectiveOn
}

// MeasureSuspended records that a measure, or some of its provisions, stop
// applying for a period.
type MeasureSuspended struct {
	MeasureID    string `json:"measureId"`
	SuspensionID string `json:"suspensionId"`
	// ProvisionIDs names the suspended provisions; empty means all.
	ProvisionIDs []string `json:"provisionIds,omitempty"`
	From         Date     `json:"from"`
	// Until is the first day the provisions apply again; zero means
	// open-ended.
	Until   Date     `json:"until,omitzero"`
	Reason  string   `json:"reason,omitempty"`
	Sources []Source `json:"sources"`
}

// How a suspension ended.
const (
	EndExpired     = "expired"
	EndLiftedEarly = "lifted_early"
	EndReinstated  = "reinstated"
)

// SuspensionEnds lists how a suspension can end.
var SuspensionEnds = []string{EndExpired, EndLiftedEarly, EndReinstated}

// SuspensionEnded records the end of a suspension: it expired at its
// planned end, was lifted early, or the measure was reinstated.
type SuspensionEnded struct {
	MeasureID    string `json:"measureId"`
	SuspensionID string `json:"suspensionId"`
	// EndedOn is the first day the provisions apply again.
	EndedOn Date     `json:"endedOn"`
	How     string   `json:"how"`
	Reason  string   `json:"reason,omitempty"`
	Sources []Source `json:"sources"`
}

// MeasureRevoked records that a measure ends from a date.
type MeasureRevoked struct {
	MeasureID   string      `json:"measureId"`
	EffectiveOn Date        `json:"effectiveOn"`
	Instrument  *Instrument `json:"instrument,omitempty"`
	Reason      string      `json:"reason,omitempty"`
	Sources     []Source    `json:"sources"`
}

// MeasureExpired records that a measure lapsed on a date (a sunset clause,
// a fixed term) without being revoked.
type MeasureExpired struct {
	MeasureID string   `json:"measureId"`
	ExpiredOn Date     `json:"expiredOn"`
	Reason    string   `json:"reason,omitempty"`
	Sources   []Source `json:"sources"`
}

func (MeasureAnnounced) EventType() string   { return TypeMeasureAnnounced }
func (ProvisionEffective) EventType() string { return TypeProvisionEffective }
func (MeasureAmended) EventType() string     { return TypeMeasureAmended }
func (MeasureSuspended) EventType() string   { return TypeMeasureSuspended }
func (SuspensionEnded) EventType() string    { return TypeSuspensionEnded }
func (MeasureRevoked) EventType() string     { return TypeMeasureRevoked }
func (MeasureExpired) EventType() string     { return TypeMeasureExpired }

func (e MeasureAnnounced) Subject() Ref   { return Ref{KindMeasure, e.MeasureID} }
func (e ProvisionEffective) Subject() Ref { return Ref{KindMeasure, e.MeasureID} }
func (e MeasureAmended) Subject() Ref     { return Ref{KindMeasure, e.MeasureID} }
func (e MeasureSuspended) Subject() Ref   { return Ref{KindMeasure, e.MeasureID} }
func (e SuspensionEnded) Subject() Ref    { return Ref{KindMeasure, e.MeasureID} }
func (e MeasureRevoked) Subject() Ref     { return Ref{KindMeasure, e.MeasureID} }
func (e MeasureExpired) Subject() Ref     { return Ref{KindMeasure, e.MeasureID} }
