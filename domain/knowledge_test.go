package domain_test

import (
	"strings"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
)

// gageTypo is CN-2023-GAGE as if entered with a wrong effective date
// (2023-08-10 for 2023-08-01): the entry error the corrections fix.
func gageTypo() domain.AnnounceMeasure {
	c := gageAnnounce()
	c.Provisions[0].EffectiveOn = day("2023-08-10")
	return c
}

// suspendGaGe is a hypothetical suspension of the gallium and germanium
// licensing, a second fact of the record to retract or correct.
func suspendGaGe() domain.SuspendMeasure {
	return domain.SuspendMeasure{
		MeasureID:    "CN-2023-GAGE",
		SuspensionID: "SUSP-1",
		From:         day("2023-09-01"),
		Until:        day("2023-10-01"),
		Reason:       "test fixture",
		Sources:      []domain.Source{srcLedgerNote},
	}
}

var gageRef = domain.Ref{Kind: domain.KindMeasure, ID: "CN-2023-GAGE"}

// correctGaGe corrects the effective date of event e1, the announcement.
func correctGaGe() domain.CorrectRecord {
	return domain.CorrectRecord{
		CorrectionID: "CORR-1",
		Record:       gageRef,
		EventID:      "e1",
		Field:        "provisions[0].effectiveOn",
		OldValue:     raw(`"2023-08-10"`),
		NewValue:     raw(`"2023-08-01"`),
		Reason:       "Announcement No. 23 [2023] takes effect on 2023-08-01; the record had 2023-08-10.",
		Evidence:     "The announcement gives 2023-08-01 as the date it takes effect.",
		Sources:      []domain.Source{srcGaGeAnnouncement},
	}
}

// retractSuspension retracts event e2, the suspension.
func retractSuspension() domain.RetractRecord {
	return domain.RetractRecord{
		RetractionID: "RETRACT-1",
		Record:       gageRef,
		EventID:      "e2",
		Reason:       "test fixture: the suspension was entered in error",
		Sources:      []domain.Source{srcLedgerNote},
	}
}

// runKnowledge runs the cases of a knowledge decision over the given
// events as a recorded stream (e1, e2 ...). An accepted decision's event
// must leave a stream that replays.
func runKnowledge[C any](t *testing.T, fixture func() C, decide func(C, []domain.Recorded, time.Time) ([]domain.Event, error), event func(C) domain.Event, cases []tcase[C]) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			stream := streamOf(t, tt.given...)
			cmd := fixture()
			if tt.when != nil {
				tt.when(&cmd)
			}
			got, err := decide(cmd, stream, now)
			if tt.then != nil {
				thenRules(t, got, err, tt.then...)
				return
			}
			thenEvents(t, got, err, event(cmd))
			agg := domain.NewRecord(got[0].Subject().Kind)
			if err := domain.Replay(agg, append(stream, recorded(t, "new", got[0]))); err != nil {
				t.Fatalf("the stream with the accepted event does not replay: %v", err)
			}
		})
	}
}

func TestDecideCorrection(t *testing.T) {
	typo := announced(gageTypo())
	susp := domain.MeasureSuspended(suspendGaGe())
	corrected := domain.RecordCorrected(correctGaGe())
	runKnowledge(t, correctGaGe, domain.DecideCorrection, func(c domain.CorrectRecord) domain.Event { return domain.RecordCorrected(c) }, []tcase[domain.CorrectRecord]{
		{name: "a date of the first event", given: []domain.Event{typo, susp}},
		{name: "a later event", given: []domain.Event{typo, susp}, when: func(c *domain.CorrectRecord) {
			c.EventID, c.Field, c.OldValue, c.NewValue = "e2", "until", raw(`"2023-10-01"`), raw(`"2023-11-01"`)
		}},
		{name: "a whole list", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) {
			c.Field = "items"
			c.OldValue = raw(`[{"description":"Metal gallium (elemental)"},{"description":"Metal germanium (elemental)"}]`)
			c.NewValue = raw(`[{"description":"Metal gallium"}]`)
		}},
		{name: "the old value in another layout", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) {
			c.Field, c.OldValue, c.NewValue = "instrument.legalBasis", raw("[ \"Export Control Law\",\n \"Foreign Trade Law\", \"Customs Law\" ]"), raw(`["Export Control Law"]`)
		}},
		{name: "a correction of a corrected value names the value it holds now", given: []domain.Event{typo, susp, corrected}, when: func(c *domain.CorrectRecord) {
			c.CorrectionID, c.OldValue, c.NewValue = "CORR-2", raw(`"2023-08-01"`), raw(`"2023-08-02"`)
		}},
		{name: "a null made a value", given: []domain.Event{announced(nlUndated())}, when: func(c *domain.CorrectRecord) {
			c.Record.ID, c.OldValue, c.NewValue = "NL-2023-SME", raw(`null`), raw(`"2023-09-01"`)
		}},

		{name: "correctionId required", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.CorrectionID = "" }, then: []want{required("correctionId")}},
		{name: "correctionId malformed", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.CorrectionID = "fix #1" },
			then: []want{invalid("id.malformed", "correctionId")}},
		{name: "record required", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.Record = domain.Ref{} },
			then: []want{required("record.kind"), required("record.id")}},
		{name: "record kind not allowed", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.Record.Kind = "rule" },
			then: []want{invalid("field.not_allowed", "record.kind")}},
		{name: "eventId required", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.EventID = "" }, then: []want{required("eventId")}},
		{name: "field required", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.Field = "" }, then: []want{required("field")}},
		{name: "oldValue required", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.OldValue = nil }, then: []want{required("oldValue")}},
		{name: "newValue required", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.NewValue = nil }, then: []want{required("newValue")}},
		{name: "reason required", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.Reason = "" }, then: []want{required("reason")}},
		{name: "sources required", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "record not found", then: []want{notFound("record.not_found", "record")}},
		{name: "record of another kind not found", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.Record.Kind = domain.KindTransaction },
			then: []want{notFound("record.not_found", "record")}},
		{name: "record retracted", given: []domain.Event{typo, retraction(domain.KindMeasure, "CN-2023-GAGE")},
			then: []want{invalid("record.retracted", "record")}},
		{name: "correction already recorded", given: []domain.Event{typo, corrected}, when: func(c *domain.CorrectRecord) { c.OldValue = raw(`"2023-08-01"`) },
			then: []want{conflict("correction.duplicate", "correctionId")}},
		{name: "event not found", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.EventID = "e9" },
			then: []want{notFound("event.not_found", "eventId")}},
		{name: "a correction is not corrected", given: []domain.Event{typo, corrected}, when: func(c *domain.CorrectRecord) {
			c.CorrectionID, c.EventID, c.Field, c.OldValue, c.NewValue = "CORR-2", "e2", "reason", raw(`"x"`), raw(`"y"`)
		}, then: []want{invalid("event.is_knowledge", "eventId")}},
		{name: "a retraction is not corrected", given: []domain.Event{typo, susp, domain.RecordRetracted(retractSuspension())}, when: func(c *domain.CorrectRecord) {
			c.EventID = "e3"
		}, then: []want{invalid("event.is_knowledge", "eventId")}},
		{name: "no such field", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.Field = "provisions[0].startsOn" },
			then: []want{invalid("correction.no_field", "field")}},
		{name: "no such list index", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.Field = "provisions[1].effectiveOn" },
			then: []want{invalid("correction.no_field", "field")}},
		{name: "a path through a value", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.Field = "title.text" },
			then: []want{invalid("correction.no_field", "field")}},
		{name: "a malformed path", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.Field = "provisions[x].effectiveOn" },
			then: []want{invalid("correction.no_field", "field")}},
		{name: "a path that starts with an index", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.Field = "[0]" },
			then: []want{invalid("correction.no_field", "field")}},
		{name: "an index into an object", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.Field = "instrument[0]" },
			then: []want{invalid("correction.no_field", "field")}},
		{name: "old value is not what the record holds", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.OldValue = raw(`"2023-08-11"`) },
			then: []want{conflict("correction.stale_old_value", "oldValue")}},
		{name: "old value from before an earlier correction", given: []domain.Event{typo, corrected}, when: func(c *domain.CorrectRecord) {
			c.CorrectionID, c.NewValue = "CORR-2", raw(`"2023-08-02"`)
		}, then: []want{conflict("correction.stale_old_value", "oldValue")}},
		{name: "no change", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.NewValue = raw(`"2023-08-10"`) },
			then: []want{invalid("correction.no_change", "newValue")}},
		{name: "no change in another layout", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) {
			c.Field, c.OldValue, c.NewValue = "provisions[0]", raw(`{"id":"licensing","title":"Export licence requirement","effectiveOn":"2023-08-10"}`),
				raw(`{ "effectiveOn": "2023-08-10", "title": "Export licence requirement", "id": "licensing" }`)
		}, then: []want{invalid("correction.no_change", "newValue")}},
		{name: "the record's own id", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) {
			c.Field, c.OldValue, c.NewValue = "measureId", raw(`"CN-2023-GAGE"`), raw(`"CN-2023-GA"`)
		}, then: []want{invalid("correction.identity", "field")}},
		{name: "a value that is not a date", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) { c.NewValue = raw(`"1 August 2023"`) },
			then: []want{invalid("correction.malformed", "newValue")}},
		{name: "a value of the wrong type", given: []domain.Event{typo}, when: func(c *domain.CorrectRecord) {
			c.Field, c.OldValue, c.NewValue = "title", raw(`"Export control of gallium and germanium items"`), raw(`42`)
		}, then: []want{invalid("correction.malformed", "newValue")}},
	})
}

func TestDecideRetraction(t *testing.T) {
	typo := announced(gageTypo())
	susp := domain.MeasureSuspended(suspendGaGe())
	runKnowledge(t, retractSuspension, domain.DecideRetraction, func(c domain.RetractRecord) domain.Event { return domain.RecordRetracted(c) }, []tcase[domain.RetractRecord]{
		{name: "one event", given: []domain.Event{typo, susp}},
		{name: "the whole record", given: []domain.Event{typo, susp}, when: func(c *domain.RetractRecord) { c.EventID = "" }},
		{name: "the whole record after one of its events", given: []domain.Event{typo, susp, domain.RecordRetracted(retractSuspension())},
			when: func(c *domain.RetractRecord) { c.RetractionID, c.EventID = "RETRACT-2", "" }},
		{name: "a corrected event", given: []domain.Event{typo, susp, domain.RecordCorrected(domain.CorrectRecord{
			CorrectionID: "CORR-1", Record: gageRef, EventID: "e2", Field: "reason", OldValue: raw(`"test fixture"`), NewValue: raw(`"corrected"`),
			Reason: "test fixture", Sources: []domain.Source{srcLedgerNote},
		})}},

		{name: "retractionId required", given: []domain.Event{typo, susp}, when: func(c *domain.RetractRecord) { c.RetractionID = "" }, then: []want{required("retractionId")}},
		{name: "record kind required", given: []domain.Event{typo, susp}, when: func(c *domain.RetractRecord) { c.Record.Kind = "" }, then: []want{required("record.kind")}},
		{name: "record id malformed", given: []domain.Event{typo, susp}, when: func(c *domain.RetractRecord) { c.Record.ID = "CN 2023 GAGE" },
			then: []want{invalid("id.malformed", "record.id")}},
		{name: "reason required", given: []domain.Event{typo, susp}, when: func(c *domain.RetractRecord) { c.Reason = "" }, then: []want{required("reason")}},
		{name: "sources required", given: []domain.Event{typo, susp}, when: func(c *domain.RetractRecord) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "record not found", then: []want{notFound("record.not_found", "record")}},
		{name: "record already retracted", given: []domain.Event{typo, susp, retraction(domain.KindMeasure, "CN-2023-GAGE")},
			then: []want{invalid("record.retracted", "record")}},
		{name: "event not found", given: []domain.Event{typo, susp}, when: func(c *domain.RetractRecord) { c.EventID = "e3" },
			then: []want{notFound("event.not_found", "eventId")}},
		{name: "a knowledge event is not retracted", given: []domain.Event{typo, susp, domain.RecordCorrected(correctGaGe())},
			when: func(c *domain.RetractRecord) { c.EventID = "e3" }, then: []want{invalid("event.is_knowledge", "eventId")}},
		{name: "the first event", given: []domain.Event{typo, susp}, when: func(c *domain.RetractRecord) { c.EventID = "e1" },
			then: []want{invalid("retraction.first_event", "eventId")}},
		{name: "an event already retracted", given: []domain.Event{typo, susp, domain.RecordRetracted(retractSuspension())},
			when: func(c *domain.RetractRecord) { c.RetractionID = "RETRACT-2" }, then: []want{conflict("retraction.duplicate", "eventId")}},
	})
}

func TestDecideSourceConflict(t *testing.T) {
	vishay := domain.TransactionAnnounced(vishayAnnounce())
	completed := domain.TransactionCompleted(vishayComplete())
	runKnowledge(t, vishayConflict, domain.DecideSourceConflict, func(c domain.NoteSourceConflict) domain.Event { return domain.SourceConflictNoted(c) }, []tcase[domain.NoteSourceConflict]{
		{name: "press releases against a filing", given: []domain.Event{vishay, completed}},
		{name: "the ledger follows the filing", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) { c.Followed = 1 }},
		{name: "three sources", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) {
			c.Claims = append(c.Claims, domain.SourceClaim{Source: srcPress, Value: "early March 2024"})
		}},
		{name: "a second note on another field", given: []domain.Event{vishay, completed, domain.SourceConflictNoted(vishayConflict())},
			when: func(c *domain.NoteSourceConflict) { c.NoteID, c.Field = "VISHAY-NWF-PRICE", "value" }},
		{name: "a claim cites a registered document", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) {
			c.Claims[1].Source.SourceID = "VISHAY-10-Q"
		}},

		{name: "noteId required", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) { c.NoteID = "" }, then: []want{required("noteId")}},
		{name: "record id required", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) { c.Record.ID = "" }, then: []want{required("record.id")}},
		{name: "field required", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) { c.Field = "" }, then: []want{required("field")}},
		{name: "no claims", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) { c.Claims = nil },
			then: []want{invalid("claims.too_few", "claims"), invalid("claims.followed_out_of_range", "followed")}},
		{name: "one claim", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) { c.Claims = c.Claims[:1] },
			then: []want{invalid("claims.too_few", "claims")}},
		{name: "claim source title and publisher required", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) {
			c.Claims[1].Source = domain.Source{}
		}, then: []want{required("claims[1].source.title"), required("claims[1].source.publisher")}},
		{name: "claim source url malformed", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) {
			c.Claims[0].Source.URL = "vishay.com"
		}, then: []want{invalid("url.malformed", "claims[0].source.url")}},
		{name: "claim source id malformed", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) {
			c.Claims[1].Source.SourceID = "10-Q Q1 2024"
		}, then: []want{invalid("id.malformed", "claims[1].source.sourceId")}},
		{name: "claim value required", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) { c.Claims[1].Value = "" },
			then: []want{required("claims[1].value")}},
		{name: "followed below range", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) { c.Followed = -1 },
			then: []want{invalid("claims.followed_out_of_range", "followed")}},
		{name: "followed above range", given: []domain.Event{vishay, completed}, when: func(c *domain.NoteSourceConflict) { c.Followed = 2 },
			then: []want{invalid("claims.followed_out_of_range", "followed")}},

		{name: "record not found", then: []want{notFound("record.not_found", "record")}},
		{name: "record retracted", given: []domain.Event{vishay, completed, retraction(domain.KindTransaction, "VISHAY-NWF")},
			then: []want{invalid("record.retracted", "record")}},
		{name: "note already recorded", given: []domain.Event{vishay, completed, domain.SourceConflictNoted(vishayConflict())},
			then: []want{conflict("note.duplicate", "noteId")}},
	})
}

func TestKnowledgeIsKeptOnTheRecord(t *testing.T) {
	tx := transactionGiven(domain.TransactionAnnounced(vishayAnnounce()), domain.TransactionCompleted(vishayComplete()), domain.SourceConflictNoted(vishayConflict()))
	if tx.Version != 3 || len(tx.Known().Conflicts) != 1 || tx.Known().Conflicts[0].Followed != 0 || tx.Retracted() {
		t.Errorf("after a conflict note: version %d, knowledge %+v", tx.Version, tx.Known())
	}
	snapshot := *tx
	second := vishayConflict()
	second.NoteID = "SECOND"
	tx.Apply(domain.SourceConflictNoted(second))
	tx.Apply(retraction(domain.KindTransaction, "VISHAY-NWF"))
	if len(snapshot.Conflicts) != 1 || snapshot.Retracted() {
		t.Error("applying knowledge to a record changed an earlier copy")
	}
	if !tx.Retracted() || tx.Known().Retraction.RetractionID != "RETRACT-VISHAY-NWF" || !tx.Exists() {
		t.Errorf("a retracted record: retracted %v, exists %v", tx.Retracted(), tx.Exists())
	}
	// Retracting one event does not retract the record.
	m := measureGiven(announced(gageTypo()), domain.MeasureSuspended(suspendGaGe()), domain.RecordRetracted(retractSuspension()))
	if m.Retracted() {
		t.Error("retracting one event retracted the whole record")
	}
}

func TestNewRecord(t *testing.T) {
	for _, kind := range domain.RecordKinds {
		rec := domain.NewRecord(kind)
		if rec == nil || rec.Exists() || rec.Known().Retracted() {
			t.Errorf("NewRecord(%s) = %#v, want an empty record", kind, rec)
		}
	}
	if domain.NewRecord("rule") != nil {
		t.Error("NewRecord of an unknown kind is not nil")
	}
}

func TestPatchField(t *testing.T) {
	doc := []byte(`{"a":{"b":[1,{"c":"x"}]},"n":5400000000,"z":null}`)
	for _, tt := range []struct {
		path     string
		old, new string
		want     string
		err      string // "" (no error), "field" or "old"
	}{
		{path: "a.b[1].c", old: `"x"`, new: `"y"`, want: `{"a":{"b":[1,{"c":"y"}]},"n":5400000000,"z":null}`},
		{path: "a.b[0]", new: `[2,3]`, want: `{"a":{"b":[[2,3],{"c":"x"}]},"n":5400000000,"z":null}`},
		{path: "n", old: `5400000000`, new: `1`, want: `{"a":{"b":[1,{"c":"x"}]},"n":1,"z":null}`},
		{path: "z", old: `null`, new: `{"k":true}`, want: `{"a":{"b":[1,{"c":"x"}]},"n":5400000000,"z":{"k":true}}`},
		{path: "a.b[1].c", old: ` "x" `, new: `"y"`, want: `{"a":{"b":[1,{"c":"y"}]},"n":5400000000,"z":null}`},
		{path: "a.b[1].c", old: `"w"`, new: `"y"`, err: "old"},
		{path: "a.b[2]", new: `1`, err: "field"},
		{path: "a.c", new: `1`, err: "field"},
		{path: "a.b.c", new: `1`, err: "field"},
		{path: "a.b[1].c.d", new: `1`, err: "field"},
		{path: "a[0]", new: `1`, err: "field"},
		{path: "a.b[-1]", new: `1`, err: "field"},
		{path: "a.b[1", new: `1`, err: "field"},
		{path: "a.b[1]c", new: `1`, err: "field"},
		{path: "", new: `1`, err: "field"},
		{path: ".a", new: `1`, err: "field"},
	} {
		var old []byte
		if tt.old != "" {
			old = []byte(tt.old)
		}
		got, err := domain.PatchField(doc, tt.path, old, []byte(tt.new))
		switch {
		case tt.err == "" && (err != nil || string(got) != tt.want):
			t.Errorf("PatchField(%s, %s -> %s) = %s, %v; want %s", tt.path, tt.old, tt.new, got, err, tt.want)
		case tt.err != "" && err == nil:
			t.Errorf("PatchField(%s, %s -> %s) = %s, want an error", tt.path, tt.old, tt.new, got)
		case tt.err == "old" && !strings.Contains(err.Error(), "old value does not match"):
			t.Errorf("PatchField(%s) = %v, want an old-value mismatch", tt.path, err)
		case tt.err == "field" && !strings.Contains(err.Error(), "no such field"):
			t.Errorf("PatchField(%s) = %v, want a missing field", tt.path, err)
		}
	}
	if _, err := domain.PatchField(doc, "n", nil, []byte(`{`)); err == nil {
		t.Error("PatchField with a new value that is not JSON succeeded")
	}
	if _, err := domain.PatchField([]byte(`not json`), "n", nil, []byte(`1`)); err == nil {
		t.Error("PatchField of a document that is not JSON succeeded")
	}
}
