package projections

import (
	"github.com/controlsledger/ledger/domain"
)

// designationIndex finds candidate designations.
type designationIndex struct {
	party map[string]postings
	lists *wordIndex
}

func (d *designationIndex) init() {
	d.party = map[string]postings{}
	d.lists = newWordIndex()
}

func (p *Projection) indexDesignated(n int32, r *recordState, d *domain.PartyDesignated, pos uint64) {
	addTo(p.designations.party, d.Party.ID, n)
	p.designations.lists.add(n, d.List)
	p.indexParty(n, d.Party)
	addTo(p.jurisdictions, d.ListAuthority.Jurisdiction, n)
	p.setKey(n, r, dayOf(d.EffectiveOn), pos)
}
