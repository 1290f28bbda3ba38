package graph

import (
	"context"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/projections"
)

// after reads back a record right after a command, at the command's
// position, valid today: the read models are waited for, so a mutation's
// payload shows its own write.
func (r *Resolver) after(ctx context.Context, ref domain.Ref, res ledger.Result) (record, error) {
	if err := r.waitFor(ctx, res.Position); err != nil {
		return nil, err
	}
	return r.mustRecordAt(ref, projections.AsOf{Position: res.Position})
}

// linkAfter reads back a link right after a command: the link that stands
// from the record from with that ID, or nil if it no longer stands (it was
// just retracted).
func (r *Resolver) linkAfter(ctx context.Context, id string, from domain.Ref, res ledger.Result) (*Link, error) {
	if err := r.waitFor(ctx, res.Position); err != nil {
		return nil, err
	}
	b, err := r.Views.Resolve(projections.AsOf{Position: res.Position})
	if err != nil {
		return nil, err
	}
	for _, l := range r.Views.Links(b, from, domain.Ref{}) {
		if l.LinkID == id {
			return &Link{LinkView: l, basis: b}, nil
		}
	}
	return nil, nil
}

// afterAs is after for a record of a known type.
func afterAs[T record](ctx context.Context, r *Resolver, ref domain.Ref, res ledger.Result) (T, error) {
	rec, err := r.after(ctx, ref, res)
	if err != nil {
		var zero T
		return zero, err
	}
	return rec.(T), nil
}
