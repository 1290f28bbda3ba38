package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSequentialLists(t *testing.T) {
	path := filepath.Join(t.TempDir(), "generated.go")
	src := "ret := graphql.MarshalSliceConcurrently(ctx, len(v), 0, false, f)\nret = graphql.MarshalSliceConcurrently(ctx, 2, 0, true, g)\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := sequentialLists(path); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if want := "ret := marshalSlice(ctx, len(v), 0, false, f)\nret = marshalSlice(ctx, 2, 0, true, g)\n"; string(got) != want {
		t.Errorf("rewritten:\n%s\nwant:\n%s", got, want)
	}
	// Run again on its own output: no call is left, which a gqlgen whose
	// template changed would also give, and the generator refuses it.
	if err := sequentialLists(path); err == nil || !strings.Contains(err.Error(), "gqlgen's template changed") {
		t.Errorf("a file without the call: %v, want a refusal naming the template", err)
	}
}
