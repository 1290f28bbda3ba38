// Command graphgen regenerates the GraphQL server code (graph/generated.go
// and graph/models_gen.go) from gqlgen.yml and graph/*.graphqls. It is
// gqlgen's own generator with one plugin, and two substitutions in what it
// writes, all for the same reason: every resolver of this ledger answers
// in microseconds, from the read models in memory (or, for a record not yet
// warmed, from the store's file, which the OS keeps cached), so gqlgen's
// concurrent execution (a goroutine per element of every list of objects and
// per resolver field) costs far more than it overlaps (issue 20;
// docs/gqlgen-proposal.md has the figures).
//
//   - The plugin marks every object but Subscription as gqlgen marks
//     Mutation (Object.DisableConcurrency): its fields are resolved one after
//     the other on the caller's goroutine, each with its own panic recovery
//     as before.
//   - The substitution makes every list of objects marshal its elements in a
//     loop (graph.marshalSlice) instead of graphql.MarshalSliceConcurrently,
//     which starts a goroutine per element whatever the elements do. The
//     two take the same arguments and give the same results and errors.
//   - The other makes each object's deferred group empty (graph.sequentialGroup)
//     instead of graphql.NewDeferredGroup, which builds the object's path, a
//     field set and a map for every object of every answer: a sequential
//     object answers its @defer'd fields inline and never adds to its group.
//     The generator refuses an output that hands a group to gqlgen
//     (&deferred, as a concurrent object's fields do), where it would not be
//     empty.
//
// The first two are what docs/gqlgen-proposal.md asks gqlgen to offer as settings;
// until it does, this command is the one way to regenerate:
//
//	go run ./cmd/graphgen
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
)

// substitutions are the calls replaced in the generated execution code,
// each by a function of package graph with the same signature.
var substitutions = []struct{ call, by string }{
	{"graphql.MarshalSliceConcurrently(", "marshalSlice("},
	{"graphql.NewDeferredGroup(ctx)", "sequentialGroup(ctx)"},
}

// sharedGroup is how generated code hands an object's deferred group to
// gqlgen (FieldSet.ResolveConcurrently), which then fills it.
const sharedGroup = "&deferred"

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "graphgen:", err)
		os.Exit(1)
	}
}

func run() error {
	cfg, err := config.LoadConfigFromDefaultLocations()
	if err != nil {
		return fmt.Errorf("load gqlgen.yml: %w", err)
	}
	if err := api.Generate(cfg, api.AddPlugin(sequential{})); err != nil {
		return err
	}
	return sequentialCode(cfg.Exec.Filename)
}

// sequential is the gqlgen plugin that disables concurrent field execution.
type sequential struct{}

func (sequential) Name() string { return "sequential" }

// GenerateCode runs after gqlgen has built its data and before it renders
// its templates, which read DisableConcurrency.
func (sequential) GenerateCode(data *codegen.Data) error {
	for _, obj := range data.Objects {
		if obj != data.SubscriptionRoot {
			obj.DisableConcurrency = true
		}
	}
	return nil
}

// sequentialCode makes the substitutions in the generated execution code.
// It refuses a file without one of the calls, so that a gqlgen release that
// renames or drops it is noticed, not ignored, and a file that hands a
// deferred group to gqlgen.
func sequentialCode(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if bytes.Contains(src, []byte(sharedGroup)) {
		return fmt.Errorf("%s hands a deferred group to gqlgen (%s): an object is concurrent, see cmd/graphgen", path, sharedGroup)
	}
	for _, s := range substitutions {
		if !bytes.Contains(src, []byte(s.call)) {
			return fmt.Errorf("%s has no call to %s: gqlgen's template changed, see cmd/graphgen", path, s.call)
		}
		src = bytes.ReplaceAll(src, []byte(s.call), []byte(s.by))
	}
	return os.WriteFile(path, src, 0o644)
}
