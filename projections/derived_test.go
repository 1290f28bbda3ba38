package projections

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
)

// TestDerivedIsFold checks what is derived once per version for the ends
// and the links of a page (whether the record exists, the link standing)
// against the fold of that version, for every version of every record of
// the generated ledger, corrected and retracted ones included.
func TestDerivedIsFold(t *testing.T) {
	p := sharedLedger(t).live
	p.mu.RLock()
	defer p.mu.RUnlock()
	links, standing, gone := 0, 0, 0
	for _, r := range p.recs {
		if !r.viewable() {
			continue
		}
		for n := 1; n <= len(r.events); n++ {
			agg, d := p.fold(r, n), p.derive(r, n)
			if d.exists != agg.Exists() {
				t.Fatalf("%s version %d: derived exists %v, fold %v", r.ref, n, d.exists, agg.Exists())
			}
			l, ok := agg.(*domain.Link)
			if !ok {
				continue
			}
			links++
			var want *domain.MeasuresLinked
			if l.Linked != nil && l.Withdrawn == nil && !l.Retracted() {
				want = l.Linked
				standing++
			} else {
				gone++
			}
			if !reflect.DeepEqual(d.link, want) {
				t.Fatalf("%s version %d: derived link %+v, fold %+v", r.ref, n, d.link, want)
			}
		}
	}
	if standing == 0 || gone == 0 {
		t.Fatalf("%d versions of links: %d standing, %d not: the ledger does not test both", links, standing, gone)
	}
}

// TestWarmWhileQueried derives every version of every measure and
// designation while the runner warms them in the background (run it with
// -race), and checks what each query got, and what the cache holds after,
// against the fold.
func TestWarmWhileQueried(t *testing.T) {
	l := sharedLedger(t)
	ctx, cancel := context.WithCancel(context.Background())
	p := New(Options{Now: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }})
	done := make(chan error, 1)
	go func() { done <- NewRunner(l.store, p, RunnerOptions{Log: quiet}).Run(ctx) }()
	defer func() { cancel(); <-done }()
	if err := p.WaitFor(ctx, generatedEvents); err != nil {
		t.Fatal(err)
	}
	check := func(r *recordState, n int, d derived) {
		want := deriveFrom(p.fold(r, n))
		if d.exists != want.exists || !slices.Equal(d.days, want.days) || !slices.Equal(d.timeline, want.timeline) ||
			!spansEqual(d.affected, want.affected) || (d.designation == nil) != (want.designation == nil) ||
			d.designation != nil && (!spansEqual(d.designation.programs, want.designation.programs) ||
				d.designation.list != want.designation.list || d.designation.partyID != want.designation.partyID ||
				d.designation.from != want.designation.from || d.designation.delisted != want.designation.delisted) {
			t.Fatalf("%s version %d: derived %+v, fold %+v", r.ref, n, d, *want)
		}
	}
	for pass := range 2 { // during the warm-up, then from the cache
		p.mu.RLock()
		for i := len(p.recs) - 1; i >= 0; i-- {
			r := p.recs[i]
			if r.ref.Kind != domain.KindMeasure && r.ref.Kind != domain.KindDesignation {
				continue
			}
			for n := len(r.events); n >= 1; n-- {
				check(r, n, p.derive(r, n))
			}
		}
		p.mu.RUnlock()
		if pass == 0 {
			p.warm(ctx) // done, if the runner's is not
		}
	}
}

func spansEqual(a, b []affectedSpan) bool {
	return slices.EqualFunc(a, b, func(x, y affectedSpan) bool { return x.from == y.from && slices.Equal(x.codes, y.codes) })
}

// TestDerivedStoreKeepsEachVersion keeps what was derived from the
// versions of many records in a shuffled order, the records gaining
// versions between rounds (their slots then move), over many chunks and a
// few parts large enough for a chunk of their own, and checks that every
// version reads back its own value, equal to what was derived and not the
// fresh value itself, both when kept and at the end.
func TestDerivedStoreKeepsEachVersion(t *testing.T) {
	var s derivedStore
	const records = 200
	recs := make([]recordState, records+1)
	// value is distinct for every version but for every third, which
	// equals the one before it (and shares it if that one is kept first).
	value := func(r, n int) *derived {
		k := n - boolInt(n%3 == 0)
		days := []int32{int32(r), int32(k)}
		if r == records && k == 7 {
			days = make([]int32, 10_000) // a chunk of its own
			for i := range days {
				days[i] = int32(i)
			}
		}
		return &derived{exists: k%2 == 0, days: days, timeline: timeline{{-1 << 31, uint8(k % 7)}, {int32(k), 1}},
			implementing: fmt.Sprint("J", r), measureType: fmt.Sprint("T", k),
			affected: []affectedSpan{{from: -1 << 31}, {from: int32(k), codes: []string{fmt.Sprint("C", r, ".", k), "CN"}}},
			designation: &designationFacts{list: "sdn", partyID: fmt.Sprint("P", r), from: int32(k), delisted: 1<<31 - 1,
				programs: []affectedSpan{{from: int32(r), codes: []string{fmt.Sprint("X", k)}}}}}
	}
	check := func(r, n int, got derived, ok bool) {
		t.Helper()
		want := value(r, n)
		if !ok || got.exists != want.exists || !slices.Equal(got.days, want.days) || !slices.Equal(got.timeline, want.timeline) ||
			got.implementing != want.implementing || got.measureType != want.measureType || !spansEqual(got.affected, want.affected) ||
			got.designation == nil || got.designation.partyID != want.designation.partyID || got.designation.from != want.designation.from ||
			!spansEqual(got.designation.programs, want.designation.programs) {
			t.Fatalf("record %d version %d: read %+v, want %+v", r, n, got, want)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	versions := make([]int, records+1)
	versions[records] = 5_000 // slots of a chunk of their own
	type version struct{ r, n int }
	kept := map[version]bool{}
	for range 3 {
		var todo []version
		for r := range versions {
			versions[r] += 1 + rng.IntN(30)
			for n := 1; n <= versions[r]; n++ {
				if _, ok := s.at(&recs[r], n); !ok && rng.IntN(4) > 0 {
					todo = append(todo, version{r, n})
				}
			}
		}
		rng.Shuffle(len(todo), func(i, j int) { todo[i], todo[j] = todo[j], todo[i] })
		for _, v := range todo {
			fresh := value(v.r, v.n)
			facts, days := fresh.designation, fresh.days
			got := s.keep(&recs[v.r], v.n, versions[v.r], fresh)
			if got.designation == facts || &got.days[0] == &days[0] {
				t.Fatalf("record %d version %d: the fresh value is kept, not a copy", v.r, v.n)
			}
			check(v.r, v.n, got, true)
			got, ok := s.at(&recs[v.r], v.n)
			check(v.r, v.n, got, ok)
			kept[v] = true
		}
	}
	for r := range versions {
		for n := 1; n <= versions[r]; n++ {
			if d, ok := s.at(&recs[r], n); ok || kept[version{r, n}] {
				check(r, n, d, ok)
			}
		}
	}
	if _, ok := s.at(&recs[0], versions[0]+1); ok {
		t.Fatal("a version beyond the record's reads a value")
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestKeptHoldsNoPointer checks that what the derivedStore keeps per
// version and per record's version holds numbers only: a pointer in them
// would have the collector follow hundreds of thousands of them on every
// cycle.
func TestKeptHoldsNoPointer(t *testing.T) {
	var walk func(name string, typ reflect.Type)
	walk = func(name string, typ reflect.Type) {
		switch typ.Kind() {
		case reflect.Bool, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Int,
			reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uint:
		case reflect.Struct:
			for i := range typ.NumField() {
				walk(name+"."+typ.Field(i).Name, typ.Field(i).Type)
			}
		case reflect.Array:
			walk(name+"[]", typ.Elem())
		default:
			t.Errorf("%s is a %s", name, typ.Kind())
		}
	}
	walk("kept", reflect.TypeFor[kept]())
	walk("slot", reflect.TypeFor[atomic.Uint64]())
}
