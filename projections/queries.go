package projections

import (
	"cmp"
	"slices"
	"strings"

	"github.com/controlsledger/ledger/domain"
)

// searchKnown returns the index of the version known at basis, or -1.
func searchKnown[T any](vs versions[T], basis uint64) int {
	i, _ := slices.BinarySearchFunc(vs, basis+1, func(v version[T], target uint64) int { return cmp.Compare(v.known, target) })
	return i - 1
}

// at returns the version of a record known at basis and the position it
// became known at.
func at[T any](vs versions[T], basis uint64) (T, uint64, bool) {
	i := searchKnown(vs, basis)
	if i < 0 {
		var zero T
		return zero, 0, false
	}
	return vs[i].state, vs[i].known, true
}

// list evaluates every record of m at basis b with view, keeps those view
// accepts, and sorts them with cmp.
func list[T, V any](m map[string]versions[T], b Basis, view func(T, uint64) (V, bool), order func(V, V) int) []V {
	var out []V
	for _, vs := range m {
		if state, known, ok := at(vs, b.Position); ok {
			if v, ok := view(state, known); ok {
				out = append(out, v)
			}
		}
	}
	slices.SortFunc(out, order)
	return out
}

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
	// Jurisdiction matches the implementing or an affected jurisdiction.
	Jurisdiction string
	Implementing string
	Affected     string
	AuthorityID  string
	MeasureType  string
	// Item matches, case-insensitively, part of an item's code or
	// description, as the measure stands at the valid time.
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
		return slices.ContainsFunc(v.Content.Affected, func(x domain.AffectedJurisdiction) bool { return x.Jurisdiction == j })
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
	if q := strings.ToLower(f.Item); q != "" && !slices.ContainsFunc(v.Content.Items, func(it domain.Item) bool {
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
// or in effect by its valid time, known and not retracted by its recorded
// time) and match the filter, ordered by announcement date and ID.
func (p *Projection) Measures(asOf AsOf, f MeasureFilter) (Basis, []MeasureView, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, nil, err
	}
	out := list(p.measures, b, func(m domain.Measure, known uint64) (MeasureView, bool) {
		v := measureView(m, known, b)
		return v, !m.Retracted() && v.Status != domain.StatusNotYetAnnounced && f.match(v)
	}, func(x, y MeasureView) int {
		return cmp.Or(x.Announced.AnnouncedOn.Compare(y.Announced.AnnouncedOn), strings.Compare(x.Announced.MeasureID, y.Announced.MeasureID))
	})
	return b, out, nil
}

// Measure returns one measure at the basis of asOf, retracted or not; ok is
// false if it was not known then.
func (p *Projection) Measure(id string, asOf AsOf) (b Basis, v MeasureView, ok bool, err error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if b, err = p.resolve(asOf); err != nil {
		return Basis{}, MeasureView{}, false, err
	}
	m, known, ok := at(p.measures[id], b.Position)
	if !ok {
		return b, MeasureView{}, false, nil
	}
	return b, measureView(m, known, b), true, nil
}

func measureView(m domain.Measure, known uint64, b Basis) MeasureView {
	status, provs := m.StatusAt(b.ValidAt)
	return MeasureView{Measure: m, KnownSince: known, Status: status, Provisions: provs, Content: m.ContentAt(b.ValidAt)}
}

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
	var out []LinkView
	for _, id := range p.linkOrder {
		l, known, ok := at(p.links[id], b.Position)
		if !ok || l.Linked == nil || l.Withdrawn != nil || l.Retracted() {
			continue
		}
		if (from == domain.Ref{} || l.Linked.From == from) && (to == domain.Ref{} || l.Linked.To == to) {
			out = append(out, LinkView{MeasuresLinked: *l.Linked, KnownSince: known})
		}
	}
	return out
}

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
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, nil, err
	}
	out := list(p.designations, b, func(d domain.Designation, known uint64) (DesignationView, bool) {
		v := designationView(d, known, b)
		ok := !d.Retracted() && v.Status != domain.StatusNotYetDesignated &&
			(f.PartyID == "" || d.Designated.Party.ID == f.PartyID) &&
			(f.List == "" || strings.Contains(strings.ToLower(d.Designated.List), strings.ToLower(f.List))) &&
			(len(f.Status) == 0 || slices.Contains(f.Status, v.Status))
		return v, ok
	}, func(x, y DesignationView) int {
		return cmp.Or(x.Designated.EffectiveOn.Compare(y.Designated.EffectiveOn), strings.Compare(x.Designated.DesignationID, y.Designated.DesignationID))
	})
	return b, out, nil
}

// Designation returns one designation at the basis of asOf.
func (p *Projection) Designation(id string, asOf AsOf) (b Basis, v DesignationView, ok bool, err error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if b, err = p.resolve(asOf); err != nil {
		return Basis{}, DesignationView{}, false, err
	}
	d, known, ok := at(p.designations[id], b.Position)
	if !ok {
		return b, DesignationView{}, false, nil
	}
	return b, designationView(d, known, b), true, nil
}

func designationView(d domain.Designation, known uint64, b Basis) DesignationView {
	status, terms := d.StatusAt(b.ValidAt)
	return DesignationView{Designation: d, KnownSince: known, Status: status, Terms: terms}
}

// Transaction statuses besides the review outcomes.
const (
	TransactionPending     = "pending"
	TransactionUnderReview = "under_review"
	TransactionTerminated  = "terminated"
	TransactionCompleted   = "completed"
)

// TransactionView is a transaction as known at a basis, with what had
// happened to it by the valid time.
type TransactionView struct {
	domain.TransactionAnnounced
	Knowledge  domain.Knowledge
	Opened     []domain.ReviewOpened
	Reviews    []domain.ReviewConcluded
	Terminated *domain.TransactionTerminated
	Completed  *domain.TransactionCompleted
	KnownSince uint64
	Version    int64
	// Status is the latest of what happened by the valid time: completed or
	// terminated, else the outcome of the latest concluded review, else
	// under_review if a review was opened, else pending.
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
	out := list(p.transactions, b, func(t domain.Transaction, known uint64) (TransactionView, bool) {
		return transactionView(t, known, b), !t.Retracted() && !b.ValidAt.Before(t.Announced.AnnouncedOn)
	}, func(x, y TransactionView) int {
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
	t, known, ok := at(p.transactions[id], b.Position)
	if !ok {
		return b, TransactionView{}, false, nil
	}
	return b, transactionView(t, known, b), true, nil
}

func transactionView(t domain.Transaction, known uint64, b Basis) TransactionView {
	v := TransactionView{TransactionAnnounced: *t.Announced, Knowledge: t.Knowledge, KnownSince: known, Version: t.Version, Status: TransactionPending}
	var latest domain.Date
	for _, o := range t.Opened {
		if !b.ValidAt.Before(o.OpenedOn) {
			v.Opened = append(v.Opened, o)
			v.Status = TransactionUnderReview
		}
	}
	for _, r := range t.Reviews {
		if !b.ValidAt.Before(r.ConcludedOn) {
			v.Reviews = append(v.Reviews, r)
			if !r.ConcludedOn.Before(latest) {
				v.Status, latest = r.Outcome, r.ConcludedOn
			}
		}
	}
	if c := t.Completed; c != nil && !b.ValidAt.Before(c.CompletedOn) {
		v.Completed = c
		if !c.CompletedOn.Before(latest) {
			v.Status, latest = TransactionCompleted, c.CompletedOn
		}
	}
	if x := t.Terminated; x != nil && !b.ValidAt.Before(x.TerminatedOn) {
		v.Terminated = x
		if !x.TerminatedOn.Before(latest) {
			v.Status = TransactionTerminated
		}
	}
	return v
}

// EnforcementView is an enforcement action as known at a basis, with the
// findings issued by the valid time.
type EnforcementView struct {
	domain.EnforcementActionOpened
	Knowledge  domain.Knowledge
	Findings   []domain.EnforcementFindingIssued
	KnownSince uint64
	Version    int64
	// Closed is true once a final finding was issued by the valid time.
	Closed bool
}

// EnforcementActions returns the actions opened by the valid time and known
// at the recorded time of asOf, ordered by opening date and ID.
func (p *Projection) EnforcementActions(asOf AsOf) (Basis, []EnforcementView, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, nil, err
	}
	out := list(p.enforcements, b, func(e domain.Enforcement, known uint64) (EnforcementView, bool) {
		return enforcementView(e, known, b), !e.Retracted() && !b.ValidAt.Before(e.Opened.OpenedOn)
	}, func(x, y EnforcementView) int {
		return cmp.Or(x.OpenedOn.Compare(y.OpenedOn), strings.Compare(x.ActionID, y.ActionID))
	})
	return b, out, nil
}

// EnforcementAction returns one action at the basis of asOf.
func (p *Projection) EnforcementAction(id string, asOf AsOf) (b Basis, v EnforcementView, ok bool, err error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if b, err = p.resolve(asOf); err != nil {
		return Basis{}, EnforcementView{}, false, err
	}
	e, known, ok := at(p.enforcements[id], b.Position)
	if !ok {
		return b, EnforcementView{}, false, nil
	}
	return b, enforcementView(e, known, b), true, nil
}

func enforcementView(e domain.Enforcement, known uint64, b Basis) EnforcementView {
	v := EnforcementView{EnforcementActionOpened: *e.Opened, Knowledge: e.Knowledge, KnownSince: known, Version: e.Version}
	for _, f := range e.Findings {
		if !b.ValidAt.Before(f.IssuedOn) {
			v.Findings = append(v.Findings, f)
			v.Closed = v.Closed || f.Final
		}
	}
	return v
}

// DialogueView is a dialogue as known at a basis, with the meetings held by
// its valid time.
type DialogueView struct {
	domain.DialogueEstablished
	Knowledge  domain.Knowledge
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
	out := list(p.dialogues, b, func(d domain.Dialogue, known uint64) (DialogueView, bool) {
		v := dialogueView(d, known, b)
		ok := !d.Retracted() && !b.ValidAt.Before(v.EstablishedOn) &&
			(origin == nil || (v.EstablishedAt != nil && *v.EstablishedAt == *origin))
		return v, ok
	}, func(x, y DialogueView) int {
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
	d, known, ok := at(p.dialogues[id], b.Position)
	if !ok {
		return b, DialogueView{}, false, nil
	}
	return b, dialogueView(d, known, b), true, nil
}

func dialogueView(d domain.Dialogue, known uint64, b Basis) DialogueView {
	v := DialogueView{DialogueEstablished: *d.Established, Knowledge: d.Knowledge, KnownSince: known, Version: d.Version}
	for _, m := range d.Meetings {
		if !b.ValidAt.Before(m.HeldOn) {
			v.Meetings = append(v.Meetings, m)
		}
	}
	return v
}

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
	s, known, ok := at(p.sources[id], b.Position)
	if !ok {
		return b, SourceView{}, false, nil
	}
	return b, SourceView{SourceDocumentRegistered: *s.Registered, Knowledge: s.Knowledge, KnownSince: known, Version: s.Version}, true, nil
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
