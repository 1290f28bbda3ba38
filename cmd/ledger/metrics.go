package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
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

func newMetrics(store eventstore.Store, proj lagSource, files []string) *metrics {
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
		names: map[string]bool{},
	}
	storeHead := func() (uint64, error) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		return store.Head(ctx)
	}
	m.reg.MustRegister(m.appends, m.appendSeconds, m.operations, m.opSeconds, m.subscriptions,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
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
