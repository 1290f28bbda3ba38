package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/bits"
	"time"
)

// hist is a log-linear latency histogram in microseconds: exact below
// 128 µs, then 64 buckets per power of two (under 1.6 % error), so millions
// of samples cost a few kilobytes. Not safe for concurrent use: each
// goroutine keeps its own and they are merged at the end.
type hist struct {
	counts [64 * 40]uint64
	n      uint64
	max    time.Duration
}

const histSub = 64

func histIndex(us uint64) int {
	if us < 2*histSub {
		return int(us)
	}
	exp := bits.Len64(us) - 7 // us >> exp lies in [64, 128)
	return (exp+1)*histSub + int(us>>uint(exp)) - histSub
}

// histValue is the upper bound of bucket i, in microseconds.
func histValue(i int) uint64 {
	if i < 2*histSub {
		return uint64(i)
	}
	exp := i/histSub - 1
	mant := uint64(i%histSub + histSub)
	return (mant+1)<<uint(exp) - 1
}

func (h *hist) add(d time.Duration) {
	if d < 0 {
		d = 0
	}
	i := histIndex(uint64(d / time.Microsecond))
	if i >= len(h.counts) {
		i = len(h.counts) - 1
	}
	h.counts[i]++
	h.n++
	if d > h.max {
		h.max = d
	}
}

func (h *hist) merge(o *hist) {
	for i, c := range o.counts {
		h.counts[i] += c
	}
	h.n += o.n
	h.max = max(h.max, o.max)
}

// quantile returns the latency under which a fraction q of the samples lie.
func (h *hist) quantile(q float64) time.Duration {
	if h.n == 0 {
		return 0
	}
	rank := uint64(q*float64(h.n) + 0.5)
	rank = max(rank, 1)
	var seen uint64
	for i, c := range h.counts {
		seen += c
		if seen >= rank {
			return min(time.Duration(histValue(i))*time.Microsecond, h.max)
		}
	}
	return h.max
}

// Latency summarises a histogram, in milliseconds.
type Latency struct {
	Samples uint64  `json:"samples"`
	P50     float64 `json:"p50_ms"`
	P90     float64 `json:"p90_ms"`
	P99     float64 `json:"p99_ms"`
	P999    float64 `json:"p999_ms"`
	Max     float64 `json:"max_ms"`
}

func (h *hist) summary() Latency {
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	return Latency{Samples: h.n, P50: ms(h.quantile(0.50)), P90: ms(h.quantile(0.90)), P99: ms(h.quantile(0.99)),
		P999: ms(h.quantile(0.999)), Max: ms(h.max)}
}

// Result is what a run reports.
type Result struct {
	Mode       string  `json:"mode"`
	GOMAXPROCS int     `json:"gomaxprocs"`
	NumCPU     int     `json:"num_cpu"`
	Seconds    float64 `json:"seconds"`
	// Requests counts answered requests (queries or mutations), errors included.
	Requests uint64 `json:"requests"`
	Errors   uint64 `json:"errors"`
	// FirstError is the first error seen, for the operator to read.
	FirstError string  `json:"first_error,omitempty"`
	Rate       float64 `json:"rate_per_s"`
	// TargetRate is the open-loop schedule (asof, subscribers writes).
	TargetRate float64 `json:"target_rate_per_s,omitempty"`
	Latency    Latency `json:"latency"`

	// Subscribers mode.
	Subscribers int    `json:"subscribers,omitempty"`
	Events      uint64 `json:"events,omitempty"`
	// Unsent counts writes due in the window that were not sent by its end.
	Unsent         uint64   `json:"unsent,omitempty"`
	Deliveries     uint64   `json:"deliveries,omitempty"`
	Missing        uint64   `json:"missing,omitempty"`
	Duplicates     uint64   `json:"duplicates,omitempty"`
	OutOfOrder     uint64   `json:"out_of_order,omitempty"`
	Foreign        uint64   `json:"foreign,omitempty"`
	Dropped        int      `json:"dropped_subscriptions,omitempty"`
	DeliveryRate   float64  `json:"deliveries_per_s,omitempty"`
	Delivery       *Latency `json:"delivery,omitempty"`
	DeliveryFromOK *Latency `json:"delivery_from_mutation_return,omitempty"`

	// Snapshot mode.
	Snapshot *SnapshotResult `json:"snapshot,omitempty"`

	// Server is what was seen of the server's process (-server-pid).
	Server *ServerStats `json:"server,omitempty"`
}

func (r *Result) print(w io.Writer, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	lat := func(name string, l Latency) {
		fmt.Fprintf(w, "%-22s p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms  (%d samples)\n",
			name, l.P50, l.P90, l.P99, l.P999, l.Max, l.Samples)
	}
	fmt.Fprintf(w, "mode %s, %.1f s, GOMAXPROCS %d of %d CPUs\n", r.Mode, r.Seconds, r.GOMAXPROCS, r.NumCPU)
	if r.TargetRate > 0 {
		fmt.Fprintf(w, "requests %d, %.0f/s (target %.0f/s), errors %d\n", r.Requests, r.Rate, r.TargetRate, r.Errors)
	} else {
		fmt.Fprintf(w, "requests %d, %.0f/s, errors %d\n", r.Requests, r.Rate, r.Errors)
	}
	lat("latency", r.Latency)
	if r.Mode == "subscribers" {
		fmt.Fprintf(w, "subscribers %d (dropped %d), events %d (due but unsent %d), deliveries %d (%.0f/s)\n",
			r.Subscribers, r.Dropped, r.Events, r.Unsent, r.Deliveries, r.DeliveryRate)
		fmt.Fprintf(w, "missing %d, duplicates %d, out of order %d, foreign %d\n", r.Missing, r.Duplicates, r.OutOfOrder, r.Foreign)
		if r.Delivery != nil {
			lat("delivery (recordedAt)", *r.Delivery)
		}
		if r.DeliveryFromOK != nil {
			lat("delivery (mutation ok)", *r.DeliveryFromOK)
		}
	}
	if sr := r.Snapshot; sr != nil {
		fmt.Fprintf(w, "snapshot: %d events at positions %d-%d, ingest ran %.2f s\n", sr.Events, sr.First, sr.Head, sr.IngestSeconds)
		spread := func(name string, s *Spread) {
			if s != nil {
				fmt.Fprintf(w, "%-30s p50 %.1f ms  p99 %.1f ms  max %.1f ms  (%d subscribers)\n", name, s.P50, s.P99, s.Max, s.N)
			}
		}
		spread("last event after ingest return", sr.FromReturn)
		spread("last event after recordedAt", sr.FromRecorded)
		fmt.Fprintf(w, "subscribers %d (dropped %d), deliveries %d, snapshot events missing %d, duplicates %d, out of order %d\n",
			r.Subscribers, r.Dropped, r.Deliveries, sr.Missing, r.Duplicates, r.OutOfOrder)
		lat("mutations, steady", sr.Steady)
		lat("mutations, ingest", sr.During)
		lat(fmt.Sprintf("mutations, delivery %.0f ms", sr.WindowMS), sr.Delivery)
	}
	if s := r.Server; s != nil {
		fmt.Fprintf(w, "server %d: RSS idle %.0f MiB (anonymous %.0f); loaded mean %.0f, max %.0f MiB (anonymous mean %.0f, max %.0f); growth %.2fx mean, %.2fx max\n",
			s.PID, s.IdleRSS, s.IdleRSSAnon, s.LoadedRSSMean, s.LoadedRSSMax, s.LoadedRSSAnonMean, s.LoadedRSSAnonMax, s.GrowthMean, s.GrowthMax)
		fmt.Fprintf(w, "server CPU %.2f s in the measured window, %.3f ms per request\n", s.CPUSeconds, s.CPUPerRequest)
	}
	if r.FirstError != "" {
		fmt.Fprintf(w, "first error: %s\n", r.FirstError)
	}
	return nil
}
