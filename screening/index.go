package screening

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/internal/slab"
)

// Index is an in-memory index of list records for name screening. It is
// built once and then kept current record by record (Put, Remove) as new
// snapshots of the lists arrive; Search may run from many goroutines at
// once, and is blocked only while a Put or Remove runs. A Put or Remove
// takes a record's time, except the one in so many that rebuilds an index
// left wasteful by removals (compactIfWasteful), which takes a build's.
//
// Candidate generation is a two-level inverted index: each distinct
// normalised token of all names (the vocabulary) points to the names that
// contain it, and each token is reachable from its exact form, from every
// form with one letter deleted (a symmetric-delete index, which finds every
// token one edit away: a dropped, added, changed or swapped letter), and
// from its phonetic key. A query token is thus compared with a few dozen
// vocabulary tokens, not with every name; see doc.go for the scorer.
//
// Records, names, tokens and their lists are rows of flat arrays of
// integers (see flat.go), their strings in shared chunks: an index of
// hundreds of thousands of names is a few dozen objects for the garbage
// collector, none of which it has to look inside.
type Index struct {
	mu sync.RWMutex
	tables

	// scratch holds idle per-query working memory. Not a sync.Pool: the
	// garbage collector empties a pool at every cycle, and the memory is
	// half a megabyte for the lists at their size.
	scratch chan *scratch
}

// tables are what the index holds, guarded by its mu.
type tables struct {
	strs slab.Strings
	// intern holds the values many records share (lists, schemas,
	// countries, programs, kinds of identifier) once.
	intern map[string]str

	records     []record // by record number
	freeRecords []int32  // numbers of removed records, for reuse
	byID        table    // record numbers by ID
	recNames    []int32  // the names of each record (record.names)
	refs        []str    // countries as written and normalised, programs
	dates       []Date
	idents      []ident
	// removed counts the records removed (or replaced) since the index was
	// built: what they held in the arrays, in strs and in the vocabulary
	// stays there until compactIfWasteful builds the index again.
	removed int

	names    []nameEntry // by name ID; a removed name has rec -1 and its ID in free
	free     []int32
	live     int
	nameToks []int32 // each name's tokens then its pairs (nameEntry.toks)

	vocab    table // token IDs by text
	tokens   []tokenEntry
	keys     table   // rows of keyLists by deletion or phonetic key
	keyLists []keyed // token IDs
	ids      table   // rows of idLists by normalised identifier
	idLists  []keyed // record numbers
	lists    lists   // postings, keyLists, idLists
}

// record is a Record in the index: its strings in strs, the rest spans of
// the index's arrays.
type record struct {
	id, list, schema str
	names            span // in recNames
	dates            span // in dates
	countries        span // in refs, as written
	normCountries    span // in refs, normalised (those that are not empty)
	idents           span // in idents
	programs         span // in refs
	removed          bool
}

type ident struct{ kind, value str }

// keyed is a list of int32 under a key.
type keyed struct {
	key str
	l   list
}

type nameEntry struct {
	rec  int32 // record number; -1 when the ID is free
	text str
	toks span  // in nameToks: toks.n token IDs in name order, then toks.n-1 pairs (adjacent tokens written together)
	kind uint8 // in nameKinds
}

// nameKinds are the kinds of name by their number in nameEntry.
var nameKinds = [...]NameKind{NamePrimary, NameAlias, NameWeak, NamePrevious, NameOriginalScript}

type tokenEntry struct {
	text, phon str
	runes      int32
	mask       uint64 // letterMask
	df         int32  // names holding it as a token (not as a joined pair)
	postings   list   // name IDs
	legal      bool
	particle   bool
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{tables: newTables(), scratch: make(chan *scratch, 2*runtime.GOMAXPROCS(0))}
}

func newTables() tables {
	return tables{
		intern: map[string]str{},
		byID:   newTable(recordIDs),
		vocab:  newTable(tokenTexts),
		keys:   newTable(deleteKeys),
		ids:    newTable(identifiers),
	}
}

// Len is the number of records in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.byID.n
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
// The index keeps copies of r's strings: r is the caller's to reuse.
func (ix *Index) Put(r Record) error {
	if err := validateRecord(r); err != nil {
		return err
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if n, ok := ix.find(&ix.byID, r.ID); ok {
		ix.remove(n)
	}
	ix.put(r)
	ix.compactIfWasteful()
	return nil
}

// Remove takes the record with this ID out of the index and reports whether
// it was there.
func (ix *Index) Remove(id string) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	n, ok := ix.find(&ix.byID, id)
	if ok {
		ix.remove(n)
		ix.compactIfWasteful()
	}
	return ok
}

func (ix *Index) put(r Record) {
	n := reuse(&ix.freeRecords, &ix.records)
	rec := record{id: ix.strs.AddString(r.ID), list: ix.shared(r.List), schema: ix.shared(r.Schema)}
	rec.dates = appendSpan(&ix.dates, r.BirthDates...)
	rec.countries.off = uint32(len(ix.refs))
	for _, c := range r.Countries {
		ix.refs = append(ix.refs, ix.shared(c))
	}
	rec.countries.n = uint32(len(ix.refs)) - rec.countries.off
	rec.normCountries.off = uint32(len(ix.refs))
	for _, c := range r.Countries {
		if v := NormalizedString(c); v != "" {
			ix.refs = append(ix.refs, ix.shared(v))
		}
	}
	rec.normCountries.n = uint32(len(ix.refs)) - rec.normCountries.off
	rec.programs.off = uint32(len(ix.refs))
	for _, p := range r.Programs {
		ix.refs = append(ix.refs, ix.shared(p))
	}
	rec.programs.n = uint32(len(ix.refs)) - rec.programs.off
	rec.names.off = uint32(len(ix.recNames))
	seen := map[string]bool{}
	for _, nm := range r.Names {
		toks := Normalize(nm.Text)
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
		kind := nm.Kind
		if kind == "" {
			kind = NamePrimary
		}
		ix.recNames = append(ix.recNames, ix.addName(n, nm.Text, kind, toks))
	}
	rec.names.n = uint32(len(ix.recNames)) - rec.names.off
	rec.idents.off = uint32(len(ix.idents))
	for _, id := range r.Identifiers {
		ix.idents = append(ix.idents, ident{ix.shared(id.Kind), ix.strs.AddString(id.Value)})
		if v := normalizeIdentifier(id.Value); v != "" {
			ix.addKeyed(&ix.ids, &ix.idLists, v, n)
		}
	}
	rec.idents.n = uint32(len(ix.idents)) - rec.idents.off
	ix.records[n] = rec
	ix.insert(&ix.byID, n)
}

// shared is v in strs, once for all the records that have it.
func (ix *Index) shared(v string) str {
	if r, ok := ix.intern[v]; ok {
		return r
	}
	r := ix.strs.AddString(v)
	ix.intern[ix.strs.Get(r)] = r
	return r
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

// reuse returns the number of a free element of items, the last freed, or
// of a zero one appended.
func reuse[T any](free *[]int32, items *[]T) int32 {
	if k := len(*free); k > 0 {
		n := (*free)[k-1]
		*free = (*free)[:k-1]
		return n
	}
	*items = append(*items, *new(T))
	return int32(len(*items) - 1)
}

func invalid(field, rule, format string, args ...any) error {
	return &domain.RuleError{Kind: domain.ErrInvalid, Rule: rule, Field: field, Message: fmt.Sprintf(format, args...)}
}

func (ix *Index) addName(rec int32, text string, kind NameKind, toks []string) int32 {
	id := reuse(&ix.free, &ix.names)
	ne := nameEntry{rec: rec, text: ix.strs.AddString(text), kind: uint8(slices.Index(nameKinds[:], kind))}
	ne.toks = span{uint32(len(ix.nameToks)), uint32(len(toks))}
	var seen []int32 // a name has a handful of tokens
	for _, t := range toks {
		tid := ix.token(t)
		ix.nameToks = append(ix.nameToks, tid)
		if !slices.Contains(seen, tid) {
			seen = append(seen, tid)
			te := &ix.tokens[tid]
			te.df++
			ix.lists.add(&te.postings, id)
		}
	}
	for i := 0; i+1 < len(toks); i++ {
		tid := ix.token(toks[i] + toks[i+1])
		ix.nameToks = append(ix.nameToks, tid)
		if !slices.Contains(seen, tid) {
			seen = append(seen, tid)
			ix.lists.add(&ix.tokens[tid].postings, id)
		}
	}
	ix.names[id] = ne
	ix.live++
	return id
}

// nameTokens are a name's token IDs in name order and its pairs'.
func (ix *Index) nameTokens(ne *nameEntry) (toks, pairs []int32) {
	all := ix.nameToks[ne.toks.off : ne.toks.off+2*ne.toks.n-1 : ne.toks.off+2*ne.toks.n-1]
	return all[:ne.toks.n:ne.toks.n], all[ne.toks.n:]
}

func (ix *Index) remove(n int32) {
	rec := &ix.records[n]
	for _, id := range spanOf(ix.recNames, rec.names) {
		ne := &ix.names[id]
		toks, pairs := ix.nameTokens(ne)
		var seen []int32
		for i, tid := range append(toks, pairs...) {
			if slices.Contains(seen, tid) {
				continue
			}
			seen = append(seen, tid)
			te := &ix.tokens[tid]
			if i < len(toks) {
				te.df--
			}
			ix.lists.remove(&te.postings, id)
		}
		ix.names[id] = nameEntry{rec: -1}
		ix.free = append(ix.free, id)
		ix.live--
	}
	for _, idf := range spanOf(ix.idents, rec.idents) {
		if l, ok := ix.find(&ix.ids, normalizeIdentifier(ix.strs.Get(idf.value))); ok {
			ix.lists.remove(&ix.idLists[l].l, n)
		}
	}
	ix.delete(&ix.byID, n)
	*rec = record{removed: true}
	ix.freeRecords = append(ix.freeRecords, n)
	ix.removed++
	// Tokens stay in the vocabulary with empty postings: a later snapshot
	// often brings the name back, and a few stale tokens cost little.
}

// compactIfWasteful builds the index again from its live records once as
// many records have been removed or replaced since it was built as it
// holds (and at least a thousand): the room they left in the arrays, in
// strs and in the vocabulary is then about what the live records take,
// and the build costs each removal a record's share of a build. An index
// that only grows (the ledger's, which keeps every version of every
// designation) never pays for it.
func (ix *Index) compactIfWasteful() {
	if ix.removed < max(1000, ix.byID.n) {
		return
	}
	recs := make([]Record, 0, ix.byID.n)
	for n := range ix.records {
		if !ix.records[n].removed {
			recs = append(recs, ix.record(int32(n)))
		}
	}
	ix.tables = newTables()
	for _, r := range recs {
		ix.put(r)
	}
}

// record is record number n as a Record, its strings in strs.
func (ix *Index) record(n int32) Record {
	rec := &ix.records[n]
	r := Record{ID: ix.strs.Get(rec.id), List: ix.strs.Get(rec.list), Schema: ix.strs.Get(rec.schema)}
	for _, id := range spanOf(ix.recNames, rec.names) {
		ne := &ix.names[id]
		r.Names = append(r.Names, Name{Text: ix.strs.Get(ne.text), Kind: nameKinds[ne.kind]})
	}
	r.BirthDates = slices.Clone(spanOf(ix.dates, rec.dates))
	r.Countries = ix.getAll(rec.countries)
	r.Programs = ix.getAll(rec.programs)
	for _, idf := range spanOf(ix.idents, rec.idents) {
		r.Identifiers = append(r.Identifiers, Identifier{Kind: ix.strs.Get(idf.kind), Value: ix.strs.Get(idf.value)})
	}
	return r
}

// getAll is the strings of a span of refs.
func (ix *Index) getAll(s span) []string {
	if s.n == 0 {
		return nil
	}
	out := make([]string, s.n)
	for i, r := range spanOf(ix.refs, s) {
		out[i] = ix.strs.Get(r)
	}
	return out
}

// token returns the ID of t in the vocabulary, adding it with its keys.
func (ix *Index) token(t string) int32 {
	if id, ok := ix.find(&ix.vocab, t); ok {
		return id
	}
	id := int32(len(ix.tokens))
	text := ix.strs.AddString(t)
	t = ix.strs.Get(text)
	phon := phoneticKey(t)
	te := tokenEntry{text: text, phon: ix.strs.AddString(phon), runes: int32(utf8.RuneCountInString(t)), mask: letterMask(t), legal: legalForms[t], particle: particles[t]}
	ix.tokens = append(ix.tokens, te)
	ix.insert(&ix.vocab, id)
	if te.runes >= 3 {
		// The token under its own form too: a query token one letter
		// shorter finds it with one look-up.
		ix.addKey(t, id)
	}
	if te.runes >= 4 {
		forDeletes(t, func(k string) {
			ix.addKey(k, id)
		})
	}
	if phon != "" {
		ix.addKey("\x00"+phon, id)
	}
	return id
}

func (ix *Index) addKey(k string, tid int32) {
	ix.addKeyed(&ix.keys, &ix.keyLists, k, tid)
}

// addKeyed adds v to the list under key k in lists, found through table t
// (whose keys are those lists'), making the list if k is new.
func (ix *Index) addKeyed(t *table, lists *[]keyed, k string, v int32) {
	l, ok := ix.find(t, k)
	if !ok {
		l = int32(len(*lists))
		*lists = append(*lists, keyed{key: ix.strs.AddString(k)})
		ix.insert(t, l)
	}
	ix.lists.add(&(*lists)[l].l, v)
}

// keyTokens are the token IDs under a deletion or phonetic key.
func (ix *Index) keyTokens(k string) []int32 {
	if l, ok := ix.find(&ix.keys, k); ok {
		return ix.lists.get(ix.keyLists[l].l)
	}
	return nil
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
