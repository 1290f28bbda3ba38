package ledger_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/ledger"
)

// Every command's text, version and key are checked before it is decided,
// by the import as by a direct call, and a refused command writes nothing.
func TestBadInputIsRefusedAndWritesNothing(t *testing.T) {
	ctx := context.Background()
	store := openStore(t)
	svc := ledger.New(store, ledger.Options{Now: func() time.Time { return now }})
	lines := []struct{ name, line, rule, field string }{
		{"invalid UTF-8", strings.Replace(announceLine, `"title":"Rule"`, "\"title\":\"Rule \xff\"", 1), "text.replacement_character", "title"},
		{"a lone surrogate", strings.Replace(announceLine, `"title":"Rule"`, `"title":"Rule \ud800"`, 1), "text.replacement_character", "title"},
		{"NUL", strings.Replace(announceLine, `"title":"Rule"`, `"title":"Rule\u0000"`, 1), "text.control_character", "title"},
		{"a 0.9 MB title", strings.Replace(announceLine, `"title":"Rule"`, `"title":"`+strings.Repeat("a", 900_000)+`"`, 1), "text.too_long", "title"},
	}
	for _, l := range lines {
		t.Run(l.name, func(t *testing.T) {
			_, err := svc.Import(ctx, strings.NewReader(l.line), ledger.Request{Actor: "t"}, nil)
			if rules := domain.RuleErrors(err); len(rules) != 1 || rules[0].Rule != l.rule || rules[0].Field != l.field {
				t.Fatalf("import: %v; want %s at %s", err, l.rule, l.field)
			}
			res, err := svc.BulkImport(ctx, ledger.NDJSON(strings.NewReader(l.line)), ledger.Request{Actor: "t"}, ledger.BulkOptions{})
			if rules := domain.RuleErrors(err); len(rules) != 1 || rules[0].Rule != l.rule || res.Recorded != 0 {
				t.Fatalf("bulk import: %+v %v; want %s", res, err, l.rule)
			}
		})
	}
	minus := int64(-1)
	revoke := domain.RevokeMeasure{MeasureID: "M-1", EffectiveOn: domain.NewDate(2025, 1, 1),
		Sources: []domain.Source{{Title: "Notice", Publisher: "FR", Official: true}}}
	_, err := svc.Do(ctx, ledger.Request{Actor: "t", ExpectedVersion: &minus}, revoke)
	if rules := domain.RuleErrors(err); len(rules) != 1 || rules[0].Field != "expectedVersion" || !errors.Is(err, domain.ErrInvalid) {
		t.Fatalf("expectedVersion -1: %v; want an invalid expectedVersion", err)
	}
	if head, _ := store.Head(ctx); head != 0 {
		t.Fatalf("head = %d after refused commands, want 0", head)
	}
}

// An idempotency key names the events of one command: used again for a
// command on another record, or for another command, it is the client's
// conflict, and nothing is written.
func TestIdempotencyKeyReusedOnAnotherRecordIsAConflict(t *testing.T) {
	ctx := context.Background()
	store := openStore(t)
	svc := ledger.New(store, ledger.Options{Now: func() time.Time { return now }})
	other := strings.ReplaceAll(announceLine, `"M-1"`, `"M-2"`)
	if _, err := svc.Import(ctx, strings.NewReader(announceLine+"\n"+other), ledger.Request{Actor: "t"}, nil); err != nil {
		t.Fatal(err)
	}
	src := []domain.Source{{Title: "Notice", Publisher: "FR", Official: true}}
	req := ledger.Request{Actor: "t", IdempotencyKey: "k-1"}
	if _, err := svc.Do(ctx, req, domain.RevokeMeasure{MeasureID: "M-1", EffectiveOn: domain.NewDate(2025, 1, 1), Sources: src}); err != nil {
		t.Fatal(err)
	}
	cases := map[string]func() error{
		"another record": func() error {
			_, err := svc.Do(ctx, req, domain.RevokeMeasure{MeasureID: "M-2", EffectiveOn: domain.NewDate(2025, 1, 1), Sources: src})
			return err
		},
		"another command on another record": func() error {
			_, err := svc.Do(ctx, req, domain.ExpireMeasure{MeasureID: "M-2", ExpiredOn: domain.NewDate(2025, 1, 1), Sources: src})
			return err
		},
	}
	for name, run := range cases {
		t.Run(name, func(t *testing.T) {
			err := run()
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
