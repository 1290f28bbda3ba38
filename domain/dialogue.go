package domain

import (
	"fmt"
	"time"
)

type (
	// EstablishDialogue records a consultation mechanism.
	EstablishDialogue DialogueEstablished
	// RecordMeeting records a meeting held under a dialogue.
	RecordMeeting MeetingHeld
)

// dialogueCommands are the commands on dialogues, each about the dialogue
// its DialogueID names.
var dialogueCommands = []*CommandType{
	reading("EstablishDialogue", func(c EstablishDialogue) Ref { return Ref{KindDialogue, c.DialogueID} },
		func(d *Dialogue, c EstablishDialogue, h History, now time.Time) ([]Event, error) {
			var origin *Dialogue
			if ref := c.EstablishedAt; ref != nil {
				origin = &Dialogue{}
				if err := h.Load(Ref{KindDialogue, ref.DialogueID}, origin); err != nil {
					return nil, err
				}
			}
			return d.Establish(c, origin, now)
		}),
	decidedBy("RecordMeeting", func(c RecordMeeting) Ref { return Ref{KindDialogue, c.DialogueID} }, (*Dialogue).RecordMeeting),
}

// MeetingRef names a meeting held under a dialogue.
type MeetingRef struct {
	DialogueID string `json:"dialogueId"`
	MeetingID  string `json:"meetingId"`
}

// DialogueEstablished records a consultation mechanism.
type DialogueEstablished struct {
	DialogueID    string  `json:"dialogueId"`
	Name          string  `json:"name"`
	Parties       []Party `json:"parties"`
	Level         string  `json:"level"`
	Cadence       string  `json:"cadence,omitempty"`
	Purpose       string  `json:"purpose,omitempty"`
	EstablishedOn Date    `json:"establishedOn"`
	// EstablishedAt is the meeting that set the dialogue up, if any.
	EstablishedAt *MeetingRef `json:"establishedAt,omitempty"`
	Sources       []Source    `json:"sources"`
}

// Participant is someone who took part in a meeting.
type Participant struct {
	Name         string `json:"name"`
	Role         string `json:"role,omitempty"`
	Jurisdiction string `json:"jurisdiction,omitempty"`
}

// MeetingHeld records a meeting under a dialogue.
type MeetingHeld struct {
	DialogueID   string        `json:"dialogueId"`
	MeetingID    string        `json:"meetingId"`
	Title        string        `json:"title"`
	HeldOn       Date          `json:"heldOn"`
	Place        string        `json:"place"`
	Level        string        `json:"level,omitempty"`
	Participants []Participant `json:"participants"`
	Outcomes     []string      `json:"outcomes"`
	Sources      []Source      `json:"sources"`
}

func (DialogueEstablished) EventType() string { return TypeDialogueEstablished }
func (MeetingHeld) EventType() string         { return TypeMeetingHeld }
func (e DialogueEstablished) Subject() Ref    { return Ref{KindDialogue, e.DialogueID} }
func (e MeetingHeld) Subject() Ref            { return Ref{KindDialogue, e.DialogueID} }

// Dialogue is the aggregate of one dialogue's stream: the mechanism and its
// meetings.
type Dialogue struct {
	Knowledge
	Version     int64
	Established *DialogueEstablished
	Meetings    []MeetingHeld
}

// Exists reports whether the dialogue has been established.
func (d *Dialogue) Exists() bool { return d.Established != nil }

// Apply folds one event of the dialogue's stream into the aggregate.
func (d *Dialogue) Apply(ev Event) {
	d.Version++
	if d.applyKnowledge(ev) {
		return
	}
	switch e := ev.(type) {
	case DialogueEstablished:
		d.Established = &e
	case MeetingHeld:
		d.Meetings = append(d.Meetings, e)
	}
}

// Meeting returns the meeting with the given ID.
func (d *Dialogue) Meeting(id string) (MeetingHeld, bool) {
	for _, m := range d.Meetings {
		if m.MeetingID == id {
			return m, true
		}
	}
	return MeetingHeld{}, false
}

// Establish decides an EstablishDialogue command. origin is the dialogue
// named by cmd.EstablishedAt (nil when the command names none).
func (d *Dialogue) Establish(cmd EstablishDialogue, origin *Dialogue, now time.Time) ([]Event, error) {
	var p problems
	p.id("dialogueId", cmd.DialogueID)
	p.required("name", cmd.Name)
	if len(cmd.Parties) < 2 {
		p.invalid("parties", "parties.too_few", "parties must name at least two parties, not %d", len(cmd.Parties))
	}
	for i, party := range cmd.Parties {
		p.party(fmt.Sprintf("parties[%d]", i), party)
	}
	p.required("level", cmd.Level)
	if p.requiredDate("establishedOn", cmd.EstablishedOn) {
		p.notFuture("establishedOn", cmd.EstablishedOn, now)
	}
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if ref := cmd.EstablishedAt; ref != nil {
		if origin == nil || !origin.Exists() {
			return nil, &RuleError{Kind: ErrNotFound, Rule: "dialogue.not_found", Field: "establishedAt.dialogueId",
				Message: fmt.Sprintf("dialogue %q does not exist", ref.DialogueID)}
		}
		if _, ok := origin.Meeting(ref.MeetingID); !ok {
			return nil, &RuleError{Kind: ErrNotFound, Rule: "meeting.not_found", Field: "establishedAt.meetingId",
				Message: fmt.Sprintf("dialogue %q has no meeting %q", ref.DialogueID, ref.MeetingID)}
		}
	}
	if d.Exists() {
		return nil, &RuleError{Kind: ErrConflict, Rule: "dialogue.already_exists", Field: "dialogueId",
			Message: fmt.Sprintf("dialogue %q already exists", cmd.DialogueID)}
	}
	return []Event{DialogueEstablished(cmd)}, nil
}

// RecordMeeting decides a RecordMeeting command: the dialogue must exist, the
// meeting must be new and not before the dialogue was established.
func (d *Dialogue) RecordMeeting(cmd RecordMeeting, now time.Time) ([]Event, error) {
	var p problems
	p.id("dialogueId", cmd.DialogueID)
	p.id("meetingId", cmd.MeetingID)
	p.required("title", cmd.Title)
	if p.requiredDate("heldOn", cmd.HeldOn) {
		p.notFuture("heldOn", cmd.HeldOn, now)
	}
	p.required("place", cmd.Place)
	if len(cmd.Participants) == 0 {
		p.invalid("participants", "participants.required", "participants must name at least one participant")
	}
	for i, pt := range cmd.Participants {
		f := fmt.Sprintf("participants[%d]", i)
		p.required(f+".name", pt.Name)
		if pt.Jurisdiction != "" {
			p.jurisdiction(f+".jurisdiction", pt.Jurisdiction)
		}
	}
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if !d.Exists() {
		return nil, &RuleError{Kind: ErrNotFound, Rule: "dialogue.not_found", Field: "dialogueId",
			Message: fmt.Sprintf("dialogue %q does not exist", cmd.DialogueID)}
	}
	if err := d.notRetracted(Ref{KindDialogue, cmd.DialogueID}); err != nil {
		return nil, err
	}
	if _, ok := d.Meeting(cmd.MeetingID); ok {
		return nil, &RuleError{Kind: ErrConflict, Rule: "meeting.already_exists", Field: "meetingId",
			Message: fmt.Sprintf("meeting %q of dialogue %q is already recorded", cmd.MeetingID, cmd.DialogueID)}
	}
	p.ordered("the dialogue's establishedOn", d.Established.EstablishedOn, "heldOn", cmd.HeldOn)
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{MeetingHeld(cmd)}, nil
}
