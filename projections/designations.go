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
	// Listing is the party, programs and remarks at the valid time.
	Listing domain.Listing
}

// DesignationFilter narrows a list of designations.
type DesignationFilter struct {
	PartyID string
	// List matches, case-insensitively, part of the list's name.
	List   string
	Status []string
	// Program keeps the entries listed under it at the valid time.
	Program string
	// Name matches, case-insensitively, part of one of the party's names
	// or aliases (NameProperties) at the valid time.
	Name string
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
	if f.Program != "" {
		c.restrictTo(p.designations.programs[f.Program])
	}
	if f.Name != "" {
		p.designations.names.match(&c, f.Name)
	}
	out := newCollector[DesignationView](req)
	day := dayOf(b.ValidAt)
	list := strings.ToLower(f.List)
	p.eachByDate(domain.KindDesignation, b, &c, func(r *recordState, n int) bool {
		// What is derived once per version decides most of the filter;
		// the version is folded only for the page, or to match a name.
		facts := p.derive(r, n).designation
		if facts == nil {
			return true
		}
		status := facts.statusAt(day)
		if status == domain.StatusNotYetDesignated ||
			(f.PartyID != "" && facts.partyID != f.PartyID) ||
			(list != "" && !strings.Contains(facts.list, list)) ||
			(len(f.Status) > 0 && !slices.Contains(f.Status, status)) ||
			(f.Program != "" && !slices.Contains(facts.programsAt(day), f.Program)) {
			return true
		}
		if f.Name == "" && !out.wants() {
			return out.add(DesignationView{}) // counted, not shown
		}
		v := designationView(p.state(r, n).(*domain.Designation), r.knownSince(n), b)
		if f.Name != "" && !namedLike(v.Listing.Party, f.Name) {
			return true
		}
		return out.add(v)
	})
	return b, out.done(), nil
}

// Designation returns one designation at the basis of asOf.
func (p *Projection) Designation(id string, asOf AsOf) (b Basis, v DesignationView, ok bool, err error) {
	return one(p, domain.KindDesignation, id, asOf, func(r *recordState, n int, d *domain.Designation, b Basis) DesignationView {
		return designationView(d, r.knownSince(n), b)
	})
}

func designationView(d *domain.Designation, known uint64, b Basis) DesignationView {
	status, terms := d.StatusAt(b.ValidAt)
	return DesignationView{Designation: *d, KnownSince: known, Status: status, Terms: terms, Listing: d.ListingAt(b.ValidAt)}
}

// namedLike reports whether one of the party's names or aliases contains
// text, case-insensitively.
func namedLike(party domain.Party, text string) bool {
	text = strings.ToLower(text)
	if strings.Contains(strings.ToLower(party.Name), text) {
		return true
	}
	for _, prop := range NameProperties {
		for _, v := range party.Values(prop) {
			if strings.Contains(strings.ToLower(v), text) {
				return true
			}
		}
	}
	return false
}
