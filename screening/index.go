package screening

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/controlsledger/ledger/domain"
)

// Index is an in-memory index of list records for name screening. It is
// built once and then kept current record by record (Put, Remove) as new
// snapshots of the lists arrive; Search may run from many goroutines at
// once, and is never blocked for longer than one Put or Remove.
//
// Candidate generation is a two-level inverted index: each distinct
// normalised token of all names (the vocabulary) points to the names that
// contain it, and each token is reachable from its exact form, from every
// form with one letter deleted (a symmetric-delete index, which finds every
// token one edit away: a dropped, added, changed or swapped letter), and
// from its phonetic key. A query token is thus compared with a few dozen
// vocabulary tokens, not with every name; see doc.go for the scorer.
type Index struct {
	mu      sync.RWMutex
	records map[string]*entry
	names   []nameEntry // by name ID; a removed name has a nil rec and its ID in free
	free    []int32
	live    int
	vocab   map[string]int32
	tokens  []tokenEntry
	keys    map[string][]int32 // deletion and phonetic keys -> token IDs
	ids     map[string][]*entry

	// scratch holds idle per-query working memory. Not a sync.Pool: the
	// garbage collector empties a pool at every cycle, and the memory is
	// half a megabyte for the lists at their size.
	scratch chan *scratch
}

type entry struct {
	rec       Record
	names     []int32
	countries []string // normalised
	lists     string
}

type nameEntry struct {
	rec   *entry
	text  string
	kind  NameKind
	toks  []int32 // token IDs in name order
	pairs []int32 // token IDs of adjacent tokens written together
}

type tokenEntry struct {
	text     string
	phon     string
	runes    int
	mask     uint64  // letterMask
	df       int32   // names holding it as a token (not as a joined pair)
	postings []int32 // name IDs
	legal    bool
	particle bool
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{
		records: map[string]*entry{},
		vocab:   map[string]int32{},
		keys:    map[string][]int32{},
		ids:     map[string][]*entry{},
		scratch: make(chan *scratch, 2*runtime.GOMAXPROCS(0)),
	}
}

// Len is the number of records in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.records)
}

// Names is the number of names (primary names and aliases) in the index.
func (ix *Index) Names() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.live
}

// Put adds r, or replaces the record with r's ID. A record needs an ID and
// at least one name that has a letter or a digit; otherwise Put returns an
// error of kind domain.ErrInvalid naming the field and changes nothing.
func (ix *Index) Put(r Record) error {
	if err := validateRecord(r); err != nil {
		return err
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if old, ok := ix.records[r.ID]; ok {
		ix.remove(old)
	}
	e := &entry{rec: r, lists: r.List}
	for _, c := range r.Countries {
		if n := NormalizedString(c); n != "" {
			e.countries = append(e.countries, n)
		}
	}
	seen := map[string]bool{}
	for _, n := range r.Names {
		toks := Normalize(n.Text)
		if len(toks) == 0 {
			continue
		}
		key := strings.Join(toks, " ")
		if seen[key] {
			// The same name twice (an alias that repeats the primary name
			// with other punctuation) would only crowd the results.
			continue
		}
		seen[key] = true
		kind := n.Kind
		if kind == "" {
			kind = NamePrimary
		}
		e.names = append(e.names, ix.addName(e, n.Text, kind, toks))
	}
	for _, id := range r.Identifiers {
		if v := normalizeIdentifier(id.Value); v != "" {
			ix.ids[v] = append(ix.ids[v], e)
		}
	}
	ix.records[r.ID] = e
	return nil
}

// Remove takes the record with this ID out of the index and reports whether
// it was there.
func (ix *Index) Remove(id string) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	e, ok := ix.records[id]
	if ok {
		ix.remove(e)
	}
	return ok
}

func validateRecord(r Record) error {
	var errs []error
	if strings.TrimSpace(r.ID) == "" {
		errs = append(errs, invalid("id", "field.required", "a record needs an ID"))
	}
	named := false
	for _, n := range r.Names {
		if len(Normalize(n.Text)) > 0 {
			named = true
		}
		switch n.Kind {
		case "", NamePrimary, NameAlias, NameWeak, NamePrevious, NameOriginalScript:
		default:
			errs = append(errs, invalid("names.kind", "field.not_allowed", "name kind %q is not one of primary, alias, weak, previous, original-script", n.Kind))
		}
	}
	if !named {
		errs = append(errs, invalid("names", "screening.name_required", "record %q has no name with a letter or a digit", r.ID))
	}
	return errors.Join(errs...)
}

func invalid(field, rule, format string, args ...any) error {
	return &domain.RuleError{Kind: domain.ErrInvalid, Rule: rule, Field: field, Message: fmt.Sprintf(format, args...)}
}

func (ix *Index) addName(e *entry, text string, kind NameKind, toks []string) int32 {
	var id int32
	if n := len(ix.free); n > 0 {
		id = ix.free[n-1]
		ix.free = ix.free[:n-1]
	} else {
		id = int32(len(ix.names))
		ix.names = append(ix.names, nameEntry{})
	}
	// The tokens and the pairs share one allocation (each with its own
	// capacity): an index holds hundreds of thousands of names.
	buf := make([]int32, len(toks)+max(len(toks)-1, 0))
	ne := nameEntry{rec: e, text: text, kind: kind, toks: buf[:0:len(toks)]}
	if len(toks) > 1 {
		ne.pairs = buf[len(toks):len(toks)]
	}
	seen := map[int32]bool{}
	for _, t := range toks {
		tid := ix.token(t)
		ne.toks = append(ne.toks, tid)
		if !seen[tid] {
			seen[tid] = true
			te := &ix.tokens[tid]
			te.df++
			te.postings = append(te.postings, id)
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		tid := ix.token(toks[i] + toks[i+1])
		ne.pairs = append(ne.pairs, tid)
		if !seen[tid] {
			seen[tid] = true
			ix.tokens[tid].postings = append(ix.tokens[tid].postings, id)
		}
	}
	ix.names[id] = ne
	ix.live++
	return id
}

func (ix *Index) remove(e *entry) {
	for _, id := range e.names {
		ne := &ix.names[id]
		seen := map[int32]bool{}
		for i, tid := range append(ne.toks[:len(ne.toks):len(ne.toks)], ne.pairs...) {
			if seen[tid] {
				continue
			}
			seen[tid] = true
			te := &ix.tokens[tid]
			if i < len(ne.toks) {
				te.df--
			}
			for j, p := range te.postings {
				if p == id {
					te.postings = append(te.postings[:j], te.postings[j+1:]...)
					break
				}
			}
		}
		ix.names[id] = nameEntry{}
		ix.free = append(ix.free, id)
		ix.live--
	}
	for _, idf := range e.rec.Identifiers {
		v := normalizeIdentifier(idf.Value)
		list := ix.ids[v]
		for j, x := range list {
			if x == e {
				list = append(list[:j], list[j+1:]...)
				break
			}
		}
		if len(list) == 0 {
			delete(ix.ids, v)
		} else {
			ix.ids[v] = list
		}
	}
	delete(ix.records, e.rec.ID)
	// Tokens stay in the vocabulary with empty postings: a later snapshot
	// often brings the name back, and a few stale tokens cost little.
}

// token returns the ID of t in the vocabulary, adding it with its keys.
func (ix *Index) token(t string) int32 {
	if id, ok := ix.vocab[t]; ok {
		return id
	}
	id := int32(len(ix.tokens))
	te := tokenEntry{text: t, phon: phoneticKey(t), runes: utf8.RuneCountInString(t), mask: letterMask(t), legal: legalForms[t], particle: particles[t]}
	ix.tokens = append(ix.tokens, te)
	ix.vocab[t] = id
	if te.runes >= 3 {
		// The token under its own form too: a query token one letter
		// shorter finds it with one look-up.
		ix.keys[t] = append(ix.keys[t], id)
	}
	if te.runes >= 4 {
		forDeletes(t, func(k string) {
			ix.keys[k] = append(ix.keys[k], id)
		})
	}
	if te.phon != "" {
		k := "\x00" + te.phon
		ix.keys[k] = append(ix.keys[k], id)
	}
	return id
}

// forDeletes calls f with every form of t that lacks one letter.
func forDeletes(t string, f func(string)) {
	prev := ""
	for i, r := range t {
		d := t[:i] + t[i+utf8.RuneLen(r):]
		if d != prev { // "abbas" has one "abas", not two
			f(d)
		}
		prev = d
	}
}

// weight is what a token counts for in a name: the rarer, the more
// (inverse document frequency over the names, scaled to 0.25..1), with
// legal-form words nearly nothing and name particles little. A token the
// index has never seen weighs 1.
func (ix *Index) weight(te *tokenEntry) float64 {
	switch {
	case te.legal:
		return legalWeight
	case te.particle:
		return particleWeight
	}
	if te.df <= 0 || ix.live <= 1 {
		return 1
	}
	w := math.Log(float64(ix.live)/float64(te.df)) / math.Log(float64(ix.live))
	return math.Max(minWeight, math.Min(1, w*1.6))
}

const (
	legalWeight    = 0.03
	particleWeight = 0.2
	minWeight      = 0.25
)

// normalizeIdentifier keeps the letters and digits of an identifier, upper
// case: "AB 123-456" and "ab123456" are the same passport.
func normalizeIdentifier(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z':
			b.WriteRune(r - ('a' - 'A'))
		case 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
			b.WriteRune(r)
		}
	}
	if b.Len() < 4 {
		return "" // too short to identify anything
	}
	return b.String()
}
