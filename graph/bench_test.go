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
		benchAPI.head = p.Head()
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
			var cpu time.Duration
			b.ResetTimer()
			for range b.N {
				vars := map[string]any{
					"validAt":  day0.AddDate(0, 0, rng.IntN(2192)).Format(time.DateOnly),
					"position": 1 + rng.Uint64N(head),
					"j":        []string{"CN", "US"}[rng.IntN(2)],
				}
				body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
				req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				w := httptest.NewRecorder()
				c0 := cpuTime()
				start := time.Now()
				h.ServeHTTP(w, req)
				lat = append(lat, time.Since(start))
				cpu += cpuTime() - c0
				if w.Code != http.StatusOK || bytes.Contains(w.Body.Bytes(), []byte(`"errors"`)) {
					b.Fatalf("%d: %s", w.Code, w.Body.Bytes())
				}
			}
			b.StopTimer()
			slices.Sort(lat)
			at := func(q float64) float64 { return float64(lat[min(len(lat)-1, int(q*float64(len(lat))))].Microseconds()) }
			b.ReportMetric(at(0.50), "p50-µs")
			b.ReportMetric(at(0.99), "p99-µs")
			b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/op")
		})
	}
}

// cpuTime is the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
