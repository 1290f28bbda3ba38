package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/controlsledger/ledger/importer"
	"github.com/controlsledger/ledger/internal/progress"
	"github.com/controlsledger/ledger/ledger"
)

// ImportConfig configures the import command.
type ImportConfig struct {
	// Format is "ndjson" or "csv"; empty: from the file's extension,
	// NDJSON by default.
	Format string
	// Atomic is "file" (all or nothing), "batch" (all or nothing per
	// BatchSize commands) or "none" (command by command, stopping at the
	// first failing line).
	Atomic    string
	BatchSize int
}

func (c *ImportConfig) flags(fs *flag.FlagSet, env func(name, def string) string) {
	fs.StringVar(&c.Format, "format", env("LEDGER_IMPORT_FORMAT", ""), "input format: ndjson or csv; default from the file extension (.csv), else ndjson (LEDGER_IMPORT_FORMAT)")
	fs.StringVar(&c.Atomic, "atomic", env("LEDGER_IMPORT_ATOMIC", "file"), "file: nothing is written unless every line is valid; batch: the same per --batch-size commands; none: command by command, stopping at the first failing line (LEDGER_IMPORT_ATOMIC)")
	batch, err := strconv.Atoi(env("LEDGER_IMPORT_BATCH_SIZE", "10000"))
	if err != nil {
		batch = -1 // reported by validate
	}
	fs.IntVar(&c.BatchSize, "batch-size", batch, "commands per batch with --atomic batch (LEDGER_IMPORT_BATCH_SIZE)")
}

// importFlags declares the flags of import.
func importFlags(c *Config, fs *flag.FlagSet, env envFunc, _ func(string) string) func([]string) []error {
	c.Import.flags(fs, env)
	return func(args []string) []error {
		if problems := oneFile("import", &c.ImportFile)(args); problems != nil {
			return problems
		}
		return c.Import.validate(c.ImportFile, c.Store)
	}
}

func (c *ImportConfig) validate(file, store string) []error {
	var problems []error
	if store != "" && (c.Atomic == "file" || c.Atomic == "batch") {
		problems = append(problems, fmt.Errorf("--atomic %s needs the embedded store, which commits several streams in one transaction; "+
			"KurrentDB (--store) cannot: use --atomic none to record command by command, each command atomic on its own", c.Atomic))
	}
	if c.Format == "" {
		c.Format = "ndjson"
		if strings.EqualFold(filepath.Ext(file), ".csv") {
			c.Format = "csv"
		}
	}
	if c.Format != "ndjson" && c.Format != "csv" {
		problems = append(problems, fmt.Errorf("--format must be ndjson or csv, not %q", c.Format))
	}
	if c.Atomic != "file" && c.Atomic != "batch" && c.Atomic != "none" {
		problems = append(problems, fmt.Errorf("--atomic must be file, batch or none, not %q", c.Atomic))
	}
	if c.BatchSize < 1 {
		problems = append(problems, errors.New("--batch-size (LEDGER_IMPORT_BATCH_SIZE) must be a number of at least 1"))
	}
	if c.Atomic == "none" && c.Format == "csv" {
		problems = append(problems, errors.New("--atomic none reads only NDJSON; import a CSV file with --atomic file or batch"))
	}
	return problems
}

// runImport records the commands of the import file. The file is opened
// before the store, so that a missing file leaves no empty ledger behind.
func (m *Main) runImport(ctx context.Context) error {
	c := m.Config.Import
	name := m.Config.ImportFile
	var r io.Reader = os.Stdin
	var total int64
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		if total, err = countRecords(f, c.Format); err != nil {
			return fmt.Errorf("import %s: %w", name, err)
		}
		r = f
	}
	if err := m.openStore(ctx); err != nil {
		return err
	}
	svc := ledger.New(m.store, ledger.Options{})
	bar := progress.New(m.stderr, progress.Options{Label: "import", Unit: "commands", Total: total})
	req := ledger.Request{Actor: m.Config.Actor}
	if c.Atomic == "none" {
		n, err := importer.Import(ctx, svc, r, req, func(done int) { bar.Add(1) })
		bar.Done()
		fmt.Fprintf(m.stdout, "imported %d commands from %s\n", n, name)
		if err != nil {
			return fmt.Errorf("import %s: %w", name, err)
		}
		return nil
	}
	src := importer.NDJSON(r)
	if c.Format == "csv" {
		src = importer.CSV(r)
	}
	opts := importer.BulkOptions{}
	if c.Atomic == "batch" {
		opts.BatchSize = c.BatchSize
	} else {
		// The one commit of a large file takes a while after the bar is
		// full: say what happens.
		opts.Committing = func(events int) {
			if events >= 10_000 {
				bar.Done()
				fmt.Fprintf(m.stderr, "import: every line is valid; writing %d events in one transaction\n", events)
			}
		}
	}
	var reported int
	opts.Progress = func(n int) {
		bar.Add(int64(n - reported))
		reported = n
	}
	res, err := importer.Bulk(ctx, svc, m.store, src, req, opts)
	bar.Done()
	if errors.Is(err, importer.ErrNoBatchAppend) {
		return fmt.Errorf("import %s: --atomic %s needs a store that commits several streams in one transaction, and KurrentDB cannot; "+
			"import into the embedded store, or use --atomic none to record command by command (each command atomic on its own, "+
			"stopping at the first failing line, the lines before it kept)", name, c.Atomic)
	}
	if err != nil {
		return fmt.Errorf("import %s: %w", name, err)
	}
	head, err := m.store.Head(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.stdout, "imported %d commands from %s: %d recorded as %d events, %d already recorded; ledger head %d\n",
		res.Commands, name, res.Recorded, res.Events, res.Repeated, head)
	return nil
}

// countRecords counts the non-blank lines of an NDJSON file, or the
// records of a CSV file (its lines, less the header: a quoted field
// spanning lines makes it an estimate), for the progress bar; it leaves f
// at its start.
func countRecords(f *os.File, format string) (int64, error) {
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return 0, err
	}
	var n int64
	br := bufio.NewReaderSize(f, 1<<20)
	blank := true
	for {
		chunk, err := br.ReadSlice('\n')
		if len(bytes.TrimSpace(chunk)) > 0 {
			blank = false
		}
		end := errors.Is(err, io.EOF) || len(chunk) > 0 && chunk[len(chunk)-1] == '\n'
		if end && !blank {
			n++
		}
		if end {
			blank = true
		}
		switch {
		case errors.Is(err, io.EOF):
			if format == "csv" && n > 0 {
				n-- // the header
			}
			_, err = f.Seek(0, io.SeekStart)
			return n, err
		case err != nil && !errors.Is(err, bufio.ErrBufferFull):
			return 0, err
		}
	}
}
