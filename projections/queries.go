package projections

import (
	"github.com/controlsledger/ledger/domain"
)

// designationIndex finds candidate designations.
type designationIndex struct {
	party map[string]postings
	lists *wordIndex
}

func (d *designationIndex) init() {
	d.party = map[string]postings{}
	d.lists = newWordIndex()
}

func (p *Projection) indexDesignated(n int32, r *recordState, d *domain.PartyDesignated, pos uint64) {
	addTo(p.designations.party, d.Party.ID, n)
	p.designations.lists.add(n, d.List)
	p.indexParty(n, d.Party)
	addTo(p.jurisdictions, d.ListAuthority.Jurisdiction, n)
	p.setKey(n, r, dayOf(d.EffectiveOn), pos)
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
	var out []DialogueView
	p.eachByDate(domain.KindDialogue, b, nil, func(r *recordState, n int) bool {
		d := p.state(r, n).(*domain.Dialogue)
		if !d.Exists() {
			return true
		}
		if v := dialogueView(d, r.knownSince(n), b); origin == nil || (v.EstablishedAt != nil && *v.EstablishedAt == *origin) {
			out = append(out, v)
		}
		return true
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
	r, n := p.known(domain.KindDialogue, id, b.Position)
	if n == 0 {
		return b, DialogueView{}, false, nil
	}
	d := p.state(r, n).(*domain.Dialogue)
	if !d.Exists() {
		return b, DialogueView{}, false, nil
	}
	return b, dialogueView(d, r.knownSince(n), b), true, nil
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
	r, n := p.known(domain.KindSource, id, b.Position)
	if n == 0 {
		return b, SourceView{}, false, nil
	}
	s := p.state(r, n).(*domain.SourceDocument)
	if !s.Exists() {
		return b, SourceView{}, false, nil
	}
	return b, SourceView{SourceDocumentRegistered: *s.Registered, Knowledge: s.Knowledge, KnownSince: r.knownSince(n), Version: s.Version}, true, nil
}
