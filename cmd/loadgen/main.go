// Command loadgen puts a running ledger server under load through its
// GraphQL API and reports throughput and latency percentiles.
//
// Three scenarios, chosen with -mode:
//
//	simple       closed loop: -concurrency workers each send a current-state
//	             query (one measure by ID) as soon as the last one answered.
//	asof         open loop: -rate requests/s of an asOf query with a filter
//	             and nested links, scheduled by the clock; latency is taken
//	             from the scheduled send time, so a slow server is not
//	             hidden by the generator waiting for it (coordinated omission).
//	subscribers  -subscribers websocket subscriptions to ledgerEvents, then
//	             -rate events/s appended with registerSource mutations; each
//	             received event's delivery latency is the receive time minus
//	             its recordedAt, and every subscriber must see every event.
//	snapshot     -subscribers subscriptions to ledgerEvents and a steady
//	             -rate of mutations; after -warmup, the -ingest command
//	             (ledger ingest of a list snapshot, beside the server) records
//	             a snapshot in one commit: when each subscriber had its last
//	             event, and the mutations' latency before, during and after.
//
// Runs are bounded by -duration and only loopback targets are accepted: the
// tool is for measuring a server on the same machine, not for loading
// someone else's.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/controlsledger/ledger/internal/cpuprofile"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain(os.Stdout, os.Stderr)
	if err := m.ParseFlags(os.Args[1:], os.Getenv); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(2)
	}
	if err := m.Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

// Config is what a run does, parsed from flags and environment.
type Config struct {
	Mode        string
	URL         string
	Token       string
	Duration    time.Duration
	Warmup      time.Duration
	Concurrency int
	Rate        int
	Subscribers int
	// Batch, if above 0, subscribes to ledgerEventBatches with this max
	// instead of ledgerEvents.
	Batch       int
	Writers     int
	MaxInFlight int
	// Ingest is the command that records a list snapshot (snapshot mode).
	Ingest        string
	Jurisdictions []string
	// NoTotal leaves totalCount out of the asof query.
	NoTotal bool
	Seed    uint64
	Timeout time.Duration
	JSON    bool
	// CPUProfile is a file to write the generator's own CPU profile to.
	CPUProfile string
	// ServerPID, if set, is the server's process, watched during the run
	// (server.go); Idle is how long it is watched before the load starts.
	ServerPID int
	Idle      time.Duration
}

// Main is the program: ParseFlags, then Run.
type Main struct {
	Config Config
	stdout io.Writer
	stderr io.Writer
}

// NewMain returns a Main writing its report to stdout and diagnostics to stderr.
func NewMain(stdout, stderr io.Writer) *Main { return &Main{stdout: stdout, stderr: stderr} }

const usage = `Usage: loadgen -mode simple|asof|subscribers|snapshot [flags]

Puts a ledger server on this machine under load through /graphql and reports
throughput, latency percentiles (p50, p99, max) and errors.

  simple       closed loop, -concurrency workers, measure(recordId) queries
  asof         open loop at -rate/s, measures(asOf, filter, first: 50) with links
  subscribers  -subscribers websocket subscriptions, -rate events/s written
               (needs a recorder token)
  snapshot     -subscribers websocket subscriptions (0 for none), -rate
               mutations/s, and after -warmup the -ingest command: when each
               subscriber had the snapshot, and the mutations' latency
               (needs a recorder token)

Flags:
`

// ParseFlags reads the command line and environment (flags win) and
// validates the result, reporting every problem at once.
func (m *Main) ParseFlags(args []string, getenv func(string) string) error {
	c := &m.Config
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	fs.SetOutput(m.stderr)
	fs.Usage = func() {
		fmt.Fprint(m.stderr, usage)
		fs.PrintDefaults()
	}
	var juris string
	fs.StringVar(&c.Mode, "mode", "", "scenario: simple, asof, subscribers or snapshot (required)")
	fs.StringVar(&c.URL, "url", "http://127.0.0.1:8080/graphql", "GraphQL endpoint of the server; loopback only")
	fs.StringVar(&c.Token, "token", getenv("LOADGEN_TOKEN"), "bearer token (LOADGEN_TOKEN); subscribers mode needs a recorder's")
	fs.DurationVar(&c.Duration, "duration", 10*time.Second, "measured run time (at most 10m); snapshot: how long mutations go on after the ingest returns")
	fs.DurationVar(&c.Warmup, "warmup", 2*time.Second, "unmeasured load before the measured run (simple and asof); snapshot: steady mutations before the ingest")
	fs.IntVar(&c.Concurrency, "concurrency", 64, "simple: concurrent workers (and keep-alive connections)")
	fs.IntVar(&c.Rate, "rate", 0, "asof: requests/s (default 500); subscribers: events/s written (default 1000); snapshot: mutations/s (default 50)")
	fs.IntVar(&c.Subscribers, "subscribers", 1000, "subscribers: websocket subscriptions, one connection each")
	fs.IntVar(&c.Writers, "writers", 16, "subscribers: concurrent mutation senders")
	fs.IntVar(&c.Batch, "batch", 0, "subscribers and snapshot: subscribe to ledgerEventBatches with this max (0: ledgerEvents, one event a message)")
	fs.StringVar(&c.Ingest, "ingest", "", "snapshot: the command that records a snapshot, split at spaces and run without a shell, e.g. \"ledger ingest --data DIR --format ofac-sdn --observed-at T FILE\"")
	fs.IntVar(&c.MaxInFlight, "max-inflight", 2000, "asof: requests outstanding at most; beyond, sends wait (and their wait is counted)")
	fs.BoolVar(&c.NoTotal, "no-total", false, "asof: leave totalCount out of the query (counting checks every candidate measure)")
	fs.StringVar(&juris, "jurisdictions", "CN,US", "asof: comma-separated jurisdictions the filter picks from")
	fs.Uint64Var(&c.Seed, "seed", 1, "seed of the random choices")
	fs.DurationVar(&c.Timeout, "timeout", 10*time.Second, "per-request timeout")
	fs.BoolVar(&c.JSON, "json", false, "print the result as one JSON object")
	fs.StringVar(&c.CPUProfile, "cpuprofile", "", "write the generator's CPU profile to this file (it shares the machine with the server)")
	fs.IntVar(&c.ServerPID, "server-pid", 0, "process ID of the server (on this machine): report its resident memory idle and under load, and its CPU per request")
	fs.DurationVar(&c.Idle, "idle", 0, "with -server-pid: how long to sample the server idle before the load starts (default: one sample)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	for _, j := range strings.Split(juris, ",") {
		if j = strings.TrimSpace(j); j != "" {
			c.Jurisdictions = append(c.Jurisdictions, j)
		}
	}
	if c.Rate == 0 {
		switch c.Mode {
		case "asof":
			c.Rate = 500
		case "subscribers":
			c.Rate = 1000
		case "snapshot":
			c.Rate = 50
		}
	}
	var errs []error
	switch c.Mode {
	case "simple", "asof", "subscribers", "snapshot":
	case "mutations": // the snapshot mode's writer process
	case "":
		errs = append(errs, errors.New("-mode is required (simple, asof, subscribers or snapshot)"))
	default:
		errs = append(errs, fmt.Errorf("-mode %q: want simple, asof, subscribers or snapshot", c.Mode))
	}
	if err := checkLoopback(c.URL); err != nil {
		errs = append(errs, err)
	}
	if c.Duration <= 0 || c.Duration > 10*time.Minute {
		errs = append(errs, fmt.Errorf("-duration %s: want more than 0 and at most 10m", c.Duration))
	}
	if c.Warmup < 0 || c.Warmup > time.Minute {
		errs = append(errs, fmt.Errorf("-warmup %s: want 0 to 1m", c.Warmup))
	}
	if c.Concurrency < 1 || c.Concurrency > 10000 {
		errs = append(errs, fmt.Errorf("-concurrency %d: want 1 to 10000", c.Concurrency))
	}
	if c.Rate < 0 || c.Rate > 100000 {
		errs = append(errs, fmt.Errorf("-rate %d: want 1 to 100000", c.Rate))
	}
	if c.Batch < 0 || c.Batch > 1000 {
		errs = append(errs, fmt.Errorf("-batch %d: want 0 (one event a message) to 1000", c.Batch))
	}
	if (c.Subscribers < 1 && c.Mode != "snapshot") || c.Subscribers < 0 || c.Subscribers > 20000 {
		errs = append(errs, fmt.Errorf("-subscribers %d: want 1 to 20000", c.Subscribers))
	}
	if c.Writers < 1 || c.Writers > 1000 {
		errs = append(errs, fmt.Errorf("-writers %d: want 1 to 1000", c.Writers))
	}
	if c.MaxInFlight < 1 {
		errs = append(errs, fmt.Errorf("-max-inflight %d: want at least 1", c.MaxInFlight))
	}
	if c.Mode == "asof" && len(c.Jurisdictions) == 0 {
		errs = append(errs, errors.New("-jurisdictions: want at least one"))
	}
	if c.ServerPID < 0 {
		errs = append(errs, fmt.Errorf("-server-pid %d: want a process ID", c.ServerPID))
	}
	if c.Idle < 0 || c.Idle > 10*time.Minute {
		errs = append(errs, fmt.Errorf("-idle %s: want 0 to 10m", c.Idle))
	}
	if (c.Mode == "subscribers" || c.Mode == "snapshot" || c.Mode == "mutations") && c.Token == "" {
		errs = append(errs, fmt.Errorf("%s mode writes events: give a recorder token with -token or LOADGEN_TOKEN", c.Mode))
	}
	if c.Mode == "snapshot" && strings.TrimSpace(c.Ingest) == "" {
		errs = append(errs, errors.New("snapshot mode needs the -ingest command"))
	}
	if (c.Mode == "snapshot" || c.Mode == "mutations") && c.Rate < 1 {
		errs = append(errs, fmt.Errorf("-rate %d: snapshot mode writes at least one mutation per second", c.Rate))
	}
	return errors.Join(errs...)
}

// checkLoopback refuses any target that is not this machine.
func checkLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("-url: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("-url %q: want http or https", raw)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("-url %q: only loopback targets (127.0.0.0/8, ::1, localhost) are allowed", raw)
}

// Run runs the scenario and prints its report.
func (m *Main) Run(ctx context.Context) error {
	stopProfile, err := cpuprofile.Start(m.Config.CPUProfile)
	if err != nil {
		return err
	}
	defer stopProfile()
	c := newClient(m.Config)
	defer c.close()
	var (
		res  *Result
		idle procSample
		w    *watcher
	)
	if pid := m.Config.ServerPID; pid > 0 {
		if idle, err = measureIdle(ctx, pid, m.Config.Idle); err != nil {
			return err
		}
		w = watch(pid)
	}
	began := time.Now()
	switch m.Config.Mode {
	case "simple":
		res, err = runSimple(ctx, c, m.Config)
	case "asof":
		res, err = runAsOf(ctx, c, m.Config)
	case "subscribers":
		res, err = runSubscribers(ctx, c, m.Config, m.stderr)
	case "snapshot":
		res, err = runSnapshot(ctx, c, m.Config, m.stderr)
	case "mutations":
		// Until its standard input closes: the snapshot mode's writer.
		stop := make(chan struct{})
		go func() {
			io.Copy(io.Discard, os.Stdin)
			close(stop)
		}()
		return runMutations(ctx, c, m.Config, stop, m.stdout)
	}
	if w != nil {
		// Stopped even after a failed run, so that its sampler ends.
		var requests uint64
		if res != nil {
			requests = res.Requests
		}
		st, werr := w.stop(began.Add(m.Config.Warmup), idle, requests)
		if err == nil && werr != nil {
			err = werr
		}
		if res != nil && st != nil {
			st.PID = m.Config.ServerPID
			res.Server = st
		}
	}
	if err != nil {
		return err
	}
	res.Mode = m.Config.Mode
	res.GOMAXPROCS = runtime.GOMAXPROCS(0)
	res.NumCPU = runtime.NumCPU()
	return res.print(m.stdout, m.Config.JSON)
}
