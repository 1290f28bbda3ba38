package importer_test

import (
	"bytes"
	"context"
	"flag"
	"path/filepath"
	"testing"
	"time"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/importer"
	"github.com/controlsledger/ledger/internal/gen"
	"github.com/controlsledger/ledger/ledger"
)

var floorEvents = flag.Int("floor.events", 50000, "events of the generated file BenchmarkImportFloor imports")

// recordingStore is a store that keeps a copy of every batch appended, in
// order, as the store received it.
type recordingStore struct {
	*sqlite.Store
	batches [][]eventstore.StreamAppend
}

func (r *recordingStore) AppendBatch(ctx context.Context, items []eventstore.StreamAppend) ([]eventstore.AppendResult, error) {
	r.batches = append(r.batches, append([]eventstore.StreamAppend(nil), items...))
	return r.Store.AppendBatch(ctx, items)
}

// BenchmarkImportFloor compares an import with its floor, the store's own
// write speed for the same events, in one run, in turns. The floor is the
// appends one import of the generated file made (its events decided, with
// their IDs, data and metadata), written by AppendBatch in the same batches
// into a new store, one after the other; the import is Bulk of the file,
// in batches of 10,000 commands, into a new store. Each iteration runs
// both; the store is opened and closed outside the times. It reports the
// events/s of each (wall time), the CPU time of the process per event of
// each (user and system, every core), and the import's events/s as a
// ratio to the floor's.
//
//	go test ./importer -run '^$' -bench ImportFloor -benchtime 3x
//	go test ./importer -run '^$' -bench ImportFloor -benchtime 3x -floor.events 200000
func BenchmarkImportFloor(b *testing.B) {
	ctx := context.Background()
	var file bytes.Buffer
	if _, err := gen.WriteCommands(ctx, &file, gen.Options{Events: *floorEvents, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	importFile := func(store eventstore.Store) importer.BulkResult {
		res, err := importer.Bulk(ctx, ledger.New(store, ledger.Options{}), store, importer.NDJSON(bytes.NewReader(file.Bytes())),
			ledger.Request{Actor: "bench"}, importer.BulkOptions{BatchSize: 10000})
		if err != nil {
			b.Fatal(err)
		}
		return res
	}
	open := func() *sqlite.Store {
		s, err := sqlite.Open(filepath.Join(b.TempDir(), "ledger.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	rec := &recordingStore{Store: open()}
	events := importFile(rec).Events
	rec.Close()
	if events != *floorEvents {
		b.Fatalf("%d events imported, want %d", events, *floorEvents)
	}

	var wall, cpu [2]time.Duration // import, floor
	timed := func(i int, run func(store *sqlite.Store)) {
		store := open()
		defer store.Close()
		c0, t0 := cpuTime(b), time.Now()
		run(store)
		wall[i] += time.Since(t0)
		cpu[i] += cpuTime(b) - c0
	}
	b.ResetTimer()
	for range b.N {
		timed(0, func(store *sqlite.Store) {
			if res := importFile(store); res.Events != events {
				b.Fatalf("%d events imported, want %d", res.Events, events)
			}
		})
		timed(1, func(store *sqlite.Store) {
			for _, items := range rec.batches {
				if _, err := store.AppendBatch(ctx, items); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	n := float64(events * b.N)
	rate := func(i int) float64 { return n / wall[i].Seconds() }
	b.ReportMetric(rate(0), "import-events/s")
	b.ReportMetric(rate(1), "floor-events/s")
	b.ReportMetric(rate(0)/rate(1), "ratio")
	b.ReportMetric(float64(cpu[0].Microseconds())/n, "import-cpu-µs/event")
	b.ReportMetric(float64(cpu[1].Microseconds())/n, "floor-cpu-µs/event")
}
