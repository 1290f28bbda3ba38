package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSequentialCode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "generated.go")
	src := "deferred := graphql.NewDeferredGroup(ctx)\nret := graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, f)\nret = graphql.MarshalSliceConcurrently(ctx, 2, 0, true, g)\n"
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
	if want := "deferred := sequentialGroup(ctx)\nret := marshalSlice(ctx, len(v), 0, false, f)\nret = marshalSlice(ctx, 2, 0, true, g)\n"; string(got) != want {
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
}
