package lists

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sdnFiles returns the OFAC snapshots of testdata in time order, the empty
// last one included.
func sdnFiles(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(testdata, "ofac-sdn", "sdn-*.csv.gz"))
	if err != nil || len(files) != 27 {
		tb.Fatalf("found %d OFAC snapshots (%v), want 27", len(files), err)
	}
	slices.Sort(files)
	return files
}

func TestDiffChangesInPlace(t *testing.T) {
	// 2022-04-22 -> 2022-04-29: no entry added or removed, but 499 entries
	// gained OFAC's "Secondary sanctions risk" remark (one of them also a
	// tax ID) and two changed programs.
	prev := mustRead(t, FormatOFACSDN, "ofac-sdn/sdn-2022-04-22T185109Z.csv.gz")
	next := mustRead(t, FormatOFACSDN, "ofac-sdn/sdn-2022-04-29T185250Z.csv.gz")
	d, err := DiffChecked(prev, next, Plausibility{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Added) != 0 || len(d.Removed) != 0 || len(d.Amended) != 499 || d.Unchanged != 10025-499 {
		t.Fatalf("added %d amended %d removed %d unchanged %d; want 0, 499, 0, 9526", len(d.Added), len(d.Amended), len(d.Removed), d.Unchanged)
	}
	fields := map[string]int{}
	for i, a := range d.Amended {
		if i > 0 && compareIDs(d.Amended[i-1].ID(), a.ID()) >= 0 {
			t.Fatalf("amendments out of order: %s before %s", d.Amended[i-1].ID(), a.ID())
		}
		for _, c := range a.Changes {
			fields[c.Field]++
		}
	}
	if want := map[string]int{"remarks": 499, "program": 2, "identifier": 1, "taxNumber": 1}; !mapsEqual(fields, want) {
		t.Errorf("changed fields %v, want %v", fields, want)
	}
	first := d.Amended[0]
	want := []Change{{Field: "remarks", New: []string{"Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209"}}}
	if first.ID() != "16601" || len(first.Changes) != 1 || first.Changes[0].Field != want[0].Field || first.Changes[0].Old != nil || !slices.Equal(first.Changes[0].New, want[0].New) {
		t.Errorf("first amendment %s %+v, want 16601 %+v", first.ID(), first.Changes, want)
	}
}

func TestDiffAllOFACSnapshots(t *testing.T) {
	// Read in order as ingest reads them: applying each delta to the
	// previous snapshot's IDs gives the next snapshot's IDs; the counts add
	// up; the empty download is refused.
	var prev *Snapshot
	ids := map[string]bool{}
	for _, file := range sdnFiles(t) {
		fh, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		next, err := ReadAfter(FormatOFACSDN, fh, prev)
		fh.Close()
		if err != nil {
			if !errors.Is(err, ErrEmpty) || !strings.Contains(file, "2024-05-04") {
				t.Fatalf("%s: %v", file, err)
			}
			continue
		}
		d, err := DiffChecked(prev, next, Plausibility{})
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		for _, e := range d.Added {
			if ids[e.ID] {
				t.Fatalf("%s: %s added but already there", file, e.ID)
			}
			ids[e.ID] = true
		}
		for _, e := range d.Removed {
			if !ids[e.ID] {
				t.Fatalf("%s: %s removed but not there", file, e.ID)
			}
			delete(ids, e.ID)
		}
		if len(ids) != len(next.Entries) || len(d.Added)+len(d.Amended)+d.Unchanged != len(next.Entries) {
			t.Fatalf("%s: %d IDs after the delta, %d in the snapshot", file, len(ids), len(next.Entries))
		}
		prev = next
	}
}

func TestDiffFields(t *testing.T) {
	base := Entry{ID: "1", Schema: "Person", Programs: []string{"A"},
		Properties: map[string][]string{"name": {"X"}, "alias": {"P", "Q"}},
		Sanction:   map[string][]string{"licenseRequirement": {"all items"}}}
	snap := func(es ...Entry) *Snapshot { return &Snapshot{List: ListOFACSDN, Entries: es} }
	clone := func(e Entry, edit func(*Entry)) Entry {
		e.Properties = map[string][]string{"name": {"X"}, "alias": {"P", "Q"}}
		e.Sanction = map[string][]string{"licenseRequirement": {"all items"}}
		edit(&e)
		return e
	}
	cases := []struct {
		name string
		edit func(*Entry)
		want []Change
	}{
		{"aliases reordered", func(e *Entry) { e.Properties["alias"] = []string{"Q", "P"} }, nil},
		{"an alias added", func(e *Entry) { e.Properties["alias"] = []string{"P", "Q", "R"} },
			[]Change{{Field: "alias", Old: []string{"P", "Q"}, New: []string{"P", "Q", "R"}}}},
		{"a property gone, another new", func(e *Entry) { delete(e.Properties, "alias"); e.Properties["gender"] = []string{"male"} },
			[]Change{{Field: "alias", Old: []string{"P", "Q"}}, {Field: "gender", New: []string{"male"}}}},
		{"program and listing date", func(e *Entry) { e.Programs = []string{"B"}; e.ListedOn = Date{Start: "2020"} },
			[]Change{{Field: "listedOn", New: []string{"2020"}}, {Field: "program", Old: []string{"A"}, New: []string{"B"}}}},
		{"sanction terms", func(e *Entry) { e.Sanction["licenseRequirement"] = []string{"EAR99"} },
			[]Change{{Field: "sanction.licenseRequirement", Old: []string{"all items"}, New: []string{"EAR99"}}}},
		{"raw bytes only", func(e *Entry) { e.Raw = []byte("other") }, nil},
	}
	for _, c := range cases {
		next := clone(base, c.edit)
		d, err := Diff(snap(base), snap(next))
		if err != nil {
			t.Fatal(err)
		}
		if c.want == nil {
			if len(d.Amended) != 0 || d.Unchanged != 1 {
				t.Errorf("%s: %+v, want unchanged", c.name, d.Amended)
			}
			continue
		}
		if len(d.Amended) != 1 || !changesEqual(d.Amended[0].Changes, c.want) {
			t.Errorf("%s: %+v, want %+v", c.name, d.Amended, c.want)
		}
	}
	if _, err := Diff(snap(base), &Snapshot{List: ListUNSC, Entries: []Entry{base}}); !errors.Is(err, ErrWrongList) {
		t.Errorf("diff across lists: %v, want %s", err, RuleWrongList)
	}
}

func changesEqual(a, b []Change) bool {
	return slices.EqualFunc(a, b, func(x, y Change) bool {
		return x.Field == y.Field && slices.Equal(x.Old, y.Old) && slices.Equal(x.New, y.New)
	})
}

func TestCheckRefusesMassRemoval(t *testing.T) {
	prev := mustRead(t, FormatOFACSDN, "ofac-sdn/sdn-2024-05-03T184323Z.csv.gz")
	n := len(prev.Entries)
	keep := func(share float64) *Snapshot {
		s := *prev
		s.Entries = prev.Entries[:n-int(float64(n)*share)]
		return &s
	}
	if _, err := DiffChecked(prev, keep(0.09), Plausibility{}); err != nil {
		t.Errorf("9 %% removed: %v, want accepted", err)
	}
	_, err := DiffChecked(prev, keep(0.11), Plausibility{})
	var re *RefusedError
	if !errors.Is(err, ErrMassRemoval) || !errors.As(err, &re) || !strings.Contains(re.Error(), "of the 14965 entries") {
		t.Errorf("11 %% removed: %v, want a %s refusal naming the counts", err, RuleMassRemoval)
	}
	if _, err := DiffChecked(prev, keep(0.11), Plausibility{MaxRemovedShare: 0.2}); err != nil {
		t.Errorf("11 %% removed with 20 %% allowed: %v", err)
	}
	if _, err := DiffChecked(prev, keep(0.99), Plausibility{MaxRemovedShare: 1}); err != nil {
		t.Errorf("99 %% removed with everything allowed: %v", err)
	}
}

func TestDiffUNSnapshots(t *testing.T) {
	files := []string{"consolidated-2018-06-07.xml.gz", "consolidated-2018-06-21.xml.gz", "consolidated-2018-08-24.xml.gz", "consolidated-2018-10-29.xml.gz"}
	prev := mustRead(t, FormatUNSC, "un-sc/"+files[0])
	for _, f := range files[1:] {
		next := mustRead(t, FormatUNSC, "un-sc/"+f)
		d, err := DiffChecked(prev, next, Plausibility{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if len(prev.Entries)+len(d.Added)-len(d.Removed) != len(next.Entries) {
			t.Errorf("%s: %d + %d - %d != %d", f, len(prev.Entries), len(d.Added), len(d.Removed), len(next.Entries))
		}
		for _, a := range d.Amended {
			if bytes.Equal(a.Prev.Raw, a.Next.Raw) {
				t.Errorf("%s: %s amended with the same bytes: %+v", f, a.ID(), a.Changes)
			}
		}
		t.Logf("%s: added %d amended %d removed %d unchanged %d", f, len(d.Added), len(d.Amended), len(d.Removed), d.Unchanged)
		prev = next
	}
}

// BenchmarkOFACHistory reads and diffs all 26 non-empty OFAC snapshots of
// testdata in order, from their gzipped bytes in memory: the part of
// `ledger ingest` that is this package's.
func BenchmarkOFACHistory(b *testing.B) {
	var files [][]byte
	for _, f := range sdnFiles(b) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
	}
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		var prev *Snapshot
		entries := 0
		for _, data := range files {
			s, err := ReadAfter(FormatOFACSDN, bytes.NewReader(data), prev)
			if errors.Is(err, ErrEmpty) {
				continue
			}
			if err != nil {
				b.Fatal(err)
			}
			if _, err := DiffChecked(prev, s, Plausibility{}); err != nil {
				b.Fatal(err)
			}
			entries += len(s.Entries)
			prev = s
		}
		b.ReportMetric(float64(entries), "entries/op")
	}
}

func TestReadAfterIsRead(t *testing.T) {
	// Reusing the previous snapshot's parse gives the same entries as
	// reading afresh.
	prev := mustRead(t, FormatOFACSDN, "ofac-sdn/sdn-2022-04-22T185109Z.csv.gz")
	fresh := mustRead(t, FormatOFACSDN, "ofac-sdn/sdn-2022-04-29T185250Z.csv.gz")
	fh, err := os.Open(filepath.Join(testdata, "ofac-sdn", "sdn-2022-04-29T185250Z.csv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	after, err := ReadAfter(FormatOFACSDN, fh, prev)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(after, fresh) {
		for i := range after.Entries {
			if !reflect.DeepEqual(after.Entries[i], fresh.Entries[i]) {
				t.Fatalf("entry %s read after the previous snapshot:\n%+v\nread afresh:\n%+v", fresh.Entries[i].ID, after.Entries[i], fresh.Entries[i])
			}
		}
		t.Fatal("the snapshots differ outside their entries")
	}
	byID := map[string]*Entry{}
	for i := range prev.Entries {
		byID[prev.Entries[i].ID] = &prev.Entries[i]
	}
	shared := 0
	for i := range after.Entries {
		if p := byID[after.Entries[i].ID]; p != nil && reflect.ValueOf(p.Properties).Pointer() == reflect.ValueOf(after.Entries[i].Properties).Pointer() {
			shared++
		}
	}
	if shared != 10025-499 {
		t.Errorf("%d entries reused from the previous snapshot, want the 9526 unchanged ones", shared)
	}
}

// BenchmarkOFACHistoryFloor only gunzips and hashes the same files: the part
// of BenchmarkOFACHistory no parser can avoid.
func BenchmarkOFACHistoryFloor(b *testing.B) {
	var files [][]byte
	for _, f := range sdnFiles(b) {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
	}
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		for _, data := range files {
			if _, _, err := content(FormatOFACSDN, bytes.NewReader(data)); err != nil && !errors.Is(err, ErrEmpty) {
				b.Fatal(err)
			}
		}
	}
}

// reportCPU reports the process's CPU time (user and system, all threads,
// the collector's included) per iteration as "cpu-ms/op": on a machine
// shared with other work, wall time says more of the neighbours than of
// the code.
func reportCPU(b *testing.B) func() {
	start := cpuTime(b)
	return func() {
		b.ReportMetric(float64((cpuTime(b)-start).Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
