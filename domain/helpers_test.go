package domain_test

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
)

// now is the fixed clock of every decision in these tests.
var now = time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)

// day parses an ISO date of a test fixture.
func day(s string) domain.Date {
	d, err := domain.ParseDate(s)
	if err != nil || d.IsZero() {
		panic(fmt.Sprintf("bad fixture date %q: %v", s, err))
	}
	return d
}

// want is one expected rule violation.
type want struct {
	kind  error
	rule  string
	field string
}

func (w want) String() string { return fmt.Sprintf("%s at %q (%v)", w.rule, w.field, w.kind) }

// thenEvents asserts that a decision succeeded with exactly the given events.
func thenEvents(tb testing.TB, got []domain.Event, err error, wantEvents ...domain.Event) {
	tb.Helper()
	if err != nil {
		tb.Fatalf("decision failed: %v", err)
	}
	if !reflect.DeepEqual(got, wantEvents) {
		tb.Fatalf("events:\n got %#v\nwant %#v", got, wantEvents)
	}
}

// thenRules asserts that a decision failed with exactly the given rule
// violations (in any order), that the joined error matches each kind with
// errors.Is, and that nothing was decided.
func thenRules(tb testing.TB, got []domain.Event, err error, wants ...want) {
	tb.Helper()
	if err == nil {
		tb.Fatalf("decision succeeded with %d events, want %v", len(got), wants)
	}
	if got != nil {
		tb.Errorf("a failed decision returned events: %#v", got)
	}
	res := domain.RuleErrors(err)
	var gotW []want
	for _, re := range res {
		gotW = append(gotW, want{re.Kind, re.Rule, re.Field})
		if re.Message == "" {
			tb.Errorf("rule %s at %q has no message", re.Rule, re.Field)
		}
		if !errors.Is(re, re.Kind) {
			tb.Errorf("rule %s: errors.Is(err, its kind) is false", re.Rule)
		}
		if re.Field != "" && !strings.Contains(re.Error(), re.Field) {
			tb.Errorf("rule %s: error text %q does not name the field %q", re.Rule, re.Error(), re.Field)
		}
	}
	key := func(w want) string { return w.String() }
	sortW := func(ws []want) []string {
		var out []string
		for _, w := range ws {
			out = append(out, key(w))
		}
		slices.Sort(out)
		return out
	}
	if g, w := sortW(gotW), sortW(wants); !slices.Equal(g, w) {
		tb.Fatalf("rule errors:\n got %q\nwant %q\n(error: %v)", g, w, err)
	}
	for _, w := range wants {
		if !errors.Is(err, w.kind) {
			tb.Errorf("errors.Is(err, %v) is false for %v", w.kind, err)
		}
	}
}

func invalid(rule, field string) want  { return want{domain.ErrInvalid, rule, field} }
func notFound(rule, field string) want { return want{domain.ErrNotFound, rule, field} }
func conflict(rule, field string) want { return want{domain.ErrConflict, rule, field} }
func required(field string) want       { return invalid("field.required", field) }

// Sources used by the fixtures.
var (
	srcACSRule = domain.Source{
		Citation:    "87 FR 62186",
		Title:       "Implementation of Additional Export Controls: Certain Advanced Computing and Semiconductor Manufacturing Items; Supercomputer and Semiconductor End Use; Entity List Modification",
		Publisher:   "US Department of Commerce, Bureau of Industry and Security",
		URL:         "https://www.federalregister.gov/d/2022-21658",
		Official:    true,
		PublishedOn: day("2022-10-13"),
	}
	srcGaGeAnnouncement = domain.Source{
		Citation:    "MOFCOM and GAC Announcement No. 23 of 2023",
		Title:       "Announcement on implementing export control on gallium- and germanium-related items",
		Publisher:   "Ministry of Commerce of the People's Republic of China; General Administration of Customs",
		Official:    true,
		PublishedOn: day("2023-07-03"),
	}
	srcPress = domain.Source{
		Title:       "News reports of 2023-07-03/04 on China's gallium and germanium export licensing",
		Publisher:   "News media (various outlets)",
		Official:    false,
		PublishedOn: day("2023-07-04"),
	}
	srcCommerceReadout = domain.Source{
		Title:       "Readout of Secretary Raimondo's meeting with PRC Minister of Commerce Wang Wentao",
		Publisher:   "US Department of Commerce",
		Official:    true,
		PublishedOn: day("2023-08-28"),
	}
	srcIntelTermination = domain.Source{
		Title:       "Intel press release on the termination of the agreement to acquire Tower Semiconductor",
		Publisher:   "Intel Corporation",
		Official:    false,
		PublishedOn: day("2023-08-16"),
	}
)

// acsAnnounce is the US advanced-computing rule of October 2022, with its
// three staged provisions.
func acsAnnounce() domain.AnnounceMeasure {
	return domain.AnnounceMeasure{
		MeasureID:    "US-2022-ACS",
		Title:        "Advanced computing and semiconductor manufacturing export controls",
		Summary:      "Licence requirements on advanced integrated circuits, computers containing them, and semiconductor manufacturing equipment for China.",
		Authority:    domain.Authority{ID: "US-BIS", Name: "US Department of Commerce, Bureau of Industry and Security", Jurisdiction: "US"},
		Implementing: "US",
		Affected:     []domain.AffectedJurisdiction{{Jurisdiction: "CN", How: "targeted"}},
		MeasureType:  "export_control",
		Items: []domain.Item{
			{Scheme: "ECCN", Code: "3A090", Description: "Advanced integrated circuits"},
			{Scheme: "ECCN", Code: "4A090", Description: "Computers containing advanced integrated circuits"},
		},
		Provisions: []domain.Provision{
			{ID: "eccns-end-use-fdp", Title: "New ECCNs 3A090/4A090, advanced-computing and supercomputer end-use controls, foreign-direct-product expansion for 28 listed entities", EffectiveOn: day("2022-10-07")},
			{ID: "us-persons", Title: "Restrictions on support by US persons (15 CFR 744.6)", EffectiveOn: day("2022-10-12")},
			{ID: "remaining", Title: "Remaining provisions", EffectiveOn: day("2022-10-21")},
		},
		Instrument: domain.Instrument{
			Title:      "Interim final rule, FR Doc 2022-21658, RIN 0694-AI94",
			Citation:   "87 FR 62186",
			LegalBasis: []string{"Export Control Reform Act of 2018"},
		},
		AnnouncedOn: day("2022-10-07"),
		Dates: []domain.DatedFact{
			{Kind: domain.DateAnnounced, Date: day("2022-10-07"), Note: "released"},
			{Kind: domain.DatePublished, Date: day("2022-10-13")},
			{Kind: domain.DateCommentDeadline, Date: day("2023-01-31"), Note: "originally 2022-12-12; extended by 87 FR 74966 (published 2022-12-07)"},
		},
		Sources: []domain.Source{srcACSRule},
	}
}

// el36Announce is the Entity List rule of December 2022, effective three days
// before it was published.
func el36Announce() domain.AnnounceMeasure {
	return domain.AnnounceMeasure{
		MeasureID:    "US-2022-EL-36",
		Title:        "36 entities added to the Entity List",
		Authority:    domain.Authority{ID: "US-BIS", Name: "US Department of Commerce, Bureau of Industry and Security", Jurisdiction: "US"},
		Implementing: "US",
		Affected: []domain.AffectedJurisdiction{
			{Jurisdiction: "CN", How: "named_parties"},
			{Jurisdiction: "RU", How: "named_parties"},
		},
		MeasureType: "entity_listing",
		Items:       []domain.Item{{Description: "All items subject to the EAR, for the listed entities"}},
		Provisions: []domain.Provision{
			{ID: "additions", Title: "36 entities added to the Entity List", EffectiveOn: day("2022-12-16")},
		},
		Instrument:  domain.Instrument{Title: "Additions and Revisions to the Entity List and Conforming Removal from the Unverified List", Citation: "87 FR 77505"},
		AnnouncedOn: day("2022-12-15"),
		Dates: []domain.DatedFact{
			{Kind: domain.DateEffective, Date: day("2022-12-16")},
			{Kind: domain.DatePublished, Date: day("2022-12-19")},
		},
		Sources: []domain.Source{{
			Citation: "87 FR 77505", Title: "Additions and Revisions to the Entity List and Conforming Removal from the Unverified List",
			Publisher: "US Department of Commerce, Bureau of Industry and Security", Official: true, PublishedOn: day("2022-12-19"),
		}},
	}
}

// gageAnnounce is China's gallium and germanium export licensing, shortened
// to two items.
func gageAnnounce() domain.AnnounceMeasure {
	return domain.AnnounceMeasure{
		MeasureID:      "CN-2023-GAGE",
		Title:          "Export control of gallium and germanium items",
		Authority:      domain.Authority{ID: "CN-MOFCOM", Name: "Ministry of Commerce of the People's Republic of China", Jurisdiction: "CN"},
		Implementing:   "CN",
		CountryNeutral: true,
		MeasureType:    "export_control",
		Items: []domain.Item{
			{Description: "Metal gallium (elemental)"},
			{Description: "Metal germanium (elemental)"},
		},
		Provisions:  []domain.Provision{{ID: "licensing", Title: "Export licence requirement", EffectiveOn: day("2023-08-01")}},
		Instrument:  domain.Instrument{Title: "Announcement No. 23 [2023] on export control of gallium and germanium items", LegalBasis: []string{"Export Control Law", "Foreign Trade Law", "Customs Law"}},
		AnnouncedOn: day("2023-07-03"),
		Sources:     []domain.Source{srcGaGeAnnouncement},
	}
}

func announced(cmd domain.AnnounceMeasure) domain.MeasureAnnounced {
	return domain.MeasureAnnounced(cmd)
}

// measureGiven folds prior events into a zero Measure.
func measureGiven(events ...domain.Event) *domain.Measure {
	var m domain.Measure
	for _, ev := range events {
		m.Apply(ev)
	}
	return &m
}

func linkGiven(events ...domain.Event) *domain.Link {
	var l domain.Link
	for _, ev := range events {
		l.Apply(ev)
	}
	return &l
}

func dialogueGiven(events ...domain.Event) *domain.Dialogue {
	var d domain.Dialogue
	for _, ev := range events {
		d.Apply(ev)
	}
	return &d
}

func transactionGiven(events ...domain.Event) *domain.Transaction {
	var t domain.Transaction
	for _, ev := range events {
		t.Apply(ev)
	}
	return &t
}

// suspendUSPersons is a hypothetical suspension of one ACS provision for
// January 2023 (the rule was never suspended; the shape is what matters).
func suspendUSPersons() domain.SuspendMeasure {
	return domain.SuspendMeasure{
		MeasureID:    "US-2022-ACS",
		SuspensionID: "SUSP-1",
		ProvisionIDs: []string{"us-persons"},
		From:         day("2023-01-01"),
		Until:        day("2023-02-01"),
		Reason:       "test fixture",
		Sources:      []domain.Source{srcACSRule},
	}
}

func revokeACS() domain.RevokeMeasure {
	return domain.RevokeMeasure{
		MeasureID:   "US-2022-ACS",
		EffectiveOn: day("2023-06-01"),
		Reason:      "test fixture",
		Sources:     []domain.Source{srcACSRule},
	}
}

func linkGaGeACS() domain.LinkMeasures {
	return domain.LinkMeasures{
		LinkID:        "CN-2023-GAGE--responds_to--US-2022-ACS",
		FromMeasureID: "CN-2023-GAGE",
		ToMeasureID:   "US-2022-ACS",
		Relation:      "responds_to",
		AssertedBy:    "press",
		Evidence:      "News reports of 2023-07-03/04 present the licensing as a response to the US controls; the announcement names no country or measure.",
		Sources:       []domain.Source{srcPress, srcGaGeAnnouncement},
	}
}

var (
	partyUS = domain.Party{ID: "US-DOC", Name: "US Department of Commerce", Jurisdiction: "US"}
	partyCN = domain.Party{ID: "CN-MOFCOM", Name: "Ministry of Commerce of the People's Republic of China", Jurisdiction: "CN"}
)

func channelEstablish() domain.EstablishDialogue {
	return domain.EstablishDialogue{
		DialogueID:    "US-CN-COMMERCE-CHANNEL",
		Name:          "US Commerce - MOFCOM secretary/minister-level channel",
		Parties:       []domain.Party{partyUS, partyCN},
		Level:         "secretary/minister",
		Cadence:       "regular communication; in person at least once a year",
		EstablishedOn: day("2023-08-28"),
		Sources:       []domain.Source{srcCommerceReadout},
	}
}

func raimondoWang() domain.RecordMeeting {
	return domain.RecordMeeting{
		DialogueID: "US-CN-COMMERCE-CHANNEL",
		MeetingID:  "RAIMONDO-WANG-2023",
		Title:      "Secretary Raimondo and Minister Wang Wentao in Beijing",
		HeldOn:     day("2023-08-28"),
		Place:      "Beijing",
		Level:      "secretary/minister",
		Participants: []domain.Participant{
			{Name: "Gina Raimondo", Role: "US Secretary of Commerce", Jurisdiction: "US"},
			{Name: "Wang Wentao", Role: "Minister of Commerce of the People's Republic of China", Jurisdiction: "CN"},
		},
		Outcomes: []string{"Agreed to launch an export control enforcement information exchange."},
		Sources:  []domain.Source{srcCommerceReadout},
	}
}

func exchangeEstablish() domain.EstablishDialogue {
	return domain.EstablishDialogue{
		DialogueID:    "EXPORT-CONTROL-EXCHANGE",
		Name:          "Export control enforcement information exchange",
		Parties:       []domain.Party{partyUS, partyCN},
		Level:         "assistant secretary",
		Purpose:       "A platform to reduce misunderstanding of U.S. national security policies.",
		EstablishedOn: day("2023-08-28"),
		EstablishedAt: &domain.MeetingRef{DialogueID: "US-CN-COMMERCE-CHANNEL", MeetingID: "RAIMONDO-WANG-2023"},
		Sources:       []domain.Source{srcCommerceReadout},
	}
}

func intelTowerAnnounce() domain.AnnounceTransaction {
	return domain.AnnounceTransaction{
		TransactionID: "INTEL-TOWER",
		Title:         "Acquisition of Tower Semiconductor by Intel",
		Acquirers:     []domain.Party{{ID: "INTEL", Name: "Intel Corporation", Jurisdiction: "US"}},
		Target:        domain.Party{ID: "TOWER", Name: "Tower Semiconductor Ltd.", Jurisdiction: "IL"},
		Value:         &domain.Money{Amount: 5.4e9, Currency: "USD"},
		AnnouncedOn:   day("2022-02-15"),
		OutsideDate:   day("2023-08-15"),
		Sources:       []domain.Source{{Title: "Intel press release announcing the agreement to acquire Tower Semiconductor", Publisher: "Intel Corporation", PublishedOn: day("2022-02-15")}},
	}
}

var samr = domain.Authority{ID: "CN-SAMR", Name: "State Administration for Market Regulation", Jurisdiction: "CN"}

func intelTowerConclude() domain.ConcludeReview {
	return domain.ConcludeReview{
		TransactionID: "INTEL-TOWER",
		Authority:     samr,
		Regime:        "Anti-Monopoly Law merger review",
		Outcome:       domain.OutcomeNoDecisionByOutsideDate,
		ConcludedOn:   day("2023-08-16"),
		Summary:       "Intel terminated the agreement citing the inability to obtain the required regulatory approvals in a timely manner and paid Tower a USD 353 million termination fee; SAMR never formally decided.",
		Sources:       []domain.Source{srcIntelTermination},
	}
}
