package screening

import (
	"hash/maphash"
	"math/bits"

	"github.com/controlsledger/ledger/internal/slab"
)

// The index keeps its records, names, tokens and postings in a few large
// arrays of integers rather than a struct and slices each: the garbage
// collector marks a pointer-free array without looking inside, and an index
// of a ledger's designations holds hundreds of thousands of names. The
// types below are those arrays' building blocks.

// str is a string held in the index's slab.
type str = slab.Ref

// span is n values of a flat array from off.
type span struct{ off, n uint32 }

func spanOf[T any](a []T, s span) []T {
	return a[s.off : s.off+s.n : s.off+s.n]
}

// appendSpan appends vs to *a and returns where they are.
func appendSpan[T any](a *[]T, vs ...T) span {
	s := span{uint32(len(*a)), uint32(len(vs))}
	*a = append(*a, vs...)
	return s
}

// list is a growable list of int32 in a lists: n values from off, with room
// for cap.
type list struct{ off, n, cap uint32 }

// lists holds many growable lists of int32 (postings, the tokens of a
// deletion key, the records of an identifier) in one array. A list that
// outgrows its room moves to the end of the array with twice the room; the
// room it leaves is not reused, which bounds the waste by the lists' own
// size.
type lists struct {
	a []int32
}

// get is l's values; valid until the next add.
func (ls *lists) get(l list) []int32 {
	return ls.a[l.off : l.off+l.n : l.off+l.n]
}

// add appends v to *l.
func (ls *lists) add(l *list, v int32) {
	if l.n == l.cap {
		room := max(2*l.cap, 1)
		if l.cap > 0 && int(l.off+l.cap) == len(ls.a) {
			// The last list of the array grows where it is.
			ls.a = append(ls.a, make([]int32, room-l.cap)...)
		} else {
			off := uint32(len(ls.a))
			ls.a = append(ls.a, ls.a[l.off:l.off+l.n]...)
			ls.a = append(ls.a, make([]int32, room-l.n)...)
			l.off = off
		}
		l.cap = room
	}
	ls.a[l.off+l.n] = v
	l.n++
}

// remove takes the first v out of *l, keeping the others' order, and
// reports whether it was there.
func (ls *lists) remove(l *list, v int32) bool {
	vs := ls.get(*l)
	for i, x := range vs {
		if x == v {
			copy(vs[i:], vs[i+1:])
			l.n--
			return true
		}
	}
	return false
}

// table maps strings to int32 values (record numbers, token IDs, rows of
// keyed lists) without holding a pointer: an open-addressing table of the
// values alone, each value's key read back from the index (tables.keyOf).
type table struct {
	slots []int32 // value + 1; 0 is empty, -1 a deleted value
	n     int     // values
	used  int     // values and deleted slots
	seed  maphash.Seed
	kind  tableKind
}

// tableKind says where a table's values keep their keys.
type tableKind uint8

const (
	recordIDs   tableKind = iota // records[v].id
	tokenTexts                   // tokens[v].text
	deleteKeys                   // keyLists[v].key
	identifiers                  // idLists[v].key
)

func newTable(kind tableKind) table {
	return table{seed: maphash.MakeSeed(), kind: kind}
}

// keyOf is the key under which table t holds value v.
func (ix *tables) keyOf(t *table, v int32) string {
	switch t.kind {
	case recordIDs:
		return ix.strs.Get(ix.records[v].id)
	case tokenTexts:
		return ix.strs.Get(ix.tokens[v].text)
	case deleteKeys:
		return ix.strs.Get(ix.keyLists[v].key)
	default:
		return ix.strs.Get(ix.idLists[v].key)
	}
}

// find is the value under k in t.
func (ix *tables) find(t *table, k string) (int32, bool) {
	if t.n == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(t.seed, k) & mask; ; i = (i + 1) & mask {
		switch s := t.slots[i]; {
		case s == 0:
			return 0, false
		case s > 0 && ix.keyOf(t, s-1) == k:
			return s - 1, true
		}
	}
}

// insert puts v in t under its key, which t does not hold.
func (ix *tables) insert(t *table, v int32) {
	if 4*(t.used+1) > 3*len(t.slots) {
		ix.rehash(t, max(16, 4*(t.n+1)))
	}
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(t.seed, ix.keyOf(t, v)) & mask; ; i = (i + 1) & mask {
		if s := t.slots[i]; s <= 0 {
			if s == 0 {
				t.used++
			}
			t.slots[i] = v + 1
			t.n++
			return
		}
	}
}

// delete takes value v out of t.
func (ix *tables) delete(t *table, v int32) {
	if t.n == 0 {
		return
	}
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(t.seed, ix.keyOf(t, v)) & mask; ; i = (i + 1) & mask {
		switch t.slots[i] {
		case 0:
			return
		case v + 1:
			t.slots[i] = -1
			t.n--
			return
		}
	}
}

// rehash moves t's values to a table of at least size slots (a power of
// two), dropping the deleted slots.
func (ix *tables) rehash(t *table, size int) {
	old := t.slots
	t.slots = make([]int32, 1<<bits.Len(uint(size-1)))
	t.n, t.used = 0, 0
	for _, s := range old {
		if s > 0 {
			ix.insert(t, s-1)
		}
	}
}
