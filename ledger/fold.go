package ledger

import (
	"fmt"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
)

// history is the stream a command is decided on: its stored events, and
// the folds that may hold its aggregate already.
type history struct {
	stream string
	stored []eventstore.Event
	folds  *folds
	// recorded holds stored as the domain replays it, once asked for:
	// a decision on a folded aggregate does not need it.
	recorded []domain.Recorded
}

// Events returns the stream's events as the domain replays them.
func (h *history) Events() []domain.Recorded {
	if h.recorded == nil && len(h.stored) > 0 {
		h.recorded = recorded(h.stored)
	}
	return h.recorded
}

// Fold returns the aggregate of the stream: the one kept in folds if it is
// at the stream's version, else newAgg() with the events replayed into it
// (and kept). Decisions are pure, so the aggregate a decision sees stays
// as it is whether the command succeeds or not.
func (h *history) Fold(newAgg func() domain.Aggregate) (domain.Aggregate, error) {
	version := int64(len(h.stored))
	if h.folds != nil {
		if f, ok := h.folds.aggs[h.stream]; ok && f.version == version {
			return f.agg, nil
		}
	}
	agg := newAgg()
	if err := domain.Replay(agg, h.Events()); err != nil {
		return nil, err
	}
	if h.folds != nil {
		h.folds.aggs[h.stream] = &fold{version: version, agg: agg}
	}
	return agg, nil
}

// folds keeps, for a Service that decides many commands against streams
// it alone writes (bulk import), each stream's folded aggregate and the
// idempotency keys recorded in it. A nil *folds keeps nothing.
type folds struct {
	aggs map[string]*fold
	keys map[string]*keyIndex
}

type fold struct {
	version int64
	agg     domain.Aggregate
}

// keyIndex holds the idempotency keys of a stream's first version events.
type keyIndex struct {
	version int64
	byKey   map[string]*keyed
}

type keyed struct {
	meta    domain.Metadata // of the first event with the key
	version int64           // of that event
	res     Result          // of the last event with the key
}

func newFolds() *folds {
	return &folds{aggs: map[string]*fold{}, keys: map[string]*keyIndex{}}
}

// advance brings the aggregate kept for stream, if it was at version, past
// the events just appended. A correction or retraction changes how earlier
// events read: the stream is replayed when next needed.
func (f *folds) advance(stream string, version int64, events []domain.Event, meta domain.Metadata, res eventstore.AppendResult) {
	if f == nil {
		return
	}
	// The keys of the stream are known without reading the metadata back.
	if idx := f.keys[stream]; idx != nil && idx.version == version {
		if meta.IdempotencyKey != "" && idx.byKey[meta.IdempotencyKey] == nil {
			idx.byKey[meta.IdempotencyKey] = &keyed{meta: meta, version: version + 1,
				res: Result{Stream: stream, Version: res.Version, Position: res.Position}}
		}
		idx.version = res.Version
	}
	c, ok := f.aggs[stream]
	if !ok {
		return
	}
	if c.version != version {
		delete(f.aggs, stream)
		return
	}
	for _, ev := range events {
		switch ev.(type) {
		case domain.RecordCorrected, domain.RecordRetracted:
			delete(f.aggs, stream)
			return
		}
	}
	for _, ev := range events {
		c.agg.Apply(ev)
	}
	c.version = res.Version
}

// earlier is the package's earlier, reading each event's metadata once.
func (f *folds) earlier(stream string, stored []eventstore.Event, meta domain.Metadata) (Result, bool, error) {
	if f == nil {
		return earlier(stored, meta)
	}
	idx := f.keys[stream]
	if idx == nil || idx.version > int64(len(stored)) {
		idx = &keyIndex{byKey: map[string]*keyed{}}
		f.keys[stream] = idx
	}
	for _, ev := range stored[idx.version:] {
		m, merr := domain.DecodeMetadata(ev.Metadata)
		if merr != nil || m.IdempotencyKey == "" {
			continue
		}
		k := idx.byKey[m.IdempotencyKey]
		if k == nil {
			k = &keyed{meta: m, version: ev.Version}
			idx.byKey[m.IdempotencyKey] = k
		}
		k.res = Result{Stream: ev.Stream, Version: ev.Version, Position: ev.Position}
	}
	idx.version = int64(len(stored))
	k, ok := idx.byKey[meta.IdempotencyKey]
	if !ok {
		return Result{}, false, nil
	}
	if k.meta.InputHash != meta.InputHash || k.meta.Command != meta.Command {
		return Result{}, false, &domain.RuleError{Kind: domain.ErrConflict, Rule: "idempotency.key_reused", Field: "idempotencyKey",
			Message: fmt.Sprintf("idempotency key %q was used for another command (%s at version %d)", meta.IdempotencyKey, k.meta.Command, k.version)}
	}
	return k.res, true, nil
}
