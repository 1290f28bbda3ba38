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
	return one(p, domain.KindSource, id, asOf, func(r *recordState, n int, s *domain.SourceDocument, b Basis) SourceView {
		return SourceView{SourceDocumentRegistered: *s.Registered, Knowledge: s.Knowledge, KnownSince: r.knownSince(n), Version: s.Version}
	})
}
