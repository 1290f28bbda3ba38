package domain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// stdDecoders decode each current event type with encoding/json only, as
// payloads were decoded before the library (json.go).
func stdDecoders(tb testing.TB) map[string]func([]byte) (any, error) {
	tb.Helper()
	out := map[string]func([]byte) (any, error){}
	for _, name := range EventTypes() {
		ev, err := Decode(name, []byte("{}"))
		if err != nil {
			tb.Fatal(err)
		}
		t := reflect.TypeOf(ev)
		out[name] = func(data []byte) (any, error) {
			v := reflect.New(t)
			if err := json.NewDecoder(bytes.NewReader(data)).Decode(v.Interface()); err != nil {
				return nil, err
			}
			return v.Elem().Interface(), nil
		}
	}
	return out
}

// goldenPayloads returns the golden payloads of the current types.
func goldenPayloads(tb testing.TB) map[string][]byte {
	tb.Helper()
	out := map[string][]byte{}
	for _, name := range EventTypes() {
		data, err := os.ReadFile(filepath.Join("testdata", "golden", name+".json"))
		if err != nil {
			tb.Fatal(err)
		}
		out[name] = data
	}
	return out
}

// TestFastDecodeTakesTheDomainsPayloads checks that the golden payloads
// (as written, and compacted as the store holds them) and typical metadata
// decode to what encoding/json gives.
func TestFastDecodeTakesTheDomainsPayloads(t *testing.T) {
	std := stdDecoders(t)
	for name, data := range goldenPayloads(t) {
		want, err := std[name](data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, data); err != nil {
			t.Fatal(err)
		}
		for _, payload := range [][]byte{data, compact.Bytes()} {
			got, err := Decode(name, payload)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: decoded\n%#v\nencoding/json gives\n%#v", name, got, want)
			}
		}
	}
	meta := []byte(`{"actor":"alice","correlationId":"c-1","command":"AnnounceMeasure","idempotencyKey":"k \"1\"","inputHash":"ab"}`)
	m, err := DecodeMetadata(meta)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Metadata{Actor: "alice", CorrelationID: "c-1", Command: "AnnounceMeasure", IdempotencyKey: `k "1"`, InputHash: "ab"}); m != want {
		t.Fatalf("metadata %+v", m)
	}
}

// TestFastDecodeGivesUp lists inputs at the edges of JSON and of the
// domain's types (case, escapes, invalid UTF-8, repeated keys, numbers out
// of range, trailing data): they must decode as encoding/json decodes
// them.
func TestFastDecodeGivesUp(t *testing.T) {
	std := stdDecoders(t)
	for _, data := range fastDecodeSeeds {
		compareDecoders(t, std, []byte(data))
	}
}

var fastDecodeSeeds = []string{
	``, ` `, `null`, `[]`, `"x"`, `{}`, `{} trailing`, `{}}`, `{"measureId":"a"`, `{"measureId":"a",}`,
	`{"MEASUREID":"upper case matches"}`, `{"measureid":"a","measureId":"b"}`, `{"measureId":"a","measureId":"b"}`,
	`{"measure\u0049d":"escaped key"}`, `{"ſtatus":"a","K":1}`, `{"unknown":{"a":[1,2,{"b":null}]},"measureId":"x"}`,
	`{"measureId":"\ud83d\ude00 pair","title":"\ud800 lone"}`, `{"measureId":"bad utf-8 \xff"}`, "{\"measureId\":\"ctl \x01\"}",
	`{"measureId":"esc \" \\ \/ \b \f \n \r \t \u00e9 \u20ac"}`, `{"measureId":"\x"}`, `{"measureId":"\u12"}`,
	`{"measureId":1}`, `{"measureId":null,"affected":null,"instrument":null,"announcedOn":null}`,
	`{"announcedOn":"2023-02-29"}`, `{"announcedOn":"2024-02-29"}`, `{"announcedOn":"2024-2-29"}`, `{"announcedOn":""}`,
	`{"announcedOn":"\u0032024-01-01"}`, `{"announcedOn":20240101}`, `{"announcedOn":{}}`,
	`{"affected":[]}`, `{"affected":[{"jurisdiction":"CN"},{"jurisdiction":"US","how":"targeted"}]}`, `{"affected":{}}`,
	`{"affected":[{"jurisdiction":"CN"},]}`, `{"countryNeutral":true}`, `{"countryNeutral":"true"}`, `{"countryNeutral":tru}`,
	`{"treeSize":1}`, `{"treeSize":-0}`, `{"treeSize":1.0}`, `{"treeSize":1e2}`, `{"treeSize":01}`, `{"treeSize":9223372036854775808}`,
	`{"treeSize":-9223372036854775808}`, `{"treeSize":"1"}`, `{"treeSize":-}`,
	`{"value":{"amount":1e308,"currency":"USD"}}`, `{"value":{"amount":1e309}}`, `{"value":{"amount":-1.5E-3}}`, `{"value":{"amount":.5}}`,
	`{"oldValue":null,"newValue":{ "a" : [1, "x"] }}`, `{"oldValue":"s","newValue":12.5e1}`, `{"oldValue":tru}`,
	`{"followed":1}`, `{"followed":-1}`, `{"instrument":{"legalBasis":null}}`, `{"establishedAt":{"dialogueId":"d"}}`,
	"\t{\n\"measureId\" : \"spaced\" ,\r\n\"title\":\"t\"\n}\n",
	`{"sources":[{"title":"a","publishedOn":"2020-01-01"},{"title":"b","publishedOn":null}]}`,
	strings.Repeat(`{"unknown":`, 200) + `1` + strings.Repeat(`}`, 200),
	`{"items":[` + strings.Repeat(`{"code":"3A090","description":"chips"},`, 20) + `{"description":"last"}]}`,
}

// compareDecoders fails if data decodes differently, for any current type
// or as metadata, than with encoding/json; and if a command's strict
// decoder takes data but decodes it differently than encoding/json with
// DisallowUnknownFields.
func compareDecoders(t *testing.T, std map[string]func([]byte) (any, error), data []byte) {
	t.Helper()
	for name, dec := range std {
		want, werr := dec(data)
		got, gerr := Decode(name, data)
		if (werr != nil) != (gerr != nil) {
			t.Fatalf("%s %q: error %v, encoding/json: %v", name, data, gerr, werr)
		}
		if werr == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%s %q: decoded\n%#v\nencoding/json gives\n%#v", name, data, got, want)
		}
	}
	var want Metadata
	werr := json.Unmarshal(data, &want)
	got, gerr := DecodeMetadata(data)
	if (werr != nil) != (gerr != nil) || (werr == nil && got != want) {
		t.Fatalf("metadata %q: %+v (%v), encoding/json: %+v (%v)", data, got, gerr, want, werr)
	}
	for _, ct := range CommandTypes() {
		cmd, ok := ct.DecodeFast(data)
		if !ok {
			continue
		}
		want := reflect.New(ct.Input)
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(want.Interface()); err != nil || dec.More() {
			t.Fatalf("%s %q: the strict decoder took what encoding/json refuses (%v)", ct.Name, data, err)
		}
		if !reflect.DeepEqual(cmd, want.Elem().Interface()) {
			t.Fatalf("%s %q: decoded\n%#v\nencoding/json gives\n%#v", ct.Name, data, cmd, want.Elem().Interface())
		}
	}
}

// FuzzFastDecode checks on arbitrary input that every current type and
// the metadata decode as with encoding/json, or fail as they fail.
func FuzzFastDecode(f *testing.F) {
	for _, data := range goldenPayloads(f) {
		f.Add(data)
	}
	for _, s := range fastDecodeSeeds {
		f.Add([]byte(s))
	}
	std := stdDecoders(f)
	f.Fuzz(func(t *testing.T, data []byte) { compareDecoders(t, std, data) })
}

// TestParseDateAsTimeParse checks that ParseDate accepts and refuses the
// dates time.Parse does, and gives the same dates.
func TestParseDateAsTimeParse(t *testing.T) {
	var inputs []string
	for _, y := range []int{0, 1, 4, 100, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				inputs = append(inputs, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	inputs = append(inputs, "2024-1-01", "2024-01-1", "02024-01-01", "2024/01/01", "2024-01-01 ", "+024-01-01", "-024-01-01",
		"2024-0a-01", "２024-01-01", "2024-01-01T00:00:00Z", "x")
	for _, s := range inputs {
		got, gerr := ParseDate(s)
		tm, werr := time.Parse(time.DateOnly, s)
		if (gerr != nil) != (werr != nil) || (werr == nil && got != (Date{tm})) {
			t.Fatalf("%q: %v (%v), time.Parse: %v (%v)", s, got, gerr, tm, werr)
		}
	}
}

// TestStrictDecoderRefusesUnknownFields checks that the strict decoder of
// commands leaves to encoding/json (which names it) an input with a field
// the command does not have, at the top and nested, and takes one without.
func TestStrictDecoderRefusesUnknownFields(t *testing.T) {
	if !strictWorks {
		t.Fatal("the library's flag for unknown fields does not refuse them: every command falls back to encoding/json")
	}
	dec := StrictDecoder[ExpireMeasure]()
	for _, in := range []string{
		`{"measureId":"M","expiredOn":"2024-01-01","typo":1}`,
		`{"measureId":"M","expiredOn":"2024-01-01","sources":[{"title":"t","typo":1}]}`,
		`{"measureId":"M"} {}`,
	} {
		var cmd ExpireMeasure
		if dec([]byte(in), &cmd) {
			t.Errorf("the strict decoder took %s", in)
		}
	}
	var cmd ExpireMeasure
	if !dec([]byte(`{"measureId":"M","expiredOn":"2024-01-01","sources":[{"title":"t"}]} `), &cmd) || cmd.MeasureID != "M" {
		t.Errorf("the strict decoder refused a plain input: %+v", cmd)
	}
}
