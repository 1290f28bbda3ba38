package projections

import (
	"context"
	"reflect"
	"slices"
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
	check := func(r *recordState, n int, d *derived) {
		want := deriveFrom(p.fold(r, n))
		if d.exists != want.exists || !slices.Equal(d.days, want.days) || !slices.Equal(d.timeline, want.timeline) ||
			!spansEqual(d.affected, want.affected) || (d.designation == nil) != (want.designation == nil) ||
			d.designation != nil && (!spansEqual(d.designation.programs, want.designation.programs) ||
				d.designation.list != want.designation.list || d.designation.partyID != want.designation.partyID ||
				d.designation.from != want.designation.from || d.designation.delisted != want.designation.delisted) {
			t.Fatalf("%s version %d: derived %+v, fold %+v", r.ref, n, *d, *want)
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
