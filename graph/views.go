package graph

import (
	"context"
	"encoding/json"
	"errors"
	"strings"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/projections"
)

// Analyses is what the API needs of the read models for the analytical
// views: retaliation graphs, escalation chains, timelines, diffs and audit
// trails.
type Analyses interface {
	RetaliationGraph(ref domain.Ref, depth int, asOf projections.AsOf) (projections.Basis, projections.RetaliationGraph, error)
	EscalationChain(a, b string, from, to domain.Date, asOf projections.AsOf) (projections.Basis, projections.EscalationChain, error)
	Timeline(s projections.Subject, asOf projections.AsOf, order projections.TimelineOrder, req projections.PageRequest) (projections.Basis, projections.Page[projections.TimelineEntry], error)
	Diff(a, b projections.AsOf) (projections.Basis, projections.Basis, []projections.Change, error)
	AuditTrail(ref domain.Ref, asOf projections.AsOf) (projections.Basis, []projections.AuditEntry, error)
}

// MaxGraphDepth bounds the depth of a retaliation graph.
const MaxGraphDepth = 10

func summary(s projections.RecordSummary, b projections.Basis) *RecordSummary {
	return &RecordSummary{RecordSummary: s, basis: b}
}

func linkViews(b projections.Basis, views []projections.LinkView) []Link {
	out := make([]Link, len(views))
	for i, v := range views {
		out[i] = Link{LinkView: v, basis: b}
	}
	return out
}

// queryError turns a projection's refusal of a question into a user error.
func queryError(field string, err error) error {
	if errors.Is(err, projections.ErrInvalidQuery) {
		return inputError(field, "query.invalid", "%s", err.Error())
	}
	return err
}

func (r *Resolver) retaliationGraph(ctx context.Context, ref domain.Ref, depth int, asOf *AsOf) (*RetaliationGraph, error) {
	if depth < 0 || depth > MaxGraphDepth {
		return nil, &domain.RuleError{Kind: errLimit, Field: "depth", Rule: "depth.range", Message: "depth must be between 0 and 10"}
	}
	a, err := r.asOf(ctx, asOf)
	if err != nil {
		return nil, err
	}
	b, g, err := r.Analyses.RetaliationGraph(ref, depth, a)
	if err != nil {
		return nil, queryError("record", err)
	}
	out := &RetaliationGraph{Basis: &b, Root: &g.Root, Edges: linkViews(b, g.Edges), Truncated: g.Truncated, Nodes: make([]GraphNode, len(g.Nodes))}
	for i, n := range g.Nodes {
		out.Nodes[i] = GraphNode{Record: summary(n.RecordSummary, b), Depth: n.Depth}
	}
	return out, nil
}

func (r *Resolver) escalationChain(ctx context.Context, x, y string, from, to *domain.Date, asOf *AsOf) (*EscalationChain, error) {
	a, err := r.asOf(ctx, asOf)
	if err != nil {
		return nil, err
	}
	var f, t domain.Date
	if from != nil {
		f = *from
	}
	if to != nil {
		t = *to
	}
	b, c, err := r.Analyses.EscalationChain(x, y, f, t, a)
	if err != nil {
		return nil, queryError("between", err)
	}
	out := &EscalationChain{Basis: &b, Links: linkViews(b, c.Links), Steps: make([]EscalationStep, len(c.Steps))}
	for i, s := range c.Steps {
		out.Steps[i] = EscalationStep{Measure: summary(s.Measure, b), By: s.By, Against: s.Against, Answers: linkViews(b, s.Answers)}
	}
	return out, nil
}

func (r *Resolver) timeline(ctx context.Context, subject TimelineSubject, order string, asOf *AsOf, first *int, after *string) (*TimelineConnection, error) {
	a, err := r.asOf(ctx, asOf)
	if err != nil {
		return nil, err
	}
	pr := pageRequest{first: first, after: after}
	if a, err = pr.asOf(a); err != nil {
		return nil, err
	}
	s := projections.Subject{PartyID: val(subject.PartyID), Jurisdiction: val(subject.Jurisdiction)}
	if subject.Record != nil {
		s.Ref = *subject.Record
	}
	o := projections.ByRecorded
	if order == "valid" {
		o = projections.ByValid
	}
	// Cut the page in the read model: it stops after the page.
	start, size := 0, 50
	if after != nil {
		c, _ := parseCursor("after", *after)
		start = c.offset + 1
	}
	if n, err := pageSize("first", first); err != nil {
		return nil, err
	} else if n >= 0 {
		size = n
	}
	b, page, err := r.Analyses.Timeline(s, a, o, projections.PageRequest{Offset: start, Limit: size, Count: true})
	if err != nil {
		return nil, queryError("subject", err)
	}
	conn := &TimelineConnection{Basis: &b, TotalCount: page.Total, PageInfo: &PageInfo{HasNextPage: page.More, HasPreviousPage: start > 0},
		Nodes: make([]TimelineEntry, len(page.Items)), Edges: make([]TimelineEdge, len(page.Items))}
	for i, e := range page.Items {
		data, _ := domain.Encode(e.Event)
		rec := projections.Record{Position: e.Position, EventID: e.EventID, Stream: e.Record.Stream(), Type: e.Type,
			RecordedAt: e.RecordedAt, Actor: e.Actor, Command: e.Command, Data: json.RawMessage(data)}
		ref := e.Record
		entry := TimelineEntry{Event: &rec, Record: &ref, CorrectedAt: make([]int, len(e.CorrectedAt))}
		if !e.ValidFrom.IsZero() {
			entry.ValidFrom = &e.ValidFrom
		}
		if !e.ValidUntil.IsZero() {
			entry.ValidUntil = &e.ValidUntil
		}
		for j, p := range e.CorrectedAt {
			entry.CorrectedAt[j] = int(p)
		}
		if e.RetractedAt != 0 {
			entry.RetractedAt = ptr(int(e.RetractedAt))
		}
		conn.Nodes[i] = entry
		cur := cursor{basis: b, offset: start + i}.String()
		conn.Edges[i] = TimelineEdge{Cursor: cur, Node: &conn.Nodes[i]}
	}
	if n := len(conn.Edges); n > 0 {
		conn.PageInfo.StartCursor, conn.PageInfo.EndCursor = &conn.Edges[0].Cursor, &conn.Edges[n-1].Cursor
	}
	return conn, nil
}

func (r *Resolver) diff(ctx context.Context, from, to AsOf) (*Diff, error) {
	a, err := r.asOf(ctx, &from)
	if err != nil {
		return nil, err
	}
	b, err := r.asOf(ctx, &to)
	if err != nil {
		return nil, err
	}
	ba, bb, changes, err := r.Analyses.Diff(a, b)
	if err != nil {
		return nil, queryError("from", err)
	}
	out := &Diff{FromBasis: &ba, ToBasis: &bb, Changes: make([]Change, len(changes))}
	for i, c := range changes {
		out.Changes[i] = Change{Record: summary(c.Record, bb), What: c.What, StatusBefore: strings.ToUpper(c.StatusBefore), StatusAfter: strings.ToUpper(c.StatusAfter)}
	}
	return out, nil
}

func (r *Resolver) auditTrail(ctx context.Context, ref domain.Ref, asOf *AsOf) (*AuditTrail, error) {
	a, err := r.asOf(ctx, asOf)
	if err != nil {
		return nil, err
	}
	b, entries, err := r.Analyses.AuditTrail(ref, a)
	if err != nil {
		return nil, queryError("record", err)
	}
	out := &AuditTrail{Basis: &b, Entries: make([]AuditEntry, len(entries))}
	for i, e := range entries {
		data, _ := domain.Encode(e.Event)
		rec := projections.Record{Position: e.Position, EventID: e.EventID, Stream: ref.Stream(), Version: e.Version, Type: e.Type,
			RecordedAt: e.RecordedAt, Actor: e.Actor, Command: e.Command, Data: json.RawMessage(data)}
		out.Entries[i] = AuditEntry{Event: &rec, Sources: e.Sources, CorrectedBy: e.CorrectedBy}
	}
	return out, nil
}
