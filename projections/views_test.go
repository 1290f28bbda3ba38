package projections_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/projections"
)

// against returns a measure of by affecting target, effective when
// announced.
func against(id, by, target, on, title string) domain.MeasureAnnounced {
	return domain.MeasureAnnounced{
		MeasureID: id, Title: title, MeasureType: "export_control",
		Authority:    domain.Authority{ID: by + "-EXPORT", Name: "Export office", Jurisdiction: by},
		Implementing: by, Affected: []domain.AffectedJurisdiction{{Jurisdiction: target, How: "targeted"}},
		Items:      []domain.Item{{Description: "Chips"}},
		Provisions: []domain.Provision{{ID: "p1", Title: "Licence", EffectiveOn: date(on)}},
		Instrument: domain.Instrument{Title: title}, AnnouncedOn: date(on), Sources: src,
	}
}

func link(id string, from, to domain.Ref, relation, asserter, evidence string) domain.MeasuresLinked {
	return domain.MeasuresLinked{LinkID: id, From: from, To: to, Relation: relation, AssertedBy: asserter, Evidence: evidence, Sources: src}
}

// dispute is a small US-China ledger:
//
//	1 US-AC announced (US → CN, 2022-10-07)
//	2 CN-MU announced (CN → US, 2023-05-21)
//	3 L1: CN-MU retaliates against US-AC
//	4 CN-GA announced (CN → US, 2023-07-03)
//	5 L3: CN-GA retaliates against US-AC
//	6 US-UP announced (US → CN, 2023-10-17)
//	7 L2: US-UP responds to CN-MU
//	8 L4: US-AC coordinated with US-UP (closes a cycle)
//	9 L3 retracted
//	10 GB-X announced (GB → CN, 2023-01-01), not part of the US-China chain
func dispute(tb testing.TB) *projections.Projection {
	tb.Helper()
	p := projections.New(projections.Options{Now: func() time.Time { return t0 }})
	feed(tb, p,
		against("US-AC", "US", "CN", "2022-10-07", "Advanced computing rule"),
		against("CN-MU", "CN", "US", "2023-05-21", "Micron procurement ban"),
		link("L1", measure("CN-MU"), measure("US-AC"), "retaliates_against", "press", "widely reported as retaliation"),
		against("CN-GA", "CN", "US", "2023-07-03", "Gallium licensing"),
		link("L3", measure("CN-GA"), measure("US-AC"), "retaliates_against", "analyst", "timing"),
		against("US-UP", "US", "CN", "2023-10-17", "Updated advanced computing rule"),
		link("L2", measure("US-UP"), measure("CN-MU"), "responds_to", "official_statement", "the notice cites it"),
		link("L4", measure("US-AC"), measure("US-UP"), "coordinated_with", "official_text", "same docket"),
		domain.LinkRetracted{LinkID: "L3", Reason: "analyst withdrew", Sources: src},
		against("GB-X", "GB", "CN", "2023-01-01", "UK controls"),
	)
	return p
}

func refs(nodes []projections.GraphNode) map[string]int {
	out := map[string]int{}
	for _, n := range nodes {
		out[n.Ref.ID] = n.Depth
	}
	return out
}

func linkIDs(links []projections.LinkView) []string {
	var out []string
	for _, l := range links {
		out = append(out, l.LinkID)
	}
	return out
}

func TestRetaliationGraph(t *testing.T) {
	p := dispute(t)
	cases := []struct {
		name  string
		depth int
		asOf  projections.AsOf
		nodes map[string]int
		edges []string
	}{
		{"the root alone at depth 0", 0, projections.AsOf{}, map[string]int{"US-AC": 0}, nil},
		{"what answered it and what it answered", 1, projections.AsOf{},
			map[string]int{"US-AC": 0, "CN-MU": 1, "US-UP": 1}, []string{"L1", "L4"}},
		{"depth 2 closes the cycle once", 2, projections.AsOf{},
			map[string]int{"US-AC": 0, "CN-MU": 1, "US-UP": 1}, []string{"L1", "L4", "L2"}},
		{"the retracted link stood before its retraction", 1, projections.AsOf{Position: 8},
			map[string]int{"US-AC": 0, "CN-MU": 1, "CN-GA": 1, "US-UP": 1}, []string{"L1", "L3", "L4"}},
		{"links recorded later are not known yet", 3, projections.AsOf{Position: 4},
			map[string]int{"US-AC": 0, "CN-MU": 1}, []string{"L1"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, g, err := p.RetaliationGraph(measure("US-AC"), c.depth, c.asOf)
			if err != nil {
				t.Fatal(err)
			}
			want := c.asOf.Position
			if want == 0 {
				want = 10
			}
			if b.Position != want {
				t.Fatalf("basis %d, want %d", b.Position, want)
			}
			if got := refs(g.Nodes); !equalMaps(got, c.nodes) {
				t.Fatalf("nodes %v, want %v", got, c.nodes)
			}
			if got := linkIDs(g.Edges); !slices.Equal(got, c.edges) {
				t.Fatalf("edges %v, want %v", got, c.edges)
			}
		})
	}
	_, g, _ := p.RetaliationGraph(measure("US-AC"), 1, projections.AsOf{})
	l1 := g.Edges[0]
	if l1.AssertedBy != "press" || l1.Evidence != "widely reported as retaliation" || l1.Relation != "retaliates_against" || l1.KnownSince != 3 {
		t.Fatalf("L1 as reported: %+v", l1)
	}
	if g.Nodes[1].Label != "Micron procurement ban" || g.Nodes[1].Status != domain.StatusInForce || g.Nodes[1].Jurisdiction != "CN" {
		t.Fatalf("CN-MU node: %+v", g.Nodes[1])
	}
	if _, _, err := p.RetaliationGraph(measure("US-AC"), -1, projections.AsOf{}); !errors.Is(err, projections.ErrInvalidQuery) {
		t.Fatalf("negative depth: %v", err)
	}
	_, g, _ = p.RetaliationGraph(measure("NOPE"), 2, projections.AsOf{})
	if len(g.Nodes) != 1 || g.Nodes[0].Known {
		t.Fatalf("unknown root: %+v", g)
	}
}

func equalMaps(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestEscalationChain(t *testing.T) {
	p := dispute(t)
	steps := func(c projections.EscalationChain) []string {
		var out []string
		for _, s := range c.Steps {
			out = append(out, s.By+">"+s.Against+":"+s.Measure.Ref.ID)
		}
		return out
	}
	_, c, err := p.EscalationChain("US", "CN", date("2022-01-01"), date("2023-12-31"), projections.AsOf{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"US>CN:US-AC", "CN>US:CN-MU", "CN>US:CN-GA", "US>CN:US-UP"}
	if got := steps(c); !slices.Equal(got, want) {
		t.Fatalf("steps %v, want %v", got, want)
	}
	// US-AC is coordinated with US-UP (L4), a later step: a chain's link,
	// not what US-AC answered.
	if a := c.Steps[0].Answers; len(a) != 0 {
		t.Fatalf("US-AC answers %v, want none", linkIDs(a))
	}
	if a := c.Steps[1].Answers; len(a) != 1 || a[0].LinkID != "L1" {
		t.Fatalf("CN-MU answers %v, want L1", linkIDs(a))
	}
	if a := c.Steps[3].Answers; len(a) != 1 || a[0].LinkID != "L2" {
		t.Fatalf("US-UP answers %v, want L2", linkIDs(a))
	}
	if got := linkIDs(c.Links); !slices.Equal(got, []string{"L1", "L2", "L4"}) {
		t.Fatalf("links %v", got)
	}
	// The same question from the other side, over 2023, before L2 was known.
	_, c, _ = p.EscalationChain("CN", "US", date("2023-01-01"), date("2023-12-31"), projections.AsOf{Position: 6})
	if got := steps(c); !slices.Equal(got, []string{"CN>US:CN-MU", "CN>US:CN-GA", "US>CN:US-UP"}) {
		t.Fatalf("2023 at position 6: %v", got)
	}
	if got := linkIDs(c.Links); len(got) != 0 {
		t.Fatalf("links within the 2023 chain at position 6: %v", got)
	}
	for _, bad := range [][2]string{{"US", "US"}, {"", "CN"}} {
		if _, _, err := p.EscalationChain(bad[0], bad[1], domain.Date{}, domain.Date{}, projections.AsOf{}); !errors.Is(err, projections.ErrInvalidQuery) {
			t.Fatalf("%v: %v", bad, err)
		}
	}
}

// TestTimeline records a measure's events out of valid-time order, then a
// correction and a retraction, and reads its timeline on both axes.
func TestTimeline(t *testing.T) {
	p := dispute(t)
	ids := feed(t, p,
		domain.MeasureRevoked{MeasureID: "CN-MU", EffectiveOn: date("2024-06-01"), Sources: src},                                           // 11
		domain.MeasureSuspended{MeasureID: "CN-MU", SuspensionID: "s1", From: date("2023-11-01"), Until: date("2024-01-01"), Sources: src}, // 12
		domain.PartyDesignated{DesignationID: "D1", Party: domain.Party{ID: "P-MICRON", Name: "Micron", Jurisdiction: "US"}, // 13
			List: "Unreliable Entity List", ListAuthority: domain.Authority{ID: "CN-MOFCOM", Name: "MOFCOM", Jurisdiction: "CN"},
			EffectiveOn: date("2023-06-01"), Instrument: domain.Instrument{Title: "Notice"}, Sources: src},
	)
	feed(t, p, domain.RecordCorrected{CorrectionID: "c1", Record: measure("CN-MU"), EventID: ids[1], Field: "until", // 14
		OldValue: []byte(`"2024-01-01"`), NewValue: []byte(`"2024-02-01"`), Reason: "misread", Sources: src},
		domain.RecordRetracted{RetractionID: "r1", Record: measure("CN-MU"), EventID: ids[0], Reason: "not revoked", Sources: src}) // 15

	positions := func(page projections.Page[projections.TimelineEntry]) []uint64 {
		var out []uint64
		for _, e := range page.Items {
			out = append(out, e.Position)
		}
		return out
	}
	subject := projections.Subject{Ref: measure("CN-MU")}
	_, page, err := p.Timeline(subject, projections.AsOf{}, projections.ByRecorded, projections.PageRequest{Count: true})
	if err != nil {
		t.Fatal(err)
	}
	// Its own events and the links from or to it.
	if got, want := positions(page), []uint64{2, 3, 7, 11, 12, 14, 15}; !slices.Equal(got, want) {
		t.Fatalf("recorded order %v, want %v", got, want)
	}
	if page.Total != 7 {
		t.Fatalf("total %d", page.Total)
	}
	rev := page.Items[3]
	if rev.Type != domain.TypeMeasureRevoked || rev.ValidFrom != date("2024-06-01") || rev.RetractedAt != 15 {
		t.Fatalf("revocation entry %+v", rev)
	}
	// Dated as corrected; the event keeps the date as recorded.
	if s := page.Items[4]; s.ValidUntil != date("2024-02-01") || !slices.Equal(s.CorrectedAt, []uint64{14}) ||
		s.Event.(domain.MeasureSuspended).Until != date("2024-01-01") {
		t.Fatalf("suspension entry: until %s, corrected at %v", s.ValidUntil, s.CorrectedAt)
	}
	// By valid time the suspension (2023-11-01) comes before the
	// revocation (2024-06-01), though recorded after it; links and
	// knowledge sort by the date they were recorded (2024-03-01).
	_, page, _ = p.Timeline(subject, projections.AsOf{}, projections.ByValid, projections.PageRequest{})
	if got, want := positions(page), []uint64{2, 12, 3, 7, 14, 15, 11}; !slices.Equal(got, want) {
		t.Fatalf("valid order %v, want %v", got, want)
	}
	// At an earlier position, later events are not known, nor is the
	// correction of the suspension.
	_, page, _ = p.Timeline(subject, projections.AsOf{Position: 12}, projections.ByRecorded, projections.PageRequest{})
	if got := positions(page); !slices.Equal(got, []uint64{2, 3, 7, 11, 12}) {
		t.Fatalf("at 12: %v", got)
	}
	if s := page.Items[4]; len(s.CorrectedAt) != 0 || s.ValidUntil != date("2024-01-01") || page.Items[3].RetractedAt != 0 {
		t.Fatalf("knowledge recorded later is visible at 12: %+v", page.Items[3:])
	}
	// A page.
	_, page, _ = p.Timeline(subject, projections.AsOf{}, projections.ByRecorded, projections.PageRequest{Offset: 2, Limit: 2})
	if got := positions(page); !slices.Equal(got, []uint64{7, 11}) || !page.More {
		t.Fatalf("page from 2: %v, more %v", got, page.More)
	}
	// A party: the designation naming it.
	_, page, _ = p.Timeline(projections.Subject{PartyID: "P-MICRON"}, projections.AsOf{}, projections.ByRecorded, projections.PageRequest{})
	if got := positions(page); !slices.Equal(got, []uint64{13}) {
		t.Fatalf("party: %v", got)
	}
	// A jurisdiction: GB's measure only.
	_, page, _ = p.Timeline(projections.Subject{Jurisdiction: "GB"}, projections.AsOf{}, projections.ByRecorded, projections.PageRequest{})
	if got := positions(page); !slices.Equal(got, []uint64{10}) {
		t.Fatalf("GB: %v", got)
	}
	if _, _, err := p.Timeline(projections.Subject{}, projections.AsOf{}, projections.ByRecorded, projections.PageRequest{}); !errors.Is(err, projections.ErrInvalidQuery) {
		t.Fatalf("empty subject: %v", err)
	}
}

func TestDiff(t *testing.T) {
	p := dispute(t)
	ids := feed(t, p,
		domain.MeasureSuspended{MeasureID: "CN-MU", SuspensionID: "s1", From: date("2023-11-01"), Sources: src}, // 11
		domain.MeasureRevoked{MeasureID: "US-AC", EffectiveOn: date("2023-12-01"), Sources: src},                // 12
		domain.MeasureAmended{MeasureID: "CN-GA", AmendmentID: "a1", EffectiveOn: date("2023-09-01"), Summary: "more items", // 13
			Items: []domain.Item{{Description: "Germanium"}}, Instrument: domain.Instrument{Title: "Notice"}, Sources: src},
	)
	_ = ids
	feed(t, p,
		domain.RecordRetracted{RetractionID: "r1", Record: measure("GB-X"), Reason: "not a measure", Sources: src}, // 14
	)
	what := func(changes []projections.Change) map[string]string {
		out := map[string]string{}
		for _, c := range changes {
			out[c.Record.Ref.ID] = strings.Join(c.What, ",")
		}
		return out
	}
	// Valid time only: from mid-2023 to 2024, all known.
	_, _, changes, err := p.Diff(projections.AsOf{ValidAt: date("2023-06-01")}, projections.AsOf{ValidAt: date("2024-01-01")})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"CN-MU": "suspended",
		"US-AC": "ended",
		"CN-GA": "came_into_force,amended",
		"US-UP": "came_into_force",
	}
	if got := what(changes); !equalStrings(got, want) {
		t.Fatalf("valid-time diff:\n got %v\nwant %v", got, want)
	}
	// Recorded time only, at one valid time: what the ledger learned
	// between positions 10 and 14 about 2024-01-01.
	_, _, changes, _ = p.Diff(projections.AsOf{ValidAt: date("2024-01-01"), Position: 10}, projections.AsOf{ValidAt: date("2024-01-01")})
	want = map[string]string{
		"CN-MU": "suspended",
		"US-AC": "ended",
		"CN-GA": "amended",
		"GB-X":  "retracted",
	}
	if got := what(changes); !equalStrings(got, want) {
		t.Fatalf("recorded-time diff:\n got %v\nwant %v", got, want)
	}
	// Both axes at once, including links recorded in between.
	_, _, changes, _ = p.Diff(projections.AsOf{ValidAt: date("2022-01-01"), Position: 2}, projections.AsOf{ValidAt: date("2023-08-01"), Position: 5})
	want = map[string]string{
		"US-AC": "came_into_force",
		"CN-MU": "came_into_force",
		"CN-GA": "recorded,came_into_force",
		"L1":    "recorded,linked",
		"L3":    "recorded,linked",
	}
	if got := what(changes); !equalStrings(got, want) {
		t.Fatalf("two-axis diff:\n got %v\nwant %v", got, want)
	}
}

// TestDiffDesignation: a designation is amended when other amendments are
// in effect, not when a correction changes its terms.
func TestDiffDesignation(t *testing.T) {
	p := projections.New(projections.Options{Now: func() time.Time { return t0 }})
	ids := feed(t, p,
		domain.PartyDesignated{DesignationID: "D1", Party: domain.Party{ID: "P-X", Name: "X Corp", Jurisdiction: "CN"}, // 1
			List: "Entity List", ListAuthority: domain.Authority{ID: "US-BIS", Name: "BIS", Jurisdiction: "US"},
			ReviewPolicy: "case by case", EffectiveOn: date("2023-01-01"), Instrument: domain.Instrument{Title: "Rule"}, Sources: src},
		domain.DesignationAmended{DesignationID: "D1", AmendmentID: "a1", EffectiveOn: date("2023-06-01"), ReviewPolicy: "case by case", // 2
			Summary: "policy restated", Instrument: domain.Instrument{Title: "Rule"}, Sources: src},
		domain.PartyDelisted{DesignationID: "D1", EffectiveOn: date("2023-09-01"), Instrument: domain.Instrument{Title: "Rule"}, Sources: src}, // 3
	)
	feed(t, p, domain.RecordCorrected{CorrectionID: "c1", Record: domain.Ref{Kind: domain.KindDesignation, ID: "D1"}, EventID: ids[0], // 4
		Field: "reviewPolicy", OldValue: []byte(`"case by case"`), NewValue: []byte(`"presumption of denial"`), Reason: "misread", Sources: src})
	what := func(a, b projections.AsOf) string {
		t.Helper()
		_, _, changes, err := p.Diff(a, b)
		if err != nil || len(changes) > 1 {
			t.Fatalf("%+v to %+v: %v, %v", a, b, changes, err)
		}
		if len(changes) == 0 {
			return "no change"
		}
		return strings.Join(changes[0].What, ",")
	}
	for _, c := range []struct {
		name string
		a, b projections.AsOf
		want string
	}{
		{"a restating amendment", projections.AsOf{ValidAt: date("2023-03-01"), Position: 3}, projections.AsOf{ValidAt: date("2023-07-01"), Position: 3}, "amended"},
		{"an amendment and the delisting", projections.AsOf{ValidAt: date("2023-03-01")}, projections.AsOf{ValidAt: date("2023-10-01")}, "ended,amended"},
		{"a corrected term", projections.AsOf{ValidAt: date("2023-03-01"), Position: 3}, projections.AsOf{ValidAt: date("2023-03-01")}, "corrected"},
	} {
		if got := what(c.a, c.b); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

// TestDiffMeetings: a meeting retracted and another held in between are
// other meetings, though as many.
func TestDiffMeetings(t *testing.T) {
	p := projections.New(projections.Options{Now: func() time.Time { return t0 }})
	meeting := func(id, on string) domain.MeetingHeld {
		return domain.MeetingHeld{DialogueID: "G1", MeetingID: id, Title: "Round " + id, HeldOn: date(on), Place: "Geneva",
			Participants: []domain.Participant{{Name: "A"}}, Outcomes: []string{"talks"}, Sources: src}
	}
	ids := feed(t, p,
		domain.DialogueEstablished{DialogueID: "G1", Name: "Working group", Level: "working", // 1
			Parties:       []domain.Party{{ID: "US-GOV", Name: "US", Jurisdiction: "US"}, {ID: "CN-GOV", Name: "CN", Jurisdiction: "CN"}},
			EstablishedOn: date("2023-01-01"), Sources: src},
		meeting("m1", "2023-02-01"), // 2
	)
	feed(t, p,
		domain.RecordRetracted{RetractionID: "r1", Record: domain.Ref{Kind: domain.KindDialogue, ID: "G1"}, EventID: ids[1], Reason: "not held", Sources: src}, // 3
		meeting("m2", "2023-03-01"), // 4
	)
	_, _, changes, err := p.Diff(projections.AsOf{ValidAt: date("2023-04-01"), Position: 2}, projections.AsOf{ValidAt: date("2023-04-01")})
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 1 || !slices.Equal(changes[0].What, []string{projections.ChangeMeeting}) {
		t.Fatalf("changes %+v, want G1's meetings", changes)
	}
}

func equalStrings(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// TestAuditTrail corrects and retracts events of a measure and reads its
// trail before and after.
func TestAuditTrail(t *testing.T) {
	p := projections.New(projections.Options{Now: func() time.Time { return t0 }})
	cited := []domain.Source{{SourceID: "SRC-1", Title: "Federal Register notice", Publisher: "Federal Register", Official: true}}
	m := chips()
	m.Sources = cited
	ids := feed(t, p, m, // 1
		domain.MeasureSuspended{MeasureID: "US-AC", SuspensionID: "s1", From: date("2023-01-01"), Sources: src}, // 2
	)
	feed(t, p,
		domain.RecordCorrected{CorrectionID: "c1", Record: measure("US-AC"), EventID: ids[0], Field: "title", // 3
			OldValue: []byte(`"Advanced computing rule"`), NewValue: []byte(`"Advanced computing and semiconductor rule"`), Reason: "full title", Sources: src},
		domain.RecordRetracted{RetractionID: "r1", Record: measure("US-AC"), EventID: ids[1], Reason: "never suspended", Sources: src}, // 4
	)
	_, trail, err := p.AuditTrail(measure("US-AC"), projections.AsOf{})
	if err != nil {
		t.Fatal(err)
	}
	if len(trail) != 4 {
		t.Fatalf("%d entries, want 4", len(trail))
	}
	first := trail[0]
	if first.Actor != "tester" || first.Command != "Test" || first.Type != domain.TypeMeasureAnnounced || first.Position != 1 ||
		!first.RecordedAt.Equal(t0.Add(time.Second)) || len(first.Sources) != 1 || first.Sources[0].SourceID != "SRC-1" {
		t.Fatalf("first entry %+v", first)
	}
	if c := first.CorrectedBy; len(c) != 1 || c[0].Position != 3 || c[0].Field != "title" {
		t.Fatalf("announcement corrected by %+v", c)
	}
	if c := trail[1].CorrectedBy; len(c) != 1 || c[0].Position != 4 || c[0].Type != domain.TypeRecordRetracted {
		t.Fatalf("suspension corrected by %+v", c)
	}
	// Before the correction, the trail ends at 2 and nothing corrected it.
	_, trail, _ = p.AuditTrail(measure("US-AC"), projections.AsOf{Position: 2})
	if len(trail) != 2 || len(trail[0].CorrectedBy) != 0 || len(trail[1].CorrectedBy) != 0 {
		t.Fatalf("at position 2: %+v", trail)
	}
	// The views follow: the title is corrected from 3 on, the suspension
	// gone from 4 on.
	for _, c := range []struct {
		pos    uint64
		title  string
		status string
	}{{2, "Advanced computing rule", domain.StatusSuspended}, {3, "Advanced computing and semiconductor rule", domain.StatusSuspended}, {4, "Advanced computing and semiconductor rule", domain.StatusInForce}} {
		_, v, ok, err := p.Measure("US-AC", projections.AsOf{ValidAt: date("2023-06-01"), Position: c.pos})
		if err != nil || !ok || v.Announced.Title != c.title || v.Status != c.status {
			t.Fatalf("at %d: %q %s (%v), want %q %s", c.pos, v.Announced.Title, v.Status, err, c.title, c.status)
		}
	}
	// The text filter finds the corrected title only from the correction on.
	for _, c := range []struct {
		pos  uint64
		want int
	}{{2, 0}, {3, 1}} {
		_, views, _ := p.Measures(projections.AsOf{ValidAt: date("2023-06-01"), Position: c.pos}, projections.MeasureFilter{Text: "semiconductor rule"})
		if len(views) != c.want {
			t.Fatalf("text filter at %d: %d measures, want %d", c.pos, len(views), c.want)
		}
	}
	_, trail, _ = p.AuditTrail(measure("NOPE"), projections.AsOf{})
	if len(trail) != 0 {
		t.Fatalf("unknown record: %v", trail)
	}
}

// TestMeasurePage pages through measures with a filter, on both axes.
func TestMeasurePage(t *testing.T) {
	p := dispute(t)
	req := projections.PageRequest{Limit: 2, Count: true}
	_, page, err := p.MeasurePage(projections.AsOf{ValidAt: date("2024-01-01")}, projections.MeasureFilter{Implementing: "CN"}, req)
	if err != nil {
		t.Fatal(err)
	}
	ids := func(pg projections.Page[projections.MeasureView]) []string {
		var out []string
		for _, v := range pg.Items {
			out = append(out, v.Announced.MeasureID)
		}
		return out
	}
	if got := ids(page); !slices.Equal(got, []string{"CN-MU", "CN-GA"}) || page.More || page.Total != 2 {
		t.Fatalf("CN: %v more %v total %d", got, page.More, page.Total)
	}
	_, page, _ = p.MeasurePage(projections.AsOf{ValidAt: date("2024-01-01")}, projections.MeasureFilter{Affected: "CN"}, req)
	if got := ids(page); !slices.Equal(got, []string{"US-AC", "GB-X"}) || !page.More || page.Total != 3 {
		t.Fatalf("affecting CN, first page: %v more %v total %d", got, page.More, page.Total)
	}
	req.Offset = 2
	_, page, _ = p.MeasurePage(projections.AsOf{ValidAt: date("2024-01-01")}, projections.MeasureFilter{Affected: "CN"}, req)
	if got := ids(page); !slices.Equal(got, []string{"US-UP"}) || page.More {
		t.Fatalf("affecting CN, second page: %v more %v", got, page.More)
	}
	// In force on 2023-06-01 as known at position 2: only US-AC and CN-MU.
	_, page, _ = p.MeasurePage(projections.AsOf{ValidAt: date("2023-06-01"), Position: 2},
		projections.MeasureFilter{Status: []string{domain.StatusInForce}}, projections.PageRequest{Count: true})
	if got := ids(page); !slices.Equal(got, []string{"US-AC", "CN-MU"}) {
		t.Fatalf("in force at 2: %v", got)
	}
	_, page, _ = p.MeasurePage(projections.AsOf{}, projections.MeasureFilter{Item: "chi", Text: "rule"}, projections.PageRequest{})
	if got := ids(page); !slices.Equal(got, []string{"US-AC", "US-UP"}) {
		t.Fatalf("item and text: %v", got)
	}
}

// TestReviewStates follows a transaction's reviews along valid time.
func TestReviewStates(t *testing.T) {
	p := projections.New(projections.Options{Now: func() time.Time { return t0 }})
	cfius := domain.Authority{ID: "US-CFIUS", Name: "CFIUS", Jurisdiction: "US"}
	samr := domain.Authority{ID: "CN-SAMR", Name: "SAMR", Jurisdiction: "CN"}
	feed(t, p,
		domain.TransactionAnnounced{TransactionID: "T1", Title: "Intel-Tower", Acquirers: []domain.Party{{ID: "INTEL", Name: "Intel"}},
			Target: domain.Party{ID: "TOWER", Name: "Tower"}, AnnouncedOn: date("2022-02-15"), OutsideDate: date("2023-08-15"), Sources: src},
		domain.ReviewOpened{TransactionID: "T1", ReviewID: "samr", Authority: samr, Regime: "merger control", Trigger: "notification", OpenedOn: date("2022-04-01"), Sources: src},
		domain.ReviewConcluded{TransactionID: "T1", ReviewID: "cfius", Authority: cfius, Regime: "CFIUS", Outcome: domain.OutcomeCleared, ConcludedOn: date("2022-06-01"), Summary: "cleared", Sources: src},
		domain.ReviewConcluded{TransactionID: "T1", ReviewID: "samr", Authority: samr, Regime: "merger control", Outcome: domain.OutcomeNoDecisionByOutsideDate, ConcludedOn: date("2023-08-15"), Summary: "no decision", Sources: src},
		domain.TransactionTerminated{TransactionID: "T1", TerminatedOn: date("2023-08-16"), Reason: "no approval", Sources: src},
	)
	phases := func(v projections.TransactionView) []string {
		var out []string
		for _, r := range v.ReviewStates {
			out = append(out, r.ReviewID+":"+r.Phase+":"+r.Outcome)
		}
		return out
	}
	for _, c := range []struct {
		on     string
		status string
		phases []string
	}{
		{"2022-03-01", projections.TransactionPending, nil},
		{"2022-05-01", projections.TransactionUnderReview, []string{"samr:open:"}},
		{"2022-07-01", domain.OutcomeCleared, []string{"samr:open:", "cfius:concluded:cleared"}},
		{"2023-08-15", domain.OutcomeNoDecisionByOutsideDate, []string{"samr:concluded:no_decision_by_outside_date", "cfius:concluded:cleared"}},
		{"2023-09-01", projections.TransactionTerminated, []string{"samr:concluded:no_decision_by_outside_date", "cfius:concluded:cleared"}},
	} {
		_, v, ok, err := p.Transaction("T1", projections.AsOf{ValidAt: date(c.on)})
		if err != nil || !ok || v.Status != c.status || !slices.Equal(phases(v), c.phases) {
			t.Fatalf("on %s: %s %v (%v), want %s %v", c.on, v.Status, phases(v), err, c.status, c.phases)
		}
	}
	// Before the review by SAMR was recorded, it is not known at all.
	_, v, _, _ := p.Transaction("T1", projections.AsOf{ValidAt: date("2022-07-01"), Position: 1})
	if len(v.ReviewStates) != 0 || v.Status != projections.TransactionPending {
		t.Fatalf("at position 1: %s %v", v.Status, phases(v))
	}
}
