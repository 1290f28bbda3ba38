package graph

import (
	"container/list"
	"context"
	"crypto/sha256"
	"fmt"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// CodeLimitExceeded is the code of an operation refused by a limit.
const CodeLimitExceeded = "LIMIT_EXCEEDED"

// CodeValidationFailed is the code gqlgen gives a document that does not
// validate against the schema; the server also gives it to introspection
// when introspection is turned off.
const CodeValidationFailed = "GRAPHQL_VALIDATION_FAILED"

// CodeBadRequest is the code of an HTTP request the server cannot take as a
// GraphQL request at all: a method, content type or body it does not speak
// (gqlgen answers these before any GraphQL happens).
const CodeBadRequest = "BAD_REQUEST"

// requestLimits bounds what a document may cost before gqlgen validates it.
//
// Validation is not covered by the operation's timeout and some of its
// rules are quadratic in the fields of a selection set (20,000 repeats of
// one field took a minute), and introspection fields are not counted by
// the complexity limit (8,000 aliased __schema fields made a 227 MB
// answer). So every document is parsed here first, with the token limit,
// and measured with its fragments expanded: fields (introspection
// included), aliased fields, introspection fields and depth. Only then
// does gqlgen parse it again (or take it from its cache) and validate it.
//
// It runs as an OperationParameterMutator after the persisted-query
// extension, so a query known only by its hash is measured too.
type requestLimits struct {
	maxTokens, maxFields, maxDepth, maxAliases, maxIntrospection int
	introspection                                                bool
	// passed remembers the documents (by SHA-256) that passed, so that a
	// client repeating a query is not parsed twice.
	passed *lru.LRU[struct{}]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = requestLimits{}

func (requestLimits) ExtensionName() string { return "RequestLimits" }

func (requestLimits) Validate(graphql.ExecutableSchema) error { return nil }

func (l requestLimits) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if p.Query == "" {
		return nil // gqlgen answers "no operation provided"
	}
	sum := sha256.Sum256([]byte(p.Query))
	key := string(sum[:])
	if _, ok := l.passed.Get(ctx, key); ok {
		return nil
	}
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, l.maxTokens)
	if err != nil {
		if strings.Contains(err.Error(), "exceeded token limit") {
			return limitError("query.tokens", "the query has more than %d tokens (names, punctuation and values); the limit is %d", l.maxTokens, l.maxTokens)
		}
		return nil // a syntax error: gqlgen parses again and says where
	}
	if err := l.check(doc); err != nil {
		return err
	}
	l.passed.Add(ctx, key, struct{}{})
	return nil
}

// shape is what a selection set costs with its fragments expanded.
type shape struct {
	fields, aliases, introspection int
	// depth is how deep fields nest, not counting the inside of
	// introspection fields (whose depth the validation rules bound).
	depth int
}

// saturating caps the sums: fragments spread in fragments can multiply a
// small document into more fields than an int holds.
const saturating = 1 << 40

func (s *shape) add(o shape) {
	s.fields = min(s.fields+o.fields, saturating)
	s.aliases = min(s.aliases+o.aliases, saturating)
	s.introspection = min(s.introspection+o.introspection, saturating)
	s.depth = max(s.depth, o.depth)
}

// measure returns the shape of every operation of doc, summed (depth: the
// deepest). Each fragment is measured once; a fragment that spreads itself
// (which validation refuses) counts nothing the second time.
func measure(doc *ast.QueryDocument) shape {
	memo := map[string]shape{}
	busy := map[string]bool{}
	var set func(ast.SelectionSet) shape
	fragment := func(name string) shape {
		if s, ok := memo[name]; ok {
			return s
		}
		f := doc.Fragments.ForName(name)
		if f == nil || busy[name] {
			return shape{}
		}
		busy[name] = true
		s := set(f.SelectionSet)
		delete(busy, name)
		memo[name] = s
		return s
	}
	set = func(sels ast.SelectionSet) shape {
		var total shape
		for _, sel := range sels {
			switch s := sel.(type) {
			case *ast.Field:
				inner := set(s.SelectionSet)
				one := shape{fields: 1, depth: 1 + inner.depth}
				if s.Alias != "" && s.Alias != s.Name {
					one.aliases = 1
				}
				if s.Name == "__schema" || s.Name == "__type" {
					one.introspection, one.depth = 1, 1
				}
				inner.depth = 0
				one.add(inner)
				total.add(one)
			case *ast.InlineFragment:
				total.add(set(s.SelectionSet))
			case *ast.FragmentSpread:
				total.add(fragment(s.Name))
			}
		}
		return total
	}
	var total shape
	for _, op := range doc.Operations {
		total.add(set(op.SelectionSet))
	}
	return total
}

// check refuses a document over a limit, or one that introspects when
// introspection is off.
func (l requestLimits) check(doc *ast.QueryDocument) *gqlerror.Error {
	s := measure(doc)
	switch {
	case s.introspection > 0 && !l.introspection:
		return &gqlerror.Error{Message: "introspection is turned off on this server: __schema and __type cannot be queried",
			Extensions: map[string]any{"code": CodeValidationFailed, "rule": "introspection.disabled"}}
	case s.fields > l.maxFields:
		return limitError("query.fields", "the query selects %s fields with its fragments expanded; the limit is %d", count(s.fields), l.maxFields)
	case s.aliases > l.maxAliases:
		return limitError("query.aliases", "the query has %s aliased fields with its fragments expanded; the limit is %d", count(s.aliases), l.maxAliases)
	case s.introspection > l.maxIntrospection:
		return limitError("query.introspection", "the query selects __schema or __type %s times; the limit is %d", count(s.introspection), l.maxIntrospection)
	case s.depth > l.maxDepth:
		return limitError("query.depth", "the query nests fields %d levels deep; the limit is %d", s.depth, l.maxDepth)
	}
	return nil
}

// count writes a saturated count as "more than 2^40".
func count(n int) string {
	if n >= saturating {
		return "more than 2^40"
	}
	return fmt.Sprint(n)
}

// limitError is a refusal by the limit named rule.
func limitError(rule, format string, args ...any) *gqlerror.Error {
	return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": CodeLimitExceeded, "rule": rule}}
}

// responseLimit refuses an answer larger than max bytes: the limits above
// bound what a query may ask for, this bounds what goes out (a record's
// history, for one, is as long as the record's life).
func responseLimit(max int) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp == nil || len(resp.Data) <= max {
			return resp
		}
		err := limitError("response.size", "the answer is %d bytes; the limit is %d: ask for fewer fields or a smaller page", len(resp.Data), max)
		err.Path = nil
		return &graphql.Response{Errors: gqlerror.List{err}, Extensions: resp.Extensions}
	}
}

// cachedQueryBytes is the largest document the query caches keep, and
// cacheBytes the documents' bytes each cache keeps in all. A parsed and
// validated document takes about fifty times its text in memory, so the
// query cache holds at most some 15 MB however many distinct documents
// arrive; the documents clients send again and again are far smaller.
const (
	cachedQueryBytes = 16 << 10
	cacheBytes       = 256 << 10
)

// byteLRU is a cache of the most recently used entries whose weights (the
// bytes of their documents) add up to at most budget; an entry heavier than
// max is not kept. gqlgen's LRU counts entries, and a thousand entries of
// 8 KB documents held 430 MB.
type byteLRU[T any] struct {
	budget, max int
	weight      func(key string, value T) int

	mu    sync.Mutex
	used  int
	order *list.List // of *byteEntry[T], most recent first
	index map[string]*list.Element
}

type byteEntry[T any] struct {
	key    string
	value  T
	weight int
}

var _ graphql.Cache[string] = (*byteLRU[string])(nil)

func newByteLRU[T any](budget, max int, weight func(key string, value T) int) *byteLRU[T] {
	return &byteLRU[T]{budget: budget, max: max, weight: weight, order: list.New(), index: map[string]*list.Element{}}
}

// report is a lookup of key, a hit or a miss, with what the cache holds
// after it.
func (c *byteLRU[T]) report(hit bool, key string) CacheReport {
	c.mu.Lock()
	defer c.mu.Unlock()
	return CacheReport{Hit: hit, Key: key, Entries: c.order.Len(), Bytes: c.used}
}

// Get returns the value cached for key.
func (c *byteLRU[T]) Get(_ context.Context, key string) (T, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.index[key]
	if !ok {
		var zero T
		return zero, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*byteEntry[T]).value, true
}

// Add caches value for key, dropping the least recently used entries to
// stay within the budget.
func (c *byteLRU[T]) Add(_ context.Context, key string, value T) {
	w := c.weight(key, value)
	if w > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.index[key]; ok {
		c.used -= e.Value.(*byteEntry[T]).weight
		c.order.Remove(e)
		delete(c.index, key)
	}
	for c.used+w > c.budget && c.order.Len() > 0 {
		last := c.order.Back()
		old := last.Value.(*byteEntry[T])
		c.order.Remove(last)
		delete(c.index, old.key)
		c.used -= old.weight
	}
	c.index[key] = c.order.PushFront(&byteEntry[T]{key: key, value: value, weight: w})
	c.used += w
}

// complexity makes a connection cost its page size times what each node
// asks for, so that a deep query over a large page is refused before it
// runs.
func complexity() ComplexityRoot {
	var c ComplexityRoot
	page := func(child int, first, last *int) int {
		n := 50
		for _, v := range []*int{first, last} {
			if v != nil && *v >= 0 {
				n = *v
			}
		}
		return 1 + n*child
	}
	c.Query.Measures = func(child int, _ *AsOf, _ *MeasureFilter, first *int, _ *string, last *int, _ *string) int {
		return page(child, first, last)
	}
	c.Query.Designations = func(child int, _ *AsOf, _ *DesignationFilter, first *int, _ *string, last *int, _ *string) int {
		return page(child, first, last)
	}
	c.Query.Transactions = func(child int, _ *AsOf, first *int, _ *string, last *int, _ *string) int {
		return page(child, first, last)
	}
	c.Query.EnforcementActions = func(child int, _ *AsOf, first *int, _ *string, last *int, _ *string) int {
		return page(child, first, last)
	}
	c.Query.Dialogues = func(child int, _ *AsOf, first *int, _ *string, last *int, _ *string) int {
		return page(child, first, last)
	}
	return c
}
