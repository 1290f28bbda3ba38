package projections_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/lists"
	"github.com/controlsledger/ledger/lists/ingest"
	"github.com/controlsledger/ledger/projections"
)

// sdnLedger ingests the first real OFAC snapshots named and returns the
// projection of the ledger with the summaries.
func sdnLedger(tb testing.TB, names ...string) (*projections.Projection, []ingest.Summary) {
	tb.Helper()
	store, err := sqlite.Open(filepath.Join(tb.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { store.Close() })
	in := ingest.New(store, ledger.New(store, ledger.Options{}), ingest.Options{Actor: "test"})
	f, err := os.Open("../testdata/ofac-sdn/MANIFEST.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	man, err := ingest.ReadManifest(f)
	f.Close()
	if err != nil {
		tb.Fatal(err)
	}
	observed := map[string]time.Time{}
	for _, m := range man {
		observed[m.File] = m.ObservedAt
	}
	var sums []ingest.Summary
	for _, name := range names {
		body, err := os.Open(filepath.Join("../testdata/ofac-sdn", name))
		if err != nil {
			tb.Fatal(err)
		}
		sum, err := in.Ingest(context.Background(), ingest.File{Name: name, Format: lists.FormatOFACSDN, Body: body, ObservedAt: observed[name]})
		body.Close()
		if err != nil {
			tb.Fatal(err)
		}
		sums = append(sums, sum)
	}
	return project(tb, store), sums
}

func project(tb testing.TB, store eventstore.Store) *projections.Projection {
	tb.Helper()
	p := projections.New(projections.Options{Now: func() time.Time { return time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC) }})
	evs, err := store.ReadAll(context.Background(), 0, 1<<20)
	if err != nil {
		tb.Fatal(err)
	}
	for _, ev := range evs {
		if err := p.Apply(ev); err != nil {
			tb.Fatal(err)
		}
	}
	return p
}

func TestListsByPublicationAndValidTime(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests real snapshots")
	}
	p, sums := sdnLedger(t, "sdn-2021-08-18T093901Z.csv.gz", "sdn-2022-02-17T184712Z.csv.gz", "sdn-2022-02-23T015237Z.csv.gz")
	count := func(asOf projections.AsOf, f projections.DesignationFilter) int {
		t.Helper()
		f.List, f.Status = lists.ListOFACSDN, []string{domain.StatusDesignated}
		_, page, err := p.DesignationPage(asOf, f, projections.PageRequest{Limit: 1, Count: true})
		if err != nil {
			t.Fatal(err)
		}
		return page.Total
	}
	listed := func(i int) int { return sums[i].Entries }

	// Today, as published by each snapshot: exactly its entries, although
	// the ledger recorded all three today.
	for i, s := range sums {
		if got := count(projections.AsOf{PublishedBy: s.PublishedAt}, projections.DesignationFilter{}); got != listed(i) {
			t.Errorf("published by %s: %d designated, want the snapshot's %d", s.PublishedAt, got, listed(i))
		}
	}
	if got := count(projections.AsOf{PublishedBy: sums[0].PublishedAt.Add(-time.Second)}, projections.DesignationFilter{}); got != 0 {
		t.Errorf("published before the first snapshot: %d designated, want 0", got)
	}
	// On a valid date between the first two snapshots, everything the
	// ledger knows: the first snapshot's entries (the second's changes are
	// dated to its observation, not invented earlier).
	if got := count(projections.AsOf{ValidAt: domain.NewDate(2022, 1, 1)}, projections.DesignationFilter{}); got != listed(0) {
		t.Errorf("valid 2022-01-01: %d designated, want %d", got, listed(0))
	}

	// The delta between two publication points is the second snapshot's
	// changes.
	from, to := projections.AsOf{PublishedBy: sums[0].PublishedAt}, projections.AsOf{PublishedBy: sums[1].PublishedAt}
	_, _, page, err := p.ListDelta(lists.ListOFACSDN, from, to, projections.PageRequest{})
	if err != nil {
		t.Fatal(err)
	}
	ops := map[string]int{}
	for _, c := range page.Items {
		ops[c.Op]++
		if c.Op == projections.OpModify && len(c.Changes) == 0 {
			t.Errorf("%s: MOD without changes", c.Designation.Designated.DesignationID)
		}
	}
	if ops[projections.OpAdd] != sums[1].Added || ops[projections.OpDelete] != sums[1].Delisted || ops[projections.OpModify] > sums[1].Amended || ops[projections.OpModify] == 0 {
		t.Errorf("delta %v, want %d ADD, %d DEL, at most %d MOD", ops, sums[1].Added, sums[1].Delisted, sums[1].Amended)
	}
	// The same on valid time alone.
	_, _, byValid, err := p.ListDelta(lists.ListOFACSDN, projections.AsOf{ValidAt: domain.NewDate(2021, 8, 18)}, projections.AsOf{ValidAt: domain.NewDate(2022, 2, 17)}, projections.PageRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if len(byValid.Items) != len(page.Items) {
		t.Errorf("delta by valid time: %d changes, by publication %d", len(byValid.Items), len(page.Items))
	}

	// Freshness.
	_, fresh, err := p.Lists(projections.AsOf{})
	if err != nil {
		t.Fatal(err)
	}
	if len(fresh) != 1 || fresh[0].Snapshots != 3 || fresh[0].Listed != listed(2) || !fresh[0].PublishedAt.Equal(sums[2].PublishedAt) || fresh[0].Last.SHA256 != sums[2].SHA256 {
		t.Errorf("freshness %+v", fresh)
	}
	_, fresh, _ = p.Lists(projections.AsOf{PublishedBy: sums[1].PublishedAt})
	if len(fresh) != 1 || fresh[0].Snapshots != 2 || fresh[0].Listed != listed(1) {
		t.Errorf("freshness as published by the second snapshot: %+v", fresh)
	}

	// A party's names at the valid time, searched.
	_, named, err := p.DesignationPage(projections.AsOf{}, projections.DesignationFilter{List: lists.ListOFACSDN, Name: "banco nacional de cuba"}, projections.PageRequest{})
	if err != nil || len(named.Items) != 1 || named.Items[0].Designated.ListEntryID != "306" {
		t.Errorf("by name: %+v, %v", named.Items, err)
	}
	if got := count(projections.AsOf{}, projections.DesignationFilter{Program: "CUBA"}); got < 50 {
		t.Errorf("program CUBA: %d designated", got)
	}
}
