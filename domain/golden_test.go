package domain_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden from the fixtures")

// goldenEvents returns one realistic event of every stored type. Its encoding
// is frozen in testdata/golden/<type>.json: once an event type has been
// written to a ledger, its golden file must keep decoding to the same value.
func goldenEvents() []domain.Event {
	suspended := domain.MeasureSuspended{
		MeasureID:    "CN-2024-MOFCOM-46",
		SuspensionID: "CN-2025-MOFCOM-72",
		ProvisionIDs: []string{"paragraph-2"},
		From:         day("2025-11-09"),
		Until:        day("2026-11-28"),
		Reason:       "Announcement No. 72 of 2025 suspends paragraph 2 of Announcement No. 46 of 2024 (the ban on exports of gallium, germanium, antimony and superhard materials to the United States) until 2026-11-27; until is the first day the paragraph would apply again.",
		Sources: []domain.Source{{
			Citation:    "MOFCOM Announcement No. 72 of 2025",
			Title:       "Announcement on suspending the implementation of paragraph 2 of MOFCOM Announcement No. 46 of 2024",
			Publisher:   "Ministry of Commerce of the People's Republic of China",
			Official:    true,
			PublishedOn: day("2025-11-09"),
		}},
	}
	revoked := domain.MeasureRevoked{
		MeasureID:   "US-2025-AI-DIFFUSION",
		EffectiveOn: day("2025-05-13"),
		Reason:      "BIS announced the rescission of the Framework for Artificial Intelligence Diffusion (90 FR 4544) and that it would not enforce the compliance requirements due on 2025-05-15; a replacement rule was to follow.",
		Sources: []domain.Source{{
			Title:       "Department of Commerce press release of 2025-05-13 announcing the rescission of the AI Diffusion Rule",
			Publisher:   "US Department of Commerce, Bureau of Industry and Security",
			Official:    true,
			PublishedOn: day("2025-05-13"),
		}},
	}
	meeting := raimondoWang()
	meeting.Outcomes = []string{
		"Agreed to set up a commercial issues working group at vice-minister level, meeting twice a year, the first meeting hosted by the United States in early 2024.",
		"Agreed to launch an export control enforcement information exchange, \"a platform to reduce misunderstanding of U.S. national security policies\".",
		"Raimondo: \"We do not compromise or negotiate on national security issues.\"",
	}
	review := domain.ReviewConcluded{
		TransactionID: "NEXPERIA-NWF",
		Authority:     domain.Authority{ID: "GB-BEIS", Name: "UK Secretary of State for Business, Energy and Industrial Strategy", Jurisdiction: "GB"},
		Regime:        "National Security and Investment Act 2021",
		Outcome:       domain.OutcomeDivestmentOrdered,
		ConcludedOn:   day("2022-11-16"),
		Instrument: &domain.Instrument{
			Title:      "Final order on the acquisition of Newport Wafer Fab by Nexperia",
			LegalBasis: []string{"National Security and Investment Act 2021"},
		},
		Conditions: []string{"Nexperia to sell at least 86% of Newport Wafer Fab"},
		Summary:    "Called in on 2022-05-25, after the acquisition completed in July 2021; divestment ordered on 2022-11-16. The sale to Vishay closed on 2024-03-06 per the companies' press releases (Vishay's quarterly filing says 2024-03-05); the ledger follows the press releases.",
		Sources: []domain.Source{{
			Title:       "Final order on the acquisition of Newport Wafer Fab by Nexperia",
			Publisher:   "UK Government, Department for Business, Energy and Industrial Strategy",
			Official:    true,
			PublishedOn: day("2022-11-16"),
		}},
	}
	return []domain.Event{
		domain.MeasureAnnounced(acsAnnounce()),
		suspended,
		revoked,
		domain.MeasuresLinked(linkGaGeACS()),
		domain.DialogueEstablished(exchangeEstablish()),
		domain.MeetingHeld(meeting),
		domain.TransactionAnnounced(intelTowerAnnounce()),
		review,
	}
}

func goldenPath(eventType string) string {
	return filepath.Join("testdata", "golden", eventType+".json")
}

// indent is the layout of a golden file: the stored payload, indented, with a
// final newline. Indenting changes only whitespace, so the file is the
// encoding byte for byte up to white space.
func indent(tb testing.TB, payload []byte) []byte {
	tb.Helper()
	var buf bytes.Buffer
	if err := json.Indent(&buf, payload, "", "  "); err != nil {
		tb.Fatalf("indent %s: %v", payload, err)
	}
	buf.WriteByte('\n')
	return buf.Bytes()
}

func TestGoldenEncode(t *testing.T) {
	for _, ev := range goldenEvents() {
		t.Run(ev.EventType(), func(t *testing.T) {
			payload, err := domain.Encode(ev)
			if err != nil {
				t.Fatal(err)
			}
			got := indent(t, payload)
			path := goldenPath(ev.EventType())
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./domain -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("encoding of %s differs from %s: a stored event type's fields are frozen; add a new version instead.\n got: %s\nwant: %s",
					ev.EventType(), path, got, want)
			}
		})
	}
}

func TestGoldenDecode(t *testing.T) {
	fixtures := map[string]domain.Event{}
	for _, ev := range goldenEvents() {
		fixtures[ev.EventType()] = ev
	}
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, file := range files {
		eventType := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(eventType, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			ev, err := domain.Decode(eventType, data)
			if err != nil {
				t.Fatalf("Decode(%s): %v", eventType, err)
			}
			if ev.EventType() != eventType {
				t.Errorf("Decode(%s) returned a %s", eventType, ev.EventType())
			}
			want, ok := fixtures[eventType]
			if !ok {
				t.Fatalf("no fixture for golden file %s", file)
			}
			if !reflect.DeepEqual(ev, want) {
				t.Errorf("Decode(%s) =\n%#v\nwant\n%#v", file, ev, want)
			}

			// Every field of the file must still be a field of the type:
			// a renamed JSON tag would otherwise drop history silently.
			strict := reflect.New(reflect.TypeOf(want))
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(strict.Interface()); err != nil {
				t.Errorf("%s has a field %T does not know: %v", file, want, err)
			}
		})
	}
}

func TestEveryEventTypeHasAGoldenFile(t *testing.T) {
	types := domain.EventTypes()
	slices.Sort(types)
	var fixtures []string
	for _, ev := range goldenEvents() {
		fixtures = append(fixtures, ev.EventType())
	}
	slices.Sort(fixtures)
	if !slices.Equal(types, fixtures) {
		t.Errorf("golden fixtures cover %v, EventTypes() is %v", fixtures, types)
	}
	for _, typ := range types {
		if _, err := os.Stat(goldenPath(typ)); err != nil {
			t.Errorf("event type %s has no golden file: %v", typ, err)
		}
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.json"))
	for _, f := range files {
		if typ := strings.TrimSuffix(filepath.Base(f), ".json"); !slices.Contains(types, typ) {
			t.Errorf("golden file %s is for %s, which Decode does not know", f, typ)
		}
	}
}

func TestDecodeUnknownType(t *testing.T) {
	if _, err := domain.Decode("measure_announced.v0", []byte(`{}`)); err == nil {
		t.Error("Decode of an unknown type succeeded")
	}
	if _, err := domain.Decode(domain.TypeMeasureAnnounced, []byte(`{"announcedOn":"13 Oct 2022"}`)); err == nil {
		t.Error("Decode of a malformed date succeeded")
	}
}
