package domain

import (
	"cmp"
	"encoding"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"sync"
	"time"
)

// CommandType describes one kind of command: its name, the record it is
// about and how it is decided. It is the one registry of commands: the
// application service runs a command through it, the importer decodes it by
// it, the API's mutations find its record by it. Each is defined beside its
// aggregate, in the list the aggregate's file keeps (measureCommands ...).
type CommandType struct {
	// Name names the command in import files and in the metadata of the
	// events it records (as Metadata.Command). Once used it is frozen: it
	// is not derived from the Go type's name, so that renaming the type
	// changes neither.
	Name string
	// Input is the command's Go type (AnnounceMeasure, ...): what a
	// decoder fills and what Subject and Decide take.
	Input reflect.Type

	subject    func(cmd any) Ref
	decide     func(cmd any, h History, now time.Time) ([]Event, error)
	decodeFast func(data []byte) (any, bool)
}

// History is what a decision reads: the stream of the record the command
// is about, and the other records the decision depends on. The application
// service implements it.
type History interface {
	// Fold returns the stream's events folded into newAgg(), or an aggregate
	// of the stream already folded at its latest version. The decision must
	// not change it.
	Fold(newAgg func() Aggregate) (Aggregate, error)
	// Events returns the stream's events.
	Events() []Recorded
	// Exists reports whether another record exists and is not retracted.
	Exists(ref Ref) (bool, error)
	// Load folds the events of another record's stream into agg.
	Load(ref Ref, agg Aggregate) error
	// Keep offers the stream's aggregate with the decision's events
	// applied, which a decision that replays the stream with them (a
	// correction, to check the record still replays) has already: once
	// the events are recorded, it is the stream's fold, as replaying the
	// stream would give it. The decision must not touch it after.
	Keep(agg Aggregate)
}

// Subject returns the record cmd is about, whose stream records its events.
// cmd must be of type t.Input.
func (t *CommandType) Subject(cmd any) Ref { return t.subject(cmd) }

// Decide decides cmd, of type t.Input, against h at now: the events to
// record, or the rules it breaks.
func (t *CommandType) Decide(cmd any, h History, now time.Time) ([]Event, error) {
	return t.decide(cmd, h, now)
}

// DecodeFast decodes the JSON form of a command of this type on the fast
// path (StrictDecoder): ok is false wherever the fast path is not sure, and
// the caller must decode with encoding/json (into a new t.Input) instead.
func (t *CommandType) DecodeFast(data []byte) (cmd any, ok bool) {
	if t.decodeFast == nil {
		return nil, false
	}
	return t.decodeFast(data)
}

// command defines a command of type C about the record subject names,
// decided by decide.
func command[C any](name string, subject func(C) Ref, decide func(C, History, time.Time) ([]Event, error)) *CommandType {
	t := &CommandType{
		Name:    name,
		Input:   reflect.TypeFor[C](),
		subject: func(cmd any) Ref { return subject(cmd.(C)) },
		decide: func(cmd any, h History, now time.Time) ([]Event, error) {
			return decide(cmd.(C), h, now)
		},
	}
	if fast := StrictDecoder[C](); fast != nil {
		t.decodeFast = func(data []byte) (any, bool) {
			var cmd C
			if !fast(data, &cmd) {
				return nil, false
			}
			return cmd, true
		}
	}
	return t
}

// decidedBy defines a command decided by a method of its record's
// aggregate, A, alone.
func decidedBy[C, A any, P interface {
	*A
	Aggregate
}](name string, subject func(C) Ref, decide func(P, C, time.Time) ([]Event, error)) *CommandType {
	return reading(name, subject, func(agg P, cmd C, _ History, now time.Time) ([]Event, error) {
		return decide(agg, cmd, now)
	})
}

// reading defines a command decided by its record's aggregate, A, and what
// the decision reads of other records through the History.
func reading[C, A any, P interface {
	*A
	Aggregate
}](name string, subject func(C) Ref, decide func(P, C, History, time.Time) ([]Event, error)) *CommandType {
	return command(name, subject, func(cmd C, h History, now time.Time) ([]Event, error) {
		agg, err := h.Fold(func() Aggregate { return P(new(A)) })
		if err != nil {
			return nil, err
		}
		p, ok := agg.(P)
		if !ok {
			// The stream was kept folded as another type (a command
			// named a record of another kind by its stream).
			p = P(new(A))
			if err := Replay(p, h.Events()); err != nil {
				return nil, err
			}
		}
		return decide(p, cmd, h, now)
	})
}

// onRecord defines a command decided on the events of its record's stream,
// whatever the record's kind (the knowledge commands), and on the record as
// its stream folds (a folder over the History's Fold: the fold the service
// keeps, or a replay). A decision that replays the stream with its events
// applied (a correction, to check the record still replays) returns the
// record so folded, which is offered to the History to keep; others return
// nil.
func onRecord[C any](name string, subject func(C) Ref, decide func(C, []Recorded, folder, time.Time) ([]Event, Record, error)) *CommandType {
	return command(name, subject, func(cmd C, h History, now time.Time) ([]Event, error) {
		events, folded, err := decide(cmd, h.Events(), foldOf(h, subject(cmd)), now)
		if err != nil {
			return nil, err
		}
		if folded != nil {
			h.Keep(folded)
		}
		return events, nil
	})
}

// commandTypes are the commands of the ledger, aggregate by aggregate.
var commandTypes = slices.Concat(sourceCommands, measureCommands, designationCommands, transactionCommands,
	enforcementCommands, dialogueCommands, linkCommands, knowledgeCommands)

var commandsByName, commandsByInput = indexCommands(commandTypes)

func indexCommands(types []*CommandType) (map[string]*CommandType, map[reflect.Type]*CommandType) {
	byName := make(map[string]*CommandType, len(types))
	byInput := make(map[reflect.Type]*CommandType, len(types))
	for _, t := range types {
		if byName[t.Name] != nil || byInput[t.Input] != nil {
			panic(fmt.Sprintf("domain: command %s (%s) defined twice", t.Name, t.Input))
		}
		byName[t.Name], byInput[t.Input] = t, t
	}
	return byName, byInput
}

// CommandTypes returns every command, sorted by name. The caller must not
// change them.
func CommandTypes() []*CommandType {
	out := slices.Clone(commandTypes)
	slices.SortFunc(out, func(a, b *CommandType) int { return cmp.Compare(a.Name, b.Name) })
	return out
}

// CommandNamed returns the command called name.
func CommandNamed(name string) (*CommandType, bool) {
	t, ok := commandsByName[name]
	return t, ok
}

// CommandOf returns the type of cmd, a command value (AnnounceMeasure{...}),
// or false if cmd is not a command.
func CommandOf(cmd any) (*CommandType, bool) {
	t, ok := commandsByInput[reflect.TypeOf(cmd)]
	return t, ok
}

// Echoes reports whether ev, an event a decision of cmd returned, is cmd
// itself as the event's type: most decisions record the command as their
// event (MeasureRevoked(cmd)). The JSON form of such an event is then
// cmd's, byte for byte, and a caller that has encoded cmd already (to hash
// it) need not encode the event again. It holds when the two types are the
// same struct with the same tags, neither encodes itself (a MarshalJSON or
// MarshalText method, which the other would not share), and every field of
// ev is identical to cmd's (what a conversion copies: the same strings,
// the same slices and pointers, equal scalars): anything else, a field
// changed or copied, reports false.
func Echoes(cmd any, ev Event) bool {
	ct, et := reflect.TypeOf(cmd), reflect.TypeOf(ev)
	if ct == nil || et == nil || !sameJSONForm(ct, et) {
		return false
	}
	return identical(reflect.ValueOf(cmd), reflect.ValueOf(ev))
}

// identical reports whether a and b, structs of the same fields or values
// of the same type, hold the same values: equal strings and scalars, and
// the same slices (elements, length and nil-ness), maps and pointers, not
// copies; false wherever it cannot tell (an interface that is not nil).
// Identical values encode to the same JSON.
func identical(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			if !identical(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Array:
		for i := range a.Len() {
			if !identical(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.String:
		return a.String() == b.String()
	case reflect.Slice:
		return a.UnsafePointer() == b.UnsafePointer() && a.Len() == b.Len()
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return a.UnsafePointer() == b.UnsafePointer()
	case reflect.Interface:
		return a.IsNil() && b.IsNil()
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint()
	case reflect.Float32, reflect.Float64:
		return math.Float64bits(a.Float()) == math.Float64bits(b.Float())
	}
	return false
}

// jsonForms caches sameJSONForm by pair of types.
var jsonForms sync.Map // [2]reflect.Type → bool

// sameJSONForm reports whether values of struct types a and b, converted
// one to the other, encode to the same JSON: the same fields (names, types
// and tags) in the same order, and neither type encodes itself.
func sameJSONForm(a, b reflect.Type) bool {
	key := [2]reflect.Type{a, b}
	if same, ok := jsonForms.Load(key); ok {
		return same.(bool)
	}
	same := a.Kind() == reflect.Struct && b.Kind() == reflect.Struct && a.ConvertibleTo(b) && a.NumField() == b.NumField() &&
		!encodesItself(a) && !encodesItself(b)
	for i := 0; same && i < a.NumField(); i++ {
		fa, fb := a.Field(i), b.Field(i)
		same = fa.Name == fb.Name && fa.Type == fb.Type && fa.Tag == fb.Tag && fa.Anonymous == fb.Anonymous
	}
	jsonForms.Store(key, same)
	return same
}

// encodesItself reports whether t or *t has a method the JSON encoders
// call instead of encoding its fields.
func encodesItself(t reflect.Type) bool {
	marshaler, textMarshaler := reflect.TypeFor[json.Marshaler](), reflect.TypeFor[encoding.TextMarshaler]()
	for _, t := range []reflect.Type{t, reflect.PointerTo(t)} {
		if t.Implements(marshaler) || t.Implements(textMarshaler) {
			return true
		}
	}
	return false
}
