package main

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// example is a query of the README with the answer the README shows, and
// the section (## heading) it is in.
type example struct {
	query, answer, section string
}

// listsSection is the README section whose queries ask the official lists,
// which the test ingests from testdata/.
const listsSection = "Official lists"

// readmeExamples returns each ```graphql block of the README paired with the
// ```json block that follows it.
func readmeExamples(tb testing.TB) []example {
	tb.Helper()
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		tb.Fatal(err)
	}
	var out []example
	var lang string
	var block []string
	var pending *example
	section := ""
	for _, line := range strings.Split(string(raw), "\n") {
		switch {
		case lang == "" && strings.HasPrefix(line, "## "):
			section = strings.TrimPrefix(line, "## ")
		case lang == "" && strings.HasPrefix(line, "```"):
			lang, block = strings.TrimPrefix(line, "```"), nil
		case lang != "" && line == "```":
			text := strings.Join(block, "\n")
			switch {
			case lang == "graphql":
				pending = &example{query: text, section: section}
			case pending != nil && lang == "json":
				pending.answer = text
				out = append(out, *pending)
				pending = nil
			case pending != nil:
				tb.Fatalf("README: the graphql block %q is followed by a %s block, not its json answer", pending.query, lang)
			}
			lang = ""
		case lang != "":
			block = append(block, line)
		}
	}
	return out
}

// TestReadmeAnswers replays every query of the README against the binary
// serving the demo dataset and compares with the answer the README shows.
func TestReadmeAnswers(t *testing.T) {
	examples := readmeExamples(t)
	if len(examples) < 6 {
		t.Fatalf("found %d README examples, want at least 6", len(examples))
	}
	examples = slices.DeleteFunc(examples, func(e example) bool { return e.section == listsSection })
	// The test key of the sealing tests, on demand only: the README shows
	// the key, and no checkpoint is sealed behind the examples' backs.
	keyFile := writeFile(t, "key", base64.StdEncoding.EncodeToString(testSeed))
	s := startServer(t, t.TempDir(), "--demo", "--signing-key-file", keyFile, "--checkpoint-interval", "0")
	head := s.head(t)
	replay(t, s, examples)
	if h := s.head(t); h != head {
		t.Errorf("after the README's queries the ledger head is %d, want %d: the README's mutation must write nothing", h, head)
	}
}

// TestReadmeListAnswers ingests the official lists as the README's
// "Official lists" section says, in its order, and replays that section's
// queries.
func TestReadmeListAnswers(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests every OFAC snapshot")
	}
	examples := slices.DeleteFunc(readmeExamples(t), func(e example) bool { return e.section != listsSection })
	if len(examples) < 3 {
		t.Fatalf("found %d examples in the README's %q section, want at least 3", len(examples), listsSection)
	}
	dir := t.TempDir()
	un, err := filepath.Glob("../../testdata/un-sc/*.xml.gz")
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"--format", "ofac-sdn", "--manifest", "../../testdata/ofac-sdn/MANIFEST.tsv"},
		append([]string{"--format", "un-sc"}, un...),
		{"--format", "federal-register", "../../testdata/federal-register/2023-03929.xml"},
	} {
		out, _ := ledgerCmd(t, append([]string{"ingest", "--data", dir}, args...)...)
		if !strings.Contains(out, "ingested") {
			t.Fatalf("ingest %v: %s", args, out)
		}
	}
	replay(t, startServer(t, dir), examples)
}

// replay asks the server each example's query and compares the answer.
func replay(t *testing.T, s *server, examples []example) {
	t.Helper()
	for _, ex := range examples {
		r := s.query(t, ex.query, nil)
		raw, _ := json.Marshal(r)
		var got, want any
		if err := json.Unmarshal(raw, &got); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(ex.answer), &want); err != nil {
			t.Fatalf("README answer of %s is not JSON: %v", ex.query, err)
		}
		if !reflect.DeepEqual(got, want) {
			pretty, _ := json.MarshalIndent(got, "", "  ")
			t.Errorf("README query\n%s\nanswers\n%s\nbut the README shows\n%s", ex.query, pretty, ex.answer)
		}
	}
}
