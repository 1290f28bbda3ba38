package domain

import (
	"encoding/json"
	"fmt"
	"time"
)

// LinkRelations lists how one record can relate to another. "results_from"
// links a record to the one it came out of (a measure to the enforcement
// finding that decided it).
var LinkRelations = []string{"retaliates_against", "responds_to", "coordinated_with", "supersedes", "suspended_in_exchange_for", "results_from"}

// LinkAsserters lists who can assert a link.
var LinkAsserters = []string{"official_text", "official_statement", "analyst", "press"}

// MeasuresLinked records a relation between two records (a measure answering
// another, a finding leading to a measure, a suspension agreed in exchange
// for another) and who says so.
type MeasuresLinked struct {
	LinkID     string   `json:"linkId"`
	From       Ref      `json:"from"`
	To         Ref      `json:"to"`
	Relation   string   `json:"relation"`
	AssertedBy string   `json:"assertedBy"`
	Evidence   string   `json:"evidence"`
	Sources    []Source `json:"sources"`
}

// measuresLinkedV1 is the first version, which linked measures only.
type measuresLinkedV1 struct {
	LinkID        string   `json:"linkId"`
	FromMeasureID string   `json:"fromMeasureId"`
	ToMeasureID   string   `json:"toMeasureId"`
	Relation      string   `json:"relation"`
	AssertedBy    string   `json:"assertedBy"`
	Evidence      string   `json:"evidence"`
	Sources       []Source `json:"sources"`
}

func upcastMeasuresLinkedV1(data []byte) (string, []byte, error) {
	var v1 measuresLinkedV1
	if err := json.Unmarshal(data, &v1); err != nil {
		return "", nil, err
	}
	v2, err := json.Marshal(MeasuresLinked{
		LinkID: v1.LinkID, From: Ref{KindMeasure, v1.FromMeasureID}, To: Ref{KindMeasure, v1.ToMeasureID},
		Relation: v1.Relation, AssertedBy: v1.AssertedBy, Evidence: v1.Evidence, Sources: v1.Sources,
	})
	return TypeMeasuresLinked, v2, err
}

// LinkRetracted records that a link no longer holds as asserted (the
// assertion was withdrawn or disproved). The link stays in history.
type LinkRetracted struct {
	LinkID  string   `json:"linkId"`
	Reason  string   `json:"reason"`
	Sources []Source `json:"sources"`
}

func (MeasuresLinked) EventType() string   { return TypeMeasuresLinked }
func (LinkRetracted) EventType() string    { return TypeLinkRetracted }
func (e MeasuresLinked) Subject() Ref      { return Ref{KindLink, e.LinkID} }
func (e LinkRetracted) Subject() Ref       { return Ref{KindLink, e.LinkID} }
func (measuresLinkedV1) EventType() string { return TypeMeasuresLinkedV1 }

type (
	// LinkRecords records a relation between two records.
	LinkRecords MeasuresLinked
	// RetractLink withdraws a link.
	RetractLink LinkRetracted
)

// linkCommands are the commands on links, each about the link its LinkID
// names. The linked records are read, not written: a link stands on its own
// stream.
var linkCommands = []*CommandType{
	reading("LinkRecords", func(c LinkRecords) Ref { return Ref{KindLink, c.LinkID} },
		func(l *Link, c LinkRecords, h History, now time.Time) ([]Event, error) {
			from, err := h.Exists(c.From)
			if err != nil {
				return nil, err
			}
			to, err := h.Exists(c.To)
			if err != nil {
				return nil, err
			}
			return l.Record(c, from, to, now)
		}),
	decidedBy("RetractLink", func(c RetractLink) Ref { return Ref{KindLink, c.LinkID} }, (*Link).Retract),
}

// Link is the aggregate of one link's stream.
type Link struct {
	Knowledge
	Version   int64
	Linked    *MeasuresLinked
	Withdrawn *LinkRetracted
}

// Exists reports whether the link was recorded.
func (l *Link) Exists() bool { return l.Linked != nil }

// Apply folds one event of the link's stream into the aggregate.
func (l *Link) Apply(ev Event) {
	l.Version++
	if l.applyKnowledge(ev) {
		return
	}
	switch e := ev.(type) {
	case MeasuresLinked:
		l.Linked = &e
	case LinkRetracted:
		l.Withdrawn = &e
	}
}

// Record decides a LinkRecords command, given whether the two records it
// links exist in the ledger.
func (l *Link) Record(cmd LinkRecords, fromExists, toExists bool, now time.Time) ([]Event, error) {
	var p problems
	p.id("linkId", cmd.LinkID)
	p.ref("from", cmd.From)
	p.ref("to", cmd.To)
	p.oneOf("relation", cmd.Relation, LinkRelations)
	p.oneOf("assertedBy", cmd.AssertedBy, LinkAsserters)
	p.required("evidence", cmd.Evidence)
	p.sources("sources", cmd.Sources)
	if cmd.From.ID != "" && cmd.From == cmd.To {
		p.invalid("to", "link.self", "a record cannot be linked to itself (%s)", cmd.To)
	}
	if cmd.From.Kind == KindLink {
		p.invalid("from", "link.of_link", "a link joins two records, not links")
	}
	if cmd.To.Kind == KindLink {
		p.invalid("to", "link.of_link", "a link joins two records, not links")
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	if !fromExists {
		p.add(ErrNotFound, "from", "record.not_found", "%s does not exist", cmd.From)
	}
	if !toExists {
		p.add(ErrNotFound, "to", "record.not_found", "%s does not exist", cmd.To)
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	if l.Exists() {
		return nil, &RuleError{Kind: ErrConflict, Rule: "link.already_exists", Field: "linkId",
			Message: fmt.Sprintf("link %q already exists", cmd.LinkID)}
	}
	return []Event{MeasuresLinked(cmd)}, nil
}

// Retract decides a RetractLink command.
func (l *Link) Retract(cmd RetractLink, now time.Time) ([]Event, error) {
	var p problems
	p.id("linkId", cmd.LinkID)
	p.required("reason", cmd.Reason)
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if !l.Exists() {
		return nil, &RuleError{Kind: ErrNotFound, Rule: "link.not_found", Field: "linkId",
			Message: fmt.Sprintf("link %q does not exist", cmd.LinkID)}
	}
	if err := l.notRetracted(Ref{KindLink, cmd.LinkID}); err != nil {
		return nil, err
	}
	if l.Withdrawn != nil {
		return nil, &RuleError{Kind: ErrConflict, Rule: "link.already_retracted", Field: "linkId",
			Message: fmt.Sprintf("link %q is already retracted: %s", cmd.LinkID, l.Withdrawn.Reason)}
	}
	return []Event{LinkRetracted(cmd)}, nil
}
