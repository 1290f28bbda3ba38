package importer_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/importer"
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

const source = `"sources":[{"title":"Rule","publisher":"FR","official":true}]`

const announceLine = `{"command":"AnnounceMeasure","input":{"measureId":"M-1","title":"Rule","measureType":"export_control",` +
	`"authority":{"id":"US-BIS","name":"BIS","jurisdiction":"US"},"implementingJurisdiction":"US","countryNeutral":true,` +
	`"items":[{"description":"chips"}],"provisions":[{"id":"p","title":"Licence","effectiveOn":"2024-01-01"}],` +
	`"instrument":{"title":"Rule"},"announcedOn":"2024-01-01",` + source + `}}`

func TestImportRecordsInOrderAndNamesTheFailingLine(t *testing.T) {
	store := openStore(t)
	svc := ledger.New(store, ledger.Options{Now: func() time.Time { return now }})
	file := announceLine + "\n\n" +
		`{"command":"RevokeMeasure","input":{"measureId":"M-1","effectiveOn":"2025-01-01",` + source + `}}` + "\n" +
		`{"command":"RevokeMeasure","input":{"measureId":"M-1","effectiveOn":"2025-02-01",` + source + `}}` + "\n" +
		announceLine + "\n"
	n, err := importer.Import(context.Background(), svc, strings.NewReader(file), ledger.Request{Actor: "importer"}, nil)
	if n != 2 || err == nil || !strings.HasPrefix(err.Error(), "line 4: RevokeMeasure:") || !errors.Is(err, domain.ErrConflict) {
		t.Fatalf("import = %d, %v; want 2 recorded and a conflict on line 4", n, err)
	}
	if rules := domain.RuleErrors(err); len(rules) != 1 || rules[0].Rule != "measure.already_revoked" {
		t.Fatalf("rule errors = %v", rules)
	}
	evs, _ := store.ReadStream(context.Background(), domain.StreamName(domain.KindMeasure, "M-1"), 0)
	if len(evs) != 2 || evs[1].Type != domain.TypeMeasureRevoked || !strings.Contains(string(evs[1].Metadata), `"actor":"importer"`) {
		t.Fatalf("stream = %d events, metadata %s", len(evs), evs[len(evs)-1].Metadata)
	}
}

func TestExecuteRefusesMalformedInput(t *testing.T) {
	svc := ledger.New(openStore(t), ledger.Options{Now: func() time.Time { return now }})
	cases := []struct {
		name, command, input, rule, field string
	}{
		{"unknown command", "BanEverything", `{}`, "command.unknown", "command"},
		{"unknown field", "RevokeMeasure", `{"measureId":"M-1","colour":"red"}`, "input.malformed", ""},
		{"wrong type", "RevokeMeasure", `{"measureId":7}`, "input.malformed", "measureId"},
		{"malformed date", "RevokeMeasure", `{"measureId":"M-1","effectiveOn":"2025-02-30"}`, "input.malformed", ""},
		{"trailing data", "RevokeMeasure", `{"measureId":"M-1"} {}`, "input.malformed", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := importer.Execute(context.Background(), svc, ledger.Request{Actor: "t"}, c.command, []byte(c.input))
			rules := domain.RuleErrors(err)
			if len(rules) != 1 || rules[0].Rule != c.rule || rules[0].Field != c.field || !errors.Is(err, domain.ErrInvalid) {
				t.Fatalf("err = %v, want rule %s on field %q", err, c.rule, c.field)
			}
		})
	}
}

// target is where a test imports: a store, and the clock of the decisions
// (nil: time.Now).
type target struct {
	store eventstore.Store
	now   func() time.Time
}

func into(store eventstore.Store, now func() time.Time) target { return target{store, now} }

func fixedNow() time.Time { return now }

func (tg target) bulk(ctx context.Context, src importer.CommandSource, req ledger.Request, opts importer.BulkOptions) (importer.BulkResult, error) {
	return importer.Bulk(ctx, ledger.New(tg.store, ledger.Options{Now: tg.now}), tg.store, src, req, opts)
}
