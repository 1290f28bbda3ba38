package graph

import (
	"context"
	"fmt"
	"time"

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

// headFirst bounds the waits for a position the store has not reached.
// Before, asking for asOf: {position: 1000000000} held the request, and one
// of the operations running at once, for the whole WaitTimeout (5 s); 64
// such requests delayed an ordinary read by 9.5 s.
//
// A position the store holds is waited for as before: the read models are
// applying it. A position past the store's head gets a short grace (a
// replica may not have seen another replica's write yet), granted to a few
// requests at a time; the others are answered at once.
type headFirst struct {
	Views
	beyond *beyondHead
}

func (v headFirst) WaitFor(ctx context.Context, position uint64) error {
	return v.beyond.wait(ctx, position, v.Views.Head(), v.Views.WaitFor)
}

// headFirstProofs is headFirst for the Merkle tree: a tree of n events
// needs a store whose head is at least n (positions start at 1 and grow).
type headFirstProofs struct {
	Proofs
	beyond *beyondHead
}

func (p headFirstProofs) WaitFor(ctx context.Context, size uint64) error {
	return p.beyond.wait(ctx, size, p.Proofs.Size(), p.Proofs.WaitFor)
}

// beyondHead grants the graces for positions past the store's head.
type beyondHead struct {
	events Events
	grace  time.Duration
	// waiting holds a token per wait in grace.
	waiting chan struct{}
}

// beyondHeadWaiters is how many waits for positions past the store's head
// may run at once.
const beyondHeadWaiters = 4

func newBeyondHead(events Events, grace time.Duration) *beyondHead {
	return &beyondHead{events: events, grace: grace, waiting: make(chan struct{}, beyondHeadWaiters)}
}

// wait waits for position with wait, given that the reader has applied
// have: without limit if the store holds position, for the grace if not and
// a grace is free, not at all otherwise.
func (b *beyondHead) wait(ctx context.Context, position, have uint64, wait func(context.Context, uint64) error) error {
	if position <= have {
		return wait(ctx, position)
	}
	head, err := b.events.Head(ctx)
	if err != nil {
		return fmt.Errorf("read the store's head: %w", err)
	}
	if position <= head {
		return wait(ctx, position)
	}
	beyond := fmt.Errorf("%w: asked for %d, the ledger's head is %d", projections.ErrBeyondHead, position, head)
	select {
	case b.waiting <- struct{}{}:
		defer func() { <-b.waiting }()
	default:
		return beyond
	}
	ctx, cancel := context.WithTimeout(ctx, b.grace)
	defer cancel()
	if err := wait(ctx, position); err != nil {
		return beyond
	}
	return nil
}
