package projections

import (
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

// TestRecordTable checks that the table finds every record by its ID (or
// its stream) across growth, finds no other key, and lists each record
// once.
func TestRecordTable(t *testing.T) {
	var recs []*recordState
	byID, byStream := &recordTable{}, &recordTable{stream: true}
	for i := range 5000 {
		n := int32(len(recs))
		recs = append(recs, &recordState{n: n, ref: domain.Ref{Kind: domain.KindMeasure, ID: fmt.Sprintf("M-%d", i)},
			stream: fmt.Sprintf("measure-%d", i/2)})
		if _, ok := byID.get(recs, recs[n].ref.ID); ok {
			t.Fatalf("%s found before it was put", recs[n].ref.ID)
		}
		byID.put(recs, n)
		if _, taken := byStream.get(recs, recs[n].stream); !taken {
			byStream.put(recs, n)
		}
	}
	if byID.Len() != 5000 || byStream.Len() != 2500 {
		t.Fatalf("%d IDs and %d streams, want 5000 and 2500", byID.Len(), byStream.Len())
	}
	for _, r := range recs {
		if n, ok := byID.get(recs, r.ref.ID); !ok || n != r.n {
			t.Fatalf("%s: %d, %v, want %d", r.ref.ID, n, ok, r.n)
		}
		if n, ok := byStream.get(recs, r.stream); !ok || n != r.n/2*2 {
			t.Fatalf("stream %s: %d, %v, want its first record %d", r.stream, n, ok, r.n/2*2)
		}
	}
	for _, k := range []string{"", "M-5000", "M-", "measure-0"} {
		if n, ok := byID.get(recs, k); ok {
			t.Fatalf("%q found as record %d", k, n)
		}
	}
	all := slices.Sorted(byID.all())
	if len(all) != 5000 || all[0] != 0 || all[4999] != 4999 {
		t.Fatalf("all lists %d records", len(all))
	}
	var empty recordTable
	if _, ok := empty.get(nil, "M-1"); ok || empty.Len() != 0 {
		t.Fatal("the empty table finds a record")
	}
}

// TestCarvedPostings checks that a list carved from the shared slab can be
// appended to without writing over the list after it.
func TestCarvedPostings(t *testing.T) {
	var s stateReader
	a, b := s.carve(3), s.carve(2)
	copy(a, []int32{1, 2, 3})
	copy(b, []int32{4, 5})
	a = append(a, 9)
	if !slices.Equal(b, []int32{4, 5}) || !slices.Equal(a, []int32{1, 2, 3, 9}) {
		t.Fatalf("after an append to the first list: %v and %v", a, b)
	}
	if e := s.carve(0); e == nil || len(e) != 0 {
		t.Fatalf("an empty list is %#v, want empty and not nil, as before the slab", e)
	}
}

// TestDerivedShare checks that a version deriving what the version before
// it derived shares it, and that one deriving something else keeps its
// own parts and shares only the equal ones.
func TestDerivedShare(t *testing.T) {
	codes := []string{"CN", "RU"}
	prev := &derived{exists: true, days: []int32{1, 5}, timeline: timeline{{-1 << 31, 0}, {5, 2}},
		implementing: "US", affected: []affectedSpan{{from: -1 << 31, codes: codes}}}
	same := &derived{exists: true, days: []int32{1, 5}, timeline: timeline{{-1 << 31, 0}, {5, 2}},
		implementing: "US", affected: []affectedSpan{{from: -1 << 31, codes: slices.Clone(codes)}}}
	if got := same.share(prev); got != prev {
		t.Fatal("an equal version does not share the one before it")
	}
	other := &derived{exists: true, days: []int32{1, 5, 9}, timeline: timeline{{-1 << 31, 0}, {5, 2}},
		implementing: "US", affected: []affectedSpan{{from: -1 << 31, codes: slices.Clone(codes)}, {from: 9, codes: []string{"CN"}}}}
	got := other.share(prev)
	if got != other {
		t.Fatal("a version with other days shares the one before it")
	}
	if !sameSlice(got.timeline, prev.timeline) || sameSlice(got.days, prev.days) || sameSlice(got.affected, prev.affected) ||
		!sameSlice(got.affected[0].codes, codes) {
		t.Fatal("the equal parts are not shared, or the others are")
	}
	if !slices.Equal(got.days, []int32{1, 5, 9}) || len(got.affected) != 2 || got.affectedAt(10)[0] != "CN" || len(got.affectedAt(10)) != 1 {
		t.Fatalf("sharing changed the version: %+v", got)
	}
}

// TestDerivedShareComparesEveryField changes one field at a time of a
// version equal to the one before it, and of its designation facts, and
// checks that share no longer returns the version before: a field added
// to derived or designationFacts and not compared in share would make a
// version answer with its predecessor's value.
func TestDerivedShareComparesEveryField(t *testing.T) {
	link := &domain.MeasuresLinked{LinkID: "L1"} // share compares links by pointer
	base := func() *derived {
		return &derived{exists: true, link: link, days: []int32{1, 5},
			timeline: timeline{{-1 << 31, 0}, {5, 2}}, implementing: "US", authority: "BIS", measureType: "EXPORT_CONTROL",
			affected:    []affectedSpan{{from: -1 << 31, codes: []string{"CN"}}},
			designation: &designationFacts{list: "sdn", partyID: "P1", from: 3, delisted: 9, programs: []affectedSpan{{from: 3, codes: []string{"X"}}}}}
	}
	// other returns a value of v's type that differs from v.
	other := func(t *testing.T, name string, v reflect.Value) reflect.Value {
		switch v.Kind() {
		case reflect.Bool:
			return reflect.ValueOf(!v.Bool())
		case reflect.String:
			return reflect.ValueOf(v.String() + "x").Convert(v.Type())
		case reflect.Int32:
			return reflect.ValueOf(int32(v.Int() + 1)).Convert(v.Type())
		case reflect.Slice:
			return reflect.MakeSlice(v.Type(), v.Len()+1, v.Len()+1)
		case reflect.Pointer:
			return reflect.New(v.Type().Elem())
		}
		t.Fatalf("field %s: a %s, which this test cannot change: add it here", name, v.Kind())
		return v
	}
	if prev, d := base(), base(); d.share(prev) != prev {
		t.Fatal("two equal versions: share does not return the one before")
	}
	for _, in := range []string{"derived", "designationFacts"} {
		typ := reflect.TypeFor[derived]()
		if in == "designationFacts" {
			typ = reflect.TypeFor[designationFacts]()
		}
		for i := range typ.NumField() {
			name := in + "." + typ.Field(i).Name
			if name == "derived.designation" {
				continue // its fields are changed one by one below
			}
			prev, d := base(), base()
			target := reflect.ValueOf(d).Elem()
			if in == "designationFacts" {
				target = reflect.ValueOf(d.designation).Elem()
			}
			f := target.Field(i)
			f = reflect.NewAt(f.Type(), f.Addr().UnsafePointer()).Elem() // unexported
			f.Set(other(t, name, f))
			if got := d.share(prev); got == prev {
				t.Errorf("a version differing in %s shares the version before it", name)
			}
		}
	}
}
