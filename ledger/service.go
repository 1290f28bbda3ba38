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

// read returns the recorded events of stream, as the domain replays them.
func (s *Service) read(ctx context.Context, stream string) ([]domain.Recorded, int64, error) {
	events, err := s.store.ReadStream(ctx, stream, 0)
	if err != nil {
		return nil, 0, fmt.Errorf("load %s: %w", stream, err)
	}
	out := make([]domain.Recorded, len(events))
	var version int64
	for i, ev := range events {
		out[i] = domain.Recorded{ID: ev.ID.String(), Type: ev.Type, Data: ev.Data}
		version = ev.Version
	}
	return out, version, nil
}

// load folds the events of stream into agg and returns the stream version.
func (s *Service) load(ctx context.Context, stream string, agg domain.Aggregate) (int64, error) {
	events, version, err := s.read(ctx, stream)
	if err != nil {
		return 0, err
	}
	if err := domain.Replay(agg, events); err != nil {
		return 0, fmt.Errorf("load %s: %w", stream, err)
	}
	return version, nil
}

// exists reports whether a record exists and is not retracted.
func (s *Service) exists(ctx context.Context, ref domain.Ref) (bool, error) {
	rec := domain.NewRecord(ref.Kind)
	if rec == nil {
		return false, nil
	}
	if _, err := s.load(ctx, ref.Stream(), rec); err != nil {
		return false, err
	}
	return rec.Exists() && !rec.Known().Retracted(), nil
}

// checkCitations fails if an event cites a registered source document that
// does not exist.
func (s *Service) checkCitations(ctx context.Context, events []domain.Event) error {
	var errs []error
	for _, ev := range events {
		for field, id := range domain.CitedSources(ev) {
			ok, err := s.exists(ctx, domain.Ref{Kind: domain.KindSource, ID: id})
			if err != nil {
				return err
			}
			if !ok {
				errs = append(errs, &domain.RuleError{Kind: domain.ErrNotFound, Rule: "source.not_found", Field: field,
					Message: fmt.Sprintf("source document %q is not registered", id)})
			}
		}
	}
	return errors.Join(errs...)
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
		if err == nil {
			err = s.checkCitations(ctx, events)
		}
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
	domain.Aggregate
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

// onStream returns the decide function of execute for a decision over the
// recorded events of stream (the knowledge commands).
func onStream(ctx context.Context, s *Service, stream string, decide func([]domain.Recorded, time.Time) ([]domain.Event, error)) func(time.Time) (int64, []domain.Event, error) {
	return func(now time.Time) (int64, []domain.Event, error) {
		events, v, err := s.read(ctx, stream)
		if err != nil {
			return -1, nil, err
		}
		evs, err := decide(events, now)
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

// SetProvisionEffective sets the effective date of a provision announced without one.
func (s *Service) SetProvisionEffective(ctx context.Context, req Request, cmd domain.SetProvisionEffective) (Result, error) {
	stream := domain.StreamName(domain.KindMeasure, cmd.MeasureID)
	return s.execute(ctx, req, "SetProvisionEffective", stream, on(ctx, s, stream, func(m *domain.Measure, now time.Time) ([]domain.Event, error) {
		return m.SetProvisionEffective(cmd, now)
	}))
}

// AmendMeasure changes a measure's scope, items or provisions from a date.
func (s *Service) AmendMeasure(ctx context.Context, req Request, cmd domain.AmendMeasure) (Result, error) {
	stream := domain.StreamName(domain.KindMeasure, cmd.MeasureID)
	return s.execute(ctx, req, "AmendMeasure", stream, on(ctx, s, stream, func(m *domain.Measure, now time.Time) ([]domain.Event, error) {
		return m.Amend(cmd, now)
	}))
}

// SuspendMeasure suspends a measure or some of its provisions.
func (s *Service) SuspendMeasure(ctx context.Context, req Request, cmd domain.SuspendMeasure) (Result, error) {
	stream := domain.StreamName(domain.KindMeasure, cmd.MeasureID)
	return s.execute(ctx, req, "SuspendMeasure", stream, on(ctx, s, stream, func(m *domain.Measure, now time.Time) ([]domain.Event, error) {
		return m.Suspend(cmd, now)
	}))
}

// EndSuspension records the end of a suspension.
func (s *Service) EndSuspension(ctx context.Context, req Request, cmd domain.EndSuspension) (Result, error) {
	stream := domain.StreamName(domain.KindMeasure, cmd.MeasureID)
	return s.execute(ctx, req, "EndSuspension", stream, on(ctx, s, stream, func(m *domain.Measure, now time.Time) ([]domain.Event, error) {
		return m.EndSuspension(cmd, now)
	}))
}

// RevokeMeasure ends a measure from a date.
func (s *Service) RevokeMeasure(ctx context.Context, req Request, cmd domain.RevokeMeasure) (Result, error) {
	stream := domain.StreamName(domain.KindMeasure, cmd.MeasureID)
	return s.execute(ctx, req, "RevokeMeasure", stream, on(ctx, s, stream, func(m *domain.Measure, now time.Time) ([]domain.Event, error) {
		return m.Revoke(cmd, now)
	}))
}

// ExpireMeasure records that a measure lapsed.
func (s *Service) ExpireMeasure(ctx context.Context, req Request, cmd domain.ExpireMeasure) (Result, error) {
	stream := domain.StreamName(domain.KindMeasure, cmd.MeasureID)
	return s.execute(ctx, req, "ExpireMeasure", stream, on(ctx, s, stream, func(m *domain.Measure, now time.Time) ([]domain.Event, error) {
		return m.Expire(cmd, now)
	}))
}

// AmendDesignation changes the terms of a designation.
func (s *Service) AmendDesignation(ctx context.Context, req Request, cmd domain.AmendDesignation) (Result, error) {
	stream := domain.StreamName(domain.KindDesignation, cmd.DesignationID)
	return s.execute(ctx, req, "AmendDesignation", stream, on(ctx, s, stream, func(d *domain.Designation, now time.Time) ([]domain.Event, error) {
		return d.Amend(cmd, now)
	}))
}

// DelistParty takes a party off a list.
func (s *Service) DelistParty(ctx context.Context, req Request, cmd domain.DelistParty) (Result, error) {
	stream := domain.StreamName(domain.KindDesignation, cmd.DesignationID)
	return s.execute(ctx, req, "DelistParty", stream, on(ctx, s, stream, func(d *domain.Designation, now time.Time) ([]domain.Event, error) {
		return d.Delist(cmd, now)
	}))
}

// AnnounceTransaction records a transaction that may come under review.
func (s *Service) AnnounceTransaction(ctx context.Context, req Request, cmd domain.AnnounceTransaction) (Result, error) {
	stream := domain.StreamName(domain.KindTransaction, cmd.TransactionID)
	return s.execute(ctx, req, "AnnounceTransaction", stream, on(ctx, s, stream, func(t *domain.Transaction, now time.Time) ([]domain.Event, error) {
		return t.Announce(cmd, now)
	}))
}

// OpenReview records that an authority opened a review of a transaction.
func (s *Service) OpenReview(ctx context.Context, req Request, cmd domain.OpenReview) (Result, error) {
	stream := domain.StreamName(domain.KindTransaction, cmd.TransactionID)
	return s.execute(ctx, req, "OpenReview", stream, on(ctx, s, stream, func(t *domain.Transaction, now time.Time) ([]domain.Event, error) {
		return t.OpenReview(cmd, now)
	}))
}

// ConcludeReview records how an authority's review of a transaction ended.
func (s *Service) ConcludeReview(ctx context.Context, req Request, cmd domain.ConcludeReview) (Result, error) {
	stream := domain.StreamName(domain.KindTransaction, cmd.TransactionID)
	return s.execute(ctx, req, "ConcludeReview", stream, on(ctx, s, stream, func(t *domain.Transaction, now time.Time) ([]domain.Event, error) {
		return t.ConcludeReview(cmd, now)
	}))
}

// TerminateTransaction records that the parties abandoned a transaction.
func (s *Service) TerminateTransaction(ctx context.Context, req Request, cmd domain.TerminateTransaction) (Result, error) {
	stream := domain.StreamName(domain.KindTransaction, cmd.TransactionID)
	return s.execute(ctx, req, "TerminateTransaction", stream, on(ctx, s, stream, func(t *domain.Transaction, now time.Time) ([]domain.Event, error) {
		return t.Terminate(cmd, now)
	}))
}

// CompleteTransaction records that a transaction closed.
func (s *Service) CompleteTransaction(ctx context.Context, req Request, cmd domain.CompleteTransaction) (Result, error) {
	stream := domain.StreamName(domain.KindTransaction, cmd.TransactionID)
	return s.execute(ctx, req, "CompleteTransaction", stream, on(ctx, s, stream, func(t *domain.Transaction, now time.Time) ([]domain.Event, error) {
		return t.Complete(cmd, now)
	}))
}

// OpenEnforcementAction records a review, probe or investigation of an authority.
func (s *Service) OpenEnforcementAction(ctx context.Context, req Request, cmd domain.OpenEnforcementAction) (Result, error) {
	stream := domain.StreamName(domain.KindEnforcement, cmd.ActionID)
	return s.execute(ctx, req, "OpenEnforcementAction", stream, on(ctx, s, stream, func(e *domain.Enforcement, now time.Time) ([]domain.Event, error) {
		return e.Open(cmd, now)
	}))
}

// IssueFinding records a finding of an enforcement action.
func (s *Service) IssueFinding(ctx context.Context, req Request, cmd domain.IssueFinding) (Result, error) {
	stream := domain.StreamName(domain.KindEnforcement, cmd.ActionID)
	return s.execute(ctx, req, "IssueFinding", stream, on(ctx, s, stream, func(e *domain.Enforcement, now time.Time) ([]domain.Event, error) {
		return e.IssueFinding(cmd, now)
	}))
}

// RecordMeeting records a meeting held under a dialogue.
func (s *Service) RecordMeeting(ctx context.Context, req Request, cmd domain.RecordMeeting) (Result, error) {
	stream := domain.StreamName(domain.KindDialogue, cmd.DialogueID)
	return s.execute(ctx, req, "RecordMeeting", stream, on(ctx, s, stream, func(d *domain.Dialogue, now time.Time) ([]domain.Event, error) {
		return d.RecordMeeting(cmd, now)
	}))
}

// RetractLink withdraws a link.
func (s *Service) RetractLink(ctx context.Context, req Request, cmd domain.RetractLink) (Result, error) {
	stream := domain.StreamName(domain.KindLink, cmd.LinkID)
	return s.execute(ctx, req, "RetractLink", stream, on(ctx, s, stream, func(l *domain.Link, now time.Time) ([]domain.Event, error) {
		return l.Retract(cmd, now)
	}))
}

// RegisterSource records a source document events can cite.
func (s *Service) RegisterSource(ctx context.Context, req Request, cmd domain.RegisterSource) (Result, error) {
	stream := domain.StreamName(domain.KindSource, cmd.SourceID)
	return s.execute(ctx, req, "RegisterSource", stream, on(ctx, s, stream, func(d *domain.SourceDocument, now time.Time) ([]domain.Event, error) {
		return d.Register(cmd, now)
	}))
}

// DesignateParty puts a party on a list.
func (s *Service) DesignateParty(ctx context.Context, req Request, cmd domain.DesignateParty) (Result, error) {
	stream := domain.StreamName(domain.KindDesignation, cmd.DesignationID)
	return s.execute(ctx, req, "DesignateParty", stream, on(ctx, s, stream, func(d *domain.Designation, now time.Time) ([]domain.Event, error) {
		measure := false
		if cmd.MeasureID != "" {
			var err error
			if measure, err = s.exists(ctx, domain.Ref{Kind: domain.KindMeasure, ID: cmd.MeasureID}); err != nil {
				return nil, err
			}
		}
		return d.Designate(cmd, measure, now)
	}))
}

// LinkRecords records a relation between two records. The records are read,
// not written: a link stands on its own stream.
func (s *Service) LinkRecords(ctx context.Context, req Request, cmd domain.LinkRecords) (Result, error) {
	stream := domain.StreamName(domain.KindLink, cmd.LinkID)
	return s.execute(ctx, req, "LinkRecords", stream, on(ctx, s, stream, func(l *domain.Link, now time.Time) ([]domain.Event, error) {
		from, err := s.exists(ctx, cmd.From)
		if err != nil {
			return nil, err
		}
		to, err := s.exists(ctx, cmd.To)
		if err != nil {
			return nil, err
		}
		return l.Record(cmd, from, to, now)
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

// CorrectRecord corrects a value of a recorded event. The correction is
// recorded on the corrected record's stream.
func (s *Service) CorrectRecord(ctx context.Context, req Request, cmd domain.CorrectRecord) (Result, error) {
	stream := cmd.Record.Stream()
	return s.execute(ctx, req, "CorrectRecord", stream, onStream(ctx, s, stream, func(evs []domain.Recorded, now time.Time) ([]domain.Event, error) {
		return domain.DecideCorrection(cmd, evs, now)
	}))
}

// RetractRecord retracts a record, or one event of it, entered in error.
func (s *Service) RetractRecord(ctx context.Context, req Request, cmd domain.RetractRecord) (Result, error) {
	stream := cmd.Record.Stream()
	return s.execute(ctx, req, "RetractRecord", stream, onStream(ctx, s, stream, func(evs []domain.Recorded, now time.Time) ([]domain.Event, error) {
		return domain.DecideRetraction(cmd, evs, now)
	}))
}

// NoteSourceConflict records that sources disagree about a fact of a record.
func (s *Service) NoteSourceConflict(ctx context.Context, req Request, cmd domain.NoteSourceConflict) (Result, error) {
	stream := cmd.Record.Stream()
	return s.execute(ctx, req, "NoteSourceConflict", stream, onStream(ctx, s, stream, func(evs []domain.Recorded, now time.Time) ([]domain.Event, error) {
		return domain.DecideSourceConflict(cmd, evs, now)
	}))
}
