package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// postRaw posts a GraphQL request body as given, with the recorder token.
func (s *server) postRaw(tb testing.TB, body []byte) gqlResponse {
	tb.Helper()
	req, _ := http.NewRequest(http.MethodPost, s.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+recorderToken)
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

// userError is the one user error of a mutation's payload, or the code of
// its one top-level error.
func userError(tb testing.TB, r gqlResponse) (code, rule, field, message string) {
	tb.Helper()
	if len(r.Errors) > 0 {
		code, _ := r.Errors[0].Extensions["code"].(string)
		return code, "", "", r.Errors[0].Message
	}
	var payload map[string]struct {
		UserErrors []struct {
			Field               []string
			Rule, Code, Message string
		}
	}
	if err := json.Unmarshal(r.Data, &payload); err != nil {
		tb.Fatalf("response: %s", r.Data)
	}
	for _, p := range payload {
		if len(p.UserErrors) != 1 {
			tb.Fatalf("user errors = %+v, want one", p.UserErrors)
		}
		e := p.UserErrors[0]
		return e.Code, e.Rule, strings.Join(e.Field, "."), e.Message
	}
	tb.Fatalf("no payload: %s", r.Data)
	return
}

// Text the ledger would have to change to store (invalid UTF-8, a lone
// surrogate, a control character), a title too long, a negative expected
// version and an idempotency key reused on another record are the client's
// errors, named by field and rule, and write nothing.
func TestServeRefusesInputItWouldHaveToChange(t *testing.T) {
	s := startServer(t, t.TempDir())
	withTitle := func(title string) []byte {
		in := announceInput()
		in["title"] = "@TITLE@"
		body, _ := json.Marshal(map[string]any{"query": announce, "variables": map[string]any{"in": in}})
		return bytes.Replace(body, []byte(`"@TITLE@"`), []byte(title), 1)
	}
	cases := []struct {
		name, title, rule string
	}{
		{"invalid UTF-8", "\"Rule \xff\xfe\"", "text.replacement_character"},
		{"a lone surrogate", `"Rule \ud800"`, "text.replacement_character"},
		{"NUL", `"Rule \u0000"`, "text.control_character"},
		{"an escape character", `"Rule \u001b[31m"`, "text.control_character"},
		{"a line break", `"Rule\nover two lines"`, "text.control_character"},
		{"a 100,000-character title", `"` + strings.Repeat("a", 100_000) + `"`, "text.too_long"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, rule, field, msg := userError(t, s.postRaw(t, withTitle(c.title)))
			if code != "BAD_USER_INPUT" || rule != c.rule || field != "title" || !strings.Contains(msg, "title") {
				t.Fatalf("got %s %s at %q: %s; want BAD_USER_INPUT %s at title", code, rule, field, msg, c.rule)
			}
		})
	}
	// The same text written in the document itself, not in a variable.
	for _, c := range []struct{ name, title, rule string }{
		{"a lone surrogate in a literal", `"Rule \ud800"`, "text.replacement_character"},
		{"NUL in a literal", `"Rule \u0000"`, "text.control_character"},
		{"a block string of two lines", "\"\"\"Rule\nover two lines\"\"\"", "text.control_character"},
	} {
		t.Run(c.name, func(t *testing.T) {
			q := `mutation { registerSource(input: {sourceId: "S-1", publisher: "P", official: true, title: ` + c.title + `}) { userErrors { field rule code message } } }`
			body, _ := json.Marshal(map[string]any{"query": q})
			code, rule, field, msg := userError(t, s.postRaw(t, body))
			if code != "BAD_USER_INPUT" || rule != c.rule || field != "title" {
				t.Fatalf("got %s %s at %q: %s; want BAD_USER_INPUT %s at title", code, rule, field, msg, c.rule)
			}
		})
	}
	if h := s.head(t); h != 0 {
		t.Fatalf("head = %d after refused text, want 0", h)
	}

	in := announceInput()
	minusOne := strings.Replace(announce, "expectedVersion: 0", "expectedVersion: -1", 1)
	code, rule, field, _ := userError(t, s.query(t, minusOne, map[string]any{"in": in}))
	if code != "BAD_USER_INPUT" || field != "expectedVersion" || rule != "expected_version.negative" {
		t.Fatalf("expectedVersion -1: %s %s at %q, want BAD_USER_INPUT at expectedVersion", code, rule, field)
	}

	keyed := strings.Replace(announce, "expectedVersion: 0", `idempotencyKey: "k-1"`, 1)
	if r := s.query(t, keyed, map[string]any{"in": in}); len(r.Errors) > 0 {
		t.Fatalf("announce: %+v", r.Errors)
	}
	in["measureId"] = "TEST-2"
	code, rule, field, msg := userError(t, s.query(t, keyed, map[string]any{"in": in}))
	if code != "CONFLICT" || rule != "idempotency.key_reused" || field != "idempotencyKey" || !strings.Contains(msg, "k-1") {
		t.Fatalf("key reused on another record: %s %s at %q: %s; want CONFLICT idempotency.key_reused", code, rule, field, msg)
	}
	if h := s.head(t); h != 1 {
		t.Fatalf("head = %d, want 1", h)
	}
}
