package domain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/controlsledger/ledger/internal/jsonscan"
	"strconv"
	"strings"
)

// Record kinds: each record lives on its own stream, named by StreamName.
const (
	KindMeasure     = "measure"
	KindDesignation = "designation"
	KindTransaction = "transaction"
	KindEnforcement = "enforcement"
	KindDialogue    = "dialogue"
	KindLink        = "link"
	KindSource      = "source"
)

// RecordKinds lists the kinds of record.
var RecordKinds = []string{KindMeasure, KindDesignation, KindTransaction, KindEnforcement, KindDialogue, KindLink, KindSource}

// StreamName is the one place stream names are built. Nothing parses them
// back: IDs travel in the payloads.
func StreamName(kind, id string) string { return kind + "-" + id }

// Ref names a record: a measure, a designation, a transaction ...
type Ref struct {
	Kind string `json:"kind"`
	ID   string `json:"id"`
}

// Stream returns the name of the record's stream.
func (r Ref) Stream() string { return StreamName(r.Kind, r.ID) }

func (r Ref) String() string { return r.Kind + " " + r.ID }

func (p *problems) ref(field string, r Ref) {
	p.oneOf(field+".kind", r.Kind, RecordKinds)
	p.id(field+".id", r.ID)
}

// Recorded is one stored event of a stream, as Replay needs it.
type Recorded struct {
	ID   string
	Type string
	Data []byte
}

// Aggregate is the state of one record, folded from its stream. Apply
// folds the next event in: it only appends to the lists the aggregate
// keeps, amortised as append grows them, so that folding a stream of n
// events costs O(n), not O(n²). A copy of an aggregate (a value, or a
// list taken from it) stays as it was while the original goes on; two
// copies must not both go on, since they may share a list's spare room.
type Aggregate interface {
	Apply(Event)
}

// Replay folds the events of one stream into agg, honouring the knowledge
// events among them: an event named by a RecordCorrected is applied with the
// corrected values, an event named by a RecordRetracted is skipped. Since a
// correction comes after the event it corrects, replaying the stream up to a
// ledger position gives the record as the ledger knew it then.
func Replay(agg Aggregate, events []Recorded) error {
	decoded, err := decodeAll(events)
	if err != nil {
		return err
	}
	return replayDecoded(agg, events, decoded)
}

// decodeAll decodes the events of a stream, as Replay does.
func decodeAll(events []Recorded) ([]Event, error) {
	decoded := make([]Event, len(events))
	for i, rec := range events {
		ev, err := Decode(rec.Type, rec.Data)
		if err != nil {
			return nil, fmt.Errorf("replay event %s: %w", rec.ID, err)
		}
		decoded[i] = ev
	}
	return decoded, nil
}

// replayDecoded is Replay given the events decoded: decoded[i] is events[i]
// decoded.
func replayDecoded(agg Aggregate, events []Recorded, decoded []Event) error {
	return replayWith(agg, func(i int) string { return events[i].ID }, decoded, func(i int, ps []fieldPatch) (Event, error) {
		rec := events[i]
		data := rec.Data
		for _, p := range ps {
			var err error
			if data, err = PatchField(data, p.field, nil, p.value); err != nil {
				return nil, fmt.Errorf("replay event %s: correction of %s: %w", rec.ID, p.field, err)
			}
		}
		ev, err := Decode(rec.Type, data)
		if err != nil {
			return nil, fmt.Errorf("replay event %s: corrected payload: %w", rec.ID, err)
		}
		return ev, nil
	})
}

// fieldPatch is a correction's new value of a field.
type fieldPatch struct {
	field string
	value json.RawMessage
}

// replayWith folds the decoded events of a stream into agg as Replay does:
// id(i) is the ID of decoded[i], and correct returns decoded[i] with the
// corrections of it applied, in order.
func replayWith(agg Aggregate, id func(int) string, decoded []Event, correct func(i int, ps []fieldPatch) (Event, error)) error {
	patches := map[string][]fieldPatch{}
	retracted := map[string]bool{}
	for _, ev := range decoded {
		switch k := ev.(type) {
		case RecordCorrected:
			patches[k.EventID] = append(patches[k.EventID], fieldPatch{k.Field, k.NewValue})
		case RecordRetracted:
			if k.EventID != "" {
				retracted[k.EventID] = true
			}
		}
	}
	for i, ev := range decoded {
		if retracted[id(i)] {
			agg.Apply(retractedEvent{})
			continue
		}
		if ps := patches[id(i)]; len(ps) > 0 {
			var err error
			if ev, err = correct(i, ps); err != nil {
				return err
			}
		}
		agg.Apply(ev)
	}
	return nil
}

// retractedEvent stands in for an event retracted as entered in error: it
// counts as a version of the stream and changes nothing else.
type retractedEvent struct{}

func (retractedEvent) EventType() string { return "" }
func (retractedEvent) Subject() Ref      { return Ref{} }

// Knowledge is what the ledger learned about its own record of a fact:
// corrections, retractions and conflicting sources. Aggregates embed it.
type Knowledge struct {
	Corrections []RecordCorrected
	Retraction  *RecordRetracted
	Conflicts   []SourceConflictNoted
}

// Retracted reports whether the whole record was retracted as entered in
// error.
func (k *Knowledge) Retracted() bool { return k.Retraction != nil }

// Known returns the knowledge itself; aggregates that embed it share it.
func (k *Knowledge) Known() *Knowledge { return k }

// applyKnowledge folds a knowledge event and reports whether ev was one.
func (k *Knowledge) applyKnowledge(ev Event) bool {
	switch e := ev.(type) {
	case RecordCorrected:
		k.Corrections = append(k.Corrections, e)
	case RecordRetracted:
		if e.EventID == "" {
			k.Retraction = &e
		}
	case SourceConflictNoted:
		k.Conflicts = append(k.Conflicts, e)
	case retractedEvent:
	default:
		return false
	}
	return true
}

// notRetracted fails for a record retracted as entered in error.
func (k *Knowledge) notRetracted(ref Ref) error {
	if k.Retraction != nil {
		return &RuleError{Kind: ErrInvalid, Rule: "record.retracted", Field: "",
			Message: fmt.Sprintf("%s was retracted as entered in error: %s", ref, k.Retraction.Reason)}
	}
	return nil
}

// PatchField returns the JSON object data with the value at path replaced
// by value. A path is a dotted list of object keys with [i] for list
// indexes: "provisions[1].effectiveOn". If old is not nil, the current value
// must equal it. The path must exist.
func PatchField(data []byte, path string, old, value json.RawMessage) ([]byte, error) {
	if out, ok := patchInPlace(data, path, old, value); ok {
		return out, nil
	}
	return patchByMaps(data, path, old, value)
}

// patchByMaps is PatchField the long way: the document decoded into maps,
// patched and encoded again.
func patchByMaps(data []byte, path string, old, value json.RawMessage) ([]byte, error) {
	var root any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&root); err != nil {
		return nil, err
	}
	steps, err := parsePath(path)
	if err != nil {
		return nil, err
	}
	var newValue any
	dec = json.NewDecoder(bytes.NewReader(value))
	dec.UseNumber()
	if err := dec.Decode(&newValue); err != nil {
		return nil, fmt.Errorf("new value is not JSON: %w", err)
	}
	parent := root
	for i, st := range steps {
		last := i == len(steps)-1
		var cur any
		switch c := parent.(type) {
		case map[string]any:
			v, ok := c[st.key]
			if st.key == "" || !ok {
				return nil, fmt.Errorf("%w: %s has no field %q", errNoField, path, st.key)
			}
			cur = v
			if last {
				if err := sameValue(cur, old); err != nil {
					return nil, err
				}
				c[st.key] = newValue
			}
		case []any:
			if st.key != "" || st.index < 0 || st.index >= len(c) {
				return nil, fmt.Errorf("%w: %s: index out of range", errNoField, path)
			}
			cur = c[st.index]
			if last {
				if err := sameValue(cur, old); err != nil {
					return nil, err
				}
				c[st.index] = newValue
			}
		default:
			return nil, fmt.Errorf("%w: %s goes through a value that is not an object or a list", errNoField, path)
		}
		parent = cur
	}
	return json.Marshal(root)
}

// patchInPlace is PatchField's fast path: it finds the value at path in
// data and writes the new value in its place, leaving the rest of the
// document as it is, where decoding it all into maps and encoding it again
// would give the same document once decoded (the order of keys, spacing
// and escapes aside). It reports false wherever PatchField must take the
// long way: on any error (which the long way reports), a key written with
// escapes or repeated in an object on the path, anything after the
// document.
func patchInPlace(data []byte, path string, old, value json.RawMessage) ([]byte, bool) {
	steps, err := parsePath(path)
	if err != nil {
		return nil, false
	}
	at := make([]jsonscan.Step, len(steps))
	for i, st := range steps {
		at[i] = jsonscan.Step{Key: st.key, Index: st.index}
	}
	start, end, ok := jsonscan.Find(data, at)
	if !ok {
		return nil, false
	}
	if old != nil {
		var cur any
		dec := json.NewDecoder(bytes.NewReader(data[start:end]))
		dec.UseNumber()
		if dec.Decode(&cur) != nil || sameValue(cur, old) != nil {
			return nil, false
		}
	}
	encoded, err := canonical(value)
	if err != nil {
		return nil, false
	}
	out := make([]byte, 0, len(data)-(end-start)+len(encoded))
	out = append(out, data[:start]...)
	out = append(out, encoded...)
	return append(out, data[end:]...), true
}

var (
	errNoField  = fmt.Errorf("no such field")
	errOldValue = fmt.Errorf("old value does not match")
)

func sameValue(cur any, old json.RawMessage) error {
	if old == nil {
		return nil
	}
	want, err := canonical(old)
	if err != nil {
		return fmt.Errorf("old value is not JSON: %w", err)
	}
	got, _ := json.Marshal(cur)
	if string(got) != string(want) {
		return fmt.Errorf("%w: the record holds %s, not %s", errOldValue, got, want)
	}
	return nil
}

// canonical re-encodes a JSON value so that equal values compare equal.
func canonical(raw json.RawMessage) ([]byte, error) {
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	return json.Marshal(v)
}

type pathStep struct {
	key   string
	index int
}

func parsePath(path string) ([]pathStep, error) {
	if path == "" {
		return nil, fmt.Errorf("%w: empty path", errNoField)
	}
	var steps []pathStep
	for _, part := range strings.Split(path, ".") {
		key, rest, _ := strings.Cut(part, "[")
		if key == "" && len(steps) == 0 {
			return nil, fmt.Errorf("%w: %q must start with a field name", errNoField, path)
		}
		if key != "" {
			steps = append(steps, pathStep{key: key})
		}
		for rest != "" {
			idx, after, ok := strings.Cut(rest, "]")
			n, err := strconv.Atoi(idx)
			if !ok || err != nil || n < 0 {
				return nil, fmt.Errorf("%w: %q has a malformed index", errNoField, path)
			}
			steps = append(steps, pathStep{index: n})
			rest = strings.TrimPrefix(after, "[")
			if after != "" && !strings.HasPrefix(after, "[") {
				return nil, fmt.Errorf("%w: %q has a malformed index", errNoField, path)
			}
		}
	}
	return steps, nil
}
