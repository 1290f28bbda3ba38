package projections

import (
	"slices"
	"strings"
	"time"

	"github.com/controlsledger/ledger/domain"
)

// List change operations, as OpenSanctions' delta files name them.
const (
	OpAdd      = "ADD"
	OpModify   = "MOD"
	OpDelete   = "DEL"
	opNoChange = ""
)

// ListChange is how one designation of a list differs between two points:
// listed at the second and not the first (ADD), the reverse (DEL), or
// listed at both with other values (MOD, with the fields that changed).
type ListChange struct {
	Op string
	// Designation is the designation at the second point, or at the first
	// for a DEL.
	Designation DesignationView
	// Changes are the fields that changed, for a MOD: the listed entry's
	// (schema, programs, remarks, properties.<name>) and its terms
	// (licenceRequirement, reviewPolicy, footnotes).
	Changes []domain.FieldChange
}

// ListDelta returns how the designations of list (its exact name) differ
// from the point a to the point b, either axis or both, ordered by
// designation ID: what was added, delisted and amended. A designation is
// listed at a point when it is known there and its status at the valid
// time is designated.
func (p *Projection) ListDelta(list string, a, b AsOf, req PageRequest) (Basis, Basis, Page[ListChange], error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	ba, err := p.resolve(a)
	if err != nil {
		return Basis{}, Basis{}, Page[ListChange]{}, err
	}
	bb, err := p.resolve(b)
	if err != nil {
		return Basis{}, Basis{}, Page[ListChange]{}, err
	}
	c := candidates{n: len(p.recs)}
	p.designations.lists.match(&c, list)
	ids := p.ids[domain.KindDesignation]
	recs := make([]*recordState, 0, ids.Len())
	for n := range ids.all() {
		if c.has(n) {
			recs = append(recs, p.recs[n])
		}
	}
	slices.SortFunc(recs, func(x, y *recordState) int { return strings.Compare(x.ref.ID, y.ref.ID) })
	out := newCollector[ListChange](req)
	for _, r := range recs {
		va, listedA := p.listedAt(r, list, ba)
		vb, listedB := p.listedAt(r, list, bb)
		ch := ListChange{}
		switch {
		case !listedA && listedB:
			ch = ListChange{Op: OpAdd, Designation: vb}
		case listedA && !listedB:
			ch = ListChange{Op: OpDelete, Designation: va}
		case listedA && listedB:
			if changes := listingChanges(va, vb); len(changes) > 0 {
				ch = ListChange{Op: OpModify, Designation: vb, Changes: changes}
			}
		}
		if ch.Op != opNoChange && !out.add(ch) {
			break
		}
	}
	return ba, bb, out.done(), nil
}

// listedAt returns designation r of list as known at b, and whether it is
// listed then.
func (p *Projection) listedAt(r *recordState, list string, b Basis) (DesignationView, bool) {
	n := p.versionAt(r, b)
	if n == 0 || p.retracted(r, b) {
		return DesignationView{}, false
	}
	d := p.state(r, n).(*domain.Designation)
	if !d.Exists() || d.Designated.List != list {
		return DesignationView{}, false
	}
	v := designationView(d, r.knownSince(n), b)
	return v, v.Status == domain.StatusDesignated
}

// listingChanges returns the fields in which b's listing and terms differ
// from a's.
func listingChanges(a, b DesignationView) []domain.FieldChange {
	out := domain.ListingChanges(a.Listing, b.Listing)
	one := func(field, x, y string) {
		if x != y {
			out = append(out, domain.FieldChange{Field: field, Old: nonEmpty(x), New: nonEmpty(y)})
		}
	}
	one("licenceRequirement", a.Terms.LicenceRequirement, b.Terms.LicenceRequirement)
	one("reviewPolicy", a.Terms.ReviewPolicy, b.Terms.ReviewPolicy)
	if !slices.Equal(a.Terms.Footnotes, b.Terms.Footnotes) {
		out = append(out, domain.FieldChange{Field: "footnotes", Old: a.Terms.Footnotes, New: b.Terms.Footnotes})
	}
	return out
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// ListFreshness is what the ledger knows of a list's snapshots at a basis.
type ListFreshness struct {
	List string
	// Snapshots counts the snapshots of the list registered; Last is the
	// latest by publication time.
	Snapshots int
	Last      SourceView
	// PublishedAt is when the last snapshot was published or observed.
	PublishedAt time.Time
	// Listed counts the list's designations in force at the valid time.
	Listed int
}

// Lists returns, for each list that has a registered snapshot, its
// freshness at the basis of asOf, ordered by list name.
func (p *Projection) Lists(asOf AsOf) (Basis, []ListFreshness, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, nil, err
	}
	byList := map[string]*ListFreshness{}
	for n := range p.ids[domain.KindSource].all() {
		r := p.recs[n]
		k := p.versionAt(r, b)
		if k == 0 || p.retracted(r, b) {
			continue
		}
		s := p.state(r, k).(*domain.SourceDocument)
		if !s.Exists() || s.Registered.List == "" {
			continue
		}
		f := byList[s.Registered.List]
		if f == nil {
			f = &ListFreshness{List: s.Registered.List}
			byList[f.List] = f
		}
		f.Snapshots++
		t, _ := s.Registered.PublishedTime()
		if f.Last.SourceID == "" || t.After(f.PublishedAt) {
			f.PublishedAt = t
			f.Last = SourceView{SourceDocumentRegistered: *s.Registered, Knowledge: s.Knowledge, KnownSince: r.knownSince(k), Version: s.Version}
		}
	}
	out := make([]ListFreshness, 0, len(byList))
	for _, f := range byList {
		c := candidates{n: len(p.recs)}
		p.designations.lists.match(&c, f.List)
		p.eachByDate(domain.KindDesignation, b, &c, func(r *recordState, n int) bool {
			d := p.state(r, n).(*domain.Designation)
			if d.Exists() && d.Designated.List == f.List {
				if status, _ := d.StatusAt(b.ValidAt); status == domain.StatusDesignated {
					f.Listed++
				}
			}
			return true
		})
		out = append(out, *f)
	}
	slices.SortFunc(out, func(x, y ListFreshness) int { return strings.Compare(x.List, y.List) })
	return b, out, nil
}
