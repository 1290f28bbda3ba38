package projections

import (
	"github.com/controlsledger/ledger/domain"
)

// EnforcementView is an enforcement action as known at a basis, with the
// findings issued by the valid time.
type EnforcementView struct {
	domain.EnforcementActionOpened
	Knowledge  domain.Knowledge
	Findings   []domain.EnforcementFindingIssued
	KnownSince uint64
	Version    int64
	// Closed is true once a final finding was issued by the valid time.
	Closed bool
}

// EnforcementActions returns the actions opened by the valid time and known
// at the recorded time of asOf, ordered by opening date and ID.
func (p *Projection) EnforcementActions(asOf AsOf) (Basis, []EnforcementView, error) {
	return every(p, domain.KindEnforcement, asOf, func(r *recordState, n int, e *domain.Enforcement, b Basis) (EnforcementView, bool) {
		return enforcementView(e, r.knownSince(n), b), true
	})
}

// EnforcementAction returns one action at the basis of asOf.
func (p *Projection) EnforcementAction(id string, asOf AsOf) (b Basis, v EnforcementView, ok bool, err error) {
	return one(p, domain.KindEnforcement, id, asOf, func(r *recordState, n int, e *domain.Enforcement, b Basis) EnforcementView {
		return enforcementView(e, r.knownSince(n), b)
	})
}

func enforcementView(e *domain.Enforcement, known uint64, b Basis) EnforcementView {
	v := EnforcementView{EnforcementActionOpened: *e.Opened, Knowledge: e.Knowledge, KnownSince: known, Version: e.Version}
	for _, f := range e.Findings {
		if !b.ValidAt.Before(f.IssuedOn) {
			v.Findings = append(v.Findings, f)
			v.Closed = v.Closed || f.Final
		}
	}
	return v
}
