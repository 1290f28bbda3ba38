package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/controlsledger/ledger/internal/cpuprofile"
	sqlitedriver "modernc.org/sqlite"
)

// Config is the parsed and validated configuration of a run.
type Config struct {
	// Dir is where the run creates its temporary directory.
	Dir string
	// Events is the size of the ledger the read cases read.
	Events int
	// Duration is how long each engine of a write case runs (in slices,
	// taking turns), and how long the stream read runs.
	Duration time.Duration
	// Page is the page size of the full read.
	Page int
	// Keep leaves the temporary directory in place.
	Keep bool
	// CPUProfile, if set, is where the CPU profile of the whole run goes.
	CPUProfile string
	// Fdatasync has SQLite, and the disk probe, sync with fdatasync(2)
	// instead of fsync(2).
	Fdatasync bool
}

// Main is one run of storebench. The smoke test drives the same type.
type Main struct {
	Config Config

	stdout, stderr io.Writer
	tmp            string       // the run's temporary directory
	stopProfile    func() error // set while profiling
}

// NewMain returns a Main that prints the report on stdout and its progress
// on stderr.
func NewMain(stdout, stderr io.Writer) *Main {
	return &Main{stdout: stdout, stderr: stderr}
}

const usage = `Usage: storebench [flags]

Measures, in one run: the disk's fsync latency; the raw SQLite engine and the
ledger's store doing the same durable writes (1, 8 and 64 concurrent writers
of one event per call; 100 and 1,000 events per call); a full read of a
ledger of -events events, and a read of one 100-event stream spread over it.
Prints a markdown table with events/s, p50 and p99 per call, the ratio
store/raw, the machine, and the store's targets judged on this run.

Flags:
`

// ParseFlags reads the command line into Config and validates it,
// reporting every problem at once.
func (m *Main) ParseFlags(args []string) error {
	c := &m.Config
	fs := flag.NewFlagSet("storebench", flag.ContinueOnError)
	fs.SetOutput(m.stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	var quick bool
	fs.StringVar(&c.Dir, "dir", os.TempDir(), "directory on the disk to measure; the run works in a new temporary directory inside it")
	fs.IntVar(&c.Events, "events", 1_000_000, "events in the ledger the read cases read")
	fs.DurationVar(&c.Duration, "duration", 5*time.Second, "how long each engine of a write case runs, in 5 slices taking turns with the others; and the stream read")
	fs.IntVar(&c.Page, "page", 1000, "events per call of the full read")
	fs.BoolVar(&c.Keep, "keep", false, "keep the temporary directory and its ledger files")
	fs.StringVar(&c.CPUProfile, "cpuprofile", "", "write a CPU profile of the run to this file")
	fs.BoolVar(&c.Fdatasync, "fdatasync", false, "commit with fdatasync(2) instead of fsync(2) (the driver's process-wide switch), and probe the disk with it too")
	fs.BoolVar(&quick, "quick", false, "smoke run: 10,000 events and 200ms per case, unless -events or -duration are given")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if quick {
		set := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
		if !set["events"] {
			c.Events = 10_000
		}
		if !set["duration"] {
			c.Duration = 200 * time.Millisecond
		}
	}
	var problems []error
	if fs.NArg() != 0 {
		problems = append(problems, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " ")))
	}
	if c.Dir == "" {
		problems = append(problems, errors.New("-dir must not be empty"))
	}
	if c.Events < minEvents {
		problems = append(problems, fmt.Errorf("-events must be at least %d, not %d", minEvents, c.Events))
	}
	if c.Duration <= 0 {
		problems = append(problems, fmt.Errorf("-duration must be positive, not %v", c.Duration))
	}
	if c.Page < 1 {
		problems = append(problems, fmt.Errorf("-page must be at least 1, not %d", c.Page))
	}
	return errors.Join(problems...)
}

// Run measures every case and prints the report.
func (m *Main) Run(ctx context.Context) error {
	c := m.Config
	if err := os.MkdirAll(c.Dir, 0o750); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(c.Dir, "storebench-")
	if err != nil {
		return err
	}
	m.tmp = tmp
	stop, err := cpuprofile.Start(c.CPUProfile)
	if err != nil {
		return err
	}
	m.stopProfile = stop
	if c.Fdatasync {
		if _, err := sqlitedriver.Fdatasync(true); err != nil {
			return fmt.Errorf("-fdatasync: %w", err)
		}
	}
	mach := readMachine(ctx, tmp)
	if mach.FSType == "tmpfs" || mach.FSType == "ramfs" {
		fmt.Fprintf(m.stderr, "warning: %s is on %s, which does not reach a disk: fsync costs nothing there\n", c.Dir, mach.FSType)
	}
	r := &runner{cfg: c, dir: tmp, progress: m.stderr}
	start := time.Now()
	rep, err := r.run(ctx)
	if err != nil {
		return err
	}
	rep.Machine = mach
	rep.Took = time.Since(start)
	rep.Write(m.stdout)
	return nil
}

// Close stops the profile and removes the temporary directory.
func (m *Main) Close() error {
	var errs []error
	if m.stopProfile != nil {
		errs = append(errs, m.stopProfile())
		m.stopProfile = nil
	}
	if m.tmp != "" {
		if m.Config.Keep {
			fmt.Fprintf(m.stderr, "kept %s\n", m.tmp)
		} else {
			errs = append(errs, os.RemoveAll(m.tmp))
		}
		m.tmp = ""
	}
	return errors.Join(errs...)
}

// path returns the name of a file of the run.
func (r *runner) path(name string) string {
	return filepath.Join(r.dir, name)
}
