package domain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
)

// encodedTypes are the types whose values EncodeJSON encodes: every
// current event type, the commands and the metadata.
func encodedTypes(tb testing.TB) []reflect.Type {
	tb.Helper()
	var types []reflect.Type
	for _, name := range EventTypes() {
		ev, err := Decode(name, []byte("{}"))
		if err != nil {
			tb.Fatal(err)
		}
		types = append(types, reflect.TypeOf(ev))
	}
	for _, c := range []any{AnnounceMeasure{}, SetProvisionEffective{}, AmendMeasure{}, SuspendMeasure{}, EndSuspension{},
		RevokeMeasure{}, ExpireMeasure{}, DesignateParty{}, AmendDesignation{}, DelistParty{}, AnnounceTransaction{},
		OpenReview{}, ConcludeReview{}, TerminateTransaction{}, CompleteTransaction{}, OpenEnforcementAction{},
		IssueFinding{}, EstablishDialogue{}, RecordMeeting{}, LinkRecords{}, RetractLink{}, CorrectRecord{},
		RetractRecord{}, NoteSourceConflict{}, RegisterSource{}, Metadata{}} {
		types = append(types, reflect.TypeOf(c))
	}
	return types
}

// compareEncoders fails unless v encodes as json.Marshal encodes it, or
// fails where it fails.
func compareEncoders(t *testing.T, v any) {
	t.Helper()
	want, werr := json.Marshal(v)
	got, gerr := EncodeJSON(v)
	if (werr != nil) != (gerr != nil) || !bytes.Equal(got, want) {
		t.Fatalf("%T %#v:\nencoded %s (%v)\njson.Marshal %s (%v)", v, v, got, gerr, want, werr)
	}
	appended, aerr := AppendJSON([]byte("prefix"), v)
	if (werr != nil) != (aerr != nil) || string(appended) != "prefix"+string(want) {
		t.Fatalf("%T %#v:\nappended %s (%v)\njson.Marshal %s (%v)", v, v, appended, aerr, want, werr)
	}
}

// TestFastEncodeTakesTheDomainsTypes checks that the golden payloads,
// decoded, encode to what json.Marshal gives, and so does the zero value
// of every event type, command and the metadata.
func TestFastEncodeTakesTheDomainsTypes(t *testing.T) {
	for _, typ := range encodedTypes(t) {
		compareEncoders(t, reflect.New(typ).Elem().Interface())
	}
	for name, data := range goldenPayloads(t) {
		ev, err := Decode(name, data)
		if err != nil {
			t.Fatal(err)
		}
		compareEncoders(t, ev)
	}
}

type encInner struct {
	S string `json:"s,omitempty"`
	N int8   `json:"n"`
}

// encSample has a field of each kind the domain writes, with and
// without the options.
type encSample struct {
	S       string          `json:"s"`
	SE      string          `json:"se,omitempty"`
	B       bool            `json:"b"`
	BE      bool            `json:"be,omitempty"`
	I       int             `json:"i"`
	IE      int64           `json:"ie,omitempty"`
	U       uint16          `json:"u"`
	F       float64         `json:"f"`
	FE      float64         `json:"fe,omitempty"`
	F32     float32         `json:"f32"`
	D       Date            `json:"d"`
	DE      Date            `json:"de,omitempty"`
	DZ      Date            `json:"dz,omitzero"`
	DP      *Date           `json:"dp,omitempty"`
	R       json.RawMessage `json:"r"`
	RE      json.RawMessage `json:"re,omitempty"`
	P       *encInner       `json:"p"`
	PE      *encInner       `json:"pe,omitempty"`
	In      encInner        `json:"in"`
	InZ     encInner        `json:"inz,omitzero"`
	L       []string        `json:"l"`
	LE      []encInner      `json:"le,omitempty"`
	LZ      []int           `json:"lz,omitzero"`
	NoTag   string
	private string
	Skip    string `json:"-"`
}

// TestFastEncodeAsMarshal checks values at the edges of what EncodeJSON
// writes: escapes, invalid UTF-8, floats, nil and empty lists, raw JSON.
func TestFastEncodeAsMarshal(t *testing.T) {
	d := NewDate(2024, 2, 29)
	for _, v := range []encSample{
		{},
		{S: `<a href="x">&amp;</a> \ / ` + "\b\f\n\r\t\x00\x1f\x7f é € \u2028 \u2029 😀", private: "p", Skip: "s"},
		{S: "bad \xff utf-8 \xe2\x82", SE: "\xed\xa0\x80", NoTag: "n"},
		{B: true, BE: true, I: -42, IE: 1 << 60, U: 65535},
		{F: 1e21, FE: 1e-7, F32: 1e21},
		{F: 123456789.125, FE: -0.000001, F32: 3.4028235e38},
		{F: math.Copysign(0, -1), FE: math.Copysign(0, -1), F32: 1e-7},
		{F: 5e-324, F32: float32(math.SmallestNonzeroFloat32)},
		{D: d, DE: d, DZ: d, DP: &d},
		{D: NewDate(12345, 1, 1), DP: &Date{}},
		{R: json.RawMessage(` { "a" : [1, 2.50, "<b>&"] , "b":null } `), RE: json.RawMessage(`"x"`)},
		{R: json.RawMessage(`null`), RE: json.RawMessage{}},
		{P: &encInner{}, PE: &encInner{S: "s", N: -1}, In: encInner{N: 1}, InZ: encInner{S: "z"}},
		{L: []string{}, LE: []encInner{}, LZ: []int{}},
		{L: []string{"a", "<"}, LE: []encInner{{S: "x"}, {}}, LZ: []int{0}},
	} {
		compareEncoders(t, v)
	}
	// Structs of a pointer's size or less, which an interface may hold in
	// its own word.
	type small struct {
		N int32 `json:"n"`
	}
	type onePointer struct {
		P *encInner `json:"p"`
	}
	for _, v := range []any{small{N: -5}, onePointer{}, onePointer{P: &encInner{S: "<"}}, struct{}{}} {
		compareEncoders(t, v)
	}
	// Where json.Marshal fails, so does EncodeJSON.
	for _, v := range []encSample{
		{F: math.NaN()}, {F: math.Inf(1)}, {F32: float32(math.Inf(-1))},
		{R: json.RawMessage(`{`)}, {R: json.RawMessage(`1 2`)}, {R: json.RawMessage{}},
	} {
		compareEncoders(t, v)
	}
}

// FuzzFastEncode decodes arbitrary JSON into every event type and command
// with encoding/json, and checks that each value decoded encodes as
// json.Marshal encodes it.
//
//	go test ./domain -run '^$' -fuzz FuzzFastEncode -fuzztime 60s
func FuzzFastEncode(f *testing.F) {
	for _, data := range goldenPayloads(f) {
		f.Add(data)
	}
	for _, s := range fastDecodeSeeds {
		f.Add([]byte(s))
	}
	types := encodedTypes(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, typ := range types {
			v := reflect.New(typ)
			if json.Unmarshal(data, v.Interface()) != nil {
				continue
			}
			compareEncoders(t, v.Elem().Interface())
		}
	})
}

// TestFastEncodeConcurrently encodes from several goroutines at once, as a
// bulk import's decoders and its decisions do: each result must be its
// own (run with -race).
func TestFastEncodeConcurrently(t *testing.T) {
	done := make(chan error)
	for g := range 4 {
		go func() {
			for i := range 500 {
				v := encSample{S: strings.Repeat("x", g*100+i%7), I: g*1000 + i}
				got, err := EncodeJSON(v)
				want, _ := json.Marshal(v)
				if err != nil || !bytes.Equal(got, want) {
					done <- fmt.Errorf("goroutine %d: %s, want %s", g, got, want)
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
