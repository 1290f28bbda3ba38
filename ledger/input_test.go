package ledger_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/ledger"
)

// A negative expected version is the client's invalid input, not a version
// conflict, and writes nothing.
func TestNegativeExpectedVersionIsInvalid(t *testing.T) {
	ctx := context.Background()
	store := openStore(t)
	svc := ledger.New(store, ledger.Options{Now: func() time.Time { return now }})
	minus := int64(-1)
	revoke := domain.RevokeMeasure{MeasureID: "M-1", EffectiveOn: domain.NewDate(2025, 1, 1),
		Sources: []domain.Source{{Title: "Notice", Publisher: "FR", Official: true}}}
	_, err := svc.Do(ctx, ledger.Request{Actor: "t", ExpectedVersion: &minus}, revoke)
	if rules := domain.RuleErrors(err); len(rules) != 1 || rules[0].Field != "expectedVersion" || !errors.Is(err, domain.ErrInvalid) {
		t.Fatalf("expectedVersion -1: %v; want an invalid expectedVersion", err)
	}
	if head, _ := store.Head(ctx); head != 0 {
		t.Fatalf("head = %d after a refused command, want 0", head)
	}
}

// An idempotency key names the events of one command: used again for a
// command on another record, or for another command, it is the client's
// conflict, and nothing is written.
func TestIdempotencyKeyReusedOnAnotherRecordIsAConflict(t *testing.T) {
	ctx := context.Background()
	store := openStore(t)
	svc := ledger.New(store, ledger.Options{Now: func() time.Time { return now }})
	announce(t, svc)
	var m2 domain.AnnounceMeasure
	if err := json.Unmarshal([]byte(strings.Replace(announceInput, `"M-1"`, `"M-2"`, 1)), &m2); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Do(ctx, ledger.Request{Actor: "t"}, m2); err != nil {
		t.Fatal(err)
	}
	src := []domain.Source{{Title: "Notice", Publisher: "FR", Official: true}}
	req := ledger.Request{Actor: "t", IdempotencyKey: "k-1"}
	if _, err := svc.Do(ctx, req, domain.RevokeMeasure{MeasureID: "M-1", EffectiveOn: domain.NewDate(2025, 1, 1), Sources: src}); err != nil {
		t.Fatal(err)
	}
	cases := map[string]any{
		"another record":                    domain.RevokeMeasure{MeasureID: "M-2", EffectiveOn: domain.NewDate(2025, 1, 1), Sources: src},
		"another command on another record": domain.ExpireMeasure{MeasureID: "M-2", ExpiredOn: domain.NewDate(2025, 1, 1), Sources: src},
	}
	for name, cmd := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := svc.Do(ctx, req, cmd)
			rules := domain.RuleErrors(err)
			if len(rules) != 1 || rules[0].Rule != "idempotency.key_reused" || rules[0].Field != "idempotencyKey" || !errors.Is(err, domain.ErrConflict) ||
				!strings.Contains(rules[0].Message, "k-1") {
				t.Fatalf("err = %v; want the conflict idempotency.key_reused naming the key", err)
			}
		})
	}
	if head, _ := store.Head(ctx); head != 3 {
		t.Fatalf("head = %d, want 3", head)
	}
}
