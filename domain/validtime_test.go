package domain_test

import (
	"testing"

	"github.com/controlsledger/ledger/domain"
)

// TestValidDates checks the valid-time dates of each event type: the date
// it is about is the payload's own (effective, announced, held ...), the
// end of the period it sets is the suspension's planned end, the savings
// clause's or the outside date.
func TestValidDates(t *testing.T) {
	a, b := day("2023-07-03"), day("2023-08-01")
	none := domain.Date{}
	cases := []struct {
		ev          domain.Event
		from, until domain.Date
	}{
		{domain.MeasureAnnounced{AnnouncedOn: a}, a, none},
		{domain.ProvisionEffective{EffectiveOn: a}, a, none},
		{domain.MeasureAmended{EffectiveOn: a}, a, none},
		{domain.MeasureSuspended{From: a, Until: b}, a, b},
		{domain.SuspensionEnded{EndedOn: a}, a, none},
		{domain.MeasureRevoked{EffectiveOn: a}, a, none},
		{domain.MeasureExpired{ExpiredOn: a}, a, none},
		{domain.PartyDesignated{EffectiveOn: a, SavingsClauseUntil: b}, a, b},
		{domain.DesignationAmended{EffectiveOn: a}, a, none},
		{domain.PartyDelisted{EffectiveOn: a}, a, none},
		{domain.TransactionAnnounced{AnnouncedOn: a, OutsideDate: b}, a, b},
		{domain.ReviewOpened{OpenedOn: a}, a, none},
		{domain.ReviewConcluded{ConcludedOn: a}, a, none},
		{domain.TransactionTerminated{TerminatedOn: a}, a, none},
		{domain.TransactionCompleted{CompletedOn: a}, a, none},
		{domain.EnforcementActionOpened{OpenedOn: a}, a, none},
		{domain.EnforcementFindingIssued{IssuedOn: a}, a, none},
		{domain.DialogueEstablished{EstablishedOn: a}, a, none},
		{domain.MeetingHeld{HeldOn: a}, a, none},
		{domain.SourceDocumentRegistered{PublishedOn: a}, a, none},
	}
	dated := map[string]bool{}
	for _, c := range cases {
		dated[c.ev.EventType()] = true
		if from, until := domain.ValidDates(c.ev); from != c.from || until != c.until {
			t.Errorf("%s: valid dates %s, %s; want %s, %s", c.ev.EventType(), from, until, c.from, c.until)
		}
	}

	// Every event type is dated or about no date, and says so on a real
	// event of its type.
	dateless := map[string]bool{
		domain.TypeMeasuresLinked: true, domain.TypeLinkRetracted: true, domain.TypeRecordCorrected: true,
		domain.TypeRecordRetracted: true, domain.TypeSourceConflictNoted: true, domain.TypeCheckpointSealed: true,
	}
	golden := map[string]domain.Event{}
	for _, ev := range goldenEvents() {
		golden[ev.EventType()] = ev
	}
	for _, typ := range domain.EventTypes() {
		ev, ok := golden[typ]
		switch {
		case !ok:
			t.Errorf("%s: no golden event", typ)
		case dated[typ]:
			if from, _ := domain.ValidDates(ev); from.IsZero() {
				t.Errorf("%s: no valid date on its golden event", typ)
			}
		case dateless[typ]:
			if from, until := domain.ValidDates(ev); !from.IsZero() || !until.IsZero() {
				t.Errorf("%s is about no date, but ValidDates gives %s, %s", typ, from, until)
			}
		default:
			t.Errorf("%s: neither dated nor listed as about no date: give it a validDates method in validtime.go or list it here", typ)
		}
	}
}
