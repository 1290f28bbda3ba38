package kurrentdb

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"

	"github.com/controlsledger/ledger/eventstore"
)

// expectedRevision maps the contract's expected version to the expected
// revision of an esdb append. Contract versions count events from 1, esdb
// revisions from 0: version v is the event at revision v-1, so a stream at
// version v expects revision v-1, and version 0 (no stream) expects
// esdb.NoStream. The result is never esdb.Any, which would turn the
// append's concurrency check off.
func expectedRevision(expected int64) esdb.ExpectedRevision {
	if expected == eventstore.NoStream {
		return esdb.NoStream{}
	}
	return esdb.Revision(uint64(expected - 1))
}

// versionOf is the contract's stream version of the event at an esdb
// revision.
func versionOf(revision uint64) int64 {
	return int64(revision) + 1
}

// revisionAfter is the esdb revision of the first event with a version
// greater than after: the event of version after+1 sits at revision after.
func revisionAfter(after int64) uint64 {
	if after <= 0 {
		return 0
	}
	return uint64(after)
}

// isSystem reports whether an event of $all belongs to the server rather
// than to the ledger: esdb reserves event types and stream names that start
// with "$" (stream metadata, links, statistics, settings, users...).
func isSystem(stream, eventType string) bool {
	return strings.HasPrefix(eventType, "$") || strings.HasPrefix(stream, "$")
}

// validate checks an append against the contract's rules and against the
// names esdb reserves: an event of a "$" stream or of a "$" type would be
// written but never appear in the ledger.
func validate(stream string, expected int64, events []eventstore.EventData) error {
	if err := eventstore.Validate(stream, expected, events); err != nil {
		return err
	}
	if strings.HasPrefix(stream, "$") {
		return fmt.Errorf("%w: stream name %q starts with '$', which KurrentDB reserves for system streams", eventstore.ErrInvalid, stream)
	}
	for i, ev := range events {
		if strings.HasPrefix(ev.Type, "$") {
			return fmt.Errorf("%w: event %d has type %q, which starts with '$', reserved by KurrentDB for system events", eventstore.ErrInvalid, i, ev.Type)
		}
	}
	return nil
}

// contentType labels a payload for KurrentDB's own tools (the UI,
// projections). The label does not change the bytes: the server stores and
// returns them as they were sent.
func contentType(data []byte) esdb.ContentType {
	if len(data) > 0 && json.Valid(data) {
		return esdb.ContentTypeJson
	}
	return esdb.ContentTypeBinary
}

// toEventData maps a proposed event: the contract's Data is the esdb event
// data and its Metadata the esdb user metadata, both byte for byte.
func toEventData(ev eventstore.EventData) esdb.EventData {
	return esdb.EventData{
		EventID:     ev.ID,
		EventType:   ev.Type,
		ContentType: contentType(ev.Data),
		Data:        ev.Data,
		Metadata:    ev.Metadata,
	}
}

// toEvent maps a recorded esdb event to the contract's event at a ledger
// ordinal, recorded at a time taken from the ledger index.
func toEvent(re *esdb.RecordedEvent, ordinal uint64, recordedAt int64) eventstore.Event {
	return eventstore.Event{
		ID:         re.EventID,
		Type:       re.EventType,
		Stream:     re.StreamID,
		Data:       re.Data,
		Metadata:   re.UserMetadata,
		Version:    versionOf(re.EventNumber),
		Position:   ordinal,
		RecordedAt: time.Unix(0, recordedAt).UTC(),
	}
}

// differs describes how a recorded event differs from a proposed one, or
// returns "" when they are the same event with the same content.
func differs(want eventstore.EventData, got *esdb.RecordedEvent) string {
	switch {
	case got.EventID != want.ID:
		return fmt.Sprintf("is not recorded there (%q v%d holds %s)", got.StreamID, versionOf(got.EventNumber), got.EventID)
	case got.EventType != want.Type:
		return fmt.Sprintf("is recorded with type %q, not %q", got.EventType, want.Type)
	case !bytes.Equal(got.Data, want.Data):
		return "is recorded with other data"
	case !bytes.Equal(got.UserMetadata, want.Metadata):
		return "is recorded with other metadata"
	}
	return ""
}

// comparePositions orders positions of $all: by commit position, then by
// prepare position. It returns -1, 0 or +1.
func comparePositions(a, b esdb.Position) int {
	switch {
	case a.Commit < b.Commit:
		return -1
	case a.Commit > b.Commit:
		return 1
	case a.Prepare < b.Prepare:
		return -1
	case a.Prepare > b.Prepare:
		return 1
	}
	return 0
}
