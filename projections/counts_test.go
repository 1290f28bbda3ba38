package projections

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
)

// countByVisiting is the total of a listing as MeasurePage counts it
// without a table: every candidate checked at the basis.
func countByVisiting(tb testing.TB, p *Projection, asOf AsOf, f MeasureFilter) int {
	tb.Helper()
	countFromTables = false
	defer func() { countFromTables = true }()
	_, page, err := p.MeasurePage(asOf, f, PageRequest{Limit: 1, Count: true})
	if err != nil {
		tb.Fatal(err)
	}
	return page.Total
}

// statusFilters are the status filters the count tests ask with: none,
// the common ones, and the rare ones (which narrow the candidates by their
// spans before the walk).
var statusFilters = [][]string{nil, {domain.StatusInForce, domain.StatusPartlySuspended}, {domain.StatusAnnounced},
	{domain.StatusSuspended, domain.StatusPartlySuspended}, {domain.StatusRevoked, domain.StatusExpired}}

// TestCountsEqualVisiting checks the totals counted from the tables
// against those counted by visiting every candidate, for listings by
// jurisdiction and status, on the generated
// ledger (with its corrections, retractions, suspensions and amendments)
// at random points of both axes and at the positions of its corrections
// and retractions, where a version starts.
func TestCountsEqualVisiting(t *testing.T) {
	defer func(n int) { minCounted = n }(minCounted)
	minCounted = 0
	p := sharedLedger(t).live
	head := p.Head()
	var knowledge []uint64
	p.mu.RLock()
	for at, e := range p.entries {
		if e.base != 0 && p.recs[e.rec].ref.Kind == domain.KindMeasure {
			knowledge = append(knowledge, uint64(at)+1)
		}
	}
	p.mu.RUnlock()
	if len(knowledge) < 10 {
		t.Fatalf("only %d corrections and retractions of measures in the generated ledger", len(knowledge))
	}
	rng := rand.New(rand.NewPCG(5, 5))
	checked, nonzero := 0, 0
	for i := range 600 {
		pos := 1 + rng.Uint64N(head)
		if i%3 == 0 {
			pos = knowledge[rng.IntN(len(knowledge))] - uint64(rng.IntN(2)) // at it, and just before
		}
		asOf := AsOf{Position: pos, ValidAt: domain.DateOf(time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(13*365)))}
		for k, j := range []string{"", "CN", "US", "EU", "RU"} {
			f := MeasureFilter{Jurisdiction: j, Status: statusFilters[(i+k)%len(statusFilters)]}
			_, page, err := p.MeasurePage(asOf, f, PageRequest{Limit: 1, Count: true})
			if err != nil {
				t.Fatal(err)
			}
			if want := countByVisiting(t, p, asOf, f); page.Total != want {
				t.Fatalf("jurisdiction %q, statuses %v at %+v: %d from the table, %d visiting", j, f.Status, asOf, page.Total, want)
			}
			checked++
			if page.Total > 0 {
				nonzero++
			}
		}
	}
	if nonzero < checked/2 {
		t.Fatalf("only %d of %d counts found anything", nonzero, checked)
	}
}

// TestCountsFollowTheLedger builds the tables on half of the generated
// ledger, then applies the rest: the next counts bring the tables up to the
// head, a few hundred events per count (visiting until they reach it), and
// must equal visiting at every point, old and new.
func TestCountsFollowTheLedger(t *testing.T) {
	defer func(n, steps int) { minCounted, countSteps = n, steps }(minCounted, countSteps)
	minCounted, countSteps = 0, 300
	l := sharedLedger(t)
	ctx := context.Background()
	evs, err := l.store.ReadAll(ctx, 0, generatedEvents)
	if err != nil || len(evs) != generatedEvents {
		t.Fatalf("read %d events: %v", len(evs), err)
	}
	p := New(Options{Now: l.live.now})
	rng := rand.New(rand.NewPCG(6, 6))
	check := func(what string) {
		for range 100 {
			asOf := AsOf{Position: 1 + rng.Uint64N(p.Head()), ValidAt: domain.DateOf(time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(10*365)))}
			for k, j := range []string{"", "CN", "US"} {
				f := MeasureFilter{Jurisdiction: j, Status: statusFilters[(rng.IntN(2)+k)%len(statusFilters)]}
				_, page, err := p.MeasurePage(asOf, f, PageRequest{Limit: 1, Count: true})
				if err != nil {
					t.Fatal(err)
				}
				if want := countByVisiting(t, p, asOf, f); page.Total != want {
					t.Fatalf("%s: jurisdiction %q, statuses %v at %+v: %d from the table, %d visiting", what, j, f.Status, asOf, page.Total, want)
				}
			}
		}
	}
	for i, ev := range evs {
		if err := p.Apply(ev); err != nil {
			t.Fatal(err)
		}
		if i+1 == len(evs)/2 {
			check("half")
		}
	}
	check("all")
	p.counts.mu.Lock()
	defer p.counts.mu.Unlock()
	caughtUp := 0
	for _, tb := range p.counts.tables {
		if tb.head == p.head {
			caughtUp++
		}
	}
	if caughtUp == 0 {
		t.Fatalf("none of the %d tables reached the head", len(p.counts.tables))
	}
}

// TestCountTablesAreBounded asks for the totals of more listings than
// tables are kept: the least recently used go once idle, and the counts
// stay right.
func TestCountTablesAreBounded(t *testing.T) {
	defer func(n int, idle uint64) { minCounted, countIdle = n, idle }(minCounted, countIdle)
	minCounted, countIdle = 0, 3
	p := sharedLedger(t).live
	all := []string{domain.StatusAnnounced, domain.StatusInForce, domain.StatusPartlySuspended,
		domain.StatusSuspended, domain.StatusRevoked, domain.StatusExpired}
	asOf := AsOf{Position: p.Head() / 2, ValidAt: domain.DateOf(time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC))}
	listings := 0
	for mask := 1; mask < 1<<len(all); mask++ {
		var statuses []string
		for i, s := range all {
			if mask&(1<<i) != 0 {
				statuses = append(statuses, s)
			}
		}
		f := MeasureFilter{Jurisdiction: "CN", Status: statuses}
		_, page, err := p.MeasurePage(asOf, f, PageRequest{Limit: 1, Count: true})
		if err != nil {
			t.Fatal(err)
		}
		if want := countByVisiting(t, p, asOf, f); page.Total != want {
			t.Fatalf("statuses %v: %d from the table, %d visiting", statuses, page.Total, want)
		}
		listings++
	}
	p.counts.mu.Lock()
	kept := len(p.counts.tables)
	p.counts.mu.Unlock()
	if listings <= maxCountTables || kept > maxCountTables {
		t.Fatalf("%d listings counted, %d tables kept (at most %d)", listings, kept, maxCountTables)
	}
}
