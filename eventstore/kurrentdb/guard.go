package kurrentdb

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"

	"github.com/controlsledger/ledger/eventstore"
)

// followFilter is the server-side filter of the subscription to $all: the
// ledger's events (types without '$'), and the two system events that cut
// a stream's history, so that the Store sees an operator's delete,
// truncate, $maxAge or $maxCount on a ledger stream while it runs.
var followFilter = &esdb.SubscriptionFilter{
	Type:  esdb.EventFilterType,
	Regex: `^(?:[^$].*|\$metadata|\$streamDeleted)$`,
}

// cutReason says how a system event of $all cuts the history of a ledger
// stream, or returns "" when it does not. Stream metadata ($metadata in the
// metastream "$$name") with $tb above 0 (truncate-before; a soft delete
// sets it to the end of the stream), $maxAge or $maxCount hides events
// from stream reads at once and lets a scavenge remove them from $all; a
// $streamDeleted event is a hard delete. Metadata that sets only ACLs or
// other keys cuts nothing.
func cutReason(re *esdb.RecordedEvent) (stream, reason string) {
	switch {
	case re.EventType == "$streamDeleted" && !strings.HasPrefix(re.StreamID, "$"):
		return re.StreamID, "hard-deleted (tombstone)"
	case re.EventType == "$metadata" && strings.HasPrefix(re.StreamID, "$$") && !strings.HasPrefix(re.StreamID[2:], "$"):
		stream = re.StreamID[2:]
	default:
		return "", ""
	}
	var meta map[string]json.RawMessage
	if err := json.Unmarshal(re.Data, &meta); err != nil {
		return stream, fmt.Sprintf("has stream metadata the ledger cannot read (%v)", err)
	}
	var cuts []string
	if raw, ok := meta["$tb"]; ok && string(raw) != "null" {
		var tb json.Number
		_ = json.Unmarshal(raw, &tb) // anything but a number is a cut too
		switch tb.String() {
		case "0":
		case "9223372036854775807":
			cuts = append(cuts, "soft-deleted ($tb at the end of the stream)")
		default:
			cuts = append(cuts, "truncated ($tb "+string(raw)+")")
		}
	}
	for _, key := range []string{"$maxAge", "$maxCount"} {
		if raw, ok := meta[key]; ok && string(raw) != "null" {
			cuts = append(cuts, key+" "+string(raw))
		}
	}
	return stream, strings.Join(cuts, ", ")
}

// watchHistory records what an event of $all does to the history of a
// ledger stream. The latest metadata of a stream decides; a hard delete
// stays. The first cut is logged loudly.
func (s *Store) watchHistory(re *esdb.RecordedEvent) {
	stream, reason := cutReason(re)
	if stream == "" {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if prev, ok := s.cuts[stream]; ok && strings.HasPrefix(prev, "hard-deleted") {
		return
	}
	if reason == "" {
		delete(s.cuts, stream)
		return
	}
	if _, known := s.cuts[stream]; !known && s.opts.Logf != nil {
		s.opts.Logf("kurrentdb: LEDGER HISTORY CUT: stream %q of %s is %s; the store refuses every call (see the package documentation)", stream, s.addr, reason)
	}
	s.cuts[stream] = reason
}

// historyErr returns the error every call fails with once the history of a
// ledger stream is cut, nil while it is whole. It wraps ErrCorrupt.
func (s *Store) historyErr() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.cuts) == 0 {
		return nil
	}
	streams := make([]string, 0, len(s.cuts))
	for stream := range s.cuts {
		streams = append(streams, stream)
	}
	sort.Strings(streams)
	parts := make([]string, len(streams))
	for i, stream := range streams {
		parts[i] = fmt.Sprintf("%q is %s", stream, s.cuts[stream])
	}
	return fmt.Errorf("kurrentdb %s: %w: the history of ledger streams is cut: %s; KurrentDB hides those events from stream reads now and a scavenge removes them from $all, which renumbers the ledger. Remove the metadata (or restore the database from a backup), then restart; never delete, truncate or set $maxAge or $maxCount on ledger streams",
		s.addr, eventstore.ErrCorrupt, strings.Join(parts, "; "))
}

// defaultSilenceTimeout is how long the subscription to $all may send
// nothing, no event and no checkpoint, before the Store looks at the head
// of $all.
const defaultSilenceTimeout = 30 * time.Second

// errSilent ends a subscription to $all that stayed silent while $all
// grew.
var errSilent = errors.New("silent: no event and no checkpoint while $all grew past the index")

// headMoved reports whether $all holds a ledger event (or an event that
// cuts a ledger stream's history) after pos, reading $all backwards from
// its end down to pos. When the scanPage last events are all system events
// beyond pos it says yes, since it cannot tell (a resubscription costs
// little).
func (s *Store) headMoved(ctx context.Context, pos esdb.Position) (bool, error) {
	moved := false
	err := s.call(ctx, func(ctx context.Context, c *esdb.Client) error {
		rs, err := c.ReadAll(ctx, esdb.ReadAllOptions{Direction: esdb.Backwards, From: esdb.End{}}, scanPage)
		if err != nil {
			return err
		}
		defer rs.Close()
		for n := 0; ; n++ {
			re, err := rs.Recv()
			if errors.Is(err, io.EOF) {
				moved = n == scanPage
				return nil
			}
			if err != nil {
				return err
			}
			if re.Event == nil {
				continue
			}
			if comparePositions(re.Event.Position, pos) <= 0 {
				return nil
			}
			if _, reason := cutReason(re.Event); reason != "" || !isSystem(re.Event.StreamID, re.Event.EventType) {
				moved = true
				return nil
			}
		}
	})
	return moved, err
}
