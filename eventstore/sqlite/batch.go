package sqlite

import (
	"context"
	"errors"
	"fmt"

	"github.com/controlsledger/ledger/eventstore"
)

var _ eventstore.BatchAppender = (*Store)(nil)

// AppendBatch appends the items in one transaction, all or none (see
// eventstore.BatchAppender). The writer commits it on its own, between two
// group commits of appends, with the same durability: it returns once the
// transaction is synced.
func (s *Store) AppendBatch(ctx context.Context, items []eventstore.StreamAppend) ([]eventstore.AppendResult, error) {
	op := fmt.Sprintf("append batch of %d items", len(items))
	if err := eventstore.ValidateBatch(items); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	if err := s.precheck(ctx, op); err != nil {
		return nil, err
	}
	if s.opts.ReadOnly {
		return nil, fmt.Errorf("%s: %w", op, ErrReadOnly)
	}
	group := &request{ctx: ctx, reply: make(chan reply, 1), items: make([]*request, len(items))}
	for i, it := range items {
		r := &request{ctx: ctx, stream: it.Stream, expected: it.Expected, events: it.Events}
		for _, ev := range it.Events {
			r.size += len(ev.Data) + len(ev.Metadata)
		}
		group.items[i] = r
		group.size += r.size
	}
	select {
	case s.reqs <- group:
	case <-ctx.Done():
		return nil, fmt.Errorf("%s: %w", op, ctx.Err())
	case <-s.done:
		return nil, fmt.Errorf("%s: %w", op, eventstore.ErrClosed)
	}
	r := <-group.reply
	if r.err != nil {
		return nil, fmt.Errorf("%s: %w", op, r.err)
	}
	return r.results, nil
}

// commitGroup commits the items of an AppendBatch in one transaction and
// replies: with every result, or with the first item's failure and nothing
// written. Like applyBatch, it writes the items whose expected version
// matches in multi-row INSERTs, and redoes the transaction one item at a
// time when an event ID is already recorded (a retried batch).
func (s *Store) commitGroup(group *request) {
	if err := group.ctx.Err(); err != nil {
		group.reply <- reply{err: err}
		return
	}
	replies, wrote, err := s.tryBatch(group.items, true, true)
	if errors.Is(err, errRedo) {
		replies, wrote, err = s.tryBatch(group.items, false, true)
	}
	if err != nil {
		group.reply <- reply{err: err}
		return
	}
	if wrote {
		s.broadcast()
	}
	results := make([]eventstore.AppendResult, len(replies))
	for i, r := range replies {
		results[i] = r.res
	}
	group.reply <- reply{results: results}
}
