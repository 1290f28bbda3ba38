package projections

import (
	"hash/maphash"
	"iter"
)

// recordTable finds a record by a string of its own (its ID, within its
// kind, or its stream) without holding the string: its slots hold record
// numbers only, and the key a slot stands for is read from the record.
// The garbage collector does not scan it, where a map[string]int32 of a
// million records is tens of megabytes of string headers to scan and as
// many strings to mark on every cycle. Open addressing with linear
// probing, at most half full; records are never removed.
type recordTable struct {
	slots []int32 // record number + 1; 0 is empty
	n     int
	// stream: keyed by the record's stream, else by its ID.
	stream bool
}

var recordTableSeed = maphash.MakeSeed()

func (t *recordTable) keyOf(r *recordState) string {
	if t.stream {
		return r.stream
	}
	return r.ref.ID
}

// Len returns the number of records in the table.
func (t *recordTable) Len() int { return t.n }

// get returns the number of the record whose key is k.
func (t *recordTable) get(recs []*recordState, k string) (int32, bool) {
	if t.n == 0 {
		return 0, false
	}
	mask := uint64(len(t.slots) - 1)
	for i := maphash.String(recordTableSeed, k) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0, false
		}
		if t.keyOf(recs[s-1]) == k {
			return s - 1, true
		}
	}
}

// put adds record n, recs[n], under its key, which no record of the
// table has yet.
func (t *recordTable) put(recs []*recordState, n int32) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow(recs, max(16, 2*len(t.slots)))
	}
	t.insert(recs, n)
	t.n++
}

func (t *recordTable) insert(recs []*recordState, n int32) {
	mask := uint64(len(t.slots) - 1)
	i := maphash.String(recordTableSeed, t.keyOf(recs[n])) & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = n + 1
}

// grow makes the table size slots (a power of 2) for at least as many
// records as it holds.
func (t *recordTable) grow(recs []*recordState, size int) {
	old := t.slots
	t.slots = make([]int32, size)
	for _, s := range old {
		if s != 0 {
			t.insert(recs, s-1)
		}
	}
}

// reserve makes room for n records in all.
func (t *recordTable) reserve(recs []*recordState, n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if size > len(t.slots) {
		t.grow(recs, size)
	}
}

// all yields the numbers of the table's records, in no order.
func (t *recordTable) all() iter.Seq[int32] {
	return func(yield func(int32) bool) {
		for _, s := range t.slots {
			if s != 0 && !yield(s-1) {
				return
			}
		}
	}
}
