package domain_test

import (
	"encoding/json"
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

func invalid(rule, field string) want  { return want{domain.ErrInvalid, rule, field} }
func notFound(rule, field string) want { return want{domain.ErrNotFound, rule, field} }
func conflict(rule, field string) want { return want{domain.ErrConflict, rule, field} }
func required(field string) want       { return invalid("field.required", field) }

// retractedRule is what every command on a record retracted as entered in
// error fails with.
var retractedRule = invalid("record.retracted", "")

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
	var gotW []string
	for _, re := range domain.RuleErrors(err) {
		gotW = append(gotW, want{re.Kind, re.Rule, re.Field}.String())
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
	var wantW []string
	for _, w := range wants {
		wantW = append(wantW, w.String())
	}
	slices.Sort(gotW)
	slices.Sort(wantW)
	if !slices.Equal(gotW, wantW) {
		tb.Fatalf("rule errors:\n got %q\nwant %q\n(error: %v)", gotW, wantW, err)
	}
	for _, w := range wants {
		if !errors.Is(err, w.kind) {
			tb.Errorf("errors.Is(err, %v) is false for %v", w.kind, err)
		}
	}
}

// aggregate is the constraint of the helpers that build an aggregate A
// through its pointer type P.
type aggregate[A any] interface {
	*A
	domain.Aggregate
}

// given folds prior events into a zero aggregate.
func given[A any, P aggregate[A]](events ...domain.Event) P {
	agg := P(new(A))
	for _, ev := range events {
		agg.Apply(ev)
	}
	return agg
}

func measureGiven(events ...domain.Event) *domain.Measure { return given[domain.Measure](events...) }
func linkGiven(events ...domain.Event) *domain.Link       { return given[domain.Link](events...) }
func dialogueGiven(events ...domain.Event) *domain.Dialogue {
	return given[domain.Dialogue](events...)
}
func transactionGiven(events ...domain.Event) *domain.Transaction {
	return given[domain.Transaction](events...)
}

// tcase is one given/when/then case of a decision: the prior events of the
// stream, a change to the command's fixture, and the rule errors expected
// (nil: the command is accepted and yields exactly its own event).
type tcase[C any] struct {
	name  string
	given []domain.Event
	when  func(*C)
	then  []want
}

// runCases runs each case: it folds the given events, decides the changed
// fixture, and checks the outcome. A decision must not change the aggregate
// it is taken on.
func runCases[C any, A any, P aggregate[A]](t *testing.T, fixture func() C, decide func(P, C) ([]domain.Event, error), event func(C) domain.Event, cases []tcase[C]) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			agg := given[A, P](tt.given...)
			before := *agg
			cmd := fixture()
			if tt.when != nil {
				tt.when(&cmd)
			}
			got, err := decide(agg, cmd)
			if !reflect.DeepEqual(before, *agg) {
				t.Errorf("the decision changed the aggregate:\nbefore %#v\n after %#v", before, *agg)
			}
			if tt.then == nil {
				thenEvents(t, got, err, event(cmd))
				return
			}
			thenRules(t, got, err, tt.then...)
		})
	}
}

// retraction returns the event retracting a whole record as entered in error.
func retraction(kind, id string) domain.RecordRetracted {
	return domain.RecordRetracted{
		RetractionID: "RETRACT-" + id,
		Record:       domain.Ref{Kind: kind, ID: id},
		Reason:       "test fixture: entered in error",
		Sources:      []domain.Source{srcLedgerNote},
	}
}

// recorded is a stored event of a stream, as the application service hands
// it to the knowledge decisions and to Replay.
func recorded(tb testing.TB, id string, ev domain.Event) domain.Recorded {
	tb.Helper()
	data, err := domain.Encode(ev)
	if err != nil {
		tb.Fatal(err)
	}
	return domain.Recorded{ID: id, Type: ev.EventType(), Data: data}
}

// streamOf numbers events e1, e2 ... as a stream's recorded events.
func streamOf(tb testing.TB, events ...domain.Event) []domain.Recorded {
	tb.Helper()
	out := make([]domain.Recorded, len(events))
	for i, ev := range events {
		out[i] = recorded(tb, fmt.Sprintf("e%d", i+1), ev)
	}
	return out
}

// raw is a JSON value of a correction.
func raw(s string) json.RawMessage { return json.RawMessage(s) }

// Authorities and parties used by the fixtures.
var (
	bis   = domain.Authority{ID: "US-BIS", Name: "US Department of Commerce, Bureau of Industry and Security", Jurisdiction: "US"}
	samr  = domain.Authority{ID: "CN-SAMR", Name: "State Administration for Market Regulation", Jurisdiction: "CN"}
	beis  = domain.Authority{ID: "GB-BEIS", Name: "UK Secretary of State for Business, Energy and Industrial Strategy", Jurisdiction: "GB"}
	cac   = domain.Authority{ID: "CN-CAC", Name: "Cyberspace Administration of China, Cybersecurity Review Office", Jurisdiction: "CN"}
	cfius = domain.Authority{ID: "US-PRESIDENT", Name: "President of the United States, on the recommendation of CFIUS", Jurisdiction: "US"}

	partyUS = domain.Party{ID: "US-DOC", Name: "US Department of Commerce", Jurisdiction: "US"}
	partyCN = domain.Party{ID: "CN-MOFCOM", Name: "Ministry of Commerce of the People's Republic of China", Jurisdiction: "CN"}
)

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
	srcEL36Rule = domain.Source{
		Citation:    "87 FR 77505",
		Title:       "Additions and Revisions to the Entity List and Conforming Removal from the Unverified List",
		Publisher:   "US Department of Commerce, Bureau of Industry and Security",
		Official:    true,
		PublishedOn: day("2022-12-19"),
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
	srcCACReviewNotice = domain.Source{
		Title:       "CAC announcement of a cybersecurity review of Micron products sold in China",
		Publisher:   "Cyberspace Administration of China, Cybersecurity Review Office",
		Official:    true,
		PublishedOn: day("2023-03-31"),
	}
	srcCACDecision = domain.Source{
		Title:       "CAC announcement that Micron products sold in China failed the cybersecurity review",
		Publisher:   "Cyberspace Administration of China, Cybersecurity Review Office",
		Official:    true,
		PublishedOn: day("2023-05-21"),
	}
	srcNSIAOrder = domain.Source{
		Title:       "Final order on the acquisition of Newport Wafer Fab by Nexperia",
		Publisher:   "UK Government, Department for Business, Energy and Industrial Strategy",
		Official:    true,
		PublishedOn: day("2022-11-16"),
	}
	srcVishayPress = domain.Source{
		Title:       "Vishay and Nexperia press releases on the completed sale of Newport Wafer Fab",
		Publisher:   "Vishay Intertechnology, Inc.; Nexperia BV",
		Official:    false,
		PublishedOn: day("2024-03-06"),
	}
	srcVishayFiling = domain.Source{
		Title:     "Vishay Intertechnology quarterly filing reporting the acquisition of Newport Wafer Fab",
		Publisher: "Vishay Intertechnology, Inc.",
		Official:  false,
	}
	srcLedgerNote = domain.Source{
		Title:     "Test fixture: a note of the ledger's editors",
		Publisher: "Controls Ledger",
	}
)

// acsAnnounce is the US advanced-computing rule of October 2022, with its
// three staged provisions.
func acsAnnounce() domain.AnnounceMeasure {
	return domain.AnnounceMeasure{
		MeasureID:    "US-2022-ACS",
		Title:        "Advanced computing and semiconductor manufacturing export controls",
		Summary:      "Licence requirements on advanced integrated circuits, computers containing them, and semiconductor manufacturing equipment for China.",
		Authority:    bis,
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
		Authority:    bis,
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
		Sources: []domain.Source{srcEL36Rule},
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

// nlUndated is the Dutch equipment regulation as if recorded at publication
// before its effective date was known (hypothetical: the regulation gave
// its date; the shape is what matters).
func nlUndated() domain.AnnounceMeasure {
	return domain.AnnounceMeasure{
		MeasureID:      "NL-2023-SME",
		Title:          "National licence requirement for advanced semiconductor manufacturing equipment",
		Authority:      domain.Authority{ID: "NL-BHO", Name: "Netherlands, Minister for Foreign Trade and Development Cooperation", Jurisdiction: "NL"},
		Implementing:   "NL",
		CountryNeutral: true,
		MeasureType:    "export_control",
		Items:          []domain.Item{{Description: "The most advanced DUV immersion lithography and deposition equipment"}},
		Provisions:     []domain.Provision{{ID: "licensing", Title: "National licence requirement"}},
		Instrument:     domain.Instrument{Title: "Ministerial regulation on advanced semiconductor manufacturing equipment"},
		AnnouncedOn:    day("2023-06-30"),
		Dates:          []domain.DatedFact{{Kind: domain.DatePublished, Date: day("2023-06-30")}},
		Sources:        []domain.Source{{Title: "Ministerial regulation on advanced semiconductor manufacturing equipment", Publisher: "Netherlands, Minister for Foreign Trade and Development Cooperation", Official: true, PublishedOn: day("2023-06-30")}},
	}
}

// nlEffective sets the date of the Dutch regulation's provision.
func nlEffective() domain.SetProvisionEffective {
	return domain.SetProvisionEffective{
		MeasureID:   "NL-2023-SME",
		ProvisionID: "licensing",
		EffectiveOn: day("2023-09-01"),
		Instrument:  domain.Instrument{Title: "Ministerial regulation on advanced semiconductor manufacturing equipment"},
		Sources:     []domain.Source{{Title: "Ministerial regulation on advanced semiconductor manufacturing equipment", Publisher: "Netherlands, Minister for Foreign Trade and Development Cooperation", Official: true, PublishedOn: day("2023-06-30")}},
	}
}

func announced(cmd domain.AnnounceMeasure) domain.MeasureAnnounced {
	return domain.MeasureAnnounced(cmd)
}

// amendACS is a hypothetical amendment of the ACS rule (the rule was
// amended, but not like this; the shape is what matters): from 2023-11-17 it
// covers a third item, affects a second jurisdiction, adds two provisions
// and ends the "remaining" one.
func amendACS() domain.AmendMeasure {
	return domain.AmendMeasure{
		MeasureID:   "US-2022-ACS",
		AmendmentID: "AMEND-1",
		EffectiveOn: day("2023-11-17"),
		Instrument:  domain.Instrument{Title: "Test fixture: a hypothetical amending rule"},
		Summary:     "test fixture",
		Items: []domain.Item{
			{Scheme: "ECCN", Code: "3A090", Description: "Advanced integrated circuits"},
			{Scheme: "ECCN", Code: "4A090", Description: "Computers containing advanced integrated circuits"},
			{Description: "Semiconductor manufacturing equipment"},
		},
		Affected: []domain.AffectedJurisdiction{{Jurisdiction: "CN", How: "targeted"}, {Jurisdiction: "MO", How: "targeted"}},
		AddProvisions: []domain.Provision{
			{ID: "sme", Title: "Semiconductor manufacturing equipment", EffectiveOn: day("2023-11-17")},
			{ID: "later", Title: "A provision taking effect later", EffectiveOn: day("2024-01-01")},
		},
		EndProvisions: []string{"remaining"},
		Sources:       []domain.Source{srcLedgerNote},
	}
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

// liftEarly ends SUSP-1 two weeks early (hypothetical).
func liftEarly() domain.EndSuspension {
	return domain.EndSuspension{
		MeasureID:    "US-2022-ACS",
		SuspensionID: "SUSP-1",
		EndedOn:      day("2023-01-15"),
		How:          domain.EndLiftedEarly,
		Reason:       "test fixture",
		Sources:      []domain.Source{srcLedgerNote},
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

// expireACS is a hypothetical sunset of the ACS rule.
func expireACS() domain.ExpireMeasure {
	return domain.ExpireMeasure{
		MeasureID: "US-2022-ACS",
		ExpiredOn: day("2024-10-07"),
		Reason:    "test fixture: a hypothetical sunset clause",
		Sources:   []domain.Source{srcLedgerNote},
	}
}

// ymtcDesignate is an Entity List designation made by the December 2022
// rule. The terms are simplified for the test, not a transcription of the
// entry.
func ymtcDesignate() domain.DesignateParty {
	return domain.DesignateParty{
		DesignationID:      "US-EL-YMTC",
		Party:              domain.Party{ID: "YMTC", Name: "Yangtze Memory Technologies Co., Ltd.", Jurisdiction: "CN"},
		List:               "Entity List",
		ListAuthority:      bis,
		LicenceRequirement: "All items subject to the EAR",
		ReviewPolicy:       "Presumption of denial",
		Footnotes:          []string{"4"},
		EffectiveOn:        day("2022-12-16"),
		MeasureID:          "US-2022-EL-36",
		Instrument:         domain.Instrument{Title: "Additions and Revisions to the Entity List and Conforming Removal from the Unverified List", Citation: "87 FR 77505"},
		Sources:            []domain.Source{srcEL36Rule},
	}
}

// amendYMTC changes the review policy of the designation (hypothetical).
func amendYMTC() domain.AmendDesignation {
	return domain.AmendDesignation{
		DesignationID: "US-EL-YMTC",
		AmendmentID:   "AMEND-1",
		EffectiveOn:   day("2023-06-01"),
		ReviewPolicy:  "Case-by-case review",
		Instrument:    domain.Instrument{Title: "Test fixture: a hypothetical Entity List revision"},
		Summary:       "test fixture",
		Sources:       []domain.Source{srcLedgerNote},
	}
}

// delistYMTC takes the party off the list (hypothetical).
func delistYMTC() domain.DelistParty {
	return domain.DelistParty{
		DesignationID: "US-EL-YMTC",
		EffectiveOn:   day("2024-01-01"),
		Instrument:    domain.Instrument{Title: "Test fixture: a hypothetical Entity List removal"},
		Reason:        "test fixture",
		Sources:       []domain.Source{srcLedgerNote},
	}
}

// linkGaGeACS links China's gallium and germanium licensing to the US rule it
// is reported to answer.
func linkGaGeACS() domain.LinkRecords {
	return domain.LinkRecords{
		LinkID:     "CN-2023-GAGE--responds_to--US-2022-ACS",
		From:       domain.Ref{Kind: domain.KindMeasure, ID: "CN-2023-GAGE"},
		To:         domain.Ref{Kind: domain.KindMeasure, ID: "US-2022-ACS"},
		Relation:   "responds_to",
		AssertedBy: "press",
		Evidence:   "News reports of 2023-07-03/04 present the licensing as a response to the US controls; the announcement names no country or measure.",
		Sources:    []domain.Source{srcPress, srcGaGeAnnouncement},
	}
}

// linkMicronReview links the Micron procurement restriction to the
// cybersecurity review it came out of.
func linkMicronReview() domain.LinkRecords {
	return domain.LinkRecords{
		LinkID:     "CN-2023-MICRON--results_from--CN-CAC-MICRON-2023",
		From:       domain.Ref{Kind: domain.KindMeasure, ID: "CN-2023-MICRON"},
		To:         domain.Ref{Kind: domain.KindEnforcement, ID: "CN-CAC-MICRON-2023"},
		Relation:   "results_from",
		AssertedBy: "official_text",
		Evidence:   "The CAC decision of 2023-05-21 is the conclusion of the cybersecurity review announced on 2023-03-31.",
		Sources:    []domain.Source{srcCACDecision},
	}
}

func retractGaGeLink() domain.RetractLink {
	return domain.RetractLink{
		LinkID:  "CN-2023-GAGE--responds_to--US-2022-ACS",
		Reason:  "test fixture: the assertion was withdrawn",
		Sources: []domain.Source{srcLedgerNote},
	}
}

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

// intelTowerOpen is SAMR's merger review; the sources do not give the day
// it opened, so the date is hypothetical.
func intelTowerOpen() domain.OpenReview {
	return domain.OpenReview{
		TransactionID: "INTEL-TOWER",
		ReviewID:      "INTEL-TOWER-SAMR",
		Authority:     samr,
		Regime:        "Anti-Monopoly Law merger review",
		Trigger:       "notification",
		OpenedOn:      day("2022-06-01"),
		Summary:       "test fixture: hypothetical opening date",
		Sources:       []domain.Source{srcLedgerNote},
	}
}

func intelTowerConclude() domain.ConcludeReview {
	return domain.ConcludeReview{
		TransactionID: "INTEL-TOWER",
		ReviewID:      "INTEL-TOWER-SAMR",
		Authority:     samr,
		Regime:        "Anti-Monopoly Law merger review",
		Outcome:       domain.OutcomeNoDecisionByOutsideDate,
		ConcludedOn:   day("2023-08-16"),
		Summary:       "Intel terminated the agreement citing the inability to obtain the required regulatory approvals in a timely manner and paid Tower a USD 353 million termination fee; SAMR never formally decided.",
		Sources:       []domain.Source{srcIntelTermination},
	}
}

func intelTowerTerminate() domain.TerminateTransaction {
	return domain.TerminateTransaction{
		TransactionID:  "INTEL-TOWER",
		TerminatedOn:   day("2023-08-16"),
		Reason:         "Inability to obtain the required regulatory approvals in a timely manner.",
		TerminationFee: &domain.Money{Amount: 353e6, Currency: "USD"},
		FeePaidBy:      "INTEL",
		Sources:        []domain.Source{srcIntelTermination},
	}
}

// vishayAnnounce is the sale of Newport Wafer Fab to Vishay that the NSIA
// divestment order led to.
func vishayAnnounce() domain.AnnounceTransaction {
	return domain.AnnounceTransaction{
		TransactionID: "VISHAY-NWF",
		Title:         "Sale of Newport Wafer Fab by Nexperia to Vishay",
		Acquirers:     []domain.Party{{ID: "VISHAY", Name: "Vishay Intertechnology, Inc.", Jurisdiction: "US"}},
		Target:        domain.Party{ID: "NEWPORT-WAFER-FAB", Name: "Newport Wafer Fab", Jurisdiction: "GB"},
		AnnouncedOn:   day("2023-11-08"),
		Sources:       []domain.Source{{Title: "Vishay and Nexperia press releases on the agreed sale of Newport Wafer Fab", Publisher: "Vishay Intertechnology, Inc.; Nexperia BV", PublishedOn: day("2023-11-08")}},
	}
}

func vishayComplete() domain.CompleteTransaction {
	return domain.CompleteTransaction{
		TransactionID: "VISHAY-NWF",
		CompletedOn:   day("2024-03-06"),
		Sources:       []domain.Source{srcVishayPress},
	}
}

// vishayConflict notes that the sources disagree on the closing date.
func vishayConflict() domain.NoteSourceConflict {
	return domain.NoteSourceConflict{
		NoteID: "VISHAY-NWF-CLOSING-DATE",
		Record: domain.Ref{Kind: domain.KindTransaction, ID: "VISHAY-NWF"},
		Field:  "completedOn",
		Claims: []domain.SourceClaim{
			{Source: srcVishayPress, Value: "2024-03-06"},
			{Source: srcVishayFiling, Value: "2024-03-05"},
		},
		Followed: 0,
		Note:     "The ledger follows the companies' press releases.",
	}
}

func micronOpen() domain.OpenEnforcementAction {
	return domain.OpenEnforcementAction{
		ActionID:   "CN-CAC-MICRON-2023",
		Authority:  cac,
		Targets:    []domain.Party{{ID: "MICRON", Name: "Micron Technology", Jurisdiction: "US"}},
		Kind:       "cybersecurity_review",
		LegalBasis: []string{"National Security Law", "Cybersecurity Law", "Cybersecurity Review Measures"},
		OpenedOn:   day("2023-03-31"),
		Summary:    "Cybersecurity review of Micron products sold in China.",
		Sources:    []domain.Source{srcCACReviewNotice},
	}
}

func micronFinding() domain.IssueFinding {
	return domain.IssueFinding{
		ActionID:  "CN-CAC-MICRON-2023",
		FindingID: "CONCLUSION",
		IssuedOn:  day("2023-05-21"),
		Outcome:   "risk_found",
		Final:     true,
		Summary:   "Micron products failed the review; operators of critical information infrastructure in China should stop purchasing them.",
		Sources:   []domain.Source{srcCACDecision},
	}
}

// registerACSRule registers the Federal Register text of the ACS rule. The
// digest is of a test string, not of the real document.
func registerACSRule() domain.RegisterSource {
	return domain.RegisterSource{
		SourceID:    "87-FR-62186",
		Publisher:   "US Department of Commerce, Bureau of Industry and Security",
		Title:       srcACSRule.Title,
		Citation:    "87 FR 62186",
		URL:         "https://www.federalregister.gov/d/2022-21658",
		Official:    true,
		Language:    "en",
		SHA256:      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", // sha256("test")
		PublishedOn: day("2022-10-13"),
	}
}
