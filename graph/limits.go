package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// CodeLimitExceeded is the code of an operation refused by a limit.
const CodeLimitExceeded = "LIMIT_EXCEEDED"

// shapeLimit refuses operations nested deeper than maxDepth or with more
// than maxAliases aliased fields (aliases multiply the work of one request).
// Introspection fields are not counted: their depth is fixed by the spec.
type shapeLimit struct {
	maxDepth, maxAliases int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = shapeLimit{}

func (shapeLimit) ExtensionName() string { return "ShapeLimit" }

func (shapeLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (l shapeLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	aliases := 0
	var depth func(set ast.SelectionSet, seen map[string]bool) int
	depth = func(set ast.SelectionSet, seen map[string]bool) int {
		deepest := 0
		for _, sel := range set {
			d := 0
			switch s := sel.(type) {
			case *ast.Field:
				if strings.HasPrefix(s.Name, "__") {
					continue
				}
				if s.Alias != "" && s.Alias != s.Name {
					aliases++
				}
				d = 1 + depth(s.SelectionSet, seen)
			case *ast.InlineFragment:
				d = depth(s.SelectionSet, seen)
			case *ast.FragmentSpread:
				if f := oc.Doc.Fragments.ForName(s.Name); f != nil && !seen[s.Name] {
					seen[s.Name] = true
					d = depth(f.SelectionSet, seen)
					delete(seen, s.Name)
				}
			}
			deepest = max(deepest, d)
		}
		return deepest
	}
	d := depth(oc.Operation.SelectionSet, map[string]bool{})
	switch {
	case d > l.maxDepth:
		return limitError("the operation is nested %d levels deep; the limit is %d", d, l.maxDepth)
	case aliases > l.maxAliases:
		return limitError("the operation has %d aliased fields; the limit is %d", aliases, l.maxAliases)
	}
	return nil
}

func limitError(format string, args ...any) *gqlerror.Error {
	return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": CodeLimitExceeded}}
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
