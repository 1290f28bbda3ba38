package projections

import (
	"slices"
	"strings"

	"github.com/controlsledger/ledger/domain"
)

// DesignationView is a designation as known at a basis, with its status and
// terms at the valid time.
type DesignationView struct {
	domain.Designation
	KnownSince uint64
	Status     string
	Terms      domain.Terms
}

// DesignationFilter narrows a list of designations.
type DesignationFilter struct {
	PartyID string
	// List matches, case-insensitively, part of the list's name.
	List   string
	Status []string
}

// Designations returns the designations made by the valid time and known at
// the recorded time of asOf, ordered by effective date and ID.
func (p *Projection) Designations(asOf AsOf, f DesignationFilter) (Basis, []DesignationView, error) {
	b, page, err := p.DesignationPage(asOf, f, PageRequest{})
	return b, page.Items, err
}

// DesignationPage returns a page of what Designations returns.
func (p *Projection) DesignationPage(asOf AsOf, f DesignationFilter, req PageRequest) (Basis, Page[DesignationView], error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, Page[DesignationView]{}, err
	}
	c := candidates{n: len(p.recs)}
	if f.PartyID != "" {
		c.restrictTo(p.designations.party[f.PartyID])
	}
	if f.List != "" {
		p.designations.lists.match(&c, f.List)
	}
	out := newCollector[DesignationView](req)
	p.eachByDate(domain.KindDesignation, b, &c, func(r *recordState, n int) bool {
		d := p.state(r, n).(*domain.Designation)
		if !d.Exists() {
			return true
		}
		v := designationView(d, r.knownSince(n), b)
		if v.Status == domain.StatusNotYetDesignated ||
			(f.PartyID != "" && d.Designated.Party.ID != f.PartyID) ||
			(f.List != "" && !strings.Contains(strings.ToLower(d.Designated.List), strings.ToLower(f.List))) ||
			(len(f.Status) > 0 && !slices.Contains(f.Status, v.Status)) {
			return true
		}
		return out.add(v)
	})
	return b, out.done(), nil
}

// Designation returns one designation at the basis of asOf.
func (p *Projection) Designation(id string, asOf AsOf) (b Basis, v DesignationView, ok bool, err error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if b, err = p.resolve(asOf); err != nil {
		return Basis{}, DesignationView{}, false, err
	}
	r, n := p.known(domain.KindDesignation, id, b.Position)
	if n == 0 {
		return b, DesignationView{}, false, nil
	}
	d := p.state(r, n).(*domain.Designation)
	if !d.Exists() {
		return b, DesignationView{}, false, nil
	}
	return b, designationView(d, r.knownSince(n), b), true, nil
}

func designationView(d *domain.Designation, known uint64, b Basis) DesignationView {
	status, terms := d.StatusAt(b.ValidAt)
	return DesignationView{Designation: *d, KnownSince: known, Status: status, Terms: terms}
}
