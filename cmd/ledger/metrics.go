package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"regexp"
	"sync"
	"time"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/graph"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// metrics are the Prometheus metrics of a serving ledger.
type metrics struct {
	reg           *prometheus.Registry
	appends       *prometheus.CounterVec
	appendSeconds prometheus.Histogram
	operations    *prometheus.CounterVec
	opSeconds     *prometheus.HistogramVec
	subscriptions prometheus.Gauge
	answers       cacheMetrics
	shared        cacheMetrics

	mu    sync.Mutex
	names map[string]bool // operation names seen, to bound label cardinality
}

// maxOperationNames bounds the distinct operation names used as labels:
// clients choose names, and each name is a time series.
const maxOperationNames = 200

// lagSource is what the lag metrics read.
type lagSource interface {
	Head() uint64
}

// gcSource is what the GC CPU fraction is read from.
type gcSource interface {
	GCFraction() float64
}

func newMetrics(store eventstore.Store, proj lagSource, files []string, gc gcSource) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		appends: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "ledger_appends_total", Help: "Appends to the event store, by outcome (ok, conflict, error).",
		}, []string{"outcome"}),
		appendSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "ledger_append_seconds", Help: "Latency of acknowledged (durable) appends.",
			Buckets: prometheus.ExponentialBuckets(0.0001, 2, 16),
		}),
		operations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "ledger_graphql_operations_total", Help: "GraphQL operations by name, type and outcome (ok or the error code).",
		}, []string{"name", "type", "outcome"}),
		opSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "ledger_graphql_operation_seconds", Help: "Latency of GraphQL queries and mutations by name and type.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
		}, []string{"name", "type"}),
		subscriptions: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "ledger_graphql_subscriptions_open", Help: "GraphQL subscriptions open now.",
		}),
		answers: newCacheMetrics("ledger_answer_cache", "requests",
			"Answers at a fixed basis asked for over GET, by result: hit (served from the cache) or miss (computed and stored).",
			"Answers at a fixed basis held in the cache.",
			"Bytes of the answers held in the cache, with their keys and headers (what its budget counts)."),
		shared: newCacheMetrics("ledger_subscription_cache", "messages",
			"Messages of identical ledgerEvents and ledgerEventBatches subscriptions, by result: hit (another subscription's execution) or miss (executed for this one).",
			"Messages of identical subscriptions held in the cache.",
			"Bytes of the messages held in the cache, with their keys and an estimate of the memory around each (what its budget counts)."),
		names: map[string]bool{},
	}
	storeHead := func() (uint64, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		return store.Head(ctx)
	}
	m.reg.MustRegister(m.appends, m.appendSeconds, m.operations, m.opSeconds, m.subscriptions,
		m.answers.results, m.answers.entries, m.answers.bytes, m.shared.results, m.shared.entries, m.shared.bytes,
		// Go's defaults (go_gc_gomemlimit_bytes is the memory limit in
		// force), the live heap the limit is derived from, and the
		// collector's CPU time beside the process's (Go's estimates:
		// go_cpu_classes_gc_total_cpu_seconds_total against
		// go_cpu_classes_total_cpu_seconds_total less ..._idle_...).
		collectors.NewGoCollector(collectors.WithGoCollectorRuntimeMetrics(
			collectors.GoRuntimeMetricsRule{Matcher: regexp.MustCompile(`^/gc/heap/live:bytes$|^/cpu/classes/(gc/total|total|idle):cpu-seconds$`)})),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "ledger_gc_cpu_fraction", Help: "Share of the CPU available to the process (GOMAXPROCS cores) that garbage collection took over the last 10 s (Go's estimate; with no collection in a window, the last value).",
		}, gc.GCFraction),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "ledger_head_position", Help: "Position of the last event in the store.",
		}, func() float64 { h, _ := storeHead(); return float64(h) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "ledger_projection_lag_events", Help: "Events recorded in the store that the read models have not applied yet.",
		}, func() float64 {
			h, err := storeHead()
			if err != nil || h < proj.Head() {
				return 0
			}
			return float64(h - proj.Head())
		}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "ledger_projection_lag_seconds", Help: "Age of the oldest event the read models have not applied yet (0 when caught up).",
		}, func() float64 {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			next, err := store.ReadAll(ctx, proj.Head(), 1)
			if err != nil || len(next) == 0 {
				return 0
			}
			return time.Since(next[0].RecordedAt).Seconds()
		}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "ledger_store_bytes", Help: "Size of the embedded store's files (0 for KurrentDB).",
		}, func() float64 {
			var n int64
			for _, f := range files {
				if st, err := os.Stat(f); err == nil {
					n += st.Size()
				}
			}
			return float64(n)
		}),
	)
	return m
}

// observeOperation records one GraphQL operation and logs it.
func (m *metrics) observeOperation(log *slog.Logger) func(graph.OperationReport) {
	return func(r graph.OperationReport) {
		if r.Open != 0 {
			m.subscriptions.Add(float64(r.Open))
			if r.Open < 0 {
				return
			}
		}
		m.mu.Lock()
		if !m.names[r.Name] {
			if len(m.names) >= maxOperationNames {
				r.Name = "other"
			} else {
				m.names[r.Name] = true
			}
		}
		m.mu.Unlock()
		m.operations.WithLabelValues(r.Name, r.Type, r.Outcome).Inc()
		if r.Open == 0 {
			m.opSeconds.WithLabelValues(r.Name, r.Type).Observe(r.Duration.Seconds())
		}
		log.Info("graphql", "operation", r.Name, "type", r.Type, "outcome", r.Outcome,
			"duration_ms", float64(r.Duration.Microseconds())/1000, "actor", r.Actor, "request_id", r.RequestID)
	}
}

// cacheMetrics are a cache's lookups by result (hit or miss) and what it
// holds.
type cacheMetrics struct {
	results        *prometheus.CounterVec
	entries, bytes prometheus.Gauge
}

// newCacheMetrics names a cache's metrics NAME_WHAT_total{result},
// NAME_entries and NAME_bytes.
func newCacheMetrics(name, what, resultsHelp, entriesHelp, bytesHelp string) cacheMetrics {
	c := cacheMetrics{
		results: prometheus.NewCounterVec(prometheus.CounterOpts{Name: name + "_" + what + "_total", Help: resultsHelp}, []string{"result"}),
		entries: prometheus.NewGauge(prometheus.GaugeOpts{Name: name + "_entries", Help: entriesHelp}),
		bytes:   prometheus.NewGauge(prometheus.GaugeOpts{Name: name + "_bytes", Help: bytesHelp}),
	}
	// Both results are there from the start, so that a rate of either is
	// defined before the first hit.
	c.results.WithLabelValues("hit")
	c.results.WithLabelValues("miss")
	return c
}

// observe records a lookup and what the cache holds after it.
func (c cacheMetrics) observe(r graph.CacheReport) {
	result := "miss"
	if r.Hit {
		result = "hit"
	}
	c.results.WithLabelValues(result).Inc()
	c.entries.Set(float64(r.Entries))
	c.bytes.Set(float64(r.Bytes))
}

// instrumentedStore counts and times appends.
type instrumentedStore struct {
	eventstore.Store
	m *metrics
}

func (s instrumentedStore) Append(ctx context.Context, stream string, expected int64, events ...eventstore.EventData) (eventstore.AppendResult, error) {
	start := time.Now()
	res, err := s.Store.Append(ctx, stream, expected, events...)
	switch {
	case err == nil:
		s.m.appends.WithLabelValues("ok").Inc()
		s.m.appendSeconds.Observe(time.Since(start).Seconds())
	case errors.Is(err, eventstore.ErrVersionConflict):
		s.m.appends.WithLabelValues("conflict").Inc()
	default:
		s.m.appends.WithLabelValues("error").Inc()
	}
	return res, err
}
