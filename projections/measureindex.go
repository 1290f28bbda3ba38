package projections

import (
	"slices"

	"github.com/controlsledger/ledger/domain"
)

// measureIndex finds candidate measures for a filter. Every key any version
// of a measure had stays in the index; queries check candidates at their
// basis.
type measureIndex struct {
	implementing map[string]postings
	affected     map[string]postings
	authority    map[string]postings
	measureType  map[string]postings
	items        *wordIndex
	text         *wordIndex
	// retro marks the measures with a provision effective before their
	// announcement: they can be in force on a date before the one they are
	// listed under. retroList lists them in date order.
	retro     map[int32]bool
	retroList orderList
	// spans bound, for the statuses few measures have on a given day
	// (suspended, revoked, expired), when a measure may have them: each
	// suspension (revocation, expiry) of each version, as a rectangle of
	// valid days and ledger positions.
	spans map[string]*statusSpans
}

// Status spans: suspended covers suspended and partly_suspended.
const (
	spanSuspended = "suspended"
	spanRevoked   = "revoked"
	spanExpired   = "expired"
)

// spanOf returns the span kind that bounds a measure status, or "" for a
// status any measure may have.
func spanOf(status string) string {
	switch status {
	case domain.StatusSuspended, domain.StatusPartlySuspended:
		return spanSuspended
	case domain.StatusRevoked:
		return spanRevoked
	case domain.StatusExpired:
		return spanExpired
	}
	return ""
}

// statusSpans lists the rectangles of one status kind.
type statusSpans struct {
	list []statusSpan
	// open maps a suspension (record and suspension ID) to its rectangle
	// still open on the recorded axis, which its end closes.
	open map[spanKey]int
	// planned holds each suspension's start and planned end (forever if
	// none), as last recorded or corrected.
	planned map[spanKey][2]int32
}

type spanKey struct {
	rec int32
	id  string
}

// statusSpan says measure rec may have the status on the valid days
// [from, to) as known at the positions [known, until).
type statusSpan struct {
	rec          int32
	from, to     int32
	known, until uint64
}

const forever = int32(1<<31 - 1)

// add adds a rectangle, open on the recorded axis; with a key, it can be
// closed later.
func (s *statusSpans) add(rec, from, to int32, known uint64, key string) {
	if key != "" {
		s.open[spanKey{rec, key}] = len(s.list)
	}
	s.list = append(s.list, statusSpan{rec: rec, from: from, to: to, known: known, until: 1<<64 - 1})
}

// covering adds to set the measures whose rectangles hold (day, basis).
func (s *statusSpans) covering(day int32, basis uint64, set set) {
	for _, sp := range s.list {
		if sp.from <= day && day < sp.to && sp.known <= basis && basis < sp.until {
			set.add(sp.rec)
		}
	}
}

// allDestinations is the key, among the affected jurisdictions, of the
// country-neutral measures: they bear on every jurisdiction but their own.
const allDestinations = "*"

func (m *measureIndex) init() {
	m.implementing = map[string]postings{}
	m.affected = map[string]postings{}
	m.authority = map[string]postings{}
	m.measureType = map[string]postings{}
	m.items = newWordIndex()
	m.text = newWordIndex()
	m.retro = map[int32]bool{}
	m.spans = map[string]*statusSpans{}
	for _, k := range []string{spanSuspended, spanRevoked, spanExpired} {
		m.spans[k] = &statusSpans{open: map[spanKey]int{}, planned: map[spanKey][2]int32{}}
	}
}

// reopen adds, for a suspension whose end was retracted, the rectangle of
// its planned period from the retraction's position on.
func (p *Projection) reopen(n int32, end domain.SuspensionEnded, pos uint64) {
	s := p.measures.spans[spanSuspended]
	if plan, ok := s.planned[spanKey{n, end.SuspensionID}]; ok {
		s.add(n, plan[0], plan[1], pos, end.SuspensionID)
	}
}

// indexStatus adds the rectangles a measure event implies. A suspension is
// open from its position on, to its planned end or for ever; its end
// closes that rectangle at the end's position and opens one up to the end.
// A corrected event adds rectangles for its new dates and closes nothing:
// the spans stay a superset.
func (p *Projection) indexStatus(n int32, ev domain.Event, pos uint64) {
	spans := p.measures.spans
	switch x := ev.(type) {
	case domain.MeasureSuspended:
		to := forever
		if !x.Until.IsZero() {
			to = dayOf(x.Until)
		}
		s := spans[spanSuspended]
		s.planned[spanKey{n, x.SuspensionID}] = [2]int32{dayOf(x.From), to}
		s.add(n, dayOf(x.From), to, pos, x.SuspensionID)
	case domain.SuspensionEnded:
		s := spans[spanSuspended]
		k := spanKey{n, x.SuspensionID}
		plan, ok := s.planned[k]
		if !ok {
			return
		}
		if i, ok := s.open[k]; ok {
			if s.list[i].known < pos {
				s.list[i].until = pos
			}
			delete(s.open, k)
		}
		s.add(n, plan[0], max(dayOf(x.EndedOn), plan[0]), pos, "")
	case domain.MeasureRevoked:
		spans[spanRevoked].add(n, dayOf(x.EffectiveOn), forever, pos, "")
	case domain.MeasureExpired:
		spans[spanExpired].add(n, dayOf(x.ExpiredOn), forever, pos, "")
	}
}

func addTo(m map[string]postings, key string, n int32) {
	l := m[key]
	l.add(n)
	m[key] = l
}

// indexMeasureAnnounced indexes an announcement; startsBefore is as
// indexJob has it.
func (p *Projection) indexMeasureAnnounced(n int32, r *recordState, a *domain.MeasureAnnounced, pos uint64, startsBefore bool) {
	m := &p.measures
	addTo(m.implementing, a.Implementing, n)
	addTo(m.authority, a.Authority.ID, n)
	addTo(m.measureType, a.MeasureType, n)
	addTo(p.jurisdictions, a.Implementing, n)
	addTo(p.jurisdictions, a.Authority.Jurisdiction, n)
	p.indexMeasureContent(n, a.Items, a.Affected)
	if a.CountryNeutral {
		addTo(m.affected, allDestinations, n)
	}
	m.text.add(n, measureText(a))
	day := dayOf(a.AnnouncedOn)
	if provisionBefore(a) || startsBefore {
		p.markRetro(n, r)
	}
	if p.setKey(n, r, day, pos) && m.retro[n] {
		m.retroList.insert(orderEntry{day: day, rec: n, id: r.ref.ID})
	}
}

// provisionBefore reports whether a announces a provision effective
// before the announcement.
func provisionBefore(a *domain.MeasureAnnounced) bool {
	return slices.ContainsFunc(a.Provisions, func(pr domain.Provision) bool {
		return !pr.EffectiveOn.IsZero() && pr.EffectiveOn.Before(a.AnnouncedOn)
	})
}

// startsBefore reports whether measure r, folded from all its events so
// far, exists on a day before day (the domain's Measure.start): a
// correction that moves the announcement date later can move it past a
// date that ProvisionEffective set, which the announcement does not hold.
func (p *Projection) startsBefore(r *recordState, day int32) bool {
	m, ok := p.state(r, len(r.events)).(*domain.Measure)
	if !ok || !m.Exists() {
		return false
	}
	status, _ := m.StatusAt(dateOfDay(day - 1))
	return status != domain.StatusNotYetAnnounced
}

// indexProvisionEffective marks the measure retroactive if the date set
// comes before a date it is listed under: the domain counts the announced
// provisions' dates set later too (Measure.start).
func (p *Projection) indexProvisionEffective(n int32, r *recordState, x *domain.ProvisionEffective) {
	day := dayOf(x.EffectiveOn)
	if slices.ContainsFunc(r.keys, func(k orderKey) bool { return day < k.day }) {
		p.markRetro(n, r)
	}
}

// markRetro lists measure n among the retroactive ones, under each date it
// has been listed under, so that a listing finds it before them. Being
// listed there only makes it a candidate: the listing checks its status.
func (p *Projection) markRetro(n int32, r *recordState) {
	m := &p.measures
	if m.retro[n] {
		return
	}
	m.retro[n] = true
	for _, k := range r.keys {
		m.retroList.insert(orderEntry{day: k.day, rec: n, id: r.ref.ID})
	}
}

func (p *Projection) indexMeasureContent(n int32, items []domain.Item, affected []domain.AffectedJurisdiction) {
	for _, a := range affected {
		addTo(p.measures.affected, a.Jurisdiction, n)
		addTo(p.jurisdictions, a.Jurisdiction, n)
	}
	for _, it := range items {
		p.measures.items.add(n, it.Code+" "+it.Description)
	}
}

// measureText is what the free-text filter searches.
func measureText(a *domain.MeasureAnnounced) string {
	return a.Title + "\n" + a.Summary + "\n" + a.Instrument.Title + "\n" + a.Instrument.Citation
}

// setKey records the order date of r from pos on, if it changed, and lists
// the record under it. It reports whether the date was new.
func (p *Projection) setKey(n int32, r *recordState, day int32, pos uint64) bool {
	if k := len(r.keys); k > 0 && r.keys[k-1].day == day {
		return false
	}
	r.keys = append(r.keys, orderKey{from: pos, day: day})
	p.orders[r.ref.Kind].insert(orderEntry{day: day, rec: n, id: r.ref.ID})
	return true
}
