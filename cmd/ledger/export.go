package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/internal/progress"
	"github.com/controlsledger/ledger/projections"
)

// exportOptions are the flags of ledger export besides --data, --store,
// --from and --to.
type exportOptions struct {
	format, view, snapshot, status *string
	list, since                    *string
	asOf                           asOfFlags
}

func addExportFlags(fs *flag.FlagSet, env envFunc) exportOptions {
	return exportOptions{
		format:   fs.String("format", env("LEDGER_EXPORT_FORMAT", "ndjson"), "ndjson: every event with its hash, for ledger verify --export; csv: the rows of a --view; ftm: FollowTheMoney entities (parties and their Sanction entities) at a point; delta: a --list's changes between --since and the point, as NDJSON {\"op\": ADD|MOD|DEL, \"entity\"} lines (LEDGER_EXPORT_FORMAT)"),
		list:     fs.String("list", "", "with --format delta (required) or ftm: the list, e.g. us-ofac-sdn"),
		since:    fs.String("since", "", "with --format delta: the first point, as a publication time, RFC 3339 (default: before anything, so every entry is an ADD)"),
		view:     fs.String("view", "", "with --format csv: measures, designations or transactions"),
		asOf:     addAsOfFlags(fs, "with --format csv, ftm or delta"),
		status:   fs.String("status", "", "with --format csv: keep the rows of these statuses only, comma-separated (e.g. in_force,partly_suspended)"),
		snapshot: fs.String("snapshot", env("LEDGER_SNAPSHOT", ""), "with --format csv, ftm or delta: the projections' snapshot to start from (default DATA/projections.snapshot if there is one; none: rebuild from the ledger) (LEDGER_SNAPSHOT)"),
	}
}

// viewQuery is a validated export request of a view (csv, ftm, delta).
type viewQuery struct {
	format   string
	view     string
	asOf     projections.AsOf
	statuses []string
	snapshot string
	// list and since narrow ftm and delta exports.
	list  string
	since time.Time
}

// parse validates the flags, reporting every problem at once.
func (f exportOptions) parse(data, store string) (viewQuery, error) {
	var problems []error
	q := viewQuery{view: *f.view, format: *f.format, list: *f.list}
	switch *f.format {
	case "ndjson":
		if q.view != "" || f.asOf.set() || *f.status != "" || *f.list != "" || *f.since != "" {
			problems = append(problems, errors.New("--view, --valid-at, --known-at, --position, --published-by, --status, --list and --since go with --format csv, ftm or delta"))
		}
		return q, errors.Join(problems...)
	case "csv":
		switch q.view {
		case "measures", "designations", "transactions":
		case "":
			problems = append(problems, errors.New("--format csv needs --view measures, designations or transactions"))
		default:
			problems = append(problems, fmt.Errorf("--view must be measures, designations or transactions, not %q", q.view))
		}
	case "ftm", "delta":
		if q.view != "" || *f.status != "" {
			problems = append(problems, fmt.Errorf("--view and --status go with --format csv, not %s", *f.format))
		}
		if *f.format == "delta" && q.list == "" {
			problems = append(problems, errors.New("--format delta needs --list, e.g. us-ofac-sdn"))
		}
	default:
		problems = append(problems, fmt.Errorf("--format must be ndjson, csv, ftm or delta, not %q", *f.format))
	}
	if *f.since != "" && *f.format != "delta" {
		problems = append(problems, errors.New("--since goes with --format delta"))
	}
	if *f.since != "" {
		v, err := time.Parse(time.RFC3339Nano, *f.since)
		if err != nil {
			problems = append(problems, fmt.Errorf("--since %q is not an RFC 3339 time such as 2022-03-01T00:00:00Z", *f.since))
		}
		q.since = v
	}
	a, errs := f.asOf.parse()
	q.asOf = a
	problems = append(problems, errs...)
	for _, s := range strings.Split(*f.status, ",") {
		if s = strings.TrimSpace(s); s != "" {
			q.statuses = append(q.statuses, s)
		}
	}
	q.snapshot = snapshotPath(*f.snapshot, data, store)
	return q, errors.Join(problems...)
}

// snapshotPath returns the projections' snapshot a command builds its views
// from: the one --snapshot names, none for "none", else the data
// directory's if the embedded store has one.
func snapshotPath(flag, data, store string) string {
	switch {
	case flag == "none":
		return ""
	case flag != "":
		return flag
	case store == "":
		if path := filepath.Join(data, "projections.snapshot"); fileExists(path) {
			return path
		}
	}
	return ""
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// ExportConfig configures the export command.
type ExportConfig struct {
	// File is the file written ("-" for standard output).
	File string
	// From and To are the first and last positions of an NDJSON export
	// (To 0: the head).
	From, To uint64
	opts     exportOptions
	query    viewQuery
}

// exportFlags declares the flags of export.
func exportFlags(c *Config, fs *flag.FlagSet, env envFunc, _ func(string) string) func([]string) []error {
	fs.Uint64Var(&c.Export.From, "from", 1, "first position")
	fs.Uint64Var(&c.Export.To, "to", 0, "last position (0: the head)")
	c.Export.opts = addExportFlags(fs, env)
	return func(args []string) []error {
		var problems []error
		if len(args) != 1 {
			problems = append(problems, errors.New("export takes exactly one FILE argument (\"-\" for stdout)"))
		} else {
			c.Export.File = args[0]
		}
		var err error
		if c.Export.query, err = c.Export.opts.parse(c.DataDir, c.Store); err != nil {
			problems = append(problems, err)
		}
		return problems
	}
}

// runExport runs ledger export FILE.
func (m *Main) runExport(ctx context.Context) error {
	c := m.Config.Export
	f, q, from, to, stdout, stderr := c.opts, c.query, c.From, c.To, m.stdout, m.stderr
	s, err := openForIntegrity(ctx, m.Config.DataDir, m.Config.Store, false)
	if err != nil {
		return err
	}
	defer s.Close()
	out, closeOut := stdout, func() error { return nil }
	if c.File != "-" {
		f, err := os.Create(c.File)
		if err != nil {
			return err
		}
		out, closeOut = f, f.Close
	}
	if *f.format != "ndjson" {
		err = exportView(ctx, s, q, out, stderr)
	} else {
		var head uint64
		if head, err = s.Head(ctx); err == nil {
			last := head
			if to > 0 {
				last = min(to, head)
			}
			bar := progress.New(stderr, progress.Options{Label: "export", Unit: "events", Total: int64(last - min(max(from, 1)-1, last))})
			err = writeExport(ctx, s, out, from, to, bar)
			bar.Done()
		}
	}
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	return err
}

// buildViews builds the projections over the store, from the snapshot at
// path if there is one and it can be used, then the events after it,
// showing progress as label.
func buildViews(ctx context.Context, s eventstore.Store, snapshot, label string, stderr io.Writer) (*projections.Projection, error) {
	p := projections.New(projections.Options{})
	if snapshot != "" {
		if _, err := projections.LoadSnapshot(ctx, snapshot, s, p); err != nil {
			// LoadSnapshot leaves p empty: the events rebuild it.
			fmt.Fprintf(stderr, "%s: snapshot %s not used: %v\n", label, snapshot, err)
		}
	}
	head, err := s.Head(ctx)
	if err != nil {
		return nil, err
	}
	after := p.Head()
	bar := progress.New(stderr, progress.Options{Label: label + ": building views", Unit: "events", Total: int64(head - min(after, head))})
	defer bar.Done()
	for after < head {
		evs, err := s.ReadAll(ctx, after, 4096)
		if err != nil {
			return nil, err
		}
		if len(evs) == 0 {
			break
		}
		for _, ev := range evs {
			if err := p.Apply(ev); err != nil {
				return nil, err
			}
		}
		after = evs[len(evs)-1].Position
		bar.Add(int64(len(evs)))
	}
	return p, nil
}

// exportView builds the projections over the store (from the snapshot, if
// any, then the events after it) and writes the rows of the view at the
// point asked for as CSV.
func exportView(ctx context.Context, s eventstore.Store, q viewQuery, out, stderr io.Writer) error {
	p, err := buildViews(ctx, s, q.snapshot, "export", stderr)
	if err != nil {
		return err
	}
	switch q.format {
	case "ftm":
		_, views, err := p.Designations(q.asOf, projections.DesignationFilter{List: q.list})
		if err != nil {
			return err
		}
		views = knownDesignations(views)
		if q.list != "" {
			views = slices.DeleteFunc(views, func(v projections.DesignationView) bool { return v.Designated.List != q.list })
		}
		return writeFtM(out, views)
	case "delta":
		from := projections.AsOf{ValidAt: q.asOf.ValidAt, PublishedBy: q.since}
		if from.PublishedBy.IsZero() {
			from.PublishedBy = time.Unix(0, 1) // before anything
		}
		_, _, page, err := p.ListDelta(q.list, from, q.asOf, projections.PageRequest{})
		if err != nil {
			return err
		}
		return writeDelta(out, page.Items)
	}
	w := csv.NewWriter(out)
	var b projections.Basis
	switch q.view {
	case "measures":
		var views []projections.MeasureView
		if b, views, err = p.Measures(q.asOf, projections.MeasureFilter{Status: q.statuses}); err != nil {
			return err
		}
		w.Write(measureColumns)
		for _, v := range views {
			w.Write(measureRow(v, b))
		}
	case "designations":
		var views []projections.DesignationView
		if b, views, err = p.Designations(q.asOf, projections.DesignationFilter{Status: q.statuses}); err != nil {
			return err
		}
		w.Write(designationColumns)
		for _, v := range views {
			w.Write(designationRow(v, b))
		}
	case "transactions":
		var views []projections.TransactionView
		if b, views, err = p.Transactions(q.asOf); err != nil {
			return err
		}
		w.Write(transactionColumns)
		for _, v := range views {
			if len(q.statuses) == 0 || contains(q.statuses, v.Status) {
				w.Write(transactionRow(v, b))
			}
		}
	}
	w.Flush()
	return w.Error()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// The columns of the views, in a fixed order. Lists are joined with "; ",
// dates are ISO (YYYY-MM-DD), empty when not set. Every row carries the
// basis it was computed at (basisPosition, validAt): repeating the export
// with --position and --valid-at of the basis gives the same rows.
var (
	measureColumns = []string{"measureId", "title", "status", "measureType", "implementingJurisdiction", "authorityId", "authority",
		"affected", "countryNeutral", "items", "provisions", "announcedOn", "revokedOn", "expiredOn", "instrument", "citation",
		"knownSince", "basisPosition", "validAt"}
	designationColumns = []string{"designationId", "partyId", "party", "partyJurisdiction", "list", "listAuthority", "status",
		"licenceRequirement", "reviewPolicy", "footnotes", "effectiveOn", "delistedOn", "measureId", "knownSince", "basisPosition", "validAt"}
	transactionColumns = []string{"transactionId", "title", "status", "acquirers", "target", "targetJurisdiction", "value", "currency",
		"announcedOn", "outsideDate", "reviews", "knownSince", "basisPosition", "validAt"}
)

func date(d domain.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

func join[T any](list []T, f func(T) string) string {
	parts := make([]string, len(list))
	for i, x := range list {
		parts[i] = f(x)
	}
	return strings.Join(parts, "; ")
}

func basis(b projections.Basis) []string {
	return []string{strconv.FormatUint(b.Position, 10), date(b.ValidAt)}
}

func measureRow(v projections.MeasureView, b projections.Basis) []string {
	a := v.Announced
	var revoked, expired string
	if v.Revoked != nil {
		revoked = date(v.Revoked.EffectiveOn)
	}
	if v.Expired != nil {
		expired = date(v.Expired.ExpiredOn)
	}
	row := []string{a.MeasureID, a.Title, v.Status, a.MeasureType, a.Implementing, a.Authority.ID, a.Authority.Name,
		join(v.Content.Affected, func(x domain.AffectedJurisdiction) string { return x.Jurisdiction + " (" + x.How + ")" }),
		strconv.FormatBool(a.CountryNeutral),
		join(v.Content.Items, func(x domain.Item) string {
			if x.Code == "" {
				return x.Description
			}
			return strings.TrimSpace(x.Scheme+" "+x.Code) + " " + x.Description
		}),
		join(v.Provisions, func(x domain.ProvisionStatus) string {
			s := x.ID + ": " + x.Status
			if !x.EffectiveOn.IsZero() {
				s += " from " + x.EffectiveOn.String()
			}
			return s
		}),
		date(a.AnnouncedOn), revoked, expired, a.Instrument.Title, a.Instrument.Citation, strconv.FormatUint(v.KnownSince, 10)}
	return append(row, basis(b)...)
}

func designationRow(v projections.DesignationView, b projections.Basis) []string {
	d := v.Designated
	var delisted string
	if v.Delisted != nil {
		delisted = date(v.Delisted.EffectiveOn)
	}
	row := []string{d.DesignationID, d.Party.ID, d.Party.Name, d.Party.Jurisdiction, d.List, d.ListAuthority.Name, v.Status,
		v.Terms.LicenceRequirement, v.Terms.ReviewPolicy, strings.Join(v.Terms.Footnotes, "; "), date(d.EffectiveOn), delisted, d.MeasureID,
		strconv.FormatUint(v.KnownSince, 10)}
	return append(row, basis(b)...)
}

func transactionRow(v projections.TransactionView, b projections.Basis) []string {
	var amount, currency string
	if v.Value != nil {
		amount, currency = strconv.FormatFloat(v.Value.Amount, 'f', -1, 64), v.Value.Currency
	}
	row := []string{v.TransactionID, v.Title, v.Status, join(v.Acquirers, func(p domain.Party) string { return p.Name }),
		v.Target.Name, v.Target.Jurisdiction, amount, currency, date(v.AnnouncedOn), date(v.OutsideDate),
		join(v.ReviewStates, func(r projections.ReviewState) string {
			s := r.Authority.Name + " " + r.Regime + ": " + r.Phase
			if r.Outcome != "" {
				s += " (" + r.Outcome + " " + date(r.ConcludedOn) + ")"
			}
			return s
		}),
		strconv.FormatUint(v.KnownSince, 10)}
	return append(row, basis(b)...)
}

// writeExport writes the events from position from to position to (0: the
// head) as NDJSON lines, counting them on bar.
func writeExport(ctx context.Context, s eventstore.Store, out io.Writer, from, to uint64, bar *progress.Reporter) error {
	w := bufio.NewWriterSize(out, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	after := max(from, 1) - 1
	for {
		evs, err := s.ReadAll(ctx, after, 1000)
		if err != nil {
			return err
		}
		if len(evs) == 0 {
			break
		}
		for _, ev := range evs {
			if to > 0 && ev.Position > to {
				return w.Flush()
			}
			l := exportLine{Position: ev.Position, ID: ev.ID.String(), Stream: ev.Stream, Version: ev.Version, Type: ev.Type,
				RecordedAt: ev.RecordedAt.UTC().Format(time.RFC3339Nano), Hash: hex.EncodeToString(ev.Hash[:])}
			l.Data, l.DataBase64 = asJSON(ev.Data)
			l.Metadata, l.MetadataBase64 = asJSON(ev.Metadata)
			if err := enc.Encode(l); err != nil {
				return err
			}
			after = ev.Position
		}
		bar.Add(int64(len(evs)))
	}
	return w.Flush()
}
