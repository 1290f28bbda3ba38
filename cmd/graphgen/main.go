// Command graphgen regenerates the GraphQL server code (graph/generated.go
// and graph/models_gen.go) from gqlgen.yml and graph/*.graphqls. It is
// gqlgen's own generator with one plugin, and one substitution in what it
// writes, both for the same reason: every resolver of this ledger answers
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
//
// Both are what docs/gqlgen-proposal.md asks gqlgen to offer as settings;
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

// concurrentSlice is the call the substitution replaces, and sequentialSlice
// its replacement: a function of package graph with the same signature.
const (
	concurrentSlice = "graphql.MarshalSliceConcurrently("
	sequentialSlice = "marshalSlice("
)

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
	return sequentialLists(cfg.Exec.Filename)
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

// sequentialLists rewrites the generated execution code so that lists of
// objects are marshalled in a loop. It refuses a file without the call, so
// that a gqlgen release that renames or drops it is noticed, not ignored.
func sequentialLists(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	n := bytes.Count(src, []byte(concurrentSlice))
	if n == 0 {
		return fmt.Errorf("%s has no call to %s): gqlgen's template changed, see cmd/graphgen", path, concurrentSlice)
	}
	out := bytes.ReplaceAll(src, []byte(concurrentSlice), []byte(sequentialSlice))
	return os.WriteFile(path, out, 0o644)
}
