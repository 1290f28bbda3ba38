package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/controlsledger/ledger/internal/progress"
	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/lists"
	"github.com/controlsledger/ledger/lists/ingest"
)

// IngestConfig configures the ingest command.
type IngestConfig struct {
	Format lists.Format
	// ObservedAt dates files whose list does not date them (OFAC's CSV).
	ObservedAt time.Time
	// Manifest names a TSV of files and their observation times.
	Manifest           string
	AllowMassDelisting bool
	MaxDelisting       float64
	// Files are the files to ingest, in order (from the arguments, or
	// the manifest).
	Files []ingest.ManifestEntry
}

func ingestFlags(c *Config, fs *flag.FlagSet, env envFunc, _ func(string) string) func([]string) []error {
	ic := &c.Ingest
	var format, observed, share string
	fs.StringVar(&format, "format", env("LEDGER_INGEST_FORMAT", ""), "the files' format: ofac-sdn, un-sc or federal-register (LEDGER_INGEST_FORMAT)")
	fs.StringVar(&observed, "observed-at", "", "when the files were obtained, RFC 3339 (e.g. 2024-05-03T18:43:23Z): dates a list that does not date its files (OFAC's CSV)")
	fs.StringVar(&ic.Manifest, "manifest", "", "a tab-separated file with the columns file and observed_at (and a header) naming the files to ingest, in order; file paths are relative to it")
	fs.BoolVar(&ic.AllowMassDelisting, "allow-mass-delisting", false, "record a snapshot even if it delists more than --max-delisting of its list")
	fs.StringVar(&share, "max-delisting", env("LEDGER_INGEST_MAX_DELISTING", "0.10"), "the share of a list a snapshot may delist before it is refused as implausible (LEDGER_INGEST_MAX_DELISTING)")
	return func(args []string) []error {
		var problems []error
		f, err := lists.ParseFormat(format)
		if err != nil {
			problems = append(problems, fmt.Errorf("--format: %w", err))
		}
		ic.Format = f
		if observed != "" {
			if ic.ObservedAt, err = time.Parse(time.RFC3339, observed); err != nil {
				problems = append(problems, fmt.Errorf("--observed-at %q must be an RFC 3339 time such as 2024-05-03T18:43:23Z", observed))
			}
		}
		if ic.MaxDelisting, err = strconv.ParseFloat(share, 64); err != nil || ic.MaxDelisting <= 0 || ic.MaxDelisting > 1 {
			problems = append(problems, fmt.Errorf("--max-delisting %q must be a share above 0 and at most 1, such as 0.10", share))
		}
		switch {
		case ic.Manifest != "" && len(args) > 0:
			problems = append(problems, errors.New("give files or --manifest, not both"))
		case ic.Manifest != "":
			if ic.ObservedAt != (time.Time{}) {
				problems = append(problems, errors.New("--observed-at and --manifest both date the files: give one"))
			}
			entries, err := readManifest(ic.Manifest)
			if err != nil {
				problems = append(problems, err)
			}
			ic.Files = entries
		case len(args) == 0:
			problems = append(problems, errors.New("ingest takes one or more FILEs, or --manifest"))
		default:
			for _, a := range args {
				ic.Files = append(ic.Files, ingest.ManifestEntry{File: a, ObservedAt: ic.ObservedAt})
			}
		}
		if c.Store != "" {
			problems = append(problems, errors.New("ingest records each snapshot in one atomic commit, which needs the embedded store: KurrentDB (--store) cannot commit several streams at once"))
		}
		return problems
	}
}

// readManifest reads a manifest, making its file paths relative to it.
func readManifest(path string) ([]ingest.ManifestEntry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--manifest: %w", err)
	}
	defer f.Close()
	entries, err := ingest.ReadManifest(f)
	if err != nil {
		return nil, fmt.Errorf("--manifest %s: %w", path, err)
	}
	for i := range entries {
		if !filepath.IsAbs(entries[i].File) {
			entries[i].File = filepath.Join(filepath.Dir(path), entries[i].File)
		}
	}
	return entries, nil
}

// runIngest records each file's snapshot, in order, and prints what each
// did. A refused file writes nothing and the next is still ingested; the
// command fails if any was refused.
func (m *Main) runIngest(ctx context.Context) error {
	c := m.Config.Ingest
	for _, f := range c.Files {
		if _, err := os.Stat(f.File); err != nil {
			return fmt.Errorf("ingest: %w", err)
		}
	}
	if err := m.openStore(ctx); err != nil {
		return err
	}
	in := ingest.New(m.store, ledger.New(m.store, ledger.Options{}), ingest.Options{Actor: m.Config.Actor})
	bar := progress.New(m.stderr, progress.Options{Label: "ingest", Unit: "files", Total: int64(len(c.Files))})
	var refused []string
	var total ingest.Summary
	for _, f := range c.Files {
		sum, err := m.ingestFile(ctx, in, f)
		bar.Add(1)
		var re *ingest.RefusedError
		switch {
		case errors.As(err, &re):
			refused = append(refused, filepath.Base(f.File))
			fmt.Fprintf(m.stdout, "%s: refused (%s), nothing written: %s\n", filepath.Base(f.File), re.Rule, re.Detail)
		case err != nil:
			bar.Done()
			return fmt.Errorf("ingest: %w", err)
		case sum.Repeated:
			fmt.Fprintf(m.stdout, "%s: already ingested as %s, nothing written\n", filepath.Base(f.File), sum.SourceID)
		default:
			fmt.Fprintf(m.stdout, "%s: %s as published %s, %d entries: %d added, %d amended, %d delisted, %d unchanged (%d events, head %d)\n",
				filepath.Base(f.File), sum.List, sum.PublishedAt.Format(time.RFC3339), sum.Entries, sum.Added, sum.Amended, sum.Delisted, sum.Unchanged, sum.Events, sum.Head)
			total.Added += sum.Added
			total.Amended += sum.Amended
			total.Delisted += sum.Delisted
			total.Events += sum.Events
		}
	}
	bar.Done()
	fmt.Fprintf(m.stdout, "ingested %d of %d files: %d added, %d amended, %d delisted (%d events)\n",
		len(c.Files)-len(refused), len(c.Files), total.Added, total.Amended, total.Delisted, total.Events)
	if len(refused) > 0 {
		return fmt.Errorf("ingest: %d file(s) refused: %s", len(refused), strings.Join(refused, ", "))
	}
	return nil
}

func (m *Main) ingestFile(ctx context.Context, in *ingest.Ingester, f ingest.ManifestEntry) (ingest.Summary, error) {
	c := m.Config.Ingest
	body, err := os.Open(f.File)
	if err != nil {
		return ingest.Summary{}, err
	}
	defer body.Close()
	return in.Ingest(ctx, ingest.File{Name: filepath.Base(f.File), Format: c.Format, Body: body, ObservedAt: f.ObservedAt,
		AllowMassDelisting: c.AllowMassDelisting, MaxDelisting: c.MaxDelisting})
}
