package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/controlsledger/ledger/internal/gen"
	"github.com/controlsledger/ledger/internal/progress"
)

// GenerateConfig configures the generate command.
type GenerateConfig struct {
	// Events is the number of events to write.
	Events int
	// Seed selects the ledger; the same seed gives the same ledger.
	Seed uint64
	// Out, if set, is the file the generated commands are written to, as
	// an import file, instead of their events to the store.
	Out string
}

func (c *GenerateConfig) flags(fs *flag.FlagSet) {
	fs.IntVar(&c.Events, "events", 0, "number of events to generate (required)")
	fs.Uint64Var(&c.Seed, "seed", 1, "seed of the generated ledger")
	fs.StringVar(&c.Out, "out", "", "write the commands to this NDJSON file, for ledger import, instead of the events to the store")
}

// generateFlags declares the flags of generate.
func generateFlags(c *Config, fs *flag.FlagSet, _ envFunc, _ func(string) string) func([]string) []error {
	c.Generate.flags(fs)
	return func(args []string) []error {
		var problems []error
		if len(args) > 0 {
			problems = append(problems, fmt.Errorf("unexpected arguments: %s", strings.Join(args, " ")))
		}
		if err := c.Generate.validate(); err != nil {
			problems = append(problems, err)
		}
		return problems
	}
}

func (c *GenerateConfig) validate() error {
	if c.Events < 1 {
		return errors.New("--events must be at least 1")
	}
	return nil
}

// runGenerateCommands writes the commands of a generated ledger to the
// file --out names.
func (m *Main) runGenerateCommands(ctx context.Context) error {
	c := m.Config.Generate
	f, err := os.Create(c.Out)
	if err != nil {
		return err
	}
	bar := progress.New(m.stderr, progress.Options{Label: "generate", Unit: "events", Total: int64(c.Events)})
	var reported int
	start := time.Now()
	stats, err := gen.WriteCommands(ctx, f, gen.Options{Events: c.Events, Seed: c.Seed, Actor: m.Config.Actor,
		Progress: func(n int) { bar.Add(int64(n - reported)); reported = n }})
	bar.Done()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(m.stdout, "wrote the commands of %d events to %s in %s, seed %d\n", stats.Events, c.Out, time.Since(start).Round(time.Millisecond), c.Seed)
	fmt.Fprintf(m.stdout, "records: %s\n", counts(stats.Records))
	fmt.Fprintf(m.stdout, "events: %s\n", counts(stats.Types))
	return nil
}

// runGenerate writes a generated ledger to the (empty) store, or its
// commands to the file --out names.
func (m *Main) runGenerate(ctx context.Context) error {
	c := m.Config.Generate
	if c.Out != "" {
		return m.runGenerateCommands(ctx)
	}
	if err := m.openStore(ctx); err != nil {
		return err
	}
	opts := gen.Options{Events: c.Events, Seed: c.Seed, Actor: m.Config.Actor}
	start := time.Now()
	if isTerminal(m.stderr) {
		opts.Progress = func(written int) {
			elapsed := time.Since(start).Seconds()
			fmt.Fprintf(m.stderr, "\rgenerated %d of %d events (%.0f events/s)", written, c.Events, float64(written)/max(elapsed, 1e-9))
		}
	}
	stats, err := gen.Generate(ctx, m.store, opts)
	if opts.Progress != nil {
		fmt.Fprintln(m.stderr)
	}
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	fmt.Fprintf(m.stdout, "generated %d events in %s (%.0f events/s), seed %d\n", stats.Events, elapsed.Round(time.Millisecond),
		float64(stats.Events)/elapsed.Seconds(), c.Seed)
	fmt.Fprintf(m.stdout, "records: %s\n", counts(stats.Records))
	fmt.Fprintf(m.stdout, "events: %s\n", counts(stats.Types))
	return nil
}

// counts formats a count map in key order.
func counts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

// isTerminal reports whether w is a terminal, where progress is shown.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
