package projections_test

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/projections"
	"github.com/google/uuid"
)

var t0 = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)

func date(s string) domain.Date {
	d, err := domain.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func measure(id string) domain.Ref { return domain.Ref{Kind: domain.KindMeasure, ID: id} }

var src = []domain.Source{{Title: "Notice", Publisher: "Gazette", Official: true}}

func gallium() domain.MeasureAnnounced {
	return domain.MeasureAnnounced{
		MeasureID: "CN-GA", Title: "Gallium export licensing", MeasureType: "export_control",
		Authority:    domain.Authority{ID: "CN-MOFCOM", Name: "Ministry of Commerce", Jurisdiction: "CN"},
		Implementing: "CN", CountryNeutral: true,
		Items:      []domain.Item{{Description: "Gallium metal"}, {Code: "GaN", Description: "Gallium nitride"}},
		Provisions: []domain.Provision{{ID: "licence", Title: "Export licence", EffectiveOn: date("2023-08-01")}},
		Instrument: domain.Instrument{Title: "Announcement No. 23 [2023]"}, AnnouncedOn: date("2023-07-03"), Sources: src,
	}
}

func chips() domain.MeasureAnnounced {
	return domain.MeasureAnnounced{
		MeasureID: "US-AC", Title: "Advanced computing rule", MeasureType: "export_control",
		Authority:    domain.Authority{ID: "US-BIS", Name: "BIS", Jurisdiction: "US"},
		Implementing: "US", Affected: []domain.AffectedJurisdiction{{Jurisdiction: "CN", How: "targeted"}},
		Items: []domain.Item{{Scheme: "ECCN", Code: "3A090", Description: "Advanced integrated circuits"}},
		Provisions: []domain.Provision{
			{ID: "ics", Title: "IC licence requirement", EffectiveOn: date("2022-10-07")},
			{ID: "us-persons", Title: "US persons support", EffectiveOn: date("2022-10-12")},
		},
		Instrument: domain.Instrument{Title: "87 FR 62186"}, AnnouncedOn: date("2022-10-07"), Sources: src,
	}
}

// feed applies events to p as the store would deliver them, one second
// apart, each on its record's stream, and returns their IDs.
func feed(tb testing.TB, p *projections.Projection, evs ...domain.Event) []string {
	tb.Helper()
	var ids []string
	for _, ev := range evs {
		data, err := domain.Encode(ev)
		if err != nil {
			tb.Fatal(err)
		}
		pos := p.Head() + 1
		meta, _ := json.Marshal(domain.Metadata{Actor: "tester", Command: "Test"})
		id := uuid.Must(uuid.NewV7())
		rec := eventstore.Event{ID: id, Type: ev.EventType(), Stream: ev.Subject().Stream(), Data: data, Metadata: meta,
			Version: 1, Position: pos, RecordedAt: t0.Add(time.Duration(pos) * time.Second)}
		if err := p.Apply(rec); err != nil {
			tb.Fatal(err)
		}
		ids = append(ids, id.String())
	}
	return ids
}

func statuses(tb testing.TB, p *projections.Projection, asOf projections.AsOf, f projections.MeasureFilter) map[string]string {
	tb.Helper()
	_, views, err := p.Measures(asOf, f)
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]string{}
	for _, v := range views {
		out[v.Announced.MeasureID] = v.Status
	}
	return out
}

func TestMeasuresAtBothTimeAxes(t *testing.T) {
	p := projections.New(projections.Options{Now: func() time.Time { return t0 }})
	feed(t, p, gallium(), chips(),
		domain.MeasureSuspended{MeasureID: "CN-GA", SuspensionID: "truce", From: date("2023-11-09"), Until: date("2024-11-27"), Sources: src})

	inForce := projections.MeasureFilter{Status: []string{domain.StatusInForce, domain.StatusPartlySuspended}}
	cases := []struct {
		name string
		asOf projections.AsOf
		f    projections.MeasureFilter
		want map[string]string
	}{
		{"gallium announced, not effective", projections.AsOf{ValidAt: date("2023-07-15")}, projections.MeasureFilter{Item: "GALLIUM"},
			map[string]string{"CN-GA": domain.StatusAnnounced}},
		{"not in force before effective date", projections.AsOf{ValidAt: date("2023-07-15")}, projections.MeasureFilter{Item: "gallium", Status: inForce.Status},
			map[string]string{}},
		{"in force after", projections.AsOf{ValidAt: date("2023-08-15")}, projections.MeasureFilter{Item: "gallium", Status: inForce.Status},
			map[string]string{"CN-GA": domain.StatusInForce}},
		{"suspended during the truce", projections.AsOf{ValidAt: date("2024-01-01")}, projections.MeasureFilter{},
			map[string]string{"CN-GA": domain.StatusSuspended, "US-AC": domain.StatusInForce}},
		{"suspension not yet known at position 2", projections.AsOf{ValidAt: date("2024-01-01"), Position: 2}, projections.MeasureFilter{},
			map[string]string{"CN-GA": domain.StatusInForce, "US-AC": domain.StatusInForce}},
		{"known at a time maps to the positions recorded by then", projections.AsOf{ValidAt: date("2024-01-01"), KnownAt: t0.Add(1500 * time.Millisecond)}, projections.MeasureFilter{},
			map[string]string{"CN-GA": domain.StatusInForce}},
		{"nothing known before the first event", projections.AsOf{ValidAt: date("2024-01-01"), KnownAt: t0}, projections.MeasureFilter{},
			map[string]string{}},
		{"before anything was announced", projections.AsOf{ValidAt: date("2022-01-01")}, projections.MeasureFilter{},
			map[string]string{}},
		{"affected jurisdiction", projections.AsOf{ValidAt: date("2024-01-01")}, projections.MeasureFilter{Jurisdiction: "CN", Implementing: "US"},
			map[string]string{"US-AC": domain.StatusInForce}},
		{"item code", projections.AsOf{ValidAt: date("2024-01-01")}, projections.MeasureFilter{Item: "3a090"},
			map[string]string{"US-AC": domain.StatusInForce}},
		{"free text", projections.AsOf{ValidAt: date("2024-01-01")}, projections.MeasureFilter{Text: "announcement no. 23"},
			map[string]string{"CN-GA": domain.StatusSuspended}},
		{"default valid time is today", projections.AsOf{}, projections.MeasureFilter{AuthorityID: "CN-MOFCOM"},
			map[string]string{"CN-GA": domain.StatusSuspended}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := statuses(t, p, c.asOf, c.f)
			if len(got) != len(c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
			for id, s := range c.want {
				if got[id] != s {
					t.Fatalf("got %v, want %v", got, c.want)
				}
			}
		})
	}
}

// TestRetroactiveProvisionDate lists a measure whose provision is dated,
// after its announcement, to a day before it: from that event on it is
// found on those days, as the domain says, and counted; before, it is not.
func TestRetroactiveProvisionDate(t *testing.T) {
	p := projections.New(projections.Options{Now: func() time.Time { return t0 }})
	late := gallium()
	late.Provisions[0].EffectiveOn = domain.Date{}
	dated := domain.ProvisionEffective{MeasureID: "CN-GA", ProvisionID: "licence", EffectiveOn: date("2023-06-01"),
		Instrument: domain.Instrument{Title: "Announcement No. 24 [2023]"}, Sources: src}
	feed(t, p, late, chips(), dated)
	var m domain.Measure
	m.Apply(late)
	for _, c := range []struct {
		position uint64
		on       string
	}{{2, "2023-05-15"}, {2, "2023-06-15"}, {2, "2023-07-15"}, {3, "2023-05-15"}, {3, "2023-06-15"}, {3, "2023-07-15"}} {
		if c.position == 3 {
			m.Apply(dated)
		}
		want, _ := m.StatusAt(date(c.on))
		asOf := projections.AsOf{ValidAt: date(c.on), Position: c.position}
		got := statuses(t, p, asOf, projections.MeasureFilter{Implementing: "CN"})
		if want == domain.StatusNotYetAnnounced && len(got) != 0 || want != domain.StatusNotYetAnnounced && got["CN-GA"] != want {
			t.Fatalf("on %s at position %d: listed %v, the domain says %s", c.on, c.position, got, want)
		}
		_, page, err := p.MeasurePage(asOf, projections.MeasureFilter{Jurisdiction: "CN", Status: []string{domain.StatusInForce}},
			projections.PageRequest{Count: true})
		if err != nil {
			t.Fatal(err)
		}
		inForce := 0
		if want == domain.StatusInForce {
			inForce = 1
		}
		if ids := len(page.Items); page.Total != inForce+1 || ids != page.Total {
			t.Fatalf("on %s at position %d: %d in force with CN, total %d; want %d (US-AC and CN-GA %s)", c.on, c.position, ids, page.Total, inForce+1, want)
		}
	}
}

func TestBasisIsReportedAndRepeatable(t *testing.T) {
	p := projections.New(projections.Options{Now: func() time.Time { return t0 }})
	feed(t, p, gallium())
	b, _, err := p.Measures(projections.AsOf{}, projections.MeasureFilter{})
	if err != nil || b.Position != 1 || b.ValidAt != date("2024-03-01") {
		t.Fatalf("basis = %+v, %v; want position 1, valid 2024-03-01", b, err)
	}
	feed(t, p, domain.MeasureRevoked{MeasureID: "CN-GA", EffectiveOn: date("2024-01-01"), Sources: src})
	_, v, ok, _ := p.Measure("CN-GA", projections.AsOf{Position: b.Position, ValidAt: b.ValidAt})
	if !ok || v.Status != domain.StatusInForce || v.KnownSince != 1 {
		t.Fatalf("repeating at the old basis: ok=%v status=%s knownSince=%d; want in_force known since 1", ok, v.Status, v.KnownSince)
	}
	_, v, _, _ = p.Measure("CN-GA", projections.AsOf{})
	if v.Status != domain.StatusRevoked || v.Version != 2 {
		t.Fatalf("latest: status=%s version=%d; want revoked at version 2", v.Status, v.Version)
	}
	if _, _, err := p.Measures(projections.AsOf{Position: 3}, projections.MeasureFilter{}); !errors.Is(err, projections.ErrBeyondHead) {
		t.Fatalf("position beyond head: err = %v", err)
	}
	if _, _, err := p.Measures(projections.AsOf{Position: 1, KnownAt: t0}, projections.MeasureFilter{}); !errors.Is(err, projections.ErrBadAsOf) {
		t.Fatalf("both position and knownAt: err = %v", err)
	}
	if h := p.History(domain.StreamName(domain.KindMeasure, "CN-GA"), projections.Basis{Position: 1}); len(h) != 1 || h[0].Actor != "tester" {
		t.Fatalf("history at position 1 = %+v", h)
	}
}

func TestApplyRefusesGapsAndSkipsRepeats(t *testing.T) {
	p := projections.New(projections.Options{})
	feed(t, p, gallium())
	data, _ := domain.Encode(chips())
	repeat := eventstore.Event{ID: uuid.New(), Type: domain.TypeMeasureAnnounced, Data: data, Position: 1, RecordedAt: t0}
	if err := p.Apply(repeat); err != nil || p.Head() != 1 {
		t.Fatalf("repeat: err=%v head=%d", err, p.Head())
	}
	gap := repeat
	gap.Position = 3
	if err := p.Apply(gap); err == nil {
		t.Fatal("an event after a gap was applied")
	}
	bad := repeat
	bad.Position, bad.Data = 2, []byte(`{"measureId": 7}`)
	if err := p.Apply(bad); err == nil || p.Head() != 1 {
		t.Fatalf("undecodable event: err=%v head=%d", err, p.Head())
	}
}

// TestRunFollowsTheStore feeds the projection from the real embedded store,
// and checks that a rebuild from position zero gives the same answers as
// the incremental build.
func TestRunFollowsTheStore(t *testing.T) {
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	svc := ledger.New(store, ledger.Options{})
	live := projections.New(projections.Options{})
	done := make(chan error, 1)
	go func() { done <- projections.Run(ctx, store, live, slog.Default()) }()

	req := ledger.Request{Actor: "tester"}
	if _, err := svc.Do(ctx, req, domain.AnnounceMeasure(gallium())); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Do(ctx, req, domain.AnnounceMeasure(chips())); err != nil {
		t.Fatal(err)
	}
	res, err := svc.Do(ctx, req, domain.LinkRecords{LinkID: "l1", From: measure("CN-GA"), To: measure("US-AC"),
		Relation: "responds_to", AssertedBy: "press", Evidence: "reported", Sources: src})
	if err != nil {
		t.Fatal(err)
	}
	wait, cancelWait := context.WithTimeout(ctx, 10*time.Second)
	defer cancelWait()
	if err := live.WaitFor(wait, res.Position); err != nil {
		t.Fatal(err)
	}
	links := live.Links(projections.Basis{Position: res.Position}, domain.Ref{}, measure("US-AC"))
	if len(links) != 1 || links[0].From != measure("CN-GA") || links[0].KnownSince != 3 {
		t.Fatalf("links to US-AC = %+v", links)
	}
	if l := live.Links(projections.Basis{Position: 2}, domain.Ref{}, measure("US-AC")); len(l) != 0 {
		t.Fatalf("link visible before it was recorded: %+v", l)
	}

	rebuilt := projections.New(projections.Options{})
	evs, err := store.ReadAll(ctx, 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if err := rebuilt.Apply(ev); err != nil {
			t.Fatal(err)
		}
	}
	for _, validAt := range []string{"2022-10-10", "2023-07-15", "2023-08-15"} {
		a := projections.AsOf{ValidAt: date(validAt)}
		_, x, _ := live.Measures(a, projections.MeasureFilter{})
		_, y, _ := rebuilt.Measures(a, projections.MeasureFilter{})
		xj, _ := json.Marshal(x)
		yj, _ := json.Marshal(y)
		if string(xj) != string(yj) {
			t.Fatalf("at %s the rebuild differs:\n%s\n%s", validAt, xj, yj)
		}
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run returned %v, want context.Canceled", err)
	}
}

// TestCorrectionsApplyFromTheirPosition records a measure with a wrong
// effective date, corrects it, and asks at both sides of the correction.
func TestCorrectionsApplyFromTheirPosition(t *testing.T) {
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	ctx := context.Background()
	svc := ledger.New(store, ledger.Options{})
	req := ledger.Request{Actor: "tester"}
	wrong := gallium()
	wrong.Provisions[0].EffectiveOn = date("2023-09-01")
	if _, err := svc.Do(ctx, req, domain.AnnounceMeasure(wrong)); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Do(ctx, req, domain.AnnounceMeasure(chips())); err != nil {
		t.Fatal(err)
	}
	evs, _ := store.ReadStream(ctx, domain.StreamName(domain.KindMeasure, "CN-GA"), 0)
	corr := domain.CorrectRecord{CorrectionID: "c1", Record: measure("CN-GA"), EventID: evs[0].ID.String(),
		Field: "provisions[0].effectiveOn", OldValue: []byte(`"2023-09-01"`), NewValue: []byte(`"2023-08-01"`),
		Reason: "misread the announcement", Sources: src}
	res, err := svc.Do(ctx, req, corr)
	if err != nil {
		t.Fatal(err)
	}
	p := projections.New(projections.Options{})
	all, _ := store.ReadAll(ctx, 0, 100)
	for _, ev := range all {
		if err := p.Apply(ev); err != nil {
			t.Fatal(err)
		}
	}
	aug := date("2023-08-15")
	for _, c := range []struct {
		position uint64
		want     string
	}{{2, domain.StatusAnnounced}, {res.Position, domain.StatusInForce}} {
		_, v, ok, err := p.Measure("CN-GA", projections.AsOf{ValidAt: aug, Position: c.position})
		if err != nil || !ok || v.Status != c.want {
			t.Fatalf("at position %d on %s: status %q (%v), want %q", c.position, aug, v.Status, err, c.want)
		}
	}
	_, v, _, _ := p.Measure("CN-GA", projections.AsOf{ValidAt: aug})
	if len(v.Corrections) != 1 || v.Version != 2 || v.KnownSince != res.Position {
		t.Fatalf("corrected measure: %d corrections, version %d, known since %d", len(v.Corrections), v.Version, v.KnownSince)
	}
	// A stale correction (the old value no longer holds) is refused.
	corr.CorrectionID = "c2"
	if _, err := svc.Do(ctx, req, corr); !errors.Is(err, domain.ErrConflict) {
		t.Fatalf("stale correction: %v", err)
	}
	// Retracting the record removes it from lists from then on.
	if _, err := svc.Do(ctx, req, domain.RetractRecord{RetractionID: "r1", Record: measure("US-AC"), Reason: "entered in error", Sources: src}); err != nil {
		t.Fatal(err)
	}
	all, _ = store.ReadAll(ctx, p.Head(), 100)
	for _, ev := range all {
		if err := p.Apply(ev); err != nil {
			t.Fatal(err)
		}
	}
	if got := statuses(t, p, projections.AsOf{ValidAt: aug}, projections.MeasureFilter{}); len(got) != 1 || got["US-AC"] != "" {
		t.Fatalf("after retraction: %v, want only CN-GA", got)
	}
	if got := statuses(t, p, projections.AsOf{ValidAt: aug, Position: res.Position}, projections.MeasureFilter{}); len(got) != 2 {
		t.Fatalf("before retraction: %v, want both", got)
	}
}
