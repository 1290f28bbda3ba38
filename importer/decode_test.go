package importer

import (
	"bufio"
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/controlsledger/ledger/internal/gen"
)

// stdDecode decodes a command's input with encoding/json only, as inputs
// were decoded before the fast path.
func stdDecode(h handler, input []byte) (any, error) {
	v := reflect.New(h.input)
	err := decodeStrict(input, v.Interface())
	return v.Elem().Interface(), err
}

// generatedLines returns the lines of a generated import file of every
// command kind.
func generatedLines(tb testing.TB, events int) [][]byte {
	tb.Helper()
	var file bytes.Buffer
	if _, err := gen.WriteCommands(context.Background(), &file, gen.Options{Events: events, Seed: 7}); err != nil {
		tb.Fatal(err)
	}
	var lines [][]byte
	sc := bufio.NewScanner(&file)
	sc.Buffer(make([]byte, 64<<10), 8<<20)
	for sc.Scan() {
		lines = append(lines, bytes.Clone(sc.Bytes()))
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return lines
}

// TestGeneratedCommandsTakeTheFastPath checks that the lines of a generated
// file of every command kind, and their inputs, decode on the fast path,
// and to what encoding/json gives.
func TestGeneratedCommandsTakeTheFastPath(t *testing.T) {
	kinds := map[string]bool{}
	for _, line := range generatedLines(t, 3000) {
		var l commandLine
		if !decodeCommandLine(line, &l) {
			t.Fatalf("the fast path gave up on the line %s", line)
		}
		got, err := decodeCommand(line)
		if err != nil {
			t.Fatal(err)
		}
		var want Command
		if err := decodeStrict(line, &want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("line %s decoded\n%#v\nencoding/json gives\n%#v", line, got, want)
		}
		h := handlers[got.Name]
		cmd, ok := h.decodeFast(got.Input)
		if !ok {
			t.Fatalf("%s: the fast path gave up on the input %s", got.Name, got.Input)
		}
		std, err := stdDecode(h, got.Input)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(cmd, std) {
			t.Fatalf("%s: decoded\n%#v\nencoding/json gives\n%#v", got.Name, cmd, std)
		}
		kinds[got.Name] = true
	}
	if len(kinds) < 20 {
		t.Fatalf("the generated file has only %d command kinds", len(kinds))
	}
}

// TestUnknownFieldNamed checks that a field no command has still fails
// naming it, at the top and deeper, on the line and in the input.
func TestUnknownFieldNamed(t *testing.T) {
	h := handlers["AnnounceMeasure"]
	for input, field := range map[string]string{
		`{"measureId":"M-1","colour":"red"}`:                   `"colour"`,
		`{"measureId":"M-1","instrument":{"title":"t","x":1}}`: `"x"`,
		`{"measureid":"M-1","bogus":true}`:                     `"bogus"`,
	} {
		_, err := h.decode([]byte(input))
		if err == nil || !strings.Contains(err.Error(), "unknown field "+field) {
			t.Errorf("%s: error %v, want the unknown field %s named", input, err, field)
		}
	}
	_, err := decodeCommand([]byte(`{"command":"RevokeMeasure","input":{},"priority":1}`))
	if err == nil || !strings.Contains(err.Error(), `unknown field "priority"`) {
		t.Errorf("line with an unknown field: error %v", err)
	}
}

var commandDecodeSeeds = []string{
	``, `null`, `[]`, `{}`, `{} {}`, `{}}`, `{"measureId":"a"}`, `{"measureId":"a",}`, `{"MEASUREID":"case"}`,
	`{"measureId":"a","measureId":"b"}`, `{"measureId":1}`, `{"unknown":1}`, `{"instrument":{"unknown":1}}`,
	`{"announcedOn":"2024-02-30"}`, `{"announcedOn":null}`, `{"effectiveOn":"2024-01-01","sources":[{"sourceId":"S"}]}`,
	`{"oldValue":{"a":[1]},"newValue":"x","field":"title"}`, `{"record":{"kind":"measure","id":"M"}}`,
	`{"measureId":"esc \" \u00e9 \ud83d\ude00"}`, `{"measureId":"bad \xff"}`,
	`{"command":"RevokeMeasure","input":{"measureId":"M"}}`, `{"command":"X","input":null,"idempotencyKey":"k"}`,
	`{"command":"X","input":{},"eventIds":["0190a0a0-0000-7000-8000-000000000001"]}`,
	`{"command":"X","input":{},"eventIds":["urn:uuid:0190a0a0-0000-7000-8000-000000000001","{0190a0a0-0000-7000-8000-000000000001}"]}`,
	`{"command":"X","input":{},"eventIds":["nope"]}`, `{"command":"X","input":{},"eventIds":[null]}`,
	`{"command":"X","input":{},"eventIds":[]}`, `{"command":"X","input":{},"eventIds":null}`, `{"command":"X","inpuT":{}}`,
}

// compareCommandDecoders fails if data decodes differently, as a line or as
// the input of any command, than with encoding/json alone.
func compareCommandDecoders(t *testing.T, data []byte) {
	t.Helper()
	for name, h := range handlers {
		got, gerr := h.decode(data)
		want, werr := stdDecode(h, data)
		if (gerr != nil) != (werr != nil) || gerr != nil && gerr.Error() != werr.Error() {
			t.Fatalf("%s %q: error %v, encoding/json: %v", name, data, gerr, werr)
		}
		if werr == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%s %q: decoded\n%#v\nencoding/json gives\n%#v", name, data, got, want)
		}
	}
	got, gerr := decodeCommand(data)
	var want Command
	werr := decodeStrict(data, &want)
	if (gerr != nil) != (werr != nil) || gerr != nil && gerr.Error() != werr.Error() {
		t.Fatalf("line %q: error %v, encoding/json: %v", data, gerr, werr)
	}
	if werr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("line %q: decoded\n%#v\nencoding/json gives\n%#v", data, got, want)
	}
}

// TestCommandDecodeAsEncodingJSON checks the seeds of the fuzz test.
func TestCommandDecodeAsEncodingJSON(t *testing.T) {
	for _, s := range commandDecodeSeeds {
		compareCommandDecoders(t, []byte(s))
	}
}

// FuzzCommandDecode checks on arbitrary input that a line and every
// command's input decode as with encoding/json alone, or fail with the
// same error.
//
//	go test ./importer -run '^$' -fuzz FuzzCommandDecode -fuzztime 60s
func FuzzCommandDecode(f *testing.F) {
	for _, s := range commandDecodeSeeds {
		f.Add([]byte(s))
	}
	for i, line := range generatedLines(f, 300) {
		if i%10 == 0 {
			f.Add(line)
			if c, err := decodeCommand(line); err == nil {
				f.Add([]byte(c.Input))
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) { compareCommandDecoders(t, data) })
}
