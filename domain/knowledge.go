package domain

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"time"
)

// RecordCorrected records that the ledger's record of a fact was wrong: the
// value at Field of the event EventID is NewValue, not OldValue. It is a
// recorded-time fact: from the correction's ledger position on, the record
// reads with the new value for every valid time; questions asked at an
// earlier position still see the old one. The corrected event itself is
// never rewritten.
type RecordCorrected struct {
	CorrectionID string `json:"correctionId"`
	Record       Ref    `json:"record"`
	// EventID is the ID of the corrected event, in the record's stream.
	EventID string `json:"eventId"`
	// Field is the path of the value in the event's payload, e.g.
	// "provisions[1].effectiveOn".
	Field    string          `json:"field"`
	OldValue json.RawMessage `json:"oldValue"`
	NewValue json.RawMessage `json:"newValue"`
	Reason   string          `json:"reason"`
	Evidence string          `json:"evidence,omitempty"`
	Sources  []Source        `json:"sources"`
}

// RecordRetracted records that a record, or one event of it, was entered in
// error. From its position on the record (or event) no longer counts.
type RecordRetracted struct {
	RetractionID string `json:"retractionId"`
	Record       Ref    `json:"record"`
	// EventID, if set, retracts one event of the record; empty retracts the
	// whole record.
	EventID string   `json:"eventId,omitempty"`
	Reason  string   `json:"reason"`
	Sources []Source `json:"sources"`
}

// SourceClaim is what one source says.
type SourceClaim struct {
	Source Source `json:"source"`
	Value  string `json:"value"`
}

// SourceConflictNoted records that sources disagree about a fact of a record,
// what each says, and which one the ledger follows.
type SourceConflictNoted struct {
	NoteID string `json:"noteId"`
	Record Ref    `json:"record"`
	// Field names the fact in dispute, e.g. "completedOn".
	Field  string        `json:"field"`
	Claims []SourceClaim `json:"claims"`
	// Followed is the index in Claims of the claim the ledger follows.
	Followed int    `json:"followed"`
	Note     string `json:"note,omitempty"`
}

func (RecordCorrected) EventType() string     { return TypeRecordCorrected }
func (RecordRetracted) EventType() string     { return TypeRecordRetracted }
func (SourceConflictNoted) EventType() string { return TypeSourceConflictNoted }
func (e RecordCorrected) Subject() Ref        { return e.Record }
func (e RecordRetracted) Subject() Ref        { return e.Record }
func (e SourceConflictNoted) Subject() Ref    { return e.Record }

type (
	// CorrectRecord corrects a value of a recorded event.
	CorrectRecord RecordCorrected
	// RetractRecord retracts a record, or one event of it, entered in error.
	RetractRecord RecordRetracted
	// NoteSourceConflict records that sources disagree.
	NoteSourceConflict SourceConflictNoted
)

// knowledgeCommands are the commands about what the ledger knows of a
// record of any kind, recorded on the stream of the record they name.
var knowledgeCommands = []*CommandType{
	onRecord("CorrectRecord", func(c CorrectRecord) Ref { return c.Record },
		func(c CorrectRecord, stream []Recorded, fold folder, now time.Time) ([]Event, Record, error) {
			return decideCorrection(c, stream, nil, fold, now)
		}),
	onRecord("RetractRecord", func(c RetractRecord) Ref { return c.Record },
		func(c RetractRecord, stream []Recorded, fold folder, now time.Time) ([]Event, Record, error) {
			events, err := decideRetraction(c, stream, fold, now)
			return events, nil, err
		}),
	onRecord("NoteSourceConflict", func(c NoteSourceConflict) Ref { return c.Record },
		func(c NoteSourceConflict, stream []Recorded, fold folder, now time.Time) ([]Event, Record, error) {
			events, err := decideSourceConflict(c, stream, fold, now)
			return events, nil, err
		}),
}

// Record is an aggregate that can exist and be retracted.
type Record interface {
	Aggregate
	Exists() bool
	Known() *Knowledge
}

// NewRecord returns the zero aggregate of a record kind, or nil for an
// unknown kind.
func NewRecord(kind string) Record {
	switch kind {
	case KindMeasure:
		return &Measure{}
	case KindDesignation:
		return &Designation{}
	case KindTransaction:
		return &Transaction{}
	case KindEnforcement:
		return &Enforcement{}
	case KindDialogue:
		return &Dialogue{}
	case KindLink:
		return &Link{}
	case KindSource:
		return &SourceDocument{}
	}
	return nil
}

func isKnowledge(ev Event) bool {
	switch ev.(type) {
	case RecordCorrected, RecordRetracted, SourceConflictNoted:
		return true
	}
	return false
}

// replayRecord rebuilds the record of kind from its stream and checks it can
// take a knowledge event: it exists and is not retracted.
// decoded, if not nil, is the stream decoded (decodeAll).
func replayRecord(ref Ref, stream []Recorded, decoded []Event) (Record, error) {
	rec := NewRecord(ref.Kind)
	if decoded == nil {
		var err error
		if decoded, err = decodeAll(stream); err != nil {
			return nil, err
		}
	}
	if err := replayDecoded(rec, stream, decoded); err != nil {
		return nil, err
	}
	return rec, canTakeKnowledge(ref, rec)
}

// folder returns the record a command is about as its stream folds, as
// replayRecord replays it before its checks (the fold the History keeps,
// or a replay), or false if it has none to give.
type folder func() (Record, bool)

// foldOf is the folder of ref's record in h.
func foldOf(h History, ref Ref) folder {
	return func() (Record, bool) {
		zero := NewRecord(ref.Kind)
		if zero == nil {
			return nil, false
		}
		agg, err := h.Fold(func() Aggregate { return NewRecord(ref.Kind) })
		if err != nil {
			return nil, false // replayRecord reports it
		}
		rec, ok := agg.(Record)
		return rec, ok && reflect.TypeOf(rec) == reflect.TypeOf(zero)
	}
}

// checkedRecord is replayRecord, taking the record from fold if it gives
// one.
func checkedRecord(ref Ref, stream []Recorded, decoded []Event, fold folder) (Record, error) {
	if fold != nil {
		if rec, ok := fold(); ok {
			return rec, canTakeKnowledge(ref, rec)
		}
	}
	return replayRecord(ref, stream, decoded)
}

// canTakeKnowledge checks that rec, the record ref, can take a knowledge
// event: it exists and is not retracted.
func canTakeKnowledge(ref Ref, rec Record) error {
	if !rec.Exists() {
		return &RuleError{Kind: ErrNotFound, Rule: "record.not_found", Field: "record",
			Message: fmt.Sprintf("%s does not exist", ref)}
	}
	if rec.Known().Retracted() {
		return &RuleError{Kind: ErrInvalid, Rule: "record.retracted", Field: "record",
			Message: fmt.Sprintf("%s was retracted as entered in error", ref)}
	}
	return nil
}

// findEvent returns the index of the event id in stream, which must be a
// fact of the record, not a knowledge event. decoded, if not nil, is the
// stream decoded (decodeAll).
func findEvent(stream []Recorded, decoded []Event, ref Ref, id string) (int, Event, error) {
	for i, r := range stream {
		if r.ID != id {
			continue
		}
		var ev Event
		if decoded != nil {
			ev = decoded[i]
		} else {
			var err error
			if ev, err = Decode(r.Type, r.Data); err != nil {
				return 0, nil, err
			}
		}
		if isKnowledge(ev) {
			return 0, nil, &RuleError{Kind: ErrInvalid, Rule: "event.is_knowledge", Field: "eventId",
				Message: fmt.Sprintf("event %s is itself a correction, retraction or note: retract or correct the fact instead", id)}
		}
		return i, ev, nil
	}
	return 0, nil, &RuleError{Kind: ErrNotFound, Rule: "event.not_found", Field: "eventId",
		Message: fmt.Sprintf("%s has no event %s", ref, id)}
}

// DecideCorrection decides a CorrectRecord command against the recorded
// events of the record's stream: the event must be a fact of the record, the
// field must exist, OldValue must be what the record holds now (earlier
// corrections applied), and the corrected record must still decode, keep its
// identity, and replay.
func DecideCorrection(cmd CorrectRecord, stream []Recorded, now time.Time) ([]Event, error) {
	events, _, err := decideCorrection(cmd, stream, nil, nil, now)
	return events, err
}

// decideCorrection is DecideCorrection, which also returns the record
// replayed with the correction, as a replay of the stream with it recorded
// gives it. decoded, if not nil, is the stream decoded (decodeAll); fold,
// if not nil, gives the record as the stream folds (checkedRecord).
func decideCorrection(cmd CorrectRecord, stream []Recorded, decoded []Event, fold folder, now time.Time) ([]Event, Record, error) {
	var p problems
	p.id("correctionId", cmd.CorrectionID)
	p.ref("record", cmd.Record)
	p.required("eventId", cmd.EventID)
	p.required("field", cmd.Field)
	if len(cmd.OldValue) == 0 {
		p.invalid("oldValue", "field.required", "oldValue is required: the value the record holds now")
	}
	if len(cmd.NewValue) == 0 {
		p.invalid("newValue", "field.required", "newValue is required")
	}
	p.required("reason", cmd.Reason)
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, nil, err
	}
	// Each event is decoded once (a correction used to decode the stream
	// four times over).
	if decoded == nil {
		var err error
		if decoded, err = decodeAll(stream); err != nil {
			return nil, nil, err
		}
	}
	if _, err := checkedRecord(cmd.Record, stream, decoded, fold); err != nil {
		return nil, nil, err
	}
	for _, ev := range decoded {
		if c, ok := ev.(RecordCorrected); ok && c.CorrectionID == cmd.CorrectionID {
			return nil, nil, &RuleError{Kind: ErrConflict, Rule: "correction.duplicate", Field: "correctionId",
				Message: fmt.Sprintf("correction %q of %s is already recorded", cmd.CorrectionID, cmd.Record)}
		}
	}
	i, target, err := findEvent(stream, decoded, cmd.Record, cmd.EventID)
	if err != nil {
		return nil, nil, err
	}
	// The value now is the stored one with earlier corrections applied.
	current := stream[i].Data
	for _, ev := range decoded[i+1:] {
		if c, ok := ev.(RecordCorrected); ok && c.EventID == cmd.EventID {
			if patched, err := PatchField(current, c.Field, nil, c.NewValue); err == nil {
				current = patched
			}
		}
	}
	patched, err := PatchField(current, cmd.Field, cmd.OldValue, cmd.NewValue)
	switch {
	case errors.Is(err, errNoField):
		return nil, nil, &RuleError{Kind: ErrInvalid, Rule: "correction.no_field", Field: "field", Message: err.Error()}
	case errors.Is(err, errOldValue):
		return nil, nil, &RuleError{Kind: ErrConflict, Rule: "correction.stale_old_value", Field: "oldValue", Message: err.Error()}
	case err != nil:
		return nil, nil, &RuleError{Kind: ErrInvalid, Rule: "correction.malformed", Field: "newValue", Message: err.Error()}
	}
	if o, _ := canonical(cmd.OldValue); string(o) == string(mustCanonical(cmd.NewValue)) {
		return nil, nil, &RuleError{Kind: ErrInvalid, Rule: "correction.no_change", Field: "newValue",
			Message: "newValue is the value the record already holds"}
	}
	corrected, err := Decode(stream[i].Type, patched)
	if err != nil {
		return nil, nil, &RuleError{Kind: ErrInvalid, Rule: "correction.malformed", Field: "newValue",
			Message: fmt.Sprintf("the corrected event does not decode: %v", err)}
	}
	if corrected.Subject() != target.Subject() {
		return nil, nil, &RuleError{Kind: ErrInvalid, Rule: "correction.identity", Field: "field",
			Message: fmt.Sprintf("%s names the record itself: retract the record and record it again instead", cmd.Field)}
	}
	ev := RecordCorrected(cmd)
	data, err := Encode(ev)
	if err != nil {
		return nil, nil, err
	}
	// The record is replayed with the correction as it will be stored, so
	// that what it folds to is what a replay of the stream gives.
	stored, err := Decode(ev.EventType(), data)
	if err != nil {
		return nil, nil, err
	}
	folded := NewRecord(cmd.Record.Kind)
	if err := replayDecoded(folded, append(stream[:len(stream):len(stream)], Recorded{ID: "pending", Type: ev.EventType(), Data: data}),
		append(decoded[:len(decoded):len(decoded)], stored)); err != nil {
		return nil, nil, &RuleError{Kind: ErrInvalid, Rule: "correction.malformed", Field: "newValue", Message: err.Error()}
	}
	return []Event{ev}, folded, nil
}

func mustCanonical(raw json.RawMessage) []byte {
	b, _ := canonical(raw)
	return b
}

// DecideRetraction decides a RetractRecord command: a whole record, or one
// fact of it other than the one that created it (retract the record for
// that), can be retracted once.
func DecideRetraction(cmd RetractRecord, stream []Recorded, now time.Time) ([]Event, error) {
	return decideRetraction(cmd, stream, nil, now)
}

// decideRetraction is DecideRetraction; fold, if not nil, gives the record
// as the stream folds (checkedRecord).
func decideRetraction(cmd RetractRecord, stream []Recorded, fold folder, now time.Time) ([]Event, error) {
	var p problems
	p.id("retractionId", cmd.RetractionID)
	p.ref("record", cmd.Record)
	p.required("reason", cmd.Reason)
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if _, err := checkedRecord(cmd.Record, stream, nil, fold); err != nil {
		return nil, err
	}
	if cmd.EventID == "" {
		return []Event{RecordRetracted(cmd)}, nil
	}
	i, _, err := findEvent(stream, nil, cmd.Record, cmd.EventID)
	if err != nil {
		return nil, err
	}
	if i == 0 {
		return nil, &RuleError{Kind: ErrInvalid, Rule: "retraction.first_event", Field: "eventId",
			Message: "the first event creates the record: retract the whole record (leave eventId out)"}
	}
	for _, r := range stream {
		if r.Type != TypeRecordRetracted {
			continue // a retraction has no other type, nor an earlier version
		}
		if ev, err := Decode(r.Type, r.Data); err == nil {
			if x, ok := ev.(RecordRetracted); ok && x.EventID == cmd.EventID {
				return nil, &RuleError{Kind: ErrConflict, Rule: "retraction.duplicate", Field: "eventId",
					Message: fmt.Sprintf("event %s is already retracted", cmd.EventID)}
			}
		}
	}
	return []Event{RecordRetracted(cmd)}, nil
}

// DecideSourceConflict decides a NoteSourceConflict command.
func DecideSourceConflict(cmd NoteSourceConflict, stream []Recorded, now time.Time) ([]Event, error) {
	return decideSourceConflict(cmd, stream, nil, now)
}

// decideSourceConflict is DecideSourceConflict; fold, if not nil, gives
// the record as the stream folds (checkedRecord).
func decideSourceConflict(cmd NoteSourceConflict, stream []Recorded, fold folder, now time.Time) ([]Event, error) {
	var p problems
	p.id("noteId", cmd.NoteID)
	p.ref("record", cmd.Record)
	p.required("field", cmd.Field)
	if len(cmd.Claims) < 2 {
		p.invalid("claims", "claims.too_few", "claims must list at least two sources that disagree, not %d", len(cmd.Claims))
	}
	for i, c := range cmd.Claims {
		f := fmt.Sprintf("claims[%d]", i)
		p.source(f+".source", c.Source)
		p.required(f+".value", c.Value)
	}
	if cmd.Followed < 0 || cmd.Followed >= len(cmd.Claims) {
		p.invalid("followed", "claims.followed_out_of_range", "followed must be the index of one of the %d claims, not %d", len(cmd.Claims), cmd.Followed)
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	rec, err := checkedRecord(cmd.Record, stream, nil, fold)
	if err != nil {
		return nil, err
	}
	for _, c := range rec.Known().Conflicts {
		if c.NoteID == cmd.NoteID {
			return nil, &RuleError{Kind: ErrConflict, Rule: "note.duplicate", Field: "noteId",
				Message: fmt.Sprintf("note %q of %s is already recorded", cmd.NoteID, cmd.Record)}
		}
	}
	return []Event{SourceConflictNoted(cmd)}, nil
}
