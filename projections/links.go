package projections

import (
	"github.com/controlsledger/ledger/domain"
)

// LinkView is a link between two records as known at a basis.
type LinkView struct {
	domain.MeasuresLinked
	KnownSince uint64
}

// Links returns the links that stand at the basis (recorded, neither
// withdrawn nor retracted by its position) from the record from to the
// record to, in the order they were recorded. A zero Ref matches any record.
func (p *Projection) Links(b Basis, from, to domain.Ref) []LinkView {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.links(b, from, to)
}

func (p *Projection) links(b Basis, from, to domain.Ref) []LinkView {
	list := p.linksOf.all
	switch {
	case from != domain.Ref{}:
		list = p.linksOf.from[from]
	case to != domain.Ref{}:
		list = p.linksOf.to[to]
	}
	var out []LinkView
	for _, n := range list {
		if v, ok := p.linkAt(p.recs[n], b); ok &&
			(from == domain.Ref{} || v.From == from) && (to == domain.Ref{} || v.To == to) {
			out = append(out, v)
		}
	}
	return out
}

// linkAt returns the link r if it stands at basis.
func (p *Projection) linkAt(r *recordState, basis Basis) (LinkView, bool) {
	n := p.versionAt(r, basis)
	if n == 0 {
		return LinkView{}, false
	}
	// What a version of a link says is derived once: a page of measures
	// with their links reads several hundred links at its own basis.
	l := p.derive(r, n).link
	if l == nil {
		return LinkView{}, false
	}
	return LinkView{MeasuresLinked: *l, KnownSince: r.knownSince(n)}, true
}
