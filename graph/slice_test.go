package graph

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// TestMarshalSlice holds marshalSlice to graphql.MarshalSliceConcurrently's
// contract: elements in order, each with its index in its FieldContext, and
// a panic in one element recovered as an error on that element's path,
// which becomes null, while the others are marshalled.
func TestMarshalSlice(t *testing.T) {
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter,
		func(_ context.Context, r any) error { return errors.New("recovered: " + r.(string)) })
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: "Query"})
	elems := []string{"a", "b", "c"}
	ret := marshalSlice(ctx, len(elems), 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		if got := *graphql.GetFieldContext(ctx).Index; got != i {
			t.Errorf("element %d has index %d in its field context", i, got)
		}
		if i == 1 {
			panic("element 1")
		}
		return graphql.MarshalString(elems[i])
	})
	var out bytes.Buffer
	ret.MarshalGQL(&out)
	if out.String() != `["a",null,"c"]` {
		t.Errorf("marshalled %s, want [\"a\",null,\"c\"]", out.String())
	}
	errs := graphql.GetErrors(ctx)
	if len(errs) != 1 || errs[0].Message != "recovered: element 1" || errs[0].Path.String() != "[1]" {
		t.Errorf("errors %v, want one, \"recovered: element 1\" at path [1]", errs)
	}

	defer func() {
		if r := recover(); r != "element 0" {
			t.Errorf("with omitPanicHandler, recovered %v, want the panic to reach the caller", r)
		}
	}()
	marshalSlice(ctx, 1, 0, true, func(context.Context, int) graphql.Marshaler { panic("element 0") })
}
