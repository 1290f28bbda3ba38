package graph

import (
	"context"
	"crypto/ed25519"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/lru"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/integrity"
	"github.com/controlsledger/ledger/integrity/merkle"
	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/projections"
)

// Commands is what the API needs of the application service: one method
// that runs any command, given as its domain value (domain.AnnounceMeasure
// ...).
type Commands interface {
	Do(ctx context.Context, req ledger.Request, cmd any) (ledger.Result, error)
}

// Views is what the API needs of the read models.
type Views interface {
	Head() uint64
	WaitFor(ctx context.Context, position uint64) error
	Resolve(projections.AsOf) (projections.Basis, error)
	MeasurePage(projections.AsOf, projections.MeasureFilter, projections.PageRequest) (projections.Basis, projections.Page[projections.MeasureView], error)
	Measure(id string, asOf projections.AsOf) (projections.Basis, projections.MeasureView, bool, error)
	DesignationPage(projections.AsOf, projections.DesignationFilter, projections.PageRequest) (projections.Basis, projections.Page[projections.DesignationView], error)
	Designation(id string, asOf projections.AsOf) (projections.Basis, projections.DesignationView, bool, error)
	Transactions(projections.AsOf) (projections.Basis, []projections.TransactionView, error)
	Transaction(id string, asOf projections.AsOf) (projections.Basis, projections.TransactionView, bool, error)
	EnforcementActions(projections.AsOf) (projections.Basis, []projections.EnforcementView, error)
	EnforcementAction(id string, asOf projections.AsOf) (projections.Basis, projections.EnforcementView, bool, error)
	Dialogues(asOf projections.AsOf, origin *domain.MeetingRef) (projections.Basis, []projections.DialogueView, error)
	Dialogue(id string, asOf projections.AsOf) (projections.Basis, projections.DialogueView, bool, error)
	Source(id string, asOf projections.AsOf) (projections.Basis, projections.SourceView, bool, error)
	Lists(asOf projections.AsOf) (projections.Basis, []projections.ListFreshness, error)
	ListDelta(list string, a, b projections.AsOf, req projections.PageRequest) (projections.Basis, projections.Basis, projections.Page[projections.ListChange], error)
	Exists(ref domain.Ref, asOf projections.AsOf) (projections.Basis, bool, error)
	Links(b projections.Basis, from, to domain.Ref) []projections.LinkView
	History(stream string, b projections.Basis) []projections.Record
}

// Proofs is what the API needs of the ledger's Merkle tree.
type Proofs interface {
	Size() uint64
	WaitFor(ctx context.Context, size uint64) error
	Hash(position uint64) ([32]byte, error)
	Root(size uint64) (merkle.Hash, error)
	InclusionProof(position, size uint64) ([]merkle.Hash, error)
	ConsistencyProof(m, n uint64) ([]merkle.Hash, error)
	Checkpoints() []integrity.Checkpoint
	CheckpointAt(size uint64) (integrity.Checkpoint, bool)
	CheckpointAtPosition(position uint64) (integrity.Checkpoint, bool)
}

// Sealer seals signed checkpoints on demand.
type Sealer interface {
	Seal(ctx context.Context) (cp integrity.Checkpoint, sealed bool, err error)
	PublicKey() ed25519.PublicKey
}

// Events is what the API needs of the event store: a subscription that
// catches up from a position and then follows live appends.
type Events interface {
	Head(ctx context.Context) (uint64, error)
	Subscribe(ctx context.Context, after uint64, fn func(eventstore.Event) error) error
}

// Resolver is the root of the resolvers.
type Resolver struct {
	Commands Commands
	Views    Views
	Analyses Analyses
	Proofs   Proofs
	Events   Events
	// Sealer seals checkpoints for sealCheckpoint; nil when the server has
	// no signing key.
	Sealer Sealer
	// Screener answers screen and screenBatch; nil: they fail.
	Screener Screener
	// WaitTimeout bounds how long a query waits for the read models to reach
	// a position it asks for (read your writes).
	WaitTimeout time.Duration
	// Stop, when closed, ends every subscription cleanly (the server is
	// shutting down). Nil means never.
	Stop <-chan struct{}

	tailOnce sync.Once
	tail     *tail

	countsOnce sync.Once
	countCache *lru.LRU[int]
}

// counts caches the totals of filtered listings by listing, filter and
// basis, the most recent countCacheSize of them: counting checks every
// candidate record, and a client paging through an answer asks the same
// total at the same basis on every page.
func (r *Resolver) counts() *lru.LRU[int] {
	r.countsOnce.Do(func() { r.countCache = lru.New[int](countCacheSize) })
	return r.countCache
}

const countCacheSize = 4096

// subscriptionContext returns a context that ends with ctx or when the
// server stops.
func (r *Resolver) subscriptionContext(ctx context.Context) context.Context {
	ctx, cancel := context.WithCancel(ctx)
	go func() {
		select {
		case <-r.Stop:
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx
}

// run executes a mutation's command. Broken rules come back as user errors
// with a nil result; other failures as the error.
func (r *Resolver) run(ctx context.Context, expectedVersion *int, idempotencyKey *string, exec func(ledger.Request) (ledger.Result, error)) (*ledger.Result, []UserError, error) {
	if err := require(ctx, RoleRecorder); err != nil {
		return nil, nil, err
	}
	req := ledger.Request{Actor: principal(ctx).Actor, CorrelationID: requestID(ctx)}
	if expectedVersion != nil {
		v := int64(*expectedVersion)
		req.ExpectedVersion = &v
	}
	if idempotencyKey != nil {
		// Its length and text are checked with the command's own text
		// (domain.CheckInput: text.too_long beyond
		// domain.MaxIdempotencyKeyLength characters).
		if *idempotencyKey == "" {
			return nil, []UserError{{Field: []string{"idempotencyKey"}, Rule: "idempotency.key_length", Code: CodeBadUserInput,
				Message: "idempotencyKey must not be empty: leave it out for a command that is not retried"}}, nil
		}
		req.IdempotencyKey = *idempotencyKey
	}
	res, err := exec(req)
	if err == nil {
		return &res, nil, nil
	}
	rules := domain.RuleErrors(err)
	if len(rules) == 0 {
		return nil, nil, err
	}
	out := make([]UserError, len(rules))
	for i, re := range rules {
		out[i] = UserError{Field: fieldPath(re.Field), Message: re.Message, Rule: re.Rule, Code: ruleCode(re)}
	}
	return nil, out, nil
}

// waitFor waits until the read models have applied position.
func (r *Resolver) waitFor(ctx context.Context, position uint64) error {
	ctx, cancel := context.WithTimeout(ctx, r.WaitTimeout)
	defer cancel()
	return r.Views.WaitFor(ctx, position)
}

// asOf turns the API's AsOf into the read models', waiting for a position
// the read models have not reached yet.
func (r *Resolver) asOf(ctx context.Context, a *AsOf) (projections.AsOf, error) {
	var out projections.AsOf
	if a == nil {
		return out, nil
	}
	if a.ValidAt != nil {
		out.ValidAt = *a.ValidAt
	}
	if a.KnownAt != nil {
		out.KnownAt = *a.KnownAt
	}
	if a.PublishedBy != nil {
		out.PublishedBy = *a.PublishedBy
	}
	if a.AfterPosition != nil {
		if a.Position != nil || a.KnownAt != nil {
			return out, inputError("asOf.afterPosition", "asof.exclusive", "asOf.afterPosition reads the latest state from a position on: leave out knownAt and position")
		}
		if *a.AfterPosition < 0 {
			return out, inputError("asOf.afterPosition", "position.negative", "asOf.afterPosition must not be negative")
		}
		// Waited for, then read at the latest position: the read models
		// never go back, so the answer includes the write.
		if after := uint64(*a.AfterPosition); after > r.Views.Head() {
			if err := r.waitFor(ctx, after); err != nil {
				return out, inputError("asOf.afterPosition", "position.beyond_head", "asOf.afterPosition %d is beyond the ledger's head (%d)", after, r.Views.Head())
			}
		}
	}
	if a.Position != nil {
		if *a.Position < 0 {
			return out, inputError("asOf.position", "position.negative", "asOf.position must not be negative")
		}
		out.Position = uint64(*a.Position)
		if out.Position > r.Views.Head() {
			if err := r.waitFor(ctx, out.Position); err != nil {
				return out, inputError("asOf.position", "position.beyond_head", "asOf.position %d is beyond the ledger's head (%d)", out.Position, r.Views.Head())
			}
		}
	}
	return out, nil
}
