// Command graphgen regenerates the GraphQL server code (graph/generated.go
// and graph/models_gen.go) from gqlgen.yml and graph/*.graphqls. It is
// gqlgen's own generator with one plugin, and rewrites of what it writes,
// all for the same reason: every resolver of this ledger answers in
// microseconds, from the read models in memory (or, for a record not yet
// warmed, from the store's file, which the OS keeps cached), so gqlgen's
// concurrent execution (a goroutine per element of every list of objects and
// per resolver field) and its bookkeeping per field and per object cost far
// more than the read models (issue 20; docs/gqlgen-proposal.md has the
// figures, changes 1-3 and 6-8 of it are made here).
//
//   - The plugin marks every object but Subscription as gqlgen marks
//     Mutation (Object.DisableConcurrency): its fields are resolved one after
//     the other on the caller's goroutine, each with its own panic recovery
//     as before.
//   - Three calls are substituted by functions of package graph
//     (graph/sequential.go) with the contract the generated code relies on:
//     graphql.MarshalSliceConcurrently by marshalSlice, the same in a loop;
//     graphql.NewDeferredGroup by sequentialGroup, an empty group (a
//     sequential object answers its @defer'd fields inline and never adds
//     to its group, yet gqlgen's built the object's path, a field set and a
//     map); graphql.NewFieldSet by newObject, a field set with only what a
//     sequential object uses of it, in one allocation.
//   - The functions of plain fields (see plainField: a struct field or
//     method of a scalar, which cannot fail) marshal the value directly,
//     not through graphql.ResolveField (inlinePlainFields).
//
// The generator refuses an output that is not as these expect: a call
// missing (gqlgen's template changed), a deferred group handed to gqlgen
// (&deferred, as a concurrent object does), a field set used otherwise, a
// plain field's function of another shape. Until gqlgen offers these as
// settings, this command is the one way to regenerate:
//
//	go run ./cmd/graphgen
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"regexp"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
	gqlast "github.com/vektah/gqlparser/v2/ast"
)

// substitutions are the calls replaced in the generated execution code,
// each by a function of package graph with the same signature.
var substitutions = []struct{ call, by string }{
	{"graphql.MarshalSliceConcurrently(", "marshalSlice("},
	{"graphql.NewDeferredGroup(ctx)", "sequentialGroup(ctx)"},
	{"graphql.NewFieldSet(fields)", "newObject(fields)"},
}

// fieldSetUse is how generated code uses an object's field set (out), and
// fieldSetUses what graph.object offers of it.
var (
	fieldSetUse  = regexp.MustCompile(`\bout\.([A-Za-z]+)`)
	fieldSetUses = map[string]bool{"Values": true, "Invalids": true, "Dispatch": true}
)

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
	seq := &sequential{}
	if err := api.Generate(cfg, api.AddPlugin(seq)); err != nil {
		return err
	}
	if err := sequentialCode(cfg.Exec.Filename); err != nil {
		return err
	}
	return inlinePlainFields(cfg.Exec.Filename, seq.plain)
}

// sequential is the gqlgen plugin that disables concurrent field execution
// and finds the plain fields (see plainField).
type sequential struct {
	// plain maps the generated function of each plain field to the
	// expression that marshals it.
	plain map[string]string
}

func (*sequential) Name() string { return "sequential" }

// GenerateCode runs after gqlgen has built its data and before it renders
// its templates, which read DisableConcurrency.
func (s *sequential) GenerateCode(data *codegen.Data) error {
	s.plain = map[string]string{}
	// A directive on FIELD locations runs as field middleware, which a
	// plain field must not skip.
	fieldDirectives := len(data.AllDirectives.LocationDirectives(string(gqlast.LocationField))) > 0
	for _, obj := range data.Objects {
		if obj != data.SubscriptionRoot {
			obj.DisableConcurrency = true
		}
		if fieldDirectives || obj.Root || obj.Stream {
			continue
		}
		for _, f := range obj.Fields {
			if plainField(f) {
				call := ""
				if f.IsMethod() {
					call = "()"
				}
				s.plain["_"+obj.Name+"_"+f.Name] = "ec." + f.TypeReference.MarshalFunc() + "(ctx, field.Selections, obj." + f.GoFieldName + call + ")"
			}
		}
	}
	return nil
}

// plainField reports whether f is a field whose value cannot fail and
// needs no resolver: a struct field, or a method without arguments, a
// context or an error, of a scalar or enum held by value (not a pointer,
// which may be nil, nor a list), with no directive.
func plainField(f *codegen.Field) bool {
	kind := f.TypeReference.Definition.Kind
	return !f.IsResolver && !f.IsBatch() && len(f.Args) == 0 && !f.HasDirectives() &&
		(kind == gqlast.Scalar || kind == gqlast.Enum) && !f.TypeReference.IsPtr() && !f.TypeReference.IsSlice() &&
		(f.IsVariable() || f.IsMethod() && f.NoErr && !f.MethodHasContext && !f.HasHaser && !f.VOkFunc)
}

// resolveField is how a generated field function begins when it resolves
// its field through gqlgen's runtime.
const resolveField = "return graphql.ResolveField("

// inlinePlainFields rewrites the generated function of each plain field to
// marshal its value directly instead of through graphql.ResolveField, which
// gives every field a FieldContext, a context, closures and its value
// boxed in an any (change 7 of docs/gqlgen-proposal.md). The field's
// value is the same, and so is the answer; what it skips is the resolver
// middleware, which for these fields calls straight through: the server
// registers no field interceptor (graph.NewHandler), and the generator
// finds no plain field when the schema has FIELD directives. A panic while
// marshalling one is recovered by its object's list element or root
// field. It refuses a file whose functions are not as expected.
func inlinePlainFields(path string, plain map[string]string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
	if err != nil {
		return err
	}
	type edit struct {
		from, to int
		body     string
	}
	var edits []edit
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Recv == nil {
			continue
		}
		expr, ok := plain[fn.Name.Name]
		if !ok {
			continue
		}
		from, to := fset.Position(fn.Body.Lbrace).Offset+1, fset.Position(fn.Body.Rbrace).Offset
		if len(fn.Body.List) != 1 || !bytes.HasPrefix(bytes.TrimSpace(src[from:to]), []byte(resolveField)) {
			return fmt.Errorf("%s: %s does not resolve its field with graphql.ResolveField: gqlgen's template changed, see cmd/graphgen", path, fn.Name.Name)
		}
		edits = append(edits, edit{from, to, "\n\treturn " + expr + "\n"})
	}
	if len(edits) != len(plain) {
		return fmt.Errorf("%s has %d of the %d plain fields' functions: gqlgen's template changed, see cmd/graphgen", path, len(edits), len(plain))
	}
	var out bytes.Buffer
	last := 0
	for _, e := range edits { // in the file's order
		out.Write(src[last:e.from])
		out.WriteString(e.body)
		last = e.to
	}
	out.Write(src[last:])
	formatted, err := format.Source(out.Bytes())
	if err != nil {
		return fmt.Errorf("%s after inlining plain fields: %w", path, err)
	}
	return os.WriteFile(path, formatted, 0o644)
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
	for _, m := range fieldSetUse.FindAllSubmatch(src, -1) {
		if !fieldSetUses[string(m[1])] {
			return fmt.Errorf("%s uses an object's field set as graph.object does not (out.%s): gqlgen's template changed, see cmd/graphgen", path, m[1])
		}
	}
	for _, s := range substitutions {
		if !bytes.Contains(src, []byte(s.call)) {
			return fmt.Errorf("%s has no call to %s: gqlgen's template changed, see cmd/graphgen", path, s.call)
		}
		src = bytes.ReplaceAll(src, []byte(s.call), []byte(s.by))
	}
	return os.WriteFile(path, src, 0o644)
}
