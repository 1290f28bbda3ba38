package main

import (
	"bufio"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"
)

// scrape reads /metrics and returns the value of each series without
// labels, and of each labelled series under its full name.
func (s *server) scrape(tb testing.TB) map[string]float64 {
	tb.Helper()
	resp, err := http.Get(s.url + "/metrics")
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]float64{}
	for _, line := range strings.Split(string(body), "\n") {
		i := strings.LastIndexByte(line, ' ')
		if i < 0 || strings.HasPrefix(line, "#") {
			continue
		}
		if v, err := strconv.ParseFloat(line[i+1:], 64); err == nil {
			out[line[:i]] = v
		}
	}
	return out
}

// Once the read models are ready, serve's auto limit follows the live
// heap by default: the live heap plus the headroom (at least 64 MiB) plus
// the runtime's own memory, far under the 75% of the machine's memory that
// is its cap.
func TestServeDerivesMemoryLimit(t *testing.T) {
	s := startServer(t, t.TempDir(), "--demo")
	waitForLog(t, s, "memory limit derived")
	m := s.scrape(t)
	limit, live := m["go_gc_gomemlimit_bytes"], m["go_gc_heap_live_bytes"]
	if live <= 0 {
		t.Fatalf("go_gc_heap_live_bytes %v", live)
	}
	// The limit was derived from the live heap of its tick, which later
	// collections may have moved; the room is at least 64 MiB.
	if limit < 64<<20 || limit > live+256<<20 {
		t.Errorf("go_gc_gomemlimit_bytes %.0f with a live heap of %.0f: want the live heap + 64 MiB + the runtime's own", limit, live)
	}
	if _, ok := m["ledger_gc_cpu_fraction"]; !ok {
		t.Error("/metrics lacks ledger_gc_cpu_fraction")
	}

	// A size given overrides: nothing is derived.
	s = startServer(t, t.TempDir(), "--memory-limit", "900MiB")
	waitForLog(t, s, "Merkle tree ready")
	if got := s.scrape(t)["go_gc_gomemlimit_bytes"]; got != 900<<20 {
		t.Errorf("--memory-limit 900MiB: go_gc_gomemlimit_bytes %.0f", got)
	}
	if strings.Contains(s.logs.String(), "memory limit derived") {
		t.Errorf("--memory-limit 900MiB derived a limit:\n%s", s.logs)
	}
}

// The answer cache's hits and misses, entries and bytes are in /metrics.
func TestAnswerCacheMetrics(t *testing.T) {
	s := startServer(t, t.TempDir())
	if r := s.query(t, announce, map[string]any{"in": announceInput()}); len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	get := func(query string) {
		t.Helper()
		resp, err := http.Get(s.url + "/graphql?" + url.Values{"query": {query}}.Encode())
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || strings.Contains(string(body), `"errors"`) {
			t.Fatalf("GET %s: %d %s", query, resp.StatusCode, body)
		}
	}
	fixed := `{ measures(asOf: {validAt: "2023-08-15", position: 1}) { totalCount } }`
	get(fixed)                                                        // a miss, stored
	get(fixed)                                                        // a hit
	get(fixed)                                                        // a hit
	get(`{ measures(asOf: {validAt: "2023-08-15"}) { totalCount } }`) // at "now": not cached, neither
	m := s.scrape(t)
	for name, want := range map[string]float64{
		`ledger_answer_cache_requests_total{result="hit"}`:  2,
		`ledger_answer_cache_requests_total{result="miss"}`: 1,
		`ledger_answer_cache_entries`:                       1,
	} {
		if got, ok := m[name]; !ok || got != want {
			t.Errorf("%s = %v (present %v), want %v", name, got, ok, want)
		}
	}
	if b := m["ledger_answer_cache_bytes"]; b < 32 || b > 4096 {
		t.Errorf("ledger_answer_cache_bytes = %v, want the one small answer with its key and headers", b)
	}
}

// The subscription cache's hits and misses, entries and bytes are in
// /metrics: two identical subscriptions, one execution of their message.
func TestSubscriptionCacheMetrics(t *testing.T) {
	s := startServer(t, t.TempDir())
	if r := s.query(t, announce, map[string]any{"in": announceInput()}); len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	for range 2 {
		body := strings.NewReader(`{"query": "subscription { ledgerEvents(after: 0) { position type } }"}`)
		req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, s.url+"/graphql", body)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "text/event-stream")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() && !strings.HasPrefix(sc.Text(), "data: ") {
		}
		if !strings.Contains(sc.Text(), `"position":1`) {
			t.Fatalf("first message %q, want the event at position 1", sc.Text())
		}
	}
	m := s.scrape(t)
	for name, want := range map[string]float64{
		`ledger_subscription_cache_messages_total{result="hit"}`:  1,
		`ledger_subscription_cache_messages_total{result="miss"}`: 1,
		`ledger_subscription_cache_entries`:                       1,
	} {
		if got, ok := m[name]; !ok || got != want {
			t.Errorf("%s = %v (present %v), want %v", name, got, ok, want)
		}
	}
	if b := m["ledger_subscription_cache_bytes"]; b < 256 || b > 4096 {
		t.Errorf("ledger_subscription_cache_bytes = %v, want the one small message with its key", b)
	}
}
