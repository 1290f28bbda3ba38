package ledger_test

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/ledger"
)

var now = time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)

func openStore(tb testing.TB) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(filepath.Join(tb.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// announce records the measure M-1, in force from 2024-01-01.
func announce(tb testing.TB, svc *ledger.Service) {
	tb.Helper()
	var m domain.AnnounceMeasure
	if err := json.Unmarshal([]byte(announceInput), &m); err != nil {
		tb.Fatal(err)
	}
	if _, err := svc.Do(context.Background(), ledger.Request{Actor: "t"}, m); err != nil {
		tb.Fatal(err)
	}
}

const announceInput = `{"measureId":"M-1","title":"Rule","measureType":"export_control",` +
	`"authority":{"id":"US-BIS","name":"BIS","jurisdiction":"US"},"implementingJurisdiction":"US","countryNeutral":true,` +
	`"items":[{"description":"chips"}],"provisions":[{"id":"p","title":"Licence","effectiveOn":"2024-01-01"}],` +
	`"instrument":{"title":"Rule"},"announcedOn":"2024-01-01","sources":[{"title":"Rule","publisher":"FR","official":true}]}`

// racingStore makes the first append lose a race: another writer appends to
// the same stream just before it.
type racingStore struct {
	eventstore.Store
	raced bool
	other func()
}

func (s *racingStore) Append(ctx context.Context, stream string, expected int64, events ...eventstore.EventData) (eventstore.AppendResult, error) {
	if !s.raced {
		s.raced = true
		s.other()
	}
	return s.Store.Append(ctx, stream, expected, events...)
}

func TestLostRaceIsRedecidedUnlessTheCallerGaveAVersion(t *testing.T) {
	ctx := context.Background()
	store := openStore(t)
	base := ledger.New(store, ledger.Options{Now: func() time.Time { return now }})
	announce(t, base)
	suspend := func(id string) domain.SuspendMeasure {
		return domain.SuspendMeasure{MeasureID: "M-1", SuspensionID: id, From: domain.NewDate(2024, 6, 1),
			Sources: []domain.Source{{Title: "Notice", Publisher: "FR", Official: true}}}
	}
	racing := &racingStore{Store: store, other: func() {
		if _, err := base.Do(ctx, ledger.Request{Actor: "other"}, suspend("other")); err != nil {
			t.Fatal(err)
		}
	}}
	svc := ledger.New(racing, ledger.Options{Now: func() time.Time { return now }})
	res, err := svc.Do(ctx, ledger.Request{Actor: "me"}, suspend("mine"))
	if err != nil || res.Version != 3 {
		t.Fatalf("suspend after a lost race = %+v, %v; want version 3", res, err)
	}

	racing.raced = false
	racing.other = func() {
		if _, err := base.Do(ctx, ledger.Request{Actor: "other"}, suspend("other-2")); err != nil {
			t.Fatal(err)
		}
	}
	v := int64(3)
	_, err = svc.Do(ctx, ledger.Request{Actor: "me", ExpectedVersion: &v}, suspend("mine-2"))
	var conflict *eventstore.VersionConflictError
	if !errors.As(err, &conflict) || conflict.Expected != 3 || conflict.Actual != 4 {
		t.Fatalf("err = %v, want a version conflict expected 3 actual 4", err)
	}
	evs, _ := store.ReadStream(ctx, domain.StreamName(domain.KindMeasure, "M-1"), 0)
	if len(evs) != 4 {
		t.Fatalf("stream has %d events, want 4 (nothing written by the conflicting command)", len(evs))
	}
}

func TestIdempotencyKeyMakesRetriesSafe(t *testing.T) {
	ctx := context.Background()
	store := openStore(t)
	svc := ledger.New(store, ledger.Options{Now: func() time.Time { return now }})
	announce(t, svc)
	revoke := domain.RevokeMeasure{MeasureID: "M-1", EffectiveOn: domain.NewDate(2025, 1, 1),
		Sources: []domain.Source{{Title: "Notice", Publisher: "FR", Official: true}}}
	req := ledger.Request{Actor: "me", IdempotencyKey: "revoke-m1"}

	// Two tries racing, then a late retry: one write, one result.
	results := make(chan ledger.Result, 3)
	errs := make(chan error, 3)
	for range 2 {
		go func() {
			res, err := svc.Do(ctx, req, revoke)
			results <- res
			errs <- err
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	first, second := <-results, <-results
	late, err := svc.Do(ctx, req, revoke)
	if err != nil || first != second || late != first || first.Version != 2 {
		t.Fatalf("results %+v %+v %+v (%v), want one result at version 2", first, second, late, err)
	}
	if head, _ := store.Head(ctx); head != 2 {
		t.Fatalf("head = %d, want 2: a retry wrote again", head)
	}

	// The same key for other content is refused.
	other := revoke
	other.EffectiveOn = domain.NewDate(2025, 2, 1)
	_, err = svc.Do(ctx, req, other)
	if rules := domain.RuleErrors(err); len(rules) != 1 || rules[0].Rule != "idempotency.key_reused" {
		t.Fatalf("reused key: %v", err)
	}
	// Without a key the same command is judged again, and broken rules say so.
	_, err = svc.Do(ctx, ledger.Request{Actor: "me"}, revoke)
	if rules := domain.RuleErrors(err); len(rules) != 1 || rules[0].Rule != "measure.already_revoked" {
		t.Fatalf("repeat without a key: %v", err)
	}
}

func TestDoRefusesWhatIsNotACommand(t *testing.T) {
	store := openStore(t)
	svc := ledger.New(store, ledger.Options{Now: func() time.Time { return now }})
	// An event, and a command by pointer, are not commands: nothing is written.
	for _, v := range []any{domain.MeasureExpired{MeasureID: "M-1"}, &domain.ExpireMeasure{MeasureID: "M-1"}, nil} {
		if _, err := svc.Do(context.Background(), ledger.Request{Actor: "t"}, v); err == nil || !strings.Contains(err.Error(), "is not a command") {
			t.Errorf("Do(%T) = %v, want an error saying it is not a command", v, err)
		}
	}
	if head, err := store.Head(context.Background()); err != nil || head != 0 {
		t.Fatalf("head = %d, %v; want an empty ledger", head, err)
	}
}

// The sources a command cites that are not registered are each reported,
// in the order the command lists them (they were once in map order).
func TestUnregisteredSourcesAreReportedInOrder(t *testing.T) {
	svc := ledger.New(openStore(t), ledger.Options{Now: func() time.Time { return now }})
	var m domain.AnnounceMeasure
	if err := json.Unmarshal([]byte(announceInput), &m); err != nil {
		t.Fatal(err)
	}
	m.Sources = nil
	for _, id := range []string{"DOC-1", "DOC-2", "DOC-3", "DOC-4"} {
		m.Sources = append(m.Sources, domain.Source{SourceID: id, Title: "Rule " + id, Publisher: "FR", Official: true})
	}
	want := []string{"sources[0].sourceId", "sources[1].sourceId", "sources[2].sourceId", "sources[3].sourceId"}
	for range 10 {
		_, err := svc.Do(context.Background(), ledger.Request{Actor: "t"}, m)
		var got []string
		for _, r := range domain.RuleErrors(err) {
			if r.Rule != "source.not_found" {
				t.Fatalf("%v: want only source.not_found", err)
			}
			got = append(got, r.Field)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Fatalf("fields %v, want %v", got, want)
		}
	}
}
