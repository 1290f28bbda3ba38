package domain

import (
	"fmt"
	"time"
)

// EnforcementKinds lists the kinds of enforcement action.
var EnforcementKinds = []string{
	"cybersecurity_review", "export_control_enforcement", "sanctions_enforcement",
	"merger_remedy_probe", "anti_monopoly_investigation", "anti_dumping_investigation",
	"unreliable_entity_investigation",
}

// FindingOutcomes lists what a finding can conclude.
var FindingOutcomes = []string{"risk_found", "violation_found", "no_violation", "settled", "closed_without_finding"}

// EnforcementActionOpened records that an authority opened a review, probe
// or investigation against one or more parties.
type EnforcementActionOpened struct {
	ActionID   string    `json:"actionId"`
	Authority  Authority `json:"authority"`
	Targets    []Party   `json:"targets"`
	Kind       string    `json:"kind"`
	LegalBasis []string  `json:"legalBasis,omitempty"`
	OpenedOn   Date      `json:"openedOn"`
	Summary    string    `json:"summary"`
	Sources    []Source  `json:"sources"`
}

// EnforcementFindingIssued records a finding of an enforcement action. A
// final finding closes the action.
type EnforcementFindingIssued struct {
	ActionID  string   `json:"actionId"`
	FindingID string   `json:"findingId"`
	IssuedOn  Date     `json:"issuedOn"`
	Outcome   string   `json:"outcome"`
	Final     bool     `json:"final"`
	Summary   string   `json:"summary"`
	Sources   []Source `json:"sources"`
}

func (EnforcementActionOpened) EventType() string  { return TypeEnforcementOpened }
func (EnforcementFindingIssued) EventType() string { return TypeEnforcementFinding }
func (e EnforcementActionOpened) Subject() Ref     { return Ref{KindEnforcement, e.ActionID} }
func (e EnforcementFindingIssued) Subject() Ref    { return Ref{KindEnforcement, e.ActionID} }

type (
	// OpenEnforcementAction records a review, probe or investigation.
	OpenEnforcementAction EnforcementActionOpened
	// IssueFinding records a finding of an enforcement action.
	IssueFinding EnforcementFindingIssued
)

// enforcementCommands are the commands on enforcement actions, each about
// the action its ActionID names.
var enforcementCommands = []*CommandType{
	decidedBy("OpenEnforcementAction", func(c OpenEnforcementAction) Ref { return Ref{KindEnforcement, c.ActionID} }, (*Enforcement).Open),
	decidedBy("IssueFinding", func(c IssueFinding) Ref { return Ref{KindEnforcement, c.ActionID} }, (*Enforcement).IssueFinding),
}

// Enforcement is the aggregate of one enforcement action's stream.
type Enforcement struct {
	Knowledge
	Version  int64
	Opened   *EnforcementActionOpened
	Findings []EnforcementFindingIssued
}

// Exists reports whether the action was opened.
func (e *Enforcement) Exists() bool { return e.Opened != nil }

// Closed reports whether a final finding was issued.
func (e *Enforcement) Closed() bool {
	return len(e.Findings) > 0 && e.Findings[len(e.Findings)-1].Final
}

// Apply folds one event of the action's stream into the aggregate.
func (e *Enforcement) Apply(ev Event) {
	e.Version++
	if e.applyKnowledge(ev) {
		return
	}
	switch x := ev.(type) {
	case EnforcementActionOpened:
		e.Opened = &x
	case EnforcementFindingIssued:
		e.Findings = append(e.Findings, x)
	}
}

// Open decides an OpenEnforcementAction command.
func (e *Enforcement) Open(cmd OpenEnforcementAction, now time.Time) ([]Event, error) {
	var p problems
	p.id("actionId", cmd.ActionID)
	p.authority("authority", cmd.Authority)
	if len(cmd.Targets) == 0 {
		p.invalid("targets", "targets.required", "targets must name at least one party")
	}
	for i, t := range cmd.Targets {
		p.party(fmt.Sprintf("targets[%d]", i), t)
	}
	p.oneOf("kind", cmd.Kind, EnforcementKinds)
	if p.requiredDate("openedOn", cmd.OpenedOn) {
		p.notFuture("openedOn", cmd.OpenedOn, now)
	}
	p.required("summary", cmd.Summary)
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if e.Exists() {
		return nil, &RuleError{Kind: ErrConflict, Rule: "enforcement.already_exists", Field: "actionId",
			Message: fmt.Sprintf("enforcement action %q already exists", cmd.ActionID)}
	}
	return []Event{EnforcementActionOpened(cmd)}, nil
}

// IssueFinding decides an IssueFinding command: the action must be open,
// the finding new and not dated before the action opened.
func (e *Enforcement) IssueFinding(cmd IssueFinding, now time.Time) ([]Event, error) {
	var p problems
	p.id("actionId", cmd.ActionID)
	p.id("findingId", cmd.FindingID)
	if p.requiredDate("issuedOn", cmd.IssuedOn) {
		p.notFuture("issuedOn", cmd.IssuedOn, now)
	}
	p.oneOf("outcome", cmd.Outcome, FindingOutcomes)
	p.required("summary", cmd.Summary)
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if !e.Exists() {
		return nil, &RuleError{Kind: ErrNotFound, Rule: "enforcement.not_found", Field: "actionId",
			Message: fmt.Sprintf("enforcement action %q does not exist", cmd.ActionID)}
	}
	if err := e.notRetracted(Ref{KindEnforcement, cmd.ActionID}); err != nil {
		return nil, err
	}
	for _, f := range e.Findings {
		if f.FindingID == cmd.FindingID {
			return nil, &RuleError{Kind: ErrConflict, Rule: "finding.duplicate", Field: "findingId",
				Message: fmt.Sprintf("finding %q of %q is already recorded", cmd.FindingID, cmd.ActionID)}
		}
	}
	if e.Closed() {
		last := e.Findings[len(e.Findings)-1]
		return nil, &RuleError{Kind: ErrConflict, Rule: "enforcement.closed", Field: "actionId",
			Message: fmt.Sprintf("enforcement action %q was closed by finding %q on %s", cmd.ActionID, last.FindingID, last.IssuedOn)}
	}
	p.ordered("the action's openedOn", e.Opened.OpenedOn, "issuedOn", cmd.IssuedOn)
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{EnforcementFindingIssued(cmd)}, nil
}
