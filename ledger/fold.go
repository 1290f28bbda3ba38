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
	// fold is what folds keeps of the stream, if it keeps folds.
	fold *streamFold
	// recorded holds stored as the domain replays it, once asked for:
	// a decision on a folded aggregate does not need it.
	recorded []domain.Recorded
	// kept is the aggregate the decision offered with its events applied
	// (Keep), if any.
	kept domain.Aggregate
}

// Keep keeps agg, the stream folded with the decision's events, to become
// the stream's fold once they are recorded.
func (h *history) Keep(agg domain.Aggregate) { h.kept = agg }

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
	st := h.fold
	if st != nil && st.agg != nil && st.version == version {
		return st.agg, nil
	}
	agg := newAgg()
	if err := domain.Replay(agg, h.Events()); err != nil {
		return nil, err
	}
	if st != nil {
		st.agg, st.version = agg, version
	}
	return agg, nil
}

// folds keeps, for a Service that decides many commands against streams
// it alone writes (bulk import), each stream's folded aggregate and the
// idempotency keys recorded in it. A nil *folds keeps nothing.
type folds struct {
	streams map[string]*streamFold
}

// streamFold is what folds keeps of one stream.
type streamFold struct {
	// agg is the stream folded at version, if not nil.
	agg     domain.Aggregate
	version int64
	// keys are the idempotency keys of the stream's first keysVersion
	// events, if not nil.
	keys        map[string]*keyed
	keysVersion int64
}

// keyed is what an idempotency key of a stream recorded.
type keyed struct {
	// inputHash and command are those of the first event with the key,
	// at version.
	inputHash, command string
	version            int64
	res                Result // of the last event with the key
}

func newFolds() *folds {
	return &folds{streams: map[string]*streamFold{}}
}

// stream returns what is kept of stream, adding it if there is nothing; a
// nil *folds keeps nothing, and returns nil.
func (f *folds) stream(name string) *streamFold {
	if f == nil {
		return nil
	}
	st := f.streams[name]
	if st == nil {
		st = &streamFold{}
		f.streams[name] = st
	}
	return st
}

// advance brings the aggregate kept for stream, if it was at version, past
// the events just appended. A correction, or the retraction of one event,
// changes how earlier events read: the stream's fold is then the one the
// decision replayed with its events (kept), if it offered one, else the
// stream is replayed when next needed.
func (st *streamFold) advance(stream string, version int64, events []domain.Event, meta domain.Metadata, res eventstore.AppendResult, kept domain.Aggregate) {
	if st == nil {
		return
	}
	// The keys of the stream are known without reading the metadata back.
	if st.keys != nil && st.keysVersion == version {
		if meta.IdempotencyKey != "" && st.keys[meta.IdempotencyKey] == nil {
			st.keys[meta.IdempotencyKey] = &keyed{inputHash: meta.InputHash, command: meta.Command, version: version + 1,
				res: Result{Stream: stream, Version: res.Version, Position: res.Position}}
		}
		st.keysVersion = res.Version
	}
	if kept != nil {
		st.agg, st.version = kept, res.Version
		return
	}
	if st.agg == nil {
		return
	}
	if st.version != version {
		st.agg = nil
		return
	}
	for _, ev := range events {
		switch e := ev.(type) {
		case domain.RecordCorrected:
			st.agg = nil
			return
		case domain.RecordRetracted:
			// The retraction of the whole record folds as any event; of
			// one event, it takes that event out of the replay.
			if e.EventID != "" {
				st.agg = nil
				return
			}
		}
	}
	for _, ev := range events {
		st.agg.Apply(ev)
	}
	st.version = res.Version
}

// earlier is the package's earlier, reading each event's metadata once.
func (st *streamFold) earlier(stored []eventstore.Event, meta domain.Metadata) (Result, bool, error) {
	if st == nil {
		return earlier(stored, meta)
	}
	if st.keys == nil || st.keysVersion > int64(len(stored)) {
		st.keys, st.keysVersion = map[string]*keyed{}, 0
	}
	for _, ev := range stored[st.keysVersion:] {
		m, merr := domain.DecodeMetadata(ev.Metadata)
		if merr != nil || m.IdempotencyKey == "" {
			continue
		}
		k := st.keys[m.IdempotencyKey]
		if k == nil {
			k = &keyed{inputHash: m.InputHash, command: m.Command, version: ev.Version}
			st.keys[m.IdempotencyKey] = k
		}
		k.res = Result{Stream: ev.Stream, Version: ev.Version, Position: ev.Position}
	}
	st.keysVersion = int64(len(stored))
	k, ok := st.keys[meta.IdempotencyKey]
	if !ok {
		return Result{}, false, nil
	}
	if k.inputHash != meta.InputHash || k.command != meta.Command {
		return Result{}, false, &domain.RuleError{Kind: domain.ErrConflict, Rule: "idempotency.key_reused", Field: "idempotencyKey",
			Message: fmt.Sprintf("idempotency key %q was used for another command (%s at version %d)", meta.IdempotencyKey, k.command, k.version)}
	}
	return k.res, true, nil
}
