package graph_test

import (
	"fmt"
	"strings"
	"testing"
)

func TestMalformedTimesAreClientErrors(t *testing.T) {
	a := newAPI(t, nil)
	for _, at := range []string{"2023-02-30T00:00:00Z", "99999-01-01T00:00:00Z", "2023-01-01", "yesterday"} {
		errs := a.do(t, fmt.Sprintf(`{ measures(asOf: {knownAt: %q}) { totalCount } }`, at), nil, nil)
		wantRefused(t, at+" in the query", errs, "BAD_USER_INPUT", "input.malformed")
		if len(errs) == 1 && (errs[0].Extensions["field"] != "asOf.knownAt" || !strings.Contains(errs[0].Message, "RFC 3339")) {
			t.Errorf("%s: %+v, want the field asOf.knownAt and the rule in the message", at, errs[0])
		}
		errs = a.do(t, `query($at: Time) { measures(asOf: {knownAt: $at}) { totalCount } }`, map[string]any{"at": at}, nil)
		wantRefused(t, at+" in a variable", errs, "BAD_USER_INPUT", "input.malformed")
	}
	if strings.Contains(a.logs.String(), "level=ERROR") {
		t.Fatalf("client errors were logged as server errors:\n%s", a.logs)
	}
	var m struct{ Measures struct{ TotalCount int } }
	if errs := a.do(t, `{ measures(asOf: {knownAt: "2999-01-01T00:00:00.5+02:00"}) { totalCount } }`, nil, &m); len(errs) > 0 {
		t.Fatal(errs)
	}
}

func TestEnumValuesAreCaseSensitive(t *testing.T) {
	a := newAPI(t, nil)
	in := measureInput("M-1", "2024-01-01")
	in["measureType"] = "export_control"
	errs := a.do(t, announce, map[string]any{"in": in}, nil)
	wantRefused(t, "a lower-case enum value in a mutation", errs, "BAD_USER_INPUT", "input.malformed")
	var m struct{ Measures struct{ TotalCount int } }
	a.do(t, `{ measures { totalCount } }`, nil, &m)
	if m.Measures.TotalCount != 0 {
		t.Fatalf("the measure was written: %d measures", m.Measures.TotalCount)
	}
	errs = a.do(t, `query($t: MeasureType) { measures(filter: {measureType: $t}) { totalCount } }`, map[string]any{"t": "Export_Control"}, nil)
	wantRefused(t, "a mixed-case enum value in a filter", errs, "BAD_USER_INPUT", "input.malformed")
	in["measureType"] = "EXPORT_CONTROL"
	if errs := a.do(t, announce, map[string]any{"in": in}, nil); len(errs) > 0 {
		t.Fatal(errs)
	}
}
