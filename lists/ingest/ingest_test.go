package ingest_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/lists"
	"github.com/controlsledger/ledger/lists/ingest"
)

const testdata = "../../testdata"

// manifest is the OFAC snapshots' manifest with the entries column.
type manifestLine struct {
	ingest.ManifestEntry
	entries int
}

func ofacManifest(tb testing.TB) []manifestLine {
	tb.Helper()
	f, err := os.Open(filepath.Join(testdata, "ofac-sdn", "MANIFEST.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		tb.Fatal(err)
	}
	entries, err := ingest.ReadManifest(bytes.NewReader(data))
	if err != nil {
		tb.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")[1:]
	out := make([]manifestLine, len(entries))
	for i, e := range entries {
		n, err := strconv.Atoi(strings.Split(lines[i], "\t")[4])
		if err != nil {
			tb.Fatalf("manifest line %d: entries: %v", i+2, err)
		}
		out[i] = manifestLine{e, n}
	}
	return out
}

type env struct {
	store eventstore.Store
	svc   *ledger.Service
	in    *ingest.Ingester
}

func newEnv(tb testing.TB) *env {
	tb.Helper()
	store, err := sqlite.Open(filepath.Join(tb.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	svc := ledger.New(store, ledger.Options{})
	return &env{store: store, svc: svc, in: ingest.New(store, svc, ingest.Options{Actor: "test"})}
}

func (e *env) ingest(tb testing.TB, format lists.Format, path string, observed time.Time) (ingest.Summary, error) {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	return e.in.Ingest(context.Background(), ingest.File{Name: filepath.Base(path), Format: format, Body: f, ObservedAt: observed})
}

// eventsOf returns the events of type T recorded in store, in order.
func eventsOf[T domain.Event](tb testing.TB, store eventstore.Store) []T {
	tb.Helper()
	evs, err := store.ReadAll(context.Background(), 0, 1<<20)
	if err != nil {
		tb.Fatal(err)
	}
	var out []T
	for _, rec := range evs {
		ev, err := domain.Decode(rec.Type, rec.Data)
		if err != nil {
			tb.Fatalf("position %d: %v", rec.Position, err)
		}
		if x, ok := ev.(T); ok {
			out = append(out, x)
		}
	}
	return out
}

func (e *env) head(tb testing.TB) uint64 {
	tb.Helper()
	h, err := e.store.Head(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return h
}

func TestOFACSnapshotsInOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests real snapshots")
	}
	e := newEnv(t)
	man := ofacManifest(t)
	last := len(man) - 1 // the last one is a failed download
	prevListed := 0
	for i, m := range man[:last] {
		sum, err := e.ingest(t, lists.FormatOFACSDN, filepath.Join(testdata, "ofac-sdn", m.File), m.ObservedAt)
		if err != nil {
			t.Fatalf("%s: %v", m.File, err)
		}
		if sum.Entries != m.entries {
			t.Errorf("%s: %d entries, the manifest says %d", m.File, sum.Entries, m.entries)
		}
		if got := prevListed + sum.Added - sum.Delisted; got != m.entries {
			t.Errorf("%s: %d listed before + %d added - %d delisted = %d, want the snapshot's %d entries", m.File, prevListed, sum.Added, sum.Delisted, got, m.entries)
		}
		if sum.Added+sum.Amended+sum.Unchanged != m.entries {
			t.Errorf("%s: added %d + amended %d + unchanged %d != %d entries", m.File, sum.Added, sum.Amended, sum.Unchanged, m.entries)
		}
		if i == 0 && sum.Added != m.entries {
			t.Errorf("first snapshot: %d added, want all %d", sum.Added, m.entries)
		}
		if want := 1 + sum.Added + sum.Amended + sum.Delisted; sum.Events != want {
			t.Errorf("%s: %d events, want %d (the source and one per change)", m.File, sum.Events, want)
		}
		prevListed = m.entries
	}
	head := e.head(t)

	t.Run("the same file again writes nothing", func(t *testing.T) {
		m := man[last-1]
		sum, err := e.ingest(t, lists.FormatOFACSDN, filepath.Join(testdata, "ofac-sdn", m.File), m.ObservedAt.Add(time.Hour))
		if err != nil || !sum.Repeated {
			t.Fatalf("got %+v, %v; want a repeat", sum, err)
		}
		if h := e.head(t); h != head {
			t.Errorf("head moved from %d to %d", head, h)
		}
	})
	t.Run("an older snapshot is refused", func(t *testing.T) {
		// A file the ledger does not have, dated before its last snapshot.
		// The first snapshot less its last record.
		body := gunzip(t, filepath.Join(testdata, "ofac-sdn", man[0].File))
		records := bytes.SplitAfter(body, []byte("\r\n"))
		older := append(bytes.Join(records[:len(records)-2], nil), 0x1a)
		_, err := e.in.Ingest(context.Background(), ingest.File{Name: "old.csv", Format: lists.FormatOFACSDN,
			Body: bytes.NewReader(older), ObservedAt: man[last-1].ObservedAt.Add(-time.Hour)})
		wantRefused(t, err, ingest.RuleOutOfOrder)
		if h := e.head(t); h != head {
			t.Errorf("head moved from %d to %d", head, h)
		}
	})
	t.Run("the failed download is refused", func(t *testing.T) {
		m := man[last]
		_, err := e.ingest(t, lists.FormatOFACSDN, filepath.Join(testdata, "ofac-sdn", m.File), m.ObservedAt)
		wantRefused(t, err, lists.RuleEmpty)
		if h := e.head(t); h != head {
			t.Errorf("head moved from %d to %d", head, h)
		}
	})
	t.Run("a mass delisting is refused unless allowed", func(t *testing.T) {
		// The first 1,000 records of the last good snapshot, whole, as a
		// complete file: 93 % of the list would go.
		body := gunzip(t, filepath.Join(testdata, "ofac-sdn", man[last-1].File))
		lines := bytes.SplitAfter(body, []byte("\r\n"))
		small := append(bytes.Join(lines[:1000], nil), 0x1a)
		observed := man[last-1].ObservedAt.Add(time.Hour)
		_, err := e.in.Ingest(context.Background(), ingest.File{Name: "small.csv", Format: lists.FormatOFACSDN, Body: bytes.NewReader(small), ObservedAt: observed})
		wantRefused(t, err, lists.RuleMassRemoval)
		if h := e.head(t); h != head {
			t.Errorf("head moved from %d to %d", head, h)
		}
		sum, err := e.in.Ingest(context.Background(), ingest.File{Name: "small.csv", Format: lists.FormatOFACSDN, Body: bytes.NewReader(small),
			ObservedAt: observed, AllowMassDelisting: true})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Delisted != man[last-1].entries-1000 || sum.Added != 0 {
			t.Errorf("allowed: %+v, want %d delisted and none added", sum, man[last-1].entries-1000)
		}
	})
}

func gunzip(tb testing.TB, path string) []byte {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func wantRefused(tb testing.TB, err error, rule string) {
	tb.Helper()
	var re *ingest.RefusedError
	if !errors.As(err, &re) || re.Rule != rule {
		tb.Fatalf("got %v, want a refusal under %s", err, rule)
	}
}

func TestAmendmentsNameTheChangedFields(t *testing.T) {
	e := newEnv(t)
	man := ofacManifest(t)
	// 2022-04-22 -> 2022-04-29: almost no additions, ~500 entries changed
	// in place.
	var from int
	for i, m := range man {
		if strings.HasPrefix(m.File, "sdn-2022-04-22") {
			from = i
		}
	}
	for _, m := range man[from : from+2] {
		if _, err := e.ingest(t, lists.FormatOFACSDN, filepath.Join(testdata, "ofac-sdn", m.File), m.ObservedAt); err != nil {
			t.Fatal(err)
		}
	}
	evs, err := e.store.ReadAll(context.Background(), 0, 100000)
	if err != nil {
		t.Fatal(err)
	}
	amended := 0
	for _, rec := range evs {
		if rec.Type != domain.TypeDesignationAmended {
			continue
		}
		ev, err := domain.Decode(rec.Type, rec.Data)
		if err != nil {
			t.Fatal(err)
		}
		a := ev.(domain.DesignationAmended)
		amended++
		if a.Raw == "" {
			t.Errorf("%s: amendment without the entry's new text", a.DesignationID)
		}
		if a.EffectiveNotBefore.IsZero() || a.EffectiveOn.String() != "2022-04-29" || a.EffectiveNotBefore.String() != "2022-04-22" {
			t.Errorf("%s: effective %s, not before %s; want the window 2022-04-22 to 2022-04-29", a.DesignationID, a.EffectiveOn, a.EffectiveNotBefore)
		}
		for _, c := range a.Changes {
			if strings.Join(c.Old, "|") == strings.Join(c.New, "|") {
				t.Errorf("%s: %s 'changed' to the same values", a.DesignationID, c.Field)
			}
		}
	}
	if amended < 400 {
		t.Errorf("%d amendments between 2022-04-22 and 2022-04-29, want about 500", amended)
	}
}

func TestUNSnapshots(t *testing.T) {
	e := newEnv(t)
	files, err := filepath.Glob(filepath.Join(testdata, "un-sc", "*.xml.gz"))
	if err != nil || len(files) != 4 {
		t.Fatalf("UN snapshots: %v %v", files, err)
	}
	for _, f := range files {
		sum, err := e.ingest(t, lists.FormatUNSC, f, time.Time{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if sum.PublishedAt.IsZero() || !strings.Contains(filepath.Base(f), sum.PublishedAt.Format("2006-01-02")) {
			t.Errorf("%s: published %s, want the list's own dateGenerated", f, sum.PublishedAt)
		}
	}
	dated := 0
	for _, d := range eventsOf[domain.PartyDesignated](t, e.store) {
		if d.EffectiveNotBefore.IsZero() && d.EffectiveOn.Before(domain.NewDate(2018, time.June, 1)) {
			dated++ // LISTED_ON, not the snapshot's date
		}
	}
	if dated < 500 {
		t.Errorf("%d designations dated by the UN's LISTED_ON, want most of them", dated)
	}

	// An amendment is dated by the entry's LAST_DAY_UPDATED when the list
	// gives one (here always between the two snapshots), and by their
	// window when it does not.
	lastUpdated := regexp.MustCompile(`<LAST_DAY_UPDATED>.*?<VALUE>(\d{4}-\d\d-\d\d)</VALUE>.*?</LAST_DAY_UPDATED>`)
	byDay := 0
	for _, a := range eventsOf[domain.DesignationAmended](t, e.store) {
		m := lastUpdated.FindStringSubmatch(a.Raw)
		switch {
		case m == nil && a.EffectiveNotBefore.IsZero():
			t.Errorf("%s: amendment dated %s exactly; the entry gives no LAST_DAY_UPDATED", a.DesignationID, a.EffectiveOn)
		case m != nil && (a.EffectiveOn.String() != m[1] || !a.EffectiveNotBefore.IsZero()):
			t.Errorf("%s: amendment dated %s (not before %s), want the entry's LAST_DAY_UPDATED %s", a.DesignationID, a.EffectiveOn, a.EffectiveNotBefore, m[1])
		case m != nil:
			byDay++
		}
	}
	if byDay < 5 {
		t.Errorf("%d amendments dated by the entry's LAST_DAY_UPDATED, want the 10 of these snapshots", byDay)
	}
}

func TestFederalRegisterRule(t *testing.T) {
	e := newEnv(t)
	sum, err := e.ingest(t, lists.FormatFederalRegister, filepath.Join(testdata, "federal-register", "2023-03929.xml"), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != 13 || sum.Delisted != 0 {
		t.Errorf("%+v: want 13 entries added, none delisted", sum)
	}
	evs, err := e.store.ReadAll(context.Background(), 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	var measure *domain.MeasureAnnounced
	for _, rec := range evs {
		ev, _ := domain.Decode(rec.Type, rec.Data)
		switch ev := ev.(type) {
		case domain.MeasureAnnounced:
			measure = &ev
		case domain.PartyDesignated:
			if ev.EffectiveOn.String() != "2023-02-24" || ev.MeasureID == "" || ev.LicenceRequirement == "" || ev.ReviewPolicy == "" {
				t.Errorf("%s: effective %s, measure %q, licence %q, review %q", ev.DesignationID, ev.EffectiveOn, ev.MeasureID, ev.LicenceRequirement, ev.ReviewPolicy)
			}
		}
	}
	if measure == nil {
		t.Fatal("no measure for the rule")
	}
	if measure.Instrument.Citation != "88 FR 12170" || measure.Provisions[0].EffectiveOn.String() != "2023-02-24" {
		t.Errorf("measure %+v", measure)
	}
	if len(measure.Affected) != 6 {
		t.Errorf("affected %v, want the 6 countries of the rule", measure.Affected)
	}
}
