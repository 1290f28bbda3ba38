package projections

import (
	"github.com/controlsledger/ledger/domain"
)

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
	return every(p, domain.KindDialogue, asOf, func(r *recordState, n int, d *domain.Dialogue, b Basis) (DialogueView, bool) {
		v := dialogueView(d, r.knownSince(n), b)
		return v, origin == nil || (v.EstablishedAt != nil && *v.EstablishedAt == *origin)
	})
}

// Dialogue returns one dialogue at the basis of asOf.
func (p *Projection) Dialogue(id string, asOf AsOf) (b Basis, v DialogueView, ok bool, err error) {
	return one(p, domain.KindDialogue, id, asOf, func(r *recordState, n int, d *domain.Dialogue, b Basis) DialogueView {
		return dialogueView(d, r.knownSince(n), b)
	})
}

func dialogueView(d *domain.Dialogue, known uint64, b Basis) DialogueView {
	v := DialogueView{DialogueEstablished: *d.Established, Knowledge: d.Knowledge, KnownSince: known, Version: d.Version}
	for _, m := range d.Meetings {
		if !b.ValidAt.Before(m.HeldOn) {
			v.Meetings = append(v.Meetings, m)
		}
	}
	return v
}
