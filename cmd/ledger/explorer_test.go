package main

import (
	"io"
	"net/http"
	"strings"
	"testing"
)

// TestServesExplorerAndGraphiQL checks the pages `ledger serve` gives a
// browser: the Explorer at /, GraphiQL at /graphiql, both from the binary
// and confined to its origin, beside the API.
func TestServesExplorerAndGraphiQL(t *testing.T) {
	s := startServer(t, t.TempDir())
	for _, tc := range []struct{ path, want string }{
		{"/", "<title>Ledger Explorer</title>"},
		{"/graphiql", "<title>GraphiQL"},
	} {
		resp, err := http.Get(s.url + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), tc.want) {
			t.Errorf("GET %s: %d, want a page with %q", tc.path, resp.StatusCode, tc.want)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy %q does not keep the page on its origin", tc.path, csp)
		}
		if strings.Contains(string(body), "cdn.") || strings.Contains(string(body), "unpkg") {
			t.Errorf("GET %s names a CDN:\n%s", tc.path, body)
		}
	}
	if r := s.query(t, `{ ledger { head } }`, nil); len(r.Errors) > 0 {
		t.Fatalf("the API beside the pages: %v", r.Errors)
	}
}
