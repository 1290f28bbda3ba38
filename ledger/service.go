package ledger

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/google/uuid"
)

// maxAttempts bounds how often a command is re-decided after losing a race
// to a concurrent writer of the same stream.
const maxAttempts = 3

// Service executes commands against an event store.
type Service struct {
	store Streams
	now   func() time.Time
	// folds, when set, keeps the aggregates and idempotency keys of the
	// streams across commands, so that each stream is folded once (bulk
	// import, whose store holds the streams in memory); nil replays the
	// stream for every command.
	folds *folds
}

// Streams is what the service needs of a store: an eventstore.Store, or
// the streams a bulk import decides against in memory.
type Streams interface {
	// ReadStream returns the events of stream after version after, as
	// eventstore.Store.ReadStream.
	ReadStream(ctx context.Context, stream string, after int64) ([]eventstore.Event, error)
	// Append appends events to stream at the expected version, as
	// eventstore.Store.Append.
	Append(ctx context.Context, stream string, expected int64, events ...eventstore.EventData) (eventstore.AppendResult, error)
}

// Options configures a Service.
type Options struct {
	// Now is the clock passed to decisions; time.Now by default.
	Now func() time.Time
}

// New returns a Service writing to store.
func New(store Streams, opts Options) *Service {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Service{store: store, now: opts.Now}
}

// Exclusive returns a service with s's clock writing to streams, which it
// alone writes (a bulk import's, in memory): it keeps each stream's folded
// aggregate and idempotency keys from one command to the next instead of
// replaying the stream for each. Wrong if anyone else writes.
func (s *Service) Exclusive(streams Streams) *Service {
	return &Service{store: streams, now: s.now, folds: newFolds()}
}

// Request carries what a caller says about a command besides its content.
type Request struct {
	// Actor is who gives the command; it is recorded on the events.
	Actor string
	// ExpectedVersion, when set, is the stream version the caller decided
	// on; if the stream has moved since, the command fails with a
	// *eventstore.VersionConflictError and writes nothing. When nil the
	// service decides on the latest version and retries lost races.
	ExpectedVersion *int64
	// CorrelationID groups the events of one request; a new one by default.
	CorrelationID string
	// IdempotencyKey, when set, makes the command safe to retry: a command
	// repeated with the same key and the same content returns the first
	// result and writes nothing; the same key with other content fails with
	// the rule idempotency.key_reused.
	IdempotencyKey string

	// InputHash, when set, must be InputHash of the command: computed
	// ahead (by a bulk import, while it decodes) to spare the service it.
	// InputJSON, if set with it, is the command's JSON form it hashed
	// (HashInput): an event that is the command itself (domain.Echoes) is
	// recorded with these bytes instead of being encoded again.
	InputHash string
	InputJSON []byte
	// InputChecked says that domain.CheckInput passed on the command with
	// this request's ExpectedVersion and IdempotencyKey: checked ahead (by
	// a bulk import, on its decoding workers) to spare the service it.
	InputChecked bool
	// EventIDs, when set, are the IDs of the command's first events; the
	// events after them get time-ordered IDs. OrderedIDs gives every event
	// a time-ordered ID even under an idempotency key (a bulk import, which
	// recognises a repeated command by its key before deciding it, and
	// whose store indexes time-ordered IDs at twice the speed of hashed
	// ones).
	EventIDs   []uuid.UUID
	OrderedIDs bool
}

// eventID returns the ID of the i-th event of the command.
func (r Request) eventID(i int) (uuid.UUID, error) {
	switch {
	case i < len(r.EventIDs):
		return r.EventIDs[i], nil
	case r.OrderedIDs:
		return uuid.NewV7()
	}
	return eventID(r.IdempotencyKey, i)
}

// Result tells where a command's events landed.
type Result struct {
	Stream string
	// Version is the stream's version after the command.
	Version int64
	// Position is the ledger position of the command's last event.
	Position uint64
}

// read returns the recorded events of stream.
func (s *Service) read(ctx context.Context, stream string) ([]eventstore.Event, error) {
	events, err := s.store.ReadStream(ctx, stream, 0)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", stream, err)
	}
	return events, nil
}

// recorded converts stored events to what the domain replays.
func recorded(events []eventstore.Event) []domain.Recorded {
	out := make([]domain.Recorded, len(events))
	for i, ev := range events {
		out[i] = domain.Recorded{ID: ev.ID.String(), Type: ev.Type, Data: ev.Data}
	}
	return out
}

// load folds the events of stream into agg.
func (s *Service) load(ctx context.Context, stream string, agg domain.Aggregate) error {
	events, err := s.read(ctx, stream)
	if err != nil {
		return err
	}
	if err := domain.Replay(agg, recorded(events)); err != nil {
		return fmt.Errorf("load %s: %w", stream, err)
	}
	return nil
}

// exists reports whether a record exists and is not retracted.
func (s *Service) exists(ctx context.Context, ref domain.Ref) (bool, error) {
	if domain.NewRecord(ref.Kind) == nil {
		return false, nil
	}
	stream := ref.Stream()
	events, err := s.read(ctx, stream)
	if err != nil {
		return false, err
	}
	h := &history{stream: stream, stored: events, fold: s.folds.stream(stream)}
	agg, err := h.Fold(func() domain.Aggregate { return domain.NewRecord(ref.Kind) })
	if err != nil {
		return false, fmt.Errorf("load %s: %w", stream, err)
	}
	rec := agg.(domain.Record)
	return rec.Exists() && !rec.Known().Retracted(), nil
}

// checkCitations fails if an event cites a registered source document that
// does not exist.
func (s *Service) checkCitations(ctx context.Context, events []domain.Event) error {
	var errs []error
	for _, ev := range events {
		for _, c := range domain.CitedSources(ev) {
			ok, err := s.exists(ctx, domain.Ref{Kind: domain.KindSource, ID: c.ID})
			if err != nil {
				return err
			}
			if !ok {
				errs = append(errs, &domain.RuleError{Kind: domain.ErrNotFound, Rule: "source.not_found", Field: c.Field(),
					Message: fmt.Sprintf("source document %q is not registered", c.ID)})
			}
		}
	}
	return errors.Join(errs...)
}

// decision decides a command given the history of its stream.
type decision func(h *history, now time.Time) ([]domain.Event, error)

// execute runs one command on stream: each attempt reads the stream, lets
// decide judge the command against it, and appends the new events with the
// version it read. input is the command itself, hashed to recognise a retry
// under an idempotency key.
func (s *Service) execute(ctx context.Context, req Request, command, stream string, input any, decide decision) (Result, error) {
	if !req.InputChecked {
		if err := domain.CheckInput(input, req.ExpectedVersion, req.IdempotencyKey); err != nil {
			return Result{}, err
		}
	}
	meta := domain.Metadata{Actor: req.Actor, CorrelationID: req.CorrelationID, Command: command, IdempotencyKey: req.IdempotencyKey}
	if req.IdempotencyKey != "" {
		meta.InputHash = req.InputHash
		if meta.InputHash == "" {
			var err error
			if meta.InputHash, err = InputHash(command, input); err != nil {
				return Result{}, fmt.Errorf("%s: %w", command, err)
			}
		}
		// A retry must produce the same events byte for byte, so that the
		// store recognises it even when two tries race.
		meta.CorrelationID = uuid.NewSHA1(idempotencyNamespace, []byte(req.IdempotencyKey)).String()
	}
	if meta.CorrelationID == "" {
		meta.CorrelationID = uuid.NewString()
	}
	metaJSON, err := domain.EncodeJSON(meta)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", command, err)
	}
	// What folds keeps of the stream (nil: it keeps nothing) is looked up
	// once for the command.
	fold := s.folds.stream(stream)
	for attempt := 1; ; attempt++ {
		stored, err := s.read(ctx, stream)
		if err != nil {
			return Result{}, err
		}
		if req.IdempotencyKey != "" {
			if res, done, err := fold.earlier(stored, meta); done || err != nil {
				return res, err
			}
		}
		var version int64
		if len(stored) > 0 {
			version = stored[len(stored)-1].Version
		}
		// A caller who decided on another version gets the conflict first:
		// the rules it broke, if any, were judged against another state.
		if req.ExpectedVersion != nil && *req.ExpectedVersion != version {
			return Result{}, &eventstore.VersionConflictError{Stream: stream, Expected: *req.ExpectedVersion, Actual: version}
		}
		h := &history{stream: stream, stored: stored, fold: fold}
		events, err := decide(h, s.now())
		if err == nil {
			err = s.checkCitations(ctx, events)
		}
		if err != nil {
			return Result{}, err
		}
		data := make([]eventstore.EventData, len(events))
		for i, ev := range events {
			var payload []byte
			if req.InputJSON != nil && req.InputHash != "" && domain.Echoes(input, ev) {
				payload = req.InputJSON
			} else if payload, err = domain.Encode(ev); err != nil {
				return Result{}, err
			}
			id, err := req.eventID(i)
			if err != nil {
				return Result{}, fmt.Errorf("%s: event id: %w", command, err)
			}
			data[i] = eventstore.EventData{ID: id, Type: ev.EventType(), Data: payload, Metadata: metaJSON}
		}
		res, err := s.store.Append(ctx, stream, version, data...)
		retry := errors.Is(err, eventstore.ErrVersionConflict) && req.ExpectedVersion == nil ||
			errors.Is(err, eventstore.ErrDuplicateEvent) && req.IdempotencyKey != ""
		if retry && attempt < maxAttempts {
			continue
		}
		if errors.Is(err, eventstore.ErrDuplicateEvent) && (req.IdempotencyKey != "" || len(req.EventIDs) > 0) {
			return Result{}, duplicateIDs(req, stream, err)
		}
		if err != nil {
			return Result{}, fmt.Errorf("%s: %w", command, err)
		}
		fold.advance(stream, version, events, meta, res, h.kept)
		return Result{Stream: stream, Version: res.Version, Position: res.Position}, nil
	}
}

// duplicateIDs is the client's error when the IDs of a command's events
// are already the IDs of other events: they come from the import file's
// eventIds, or from the idempotency key, which was then used for a command
// on another record (on the same record, execute recognises the key).
func duplicateIDs(req Request, stream string, err error) error {
	if len(req.EventIDs) > 0 {
		return &domain.RuleError{Kind: domain.ErrConflict, Rule: "event.id_taken", Field: "eventIds",
			Message: fmt.Sprintf("an event ID the command gives is already the ID of another event (%v)", err)}
	}
	return &domain.RuleError{Kind: domain.ErrConflict, Rule: "idempotency.key_reused", Field: "idempotencyKey",
		Message: fmt.Sprintf("idempotency key %q was used for another command, on another record than %s", req.IdempotencyKey, stream)}
}

// InputHash is the SHA-256 of a command's name and JSON form, recorded
// with an idempotency key to tell a retry from a reuse of the key. The JSON
// form is json.Marshal's, byte for byte (domain.EncodeJSON): the hashes
// recorded must not change.
func InputHash(command string, input any) (string, error) {
	hash, _, err := HashInput(command, input)
	return hash, err
}

// HashInput returns InputHash of the command, and the JSON form of input
// it hashed.
func HashInput(command string, input any) (hash string, encoded []byte, err error) {
	if encoded, err = domain.EncodeJSON(input); err != nil {
		return "", nil, err
	}
	h := sha256.New()
	h.Write([]byte(command))
	h.Write([]byte{'\n'})
	h.Write(encoded)
	return hex.EncodeToString(h.Sum(nil)), encoded, nil
}

// idempotencyNamespace derives event and correlation IDs from idempotency
// keys.
var idempotencyNamespace = uuid.MustParse("5b1c8f1e-4a52-4f0e-9d0b-6f3f5d1f2a10")

// eventID returns the ID of the i-th event of a command: time-ordered
// (UUIDv7) normally, derived from the key when the command has one, so that
// a retry proposes the same IDs.
func eventID(key string, i int) (uuid.UUID, error) {
	if key == "" {
		return uuid.NewV7()
	}
	return uuid.NewSHA1(idempotencyNamespace, []byte(fmt.Sprintf("%s\n%d", key, i))), nil
}

// earlier finds the events a command with the same idempotency key already
// wrote to the stream: done is true if there are some, with the result they
// gave; a key reused for other content is an error.
func earlier(stored []eventstore.Event, meta domain.Metadata) (res Result, done bool, err error) {
	for _, ev := range stored {
		m, merr := domain.DecodeMetadata(ev.Metadata)
		if merr != nil || m.IdempotencyKey != meta.IdempotencyKey {
			continue
		}
		if m.InputHash != meta.InputHash || m.Command != meta.Command {
			return Result{}, false, &domain.RuleError{Kind: domain.ErrConflict, Rule: "idempotency.key_reused", Field: "idempotencyKey",
				Message: fmt.Sprintf("idempotency key %q was used for another command (%s at version %d)", meta.IdempotencyKey, m.Command, ev.Version)}
		}
		res, done = Result{Stream: ev.Stream, Version: ev.Version, Position: ev.Position}, true
	}
	return res, done, nil
}

// Do runs cmd, a command given as its domain value (domain.AnnounceMeasure
// ...): it decides it against the stream of the record it is about, as the
// command's domain.CommandType says, and appends the new events.
func (s *Service) Do(ctx context.Context, req Request, cmd any) (Result, error) {
	t, ok := domain.CommandOf(cmd)
	if !ok {
		return Result{}, fmt.Errorf("ledger: %T is not a command", cmd)
	}
	return s.run(ctx, req, t, cmd)
}

// run runs cmd, of type t.
func (s *Service) run(ctx context.Context, req Request, t *domain.CommandType, cmd any) (Result, error) {
	return s.execute(ctx, req, t.Name, t.Subject(cmd).Stream(), cmd, func(h *history, now time.Time) ([]domain.Event, error) {
		return t.Decide(cmd, reads{history: h, s: s, ctx: ctx}, now)
	})
}

// reads is the domain.History of a decision: its stream, and the other
// records read through the service. It lives for one decision, which is
// why it holds the decision's context.
type reads struct {
	*history
	s   *Service
	ctx context.Context
}

func (r reads) Exists(ref domain.Ref) (bool, error) { return r.s.exists(r.ctx, ref) }

func (r reads) Load(ref domain.Ref, agg domain.Aggregate) error {
	return r.s.load(r.ctx, ref.Stream(), agg)
}
