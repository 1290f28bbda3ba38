package ledgerindex_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/lists"
	"github.com/controlsledger/ledger/lists/ingest"
	"github.com/controlsledger/ledger/projections"
	"github.com/controlsledger/ledger/screening"
	"github.com/controlsledger/ledger/screening/ledgerindex"
)

// unLedger ingests the UN snapshots of 2018-08-24 and 2018-10-29 and
// returns the projection of the ledger with the summaries.
func unLedger(t *testing.T) (*projections.Projection, []ingest.Summary) {
	t.Helper()
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	in := ingest.New(store, ledger.New(store, ledger.Options{}), ingest.Options{Actor: "test"})
	var sums []ingest.Summary
	for _, name := range []string{"consolidated-2018-08-24.xml.gz", "consolidated-2018-10-29.xml.gz"} {
		f, err := os.Open(filepath.Join("../../testdata/un-sc", name))
		if err != nil {
			t.Fatal(err)
		}
		sum, err := in.Ingest(context.Background(), ingest.File{Name: name, Format: lists.FormatUNSC, Body: f})
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		sums = append(sums, sum)
	}
	p := projections.New(projections.Options{Now: func() time.Time { return time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC) }})
	evs, err := store.ReadAll(context.Background(), 0, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if err := p.Apply(ev); err != nil {
			t.Fatal(err)
		}
	}
	return p, sums
}

// TestScreenAtABasis screens the parties the second snapshot added and
// delisted, at the first snapshot and at the second, on the publication
// axis and on valid time.
func TestScreenAtABasis(t *testing.T) {
	p, sums := unLedger(t)
	x := ledgerindex.New(p)
	first, second := projections.AsOf{PublishedBy: sums[0].PublishedAt}, projections.AsOf{}
	_, _, delta, err := p.ListDelta(lists.ListUNSC, first, second, projections.PageRequest{})
	if err != nil {
		t.Fatal(err)
	}
	var added, delisted []projections.DesignationView
	for _, c := range delta.Items {
		switch c.Op {
		case projections.OpAdd:
			added = append(added, c.Designation)
		case projections.OpDelete:
			delisted = append(delisted, c.Designation)
		}
	}
	if len(added) != sums[1].Added || len(delisted) != sums[1].Delisted {
		t.Fatalf("delta: %d added, %d delisted; the ingest said %+v", len(added), len(delisted), sums[1])
	}
	screen := func(name string, asOf projections.AsOf) []ledgerindex.Match {
		t.Helper()
		_, ms, err := x.Screen(ledgerindex.Query{Query: screening.Query{Name: name}, AsOf: asOf})
		if err != nil {
			t.Fatal(err)
		}
		return ms
	}
	find := func(ms []ledgerindex.Match, id string) *ledgerindex.Match {
		for i := range ms {
			if ms[i].DesignationID == id {
				return &ms[i]
			}
		}
		return nil
	}
	for _, d := range added {
		name := d.Listing.Party.Name
		if m := find(screen(name, first), d.Designated.DesignationID); m != nil {
			t.Errorf("%s (%s), listed by the second snapshot, matches as published by the first", name, d.Designated.DesignationID)
		}
		m := find(screen(name, second), d.Designated.DesignationID)
		if m == nil || m.Designation.Status != domain.StatusDesignated || m.Score < screening.DefaultThreshold {
			t.Errorf("%s (%s) now: %+v, want designated above the threshold", name, d.Designated.DesignationID, m)
		}
	}
	for _, d := range delisted {
		name := d.Listing.Party.Name
		m := find(screen(name, first), d.Designated.DesignationID)
		if m == nil || m.Designation.Status != domain.StatusDesignated {
			t.Errorf("%s (%s) as published by the first snapshot: %+v, want designated", name, d.Designated.DesignationID, m)
		}
		m = find(screen(name, second), d.Designated.DesignationID)
		if m == nil || m.Designation.Status != domain.StatusDelisted || m.Designation.Delisted == nil {
			t.Errorf("%s (%s) now: %+v, want found as delisted, with its date", name, d.Designated.DesignationID, m)
		}
		// On valid time alone: before the delisting's date it is listed.
		before := projections.AsOf{ValidAt: domain.DateOf(sums[0].PublishedAt)}
		if m := find(screen(name, before), d.Designated.DesignationID); m == nil || m.Designation.Status != domain.StatusDesignated {
			t.Errorf("%s (%s) on %s: %+v, want designated", name, d.Designated.DesignationID, before.ValidAt, m)
		}
	}
}

// BenchmarkScreenSDN screens names of the 2024-05-03 SDN snapshot (every
// third reordered with a letter dropped, as scripts/screen-names.py writes
// them) against a ledger holding it, at the latest basis, one goroutine per
// core: what `ledger screen` does per party.
func BenchmarkScreenSDN(b *testing.B) {
	store, err := sqlite.Open(filepath.Join(b.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	in := ingest.New(store, ledger.New(store, ledger.Options{}), ingest.Options{Actor: "bench"})
	const file = "../../testdata/ofac-sdn/sdn-2024-05-03T184323Z.csv.gz"
	f, err := os.Open(file)
	if err != nil {
		b.Fatal(err)
	}
	_, err = in.Ingest(context.Background(), ingest.File{Name: file, Format: lists.FormatOFACSDN, Body: f, ObservedAt: time.Date(2024, 5, 3, 18, 43, 23, 0, time.UTC)})
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	p := projections.New(projections.Options{})
	evs, err := store.ReadAll(context.Background(), 0, 1<<20)
	if err != nil {
		b.Fatal(err)
	}
	var names []string
	for _, ev := range evs {
		if err := p.Apply(ev); err != nil {
			b.Fatal(err)
		}
	}
	vs, _ := p.DesignationVersions(0)
	for i, v := range vs {
		name := v.Listing.Party.Name
		if i%3 == 1 {
			w := strings.Fields(strings.ReplaceAll(name, ",", ""))
			slices.Reverse(w)
			name = strings.Join(w, " ")
			if len(name) > 6 {
				name = name[:3] + name[4:]
			}
		}
		names = append(names, name)
	}
	x := ledgerindex.New(p)
	if err := x.CatchUp(); err != nil {
		b.Fatal(err)
	}
	var next atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			name := names[int(next.Add(1))%len(names)]
			if _, _, err := x.Screen(ledgerindex.Query{Query: screening.Query{Name: name, Limit: 5}}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "names/s")
}
