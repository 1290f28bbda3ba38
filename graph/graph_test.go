package graph_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/graph"
	"github.com/controlsledger/ledger/integrity"
	"github.com/controlsledger/ledger/integrity/merkle"
	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/projections"
)

// api is the real handler over the real embedded store and read models.
type api struct {
	srv  *httptest.Server
	logs *bytes.Buffer
}

// newAPI serves a new ledger; configure, if given, completes the resolver
// (e.g. with a Sealer) before the handler is built.
func newAPI(tb testing.TB, wrap func(graph.Views) graph.Views, configure ...func(*graph.Resolver, eventstore.Store, *integrity.Proofs)) *api {
	tb.Helper()
	return newAPIWith(tb, wrap, nil, configure...)
}

// newAPIWith is newAPI with the handler's options changed by options.
func newAPIWith(tb testing.TB, wrap func(graph.Views) graph.Views, options func(*graph.Options), configure ...func(*graph.Resolver, eventstore.Store, *integrity.Proofs)) *api {
	tb.Helper()
	store, err := sqlite.Open(filepath.Join(tb.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	proj := projections.New(projections.Options{})
	done := make(chan struct{})
	go func() { projections.Run(ctx, store, proj, slog.Default()); close(done) }()
	proofs := integrity.NewProofs()
	go proofs.Follow(ctx, store)
	var views graph.Views = proj
	if wrap != nil {
		views = wrap(proj)
	}
	logs := &bytes.Buffer{}
	resolver := &graph.Resolver{Commands: ledger.New(store, ledger.Options{}), Views: views, Analyses: proj, Proofs: proofs, Events: store}
	for _, c := range configure {
		c(resolver, store, proofs)
	}
	opts := graph.Options{Log: slog.New(slog.NewTextHandler(logs, nil)), Introspection: true,
		Tokens: []graph.Token{testToken(tb, recorderToken, graph.RoleRecorder, "tester"), testToken(tb, adminToken, graph.RoleAdmin, "admin")}, Anonymous: graph.RoleReader}
	if options != nil {
		options(&opts)
	}
	h := graph.NewHandler(resolver, opts)
	a := &api{srv: httptest.NewServer(h), logs: logs}
	tb.Cleanup(func() {
		a.srv.Close()
		cancel()
		<-done
		store.Close()
	})
	return a
}

const (
	recorderToken = "test-recorder-token"
	adminToken    = "test-admin-token-0123"
)

func testToken(tb testing.TB, token string, role graph.Role, actor string) graph.Token {
	tb.Helper()
	ts, err := graph.ParseTokens(strings.NewReader(graph.HashToken(token) + " " + role.String() + " " + actor))
	if err != nil || len(ts) != 1 {
		tb.Fatal(err)
	}
	return ts[0]
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

func (a *api) do(tb testing.TB, query string, vars map[string]any, into any) []gqlError {
	tb.Helper()
	token := ""
	if strings.HasPrefix(strings.TrimSpace(query), "mutation") {
		token = recorderToken
	}
	return a.send(tb, token, query, vars, into)
}

// send posts a query with its variables and the given bearer token ("" for
// none), decodes its data into into, and returns its errors.
func (a *api) send(tb testing.TB, token, query string, vars map[string]any, into any) []gqlError {
	tb.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, a.srv.URL, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		tb.Fatalf("not JSON (%d): %s", resp.StatusCode, raw)
	}
	if into != nil && len(out.Data) > 0 && string(out.Data) != "null" {
		if err := json.Unmarshal(out.Data, into); err != nil {
			tb.Fatal(err)
		}
	}
	return out.Errors
}

const announce = `mutation($in: AnnounceMeasureInput!, $v: Int) {
  announceMeasure(input: $in, expectedVersion: $v) { result { version position } }
}`

func measureInput(id, announcedOn string) map[string]any {
	return map[string]any{
		"measureId": id, "title": "Measure " + id, "measureType": "EXPORT_CONTROL",
		"authority":                map[string]any{"id": "US-BIS", "name": "BIS", "jurisdiction": "US"},
		"implementingJurisdiction": "US", "countryNeutral": true,
		"items":       []any{map[string]any{"description": "chips"}},
		"provisions":  []any{map[string]any{"id": "p", "title": "Licence", "effectiveOn": announcedOn}},
		"instrument":  map[string]any{"title": "Rule"},
		"announcedOn": announcedOn,
		"sources":     []any{map[string]any{"title": "Rule", "publisher": "FR", "official": true}},
	}
}

func (a *api) announce(tb testing.TB, id, on string) {
	tb.Helper()
	if errs := a.do(tb, announce, map[string]any{"in": measureInput(id, on)}, nil); len(errs) > 0 {
		tb.Fatalf("announce %s: %+v", id, errs)
	}
}

type page struct {
	Measures struct {
		TotalCount int
		Basis      struct{ Position int }
		PageInfo   struct {
			HasNextPage bool
			EndCursor   string
		}
		Nodes []struct{ ID string }
	}
}

const list = `query($after: String, $first: Int) {
  measures(first: $first, after: $after, asOf: {validAt: "2025-01-01"}) {
    totalCount basis { position } pageInfo { hasNextPage endCursor } nodes { id: recordId }
  }
}`

func TestPagesKeepTheirBasis(t *testing.T) {
	a := newAPI(t, nil)
	for i := 1; i <= 5; i++ {
		a.announce(t, fmt.Sprintf("M-%d", i), fmt.Sprintf("2024-01-0%d", i))
	}
	var p1 page
	if errs := a.do(t, list, map[string]any{"first": 2}, &p1); len(errs) > 0 {
		t.Fatal(errs)
	}
	m := p1.Measures
	if m.TotalCount != 5 || len(m.Nodes) != 2 || m.Nodes[0].ID != "M-1" || !m.PageInfo.HasNextPage || m.Basis.Position != 5 {
		t.Fatalf("first page = %+v", m)
	}
	// A measure recorded between two pages does not shift the next page.
	a.announce(t, "M-0", "2023-12-31")
	var p2 page
	if errs := a.do(t, list, map[string]any{"first": 2, "after": m.PageInfo.EndCursor}, &p2); len(errs) > 0 {
		t.Fatal(errs)
	}
	if n := p2.Measures; n.TotalCount != 5 || n.Basis.Position != 5 || len(n.Nodes) != 2 || n.Nodes[0].ID != "M-3" || n.Nodes[1].ID != "M-4" {
		t.Fatalf("second page = %+v, want M-3, M-4 of 5 at position 5", n)
	}
	var fresh page
	a.do(t, list, map[string]any{"first": 2}, &fresh)
	if fresh.Measures.TotalCount != 6 || fresh.Measures.Nodes[0].ID != "M-0" {
		t.Fatalf("a new first page = %+v, want 6 measures starting with M-0", fresh.Measures)
	}
	// Totals are counted once per listing, filter and basis: another
	// filter at the same basis has its own.
	for _, c := range []struct {
		filter string
		want   int
	}{{`{jurisdiction: "CN"}`, 0}, {`{jurisdiction: "US"}`, 6}, {`{jurisdiction: "CN"}`, 0}} {
		var got struct{ Measures struct{ TotalCount int } }
		if errs := a.do(t, `{ measures(first: 1, filter: `+c.filter+`) { totalCount } }`, nil, &got); len(errs) > 0 || got.Measures.TotalCount != c.want {
			t.Errorf("filter %s: total %d, %+v; want %d", c.filter, got.Measures.TotalCount, errs, c.want)
		}
	}

	for _, c := range []struct {
		vars        map[string]any
		code, field string
	}{
		{map[string]any{"first": 101}, "LIMIT_EXCEEDED", "first"},
		{map[string]any{"first": -1}, "BAD_USER_INPUT", "first"},
		{map[string]any{"after": "not-a-cursor"}, "BAD_USER_INPUT", "after"},
	} {
		errs := a.do(t, list, c.vars, nil)
		if len(errs) != 1 || errs[0].Extensions["code"] != c.code || errs[0].Extensions["field"] != c.field {
			t.Errorf("%v: errors = %+v, want %s on %s", c.vars, errs, c.code, c.field)
		}
	}

	if errs := a.do(t, `{ measures(first: 1, last: 1) { totalCount } }`, nil, nil); len(errs) != 1 || errs[0].Extensions["field"] != "last" {
		t.Errorf("first and last: %+v", errs)
	}

	// Backwards from the end of the first page's state: the last two of
	// the five, then the two before them.
	back := `query($before: String, $last: Int) {
	  measures(last: $last, before: $before, asOf: {validAt: "2025-01-01"}) {
	    totalCount basis { position } pageInfo { hasNextPage hasPreviousPage startCursor } nodes { id: recordId }
	  }
	}`
	var tail struct {
		Measures struct {
			PageInfo struct {
				HasNextPage, HasPreviousPage bool
				StartCursor                  string
			}
			Nodes []struct{ ID string }
		}
	}
	// A cursor of the first page's basis, pointing past its last measure.
	if errs := a.do(t, back, map[string]any{"last": 2, "before": m.PageInfo.EndCursor}, &tail); len(errs) > 0 {
		t.Fatal(errs)
	}
	if n := tail.Measures; len(n.Nodes) != 1 || n.Nodes[0].ID != "M-1" || !n.PageInfo.HasNextPage || n.PageInfo.HasPreviousPage {
		t.Fatalf("last 2 before M-2 = %+v, want just M-1", n)
	}
}

func TestExpectedVersionConflict(t *testing.T) {
	a := newAPI(t, nil)
	a.announce(t, "M-1", "2024-01-01")
	revoke := `mutation($in: RevokeMeasureInput!, $v: Int) { revokeMeasure(input: $in, expectedVersion: $v) { result { version } measure { status } } }`
	in := map[string]any{"measureId": "M-1", "effectiveOn": "2024-06-01", "sources": []any{map[string]any{"title": "Notice", "publisher": "FR", "official": true}}}
	errs := a.do(t, revoke, map[string]any{"in": in, "v": 0}, nil)
	if len(errs) != 1 || errs[0].Extensions["code"] != "VERSION_CONFLICT" || errs[0].Extensions["actualVersion"] != float64(1) {
		t.Fatalf("stale version: %+v", errs)
	}
	var got struct {
		RevokeMeasure struct {
			Result  struct{ Version int }
			Measure struct{ Status string }
		}
	}
	if errs := a.do(t, revoke, map[string]any{"in": in, "v": 1}, &got); len(errs) > 0 {
		t.Fatal(errs)
	}
	if got.RevokeMeasure.Result.Version != 2 || got.RevokeMeasure.Measure.Status != "REVOKED" {
		t.Fatalf("revoke payload = %+v", got)
	}
}

func TestBrokenRulesAreUserErrors(t *testing.T) {
	a := newAPI(t, nil)
	in := measureInput("M-1", "2024-01-01")
	in["implementingJurisdiction"] = "usa"
	in["items"] = []any{}
	in["provisions"] = []any{map[string]any{"id": "p", "title": " "}}
	q := `mutation($in: AnnounceMeasureInput!) {
	  announceMeasure(input: $in) { result { version } measure { id } userErrors { field rule code message } }
	}`
	var got struct {
		AnnounceMeasure struct {
			Result     *struct{ Version int }
			Measure    *struct{ ID string }
			UserErrors []struct {
				Field               []string
				Rule, Code, Message string
			}
		}
	}
	if errs := a.do(t, q, map[string]any{"in": in}, &got); len(errs) > 0 {
		t.Fatalf("errors = %+v, want none at the top level", errs)
	}
	p := got.AnnounceMeasure
	fields := map[string]string{}
	for _, e := range p.UserErrors {
		fields[strings.Join(e.Field, "/")] = e.Rule + " " + e.Code
	}
	want := map[string]string{
		"implementingJurisdiction": "jurisdiction.malformed BAD_USER_INPUT",
		"items":                    "items.required BAD_USER_INPUT",
		"provisions/0/title":       "field.required BAD_USER_INPUT",
	}
	if p.Result != nil || p.Measure != nil || fmt.Sprint(fields) != fmt.Sprint(want) {
		t.Fatalf("payload = %+v, want no result and user errors %v", p, want)
	}
	var page page
	a.do(t, list, nil, &page)
	if page.Measures.TotalCount != 0 {
		t.Fatalf("a rejected command wrote a measure")
	}
}

func TestIdempotentMutation(t *testing.T) {
	a := newAPI(t, nil)
	q := `mutation($in: AnnounceMeasureInput!, $key: String) {
	  announceMeasure(input: $in, idempotencyKey: $key) { result { version position } userErrors { rule } }
	}`
	type payload struct {
		AnnounceMeasure struct {
			Result     *struct{ Version, Position int }
			UserErrors []struct{ Rule string }
		}
	}
	var first, again, reused payload
	in := measureInput("M-1", "2024-01-01")
	a.do(t, q, map[string]any{"in": in, "key": "k1"}, &first)
	a.do(t, q, map[string]any{"in": in, "key": "k1"}, &again)
	if first.AnnounceMeasure.Result == nil || again.AnnounceMeasure.Result == nil || *first.AnnounceMeasure.Result != *again.AnnounceMeasure.Result {
		t.Fatalf("retry = %+v, first = %+v: want the same result", again, first)
	}
	in["title"] = "Another title"
	a.do(t, q, map[string]any{"in": in, "key": "k1"}, &reused)
	if u := reused.AnnounceMeasure.UserErrors; len(u) != 1 || u[0].Rule != "idempotency.key_reused" {
		t.Fatalf("reused key: %+v", reused)
	}

	// A key's limit counts characters, not bytes: 200 of them in three
	// bytes each are a key; one more is too long; none is no key at all.
	for _, c := range []struct {
		key, rule string
	}{
		{strings.Repeat("鍵", domain.MaxIdempotencyKeyLength), ""},
		{strings.Repeat("鍵", domain.MaxIdempotencyKeyLength+1), "text.too_long"},
		{"", "idempotency.key_length"},
	} {
		var p payload
		a.do(t, q, map[string]any{"in": measureInput("M-KEY-"+fmt.Sprint(len(c.key)), "2024-01-01"), "key": c.key}, &p)
		got := ""
		if u := p.AnnounceMeasure.UserErrors; len(u) > 0 {
			got = u[0].Rule
		}
		if got != c.rule || (c.rule == "") != (p.AnnounceMeasure.Result != nil) {
			t.Errorf("key of %d characters: %+v, want rule %q", utf8.RuneCountInString(c.key), p, c.rule)
		}
	}
}

// failingViews forces the rare path of a read model failing unexpectedly.
type failingViews struct{ graph.Views }

func (failingViews) MeasurePage(projections.AsOf, projections.MeasureFilter, projections.PageRequest) (projections.Basis, projections.Page[projections.MeasureView], error) {
	return projections.Basis{}, projections.Page[projections.MeasureView]{}, errors.New("disk on fire at /secret/path")
}

func TestInternalErrorsDoNotLeak(t *testing.T) {
	a := newAPI(t, func(v graph.Views) graph.Views { return failingViews{v} })
	errs := a.do(t, `{ measures { totalCount } }`, nil, nil)
	if len(errs) != 1 {
		t.Fatalf("errors = %+v", errs)
	}
	e := errs[0]
	id, _ := e.Extensions["requestId"].(string)
	if e.Extensions["code"] != "INTERNAL" || id == "" || strings.Contains(e.Message, "secret") || !strings.Contains(e.Message, id) {
		t.Fatalf("error = %+v, want INTERNAL with a request ID and no detail", e)
	}
	if logs := a.logs.String(); !strings.Contains(logs, "secret") || !strings.Contains(logs, id) {
		t.Fatalf("the cause is not logged with the request ID:\n%s", logs)
	}
}

// panickingViews makes the links of one measure panic, as a bug would,
// once armed.
type panickingViews struct {
	graph.Views
	armed *atomic.Bool
}

func (v panickingViews) Links(b projections.Basis, from, to domain.Ref) []projections.LinkView {
	if v.armed.Load() && from.ID == "CN-1" {
		panic("links of CN-1 at /secret/path")
	}
	return v.Views.Links(b, from, to)
}

// TestPanicInAResolver holds the per-field recovery that gqlgen's
// generated code keeps with sequential execution (cmd/graphgen): a
// resolver's panic is answered as INTERNAL, logged with the request ID, and
// the server goes on answering.
func TestPanicInAResolver(t *testing.T) {
	var armed atomic.Bool
	a := newAPI(t, func(v graph.Views) graph.Views { return panickingViews{v, &armed} })
	a.announceLinked(t)
	armed.Store(true)
	errs := a.do(t, `{ measures { nodes { recordId outgoingLinks { relation } } } }`, nil, nil)
	if len(errs) != 1 || errs[0].Extensions["code"] != "INTERNAL" || strings.Contains(errs[0].Message, "secret") {
		t.Fatalf("errors = %+v, want one INTERNAL without the detail", errs)
	}
	if id, _ := errs[0].Extensions["requestId"].(string); id == "" || !strings.Contains(a.logs.String(), id) || !strings.Contains(a.logs.String(), "links of CN-1") {
		t.Fatalf("the panic is not logged with the request ID %q:\n%s", id, a.logs.String())
	}
	var out struct{ Measure struct{ RecordID string } }
	if errs := a.do(t, `{ measure(recordId: "US-1") { recordId } }`, nil, &out); len(errs) > 0 || out.Measure.RecordID != "US-1" {
		t.Fatalf("after the panic: %+v %+v", out, errs)
	}
}

// TestDeferredFieldsAreAnswered: a field under @defer is answered in the
// one response, as if not deferred. With gqlgen's concurrent execution a
// deferred resolver field was left out of a POST's answer (Link.to came
// back null, without an error); sequential execution resolves it in place.
func TestDeferredFieldsAreAnswered(t *testing.T) {
	a := newAPI(t, nil)
	a.announceLinked(t)
	const plain = `{ measure(recordId: "CN-1") { status outgoingLinks { relation to { recordId } } } }`
	deferred := strings.NewReplacer("status", "... @defer { status }", "to { recordId }", "... @defer { to { recordId } }").Replace(plain)
	var want, got any
	if errs := a.do(t, plain, nil, &want); len(errs) > 0 {
		t.Fatal(errs)
	}
	if errs := a.do(t, deferred, nil, &got); len(errs) > 0 {
		t.Fatal(errs)
	}
	if !reflect.DeepEqual(got, want) || !strings.Contains(fmt.Sprint(got), "US-1") {
		t.Fatalf("with @defer %v, without %v", got, want)
	}
}

func TestNodeIDsNameAStateOfARecord(t *testing.T) {
	a := newAPI(t, nil)
	a.announce(t, "M-1", "2024-01-01")
	revoke := `mutation { revokeMeasure(input: {measureId: "M-1", effectiveOn: "2024-06-01", sources: [{title: "N", publisher: "FR", official: true}]}) { result { version } } }`
	type m struct {
		ID, RecordID, Status string
		Version              int
	}
	var before struct{ Measure m }
	a.do(t, `{ measure(recordId: "M-1", asOf: {validAt: "2024-07-01"}) { id recordId status version } }`, nil, &before)
	if errs := a.do(t, revoke, nil, nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	var after struct{ Measure m }
	a.do(t, `{ measure(recordId: "M-1", asOf: {validAt: "2024-07-01"}) { id recordId status version } }`, nil, &after)
	if before.Measure.ID == after.Measure.ID || before.Measure.Status != "IN_FORCE" || after.Measure.Status != "REVOKED" {
		t.Fatalf("two states share an ID or the states are wrong: %+v %+v", before, after)
	}
	var nodes struct {
		Nodes []*struct {
			ID, RecordID, Status string
		}
	}
	q := `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Measure { recordId status } } }`
	if errs := a.do(t, q, map[string]any{"ids": []string{before.Measure.ID, after.Measure.ID}}, &nodes); len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(nodes.Nodes) != 2 || nodes.Nodes[0].Status != "IN_FORCE" || nodes.Nodes[1].Status != "REVOKED" || nodes.Nodes[0].ID != before.Measure.ID {
		t.Fatalf("nodes = %+v", nodes.Nodes)
	}
	if errs := a.do(t, `{ node(id: "bm90LWFuLWlk") { id } }`, nil, nil); len(errs) != 1 || errs[0].Extensions["code"] != "BAD_USER_INPUT" {
		t.Fatalf("a malformed ID: %+v", errs)
	}
}

func TestLimits(t *testing.T) {
	a := newAPI(t, nil)
	deep := "id"
	for range 7 {
		deep = "outgoingLinks { from { ... on Measure { " + deep + " } } }"
	}
	deep = "{ measures(first: 1) { nodes { " + deep + " } } }"
	aliases := "{ " + strings.Repeat("a: ledger { head } ", 1)
	for i := range 31 {
		aliases += fmt.Sprintf("h%d: ledger { head } ", i)
	}
	aliases += "}"
	// Every field of a measure, a hundred times: over 10000.
	all := `id recordId kind version knownSince title summary implementingJurisdiction countryNeutral measureType status announcedOn
	  basis { position validAt } authority { id name jurisdiction } affected { jurisdiction how } items { scheme code description }
	  provisions { id title effectiveOn endsOn status suspension { id from until reason } }
	  instrument { title citation legalBasis } dates { kind date precision note } sources { sourceId citation title publisher url official publishedOn }
	  amendments { id effectiveOn summary endProvisions sources { title } } suspensions { id provisionIds from until reason end { endedOn how reason } }
	  revocation { effectiveOn reason } expiry { expiredOn reason } history { position eventId type stream version recordedAt actor command data }
	  corrections { id eventId field oldValue newValue reason evidence } retraction { id eventId reason } sourceConflicts { id field followed note }`
	wide := "{ measures(first: 100) { totalCount nodes { " + all + " } } }"
	for name, q := range map[string]string{"depth": deep, "aliases": aliases, "complexity": wide} {
		errs := a.do(t, q, nil, nil)
		if len(errs) != 1 || errs[0].Extensions["code"] != "LIMIT_EXCEEDED" {
			t.Errorf("%s: errors = %+v, want LIMIT_EXCEEDED", name, errs)
		}
	}
}

// sse opens a subscription over server-sent events and returns its data
// payloads as they come.
func (a *api) sse(tb testing.TB, query string) <-chan string {
	tb.Helper()
	ch, _ := a.subscribe(tb, query, nil)
	return ch
}

// subscribe is sse with variables, and the means to go away: cancel ends
// the request.
func (a *api) subscribe(tb testing.TB, query string, vars map[string]any) (<-chan string, context.CancelFunc) {
	tb.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	ctx, cancel := context.WithCancel(context.Background())
	tb.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, a.srv.URL, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	out := make(chan string, 16)
	go func() {
		defer resp.Body.Close()
		defer close(out)
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				select {
				case out <- data:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, cancel
}

func next(tb testing.TB, ch <-chan string) string {
	tb.Helper()
	select {
	case s, ok := <-ch:
		if !ok {
			tb.Fatal("the subscription ended")
		}
		return s
	case <-time.After(10 * time.Second):
		tb.Fatal("no event within 10 s")
	}
	return ""
}

func TestSubscriptions(t *testing.T) {
	a := newAPI(t, nil)
	a.announce(t, "M-1", "2024-01-01")
	events := a.sse(t, `subscription { ledgerEvents(after: 0, filter: {kinds: [MEASURE]}) { position subject { id } } }`)
	answers := a.sse(t, `subscription { measuresChanged(validAt: "2024-06-01") { totalCount nodes { recordId status } } }`)
	if got := next(t, events); !strings.Contains(got, `"position":1,`) {
		t.Fatalf("catch-up event = %s", got)
	}
	if got := next(t, answers); !strings.Contains(got, `"totalCount":1`) {
		t.Fatalf("first answer = %s", got)
	}
	if errs := a.do(t, `mutation { registerSource(input: {sourceId: "S", publisher: "P", title: "T", official: true}) { result { position } } }`, nil, nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	a.announce(t, "M-2", "2024-02-01")
	if got := next(t, events); !strings.Contains(got, `"position":3,`) || !strings.Contains(got, `"M-2"`) {
		t.Fatalf("live event = %s (the source at position 2 is filtered out)", got)
	}
	if got := next(t, answers); !strings.Contains(got, `"totalCount":2`) || !strings.Contains(got, `"M-2"`) {
		t.Fatalf("changed answer = %s", got)
	}
	// Resuming from the last position seen repeats nothing.
	resumed := a.sse(t, `subscription { ledgerEvents(after: 1) { position } }`)
	if got := next(t, resumed); !strings.Contains(got, `"position":2`) {
		t.Fatalf("resumed at %s, want position 2", got)
	}
}

// Batches carry the events of ledgerEvents, in order, with no gap or
// repeat across messages, at most max in one.
func TestEventBatches(t *testing.T) {
	a := newAPI(t, nil)
	for i := 1; i <= 5; i++ {
		a.announce(t, fmt.Sprintf("M-%d", i), "2024-01-01")
	}
	positions := regexp.MustCompile(`"position":(\d+)`)
	batches := a.sse(t, `subscription { ledgerEventBatches(after: 0, max: 2) { position } }`)
	var got []string
	for len(got) < 5 {
		msg := next(t, batches)
		var in []string
		for _, m := range positions.FindAllStringSubmatch(msg, -1) {
			in = append(in, m[1])
		}
		if len(in) == 0 || len(in) > 2 {
			t.Fatalf("a message of %d events, want 1 or 2: %s", len(in), msg)
		}
		got = append(got, in...)
	}
	if strings.Join(got, " ") != "1 2 3 4 5" {
		t.Fatalf("caught up with %v, want 1 to 5 in order", got)
	}
	a.announce(t, "M-6", "2024-01-01")
	if msg := next(t, batches); !strings.Contains(msg, `"position":6`) {
		t.Fatalf("live batch = %s, want position 6", msg)
	}
	errs := a.do(t, `subscription { ledgerEventBatches(max: 0) { position } }`, nil, nil)
	if len(errs) != 1 || errs[0].Extensions["code"] != "BAD_USER_INPUT" || !strings.Contains(errs[0].Message, "max must be 1 to 1000") {
		t.Fatalf("max 0: %+v, want BAD_USER_INPUT", errs)
	}
}

func TestAnalyticalViews(t *testing.T) {
	a := newAPI(t, nil)
	a.announce(t, "US-1", "2024-01-01")
	a.announce(t, "CN-1", "2024-02-01")
	link := `mutation { linkRecords(input: {linkId: "L1", from: {kind: MEASURE, id: "CN-1"}, to: {kind: MEASURE, id: "US-1"},
	  relation: RETALIATES_AGAINST, assertedBy: PRESS, evidence: "reported", sources: [{title: "N", publisher: "P", official: false}]}) { result { position } userErrors { rule } } }`
	if errs := a.do(t, link, nil, nil); len(errs) > 0 {
		t.Fatal(errs)
	}
	var got struct {
		RetaliationGraph struct {
			Nodes []struct {
				Depth  int
				Record struct {
					Ref    struct{ ID string }
					Label  string
					Record struct{ RecordID string }
				}
			}
			Edges []struct{ Relation string }
		}
		Timeline struct {
			TotalCount int
			Nodes      []struct{ Event struct{ Position int } }
		}
		AuditTrail struct {
			Entries []struct {
				Event struct{ Actor, Command string }
			}
		}
		Diff struct {
			Changes []struct {
				Record struct{ Ref struct{ ID string } }
				What   []string
			}
		}
	}
	q := `{
	  retaliationGraph(record: {kind: MEASURE, id: "US-1"}, depth: 1, asOf: {validAt: "2024-06-01"}) {
	    nodes { depth record { ref { id } label record { recordId } } } edges { relation }
	  }
	  timeline(subject: {record: {kind: MEASURE, id: "US-1"}}) { totalCount nodes { event { position } } }
	  auditTrail(record: {kind: MEASURE, id: "CN-1"}) { entries { event { actor command } } }
	  diff(from: {validAt: "2024-06-01", position: 1}, to: {validAt: "2024-06-01", position: 3}) { changes { record { ref { id } } what } }
	}`
	if errs := a.do(t, q, nil, &got); len(errs) > 0 {
		t.Fatal(errs)
	}
	g := got.RetaliationGraph
	if len(g.Nodes) != 2 || g.Nodes[1].Record.Ref.ID != "CN-1" || g.Nodes[1].Depth != 1 || g.Nodes[1].Record.Record.RecordID != "CN-1" ||
		len(g.Edges) != 1 || g.Edges[0].Relation != "RETALIATES_AGAINST" {
		t.Errorf("retaliation graph = %+v", g)
	}
	if tl := got.Timeline; tl.TotalCount != 2 || len(tl.Nodes) != 2 || tl.Nodes[1].Event.Position != 3 {
		t.Errorf("timeline of US-1 = %+v, want its announcement and the link", tl)
	}
	if e := got.AuditTrail.Entries; len(e) != 1 || e[0].Event.Actor != "tester" || e[0].Event.Command != "AnnounceMeasure" {
		t.Errorf("audit trail = %+v", e)
	}
	changed := map[string]bool{}
	for _, c := range got.Diff.Changes {
		changed[c.Record.Ref.ID] = true
	}
	if !changed["CN-1"] || changed["US-1"] && len(got.Diff.Changes) < 2 {
		t.Errorf("diff = %+v, want CN-1 recorded in between", got.Diff.Changes)
	}
	if errs := a.do(t, `{ retaliationGraph(record: {kind: MEASURE, id: "US-1"}, depth: 11) { truncated } }`, nil, nil); len(errs) != 1 || errs[0].Extensions["code"] != "LIMIT_EXCEEDED" {
		t.Errorf("depth 11: %+v", errs)
	}
}

func TestProofs(t *testing.T) {
	a := newAPI(t, nil)
	for i := range 5 {
		a.announce(t, fmt.Sprintf("M-%d", i), "2024-01-01")
	}
	var got struct {
		Measure struct {
			History []struct {
				Hash           string
				InclusionProof struct {
					LeafIndex, TreeSize int
					LeafHash, RootHash  string
					Path                []string
				}
			}
		}
		TreeHead         struct{ RootHash string }
		ConsistencyProof struct {
			From, To struct {
				Size     int
				RootHash string
			}
			Path []string
		}
	}
	q := `{
	  measure(recordId: "M-2") { history { hash inclusionProof(treeSize: 5) { leafIndex treeSize leafHash rootHash path } } }
	  treeHead(size: 5) { rootHash }
	  consistencyProof(from: 3, to: 5) { from { size rootHash } to { size rootHash } path }
	}`
	if errs := a.do(t, q, nil, &got); len(errs) > 0 {
		t.Fatal(errs)
	}
	p := got.Measure.History[0].InclusionProof
	unhex := func(s string) merkle.Hash {
		b, err := hex.DecodeString(s)
		if err != nil || len(b) != 32 {
			t.Fatalf("not a hash: %q", s)
		}
		return merkle.Hash(b)
	}
	path := make([]merkle.Hash, len(p.Path))
	for i, s := range p.Path {
		path[i] = unhex(s)
	}
	h := unhex(got.Measure.History[0].Hash)
	if leaf := merkle.LeafHash(h[:]); leaf != unhex(p.LeafHash) || p.LeafIndex != 2 || p.RootHash != got.TreeHead.RootHash {
		t.Fatalf("inclusion proof %+v does not match the event hash or the tree head", p)
	}
	if err := merkle.VerifyInclusion(unhex(p.LeafHash), uint64(p.LeafIndex), uint64(p.TreeSize), path, unhex(p.RootHash)); err != nil {
		t.Fatalf("the API's inclusion proof does not verify: %v", err)
	}
	c := got.ConsistencyProof
	cpath := make([]merkle.Hash, len(c.Path))
	for i, s := range c.Path {
		cpath[i] = unhex(s)
	}
	if err := merkle.VerifyConsistency(3, 5, unhex(c.From.RootHash), unhex(c.To.RootHash), cpath); err != nil || c.To.RootHash != got.TreeHead.RootHash {
		t.Fatalf("the API's consistency proof does not verify: %v", err)
	}
}

// TestInclusionProofOfAnEventTheTreeTrails checks that the proof of an
// event in the whole ledger (no treeSize) waits for the Merkle tree to hold
// the event, which it may not yet a moment after its commit: it is not an
// error of the client's.
func TestInclusionProofOfAnEventTheTreeTrails(t *testing.T) {
	var store eventstore.Store
	trailing := integrity.NewProofs()
	a := newAPI(t, nil, func(r *graph.Resolver, s eventstore.Store, _ *integrity.Proofs) {
		r.Proofs, store = trailing, s
	})
	a.announce(t, "M-1", "2024-01-01")
	a.announce(t, "M-2", "2024-01-01")
	evs, err := store.ReadAll(context.Background(), 0, 10)
	if err != nil || len(evs) != 2 {
		t.Fatalf("%d events, %v", len(evs), err)
	}
	if err := trailing.Add(evs[0]); err != nil {
		t.Fatal(err)
	}
	type answer struct {
		errs []gqlError
		got  struct {
			Measure struct {
				History []struct {
					InclusionProof struct{ LeafIndex, TreeSize int }
				}
			}
		}
	}
	done := make(chan *answer, 1)
	go func() {
		var ans answer
		ans.errs = a.do(t, `{ measure(recordId: "M-2") { history { inclusionProof { leafIndex treeSize } } } }`, nil, &ans.got)
		done <- &ans
	}()
	select {
	case ans := <-done:
		t.Fatalf("answered before the tree held the event: %+v %+v", ans.errs, ans.got)
	case <-time.After(100 * time.Millisecond):
	}
	if err := trailing.Add(evs[1]); err != nil {
		t.Fatal(err)
	}
	ans := <-done
	if h := ans.got.Measure.History; len(ans.errs) > 0 || len(h) != 1 || h[0].InclusionProof != (struct{ LeafIndex, TreeSize int }{1, 2}) {
		t.Fatalf("%+v %+v", ans.errs, ans.got)
	}
}

// TestQueriesOverSSE checks that a query or mutation sent with an Accept
// header that includes text/event-stream (as urql sends) gets its one
// answer and an end.
func TestQueriesOverSSE(t *testing.T) {
	a := newAPI(t, nil)
	for range 3 * runtime.GOMAXPROCS(0) * 8 {
		ch := a.sse(t, `{ ledger { head } }`)
		if got := next(t, ch); !strings.Contains(got, `"head":0`) {
			t.Fatalf("answer = %s", got)
		}
		select {
		case _, ok := <-ch:
			if ok {
				t.Fatal("more than one answer to a query")
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the stream of a query did not end")
		}
	}
}

// pressSource is the sources argument of the link tests' mutations.
const pressSource = `sources: [{title: "N", publisher: "P", official: false}]`

// announceLinked records the measures US-1 and CN-1 and the link L1 by
// which CN-1 responds to US-1.
func (a *api) announceLinked(tb testing.TB) {
	tb.Helper()
	a.announce(tb, "US-1", "2024-01-01")
	a.announce(tb, "CN-1", "2024-02-01")
	link := `mutation { linkRecords(input: {linkId: "L1", from: {kind: MEASURE, id: "CN-1"}, to: {kind: MEASURE, id: "US-1"},
	  relation: RESPONDS_TO, assertedBy: PRESS, evidence: "reported", ` + pressSource + `}) { link { id } userErrors { rule } } }`
	var made struct {
		LinkRecords struct{ Link *struct{ ID string } }
	}
	if errs := a.do(tb, link, nil, &made); len(errs) > 0 || made.LinkRecords.Link == nil || made.LinkRecords.Link.ID != "L1" {
		tb.Fatalf("link: %+v %+v", errs, made)
	}
}

func TestRetractLinkAnswersWithoutTheLink(t *testing.T) {
	a := newAPI(t, nil)
	a.announceLinked(t)
	var got struct {
		RetractLink struct {
			Result     *struct{ Version int }
			Link       *struct{ ID string }
			UserErrors []struct{ Rule string }
		}
	}
	q := `mutation { retractLink(input: {linkId: "L1", reason: "denied", ` + pressSource + `}) { result { version } link { id } userErrors { rule } } }`
	if errs := a.do(t, q, nil, &got); len(errs) > 0 {
		t.Fatalf("retracting a link fails: %+v", errs)
	}
	if p := got.RetractLink; p.Result == nil || p.Result.Version != 2 || p.Link != nil {
		t.Fatalf("retractLink payload = %+v, want version 2 and no standing link", p)
	}
}

// TestLinkEndsByIdentityOnly asks for the ends of links by their identity
// alone (answered without building the records' views) and with a field of
// the view: both name the same records at the same states, before and
// after the linked record is retracted.
func TestLinkEndsByIdentityOnly(t *testing.T) {
	a := newAPI(t, nil)
	a.announceLinked(t)
	type end struct {
		Typename string `json:"__typename"`
		ID       string
		RecordID string
		Kind     string
		Basis    struct{ Position int }
	}
	type answer struct {
		Measure *struct {
			OutgoingLinks []struct{ To *end }
			IncomingLinks []struct{ From *end }
		}
	}
	ask := func(id, extra string) (answer, []gqlError) {
		e := `__typename id recordId kind basis { position } ` + extra
		q := fmt.Sprintf(`{ measure(recordId: %q) { outgoingLinks { to { %s } } incomingLinks { from { %s } } } }`, id, e, e)
		var out answer
		errs := a.do(t, q, nil, &out)
		return out, errs
	}
	compare := func(when string, wantEnds int) {
		t.Helper()
		ends := 0
		for _, id := range []string{"CN-1", "US-1"} {
			light, lightErrs := ask(id, "")
			full, fullErrs := ask(id, "... on Measure { title }")
			if !reflect.DeepEqual(light, full) || !reflect.DeepEqual(lightErrs, fullErrs) {
				t.Errorf("%s, measure %s: by identity %+v %+v; with the view %+v %+v", when, id, light, lightErrs, full, fullErrs)
			}
			if light.Measure != nil {
				ends += len(light.Measure.OutgoingLinks) + len(light.Measure.IncomingLinks)
			}
		}
		if ends != wantEnds {
			t.Errorf("%s: %d link ends, want %d", when, ends, wantEnds)
		}
	}
	compare("linked", 2)
	retract := `mutation { retractRecord(input: {retractionId: "R1", record: {kind: MEASURE, id: "US-1"}, reason: "entered in error", ` + pressSource + `}) { userErrors { rule } } }`
	if errs := a.do(t, retract, nil, nil); len(errs) > 0 {
		t.Fatalf("retract: %+v", errs)
	}
	// A retracted record stays readable, with its retraction: the link
	// still names it.
	compare("after the retraction", 2)
}
