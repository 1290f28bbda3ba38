package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

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
