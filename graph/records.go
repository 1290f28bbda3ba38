package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/projections"
)

// recordAt returns the record ref as known at a; ok is false if it was not
// known then.
func (r *Resolver) recordAt(ref domain.Ref, a projections.AsOf) (rec record, ok bool, err error) {
	switch ref.Kind {
	case domain.KindMeasure:
		b, v, ok, err := r.Views.Measure(ref.ID, a)
		if !ok || err != nil {
			return nil, false, err
		}
		return newMeasure(b, v), true, nil
	case domain.KindDesignation:
		b, v, ok, err := r.Views.Designation(ref.ID, a)
		if !ok || err != nil {
			return nil, false, err
		}
		return newDesignation(b, v), true, nil
	case domain.KindTransaction:
		b, v, ok, err := r.Views.Transaction(ref.ID, a)
		if !ok || err != nil {
			return nil, false, err
		}
		return newTransaction(b, v), true, nil
	case domain.KindEnforcement:
		b, v, ok, err := r.Views.EnforcementAction(ref.ID, a)
		if !ok || err != nil {
			return nil, false, err
		}
		return newEnforcementAction(b, v), true, nil
	case domain.KindDialogue:
		b, v, ok, err := r.Views.Dialogue(ref.ID, a)
		if !ok || err != nil {
			return nil, false, err
		}
		return newDialogue(b, v), true, nil
	case domain.KindSource:
		b, v, ok, err := r.Views.Source(ref.ID, a)
		if !ok || err != nil {
			return nil, false, err
		}
		return newSourceDocument(b, v), true, nil
	}
	return nil, false, fmt.Errorf("no record of kind %q", ref.Kind)
}

// mustRecordAt is recordAt for a record that must exist, such as the end of
// a link standing at the same basis.
func (r *Resolver) mustRecordAt(ref domain.Ref, a projections.AsOf) (record, error) {
	rec, ok, err := r.recordAt(ref, a)
	if err == nil && !ok {
		err = fmt.Errorf("%s is not known at position %d", ref, a.Position)
	}
	return rec, err
}

// identityFields are the fields of a record that its reference and basis
// answer on their own.
var identityFields = map[string]bool{"__typename": true, "id": true, "recordId": true, "kind": true, "basis": true}

// recordTypes are the GraphQL types of the record kinds.
var recordTypes = map[string]string{
	domain.KindMeasure: "Measure", domain.KindDesignation: "Designation", domain.KindTransaction: "Transaction",
	domain.KindEnforcement: "EnforcementAction", domain.KindDialogue: "Dialogue", domain.KindSource: "SourceDocument",
}

// linkEnd resolves an end of a link standing at basis b. A query that asks
// only for the end's identity (to { recordId }) gets the record checked to
// exist there, as mustRecordAt does, but its view is not built: a page of
// measures with their links names several hundred records.
func (r *Resolver) linkEnd(ctx context.Context, ref domain.Ref, b projections.Basis) (Record, error) {
	typ, ok := recordTypes[ref.Kind]
	if !ok || !onlyFields(ctx, identityFields, typ, "Record", "Node") {
		return r.mustRecordAt(ref, b.AsOf())
	}
	b, ok, err := r.Views.Exists(ref, b.AsOf())
	switch {
	case err != nil:
		return nil, err
	case !ok:
		return nil, fmt.Errorf("%s is not known at position %d", ref, b.Position)
	}
	base := recordBase{ref: ref, Basis: b}
	switch ref.Kind {
	case domain.KindMeasure:
		return &Measure{recordBase: base}, nil
	case domain.KindDesignation:
		return &Designation{recordBase: base}, nil
	case domain.KindTransaction:
		return &Transaction{recordBase: base}, nil
	case domain.KindEnforcement:
		return &EnforcementAction{recordBase: base}, nil
	case domain.KindDialogue:
		return &Dialogue{recordBase: base}, nil
	default:
		return &SourceDocument{recordBase: base}, nil
	}
}

// onlyFields reports whether the selection of the field being resolved,
// for an object of one of the types satisfies, asks for allowed fields only.
func onlyFields(ctx context.Context, allowed map[string]bool, satisfies ...string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return false
	}
	plain := true // no fragments: the fields are the selections
	for _, sel := range fc.Field.Selections {
		f, ok := sel.(*ast.Field)
		if !ok {
			plain = false
			break
		}
		if !allowed[f.Name] {
			return false
		}
	}
	if plain {
		return true
	}
	for _, f := range graphql.CollectFieldsCtx(ctx, satisfies) {
		if !allowed[f.Name] {
			return false
		}
	}
	return true
}

// links returns the links standing at a basis from or to a record.
func (r *Resolver) links(b projections.Basis, from, to domain.Ref) []Link {
	views := r.Views.Links(b, from, to)
	out := make([]Link, len(views))
	for i, v := range views {
		out[i] = Link{LinkView: v, basis: b}
	}
	return out
}

// history returns a record's audit trail up to its basis.
func (r *Resolver) history(rec *recordBase) []projections.Record {
	return r.Views.History(rec.ref.Stream(), rec.Basis)
}
