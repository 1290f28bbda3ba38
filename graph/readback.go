package graph

import (
	"context"
	"fmt"

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

// headFirst answers a wait for a position the store has not reached at
// once, with ErrBeyondHead: only a position the store holds is worth
// waiting for (the read models are applying it). Before, asking for
// asOf: {position: 1000000000} held the request, and one of the operations
// running at once, for the whole WaitTimeout; 64 such requests delayed an
// ordinary read by 9.5 s.
type headFirst struct {
	Views
	events Events
}

func (v headFirst) WaitFor(ctx context.Context, position uint64) error {
	if err := beyondStoreHead(ctx, v.events, position, v.Views.Head()); err != nil {
		return err
	}
	return v.Views.WaitFor(ctx, position)
}

// headFirstProofs is headFirst for the Merkle tree: a tree of n events
// needs a store whose head is at least n (positions start at 1 and grow).
type headFirstProofs struct {
	Proofs
	events Events
}

func (p headFirstProofs) WaitFor(ctx context.Context, size uint64) error {
	if err := beyondStoreHead(ctx, p.events, size, p.Proofs.Size()); err != nil {
		return err
	}
	return p.Proofs.WaitFor(ctx, size)
}

// beyondStoreHead returns ErrBeyondHead if position is past both have (what
// the reader has applied) and the store's head.
func beyondStoreHead(ctx context.Context, events Events, position, have uint64) error {
	if position <= have {
		return nil
	}
	head, err := events.Head(ctx)
	if err != nil {
		return fmt.Errorf("read the store's head: %w", err)
	}
	if position > head {
		return fmt.Errorf("%w: asked for %d, the ledger's head is %d", projections.ErrBeyondHead, position, head)
	}
	return nil
}
