package domain_test

import (
	"testing"

	"github.com/controlsledger/ledger/domain"
)

func TestEstablishDialogue(t *testing.T) {
	channel := dialogueGiven(domain.DialogueEstablished(channelEstablish()), domain.MeetingHeld(raimondoWang()))
	emptyChannel := dialogueGiven(domain.DialogueEstablished(channelEstablish()))
	tests := []struct {
		name   string
		given  []domain.Event
		origin *domain.Dialogue
		when   func(*domain.EstablishDialogue)
		then   []want
	}{
		{name: "established at a meeting", origin: channel, when: func(*domain.EstablishDialogue) {}},
		{name: "established with no origin meeting", when: func(c *domain.EstablishDialogue) { c.EstablishedAt = nil }},
		{name: "established today", when: func(c *domain.EstablishDialogue) { c.EstablishedAt, c.EstablishedOn = nil, day("2026-01-01") }},
		{name: "party without jurisdiction", when: func(c *domain.EstablishDialogue) {
			c.EstablishedAt = nil
			c.Parties[1].Jurisdiction = ""
		}},

		{name: "dialogueId required", origin: channel, when: func(c *domain.EstablishDialogue) { c.DialogueID = "" }, then: []want{required("dialogueId")}},
		{name: "dialogueId malformed", origin: channel, when: func(c *domain.EstablishDialogue) { c.DialogueID = "export control exchange" },
			then: []want{invalid("id.malformed", "dialogueId")}},
		{name: "name required", origin: channel, when: func(c *domain.EstablishDialogue) { c.Name = "" }, then: []want{required("name")}},
		{name: "no parties", origin: channel, when: func(c *domain.EstablishDialogue) { c.Parties = nil }, then: []want{invalid("parties.too_few", "parties")}},
		{name: "one party", origin: channel, when: func(c *domain.EstablishDialogue) { c.Parties = c.Parties[:1] }, then: []want{invalid("parties.too_few", "parties")}},
		{name: "party id and name required", origin: channel, when: func(c *domain.EstablishDialogue) { c.Parties[1] = domain.Party{} },
			then: []want{required("parties[1].id"), required("parties[1].name")}},
		{name: "party id malformed", origin: channel, when: func(c *domain.EstablishDialogue) { c.Parties[0].ID = "US DOC" },
			then: []want{invalid("id.malformed", "parties[0].id")}},
		{name: "party jurisdiction malformed", origin: channel, when: func(c *domain.EstablishDialogue) { c.Parties[1].Jurisdiction = "PRC" },
			then: []want{invalid("jurisdiction.malformed", "parties[1].jurisdiction")}},
		{name: "level required", origin: channel, when: func(c *domain.EstablishDialogue) { c.Level = "" }, then: []want{required("level")}},
		{name: "establishedOn required", origin: channel, when: func(c *domain.EstablishDialogue) { c.EstablishedOn = domain.Date{} },
			then: []want{required("establishedOn")}},
		{name: "establishedOn in the future", origin: channel, when: func(c *domain.EstablishDialogue) { c.EstablishedOn = day("2026-02-01") },
			then: []want{invalid("date.in_future", "establishedOn")}},
		{name: "sources required", origin: channel, when: func(c *domain.EstablishDialogue) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "origin dialogue not found", origin: nil, when: func(*domain.EstablishDialogue) {},
			then: []want{notFound("dialogue.not_found", "establishedAt.dialogueId")}},
		{name: "origin dialogue has no events", origin: dialogueGiven(), when: func(*domain.EstablishDialogue) {},
			then: []want{notFound("dialogue.not_found", "establishedAt.dialogueId")}},
		{name: "origin meeting not found", origin: emptyChannel, when: func(*domain.EstablishDialogue) {},
			then: []want{notFound("meeting.not_found", "establishedAt.meetingId")}},
		{name: "origin meeting id unknown", origin: channel, when: func(c *domain.EstablishDialogue) { c.EstablishedAt.MeetingID = "RAIMONDO-WANG-2024" },
			then: []want{notFound("meeting.not_found", "establishedAt.meetingId")}},
		{name: "dialogue already exists", given: []domain.Event{domain.DialogueEstablished(exchangeEstablish())}, origin: channel,
			when: func(*domain.EstablishDialogue) {}, then: []want{conflict("dialogue.already_exists", "dialogueId")}},
		{name: "several problems at once", origin: channel, when: func(c *domain.EstablishDialogue) {
			c.Name, c.Level, c.Parties = "", "", []domain.Party{{ID: "US-DOC", Name: "US Department of Commerce", Jurisdiction: "usa"}}
		}, then: []want{required("name"), required("level"), invalid("parties.too_few", "parties"), invalid("jurisdiction.malformed", "parties[0].jurisdiction")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := dialogueGiven(tt.given...)
			cmd := exchangeEstablish()
			cmd.Parties = append([]domain.Party(nil), cmd.Parties...)
			cmd.EstablishedAt = &domain.MeetingRef{DialogueID: cmd.EstablishedAt.DialogueID, MeetingID: cmd.EstablishedAt.MeetingID}
			tt.when(&cmd)
			got, err := d.Establish(cmd, tt.origin, now)
			if tt.then == nil {
				thenEvents(t, got, err, domain.DialogueEstablished(cmd))
				return
			}
			thenRules(t, got, err, tt.then...)
		})
	}
}

func TestRecordMeeting(t *testing.T) {
	established := domain.DialogueEstablished(channelEstablish()) // on 2023-08-28
	tests := []struct {
		name  string
		given []domain.Event
		when  func(*domain.RecordMeeting)
		then  []want
	}{
		{name: "meeting on the day the dialogue was established", given: []domain.Event{established}, when: func(*domain.RecordMeeting) {}},
		{name: "a later meeting", given: []domain.Event{established, domain.MeetingHeld(raimondoWang())}, when: func(c *domain.RecordMeeting) {
			c.MeetingID, c.HeldOn = "RAIMONDO-WANG-2024", day("2024-06-01")
		}},
		{name: "participant without jurisdiction or role", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) {
			c.Participants = []domain.Participant{{Name: "Wang Wentao"}}
		}},

		{name: "dialogueId required", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) { c.DialogueID = "" }, then: []want{required("dialogueId")}},
		{name: "meetingId required", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) { c.MeetingID = "" }, then: []want{required("meetingId")}},
		{name: "meetingId malformed", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) { c.MeetingID = "Raimondo–Wang 2023" },
			then: []want{invalid("id.malformed", "meetingId")}},
		{name: "title required", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) { c.Title = "" }, then: []want{required("title")}},
		{name: "heldOn required", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) { c.HeldOn = domain.Date{} }, then: []want{required("heldOn")}},
		{name: "heldOn in the future", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) { c.HeldOn = day("2026-01-02") },
			then: []want{invalid("date.in_future", "heldOn")}},
		{name: "place required", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) { c.Place = "" }, then: []want{required("place")}},
		{name: "participants required", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) { c.Participants = nil },
			then: []want{invalid("participants.required", "participants")}},
		{name: "participant name required", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) { c.Participants[1].Name = "" },
			then: []want{required("participants[1].name")}},
		{name: "participant jurisdiction malformed", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) { c.Participants[0].Jurisdiction = "U.S." },
			then: []want{invalid("jurisdiction.malformed", "participants[0].jurisdiction")}},
		{name: "sources required", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "dialogue not found", when: func(*domain.RecordMeeting) {}, then: []want{notFound("dialogue.not_found", "dialogueId")}},
		{name: "dialogue retracted", given: []domain.Event{established, retraction(domain.KindDialogue, "US-CN-COMMERCE-CHANNEL")},
			when: func(*domain.RecordMeeting) {}, then: []want{retractedRule}},
		{name: "meeting already recorded", given: []domain.Event{established, domain.MeetingHeld(raimondoWang())}, when: func(*domain.RecordMeeting) {},
			then: []want{conflict("meeting.already_exists", "meetingId")}},
		{name: "meeting before the dialogue was established", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) { c.HeldOn = day("2023-08-27") },
			then: []want{invalid("dates.out_of_order", "heldOn")}},
		{name: "several problems at once", given: []domain.Event{established}, when: func(c *domain.RecordMeeting) {
			c.Title, c.Place, c.HeldOn = "", "", day("2027-01-01")
		}, then: []want{required("title"), required("place"), invalid("date.in_future", "heldOn")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := dialogueGiven(tt.given...)
			cmd := raimondoWang()
			tt.when(&cmd)
			got, err := d.RecordMeeting(cmd, now)
			if tt.then == nil {
				thenEvents(t, got, err, domain.MeetingHeld(cmd))
				return
			}
			thenRules(t, got, err, tt.then...)
		})
	}
}

func TestDialogueMeetingsAreKeptInOrder(t *testing.T) {
	second := raimondoWang()
	second.MeetingID, second.HeldOn = "RAIMONDO-WANG-2024", day("2024-06-01")
	d := dialogueGiven(domain.DialogueEstablished(channelEstablish()), domain.MeetingHeld(raimondoWang()), domain.MeetingHeld(second))
	snapshot := *d
	third := second
	third.MeetingID = "THIRD"
	d.Apply(domain.MeetingHeld(third))
	if d.Version != 4 || len(d.Meetings) != 3 || d.Meetings[0].MeetingID != "RAIMONDO-WANG-2023" {
		t.Fatalf("dialogue after 4 events: version %d, meetings %d", d.Version, len(d.Meetings))
	}
	if len(snapshot.Meetings) != 2 {
		t.Errorf("applying to a dialogue changed an earlier copy: %d meetings", len(snapshot.Meetings))
	}
	if _, ok := d.Meeting("RAIMONDO-WANG-2024"); !ok {
		t.Error("Meeting(RAIMONDO-WANG-2024) not found")
	}
}
