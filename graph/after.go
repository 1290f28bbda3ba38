package graph

import (
	"context"
	"fmt"

	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/projections"
)

// measureFilter converts the API's filter to the read models'.
func measureFilter(f *MeasureFilter) projections.MeasureFilter {
	if f == nil {
		return projections.MeasureFilter{}
	}
	val := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	return projections.MeasureFilter{
		Jurisdiction: val(f.Jurisdiction), Implementing: val(f.ImplementingJurisdiction), Affected: val(f.AffectedJurisdiction),
		AuthorityID: val(f.AuthorityID), MeasureType: val(f.MeasureType), Item: val(f.Item), Status: f.Status, Text: val(f.Text),
	}
}

// at returns the AsOf that repeats a basis: nested records are read at the
// basis of the record that names them.
func at(b projections.Basis) projections.AsOf {
	return projections.AsOf{Position: b.Position, ValidAt: b.ValidAt}
}

// measureAt returns a measure that must exist at a.
func (r *Resolver) measureAt(id string, a projections.AsOf) (*Measure, error) {
	b, v, ok, err := r.Views.Measure(id, a)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("measure %q is not known at position %d", id, b.Position)
	}
	return newMeasure(b, v), nil
}

// links returns the links from or to a measure at a basis.
func (r *Resolver) links(b projections.Basis, from, to string) []Link {
	views := r.Views.Links(b, from, to)
	out := make([]Link, len(views))
	for i, v := range views {
		out[i] = Link{LinkView: v, basis: b}
	}
	return out
}

// The *After functions read back a record right after a command, at the
// command's position: the read models are waited for, so a mutation's
// payload shows its own write.

func (r *Resolver) measureAfter(ctx context.Context, id string, res ledger.Result) (*Measure, error) {
	if err := r.waitFor(ctx, res.Position); err != nil {
		return nil, err
	}
	return r.measureAt(id, projections.AsOf{Position: res.Position})
}

func (r *Resolver) linkAfter(ctx context.Context, id string, res ledger.Result) (*Link, error) {
	if err := r.waitFor(ctx, res.Position); err != nil {
		return nil, err
	}
	b, err := r.Views.Resolve(projections.AsOf{Position: res.Position})
	if err != nil {
		return nil, err
	}
	for _, l := range r.links(b, "", "") {
		if l.LinkID == id {
			return &l, nil
		}
	}
	return nil, fmt.Errorf("link %q is not known at position %d", id, res.Position)
}

func (r *Resolver) dialogueAfter(ctx context.Context, id string, res ledger.Result) (*Dialogue, error) {
	if err := r.waitFor(ctx, res.Position); err != nil {
		return nil, err
	}
	b, v, ok, err := r.Views.Dialogue(id, projections.AsOf{Position: res.Position})
	if err == nil && !ok {
		err = fmt.Errorf("dialogue %q is not known at position %d", id, res.Position)
	}
	if err != nil {
		return nil, err
	}
	return &Dialogue{DialogueView: v, Basis: b}, nil
}

func (r *Resolver) transactionAfter(ctx context.Context, id string, res ledger.Result) (*Transaction, error) {
	if err := r.waitFor(ctx, res.Position); err != nil {
		return nil, err
	}
	b, v, ok, err := r.Views.Transaction(id, projections.AsOf{Position: res.Position})
	if err == nil && !ok {
		err = fmt.Errorf("transaction %q is not known at position %d", id, res.Position)
	}
	if err != nil {
		return nil, err
	}
	return &Transaction{TransactionView: v, Basis: b}, nil
}
