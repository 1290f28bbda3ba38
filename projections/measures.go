package projections

import (
	"slices"
	"strings"

	"github.com/controlsledger/ledger/domain"
)

// MeasureView is a measure as known at a basis, with its legal status and
// content at the basis's valid time.
type MeasureView struct {
	domain.Measure
	// KnownSince is the ledger position this version of the measure became
	// known at.
	KnownSince uint64
	// Status is the measure's status at the valid time (domain.Status*).
	Status     string
	Provisions []domain.ProvisionStatus
	// Content is what the measure covers at the valid time, amendments
	// applied.
	Content domain.Content
}

// MeasureFilter narrows a list of measures. Empty fields match everything;
// set fields must all match.
type MeasureFilter struct {
	// Jurisdiction matches the implementing jurisdiction or one the
	// measure names as affected at the valid time.
	Jurisdiction string
	Implementing string
	// Affected matches the measures that bear on a jurisdiction at the
	// valid time: those that name it as affected, and the country-neutral
	// ones (they apply to every destination) that another jurisdiction
	// implements. A country-neutral measure does not bear on its own
	// jurisdiction: it controls what leaves it.
	Affected string
	// CountryNeutral, if set, keeps only the measures that are (true) or
	// are not (false) country-neutral.
	CountryNeutral *bool
	AuthorityID    string
	MeasureType    string
	// Item matches, case-insensitively, part of an item's code or
	// description, as the measure stands at the valid time.
	Item string
	// Status matches any of the statuses.
	Status []string
	// Text matches, case-insensitively, part of the title, summary or
	// instrument.
	Text string
}

// matchKeys checks the parts of the filter that depend only on the
// announcement (as corrected by the basis), from what was derived from the
// version: implementing jurisdiction, authority, type.
func (f MeasureFilter) matchKeys(d *derived) bool {
	return (f.Implementing == "" || d.implementing == f.Implementing) &&
		(f.AuthorityID == "" || d.authority == f.AuthorityID) &&
		(f.MeasureType == "" || d.measureType == f.MeasureType) &&
		(f.CountryNeutral == nil || *f.CountryNeutral == d.countryNeutral)
}

// bearsOn reports whether a measure implemented by implementing, country
// neutral or not, that names affected bears on jurisdiction j (Affected).
func bearsOn(j, implementing string, countryNeutral bool, affected []string) bool {
	return slices.Contains(affected, j) || countryNeutral && implementing != j
}

// matchAffected checks the affected and jurisdiction filters on day, from
// what was derived from the version.
func (f MeasureFilter) matchAffected(d *derived, day int32) bool {
	if f.Affected == "" && (f.Jurisdiction == "" || d.implementing == f.Jurisdiction) {
		return true
	}
	affected := d.affectedAt(day)
	return (f.Affected == "" || bearsOn(f.Affected, d.implementing, d.countryNeutral, affected)) &&
		(f.Jurisdiction == "" || d.implementing == f.Jurisdiction || slices.Contains(affected, f.Jurisdiction))
}

// needsMeasure reports whether the filter looks at the items or the text,
// which needs the measure itself.
func (f MeasureFilter) needsMeasure() bool { return f.Item != "" || f.Text != "" }

func (f MeasureFilter) match(v MeasureView) bool {
	a := v.Announced
	if f.Implementing != "" && a.Implementing != f.Implementing {
		return false
	}
	affected := func(j string) bool {
		return slices.ContainsFunc(v.Content.Affected, func(x domain.AffectedJurisdiction) bool { return x.Jurisdiction == j })
	}
	if f.Affected != "" && !affected(f.Affected) && !(a.CountryNeutral && a.Implementing != f.Affected) {
		return false
	}
	if f.CountryNeutral != nil && *f.CountryNeutral != a.CountryNeutral {
		return false
	}
	if f.Jurisdiction != "" && a.Implementing != f.Jurisdiction && !affected(f.Jurisdiction) {
		return false
	}
	if f.AuthorityID != "" && a.Authority.ID != f.AuthorityID {
		return false
	}
	if f.MeasureType != "" && a.MeasureType != f.MeasureType {
		return false
	}
	if len(f.Status) > 0 && !slices.Contains(f.Status, v.Status) {
		return false
	}
	if q := strings.ToLower(f.Item); q != "" && !slices.ContainsFunc(v.Content.Items, func(it domain.Item) bool {
		return strings.Contains(strings.ToLower(it.Code), q) || strings.Contains(strings.ToLower(it.Description), q)
	}) {
		return false
	}
	if q := strings.ToLower(f.Text); q != "" && !strings.Contains(strings.ToLower(measureText(a)), q) {
		return false
	}
	return true
}

// candidates returns the measures the indexes allow for f.
func (p *Projection) measureCandidates(f MeasureFilter) candidates {
	m := &p.measures
	c := candidates{n: len(p.recs)}
	if f.Implementing != "" {
		c.restrictTo(m.implementing[f.Implementing])
	}
	if f.Affected != "" {
		c.restrictTo(m.affected[f.Affected], m.affected[allDestinations])
	}
	if f.Jurisdiction != "" {
		c.restrictTo(m.implementing[f.Jurisdiction], m.affected[f.Jurisdiction])
	}
	if f.AuthorityID != "" {
		c.restrictTo(m.authority[f.AuthorityID])
	}
	if f.MeasureType != "" {
		c.restrictTo(m.measureType[f.MeasureType])
	}
	if f.Item != "" {
		m.items.match(&c, f.Item)
	}
	if f.Text != "" {
		m.text.match(&c, f.Text)
	}
	return c
}

// statusCandidates restricts c, when every status asked for is one few
// measures have, to the measures whose spans cover the day at the basis.
func (p *Projection) statusCandidates(c *candidates, statuses []string, day int32, basis uint64) {
	kinds := map[string]bool{}
	for _, s := range statuses {
		k := spanOf(s)
		if k == "" {
			return
		}
		kinds[k] = true
	}
	if len(kinds) == 0 {
		return
	}
	s := newSet(c.n)
	for k := range kinds {
		p.measures.spans[k].covering(day, basis, s)
	}
	c.restrict(s)
}

// Measures returns the measures that exist at the basis of asOf (announced
// or in effect by its valid time, known and not retracted by its recorded
// time) and match the filter, ordered by announcement date and ID.
func (p *Projection) Measures(asOf AsOf, f MeasureFilter) (Basis, []MeasureView, error) {
	b, page, err := p.MeasurePage(asOf, f, PageRequest{})
	return b, page.Items, err
}

// MeasurePage returns a page of what Measures returns. It evaluates the
// candidates of the indexes in order and stops after the page (or, with
// Count, goes on to count).
func (p *Projection) MeasurePage(asOf AsOf, f MeasureFilter, req PageRequest) (Basis, Page[MeasureView], error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, Page[MeasureView]{}, err
	}
	c := p.measureCandidates(f)
	// A listing by jurisdiction and status with enough candidates is
	// counted from its table, and the walk stops after the page.
	total, tabled := 0, false
	if countFromTables && req.Count && f.countable() && (c.set == nil || c.set.count() >= minCounted) {
		// Before the status narrows the candidates to the basis.
		total, tabled = p.countMeasures(f, b, c.set)
	}
	valid := dayOf(b.ValidAt)
	if b.PublishedBy.IsZero() {
		// The spans follow the ledger's positions; a publication limit
		// reads other versions, which each candidate is checked at.
		p.statusCandidates(&c, f.Status, valid, b.Position)
	}
	page := Page[MeasureView]{Offset: req.Offset, Total: -1}
	matched := 0
	cut := false // the walk stopped after the page
	// found checks what was derived from the version of e's measure at
	// the basis, and returns it if the listing finds it.
	found := func(e orderEntry) (*recordState, int, bool) {
		if !c.has(e.rec) {
			return nil, 0, false
		}
		r := p.recs[e.rec]
		if uint64(r.events[0]) >= b.Position {
			return nil, 0, false // not known yet
		}
		n := p.versionAt(r, b)
		if n == 0 || p.retracted(r, b) {
			return nil, 0, false // nothing of it published by the basis's limit, or retracted
		}
		if day, _ := r.dayAt(r.knownSince(n)); day != e.day {
			return nil, 0, false
		}
		d := p.derive(r, n)
		status := d.timeline.at(valid)
		if status == domain.StatusNotYetAnnounced || (len(f.Status) > 0 && !slices.Contains(f.Status, status)) ||
			!f.matchKeys(&d) || !f.matchAffected(&d, valid) {
			return nil, 0, false
		}
		return r, n, true
	}
	visit := func(e orderEntry) bool {
		r, n, ok := found(e)
		if !ok {
			return true
		}
		inPage := matched >= req.Offset && (req.Limit < 1 || matched < req.Offset+req.Limit)
		var v MeasureView
		if inPage || f.needsMeasure() {
			m := p.state(r, n).(*domain.Measure)
			if !m.Exists() {
				return true
			}
			v = measureView(m, r.knownSince(n), b)
			if !f.match(v) {
				return true
			}
		}
		if inPage {
			page.Items = append(page.Items, v)
		} else if matched >= req.Offset {
			page.More = true
			if !req.Count || tabled {
				cut = true
				return false
			}
		}
		matched++
		return true
	}
	stopped := false
	p.orders[domain.KindMeasure].all(func(e orderEntry) bool {
		if e.day > valid {
			return false // later ones start later, but for the retro ones
		}
		if !visit(e) {
			stopped = true
			return false
		}
		return true
	})
	if !stopped {
		p.measures.retroList.from(valid+1, visit)
	}
	if req.Count {
		page.Total = matched
		if cut {
			// The table counts each measure from its announcement date on;
			// the retroactive ones found before it are counted here.
			page.Total = total
			p.measures.retroList.from(valid+1, func(e orderEntry) bool {
				if _, _, ok := found(e); ok {
					page.Total++
				}
				return true
			})
		}
	}
	return b, page, nil
}

// Measure returns one measure at the basis of asOf, retracted or not; ok is
// false if it was not known then.
func (p *Projection) Measure(id string, asOf AsOf) (b Basis, v MeasureView, ok bool, err error) {
	return one(p, domain.KindMeasure, id, asOf, func(r *recordState, n int, m *domain.Measure, b Basis) MeasureView {
		return measureView(m, r.knownSince(n), b)
	})
}

func measureView(m *domain.Measure, known uint64, b Basis) MeasureView {
	status, provs := m.StatusAt(b.ValidAt)
	return MeasureView{Measure: *m, KnownSince: known, Status: status, Provisions: provs, Content: m.ContentAt(b.ValidAt)}
}
