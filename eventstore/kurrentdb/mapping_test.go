package kurrentdb

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
)

func TestExpectedRevision(t *testing.T) {
	if got, ok := expectedRevision(eventstore.NoStream).(esdb.NoStream); !ok {
		t.Errorf("expected version 0 maps to %#v, want esdb.NoStream", got)
	}
	for _, c := range []struct {
		version  int64
		revision uint64
	}{{1, 0}, {2, 1}, {7, 6}, {1 << 40, 1<<40 - 1}} {
		got := expectedRevision(c.version)
		rev, ok := got.(esdb.StreamRevision)
		if !ok || rev.Value != c.revision {
			t.Errorf("expected version %d maps to %#v, want esdb.Revision(%d)", c.version, got, c.revision)
		}
	}
}

func TestVersionRevision(t *testing.T) {
	for _, c := range []struct {
		revision uint64
		version  int64
	}{{0, 1}, {1, 2}, {41, 42}} {
		if got := versionOf(c.revision); got != c.version {
			t.Errorf("revision %d is version %d, want %d", c.revision, got, c.version)
		}
		// Reading after version v starts at the revision of version v+1.
		if got := revisionAfter(c.version - 1); got != c.revision {
			t.Errorf("events after v%d start at revision %d, want %d", c.version-1, got, c.revision)
		}
	}
	if got := revisionAfter(-3); got != 0 {
		t.Errorf("events after v-3 start at revision %d, want 0", got)
	}
}

func TestIsSystem(t *testing.T) {
	for _, c := range []struct {
		stream, typ string
		system      bool
	}{
		{"measure-1", "measure_announced.v1", false},
		{"measure-$1", "measure_announced.v1", false},
		{"$settings", "$settings", true},
		{"$$measure-1", "$metadata", true},
		{"$ce-measure", "$>", true},
		{"measure-1", "$>", true},
		{"$projections-x-checkpoint", "ProjectionCheckpoint", true},
		{"$stats-127.0.0.1:2113", "$statsCollected", true},
	} {
		if got := isSystem(c.stream, c.typ); got != c.system {
			t.Errorf("isSystem(%q, %q) = %v, want %v", c.stream, c.typ, got, c.system)
		}
	}
}

func TestValidate(t *testing.T) {
	ok := eventstore.EventData{ID: uuid.New(), Type: "measure_announced.v1", Data: []byte(`{}`)}
	dollar := ok
	dollar.ID, dollar.Type = uuid.New(), "$metadata"
	for _, c := range []struct {
		name     string
		stream   string
		expected int64
		events   []eventstore.EventData
		valid    bool
	}{
		{"valid", "measure-1", 0, []eventstore.EventData{ok}, true},
		{"system stream", "$measure-1", 0, []eventstore.EventData{ok}, false},
		{"system type", "measure-1", 0, []eventstore.EventData{ok, dollar}, false},
		{"contract rules apply too", "", 0, []eventstore.EventData{ok}, false},
		{"negative version", "measure-1", -1, []eventstore.EventData{ok}, false},
	} {
		err := validate(c.stream, c.expected, c.events)
		if c.valid && err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
		if !c.valid && !errors.Is(err, eventstore.ErrInvalid) {
			t.Errorf("%s: err %v, want ErrInvalid", c.name, err)
		}
	}
}

func TestToEventData(t *testing.T) {
	binary := []byte{0, 0xff, '{', '\n'}
	for _, c := range []struct {
		data []byte
		want esdb.ContentType
	}{
		{[]byte(`{"a":1}`), esdb.ContentTypeJson},
		{[]byte(` [1, 2] `), esdb.ContentTypeJson},
		{binary, esdb.ContentTypeBinary},
		{[]byte(`{"a":`), esdb.ContentTypeBinary},
		{nil, esdb.ContentTypeBinary},
		{[]byte{}, esdb.ContentTypeBinary},
	} {
		ev := eventstore.EventData{ID: uuid.New(), Type: "t.v1", Data: c.data, Metadata: binary}
		got := toEventData(ev)
		if got.ContentType != c.want {
			t.Errorf("data %q: content type %v, want %v", c.data, got.ContentType, c.want)
		}
		if got.EventID != ev.ID || got.EventType != ev.Type || !bytes.Equal(got.Data, c.data) || !bytes.Equal(got.Metadata, binary) {
			t.Errorf("data %q: mapped to %+v, not byte for byte", c.data, got)
		}
	}
}

func TestToEvent(t *testing.T) {
	created := time.Date(2023, 7, 3, 12, 0, 0, 0, time.UTC)
	re := &esdb.RecordedEvent{
		EventID:      uuid.New(),
		EventType:    "measure_announced.v1",
		StreamID:     "measure-1",
		EventNumber:  4,
		Position:     esdb.Position{Commit: 9000, Prepare: 9000},
		CreatedDate:  created,
		Data:         []byte(`{"x":1}`),
		UserMetadata: []byte(`{"actor":"a"}`),
	}
	at := created.Add(time.Second).UnixNano() // clamped above created
	got := toEvent(re, 17, at)
	want := eventstore.Event{ID: re.EventID, Type: re.EventType, Stream: re.StreamID, Data: re.Data, Metadata: re.UserMetadata, Version: 5, Position: 17, RecordedAt: created.Add(time.Second)}
	if got.ID != want.ID || got.Type != want.Type || got.Stream != want.Stream || !bytes.Equal(got.Data, want.Data) ||
		!bytes.Equal(got.Metadata, want.Metadata) || got.Version != want.Version || got.Position != want.Position || !got.RecordedAt.Equal(want.RecordedAt) {
		t.Errorf("toEvent = %+v, want %+v", got, want)
	}
	if got.RecordedAt.Location() != time.UTC {
		t.Errorf("RecordedAt in %v, want UTC", got.RecordedAt.Location())
	}
}

func TestDiffers(t *testing.T) {
	want := eventstore.EventData{ID: uuid.New(), Type: "t.v1", Data: []byte("data"), Metadata: []byte("meta")}
	same := &esdb.RecordedEvent{EventID: want.ID, EventType: want.Type, StreamID: "s", Data: []byte("data"), UserMetadata: []byte("meta")}
	if d := differs(want, same); d != "" {
		t.Errorf("same event differs: %s", d)
	}
	empty := eventstore.EventData{ID: uuid.New(), Type: "t.v1"}
	if d := differs(empty, &esdb.RecordedEvent{EventID: empty.ID, EventType: "t.v1", Data: []byte{}}); d != "" {
		t.Errorf("nil and empty payloads differ: %s", d)
	}
	for name, change := range map[string]func(*esdb.RecordedEvent){
		"id":       func(r *esdb.RecordedEvent) { r.EventID = uuid.New() },
		"type":     func(r *esdb.RecordedEvent) { r.EventType = "t.v2" },
		"data":     func(r *esdb.RecordedEvent) { r.Data = []byte("Data") },
		"metadata": func(r *esdb.RecordedEvent) { r.UserMetadata = nil },
	} {
		other := *same
		change(&other)
		if d := differs(want, &other); !strings.Contains(d, name) && !(name == "id" && strings.Contains(d, "not recorded")) {
			t.Errorf("other %s: differs says %q", name, d)
		}
	}
}

func TestComparePositions(t *testing.T) {
	for _, c := range []struct {
		a, b esdb.Position
		want int
	}{
		{esdb.Position{Commit: 1, Prepare: 1}, esdb.Position{Commit: 2, Prepare: 0}, -1},
		{esdb.Position{Commit: 5, Prepare: 3}, esdb.Position{Commit: 5, Prepare: 4}, -1},
		{esdb.Position{Commit: 5, Prepare: 4}, esdb.Position{Commit: 5, Prepare: 4}, 0},
		{esdb.Position{Commit: 6, Prepare: 1}, esdb.Position{Commit: 5, Prepare: 9}, 1},
	} {
		if got := comparePositions(c.a, c.b); got != c.want {
			t.Errorf("compare %v %v = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := comparePositions(c.b, c.a); got != -c.want {
			t.Errorf("compare %v %v = %d, want %d", c.b, c.a, got, -c.want)
		}
	}
}

// The subscription tells an append in progress the ordinal of its last
// event, and notices when the events at its place are not its own.
func TestAppendWaitObserve(t *testing.T) {
	evs := []eventstore.EventData{
		{ID: uuid.New(), Type: "t.v1", Data: []byte("a")},
		{ID: uuid.New(), Type: "t.v1", Data: []byte("b")},
	}
	newWait := func() *appendWait {
		return &appendWait{stream: "s", expected: 3, first: 3, events: evs, indexed: make(chan struct{})}
	}
	rec := func(i int, data string) *esdb.RecordedEvent {
		return &esdb.RecordedEvent{EventID: evs[i].ID, EventType: "t.v1", StreamID: "s", EventNumber: uint64(3 + i), Data: []byte(data)}
	}
	isIndexed := func(w *appendWait) bool {
		select {
		case <-w.indexed:
			return true
		default:
			return false
		}
	}

	w := newWait()
	w.observe(&esdb.RecordedEvent{EventID: uuid.New(), StreamID: "s", EventNumber: 2}, 10) // before its place
	w.observe(rec(0, "a"), 11)
	if isIndexed(w) {
		t.Fatal("indexed after the first of two events")
	}
	w.observe(rec(1, "b"), 12)
	if !isIndexed(w) || w.ordinal != 12 || w.mismatch != "" {
		t.Fatalf("after both events: indexed %v, ordinal %d, mismatch %q; want indexed at 12 without mismatch", isIndexed(w), w.ordinal, w.mismatch)
	}
	w.observe(&esdb.RecordedEvent{EventID: uuid.New(), StreamID: "s", EventNumber: 4}, 13) // a repeat must not close twice

	// The server took a repeat of the IDs with other content as a retry.
	w = newWait()
	w.observe(rec(0, "A"), 20)
	w.observe(rec(1, "b"), 21)
	if !isIndexed(w) || !strings.Contains(w.mismatch, "event 0") {
		t.Errorf("other content: indexed %v, mismatch %q; want indexed with a mismatch of event 0", isIndexed(w), w.mismatch)
	}
}
