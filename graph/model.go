package graph

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/projections"
)

// MarshalDate writes a domain.Date as "YYYY-MM-DD" (null when unset).
func MarshalDate(d domain.Date) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		if d.IsZero() {
			io.WriteString(w, "null")
			return
		}
		io.WriteString(w, strconv.Quote(d.String()))
	})
}

// UnmarshalDate reads a "YYYY-MM-DD" string.
func UnmarshalDate(v any) (domain.Date, error) {
	s, ok := v.(string)
	if !ok {
		return domain.Date{}, &coercionError{fmt.Sprintf("a Date must be a string of the form YYYY-MM-DD, not %T", v)}
	}
	d, err := domain.ParseDate(s)
	if err != nil {
		return domain.Date{}, &coercionError{err.Error()}
	}
	return d, nil
}

// MarshalTime writes an instant in RFC 3339 with as many fractional digits
// as it has (null when unset).
func MarshalTime(t time.Time) graphql.Marshaler {
	return graphql.MarshalTime(t)
}

// UnmarshalTime reads an instant in RFC 3339 ("2024-01-31T12:00:00Z", with
// a fraction of a second and any offset). A time that does not exist (the
// 30th of February) or whose year has more than four digits is refused as a
// client error naming the rule; gqlgen's own Time scalar let these through
// as internal errors.
func UnmarshalTime(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, &coercionError{fmt.Sprintf("a Time must be an RFC 3339 string such as 2024-01-31T12:00:00Z, not %T", v)}
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, &coercionError{fmt.Sprintf("%q is not an RFC 3339 time such as 2024-01-31T12:00:00Z (a real date, a four-digit year, an offset): %s", s, parseProblem(err))}
	}
	return t, nil
}

// parseProblem is the part of a time.Parse error that says what is wrong,
// without repeating the layout.
func parseProblem(err error) string {
	var pe *time.ParseError
	if errors.As(err, &pe) && pe.Message != "" {
		return strings.TrimPrefix(pe.Message, ": ")
	}
	if errors.As(err, &pe) {
		return fmt.Sprintf("cannot read %q", pe.ValueElem)
	}
	return err.Error()
}

// MarshalEnum writes a domain enum value ("in_force") as a GraphQL enum
// value ("IN_FORCE").
func MarshalEnum(s string) graphql.Marshaler {
	return graphql.MarshalString(strings.ToUpper(s))
}

// UnmarshalEnum reads a GraphQL enum value ("IN_FORCE") as the domain's
// value ("in_force"). The GraphQL layer has checked it is one of the enum's
// values, but for variables it compares without case, where the GraphQL
// specification says enum values are names and names are case-sensitive:
// every value of the schema's enums is upper case, so a value that is not
// is refused here ("export_control" is not EXPORT_CONTROL).
func UnmarshalEnum(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", &coercionError{fmt.Sprintf("an enum value must be a string, not %T", v)}
	}
	if up := strings.ToUpper(s); s != up {
		return "", &coercionError{fmt.Sprintf("%q is not a value of the enum: enum values are case-sensitive (did you mean %s?)", s, up)}
	}
	return strings.ToLower(s), nil
}

// MarshalRawJSON writes a JSON value as it is.
func MarshalRawJSON(v json.RawMessage) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		if len(v) == 0 {
			io.WriteString(w, "null")
			return
		}
		w.Write(v)
	})
}

// UnmarshalRawJSON reads any JSON value.
func UnmarshalRawJSON(v any) (json.RawMessage, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, &coercionError{fmt.Sprintf("not a JSON value: %v", err)}
	}
	return b, nil
}

// recordBase is what every record shows besides its own facts.
type recordBase struct {
	ref   domain.Ref
	Basis projections.Basis
	known uint64
	ver   int64
	know  domain.Knowledge
}

// ID returns the global ID of this state of the record.
func (r *recordBase) ID() string { return nodeID(r.ref, r.Basis) }

// RecordID returns the record's own ID.
func (r *recordBase) RecordID() string { return r.ref.ID }

// IsNode marks records as Nodes.
func (*recordBase) IsNode() {}

// IsRecord marks records as Records.
func (*recordBase) IsRecord() {}

// RecordKind returns the record's kind.
func (r *recordBase) RecordKind() string { return r.ref.Kind }

// Version returns the record's stream version at the basis.
func (r *recordBase) Version() int64 { return r.ver }

// KnownSince returns the position this version became known at.
func (r *recordBase) KnownSince() uint64 { return r.known }

// Corrections returns the corrections known at the basis.
func (r *recordBase) Corrections() []domain.RecordCorrected { return r.know.Corrections }

// Retraction returns the retraction of the whole record, if any.
func (r *recordBase) Retraction() *domain.RecordRetracted { return r.know.Retraction }

// SourceConflicts returns the noted conflicts between sources.
func (r *recordBase) SourceConflicts() []domain.SourceConflictNoted { return r.know.Conflicts }

func (r *recordBase) base() *recordBase { return r }

// record is what the resolvers need of every record type.
type record interface {
	Record
	base() *recordBase
}

// Measure is a measure as the API shows it: the announced facts, the state
// known at the basis, and its status and content at the valid time.
type Measure struct {
	*domain.MeasureAnnounced
	recordBase
	view *projections.MeasureView
}

func newMeasure(b projections.Basis, v projections.MeasureView) *Measure {
	return &Measure{MeasureAnnounced: v.Announced, view: &v,
		recordBase: recordBase{ref: domain.Ref{Kind: domain.KindMeasure, ID: v.Announced.MeasureID}, Basis: b, known: v.KnownSince, ver: v.Version, know: v.Knowledge}}
}

// Status returns the status at the valid time.
func (m *Measure) Status() string { return m.view.Status }

// ProvisionStates returns each provision's status at the valid time.
func (m *Measure) ProvisionStates() []domain.ProvisionStatus { return m.view.Provisions }

// ContentItems returns the items at the valid time.
func (m *Measure) ContentItems() []domain.Item { return m.view.Content.Items }

// ContentAffected returns the affected jurisdictions at the valid time.
func (m *Measure) ContentAffected() []domain.AffectedJurisdiction { return m.view.Content.Affected }

// Amendments returns the amendments recorded for the measure.
func (m *Measure) Amendments() []domain.MeasureAmended { return m.view.Measure.Amendments }

// DatesInForce are the measure's dates at the valid time, as amendments
// in effect by then moved them.
func (m *Measure) DatesInForce() []domain.DateInForce { return m.view.Content.Dates }

// Suspensions returns the suspensions recorded for the measure, with their
// ends.
func (m *Measure) Suspensions() []Suspension {
	out := make([]Suspension, len(m.view.Measure.Suspensions))
	for i, s := range m.view.Measure.Suspensions {
		out[i] = Suspension{MeasureSuspended: s}
		for _, e := range m.view.SuspensionEnds {
			if e.SuspensionID == s.SuspensionID {
				out[i].End = &e
			}
		}
	}
	return out
}

// Revocation returns the revocation, if recorded.
func (m *Measure) Revocation() *domain.MeasureRevoked { return m.view.Revoked }

// Expiry returns the expiry, if recorded.
func (m *Measure) Expiry() *domain.MeasureExpired { return m.view.Expired }

// Suspension is a suspension with its recorded end.
type Suspension struct {
	domain.MeasureSuspended
	End *domain.SuspensionEnded
}

// Designation is a designation at a basis.
type Designation struct {
	*domain.PartyDesignated
	recordBase
	view *projections.DesignationView
}

func newDesignation(b projections.Basis, v projections.DesignationView) *Designation {
	return &Designation{PartyDesignated: v.Designated, view: &v,
		recordBase: recordBase{ref: domain.Ref{Kind: domain.KindDesignation, ID: v.Designated.DesignationID}, Basis: b, known: v.KnownSince, ver: v.Version, know: v.Knowledge}}
}

// Party returns the party as the designation describes it at the valid
// time (the list's amendments in effect applied).
func (d *Designation) Party() domain.Party { return d.view.Listing.Party }

// Programs returns the programs the entry is listed under at the valid time.
func (d *Designation) Programs() []string { return d.view.Listing.Programs }

// Remarks returns the list's remarks on the entry at the valid time.
func (d *Designation) Remarks() *string { return optional(d.view.Listing.Remarks) }

// ListEntryID returns the list's own ID of the entry, if it has one.
func (d *Designation) ListEntryID() *string { return optional(d.PartyDesignated.ListEntryID) }

// Raw returns the entry as the list's file last gave it, as known at the
// basis.
func (d *Designation) Raw() *string {
	raw := d.PartyDesignated.Raw
	for _, a := range d.view.Amendments {
		if a.Raw != "" {
			raw = a.Raw
		}
	}
	return optional(raw)
}

// Status returns the designation's status at the valid time.
func (d *Designation) Status() string { return d.view.Status }

// LicenceRequirement returns the licence requirement at the valid time.
func (d *Designation) LicenceRequirement() string { return d.view.Terms.LicenceRequirement }

// ReviewPolicy returns the review policy at the valid time.
func (d *Designation) ReviewPolicy() string { return d.view.Terms.ReviewPolicy }

// Footnotes returns the footnotes at the valid time.
func (d *Designation) Footnotes() []string { return d.view.Terms.Footnotes }

// DelistedOn returns the date the party was delisted, if recorded.
func (d *Designation) DelistedOn() domain.Date {
	if d.view.Delisted == nil {
		return domain.Date{}
	}
	return d.view.Delisted.EffectiveOn
}

// Transaction is a transaction at a basis.
type Transaction struct {
	domain.TransactionAnnounced
	recordBase
	view *projections.TransactionView
}

func newTransaction(b projections.Basis, v projections.TransactionView) *Transaction {
	return &Transaction{TransactionAnnounced: v.TransactionAnnounced, view: &v,
		recordBase: recordBase{ref: domain.Ref{Kind: domain.KindTransaction, ID: v.TransactionID}, Basis: b, known: v.KnownSince, ver: v.Version, know: v.Knowledge}}
}

// Status returns what happened last by the valid time.
func (t *Transaction) Status() string { return t.view.Status }

// Termination returns the termination by the valid time, if any.
func (t *Transaction) Termination() *domain.TransactionTerminated { return t.view.Terminated }

// Completion returns the completion by the valid time, if any.
func (t *Transaction) Completion() *domain.TransactionCompleted { return t.view.Completed }

// Reviews returns the reviews opened or concluded by the valid time, in the
// order they were first recorded.
func (t *Transaction) Reviews() []Review {
	var out []Review
	find := func(id string) *Review {
		for i := range out {
			if out[i].ID == id {
				return &out[i]
			}
		}
		out = append(out, Review{ID: id})
		return &out[len(out)-1]
	}
	for _, o := range t.view.Opened {
		r := find(o.ReviewID)
		r.Authority, r.Regime, r.OpenedOn = o.Authority, o.Regime, o.OpenedOn
		trigger := o.Trigger
		r.Trigger = &trigger
	}
	for _, c := range t.view.Reviews {
		r := find(c.ReviewID)
		r.Authority, r.Regime = c.Authority, c.Regime
		r.Conclusion = &c
	}
	return out
}

// Review is an authority's review: its opening, if recorded, and its
// conclusion, if any by the valid time.
type Review struct {
	ID         string
	Authority  domain.Authority
	Regime     string
	Trigger    *string
	OpenedOn   domain.Date
	Conclusion *domain.ReviewConcluded
}

// Outcome returns how the review ended, or nil while it is open.
func (r *Review) Outcome() *string {
	if r.Conclusion == nil {
		return nil
	}
	return &r.Conclusion.Outcome
}

// ConcludedOn returns the date of the conclusion, if any.
func (r *Review) ConcludedOn() domain.Date {
	if r.Conclusion == nil {
		return domain.Date{}
	}
	return r.Conclusion.ConcludedOn
}

// Instrument returns the instrument of the decision, if any.
func (r *Review) Instrument() *domain.Instrument {
	if r.Conclusion == nil {
		return nil
	}
	return r.Conclusion.Instrument
}

// Conditions returns the conditions of a clearance.
func (r *Review) Conditions() []string {
	if r.Conclusion == nil {
		return nil
	}
	return r.Conclusion.Conditions
}

// Summary returns the summary of the conclusion.
func (r *Review) Summary() string {
	if r.Conclusion == nil {
		return ""
	}
	return r.Conclusion.Summary
}

// Sources returns the sources of the conclusion.
func (r *Review) Sources() []domain.Source {
	if r.Conclusion == nil {
		return nil
	}
	return r.Conclusion.Sources
}

// EnforcementAction is an enforcement action at a basis.
type EnforcementAction struct {
	domain.EnforcementActionOpened
	recordBase
	view *projections.EnforcementView
}

func newEnforcementAction(b projections.Basis, v projections.EnforcementView) *EnforcementAction {
	return &EnforcementAction{EnforcementActionOpened: v.EnforcementActionOpened, view: &v,
		recordBase: recordBase{ref: domain.Ref{Kind: domain.KindEnforcement, ID: v.ActionID}, Basis: b, known: v.KnownSince, ver: v.Version, know: v.Knowledge}}
}

// Findings returns the findings issued by the valid time.
func (e *EnforcementAction) Findings() []domain.EnforcementFindingIssued { return e.view.Findings }

// Closed reports whether a final finding was issued by the valid time.
func (e *EnforcementAction) Closed() bool { return e.view.Closed }

// Dialogue is a dialogue at a basis.
type Dialogue struct {
	domain.DialogueEstablished
	recordBase
	view *projections.DialogueView
}

func newDialogue(b projections.Basis, v projections.DialogueView) *Dialogue {
	return &Dialogue{DialogueEstablished: v.DialogueEstablished, view: &v,
		recordBase: recordBase{ref: domain.Ref{Kind: domain.KindDialogue, ID: v.DialogueID}, Basis: b, known: v.KnownSince, ver: v.Version, know: v.Knowledge}}
}

// SourceDocument is a registered source document at a basis.
type SourceDocument struct {
	domain.SourceDocumentRegistered
	recordBase
}

// List returns the list the document is a snapshot of, if any.
func (s *SourceDocument) List() *string { return optional(s.SourceDocumentRegistered.List) }

// Bytes returns the captured document's size, if known.
func (s *SourceDocument) Bytes() *int64 {
	if s.SourceDocumentRegistered.Bytes == 0 {
		return nil
	}
	return &s.SourceDocumentRegistered.Bytes
}

// Entries returns a list snapshot's number of entries.
func (s *SourceDocument) Entries() *int {
	if s.SourceDocumentRegistered.Entries == 0 {
		return nil
	}
	return &s.SourceDocumentRegistered.Entries
}

func newSourceDocument(b projections.Basis, v projections.SourceView) *SourceDocument {
	return &SourceDocument{SourceDocumentRegistered: v.SourceDocumentRegistered,
		recordBase: recordBase{ref: domain.Ref{Kind: domain.KindSource, ID: v.SourceID}, Basis: b, known: v.KnownSince, ver: v.Version, know: v.Knowledge}}
}

// Link is a link between two records at a basis.
type Link struct {
	projections.LinkView
	basis projections.Basis
}

// Meeting is a meeting of a dialogue at a basis.
type Meeting struct {
	domain.MeetingHeld
	basis projections.Basis
}

// RecordSummary is a record named in a view, with the view's basis so that
// the record itself can be read at the same point.
type RecordSummary struct {
	projections.RecordSummary
	basis projections.Basis
}

// StatusName returns the status in the API's enum spelling (IN_FORCE).
func (s *RecordSummary) StatusName() string { return strings.ToUpper(s.Status) }
