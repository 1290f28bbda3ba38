package kurrentdb

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"

	"github.com/controlsledger/ledger/eventstore"
)

// appendWait is an append in progress, registered before it is sent so
// that the subscription to $all, which alone assigns ordinals, can tell it
// the ordinal of its last event. Its fields other than channels are
// guarded by Store.mu.
type appendWait struct {
	stream   string
	expected int64  // the stream version the append expects
	first    uint64 // esdb revision of the first event
	events   []eventstore.EventData

	indexed  chan struct{} // closed when the last event is indexed
	finished chan struct{} // closed when the Append is over
	done     bool          // indexed is closed
	ordinal  uint64        // of the last event, once indexed
	// mismatch describes the first indexed event of the append's place
	// that is not the proposed one. It is not empty when the server took
	// the append as a retry (it compares only IDs) of events with other
	// content.
	mismatch string
	// misplaced is set when the events were written at another place than
	// the append expected; mismatch says where.
	misplaced bool
}

// observe takes an indexed event of the append's stream at ledger ordinal
// ordinal.
func (w *appendWait) observe(re *esdb.RecordedEvent, ordinal uint64) {
	if w.done {
		return
	}
	if re.EventID == w.events[0].ID && re.EventNumber != w.first {
		// The server wrote the append elsewhere than expected: an append
		// that expects no stream to a soft-deleted stream carries on from
		// its last revision.
		w.mismatch = fmt.Sprintf("was written at v%d, not v%d: the stream was deleted or truncated (see the package documentation)", versionOf(re.EventNumber), versionOf(w.first))
		w.misplaced = true
		w.done = true
		close(w.indexed)
		return
	}
	if re.EventNumber < w.first || re.EventNumber-w.first >= uint64(len(w.events)) {
		return
	}
	i := re.EventNumber - w.first
	if w.mismatch == "" {
		if d := differs(w.events[i], re); d != "" {
			w.mismatch = fmt.Sprintf("event %d (%s) %s", i, w.events[i].ID, d)
		}
	}
	if i == uint64(len(w.events)-1) {
		w.ordinal = ordinal
		w.done = true
		close(w.indexed)
	}
}

// Append appends events to stream if its version is expected, always
// passing the expected revision to the server. It returns once the ledger
// index holds the events, with the ordinal of the last one.
//
// Retries are recognised by event ID before anything is sent: an ID that
// is already in the ledger makes the append a retry, which returns the
// original result if all its events are recorded at the versions it asks
// for with the same content, and fails with ErrDuplicateEvent otherwise.
// Two appends of one ID from this Store are serialised; from two processes
// at the same moment, into two streams, both may succeed (see the package
// documentation).
//
// If ctx ends after the append was sent, Append returns ctx's error though
// the events may have been written; repeating the append with the same
// events returns the original result.
func (s *Store) Append(ctx context.Context, stream string, expected int64, events ...eventstore.EventData) (eventstore.AppendResult, error) {
	op := fmt.Sprintf("append %q at v%d", stream, expected)
	if err := validate(stream, expected, events); err != nil {
		return eventstore.AppendResult{}, fmt.Errorf("%s: %w", op, err)
	}
	if err := s.beginAppend(ctx, op); err != nil {
		return eventstore.AppendResult{}, err
	}
	defer s.endAppend()
	for {
		w, known, busy := s.reserve(stream, expected, events)
		switch {
		case busy != nil:
			// The same ID is being appended by another call: wait for its
			// outcome, then look again.
			select {
			case <-busy:
				continue
			case <-ctx.Done():
				return eventstore.AppendResult{}, fmt.Errorf("%s: %w", op, ctx.Err())
			}
		case known:
			return s.retried(ctx, op, stream, expected, events)
		}
		res, err := s.write(ctx, op, w)
		s.unreserve(w)
		return res, err
	}
}

func (s *Store) beginAppend(ctx context.Context, op string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if err := s.historyErr(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed.Load() {
		return fmt.Errorf("%s: %w", op, eventstore.ErrClosed)
	}
	s.appending++
	return nil
}

func (s *Store) endAppend() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.appending--
	if s.appending == 0 && s.idle != nil {
		close(s.idle)
		s.idle = nil
	}
}

// reserve registers an append before it is sent. Under the same lock as
// the index, it checks the event IDs: if one is being appended by another
// call, it returns that call's finished channel (busy); if one is already
// in the ledger, it registers nothing and reports known.
func (s *Store) reserve(stream string, expected int64, events []eventstore.EventData) (w *appendWait, known bool, busy <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, ev := range events {
		if other, ok := s.inflight[ev.ID]; ok {
			return nil, false, other.finished
		}
	}
	for _, ev := range events {
		if s.idx.known(ev.ID) {
			return nil, true, nil
		}
	}
	w = &appendWait{
		stream:   stream,
		expected: expected,
		first:    revisionAfter(expected),
		events:   events,
		indexed:  make(chan struct{}),
		finished: make(chan struct{}),
	}
	for _, ev := range events {
		s.inflight[ev.ID] = w
	}
	s.pending[stream] = append(s.pending[stream], w)
	return w, false, nil
}

func (s *Store) unreserve(w *appendWait) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, ev := range w.events {
		if s.inflight[ev.ID] == w {
			delete(s.inflight, ev.ID)
		}
	}
	ws := s.pending[w.stream]
	for i, other := range ws {
		if other == w {
			ws = append(ws[:i:i], ws[i+1:]...)
			break
		}
	}
	if len(ws) == 0 {
		delete(s.pending, w.stream)
	} else {
		s.pending[w.stream] = ws
	}
	close(w.finished)
}

// write sends a reserved append and waits for the index to number it.
func (s *Store) write(ctx context.Context, op string, w *appendWait) (eventstore.AppendResult, error) {
	expected := w.expected
	proposed := make([]esdb.EventData, len(w.events))
	for i, ev := range w.events {
		proposed[i] = toEventData(ev)
	}
	send := func(ctx context.Context, c *esdb.Client) error {
		// The write result's positions are not used: what they mean for an
		// append of several events differs between server versions. The
		// subscription identifies the events by stream and revision.
		_, err := c.AppendToStream(ctx, w.stream, esdb.AppendToStreamOptions{ExpectedRevision: expectedRevision(expected)}, proposed...)
		return err
	}
	err := s.call(ctx, send)
	wait := resubscribeBackoff
	cutShort := 0
	for attempt := 1; err != nil && ctx.Err() == nil; attempt++ {
		if isCutShort(err) && cutShort < maxNotLeader {
			// The server ended the append before taking all its events, so
			// it wrote nothing; its reason is lost. A follower's not-leader
			// answer arrives so whenever it comes before the events are
			// sent, and names the leader for the next call: send it again,
			// as often as not-leader answers are repeated. An append over
			// the server's size limits is cut short every time.
			cutShort++
			err = s.call(ctx, send)
			continue
		}
		if !isClientDeadline(err) || attempt > maxAppendRepeats {
			break
		}
		// No answer within the client's deadline. The append may have been
		// written, and a leader silently drops a repeat of an append it has
		// not yet replicated to a quorum: wait for the index to show the
		// events, else repeat the append (the server takes the same IDs at
		// the same place as a repeat, never as new events).
		s.logf("kurrentdb: %s: no answer from %s within the client's deadline (attempt %d of %d): %v; repeating in %v", op, s.addr, attempt, maxAppendRepeats+1, translate(err), wait)
		t := time.NewTimer(wait)
		select {
		case <-w.indexed:
			err = nil
		case <-t.C:
			err = s.call(ctx, send)
		case <-ctx.Done():
		case <-s.done:
			err = eventstore.ErrClosed
		}
		t.Stop()
		wait = min(2*wait, maxBackoff)
	}
	switch {
	case err == nil:
	case ctx.Err() != nil:
		return eventstore.AppendResult{}, fmt.Errorf("%s: %w (the events may have been written; repeat the append to learn its result)", op, ctx.Err())
	case isWrongExpectedVersion(err):
		return s.conflict(ctx, op, w.stream, expected, w.events)
	case isCutShort(err):
		return eventstore.AppendResult{}, fmt.Errorf("%s: %w: the server ended the append of %d events (%d bytes as KurrentDB 25 counts them: data, metadata and twice the type) before it had them all, %d times; it does so for an append over its MaxAppendSize or an event over its MaxAppendEventSize: split the append or raise the limits (see the package documentation); nothing was written",
			op, eventstore.ErrInvalid, len(w.events), appendSize(w.events), maxNotLeader+1)
	case isNotLeader(err) || isConnClosing(err):
		return eventstore.AppendResult{}, fmt.Errorf("%s: %w; nothing was written: after %d tries no node took the append as the leader (is the cluster electing one?); repeat the append",
			op, translate(err), maxNotLeader+1)
	case isClientDeadline(err):
		return eventstore.AppendResult{}, fmt.Errorf("%s: %w: the server did not acknowledge the append within the client's deadline, %d times; a leader drops the repeat of an append it has not yet replicated to a quorum, so check that a quorum of the cluster is up; the events may have been written: repeat the append with the same events to learn its result",
			op, errNoAnswer, maxAppendRepeats+1)
	default:
		err = s.fail(ctx, op, err)
		if !errors.Is(err, eventstore.ErrInvalid) && !errors.Is(err, eventstore.ErrClosed) {
			// A lost answer does not mean a lost write.
			err = fmt.Errorf("%w (the events may have been written; repeat the append to learn its result)", err)
		}
		return eventstore.AppendResult{}, err
	}

	select {
	case <-w.indexed:
	case <-ctx.Done():
		return eventstore.AppendResult{}, fmt.Errorf("%s: written, but not yet in the ledger index (repeat the append to learn its result): %w", op, ctx.Err())
	case <-s.done:
		return eventstore.AppendResult{}, fmt.Errorf("%s: written, but the store closed before the ledger index held it: %w", op, eventstore.ErrClosed)
	}
	s.mu.Lock()
	ordinal, mismatch, misplaced := w.ordinal, w.mismatch, w.misplaced
	s.mu.Unlock()
	if misplaced {
		return eventstore.AppendResult{}, fmt.Errorf("%s: %w: %s", op, eventstore.ErrCorrupt, mismatch)
	}
	if mismatch != "" {
		// The server found the IDs at this place and took the append as a
		// retry without comparing content.
		return eventstore.AppendResult{}, fmt.Errorf("%s: %s: %w", op, mismatch, eventstore.ErrDuplicateEvent)
	}
	return eventstore.AppendResult{Version: expected + int64(len(w.events)), Position: ordinal}, nil
}

// maxAppendRepeats is how many times an append that got no answer within
// the client's deadline is repeated while the caller's context lasts.
const maxAppendRepeats = 4

// appendSize is the size of an append as KurrentDB 25 counts it against
// MaxAppendSize: each event's data, metadata and twice its type. 24.10
// counts the data alone.
func appendSize(events []eventstore.EventData) int {
	n := 0
	for _, ev := range events {
		n += len(ev.Data) + len(ev.Metadata) + 2*len(ev.Type)
	}
	return n
}

// conflict handles an append the server refused for its expected version.
// If the events at the append's place carry its first ID, it was a retry
// of an append made earlier (perhaps by another process, not yet indexed);
// otherwise it is a version conflict.
func (s *Store) conflict(ctx context.Context, op, stream string, expected int64, events []eventstore.EventData) (eventstore.AppendResult, error) {
	recorded, err := s.readRevisions(ctx, stream, revisionAfter(expected), len(events))
	if err != nil {
		return eventstore.AppendResult{}, s.fail(ctx, op, err)
	}
	if len(recorded) > 0 && recorded[0].EventID == events[0].ID {
		return s.matchRetry(ctx, op, expected, events, recorded)
	}
	actual, err := s.streamVersion(ctx, stream)
	if err != nil {
		return eventstore.AppendResult{}, s.fail(ctx, op, err)
	}
	return eventstore.AppendResult{}, &eventstore.VersionConflictError{Stream: stream, Expected: expected, Actual: actual}
}

// retried handles an append with an ID that is already in the ledger. If
// its first ID is, it is a retry: matchRetry judges it. If only a later one
// is, the ID is taken, unless the expected version is stale anyway.
func (s *Store) retried(ctx context.Context, op, stream string, expected int64, events []eventstore.EventData) (eventstore.AppendResult, error) {
	s.mu.Lock()
	firstKnown := s.idx.known(events[0].ID)
	s.mu.Unlock()
	if firstKnown {
		recorded, err := s.readRevisions(ctx, stream, revisionAfter(expected), len(events))
		if err != nil {
			return eventstore.AppendResult{}, s.fail(ctx, op, err)
		}
		return s.matchRetry(ctx, op, expected, events, recorded)
	}
	actual, err := s.streamVersion(ctx, stream)
	if err != nil {
		return eventstore.AppendResult{}, s.fail(ctx, op, err)
	}
	if actual != expected {
		return eventstore.AppendResult{}, &eventstore.VersionConflictError{Stream: stream, Expected: expected, Actual: actual}
	}
	for i, ev := range events {
		s.mu.Lock()
		taken := s.idx.known(ev.ID)
		s.mu.Unlock()
		if taken {
			return eventstore.AppendResult{}, fmt.Errorf("%s: event %d (%s) is already in the ledger: %w", op, i, ev.ID, eventstore.ErrDuplicateEvent)
		}
	}
	return eventstore.AppendResult{}, fmt.Errorf("%s: an event ID is already in the ledger: %w", op, eventstore.ErrDuplicateEvent)
}

// matchRetry compares a retried append with the events recorded at its
// place: all the same, with the same content, is the original append,
// whose result it returns; anything else is ErrDuplicateEvent.
func (s *Store) matchRetry(ctx context.Context, op string, expected int64, events []eventstore.EventData, recorded []*esdb.RecordedEvent) (eventstore.AppendResult, error) {
	for i, ev := range events {
		if i >= len(recorded) {
			return eventstore.AppendResult{}, fmt.Errorf("%s: event %d (%s) is not recorded at v%d: %w", op, i, ev.ID, expected+int64(i)+1, eventstore.ErrDuplicateEvent)
		}
		if d := differs(ev, recorded[i]); d != "" {
			return eventstore.AppendResult{}, fmt.Errorf("%s: event %d (%s) %s: %w", op, i, ev.ID, d, eventstore.ErrDuplicateEvent)
		}
	}
	ordinal, err := s.ordinalAt(ctx, recorded[len(events)-1].Position)
	if err != nil {
		return eventstore.AppendResult{}, s.fail(ctx, op, err)
	}
	return eventstore.AppendResult{Version: expected + int64(len(events)), Position: ordinal}, nil
}

// readRevisions reads at most n events of stream from revision from on;
// none if the stream does not exist.
func (s *Store) readRevisions(ctx context.Context, stream string, from uint64, n int) ([]*esdb.RecordedEvent, error) {
	var recorded []*esdb.RecordedEvent
	err := s.call(ctx, func(ctx context.Context, c *esdb.Client) error {
		rs, err := c.ReadStream(ctx, stream, esdb.ReadStreamOptions{From: esdb.Revision(from)}, uint64(n))
		if err != nil {
			return err
		}
		defer rs.Close()
		for {
			re, err := rs.Recv()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err
			}
			if re.Event != nil {
				recorded = append(recorded, re.Event)
			}
		}
	})
	if isNotFound(err) {
		return nil, nil
	}
	return recorded, err
}

// streamVersion reads the current version of stream: the version of its
// last event, 0 if it does not exist. The server's conflict error carries
// the current revision only in its text, so it is read instead.
func (s *Store) streamVersion(ctx context.Context, stream string) (int64, error) {
	var version int64
	err := s.call(ctx, func(ctx context.Context, c *esdb.Client) error {
		rs, err := c.ReadStream(ctx, stream, esdb.ReadStreamOptions{Direction: esdb.Backwards, From: esdb.End{}}, 1)
		if err != nil {
			return err
		}
		defer rs.Close()
		re, err := rs.Recv()
		switch {
		case errors.Is(err, io.EOF):
			version = 0
			return nil
		case err != nil:
			return err
		case re.Event == nil:
			return errors.New("the last event of the stream came without its record")
		}
		version = versionOf(re.Event.EventNumber)
		return nil
	})
	if isNotFound(err) {
		return 0, nil
	}
	return version, err
}
