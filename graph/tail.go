package graph

import (
	"context"
	"errors"
	"runtime"
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
	// turns are the subscriptions' turns to hand events to their clients
	// (see turn).
	turns chan struct{}
}

// startTail starts following the store from its head until stop closes.
func startTail(events Events, stop <-chan struct{}) *tail {
	t := &tail{events: events, subs: map[chan *projections.Record]struct{}{}, turns: make(chan struct{}, turnsPerCPU*runtime.GOMAXPROCS(0))}
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
// by every subscription: fn must not modify them. idle, if not nil, is
// called whenever follow has handed fn every event it has and is about to
// wait for more (after each event once it reads the store alone).
func (r *Resolver) follow(ctx context.Context, after uint64, fn func(*projections.Record) error, idle func()) error {
	if idle == nil {
		idle = func() {}
	}
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
		var (
			ev *projections.Record
			ok bool
		)
		select {
		case ev, ok = <-ch:
		default:
			idle()
			select {
			case ev, ok = <-ch:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		if !ok {
			idle()
			return r.Events.Subscribe(ctx, last, func(ev eventstore.Event) error {
				defer idle() // the store's Subscribe may wait for the next commit
				return deliverEvent(ev)
			})
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
	}
}

// turnEvents is how many events a subscription hands its client in one
// turn, and slowClient how long it waits for its client to take the next
// before it lets another subscription have the turn.
const (
	turnEvents = 32
	slowClient = 2 * time.Millisecond
	// turnsPerCPU is how many subscriptions deliver at once per processor.
	// With 2 or 4, a snapshot reached 100 subscribers no sooner, and
	// mutations waited 150-400 or 1,000-1,500 ms behind it instead of
	// 55-70 (BENCHMARKS.md, "Subscribers and a list snapshot").
	turnsPerCPU = 1
)

// turn paces one subscription's deliveries. The work of a delivery, the
// execution of the subscription's selection and the write to its socket,
// happens in the transport's goroutine of that subscription, after it
// takes the record from the subscription's unbuffered channel. A
// subscription hands records over only during a turn, of which there are
// GOMAXPROCS: the record handed over before is being delivered for as long
// as the next one is not taken, so about GOMAXPROCS deliveries run at once,
// and after turnEvents events the turn goes to the next subscription in
// line. Without turns, a snapshot of hundreds of events sent to a hundred
// subscribers keeps two hundred goroutines runnable, each for a full time
// slice (the transport's goroutine and this one hand the processor to each
// other and keep their slice), and a mutation waits for seconds behind
// them; with turns it waits behind a few of them, each for a turn.
type turn struct {
	turns chan struct{}
	held  bool
	n     int
	timer *time.Timer
}

func (t *turn) take(ctx context.Context) error {
	if t.held {
		return nil
	}
	select {
	case t.turns <- struct{}{}:
		t.held, t.n = true, 0
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// give gives the turn back, if held.
func (t *turn) give() {
	if t.held {
		<-t.turns
		t.held = false
	}
}

// sendInTurn hands v, which holds events events, to ch during a turn of t.
// A client that has not taken the last one after slowClient is waiting on
// the network, not on the processor: it is waited for without the turn.
func sendInTurn[T any](ctx context.Context, t *turn, ch chan<- T, v T, events int) error {
	if err := t.take(ctx); err != nil {
		return err
	}
	if t.timer == nil {
		t.timer = time.NewTimer(slowClient)
	} else {
		t.timer.Reset(slowClient)
	}
	select {
	case ch <- v:
		t.timer.Stop()
	case <-t.timer.C:
		t.give()
		select {
		case ch <- v:
		case <-ctx.Done():
			return ctx.Err()
		}
	case <-ctx.Done():
		t.timer.Stop()
		return ctx.Err()
	}
	if t.n += events; t.n >= turnEvents {
		t.give() // the next subscription in line
	}
	return nil
}

// turn returns the pacing of a new subscription's deliveries.
func (r *Resolver) turn() *turn {
	r.tailOnce.Do(func() { r.tail = startTail(r.Events, r.Stop) })
	return &turn{turns: r.tail.turns}
}
