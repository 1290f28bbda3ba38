package projections

import (
	"github.com/controlsledger/ledger/domain"
)

// DesignationVersion is one version of a designation: the record as known
// after its first Version events, became known at position Position.
type DesignationVersion struct {
	DesignationID string
	Version       int
	Position      uint64
	// Designated is the designation as first recorded (corrections
	// applied as known at this version); Listing its party, programs and
	// remarks with every amendment of this version applied, whatever its
	// date.
	Designated domain.PartyDesignated
	Listing    domain.Listing
}

// farFuture is the valid date at which every recorded amendment is in
// effect.
var farFuture = domain.NewDate(9999, 12, 31)

// DesignationVersions returns the versions of designations that became
// known after position after, in ledger order, and the position they run
// to: what a name index of every designation at every basis takes in.
func (p *Projection) DesignationVersions(after uint64) ([]DesignationVersion, uint64) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	var out []DesignationVersion
	for at := after; at < p.head; at++ {
		r := p.recs[p.entries[at].rec]
		if r.ref.Kind != domain.KindDesignation {
			continue
		}
		n := len(r.events)
		for n > 0 && uint64(r.events[n-1]) > at {
			n--
		}
		// Folded, not through the cache of recent folds: the catch-up
		// reads every version of every designation once, and its folds
		// would stay in the cache, their many small objects marked by the
		// collector on every cycle, until queries evict them.
		d, ok := p.fold(r, n).(*domain.Designation)
		if !ok || !d.Exists() {
			continue
		}
		out = append(out, DesignationVersion{DesignationID: r.ref.ID, Version: n, Position: at + 1,
			Designated: *d.Designated, Listing: d.ListingAt(farFuture)})
	}
	return out, p.head
}

// DesignationVersionAt returns the version of designation id believed at
// basis b (0: unknown or retracted then).
func (p *Projection) DesignationVersionAt(id string, b Basis) int {
	p.mu.RLock()
	defer p.mu.RUnlock()
	r := p.record(domain.KindDesignation, id)
	if r == nil || p.retracted(r, b) {
		return 0
	}
	return p.versionAt(r, b)
}
