package graph_test

import (
	"context"
	"maps"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/controlsledger/ledger/graph"
	"github.com/controlsledger/ledger/projections"
)

// Real rules recorded through the API, cited in testdata/real-rules.md.

// fr and mofcom are the sources the real rules cite.
func fr(citation, title, published string) map[string]any {
	return map[string]any{"title": title, "publisher": "Federal Register", "citation": citation, "official": true, "publishedOn": published}
}

func mofcom(citation, title, published string) map[string]any {
	return map[string]any{"title": title, "publisher": "Ministry of Commerce of the People's Republic of China", "citation": citation,
		"official": true, "publishedOn": published}
}

// realMeasures are the announcements of the measures of
// testdata/real-rules.md, as their instruments first set them out.
var realMeasures = map[string]map[string]any{
	"US-2021-CYBER": {
		"measureId": "US-2021-CYBER", "title": "Information Security Controls: Cybersecurity Items", "measureType": "EXPORT_CONTROL",
		"authority":                map[string]any{"id": "US-BIS", "name": "Bureau of Industry and Security", "jurisdiction": "US"},
		"implementingJurisdiction": "US", "countryNeutral": true,
		"items": []any{map[string]any{"description": "cybersecurity items (intrusion software and IP network surveillance items)"}},
		"provisions": []any{
			map[string]any{"id": "controls", "title": "NS and AT controls on cybersecurity items; License Exception ACE", "effectiveOn": "2022-01-19"},
		},
		"instrument":  map[string]any{"title": "Information Security Controls: Cybersecurity Items", "citation": "86 FR 58205"},
		"announcedOn": "2021-10-21",
		"dates":       []any{map[string]any{"kind": "comment_deadline", "date": "2021-12-06"}},
		"sources":     []any{fr("86 FR 58205", "Information Security Controls: Cybersecurity Items", "2021-10-21")},
	},
	"US-2022-ACS": {
		"measureId": "US-2022-ACS", "title": "Advanced computing and semiconductor manufacturing items", "measureType": "EXPORT_CONTROL",
		"authority":                map[string]any{"id": "US-BIS", "name": "Bureau of Industry and Security", "jurisdiction": "US"},
		"implementingJurisdiction": "US",
		"affected":                 []any{map[string]any{"jurisdiction": "CN", "how": "TARGETED"}},
		"items":                    []any{map[string]any{"scheme": "ECCN", "code": "3A090", "description": "advanced integrated circuits"}},
		"provisions": []any{
			map[string]any{"id": "eccn", "title": "ECCNs 3A090 and 4A090; end-use controls", "effectiveOn": "2022-10-07"},
			map[string]any{"id": "us-persons", "title": "Restrictions on support by US persons (15 CFR 744.6)", "effectiveOn": "2022-10-12"},
			map[string]any{"id": "remaining", "title": "Remaining provisions", "effectiveOn": "2022-10-21"},
		},
		"instrument":  map[string]any{"title": "Implementation of Additional Export Controls", "citation": "87 FR 62186"},
		"announcedOn": "2022-10-07",
		"dates": []any{
			map[string]any{"kind": "published", "date": "2022-10-13"},
			map[string]any{"kind": "comment_deadline", "date": "2022-12-12"},
		},
		"sources": []any{fr("87 FR 62186", "Implementation of Additional Export Controls", "2022-10-13")},
	},
	"US-2022-EL-36": {
		"measureId": "US-2022-EL-36", "title": "Additions and Revisions to the Entity List", "measureType": "ENTITY_LISTING",
		"authority":                map[string]any{"id": "US-BIS", "name": "Bureau of Industry and Security", "jurisdiction": "US"},
		"implementingJurisdiction": "US",
		"affected": []any{map[string]any{"jurisdiction": "CN", "how": "NAMED_PARTIES"},
			map[string]any{"jurisdiction": "RU", "how": "NAMED_PARTIES"}},
		"items":       []any{map[string]any{"description": "all items subject to the EAR"}},
		"provisions":  []any{map[string]any{"id": "additions", "title": "36 entities added to the Entity List", "effectiveOn": "2022-12-16"}},
		"instrument":  map[string]any{"title": "Additions and Revisions to the Entity List", "citation": "87 FR 77505"},
		"announcedOn": "2022-12-15",
		"sources":     []any{fr("87 FR 77505", "Additions and Revisions to the Entity List", "2022-12-19")},
	},
	"CN-2023-GAGE": {
		"measureId": "CN-2023-GAGE", "title": "Export control of gallium and germanium items", "measureType": "EXPORT_CONTROL",
		"authority":                map[string]any{"id": "CN-MOFCOM", "name": "Ministry of Commerce", "jurisdiction": "CN"},
		"implementingJurisdiction": "CN", "countryNeutral": true,
		"items": []any{map[string]any{"description": "gallium metal"}, map[string]any{"description": "germanium metal"}},
		"provisions": []any{
			map[string]any{"id": "licences", "title": "Export licences for 8 gallium and 6 germanium items", "effectiveOn": "2023-08-01"},
		},
		"instrument":  map[string]any{"title": "Announcement No. 23 [2023]", "citation": "MOFCOM/GAC Announcement No. 23 [2023]"},
		"announcedOn": "2023-07-03",
		"sources":     []any{mofcom("Announcement No. 23 [2023]", "Export control of gallium and germanium items", "2023-07-03")},
	},
	"CN-2025-LIB": {
		"measureId": "CN-2025-LIB", "title": "Export controls on lithium batteries and artificial graphite anode materials", "measureType": "EXPORT_CONTROL",
		"authority":                map[string]any{"id": "CN-MOFCOM", "name": "Ministry of Commerce", "jurisdiction": "CN"},
		"implementingJurisdiction": "CN", "countryNeutral": true,
		"items": []any{map[string]any{"scheme": "CN dual-use list", "code": "3A001", "description": "lithium-ion batteries of 300 Wh/kg or more"},
			map[string]any{"description": "artificial graphite anode materials"}},
		"provisions": []any{
			map[string]any{"id": "licences", "title": "Export licences for the listed items", "effectiveOn": "2025-11-08"},
		},
		"instrument":  map[string]any{"title": "Announcement No. 58 [2025]", "citation": "MOFCOM/GAC Announcement No. 58 [2025]"},
		"announcedOn": "2025-10-09",
		"sources":     []any{mofcom("Announcement No. 58 [2025]", "Export controls on lithium batteries and artificial graphite anode materials", "2025-10-09")},
	},
}

type userError struct {
	Field   []string
	Rule    string
	Message string
}

// command runs the mutation named field with input and returns the
// position its events landed at (0 if it broke a rule) and its user errors.
func (a *api) command(tb testing.TB, field string, input map[string]any) (int, []userError) {
	tb.Helper()
	typ := string(unicode.ToUpper(rune(field[0]))) + field[1:] + "Input"
	q := `mutation($in: ` + typ + `!) { ` + field + `(input: $in) { result { position } userErrors { field rule message } } }`
	var out map[string]struct {
		Result     *struct{ Position int }
		UserErrors []userError
	}
	if errs := a.do(tb, q, map[string]any{"in": input}, &out); len(errs) > 0 {
		tb.Fatalf("%s: %+v", field, errs)
	}
	r := out[field]
	if r.Result == nil {
		return 0, r.UserErrors
	}
	return r.Result.Position, r.UserErrors
}

// record runs a command that must succeed and returns its position.
func (a *api) record(tb testing.TB, field string, input map[string]any) int {
	tb.Helper()
	pos, errs := a.command(tb, field, input)
	if len(errs) > 0 || pos == 0 {
		tb.Fatalf("%s: %+v", field, errs)
	}
	return pos
}

// announceReal records one of realMeasures and returns its position.
func (a *api) announceReal(tb testing.TB, id string) int {
	tb.Helper()
	in, ok := realMeasures[id]
	if !ok {
		tb.Fatalf("no real measure %s", id)
	}
	return a.record(tb, "announceMeasure", in)
}

// TestRealRulesAreCited checks that the measures the tests record are the
// ones testdata/real-rules.md cites.
func TestRealRulesAreCited(t *testing.T) {
	doc, err := os.ReadFile("testdata/real-rules.md")
	if err != nil {
		t.Fatal(err)
	}
	for id, in := range realMeasures {
		if !strings.Contains(string(doc), "| "+id+" |") {
			t.Errorf("%s is not cited in testdata/real-rules.md", id)
		}
		for _, s := range in["sources"].([]any) {
			if c := s.(map[string]any)["citation"].(string); !strings.Contains(string(doc), strings.TrimPrefix(c, "MOFCOM/GAC ")) {
				t.Errorf("%s cites %s, which testdata/real-rules.md does not", id, c)
			}
		}
	}
}

type change struct {
	Record       struct{ Ref struct{ ID string } }
	What         []string
	StatusBefore string
	StatusAfter  string
}

const diffQuery = `query($from: AsOf!, $to: AsOf!) { diff(from: $from, to: $to) {
  changes { record { ref { id } } what statusBefore statusAfter } } }`

func (a *api) diff(tb testing.TB, from, to map[string]any) map[string]change {
	tb.Helper()
	var out struct{ Diff struct{ Changes []change } }
	if errs := a.do(tb, diffQuery, map[string]any{"from": from, "to": to}, &out); len(errs) > 0 {
		tb.Fatalf("diff: %+v", errs)
	}
	m := map[string]change{}
	for _, c := range out.Diff.Changes {
		m[c.Record.Ref.ID] = c
	}
	return m
}

// A diff backwards in recorded time names the records known at from and
// not yet at to, as they were at from; along valid time it is the forward
// diff seen from the other end.
func TestDiffBackwards(t *testing.T) {
	a := newAPI(t, nil)
	before := a.announceReal(t, "US-2022-ACS")
	after := a.announceReal(t, "CN-2023-GAGE")
	cases := []struct {
		name     string
		from, to map[string]any
		want     *change
	}{
		{"forward in recorded time", at(before, "2023-08-02"), at(after, "2023-08-02"),
			&change{What: []string{"recorded", "came_into_force"}, StatusAfter: "IN_FORCE"}},
		{"backward in recorded time", at(after, "2023-08-02"), at(before, "2023-08-02"),
			&change{What: []string{"unrecorded"}, StatusBefore: "IN_FORCE"}},
		{"backward in recorded time, before it was announced", at(after, "2023-07-01"), at(before, "2023-07-01"),
			&change{What: []string{"unrecorded"}, StatusBefore: "NOT_YET_ANNOUNCED"}},
		{"backward in both", at(after, "2023-08-01"), at(before, "2023-07-31"),
			&change{What: []string{"unrecorded"}, StatusBefore: "IN_FORCE"}},
		{"forward in valid time, the day before to the day it takes effect", at(after, "2023-07-31"), at(after, "2023-08-01"),
			&change{What: []string{"came_into_force"}, StatusBefore: "ANNOUNCED", StatusAfter: "IN_FORCE"}},
		{"backward in valid time, from the day it takes effect", at(after, "2023-08-01"), at(after, "2023-07-31"),
			&change{What: []string{"announced"}, StatusBefore: "IN_FORCE", StatusAfter: "ANNOUNCED"}},
		{"within force in valid time", at(after, "2023-08-01"), at(after, "2023-08-02"), nil},
		{"backward in recorded time, at the same point", at(after, "2023-08-02"), at(after, "2023-08-02"), nil},
	}
	for _, c := range cases {
		got, ok := a.diff(t, c.from, c.to)["CN-2023-GAGE"]
		switch {
		case c.want == nil && ok:
			t.Errorf("%s: CN-2023-GAGE differs: %+v", c.name, got)
		case c.want != nil && !ok:
			t.Errorf("%s: CN-2023-GAGE missing", c.name)
		case c.want != nil:
			c.want.Record.Ref.ID = "CN-2023-GAGE"
			if !reflect.DeepEqual(got, *c.want) {
				t.Errorf("%s: got %+v, want %+v", c.name, got, *c.want)
			}
		}
	}
}

const measuresQuery = `query($f: MeasureFilter, $asOf: AsOf) { measures(filter: $f, asOf: $asOf, first: 50) {
  totalCount nodes { recordId status } } }`

// measures lists "ID STATUS" of the measures f finds at asOf.
func (a *api) measures(tb testing.TB, f, asOf map[string]any) []string {
	tb.Helper()
	var out struct {
		Measures struct {
			TotalCount int
			Nodes      []struct{ RecordID, Status string }
		}
	}
	if errs := a.do(tb, measuresQuery, map[string]any{"f": f, "asOf": asOf}, &out); len(errs) > 0 {
		tb.Fatalf("measures: %+v", errs)
	}
	got := []string{}
	for _, n := range out.Measures.Nodes {
		got = append(got, n.RecordID+" "+n.Status)
	}
	if out.Measures.TotalCount != len(got) {
		tb.Errorf("measures %v at %v: totalCount %d, %d nodes", f, asOf, out.Measures.TotalCount, len(got))
	}
	slices.Sort(got)
	return got
}

// A country-neutral measure bears on every destination but its own:
// MOFCOM's gallium and germanium controls apply to exports to the US, BIS's
// cybersecurity controls to exports to China, and neither to its own
// jurisdiction.
func TestCountryNeutralMeasuresBearOnEveryDestination(t *testing.T) {
	a := newAPI(t, nil)
	a.announceReal(t, "US-2022-ACS")
	before := a.announceReal(t, "US-2021-CYBER")
	after := a.announceReal(t, "CN-2023-GAGE")
	us := map[string]any{"affectedJurisdiction": "US"}
	named := func(j string) map[string]any {
		return map[string]any{"affectedJurisdiction": j, "countryNeutral": false}
	}
	cases := []struct {
		name    string
		f, asOf map[string]any
		want    []string
	}{
		{"to the US, before it was recorded", us, at(before, "2023-08-01"), []string{}},
		{"to the US, the day before it was announced", us, at(after, "2023-07-02"), []string{}},
		{"to the US, the day it was announced", us, at(after, "2023-07-03"), []string{"CN-2023-GAGE ANNOUNCED"}},
		{"to the US, the day before it took effect", us, at(after, "2023-07-31"), []string{"CN-2023-GAGE ANNOUNCED"}},
		{"to the US, the day it took effect", us, at(after, "2023-08-01"), []string{"CN-2023-GAGE IN_FORCE"}},
		{"to the US, after", us, at(after, "2024-01-01"), []string{"CN-2023-GAGE IN_FORCE"}},
		{"naming the US", named("US"), at(after, "2024-01-01"), []string{}},
		{"to China", map[string]any{"affectedJurisdiction": "CN"}, at(after, "2024-01-01"),
			[]string{"US-2021-CYBER IN_FORCE", "US-2022-ACS IN_FORCE"}},
		{"naming China", named("CN"), at(after, "2024-01-01"), []string{"US-2022-ACS IN_FORCE"}},
		{"country-neutral, to China", map[string]any{"affectedJurisdiction": "CN", "countryNeutral": true}, at(after, "2024-01-01"),
			[]string{"US-2021-CYBER IN_FORCE"}},
		{"country-neutral", map[string]any{"countryNeutral": true}, at(after, "2024-01-01"),
			[]string{"CN-2023-GAGE IN_FORCE", "US-2021-CYBER IN_FORCE"}},
	}
	for _, c := range cases {
		if got := a.measures(t, c.f, c.asOf); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

const measureStatusQuery = `query($id: ID!, $asOf: AsOf) { measure(recordId: $id, asOf: $asOf) { status provisions { id status } } }`

// measureStatus returns "STATUS id:STATUS ..." of a measure at asOf.
func (a *api) measureStatus(tb testing.TB, id string, asOf map[string]any) string {
	tb.Helper()
	var out struct {
		Measure *struct {
			Status     string
			Provisions []struct{ ID, Status string }
		}
	}
	if errs := a.do(tb, measureStatusQuery, map[string]any{"id": id, "asOf": asOf}, &out); len(errs) > 0 {
		tb.Fatalf("measure %s: %+v", id, errs)
	}
	if out.Measure == nil {
		return "unknown"
	}
	s := out.Measure.Status
	for _, p := range out.Measure.Provisions {
		s += " " + p.ID + ":" + p.Status
	}
	return s
}

// MOFCOM suspended its lithium-battery controls the day before they would
// have taken effect: they never came into force while the suspension
// lasted, and do on the day it ends.
func TestSuspensionBeforeAProvisionTakesEffect(t *testing.T) {
	a := newAPI(t, nil)
	announced := a.announceReal(t, "CN-2025-LIB")
	suspended := a.record(t, "suspendMeasure", map[string]any{
		"measureId": "CN-2025-LIB", "suspensionId": "MOFCOM-2025-70", "from": "2025-11-07", "until": "2026-11-10",
		"reason":  "suspension of Announcements No. 55, 56, 57, 58, 61 and 62 [2025] until 10 November 2026",
		"sources": []any{mofcom("Announcement No. 70 [2025]", "Suspension of Announcements No. 55 to 58, 61 and 62 [2025]", "2025-11-07")},
	})
	cases := []struct {
		asOf map[string]any
		want string
	}{
		// As known before the suspension was recorded.
		{at(announced, "2025-11-07"), "ANNOUNCED licences:ANNOUNCED"},
		{at(announced, "2025-11-08"), "IN_FORCE licences:IN_FORCE"},
		{at(announced, "2026-11-10"), "IN_FORCE licences:IN_FORCE"},
		// As known after.
		{at(suspended, "2025-11-06"), "ANNOUNCED licences:ANNOUNCED"},
		{at(suspended, "2025-11-07"), "ANNOUNCED licences:ANNOUNCED"},
		{at(suspended, "2025-11-08"), "SUSPENDED licences:SUSPENDED"},
		{at(suspended, "2026-11-09"), "SUSPENDED licences:SUSPENDED"},
		{at(suspended, "2026-11-10"), "IN_FORCE licences:IN_FORCE"},
	}
	for _, c := range cases {
		if got := a.measureStatus(t, "CN-2025-LIB", c.asOf); got != c.want {
			t.Errorf("at %v: got %s, want %s", c.asOf, got, c.want)
		}
	}
	// Lists by status agree: not in force on the day it would have started.
	inForce := map[string]any{"status": []any{"IN_FORCE", "PARTLY_SUSPENDED"}}
	if got := a.measures(t, inForce, at(suspended, "2025-11-08")); len(got) != 0 {
		t.Errorf("in force on 2025-11-08 as known after the suspension: %q", got)
	}
	if got := a.measures(t, inForce, at(suspended, "2026-11-10")); !slices.Equal(got, []string{"CN-2025-LIB IN_FORCE"}) {
		t.Errorf("in force on 2026-11-10 as known after the suspension: %q", got)
	}
	// The end of the suspension brings it into force for the first time:
	// nothing resumes.
	got := a.diff(t, at(suspended, "2026-11-09"), at(suspended, "2026-11-10"))["CN-2025-LIB"]
	want := change{What: []string{"came_into_force"}, StatusBefore: "SUSPENDED", StatusAfter: "IN_FORCE"}
	want.Record.Ref.ID = "CN-2025-LIB"
	if !reflect.DeepEqual(got, want) {
		t.Errorf("diff across the end of the suspension: got %+v, want %+v", got, want)
	}
}

// laggingViews are read models that have not applied the events from
// hidden on until a query waits for them: a replica behind the writer.
type laggingViews struct {
	graph.Views
	mu     sync.Mutex
	hidden uint64 // 0: nothing hidden
}

func (v *laggingViews) hide(from uint64) { v.mu.Lock(); v.hidden = from; v.mu.Unlock() }

// lag returns asOf as the lagging read models answer it: the latest state
// is the one before the hidden events.
func (v *laggingViews) lag(asOf projections.AsOf) projections.AsOf {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.hidden > 0 && asOf.Position == 0 && asOf.KnownAt.IsZero() {
		asOf.Position = v.hidden - 1
	}
	return asOf
}

func (v *laggingViews) Head() uint64 {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.hidden > 0 {
		return v.hidden - 1
	}
	return v.Views.Head()
}

func (v *laggingViews) WaitFor(ctx context.Context, position uint64) error {
	v.mu.Lock()
	v.hidden = 0 // waiting applies them
	v.mu.Unlock()
	return v.Views.WaitFor(ctx, position)
}

func (v *laggingViews) Resolve(asOf projections.AsOf) (projections.Basis, error) {
	return v.Views.Resolve(v.lag(asOf))
}

func (v *laggingViews) Measure(id string, asOf projections.AsOf) (projections.Basis, projections.MeasureView, bool, error) {
	return v.Views.Measure(id, v.lag(asOf))
}

// A frontend reads its own write with asOf: {afterPosition}, the position
// its mutation answered, even from read models that lag behind the writer.
func TestReadYourOwnWrite(t *testing.T) {
	lag := &laggingViews{}
	a := newAPI(t, func(v graph.Views) graph.Views { lag.Views = v; return lag })
	a.announceReal(t, "CN-2025-LIB")
	pos := a.record(t, "suspendMeasure", map[string]any{
		"measureId": "CN-2025-LIB", "suspensionId": "MOFCOM-2025-70", "from": "2025-11-07", "until": "2026-11-10",
		"sources": []any{mofcom("Announcement No. 70 [2025]", "Suspension of Announcements No. 55 to 58, 61 and 62 [2025]", "2025-11-07")},
	})
	const q = `query($asOf: AsOf) { measure(recordId: "CN-2025-LIB", asOf: $asOf) { status basis { position } } }`
	type answer struct {
		Measure struct {
			Status string
			Basis  struct{ Position int }
		}
	}
	read := func(asOf map[string]any) (answer, []gqlError) {
		var out answer
		errs := a.do(t, q, map[string]any{"asOf": asOf}, &out)
		return out, errs
	}
	// A replica that has not applied the suspension yet answers without it.
	lag.hide(uint64(pos))
	if got, errs := read(map[string]any{"validAt": "2025-11-08"}); len(errs) > 0 || got.Measure.Status != "IN_FORCE" {
		t.Fatalf("the lagging read models should not show the suspension yet: %+v %+v", got, errs)
	}
	// At least the write: the query waits for it.
	got, errs := read(map[string]any{"validAt": "2025-11-08", "afterPosition": pos})
	if len(errs) > 0 || got.Measure.Status != "SUSPENDED" || got.Measure.Basis.Position < pos {
		t.Errorf("afterPosition %d: %+v %+v", pos, got, errs)
	}
	// Before the suspension's date, as known after it: still announced.
	lag.hide(uint64(pos))
	if got, errs := read(map[string]any{"validAt": "2025-11-07", "afterPosition": pos}); len(errs) > 0 || got.Measure.Status != "ANNOUNCED" {
		t.Errorf("afterPosition %d, valid 2025-11-07: %+v %+v", pos, got, errs)
	}
	// Bounded: a position the ledger never reached is refused, not waited
	// for, and afterPosition does not mix with a fixed point.
	for _, c := range []struct {
		asOf map[string]any
		rule string
	}{
		{map[string]any{"afterPosition": pos + 1000}, "position.beyond_head"},
		{map[string]any{"afterPosition": -1}, "position.negative"},
		{map[string]any{"afterPosition": pos, "position": pos}, "asof.exclusive"},
		{map[string]any{"afterPosition": pos, "knownAt": "2025-11-07T00:00:00Z"}, "asof.exclusive"},
	} {
		_, errs := read(c.asOf)
		if len(errs) != 1 || errs[0].Extensions["rule"] != c.rule || errs[0].Extensions["code"] != "BAD_USER_INPUT" {
			t.Errorf("asOf %v: %+v, want %s", c.asOf, errs, c.rule)
		}
	}
}

const timelineQuery = `query($s: TimelineSubject!, $asOf: AsOf) { timeline(subject: $s, order: VALID, asOf: $asOf, first: 50) {
  nodes { record { id } validFrom correctedAt event { eventId type data } } } }`

type timelineEntry struct {
	Record      struct{ ID string }
	ValidFrom   string
	CorrectedAt []int
	Event       struct{ EventID, Type, Data string }
}

func (a *api) timeline(tb testing.TB, subject, asOf map[string]any) []timelineEntry {
	tb.Helper()
	var out struct {
		Timeline struct{ Nodes []timelineEntry }
	}
	if errs := a.do(tb, timelineQuery, map[string]any{"s": subject, "asOf": asOf}, &out); len(errs) > 0 {
		tb.Fatalf("timeline: %+v", errs)
	}
	return out.Timeline.Nodes
}

// A timeline in valid-time order places a corrected event at its corrected
// date, as the measure reads; the date as recorded stays in the event.
// The Entity List rule of 87 FR 77505 was announced on 2022-12-15: recorded
// first with the month mistyped (2022-02-15), then corrected.
func TestTimelineByCorrectedDates(t *testing.T) {
	a := newAPI(t, nil)
	a.announceReal(t, "US-2022-ACS")
	el := realMeasures["US-2022-EL-36"]
	wrong := maps.Clone(el)
	wrong["announcedOn"] = "2022-02-15"
	before := a.record(t, "announceMeasure", wrong)
	us := map[string]any{"jurisdiction": "US"}
	order := func(entries []timelineEntry) string {
		var s []string
		for _, e := range entries {
			s = append(s, e.Record.ID+"@"+e.ValidFrom)
		}
		return strings.Join(s, " ")
	}
	entries := a.timeline(t, us, map[string]any{"position": before})
	if got, want := order(entries), "US-2022-EL-36@2022-02-15 US-2022-ACS@2022-10-07"; got != want {
		t.Fatalf("before the correction: %s, want %s", got, want)
	}
	after := a.record(t, "correctRecord", map[string]any{
		"correctionId": "EL-36-ANNOUNCED", "record": map[string]any{"kind": "MEASURE", "id": "US-2022-EL-36"},
		"eventId": entries[0].Event.EventID, "field": "announcedOn", "oldValue": "2022-02-15", "newValue": "2022-12-15",
		"reason": "the month was mistyped", "sources": el["sources"],
	})
	// As known before the correction, the recorded date; after it, the
	// corrected one, in order, with the recorded payload unchanged.
	if got := order(a.timeline(t, us, map[string]any{"position": before})); got != "US-2022-EL-36@2022-02-15 US-2022-ACS@2022-10-07" {
		t.Errorf("as known before the correction: %s", got)
	}
	entries = a.timeline(t, us, map[string]any{"position": after})
	// The correction itself is about no date: placed on the day it was recorded.
	if got, want := order(entries), "US-2022-ACS@2022-10-07 US-2022-EL-36@2022-12-15 US-2022-EL-36@"; got != want {
		t.Errorf("as known after the correction: %s, want %s", got, want)
	}
	if e := entries[1]; !slices.Equal(e.CorrectedAt, []int{after}) || !strings.Contains(e.Event.Data, `"announcedOn":"2022-02-15"`) {
		t.Errorf("the corrected entry: %+v", e)
	}
	// The measure reads the same dates on both axes.
	a.expectStatus(t, "US-2022-EL-36", []statusAt{
		{at(before, "2022-12-14"), "ANNOUNCED additions:ANNOUNCED"},
		{at(after, "2022-12-14"), "NOT_YET_ANNOUNCED additions:NOT_YET_ANNOUNCED"},
		{at(after, "2022-12-15"), "ANNOUNCED additions:ANNOUNCED"},
		{at(after, "2022-12-16"), "IN_FORCE additions:IN_FORCE"},
	})
}

// An amendment is invisible before it was announced: 88 FR 73458, released
// on 2023-10-17 and effective 2023-11-17, added provisions to the rule of
// October 2022; read at a date before its release, the rule does not list
// them.
func TestAmendmentInvisibleBeforeItsAnnouncement(t *testing.T) {
	a := newAPI(t, nil)
	before := a.announceReal(t, "US-2022-ACS")
	after := a.record(t, "amendMeasure", map[string]any{
		"measureId": "US-2022-ACS", "amendmentId": "US-2023-ACS", "announcedOn": "2023-10-17", "effectiveOn": "2023-11-17",
		"instrument": map[string]any{"title": "Implementation of Additional Export Controls: Certain Advanced Computing Items; Supercomputer and Semiconductor End Use; Updates and Corrections",
			"citation": "88 FR 73458"},
		"summary":       "revises the advanced-computing controls: new performance-density parameters for 3A090",
		"addProvisions": []any{map[string]any{"id": "3a090-2023", "title": "Revised parameters of ECCN 3A090", "effectiveOn": "2023-11-17"}},
		"sources":       []any{fr("88 FR 73458", "Implementation of Additional Export Controls: Updates and Corrections", "2023-10-25")},
	})
	const old = "IN_FORCE eccn:IN_FORCE us-persons:IN_FORCE remaining:IN_FORCE"
	a.expectStatus(t, "US-2022-ACS", []statusAt{
		{at(before, "2023-10-17"), old},
		{at(before, "2023-11-17"), old},
		{at(after, "2023-01-01"), old},
		{at(after, "2023-10-16"), old},
		{at(after, "2023-10-17"), old + " 3a090-2023:ANNOUNCED"},
		{at(after, "2023-11-16"), old + " 3a090-2023:ANNOUNCED"},
		{at(after, "2023-11-17"), old + " 3a090-2023:IN_FORCE"},
	})
	_, errs := a.command(t, "amendMeasure", map[string]any{
		"measureId": "US-2022-ACS", "amendmentId": "EARLY", "announcedOn": "2022-10-06", "effectiveOn": "2023-11-17",
		"instrument": map[string]any{"title": "88 FR 73458"}, "summary": "announced before the rule it amends",
		"endProvisions": []any{"remaining"}, "sources": []any{fr("88 FR 73458", "Updates and Corrections", "2023-10-25")},
	})
	if len(errs) != 1 || errs[0].Rule != "dates.out_of_order" || strings.Join(errs[0].Field, ".") != "announcedOn" {
		t.Errorf("an amendment announced before the measure: %+v", errs)
	}
}

const movedQuery = `query($id: ID!, $asOf: AsOf) { measure(recordId: $id, asOf: $asOf) {
  status provisions { id effectiveOn status movedBy } datesInForce { kind date movedBy } } }`

// moved returns a measure's status, its provisions' "id:date:STATUS:movedBy"
// and its dates' "kind:date:movedBy" at asOf.
func (a *api) moved(tb testing.TB, id string, asOf map[string]any) string {
	tb.Helper()
	var out struct {
		Measure struct {
			Status       string
			Provisions   []struct{ ID, EffectiveOn, Status, MovedBy string }
			DatesInForce []struct{ Kind, Date, MovedBy string }
		}
	}
	if errs := a.do(tb, movedQuery, map[string]any{"id": id, "asOf": asOf}, &out); len(errs) > 0 {
		tb.Fatalf("measure %s: %+v", id, errs)
	}
	s := out.Measure.Status
	for _, p := range out.Measure.Provisions {
		s += " " + p.ID + ":" + p.EffectiveOn + ":" + p.Status + ":" + p.MovedBy
	}
	for _, d := range out.Measure.DatesInForce {
		s += " " + d.Kind + ":" + d.Date + ":" + d.MovedBy
	}
	return s
}

// Later rules move dates of earlier ones: 87 FR 1670 delayed the effective
// date of the cybersecurity rule of 86 FR 58205 from 2022-01-19 to
// 2022-03-07, and 87 FR 74966 extended the comment deadline of 87 FR 62186
// from 2022-12-12 to 2023-01-31. Each is an amendment, in effect from its
// own date: before it, the old date holds.
func TestAmendmentsMoveDates(t *testing.T) {
	a := newAPI(t, nil)
	before := a.announceReal(t, "US-2021-CYBER")
	delayed := a.record(t, "amendMeasure", map[string]any{
		"measureId": "US-2021-CYBER", "amendmentId": "DELAY-2022", "announcedOn": "2022-01-12", "effectiveOn": "2022-01-12",
		"instrument": map[string]any{"title": "Information Security Controls: Cybersecurity Items; Delay of Effective Date", "citation": "87 FR 1670"},
		"summary":    "delays the effective date of the interim final rule by 45 days",
		"moveDates":  []any{map[string]any{"provisionId": "controls", "to": "2022-03-07"}},
		"sources":    []any{fr("87 FR 1670", "Information Security Controls: Cybersecurity Items; Delay of Effective Date", "2022-01-12")},
	})
	const deadline = " comment_deadline:2021-12-06:"
	for _, c := range []struct {
		asOf map[string]any
		want string
	}{
		{at(before, "2022-01-18"), "ANNOUNCED controls:2022-01-19:ANNOUNCED:" + deadline},
		{at(before, "2022-01-19"), "IN_FORCE controls:2022-01-19:IN_FORCE:" + deadline},
		{at(before, "2022-03-07"), "IN_FORCE controls:2022-01-19:IN_FORCE:" + deadline},
		{at(delayed, "2022-01-11"), "ANNOUNCED controls:2022-01-19:ANNOUNCED:" + deadline},
		{at(delayed, "2022-01-12"), "ANNOUNCED controls:2022-03-07:ANNOUNCED:DELAY-2022" + deadline},
		{at(delayed, "2022-01-19"), "ANNOUNCED controls:2022-03-07:ANNOUNCED:DELAY-2022" + deadline},
		{at(delayed, "2022-03-06"), "ANNOUNCED controls:2022-03-07:ANNOUNCED:DELAY-2022" + deadline},
		{at(delayed, "2022-03-07"), "IN_FORCE controls:2022-03-07:IN_FORCE:DELAY-2022" + deadline},
	} {
		if got := a.moved(t, "US-2021-CYBER", c.asOf); got != c.want {
			t.Errorf("US-2021-CYBER at %v:\n got %s\nwant %s", c.asOf, got, c.want)
		}
	}
	// Lists agree: not in force on the old date once the delay is known.
	inForce := map[string]any{"status": []any{"IN_FORCE"}}
	if got := a.measures(t, inForce, at(delayed, "2022-01-19")); len(got) != 0 {
		t.Errorf("in force on 2022-01-19 after the delay: %q", got)
	}

	acs := a.announceReal(t, "US-2022-ACS")
	extended := a.record(t, "amendMeasure", map[string]any{
		"measureId": "US-2022-ACS", "amendmentId": "COMMENTS-2022", "announcedOn": "2022-12-07", "effectiveOn": "2022-12-07",
		"instrument": map[string]any{"title": "Extension of comment period", "citation": "87 FR 74966"},
		"summary":    "extends the comment period to 2023-01-31",
		"moveDates":  []any{map[string]any{"kind": "comment_deadline", "to": "2023-01-31"}},
		"sources":    []any{fr("87 FR 74966", "Extension of comment period", "2022-12-07")},
	})
	dates := func(s string) string { return s[strings.Index(s, "published:"):] }
	for _, c := range []struct {
		asOf map[string]any
		want string
	}{
		{at(acs, "2022-12-07"), "published:2022-10-13: comment_deadline:2022-12-12:"},
		{at(extended, "2022-12-06"), "published:2022-10-13: comment_deadline:2022-12-12:"},
		{at(extended, "2022-12-07"), "published:2022-10-13: comment_deadline:2023-01-31:COMMENTS-2022"},
		{at(extended, "2023-02-01"), "published:2022-10-13: comment_deadline:2023-01-31:COMMENTS-2022"},
	} {
		if got := dates(a.moved(t, "US-2022-ACS", c.asOf)); got != c.want {
			t.Errorf("US-2022-ACS at %v:\n got %s\nwant %s", c.asOf, got, c.want)
		}
	}
	// A date the measure does not carry cannot be moved.
	_, errs := a.command(t, "amendMeasure", map[string]any{
		"measureId": "US-2022-ACS", "amendmentId": "COMPLIANCE", "effectiveOn": "2022-12-07",
		"instrument": map[string]any{"title": "87 FR 74966"}, "summary": "no compliance date to move",
		"moveDates": []any{map[string]any{"kind": "compliance", "to": "2023-01-31"}},
		"sources":   []any{fr("87 FR 74966", "Extension of comment period", "2022-12-07")},
	})
	if len(errs) != 1 || errs[0].Rule != "date.not_found" || strings.Join(errs[0].Field, ".") != "moveDates.0.kind" {
		t.Errorf("moving a date the measure does not carry: %+v", errs)
	}
}

// A client corrects a value by naming it as the read model shows it. The
// Entity List additions of 87 FR 77505 took effect on 2022-12-16, before
// the rule was published (2022-12-19); recorded first with the publication
// date, they are corrected by provision ID and field, in one call, without
// reading event payloads. The audit trail shows the payload as a JSON value.
func TestCorrectAFieldAsTheReadModelNamesIt(t *testing.T) {
	a := newAPI(t, nil)
	el := realMeasures["US-2022-EL-36"]
	wrong := maps.Clone(el)
	wrong["provisions"] = []any{map[string]any{"id": "additions", "title": "36 entities added to the Entity List", "effectiveOn": "2022-12-19"}}
	before := a.record(t, "announceMeasure", wrong)
	const correct = `mutation($in: CorrectMeasureFieldInput!) { correctMeasureField(input: $in) {
	  result { position } measure { provisions { id effectiveOn } } userErrors { field rule message } } }`
	in := map[string]any{"correctionId": "EL-36-EFFECTIVE", "measureId": "US-2022-EL-36", "provisionId": "additions",
		"field": "effectiveOn", "newValue": "2022-12-16", "reason": "the rule took effect on 2022-12-16, before its publication",
		"evidence": "87 FR 77505, DATES: effective December 16, 2022", "sources": el["sources"]}
	var out struct {
		CorrectMeasureField struct {
			Result  *struct{ Position int }
			Measure struct {
				Provisions []struct{ ID, EffectiveOn string }
			}
			UserErrors []userError
		}
	}
	if errs := a.do(t, correct, map[string]any{"in": in}, &out); len(errs) > 0 || out.CorrectMeasureField.Result == nil {
		t.Fatalf("correctMeasureField: %+v %+v", errs, out.CorrectMeasureField.UserErrors)
	}
	after := out.CorrectMeasureField.Result.Position
	if p := out.CorrectMeasureField.Measure.Provisions; len(p) != 1 || p[0].EffectiveOn != "2022-12-16" {
		t.Errorf("the measure after the correction: %+v", p)
	}
	a.expectStatus(t, "US-2022-EL-36", []statusAt{
		{at(before, "2022-12-16"), "ANNOUNCED additions:ANNOUNCED"},
		{at(before, "2022-12-19"), "IN_FORCE additions:IN_FORCE"},
		{at(after, "2022-12-15"), "ANNOUNCED additions:ANNOUNCED"},
		{at(after, "2022-12-16"), "IN_FORCE additions:IN_FORCE"},
		{at(after, "2022-12-19"), "IN_FORCE additions:IN_FORCE"},
	})
	// The trail names the corrected place and keeps the recorded payload,
	// as JSON.
	const trail = `{ auditTrail(record: {kind: MEASURE, id: "US-2022-EL-36"}) { entries {
	  event { eventId payload } correctedBy { position field } } } }`
	var tr struct {
		AuditTrail struct {
			Entries []struct {
				Event struct {
					EventID string
					Payload struct {
						Provisions []struct{ EffectiveOn string }
					}
				}
				CorrectedBy []struct {
					Position int
					Field    string
				}
			}
		}
	}
	if errs := a.do(t, trail, nil, &tr); len(errs) > 0 {
		t.Fatalf("auditTrail: %+v", errs)
	}
	e := tr.AuditTrail.Entries[0]
	if len(e.Event.Payload.Provisions) != 1 || e.Event.Payload.Provisions[0].EffectiveOn != "2022-12-19" ||
		len(e.CorrectedBy) != 1 || e.CorrectedBy[0].Position != after || e.CorrectedBy[0].Field != "provisions[0].effectiveOn" {
		t.Errorf("the announcement's trail: %+v", e)
	}
	// Named wrongly: a clear user error, nothing written.
	for _, c := range []struct {
		change map[string]any
		rule   string
		field  string
	}{
		{map[string]any{"provisionId": "no-such"}, "provision.not_found", "provisionId"},
		{map[string]any{"field": "endsOn"}, "correction.no_field", "field"},
		{map[string]any{"newValue": "2022-12-16", "correctionId": "AGAIN"}, "correction.no_change", "newValue"},
		{map[string]any{"amendmentId": "A", "provisionId": "additions"}, "field.ambiguous", "provisionId"},
	} {
		bad := maps.Clone(in)
		maps.Copy(bad, c.change)
		pos, errs := a.command(t, "correctMeasureField", bad)
		if pos != 0 || len(errs) != 1 || errs[0].Rule != c.rule || strings.Join(errs[0].Field, ".") != c.field {
			t.Errorf("%v: position %d, %+v; want %s on %s", c.change, pos, errs, c.rule, c.field)
		}
	}
}

// at is an asOf: the ledger at position pos, the law at valid.
func at(pos int, valid string) map[string]any {
	return map[string]any{"position": pos, "validAt": valid}
}

// statusAt is a measure's status as measureStatus gives it, at asOf.
type statusAt struct {
	asOf map[string]any
	want string
}

// expectStatus checks the status of measure id at each point.
func (a *api) expectStatus(tb testing.TB, id string, points []statusAt) {
	tb.Helper()
	for _, p := range points {
		if got := a.measureStatus(tb, id, p.asOf); got != p.want {
			tb.Errorf("%s at %v: %s, want %s", id, p.asOf, got, p.want)
		}
	}
}
