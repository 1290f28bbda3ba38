package domain_test

import (
	"testing"

	"github.com/controlsledger/ledger/domain"
)

// TestApplyGrowsListsAmortised folds a long run of the events each
// aggregate keeps a list of: the list must grow as append grows it (a few
// allocations for a thousand events), not be copied on every event, which
// made replaying a long stream (a dialogue's meetings, a designation's
// amendments) quadratic. A copy taken before stays as it was.
func TestApplyGrowsListsAmortised(t *testing.T) {
	const n = 1024
	tests := []struct {
		name  string
		agg   func() domain.Aggregate
		event domain.Event
		count func(domain.Aggregate) int
	}{
		{"measure provision dates", func() domain.Aggregate { return &domain.Measure{} }, domain.ProvisionEffective{},
			func(a domain.Aggregate) int { return len(a.(*domain.Measure).ProvisionDates) }},
		{"measure amendments", func() domain.Aggregate { return &domain.Measure{} }, domain.MeasureAmended{},
			func(a domain.Aggregate) int { return len(a.(*domain.Measure).Amendments) }},
		{"measure suspensions", func() domain.Aggregate { return &domain.Measure{} }, domain.MeasureSuspended{},
			func(a domain.Aggregate) int { return len(a.(*domain.Measure).Suspensions) }},
		{"measure suspension ends", func() domain.Aggregate { return &domain.Measure{} }, domain.SuspensionEnded{},
			func(a domain.Aggregate) int { return len(a.(*domain.Measure).SuspensionEnds) }},
		{"designation amendments", func() domain.Aggregate { return &domain.Designation{} }, domain.DesignationAmended{},
			func(a domain.Aggregate) int { return len(a.(*domain.Designation).Amendments) }},
		{"dialogue meetings", func() domain.Aggregate { return &domain.Dialogue{} }, domain.MeetingHeld{},
			func(a domain.Aggregate) int { return len(a.(*domain.Dialogue).Meetings) }},
		{"enforcement findings", func() domain.Aggregate { return &domain.Enforcement{} }, domain.EnforcementFindingIssued{},
			func(a domain.Aggregate) int { return len(a.(*domain.Enforcement).Findings) }},
		{"transaction reviews opened", func() domain.Aggregate { return &domain.Transaction{} }, domain.ReviewOpened{},
			func(a domain.Aggregate) int { return len(a.(*domain.Transaction).Opened) }},
		{"transaction reviews concluded", func() domain.Aggregate { return &domain.Transaction{} }, domain.ReviewConcluded{},
			func(a domain.Aggregate) int { return len(a.(*domain.Transaction).Reviews) }},
		{"corrections", func() domain.Aggregate { return &domain.Link{} }, domain.RecordCorrected{},
			func(a domain.Aggregate) int { return len(a.(*domain.Link).Corrections) }},
		{"source conflicts", func() domain.Aggregate { return &domain.SourceDocument{} }, domain.SourceConflictNoted{},
			func(a domain.Aggregate) int { return len(a.(*domain.SourceDocument).Conflicts) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var agg, half domain.Aggregate
			allocs := testing.AllocsPerRun(1, func() {
				agg = tt.agg()
				for range n {
					agg.Apply(tt.event)
				}
			})
			if got := tt.count(agg); got != n {
				t.Fatalf("%d events applied, the list holds %d", n, got)
			}
			// append doubles a small list, then grows it by a quarter: ~30
			// allocations for 1024; copying on every event made 1024.
			if allocs > 64 {
				t.Errorf("folding %d events allocated %.0f times: the list is copied as it grows", n, allocs)
			}

			half = tt.agg()
			for range n / 2 {
				half.Apply(tt.event)
			}
			snapshot := copyOf(half)
			half.Apply(tt.event)
			if got := tt.count(snapshot); got != n/2 {
				t.Errorf("applying to an aggregate changed an earlier copy: %d in the list, want %d", got, n/2)
			}
		})
	}
}

// copyOf returns a copy of the aggregate's value.
func copyOf(agg domain.Aggregate) domain.Aggregate {
	switch a := agg.(type) {
	case *domain.Measure:
		c := *a
		return &c
	case *domain.Designation:
		c := *a
		return &c
	case *domain.Dialogue:
		c := *a
		return &c
	case *domain.Enforcement:
		c := *a
		return &c
	case *domain.Transaction:
		c := *a
		return &c
	case *domain.Link:
		c := *a
		return &c
	case *domain.SourceDocument:
		c := *a
		return &c
	}
	panic("copyOf: unknown aggregate")
}
