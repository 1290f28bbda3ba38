package screening_test

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"

	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/controlsledger/ledger/lists"
	"github.com/controlsledger/ledger/screening"
	"github.com/controlsledger/ledger/screening/testset"
)

var (
	update = flag.Bool("update", false, "rewrite testdata/testset.tsv.gz from the snapshots and name parts")
	full   = flag.Bool("full", false, "run the whole test set, not a sample (the figures of BENCHMARKS.md)")
)

// sample keeps every step-th case: the whole set (80,000 queries) takes a
// minute of CPU, ten under the race detector. -full runs it all.
func sample(cases []testset.Case) []testset.Case {
	step := 5
	switch {
	case *full:
		return cases
	case raceEnabled:
		step = 50
	}
	var out []testset.Case
	for i := 0; i < len(cases); i += step {
		out = append(out, cases[i])
	}
	return out
}

// The snapshots the test set is made from: the last real SDN file and the
// last UN file of the repository's testdata.
const (
	sdnFile = "../testdata/ofac-sdn/sdn-2024-05-03T184323Z.csv.gz"
	unFile  = "../testdata/un-sc/consolidated-2018-10-29.xml.gz"
)

var (
	recordsOnce sync.Once
	records     []screening.Record
	recordsErr  error
)

// loadRecords reads both snapshots once per test binary.
func loadRecords(tb testing.TB) []screening.Record {
	tb.Helper()
	recordsOnce.Do(func() {
		for _, f := range []struct {
			path   string
			format lists.Format
		}{{sdnFile, lists.FormatOFACSDN}, {unFile, lists.FormatUNSC}} {
			fh, err := os.Open(f.path)
			if err != nil {
				recordsErr = err
				return
			}
			s, err := lists.Read(f.format, fh)
			fh.Close()
			if err != nil {
				recordsErr = fmt.Errorf("read %s: %w", f.path, err)
				return
			}
			records = append(records, testset.Records(s)...)
		}
	})
	if recordsErr != nil {
		tb.Fatal(recordsErr)
	}
	return records
}

// strangerCount is how many names on no list the test set holds.
const strangerCount = 5000

// buildCases makes the whole test set from the records and the name parts.
func buildCases(tb testing.TB, recs []screening.Record) []testset.Case {
	tb.Helper()
	parts, err := os.Open("testdata/name-parts.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer parts.Close()
	strangers, err := testset.Strangers(parts, recs, strangerCount)
	if err != nil {
		tb.Fatal(err)
	}
	cases := testset.Aliases(recs)
	cases = append(cases, testset.Variants(recs)...)
	return append(cases, strangers...)
}

const goldenCases = "testdata/testset.tsv.gz"

func encodeCases(cases []testset.Case) []byte {
	var b bytes.Buffer
	b.WriteString("kind\twant\tquery\tsource\n")
	for _, c := range cases {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", c.Kind, c.Want, c.Query, c.Source)
	}
	return b.Bytes()
}

// loadCases makes the test set and checks it against the golden file, so
// that a change of the generator or of a reader shows in review; -update
// rewrites the file.
func loadCases(tb testing.TB, recs []screening.Record) []testset.Case {
	tb.Helper()
	cases := buildCases(tb, recs)
	got := encodeCases(cases)
	if *update {
		var z bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
		zw.Write(got)
		zw.Close()
		if err := os.WriteFile(goldenCases, z.Bytes(), 0o644); err != nil {
			tb.Fatal(err)
		}
		return cases
	}
	fh, err := os.Open(goldenCases)
	if err != nil {
		tb.Fatalf("%v (run go test ./screening -run TestQuality -update)", err)
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		tb.Fatal(err)
	}
	want, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				tb.Fatalf("test set differs from %s at line %d:\n got %q\nwant %q\n(run with -update if the change is meant)", goldenCases, i+1, gl[i], wl[i])
			}
		}
		tb.Fatalf("test set differs from %s: %d lines, want %d (run with -update if the change is meant)", goldenCases, len(gl), len(wl))
	}
	return cases
}

// outcome is what one case got: the rank of the wanted record (0 when not in
// the top 5), its score, and the best score of any record.
type outcome struct {
	rank      int
	score     float64
	top       float64
	topRecord string
}

func run(tb testing.TB, ix *screening.Index, cases []testset.Case) []outcome {
	tb.Helper()
	out := make([]outcome, len(cases))
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	errs := make(chan error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(cases); i += workers {
				ms, err := ix.Search(screening.Query{Name: cases[i].Query, Limit: 5, Threshold: -1})
				if err != nil {
					errs <- fmt.Errorf("%q: %w", cases[i].Query, err)
					return
				}
				if len(ms) > 0 {
					out[i].top, out[i].topRecord = ms[0].Score, ms[0].RecordID
				}
				for k, m := range ms {
					if m.RecordID == cases[i].Want {
						out[i].rank, out[i].score = k+1, m.Score
						break
					}
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		tb.Fatal(err)
	}
	return out
}

// figures are the quality figures of one run of the test set.
type figures struct {
	kinds                        []string
	n, top1, top5, tied          map[string]int // tied: first or tied with the first
	aliasN, aliasTop5, aliasTop1 int
	varN, varTop5, varTop1       int
	hits, strangers              int
	hitsKept, strangersMatched   int // at the threshold
	threshold                    float64
}

func measure(cases []testset.Case, res []outcome, threshold float64) figures {
	f := figures{n: map[string]int{}, top1: map[string]int{}, top5: map[string]int{}, tied: map[string]int{}, threshold: threshold}
	for i, c := range cases {
		if !slices.Contains(f.kinds, c.Kind) {
			f.kinds = append(f.kinds, c.Kind)
		}
		f.n[c.Kind]++
		r := res[i]
		if c.Kind == testset.KindStranger {
			f.strangers++
			if r.top >= threshold {
				f.strangersMatched++
			}
			continue
		}
		if r.rank == 1 {
			f.top1[c.Kind]++
		}
		if r.rank > 0 && r.score == r.top {
			f.tied[c.Kind]++
		}
		if r.rank > 0 {
			f.top5[c.Kind]++
		}
		f.hits++
		if r.rank > 0 && r.score >= threshold {
			f.hitsKept++
		}
		if c.IsAlias() {
			f.aliasN++
			f.aliasTop5 += b2i(r.rank > 0)
			f.aliasTop1 += b2i(r.rank == 1)
		} else {
			f.varN++
			f.varTop5 += b2i(r.rank > 0)
			f.varTop1 += b2i(r.rank == 1)
		}
	}
	return f
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func (f figures) report() string {
	var b strings.Builder
	// "top 1 =" counts a case whose record ties with the first: the same
	// person is often on both lists under the same name.
	fmt.Fprintf(&b, "%-18s %7s %8s %8s %8s\n", "kind", "cases", "top 1", "top 1 =", "top 5")
	for _, k := range f.kinds {
		if k == testset.KindStranger {
			continue
		}
		fmt.Fprintf(&b, "%-18s %7d %7.2f%% %7.2f%% %7.2f%%\n", k, f.n[k], pct(f.top1[k], f.n[k]), pct(f.tied[k], f.n[k]), pct(f.top5[k], f.n[k]))
	}
	aliasTied, varTied := 0, 0
	for k, n := range f.tied {
		if (testset.Case{Kind: k}).IsAlias() {
			aliasTied += n
		} else {
			varTied += n
		}
	}
	fmt.Fprintf(&b, "%-18s %7d %7.2f%% %7.2f%% %7.2f%%\n", "all aliases", f.aliasN, pct(f.aliasTop1, f.aliasN), pct(aliasTied, f.aliasN), pct(f.aliasTop5, f.aliasN))
	fmt.Fprintf(&b, "%-18s %7d %7.2f%% %7.2f%% %7.2f%%\n", "all variants", f.varN, pct(f.varTop1, f.varN), pct(varTied, f.varN), pct(f.varTop5, f.varN))
	fmt.Fprintf(&b, "at threshold %.2f: %.2f%% of %d true hits kept, %.2f%% of %d strangers match\n",
		f.threshold, pct(f.hitsKept, f.hits), f.hits, pct(f.strangersMatched, f.strangers), f.strangers)
	return b.String()
}

// TestQuality runs the whole test set against the index of the SDN and UN
// snapshots and holds the engine to the figures of BENCHMARKS.md, a little
// below them so that a harmless change of a tie does not fail it.
func TestQuality(t *testing.T) {
	recs := loadRecords(t)
	ix := newIndex(t, recs)
	cases := sample(loadCases(t, recs))
	res := run(t, ix, cases)
	f := measure(cases, res, screening.DefaultThreshold)
	t.Logf("%d records, %d names, %d cases (-full=%v)\n%s%s", ix.Len(), ix.Names(), len(cases), *full, f.report(), sweep(cases, res))
	if testing.Verbose() {
		logMisses(t, cases, res, 40)
	}
	checkAtLeast(t, "aliases in the top 5", pct(f.aliasTop5, f.aliasN), 98)
	checkAtLeast(t, "variants in the top 5", pct(f.varTop5, f.varN), 99)
	checkAtLeast(t, "true hits kept at the default threshold", pct(f.hitsKept, f.hits), 95)
	if p := pct(f.strangersMatched, f.strangers); p > 1 {
		t.Errorf("%.2f%% of names on no list match at the default threshold, want at most 1%%", p)
	}
}

// sweep is the trade between recall and precision: the share of true hits
// kept and of strangers matched at each threshold.
func sweep(cases []testset.Case, res []outcome) string {
	var b strings.Builder
	b.WriteString("threshold  hits kept  strangers matched\n")
	for _, th := range []float64{0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95} {
		f := measure(cases, res, th)
		fmt.Fprintf(&b, "%9.2f  %8.2f%%  %8.2f%%\n", th, pct(f.hitsKept, f.hits), pct(f.strangersMatched, f.strangers))
	}
	return b.String()
}

func checkAtLeast(t *testing.T, what string, got, want float64) {
	t.Helper()
	if got < want {
		t.Errorf("%s: %.2f%%, want at least %.0f%%", what, got, want)
	}
}

func logMisses(t *testing.T, cases []testset.Case, res []outcome, n int) {
	shown := map[string]int{}
	for i, c := range cases {
		r := res[i]
		switch {
		case c.Kind == testset.KindStranger && r.top >= screening.DefaultThreshold && shown[c.Kind] < n:
			shown[c.Kind]++
			t.Logf("stranger %q matches %s at %.3f", c.Query, r.topRecord, r.top)
		case c.Kind != testset.KindStranger && (r.rank == 0 || r.score < screening.DefaultThreshold) && shown[c.Kind] < n:
			shown[c.Kind]++
			t.Logf("%s %q (%s, %q): rank %d score %.3f; top %s %.3f", c.Kind, c.Query, c.Want, c.Source, r.rank, r.score, r.topRecord, r.top)
		}
	}
}

// TestQualityHeldOut asks how many aliases the engine finds from the other
// names of their entry alone: each alias is taken out of its record before
// it is queried, and put back after. It is a harder measure than
// TestQuality's (where the alias is in the index, as the lists publish it),
// and only informative: many aliases share no word with the primary name
// ("BNC" for BANCO NACIONAL DE CUBA). Runs with -full only.
func TestQualityHeldOut(t *testing.T) {
	if !*full {
		t.Skip("runs with -full")
	}
	recs := loadRecords(t)
	ix := newIndex(t, recs)
	byID := map[string]screening.Record{}
	for _, r := range recs {
		byID[r.ID] = r
	}
	n, top1, top5 := map[string]int{}, map[string]int{}, map[string]int{}
	var kinds []string
	for _, c := range testset.Aliases(recs) {
		r := byID[c.Want]
		held := r
		held.Names = nil
		for _, nm := range r.Names {
			if screening.NormalizedString(nm.Text) != screening.NormalizedString(c.Query) {
				held.Names = append(held.Names, nm)
			}
		}
		if len(held.Names) == 0 {
			continue
		}
		if err := ix.Put(held); err != nil {
			t.Fatal(err)
		}
		ms := search(t, ix, screening.Query{Name: c.Query, Limit: 5, Threshold: -1})
		if err := ix.Put(r); err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(kinds, c.Kind) {
			kinds = append(kinds, c.Kind)
		}
		n[c.Kind]++
		for k, m := range ms {
			if m.RecordID == c.Want {
				top5[c.Kind]++
				if k == 0 {
					top1[c.Kind]++
				}
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-18s %7s %8s %8s\n", "held-out kind", "cases", "top 1", "top 5")
	for _, k := range kinds {
		fmt.Fprintf(&b, "%-18s %7d %7.2f%% %7.2f%%\n", k, n[k], pct(top1[k], n[k]), pct(top5[k], n[k]))
	}
	t.Log("\n" + b.String())
}
