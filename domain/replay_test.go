package domain_test

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

// replayMeasure folds recorded events into a Measure.
func replayMeasure(tb testing.TB, stream []domain.Recorded) *domain.Measure {
	tb.Helper()
	var m domain.Measure
	if err := domain.Replay(&m, stream); err != nil {
		tb.Fatalf("Replay: %v", err)
	}
	return &m
}

// decideAndRecord decides a knowledge command over stream and returns the
// stream with the new event recorded under id.
func decideAndRecord(tb testing.TB, stream []domain.Recorded, id string, decide func([]domain.Recorded) ([]domain.Event, error)) []domain.Recorded {
	tb.Helper()
	evs, err := decide(stream)
	if err != nil {
		tb.Fatalf("decision refused: %v", err)
	}
	if len(evs) != 1 {
		tb.Fatalf("decision yielded %d events", len(evs))
	}
	return append(stream[:len(stream):len(stream)], recorded(tb, id, evs[0]))
}

// statusOn returns the measure's status on every day from first to last.
func statusOn(m *domain.Measure, first, last string) map[string]string {
	out := map[string]string{}
	for d := day(first).Time(); !d.After(day(last).Time()); d = d.AddDate(0, 0, 1) {
		st, _ := m.StatusAt(domain.DateOf(d))
		out[domain.DateOf(d).String()] = st
	}
	return out
}

// gageStatus is the status of CN-2023-GAGE (announced 2023-07-03) on day d
// if its provision takes effect on effective.
func gageStatus(d, effective string) string {
	switch {
	case d < "2023-07-03":
		return domain.StatusNotYetAnnounced
	case d < effective:
		return domain.StatusAnnounced
	}
	return domain.StatusInForce
}

func TestReplayCorrectionAppliesFromItsPosition(t *testing.T) {
	stream := streamOf(t, announced(gageTypo()))
	stream = decideAndRecord(t, stream, "e2", func(s []domain.Recorded) ([]domain.Event, error) {
		return domain.DecideCorrection(correctGaGe(), s, now)
	})

	before := replayMeasure(t, stream[:1])
	after := replayMeasure(t, stream)
	if got := before.Announced.Provisions[0].EffectiveOn; got != day("2023-08-10") {
		t.Errorf("before the correction the provision takes effect on %s, want the recorded 2023-08-10", got)
	}
	if got := after.Announced.Provisions[0].EffectiveOn; got != day("2023-08-01") {
		t.Errorf("after the correction the provision takes effect on %s, want the corrected 2023-08-01", got)
	}
	if before.Version != 1 || after.Version != 2 || len(before.Corrections) != 0 || len(after.Corrections) != 1 {
		t.Errorf("versions %d/%d, corrections %d/%d", before.Version, after.Version, len(before.Corrections), len(after.Corrections))
	}
	// The correction holds for every valid time, and only from its position.
	for d, got := range statusOn(before, "2023-07-01", "2023-09-01") {
		if want := gageStatus(d, "2023-08-10"); got != want {
			t.Errorf("known before the correction, status on %s = %s, want %s", d, got, want)
		}
	}
	for d, got := range statusOn(after, "2023-07-01", "2023-09-01") {
		if want := gageStatus(d, "2023-08-01"); got != want {
			t.Errorf("known after the correction, status on %s = %s, want %s", d, got, want)
		}
	}
	// The stored event itself is never rewritten.
	if !strings.Contains(string(stream[0].Data), `"2023-08-10"`) {
		t.Errorf("the corrected event's payload changed: %s", stream[0].Data)
	}
}

func TestReplayCorrectionsChain(t *testing.T) {
	first := correctGaGe()
	first.NewValue = raw(`"2023-08-05"`)
	second := correctGaGe()
	second.CorrectionID, second.OldValue, second.NewValue = "CORR-2", raw(`"2023-08-05"`), raw(`"2023-08-01"`)

	stream := streamOf(t, announced(gageTypo()))
	stream = decideAndRecord(t, stream, "e2", func(s []domain.Recorded) ([]domain.Event, error) { return domain.DecideCorrection(first, s, now) })
	// A correction that names the stored value, not the corrected one, is stale.
	stale := second
	stale.OldValue = raw(`"2023-08-10"`)
	if _, err := domain.DecideCorrection(stale, stream, now); !isRule(err, "correction.stale_old_value") {
		t.Errorf("a second correction naming the stored value: %v, want correction.stale_old_value", err)
	}
	stream = decideAndRecord(t, stream, "e3", func(s []domain.Recorded) ([]domain.Event, error) { return domain.DecideCorrection(second, s, now) })

	for n, want := range map[int]string{1: "2023-08-10", 2: "2023-08-05", 3: "2023-08-01"} {
		m := replayMeasure(t, stream[:n])
		if got := m.Announced.Provisions[0].EffectiveOn; got != day(want) {
			t.Errorf("after %d events the provision takes effect on %s, want %s", n, got, want)
		}
		for d, got := range statusOn(m, "2023-07-30", "2023-08-12") {
			if w := gageStatus(d, want); got != w {
				t.Errorf("after %d events, status on %s = %s, want %s", n, d, got, w)
			}
		}
	}
}

// gageCorrectedThrice is the gallium and germanium measure, announced with
// a wrong effective date and suspended until 2023-10-01, then corrected
// three times: the date, the title, and the suspension's end (removed).
func gageCorrectedThrice(t *testing.T) []domain.Recorded {
	t.Helper()
	title := correctGaGe()
	title.CorrectionID, title.Field = "CORR-TITLE", "title"
	title.OldValue, title.NewValue = raw(`"Export control of gallium and germanium items"`), raw(`"Export control of gallium- and germanium-related items"`)
	until := correctGaGe()
	until.CorrectionID, until.EventID, until.Field = "CORR-UNTIL", "e2", "until"
	until.OldValue, until.NewValue = raw(`"2023-10-01"`), raw(`null`)
	stream := streamOf(t, announced(gageTypo()), domain.MeasureSuspended(suspendGaGe()))
	for i, c := range []domain.CorrectRecord{correctGaGe(), title, until} {
		stream = decideAndRecord(t, stream, "c"+string(rune('1'+i)), func(s []domain.Recorded) ([]domain.Event, error) { return domain.DecideCorrection(c, s, now) })
	}
	return stream
}

func TestReplayCorrectionsOfSeveralFields(t *testing.T) {
	m := replayMeasure(t, gageCorrectedThrice(t))
	if m.Announced.Title != "Export control of gallium- and germanium-related items" || m.Announced.Provisions[0].EffectiveOn != day("2023-08-01") {
		t.Errorf("two corrections of one event: title %q, effective %s", m.Announced.Title, m.Announced.Provisions[0].EffectiveOn)
	}
	if !m.Suspensions[0].Until.IsZero() {
		t.Errorf("the suspension's end is %s, want none after the correction", m.Suspensions[0].Until)
	}
	if st, _ := m.StatusAt(day("2024-06-01")); st != domain.StatusSuspended {
		t.Errorf("status on 2024-06-01 = %s, want suspended (the suspension is open-ended once corrected)", st)
	}
	if m.Version != 5 || len(m.Corrections) != 3 {
		t.Errorf("version %d, %d corrections", m.Version, len(m.Corrections))
	}
}

func TestReplaySkipsRetractedEvent(t *testing.T) {
	stream := streamOf(t, announced(acsAnnounce()), domain.MeasureSuspended(suspendUSPersons()))
	retract := domain.RetractRecord{RetractionID: "RETRACT-1", Record: domain.Ref{Kind: domain.KindMeasure, ID: "US-2022-ACS"}, EventID: "e2",
		Reason: "test fixture", Sources: []domain.Source{srcLedgerNote}}
	stream = decideAndRecord(t, stream, "e3", func(s []domain.Recorded) ([]domain.Event, error) { return domain.DecideRetraction(retract, s, now) })

	before := replayMeasure(t, stream[:2])
	if st, _ := before.StatusAt(day("2023-01-15")); st != domain.StatusPartlySuspended {
		t.Errorf("before the retraction, status on 2023-01-15 = %s, want partly_suspended", st)
	}
	after := replayMeasure(t, stream)
	if st, _ := after.StatusAt(day("2023-01-15")); st != domain.StatusInForce {
		t.Errorf("after the retraction, status on 2023-01-15 = %s, want in_force", st)
	}
	if len(after.Suspensions) != 0 || after.Version != 3 || after.Retracted() {
		t.Errorf("after the retraction: %d suspensions, version %d, retracted %v", len(after.Suspensions), after.Version, after.Retracted())
	}
	// The retracted suspension's ID is free again.
	if _, err := after.Suspend(suspendUSPersons(), now); err != nil {
		t.Errorf("suspending again once the suspension was retracted: %v", err)
	}
}

func TestReplayRetractedEndOfSuspension(t *testing.T) {
	// Retracting an early lift: the suspension runs to its planned end again.
	stream := streamOf(t, announced(acsAnnounce()), domain.MeasureSuspended(suspendUSPersons()), domain.SuspensionEnded(liftEarly()),
		domain.RecordRetracted{RetractionID: "RETRACT-1", Record: domain.Ref{Kind: domain.KindMeasure, ID: "US-2022-ACS"}, EventID: "e3",
			Reason: "test fixture", Sources: []domain.Source{srcLedgerNote}})
	for n, want := range map[int]string{2: domain.StatusPartlySuspended, 3: domain.StatusInForce, 4: domain.StatusPartlySuspended} {
		if st, _ := replayMeasure(t, stream[:n]).StatusAt(day("2023-01-20")); st != want {
			t.Errorf("after %d events, status on 2023-01-20 = %s, want %s", n, st, want)
		}
	}
}

func TestReplayRetractedEventWinsOverItsCorrection(t *testing.T) {
	stream := streamOf(t, announced(gageTypo()), domain.MeasureSuspended(suspendGaGe()),
		domain.RecordCorrected{CorrectionID: "CORR-1", Record: gageRef, EventID: "e2", Field: "until", OldValue: raw(`"2023-10-01"`), NewValue: raw(`null`),
			Reason: "test fixture", Sources: []domain.Source{srcLedgerNote}},
		domain.RecordRetracted(retractSuspension()))
	m := replayMeasure(t, stream)
	if len(m.Suspensions) != 0 || m.Version != 4 {
		t.Errorf("a corrected then retracted event: %d suspensions, version %d", len(m.Suspensions), m.Version)
	}
}

func TestReplayRetractedRecord(t *testing.T) {
	stream := streamOf(t, domain.TransactionAnnounced(intelTowerAnnounce()))
	whole := domain.RetractRecord{RetractionID: "RETRACT-1", Record: domain.Ref{Kind: domain.KindTransaction, ID: "INTEL-TOWER"},
		Reason: "test fixture: entered in error", Sources: []domain.Source{srcLedgerNote}}
	stream = decideAndRecord(t, stream, "e2", func(s []domain.Recorded) ([]domain.Event, error) { return domain.DecideRetraction(whole, s, now) })

	var before, after domain.Transaction
	if err := domain.Replay(&before, stream[:1]); err != nil {
		t.Fatal(err)
	}
	if err := domain.Replay(&after, stream); err != nil {
		t.Fatal(err)
	}
	if before.Retracted() {
		t.Error("the record is retracted before its retraction")
	}
	if !after.Retracted() || !after.Exists() || after.Version != 2 || after.Known().Retraction.Reason != whole.Reason {
		t.Errorf("after the retraction: retracted %v, exists %v, version %d", after.Retracted(), after.Exists(), after.Version)
	}
	// Nothing more can be said about it, facts or knowledge.
	_, err := after.OpenReview(intelTowerOpen(), now)
	thenRules(t, nil, err, retractedRule)
	_, err = domain.DecideSourceConflict(domain.NoteSourceConflict{NoteID: "N", Record: whole.Record, Field: "value",
		Claims: []domain.SourceClaim{{Source: srcPress, Value: "a"}, {Source: srcLedgerNote, Value: "b"}}}, stream, now)
	thenRules(t, nil, err, invalid("record.retracted", "record"))
}

func TestReplayUpcastsSupersededEvents(t *testing.T) {
	v1, err := os.ReadFile(goldenPath(domain.TypeMeasuresLinkedV1))
	if err != nil {
		t.Fatal(err)
	}
	stream := []domain.Recorded{
		{ID: "e1", Type: domain.TypeMeasuresLinkedV1, Data: v1},
		recorded(t, "e2", domain.LinkRetracted(retractGaGeLink())),
	}
	var l domain.Link
	if err := domain.Replay(&l, stream); err != nil {
		t.Fatal(err)
	}
	if l.Linked == nil || l.Linked.From != (domain.Ref{Kind: domain.KindMeasure, ID: "CN-2023-GAGE"}) || l.Withdrawn == nil || l.Version != 2 {
		t.Errorf("a v1 link replayed: %+v", l)
	}
	// A v1 event can be corrected by the field names of the current version.
	stream = decideAndRecord(t, stream, "e3", func(s []domain.Recorded) ([]domain.Event, error) {
		return domain.DecideCorrection(domain.CorrectRecord{CorrectionID: "CORR-1", Record: domain.Ref{Kind: domain.KindLink, ID: l.Linked.LinkID},
			EventID: "e1", Field: "assertedBy", OldValue: raw(`"press"`), NewValue: raw(`"analyst"`), Reason: "test fixture",
			Sources: []domain.Source{srcLedgerNote}}, s, now)
	})
	var corrected domain.Link
	if err := domain.Replay(&corrected, stream); err != nil {
		t.Fatal(err)
	}
	if corrected.Linked.AssertedBy != "analyst" {
		t.Errorf("a corrected v1 link is asserted by %q", corrected.Linked.AssertedBy)
	}
}

func TestReplayErrors(t *testing.T) {
	announce := recorded(t, "e1", announced(gageTypo()))
	for name, stream := range map[string][]domain.Recorded{
		"unknown type": {announce, {ID: "e2", Type: "measure_vanished.v1", Data: []byte(`{}`)}},
		"bad payload":  {announce, {ID: "e2", Type: domain.TypeMeasureRevoked, Data: []byte(`{"effectiveOn":"soon"}`)}},
		"a correction of a field the event does not have": {announce, recorded(t, "e2", domain.RecordCorrected{CorrectionID: "C", Record: gageRef,
			EventID: "e1", Field: "nope", OldValue: raw(`1`), NewValue: raw(`2`), Reason: "r", Sources: []domain.Source{srcLedgerNote}})},
		"a correction that does not decode": {announce, recorded(t, "e2", domain.RecordCorrected{CorrectionID: "C", Record: gageRef,
			EventID: "e1", Field: "announcedOn", OldValue: raw(`"2023-07-03"`), NewValue: raw(`"3 July"`), Reason: "r", Sources: []domain.Source{srcLedgerNote}})},
	} {
		t.Run(name, func(t *testing.T) {
			var m domain.Measure
			err := domain.Replay(&m, stream)
			if err == nil {
				t.Fatal("Replay succeeded")
			}
			if !strings.Contains(err.Error(), "e2") && !strings.Contains(err.Error(), "e1") {
				t.Errorf("the error %q names no event", err)
			}
		})
	}
}

// isRule reports whether err holds a rule error of the given rule.
func isRule(err error, rule string) bool {
	for _, re := range domain.RuleErrors(err) {
		if re.Rule == rule {
			return true
		}
	}
	return false
}

// TestReplayEventsAsReplay replays streams with corrections and
// retractions from their decoded events and from their payloads: the same
// record, or an error both ways.
func TestReplayEventsAsReplay(t *testing.T) {
	corrected := gageCorrectedThrice(t)
	retracted := append(corrected[:len(corrected):len(corrected)], recorded(t, "r1", domain.RecordRetracted(retractSuspension())))
	announce := recorded(t, "e1", announced(gageTypo()))
	correction := func(field, value string) domain.Recorded {
		return recorded(t, "e2", domain.RecordCorrected{CorrectionID: "C", Record: gageRef, EventID: "e1", Field: field,
			OldValue: raw(`1`), NewValue: raw(value), Reason: "r", Sources: []domain.Source{srcLedgerNote}})
	}
	for name, stream := range map[string][]domain.Recorded{
		"corrections of several fields":   corrected,
		"a corrected event retracted":     retracted,
		"a field the event does not have": {announce, correction("nope", `2`)},
		"a value that does not decode":    {announce, correction("announcedOn", `"3 July"`)},
		"a provision replaced whole":      {announce, correction("provisions[0]", `{"provisionId":"P","effectiveOn":"2023-09-01"}`)},
	} {
		t.Run(name, func(t *testing.T) {
			var want, got domain.Measure
			werr := domain.Replay(&want, stream)
			ids := make([]string, len(stream))
			evs := make([]domain.Event, len(stream))
			for i, rec := range stream {
				ev, err := domain.Decode(rec.Type, rec.Data)
				if err != nil {
					t.Fatal(err)
				}
				ids[i], evs[i] = rec.ID, ev
			}
			gerr := domain.ReplayEvents(&got, ids, evs)
			if (gerr != nil) != (werr != nil) {
				t.Fatalf("ReplayEvents: %v, Replay: %v", gerr, werr)
			}
			if werr == nil && !reflect.DeepEqual(got, want) {
				t.Errorf("ReplayEvents: %+v\nReplay: %+v", got, want)
			}
		})
	}
}
