package domain_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

// FuzzDecide decodes arbitrary JSON into every command, as the importer and
// the GraphQL layer do, and runs each decision against an empty and a
// populated aggregate. A decision never panics; a refusal is made only of rule
// errors with a known kind, a rule and a message; an accepted command yields
// events that survive an encode/decode round trip, and repeating it once its
// events are applied is refused as a conflict.
func FuzzDecide(f *testing.F) {
	for _, cmd := range []any{
		acsAnnounce(), el36Announce(), gageAnnounce(), suspendUSPersons(), revokeACS(), linkGaGeACS(),
		channelEstablish(), raimondoWang(), exchangeEstablish(), intelTowerAnnounce(), intelTowerConclude(),
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
		`{"transactionId":"T","title":"t","acquirers":[{"id":"A","name":"a"}],"target":{"id":"B","name":"b"},"value":{"amount":1e308,"currency":"USD"},"announcedOn":"2020-02-29","outsideDate":"2020-03-01","sources":[{"title":"t","publisher":"p"}]}`,
		`{"transactionId":"INTEL-TOWER","authority":{"id":"CN-SAMR","name":"n","jurisdiction":"CN"},"regime":"r","outcome":"cleared_with_conditions","conditions":[],"concludedOn":"2023-08-15","summary":"s","sources":[{"title":"t","publisher":"p"}]}`,
		`{"dialogueId":"D","name":"n","parties":[{"id":"A","name":"a"},{"id":"B","name":"b"}],"level":"l","establishedOn":"2023-08-28","establishedAt":{"dialogueId":"","meetingId":""},"sources":[{"title":"\ud800","publisher":"<p>&amp;"}]}`,
	} {
		f.Add([]byte(s))
	}

	f.Fuzz(func(t *testing.T, data []byte) {
		var am domain.AnnounceMeasure
		if json.Unmarshal(data, &am) == nil {
			for _, m := range measures() {
				evs, err := m.Announce(am, now)
				checkDecision(t, evs, err, func(m *domain.Measure) ([]domain.Event, error) { return m.Announce(am, now) }, m)
			}
		}
		var sm domain.SuspendMeasure
		if json.Unmarshal(data, &sm) == nil {
			for _, m := range measures() {
				evs, err := m.Suspend(sm, now)
				checkDecision(t, evs, err, func(m *domain.Measure) ([]domain.Event, error) { return m.Suspend(sm, now) }, m)
				m.StatusAt(sm.From)
				m.StatusAt(sm.Until)
			}
		}
		var rm domain.RevokeMeasure
		if json.Unmarshal(data, &rm) == nil {
			for _, m := range measures() {
				evs, err := m.Revoke(rm, now)
				checkDecision(t, evs, err, func(m *domain.Measure) ([]domain.Event, error) { return m.Revoke(rm, now) }, m)
				m.StatusAt(rm.EffectiveOn)
			}
		}
		var lm domain.LinkMeasures
		if json.Unmarshal(data, &lm) == nil {
			for _, from := range measures() {
				for _, to := range measures() {
					l := &domain.Link{}
					evs, err := l.Record(lm, from, to, now)
					checkDecision(t, evs, err, func(l *domain.Link) ([]domain.Event, error) { return l.Record(lm, from, to, now) }, l)
				}
			}
		}
		var ed domain.EstablishDialogue
		if json.Unmarshal(data, &ed) == nil {
			for _, d := range dialogues() {
				for _, origin := range append(dialogues(), nil) {
					evs, err := d.Establish(ed, origin, now)
					checkDecision(t, evs, err, func(d *domain.Dialogue) ([]domain.Event, error) { return d.Establish(ed, origin, now) }, d)
				}
			}
		}
		var rmt domain.RecordMeeting
		if json.Unmarshal(data, &rmt) == nil {
			for _, d := range dialogues() {
				evs, err := d.RecordMeeting(rmt, now)
				checkDecision(t, evs, err, func(d *domain.Dialogue) ([]domain.Event, error) { return d.RecordMeeting(rmt, now) }, d)
			}
		}
		var at domain.AnnounceTransaction
		if json.Unmarshal(data, &at) == nil {
			for _, tx := range transactions() {
				evs, err := tx.Announce(at, now)
				checkDecision(t, evs, err, func(tx *domain.Transaction) ([]domain.Event, error) { return tx.Announce(at, now) }, tx)
			}
		}
		var cr domain.ConcludeReview
		if json.Unmarshal(data, &cr) == nil {
			for _, tx := range transactions() {
				evs, err := tx.ConcludeReview(cr, now)
				checkDecision(t, evs, err, func(tx *domain.Transaction) ([]domain.Event, error) { return tx.ConcludeReview(cr, now) }, tx)
			}
		}
	})
}

// measures returns fresh aggregates to decide against: none, a staged rule
// with a suspension, and a revoked rule.
func measures() []*domain.Measure {
	return []*domain.Measure{
		measureGiven(),
		measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(suspendUSPersons())),
		measureGiven(announced(acsAnnounce()), domain.MeasureRevoked(revokeACS())),
		measureGiven(announced(gageAnnounce())),
	}
}

func dialogues() []*domain.Dialogue {
	return []*domain.Dialogue{
		dialogueGiven(),
		dialogueGiven(domain.DialogueEstablished(channelEstablish()), domain.MeetingHeld(raimondoWang())),
	}
}

func transactions() []*domain.Transaction {
	return []*domain.Transaction{
		transactionGiven(),
		transactionGiven(domain.TransactionAnnounced(intelTowerAnnounce())),
	}
}

// applier is an aggregate.
type applier interface{ Apply(domain.Event) }

// checkDecision checks one decision's result. On success it applies the
// events to agg and decides again with repeat, which must be a conflict.
func checkDecision[A applier](t *testing.T, evs []domain.Event, err error, repeat func(A) ([]domain.Event, error), agg A) {
	t.Helper()
	if err != nil {
		checkRefusal(t, evs, err)
		return
	}
	if len(evs) == 0 {
		t.Fatal("an accepted command yielded no events")
	}
	for _, ev := range evs {
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
		agg.Apply(ev)
	}
	evs, err = repeat(agg)
	if !errors.Is(err, domain.ErrConflict) {
		t.Fatalf("repeating an accepted command after applying its events: %v, %d events; want a conflict", err, len(evs))
	}
	checkRefusal(t, evs, err)
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

// sameValue is reflect.DeepEqual except that an empty slice equals a nil one:
// JSON leaves out an empty list tagged omitempty, and no reader can tell the
// two apart.
func sameValue(a, b reflect.Value) bool {
	if a.Kind() != b.Kind() || a.Type() != b.Type() {
		return false
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
