package domain_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
)

// FuzzDecide decodes arbitrary JSON into every command, as the importer and
// the GraphQL layer do, and runs each decision against empty and populated
// aggregates (the knowledge commands against small real streams). A decision
// never panics; a refusal is made only of rule errors with a known kind, a
// rule and a message; an accepted command yields events that survive an
// encode/decode round trip, and repeating it once its events are applied is
// refused (as a conflict, but for a whole-record retraction, after which the
// record is retracted).
func FuzzDecide(f *testing.F) {
	for _, cmd := range []any{
		acsAnnounce(), el36Announce(), gageAnnounce(), nlUndated(), nlEffective(), amendACS(), suspendUSPersons(), liftEarly(),
		revokeACS(), expireACS(), ymtcDesignate(), amendYMTC(), delistYMTC(), intelTowerAnnounce(), intelTowerOpen(),
		intelTowerConclude(), intelTowerTerminate(), vishayAnnounce(), vishayComplete(), micronOpen(), micronFinding(),
		channelEstablish(), raimondoWang(), exchangeEstablish(), linkGaGeACS(), linkMicronReview(), retractGaGeLink(),
		registerACSRule(), correctGaGe(), retractSuspension(), vishayConflict(),
	} {
		b, err := json.Marshal(cmd)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`{}`, `null`, `[]`, `"x"`,
		`{"measureId":"US-2022-ACS","suspensionId":"S","provisionIds":["us-persons","us-persons"],"from":"2022-10-12","until":"0001-01-01","sources":[{"title":"t","publisher":"p"}]}`,
		`{"measureId":"US-2022-ACS","effectiveOn":"0000-12-31","instrument":{},"sources":[{"title":"t","publisher":"p","url":"http://[::1]:namedport"}]}`,
		`{"measureId":"US-2022-ACS","amendmentId":"A","effectiveOn":"2023-01-01","instrument":{"title":"t"},"summary":"s","endProvisions":["remaining","remaining"],"addProvisions":[{"id":"x","title":"x","effectiveOn":null}],"sources":[{"title":"t","publisher":"p"}]}`,
		`{"measureId":"US-2022-ACS","suspensionId":"SUSP-1","endedOn":"2023-02-01","how":"expired","sources":[{"title":"t","publisher":"p"}]}`,
		`{"transactionId":"T","title":"t","acquirers":[{"id":"A","name":"a"}],"target":{"id":"B","name":"b"},"value":{"amount":1e308,"currency":"USD"},"announcedOn":"2020-02-29","outsideDate":"2020-03-01","sources":[{"title":"t","publisher":"p"}]}`,
		`{"transactionId":"INTEL-TOWER","reviewId":"R","authority":{"id":"CN-SAMR","name":"n","jurisdiction":"CN"},"regime":"r","outcome":"cleared_with_conditions","conditions":[],"concludedOn":"2023-08-15","summary":"s","sources":[{"title":"t","publisher":"p"}]}`,
		`{"dialogueId":"D","name":"n","parties":[{"id":"A","name":"a"},{"id":"B","name":"b"}],"level":"l","establishedOn":"2023-08-28","establishedAt":{"dialogueId":"","meetingId":""},"sources":[{"title":"\ud800","publisher":"<p>&amp;"}]}`,
		`{"correctionId":"C","record":{"kind":"measure","id":"CN-2023-GAGE"},"eventId":"e1","field":"provisions[0]","oldValue":{"id":"licensing","title":"Export licence requirement","effectiveOn":"2023-08-10"},"newValue":{ "id" : "licensing" , "title":"<t>","effectiveOn":null},"reason":"r","sources":[{"title":"t","publisher":"p"}]}`,
		`{"correctionId":"C","record":{"kind":"transaction","id":"VISHAY-NWF"},"eventId":"e2","field":"completedOn","oldValue":"2024-03-06","newValue":"2024-03-05","reason":"r","sources":[{"title":"t","publisher":"p"}]}`,
		`{"correctionId":"C","record":{"kind":"measure","id":"CN-2023-GAGE"},"eventId":"e1","field":"items[1]","oldValue":{"description":"Metal germanium (elemental)"},"newValue":1.0e2,"reason":"r","sources":[{"title":"t","publisher":"p"}]}`,
		`{"retractionId":"R","record":{"kind":"measure","id":"CN-2023-GAGE"},"eventId":"e3","reason":"r","sources":[{"title":"t","publisher":"p"}]}`,
		`{"noteId":"N","record":{"kind":"transaction","id":"VISHAY-NWF"},"field":"completedOn","claims":[{"source":{"title":"a","publisher":"b"},"value":"1"},{"source":{"title":"a","publisher":"b","sourceId":"S"},"value":"2"}],"followed":9223372036854775807}`,
		`{"linkId":"L","from":{"kind":"link","id":"L"},"to":{"kind":"source","id":"L"},"relation":"supersedes","assertedBy":"analyst","evidence":"e","sources":[{"title":"t","publisher":"p"}]}`,
	} {
		f.Add([]byte(s))
	}

	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzMeasure(t, data, func(m *domain.Measure, c domain.AnnounceMeasure) ([]domain.Event, error) { return m.Announce(c, now) })
		fuzzMeasure(t, data, func(m *domain.Measure, c domain.SetProvisionEffective) ([]domain.Event, error) {
			return m.SetProvisionEffective(c, now)
		})
		fuzzMeasure(t, data, func(m *domain.Measure, c domain.AmendMeasure) ([]domain.Event, error) { return m.Amend(c, now) })
		fuzzMeasure(t, data, func(m *domain.Measure, c domain.SuspendMeasure) ([]domain.Event, error) { return m.Suspend(c, now) })
		fuzzMeasure(t, data, func(m *domain.Measure, c domain.EndSuspension) ([]domain.Event, error) {
			return m.EndSuspension(c, now)
		})
		fuzzMeasure(t, data, func(m *domain.Measure, c domain.RevokeMeasure) ([]domain.Event, error) { return m.Revoke(c, now) })
		fuzzMeasure(t, data, func(m *domain.Measure, c domain.ExpireMeasure) ([]domain.Event, error) { return m.Expire(c, now) })

		for _, exists := range []bool{false, true} {
			fuzzOn(t, data, designations, func(d *domain.Designation, c domain.DesignateParty) ([]domain.Event, error) {
				return d.Designate(c, exists, now)
			})
		}
		fuzzOn(t, data, designations, func(d *domain.Designation, c domain.AmendDesignation) ([]domain.Event, error) { return d.Amend(c, now) })
		fuzzOn(t, data, designations, func(d *domain.Designation, c domain.DelistParty) ([]domain.Event, error) { return d.Delist(c, now) })

		fuzzOn(t, data, transactions, func(tx *domain.Transaction, c domain.AnnounceTransaction) ([]domain.Event, error) {
			return tx.Announce(c, now)
		})
		fuzzOn(t, data, transactions, func(tx *domain.Transaction, c domain.OpenReview) ([]domain.Event, error) {
			return tx.OpenReview(c, now)
		})
		fuzzOn(t, data, transactions, func(tx *domain.Transaction, c domain.ConcludeReview) ([]domain.Event, error) {
			return tx.ConcludeReview(c, now)
		})
		fuzzOn(t, data, transactions, func(tx *domain.Transaction, c domain.TerminateTransaction) ([]domain.Event, error) {
			return tx.Terminate(c, now)
		})
		fuzzOn(t, data, transactions, func(tx *domain.Transaction, c domain.CompleteTransaction) ([]domain.Event, error) {
			return tx.Complete(c, now)
		})

		fuzzOn(t, data, enforcements, func(e *domain.Enforcement, c domain.OpenEnforcementAction) ([]domain.Event, error) {
			return e.Open(c, now)
		})
		fuzzOn(t, data, enforcements, func(e *domain.Enforcement, c domain.IssueFinding) ([]domain.Event, error) {
			return e.IssueFinding(c, now)
		})

		for _, origin := range append(dialogues(), nil) {
			fuzzOn(t, data, dialogues, func(d *domain.Dialogue, c domain.EstablishDialogue) ([]domain.Event, error) {
				return d.Establish(c, origin, now)
			})
		}
		fuzzOn(t, data, dialogues, func(d *domain.Dialogue, c domain.RecordMeeting) ([]domain.Event, error) {
			return d.RecordMeeting(c, now)
		})

		for _, from := range []bool{false, true} {
			for _, to := range []bool{false, true} {
				fuzzOn(t, data, links, func(l *domain.Link, c domain.LinkRecords) ([]domain.Event, error) { return l.Record(c, from, to, now) })
			}
		}
		fuzzOn(t, data, links, func(l *domain.Link, c domain.RetractLink) ([]domain.Event, error) { return l.Retract(c, now) })

		fuzzOn(t, data, sources, func(s *domain.SourceDocument, c domain.RegisterSource) ([]domain.Event, error) {
			return s.Register(c, now)
		})

		fuzzKnowledge(t, data, domain.DecideCorrection)
		fuzzKnowledge(t, data, domain.DecideRetraction)
		fuzzKnowledge(t, data, domain.DecideSourceConflict)
	})
}

// fuzzOn decodes data into a command C and decides it against each of the
// aggregates fresh returns.
func fuzzOn[C any, A any, P aggregate[A]](t *testing.T, data []byte, fresh func() []P, decide func(P, C) ([]domain.Event, error)) {
	t.Helper()
	var cmd C
	if json.Unmarshal(data, &cmd) != nil {
		return
	}
	for _, agg := range fresh() {
		evs, err := decide(agg, cmd)
		checkDecision(t, evs, err, func(a P) ([]domain.Event, error) { return decide(a, cmd) }, agg)
	}
}

// fuzzMeasure is fuzzOn for the measure commands; it also asks each measure
// for its status and content on the dates the input names.
func fuzzMeasure[C any](t *testing.T, data []byte, decide func(*domain.Measure, C) ([]domain.Event, error)) {
	t.Helper()
	var cmd C
	if json.Unmarshal(data, &cmd) != nil {
		return
	}
	var dates struct {
		From, Until, EffectiveOn, EndedOn, ExpiredOn, AnnouncedOn domain.Date
	}
	_ = json.Unmarshal(data, &dates)
	for _, m := range measures() {
		evs, err := decide(m, cmd)
		checkDecision(t, evs, err, func(m *domain.Measure) ([]domain.Event, error) { return decide(m, cmd) }, m)
		for _, d := range []domain.Date{dates.From, dates.Until, dates.EffectiveOn, dates.EndedOn, dates.ExpiredOn, dates.AnnouncedOn} {
			st, provs := m.StatusAt(d)
			if m.Exists() && len(provs) == 0 || st == "" {
				t.Fatalf("StatusAt(%s) = %q with %d provisions", d, st, len(provs))
			}
			m.ContentAt(d)
		}
	}
}

// fuzzKnowledge decodes data into a knowledge command and decides it over
// each stream of knowledgeStreams. An accepted event must leave a stream
// that replays.
func fuzzKnowledge[C any](t *testing.T, data []byte, decide func(C, []domain.Recorded, time.Time) ([]domain.Event, error)) {
	t.Helper()
	var cmd C
	if json.Unmarshal(data, &cmd) != nil {
		return
	}
	for _, stream := range knowledgeStreams(t) {
		evs, err := decide(cmd, stream, now)
		if err != nil {
			checkRefusal(t, evs, err)
			continue
		}
		if len(evs) != 1 {
			t.Fatalf("a knowledge decision yielded %d events", len(evs))
		}
		checkRoundTrip(t, evs[0])
		stream = append(stream, recorded(t, "new", evs[0]))
		rec := domain.NewRecord(evs[0].Subject().Kind)
		if err := domain.Replay(rec, stream); err != nil {
			t.Fatalf("the stream with the accepted %s does not replay: %v", evs[0].EventType(), err)
		}
		evs, err = decide(cmd, stream, now)
		if err == nil {
			t.Fatalf("repeating an accepted %s was accepted", evs[0].EventType())
		}
		checkRefusal(t, evs, err)
		if !errors.Is(err, domain.ErrConflict) && !(rec.Known().Retracted() && isRule(err, "record.retracted")) {
			t.Fatalf("repeating an accepted knowledge command: %v; want a conflict", err)
		}
	}
}

// knowledgeStreams returns small real streams: none, a measure with a
// suspension and a correction, a transaction with a conflict note, a link.
func knowledgeStreams(tb testing.TB) [][]domain.Recorded {
	return [][]domain.Recorded{
		nil,
		streamOf(tb, announced(gageTypo()), domain.MeasureSuspended(suspendGaGe()), domain.RecordCorrected(correctGaGe())),
		streamOf(tb, domain.TransactionAnnounced(vishayAnnounce()), domain.TransactionCompleted(vishayComplete()), domain.SourceConflictNoted(vishayConflict())),
		streamOf(tb, domain.MeasuresLinked(linkGaGeACS()), domain.LinkRetracted(retractGaGeLink())),
	}
}

// measures returns fresh aggregates to decide against: none, a staged rule
// with a suspension, a revoked rule, an amended and expired rule, a
// provision without a date, a retracted rule.
func measures() []*domain.Measure {
	return []*domain.Measure{
		measureGiven(),
		measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(suspendUSPersons())),
		measureGiven(announced(acsAnnounce()), domain.MeasureRevoked(revokeACS())),
		measureGiven(announced(acsAnnounce()), domain.MeasureAmended(amendACS()), domain.MeasureSuspended(suspendUSPersons()),
			domain.SuspensionEnded(liftEarly()), domain.MeasureExpired(expireACS())),
		measureGiven(announced(gageAnnounce())),
		measureGiven(announced(nlUndated())),
		measureGiven(announced(acsAnnounce()), retraction(domain.KindMeasure, "US-2022-ACS")),
	}
}

func designations() []*domain.Designation {
	return []*domain.Designation{
		given[domain.Designation](),
		given[domain.Designation](domain.PartyDesignated(ymtcDesignate())),
		given[domain.Designation](domain.PartyDesignated(ymtcDesignate()), domain.DesignationAmended(amendYMTC()), domain.PartyDelisted(delistYMTC())),
	}
}

func transactions() []*domain.Transaction {
	return []*domain.Transaction{
		transactionGiven(),
		transactionGiven(domain.TransactionAnnounced(intelTowerAnnounce())),
		transactionGiven(domain.TransactionAnnounced(intelTowerAnnounce()), domain.ReviewOpened(intelTowerOpen()), domain.ReviewConcluded(intelTowerConclude())),
		transactionGiven(domain.TransactionAnnounced(vishayAnnounce()), domain.TransactionCompleted(vishayComplete())),
	}
}

func enforcements() []*domain.Enforcement {
	return []*domain.Enforcement{
		given[domain.Enforcement](),
		given[domain.Enforcement](domain.EnforcementActionOpened(micronOpen())),
		given[domain.Enforcement](domain.EnforcementActionOpened(micronOpen()), domain.EnforcementFindingIssued(micronFinding())),
	}
}

func dialogues() []*domain.Dialogue {
	return []*domain.Dialogue{
		dialogueGiven(),
		dialogueGiven(domain.DialogueEstablished(channelEstablish()), domain.MeetingHeld(raimondoWang())),
	}
}

func links() []*domain.Link {
	return []*domain.Link{
		linkGiven(),
		linkGiven(domain.MeasuresLinked(linkGaGeACS())),
		linkGiven(domain.MeasuresLinked(linkGaGeACS()), domain.LinkRetracted(retractGaGeLink())),
	}
}

func sources() []*domain.SourceDocument {
	return []*domain.SourceDocument{
		given[domain.SourceDocument](),
		given[domain.SourceDocument](domain.SourceDocumentRegistered(registerACSRule())),
	}
}

// checkDecision checks one decision's result. On success it applies the
// events to agg and decides again with repeat, which must be a conflict.
func checkDecision[A domain.Aggregate](t *testing.T, evs []domain.Event, err error, repeat func(A) ([]domain.Event, error), agg A) {
	t.Helper()
	if err != nil {
		checkRefusal(t, evs, err)
		return
	}
	if len(evs) == 0 {
		t.Fatal("an accepted command yielded no events")
	}
	for _, ev := range evs {
		checkRoundTrip(t, ev)
		agg.Apply(ev)
	}
	evs, err = repeat(agg)
	if !errors.Is(err, domain.ErrConflict) {
		t.Fatalf("repeating an accepted command after applying its events: %v, %d events; want a conflict", err, len(evs))
	}
	checkRefusal(t, evs, err)
}

// checkRoundTrip checks that an event decodes from its encoding to an equal
// value, and encodes again to the same bytes.
func checkRoundTrip(t *testing.T, ev domain.Event) {
	t.Helper()
	payload, err := domain.Encode(ev)
	if err != nil {
		t.Fatalf("encode %#v: %v", ev, err)
	}
	back, err := domain.Decode(ev.EventType(), payload)
	if err != nil {
		t.Fatalf("decode %s %s: %v", ev.EventType(), payload, err)
	}
	if !sameValue(reflect.ValueOf(ev), reflect.ValueOf(back)) {
		t.Fatalf("%s does not survive a round trip:\n was %#v\n now %#v\n via %s", ev.EventType(), ev, back, payload)
	}
	again, err := domain.Encode(back)
	if err != nil || !bytes.Equal(again, payload) {
		t.Fatalf("%s re-encodes differently (%v):\n%s\n%s", ev.EventType(), err, payload, again)
	}
}

func checkRefusal(t *testing.T, evs []domain.Event, err error) {
	t.Helper()
	if evs != nil {
		t.Fatalf("a refused command yielded events: %v", err)
	}
	res := domain.RuleErrors(err)
	if len(res) == 0 {
		t.Fatalf("refusal without a rule error: %v", err)
	}
	for _, re := range res {
		if re.Kind != domain.ErrInvalid && re.Kind != domain.ErrNotFound && re.Kind != domain.ErrConflict {
			t.Fatalf("rule %s has kind %v", re.Rule, re.Kind)
		}
		if re.Rule == "" || re.Message == "" || !errors.Is(err, re.Kind) {
			t.Fatalf("incomplete rule error %#v in %v", re, err)
		}
	}
}

var rawMessageType = reflect.TypeFor[json.RawMessage]()

// sameValue is reflect.DeepEqual except that an empty slice equals a nil one
// (JSON leaves out an empty list tagged omitempty, and no reader can tell the
// two apart) and that raw JSON values compare by the value they hold (the
// encoder compacts them and escapes HTML characters).
func sameValue(a, b reflect.Value) bool {
	if a.Kind() != b.Kind() || a.Type() != b.Type() {
		return false
	}
	if a.Type() == rawMessageType {
		va, errA := jsonValue(a.Bytes())
		vb, errB := jsonValue(b.Bytes())
		return errA == nil && errB == nil && reflect.DeepEqual(va, vb)
	}
	switch a.Kind() {
	case reflect.Slice:
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !sameValue(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return sameValue(a.Elem(), b.Elem())
	case reflect.Struct:
		if a.Type() == reflect.TypeFor[domain.Date]() {
			return a.Interface() == b.Interface()
		}
		for i := range a.NumField() {
			if !sameValue(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	default:
		return reflect.DeepEqual(a.Interface(), b.Interface())
	}
}

// jsonValue decodes a raw JSON value, keeping numbers as written.
func jsonValue(raw []byte) (any, error) {
	var v any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	err := dec.Decode(&v)
	return v, err
}
