package web_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/controlsledger/ledger/web"
)

func get(tb testing.TB, h http.Handler, method, path string) *http.Response {
	tb.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	return rec.Result()
}

func TestPagesAndAssets(t *testing.T) {
	h := web.Handler()
	for _, tc := range []struct{ path, want string }{
		{"/", "<title>Ledger Explorer</title>"},
		{"/graphiql", "GraphiQL"},
	} {
		res := get(t, h, http.MethodGet, tc.path)
		body, _ := io.ReadAll(res.Body)
		if res.StatusCode != http.StatusOK || !strings.Contains(string(body), tc.want) {
			t.Fatalf("GET %s: %d, body without %q:\n%s", tc.path, res.StatusCode, tc.want, body)
		}
		if got := res.Header.Get("Content-Security-Policy"); got != web.ContentSecurityPolicy {
			t.Errorf("GET %s: Content-Security-Policy %q", tc.path, got)
		}
		// Every script and stylesheet the page names is served from the
		// binary, with a long cache life (its name changes with its content).
		refs := regexp.MustCompile(`(?:src|href)="(/assets/[^"]+)"`).FindAllStringSubmatch(string(body), -1)
		if len(refs) == 0 {
			t.Fatalf("GET %s names no asset:\n%s", tc.path, body)
		}
		for _, m := range refs {
			a := get(t, h, http.MethodGet, m[1])
			if a.StatusCode != http.StatusOK {
				t.Errorf("GET %s (from %s): %d", m[1], tc.path, a.StatusCode)
			}
			if !strings.Contains(a.Header.Get("Cache-Control"), "immutable") {
				t.Errorf("GET %s: Cache-Control %q", m[1], a.Header.Get("Cache-Control"))
			}
		}
	}
}

func TestNothingFromAnotherHost(t *testing.T) {
	// A page may name other hosts in links and in library strings, but never
	// load from them: no src= or href= of a script, stylesheet or font
	// outside the server, in the pages or in the built assets.
	load := regexp.MustCompile(`(?i)(<script[^>]+src|<link[^>]+href|@import|url\()\s*=?\s*["']?(https?:)?//`)
	err := fs.WalkDir(web.Files, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".css")) {
			return err
		}
		b, err := fs.ReadFile(web.Files, p)
		if err != nil {
			return err
		}
		if m := load.Find(b); m != nil {
			t.Errorf("%s loads from another host: %s", p, m)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestUnknownPathsAndMethods(t *testing.T) {
	h := web.Handler()
	for _, p := range []string{"/assets/nope.js", "/assets/../index.html/x", "/elsewhere"} {
		if res := get(t, h, http.MethodGet, p); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", p, res.StatusCode)
		}
	}
	if res := get(t, h, http.MethodPost, "/"); res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %d, want 405", res.StatusCode)
	}
	if res := get(t, h, http.MethodHead, "/"); res.StatusCode != http.StatusOK {
		t.Errorf("HEAD /: %d, want 200", res.StatusCode)
	}
}

func TestAssetsGzipped(t *testing.T) {
	h := web.Handler()
	res := get(t, h, http.MethodGet, "/")
	body, _ := io.ReadAll(res.Body)
	m := regexp.MustCompile(`src="(/assets/[^"]+\.js)"`).FindSubmatch(body)
	if m == nil {
		t.Fatalf("the Explorer names no script:\n%s", body)
	}
	asset := string(m[1])
	plain := get(t, h, http.MethodGet, asset)
	want, _ := io.ReadAll(plain.Body)
	if plain.Header.Get("Content-Encoding") != "" {
		t.Fatalf("GET %s without Accept-Encoding: Content-Encoding %q", asset, plain.Header.Get("Content-Encoding"))
	}

	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, asset, nil)
	req.Header.Set("Accept-Encoding", "br, gzip;q=0.8")
	h.ServeHTTP(rec, req)
	if rec.Header().Get("Content-Encoding") != "gzip" || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/javascript") {
		t.Fatalf("GET %s accepting gzip: Content-Encoding %q, Content-Type %q", asset, rec.Header().Get("Content-Encoding"), rec.Header().Get("Content-Type"))
	}
	if rec.Body.Len() >= len(want) {
		t.Errorf("gzipped %d bytes, plain %d", rec.Body.Len(), len(want))
	}
	zr, err := gzip.NewReader(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("gunzipped %s differs from the file (err %v)", asset, err)
	}

	req = httptest.NewRequest(http.MethodGet, asset, nil)
	req.Header.Set("Accept-Encoding", "gzip;q=0")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Header().Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0 refused gzip, got Content-Encoding %q", rec.Header().Get("Content-Encoding"))
	}
}
