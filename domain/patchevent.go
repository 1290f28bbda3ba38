package domain

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// PatchEvent returns ev with the value at path replaced by value: what
// decoding PatchField(Encode(ev), path, nil, value) gives, without encoding
// the event and decoding it again. ev must be an event of a current type
// as Decode returns it (its payload decodes to the event again); ev itself
// is not modified (the slices and pointers on the path are copied).
//
// The value is decoded as PatchField writes it into the payload, into a
// zero value of the field's type. Wherever the payload's shape is not the
// plain one of the Go types (a value with its own JSON encoding on the path,
// an embedded struct, a map, an interface, an option other than omitempty
// and omitzero), and on any error, it takes the long way itself, so that
// results and errors are those of the payload patched and decoded.
func PatchEvent(ev Event, path string, value json.RawMessage) (Event, error) {
	if out, ok := patchTyped(ev, path, value); ok {
		return out, nil
	}
	data, err := Encode(ev)
	if err != nil {
		return nil, err
	}
	if data, err = PatchField(data, path, nil, value); err != nil {
		return nil, err
	}
	return Decode(ev.EventType(), data)
}

// patchTyped is PatchEvent's fast path; it reports false wherever
// PatchEvent must take the long way.
func patchTyped(ev Event, path string, value json.RawMessage) (Event, bool) {
	// The payload's other values decode to what ev holds (PatchEvent's
	// condition), so only the value at path is decoded.
	steps, err := parsePath(path)
	if err != nil || ev == nil {
		return nil, false
	}
	root := reflect.New(reflect.TypeOf(ev)).Elem()
	root.Set(reflect.ValueOf(ev))
	v := root
	for _, st := range steps {
		if ownsJSON(v.Type()) {
			return nil, false
		}
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return nil, false // null: neither an object nor a list
			}
			// Copied, so that ev keeps its value.
			p := reflect.New(v.Type().Elem())
			p.Elem().Set(v.Elem())
			v.Set(p)
			v = p.Elem()
			if ownsJSON(v.Type()) {
				return nil, false
			}
		}
		switch {
		case st.key != "" && v.Kind() == reflect.Struct:
			f, ok := jsonField(v, st.key)
			if !ok {
				return nil, false
			}
			v = f
		case st.key == "" && v.Kind() == reflect.Slice && v.Type().Elem().Kind() != reflect.Uint8:
			if v.IsNil() || st.index >= v.Len() {
				return nil, false
			}
			s := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
			reflect.Copy(s, v)
			v.Set(s)
			v = s.Index(st.index)
		default:
			return nil, false
		}
	}
	z := reflect.New(v.Type())
	if scalarJSON(value) && !ownsJSON(v.Type()) && json.Unmarshal(value, z.Interface()) == nil {
		// A string, number, boolean or null decodes into a plain value
		// as it does written again by PatchField.
		v.Set(z.Elem())
		out, ok := root.Interface().(Event)
		return out, ok
	}
	// The value as PatchField writes it, decoded as the payload would be:
	// into a zero value.
	encoded, err := canonical(value)
	if err != nil {
		return nil, false
	}
	z = reflect.New(v.Type())
	if json.Unmarshal(encoded, z.Interface()) != nil {
		return nil, false
	}
	v.Set(z.Elem())
	out, ok := root.Interface().(Event)
	return out, ok
}

// scalarJSON reports whether value starts as a string, number, boolean or
// null would.
func scalarJSON(value []byte) bool {
	value = bytes.TrimLeft(value, " \t\r\n")
	return len(value) > 0 && value[0] != '{' && value[0] != '['
}

// ownJSON lists the interfaces through which a type has a JSON encoding or
// decoding of its own.
var ownJSON = []reflect.Type{
	reflect.TypeFor[json.Marshaler](), reflect.TypeFor[json.Unmarshaler](),
	reflect.TypeFor[encoding.TextMarshaler](), reflect.TypeFor[encoding.TextUnmarshaler](),
}

// ownsJSON reports whether values of t have an encoding or a decoding of
// their own, or one patchTyped does not follow (maps, interfaces, arrays):
// a path through them is left to PatchField.
func ownsJSON(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Map, reflect.Interface, reflect.Array:
		return true
	}
	for _, i := range ownJSON {
		if t.Implements(i) || reflect.PointerTo(t).Implements(i) {
			return true
		}
	}
	return false
}

// jsonField returns the field of struct v written under key in its JSON
// encoding, if that field is written: one of plain exported fields, not
// embedded, with at most the options omitempty and omitzero, none of them
// written under the same name.
func jsonField(v reflect.Value, key string) (reflect.Value, bool) {
	t := v.Type()
	var found reflect.Value
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			return reflect.Value{}, false
		}
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		if name != key {
			continue
		}
		if found.IsValid() {
			return reflect.Value{}, false
		}
		fv := v.Field(i)
		for opt := range strings.SplitSeq(opts, ",") {
			switch opt {
			case "":
			case "omitempty":
				if emptyJSON(fv) {
					return reflect.Value{}, false // not written
				}
			case "omitzero":
				if fv.IsZero() || zeroByMethod(fv) {
					return reflect.Value{}, false
				}
			default:
				return reflect.Value{}, false
			}
		}
		found = fv
	}
	return found, found.IsValid()
}

// emptyJSON reports whether v is empty as omitempty means it.
func emptyJSON(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// zeroByMethod reports whether v has an IsZero method saying so, which
// omitzero honours.
func zeroByMethod(v reflect.Value) bool {
	m := v.MethodByName("IsZero")
	if !m.IsValid() && v.CanAddr() {
		m = v.Addr().MethodByName("IsZero")
	}
	if !m.IsValid() || m.Type().NumIn() != 0 || m.Type().NumOut() != 1 || m.Type().Out(0).Kind() != reflect.Bool {
		return false
	}
	return m.Call(nil)[0].Bool()
}

// ReplayEvents is Replay of a stream whose events are decoded already:
// events[i], of a current type, is the event with ID ids[i] as Decode
// gives it from its payload. A corrected event is patched with PatchEvent,
// one correction after the other, where Replay patches the payload with
// them all before decoding it once: on an error, Replay of the payloads
// gives the result (it may decode a payload that some of the corrections
// alone would leave undecodable) and the error to report.
func ReplayEvents(agg Aggregate, ids []string, events []Event) error {
	return replayWith(agg, func(i int) string { return ids[i] }, events, func(i int, ps []fieldPatch) (Event, error) {
		ev := events[i]
		for _, p := range ps {
			var err error
			if ev, err = PatchEvent(ev, p.field, p.value); err != nil {
				return nil, fmt.Errorf("replay event %s: correction of %s: %w", ids[i], p.field, err)
			}
		}
		return ev, nil
	})
}
