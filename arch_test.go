// Package controlsledger_test checks, over the whole module, the
// dependency rules that ARCHITECTURE.md describes under "Dependency
// direction".
package controlsledger_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/controlsledger/ledger"

// allowed lists, for each package (by its path in the module), the project
// packages its non-test code may import. A package missing here may import
// nothing of the project; "adapter" packages are matched by prefix below.
var allowed = map[string][]string{
	// The domain's in-place patch of a payload finds the value with
	// jsonscan, which imports nothing of ours (it is not in this table).
	"domain":               {"internal/jsonscan"},
	"eventstore":           {},
	"eventstore/storetest": {"eventstore"},
	// ledger is the command service: it knows neither who feeds it
	// commands (graph, importer) nor the integrity checks.
	"ledger":    {"domain", "eventstore"},
	"integrity": {"domain", "eventstore", "integrity/merkle"},
	// The read models and the screening index keep their strings in
	// internal/slab, which imports nothing of ours.
	"projections": {"domain", "eventstore", "internal/slab"},
	// An importer uses the command service, never the reverse.
	"importer":     {"domain", "eventstore", "ledger"},
	"graph":        {"domain", "eventstore", "integrity/merkle", "integrity", "ledger", "projections", "screening", "screening/ledgerindex"},
	"internal/gen": {"domain", "eventstore"},
	// The list readers know no package of ours; the ingester turns what
	// they read into commands for the service, which never imports it.
	"lists": {},
	// Screening knows names, not the ledger; its index of the ledger's
	// designations reads them from the projections.
	"screening":             {"domain", "internal/slab"},
	"screening/ledgerindex": {"domain", "projections", "screening"},
	"lists/ingest":          {"domain", "eventstore", "importer", "ledger", "lists"},
	"screening/testset":     {"lists", "screening"},
}

// thirdParty lists the packages outside the standard library that the
// contracts may import: UUIDs, and the JSON codec of the domain's payloads
// (a drop-in for encoding/json that writes the same bytes).
var contractThirdParty = []string{"github.com/google/uuid", "github.com/goccy/go-json"}

func TestImportRules(t *testing.T) {
	imports := projectImports(t)
	if len(imports) < 6 {
		t.Fatalf("found only %d packages; is the test running at the module root?", len(imports))
	}
	for pkg, imps := range imports {
		for imp, thirdParty := range imps {
			switch {
			case strings.HasPrefix(pkg, "cmd/"):
				// cmd is wiring: it may import anything.
			case thirdParty && (pkg == "domain" || pkg == "eventstore"):
				if !contains(contractThirdParty, imp) {
					t.Errorf("%s imports %s: the contracts import only the standard library and %v", pkg, imp, contractThirdParty)
				}
			case thirdParty:
			case isAdapter(pkg):
				if imp != "eventstore" {
					t.Errorf("%s imports %s: an adapter imports only the eventstore contract", pkg, imp)
				}
			default:
				if !contains(allowed[pkg], imp) {
					t.Errorf("%s imports %s: allowed are %v", pkg, imp, allowed[pkg])
				}
			}
		}
	}
}

// TestEveryStoreRunsTheConformanceSuite checks that each implementation of
// eventstore.Store (declared, as ARCHITECTURE.md asks, with
// var _ eventstore.Store = ...) is run through eventstore/storetest by its
// package's tests.
func TestEveryStoreRunsTheConformanceSuite(t *testing.T) {
	declared := map[string]bool{} // package directories
	conformant := map[string]bool{}
	err := walkGoFiles(func(path string) error {
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dir := filepath.ToSlash(filepath.Dir(path))
		switch {
		case strings.HasSuffix(path, "_test.go"):
			if strings.Contains(string(src), "storetest.Run(") {
				conformant[dir] = true
			}
		case strings.Contains(string(src), "var _ eventstore.Store = "):
			declared[dir] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(declared) < 2 {
		t.Fatalf("found %d store implementations; is the test running at the module root?", len(declared))
	}
	for dir := range declared {
		if !conformant[dir] {
			t.Errorf("%s implements eventstore.Store but its tests do not call storetest.Run", dir)
		}
	}
}

func isAdapter(pkg string) bool {
	return strings.HasPrefix(pkg, "eventstore/") && pkg != "eventstore/storetest"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// projectImports maps each package directory of the module to the imports of
// its non-test files: project imports by their path in the module (false),
// other non-standard imports by their full path (true).
func projectImports(t *testing.T) map[string]map[string]bool {
	t.Helper()
	out := map[string]map[string]bool{}
	fset := token.NewFileSet()
	err := walkGoFiles(func(path string) error {
		if strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		pkg := filepath.ToSlash(filepath.Dir(path))
		if out[pkg] == nil {
			out[pkg] = map[string]bool{}
		}
		for _, spec := range f.Imports {
			imp, _ := strconv.Unquote(spec.Path.Value)
			switch {
			case imp == module || strings.HasPrefix(imp, module+"/"):
				out[pkg][strings.TrimPrefix(strings.TrimPrefix(imp, module), "/")] = false
			case strings.Contains(strings.SplitN(imp, "/", 2)[0], "."):
				out[pkg][imp] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat("go.mod"); err != nil {
		t.Fatal("arch test must run at the module root")
	}
	return out
}

// walkGoFiles calls fn with the path of every Go file of the module, test
// files included, skipping hidden folders, testdata and node_modules.
func walkGoFiles(fn func(path string) error) error {
	return filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != "." && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		return fn(path)
	})
}
