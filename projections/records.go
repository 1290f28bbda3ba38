package projections

import (
	"errors"

	"github.com/controlsledger/ledger/domain"
)

// ErrInvalidQuery reports a question that cannot be asked: a negative
// depth, a subject naming nothing, the same jurisdiction twice. The error
// names the argument.
var ErrInvalidQuery = errors.New("invalid query")

// RecordSummary names a record as known at a basis, whatever its kind.
type RecordSummary struct {
	Ref domain.Ref
	// Known is false for a record the ledger did not know at the basis
	// (a link may name a record recorded later). A record retracted by
	// then is known, with Retracted set, as the schema has it.
	Known     bool
	Retracted bool
	// Label is the record's title or name.
	Label string
	// Jurisdiction is the jurisdiction that acts: a measure's implementing
	// jurisdiction, a list's authority, an action's authority, the first
	// acquirer's.
	Jurisdiction string
	// Date is the record's own date: announced, effective, opened,
	// established, published.
	Date domain.Date
	// Status is the record's status at the valid time, for measures,
	// designations and transactions ("open" or "closed" for enforcement
	// actions).
	Status string
}

// summary describes r as known at basis b.
func (p *Projection) summary(ref domain.Ref, b Basis) RecordSummary {
	r := p.record(ref.Kind, ref.ID)
	if r == nil || !r.viewable() {
		return RecordSummary{Ref: ref}
	}
	n := p.versionAt(r, b)
	if n == 0 {
		return RecordSummary{Ref: ref}
	}
	agg := p.state(r, n)
	if !agg.Exists() {
		return RecordSummary{Ref: ref}
	}
	return summaryOf(ref, agg, b)
}

// summaryOf describes a record that exists, as agg holds it, at basis b.
func summaryOf(ref domain.Ref, agg domain.Record, b Basis) RecordSummary {
	s := RecordSummary{Ref: ref, Known: true, Retracted: agg.Known().Retracted()}
	switch a := agg.(type) {
	case *domain.Measure:
		s.Label, s.Jurisdiction, s.Date = a.Announced.Title, a.Announced.Implementing, a.Announced.AnnouncedOn
		s.Status, _ = a.StatusAt(b.ValidAt)
	case *domain.Designation:
		d := a.Designated
		s.Label, s.Jurisdiction, s.Date = d.Party.Name+" on the "+d.List, d.ListAuthority.Jurisdiction, d.EffectiveOn
		s.Status, _ = a.StatusAt(b.ValidAt)
	case *domain.Transaction:
		s.Label, s.Date = a.Announced.Title, a.Announced.AnnouncedOn
		if len(a.Announced.Acquirers) > 0 {
			s.Jurisdiction = a.Announced.Acquirers[0].Jurisdiction
		}
		s.Status = transactionView(a, 0, b).Status
	case *domain.Enforcement:
		s.Label, s.Jurisdiction, s.Date = a.Opened.Summary, a.Opened.Authority.Jurisdiction, a.Opened.OpenedOn
		s.Status = "open"
		if enforcementView(a, 0, b).Closed {
			s.Status = "closed"
		}
	case *domain.Dialogue:
		s.Label, s.Date = a.Established.Name, a.Established.EstablishedOn
		if len(a.Established.Parties) > 0 {
			s.Jurisdiction = a.Established.Parties[0].Jurisdiction
		}
	case *domain.Link:
		s.Label = a.Linked.Relation + " " + a.Linked.To.String()
	case *domain.SourceDocument:
		s.Label, s.Date = a.Registered.Title, a.Registered.PublishedOn
	}
	return s
}

// Exists reports whether the view of the record ref at the basis of asOf
// would find it (known there, and not only a correction's or retraction's
// target), without building the view.
func (p *Projection) Exists(ref domain.Ref, asOf AsOf) (Basis, bool, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, false, err
	}
	r, n := p.known(ref.Kind, ref.ID, b)
	if n == 0 || !r.viewable() {
		return b, false, nil
	}
	// Derived once per version, kept: the ends of the links of a page are
	// asked at many bases.
	return b, p.derive(r, n).exists, nil
}

// known returns the record of kind and id and how many of its events are
// known at basis (0 if it is unknown).
func (p *Projection) known(kind, id string, basis Basis) (*recordState, int) {
	r := p.record(kind, id)
	if r == nil {
		return nil, 0
	}
	return r, p.versionAt(r, basis)
}

// one returns the view of the record kind/id at the basis of asOf, as view
// makes it from the first n events of r folded into agg; ok is false if the
// record was not known at the basis, or only as the target of a correction
// or retraction. It takes the read lock.
func one[A domain.Record, V any](p *Projection, kind, id string, asOf AsOf, view func(r *recordState, n int, agg A, b Basis) V) (b Basis, v V, ok bool, err error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if b, err = p.resolve(asOf); err != nil {
		return Basis{}, v, false, err
	}
	r, n := p.known(kind, id, b)
	if n == 0 {
		return b, v, false, nil
	}
	agg := p.state(r, n).(A)
	if !agg.Exists() {
		return b, v, false, nil
	}
	return b, view(r, n, agg, b), true, nil
}

// every returns the views of the records of kind dated by the valid time of
// asOf and known, not retracted, at its basis, in order of date and ID, as
// view makes them from each record's state there; view returns false to
// leave a record out. It takes the read lock.
func every[A domain.Record, V any](p *Projection, kind string, asOf AsOf, view func(r *recordState, n int, agg A, b Basis) (V, bool)) (Basis, []V, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, nil, err
	}
	var out []V
	p.eachByDate(kind, b, nil, func(r *recordState, n int) bool {
		if agg := p.state(r, n).(A); agg.Exists() {
			if v, ok := view(r, n, agg, b); ok {
				out = append(out, v)
			}
		}
		return true
	})
	return b, out, nil
}
