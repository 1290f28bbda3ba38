package domain

import (
	"fmt"
	"time"
)

// LinkMeasures records a relation between two measures.
type LinkMeasures MeasuresLinked

// Link is the aggregate of one link's stream.
type Link struct {
	Version int64
	Linked  *MeasuresLinked
}

// Apply folds one event of the link's stream into the aggregate.
func (l *Link) Apply(ev Event) {
	l.Version++
	if e, ok := ev.(MeasuresLinked); ok {
		l.Linked = &e
	}
}

// Record decides a LinkMeasures command, given the two measures it links as
// they stand in the ledger.
func (l *Link) Record(cmd LinkMeasures, from, to *Measure, now time.Time) ([]Event, error) {
	var p problems
	p.id("linkId", cmd.LinkID)
	p.id("fromMeasureId", cmd.FromMeasureID)
	p.id("toMeasureId", cmd.ToMeasureID)
	p.oneOf("relation", cmd.Relation, LinkRelations)
	p.oneOf("assertedBy", cmd.AssertedBy, LinkAsserters)
	p.required("evidence", cmd.Evidence)
	p.sources("sources", cmd.Sources)
	if cmd.FromMeasureID != "" && cmd.FromMeasureID == cmd.ToMeasureID {
		p.invalid("toMeasureId", "link.self", "a measure cannot be linked to itself (%q)", cmd.ToMeasureID)
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	if !from.Exists() {
		p.add(ErrNotFound, "fromMeasureId", "measure.not_found", "measure %q does not exist", cmd.FromMeasureID)
	}
	if !to.Exists() {
		p.add(ErrNotFound, "toMeasureId", "measure.not_found", "measure %q does not exist", cmd.ToMeasureID)
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	if l.Linked != nil {
		return nil, &RuleError{Kind: ErrConflict, Rule: "link.already_exists", Field: "linkId",
			Message: fmt.Sprintf("link %q already exists", cmd.LinkID)}
	}
	return []Event{MeasuresLinked(cmd)}, nil
}
