package main

import (
	"context"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/controlsledger/ledger/internal/progress"
	"github.com/controlsledger/ledger/projections"
	"github.com/controlsledger/ledger/screening"
	"github.com/controlsledger/ledger/screening/ledgerindex"
)

// ScreenConfig configures the screen command.
type ScreenConfig struct {
	// File is the CSV of parties ("-" for stdin); Output the CSV of
	// matches ("-" for stdout).
	File, Output string
	AsOf         projections.AsOf
	Threshold    float64
	Limit        int
	Lists        []string
	Snapshot     string
}

func screenFlags(c *Config, fs *flag.FlagSet, env envFunc, _ func(string) string) func([]string) []error {
	sc := &c.Screen
	asOf := addAsOfFlags(fs, "the point to screen at")
	fs.Float64Var(&sc.Threshold, "threshold", screening.DefaultThreshold, "the least score written, 0 to 1 (lower for recall, higher for precision)")
	fs.IntVar(&sc.Limit, "limit", 5, fmt.Sprintf("at most this many matches per party (1 to %d)", screening.MaxLimit))
	lists := fs.String("lists", "", "only these lists, comma-separated (e.g. us-ofac-sdn,un-sc-consolidated); default all")
	fs.StringVar(&sc.Output, "output", "-", `the CSV of matches ("-" for stdout)`)
	snapshot := fs.String("snapshot", env("LEDGER_SNAPSHOT", ""), "the projections' snapshot to start from (default DATA/projections.snapshot if there is one; none: rebuild from the ledger) (LEDGER_SNAPSHOT)")
	return func(args []string) []error {
		problems := oneFile("screen", &sc.File)(args)
		a, errs := asOf.parse()
		sc.AsOf = a
		problems = append(problems, errs...)
		if sc.Threshold < 0 || sc.Threshold > 1 {
			problems = append(problems, fmt.Errorf("--threshold must be 0 to 1, not %g", sc.Threshold))
		}
		if sc.Limit < 1 || sc.Limit > screening.MaxLimit {
			problems = append(problems, fmt.Errorf("--limit must be 1 to %d, not %d", screening.MaxLimit, sc.Limit))
		}
		for _, l := range strings.Split(*lists, ",") {
			if l = strings.TrimSpace(l); l != "" {
				sc.Lists = append(sc.Lists, l)
			}
		}
		sc.Snapshot = snapshotPath(*snapshot, c.DataDir, c.Store)
		return problems
	}
}

// screenColumns are the input columns screen reads, by header name; only
// name is required.
var screenColumns = []string{"id", "name", "schema", "birth_date", "country", "identifier"}

// screenOutput are the columns of the matches screen writes.
var screenOutput = []string{"row", "id", "name", "score", "name_score", "matched_name", "name_kind", "how", "agreed", "conflicted",
	"designation_id", "list", "list_entry_id", "status", "effective_on", "delisted_on", "programs", "basis_position", "valid_at", "published_by"}

// screenRow is one party of the input file.
type screenRow struct {
	n      int
	fields map[string]string
	q      ledgerindex.Query
	out    [][]string
	err    error
}

// runScreen screens every party of a CSV file at one basis and writes the
// matches at or above the threshold as CSV, with their scores, how they
// matched, and each designation's status at the basis.
func (m *Main) runScreen(ctx context.Context) error {
	c := m.Config.Screen
	in := io.Reader(os.Stdin)
	if c.File != "-" {
		f, err := os.Open(c.File)
		if err != nil {
			return fmt.Errorf("screen: %w", err)
		}
		defer f.Close()
		in = f
	}
	rows, err := readScreenRows(in, c)
	if err != nil {
		return fmt.Errorf("screen %s: %w", c.File, err)
	}
	s, err := openForIntegrity(ctx, m.Config.DataDir, m.Config.Store, false)
	if err != nil {
		return err
	}
	defer s.Close()
	p, err := buildViews(ctx, s, c.Snapshot, "screen", m.stderr)
	if err != nil {
		return err
	}
	idx := ledgerindex.New(p)
	if err := idx.CatchUp(); err != nil {
		return err
	}
	b, err := p.Resolve(c.AsOf)
	if err != nil {
		return fmt.Errorf("screen: %w", err)
	}
	basis := b.AsOf()
	bar := progress.New(m.stderr, progress.Options{Label: "screen", Unit: "parties", Total: int64(len(rows))})
	start := time.Now()
	work := make(chan *screenRow)
	var wg sync.WaitGroup
	for range max(runtime.GOMAXPROCS(0), 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range work {
				r.q.AsOf = basis
				_, ms, err := idx.Screen(r.q)
				if err != nil {
					r.err = err
				}
				for _, match := range ms {
					r.out = append(r.out, matchRow(r, match, b))
				}
				bar.Add(1)
			}
		}()
	}
	for _, r := range rows {
		work <- r
	}
	close(work)
	wg.Wait()
	bar.Done()

	out, closeOut := m.stdout, func() error { return nil }
	if c.Output != "-" {
		f, err := os.Create(c.Output)
		if err != nil {
			return err
		}
		out, closeOut = f, f.Close
	}
	w := csv.NewWriter(out)
	w.Write(screenOutput)
	matched := 0
	var problems []error
	for _, r := range rows {
		if r.err != nil {
			problems = append(problems, fmt.Errorf("row %d: %w", r.n, r.err))
			continue
		}
		if len(r.out) > 0 {
			matched++
		}
		for _, line := range r.out {
			w.Write(line)
		}
	}
	w.Flush()
	if err := errors.Join(w.Error(), closeOut()); err != nil {
		return err
	}
	took := time.Since(start)
	fmt.Fprintf(m.stderr, "screen: %d parties, %d with a match at or above %.2f, at position %d, valid %s; %.0f parties/s\n",
		len(rows), matched, c.Threshold, b.Position, b.ValidAt, float64(len(rows))/max(took.Seconds(), 1e-9))
	if len(problems) > 0 {
		return fmt.Errorf("screen: %d row(s) could not be screened: %w", len(problems), errors.Join(problems...))
	}
	return nil
}

// readScreenRows reads the parties of a CSV file whose header names its
// columns (name required; id, schema, birth_date, country, identifier
// optional).
func readScreenRows(in io.Reader, c ScreenConfig) ([]*screenRow, error) {
	r := csv.NewReader(in)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("read the header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if !slices.Contains(screenColumns, h) {
			return nil, fmt.Errorf("header: unknown column %q: the columns are %s (name required)", h, strings.Join(screenColumns, ", "))
		}
		col[h] = i
	}
	if _, ok := col["name"]; !ok {
		return nil, fmt.Errorf("header %q has no name column", strings.Join(header, ","))
	}
	var rows []*screenRow
	for line := 2; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, err
		}
		row := &screenRow{n: line, fields: map[string]string{}}
		for name, i := range col {
			if i < len(rec) {
				row.fields[name] = strings.TrimSpace(rec[i])
			}
		}
		q := screening.Query{Name: row.fields["name"], Schema: row.fields["schema"], Country: row.fields["country"],
			Identifier: row.fields["identifier"], Lists: c.Lists, Limit: c.Limit, Threshold: c.Threshold}
		if q.Schema == "Airplane" {
			q.Schema = screening.SchemaAircraft
		}
		if c.Threshold == 0 {
			q.Threshold = -1
		}
		if d := row.fields["birth_date"]; d != "" {
			if q.BirthDate, err = screening.ParseDate(d); err != nil {
				return nil, fmt.Errorf("row %d: birth_date: %w", line, err)
			}
		}
		row.q = ledgerindex.Query{Query: q}
		rows = append(rows, row)
	}
}

// matchRow is the output line of one match of a row.
func matchRow(r *screenRow, m ledgerindex.Match, b projections.Basis) []string {
	d := m.Designation
	features := func(fs []screening.Feature) string {
		parts := make([]string, len(fs))
		for i, f := range fs {
			parts[i] = f.Name + ": " + f.Query + " ~ " + f.Record
		}
		return strings.Join(parts, "; ")
	}
	var delisted, published string
	if d.Delisted != nil {
		delisted = d.Delisted.EffectiveOn.String()
	}
	if !b.PublishedBy.IsZero() {
		published = b.PublishedBy.Format(time.RFC3339)
	}
	return []string{strconv.Itoa(r.n), r.fields["id"], r.fields["name"], strconv.FormatFloat(m.Score, 'f', 4, 64), strconv.FormatFloat(m.NameScore, 'f', 4, 64),
		m.MatchedName, string(m.NameKind), string(m.How), features(m.Agreed), features(m.Conflicted),
		m.DesignationID, d.Designated.List, d.Designated.ListEntryID, d.Status, d.Designated.EffectiveOn.String(), delisted,
		strings.Join(d.Listing.Programs, "; "), strconv.FormatUint(b.Position, 10), b.ValidAt.String(), published}
}
