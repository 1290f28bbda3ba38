package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/lists"
	"github.com/controlsledger/ledger/lists/ingest"
	"github.com/controlsledger/ledger/projections"
)

// BenchmarkIngestOFACHistory ingests the 26 good SDN snapshots (and has the
// empty 27th refused) into a fresh embedded ledger, then builds the
// projections from it: what `ledger ingest --manifest` and a server start
// do. It reports the events written and the part of the time each step
// took.
func BenchmarkIngestOFACHistory(b *testing.B) {
	man := ofacManifest(b)
	ctx := context.Background()
	var events int
	var ingestTime, projectTime time.Duration
	for b.Loop() {
		b.StopTimer()
		store, err := sqlite.Open(filepath.Join(b.TempDir(), "ledger.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		in := ingest.New(store, ledger.New(store, ledger.Options{}), ingest.Options{Actor: "bench"})
		b.StartTimer()
		start := time.Now()
		events = 0
		for _, m := range man {
			f, err := os.Open(filepath.Join(testdata, "ofac-sdn", m.File))
			if err != nil {
				b.Fatal(err)
			}
			sum, err := in.Ingest(ctx, ingest.File{Name: m.File, Format: lists.FormatOFACSDN, Body: f, ObservedAt: m.ObservedAt})
			f.Close()
			if err != nil && m.entries > 0 {
				b.Fatal(err)
			}
			events += sum.Events
		}
		mid := time.Now()
		ingestTime += mid.Sub(start)
		p := projections.New(projections.Options{})
		evs, err := store.ReadAll(ctx, 0, 1<<20)
		if err != nil {
			b.Fatal(err)
		}
		for _, ev := range evs {
			if err := p.Apply(ev); err != nil {
				b.Fatal(err)
			}
		}
		projectTime += time.Since(mid)
		b.StopTimer()
		store.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(events), "events")
	b.ReportMetric(ingestTime.Seconds()/float64(b.N), "ingest-s/op")
	b.ReportMetric(projectTime.Seconds()/float64(b.N), "project-s/op")
}

// ingestedOFAC returns a store holding the whole OFAC history and the
// ingester that wrote it.
func ingestedOFAC(b *testing.B) (*sqlite.Store, *ingest.Ingester, []manifestLine) {
	b.Helper()
	man := ofacManifest(b)
	store, err := sqlite.Open(filepath.Join(b.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	in := ingest.New(store, ledger.New(store, ledger.Options{}), ingest.Options{Actor: "bench"})
	for _, m := range man[:len(man)-1] {
		f, err := os.Open(filepath.Join(testdata, "ofac-sdn", m.File))
		if err != nil {
			b.Fatal(err)
		}
		_, err = in.Ingest(context.Background(), ingest.File{Name: m.File, Format: lists.FormatOFACSDN, Body: f, ObservedAt: m.ObservedAt})
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
	return store, in, man
}

// BenchmarkIngestUnchangedSnapshot ingests, into the whole OFAC history, a
// download of the last snapshot made later: the same bytes, so nothing is
// written.
func BenchmarkIngestUnchangedSnapshot(b *testing.B) {
	store, in, man := ingestedOFAC(b)
	last := man[len(man)-2]
	head, _ := store.Head(context.Background())
	for i := 0; b.Loop(); i++ {
		f, err := os.Open(filepath.Join(testdata, "ofac-sdn", last.File))
		if err != nil {
			b.Fatal(err)
		}
		sum, err := in.Ingest(context.Background(), ingest.File{Name: last.File, Format: lists.FormatOFACSDN, Body: f,
			ObservedAt: last.ObservedAt.Add(time.Duration(i+1) * time.Hour)})
		f.Close()
		if err != nil || !sum.Repeated {
			b.Fatalf("%+v %v", sum, err)
		}
	}
	if h, _ := store.Head(context.Background()); h != head {
		b.Fatalf("head moved from %d to %d", head, h)
	}
}

// BenchmarkDesignationsInForce asks the designations of the SDN list in
// force on a date of 2021-2024 (a page of 50 and the total), over the whole
// OFAC history, and reports the 99th percentile.
func BenchmarkDesignationsInForce(b *testing.B) {
	store, _, _ := ingestedOFAC(b)
	p := projections.New(projections.Options{})
	evs, err := store.ReadAll(context.Background(), 0, 1<<20)
	if err != nil {
		b.Fatal(err)
	}
	for _, ev := range evs {
		if err := p.Apply(ev); err != nil {
			b.Fatal(err)
		}
	}
	first := domain.NewDate(2021, 8, 18)
	// A server derives what the listing needs of each designation once,
	// in the background when it starts (Runner.Warmed): do it here too.
	if _, _, err := p.DesignationPage(projections.AsOf{}, projections.DesignationFilter{}, projections.PageRequest{Count: true}); err != nil {
		b.Fatal(err)
	}
	var took []time.Duration
	for i := 0; b.Loop(); i++ {
		day := domain.DateOf(first.Time().AddDate(0, 0, (i*37)%1000))
		start := time.Now()
		_, page, err := p.DesignationPage(projections.AsOf{ValidAt: day}, projections.DesignationFilter{List: lists.ListOFACSDN, Status: []string{domain.StatusDesignated}},
			projections.PageRequest{Limit: 50, Count: true})
		took = append(took, time.Since(start))
		if err != nil || page.Total < 9000 {
			b.Fatalf("%s: %d designated, %v", day, page.Total, err)
		}
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "p50-ms")
}
