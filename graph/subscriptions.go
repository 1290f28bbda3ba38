package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/projections"
)

// ledgerEvents streams the events after a position, filtered, one to a
// message. The channel closes when the client goes away or the store fails;
// a failure is reported to the client first.
func (r *Resolver) ledgerEvents(ctx context.Context, after *int, filter *LedgerEventFilter) (<-chan *projections.Record, error) {
	// Unbuffered: a record is handed over when the transport is ready for
	// it, during a turn (see turn). Events wait in the shared tail's buffer
	// instead (tailBuffer), and a subscriber that falls further behind reads
	// the store on its own.
	ch := make(chan *projections.Record)
	s := sharedFrom(ctx)
	err := r.streamEvents(ctx, after, filter, func(ctx context.Context, t *turn, rec *projections.Record) error {
		if s == nil {
			return sendInTurn(ctx, t, ch, rec, 1)
		}
		return s.hand(ctx, t, messageID(rec.Position, rec.Position), 1, func() error { return send(ctx, ch, rec) })
	}, nil, func() { close(ch) })
	if err != nil {
		return nil, err
	}
	return ch, nil
}

// messageID is the part of a shared message's identity that its events
// give: the positions of the first and the last.
func messageID(first, last uint64) string {
	return strconv.FormatUint(first, 10) + "-" + strconv.FormatUint(last, 10)
}

// send hands v to the transport, which waits for it.
func send[T any](ctx context.Context, ch chan<- T, v T) error {
	select {
	case ch <- v:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Batches of ledgerEventBatches: at most maxEventBatch events, and
// defaultEventBatch unless the client says.
const (
	defaultEventBatch = 100
	maxEventBatch     = 1000
)

// ledgerEventBatches streams what ledgerEvents does, several events to a
// message: each batch holds the events that came in since the last one was
// handed over, at most max, within one block of max positions (after
// position k*max a new batch begins). A list snapshot of hundreds of events reaches
// a subscriber in a few messages instead of one each: the transport's cost
// per message (executing the subscription's selection, framing, a write to
// the socket) is paid once per batch, and executing it once per batch for
// all the identical subscriptions (see share.go).
func (r *Resolver) ledgerEventBatches(ctx context.Context, after *int, filter *LedgerEventFilter, max *int) (<-chan []projections.Record, error) {
	size := defaultEventBatch
	if max != nil {
		if *max < 1 || *max > maxEventBatch {
			return nil, inputError("max", "max.out_of_range", "max must be 1 to %d events", maxEventBatch)
		}
		size = *max
	}
	ch := make(chan []projections.Record)
	s := sharedFrom(ctx)
	var batch []projections.Record
	flush := func(ctx context.Context, t *turn) error {
		if len(batch) == 0 {
			return nil
		}
		b := batch
		batch = nil // the transport reads the batch handed over
		if s == nil {
			return sendInTurn(ctx, t, ch, b, len(b))
		}
		return s.hand(ctx, t, messageID(b[0].Position, b[len(b)-1].Position), len(b), func() error { return send(ctx, ch, b) })
	}
	// block is the block of size positions a position is in: a batch holds
	// events of one block, so that subscriptions at the same point cut the
	// same batches, whenever each started and however fast it reads (a
	// batch cut short because no more events had come in yet ends where
	// the next begins), and share their messages.
	block := func(p uint64) uint64 { return (p - 1) / uint64(size) }
	err := r.streamEvents(ctx, after, filter, func(ctx context.Context, t *turn, rec *projections.Record) error {
		if len(batch) > 0 && block(batch[0].Position) != block(rec.Position) {
			if err := flush(ctx, t); err != nil {
				return err
			}
		}
		batch = append(batch, *rec)
		if rec.Position%uint64(size) != 0 {
			return nil // not the block's last
		}
		return flush(ctx, t)
	}, flush, func() { close(ch) })
	if err != nil {
		return nil, err
	}
	return ch, nil
}

// streamEvents checks a subscription's arguments, then follows the events
// after a position (the head if nil) that match filter on a goroutine of
// its own: it calls deliver with each, flush (if not nil) whenever it has
// handed deliver every event it has and is about to wait for more, and
// done when it ends (the client went away, or the store failed: a failure
// is reported to the client first).
func (r *Resolver) streamEvents(ctx context.Context, after *int, filter *LedgerEventFilter,
	deliver func(context.Context, *turn, *projections.Record) error, flush func(context.Context, *turn) error, done func()) error {
	if err := require(ctx, RoleReader); err != nil {
		return err
	}
	start := r.Views.Head()
	if after != nil {
		if *after < 0 {
			return inputError("after", "position.negative", "after must not be negative")
		}
		start = uint64(*after)
	}
	match, err := r.eventFilter(filter)
	if err != nil {
		return err
	}
	ctx = r.subscriptionContext(ctx)
	s := sharedFrom(ctx)
	if s != nil {
		s.started = true
	}
	go func() {
		defer done()
		if s != nil {
			defer close(s.items)
		}
		t := r.turn()
		defer t.give()
		idle := t.give
		if flush != nil {
			idle = func() {
				// An error is the client gone: follow sees ctx end.
				_ = flush(ctx, t)
				t.give()
			}
		}
		err := r.follow(ctx, start, func(rec *projections.Record) error {
			if r.Views.Head() < rec.Position {
				t.give() // a filter by jurisdiction may wait for the read models
			}
			if ok, err := match(ctx, *rec); err != nil || !ok {
				return err
			}
			return deliver(ctx, t, rec)
		}, idle)
		if err != nil && !errors.Is(err, context.Canceled) && ctx.Err() == nil {
			graphql.AddError(ctx, err)
		}
	}()
	return nil
}

// ledgerRecord turns a store event into the API's LedgerEvent.
func ledgerRecord(ev eventstore.Event) projections.Record {
	var meta domain.Metadata
	_ = json.Unmarshal(ev.Metadata, &meta)
	return projections.Record{Position: ev.Position, EventID: ev.ID, Stream: ev.Stream, Version: ev.Version, Type: ev.Type,
		RecordedAt: ev.RecordedAt, Actor: meta.Actor, Command: meta.Command, Data: json.RawMessage(ev.Data)}
}

// eventFilter compiles a LedgerEventFilter.
func (r *Resolver) eventFilter(f *LedgerEventFilter) (func(context.Context, projections.Record) (bool, error), error) {
	if f == nil {
		return func(context.Context, projections.Record) (bool, error) { return true, nil }, nil
	}
	return func(ctx context.Context, rec projections.Record) (bool, error) {
		ev, err := domain.Decode(rec.Type, rec.Data)
		if err != nil {
			return false, err
		}
		ref := ev.Subject()
		if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, ref.Kind) {
			return false, nil
		}
		if f.Subject != nil && *f.Subject != ref {
			return false, nil
		}
		if f.Jurisdiction == nil {
			return true, nil
		}
		// The read models may trail the store: wait until they know the event.
		if err := r.waitFor(ctx, rec.Position); err != nil {
			return false, err
		}
		return r.involves(ref, *f.Jurisdiction, projections.AsOf{Position: rec.Position}, 1), nil
	}, nil
}

// involves reports whether a record, as known at a, involves jurisdiction j:
// as implementing or affected jurisdiction, party, target or authority. A
// link involves j if one of its ends does.
func (r *Resolver) involves(ref domain.Ref, j string, a projections.AsOf, linkDepth int) bool {
	parties := func(ps []domain.Party) bool {
		return slices.ContainsFunc(ps, func(p domain.Party) bool { return p.Jurisdiction == j })
	}
	switch ref.Kind {
	case domain.KindMeasure:
		_, v, ok, _ := r.Views.Measure(ref.ID, a)
		return ok && (v.Announced.Implementing == j || slices.ContainsFunc(v.Content.Affected, func(x domain.AffectedJurisdiction) bool { return x.Jurisdiction == j }))
	case domain.KindDesignation:
		_, v, ok, _ := r.Views.Designation(ref.ID, a)
		return ok && (v.Designated.Party.Jurisdiction == j || v.Designated.ListAuthority.Jurisdiction == j)
	case domain.KindTransaction:
		_, v, ok, _ := r.Views.Transaction(ref.ID, a)
		return ok && (parties(v.Acquirers) || v.Target.Jurisdiction == j ||
			slices.ContainsFunc(v.Reviews, func(x domain.ReviewConcluded) bool { return x.Authority.Jurisdiction == j }) ||
			slices.ContainsFunc(v.Opened, func(x domain.ReviewOpened) bool { return x.Authority.Jurisdiction == j }))
	case domain.KindEnforcement:
		_, v, ok, _ := r.Views.EnforcementAction(ref.ID, a)
		return ok && (v.Authority.Jurisdiction == j || parties(v.Targets))
	case domain.KindDialogue:
		_, v, ok, _ := r.Views.Dialogue(ref.ID, a)
		return ok && parties(v.Parties)
	case domain.KindLink:
		if linkDepth == 0 {
			return false
		}
		b, err := r.Views.Resolve(a)
		if err != nil {
			return false
		}
		for _, l := range r.Views.Links(b, domain.Ref{}, domain.Ref{}) {
			if l.LinkID == ref.ID {
				return r.involves(l.From, j, a, linkDepth-1) || r.involves(l.To, j, a, linkDepth-1)
			}
		}
	}
	return false
}

// measuresChanged sends the answer of a measures query, then each changed
// answer. The store's events only wake it: after each batch of events it
// waits for the read models, asks again, and compares what a client would
// see (IDs, statuses, versions).
func (r *Resolver) measuresChanged(ctx context.Context, validAt *domain.Date, filter *MeasureFilter, first *int) (<-chan *MeasureConnection, error) {
	if err := require(ctx, RoleReader); err != nil {
		return nil, err
	}
	ask := func() (*MeasureConnection, string, error) {
		a := &AsOf{ValidAt: validAt}
		conn, err := r.Query().Measures(ctx, a, filter, first, nil, nil, nil)
		if err != nil {
			return nil, "", err
		}
		var key strings.Builder
		fmt.Fprintf(&key, "%d|", conn.TotalCount)
		for _, m := range conn.Nodes {
			fmt.Fprintf(&key, "%s:%s:%d|", m.MeasureID, m.Status(), m.Version())
		}
		return conn, key.String(), nil
	}
	conn, last, err := ask()
	if err != nil {
		return nil, err
	}
	ctx = r.subscriptionContext(ctx)
	ch := make(chan *MeasureConnection, 1)
	ch <- conn
	wake := make(chan uint64, 1)
	go func() {
		defer close(wake)
		_ = r.follow(ctx, conn.Basis.Position, func(rec *projections.Record) error {
			// Coalesce: a pending wake-up covers this event too.
			select {
			case wake <- rec.Position:
			default:
				select {
				case <-wake:
				default:
				}
				wake <- rec.Position
			}
			return nil
		}, nil)
	}()
	go func() {
		defer close(ch)
		for pos := range wake {
			if err := r.Views.WaitFor(ctx, pos); err != nil {
				return
			}
			conn, key, err := ask()
			if err != nil {
				graphql.AddError(ctx, err)
				return
			}
			if key == last {
				continue
			}
			last = key
			select {
			case ch <- conn:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch, nil
}
