package graph_test

import (
	"strings"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

// TestEveryCommandIsAMutation checks that each command of the domain's
// registry is served as a mutation named after it, taking its input type.
func TestEveryCommandIsAMutation(t *testing.T) {
	mutation := servedSchema().Mutation
	for _, ct := range domain.CommandTypes() {
		name := strings.ToLower(ct.Name[:1]) + ct.Name[1:]
		f := mutation.Fields.ForName(name)
		if f == nil {
			t.Errorf("command %s has no mutation %s", ct.Name, name)
			continue
		}
		in := f.Arguments.ForName("input")
		if in == nil || in.Type.Name() != ct.Name+"Input" {
			t.Errorf("mutation %s does not take input: %sInput!", name, ct.Name)
		}
	}
}
