package jsonscan

import "testing"

func TestFind(t *testing.T) {
	doc := `{"a":1, "b" : {"c":[10, {"d":"x\"y"} ,30]}, "e":null}`
	for _, tc := range []struct {
		doc  string
		path []Step
		want string // "" when Find must give up
	}{
		{doc, []Step{{Key: "a"}}, `1`},
		{doc, []Step{{Key: "b"}, {Key: "c"}, {Index: 1}, {Key: "d"}}, `"x\"y"`},
		{doc, []Step{{Key: "b"}, {Key: "c"}, {Index: 2}}, `30`},
		{doc, []Step{{Key: "e"}}, `null`},
		{doc, []Step{{Key: "b"}, {Key: "c"}, {Index: 3}}, ""}, // no such element
		{doc, []Step{{Key: "z"}}, ""},                         // no such key
		{doc, []Step{{Key: "a"}, {Key: "x"}}, ""},             // through a number
		{`{"a":1,"a":2}`, []Step{{Key: "a"}}, ""},             // repeated: encoding/json keeps the last
		{`{"\u0061":1}`, []Step{{Key: "a"}}, ""},              // escaped key
		{`{"b\u0061":1,"a":2}`, []Step{{Key: "a"}}, ""},       // an escaped key beside it
		{"{\"a\xff\":1}", []Step{{Key: "a\xff"}}, ""},         // not UTF-8
		{`{"a":1} x`, []Step{{Key: "a"}}, ""},                 // not one JSON value
		{`{"a":[1,}`, []Step{{Key: "a"}}, ""},                 // not JSON
		{`  {"a" : "s" }  `, []Step{{Key: "a"}}, `"s"`},       // white space around
	} {
		start, end, ok := Find([]byte(tc.doc), tc.path)
		if tc.want == "" {
			if ok {
				t.Errorf("Find(%s, %v) = %q, want it to give up", tc.doc, tc.path, tc.doc[start:end])
			}
			continue
		}
		if !ok || tc.doc[start:end] != tc.want {
			t.Errorf("Find(%s, %v) = %d, %d, %v; want %s", tc.doc, tc.path, start, end, ok, tc.want)
		}
	}
}
