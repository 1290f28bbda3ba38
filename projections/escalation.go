package projections

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/controlsledger/ledger/domain"
)

// EscalationChain is what two jurisdictions did to each other over a
// period.
type EscalationChain struct {
	// Steps are the measures each took against the other, by date of
	// announcement, then ID.
	Steps []EscalationStep
	// Links are the links standing between measures of the chain, in the
	// order they were recorded.
	Links []LinkView
}

// EscalationStep is one measure of an escalation chain.
type EscalationStep struct {
	Measure RecordSummary
	// By is the jurisdiction that took the measure, Against the other.
	By, Against string
	// Answers are the links from this measure to earlier steps: what it
	// answered.
	Answers []LinkView
}

// EscalationChain returns the measures that jurisdiction a took against b
// and b against a (b or a among the affected jurisdictions, as announced
// or amended by the end of the period), announced within [from, to] (a zero
// date leaves that end open), known and not retracted at the basis of
// asOf, with the links between them.
func (p *Projection) EscalationChain(a, b string, from, to domain.Date, asOf AsOf) (Basis, EscalationChain, error) {
	switch {
	case a == "" || b == "":
		return Basis{}, EscalationChain{}, fmt.Errorf("%w: two jurisdictions are needed", ErrInvalidQuery)
	case a == b:
		return Basis{}, EscalationChain{}, fmt.Errorf("%w: %s against itself", ErrInvalidQuery, a)
	case !from.IsZero() && !to.IsZero() && to.Before(from):
		return Basis{}, EscalationChain{}, fmt.Errorf("%w: the period ends (%s) before it starts (%s)", ErrInvalidQuery, to, from)
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	basis, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, EscalationChain{}, err
	}
	type step struct {
		EscalationStep
		m *domain.Measure
	}
	var steps []step
	inChain := map[domain.Ref]bool{}
	for _, dir := range [][2]string{{a, b}, {b, a}} {
		by, against := dir[0], dir[1]
		c := candidates{n: len(p.recs)}
		c.restrictTo(p.measures.implementing[by])
		c.restrictTo(p.measures.affected[against])
		c.set.each(func(n int32) {
			r := p.recs[n]
			k := p.versionAt(r, basis)
			if k == 0 || p.retracted(r, basis) {
				return
			}
			// The announcement date of the version at the basis is the
			// order key: measures outside the period need no fold.
			if day, ok := r.dayAt(r.knownSince(k)); ok && ((!from.IsZero() && day < dayOf(from)) || (!to.IsZero() && day > dayOf(to))) {
				return
			}
			m := p.state(r, k).(*domain.Measure)
			an := m.Announced
			if an == nil || an.Implementing != by || (!from.IsZero() && an.AnnouncedOn.Before(from)) || (!to.IsZero() && an.AnnouncedOn.After(to)) {
				return
			}
			if !affects(m, against, to) {
				return
			}
			s := step{m: m}
			s.By, s.Against = by, against
			s.Measure = p.summary(r.ref, basis)
			steps = append(steps, s)
			inChain[r.ref] = true
		})
	}
	slices.SortFunc(steps, func(x, y step) int {
		return cmp.Or(x.m.Announced.AnnouncedOn.Compare(y.m.Announced.AnnouncedOn), cmp.Compare(x.Measure.Ref.ID, y.Measure.Ref.ID))
	})
	var chain EscalationChain
	linked := map[int32]bool{}
	earlier := map[domain.Ref]bool{}
	for _, s := range steps {
		for _, n := range p.linksOf.from[s.Measure.Ref] {
			l, ok := p.linkAt(p.recs[n], basis)
			if !ok || l.From != s.Measure.Ref || !inChain[l.To] {
				continue
			}
			linked[n] = true
			// A link to a later step (a measure superseded by or
			// coordinated with the next) is one of the chain's links, not
			// what this measure answered.
			if earlier[l.To] {
				s.Answers = append(s.Answers, l)
			}
		}
		earlier[s.Measure.Ref] = true
		chain.Steps = append(chain.Steps, s.EscalationStep)
	}
	for _, n := range p.linksOf.all {
		if linked[n] {
			l, _ := p.linkAt(p.recs[n], basis)
			chain.Links = append(chain.Links, l)
		}
	}
	return basis, chain, nil
}

// affects reports whether m names j among its affected jurisdictions as
// announced or as amended by to (zero: ever).
func affects(m *domain.Measure, j string, to domain.Date) bool {
	has := func(list []domain.AffectedJurisdiction) bool {
		return slices.ContainsFunc(list, func(a domain.AffectedJurisdiction) bool { return a.Jurisdiction == j })
	}
	if has(m.Announced.Affected) {
		return true
	}
	for _, am := range m.Amendments {
		if (to.IsZero() || !am.EffectiveOn.After(to)) && has(am.Affected) {
			return true
		}
	}
	return false
}
