package graph_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/controlsledger/ledger/graph"
)

// introspectionQuery reads the query GraphiQL and most tools send to learn
// a schema (the abuse script sends it too): the limits must let it through.
func introspectionQuery(tb testing.TB) string {
	tb.Helper()
	q, err := os.ReadFile("../cmd/abuse/introspection.graphql")
	if err != nil {
		tb.Fatal(err)
	}
	return string(q)
}

// wantRefused checks errs is one error with the code and rule given.
func wantRefused(tb testing.TB, what string, errs []gqlError, code, rule string) {
	tb.Helper()
	if len(errs) != 1 || errs[0].Extensions["code"] != code || errs[0].Extensions["rule"] != rule {
		tb.Errorf("%s: errors = %+v, want one %s error with rule %s", what, errs, code, rule)
	}
}

func TestRequestCostIsDecidedBeforeValidation(t *testing.T) {
	a := newAPI(t, nil)
	// A fragment of aliased __schema fields: 8,000 of them made a 227 MB
	// answer, since neither the complexity nor the alias limit counted
	// introspection fields.
	var b strings.Builder
	b.WriteString("query { ...F } fragment F on Query { ")
	for i := range 8000 {
		fmt.Fprintf(&b, "s%d: __schema { types { name fields { name } } } ", i)
	}
	b.WriteString("}")
	aliasedSchemas := b.String()
	// Fragments that spread the previous one twice: 2^40 fields from a
	// document of a few hundred tokens.
	b.Reset()
	b.WriteString("query { ...F40 } fragment F0 on Query { ledger { head } } ")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ... on Query { ...F%d } } ", i, i-1, i-1)
	}
	bomb := b.String()
	cases := []struct {
		name, query, rule string
	}{
		{"8,000 aliased __schema in a fragment", aliasedSchemas, "query.tokens"},
		// 20,000 repeats took 60 s of validation before LIMIT_EXCEEDED.
		{"20,000 repeats of a field", "{ " + strings.Repeat("ledger { head } ", 20000) + "}", "query.tokens"},
		// Under the token limit, over the field limit: validation compares
		// every pair of these fields.
		{"100 aliased __schema", "{ " + strings.Repeat("s: __schema { queryType { name } } ", 100) + "}", "query.aliases"},
		{"1,500 repeats of a field", "{ " + strings.Repeat("ledger { head } ", 750) + "}", "query.fields"},
		{"fragments that double", bomb, "query.fields"},
		{"aliased introspection", "{ " + strings.Repeat("a: __typename b: __typename ", 16) + "}", "query.aliases"},
		{"four __schema", "{ a: __schema { queryType { name } } b: __schema { queryType { name } } c: __type(name: \"Query\") { name } d: __type(name: \"Measure\") { name } }", "query.introspection"},
		{"aliases spread from fragments", "{ ...A ...A } fragment A on Query { " + strings.Repeat("h: ledger { head } ", 1) + strings.Repeat("...B ", 1) + " } fragment B on Query { " + aliasList(16) + " }", "query.aliases"},
	}
	for _, c := range cases {
		wantRefused(t, c.name, a.do(t, c.query, nil, nil), "LIMIT_EXCEEDED", c.rule)
	}
	// The introspection tools send passes, and so does a query sent by its
	// hash alone once it is known.
	var schema struct {
		Schema struct{ Types []struct{ Name string } } `json:"__schema"`
	}
	if errs := a.do(t, introspectionQuery(t), nil, &schema); len(errs) > 0 || len(schema.Schema.Types) < 20 {
		t.Fatalf("the introspection query: %+v, %d types", errs, len(schema.Schema.Types))
	}
}

// aliasList is n aliased fields.
func aliasList(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "a%d: ledger { head } ", i)
	}
	return b.String()
}

func TestPersistedQueriesAreMeasuredToo(t *testing.T) {
	a := newAPI(t, nil)
	query := "{ " + strings.Repeat("ledger { head } ", 750) + "}"
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": sha256Hex(query)}}
	for _, body := range []map[string]any{{"query": query, "extensions": ext}, {"extensions": ext}} {
		errs := a.post(t, body)
		if len(errs) != 1 || (errs[0].Extensions["code"] != "LIMIT_EXCEEDED" && errs[0].Message != "PersistedQueryNotFound") {
			t.Errorf("%v: errors = %+v, want LIMIT_EXCEEDED or PersistedQueryNotFound", body["query"] != nil, errs)
		}
	}
}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// post sends a raw GraphQL request body and returns its errors.
func (a *api) post(tb testing.TB, body map[string]any) []gqlError {
	tb.Helper()
	raw, _ := json.Marshal(body)
	resp, err := http.Post(a.srv.URL, "application/json", bytes.NewReader(raw))
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct{ Errors []gqlError }
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		tb.Fatalf("not JSON (%d): %v", resp.StatusCode, err)
	}
	return out.Errors
}

func TestLargeAnswersAreRefused(t *testing.T) {
	a := newAPIWith(t, nil, func(o *graph.Options) { o.MaxResponseBytes = 2000 })
	wantRefused(t, "the schema's type names", a.do(t, "{ __schema { types { name description } } }", nil, nil), "LIMIT_EXCEEDED", "response.size")
	if errs := a.do(t, "{ ledger { head } }", nil, nil); len(errs) > 0 {
		t.Fatal(errs)
	}
}

// waitRecorder records the waits for positions from 1,000,000,000 on
// (far beyond any test's ledger) that reach the read models.
type waitRecorder struct {
	graph.Views
	mu            sync.Mutex
	running, most int
	// long counts the waits with no deadline or one over a second away.
	long int
}

func (w *waitRecorder) WaitFor(ctx context.Context, position uint64) error {
	if position >= 1_000_000_000 {
		w.mu.Lock()
		w.running++
		w.most = max(w.most, w.running)
		if d, ok := ctx.Deadline(); !ok || time.Until(d) > time.Second {
			w.long++
		}
		w.mu.Unlock()
		defer func() { w.mu.Lock(); w.running--; w.mu.Unlock() }()
	}
	return w.Views.WaitFor(ctx, position)
}

func TestPositionsBeyondTheStoreAreWaitedForBriefly(t *testing.T) {
	rec := &waitRecorder{}
	a := newAPI(t, func(v graph.Views) graph.Views { rec.Views = v; return rec })
	a.announce(t, "M-1", "2024-01-01")
	var wg sync.WaitGroup
	errs := make([][]gqlError, 32)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = a.do(t, fmt.Sprintf(`{ measures(asOf: {position: %d}) { totalCount } }`, 1_000_000_000+i), nil, nil)
		}()
	}
	wg.Wait()
	for i, e := range errs {
		wantRefused(t, fmt.Sprintf("position beyond the head #%d", i), e, "BAD_USER_INPUT", "position.beyond_head")
	}
	errs[0] = a.do(t, `{ treeHead(size: 1000000000) { rootHash } }`, nil, nil)
	wantRefused(t, "a tree size beyond the head", errs[0], "BAD_USER_INPUT", "size.beyond_head")
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if rec.long > 0 || rec.most > 4 {
		t.Fatalf("%d waits for a position past the store's head allowed over a second; %d ran at once (want at most 4): each holds a request and one of the operations running at once", rec.long, rec.most)
	}
	var m struct{ Measures struct{ TotalCount int } }
	if errs := a.do(t, `{ measures(asOf: {position: 1}) { totalCount } }`, nil, &m); len(errs) > 0 || m.Measures.TotalCount != 1 {
		t.Fatalf("a position the ledger has: %+v %+v", errs, m)
	}
}

func TestIntrospectionTurnedOffIsOneClientError(t *testing.T) {
	a := newAPIWith(t, nil, func(o *graph.Options) { o.Introspection = false })
	for _, q := range []string{introspectionQuery(t), `{ __type(name: "Measure") { name } }`, `{ ...F } fragment F on Query { __schema { types { name } } }`} {
		wantRefused(t, q[:20], a.do(t, q, nil, nil), "GRAPHQL_VALIDATION_FAILED", "introspection.disabled")
	}
	if logs := a.logs.String(); strings.Contains(logs, "level=ERROR") {
		t.Fatalf("introspection was logged as a server error:\n%s", logs)
	}
	var typename struct {
		Typename string `json:"__typename"`
	}
	if errs := a.do(t, `{ __typename }`, nil, &typename); len(errs) > 0 || typename.Typename != "Query" {
		t.Fatalf("__typename: %+v %+v", errs, typename)
	}
}

func TestTransportErrorsCarryCodes(t *testing.T) {
	a := newAPI(t, nil)
	for _, c := range []struct {
		name, method, url, contentType, body string
		status                               int
		code                                 string
	}{
		{"a mutation over GET", http.MethodGet, a.srv.URL + "?query=" + "mutation%7BsealCheckpoint%7Bsealed%7D%7D", "", "", http.StatusNotAcceptable, "BAD_REQUEST"},
		{"an unknown content type", http.MethodPost, a.srv.URL, "text/plain", "{ ledger { head } }", http.StatusBadRequest, "BAD_REQUEST"},
		{"an event stream asked for with PUT", http.MethodPut, a.srv.URL, "application/json", `{"query": "{ ledger { head } }"}`, http.StatusBadRequest, "BAD_REQUEST"},
		{"a body that is not JSON", http.MethodPost, a.srv.URL, "application/json", "{ ledger", http.StatusBadRequest, "BAD_USER_INPUT"},
	} {
		req, _ := http.NewRequest(c.method, c.url, strings.NewReader(c.body))
		if c.contentType != "" {
			req.Header.Set("Content-Type", c.contentType)
		}
		req.Header.Set("Accept", "application/graphql-response+json")
		if c.method == http.MethodPut {
			req.Header.Set("Accept", "text/event-stream")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var out struct{ Errors []gqlError }
		if err := json.Unmarshal(raw, &out); err != nil || resp.StatusCode != c.status || len(out.Errors) == 0 {
			t.Errorf("%s: %d %s, want %d with errors", c.name, resp.StatusCode, raw, c.status)
			continue
		}
		for _, e := range out.Errors {
			if e.Extensions["code"] != c.code {
				t.Errorf("%s: %s, want extensions.code %s", c.name, raw, c.code)
			}
		}
	}
}
