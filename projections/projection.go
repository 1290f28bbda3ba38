package projections

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"sync"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/google/uuid"
)

// Record is one recorded event as the audit trail shows it.
type Record struct {
	Position   uint64
	EventID    uuid.UUID
	Stream     string
	Version    int64
	Type       string
	RecordedAt time.Time
	Actor      string
	Command    string
	Data       json.RawMessage
}

// Projection holds every read model of the ledger in memory. It is safe for
// concurrent use: Apply takes a write lock, queries a read lock.
type Projection struct {
	now func() time.Time

	mu      sync.RWMutex
	changed chan struct{} // closed and replaced after each Apply
	head    uint64
	// recorded holds the recorded-at time of each position (index
	// position-1); it never decreases, so knownAt maps to a position by
	// binary search.
	recorded     []time.Time
	measures     map[string]versions[domain.Measure]
	designations map[string]versions[domain.Designation]
	transactions map[string]versions[domain.Transaction]
	enforcements map[string]versions[domain.Enforcement]
	dialogues    map[string]versions[domain.Dialogue]
	links        map[string]versions[domain.Link]
	sources      map[string]versions[domain.SourceDocument]
	// linkOrder lists link IDs in the order they were first recorded.
	linkOrder []string
	history   map[string][]Record
}

// Options configures a Projection.
type Options struct {
	// Now gives the default valid time (today) of queries; time.Now by
	// default.
	Now func() time.Time
}

// New returns an empty projection.
func New(opts Options) *Projection {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Projection{
		now:          opts.Now,
		changed:      make(chan struct{}),
		measures:     map[string]versions[domain.Measure]{},
		designations: map[string]versions[domain.Designation]{},
		transactions: map[string]versions[domain.Transaction]{},
		enforcements: map[string]versions[domain.Enforcement]{},
		dialogues:    map[string]versions[domain.Dialogue]{},
		links:        map[string]versions[domain.Link]{},
		sources:      map[string]versions[domain.SourceDocument]{},
		history:      map[string][]Record{},
	}
}

// Head returns the position of the last applied event.
func (p *Projection) Head() uint64 {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.head
}

// Apply folds the next event of the ledger into the read models. Events must
// come in ledger order without gaps; an event at or below the head is
// ignored, so a resumed subscription may overlap.
func (p *Projection) Apply(rec eventstore.Event) error {
	ev, err := domain.Decode(rec.Type, rec.Data)
	if err != nil {
		return fmt.Errorf("apply position %d: %w", rec.Position, err)
	}
	var meta domain.Metadata
	if len(rec.Metadata) > 0 {
		if err := json.Unmarshal(rec.Metadata, &meta); err != nil {
			return fmt.Errorf("apply position %d: metadata: %w", rec.Position, err)
		}
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if rec.Position <= p.head {
		return nil
	}
	if rec.Position != p.head+1 {
		return fmt.Errorf("apply position %d: the projection is at %d: events must come without gaps", rec.Position, p.head)
	}
	pos := rec.Position
	history := append(p.history[rec.Stream], Record{
		Position: pos, EventID: rec.ID, Stream: rec.Stream, Version: rec.Version, Type: rec.Type,
		RecordedAt: rec.RecordedAt, Actor: meta.Actor, Command: meta.Command, Data: json.RawMessage(rec.Data),
	})
	ref := ev.Subject()
	switch ref.Kind {
	case domain.KindMeasure:
		err = applyTo(p.measures, ref.ID, pos, ev, history)
	case domain.KindDesignation:
		err = applyTo(p.designations, ref.ID, pos, ev, history)
	case domain.KindTransaction:
		err = applyTo(p.transactions, ref.ID, pos, ev, history)
	case domain.KindEnforcement:
		err = applyTo(p.enforcements, ref.ID, pos, ev, history)
	case domain.KindDialogue:
		err = applyTo(p.dialogues, ref.ID, pos, ev, history)
	case domain.KindSource:
		err = applyTo(p.sources, ref.ID, pos, ev, history)
	case domain.KindLink:
		if _, seen := p.links[ref.ID]; !seen {
			p.linkOrder = append(p.linkOrder, ref.ID)
		}
		err = applyTo(p.links, ref.ID, pos, ev, history)
	default:
		err = fmt.Errorf("unknown record kind %q", ref.Kind)
	}
	if err != nil {
		return fmt.Errorf("apply position %d: %w", pos, err)
	}
	p.history[rec.Stream] = history
	p.recorded = append(p.recorded, rec.RecordedAt)
	p.head = pos
	close(p.changed)
	p.changed = make(chan struct{})
	return nil
}

// applyTo adds the next version of the record id. A fact is applied to a
// copy of the latest version (the aggregates copy what they keep, so older
// versions stay intact). A correction or retraction changes how earlier
// events read, so the record is replayed from its stream's history.
func applyTo[T any, P interface {
	*T
	domain.Aggregate
}](m map[string]versions[T], id string, pos uint64, ev domain.Event, history []Record) error {
	vs := m[id]
	var state T
	switch ev.(type) {
	case domain.RecordCorrected, domain.RecordRetracted:
		stream := make([]domain.Recorded, len(history))
		for i, h := range history {
			stream[i] = domain.Recorded{ID: h.EventID.String(), Type: h.Type, Data: h.Data}
		}
		if err := domain.Replay(P(&state), stream); err != nil {
			return err
		}
	default:
		state = vs.latest()
		P(&state).Apply(ev)
	}
	m[id] = append(vs, version[T]{known: pos, state: state})
	return nil
}

// WaitFor blocks until the projection has applied position pos or ctx ends.
func (p *Projection) WaitFor(ctx context.Context, pos uint64) error {
	for {
		p.mu.RLock()
		head, changed := p.head, p.changed
		p.mu.RUnlock()
		if head >= pos {
			return nil
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return fmt.Errorf("wait for position %d (projection at %d): %w", pos, head, ctx.Err())
		}
	}
}

// Run feeds the projection from store until ctx ends, resubscribing from its
// head after a failed subscription. It returns ctx's error, the store's
// ErrClosed, or the first event the projection cannot apply.
func Run(ctx context.Context, store eventstore.Store, p *Projection, log *slog.Logger) error {
	var applyErr error
	apply := func(ev eventstore.Event) error {
		if err := p.Apply(ev); err != nil {
			applyErr = err
			return err
		}
		return nil
	}
	for backoff := 100 * time.Millisecond; ; backoff = min(2*backoff, 5*time.Second) {
		err := store.Subscribe(ctx, p.Head(), apply)
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case applyErr != nil:
			return applyErr
		case errors.Is(err, eventstore.ErrClosed):
			return err
		}
		log.Warn("projection subscription dropped; resuming", "position", p.Head(), "err", err, "retry_in", backoff)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// AsOf is the point of a question: valid time, and recorded time either as a
// time or as a ledger position. Zero values mean today and the latest.
type AsOf struct {
	ValidAt  domain.Date
	KnownAt  time.Time
	Position uint64
}

// Basis is the point an answer was computed at. Repeating a question with
// Position and ValidAt of its basis gives the same answer.
type Basis struct {
	Position uint64
	ValidAt  domain.Date
}

// Query errors.
var (
	// ErrBadAsOf reports an AsOf that names both knownAt and a position.
	ErrBadAsOf = errors.New("asOf takes knownAt or position, not both")
	// ErrBeyondHead reports a position the projection has not reached.
	ErrBeyondHead = errors.New("position is beyond the ledger's head")
)

// Resolve returns the basis a question asked at a would be answered at.
func (p *Projection) Resolve(a AsOf) (Basis, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.resolve(a)
}

// resolve turns an AsOf into a basis. Callers hold the read lock.
func (p *Projection) resolve(a AsOf) (Basis, error) {
	b := Basis{Position: p.head, ValidAt: a.ValidAt}
	if b.ValidAt.IsZero() {
		b.ValidAt = domain.DateOf(p.now())
	}
	switch {
	case a.Position != 0 && !a.KnownAt.IsZero():
		return Basis{}, ErrBadAsOf
	case a.Position > p.head:
		return Basis{}, fmt.Errorf("%w: asked for %d, head is %d", ErrBeyondHead, a.Position, p.head)
	case a.Position != 0:
		b.Position = a.Position
	case !a.KnownAt.IsZero():
		b.Position = uint64(sort.Search(len(p.recorded), func(i int) bool { return p.recorded[i].After(a.KnownAt) }))
	}
	return b, nil
}
