package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/controlsledger/ledger/graph"
	"github.com/controlsledger/ledger/projections"
)

// countingViews counts the measure pages the read models are asked for.
type countingViews struct {
	graph.Views
	pages *atomic.Int64
}

func (v countingViews) MeasurePage(at projections.AsOf, f projections.MeasureFilter, p projections.PageRequest) (projections.Basis, projections.Page[projections.MeasureView], error) {
	v.pages.Add(1)
	return v.Views.MeasurePage(at, f, p)
}

// cachedAPI is the real handler with its read models' measure pages and its
// answer cache's hits counted.
type cachedAPI struct {
	*api
	pages, hits, stored atomic.Int64
}

func newCachedAPI(tb testing.TB) *cachedAPI {
	tb.Helper()
	c := &cachedAPI{}
	c.api = newAPIWith(tb, func(v graph.Views) graph.Views { return countingViews{v, &c.pages} }, func(o *graph.Options) {
		o.OnAnswerCache = func(r graph.CacheReport) {
			if r.Hit {
				c.hits.Add(1)
			} else {
				c.stored.Add(1)
			}
		}
	})
	return c
}

// getRequest is a GET of query with vars, and the headers given in pairs.
func getRequest(tb testing.TB, base, query string, vars map[string]any, headers ...string) *http.Request {
	tb.Helper()
	q := url.Values{"query": {query}}
	if vars != nil {
		v, _ := json.Marshal(vars)
		q.Set("variables", string(v))
	}
	req, err := http.NewRequest(http.MethodGet, base+"?"+q.Encode(), nil)
	if err != nil {
		tb.Fatal(err)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return req
}

// fetch sends req and returns its response with its body read.
func fetch(tb testing.TB, req *http.Request) (*http.Response, string) {
	tb.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp, string(body)
}

func (c *cachedAPI) head(tb testing.TB) int {
	tb.Helper()
	var out struct{ Ledger struct{ Head int } }
	if errs := c.do(tb, `{ ledger { head } }`, nil, &out); len(errs) > 0 {
		tb.Fatal(errs)
	}
	return out.Ledger.Head
}

const fixedMeasures = `query($p: Int!, $v: Date!) {
  measures(asOf: {validAt: $v, position: $p}) { totalCount basis { position validAt } nodes { recordId } }
}`

func TestFixedBasisAnswersAreCachedAndImmutable(t *testing.T) {
	c := newCachedAPI(t)
	c.announce(t, "M1", "2024-01-01")
	p := c.head(t)
	vars := map[string]any{"p": p, "v": "2024-06-01"}

	resp, first := fetch(t, getRequest(t, c.srv.URL, fixedMeasures, vars))
	etag := resp.Header.Get("ETag")
	if resp.StatusCode != http.StatusOK || !strings.Contains(first, `"totalCount":1`) {
		t.Fatalf("%d: %s", resp.StatusCode, first)
	}
	if cc := resp.Header.Get("Cache-Control"); cc != "public, max-age=31536000, immutable" || !strings.HasPrefix(etag, `"`) || !strings.HasSuffix(etag, `"`) || len(etag) < 10 {
		t.Fatalf("Cache-Control %q, ETag %q: want an immutable answer with a strong ETag", cc, etag)
	}
	pages := c.pages.Load()

	// A new event does not change the answer at the fixed basis; it is
	// served from the cache without asking the read models.
	c.announce(t, "M2", "2024-02-01")
	for i := range 3 {
		resp, again := fetch(t, getRequest(t, c.srv.URL, fixedMeasures, vars))
		if resp.StatusCode != http.StatusOK || again != first || resp.Header.Get("ETag") != etag {
			t.Fatalf("repeat %d: %d %s (ETag %s), want the first answer %s (ETag %s)", i, resp.StatusCode, again, resp.Header.Get("ETag"), first, etag)
		}
	}
	if got := c.hits.Load(); got != 3 {
		t.Errorf("cache hits = %d, want 3", got)
	}
	if got := c.pages.Load(); got != pages {
		t.Errorf("the read models were asked %d more times, want 0", got-pages)
	}

	// If-None-Match with the ETag: 304 and no body; with another: the body.
	resp, body := fetch(t, getRequest(t, c.srv.URL, fixedMeasures, vars, "If-None-Match", `"other", `+etag))
	if resp.StatusCode != http.StatusNotModified || body != "" || resp.Header.Get("ETag") != etag {
		t.Fatalf("If-None-Match: %d %q, want 304 with no body", resp.StatusCode, body)
	}
	resp, body = fetch(t, getRequest(t, c.srv.URL, fixedMeasures, vars, "If-None-Match", `"other"`))
	if resp.StatusCode != http.StatusOK || body != first {
		t.Fatalf("If-None-Match another ETag: %d %s", resp.StatusCode, body)
	}

	// The basis written as literals is fixed too; its first answer is
	// computed (with the new event's position it counts both measures),
	// answered 304 already when the client holds its ETag.
	literal := fmt.Sprintf(`{ measures(asOf: {validAt: "2024-06-01", position: %d}) { totalCount basis { validAt } } }`, c.head(t))
	resp, body = fetch(t, getRequest(t, c.srv.URL, literal, nil))
	if resp.Header.Get("Cache-Control") == "" || !strings.Contains(body, `"totalCount":2`) {
		t.Fatalf("literal basis: %q %s", resp.Header.Get("Cache-Control"), body)
	}
	other := fmt.Sprintf(`{ measures(asOf: {validAt: "2024-06-02", position: %d}) { totalCount basis { validAt } } }`, c.head(t))
	resp2, _ := fetch(t, getRequest(t, c.srv.URL, other, nil, "If-None-Match", resp.Header.Get("ETag")))
	if resp2.StatusCode != http.StatusOK {
		t.Fatalf("another basis with the first one's ETag: %d, want 200", resp2.StatusCode)
	}
	// The basis as one variable, and the field in a fragment.
	whole := `query($a: AsOf!) { ...F } fragment F on Query { measures(asOf: $a) { totalCount } }`
	for i := range 2 {
		resp, body := fetch(t, getRequest(t, c.srv.URL, whole, map[string]any{"a": map[string]any{"validAt": "2024-06-01", "position": p}}))
		if resp.Header.Get("ETag") == "" || !strings.Contains(body, `"totalCount":1`) {
			t.Fatalf("the basis as a variable, answer %d: %v %s", i, resp.Header, body)
		}
	}
	if got := c.hits.Load(); got != 6 { // 3 repeats, 2 If-None-Match, this one
		t.Errorf("cache hits = %d, want 6", got)
	}
	resp2, _ = fetch(t, getRequest(t, c.srv.URL, strings.Replace(literal, "{ measures", "{ m2: measures", 1), nil, "If-None-Match", resp.Header.Get("ETag")))
	if resp2.StatusCode != http.StatusOK {
		t.Fatalf("another document with the first one's ETag: %d, want 200", resp2.StatusCode)
	}
}

func TestMovingBasisAnswersAreNeverCached(t *testing.T) {
	c := newCachedAPI(t)
	c.announce(t, "M1", "2024-01-01")
	p := c.head(t)
	cases := []struct {
		name, query string
		vars        map[string]any
	}{
		{"no asOf", `{ measures { totalCount } }`, nil},
		{"asOf without position", `{ measures(asOf: {validAt: "2024-06-01"}) { totalCount } }`, nil},
		{"asOf without validAt", `query($p: Int!) { measures(asOf: {position: $p}) { totalCount } }`, map[string]any{"p": p}},
		{"a null position", `query($p: Int) { measures(asOf: {validAt: "2024-06-01", position: $p}) { totalCount } }`, map[string]any{"p": nil}},
		{"knownAt only", `{ measures(asOf: {validAt: "2024-06-01", knownAt: "2100-01-01T00:00:00Z"}) { totalCount } }`, nil},
		{"afterPosition", `query($p: Int!) { measures(asOf: {validAt: "2024-06-01", afterPosition: $p}) { totalCount } }`, map[string]any{"p": p}},
		{"the basis as a variable without position", `query($a: AsOf) { measures(asOf: $a) { totalCount } }`, map[string]any{"a": map[string]any{"validAt": "2024-06-01"}}},
		{"ledger head", `{ ledger { head } }`, nil},
		{"a fixed field beside ledger head", `query($p: Int!) { measures(asOf: {validAt: "2024-06-01", position: $p}) { totalCount } ledger { head } }`, map[string]any{"p": p}},
		{"ledger head in a fragment", `query($p: Int!) { measures(asOf: {validAt: "2024-06-01", position: $p}) { totalCount } ...H } fragment H on Query { ledger { head } }`, map[string]any{"p": p}},
		{"lists' age at a fixed basis", `query($p: Int!) { lists(asOf: {validAt: "2024-06-01", position: $p}) { ageSeconds } }`, map[string]any{"p": p}},
		{"a position beyond the head", `{ measures(asOf: {validAt: "2024-06-01", position: 1000000}) { totalCount } }`, nil},
		{"a mutation", `mutation { sealCheckpoint { sealed } }`, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var bodies []string
			for i := range 2 {
				resp, body := fetch(t, getRequest(t, c.srv.URL, tc.query, tc.vars))
				if cc, etag := resp.Header.Get("Cache-Control"), resp.Header.Get("ETag"); cc != "" || etag != "" {
					t.Fatalf("answer %d: Cache-Control %q, ETag %q on %s", i, cc, etag, body)
				}
				refused := strings.Contains(tc.name, "beyond") || strings.Contains(tc.name, "mutation")
				if strings.Contains(body, `"errors"`) != refused {
					t.Fatalf("answer %d: %s", i, body)
				}
				bodies = append(bodies, body)
				c.announce(t, fmt.Sprintf("%s-%d", strings.ReplaceAll(tc.name, " ", "-"), i), "2024-03-01")
			}
			if c.hits.Load() != 0 || c.stored.Load() != 0 {
				t.Fatalf("cache hits %d, stored %d, want none", c.hits.Load(), c.stored.Load())
			}
			if strings.Contains(tc.query, "{ measures {") && bodies[0] == bodies[1] {
				t.Fatalf("the answer did not move with the ledger: %s", bodies[0])
			}
		})
	}

	// A POST of a fixed-basis query is answered, never with the headers,
	// and is not served from the cache even after a GET stored it.
	vars := map[string]any{"p": p, "v": "2024-06-01"}
	fetch(t, getRequest(t, c.srv.URL, fixedMeasures, vars))
	hits := c.hits.Load()
	body, _ := json.Marshal(map[string]any{"query": fixedMeasures, "variables": vars})
	for range 2 {
		req, _ := http.NewRequest(http.MethodPost, c.srv.URL, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, out := fetch(t, req)
		if resp.StatusCode != http.StatusOK || resp.Header.Get("Cache-Control") != "" || resp.Header.Get("ETag") != "" || !strings.Contains(out, `"totalCount":1`) {
			t.Fatalf("POST: %d %v %s", resp.StatusCode, resp.Header, out)
		}
	}
	if c.hits.Load() != hits {
		t.Fatalf("a POST was served from the cache")
	}
}

// BenchmarkFixedBasisRepeat measures, in one run, a fixed-basis GET
// answered from the answer cache, the same query computed (POST), and
// { ledger { head } }, the cheapest query, on a ledger of 200 measures:
//
//	go test -run '^$' -bench FixedBasisRepeat -benchtime 20000x ./graph
func BenchmarkFixedBasisRepeat(b *testing.B) {
	c := newCachedAPI(b)
	for i := range 200 {
		c.announce(b, fmt.Sprintf("M%03d", i), "2024-01-01")
	}
	h := c.srv.Config.Handler
	vars := map[string]any{"p": c.head(b), "v": "2024-06-01"}
	fixed := getRequest(b, "/graphql", fixedMeasures, vars)
	postBody, _ := json.Marshal(map[string]any{"query": fixedMeasures, "variables": vars})
	run := func(b *testing.B, req func() *http.Request) {
		h.ServeHTTP(httptest.NewRecorder(), req()) // the first computes
		b.ResetTimer()
		for range b.N {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req())
			if w.Code != http.StatusOK || bytes.Contains(w.Body.Bytes(), []byte(`"errors"`)) {
				b.Fatalf("%d: %s", w.Code, w.Body.Bytes())
			}
		}
	}
	b.Run("cached", func(b *testing.B) {
		hits := c.hits.Load()
		run(b, func() *http.Request { return fixed.Clone(fixed.Context()) })
		if got := c.hits.Load() - hits; got < int64(b.N) { // and the first, after the first run
			b.Fatalf("%d cache hits in %d requests", got, b.N)
		}
	})
	b.Run("computed", func(b *testing.B) {
		run(b, func() *http.Request {
			req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(postBody))
			req.Header.Set("Content-Type", "application/json")
			return req
		})
	})
	head := getRequest(b, "/graphql", `{ ledger { head } }`, nil)
	b.Run("ledger-head", func(b *testing.B) {
		run(b, func() *http.Request { return head.Clone(head.Context()) })
	})
}
