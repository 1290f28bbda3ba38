package projections

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/controlsledger/ledger/domain"
)

// postings is a sorted set of record numbers.
type postings []int32

// add inserts x, keeping the set sorted; records are numbered in the order
// they are first seen, so x is usually the largest and goes at the end.
func (p *postings) add(x int32) {
	s := *p
	if n := len(s); n == 0 || s[n-1] < x {
		*p = append(s, x)
		return
	}
	if i, found := slices.BinarySearch(s, x); !found {
		*p = slices.Insert(s, i, x)
	}
}

// set is a set of record numbers for a query: a bitmap over all records.
type set []uint64

func newSet(n int) set { return make(set, (n+63)/64) }

func (s set) add(x int32)      { s[x/64] |= 1 << (x % 64) }
func (s set) has(x int32) bool { return int(x/64) < len(s) && s[x/64]&(1<<(x%64)) != 0 }
func (s set) addAll(p postings) {
	for _, x := range p {
		s.add(x)
	}
}
func (s set) intersect(o set) {
	for i := range s {
		s[i] &= o[i]
	}
}
func (s set) count() (n int) {
	for _, w := range s {
		n += popcount(w)
	}
	return n
}
func popcount(w uint64) (n int) {
	for ; w != 0; w &= w - 1 {
		n++
	}
	return n
}
func (s set) each(fn func(x int32)) {
	for i, w := range s {
		for ; w != 0; w &= w - 1 {
			fn(int32(i*64 + trailingZeros(w)))
		}
	}
}

func trailingZeros(w uint64) int {
	n := 0
	for w&1 == 0 {
		w >>= 1
		n++
	}
	return n
}

// candidates narrows a query to the records that may match: nil means
// every record may. Each restriction intersects.
type candidates struct {
	n   int // number of records
	set set
}

// restrict intersects the candidates with s.
func (c *candidates) restrict(s set) {
	if c.set == nil {
		c.set = s
		return
	}
	c.set.intersect(s)
}

// restrictTo intersects the candidates with the union of the postings.
func (c *candidates) restrictTo(lists ...postings) {
	s := newSet(c.n)
	for _, l := range lists {
		s.addAll(l)
	}
	c.restrict(s)
}

func (c *candidates) has(x int32) bool { return c.set == nil || c.set.has(x) }

// orderEntry places a record in a list ordered by a date and the record's
// ID. A record whose date was corrected has one entry per date it had;
// the query keeps the entry of the date known at its basis.
type orderEntry struct {
	day int32
	rec int32
	id  string
}

func compareEntries(a, b orderEntry) int {
	return cmp.Or(cmp.Compare(a.day, b.day), strings.Compare(a.id, b.id), cmp.Compare(a.rec, b.rec))
}

// orderList is a sorted list of entries in chunks, so that an insertion in
// the middle moves at most a chunk.
type orderList struct {
	chunks [][]orderEntry
	len    int
}

const chunkSize = 512

func (l *orderList) insert(e orderEntry) {
	l.len++
	if len(l.chunks) == 0 {
		l.chunks = [][]orderEntry{{e}}
		return
	}
	// The first chunk whose last entry is not before e; else the last.
	ci, _ := slices.BinarySearchFunc(l.chunks, e, func(c []orderEntry, e orderEntry) int { return compareEntries(c[len(c)-1], e) })
	ci = min(ci, len(l.chunks)-1)
	c := l.chunks[ci]
	i, found := slices.BinarySearchFunc(c, e, compareEntries)
	if found {
		l.len--
		return
	}
	c = slices.Insert(c, i, e)
	if len(c) > 2*chunkSize {
		tail := slices.Clone(c[chunkSize:])
		c = slices.Clip(c[:chunkSize])
		l.chunks = slices.Insert(l.chunks, ci+1, tail)
	}
	l.chunks[ci] = c
}

// append adds e, which sorts after every entry, at the end.
func (l *orderList) append(e orderEntry) {
	l.len++
	if n := len(l.chunks); n == 0 || len(l.chunks[n-1]) >= chunkSize {
		l.chunks = append(l.chunks, make([]orderEntry, 0, chunkSize))
	}
	last := len(l.chunks) - 1
	l.chunks[last] = append(l.chunks[last], e)
}

// from calls fn for the entries at or after day, in order, until fn returns
// false.
func (l *orderList) from(day int32, fn func(orderEntry) bool) {
	start := orderEntry{day: day, rec: -1 << 31}
	ci, _ := slices.BinarySearchFunc(l.chunks, start, func(c []orderEntry, e orderEntry) int { return compareEntries(c[len(c)-1], e) })
	for ; ci < len(l.chunks); ci++ {
		c := l.chunks[ci]
		i, _ := slices.BinarySearchFunc(c, start, compareEntries)
		for _, e := range c[i:] {
			if !fn(e) {
				return
			}
		}
	}
}

// all calls fn for every entry in order until fn returns false.
func (l *orderList) all(fn func(orderEntry) bool) {
	for _, c := range l.chunks {
		for _, e := range c {
			if !fn(e) {
				return
			}
		}
	}
}

// wordIndex finds the records whose text contains a string. It keeps the
// distinct words (split at white space, lower-cased) with the records that
// used them, and the words by their trigrams. A string found in a text lies,
// piece by piece, inside its words, so the records of the words containing
// each piece of the query are a superset of the answer; the caller checks
// each candidate.
type wordIndex struct {
	ids      map[string]int32
	words    []string
	postings []postings
	tri      map[string][]int32
}

func newWordIndex() *wordIndex {
	return &wordIndex{ids: map[string]int32{}, tri: map[string][]int32{}}
}

// add records that rec's text includes text.
// Its words are strings.Fields(strings.ToLower(text)): lower-casing maps no
// rune to or from white space, so each word is lower-cased on its own, an
// ASCII one into a buffer, and a known word allocates nothing.
func (w *wordIndex) add(rec int32, text string) {
	var buf [64]byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf && asciiSpace[c] {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			if r, size := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
				i += size
				continue
			}
		}
		start, ascii, upper := i, true, false
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				upper = upper || 'A' <= c && c <= 'Z'
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				break
			}
			ascii = false
			i += size
		}
		word := text[start:i]
		switch {
		case !ascii:
			word = strings.ToLower(word)
		case upper && len(word) <= len(buf):
			b := buf[:len(word)]
			for j := range len(word) {
				c := word[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b[j] = c
			}
			if id, ok := w.ids[string(b)]; ok {
				w.postings[id].add(rec)
				continue
			}
			word = string(b)
		case upper:
			word = strings.ToLower(word)
		}
		w.postings[w.word(word)].add(rec)
	}
}

// asciiSpace marks the ASCII white space of unicode.IsSpace.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// word returns the number of word, adding it if it is new. word may be
// part of a longer string: it is copied if it joins.
func (w *wordIndex) word(word string) int32 {
	id, ok := w.ids[word]
	if ok {
		return id
	}
	return w.insert(strings.Clone(word))
}

// insert adds word, which is new and held by no buffer, and returns its
// number.
func (w *wordIndex) insert(word string) int32 {
	id := int32(len(w.words))
	w.ids[word] = id
	w.words = append(w.words, word)
	w.postings = append(w.postings, nil)
	for i := 0; i+3 <= len(word); i++ {
		t := word[i : i+3]
		if l := w.tri[t]; len(l) == 0 || l[len(l)-1] != id {
			w.tri[t] = append(l, id)
		}
	}
	return id
}

// match restricts c to the records whose text may contain q.
func (w *wordIndex) match(c *candidates, q string) {
	for _, piece := range strings.Fields(strings.ToLower(q)) {
		s := newSet(c.n)
		for _, id := range w.wordsContaining(piece) {
			s.addAll(w.postings[id])
		}
		c.restrict(s)
	}
}

// wordsContaining returns the words that contain piece.
func (w *wordIndex) wordsContaining(piece string) []int32 {
	var ids []int32
	if len(piece) < 3 {
		for id, word := range w.words {
			if strings.Contains(word, piece) {
				ids = append(ids, int32(id))
			}
		}
		return ids
	}
	// The rarest trigram's words, checked.
	best := w.tri[piece[:3]]
	for i := 1; i+3 <= len(piece); i++ {
		if l := w.tri[piece[i:i+3]]; len(l) < len(best) {
			best = l
		}
	}
	for _, id := range best {
		if strings.Contains(w.words[id], piece) {
			ids = append(ids, id)
		}
	}
	return ids
}

// dayOf numbers a date by days since 1970-01-01.
func dayOf(d domain.Date) int32 { return int32(floorDiv(d.Time().Unix(), 86400)) }

func dateOfDay(day int32) domain.Date {
	return domain.DateOf(time.Unix(int64(day)*86400, 0))
}
