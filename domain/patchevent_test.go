package domain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// goldenCurrent returns the golden events of the current types, decoded
// from their files.
func goldenCurrent(tb testing.TB) []Event {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.json"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("golden files: %v", err)
	}
	var evs []Event
	for _, f := range files {
		typ := strings.TrimSuffix(filepath.Base(f), ".json")
		if _, ok := decoders[typ]; !ok {
			continue // superseded
		}
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		ev, err := Decode(typ, data)
		if err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		evs = append(evs, ev)
	}
	return evs
}

// jsonPaths lists the path of every value in the JSON document data, in
// PatchField's syntax.
func jsonPaths(tb testing.TB, data []byte) []string {
	tb.Helper()
	var root any
	if err := json.Unmarshal(data, &root); err != nil {
		tb.Fatal(err)
	}
	var out []string
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		if prefix != "" {
			out = append(out, prefix)
		}
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				walk(strings.TrimPrefix(prefix+"."+k, "."), x)
			}
		case []any:
			for i, x := range v {
				walk(fmt.Sprintf("%s[%d]", prefix, i), x)
			}
		}
	}
	walk("", root)
	slices.Sort(out)
	return out
}

// comparePatchEvent fails unless PatchEvent gives what patching the
// event's payload and decoding it gives, or fails where that fails, and
// leaves ev as it was. It reports whether the fast path answered.
func comparePatchEvent(t *testing.T, ev Event, path string, value []byte) bool {
	t.Helper()
	data, err := Encode(ev)
	if err != nil {
		t.Fatal(err)
	}
	var want Event
	patched, werr := PatchField(data, path, nil, value)
	if werr == nil {
		want, werr = Decode(ev.EventType(), patched)
	}
	_, fast := patchTyped(ev, path, value)
	got, gerr := PatchEvent(ev, path, value)
	if after, _ := Encode(ev); !bytes.Equal(after, data) {
		t.Fatalf("PatchEvent(%s, %q, %s) changed the event: %s, was %s", ev.EventType(), path, value, after, data)
	}
	if (gerr != nil) != (werr != nil) || gerr != nil && gerr.Error() != werr.Error() {
		t.Fatalf("PatchEvent(%s, %q, %s): error %v, patched and decoded: %v", ev.EventType(), path, value, gerr, werr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("PatchEvent(%s, %q, %s) = %+v, patched and decoded: %+v", ev.EventType(), path, value, got, want)
	}
	if fast && werr != nil {
		t.Fatalf("PatchEvent(%s, %q, %s): the fast path answered where the long way fails: %v", ev.EventType(), path, value, werr)
	}
	return fast
}

// patchValues are new values of every kind, well-formed or not.
var patchValues = []string{`null`, `"x"`, `"2024-02-29"`, `"2024-02-30"`, `7`, `-1.5e3`, `true`, `[]`, `["a","b"]`,
	`{}`, `{"kind":"measure","id":"m-1"}`, `{"a":1,"a":2}`, `[{"name":"x"}]`, `"<&>\u2028"`, `{`, `1 2`, ``}

// TestPatchEventAsPatchField patches every value of every golden event,
// with its own value and with values of every kind, both ways.
func TestPatchEventAsPatchField(t *testing.T) {
	var paths, fast int
	for _, ev := range goldenCurrent(t) {
		data, err := Encode(ev)
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range append(jsonPaths(t, data), "missing", "sources[99]", "record.kind.x", "[0]") {
			paths++
			values := slices.Clone(patchValues)
			if cur, ok := valueAt(data, path); ok {
				values = append(values, string(cur))
			}
			for _, v := range values {
				if comparePatchEvent(t, ev, path, []byte(v)) {
					fast++
				}
			}
		}
	}
	// Most patches of a value the event holds take the fast path.
	if fast < paths {
		t.Fatalf("the fast path answered %d patches of %d paths", fast, paths)
	}
}

func FuzzPatchEvent(f *testing.F) {
	evs := goldenCurrent(f)
	for i, ev := range evs {
		data, err := Encode(ev)
		if err != nil {
			f.Fatal(err)
		}
		for _, path := range jsonPaths(f, data) {
			f.Add(i, path, []byte(`"x"`))
		}
	}
	f.Fuzz(func(t *testing.T, i int, path string, value []byte) {
		if i < 0 {
			i = -i
		}
		comparePatchEvent(t, evs[i%len(evs)], path, value)
	})
}
