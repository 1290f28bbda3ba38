package graph

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/projections"
)

// tailBuffer is how far a subscription may fall behind the shared tail
// before it is cut loose to read the store on its own.
const tailBuffer = 1024

// tail follows the store once and fans each new event out to the
// subscriptions, so that a thousand subscribers cost one read of the store
// per commit instead of a thousand, and one decoding of each event: the
// subscriptions share its record and must not modify it.
type tail struct {
	events Events
	mu     sync.Mutex
	subs   map[chan *projections.Record]struct{}
}

// startTail starts following the store from its head until stop closes.
func startTail(events Events, stop <-chan struct{}) *tail {
	t := &tail{events: events, subs: map[chan *projections.Record]struct{}{}}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		if stop != nil {
			<-stop
			cancel()
		}
	}()
	go t.run(ctx)
	return t
}

func (t *tail) run(ctx context.Context) {
	defer t.closeAll()
	var last uint64
	head, err := t.events.Head(ctx)
	if err != nil {
		// Followers find the tail closed and read the store themselves.
		return
	}
	last = head
	for backoff := 100 * time.Millisecond; ctx.Err() == nil; backoff = min(2*backoff, 5*time.Second) {
		err := t.events.Subscribe(ctx, last, func(ev eventstore.Event) error {
			t.publish(ev)
			last = ev.Position
			return nil
		})
		if errors.Is(err, eventstore.ErrClosed) {
			return
		}
		select {
		case <-ctx.Done():
		case <-time.After(backoff):
		}
	}
}

// publish hands ev to every subscription; one whose buffer is full is cut
// loose (its channel closed) and goes on reading the store itself.
func (t *tail) publish(ev eventstore.Event) {
	rec := ledgerRecord(ev)
	t.mu.Lock()
	defer t.mu.Unlock()
	for ch := range t.subs {
		select {
		case ch <- &rec:
		default:
			delete(t.subs, ch)
			close(ch)
		}
	}
}

func (t *tail) join() chan *projections.Record {
	ch := make(chan *projections.Record, tailBuffer)
	t.mu.Lock()
	defer t.mu.Unlock()
	t.subs[ch] = struct{}{}
	return ch
}

func (t *tail) leave(ch chan *projections.Record) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.subs[ch]; ok {
		delete(t.subs, ch)
		close(ch)
	}
}

func (t *tail) closeAll() {
	t.mu.Lock()
	defer t.mu.Unlock()
	for ch := range t.subs {
		delete(t.subs, ch)
		close(ch)
	}
}

// errCaughtUp ends a catch-up read of the store.
var errCaughtUp = errors.New("caught up")

// follow calls fn for every event after position after, in ledger order,
// with no gap and no duplicate: first from the store up to its head, then
// from the shared tail, reading the store again for any gap, and from the
// store alone if this subscription falls too far behind the tail. It
// returns when ctx ends or fn fails. The records from the tail are shared
// by every subscription: fn must not modify them.
func (r *Resolver) follow(ctx context.Context, after uint64, fn func(*projections.Record) error) error {
	r.tailOnce.Do(func() { r.tail = startTail(r.Events, r.Stop) })
	ch := r.tail.join()
	defer r.tail.leave(ch)
	last := after
	deliver := func(rec *projections.Record) error {
		if err := fn(rec); err != nil {
			return err
		}
		last = rec.Position
		return nil
	}
	deliverEvent := func(ev eventstore.Event) error {
		rec := ledgerRecord(ev)
		return deliver(&rec)
	}
	// catchUp delivers the events in (last, to] from the store.
	catchUp := func(to uint64) error {
		if to <= last {
			return nil
		}
		err := r.Events.Subscribe(ctx, last, func(ev eventstore.Event) error {
			if err := deliverEvent(ev); err != nil {
				return err
			}
			if last >= to {
				return errCaughtUp
			}
			return nil
		})
		if errors.Is(err, errCaughtUp) {
			return nil
		}
		return err
	}
	head, err := r.Events.Head(ctx)
	if err != nil {
		return err
	}
	if err := catchUp(head); err != nil {
		return err
	}
	for {
		select {
		case ev, ok := <-ch:
			if !ok {
				return r.Events.Subscribe(ctx, last, deliverEvent)
			}
			if ev.Position <= last {
				continue
			}
			if err := catchUp(ev.Position - 1); err != nil {
				return err
			}
			if err := deliver(ev); err != nil {
				return err
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
