package domain

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// comparePatches fails unless PatchField gives what patchByMaps gives, once
// decoded, or fails where it fails.
func comparePatches(t *testing.T, data []byte, path string, old, value []byte) {
	t.Helper()
	got, gerr := PatchField(data, path, old, value)
	want, werr := patchByMaps(data, path, old, value)
	if (gerr != nil) != (werr != nil) || gerr != nil && gerr.Error() != werr.Error() {
		t.Fatalf("PatchField(%q, %q, %q, %q): error %v, the long way: %v", data, path, old, value, gerr, werr)
	}
	if werr != nil {
		return
	}
	decode := func(b []byte) any {
		var v any
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("%q: %v", b, err)
		}
		return v
	}
	if !reflect.DeepEqual(decode(got), decode(want)) {
		t.Fatalf("PatchField(%q, %q, %q, %q) = %s, the long way: %s", data, path, old, value, got, want)
	}
}

var patchSeeds = []struct{ data, path, old, value string }{
	{`{"a":{"b":[1,{"c":"x"}]},"n":5400000000,"z":null}`, "a.b[1].c", `"x"`, `"y"`},
	{`{"a":{"b":[1,{"c":"x"}]},"n":5400000000,"z":null}`, "a.b[0]", ``, `[2, 3]`},
	{`{ "z" : 1 , "a" : { "k" : "v" } }`, "a.k", `"v"`, `{"<":"&"}`},
	{`{"a":1,"a":2}`, "a", `2`, `3`},
	{`{"a\u0062":1,"ab":2}`, "ab", ``, `3`},
	{`{"a":"\u00e9","b":"x"}`, "b", `"x"`, `"y"`},
	{`{"a\xff":1}`, "a\xff", ``, `2`},
	{`{"a":[1,2,3]}`, "a[3]", ``, `4`},
	{`{"a":[1,2,3]}`, "a[2]", `3.0`, `4`},
	{`{"a":1} x`, "a", ``, `2`},
	{`{"a":1}`, "a", ``, `2 3`},
	{`{"a":1}`, "a", ``, `{`},
	{`{"a":1.50}`, "a", `1.5`, `1e2`},
	{`{"a":{"b":"<x>"}}`, "a.b", `"<x>"`, `"\u2028"`},
	{`[1]`, "a", ``, `1`},
	{`{"a":1,}`, "a", ``, `2`},
}

// TestPatchInPlaceAsByMaps checks the seeds of the fuzz test.
func TestPatchInPlaceAsByMaps(t *testing.T) {
	for _, s := range patchSeeds {
		var old []byte
		if s.old != "" {
			old = []byte(s.old)
		}
		comparePatches(t, []byte(s.data), s.path, old, []byte(s.value))
	}
	// The domain's own payloads take the fast path.
	data := []byte(`{"measureId":"M","title":"t","provisions":[{"id":"p","effectiveOn":"2024-01-01"}]}`)
	if _, ok := patchInPlace(data, "provisions[0].effectiveOn", json.RawMessage(`"2024-01-01"`), json.RawMessage(`"2024-02-01"`)); !ok {
		t.Fatal("the fast path gave up on a plain payload")
	}
}

// FuzzPatchField checks on arbitrary documents, paths and values that
// PatchField gives what the long way gives, or fails as it fails.
//
//	go test ./domain -run '^$' -fuzz FuzzPatchField -fuzztime 60s
func FuzzPatchField(f *testing.F) {
	for _, s := range patchSeeds {
		f.Add([]byte(s.data), s.path, []byte(s.old), s.old == "", []byte(s.value))
	}
	f.Fuzz(func(t *testing.T, data []byte, path string, old []byte, noOld bool, value []byte) {
		if noOld {
			old = nil
		}
		comparePatches(t, data, path, old, value)
	})
}
