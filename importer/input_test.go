package importer_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/importer"
	"github.com/controlsledger/ledger/ledger"
)

// Every command's text is checked before it is decided, by both imports as
// by the API, and a refused line writes nothing.
func TestBadTextIsRefusedAndWritesNothing(t *testing.T) {
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
			_, err := importer.Import(ctx, svc, strings.NewReader(l.line), ledger.Request{Actor: "t"}, nil)
			if rules := domain.RuleErrors(err); len(rules) != 1 || rules[0].Rule != l.rule || rules[0].Field != l.field {
				t.Fatalf("import: %v; want %s at %s", err, l.rule, l.field)
			}
			res, err := importer.Bulk(ctx, svc, store, importer.NDJSON(strings.NewReader(l.line)), ledger.Request{Actor: "t"}, importer.BulkOptions{})
			if rules := domain.RuleErrors(err); len(rules) != 1 || rules[0].Rule != l.rule || res.Recorded != 0 {
				t.Fatalf("bulk import: %+v %v; want %s", res, err, l.rule)
			}
		})
	}
	if head, _ := store.Head(ctx); head != 0 {
		t.Fatalf("head = %d after refused commands, want 0", head)
	}
}
