package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// row is one case measured on the raw engine and on the store.
type row struct {
	Label      string
	Raw, Store *measure
}

// Ratio is the store's events/s over the raw engine's.
func (r row) Ratio() float64 {
	if r.Raw.Rate() == 0 {
		return 0
	}
	return r.Store.Rate() / r.Raw.Rate()
}

// report is the outcome of a run.
type report struct {
	Config  Config
	Machine machine
	Disk    *measure
	Writes  []row // in the order of writeCases
	Grouped *measure
	Reads   []row // full read, then stream read
	Fill    time.Duration
	Took    time.Duration
}

// Write prints the report as markdown.
func (rep *report) Write(w io.Writer) {
	c := rep.Config
	syncCall, flags := "fsync", ""
	if c.Fdatasync {
		syncCall, flags = "fdatasync", " -fdatasync"
	}
	fmt.Fprintf(w, "Run of %s, `storebench -events %d -duration %v -page %d%s`, took %v.\n\n",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), c.Events, c.Duration, c.Page, flags, rep.Took.Round(time.Second))
	rep.Machine.write(w)

	fmt.Fprintf(w, "\n| case | raw SQLite events/s | p50 | p99 | store events/s | p50 | p99 | store/raw |\n")
	fmt.Fprintf(w, "|---|--:|--:|--:|--:|--:|--:|--:|\n")
	d := rep.Disk
	fmt.Fprintf(w, "| disk: 4 KiB write + %s (ops/s) | %s | %s | %s | | | | |\n", syncCall, count(d.Rate()), dur(d.P(0.5)), dur(d.P(0.99)))
	for _, r := range append(append([]row{}, rep.Writes...), rep.Reads...) {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %.2f× |\n", r.Label,
			count(r.Raw.Rate()), dur(r.Raw.P(0.5)), dur(r.Raw.P(0.99)),
			count(r.Store.Rate()), dur(r.Store.P(0.5)), dur(r.Store.P(0.99)), r.Ratio())
		if r.Label == writeCases[2].String() {
			g := rep.groupedRow()
			fmt.Fprintf(w, "| %s (raw only) | %s | %s | %s | | | | (%.2f×) |\n", groupedCase,
				count(g.Raw.Rate()), dur(g.Raw.P(0.5)), dur(g.Raw.P(0.99)), g.Ratio())
		}
	}
	fmt.Fprintf(w, "\nLatencies are per call (one append, one transaction, one page, one stream read). "+
		"Every write case starts on new files and runs its engines in turns, %d slices each "+
		"(the single writer with the disk probe), so that all see the same drift of a shared machine; "+
		"the full reads run twice each, in turns, and the stream reads in slices. Raw SQLite is database/sql and the driver on one connection, "+
		"one transaction per call, the same schema and pragmas, no version or idempotency check, and no hash chain "+
		"(it writes 32 bytes in the hash column and reads them back unchecked; the store computes and checks SHA-256 links). "+
		"The raw-only row of 64 events over 64 streams is what the store's group commit makes of 64 writers; "+
		"in parentheses, the store's 64 writers over it. "+
		"The read set was filled through the store in %v (%s events/s).\n",
		rounds, rep.Fill.Round(time.Millisecond), count(float64(c.Events)/rep.Fill.Seconds()))

	fmt.Fprintf(w, "\n| target | figure | |\n|---|---|---|\n")
	for _, t := range rep.targets() {
		verdict := "**not met**"
		if t.met {
			verdict = "met"
		}
		fmt.Fprintf(w, "| %s | %s | %s |\n", t.name, t.figure, verdict)
	}
}

// groupedRow compares the store's 64 writers with the raw engine writing
// the same events grouped by hand.
func (rep *report) groupedRow() row {
	return row{Label: "64 writers against the raw engine's " + groupedCase.String(), Raw: rep.Grouped, Store: rep.Writes[2].Store}
}

// target is one of the store's performance goals (write and read rates,
// the ratio to the raw engine, latency against the disk's sync), judged on
// this run.
type target struct {
	name, figure string
	met          bool
}

func (rep *report) targets() []target {
	one, w64, b100, b1000 := rep.Writes[0], rep.Writes[2], rep.Writes[3], rep.Writes[4]
	full := rep.Reads[0]
	ts := []target{{
		name:   "≥ 20,000 acknowledged-durable events/s with 64 writers",
		figure: count(w64.Store.Rate()),
		met:    w64.Store.Rate() >= 20_000,
	}}
	worst := rep.Writes[0]
	for _, r := range append(append([]row{}, rep.Writes...), rep.groupedRow()) {
		if r.Ratio() < worst.Ratio() {
			worst = r
		}
	}
	ts = append(ts, target{
		name:   "store ≥ ½ the raw engine's events/s, same writes, same durability (every write case, and 64 writers against the raw engine grouping by hand)",
		figure: fmt.Sprintf("lowest %.2f× (%s)", worst.Ratio(), worst.Label),
		met:    worst.Ratio() >= 0.5,
	})
	limit := 2 * rep.Disk.P(0.99)
	syncCall := "fsync"
	if rep.Config.Fdatasync {
		syncCall = "fdatasync"
	}
	ts = append(ts, target{
		name:   "single-writer p99 ≤ 2 × the disk's " + syncCall + " p99",
		figure: fmt.Sprintf("%s ≤ 2 × %s = %s", dur(one.Store.P(0.99)), dur(rep.Disk.P(0.99)), dur(limit)),
		met:    one.Store.P(0.99) <= limit,
	})
	for _, b := range []row{b1000, b100} {
		ts = append(ts, target{
			name:   fmt.Sprintf("≥ 75,000 events/s in batched appends (%s)", b.Label),
			figure: count(b.Store.Rate()),
			met:    b.Store.Rate() >= 75_000,
		})
	}
	ts = append(ts, target{
		name:   "≥ 400,000 events/s in a full read",
		figure: count(full.Store.Rate()),
		met:    full.Store.Rate() >= 400_000,
	})
	return ts
}

// count formats a rate with thousands separators.
func count(v float64) string {
	s := strconv.FormatInt(int64(v+0.5), 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// dur formats a latency with three significant digits or so.
func dur(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return fmt.Sprintf("%d µs", d.Microseconds())
	case d < 10*time.Millisecond:
		return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond))
	case d < time.Second:
		return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond))
	default:
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
}

// machine describes where the run happened.
type machine struct {
	CPU, Memory, Kernel, Load string
	CPUs                      int
	Disk, FSType              string
}

// readMachine reads the machine's description; what it cannot read it
// reports as unknown.
func readMachine(ctx context.Context, dir string) machine {
	m := machine{CPU: "unknown", Memory: "unknown", Kernel: "unknown", Load: "unknown", Disk: "unknown", CPUs: runtime.NumCPU()}
	m.CPU = firstField("/proc/cpuinfo", "model name", m.CPU)
	if kb := firstField("/proc/meminfo", "MemTotal", ""); kb != "" {
		if n, err := strconv.ParseInt(strings.TrimSuffix(kb, " kB"), 10, 64); err == nil {
			m.Memory = fmt.Sprintf("%.1f GiB", float64(n)/(1<<20))
		}
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m.Kernel = strings.TrimSpace(string(b))
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(b)); len(f) >= 3 {
			m.Load = strings.Join(f[:3], " ")
		}
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if out, err := exec.CommandContext(ctx, "df", "-hT", dir).Output(); err == nil {
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		if f := strings.Fields(lines[len(lines)-1]); len(f) >= 7 {
			m.FSType = f[1]
			m.Disk = fmt.Sprintf("%s (%s, %s, %s free), mounted on %s", f[0], f[1], f[2], f[4], f[6])
		}
	}
	return m
}

// firstField returns the value of the first "key : value" line of a /proc
// file.
func firstField(path, key, def string) string {
	f, err := os.Open(path)
	if err != nil {
		return def
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return def
}

func (m machine) write(w io.Writer) {
	fmt.Fprintf(w, "- CPU: %s, %d logical CPUs (GOMAXPROCS %d)\n", m.CPU, m.CPUs, runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "- memory: %s; kernel %s; load average at start %s\n", m.Memory, m.Kernel, m.Load)
	fmt.Fprintf(w, "- Go: %s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(w, "- disk of the run's directory (df): %s\n", m.Disk)
}
