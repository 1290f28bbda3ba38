package projections

import (
	"github.com/controlsledger/ledger/domain"
)

// SourceView is a registered source document as known at a basis.
type SourceView struct {
	domain.SourceDocumentRegistered
	Knowledge  domain.Knowledge
	KnownSince uint64
	Version    int64
}

// Source returns one registered source document at the basis of asOf.
func (p *Projection) Source(id string, asOf AsOf) (b Basis, v SourceView, ok bool, err error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if b, err = p.resolve(asOf); err != nil {
		return Basis{}, SourceView{}, false, err
	}
	r, n := p.known(domain.KindSource, id, b)
	if n == 0 {
		return b, SourceView{}, false, nil
	}
	s := p.state(r, n).(*domain.SourceDocument)
	if !s.Exists() {
		return b, SourceView{}, false, nil
	}
	return b, SourceView{SourceDocumentRegistered: *s.Registered, Knowledge: s.Knowledge, KnownSince: r.knownSince(n), Version: s.Version}, true, nil
}
