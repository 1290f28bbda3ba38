package ledger

import (
	"context"
	"encoding/json"
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
	store eventstore.Store
	now   func() time.Time
}

// Options configures a Service.
type Options struct {
	// Now is the clock passed to decisions; time.Now by default.
	Now func() time.Time
}

// New returns a Service writing to store.
func New(store eventstore.Store, opts Options) *Service {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Service{store: store, now: opts.Now}
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
}

// Result tells where a command's events landed.
type Result struct {
	Stream string
	// Version is the stream's version after the command.
	Version int64
	// Position is the ledger position of the command's last event.
	Position uint64
}

// aggregate is what the service loads from a stream.
type aggregate interface{ Apply(domain.Event) }

// load folds the events of stream into agg and returns the stream version.
func (s *Service) load(ctx context.Context, stream string, agg aggregate) (int64, error) {
	events, err := s.store.ReadStream(ctx, stream, 0)
	if err != nil {
		return 0, fmt.Errorf("load %s: %w", stream, err)
	}
	var version int64
	for _, rec := range events {
		ev, err := domain.Decode(rec.Type, rec.Data)
		if err != nil {
			return 0, fmt.Errorf("load %s at v%d: %w", stream, rec.Version, err)
		}
		agg.Apply(ev)
		version = rec.Version
	}
	return version, nil
}

// execute runs the decide function of one command on stream: decide is
// called with a fresh load each attempt and returns the stream's loaded
// version (-1 if it could not be loaded) and the new events.
func (s *Service) execute(ctx context.Context, req Request, command, stream string, decide func(now time.Time) (int64, []domain.Event, error)) (Result, error) {
	if req.CorrelationID == "" {
		req.CorrelationID = uuid.NewString()
	}
	meta, err := json.Marshal(domain.Metadata{Actor: req.Actor, CorrelationID: req.CorrelationID, Command: command})
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", command, err)
	}
	for attempt := 1; ; attempt++ {
		version, events, err := decide(s.now())
		// A caller who decided on another version gets the conflict first:
		// the rules it broke, if any, were judged against another state.
		if version >= 0 && req.ExpectedVersion != nil && *req.ExpectedVersion != version {
			return Result{}, &eventstore.VersionConflictError{Stream: stream, Expected: *req.ExpectedVersion, Actual: version}
		}
		if err != nil {
			return Result{}, err
		}
		data := make([]eventstore.EventData, len(events))
		for i, ev := range events {
			payload, err := domain.Encode(ev)
			if err != nil {
				return Result{}, err
			}
			id, err := uuid.NewV7()
			if err != nil {
				return Result{}, fmt.Errorf("%s: event id: %w", command, err)
			}
			data[i] = eventstore.EventData{ID: id, Type: ev.EventType(), Data: payload, Metadata: meta}
		}
		res, err := s.store.Append(ctx, stream, version, data...)
		if errors.Is(err, eventstore.ErrVersionConflict) && req.ExpectedVersion == nil && attempt < maxAttempts {
			continue
		}
		if err != nil {
			return Result{}, fmt.Errorf("%s: %w", command, err)
		}
		return Result{Stream: stream, Version: res.Version, Position: res.Position}, nil
	}
}

// on returns the decide function of execute for an aggregate of type A
// loaded from stream.
func on[A any, P interface {
	*A
	aggregate
}](ctx context.Context, s *Service, stream string, decide func(P, time.Time) ([]domain.Event, error)) func(time.Time) (int64, []domain.Event, error) {
	return func(now time.Time) (int64, []domain.Event, error) {
		agg := P(new(A))
		v, err := s.load(ctx, stream, agg)
		if err != nil {
			return -1, nil, err
		}
		evs, err := decide(agg, now)
		return v, evs, err
	}
}

// AnnounceMeasure records a new measure.
func (s *Service) AnnounceMeasure(ctx context.Context, req Request, cmd domain.AnnounceMeasure) (Result, error) {
	stream := domain.StreamName(domain.KindMeasure, cmd.MeasureID)
	return s.execute(ctx, req, "AnnounceMeasure", stream, on(ctx, s, stream, func(m *domain.Measure, now time.Time) ([]domain.Event, error) {
		return m.Announce(cmd, now)
	}))
}

// SuspendMeasure suspends a measure or some of its provisions.
func (s *Service) SuspendMeasure(ctx context.Context, req Request, cmd domain.SuspendMeasure) (Result, error) {
	stream := domain.StreamName(domain.KindMeasure, cmd.MeasureID)
	return s.execute(ctx, req, "SuspendMeasure", stream, on(ctx, s, stream, func(m *domain.Measure, now time.Time) ([]domain.Event, error) {
		return m.Suspend(cmd, now)
	}))
}

// RevokeMeasure ends a measure from a date.
func (s *Service) RevokeMeasure(ctx context.Context, req Request, cmd domain.RevokeMeasure) (Result, error) {
	stream := domain.StreamName(domain.KindMeasure, cmd.MeasureID)
	return s.execute(ctx, req, "RevokeMeasure", stream, on(ctx, s, stream, func(m *domain.Measure, now time.Time) ([]domain.Event, error) {
		return m.Revoke(cmd, now)
	}))
}

// RecordMeeting records a meeting held under a dialogue.
func (s *Service) RecordMeeting(ctx context.Context, req Request, cmd domain.RecordMeeting) (Result, error) {
	stream := domain.StreamName(domain.KindDialogue, cmd.DialogueID)
	return s.execute(ctx, req, "RecordMeeting", stream, on(ctx, s, stream, func(d *domain.Dialogue, now time.Time) ([]domain.Event, error) {
		return d.RecordMeeting(cmd, now)
	}))
}

// AnnounceTransaction records a transaction that may come under review.
func (s *Service) AnnounceTransaction(ctx context.Context, req Request, cmd domain.AnnounceTransaction) (Result, error) {
	stream := domain.StreamName(domain.KindTransaction, cmd.TransactionID)
	return s.execute(ctx, req, "AnnounceTransaction", stream, on(ctx, s, stream, func(t *domain.Transaction, now time.Time) ([]domain.Event, error) {
		return t.Announce(cmd, now)
	}))
}

// ConcludeReview records how an authority's review of a transaction ended.
func (s *Service) ConcludeReview(ctx context.Context, req Request, cmd domain.ConcludeReview) (Result, error) {
	stream := domain.StreamName(domain.KindTransaction, cmd.TransactionID)
	return s.execute(ctx, req, "ConcludeReview", stream, on(ctx, s, stream, func(t *domain.Transaction, now time.Time) ([]domain.Event, error) {
		return t.ConcludeReview(cmd, now)
	}))
}

// LinkMeasures records a relation between two measures. The measures are
// read, not written: a link stands on its own stream.
func (s *Service) LinkMeasures(ctx context.Context, req Request, cmd domain.LinkMeasures) (Result, error) {
	stream := domain.StreamName(domain.KindLink, cmd.LinkID)
	return s.execute(ctx, req, "LinkMeasures", stream, on(ctx, s, stream, func(l *domain.Link, now time.Time) ([]domain.Event, error) {
		var from, to domain.Measure
		if _, err := s.load(ctx, domain.StreamName(domain.KindMeasure, cmd.FromMeasureID), &from); err != nil {
			return nil, err
		}
		if _, err := s.load(ctx, domain.StreamName(domain.KindMeasure, cmd.ToMeasureID), &to); err != nil {
			return nil, err
		}
		return l.Record(cmd, &from, &to, now)
	}))
}

// EstablishDialogue records a consultation mechanism.
func (s *Service) EstablishDialogue(ctx context.Context, req Request, cmd domain.EstablishDialogue) (Result, error) {
	stream := domain.StreamName(domain.KindDialogue, cmd.DialogueID)
	return s.execute(ctx, req, "EstablishDialogue", stream, on(ctx, s, stream, func(d *domain.Dialogue, now time.Time) ([]domain.Event, error) {
		var origin *domain.Dialogue
		if ref := cmd.EstablishedAt; ref != nil {
			origin = &domain.Dialogue{}
			if _, err := s.load(ctx, domain.StreamName(domain.KindDialogue, ref.DialogueID), origin); err != nil {
				return nil, err
			}
		}
		return d.Establish(cmd, origin, now)
	}))
}
