package ledger

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore/sqlite"
)

// TestFoldsAfterCorrectionsAndRetractions checks that a service keeping
// folds (a bulk import's) keeps a stream folded through a correction (the
// fold the decision replayed) and through the retraction of the whole
// record (applied as any event), each the fold a replay of the stored
// stream gives, instead of replaying the stream on its next command.
func TestFoldsAfterCorrectionsAndRetractions(t *testing.T) {
	ctx := context.Background()
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	svc := New(store, Options{Now: func() time.Time { return now }}).Exclusive(store)
	sources := []domain.Source{{Title: "Rule", Publisher: "FR", Official: true}}
	var announce domain.AnnounceMeasure
	if err := json.Unmarshal([]byte(`{"measureId":"M-1","title":"Rule","measureType":"export_control",`+
		`"authority":{"id":"US-BIS","name":"BIS","jurisdiction":"US"},"implementingJurisdiction":"US","countryNeutral":true,`+
		`"items":[{"description":"chips"}],"provisions":[{"id":"p","title":"Licence","effectiveOn":"2024-01-01"}],`+
		`"instrument":{"title":"Rule"},"announcedOn":"2024-01-01","sources":[{"title":"Rule","publisher":"FR","official":true}]}`), &announce); err != nil {
		t.Fatal(err)
	}
	stream := domain.Ref{Kind: domain.KindMeasure, ID: "M-1"}.Stream()
	// folded checks the fold kept for the stream against a replay of it.
	folded := func(after string) {
		t.Helper()
		st := svc.folds.streams[stream]
		if st == nil || st.agg == nil {
			t.Fatalf("after %s: no fold kept: the stream would be replayed", after)
		}
		events, err := store.ReadStream(ctx, stream, 0)
		if err != nil {
			t.Fatal(err)
		}
		want := &domain.Measure{}
		if err := domain.Replay(want, recorded(events)); err != nil {
			t.Fatal(err)
		}
		if st.version != int64(len(events)) || !reflect.DeepEqual(st.agg, want) {
			t.Fatalf("after %s: the fold kept at version %d is\n%#v\nthe replay of %d events\n%#v", after, st.version, st.agg, len(events), want)
		}
	}
	do := func(what string, cmd any) {
		t.Helper()
		if _, err := svc.Do(ctx, Request{Actor: "t", IdempotencyKey: what}, cmd); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	do("announce", announce)
	folded("the announcement")
	// The new value as written, with spaces, is stored compacted: the fold
	// kept must hold it as stored.
	do("correct", domain.CorrectMeasureField{CorrectionID: "C-1", MeasureID: "M-1", Field: "title",
		NewValue: json.RawMessage(` "Corrected rule" `), Reason: "typo", Sources: sources})
	folded("a correction")
	do("correct-again", domain.CorrectMeasureField{CorrectionID: "C-2", MeasureID: "M-1", Field: "title",
		NewValue: json.RawMessage(`"Rule, corrected twice"`), Reason: "typo", Sources: sources})
	folded("a second correction")
	// A note of conflicting sources is judged on the fold, and folds as
	// any event; so does the retraction of one event, whose duplicate is
	// refused.
	note := domain.NoteSourceConflict{NoteID: "N-1", Record: domain.Ref{Kind: domain.KindMeasure, ID: "M-1"}, Field: "title",
		Claims: []domain.SourceClaim{{Source: sources[0], Value: "Rule"}, {Source: domain.Source{Title: "Press", Publisher: "Wire"}, Value: "Rules"}}}
	do("note", note)
	folded("a note of conflicting sources")
	note.Claims[1].Value = "Ruled"
	_, err = svc.Do(ctx, Request{Actor: "t", IdempotencyKey: "note-again"}, note)
	if rules := domain.RuleErrors(err); len(rules) != 1 || rules[0].Rule != "note.duplicate" {
		t.Fatalf("the same note again: %v, want note.duplicate", err)
	}
	do("revoke", domain.RevokeMeasure{MeasureID: "M-1", EffectiveOn: domain.NewDate(2025, 1, 1), Sources: sources})
	events, err := store.ReadStream(ctx, stream, 0)
	if err != nil {
		t.Fatal(err)
	}
	retractRevocation := domain.RetractRecord{RetractionID: "R-0", Record: domain.Ref{Kind: domain.KindMeasure, ID: "M-1"},
		EventID: events[len(events)-1].ID.String(), Reason: "entered in error", Sources: sources}
	do("retract-revocation", retractRevocation)
	retractRevocation.RetractionID = "R-00"
	_, err = svc.Do(ctx, Request{Actor: "t", IdempotencyKey: "retract-revocation-again"}, retractRevocation)
	if rules := domain.RuleErrors(err); len(rules) != 1 || rules[0].Rule != "retraction.duplicate" {
		t.Fatalf("the same retraction again: %v, want retraction.duplicate", err)
	}
	do("retract", domain.RetractRecord{RetractionID: "R-1", Record: domain.Ref{Kind: domain.KindMeasure, ID: "M-1"},
		Reason: "entered in error", Sources: sources})
	folded("the retraction of the record")
	// A correction is judged on the fold kept: the record is retracted.
	_, err = svc.Do(ctx, Request{Actor: "t", IdempotencyKey: "late"}, domain.CorrectMeasureField{CorrectionID: "C-3", MeasureID: "M-1",
		Field: "title", NewValue: json.RawMessage(`"Late"`), Reason: "typo", Sources: sources})
	if rules := domain.RuleErrors(err); len(rules) != 1 || rules[0].Rule != "record.retracted" {
		t.Fatalf("a correction of the retracted record: %v, want record.retracted", err)
	}
}
