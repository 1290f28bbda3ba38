package screening

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"unsafe"
)

// size is about how many bytes the index's arrays and strings hold.
func (ix *Index) size() int {
	n := 4*(len(ix.recNames)+len(ix.nameToks)) + int(unsafe.Sizeof(Date{}))*len(ix.dates) +
		int(unsafe.Sizeof(str{}))*len(ix.refs) + int(unsafe.Sizeof(ident{}))*len(ix.idents) +
		int(unsafe.Sizeof(tokenEntry{}))*len(ix.tokens) + int(unsafe.Sizeof(nameEntry{}))*len(ix.names) +
		4*len(ix.lists.a)
	return n + ix.strs.Bytes()
}

// TestLists grows many lists in turns (each outgrowing its room several
// times, some at the end of the array), removes values from them, and
// checks each against a plain slice.
func TestLists(t *testing.T) {
	var ls lists
	got := make([]list, 50)
	want := make([][]int32, len(got))
	rnd := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20000; i++ {
		k := rnd.IntN(len(got))
		if k == 0 {
			k = i % len(got) // list 0 is often the last of the array
		}
		v := int32(rnd.IntN(1000))
		if len(want[k]) > 0 && rnd.IntN(4) == 0 {
			v = want[k][rnd.IntN(len(want[k]))]
			if !ls.remove(&got[k], v) {
				t.Fatalf("remove %d from list %d: not found", v, k)
			}
			want[k] = slices.Delete(want[k], slices.Index(want[k], v), slices.Index(want[k], v)+1)
			continue
		}
		ls.add(&got[k], v)
		want[k] = append(want[k], v)
	}
	for k := range got {
		if !slices.Equal(ls.get(got[k]), want[k]) {
			t.Fatalf("list %d: %v, want %v", k, ls.get(got[k]), want[k])
		}
		if ls.remove(&got[k], 1000) {
			t.Fatalf("list %d: removed a value it does not hold", k)
		}
	}
	// What the moves leave behind is at most what the lists hold, plus
	// the room of each list's last doubling.
	held := 0
	for k := range got {
		held += int(got[k].cap)
	}
	if len(ls.a) > 2*held {
		t.Errorf("the array holds %d values for lists with room for %d", len(ls.a), held)
	}
}

// TestReplacedRecordsDoNotAccumulate replaces one record many times, as a
// list whose entry changes at every snapshot would: the index's arrays and
// strings stay bounded, and it answers for the last version only.
func TestReplacedRecordsDoNotAccumulate(t *testing.T) {
	ix := NewIndex()
	if err := ix.Put(Record{ID: "other", Names: []Name{{Text: "Banco Nacional de Cuba"}}}); err != nil {
		t.Fatal(err)
	}
	const versions = 20000
	for i := 0; i < versions; i++ {
		r := Record{ID: "sdn/1", List: "sdn", Schema: SchemaPerson, Countries: []string{"Iran"}, Programs: []string{"SDGT"},
			Names:       []Name{{Text: fmt.Sprintf("Hassan Rahimi Number %d", i)}, {Text: fmt.Sprintf("Abu Version %d", i), Kind: NameAlias}},
			Identifiers: []Identifier{{Kind: "Passport", Value: fmt.Sprintf("P%08d", i)}}}
		if err := ix.Put(r); err != nil {
			t.Fatal(err)
		}
	}
	// Without building the index again, each version's strings, tokens and
	// their deletion keys would stay: about 17 MB.
	if size := ix.size(); size > 2<<20 {
		t.Errorf("after %d versions of one record the index holds %d bytes", versions, size)
	}
	if ix.Len() != 2 || ix.Names() != 2+1 {
		t.Errorf("%d records and %d names, want 2 and 3", ix.Len(), ix.Names())
	}
	last := fmt.Sprintf("Hassan Rahimi Number %d", versions-1)
	ms, err := ix.Search(Query{Name: last})
	if err != nil || len(ms) == 0 || ms[0].RecordID != "sdn/1" || ms[0].MatchedName != last || ms[0].Score < 0.99 {
		t.Errorf("the last version's name: %+v, %v", ms, err)
	}
	ms, err = ix.Search(Query{Identifier: fmt.Sprintf("P%08d", versions-1)})
	if err != nil || len(ms) != 1 || ms[0].RecordID != "sdn/1" {
		t.Errorf("the last version's passport: %+v, %v", ms, err)
	}
	ms, err = ix.Search(Query{Identifier: "P00000007"})
	if err != nil || len(ms) != 0 {
		t.Errorf("an earlier version's passport: %+v, %v", ms, err)
	}
	ms, err = ix.Search(Query{Name: "Banco Nacional de Cuba", Country: "Iran"})
	if err != nil || len(ms) != 1 || ms[0].RecordID != "other" || len(ms[0].Agreed)+len(ms[0].Conflicted) != 0 {
		t.Errorf("the other record: %+v, %v", ms, err)
	}
}

// TestTable inserts, finds and deletes keys at random against a map: the
// deleted slots are reused or dropped, so the table stays in proportion
// to the keys it holds.
func TestTable(t *testing.T) {
	ix := newTables()
	want := map[string]int32{}
	rnd := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 100000; i++ {
		k := fmt.Sprintf("key %d", rnd.IntN(3000))
		v, ok := ix.find(&ix.ids, k)
		if w, wok := want[k]; ok != wok || ok && v != w {
			t.Fatalf("find %q: %d, %v; want %d, %v", k, v, ok, w, wok)
		}
		switch {
		case ok && rnd.IntN(2) == 0:
			ix.delete(&ix.ids, v)
			delete(want, k)
		case !ok:
			v = int32(len(ix.idLists))
			ix.idLists = append(ix.idLists, keyed{key: ix.strs.AddString(k)})
			ix.insert(&ix.ids, v)
			want[k] = v
		}
	}
	for k, w := range want {
		if v, ok := ix.find(&ix.ids, k); !ok || v != w {
			t.Fatalf("find %q: %d, %v; want %d", k, v, ok, w)
		}
	}
	if ix.ids.n != len(want) || len(ix.ids.slots) > 8*len(want) {
		t.Errorf("the table holds %d values in %d slots, want %d values", ix.ids.n, len(ix.ids.slots), len(want))
	}
}
