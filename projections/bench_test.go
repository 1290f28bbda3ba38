package projections

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
)

// The benchmarks run on the generated ledger of the tests (20,000 events),
// or on the ledger in $LEDGER_BENCH_DATA (a data directory made by "ledger
// generate"; BENCHMARKS.md uses 1,000,000 events):
//
//	LEDGER_BENCH_DATA=/tmp/g1m go test -run '^$' -bench MeasurePage -benchtime 5000x ./projections
//	LEDGER_BENCH_DATA=/tmp/g1m go test -run '^$' -bench 'Rebuild|Snapshot' -benchtime 1x ./projections

var bench struct {
	once  sync.Once
	store eventstore.Store
	p     *Projection
	err   error
}

func benchLedger(b *testing.B) (eventstore.Store, *Projection) {
	b.Helper()
	dir := os.Getenv("LEDGER_BENCH_DATA")
	if dir == "" {
		l := sharedLedger(b)
		return l.store, l.live
	}
	bench.once.Do(func() {
		store, err := sqlite.Open(filepath.Join(dir, "ledger.db"), sqlite.Options{})
		if err != nil {
			bench.err = err
			return
		}
		bench.store = store
		bench.p = New(Options{})
		r := NewRunner(store, bench.p, RunnerOptions{Log: quiet})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- r.Run(ctx) }()
		// Measured as a server answers once it has derived the measures'
		// versions (see Runner.Warmed).
		select {
		case <-r.Warmed():
		case bench.err = <-done:
		}
		cancel()
		if err := <-done; bench.err == nil && err != context.Canceled {
			bench.err = err
		}
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	return bench.store, bench.p
}

var benchFilters = []MeasureFilter{
	{Jurisdiction: "CN", Status: []string{domain.StatusInForce, domain.StatusPartlySuspended}},
	{Implementing: "US", Affected: "CN", Status: []string{domain.StatusInForce, domain.StatusPartlySuspended}},
	{MeasureType: "export_ban", Status: []string{domain.StatusInForce}},
	{Item: "lithography", Status: []string{domain.StatusInForce, domain.StatusPartlySuspended}},
	{Text: "gallium"},
	{Status: []string{domain.StatusSuspended, domain.StatusPartlySuspended}},
}

// BenchmarkMeasurePage asks 'measures in force' with a filter at random
// (validAt, position) points, a page of 50, and reports the latency
// percentiles.
func BenchmarkMeasurePage(b *testing.B) {
	_, p := benchLedger(b)
	head := p.Head()
	rng := rand.New(rand.NewPCG(1, 1))
	first := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		asOf := AsOf{Position: 1 + rng.Uint64N(head), ValidAt: domain.DateOf(first.AddDate(0, 0, rng.IntN(4200)))}
		start := time.Now()
		if _, _, err := p.MeasurePage(asOf, benchFilters[i%len(benchFilters)], PageRequest{Limit: 50}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	reportLatency(b, lat)
}

func reportLatency(b *testing.B, lat []time.Duration) {
	slices.Sort(lat)
	at := func(q float64) float64 { return float64(lat[min(len(lat)-1, int(q*float64(len(lat))))].Microseconds()) }
	b.ReportMetric(at(0.50), "p50-µs")
	b.ReportMetric(at(0.99), "p99-µs")
}

// BenchmarkRebuild rebuilds the projections from position zero (read,
// decode, apply) and reports events/s.
func BenchmarkRebuild(b *testing.B) {
	store, live := benchLedger(b)
	events := 0
	for range b.N {
		p := New(Options{})
		r := NewRunner(store, p, RunnerOptions{Log: quiet})
		var applyErr error
		if err := r.catchUp(context.Background(), &applyErr); err != nil {
			b.Fatal(err)
		}
		events += int(p.Head())
		if p.Head() != live.Head() {
			b.Fatalf("rebuilt to %d, not %d", p.Head(), live.Head())
		}
	}
	b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkSnapshotLoad loads a snapshot of the projections and reports
// events/s.
func BenchmarkSnapshotLoad(b *testing.B) {
	store, live := benchLedger(b)
	path := filepath.Join(b.TempDir(), "projections.snapshot")
	if _, err := live.WriteSnapshot(context.Background(), path); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := LoadSnapshot(context.Background(), path, store, New(Options{})); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(live.Head())*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkSnapshotWrite writes a snapshot and reports events/s.
func BenchmarkSnapshotWrite(b *testing.B) {
	_, live := benchLedger(b)
	path := filepath.Join(b.TempDir(), "projections.snapshot")
	for range b.N {
		if _, err := live.WriteSnapshot(context.Background(), path); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(live.Head())*float64(b.N)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkRebuildAgainstFloor rebuilds the projections from the first
// 200,000 events of the benchmark ledger (all of them if fewer) as a
// starting server does, and, in turns with it, runs the floor under it:
// the same reads of the store (hash check included) on the same pipeline
// and goroutines, checking only that each event's payload and metadata are
// JSON (json.Valid), which any decoder must do at the least. It reports
// each one's CPU time per event and events/s, and the floor's share of the
// rebuild's (1 would be the rebuild at its floor):
//
//	LEDGER_BENCH_DATA=/tmp/g1m go test -run '^$' -bench RebuildAgainstFloor -benchtime 5x ./projections
func BenchmarkRebuildAgainstFloor(b *testing.B) {
	store := firstEvents{Store: benchStore(b), n: 200_000}
	ctx := context.Background()
	want, err := store.Head(ctx)
	if err != nil {
		b.Fatal(err)
	}
	workers := NewRunner(store, New(Options{}), RunnerOptions{}).opts.Workers
	var floor, rebuild struct{ cpu, wall time.Duration }
	measure := func(acc *struct{ cpu, wall time.Duration }, run func() uint64) {
		runtime.GC() // each pays for its own garbage only
		cpu, start := cpuTime(), time.Now()
		if got := run(); got != want {
			b.Fatalf("read %d events, not %d", got, want)
		}
		acc.cpu += cpuTime() - cpu
		acc.wall += time.Since(start)
	}
	for range b.N {
		measure(&floor, func() uint64 {
			var n uint64
			err := readPages(ctx, store, 0, 1024, workers,
				func(evs []eventstore.Event) (int, error) {
					for _, ev := range evs {
						if !json.Valid(ev.Data) || !json.Valid(ev.Metadata) {
							return 0, fmt.Errorf("event %d is not JSON", ev.Position)
						}
					}
					return len(evs), nil
				},
				func(k int, err error) error { n += uint64(k); return err }, nil)
			if err != nil {
				b.Fatal(err)
			}
			return n
		})
		measure(&rebuild, func() uint64 {
			p := New(Options{})
			var applyErr error
			if err := NewRunner(store, p, RunnerOptions{Log: quiet}).catchUp(ctx, &applyErr); err != nil {
				b.Fatal(err)
			}
			return p.Head()
		})
	}
	events := float64(b.N) * float64(want)
	perEvent := func(d time.Duration) float64 { return float64(d) / 1e3 / events }
	b.ReportMetric(perEvent(rebuild.cpu), "rebuild-cpu-µs/event")
	b.ReportMetric(perEvent(floor.cpu), "floor-cpu-µs/event")
	b.ReportMetric(events/rebuild.wall.Seconds(), "rebuild-events/s")
	b.ReportMetric(events/floor.wall.Seconds(), "floor-events/s")
	b.ReportMetric(float64(floor.cpu)/float64(rebuild.cpu), "cpu-of-floor")
	b.ReportMetric(float64(floor.wall)/float64(rebuild.wall), "wall-of-floor")
}

// firstEvents is a store cut short after its first n events.
type firstEvents struct {
	eventstore.Store
	n uint64
}

func (s firstEvents) ReadAll(ctx context.Context, after uint64, limit int) ([]eventstore.Event, error) {
	if after >= s.n {
		return nil, nil
	}
	return s.Store.ReadAll(ctx, after, int(min(uint64(limit), s.n-after)))
}

func (s firstEvents) Head(ctx context.Context) (uint64, error) {
	head, err := s.Store.Head(ctx)
	return min(head, s.n), err
}

// benchStore returns the store of $LEDGER_BENCH_DATA, opened for this
// benchmark, or the tests' generated ledger.
func benchStore(b *testing.B) eventstore.Store {
	b.Helper()
	dir := os.Getenv("LEDGER_BENCH_DATA")
	if dir == "" {
		return sharedLedger(b).store
	}
	// The integrity check of a large file takes seconds and is no part of
	// what is measured.
	s, err := sqlite.Open(filepath.Join(dir, "ledger.db"), sqlite.Options{SkipQuickCheck: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// stageEvents are the first events of the benchmark ledger, read once, for
// the benchmarks of one stage of a rebuild.
var stageEvents struct {
	once sync.Once
	evs  []eventstore.Event
	err  error
}

// benchStageEvents returns up to 200,000 events of the benchmark ledger.
func benchStageEvents(b *testing.B) []eventstore.Event {
	b.Helper()
	// Only the store: the benchmark ledger's projection is not needed.
	store := benchStore(b)
	stageEvents.once.Do(func() {
		for after := uint64(0); len(stageEvents.evs) < 200_000; {
			page, err := store.ReadAll(context.Background(), after, 4096)
			if err != nil {
				stageEvents.err = err
				return
			}
			if len(page) == 0 {
				break
			}
			stageEvents.evs = append(stageEvents.evs, page...)
			after = page[len(page)-1].Position
		}
	})
	if stageEvents.err != nil {
		b.Fatal(stageEvents.err)
	}
	return stageEvents.evs
}

// cpuTime is the CPU time (user and system) the process has used: on a
// shared machine, a steadier measure of work than the elapsed time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkDecode decodes events read from the store (payload and
// metadata, as the runner's workers do) on one goroutine, and reports the
// CPU time per event.
func BenchmarkDecode(b *testing.B) {
	evs := benchStageEvents(b)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for range b.N {
		// As the runner's workers do, a page at a time.
		for page := range slices.Chunk(evs, 1024) {
			s := newSlabs(page)
			for _, ev := range page {
				if _, err := decodeWith(ev, s); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/1e3/float64(b.N*len(evs)), "cpu-µs/event")
	b.ReportMetric(float64(b.N*len(evs))/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkScanFloor only checks that each event's payload and metadata
// are well-formed JSON (encoding/json's scanner), as any decoder must, at
// the least: the floor under BenchmarkDecode.
func BenchmarkScanFloor(b *testing.B) {
	evs := benchStageEvents(b)
	b.ResetTimer()
	cpu := cpuTime()
	for range b.N {
		for _, ev := range evs {
			if !json.Valid(ev.Data) || !json.Valid(ev.Metadata) {
				b.Fatalf("event %d is not JSON", ev.Position)
			}
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu)/1e3/float64(b.N*len(evs)), "cpu-µs/event")
	b.ReportMetric(float64(b.N*len(evs))/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkApply applies decoded events to a new projection, and reports
// the CPU time per event.
func BenchmarkApply(b *testing.B) {
	evs := benchStageEvents(b)
	ds := make([]decoded, len(evs))
	for i, ev := range evs {
		d, err := decode(ev)
		if err != nil {
			b.Fatal(err)
		}
		ds[i] = d
	}
	b.ReportAllocs()
	b.ResetTimer()
	var cpu time.Duration
	for range b.N {
		b.StopTimer()
		p := New(Options{})
		p.reserve(len(ds))
		b.StartTimer()
		start := cpuTime()
		if err := p.applyBatch(ds); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - start
	}
	b.ReportMetric(float64(cpu)/1e3/float64(b.N*len(ds)), "cpu-µs/event")
	b.ReportMetric(float64(b.N*len(ds))/b.Elapsed().Seconds(), "events/s")
}
