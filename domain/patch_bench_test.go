package domain

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkPatchField corrects one date of the golden measure's payload in
// place, as a replay does for each correction of an event.
//
//	go test ./domain -run '^$' -bench PatchField -benchtime 200000x
func BenchmarkPatchField(b *testing.B) {
	pretty, err := os.ReadFile(filepath.Join("testdata", "golden", "measure_announced.v1.json"))
	if err != nil {
		b.Fatal(err)
	}
	var stored bytes.Buffer // compact, as the store holds it
	if err := json.Compact(&stored, pretty); err != nil {
		b.Fatal(err)
	}
	data := stored.Bytes()
	for b.Loop() {
		if _, err := PatchField(data, "provisions[0].effectiveOn", nil, json.RawMessage(`"2024-02-01"`)); err != nil {
			b.Fatal(err)
		}
	}
}
