package main

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
)

// A case is one abuse: requests sent together, each with the answers it
// may get.
type abuseCase struct {
	name string
	// send sends the case's requests and returns what each was answered.
	send func(ctx context.Context, c *client) []answer
}

// answer is what one request got.
type answer struct {
	// code is the first error's extensions.code, "ok" without errors, or
	// "HTTP n" when the body was not GraphQL.
	code string
	// want lists the codes the request may get.
	want     []string
	duration time.Duration
	err      error
}

// cases are the abuses the server must refuse cheaply, and their neighbours.
func cases() []abuseCase {
	return []abuseCase{
		one("8,000 aliased __schema through a fragment (279 KB)", aliasedSchemas(8000), "LIMIT_EXCEEDED"),
		one("2,500 aliased __schema through a fragment", aliasedSchemas(2500), "LIMIT_EXCEEDED"),
		one("300 aliased __schema (under the token limit)", "{ "+repeat("s%d: __schema { types { name fields { name type { name } } } } ", 300)+"}", "LIMIT_EXCEEDED"),
		one("20,000 repeats of ledger { head } (320 KB)", "{ "+strings.Repeat("ledger { head } ", 20000)+"}", "LIMIT_EXCEEDED"),
		one("5,000 repeats of ledger { head }", "{ "+strings.Repeat("ledger { head } ", 5000)+"}", "LIMIT_EXCEEDED"),
		one("the worst accepted: 250 repeats of ledger { head }", "{ "+strings.Repeat("ledger { head } ", 250)+"}", "ok"),
		one("fragments doubling 40 times (2^41 fields)", doublingFragments(40), "LIMIT_EXCEEDED"),
		one("a 1 MiB comment", "{ ledger { head } }\n#"+strings.Repeat("x", 1<<20-40), "ok"),
		one("a body over 1 MiB", "{ ledger { head } }\n#"+strings.Repeat("x", 2<<20), "LIMIT_EXCEEDED"),
		one("fields nested 40 deep", nested(40), "LIMIT_EXCEEDED"),
		one("the introspection query of GraphiQL", introspectionQuery, "ok"),
		one("asOf: {position: 1000000000}", `{ measures(asOf: {position: 1000000000}) { totalCount } }`, "BAD_USER_INPUT"),
		one("treeHead(size: 1000000000)", `{ treeHead(size: 1000000000) { rootHash } }`, "BAD_USER_INPUT"),
		{name: "64 asOf beyond the head at once, and an ordinary read", send: beyondHeadFlood},
		one(`knownAt: "2023-02-30T00:00:00Z"`, `{ measures(asOf: {knownAt: "2023-02-30T00:00:00Z"}) { totalCount } }`, "BAD_USER_INPUT"),
		one(`knownAt: "99999-01-01T00:00:00Z"`, `{ measures(asOf: {knownAt: "99999-01-01T00:00:00Z"}) { totalCount } }`, "BAD_USER_INPUT"),
		{name: "300 distinct 4 KB queries (filling the query caches)", send: cacheFlood},
	}
}

// one is a case of a single request.
func one(name, query string, want ...string) abuseCase {
	return abuseCase{name: name, send: func(ctx context.Context, c *client) []answer {
		return []answer{c.query(ctx, query, want...)}
	}}
}

// repeat writes format n times with i = 0..n-1.
func repeat(format string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, format, i)
	}
	return b.String()
}

// aliasedSchemas is a document of n aliased __schema selections in a
// fragment, the costliest introspection a client can ask in few bytes.
func aliasedSchemas(n int) string {
	return "query { ...F } fragment F on Query { " + repeat("s%d: __schema { types { name fields { name type { name } } } } ", n) + "}"
}

// doublingFragments is a fragment that spreads the one before it twice,
// n times over.
func doublingFragments(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "query { ...F%d } fragment F0 on Query { ledger { head } } ", n)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ... on Query { ...F%d } } ", i, i-1, i-1)
	}
	return b.String()
}

// nested is links nested n levels deep.
func nested(n int) string {
	q := "id"
	for range n / 3 {
		q = "outgoingLinks { from { ... on Measure { " + q + " } } }"
	}
	return "{ measures(first: 1) { nodes { " + q + " } } }"
}

// beyondHeadFlood sends 64 reads at a position far beyond the head at
// once, then an ordinary read while they are in flight: they held an
// in-flight slot each for 5 s and delayed the ordinary read by 9.5 s.
func beyondHeadFlood(ctx context.Context, c *client) []answer {
	const n = 64
	out := make([]answer, n+1)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = c.query(ctx, fmt.Sprintf(`{ measures(asOf: {position: %d}) { totalCount } }`, 1000000000+i), "BAD_USER_INPUT")
		}()
	}
	out[n] = c.query(ctx, `{ measures(first: 5) { totalCount nodes { recordId title } } }`, "ok")
	wg.Wait()
	return out
}

// cacheFlood sends 300 distinct valid queries of about 4 KB (as many
// fields as a query may have): 1,000 such queries pinned 430 MB when the
// query cache counted entries, not bytes.
func cacheFlood(ctx context.Context, c *client) []answer {
	const n = 300
	out := make([]answer, 0, n)
	for i := range n {
		q := fmt.Sprintf("query Q%d { ledger { head } ", i) + strings.Repeat("ledger { head } ", 245) + "}"
		out = append(out, c.query(ctx, q, "ok"))
		if ctx.Err() != nil {
			break
		}
	}
	return out
}

// introspectionQuery is the query GraphiQL sends to learn a schema.
//
//go:embed introspection.graphql
var introspectionQuery string

// client sends GraphQL requests.
type client struct {
	url  string
	http *http.Client
}

// query posts query and reads the first error's code.
func (c *client) query(ctx context.Context, query string, want ...string) answer {
	body, _ := json.Marshal(map[string]any{"query": query})
	a := answer{want: want}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		a.err = err
		return a
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json, application/json")
	start := time.Now()
	resp, err := c.http.Do(req)
	if err != nil {
		a.err, a.duration = err, time.Since(start)
		return a
	}
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	resp.Body.Close()
	a.duration = time.Since(start)
	if err != nil {
		a.err = err
		return a
	}
	var out struct {
		Errors []struct {
			Extensions struct{ Code string } `json:"extensions"`
		} `json:"errors"`
	}
	switch {
	case json.Unmarshal(raw, &out) != nil:
		a.code = fmt.Sprintf("HTTP %d", resp.StatusCode)
	case len(out.Errors) == 0:
		a.code = "ok"
	default:
		a.code = out.Errors[0].Extensions.Code
		if a.code == "" {
			a.code = "no code"
		}
	}
	return a
}

// ledgerHead checks the server answers an ordinary read.
func (c *client) ledgerHead(ctx context.Context) (answer, error) {
	a := c.query(ctx, "{ ledger { head } }", "ok")
	if a.err == nil && a.code != "ok" {
		a.err = fmt.Errorf("answered %s", a.code)
	}
	return a, a.err
}

// result is a measured case.
type result struct {
	answer    string
	slowest   time.Duration
	wrong     []string
	memory    bool
	rssGrowth int64
	cpu       time.Duration
	procErr   error
}

// measureCase runs a case and reads the server's memory and CPU time around
// it: its resident size's high-water mark is reset before the case and read
// after it, so the growth counts the case's peak, not only what it kept.
func measureCase(ctx context.Context, c *client, pid int, cs abuseCase) result {
	var r result
	var before procStat
	if pid != 0 {
		before, r.procErr = readProc(pid, true)
	}
	answers := cs.send(ctx, c)
	if pid != 0 && r.procErr == nil {
		var after procStat
		after, r.procErr = readProc(pid, false)
		if r.procErr == nil {
			r.memory = true
			r.rssGrowth = after.peakRSS - before.rss
			r.cpu = after.cpu - before.cpu
		}
	}
	codes := map[string]int{}
	for _, a := range answers {
		r.slowest = max(r.slowest, a.duration)
		got := a.code
		if a.err != nil {
			got = "error: " + a.err.Error()
		}
		codes[got]++
		if a.err != nil || !slices.Contains(a.want, a.code) {
			r.wrong = append(r.wrong, fmt.Sprintf("%s, want %s", got, strings.Join(a.want, " or ")))
		}
	}
	var names []string
	for code, n := range codes {
		if n > 1 {
			code = fmt.Sprintf("%d× %s", n, code)
		}
		names = append(names, code)
	}
	slices.Sort(names)
	r.answer = strings.Join(names, ", ")
	return r
}

// onlySlow reports whether the case missed its time bound and nothing else.
func (r result) onlySlow(cfg Config) bool {
	return r.slowest > cfg.MaxTime && len(r.wrong) == 0 && r.procErr == nil && (!r.memory || r.rssGrowth <= cfg.MaxRSS)
}

// verdict says whether the case kept its bounds.
func (r result) verdict(cfg Config) string {
	var miss []string
	if len(r.wrong) > 0 {
		miss = append(miss, "answered "+r.wrong[0])
	}
	if r.slowest > cfg.MaxTime {
		miss = append(miss, fmt.Sprintf("slower than %v", cfg.MaxTime))
	}
	if r.memory && r.rssGrowth > cfg.MaxRSS {
		miss = append(miss, fmt.Sprintf("memory grew by more than %d MB", cfg.MaxRSS>>20))
	}
	if r.procErr != nil {
		miss = append(miss, "cannot read the server's memory: "+r.procErr.Error())
	}
	if len(miss) == 0 {
		return "ok"
	}
	return "FAIL: " + strings.Join(miss, "; ")
}
