package eventstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/google/uuid"
)

// NoStream is the expected version of a stream that must not exist yet.
// Stream versions start at 1 for the first event of a stream.
const NoStream int64 = 0

// MaxEventSize is the largest Data plus Metadata an event may carry.
const MaxEventSize = 4 << 20

// EventData is an event as proposed by a writer, before the store has given
// it a place in the ledger.
type EventData struct {
	// ID identifies the event; a retried append with the same IDs at the same
	// expected version is a no-op that returns the first result.
	ID uuid.UUID
	// Type is the versioned type name, e.g. "measure_announced.v1".
	Type string
	// Data is the payload, stored and returned byte for byte.
	Data []byte
	// Metadata is the envelope data of the writer (actor, correlation),
	// stored and returned byte for byte.
	Metadata []byte
}

// Event is an event as recorded in the ledger.
type Event struct {
	ID       uuid.UUID
	Type     string
	Stream   string
	Data     []byte
	Metadata []byte
	// Version is the event's version in its stream, starting at 1.
	Version int64
	// Position is the event's gap-free ordinal in the ledger, starting at 1.
	Position uint64
	// RecordedAt is assigned by the store when the event is committed. It
	// never decreases along the ledger. Stores keep it to the nanosecond, so
	// RecordedAt.UnixNano() is what ChainHash encodes.
	RecordedAt time.Time
	// Hash is the event's link in the ledger's hash chain:
	// ChainHash(hash of the event at Position-1, event), see ChainHash.
	// Every backend sets it on every event it returns, and checks it when
	// it reads the event back (a mismatch is ErrCorrupt).
	Hash [32]byte
}

// AppendResult tells where an append landed.
type AppendResult struct {
	// Version is the stream version of the last appended event.
	Version int64
	// Position is the ledger position of the last appended event.
	Position uint64
}

// Store is an append-only, durable event log.
//
// All methods are safe for concurrent use. After Close every method returns
// ErrClosed.
type Store interface {
	// Append atomically appends events to stream if the stream's current
	// version equals expected (NoStream for a stream that must not exist).
	// Either all events are written and durable when Append returns nil, or
	// none is. A stale expected version fails with a *VersionConflictError
	// (errors.Is(err, ErrVersionConflict)) and writes nothing.
	//
	// Appends are idempotent by event ID: if the events were already
	// appended, at the same place and with the same content, Append returns
	// the original result and writes nothing. The same IDs with different
	// content fail with ErrDuplicateEvent.
	Append(ctx context.Context, stream string, expected int64, events ...EventData) (AppendResult, error)

	// ReadStream returns the events of stream with a version greater than
	// after, in version order. An unknown stream yields no events and no error.
	// An event that does not match its hash and its predecessor's fails the
	// read with an error that wraps ErrCorrupt and names its position.
	ReadStream(ctx context.Context, stream string, after int64) ([]Event, error)

	// ReadAll returns at most limit events with a position greater than
	// after, in ledger order. A limit below 1 fails with ErrInvalid. An
	// event that does not match its hash and its predecessor's fails the
	// read with an error that wraps ErrCorrupt and names its position.
	ReadAll(ctx context.Context, after uint64, limit int) ([]Event, error)

	// Head returns the position of the last event in the ledger (0 if empty).
	Head(ctx context.Context) (uint64, error)

	// Subscribe calls fn for every event with a position greater than after,
	// in ledger order: first the events already recorded, then each new one
	// as it is committed. It returns when ctx is done (ctx.Err()), when fn
	// returns an error (that error), or when the store fails or is closed.
	// It never returns nil. A slow fn delays only its own subscription; to
	// resume after a return, subscribe again from the last position seen.
	Subscribe(ctx context.Context, after uint64, fn func(Event) error) error

	// Close releases the store. It waits for appends in progress.
	Close() error
}

var (
	// ErrVersionConflict reports an append whose expected version was stale.
	ErrVersionConflict = errors.New("version conflict")
	// ErrDuplicateEvent reports an event ID that is already recorded with
	// other content or at another place.
	ErrDuplicateEvent = errors.New("duplicate event id")
	// ErrClosed is returned by every call on a closed store.
	ErrClosed = errors.New("event store closed")
	// ErrInvalid reports an append the store refuses as malformed (empty
	// stream name, missing type, nil ID, event too large).
	ErrInvalid = errors.New("invalid append")
)

// VersionConflictError is the error of an append with a stale expected
// version. It matches ErrVersionConflict with errors.Is.
type VersionConflictError struct {
	Stream   string
	Expected int64
	Actual   int64
}

func (e *VersionConflictError) Error() string {
	return fmt.Sprintf("stream %q: expected version %d, actual %d: %v", e.Stream, e.Expected, e.Actual, ErrVersionConflict)
}

// Is reports whether target is ErrVersionConflict.
func (e *VersionConflictError) Is(target error) bool { return target == ErrVersionConflict }

// Validate checks an append's arguments against the rules every backend
// enforces before touching storage.
func Validate(stream string, expected int64, events []EventData) error {
	if stream == "" {
		return fmt.Errorf("%w: stream name is empty", ErrInvalid)
	}
	if expected < 0 {
		return fmt.Errorf("%w: expected version %d is negative", ErrInvalid, expected)
	}
	if len(events) == 0 {
		return fmt.Errorf("%w: no events", ErrInvalid)
	}
	seen := make(map[uuid.UUID]bool, len(events))
	for i, ev := range events {
		switch {
		case ev.ID == uuid.Nil:
			return fmt.Errorf("%w: event %d has no ID", ErrInvalid, i)
		case seen[ev.ID]:
			return fmt.Errorf("%w: event %d repeats ID %s", ErrInvalid, i, ev.ID)
		case ev.Type == "":
			return fmt.Errorf("%w: event %d has no type", ErrInvalid, i)
		case len(ev.Data)+len(ev.Metadata) > MaxEventSize:
			return fmt.Errorf("%w: event %d is %d bytes, over the limit of %d", ErrInvalid, i, len(ev.Data)+len(ev.Metadata), MaxEventSize)
		}
		seen[ev.ID] = true
	}
	return nil
}

// StreamAppend is one item of a batch: events to append to Stream if its
// version is Expected, as in Append.
type StreamAppend struct {
	Stream   string
	Expected int64
	Events   []EventData
}

// BatchAppender is implemented by stores that can append to several
// streams in one atomic commit. Callers test for it with a type assertion;
// a store without it offers only per-stream atomicity.
type BatchAppender interface {
	// AppendBatch appends the items in order, in one commit: either every
	// item is written and durable when AppendBatch returns nil, or none is.
	// Each item follows the rules of Append, judged after the items before
	// it in the batch: a stream may appear several times, each item
	// expecting the version the previous ones leave. The events of the
	// batch take consecutive ledger positions in item order, except items
	// recognised as retries.
	//
	// An item that Append would refuse (a stale expected version, an event
	// ID recorded with other content or elsewhere) fails the whole batch
	// with a *BatchItemError naming the item, which wraps the item's
	// error (errors.Is(err, ErrVersionConflict) and so on still work).
	// A batch without items, or whose items would fail Validate or repeat
	// an event ID, fails with ErrInvalid and writes nothing.
	//
	// Items are idempotent by event ID as in Append: retrying a batch that
	// was committed writes nothing and returns the original results.
	//
	// The results are those of the items, in order.
	AppendBatch(ctx context.Context, items []StreamAppend) ([]AppendResult, error)
}

// BatchItemError is the failure of one item of an AppendBatch, which
// failed the whole batch.
type BatchItemError struct {
	// Index is the item's index in the batch.
	Index int
	// Stream is the item's stream.
	Stream string
	Err    error
}

func (e *BatchItemError) Error() string {
	return fmt.Sprintf("batch item %d (%s): %v", e.Index, e.Stream, e.Err)
}

// Unwrap returns the item's error.
func (e *BatchItemError) Unwrap() error { return e.Err }

// ValidateBatch checks the items of an AppendBatch against the rules every
// backend enforces before touching storage: each item as Validate, and no
// event ID twice in the batch.
func ValidateBatch(items []StreamAppend) error {
	if len(items) == 0 {
		return fmt.Errorf("%w: no items", ErrInvalid)
	}
	n := 0
	for _, it := range items {
		n += len(it.Events)
	}
	seen := make(map[uuid.UUID]int, n)
	for i, it := range items {
		if err := Validate(it.Stream, it.Expected, it.Events); err != nil {
			return &BatchItemError{Index: i, Stream: it.Stream, Err: err}
		}
		for _, ev := range it.Events {
			if j, ok := seen[ev.ID]; ok {
				return &BatchItemError{Index: i, Stream: it.Stream, Err: fmt.Errorf("%w: event ID %s is also in item %d", ErrInvalid, ev.ID, j)}
			}
			seen[ev.ID] = i
		}
	}
	return nil
}
