package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// binary is the ledger binary built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "ledger-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "ledger")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build ledger: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// server is a running ledger binary.
// syncBuffer is a buffer the server's output goroutine writes while the
// test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

type server struct {
	cmd    *exec.Cmd
	url    string
	logs   *syncBuffer
	exited chan struct{} // closed when the process has exited
}

// freeAddr returns a loopback address with a port nobody listens on.
func freeAddr(tb testing.TB) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServer runs `ledger serve` on dataDir and waits until it is ready.
func startServer(tb testing.TB, dataDir string, extra ...string) *server {
	tb.Helper()
	addr := freeAddr(tb)
	args := append([]string{"serve", "--addr", addr, "--data", dataDir}, extra...)
	s := &server{cmd: exec.Command(binary, args...), url: "http://" + addr, logs: &syncBuffer{}, exited: make(chan struct{})}
	s.cmd.Env = append(os.Environ(), "LEDGER_TOKENS="+tokenHash(tb, recorderToken)+" recorder e2e-tester")
	s.cmd.Stdout, s.cmd.Stderr = s.logs, s.logs
	if err := s.cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	go func() { s.cmd.Wait(); close(s.exited) }()
	tb.Cleanup(func() {
		s.cmd.Process.Kill()
		<-s.exited
	})
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(s.url + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s
			}
		}
		if time.Now().After(deadline) {
			tb.Fatalf("server not ready after 60s; logs:\n%s", s.logs)
		}
		select {
		case <-s.exited:
			tb.Fatalf("server exited before it was ready; logs:\n%s", s.logs)
		case <-time.After(50 * time.Millisecond): // polling an external process: no event to wait on
		}
	}
}

// kill stops the server with SIGKILL.
func (s *server) kill(tb testing.TB) {
	tb.Helper()
	if err := s.cmd.Process.Kill(); err != nil {
		tb.Fatal(err)
	}
	<-s.exited
}

// gqlResponse is a GraphQL response.
type gqlResponse struct {
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path,omitempty"`
		Locations  []any          `json:"locations,omitempty"`
		Extensions map[string]any `json:"extensions,omitempty"`
	} `json:"errors,omitempty"`
	Data json.RawMessage `json:"data,omitempty"`
}

// recorderToken is the bearer token the test servers accept for mutations.
const recorderToken = "e2e-recorder-token-0123456789"

// tokenHash runs `ledger hash-token` to configure a token.
func tokenHash(tb testing.TB, token string) string {
	tb.Helper()
	cmd := exec.Command(binary, "hash-token")
	cmd.Stdin = strings.NewReader(token + "\n")
	out, err := cmd.Output()
	if err != nil {
		tb.Fatalf("hash-token: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// query posts a GraphQL request and decodes the response. Mutations carry
// the recorder token.
func (s *server) query(tb testing.TB, query string, vars map[string]any) gqlResponse {
	tb.Helper()
	token := ""
	if strings.HasPrefix(strings.TrimSpace(query), "mutation") {
		token = recorderToken
	}
	return s.queryAs(tb, token, query, vars)
}

// queryAs posts a GraphQL request with a bearer token (none if empty).
func (s *server) queryAs(tb testing.TB, token, query string, vars map[string]any) gqlResponse {
	tb.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, s.url+"/graphql", bytes.NewReader(body))
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
	var out gqlResponse
	if err := json.Unmarshal(raw, &out); err != nil {
		tb.Fatalf("response %d is not JSON: %v\n%s", resp.StatusCode, err, raw)
	}
	return out
}

// head returns the ledger head the server reports.
func (s *server) head(tb testing.TB) int {
	tb.Helper()
	r := s.query(tb, `{ ledger { head } }`, nil)
	var d struct{ Ledger struct{ Head int } }
	if err := json.Unmarshal(r.Data, &d); err != nil || len(r.Errors) > 0 {
		tb.Fatalf("ledger head: %v %+v", err, r.Errors)
	}
	return d.Ledger.Head
}

const announce = `mutation($in: AnnounceMeasureInput!) {
  announceMeasure(input: $in, expectedVersion: 0) {
    result { version position }
    measure { recordId status provisions { id status } }
    userErrors { field rule code message }
  }
}`

func announceInput() map[string]any {
	return map[string]any{
		"measureId": "TEST-1", "title": "Test licence requirement", "measureType": "EXPORT_CONTROL",
		"authority":                map[string]any{"id": "US-BIS", "name": "Bureau of Industry and Security", "jurisdiction": "US"},
		"implementingJurisdiction": "US",
		"affected":                 []any{map[string]any{"jurisdiction": "CN", "how": "TARGETED"}},
		"items":                    []any{map[string]any{"scheme": "ECCN", "code": "3A090", "description": "advanced integrated circuits"}},
		"provisions":               []any{map[string]any{"id": "p1", "title": "Licence requirement", "effectiveOn": "2024-01-02"}},
		"instrument":               map[string]any{"title": "Test rule", "citation": "99 FR 1"},
		"announcedOn":              "2024-01-01",
		"sources":                  []any{map[string]any{"title": "Test rule", "publisher": "Federal Register", "official": true}},
	}
}

func TestServeMutateKillRestart(t *testing.T) {
	dir := t.TempDir()
	s := startServer(t, dir)
	if h := s.head(t); h != 0 {
		t.Fatalf("new ledger head = %d, want 0", h)
	}
	r := s.query(t, announce, map[string]any{"in": announceInput()})
	if len(r.Errors) > 0 {
		t.Fatalf("announce: %+v", r.Errors)
	}
	var got struct {
		AnnounceMeasure struct {
			Result  struct{ Version, Position int }
			Measure struct {
				RecordID, Status string
			}
		}
	}
	json.Unmarshal(r.Data, &got)
	if a := got.AnnounceMeasure; a.Result.Version != 1 || a.Result.Position != 1 || a.Measure.RecordID != "TEST-1" || a.Measure.Status != "IN_FORCE" {
		t.Fatalf("announce payload = %+v, want version 1, position 1, TEST-1 in force", a)
	}

	s.kill(t)
	s = startServer(t, dir)
	if h := s.head(t); h != 1 {
		t.Fatalf("head after SIGKILL and restart = %d, want 1", h)
	}
	r = s.query(t, `{ measure(recordId: "TEST-1", asOf: {validAt: "2024-01-01"}) { recordId status version history { position type actor command } } }`, nil)
	want := `{"measure":{"recordId":"TEST-1","status":"ANNOUNCED","version":1,"history":[{"position":1,"type":"measure_announced.v1","actor":"e2e-tester","command":"AnnounceMeasure"}]}}`
	if string(r.Data) != want || len(r.Errors) > 0 {
		t.Fatalf("after restart:\n got %s %+v\nwant %s", r.Data, r.Errors, want)
	}
	// The same announcement again is a rule violation, and a stale
	// expected version a version conflict; neither writes.
	r = s.query(t, announce, map[string]any{"in": announceInput()})
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "VERSION_CONFLICT" {
		t.Fatalf("second announce with expectedVersion 0: %+v", r.Errors)
	}
	if h := s.head(t); h != 1 {
		t.Fatalf("head after rejected mutations = %d, want 1", h)
	}
}

func TestBadMutationsNameFieldAndRuleAndWriteNothing(t *testing.T) {
	s := startServer(t, t.TempDir())
	in := announceInput()
	if r := s.query(t, announce, map[string]any{"in": in}); len(r.Errors) > 0 {
		t.Fatalf("announce: %+v", r.Errors)
	}
	suspend := `mutation($in: SuspendMeasureInput!) { suspendMeasure(input: $in) { result { version } userErrors { field rule code message } } }`
	source := []any{map[string]any{"title": "Notice", "publisher": "BIS", "official": true}}
	cases := []struct {
		name      string
		query     string
		input     map[string]any
		code      string
		rule      string
		field     string
		inMessage string
	}{
		{"unknown measure", suspend,
			map[string]any{"measureId": "NOPE", "suspensionId": "s1", "from": "2024-02-01", "sources": source},
			"NOT_FOUND", "measure.not_found", "measureId", "does not exist"},
		{"end before start", suspend,
			map[string]any{"measureId": "TEST-1", "suspensionId": "s1", "from": "2024-02-01", "until": "2024-01-15", "sources": source},
			"BAD_USER_INPUT", "dates.out_of_order", "until", "must be after from"},
		{"unknown provision", suspend,
			map[string]any{"measureId": "TEST-1", "suspensionId": "s1", "provisionIds": []any{"p9"}, "from": "2024-02-01", "sources": source},
			"NOT_FOUND", "provision.not_found", "provisionIds.0", "no provision"},
		{"empty title", announce,
			func() map[string]any { m := announceInput(); m["measureId"] = "TEST-2"; m["title"] = " "; return m }(),
			"BAD_USER_INPUT", "field.required", "title", "title is required"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := s.query(t, c.query, map[string]any{"in": c.input})
			var payload map[string]struct {
				UserErrors []struct {
					Field               []string
					Rule, Code, Message string
				}
			}
			if err := json.Unmarshal(r.Data, &payload); err != nil || len(r.Errors) > 0 {
				t.Fatalf("response: %s %+v", r.Data, r.Errors)
			}
			for _, p := range payload {
				if len(p.UserErrors) != 1 {
					t.Fatalf("user errors = %+v, want one", p.UserErrors)
				}
				e := p.UserErrors[0]
				if e.Code != c.code || e.Rule != c.rule || strings.Join(e.Field, ".") != c.field || !strings.Contains(e.Message, c.inMessage) {
					t.Fatalf("user error = %+v, want code %s rule %s field %s and %q in the message", e, c.code, c.rule, c.field, c.inMessage)
				}
			}
		})
	}
	// Malformed values and missing required fields are refused before any
	// resolver runs, with the variable path in the message.
	bad := announceInput()
	bad["announcedOn"] = "2024-13-45"
	r := s.query(t, announce, map[string]any{"in": bad})
	if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "announcedOn") || !strings.Contains(r.Errors[0].Message, "YYYY-MM-DD") {
		t.Fatalf("malformed date: %+v", r.Errors)
	}
	missing := announceInput()
	delete(missing, "sources")
	r = s.query(t, announce, map[string]any{"in": missing})
	if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "sources") {
		t.Fatalf("missing sources: %+v", r.Errors)
	}
	if h := s.head(t); h != 1 {
		t.Fatalf("head after bad mutations = %d, want 1: something was written", h)
	}
}

func TestRolesAndTokens(t *testing.T) {
	s := startServer(t, t.TempDir())
	in := map[string]any{"in": announceInput()}
	if r := s.queryAs(t, "", announce, in); len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "FORBIDDEN" {
		t.Fatalf("anonymous mutation: %+v", r.Errors)
	}
	if r := s.queryAs(t, "", `{ ledger { head } }`, nil); len(r.Errors) > 0 {
		t.Fatalf("anonymous query: %+v", r.Errors)
	}
	if r := s.queryAs(t, "not-a-token", `{ ledger { head } }`, nil); len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "UNAUTHENTICATED" {
		t.Fatalf("unknown token: %+v", r.Errors)
	}
	if h := s.head(t); h != 0 {
		t.Fatalf("head = %d after refused mutations", h)
	}
	big := strings.Repeat(" ", 2<<20)
	resp, err := http.Post(s.url+"/graphql", "application/json", strings.NewReader(`{"query":"{ ledger { head } }"`+big+`}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("a 2 MiB body got %d, want 413", resp.StatusCode)
	}
}

func TestMetrics(t *testing.T) {
	s := startServer(t, t.TempDir())
	s.query(t, `query HeadCheck { ledger { head } }`, nil)
	if r := s.query(t, announce, map[string]any{"in": announceInput()}); len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	resp, err := http.Get(s.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{
		`ledger_graphql_operations_total{name="HeadCheck",outcome="ok",type="query"} 1`,
		`ledger_appends_total{outcome="ok"} 1`,
		`ledger_head_position 1`,
		`ledger_projection_lag_events 0`,
		`ledger_append_seconds_count 1`,
		"ledger_store_bytes ",
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	waitForLog(t, s, "operation=HeadCheck") // the server writes its log lines every 100 ms
}

// TestSigtermDuringMutations stops the server while clients record facts:
// it exits 0, and every mutation it acknowledged is there after a restart.
func TestSigtermDuringMutations(t *testing.T) {
	dir := t.TempDir()
	s := startServer(t, dir)
	const q = `mutation($in: RegisterSourceInput!) { registerSource(input: $in) { result { position } } }`
	acked := make(chan string, 100000)
	progress := make(chan struct{}, 100000)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				id := fmt.Sprintf("S-%d-%d", w, i)
				body, _ := json.Marshal(map[string]any{"query": q, "variables": map[string]any{"in": map[string]any{
					"sourceId": id, "publisher": "P", "title": "T", "official": true}}})
				req, _ := http.NewRequest(http.MethodPost, s.url+"/graphql", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("Authorization", "Bearer "+recorderToken)
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					return // the server is gone
				}
				var out struct {
					Data struct {
						RegisterSource *struct{ Result *struct{ Position int } }
					}
				}
				json.NewDecoder(resp.Body).Decode(&out)
				resp.Body.Close()
				if p := out.Data.RegisterSource; p != nil && p.Result != nil && p.Result.Position > 0 {
					acked <- id
					progress <- struct{}{}
				}
			}
		}()
	}
	// Let some mutations through, then ask the server to stop.
	for range 50 {
		select {
		case <-progress:
		case <-time.After(30 * time.Second):
			t.Fatal("mutations are not being acknowledged")
		}
	}
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-s.exited:
	case <-time.After(20 * time.Second):
		t.Fatal("the server did not stop within 20 s of SIGTERM")
	}
	wg.Wait()
	close(acked)
	if code := s.cmd.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("exit code %d after SIGTERM; logs:\n%s", code, s.logs)
	}
	s = startServer(t, dir)
	// The server wrote its projections' snapshot as it stopped and starts
	// from it: every acknowledged event is in the snapshot or after it.
	if !strings.Contains(s.logs.String(), "projection snapshot loaded") {
		t.Fatalf("the restarted server did not start from the snapshot written at SIGTERM; logs:\n%s", s.logs)
	}
	n := 0
	for id := range acked {
		n++
		r := s.query(t, fmt.Sprintf(`{ source(recordId: %q) { recordId } }`, id), nil)
		if !strings.Contains(string(r.Data), id) {
			t.Fatalf("acknowledged source %s is missing after the restart", id)
		}
	}
	t.Logf("%d acknowledged mutations all present", n)
}

// TestBackupWhileServing copies the ledger while the server records facts:
// the copy is a ledger of its own, with a prefix of the events.
func TestBackupWhileServing(t *testing.T) {
	dir := t.TempDir()
	s := startServer(t, dir, "--demo")
	head := s.head(t)
	dest := filepath.Join(t.TempDir(), "copy.db")
	out, err := exec.Command(binary, "backup", "--data", dir, dest).CombinedOutput()
	if err != nil {
		t.Fatalf("backup: %v\n%s", err, out)
	}
	if want := fmt.Sprintf("backed up %d events", head); !strings.Contains(string(out), want) {
		t.Fatalf("backup said %q, want %q", out, want)
	}
	if out, err := exec.Command(binary, "backup", "--data", dir, dest).CombinedOutput(); err == nil {
		t.Fatalf("a second backup over the first succeeded: %s", out)
	}
	copyDir := t.TempDir()
	if err := os.Rename(dest, filepath.Join(copyDir, "ledger.db")); err != nil {
		t.Fatal(err)
	}
	c := startServer(t, copyDir)
	if h := c.head(t); h != head {
		t.Fatalf("the copy serves %d events, want %d", h, head)
	}
}

// TestDebugAddr serves the profiler on its own listener only.
func TestDebugAddr(t *testing.T) {
	debug := freeAddr(t)
	s := startServer(t, t.TempDir(), "--debug-addr", debug)
	for _, c := range []struct {
		url  string
		want int
	}{
		{"http://" + debug + "/debug/pprof/cmdline", http.StatusOK},
		{"http://" + debug + "/debug/pprof/goroutine?debug=1", http.StatusOK},
		{s.url + "/debug/pprof/cmdline", http.StatusNotFound},
	} {
		resp, err := http.Get(c.url)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != c.want {
			t.Errorf("GET %s: %d, want %d", c.url, resp.StatusCode, c.want)
		}
	}
}

// TestServeStopsOnDamagedFile damages an index of a ledger that the read
// models never read: the server still starts from its snapshot, then its
// integrity check, run once it serves, finds the damage and stops it with
// an error that says so.
func TestServeStopsOnDamagedFile(t *testing.T) {
	dir := t.TempDir()
	s := startServer(t, dir, "--demo")
	waitForLog(t, s, "ledger file integrity checked")
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	<-s.exited

	path := filepath.Join(dir, "ledger.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	var root, pageSize int64
	err = db.QueryRow(`SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema
		WHERE type = 'index' AND tbl_name = 'events' ORDER BY rootpage LIMIT 1`).Scan(&root, &pageSize)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Break the page header of the index's root page.
	if _, err := f.WriteAt([]byte{0x00, 0xff, 0xff, 0xff}, (root-1)*pageSize); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	logs := &syncBuffer{}
	cmd := exec.Command(binary, "serve", "--addr", freeAddr(t), "--data", dir)
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err = <-exited:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("the server on a damaged file still runs after 60 s; logs:\n%s", logs)
	}
	if err == nil {
		t.Fatalf("the server on a damaged file exited 0; logs:\n%s", logs)
	}
	t.Logf("exit: %v; logs:\n%s", err, logs)
	for _, want := range []string{"projections ready", "the ledger file is damaged", "integrity check failed", path} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("logs do not say %q:\n%s", want, logs)
		}
	}
}

// waitForLog waits until the server has logged want.
func waitForLog(tb testing.TB, s *server, want string) {
	tb.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(s.logs.String(), want) {
		if time.Now().After(deadline) {
			tb.Fatalf("the server did not log %q within 60 s; logs:\n%s", want, s.logs)
		}
		select {
		case <-s.exited:
			tb.Fatalf("the server exited before logging %q; logs:\n%s", want, s.logs)
		case <-time.After(50 * time.Millisecond): // polling an external process: no event to wait on
		}
	}
}
