package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSequentialCode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "generated.go")
	src := "out := graphql.NewFieldSet(fields)\ndeferred := graphql.NewDeferredGroup(ctx)\nout.Values[0] = x\nout.Invalids++\nout.Dispatch(ctx)\n" +
		"ret := graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, f)\nret = graphql.MarshalSliceConcurrently(ctx, 2, 0, true, g)\n"
	write := func(src string) {
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(src)
	if err := sequentialCode(path); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if want := "out := newObject(fields)\ndeferred := sequentialGroup(ctx)\nout.Values[0] = x\nout.Invalids++\nout.Dispatch(ctx)\n" +
		"ret := marshalSlice(ctx, len(v), 0, false, f)\nret = marshalSlice(ctx, 2, 0, true, g)\n"; string(got) != want {
		t.Errorf("rewritten:\n%s\nwant:\n%s", got, want)
	}
	// Run again on its own output: no call is left, which a gqlgen whose
	// template changed would also give, and the generator refuses it.
	if err := sequentialCode(path); err == nil || !strings.Contains(err.Error(), "gqlgen's template changed") {
		t.Errorf("a file without the calls: %v, want a refusal naming the template", err)
	}
	// A concurrent object hands its group to gqlgen, which fills it: an
	// empty group there would lose its @defer'd fields.
	write(src + "out.ResolveConcurrently(ec.OperationContext, &deferred, i, f)\n")
	if err := sequentialCode(path); err == nil || !strings.Contains(err.Error(), "hands a deferred group") {
		t.Errorf("a file handing a group to gqlgen: %v, want a refusal", err)
	}
	if got, _ := os.ReadFile(path); !strings.Contains(string(got), "graphql.NewDeferredGroup(ctx)") {
		t.Errorf("the refused file was rewritten:\n%s", got)
	}
	// A field set used as graph.object is not (a concurrent field, here).
	write(src + "out.Concurrently(i, f)\n")
	if err := sequentialCode(path); err == nil || !strings.Contains(err.Error(), "out.Concurrently") {
		t.Errorf("a file using a field set's Concurrently: %v, want a refusal naming it", err)
	}
}

// plainSource is the shape of gqlgen's field functions: _Link_relation is
// plain, _Link_to is not (a resolver).
const plainSource = `package graph

func (ec *executionContext) _Link_relation(ctx context.Context, field graphql.CollectedField, obj *Link) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		nil,
	)
}

func (ec *executionContext) _Link_to(ctx context.Context, field graphql.CollectedField, obj *Link) (ret graphql.Marshaler) {
	return graphql.ResolveField(ctx, ec.OperationContext, field, nil)
}
`

func TestInlinePlainFields(t *testing.T) {
	path := filepath.Join(t.TempDir(), "generated.go")
	write := func(src string) {
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	plain := map[string]string{"_Link_relation": "ec.marshalNLinkRelation2string(ctx, field.Selections, obj.Relation)"}
	write(plainSource)
	if err := inlinePlainFields(path, plain); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	want := strings.Replace(plainSource, "return graphql.ResolveField(\n\t\tctx,\n\t\tec.OperationContext,\n\t\tfield,\n\t\tnil,\n\t)",
		"return ec.marshalNLinkRelation2string(ctx, field.Selections, obj.Relation)", 1)
	if string(got) != want {
		t.Errorf("rewritten:\n%s\nwant:\n%s", got, want)
	}
	// Its own output: the plain field no longer resolves through gqlgen.
	if err := inlinePlainFields(path, plain); err == nil || !strings.Contains(err.Error(), "does not resolve its field") {
		t.Errorf("a plain field's function in another shape: %v, want a refusal", err)
	}
	write(plainSource)
	if err := inlinePlainFields(path, map[string]string{"_Link_relation": "x", "_Link_gone": "y"}); err == nil || !strings.Contains(err.Error(), "1 of the 2") {
		t.Errorf("a plain field without its function: %v, want a refusal", err)
	}
}
