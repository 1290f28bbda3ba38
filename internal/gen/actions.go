package gen

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/controlsledger/ledger/domain"
)

// actions are the commands the generator runs, with their relative
// frequency. About one event in ten creates a measure or a designation.
var actions = []action{
	{"RegisterSource", 60, (*generator).registerSource},
	{"AnnounceMeasure", 32, (*generator).announceMeasure},
	{"SetProvisionEffective", 15, (*generator).setProvisionEffective},
	{"AmendMeasure", 45, (*generator).amendMeasure},
	{"SuspendMeasure", 40, (*generator).suspendMeasure},
	{"EndSuspension", 35, (*generator).endSuspension},
	{"RevokeMeasure", 14, (*generator).revokeMeasure},
	{"ExpireMeasure", 8, (*generator).expireMeasure},
	{"DesignateParty", 27, (*generator).designateParty},
	{"AmendDesignation", 25, (*generator).amendDesignation},
	{"DelistParty", 14, (*generator).delistParty},
	{"AnnounceTransaction", 15, (*generator).announceTransaction},
	{"OpenReview", 18, (*generator).openReview},
	{"ConcludeReview", 16, (*generator).concludeReview},
	{"TerminateTransaction", 3, (*generator).terminateTransaction},
	{"CompleteTransaction", 7, (*generator).completeTransaction},
	{"OpenEnforcementAction", 15, (*generator).openEnforcement},
	{"IssueFinding", 22, (*generator).issueFinding},
	{"EstablishDialogue", 4, (*generator).establishDialogue},
	{"RecordMeeting", 40, (*generator).recordMeeting},
	{"LinkRecords", 90, (*generator).linkRecords},
	{"RetractLink", 4, (*generator).retractLink},
	{"CorrectRecord", 16, (*generator).correctRecord},
	{"RetractRecord", 5, (*generator).retractRecord},
	{"NoteSourceConflict", 8, (*generator).noteSourceConflict},
}

func (g *generator) newRecord(kind, id string) *record {
	return &record{ref: domain.Ref{Kind: kind, ID: id}, agg: domain.NewRecord(kind)}
}

func (g *generator) registerSource() bool {
	j := g.jur()
	pub, ok := publishers[j.code]
	if !ok {
		p := press[g.rng.IntN(len(press))]
		pub = [2]string{p[0], p[1]}
	}
	n := g.next("source")
	sum := make([]byte, 32)
	for i := range sum {
		sum[i] = byte(g.rng.Uint32())
	}
	cmd := domain.RegisterSource{
		SourceID: fmt.Sprintf("SRC-%07d", n), Publisher: pub[0], Title: fmt.Sprintf("%s: %s", j.name, sentence(g.rng, 3)),
		Citation: fmt.Sprintf("%d FR %d", 80+g.today.Time().Year()-2015, 10000+n%90000), URL: fmt.Sprintf("%sdoc-%d", pub[1], n),
		Official: ok, Language: "en", SHA256: hex.EncodeToString(sum), PublishedOn: g.ago(10),
	}
	r := g.newRecord(domain.KindSource, cmd.SourceID)
	r.jur = j.code
	evs, err := r.aggregate().(*domain.SourceDocument).Register(cmd, g.now)
	return g.emit(r, "RegisterSource", cmd, evs, err)
}

func (g *generator) items(n int) []domain.Item {
	out := make([]domain.Item, 0, n)
	for range n {
		it := items[g.rng.IntN(len(items))]
		if !slices.Contains(out, it) {
			out = append(out, it)
		}
	}
	return out
}

func (g *generator) affected(j jurisdiction) []domain.AffectedJurisdiction {
	var out []domain.AffectedJurisdiction
	for range 1 + g.rng.IntN(3)/2 + g.rng.IntN(4)/3 {
		r := g.rival(j)
		if !slices.ContainsFunc(out, func(a domain.AffectedJurisdiction) bool { return a.Jurisdiction == r.code }) {
			out = append(out, domain.AffectedJurisdiction{Jurisdiction: r.code, How: domain.AffectedHows[g.rng.IntN(len(domain.AffectedHows))]})
		}
	}
	return out
}

func (g *generator) instrument(j jurisdiction) domain.Instrument {
	n := g.next("instrument")
	year := g.today.Time().Year()
	in := domain.Instrument{Title: fmt.Sprintf("%s Regulation %d/%d", j.name, year, n%5000), LegalBasis: []string{j.name + " Export Control Law"}}
	if j.code == "US" {
		in.Citation = fmt.Sprintf("%d FR %d", year-1935, 1000+n%80000)
	} else {
		in.Citation = fmt.Sprintf("%s %d No. %d", j.code, year, n%1000)
	}
	return in
}

func (g *generator) announceMeasure() bool {
	j := g.jur()
	mt := domain.MeasureTypes[g.rng.IntN(len(domain.MeasureTypes))]
	n := g.next("measure")
	its := g.items(1 + g.rng.IntN(4))
	announced := g.ago(14)
	cmd := domain.AnnounceMeasure{
		MeasureID: fmt.Sprintf("M-%s-%d-%06d", j.code, announced.Time().Year(), n),
		Title:     fmt.Sprintf("%s %s (%s %d/%d)", measureTitles[mt], strings.ToLower(its[0].Description), j.code, announced.Time().Year(), n),
		Summary:   "Measure on " + sentence(g.rng, 4) + ".", MeasureType: mt,
		Authority: authority(j, []int{0, 1, 5}[g.rng.IntN(3)]), Implementing: j.code, Items: its,
		Instrument: g.instrument(j), AnnouncedOn: announced, Sources: g.sources(j),
	}
	if g.rng.IntN(10) == 0 {
		cmd.CountryNeutral = true
	} else {
		cmd.Affected = g.affected(j)
	}
	eff := g.days(announced, g.rng.IntN(45))
	if g.rng.IntN(30) == 0 {
		eff = g.days(announced, -1-g.rng.IntN(60)) // effective before publication
	}
	undated := false
	for i := range 1 + g.rng.IntN(3) + g.rng.IntN(3)/2 {
		p := domain.Provision{ID: fmt.Sprintf("p%d", i+1), Title: provisionTitles[g.rng.IntN(len(provisionTitles))], EffectiveOn: eff}
		if i > 0 && g.rng.IntN(8) == 0 {
			p.EffectiveOn, undated = domain.Date{}, true
		}
		cmd.Provisions = append(cmd.Provisions, p)
		eff = g.days(eff, 14+g.rng.IntN(170))
	}
	cmd.Dates = []domain.DatedFact{{Kind: domain.DateAnnounced, Date: announced}, {Kind: domain.DatePublished, Date: g.days(announced, g.rng.IntN(8))}}
	if g.rng.IntN(5) == 0 {
		cmd.Dates = append(cmd.Dates, domain.DatedFact{Kind: domain.DateExpires, Date: g.days(announced, 365+g.rng.IntN(730))})
	}
	r := g.newRecord(domain.KindMeasure, cmd.MeasureID)
	r.jur = j.code
	for _, a := range cmd.Affected {
		r.targets = append(r.targets, a.Jurisdiction)
	}
	evs, err := r.aggregate().(*domain.Measure).Announce(cmd, g.now)
	if !g.emit(r, "AnnounceMeasure", cmd, evs, err) {
		return false
	}
	if undated {
		g.undated = append(g.undated, r)
	}
	// A measure often answers one its targets took against its maker.
	for _, t := range r.targets {
		recent := g.byPair[[2]string{t, j.code}]
		if len(recent) > 0 && g.rng.IntN(5) < 2 {
			old := recent[g.rng.IntN(len(recent))]
			rel := "retaliates_against"
			if g.rng.IntN(3) == 0 {
				rel = "responds_to"
			}
			g.retaliations = append(g.retaliations, pendingLink{from: r, to: old, relation: rel})
			break
		}
	}
	for _, t := range r.targets {
		k := [2]string{j.code, t}
		g.byPair[k] = append(g.byPair[k], r)
		if len(g.byPair[k]) > 16 {
			g.byPair[k] = g.byPair[k][1:]
		}
	}
	return true
}

func measureOf(r *record) *domain.Measure { return r.aggregate().(*domain.Measure) }

// provisions returns every provision of m with its current date.
func provisions(m *domain.Measure) []domain.Provision {
	out := slices.Clone(m.Announced.Provisions)
	for _, a := range m.Amendments {
		out = append(out, a.AddProvisions...)
	}
	for _, pe := range m.ProvisionDates {
		for i := range out {
			if out[i].ID == pe.ProvisionID {
				out[i].EffectiveOn = pe.EffectiveOn
			}
		}
	}
	return out
}

func (g *generator) setProvisionEffective() bool {
	for len(g.undated) > 0 {
		i := g.rng.IntN(len(g.undated))
		r := g.undated[i]
		var id string
		if r.live() {
			for _, p := range provisions(measureOf(r)) {
				if p.EffectiveOn.IsZero() {
					id = p.ID
					break
				}
			}
		}
		if id == "" {
			g.undated[i] = g.undated[len(g.undated)-1]
			g.undated = g.undated[:len(g.undated)-1]
			continue
		}
		j := jurByCode(r.jur)
		cmd := domain.SetProvisionEffective{MeasureID: r.ref.ID, ProvisionID: id, EffectiveOn: g.days(g.today, g.rng.IntN(60)),
			Instrument: g.instrument(j), Sources: g.sources(j)}
		if g.rare.IntN(10) == 0 {
			// The notice dates the provision back to around the
			// announcement, mostly before it (retroactive effect): the
			// measure is then in force from before it was announced, and a
			// later correction of the announcement date can move it past
			// the provision's.
			cmd.EffectiveOn = g.days(measureOf(r).Announced.AnnouncedOn, g.rare.IntN(80)-60)
			g.redated = append(g.redated, r)
		}
		evs, err := measureOf(r).SetProvisionEffective(cmd, g.now)
		return g.emit(r, "SetProvisionEffective", cmd, evs, err)
	}
	return false
}

func (g *generator) amendMeasure() bool {
	r := g.pick(domain.KindMeasure, false)
	if r == nil {
		return false
	}
	m := measureOf(r)
	j := jurByCode(r.jur)
	r.n++
	cmd := domain.AmendMeasure{MeasureID: r.ref.ID, AmendmentID: fmt.Sprintf("a%d", r.n), EffectiveOn: g.days(g.today, g.rng.IntN(40)-5),
		Instrument: g.instrument(j), Summary: "Amendment on " + sentence(g.rng, 2), Sources: g.sources(j)}
	switch g.rng.IntN(4) {
	case 0:
		cmd.Items = g.items(1 + g.rng.IntN(4))
	case 1:
		if m.Announced.CountryNeutral {
			cmd.Items = g.items(2)
		} else {
			cmd.Affected = g.affected(j)
		}
	case 2:
		cmd.AddProvisions = []domain.Provision{{ID: fmt.Sprintf("p-a%d", r.n), Title: provisionTitles[g.rng.IntN(len(provisionTitles))],
			EffectiveOn: g.days(cmd.EffectiveOn, g.rng.IntN(60))}}
	default:
		ended := map[string]bool{}
		for _, a := range m.Amendments {
			for _, id := range a.EndProvisions {
				ended[id] = true
			}
		}
		for _, p := range provisions(m) {
			if !ended[p.ID] {
				cmd.EndProvisions = []string{p.ID}
				break
			}
		}
		if len(cmd.EndProvisions) == 0 {
			cmd.Items = g.items(1)
		}
	}
	evs, err := m.Amend(cmd, g.now)
	return g.emit(r, "AmendMeasure", cmd, evs, err)
}

func (g *generator) suspendMeasure() bool {
	r := g.pick(domain.KindMeasure, false)
	if r == nil {
		return false
	}
	m := measureOf(r)
	from := g.ago(7)
	_, provs := m.StatusAt(from)
	var inForce []string
	all := true
	for _, p := range provs {
		switch p.Status {
		case domain.StatusInForce:
			inForce = append(inForce, p.ID)
		case domain.StatusRevoked:
		default:
			all = false
		}
	}
	if len(inForce) == 0 {
		return false
	}
	j := jurByCode(r.jur)
	r.n++
	cmd := domain.SuspendMeasure{MeasureID: r.ref.ID, SuspensionID: fmt.Sprintf("s%d", r.n), From: from,
		Reason: "Suspended: " + sentence(g.rng, 2), Sources: g.sources(j)}
	if !all || g.rng.IntN(2) == 0 {
		cmd.ProvisionIDs = inForce[:1+g.rng.IntN(len(inForce))]
	}
	if g.rng.IntN(10) < 7 {
		cmd.Until = g.days(from, 30+g.rng.IntN(335))
	}
	evs, err := m.Suspend(cmd, g.now)
	if !g.emit(r, "SuspendMeasure", cmd, evs, err) {
		return false
	}
	g.suspended = append(g.suspended, r)
	return true
}

func (g *generator) endSuspension() bool {
	for len(g.suspended) > 0 {
		i := g.rng.IntN(len(g.suspended))
		r := g.suspended[i]
		var open *domain.MeasureSuspended
		if r.live() {
			m := measureOf(r)
			for k := range m.Suspensions {
				s := &m.Suspensions[k]
				if !slices.ContainsFunc(m.SuspensionEnds, func(e domain.SuspensionEnded) bool { return e.SuspensionID == s.SuspensionID }) {
					open = s
					break
				}
			}
		}
		if open == nil {
			g.suspended[i] = g.suspended[len(g.suspended)-1]
			g.suspended = g.suspended[:len(g.suspended)-1]
			continue
		}
		cmd := domain.EndSuspension{MeasureID: r.ref.ID, SuspensionID: open.SuspensionID, Sources: g.sources(jurByCode(r.jur))}
		last := g.today
		if !open.Until.IsZero() && !g.today.Before(open.Until) {
			cmd.EndedOn, cmd.How = open.Until, domain.EndExpired
		} else {
			if !open.Until.IsZero() {
				last = g.days(open.Until, -1)
			}
			span := int(last.Time().Sub(open.From.Time()).Hours() / 24)
			if span < 1 {
				return false // too early to end it
			}
			cmd.EndedOn = g.days(open.From, 1+g.rng.IntN(span))
			cmd.How = domain.EndLiftedEarly
			if g.rng.IntN(3) == 0 {
				cmd.How = domain.EndReinstated
			}
			cmd.Reason = "Ended: " + sentence(g.rng, 2)
		}
		evs, err := measureOf(r).EndSuspension(cmd, g.now)
		return g.emit(r, "EndSuspension", cmd, evs, err)
	}
	return false
}

func (g *generator) revokeMeasure() bool {
	r := g.pick(domain.KindMeasure, false)
	if r == nil {
		return false
	}
	j := jurByCode(r.jur)
	in := g.instrument(j)
	cmd := domain.RevokeMeasure{MeasureID: r.ref.ID, EffectiveOn: g.days(g.today, g.rng.IntN(30)), Instrument: &in,
		Reason: "Revoked: " + sentence(g.rng, 2), Sources: g.sources(j)}
	evs, err := measureOf(r).Revoke(cmd, g.now)
	return g.emit(r, "RevokeMeasure", cmd, evs, err)
}

func (g *generator) expireMeasure() bool {
	r := g.pick(domain.KindMeasure, false)
	if r == nil {
		return false
	}
	m := measureOf(r)
	on := g.today
	for _, d := range m.Announced.Dates {
		if d.Kind == domain.DateExpires {
			on = d.Date
		}
	}
	cmd := domain.ExpireMeasure{MeasureID: r.ref.ID, ExpiredOn: on, Reason: "Sunset clause", Sources: g.sources(jurByCode(r.jur))}
	evs, err := m.Expire(cmd, g.now)
	return g.emit(r, "ExpireMeasure", cmd, evs, err)
}

func (g *generator) designateParty() bool {
	j := g.jur()
	target := g.rival(j)
	p := g.party(target)
	n := g.next("designation")
	eff := g.ago(7)
	cmd := domain.DesignateParty{
		DesignationID: fmt.Sprintf("D-%s-%07d", j.code, n), Party: p, List: j.name + " " + lists[g.rng.IntN(len(lists))],
		ListAuthority: authority(j, []int{0, 5}[g.rng.IntN(2)]), LicenceRequirement: "All items subject to the regulations",
		ReviewPolicy: []string{"Presumption of denial", "Case-by-case review", "Policy of denial"}[g.rng.IntN(3)],
		EffectiveOn:  eff, Instrument: g.instrument(j), Sources: g.sources(j),
	}
	if g.rng.IntN(10) == 0 {
		cmd.Footnotes = []string{fmt.Sprintf("Footnote %d", 1+g.rng.IntN(5))}
	}
	if g.rng.IntN(5) == 0 {
		cmd.SavingsClauseUntil = g.days(eff, 30+g.rng.IntN(30))
	}
	measure := false
	if m := g.pick(domain.KindMeasure, true); m != nil && m.jur == j.code && g.rng.IntN(2) == 0 {
		cmd.MeasureID, measure = m.ref.ID, true
	}
	r := g.newRecord(domain.KindDesignation, cmd.DesignationID)
	r.jur, r.targets = j.code, []string{target.code}
	evs, err := r.aggregate().(*domain.Designation).Designate(cmd, measure, g.now)
	return g.emit(r, "DesignateParty", cmd, evs, err)
}

func (g *generator) amendDesignation() bool {
	r := g.pick(domain.KindDesignation, false)
	if r == nil {
		return false
	}
	j := jurByCode(r.jur)
	r.n++
	cmd := domain.AmendDesignation{DesignationID: r.ref.ID, AmendmentID: fmt.Sprintf("a%d", r.n), EffectiveOn: g.ago(5),
		Instrument: g.instrument(j), Summary: "Terms revised", Sources: g.sources(j)}
	switch g.rng.IntN(3) {
	case 0:
		cmd.ReviewPolicy = []string{"Presumption of denial", "Case-by-case review", "Policy of denial"}[g.rng.IntN(3)]
	case 1:
		cmd.LicenceRequirement = "Items subject to the regulations except " + strings.ToLower(items[g.rng.IntN(len(items))].Description)
	default:
		cmd.Footnotes = []string{fmt.Sprintf("Footnote %d", 1+g.rng.IntN(5))}
	}
	evs, err := r.aggregate().(*domain.Designation).Amend(cmd, g.now)
	return g.emit(r, "AmendDesignation", cmd, evs, err)
}

func (g *generator) delistParty() bool {
	r := g.pick(domain.KindDesignation, false)
	if r == nil {
		return false
	}
	j := jurByCode(r.jur)
	cmd := domain.DelistParty{DesignationID: r.ref.ID, EffectiveOn: g.days(g.today, g.rng.IntN(10)), Instrument: g.instrument(j),
		Reason: "Removed: " + sentence(g.rng, 2), Sources: g.sources(j)}
	evs, err := r.aggregate().(*domain.Designation).Delist(cmd, g.now)
	return g.emit(r, "DelistParty", cmd, evs, err)
}

var currencies = []string{"USD", "EUR", "CNY", "JPY", "GBP"}

func (g *generator) announceTransaction() bool {
	acq := g.jur()
	tgt := g.rival(acq)
	target := g.party(tgt)
	n := g.next("transaction")
	cmd := domain.AnnounceTransaction{
		TransactionID: fmt.Sprintf("T-%06d", n), Acquirers: []domain.Party{g.party(acq)}, Target: target,
		AnnouncedOn: g.ago(10), Sources: g.sources(acq),
	}
	cmd.Title = fmt.Sprintf("Acquisition of %s by %s", target.Name, cmd.Acquirers[0].Name)
	if g.rng.IntN(2) == 0 {
		cmd.Value = &domain.Money{Amount: float64(1+g.rng.IntN(20000)) * 1e6, Currency: currencies[g.rng.IntN(len(currencies))]}
	}
	if g.rng.IntN(5) != 0 {
		cmd.OutsideDate = g.days(cmd.AnnouncedOn, 180+g.rng.IntN(360))
	}
	r := g.newRecord(domain.KindTransaction, cmd.TransactionID)
	r.jur, r.targets = acq.code, []string{tgt.code}
	evs, err := r.aggregate().(*domain.Transaction).Announce(cmd, g.now)
	return g.emit(r, "AnnounceTransaction", cmd, evs, err)
}

func transactionOf(r *record) *domain.Transaction { return r.aggregate().(*domain.Transaction) }

func (g *generator) openReview() bool {
	r := g.pick(domain.KindTransaction, false)
	if r == nil {
		return false
	}
	t := transactionOf(r)
	j := jurByCode(r.targets[0])
	if g.rng.IntN(3) == 0 {
		j = g.jur()
	}
	k := []int{2, 3}[g.rng.IntN(2)]
	r.n++
	cmd := domain.OpenReview{TransactionID: r.ref.ID, ReviewID: fmt.Sprintf("r%d", r.n), Authority: authority(j, k),
		Regime: j.code + " " + []string{"investment screening", "merger control"}[k-2], Trigger: domain.ReviewTriggers[g.rng.IntN(len(domain.ReviewTriggers))],
		OpenedOn: g.ago(5), Summary: "Review of " + t.Announced.Title, Sources: g.sources(j)}
	evs, err := t.OpenReview(cmd, g.now)
	return g.emit(r, "OpenReview", cmd, evs, err)
}

func (g *generator) concludeReview() bool {
	r := g.pick(domain.KindTransaction, false)
	if r == nil {
		return false
	}
	t := transactionOf(r)
	var open *domain.ReviewOpened
	for i := range t.Opened {
		if !slices.ContainsFunc(t.Reviews, func(c domain.ReviewConcluded) bool { return c.ReviewID == t.Opened[i].ReviewID }) {
			open = &t.Opened[i]
			break
		}
	}
	if open == nil {
		return false
	}
	outcomes := []string{domain.OutcomeCleared, domain.OutcomeCleared, domain.OutcomeCleared, domain.OutcomeClearedWithConditions,
		domain.OutcomeClearedWithConditions, domain.OutcomeProhibited, domain.OutcomeWithdrawn, domain.OutcomeDivestmentOrdered}
	cmd := domain.ConcludeReview{TransactionID: r.ref.ID, ReviewID: open.ReviewID, Authority: open.Authority, Regime: open.Regime,
		Outcome: outcomes[g.rng.IntN(len(outcomes))], ConcludedOn: g.today, Summary: "Decision: " + sentence(g.rng, 2),
		Sources: g.sources(jurByCode(open.Authority.Jurisdiction))}
	if od := t.Announced.OutsideDate; !od.IsZero() && !g.today.Before(od) && g.rng.IntN(2) == 0 {
		cmd.Outcome = domain.OutcomeNoDecisionByOutsideDate
	}
	if cmd.Outcome == domain.OutcomeClearedWithConditions {
		cmd.Conditions = []string{"Divest the " + strings.ToLower(items[g.rng.IntN(len(items))].Description) + " business"}
	}
	evs, err := t.ConcludeReview(cmd, g.now)
	return g.emit(r, "ConcludeReview", cmd, evs, err)
}

func (g *generator) terminateTransaction() bool {
	r := g.pick(domain.KindTransaction, false)
	if r == nil {
		return false
	}
	cmd := domain.TerminateTransaction{TransactionID: r.ref.ID, TerminatedOn: g.today, Reason: "Regulatory approval not obtained",
		Sources: g.sources(jurByCode(r.jur))}
	if g.rng.IntN(4) == 0 {
		cmd.TerminationFee, cmd.FeePaidBy = &domain.Money{Amount: float64(1+g.rng.IntN(500)) * 1e6, Currency: "USD"}, "acquirer"
	}
	evs, err := transactionOf(r).Terminate(cmd, g.now)
	return g.emit(r, "TerminateTransaction", cmd, evs, err)
}

func (g *generator) completeTransaction() bool {
	r := g.pick(domain.KindTransaction, false)
	if r == nil {
		return false
	}
	cmd := domain.CompleteTransaction{TransactionID: r.ref.ID, CompletedOn: g.today, Sources: g.sources(jurByCode(r.jur))}
	evs, err := transactionOf(r).Complete(cmd, g.now)
	return g.emit(r, "CompleteTransaction", cmd, evs, err)
}

func (g *generator) openEnforcement() bool {
	j := g.jur()
	tgt := g.rival(j)
	n := g.next("enforcement")
	cmd := domain.OpenEnforcementAction{ActionID: fmt.Sprintf("E-%s-%06d", j.code, n), Authority: authority(j, []int{0, 3, 4}[g.rng.IntN(3)]),
		Targets: []domain.Party{g.party(tgt)}, Kind: domain.EnforcementKinds[g.rng.IntN(len(domain.EnforcementKinds))],
		LegalBasis: []string{j.name + " Enforcement Law"}, OpenedOn: g.ago(10), Summary: "Investigation into " + sentence(g.rng, 2), Sources: g.sources(j)}
	if g.rng.IntN(4) == 0 {
		cmd.Targets = append(cmd.Targets, g.party(tgt))
		if cmd.Targets[0].ID == cmd.Targets[1].ID {
			cmd.Targets = cmd.Targets[:1]
		}
	}
	r := g.newRecord(domain.KindEnforcement, cmd.ActionID)
	r.jur, r.targets = j.code, []string{tgt.code}
	evs, err := r.aggregate().(*domain.Enforcement).Open(cmd, g.now)
	return g.emit(r, "OpenEnforcementAction", cmd, evs, err)
}

func (g *generator) issueFinding() bool {
	r := g.pick(domain.KindEnforcement, false)
	if r == nil {
		return false
	}
	r.n++
	cmd := domain.IssueFinding{ActionID: r.ref.ID, FindingID: fmt.Sprintf("f%d", r.n), IssuedOn: g.today,
		Outcome: domain.FindingOutcomes[g.rng.IntN(len(domain.FindingOutcomes))], Final: g.rng.IntN(2) == 0,
		Summary: "Finding: " + sentence(g.rng, 2), Sources: g.sources(jurByCode(r.jur))}
	evs, err := r.aggregate().(*domain.Enforcement).IssueFinding(cmd, g.now)
	return g.emit(r, "IssueFinding", cmd, evs, err)
}

func (g *generator) establishDialogue() bool {
	a := g.jur()
	b := g.rival(a)
	n := g.next("dialogue")
	topic := []string{"export control", "trade", "commercial issues", "technology", "critical minerals"}[g.rng.IntN(5)]
	cmd := domain.EstablishDialogue{DialogueID: fmt.Sprintf("G-%s-%s-%04d", a.code, b.code, n), Name: fmt.Sprintf("%s-%s %s dialogue", a.name, b.name, topic),
		Parties: []domain.Party{state(a), state(b)}, Level: levels[g.rng.IntN(len(levels))], Cadence: "annual",
		Purpose: "Consultations on " + topic, EstablishedOn: g.ago(10), Sources: g.sources(a)}
	var origin *domain.Dialogue
	if d := g.pick(domain.KindDialogue, true); d != nil && g.rng.IntN(4) == 0 {
		dl := d.aggregate().(*domain.Dialogue)
		if len(dl.Meetings) > 0 {
			m := dl.Meetings[len(dl.Meetings)-1]
			cmd.EstablishedAt, origin = &domain.MeetingRef{DialogueID: dl.Established.DialogueID, MeetingID: m.MeetingID}, dl
			if m.HeldOn.After(cmd.EstablishedOn) {
				cmd.EstablishedOn = m.HeldOn
			}
		}
	}
	r := g.newRecord(domain.KindDialogue, cmd.DialogueID)
	r.jur, r.targets = a.code, []string{b.code}
	evs, err := r.aggregate().(*domain.Dialogue).Establish(cmd, origin, g.now)
	return g.emit(r, "EstablishDialogue", cmd, evs, err)
}

func (g *generator) recordMeeting() bool {
	r := g.pick(domain.KindDialogue, false)
	if r == nil {
		return false
	}
	d := r.aggregate().(*domain.Dialogue)
	a, b := jurByCode(r.jur), jurByCode(r.targets[0])
	r.n++
	cmd := domain.RecordMeeting{DialogueID: r.ref.ID, MeetingID: fmt.Sprintf("m%d", r.n), Title: fmt.Sprintf("Round %d of the %s", r.n, d.Established.Name),
		HeldOn: g.ago(3), Place: meetingPlaces[g.rng.IntN(len(meetingPlaces))], Level: d.Established.Level,
		Participants: []domain.Participant{{Name: "Minister of " + a.name, Role: "head of delegation", Jurisdiction: a.code},
			{Name: "Minister of " + b.name, Role: "head of delegation", Jurisdiction: b.code}},
		Outcomes: []string{"Agreed to " + sentence(g.rng, 2)}, Sources: g.sources(a)}
	evs, err := d.RecordMeeting(cmd, g.now)
	return g.emit(r, "RecordMeeting", cmd, evs, err)
}

// linkRetaliation records the oldest pending retaliation whose ends are
// both written.
func (g *generator) linkRetaliation() bool {
	for i, p := range g.retaliations {
		if p.from.block >= g.block || p.to.block >= g.block {
			continue
		}
		g.retaliations = slices.Delete(g.retaliations, i, i+1)
		if !p.from.live() || !p.to.live() {
			return false
		}
		asserter := domain.LinkAsserters[g.rng.IntN(len(domain.LinkAsserters))]
		return g.link(p.from, p.to, p.relation, asserter)
	}
	return false
}

func (g *generator) link(from, to *record, relation, asserter string) bool {
	n := g.next("link")
	j := jurByCode(from.jur)
	cmd := domain.LinkRecords{LinkID: fmt.Sprintf("L-%07d", n), From: from.ref, To: to.ref, Relation: relation, AssertedBy: asserter,
		Evidence: fmt.Sprintf("%s %s", []string{"The notice cites", "Officials said it answers", "Analysts link it to", "Reported as a response to"}[g.rng.IntN(4)], to.ref.ID),
		Sources:  g.sources(j)}
	r := g.newRecord(domain.KindLink, cmd.LinkID)
	r.jur = from.jur
	evs, err := r.aggregate().(*domain.Link).Record(cmd, from.live(), to.live(), g.now)
	return g.emit(r, "LinkRecords", cmd, evs, err)
}

func (g *generator) linkRecords() bool {
	kinds := []string{domain.KindMeasure, domain.KindMeasure, domain.KindMeasure, domain.KindDesignation, domain.KindEnforcement, domain.KindDialogue, domain.KindTransaction}
	from := g.pick(kinds[g.rng.IntN(len(kinds))], true)
	if from == nil {
		return false
	}
	var to *record
	relation := "responds_to"
	switch from.ref.Kind {
	case domain.KindMeasure:
		if g.rng.IntN(5) == 0 {
			to, relation = g.pick(domain.KindEnforcement, true), "results_from"
		} else {
			to = g.pick(domain.KindMeasure, true)
			relation = []string{"retaliates_against", "retaliates_against", "responds_to", "coordinated_with", "supersedes", "suspended_in_exchange_for"}[g.rng.IntN(6)]
		}
	case domain.KindDesignation:
		to, relation = g.pick(domain.KindMeasure, true), "results_from"
	default:
		to = g.pick(domain.KindMeasure, true)
	}
	if to == nil || to == from {
		return false
	}
	return g.link(from, to, relation, domain.LinkAsserters[g.rng.IntN(len(domain.LinkAsserters))])
}

func (g *generator) retractLink() bool {
	r := g.pick(domain.KindLink, false)
	if r == nil {
		return false
	}
	cmd := domain.RetractLink{LinkID: r.ref.ID, Reason: "The assertion was withdrawn", Sources: g.sources(jurByCode(r.jur))}
	evs, err := r.aggregate().(*domain.Link).Retract(cmd, g.now)
	return g.emit(r, "RetractLink", cmd, evs, err)
}

// knowledgeTarget picks a record for a knowledge command: mostly measures
// and designations. Long streams are left out: the decisions replay the
// whole stream.
func (g *generator) knowledgeTarget() *record {
	kinds := []string{domain.KindMeasure, domain.KindMeasure, domain.KindMeasure, domain.KindMeasure, domain.KindDesignation,
		domain.KindDesignation, domain.KindTransaction, domain.KindEnforcement, domain.KindLink, domain.KindSource, domain.KindDialogue}
	r := g.pick(kinds[g.rng.IntN(len(kinds))], false)
	if r == nil || len(r.events) > 12 {
		return nil
	}
	return r
}

// correctable lists, per event type, fields a correction may fix.
var correctable = map[string][]string{
	domain.TypeMeasureAnnounced:      {"title", "summary", "announcedOn", "provisions[0].effectiveOn", "items[0].code", "instrument.citation"},
	domain.TypeProvisionEffective:    {"effectiveOn"},
	domain.TypeMeasureAmended:        {"effectiveOn", "summary"},
	domain.TypeMeasureSuspended:      {"from", "until", "reason"},
	domain.TypeSuspensionEnded:       {"endedOn"},
	domain.TypeMeasureRevoked:        {"effectiveOn"},
	domain.TypeMeasureExpired:        {"expiredOn"},
	domain.TypePartyDesignated:       {"party.name", "effectiveOn", "reviewPolicy"},
	domain.TypeDesignationAmended:    {"effectiveOn"},
	domain.TypePartyDelisted:         {"effectiveOn"},
	domain.TypeTransactionAnnounced:  {"title", "announcedOn", "value.amount"},
	domain.TypeReviewOpened:          {"openedOn"},
	domain.TypeReviewConcluded:       {"concludedOn", "summary"},
	domain.TypeTransactionTerminated: {"reason"},
	domain.TypeTransactionCompleted:  {"completedOn"},
	domain.TypeEnforcementOpened:     {"summary", "openedOn"},
	domain.TypeEnforcementFinding:    {"outcome", "issuedOn"},
	domain.TypeDialogueEstablished:   {"name", "level"},
	domain.TypeMeetingHeld:           {"place", "heldOn"},
	domain.TypeMeasuresLinked:        {"evidence", "assertedBy"},
	domain.TypeSourceRegistered:      {"title", "publishedOn"},
}

func (g *generator) correctRecord() bool {
	r, i, field := g.redatedTarget()
	if r == nil {
		if r = g.knowledgeTarget(); r == nil {
			return false
		}
		i = g.rng.IntN(len(r.events))
		fields := correctable[r.events[i].Type]
		if len(fields) == 0 {
			return false
		}
		field = fields[g.rng.IntN(len(fields))]
	}
	old, ok := lookup(r.current[i], field)
	if !ok {
		return false
	}
	newValue, ok := g.changed(field, old)
	if !ok {
		return false
	}
	n := g.next("correction")
	cmd := domain.CorrectRecord{CorrectionID: fmt.Sprintf("C-%06d", n), Record: r.ref, EventID: r.events[i].ID, Field: field,
		OldValue: old, NewValue: newValue, Reason: "Misread the source", Evidence: "Checked against the official text",
		Sources: g.sources(jurByCode(r.jur))}
	evs, err := domain.DecideCorrection(cmd, r.events, g.now)
	return g.emit(r, "CorrectRecord", cmd, evs, err)
}

// redatedTarget returns, once in a while, a measure whose provision was
// dated back to around its announcement, with the event and field of one
// of those dates to correct: its announcement date, or the provision's.
// Such corrections move the announcement past the provision's date, or the
// provision's date past the announcement. Nil if it is not the time.
func (g *generator) redatedTarget() (*record, int, string) {
	if len(g.redated) == 0 || g.rare.IntN(20) != 0 {
		return nil, 0, ""
	}
	r := g.redated[g.rare.IntN(len(g.redated))]
	if !r.live() || len(r.events) > 12 {
		return nil, 0, ""
	}
	var dated []int
	for i, ev := range r.events {
		if ev.Type == domain.TypeProvisionEffective {
			dated = append(dated, i)
		}
	}
	if len(dated) == 0 || g.rare.IntN(2) == 0 {
		return r, 0, "announcedOn"
	}
	return r, dated[g.rare.IntN(len(dated))], "effectiveOn"
}

// changed returns another plausible value for a field holding old.
func (g *generator) changed(field string, old json.RawMessage) (json.RawMessage, bool) {
	var s string
	var f float64
	switch {
	case bytes.Equal(old, []byte("null")):
		return json.RawMessage(strconv.Quote(g.days(g.today, g.rng.IntN(30)).String())), true
	case json.Unmarshal(old, &f) == nil:
		return json.RawMessage(strconv.FormatFloat(f*float64(2+g.rng.IntN(8))/5, 'f', -1, 64)), true
	case json.Unmarshal(old, &s) != nil:
		return nil, false
	}
	if d, err := domain.ParseDate(s); err == nil && len(s) == 10 {
		shift := 1 + g.rng.IntN(20)
		if g.rng.IntN(2) == 0 {
			shift = -shift
		}
		return json.RawMessage(strconv.Quote(g.days(d, shift).String())), true
	}
	switch field {
	case "assertedBy":
		return json.RawMessage(strconv.Quote(domain.LinkAsserters[(slices.Index(domain.LinkAsserters, s)+1)%len(domain.LinkAsserters)])), true
	case "outcome":
		return json.RawMessage(strconv.Quote(domain.FindingOutcomes[(slices.Index(domain.FindingOutcomes, s)+1)%len(domain.FindingOutcomes)])), true
	case "level":
		return json.RawMessage(strconv.Quote(levels[(slices.Index(levels, s)+1)%len(levels)])), true
	}
	return json.RawMessage(strconv.Quote(s + " (as published)")), true
}

// lookup returns the JSON value at a path of the form "a.b[1].c" in data.
func lookup(data []byte, path string) (json.RawMessage, bool) {
	var cur any
	if json.Unmarshal(data, &cur) != nil {
		return nil, false
	}
	for _, part := range strings.Split(path, ".") {
		key, idx, indexed := strings.Cut(part, "[")
		obj, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = obj[key]; !ok {
			return nil, false
		}
		if indexed {
			n, err := strconv.Atoi(strings.TrimSuffix(idx, "]"))
			list, ok := cur.([]any)
			if err != nil || !ok || n >= len(list) {
				return nil, false
			}
			cur = list[n]
		}
	}
	out, err := json.Marshal(cur)
	return out, err == nil
}

func (g *generator) retractRecord() bool {
	r := g.knowledgeTarget()
	if r == nil {
		return false
	}
	n := g.next("retraction")
	cmd := domain.RetractRecord{RetractionID: fmt.Sprintf("R-%06d", n), Record: r.ref, Reason: "Entered in error", Sources: g.sources(jurByCode(r.jur))}
	if g.rng.IntN(5) != 0 {
		if len(r.events) < 2 {
			return false
		}
		cmd.EventID = r.events[1+g.rng.IntN(len(r.events)-1)].ID
	}
	evs, err := domain.DecideRetraction(cmd, r.events, g.now)
	return g.emit(r, "RetractRecord", cmd, evs, err)
}

func (g *generator) noteSourceConflict() bool {
	r := g.knowledgeTarget()
	if r == nil {
		return false
	}
	j := jurByCode(r.jur)
	a, b := g.sources(j)[0], press[g.rng.IntN(len(press))]
	n := g.next("note")
	d := g.ago(30)
	cmd := domain.NoteSourceConflict{NoteID: fmt.Sprintf("N-%06d", n), Record: r.ref, Field: "effectiveOn",
		Claims:   []domain.SourceClaim{{Source: a, Value: d.String()}, {Source: domain.Source{Title: "Report", Publisher: b[0], URL: b[1] + strconv.Itoa(n)}, Value: g.days(d, 1+g.rng.IntN(5)).String()}},
		Followed: 0, Note: "The official text prevails"}
	evs, err := domain.DecideSourceConflict(cmd, r.events, g.now)
	return g.emit(r, "NoteSourceConflict", cmd, evs, err)
}
