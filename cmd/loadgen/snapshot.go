package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// snapshotWindow is how long after the ingest the mutations' latency is
// compared: the time a subscriber has to see the snapshot.
const snapshotWindow = time.Second

// ingestLine is what ledger ingest prints about a snapshot it recorded:
// the number of events of its one commit and the position of the last.
var ingestLine = regexp.MustCompile(`\((\d+) events, head (\d+)\)`)

// SnapshotResult is what the snapshot mode reports.
type SnapshotResult struct {
	Command string `json:"ingest_command"`
	// Events of the snapshot's commit, at positions First to Head.
	Events uint64 `json:"events"`
	First  int64  `json:"first_position"`
	Head   int64  `json:"head_position"`
	// IngestSeconds is the ingest command's run time, from Started to
	// Returned; the delivery window ends at WindowEnd. The times let the
	// server's own log of each mutation be cut into the same windows.
	IngestSeconds float64   `json:"ingest_seconds"`
	Started       time.Time `json:"ingest_started"`
	Returned      time.Time `json:"ingest_returned"`
	WindowEnd     time.Time `json:"delivery_window_end"`
	// Per subscriber, the time from the commit to the receipt of the
	// snapshot's last event: from the moment the ingest command returned,
	// and from the event's recordedAt (which the writer stamps as the
	// transaction begins, before its sync).
	FromReturn   *Spread `json:"last_event_after_ingest_returned,omitempty"`
	FromRecorded *Spread `json:"last_event_after_recorded_at,omitempty"`
	// Missing counts snapshot events a subscriber did not receive.
	Missing uint64 `json:"missing"`
	// The mutations' latency before the ingest started, while it ran,
	// and from its return until every subscriber had the snapshot (at
	// least snapshotWindow).
	Steady      Latency `json:"mutations_steady"`
	During      Latency `json:"mutations_during_ingest"`
	Delivery    Latency `json:"mutations_during_delivery"`
	WindowMS    float64 `json:"delivery_window_ms"`
	IngestLines string  `json:"ingest_output"`
}

// Spread is a distribution over the subscribers, in milliseconds.
type Spread struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50_ms"`
	P99 float64 `json:"p99_ms"`
	Max float64 `json:"max_ms"`
}

func spread(ds []time.Duration) *Spread {
	if len(ds) == 0 {
		return nil
	}
	slices.Sort(ds)
	at := func(q float64) float64 {
		i := min(len(ds)-1, max(0, int(q*float64(len(ds))+0.5)-1))
		return float64(ds[i].Microseconds()) / 1000
	}
	return &Spread{N: len(ds), P50: at(0.5), P99: at(0.99), Max: float64(ds[len(ds)-1].Microseconds()) / 1000}
}

// runSnapshot opens the subscriptions, writes mutations at -rate for
// -warmup, runs the -ingest command (which records a list snapshot in one
// commit, beside the server), keeps writing for -duration after it
// returns, and reports when each subscriber had the snapshot's last event
// and what the mutations' latency was before, during and after.
func runSnapshot(ctx context.Context, c *client, cfg Config, logw io.Writer) (*Result, error) {
	write := sourceWriter(c)
	subs, sentinel, closeSubs, err := openLive(ctx, cfg, write, func(int) bool { return true })
	defer closeSubs()
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(logw, "loadgen: %d subscriptions live at position %d; writing %d mutations/s\n", len(subs), sentinel, cfg.Rate)

	// The mutations come from a process of their own, as they would from
	// another client: in this one, the subscribers' readers would delay
	// them as much as the server does.
	start := time.Now()
	writer, err := startWriter(ctx, cfg)
	if err != nil {
		return nil, err
	}
	var muts []mutation
	stopWriting := sync.OnceValue(func() error {
		var err error
		muts, err = writer()
		return err
	})
	defer stopWriting()

	select {
	case <-time.After(cfg.Warmup):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	args := strings.Fields(cfg.Ingest)
	fmt.Fprintf(logw, "loadgen: running %s\n", cfg.Ingest)
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, args[0], args[1:]...)
	cmd.Stdout, cmd.Stderr = &out, &out
	t0 := time.Now()
	err = cmd.Run()
	t1 := time.Now()
	if err != nil {
		return nil, fmt.Errorf("ingest: %w\n%s", err, out.Bytes())
	}
	m := ingestLine.FindSubmatch(out.Bytes())
	if m == nil {
		return nil, fmt.Errorf("ingest wrote no snapshot (no %q in its output):\n%s", ingestLine, out.Bytes())
	}
	n, _ := strconv.ParseInt(string(m[1]), 10, 64)
	head, _ := strconv.ParseInt(string(m[2]), 10, 64)
	if n == 0 {
		return nil, fmt.Errorf("ingest wrote no events:\n%s", out.Bytes())
	}
	fmt.Fprintf(logw, "loadgen: ingest took %.2f s: %d events up to position %d; waiting for delivery\n", t1.Sub(t0).Seconds(), n, head)
	waitUntil(ctx, time.Now().Add(60*time.Second), func() bool { return allPast(subs, head) })
	var delivered time.Time // the last subscriber's receipt of the last event
	if rest := t1.Add(cfg.Duration).Sub(time.Now()); rest > 0 {
		time.Sleep(rest)
	}
	if err := stopWriting(); err != nil {
		return nil, err
	}
	closeSubs()
	for _, s := range subs {
		<-s.done
	}

	sr := &SnapshotResult{Command: cfg.Ingest, Events: uint64(n), First: head - n + 1, Head: head,
		IngestSeconds: t1.Sub(t0).Seconds(), IngestLines: strings.TrimSpace(out.String())}
	res := &Result{Seconds: time.Since(start).Seconds(), Subscribers: len(subs), Snapshot: sr}
	var fromReturn, fromRecorded []time.Duration
	for _, s := range subs {
		res.count(s)
		for p := sr.First; p <= head; p++ {
			if !s.isSeen(p, sentinel) {
				sr.Missing++
			}
		}
		for _, r := range s.log {
			if r.pos == head {
				fromReturn = append(fromReturn, r.at.Sub(t1))
				fromRecorded = append(fromRecorded, r.at.Sub(r.recorded))
				if r.at.After(delivered) {
					delivered = r.at
				}
			}
		}
	}
	sr.FromReturn, sr.FromRecorded = spread(fromReturn), spread(fromRecorded)
	end := t1.Add(snapshotWindow)
	if delivered.After(end) {
		end = delivered
	}
	sr.WindowMS = float64(end.Sub(t1).Microseconds()) / 1000
	sr.Started, sr.Returned, sr.WindowEnd = t0.UTC(), t1.UTC(), end.UTC()
	var all, steady, during, delivery hist
	var errs errCounter
	for _, m := range muts {
		if m.Err != "" {
			errs.add(errors.New(m.Err))
		}
		lat := m.Done.Sub(m.Due)
		all.add(lat)
		switch {
		case m.Due.Before(t0):
			steady.add(lat)
		case m.Due.Before(t1):
			during.add(lat)
		case m.Due.Before(end):
			delivery.add(lat)
		}
	}
	res.Requests, res.Errors, res.FirstError = all.n, errs.n, firstOf(res.FirstError, errs.message())
	res.Latency, res.Rate, res.TargetRate = all.summary(), float64(all.n)/res.Seconds, float64(cfg.Rate)
	sr.Steady, sr.During, sr.Delivery = steady.summary(), during.summary(), delivery.summary()
	return res, nil
}

// mutation is one mutation of the writer process: when it was due, when
// its answer came, and its error.
type mutation struct {
	Due  time.Time `json:"due"`
	Done time.Time `json:"done"`
	Err  string    `json:"err,omitempty"`
}

// startWriter starts this program in -mode mutations, writing cfg.Rate
// mutations a second, and returns the function that stops it and returns
// what it wrote.
func startWriter(ctx context.Context, cfg Config) (func() ([]mutation, error), error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, self, "-mode", "mutations", "-url", cfg.URL,
		"-rate", strconv.Itoa(cfg.Rate), "-writers", strconv.Itoa(cfg.Writers), "-timeout", cfg.Timeout.String())
	cmd.Env = append(os.Environ(), "LOADGEN_TOKEN="+cfg.Token)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return func() ([]mutation, error) {
		stdin.Close()
		if err := cmd.Wait(); err != nil {
			return nil, fmt.Errorf("mutation writer: %w: %s", err, errOut.Bytes())
		}
		var muts []mutation
		if err := json.Unmarshal(out.Bytes(), &muts); err != nil {
			return nil, fmt.Errorf("mutation writer's report: %w", err)
		}
		return muts, nil
	}, nil
}

// runMutations writes mutations on an open loop, mutation i due at start +
// i/rate, until stop closes, and prints them as JSON on w.
func runMutations(ctx context.Context, c *client, cfg Config, stop <-chan struct{}, w io.Writer) error {
	write := sourceWriter(c)
	var (
		mu     sync.Mutex
		muts   []mutation
		wg     sync.WaitGroup
		due    = make(chan time.Time, 1<<16)
		start  = time.Now()
		period = time.Second / time.Duration(cfg.Rate)
	)
	for range cfg.Writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for at := range due {
				_, err := write(ctx)
				m := mutation{Due: at, Done: time.Now()}
				if err != nil {
					m.Err = err.Error()
				}
				mu.Lock()
				muts = append(muts, m)
				mu.Unlock()
			}
		}()
	}
	func() {
		defer close(due)
		for i := 0; ; i++ {
			at := start.Add(time.Duration(i) * period)
			select {
			case <-time.After(time.Until(at)):
			case <-stop:
				return
			case <-ctx.Done():
				return
			}
			due <- at
		}
	}()
	wg.Wait()
	return json.NewEncoder(w).Encode(muts)
}

// firstOf returns the first of its arguments that is not empty.
func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
