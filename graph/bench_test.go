package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/graph"
	"github.com/controlsledger/ledger/projections"
)

// The benchmarks run the load generator's asOf query (cmd/loadgen) through
// the real handler, in process, on the ledger and projections' snapshot in
// $LEDGER_BENCH_DATA (a data directory made by "ledger generate" and
// served once, so that it holds projections.snapshot):
//
//	LEDGER_BENCH_DATA=/tmp/g1m go test -run '^$' -bench AsOf -benchtime 2000x ./graph
//
// Without it they are skipped: the ledger of the tests is too small for
// the figures to mean anything.

// asOfQuery is cmd/loadgen's asOf query, without the total.
const asOfQuery = `query($validAt: Date!, $position: Int!, $j: String!) {
  measures(asOf: {validAt: $validAt, position: $position}, filter: {jurisdiction: $j}, first: 50) {
    nodes {
      recordId status
      outgoingLinks { relation to { recordId } }
      incomingLinks { relation from { recordId } }
    }
  }
}`

var benchAPI struct {
	once sync.Once
	h    http.Handler
	p    *projections.Projection
	head uint64
	err  error
}

func benchHandler(b *testing.B) (http.Handler, uint64) {
	b.Helper()
	dir := os.Getenv("LEDGER_BENCH_DATA")
	if dir == "" {
		b.Skip("LEDGER_BENCH_DATA is not set")
	}
	benchAPI.once.Do(func() {
		ctx := context.Background()
		store, err := sqlite.Open(filepath.Join(dir, "ledger.db"), sqlite.Options{})
		if err != nil {
			benchAPI.err = err
			return
		}
		p := projections.New(projections.Options{})
		if _, err := projections.LoadSnapshot(ctx, filepath.Join(dir, "projections.snapshot"), store, p); err != nil {
			benchAPI.err = err
			return
		}
		// Measured as a server answers once it has derived the measures'
		// versions (see Runner.Warmed).
		r := projections.NewRunner(store, p, projections.RunnerOptions{Log: slog.New(slog.DiscardHandler)})
		runCtx, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- r.Run(runCtx) }()
		select {
		case <-r.Warmed():
		case benchAPI.err = <-done:
			cancel()
			return
		}
		cancel()
		<-done
		resolver := &graph.Resolver{Views: p, Analyses: p}
		benchAPI.h = graph.NewHandler(resolver, graph.Options{Log: slog.New(slog.DiscardHandler), Anonymous: graph.RoleReader})
		benchAPI.p, benchAPI.head = p, p.Head()
	})
	if benchAPI.err != nil {
		b.Fatal(benchAPI.err)
	}
	return benchAPI.h, benchAPI.head
}

// BenchmarkAsOf sends the asOf query at random (validAt, position) points
// of 2020-2025 and the whole ledger, for CN or US, one at a time, and
// reports the latency percentiles and the CPU time per query (all
// goroutines of the process: the handler's own run in parallel).
//
// Beside each query it asks the read models alone, at the same point, what
// the resolvers ask of them for that answer (readModels), and reports
// their CPU time per query and the query's as a multiple of it
// (x-readmodels): what GraphQL execution costs, measured in the same run
// and in turns rather than inferred from a profile. Whichever goes first
// derives what the point needs for the first time (a link end's version,
// cached by the read models), so they take turns going first.
func BenchmarkAsOf(b *testing.B) {
	for _, total := range []bool{false, true} {
		name := "page"
		query := asOfQuery
		if total {
			name, query = "total", strings.Replace(query, "nodes {", "totalCount nodes {", 1)
		}
		b.Run(name, func(b *testing.B) {
			h, head := benchHandler(b)
			rng := rand.New(rand.NewPCG(1, 2))
			day0 := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
			lat := make([]time.Duration, 0, b.N)
			var cpu, models time.Duration
			b.ResetTimer()
			for i := range b.N {
				vars := map[string]any{
					"validAt":  day0.AddDate(0, 0, rng.IntN(2192)).Format(time.DateOnly),
					"position": 1 + rng.Uint64N(head),
					"j":        []string{"CN", "US"}[rng.IntN(2)],
				}
				body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
				req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				w := httptest.NewRecorder()
				objects := -1
				askModels := func() {
					b.StopTimer()
					c0 := cpuTime()
					objects = readModels(b, vars, total)
					models += cpuTime() - c0
					b.StartTimer()
				}
				if i%2 == 1 {
					askModels()
				}
				c0 := cpuTime()
				start := time.Now()
				h.ServeHTTP(w, req)
				lat = append(lat, time.Since(start))
				cpu += cpuTime() - c0
				if w.Code != http.StatusOK || bytes.Contains(w.Body.Bytes(), []byte(`"errors"`)) {
					b.Fatalf("%d: %s", w.Code, w.Body.Bytes())
				}
				if objects < 0 {
					askModels()
				}
				if want := bytes.Count(w.Body.Bytes(), []byte(`"recordId"`)); objects != want {
					b.Fatalf("the read models gave %d records, the answer has %d", objects, want)
				}
			}
			b.StopTimer()
			slices.Sort(lat)
			at := func(q float64) float64 { return float64(lat[min(len(lat)-1, int(q*float64(len(lat))))].Microseconds()) }
			b.ReportMetric(at(0.50), "p50-µs")
			b.ReportMetric(at(0.99), "p99-µs")
			b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/op")
			b.ReportMetric(float64(models.Microseconds())/float64(b.N), "readmodels-cpu-µs/op")
			b.ReportMetric(float64(cpu)/float64(max(models, 1)), "x-readmodels")
		})
	}
}

// readModels asks the read models what the resolvers of asOfQuery ask of
// them for the answer at vars (Query.measures, Measure.outgoingLinks and
// incomingLinks, Link.to and from through linkEnd, which checks that an
// end asked for its identity only exists), and returns the records named:
// the measures and the ends of their links.
func readModels(b *testing.B, vars map[string]any, total bool) int {
	p := benchAPI.p
	validAt, err := domain.ParseDate(vars["validAt"].(string))
	if err != nil {
		b.Fatal(err)
	}
	asOf := projections.AsOf{ValidAt: validAt, Position: vars["position"].(uint64)}
	basis, page, err := p.MeasurePage(asOf, projections.MeasureFilter{Jurisdiction: vars["j"].(string)},
		projections.PageRequest{Limit: 50, Count: total})
	if err != nil {
		b.Fatal(err)
	}
	objects := len(page.Items)
	for _, m := range page.Items {
		ref := domain.Ref{Kind: domain.KindMeasure, ID: m.Announced.MeasureID}
		for _, l := range p.Links(basis, ref, domain.Ref{}) {
			if _, ok, err := p.Exists(l.To, basis.AsOf()); err != nil || !ok {
				b.Fatalf("%s: %v %v", l.To, ok, err)
			}
			objects++
		}
		for _, l := range p.Links(basis, domain.Ref{}, ref) {
			if _, ok, err := p.Exists(l.From, basis.AsOf()); err != nil || !ok {
				b.Fatalf("%s: %v %v", l.From, ok, err)
			}
			objects++
		}
	}
	return objects
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
