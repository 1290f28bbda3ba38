package projections

import (
	"cmp"
	"slices"

	"github.com/controlsledger/ledger/domain"
	"github.com/google/uuid"
)

// Transaction statuses besides the review outcomes.
const (
	TransactionPending     = "pending"
	TransactionUnderReview = "under_review"
	TransactionTerminated  = "terminated"
	TransactionCompleted   = "completed"
)

// TransactionView is a transaction as known at a basis, with what had
// happened to it by the valid time.
type TransactionView struct {
	domain.TransactionAnnounced
	Knowledge  domain.Knowledge
	Opened     []domain.ReviewOpened
	Reviews    []domain.ReviewConcluded
	Terminated *domain.TransactionTerminated
	Completed  *domain.TransactionCompleted
	KnownSince uint64
	Version    int64
	// Status is the latest by date of what happened by the valid time:
	// completed, terminated or the outcome of a concluded review (on the
	// same day a completion or termination before a review, and of two
	// reviews the one recorded later); else under_review if a review was
	// opened, else pending.
	Status string
	// ReviewStates are the reviews opened or concluded by the valid time,
	// each with its phase, in the order they were first recorded.
	ReviewStates []ReviewState
}

// Review phases.
const (
	ReviewOpen      = "open"
	ReviewConcluded = "concluded"
)

// ReviewState is one review of a transaction at a valid time.
type ReviewState struct {
	ReviewID  string
	Authority domain.Authority
	Regime    string
	// OpenedOn is zero when the opening was not recorded.
	OpenedOn domain.Date
	// Phase is ReviewOpen or ReviewConcluded; Outcome and ConcludedOn are
	// set once concluded.
	Phase       string
	Outcome     string
	ConcludedOn domain.Date
}

// Transactions returns the transactions announced by the valid time and
// known at the recorded time of asOf, ordered by announcement date and ID.
func (p *Projection) Transactions(asOf AsOf) (Basis, []TransactionView, error) {
	return every(p, domain.KindTransaction, asOf, func(r *recordState, n int, t *domain.Transaction, b Basis) (TransactionView, bool) {
		return p.transactionView(r, n, t, b), true
	})
}

// Transaction returns one transaction at the basis of asOf.
func (p *Projection) Transaction(id string, asOf AsOf) (b Basis, v TransactionView, ok bool, err error) {
	return one(p, domain.KindTransaction, id, asOf, func(r *recordState, n int, t *domain.Transaction, b Basis) TransactionView {
		return p.transactionView(r, n, t, b)
	})
}

// transactionView is the view of t, the first n events of r, with its
// reviews in the order they were first recorded.
func (p *Projection) transactionView(r *recordState, n int, t *domain.Transaction, b Basis) TransactionView {
	v := transactionView(t, r.knownSince(n), b)
	if len(v.ReviewStates) > 1 {
		first := p.reviewOrder(r, n, t)
		slices.SortStableFunc(v.ReviewStates, func(x, y ReviewState) int { return cmp.Compare(first[x.ReviewID], first[y.ReviewID]) })
	}
	return v
}

// reviewOrder numbers the reviews of t, the first n events of r, in the
// order each was first recorded, by its opening or its conclusion. The
// aggregate keeps the two apart: its openings and conclusions are, one for
// one and in order, the events of those types among the first n that were
// not retracted by then (corrected as they read then).
func (p *Projection) reviewOrder(r *recordState, n int, t *domain.Transaction) map[string]int {
	events := r.events[:n]
	retracted := map[uuid.UUID]bool{}
	for _, i := range events {
		if p.entries[i].base == 0 {
			continue // not a correction or retraction
		}
		if k, ok := p.event(i).(domain.RecordRetracted); ok && k.EventID != "" {
			if id, ok := canonicalID(k.EventID); ok {
				retracted[id] = true
			}
		}
	}
	first := map[string]int{}
	note := func(id string) {
		if _, ok := first[id]; !ok {
			first[id] = len(first)
		}
	}
	opened, concluded := 0, 0
	for _, i := range events {
		if retracted[p.entries[i].id] {
			continue
		}
		switch p.event(i).(type) {
		case domain.ReviewOpened:
			if opened < len(t.Opened) {
				note(t.Opened[opened].ReviewID)
			}
			opened++
		case domain.ReviewConcluded:
			if concluded < len(t.Reviews) {
				note(t.Reviews[concluded].ReviewID)
			}
			concluded++
		}
	}
	return first
}

// transactionView is the view of t, with its reviews' states in the order
// of their openings, then the reviews concluded with no opening in effect;
// Projection.transactionView orders them as recorded.
func transactionView(t *domain.Transaction, known uint64, b Basis) TransactionView {
	v := TransactionView{TransactionAnnounced: *t.Announced, Knowledge: t.Knowledge, KnownSince: known, Version: t.Version, Status: TransactionPending}
	var latest domain.Date
	state := map[string]int{}
	for _, o := range t.Opened {
		if !b.ValidAt.Before(o.OpenedOn) {
			v.Opened = append(v.Opened, o)
			v.Status = TransactionUnderReview
			state[o.ReviewID] = len(v.ReviewStates)
			v.ReviewStates = append(v.ReviewStates, ReviewState{ReviewID: o.ReviewID, Authority: o.Authority, Regime: o.Regime,
				OpenedOn: o.OpenedOn, Phase: ReviewOpen})
		}
	}
	for _, r := range t.Reviews {
		if !b.ValidAt.Before(r.ConcludedOn) {
			v.Reviews = append(v.Reviews, r)
			if !r.ConcludedOn.Before(latest) {
				v.Status, latest = r.Outcome, r.ConcludedOn
			}
			i, ok := state[r.ReviewID]
			if !ok {
				i = len(v.ReviewStates)
				v.ReviewStates = append(v.ReviewStates, ReviewState{ReviewID: r.ReviewID, Authority: r.Authority, Regime: r.Regime})
			}
			v.ReviewStates[i].Phase, v.ReviewStates[i].Outcome, v.ReviewStates[i].ConcludedOn = ReviewConcluded, r.Outcome, r.ConcludedOn
		}
	}
	if c := t.Completed; c != nil && !b.ValidAt.Before(c.CompletedOn) {
		v.Completed = c
		if !c.CompletedOn.Before(latest) {
			v.Status, latest = TransactionCompleted, c.CompletedOn
		}
	}
	if x := t.Terminated; x != nil && !b.ValidAt.Before(x.TerminatedOn) {
		v.Terminated = x
		if !x.TerminatedOn.Before(latest) {
			v.Status = TransactionTerminated
		}
	}
	return v
}
