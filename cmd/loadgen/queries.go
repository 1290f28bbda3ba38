package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"time"
)

const (
	idsQuery    = `{ ledger { head } measures(first: 100) { nodes { recordId } } }`
	simpleQuery = `query($id: ID!) { measure(recordId: $id) { recordId status title } }`
	asOfQuery   = `query($validAt: Date!, $position: Int!, $j: String!) {
  measures(asOf: {validAt: $validAt, position: $position}, filter: {jurisdiction: $j}, first: 50) {
    totalCount
    nodes {
      recordId status
      outgoingLinks { relation to { recordId } }
      incomingLinks { relation from { recordId } }
    }
  }
}`
)

// probe reads the ledger head and up to 100 measure IDs.
func probe(ctx context.Context, c *client) (head int, ids []string, err error) {
	var out struct {
		Ledger   struct{ Head int }
		Measures struct{ Nodes []struct{ RecordID string } }
	}
	if err := c.do(ctx, idsQuery, nil, &out); err != nil {
		return 0, nil, fmt.Errorf("probe: %w", err)
	}
	for _, n := range out.Measures.Nodes {
		ids = append(ids, n.RecordID)
	}
	return out.Ledger.Head, ids, nil
}

// runSimple is the closed loop: each worker sends its next query when the
// last one answered, for warmup plus duration; only the measured part counts.
func runSimple(ctx context.Context, c *client, cfg Config) (*Result, error) {
	_, ids, err := probe(ctx, c)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, errors.New("the ledger has no measures to query")
	}
	// Each request is prepared once per measure; an answer must name the
	// measure asked for.
	prepared := make([][]byte, len(ids))
	wants := make([][]byte, len(ids))
	for i, id := range ids {
		if prepared[i], err = prepareRequest(cfg.URL, cfg.Token, simpleQuery, map[string]any{"id": id}); err != nil {
			return nil, err
		}
		wants[i] = fmt.Appendf(nil, `"recordId":%q`, id)
	}
	start := time.Now()
	measureFrom := start.Add(cfg.Warmup)
	end := measureFrom.Add(cfg.Duration)
	type worker struct {
		h    hist
		errs errCounter
		reqs uint64
	}
	workers := make([]worker, cfg.Concurrency)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func(wk *worker, seed uint64) {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(cfg.Seed, seed))
			cn, err := newConn(cfg.URL, cfg.Timeout)
			if err != nil {
				wk.errs.add(err)
				return
			}
			defer cn.close()
			for ctx.Err() == nil {
				t0 := time.Now()
				if t0.After(end) {
					return
				}
				i := rng.IntN(len(ids))
				body, err := cn.do(prepared[i])
				if err == nil {
					err = checkAnswer(body, wants[i])
				}
				if t0.Before(measureFrom) {
					continue
				}
				wk.h.add(time.Since(t0))
				wk.reqs++
				wk.errs.add(err)
			}
		}(&workers[w], uint64(w))
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var (
		h    hist
		errs errCounter
		reqs uint64
	)
	for i := range workers {
		h.merge(&workers[i].h)
		errs.merge(&workers[i].errs)
		reqs += workers[i].reqs
	}
	secs := cfg.Duration.Seconds()
	return &Result{Seconds: secs, Requests: reqs, Errors: errs.n, FirstError: errs.message(),
		Rate: float64(reqs) / secs, Latency: h.summary()}, nil
}

// runAsOf is the open loop: request i is due at start + i/rate whatever
// happened to the others, and its latency runs from that due time.
func runAsOf(ctx context.Context, c *client, cfg Config) (*Result, error) {
	head, _, err := probe(ctx, c)
	if err != nil {
		return nil, err
	}
	query := asOfQuery
	if cfg.NoTotal {
		query = strings.Replace(query, "totalCount", "", 1)
	}
	if head < 1 {
		return nil, errors.New("the ledger is empty")
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 2))
	day0 := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC).Sub(day0).Hours() / 24)

	interval := time.Second / time.Duration(cfg.Rate)
	start := time.Now()
	measureFrom := start.Add(cfg.Warmup)
	end := measureFrom.Add(cfg.Duration)
	sem := make(chan struct{}, cfg.MaxInFlight)
	var (
		mu   sync.Mutex
		h    hist
		errs errCounter
		reqs uint64
		wg   sync.WaitGroup
	)
	for i := 0; ; i++ {
		due := start.Add(time.Duration(i) * interval)
		if !due.Before(end) {
			break
		}
		if d := time.Until(due); d > 0 {
			select {
			case <-time.After(d):
			case <-ctx.Done():
			}
		}
		if ctx.Err() != nil {
			break
		}
		vars := map[string]any{
			"validAt":  day0.AddDate(0, 0, rng.IntN(days+1)).Format(time.DateOnly),
			"position": 1 + rng.IntN(head),
			"j":        cfg.Jurisdictions[rng.IntN(len(cfg.Jurisdictions))],
		}
		select {
		case sem <- struct{}{}: // waiting here is counted: latency runs from due
		case <-ctx.Done():
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			err := c.do(ctx, query, vars, nil)
			lat := time.Since(due)
			if due.Before(measureFrom) {
				return
			}
			mu.Lock()
			h.add(lat)
			reqs++
			errs.add(err)
			mu.Unlock()
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// The rate achieved is over the measured window plus the tail it took
	// to answer what was sent in it.
	secs := time.Since(measureFrom).Seconds()
	return &Result{Seconds: secs, Requests: reqs, Errors: errs.n, FirstError: errs.message(),
		Rate: float64(reqs) / secs, TargetRate: float64(cfg.Rate), Latency: h.summary()}, nil
}
