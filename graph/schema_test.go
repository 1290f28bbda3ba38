package graph_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/graph"
	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

// servedSchema is the schema the API serves: what gqlgen embedded from the
// .graphqls files, so a schema file added later is checked too.
func servedSchema() *ast.Schema { return graph.NewExecutableSchema(graph.Config{}).Schema() }

// undocumented lists every type, field, argument, input field and enum value
// of the schema's own (not built-in) types that has no description, each as
// "file:line name".
func undocumented(s *ast.Schema) []string {
	var missing []string
	at := func(p *ast.Position, what string) {
		if p != nil && p.Src != nil {
			what = fmt.Sprintf("%s:%d %s", p.Src.Name, p.Line, what)
		}
		missing = append(missing, what)
	}
	for name, d := range s.Types {
		if d.BuiltIn || strings.HasPrefix(name, "__") {
			continue
		}
		if strings.TrimSpace(d.Description) == "" {
			at(d.Position, "type "+name)
		}
		for _, f := range d.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			if strings.TrimSpace(f.Description) == "" {
				at(f.Position, "field "+name+"."+f.Name)
			}
			for _, a := range f.Arguments {
				if strings.TrimSpace(a.Description) == "" {
					at(a.Position, "argument "+name+"."+f.Name+"("+a.Name+")")
				}
			}
		}
		for _, v := range d.EnumValues {
			if strings.TrimSpace(v.Description) == "" {
				at(v.Position, "enum value "+name+"."+v.Name)
			}
		}
	}
	slices.Sort(missing)
	return missing
}

// TestSchemaDocumented holds the schema to one rule: every type, field,
// argument, input field and enum value has a description.
func TestSchemaDocumented(t *testing.T) {
	missing := undocumented(servedSchema())
	if len(missing) > 0 {
		t.Errorf("%d schema elements have no description:\n%s", len(missing), strings.Join(missing, "\n"))
	}
}

// TestSchemaInterfaceFieldsDescribedAlike checks that a field an object type
// re-declares from an interface it implements carries the interface's
// description, so an auditor reads the same meaning whichever type they look
// at.
func TestSchemaInterfaceFieldsDescribedAlike(t *testing.T) {
	s := servedSchema()
	var differ []string
	for name, d := range s.Types {
		if d.BuiltIn || d.Kind != ast.Object {
			continue
		}
		for _, iname := range d.Interfaces {
			iface := s.Types[iname]
			if narrowed(s, d, iname) {
				continue // a more specific interface of d re-declares its fields
			}
			for _, f := range d.Fields {
				if fi := iface.Fields.ForName(f.Name); fi != nil && words(fi.Description) != words(f.Description) {
					differ = append(differ, fmt.Sprintf("%s.%s: %q, but %s.%s: %q", name, f.Name, f.Description, iname, f.Name, fi.Description))
				}
			}
		}
	}
	slices.Sort(differ)
	if len(differ) > 0 {
		t.Errorf("%d fields are described unlike their interface's:\n%s", len(differ), strings.Join(differ, "\n"))
	}
}

// narrowed reports whether another interface d implements itself implements
// iname, as Record implements Node.
func narrowed(s *ast.Schema, d *ast.Definition, iname string) bool {
	for _, other := range d.Interfaces {
		if slices.Contains(s.Types[other].Interfaces, iname) {
			return true
		}
	}
	return false
}

// words is a description with its line breaks and runs of spaces made single
// spaces: the text a reader sees, however the source wraps it.
func words(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestUndocumentedFindsGaps makes sure the check above sees a missing
// description at each level it covers.
func TestUndocumentedFindsGaps(t *testing.T) {
	s, err := gqlparser.LoadSchema(&ast.Source{Name: "gap.graphqls", Input: `
"Documented."
type Query {
  "Documented."
  a("Documented." x: Int, y: Int): E
  b: Int
}
enum E {
  "Documented."
  ONE
  TWO
}
input I {
  z: Int
}
`})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"gap.graphqls:13 type I",
		"gap.graphqls:14 field I.z",
		"gap.graphqls:5 argument Query.a(y)",
		"gap.graphqls:6 field Query.b",
		"gap.graphqls:8 type E",
		"gap.graphqls:11 enum value E.TWO",
	}
	slices.Sort(want)
	if got := undocumented(s); !slices.Equal(got, want) {
		t.Errorf("undocumented:\n got %q\nwant %q", got, want)
	}
}

// The text limits the Mutation type states are the ones domain.CheckInput
// enforces, and it names every prose field.
func TestMutationDescriptionStatesTheTextLimits(t *testing.T) {
	desc := strings.Join(strings.Fields(servedSchema().Types["Mutation"].Description), " ")
	for _, want := range []string{
		fmt.Sprintf("%d in a one-line field", domain.MaxLineLength),
		fmt.Sprintf("%d in prose", domain.MaxProseLength),
		fmt.Sprintf("%d in a list entry's raw", domain.MaxVerbatimLength),
		fmt.Sprintf("%d in an idempotencyKey", domain.MaxIdempotencyKeyLength),
	} {
		if !strings.Contains(desc, want) {
			t.Errorf("the Mutation type's description does not say %q", want)
		}
	}
	words := strings.FieldsFunc(desc, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, f := range domain.ProseFields {
		if !slices.Contains(words, f) {
			t.Errorf("the Mutation type's description does not name the prose field %s", f)
		}
	}
}
