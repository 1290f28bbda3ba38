// Command projbench measures the projections on a ledger in a data
// directory (such as one made by "ledger generate"): time from start to
// ready, resident memory once ready, 'measures in force' queries at random
// points with filters, and a rebuild from position zero.
//
//	go run ./cmd/projbench -data DIR [-snapshot] [-queries N] [-rebuild]
//
// With -snapshot the runner uses DIR/projections.snapshot as the server
// would: the first run writes it after catching up, the next runs start
// from it. Run it once per figure wanted: the resident size is that of
// this process.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/internal/cpuprofile"
	"github.com/controlsledger/ledger/projections"
)

var started = time.Now()

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := &Main{stdout: os.Stdout, stderr: os.Stderr, started: started}
	if err := m.ParseFlags(os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "projbench:", err)
		os.Exit(2)
	}
	if err := m.Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "projbench:", err)
		os.Exit(1)
	}
}

// Config is the parsed command line.
type Config struct {
	DataDir  string
	Snapshot bool
	Queries  int
	Rebuild  bool
	Seed     uint64
	// CPUProfile, if set, is written with the CPU profile of the run.
	CPUProfile string
	// HeapProfile, if set, is written with the heap profile once loaded.
	HeapProfile string
	// MmapMiB is the store's sqlite.Options.MmapSizeMiB (0: its default;
	// negative: no mapping).
	MmapMiB int
}

// Main runs one measurement.
type Main struct {
	Config         Config
	stdout, stderr io.Writer
	started        time.Time
}

// ParseFlags reads the command line.
func (m *Main) ParseFlags(args []string) error {
	fs := flag.NewFlagSet("projbench", flag.ContinueOnError)
	fs.SetOutput(m.stderr)
	fs.StringVar(&m.Config.DataDir, "data", "data", "data directory holding ledger.db")
	fs.BoolVar(&m.Config.Snapshot, "snapshot", false, "start from, and write, DIR/projections.snapshot")
	fs.IntVar(&m.Config.Queries, "queries", 10_000, "number of 'measures in force' queries")
	fs.BoolVar(&m.Config.Rebuild, "rebuild", false, "also rebuild the projections from position zero")
	fs.Uint64Var(&m.Config.Seed, "seed", 1, "seed of the random query points")
	fs.StringVar(&m.Config.CPUProfile, "cpuprofile", "", "write the CPU profile of the run to `file` (for go tool pprof)")
	fs.StringVar(&m.Config.HeapProfile, "heapprofile", "", "write the heap profile once loaded to `file`")
	fs.IntVar(&m.Config.MmapMiB, "mmap", 0, "the store's memory map of ledger.db per read connection, in MiB (0: the store's default; -1: none)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	if _, err := os.Stat(filepath.Join(m.Config.DataDir, "ledger.db")); err != nil {
		return fmt.Errorf("-data: %w", err)
	}
	return nil
}

// Run measures and prints the figures.
func (m *Main) Run(ctx context.Context) error {
	stopProfile, err := cpuprofile.Start(m.Config.CPUProfile)
	if err != nil {
		return err
	}
	defer stopProfile()
	log := slog.New(slog.NewTextHandler(m.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	store, err := sqlite.Open(filepath.Join(m.Config.DataDir, "ledger.db"), sqlite.Options{MmapSizeMiB: m.Config.MmapMiB})
	if err != nil {
		return err
	}
	defer store.Close()
	opened := time.Since(m.started)
	p := projections.New(projections.Options{})
	opts := projections.RunnerOptions{Log: log}
	if m.Config.Snapshot {
		opts.Snapshot = filepath.Join(m.Config.DataDir, "projections.snapshot")
	}
	r := projections.NewRunner(store, p, opts)
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	select {
	case <-r.Ready():
	case err := <-done:
		cancel()
		return err
	}
	ready := time.Since(m.started)
	st, err := r.Status(ctx)
	if err != nil {
		cancel()
		return err
	}
	cpu := cpuTime()
	loaded := st.Snapshot // the snapshot started from, if any
	if m.Config.Snapshot {
		// After a rebuild the runner writes a snapshot in the background:
		// the resident size is read once it has (checking every 100 ms).
		for st.Snapshot < st.Checkpoint && (st.Snapshot == 0 || st.Checkpoint-st.Snapshot >= projections.DefaultSnapshotAfter) {
			select {
			case <-time.After(100 * time.Millisecond):
			case err := <-done:
				cancel()
				return err
			}
			if st, err = r.Status(ctx); err != nil {
				cancel()
				return err
			}
		}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(m.stdout, "ledger %s: %d events, %d CPUs, %s\n", m.Config.DataDir, st.Checkpoint, runtime.NumCPU(), runtime.Version())
	fmt.Fprintf(m.stdout, "store opened after      %8.2f s\n", opened.Seconds())
	fmt.Fprintf(m.stdout, "ready after             %8.2f s (snapshot at %d; %.0f events/s after the store was open; CPU %.1f s)\n",
		ready.Seconds(), loaded, float64(st.Checkpoint-loaded)/(ready-opened).Seconds(), cpu.Seconds())
	fmt.Fprintf(m.stdout, "resident once loaded    %8.0f MiB (Go heap in use %.0f MiB, live %.0f MiB, from the OS %.0f MiB)\n",
		float64(rss())/(1<<20), float64(ms.HeapInuse)/(1<<20), float64(ms.HeapAlloc)/(1<<20), float64(ms.Sys)/(1<<20))
	if m.Config.HeapProfile != "" {
		if err := writeHeapProfile(m.Config.HeapProfile); err != nil {
			cancel()
			return err
		}
	}
	fmt.Fprintf(m.stdout, "  of which              %8.0f MiB anonymous, %.0f MiB pages of files (the store's memory-mapped ledger.db)\n",
		float64(procStatus("RssAnon"))/(1<<20), float64(procStatus("RssFile"))/(1<<20))

	if m.Config.Queries > 0 {
		// Right after ready, while the runner derives the measures'
		// versions in the background; then once it has.
		m.run(p, st.Checkpoint, "right after ready", 1000, false)
		select {
		case <-r.Warmed():
		case err := <-done:
			cancel()
			return err
		}
		runtime.GC()
		runtime.ReadMemStats(&ms)
		fmt.Fprintf(m.stdout, "warm after              %8.2f s, resident %.0f MiB (Go heap in use %.0f MiB)\n",
			time.Since(m.started).Seconds(), float64(rss())/(1<<20), float64(ms.HeapInuse)/(1<<20))
		m.queries(p, st.Checkpoint)
	}
	if m.Config.Queries > 0 {
		runtime.GC()
		debug.FreeOSMemory()
		runtime.ReadMemStats(&ms)
		fmt.Fprintf(m.stdout, "resident after queries  %8.0f MiB (Go heap in use %.0f MiB, caches filled)\n",
			float64(rss())/(1<<20), float64(ms.HeapInuse)/(1<<20))
	}

	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		return err
	}
	if m.Config.Snapshot {
		if fi, err := os.Stat(opts.Snapshot); err == nil {
			fmt.Fprintf(m.stdout, "snapshot                %8.0f MiB at %s\n", float64(fi.Size())/(1<<20), opts.Snapshot)
		}
	}
	if m.Config.Rebuild {
		return m.rebuild(store, log)
	}
	return nil
}

var inForce = []string{domain.StatusInForce, domain.StatusPartlySuspended}

// filters are the filters of the query mix, with a name for the report.
var filters = []struct {
	name string
	f    projections.MeasureFilter
}{
	{"jurisdiction CN, in force", projections.MeasureFilter{Jurisdiction: "CN", Status: inForce}},
	{"implementing US, in force", projections.MeasureFilter{Implementing: "US", Status: inForce}},
	{"affected RU, in force", projections.MeasureFilter{Affected: "RU", Status: inForce}},
	{"US against CN, in force", projections.MeasureFilter{Implementing: "US", Affected: "CN", Status: inForce}},
	{"authority CN-EXPORT, in force", projections.MeasureFilter{AuthorityID: "CN-EXPORT", Status: inForce}},
	{"type export_ban, in force", projections.MeasureFilter{MeasureType: "export_ban", Status: inForce}},
	{"item 'lithography', in force", projections.MeasureFilter{Item: "lithography", Status: inForce}},
	{"item code '3A0'", projections.MeasureFilter{Item: "3a0"}},
	{"text 'gallium', in force", projections.MeasureFilter{Text: "gallium", Status: inForce}},
	{"suspended or partly", projections.MeasureFilter{Status: []string{domain.StatusSuspended, domain.StatusPartlySuspended}}},
}

// queries asks 'measures in force' at random points (valid time between
// 2015 and mid-2026, recorded time a random position), a page of 50, and
// reports the latencies by filter; then a tenth as many with the total
// counted.
func (m *Main) queries(p *projections.Projection, head uint64) {
	m.run(p, head, "warm", m.Config.Queries, false)
	m.run(p, head, "with the total counted", max(m.Config.Queries/10, 1), true)
}

// run asks n questions and prints their latencies.
func (m *Main) run(p *projections.Projection, head uint64, what string, n int, count bool) {
	rng := rand.New(rand.NewPCG(m.Config.Seed, uint64(len(what))))
	first := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	var all []time.Duration
	byFilter := make([][]time.Duration, len(filters))
	items := 0
	for i := range n {
		k := i % len(filters)
		asOf := projections.AsOf{Position: 1 + rng.Uint64N(head), ValidAt: domain.DateOf(first.AddDate(0, 0, rng.IntN(4200)))}
		start := time.Now()
		_, page, err := p.MeasurePage(asOf, filters[k].f, projections.PageRequest{Limit: 50, Count: count})
		d := time.Since(start)
		if err != nil {
			panic(err)
		}
		items += len(page.Items)
		all = append(all, d)
		byFilter[k] = append(byFilter[k], d)
	}
	fmt.Fprintf(m.stdout, "\n'measures in force', page of 50, %s: %d queries at random (validAt, position), %.1f measures a page\n", what, n, float64(items)/float64(n))
	fmt.Fprintf(m.stdout, "  %-30s %s\n", "all", percentiles(all))
	if n < 5000 {
		return
	}
	for k, f := range filters {
		fmt.Fprintf(m.stdout, "  %-30s %s\n", f.name, percentiles(byFilter[k]))
	}
}

func percentiles(ds []time.Duration) string {
	if len(ds) == 0 {
		return "-"
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	at := func(q float64) float64 {
		return float64(s[min(len(s)-1, int(q*float64(len(s))))].Microseconds()) / 1000
	}
	return fmt.Sprintf("p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms", at(0.50), at(0.90), at(0.99), at(1))
}

// rebuild builds a second projection from position zero, without a
// snapshot, and reports its speed.
func (m *Main) rebuild(store *sqlite.Store, log *slog.Logger) error {
	p := projections.New(projections.Options{})
	r := projections.NewRunner(store, p, projections.RunnerOptions{Log: log})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	cpu0, start := cpuTime(), time.Now()
	go func() { done <- r.Run(ctx) }()
	select {
	case <-r.Ready():
	case err := <-done:
		cancel()
		return err
	}
	took, cpu := time.Since(start), cpuTime()-cpu0
	cancel()
	<-done
	fmt.Fprintf(m.stdout, "\nrebuild from position 0 (read, decode, apply): %d events in %.2f s, %.0f events/s, CPU %.1f s\n",
		p.Head(), took.Seconds(), float64(p.Head())/took.Seconds(), cpu.Seconds())
	return nil
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// rss returns the resident set size of the process, in bytes.
func rss() int64 { return procStatus("VmRSS") }

// procStatus returns a size in bytes from /proc/self/status (VmRSS,
// RssAnon, RssFile), or 0.
func procStatus(field string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// cpuTime returns the CPU time the process used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
