package projections

import "github.com/controlsledger/ledger/domain"

// indexEvent adds what one applied event tells the indexes (see indexJob).
// It reads and writes the indexes and the records' keys only.
func (p *Projection) indexEvent(j indexJob) {
	if j.reopen != nil {
		// After the event's own spans are added.
		defer p.reopen(j.n, *j.reopen, j.pos)
	}
	n, r, pos := j.n, j.r, j.pos
	switch x := j.ev.(type) {
	case domain.MeasureAnnounced:
		p.indexMeasureAnnounced(n, r, &x, pos, j.startsBefore)
	case domain.ProvisionEffective:
		p.indexProvisionEffective(n, r, &x)
	case domain.MeasureAmended:
		p.indexMeasureContent(n, x.Items, x.Affected)
	case domain.MeasureSuspended, domain.SuspensionEnded, domain.MeasureRevoked, domain.MeasureExpired:
		p.indexStatus(n, x, pos)
	case domain.PartyDesignated:
		p.indexDesignated(n, r, &x, pos)
	case domain.DesignationAmended:
		p.indexDesignationChanges(n, x.Changes)
	case domain.TransactionAnnounced:
		p.setKey(n, r, dayOf(x.AnnouncedOn), pos)
		for _, a := range x.Acquirers {
			p.indexParty(n, a)
		}
		p.indexParty(n, x.Target)
	case domain.ReviewOpened:
		addTo(p.jurisdictions, x.Authority.Jurisdiction, n)
	case domain.ReviewConcluded:
		addTo(p.jurisdictions, x.Authority.Jurisdiction, n)
	case domain.EnforcementActionOpened:
		p.setKey(n, r, dayOf(x.OpenedOn), pos)
		addTo(p.jurisdictions, x.Authority.Jurisdiction, n)
		for _, t := range x.Targets {
			p.indexParty(n, t)
		}
	case domain.DialogueEstablished:
		p.setKey(n, r, dayOf(x.EstablishedOn), pos)
		for _, party := range x.Parties {
			p.indexParty(n, party)
		}
	case domain.MeasuresLinked:
		p.linksOf.add(n, x.From, x.To)
	}
}

// indexed reports whether indexEvent takes anything from ev: it must name
// every type indexEvent has a case for (a test checks that the others
// leave the indexes as they are). A correction of an event of another
// type changes no index, so the corrected event need not be computed.
func indexed(ev domain.Event) bool {
	switch ev.(type) {
	case domain.MeasureAnnounced, domain.ProvisionEffective, domain.MeasureAmended, domain.MeasureSuspended, domain.SuspensionEnded,
		domain.MeasureRevoked, domain.MeasureExpired, domain.PartyDesignated, domain.TransactionAnnounced,
		domain.ReviewOpened, domain.ReviewConcluded, domain.EnforcementActionOpened, domain.DialogueEstablished,
		domain.MeasuresLinked:
		return true
	}
	return false
}

func (p *Projection) indexParty(n int32, party domain.Party) {
	addTo(p.parties, party.ID, n)
	if party.Jurisdiction != "" {
		addTo(p.jurisdictions, party.Jurisdiction, n)
	}
}

// linkIndex finds the links from and to a record.
type linkIndex struct {
	from, to map[domain.Ref]postings
	// all lists the links in the order they were first recorded.
	all postings
}

func (l *linkIndex) init() {
	l.from = map[domain.Ref]postings{}
	l.to = map[domain.Ref]postings{}
}

func (l *linkIndex) add(n int32, from, to domain.Ref) {
	f := l.from[from]
	f.add(n)
	l.from[from] = f
	t := l.to[to]
	t.add(n)
	l.to[to] = t
	l.all.add(n)
}

// designationIndex finds candidate designations.
type designationIndex struct {
	party map[string]postings
	lists *wordIndex
	// programs and names hold every program and every name or alias any
	// version of a designation gives.
	programs map[string]postings
	names    *wordIndex
}

func (d *designationIndex) init() {
	d.party = map[string]postings{}
	d.lists = newWordIndex()
	d.programs = map[string]postings{}
	d.names = newWordIndex()
}

// NameProperties are the party properties that hold its names, which the
// designations' name filter searches.
var NameProperties = []string{"name", "alias", "weakAlias", "previousName"}

// indexDesignationChanges indexes the programs and names an amendment
// gives a listed entry.
func (p *Projection) indexDesignationChanges(n int32, changes []domain.FieldChange) {
	for _, c := range changes {
		switch c.Field {
		case "programs":
			for _, prog := range c.New {
				addTo(p.designations.programs, prog, n)
			}
		default:
			for _, name := range NameProperties {
				if c.Field == "properties."+name {
					for _, v := range c.New {
						p.designations.names.add(n, v)
					}
				}
			}
		}
	}
}

func (p *Projection) indexDesignated(n int32, r *recordState, d *domain.PartyDesignated, pos uint64) {
	addTo(p.designations.party, d.Party.ID, n)
	p.designations.lists.add(n, d.List)
	for _, prog := range d.Programs {
		addTo(p.designations.programs, prog, n)
	}
	p.designations.names.add(n, d.Party.Name)
	for _, name := range NameProperties {
		for _, v := range d.Party.Values(name) {
			p.designations.names.add(n, v)
		}
	}
	p.indexParty(n, d.Party)
	addTo(p.jurisdictions, d.ListAuthority.Jurisdiction, n)
	p.setKey(n, r, dayOf(d.EffectiveOn), pos)
}
