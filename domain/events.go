package domain

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Event is a recorded fact. Its type name is frozen once written.
type Event interface {
	// EventType returns the stored, versioned type name.
	EventType() string
}

// Stored event type names. Never change one: a new shape is a new version.
const (
	TypeMeasureAnnounced     = "measure_announced.v1"
	TypeMeasureSuspended     = "measure_suspended.v1"
	TypeMeasureRevoked       = "measure_revoked.v1"
	TypeMeasuresLinked       = "measures_linked.v1"
	TypeDialogueEstablished  = "dialogue_established.v1"
	TypeMeetingHeld          = "meeting_held.v1"
	TypeTransactionAnnounced = "transaction_announced.v1"
	TypeReviewConcluded      = "review_concluded.v1"
)

// AffectedJurisdiction is a jurisdiction a measure bears on, and how.
type AffectedJurisdiction struct {
	Jurisdiction string `json:"jurisdiction"`
	// How is one of AffectedHows.
	How string `json:"how"`
}

// Ways a measure affects a jurisdiction.
var AffectedHows = []string{"targeted", "named_parties", "reported_target"}

// Item is a good, technology or service a measure covers, by a code in a
// classification scheme (ECCN, HS, CN export-control list ...).
type Item struct {
	Scheme      string `json:"scheme,omitempty"`
	Code        string `json:"code,omitempty"`
	Description string `json:"description"`
}

// Provision is a part of a measure with its own effective date.
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

// MeasureRevoked records that a measure ends from a date.
type MeasureRevoked struct {
	MeasureID   string      `json:"measureId"`
	EffectiveOn Date        `json:"effectiveOn"`
	Instrument  *Instrument `json:"instrument,omitempty"`
	Reason      string      `json:"reason,omitempty"`
	Sources     []Source    `json:"sources"`
}

// Link relations.
var LinkRelations = []string{"retaliates_against", "responds_to", "coordinated_with", "supersedes", "suspended_in_exchange_for"}

// Who asserted a link.
var LinkAsserters = []string{"official_text", "official_statement", "analyst", "press"}

// MeasuresLinked records a relation between two measures and who says so.
type MeasuresLinked struct {
	LinkID        string   `json:"linkId"`
	FromMeasureID string   `json:"fromMeasureId"`
	ToMeasureID   string   `json:"toMeasureId"`
	Relation      string   `json:"relation"`
	AssertedBy    string   `json:"assertedBy"`
	Evidence      string   `json:"evidence"`
	Sources       []Source `json:"sources"`
}

// MeetingRef names a meeting held under a dialogue.
type MeetingRef struct {
	DialogueID string `json:"dialogueId"`
	MeetingID  string `json:"meetingId"`
}

// DialogueEstablished records a consultation mechanism.
type DialogueEstablished struct {
	DialogueID    string  `json:"dialogueId"`
	Name          string  `json:"name"`
	Parties       []Party `json:"parties"`
	Level         string  `json:"level"`
	Cadence       string  `json:"cadence,omitempty"`
	Purpose       string  `json:"purpose,omitempty"`
	EstablishedOn Date    `json:"establishedOn"`
	// EstablishedAt is the meeting that set the dialogue up, if any.
	EstablishedAt *MeetingRef `json:"establishedAt,omitempty"`
	Sources       []Source    `json:"sources"`
}

// Participant is someone who took part in a meeting.
type Participant struct {
	Name         string `json:"name"`
	Role         string `json:"role,omitempty"`
	Jurisdiction string `json:"jurisdiction,omitempty"`
}

// MeetingHeld records a meeting under a dialogue.
type MeetingHeld struct {
	DialogueID   string        `json:"dialogueId"`
	MeetingID    string        `json:"meetingId"`
	Title        string        `json:"title"`
	HeldOn       Date          `json:"heldOn"`
	Place        string        `json:"place"`
	Level        string        `json:"level,omitempty"`
	Participants []Participant `json:"participants"`
	Outcomes     []string      `json:"outcomes"`
	Sources      []Source      `json:"sources"`
}

// Money is an amount in a currency.
type Money struct {
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
}

// TransactionAnnounced records a merger, acquisition or investment that
// may come under review.
type TransactionAnnounced struct {
	TransactionID string  `json:"transactionId"`
	Title         string  `json:"title"`
	Acquirers     []Party `json:"acquirers"`
	Target        Party   `json:"target"`
	Value         *Money  `json:"value,omitempty"`
	AnnouncedOn   Date    `json:"announcedOn"`
	// OutsideDate is the date after which either party may walk away.
	OutsideDate Date     `json:"outsideDate,omitzero"`
	Sources     []Source `json:"sources"`
}

// Review outcomes.
const (
	OutcomeCleared                 = "cleared"
	OutcomeClearedWithConditions   = "cleared_with_conditions"
	OutcomeProhibited              = "prohibited"
	OutcomeDivestmentOrdered       = "divestment_ordered"
	OutcomeNoDecisionByOutsideDate = "no_decision_by_outside_date"
	OutcomeWithdrawn               = "withdrawn"
)

// ReviewOutcomes lists how a review can end.
var ReviewOutcomes = []string{OutcomeCleared, OutcomeClearedWithConditions, OutcomeProhibited, OutcomeDivestmentOrdered, OutcomeNoDecisionByOutsideDate, OutcomeWithdrawn}

// ReviewConcluded records how an authority's review of a transaction ended.
type ReviewConcluded struct {
	TransactionID string      `json:"transactionId"`
	Authority     Authority   `json:"authority"`
	Regime        string      `json:"regime"`
	Outcome       string      `json:"outcome"`
	ConcludedOn   Date        `json:"concludedOn"`
	Instrument    *Instrument `json:"instrument,omitempty"`
	Conditions    []string    `json:"conditions,omitempty"`
	Summary       string      `json:"summary"`
	Sources       []Source    `json:"sources"`
}

func (MeasureAnnounced) EventType() string     { return TypeMeasureAnnounced }
func (MeasureSuspended) EventType() string     { return TypeMeasureSuspended }
func (MeasureRevoked) EventType() string       { return TypeMeasureRevoked }
func (MeasuresLinked) EventType() string       { return TypeMeasuresLinked }
func (DialogueEstablished) EventType() string  { return TypeDialogueEstablished }
func (MeetingHeld) EventType() string          { return TypeMeetingHeld }
func (TransactionAnnounced) EventType() string { return TypeTransactionAnnounced }
func (ReviewConcluded) EventType() string      { return TypeReviewConcluded }

// decoders maps each stored type name to a function decoding its payload.
var decoders = map[string]func([]byte) (Event, error){
	TypeMeasureAnnounced:     decodeAs[MeasureAnnounced],
	TypeMeasureSuspended:     decodeAs[MeasureSuspended],
	TypeMeasureRevoked:       decodeAs[MeasureRevoked],
	TypeMeasuresLinked:       decodeAs[MeasuresLinked],
	TypeDialogueEstablished:  decodeAs[DialogueEstablished],
	TypeMeetingHeld:          decodeAs[MeetingHeld],
	TypeTransactionAnnounced: decodeAs[TransactionAnnounced],
	TypeReviewConcluded:      decodeAs[ReviewConcluded],
}

func decodeAs[T Event](data []byte) (Event, error) {
	var ev T
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&ev); err != nil {
		return nil, err
	}
	return ev, nil
}

// EventTypes returns every stored type name the domain decodes.
func EventTypes() []string {
	out := make([]string, 0, len(decoders))
	for t := range decoders {
		out = append(out, t)
	}
	return out
}

// Decode turns a stored payload back into its event.
func Decode(eventType string, data []byte) (Event, error) {
	dec, ok := decoders[eventType]
	if !ok {
		return nil, fmt.Errorf("decode event: unknown type %q", eventType)
	}
	ev, err := dec(data)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", eventType, err)
	}
	return ev, nil
}

// Encode returns the stored payload of an event.
func Encode(ev Event) ([]byte, error) {
	b, err := json.Marshal(ev)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", ev.EventType(), err)
	}
	return b, nil
}

// Metadata is the envelope data recorded with every event.
type Metadata struct {
	// Actor is who recorded the event.
	Actor string `json:"actor"`
	// CorrelationID groups the events of one request.
	CorrelationID string `json:"correlationId,omitempty"`
	// CausationID is the command or event that caused this one.
	CausationID string `json:"causationId,omitempty"`
	// Command is the name of the command that produced the event.
	Command string `json:"command,omitempty"`
}

// Stream kinds.
const (
	KindMeasure     = "measure"
	KindLink        = "link"
	KindDialogue    = "dialogue"
	KindTransaction = "transaction"
)

// StreamName is the one place stream names are built. Nothing parses them
// back: IDs travel in the payloads.
func StreamName(kind, id string) string { return kind + "-" + id }
