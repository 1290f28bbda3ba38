package domain_test

import (
	"reflect"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

// TestCommandRegistry checks that every command is found by its name and by
// its value, and that the commands' stream is the one of the record their
// events are about.
func TestCommandRegistry(t *testing.T) {
	types := domain.CommandTypes()
	if len(types) < 25 {
		t.Fatalf("%d commands registered, want at least 25", len(types))
	}
	for _, ct := range types {
		if got, ok := domain.CommandNamed(ct.Name); !ok || got != ct {
			t.Errorf("CommandNamed(%q) = %v, %v", ct.Name, got, ok)
		}
		zero := reflect.Zero(ct.Input).Interface()
		if got, ok := domain.CommandOf(zero); !ok || got != ct {
			t.Errorf("CommandOf(%T) = %v, %v", zero, got, ok)
		}
		if _, ok := domain.CommandOf(reflect.New(ct.Input).Interface()); ok {
			t.Errorf("CommandOf(*%s) found a command: commands are passed by value", ct.Input)
		}
	}
	if _, ok := domain.CommandNamed("Expire"); ok {
		t.Error(`CommandNamed("Expire") found a command`)
	}
	if _, ok := domain.CommandOf(domain.MeasureExpired{}); ok {
		t.Error("CommandOf(an event) found a command")
	}
}

// TestCommandSubjects checks that a command's events land on the stream of
// the record they name.
func TestCommandSubjects(t *testing.T) {
	announce := acsAnnounce()
	cases := []struct {
		cmd  any
		want domain.Event
	}{
		{announce, domain.MeasureAnnounced(announce)},
		{domain.ExpireMeasure{MeasureID: "M1"}, domain.MeasureExpired{MeasureID: "M1"}},
		{domain.DelistParty{DesignationID: "D1"}, domain.PartyDelisted{DesignationID: "D1"}},
		{domain.ConcludeReview{TransactionID: "T1"}, domain.ReviewConcluded{TransactionID: "T1"}},
		{domain.IssueFinding{ActionID: "E1"}, domain.EnforcementFindingIssued{ActionID: "E1"}},
		{domain.RecordMeeting{DialogueID: "G1"}, domain.MeetingHeld{DialogueID: "G1"}},
		{domain.RetractLink{LinkID: "L1"}, domain.LinkRetracted{LinkID: "L1"}},
		{domain.RegisterSource{SourceID: "S1"}, domain.SourceDocumentRegistered{SourceID: "S1"}},
		{domain.CorrectRecord{Record: domain.Ref{Kind: domain.KindDialogue, ID: "G1"}},
			domain.RecordCorrected{Record: domain.Ref{Kind: domain.KindDialogue, ID: "G1"}}},
	}
	for _, c := range cases {
		ct, ok := domain.CommandOf(c.cmd)
		if !ok {
			t.Fatalf("%T is not registered", c.cmd)
		}
		if got, want := ct.Subject(c.cmd), c.want.Subject(); got != want {
			t.Errorf("%s: subject %v, its event's %v", ct.Name, got, want)
		}
	}
}
