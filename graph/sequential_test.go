package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
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

// TestObject holds object to gqlgen's FieldSet: fields written in order as
// JSON members, a repeated alias written once (its first value), for a
// small object and for one past the size where it keeps a map.
func TestObject(t *testing.T) {
	for _, n := range []int{0, 1, 3, 8, 9, 40} {
		var fields []graphql.CollectedField
		var want bytes.Buffer
		want.WriteString("{")
		for i := range n {
			alias := fmt.Sprintf("f%d", i)
			fields = append(fields, graphql.CollectedField{Field: &ast.Field{Alias: alias}})
			if i > 0 {
				want.WriteString(",")
			}
			fmt.Fprintf(&want, `"%s":%d`, alias, i)
		}
		if n > 1 { // a repeat of the second field's alias
			fields = append(fields, graphql.CollectedField{Field: &ast.Field{Alias: "f1"}})
		}
		want.WriteString("}")
		o := newObject(fields)
		if len(o.Values) != len(fields) {
			t.Fatalf("%d fields: %d values", len(fields), len(o.Values))
		}
		for i := range o.Values {
			o.Values[i] = graphql.MarshalInt(i)
		}
		o.Dispatch(context.Background())
		var got bytes.Buffer
		o.MarshalGQL(&got)
		if got.String() != want.String() {
			t.Errorf("%d fields: %s, want %s", len(fields), got.String(), want.String())
		}
	}
}
