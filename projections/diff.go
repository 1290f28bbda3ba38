package projections

import (
	"cmp"
	"slices"

	"github.com/controlsledger/ledger/domain"
)

// Change is how a record differs between two points.
type Change struct {
	Record RecordSummary
	// What lists what happened, among the Change* constants.
	What []string
	// StatusBefore and StatusAfter are the record's status at the two
	// points (empty where it has none, or was not known).
	StatusBefore, StatusAfter string
}

// What a change can be.
const (
	ChangeRecorded   = "recorded"        // not known at the first point, known at the second
	ChangeUnrecorded = "unrecorded"      // known at the first point, not yet at the second (a diff backwards in recorded time)
	ChangeAnnounced  = "announced"       // announced, not yet in force
	ChangeInForce    = "came_into_force" // in force (possibly partly suspended) at the second point, not at the first, nor suspended then (that is resumed)
	ChangeEnded      = "ended"           // revoked, expired or delisted
	ChangeSuspended  = "suspended"       // more of it suspended
	ChangeResumed    = "resumed"         // less of it suspended
	ChangeAmended    = "amended"         // other amendments in effect
	ChangeCorrected  = "corrected"       // corrections recorded in between
	ChangeRetracted  = "retracted"       // retracted in between
	ChangeDesignated = "designated"      // the designation took effect
	ChangeStatus     = "status_changed"  // another change of a transaction's status
	ChangeLinked     = "linked"          // a link now stands
	ChangeUnlinked   = "unlinked"        // a link no longer stands
	ChangeFinding    = "finding_issued"  // other findings of an enforcement action
	ChangeMeeting    = "meeting_held"    // other meetings of a dialogue
)

// Diff returns the records whose status or content differs between the
// two points, on either axis (or both), ordered by kind and ID: what came
// into force, ended, was suspended, amended, corrected or retracted. A
// record is compared only if it has an event recorded between the two
// positions or a date between the two valid times, which is what can
// change it.
func (p *Projection) Diff(a, b AsOf) (Basis, Basis, []Change, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	ba, err := p.resolve(a)
	if err != nil {
		return Basis{}, Basis{}, nil, err
	}
	bb, err := p.resolve(b)
	if err != nil {
		return Basis{}, Basis{}, nil, err
	}
	lo, hi := min(ba.Position, bb.Position), max(ba.Position, bb.Position)
	vlo, vhi := min(dayOf(ba.ValidAt), dayOf(bb.ValidAt)), max(dayOf(ba.ValidAt), dayOf(bb.ValidAt))
	touched := newSet(len(p.recs))
	if !ba.PublishedBy.Equal(bb.PublishedBy) {
		// A publication limit cuts each record's history on its own:
		// any record may differ.
		lo = 0
	}
	for at := lo; at < hi; at++ {
		if n := p.entries[at].rec; p.recs[n].viewable() {
			touched.add(n)
		}
	}
	if vlo != vhi {
		for n, r := range p.recs {
			if !r.viewable() {
				continue
			}
			for _, basis := range []Basis{ba, bb} {
				if k := p.versionAt(r, basis); k > 0 {
					days := p.derive(r, k).days
					i, _ := slices.BinarySearch(days, vlo+1)
					if i < len(days) && days[i] <= vhi {
						touched.add(int32(n))
					}
				}
			}
		}
	}
	var out []Change
	touched.each(func(n int32) {
		if c, ok := p.change(p.recs[n], ba, bb); ok {
			out = append(out, c)
		}
	})
	slices.SortFunc(out, func(x, y Change) int {
		return cmp.Or(cmp.Compare(x.Record.Ref.Kind, y.Record.Ref.Kind), cmp.Compare(x.Record.Ref.ID, y.Record.Ref.ID))
	})
	return ba, bb, out, nil
}

// change compares record r at two bases.
func (p *Projection) change(r *recordState, a, b Basis) (Change, bool) {
	ka, kb := p.versionAt(r, a), p.versionAt(r, b)
	c := Change{Record: p.summary(r.ref, b)}
	if kb == 0 || !p.state(r, kb).Exists() {
		// Unknown at the second point: a diff backwards in recorded time
		// still names what the first point knew, as it was then.
		if ka == 0 || !p.state(r, ka).Exists() {
			return c, false
		}
		c.Record = p.summary(r.ref, a)
		c.What = []string{ChangeUnrecorded}
		c.StatusBefore = c.Record.Status
		return c, true
	}
	if !c.Record.Known {
		c.Record = p.summary(r.ref, a)
	}
	var before, after domain.Record
	if ka > 0 {
		before = p.state(r, ka)
	}
	after = p.state(r, kb)
	ra, rb := p.retracted(r, a), p.retracted(r, b)
	corrections := func(x domain.Record) int {
		if x == nil {
			return 0
		}
		return len(x.Known().Corrections)
	}
	add := func(cond bool, what string) {
		if cond {
			c.What = append(c.What, what)
		}
	}
	if ra && rb {
		return c, false
	}
	add(before == nil || !before.Exists(), ChangeRecorded)
	add(rb, ChangeRetracted)
	add(corrections(after) > corrections(before), ChangeCorrected)
	if rb {
		return c, true // what a retracted record says no longer counts
	}
	if before != nil && (!before.Exists() || ra) {
		before = nil
	}
	switch x := after.(type) {
	case *domain.Measure:
		sa, sb := "", ""
		var am []string
		var provsA []domain.ProvisionStatus
		if before != nil {
			sa, provsA = before.(*domain.Measure).StatusAt(a.ValidAt)
			am = idsOf(before.(*domain.Measure).ContentAt(a.ValidAt).Amendments, amendmentID)
		}
		if x.Exists() {
			sb, _ = x.StatusAt(b.ValidAt)
		}
		c.StatusBefore, c.StatusAfter = sa, sb
		inForce := func(s string) bool { return s == domain.StatusInForce || s == domain.StatusPartlySuspended }
		suspended := func(s string) int {
			switch s {
			case domain.StatusSuspended:
				return 2
			case domain.StatusPartlySuspended:
				return 1
			}
			return 0
		}
		ended := func(s string) bool { return s == domain.StatusRevoked || s == domain.StatusExpired }
		add(sb == domain.StatusAnnounced && sa != domain.StatusAnnounced, ChangeAnnounced)
		// Lifting a suspension that began before its provisions took
		// effect brings the measure into force for the first time.
		neverInForce := suspendedBeforeEffect(provsA)
		add(inForce(sb) && !inForce(sa) && (suspended(sa) == 0 || neverInForce), ChangeInForce)
		add(ended(sb) && !ended(sa), ChangeEnded)
		add(suspended(sb) > suspended(sa) && !ended(sb), ChangeSuspended)
		add(suspended(sb) < suspended(sa) && !ended(sb) && !neverInForce, ChangeResumed)
		if x.Exists() {
			add(before != nil && !slices.Equal(am, idsOf(x.ContentAt(b.ValidAt).Amendments, amendmentID)), ChangeAmended)
		}
	case *domain.Designation:
		sa, sb := "", ""
		var am []string
		if before != nil {
			d := before.(*domain.Designation)
			sa, _ = d.StatusAt(a.ValidAt)
			am = designationAmendmentIDs(d, a.ValidAt)
		}
		if x.Exists() {
			sb, _ = x.StatusAt(b.ValidAt)
		}
		c.StatusBefore, c.StatusAfter = sa, sb
		add(sb == domain.StatusDesignated && sa != domain.StatusDesignated, ChangeDesignated)
		add(sb == domain.StatusDelisted && sa != domain.StatusDelisted, ChangeEnded)
		// Amendments, as for a measure: a corrected term is a correction,
		// not an amendment, and an amendment is one even when it took
		// effect with the delisting or restated a term.
		add(before != nil && !slices.Equal(am, designationAmendmentIDs(x, b.ValidAt)), ChangeAmended)
	case *domain.Transaction:
		if before != nil {
			c.StatusBefore = transactionView(before.(*domain.Transaction), 0, a).Status
		}
		if x.Exists() {
			c.StatusAfter = transactionView(x, 0, b).Status
		}
		add(before != nil && c.StatusBefore != c.StatusAfter, ChangeStatus)
	case *domain.Enforcement:
		// Other findings, not only more: one retracted and another issued
		// in between leave as many.
		var fa, fb []string
		if before != nil {
			fa = idsOf(enforcementView(before.(*domain.Enforcement), 0, a).Findings, findingID)
		}
		if x.Exists() {
			fb = idsOf(enforcementView(x, 0, b).Findings, findingID)
		}
		add(before != nil && !slices.Equal(fa, fb), ChangeFinding)
	case *domain.Dialogue:
		var ma, mb []string
		if before != nil {
			ma = idsOf(dialogueView(before.(*domain.Dialogue), 0, a).Meetings, meetingID)
		}
		if x.Exists() {
			mb = idsOf(dialogueView(x, 0, b).Meetings, meetingID)
		}
		add(before != nil && !slices.Equal(ma, mb), ChangeMeeting)
	case *domain.Link:
		_, standA := p.linkAt(r, a)
		_, standB := p.linkAt(r, b)
		add(standB && !standA, ChangeLinked)
		add(standA && !standB, ChangeUnlinked)
	}
	return c, len(c.What) > 0
}

// idsOf lists the IDs of the items of list, in order.
func idsOf[T any](list []T, id func(T) string) []string {
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = id(x)
	}
	return out
}

func findingID(f domain.EnforcementFindingIssued) string { return f.FindingID }
func meetingID(m domain.MeetingHeld) string              { return m.MeetingID }
func amendmentID(a domain.MeasureAmended) string         { return a.AmendmentID }

// designationAmendmentIDs lists the amendments of d in effect on day.
func designationAmendmentIDs(d *domain.Designation, day domain.Date) []string {
	var out []string
	for _, a := range d.Amendments {
		if !day.Before(a.EffectiveOn) {
			out = append(out, a.AmendmentID)
		}
	}
	return out
}

// suspendedBeforeEffect reports whether some provision is suspended in
// provs and every suspended one has been since before it took effect (its
// suspension began on or before its effective date): such a provision was
// never in force, so the end of its suspension is not a resumption.
func suspendedBeforeEffect(provs []domain.ProvisionStatus) bool {
	n := 0
	for _, ps := range provs {
		if ps.Status != domain.StatusSuspended || ps.Suspension == nil {
			continue
		}
		if ps.Suspension.From.After(ps.EffectiveOn) {
			return false
		}
		n++
	}
	return n > 0
}
