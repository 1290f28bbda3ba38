package domain_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

var update = flag.Bool("update", false, "rewrite the golden files of the current event types in testdata/golden from the fixtures")

// nexperiaReviewV1 is the NSIA review's conclusion as review_concluded.v1
// recorded it, before reviews had IDs.
func nexperiaReviewV1() domain.ReviewConcluded {
	return domain.ReviewConcluded{
		TransactionID: "NEXPERIA-NWF",
		Authority:     beis,
		Regime:        "National Security and Investment Act 2021",
		Outcome:       domain.OutcomeDivestmentOrdered,
		ConcludedOn:   day("2022-11-16"),
		Instrument: &domain.Instrument{
			Title:      "Final order on the acquisition of Newport Wafer Fab by Nexperia",
			LegalBasis: []string{"National Security and Investment Act 2021"},
		},
		Conditions: []string{"Nexperia to sell at least 86% of Newport Wafer Fab"},
		Summary:    "Called in on 2022-05-25, after the acquisition completed in July 2021; divestment ordered on 2022-11-16. The sale to Vishay closed on 2024-03-06 per the companies' press releases (Vishay's quarterly filing says 2024-03-05); the ledger follows the press releases.",
		Sources:    []domain.Source{srcNSIAOrder},
	}
}

// goldenEvents returns one realistic event of every current type. Its
// encoding is frozen in testdata/golden/<type>.json: once an event type has
// been written to a ledger, its golden file must keep decoding to the same
// value.
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
	opened := domain.ReviewOpened{
		TransactionID: "NEXPERIA-NWF",
		ReviewID:      "NEXPERIA-NWF-NSIA",
		Authority:     beis,
		Regime:        "National Security and Investment Act 2021",
		Trigger:       "call_in",
		OpenedOn:      day("2022-05-25"),
		Summary:       "Called in after the acquisition completed in July 2021.",
		Sources:       []domain.Source{srcNSIAOrder},
	}
	concluded := nexperiaReviewV1()
	concluded.ReviewID = "NEXPERIA-NWF-NSIA"
	designated := domain.PartyDesignated(ymtcDesignate())
	designated.SavingsClauseUntil = day("2023-01-16") // hypothetical, to freeze the field
	return []domain.Event{
		domain.MeasureAnnounced(acsAnnounce()),
		domain.ProvisionEffective(nlEffective()),
		domain.MeasureAmended(amendACS()),
		suspended,
		domain.SuspensionEnded(liftEarly()),
		revoked,
		domain.MeasureExpired(expireACS()),
		designated,
		domain.DesignationAmended(amendYMTC()),
		domain.PartyDelisted(delistYMTC()),
		domain.TransactionAnnounced(intelTowerAnnounce()),
		opened,
		concluded,
		domain.TransactionTerminated(intelTowerTerminate()),
		domain.TransactionCompleted(vishayComplete()),
		domain.EnforcementActionOpened(micronOpen()),
		domain.EnforcementFindingIssued(micronFinding()),
		domain.DialogueEstablished(exchangeEstablish()),
		domain.MeetingHeld(meeting),
		domain.MeasuresLinked(linkMicronReview()),
		domain.LinkRetracted(retractGaGeLink()),
		domain.RecordCorrected(correctGaGe()),
		domain.RecordRetracted(retractSuspension()),
		domain.SourceConflictNoted(vishayConflict()),
		domain.SourceDocumentRegistered(registerACSRule()),
		domain.CheckpointSealed{
			TreeSize:  1234,
			RootHash:  "5e7a5a2fc2c4a1b2f0b6f7f0b1a9e3e7c5d0c1f2a3b4c5d6e7f8091a2b3c4d5e",
			SealedAt:  "2025-11-09T12:00:00.123456789Z",
			KeyID:     "3f1c0d7a9b2e4f60",
			PublicKey: "O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik=",
			Signature: "c2lnbmF0dXJlIG9mIHRoZSB0ZXN0IGZpeHR1cmUsIG5vdCBhIHJlYWwgb25lIC0gNjQgYnl0ZXMgbG9uZyEhIQ==",
		},
	}
}

// superseded describes the golden file of a superseded type: it is history,
// never rewritten, and must decode through the upcasters to upcast.
type superseded struct {
	// sha256 pins the file byte for byte.
	sha256 string
	// fields are the JSON names the old version wrote.
	fields []string
	// upcast is the current event the file decodes to.
	upcast domain.Event
}

func supersededGoldens() map[string]superseded {
	review := nexperiaReviewV1()
	review.ReviewID = "GB-BEIS" // a v1 review is named after its authority
	return map[string]superseded{
		domain.TypeMeasuresLinkedV1: {
			sha256: "d98c38d0b56b2c8b4680ef5e2d65606b8a6c868185e8e4780e9a7c20b1279755",
			fields: []string{"assertedBy", "evidence", "fromMeasureId", "linkId", "relation", "sources", "toMeasureId"},
			upcast: domain.MeasuresLinked(linkGaGeACS()),
		},
		domain.TypeReviewConcludedV1: {
			sha256: "59e2fa43220040554147d1e210201154cdecbf2d02c1f6e83b40e2a56660d1c5",
			fields: []string{"authority", "concludedOn", "conditions", "instrument", "outcome", "regime", "sources", "summary", "transactionId"},
			upcast: review,
		},
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
	old := supersededGoldens()
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
			want, current := fixtures[eventType]
			if s, ok := old[eventType]; ok {
				want = s.upcast
			} else if !current {
				t.Fatalf("no fixture for golden file %s", file)
			}
			if !reflect.DeepEqual(ev, want) {
				t.Errorf("Decode(%s) =\n%#v\nwant\n%#v", file, ev, want)
			}
			if current && ev.EventType() != eventType {
				t.Errorf("Decode(%s) returned a %s", eventType, ev.EventType())
			}

			// Every field of the (upcast) payload must still be a field of
			// the type: a renamed JSON tag would otherwise drop history
			// silently.
			typ, payload, err := domain.Upcast(eventType, data)
			if err != nil {
				t.Fatal(err)
			}
			if typ != want.EventType() {
				t.Errorf("Upcast(%s) gives %s, want %s", eventType, typ, want.EventType())
			}
			strict := reflect.New(reflect.TypeOf(want))
			dec := json.NewDecoder(bytes.NewReader(payload))
			dec.DisallowUnknownFields()
			if err := dec.Decode(strict.Interface()); err != nil {
				t.Errorf("%s has a field %T does not know: %v", file, want, err)
			}
		})
	}
}

// TestSupersededGoldensAreHistory checks that the golden files of superseded
// versions are the files their versions wrote, byte for byte, and decode to
// the current type their upcaster names.
func TestSupersededGoldensAreHistory(t *testing.T) {
	old := supersededGoldens()
	types := domain.SupersededTypes()
	slices.Sort(types)
	if want := slices.Sorted(maps.Keys(old)); !slices.Equal(types, want) {
		t.Fatalf("SupersededTypes() = %v, the golden tests know %v", types, want)
	}
	for _, typ := range types {
		t.Run(typ, func(t *testing.T) {
			s := old[typ]
			data, err := os.ReadFile(goldenPath(typ))
			if err != nil {
				t.Fatal(err)
			}
			if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != s.sha256 {
				t.Errorf("%s changed (sha256 %x): the file of a superseded version is what that version wrote; restore it", goldenPath(typ), sum)
			}
			var fields map[string]json.RawMessage
			if err := json.Unmarshal(data, &fields); err != nil {
				t.Fatal(err)
			}
			if got := slices.Sorted(maps.Keys(fields)); !slices.Equal(got, s.fields) {
				t.Errorf("%s has fields %v, want the version's %v", typ, got, s.fields)
			}
			next, _, err := domain.Upcast(typ, data)
			if err != nil || !slices.Contains(domain.EventTypes(), next) {
				t.Errorf("Upcast(%s) = %s, %v; want a current type", typ, next, err)
			}
			if slices.Contains(domain.EventTypes(), typ) {
				t.Errorf("%s is both current and superseded", typ)
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
	known := slices.Concat(types, domain.SupersededTypes())
	for _, typ := range known {
		if _, err := os.Stat(goldenPath(typ)); err != nil {
			t.Errorf("event type %s has no golden file: %v", typ, err)
		}
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.json"))
	for _, f := range files {
		if typ := strings.TrimSuffix(filepath.Base(f), ".json"); !slices.Contains(known, typ) {
			t.Errorf("golden file %s is for %s, which Decode does not know", f, typ)
		}
	}
}

func TestEventSubjects(t *testing.T) {
	for _, ev := range goldenEvents() {
		ref := ev.Subject()
		if ev.EventType() == domain.TypeCheckpointSealed {
			if ref.Stream() != "checkpoint-ledger" {
				t.Errorf("a checkpoint is on stream %s, want checkpoint-ledger", ref.Stream())
			}
			continue
		}
		if !slices.Contains(domain.RecordKinds, ref.Kind) || ref.ID == "" {
			t.Errorf("%s has subject %v", ev.EventType(), ref)
		}
		if ref.Stream() != domain.StreamName(ref.Kind, ref.ID) {
			t.Errorf("%s: stream %s", ev.EventType(), ref.Stream())
		}
	}
	corr := domain.RecordCorrected(correctGaGe())
	if corr.Subject() != gageRef {
		t.Errorf("a correction's subject is %v, want the corrected record %v", corr.Subject(), gageRef)
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, tt := range []struct{ typ, data string }{
		{"measure_announced.v0", `{}`},
		{domain.TypeMeasureAnnounced, `{"announcedOn":"13 Oct 2022"}`},
		{domain.TypeMeasureAnnounced, `not json`},
		{domain.TypeMeasuresLinkedV1, `{"linkId":5}`},
		{domain.TypeReviewConcludedV1, `[]`},
		{domain.TypeReviewConcludedV1, `{"concludedOn":"16 November 2022"}`},
	} {
		if ev, err := domain.Decode(tt.typ, []byte(tt.data)); err == nil {
			t.Errorf("Decode(%s, %s) = %#v, want an error", tt.typ, tt.data, ev)
		}
	}
	if _, _, err := domain.Upcast(domain.TypeMeasuresLinkedV1, []byte(`{"linkId":5}`)); err == nil || !strings.Contains(err.Error(), domain.TypeMeasuresLinkedV1) {
		t.Errorf("Upcast of a malformed v1 payload: %v, want an error naming the type", err)
	}
	if typ, data, err := domain.Upcast(domain.TypeMeetingHeld, []byte(`{}`)); typ != domain.TypeMeetingHeld || string(data) != `{}` || err != nil {
		t.Errorf("Upcast of a current type = %s %s %v, want it unchanged", typ, data, err)
	}
}
