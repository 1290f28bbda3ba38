package lists

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// goldenEntry is an entry as the golden files show it: Raw as text.
type goldenEntry struct {
	ID          string
	Schema      string
	Properties  map[string][]string `json:",omitempty"`
	Sanction    map[string][]string `json:",omitempty"`
	Identifiers []Identifier        `json:",omitempty"`
	Programs    []string            `json:",omitempty"`
	ListedOn    string              `json:",omitempty"`
	Remarks     string              `json:",omitempty"`
	Raw         string
}

// TestGolden compares a sample of each format's entries, read from the real
// files, with testdata/golden: every change to what a reader makes of the
// real lists shows in review. Refresh with `go test ./lists -run Golden -update`.
func TestGolden(t *testing.T) {
	for _, c := range []struct {
		name   string
		format Format
		file   string
		every  int
	}{
		{"ofac-sdn", FormatOFACSDN, "ofac-sdn/sdn-2024-05-03T184323Z.csv.gz", 400},
		{"un-sc", FormatUNSC, "un-sc/consolidated-2018-10-29.xml.gz", 40},
		{"federal-register", FormatFederalRegister, "federal-register/2023-03929.xml", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := mustRead(t, c.format, c.file)
			var sample []goldenEntry
			for i := 0; i < len(s.Entries); i += c.every {
				e := s.Entries[i]
				sample = append(sample, goldenEntry{ID: e.ID, Schema: e.Schema, Properties: e.Properties, Sanction: e.Sanction,
					Identifiers: e.Identifiers, Programs: e.Programs, ListedOn: e.ListedOn.String(), Remarks: e.Remarks, Raw: string(e.Raw)})
			}
			got, err := json.MarshalIndent(map[string]any{"file": c.file, "every": c.every, "rule": s.Rule, "entries": sample}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", c.name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("what the reader makes of %s differs from %s; if the change is right, run `go test ./lists -run Golden -update` and review the diff", c.file, path)
			}
		})
	}
}
