package projections

import (
	"cmp"
	"slices"
	"strings"

	"github.com/controlsledger/ledger/domain"
)

// MeasureView is a measure as known at a basis, with its legal status at
// the basis's valid time.
type MeasureView struct {
	domain.Measure
	// KnownSince is the ledger position this version of the measure became
	// known at.
	KnownSince uint64
	// Status is the measure's status at the valid time (domain.Status*).
	Status     string
	Provisions []domain.ProvisionStatus
}

// MeasureFilter narrows a list of measures. Empty fields match everything;
// set fields must all match.
type MeasureFilter struct {
	// Jurisdiction matches the implementing or an affected jurisdiction.
	Jurisdiction string
	Implementing string
	Affected     string
	AuthorityID  string
	MeasureType  string
	// Item matches, case-insensitively, part of an item's code or
	// description.
	Item string
	// Status matches any of the statuses.
	Status []string
	// Text matches, case-insensitively, part of the title, summary or
	// instrument.
	Text string
}

func (f MeasureFilter) match(v MeasureView) bool {
	a := v.Announced
	if f.Implementing != "" && a.Implementing != f.Implementing {
		return false
	}
	affected := func(j string) bool {
		return slices.ContainsFunc(a.Affected, func(x domain.AffectedJurisdiction) bool { return x.Jurisdiction == j })
	}
	if f.Affected != "" && !affected(f.Affected) {
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
	if q := strings.ToLower(f.Item); q != "" && !slices.ContainsFunc(a.Items, func(it domain.Item) bool {
		return strings.Contains(strings.ToLower(it.Code), q) || strings.Contains(strings.ToLower(it.Description), q)
	}) {
		return false
	}
	if q := strings.ToLower(f.Text); q != "" {
		hay := strings.ToLower(a.Title + "\n" + a.Summary + "\n" + a.Instrument.Title + "\n" + a.Instrument.Citation)
		if !strings.Contains(hay, q) {
			return false
		}
	}
	return true
}

// Measures returns the measures that exist at the basis of asOf (announced
// or in effect by its valid time, known by its recorded time) and match the
// filter, ordered by start date and ID.
func (p *Projection) Measures(asOf AsOf, f MeasureFilter) (Basis, []MeasureView, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, nil, err
	}
	var out []MeasureView
	for _, vs := range p.measures {
		v, ok := measureAt(vs, b)
		if !ok || v.Status == domain.StatusNotYetAnnounced || !f.match(v) {
			continue
		}
		out = append(out, v)
	}
	slices.SortFunc(out, func(x, y MeasureView) int {
		return cmp.Or(x.Announced.AnnouncedOn.Compare(y.Announced.AnnouncedOn), strings.Compare(x.Announced.MeasureID, y.Announced.MeasureID))
	})
	return b, out, nil
}

// Measure returns one measure at the basis of asOf; ok is false if it was
// not known then.
func (p *Projection) Measure(id string, asOf AsOf) (b Basis, v MeasureView, ok bool, err error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if b, err = p.resolve(asOf); err != nil {
		return Basis{}, MeasureView{}, false, err
	}
	v, ok = measureAt(p.measures[id], b)
	return b, v, ok, nil
}

func measureAt(vs versions[domain.Measure], b Basis) (MeasureView, bool) {
	i := searchKnown(vs, b.Position)
	if i < 0 {
		return MeasureView{}, false
	}
	m := vs[i].state
	status, provs := m.StatusAt(b.ValidAt)
	return MeasureView{Measure: m, KnownSince: vs[i].known, Status: status, Provisions: provs}, true
}

// searchKnown returns the index of the version known at basis, or -1.
func searchKnown[T any](vs versions[T], basis uint64) int {
	i, _ := slices.BinarySearchFunc(vs, basis+1, func(v version[T], target uint64) int { return cmp.Compare(v.known, target) })
	return i - 1
}

// LinkView is a link between two measures as known at a basis.
type LinkView struct {
	domain.MeasuresLinked
	KnownSince uint64
}

// Links returns the links known at the basis whose source (from) or target
// (to) is the measure id, in ledger order. Empty from or to match any.
func (p *Projection) Links(b Basis, from, to string) []LinkView {
	p.mu.RLock()
	defer p.mu.RUnlock()
	var out []LinkView
	for _, l := range p.links {
		if l.known > b.Position {
			break
		}
		if (from == "" || l.state.FromMeasureID == from) && (to == "" || l.state.ToMeasureID == to) {
			out = append(out, LinkView{MeasuresLinked: l.state, KnownSince: l.known})
		}
	}
	return out
}

// TransactionView is a transaction as known at a basis, with the reviews
// concluded by its valid time.
type TransactionView struct {
	domain.TransactionAnnounced
	Reviews    []domain.ReviewConcluded
	KnownSince uint64
	Version    int64
	// Status is "pending" while no review has concluded, else the outcome
	// of the latest concluded review.
	Status string
}

// Transactions returns the transactions announced by the valid time and
// known at the recorded time of asOf, ordered by announcement date and ID.
func (p *Projection) Transactions(asOf AsOf) (Basis, []TransactionView, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, nil, err
	}
	var out []TransactionView
	for _, vs := range p.transactions {
		if v, ok := transactionAt(vs, b); ok && !b.ValidAt.Before(v.AnnouncedOn) {
			out = append(out, v)
		}
	}
	slices.SortFunc(out, func(x, y TransactionView) int {
		return cmp.Or(x.AnnouncedOn.Compare(y.AnnouncedOn), strings.Compare(x.TransactionID, y.TransactionID))
	})
	return b, out, nil
}

// Transaction returns one transaction at the basis of asOf.
func (p *Projection) Transaction(id string, asOf AsOf) (b Basis, v TransactionView, ok bool, err error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if b, err = p.resolve(asOf); err != nil {
		return Basis{}, TransactionView{}, false, err
	}
	v, ok = transactionAt(p.transactions[id], b)
	return b, v, ok, nil
}

func transactionAt(vs versions[domain.Transaction], b Basis) (TransactionView, bool) {
	i := searchKnown(vs, b.Position)
	if i < 0 {
		return TransactionView{}, false
	}
	t := vs[i].state
	v := TransactionView{TransactionAnnounced: *t.Announced, KnownSince: vs[i].known, Version: t.Version, Status: "pending"}
	for _, r := range t.Reviews {
		if !b.ValidAt.Before(r.ConcludedOn) {
			v.Reviews = append(v.Reviews, r)
			v.Status = r.Outcome
		}
	}
	return v, true
}

// DialogueView is a dialogue as known at a basis, with the meetings held by
// its valid time.
type DialogueView struct {
	domain.DialogueEstablished
	Meetings   []domain.MeetingHeld
	KnownSince uint64
	Version    int64
}

// Dialogues returns the dialogues established by the valid time and known
// at the recorded time of asOf, ordered by date and ID. A non-nil origin
// keeps only the dialogues set up at that meeting.
func (p *Projection) Dialogues(asOf AsOf, origin *domain.MeetingRef) (Basis, []DialogueView, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, nil, err
	}
	var out []DialogueView
	for _, vs := range p.dialogues {
		v, ok := dialogueAt(vs, b)
		if !ok || b.ValidAt.Before(v.EstablishedOn) {
			continue
		}
		if origin != nil && (v.EstablishedAt == nil || *v.EstablishedAt != *origin) {
			continue
		}
		out = append(out, v)
	}
	slices.SortFunc(out, func(x, y DialogueView) int {
		return cmp.Or(x.EstablishedOn.Compare(y.EstablishedOn), strings.Compare(x.DialogueID, y.DialogueID))
	})
	return b, out, nil
}

// Dialogue returns one dialogue at the basis of asOf.
func (p *Projection) Dialogue(id string, asOf AsOf) (b Basis, v DialogueView, ok bool, err error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if b, err = p.resolve(asOf); err != nil {
		return Basis{}, DialogueView{}, false, err
	}
	v, ok = dialogueAt(p.dialogues[id], b)
	return b, v, ok, nil
}

func dialogueAt(vs versions[domain.Dialogue], b Basis) (DialogueView, bool) {
	i := searchKnown(vs, b.Position)
	if i < 0 {
		return DialogueView{}, false
	}
	d := vs[i].state
	v := DialogueView{DialogueEstablished: *d.Established, KnownSince: vs[i].known, Version: d.Version}
	for _, m := range d.Meetings {
		if !b.ValidAt.Before(m.HeldOn) {
			v.Meetings = append(v.Meetings, m)
		}
	}
	return v, true
}

// History returns the recorded events of a stream up to the basis position,
// in order: the record's audit trail.
func (p *Projection) History(stream string, b Basis) []Record {
	p.mu.RLock()
	defer p.mu.RUnlock()
	h := p.history[stream]
	i, _ := slices.BinarySearchFunc(h, b.Position+1, func(r Record, target uint64) int { return cmp.Compare(r.Position, target) })
	return slices.Clip(h[:i])
}
