package graph

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// An answer at a fixed basis never changes: a query whose every root field
// reads the ledger at a given position and valid date is answered the same
// way forever. Such answers, asked over GET, are served with a strong ETag
// and as immutable, an If-None-Match that matches is answered 304, and the
// encoded answers are kept in a cache bounded by their bytes, keyed by the
// request (document, operation name, variables, extensions, which hold the
// basis) and the media type asked for. Whether an answer is fixed is
// decided from the parsed, validated document and its variables,
// conservatively: see fixedBasis.

// immutable is the Cache-Control of an answer at a fixed basis.
const immutable = "max-age=31536000, immutable"

// answerCache holds encoded answers at a fixed basis.
type answerCache struct {
	lru *byteLRU[*cachedAnswer]
	// scope is "public" when anyone may read the ledger, "private" when a
	// token is required (a shared HTTP cache must then not serve it).
	scope string
}

// cachedAnswer is an encoded answer with its headers.
type cachedAnswer struct {
	body        []byte
	contentType string
	etag        string
}

func newAnswerCache(budget int, scope string) *answerCache {
	// One answer may take at most an eighth of the budget, so that a few
	// large answers do not flush every other.
	return &answerCache{scope: scope, lru: newByteLRU(budget, budget/8, func(key string, a *cachedAnswer) int {
		return len(key) + len(a.body) + len(a.contentType) + len(a.etag)
	})}
}

// answerKey is the cache key of a GET request: the SHA-256 of its GraphQL
// parameters and the media type it accepts. ok is false for a request that
// is not a GET.
func answerKey(req *http.Request) (key string, ok bool) {
	if req.Method != http.MethodGet {
		return "", false
	}
	q := req.URL.Query()
	h := sha256.New()
	for _, part := range []string{q.Get("query"), q.Get("operationName"), q.Get("variables"), q.Get("extensions"), req.Header.Get("Accept")} {
		// Escaped, so that the separator cannot occur in a part.
		h.Write([]byte(url.QueryEscape(part)))
		h.Write([]byte{0})
	}
	return string(h.Sum(nil)), true
}

// serve answers req from the cache if it holds the answer, and reports
// whether it did.
func (c *answerCache) serve(w http.ResponseWriter, req *http.Request, key string) bool {
	a, ok := c.lru.Get(req.Context(), key)
	if !ok {
		return false
	}
	c.write(w, req, a)
	return true
}

// write sends a, or 304 when the request's If-None-Match names its ETag.
func (c *answerCache) write(w http.ResponseWriter, req *http.Request, a *cachedAnswer) {
	h := w.Header()
	h.Set("ETag", a.etag)
	h.Set("Cache-Control", c.scope+", "+immutable)
	h.Add("Vary", "Accept")
	if etagMatches(req.Header.Get("If-None-Match"), a.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", a.contentType)
	h.Set("Content-Length", strconv.Itoa(len(a.body)))
	w.WriteHeader(http.StatusOK)
	w.Write(a.body)
}

// newCachedAnswer makes the cached form of an answer: its strong ETag is the
// SHA-256 of its media type and body.
func newCachedAnswer(body []byte, contentType string) *cachedAnswer {
	h := sha256.New()
	h.Write([]byte(contentType))
	h.Write([]byte{0})
	h.Write(body)
	return &cachedAnswer{body: body, contentType: contentType, etag: `"` + base64.RawURLEncoding.EncodeToString(h.Sum(nil)[:18]) + `"`}
}

// etagMatches reports whether an If-None-Match header names etag (or is
// "*"), comparing weakly as RFC 9110 asks for If-None-Match.
func etagMatches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}

// fixedMark is put in the context of a GET request: the response
// middleware sets fixed when the answer is at a fixed basis and has no
// errors.
type fixedMark struct{ fixed bool }

type fixedMarkKey struct{}

func withFixedMark(ctx context.Context, m *fixedMark) context.Context {
	return context.WithValue(ctx, fixedMarkKey{}, m)
}

// markFixed is the response middleware that decides whether an answer can
// be cached: only for a request that carries a mark (a GET), only an answer
// with data and no errors, and only when fixedBasis says so.
func markFixed(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	m, _ := ctx.Value(fixedMarkKey{}).(*fixedMark)
	if m == nil || resp == nil || len(resp.Errors) > 0 || len(resp.Data) == 0 || !graphql.HasOperationContext(ctx) {
		return resp
	}
	m.fixed = fixedBasis(graphql.GetOperationContext(ctx))
	return resp
}

// nowFields are fields whose value depends on the moment they are read,
// whatever the basis, or on more than the ledger: a screening's scores
// depend on the matching engine too, which a release may change, and an
// answer sent as immutable would outlive it in HTTP caches.
var nowFields = map[string]bool{
	"ageSeconds":  true, // ListFreshness: seconds since publication, to now
	"screen":      true,
	"screenBatch": true,
}

// fixedBasis reports whether the answer to oc's operation can never change:
// it is a query (not a mutation or subscription), every root field is one
// that reads the ledger at a basis given by its AsOf arguments (a field
// without one, like ledger { head }, node or treeHead, reads "now"), every
// AsOf argument anywhere gives both a position and a validAt (a knownAt, an
// afterPosition or a missing part moves with the ledger or the calendar),
// and no field reads the clock (nowFields). Introspection is not cached.
// When unsure it answers false.
func fixedBasis(oc *graphql.OperationContext) bool {
	if oc == nil || oc.Operation == nil || oc.Operation.Operation != ast.Query || oc.Doc == nil {
		return false
	}
	seen := map[string]bool{}
	var walk func(sels ast.SelectionSet, root bool) bool
	walk = func(sels ast.SelectionSet, root bool) bool {
		for _, sel := range sels {
			switch s := sel.(type) {
			case *ast.Field:
				if root && s.Name == "__typename" {
					continue
				}
				if s.Definition == nil || nowFields[s.Name] || strings.HasPrefix(s.Name, "__") && s.Name != "__typename" {
					return false
				}
				asOfs := 0
				args := s.ArgumentMap(oc.Variables)
				for _, def := range s.Definition.Arguments {
					if def.Type == nil || def.Type.Name() != "AsOf" {
						continue
					}
					asOfs++
					if !fixedAsOf(args[def.Name]) {
						return false
					}
				}
				if root && asOfs == 0 {
					return false
				}
				if !walk(s.SelectionSet, false) {
					return false
				}
			case *ast.InlineFragment:
				if !walk(s.SelectionSet, root) {
					return false
				}
			case *ast.FragmentSpread:
				if seen[s.Name] {
					continue // walked already, with the same result
				}
				seen[s.Name] = true
				f := oc.Doc.Fragments.ForName(s.Name)
				if f == nil || !walk(f.SelectionSet, root) {
					return false
				}
			default:
				return false
			}
		}
		return true
	}
	return walk(oc.Operation.SelectionSet, true)
}

// fixedAsOf reports whether an AsOf argument's value fixes the basis: a
// position and a validAt, and neither knownAt nor afterPosition.
func fixedAsOf(v any) bool {
	m, ok := v.(map[string]any)
	if !ok {
		return false
	}
	given := func(k string) bool { x, ok := m[k]; return ok && x != nil }
	return given("position") && given("validAt") && !given("knownAt") && !given("afterPosition")
}
