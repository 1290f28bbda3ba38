package screening

import (
	"cmp"
	"errors"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// DefaultThreshold is the score from which a candidate is reported as a
// match when the query sets no threshold of its own. It was chosen on the
// test set of screening/testdata (see BENCHMARKS.md): at this threshold the
// aliases and variants of listed names are kept and names on no list are
// not.
const DefaultThreshold = 0.80

// DefaultLimit and MaxLimit bound the candidates one query returns.
const (
	DefaultLimit = 10
	MaxLimit     = 100
	// MaxNameLength is the longest query name accepted, in characters.
	MaxNameLength = 500
)

// How says what made a name match.
type How string

// Kinds of name match, from the strongest.
const (
	// HowExact: the same tokens in the same order after normalisation.
	HowExact How = "exact"
	// HowReorder: the same tokens in another order ("TANG, Chris").
	HowReorder How = "reorder"
	// HowTypo: every token found, some by spelling within one or two edits.
	HowTypo How = "typo"
	// HowPhonetic: every token found, some only by how they sound.
	HowPhonetic How = "phonetic"
	// HowPartial: some tokens of one name have no counterpart in the other.
	HowPartial How = "partial"
	// HowIdentifier: the identifier matched; the name may not.
	HowIdentifier How = "identifier"
)

type how uint8

const (
	howNone how = iota
	howExact
	howTypo
	howPhonetic
)

// Query is one party to screen. Name is required unless Identifier is
// given. Schema, BirthDate, Country and Identifier are optional features that
// raise or lower the score when the record has them too. Lists and
// Programs restrict the candidates to records on one of these lists or
// under one of these programs. Allow, when set, is asked about every
// candidate record by ID: the caller restricts the search to the
// designations in force (or ever listed) at a basis without rebuilding the
// index. Limit is the number of matches returned (DefaultLimit when 0,
// MaxLimit at most); Threshold the least score returned (DefaultThreshold
// when 0; a negative threshold returns every scored candidate).
type Query struct {
	Name       string
	Schema     string
	BirthDate  Date
	Country    string
	Identifier string
	Lists      []string
	Programs   []string
	Allow      func(recordID string) bool
	Limit      int
	Threshold  float64
}

// Feature is one property of the query compared with the record.
type Feature struct {
	Name   string // schema, birthDate, country, identifier
	Query  string
	Record string
}

// Match is one candidate record. Score, 0 to 1, is the name score adjusted
// by the features; NameScore is the name's alone. MatchedName is the record's
// name (as the list writes it) that matched best, of kind NameKind.
type Match struct {
	RecordID    string
	List        string
	Score       float64
	NameScore   float64
	MatchedName string
	NameKind    NameKind
	How         How
	Agreed      []Feature
	Conflicted  []Feature
}

// Search screens one query against the index and returns the best
// matches, best first, ties by record ID. An invalid query returns an error
// of kind domain.ErrInvalid naming the field and the rule, and no match.
func (ix *Index) Search(q Query) ([]Match, error) {
	if err := validateQuery(&q); err != nil {
		return nil, err
	}
	qtoks := Normalize(q.Name)
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	s := ix.getScratch()
	defer func() {
		select {
		case ix.scratch <- s:
		default: // enough idle ones already
		}
	}()
	return ix.search(s, &q, qtoks), nil
}

func validateQuery(q *Query) error {
	var errs []error
	name := strings.TrimSpace(q.Name)
	switch {
	case utf8.RuneCountInString(name) > MaxNameLength:
		errs = append(errs, invalid("name", "screening.name_too_long", "name has %d characters; at most %d are screened", utf8.RuneCountInString(name), MaxNameLength))
	case name != "" && len(Normalize(name)) == 0:
		errs = append(errs, invalid("name", "screening.name_without_letters", "name %q has no letter or digit to compare", name))
	case name == "" && normalizeIdentifier(q.Identifier) == "":
		errs = append(errs, invalid("name", "field.required", "name is required unless an identifier of at least 4 letters or digits is given"))
	}
	if q.Schema != "" && !slices.Contains(schemas, q.Schema) {
		errs = append(errs, invalid("schema", "field.not_allowed", "schema must be one of %s, not %q", strings.Join(schemas, ", "), q.Schema))
	}
	if q.Limit < 0 || q.Limit > MaxLimit {
		errs = append(errs, invalid("limit", "screening.limit_out_of_range", "limit must be between 1 and %d, not %d", MaxLimit, q.Limit))
	}
	if q.Threshold > 1 || math.IsNaN(q.Threshold) {
		errs = append(errs, invalid("threshold", "screening.threshold_out_of_range", "threshold must be at most 1, not %v", q.Threshold))
	}
	if !q.BirthDate.IsZero() {
		if _, err := ParseDate(q.BirthDate.String()); err != nil || q.BirthDate.Day > 0 && q.BirthDate.Month == 0 {
			errs = append(errs, invalid("birthDate", "field.invalid_date", "birth date %+v is not a valid date", q.BirthDate))
		}
	}
	if q.Limit == 0 {
		q.Limit = DefaultLimit
	}
	if q.Threshold == 0 {
		q.Threshold = DefaultThreshold
	}
	return errors.Join(errs...)
}

// scratch is the per-query working memory, pooled: an accumulator per name
// ID and the list of names touched.
type scratch struct {
	acc     []float32
	touched []int32
	cands   []cand
	// The similarity cache, per vocabulary token: stamp is the query
	// generation that last met it, slot its row in sims.
	gen   uint32
	stamp []uint32
	slot  []int32
	sims  []simEntry
}

type cand struct {
	name int32
	acc  float32
}

func (ix *Index) getScratch() *scratch {
	var s *scratch
	select {
	case s = <-ix.scratch:
	default:
		s = &scratch{}
	}
	if len(s.acc) < len(ix.names) {
		s.acc = make([]float32, len(ix.names)+len(ix.names)/4)
	}
	if len(s.stamp) < len(ix.tokens) {
		n := len(ix.tokens) + len(ix.tokens)/4
		s.stamp, s.slot = make([]uint32, n), make([]int32, n)
	}
	s.touched = s.touched[:0]
	s.cands = s.cands[:0]
	return s
}

// qtoken is a query token (or two adjacent ones written together) with the
// vocabulary tokens that resemble it.
type qtoken struct {
	text  string
	phon  string
	runes int
	mask  uint64
	first int // index of its first query token
	n     int // number of query tokens it covers
	w     float64
	sims  []tokSim
}

type tokSim struct {
	tid int32
	sim float64
	how how
}

// lookup finds the vocabulary tokens that resemble query unit q: by its
// exact form, by the symmetric-delete keys, by its phonetic key.
func (ix *Index) lookup(qs *queryState, q int) []tokSim {
	text, phon := qs.units[q].text, qs.units[q].phon
	var out []tokSim
	try := func(tid int32) {
		e := ix.sim(qs, q, tid)
		if e.listed {
			return
		}
		e.listed = true
		if e.sim >= minTokenSim && ix.tokens[tid].postings.n > 0 {
			out = append(out, tokSim{tid, float64(e.sim), e.how})
		}
	}
	if tid, ok := ix.find(&ix.vocab, text); ok {
		try(tid)
	}
	if n := qs.units[q].runes; n >= 3 {
		for _, tid := range ix.keyTokens(text) {
			try(tid)
		}
		if n >= 4 {
			// A delete of the query token is the token itself when it is
			// indexed (keys holds every token under its own form) or one
			// of its deletes: both are one edit away.
			// The deletes are built in a buffer: a map index by
			// string(bytes) does not allocate.
			var buf [64]byte
			for i, r := range text {
				k := append(append(buf[:0], text[:i]...), text[i+utf8.RuneLen(r):]...)
				for _, tid := range ix.keyTokens(string(k)) {
					try(tid)
				}
			}
		}
	}
	if phon != "" {
		for _, tid := range ix.keyTokens("\x00" + phon) {
			try(tid)
		}
	}
	return out
}

// minTokenSim is the least similarity for two tokens to count as the same.
const minTokenSim = 0.7

func (ix *Index) search(s *scratch, q *Query, qtoks []string) []Match {
	// Query units: each token, and each pair of neighbours written together
	// ("al qaida" is "alqaida" in another spelling).
	units := make([]qtoken, 0, 2*len(qtoks))
	for i, t := range qtoks {
		units = append(units, qtoken{text: t, first: i, n: 1})
	}
	for i := 0; i+1 < len(qtoks); i++ {
		units = append(units, qtoken{text: qtoks[i] + qtoks[i+1], first: i, n: 2})
	}
	allLegal := true
	for _, t := range qtoks {
		if !legalForms[t] {
			allLegal = false
		}
	}
	for i := range units {
		units[i].phon = phoneticKey(units[i].text)
		units[i].runes = utf8.RuneCountInString(units[i].text)
		units[i].mask = letterMask(units[i].text)
	}
	qs := &queryState{s: s, toks: qtoks, w: ix.queryWeights(qtoks), units: units}
	s.gen++
	if s.gen == 0 { // wrapped: old stamps could pass for new ones
		clear(s.stamp)
		s.gen = 1
	}
	s.sims = s.sims[:0]
	for i := range units {
		u := &units[i]
		u.sims = ix.lookup(qs, i)
		u.w = 1
		if tid, ok := ix.find(&ix.vocab, u.text); ok {
			u.w = ix.weight(&ix.tokens[tid])
		} else if len(u.sims) > 0 {
			// An unknown spelling weighs what the token it resembles
			// weighs.
			best := u.sims[0]
			for _, ts := range u.sims[1:] {
				if ts.sim > best.sim {
					best = ts
				}
			}
			u.w = ix.weight(&ix.tokens[best.tid])
		}
		if u.n == 1 && legalForms[u.text] && !allLegal {
			continue // legal forms do not find candidates: half the list is a Ltd.
		}
		if u.n == 2 {
			u.w *= 0.5
		}
		for _, ts := range u.sims {
			add := float32(u.w * ts.sim)
			for _, nid := range ix.lists.get(ix.tokens[ts.tid].postings) {
				if s.acc[nid] == 0 {
					s.touched = append(s.touched, nid)
				}
				s.acc[nid] += add
			}
		}
	}
	// Identifier matches are candidates whatever their names.
	var idHits []int32 // record numbers
	if v := normalizeIdentifier(q.Identifier); v != "" {
		if l, ok := ix.find(&ix.ids, v); ok {
			idHits = ix.lists.get(ix.idLists[l].l)
		}
		for _, n := range idHits {
			for _, nid := range spanOf(ix.recNames, ix.records[n].names) {
				if s.acc[nid] == 0 {
					s.touched = append(s.touched, nid)
				}
				s.acc[nid] += 1000
			}
		}
	}
	allowCache := map[int32]bool{}
	for _, nid := range s.touched {
		a := s.acc[nid]
		s.acc[nid] = 0
		e := ix.names[nid].rec
		ok, known := allowCache[e]
		if !known {
			ok = ix.allows(q, e)
			allowCache[e] = ok
		}
		if ok {
			s.cands = append(s.cands, cand{nid, a})
		}
	}
	k := maxCandidates + 2*q.Limit
	if len(s.cands) > k {
		slices.SortFunc(s.cands, func(a, b cand) int { return cmp.Compare(b.acc, a.acc) })
		s.cands = s.cands[:k]
	}
	best := map[int32]*Match{}
	for _, c := range s.cands {
		ne := &ix.names[c.name]
		kind := nameKinds[ne.kind]
		score, h := ix.scoreName(qs, ne)
		score *= kind.factor()
		m := best[ne.rec]
		if m == nil {
			rec := &ix.records[ne.rec]
			m = &Match{RecordID: ix.strs.Get(rec.id), List: ix.strs.Get(rec.list), NameScore: -1}
			best[ne.rec] = m
		}
		if score > m.NameScore || score == m.NameScore && kindRank(kind) < kindRank(m.NameKind) {
			m.NameScore, m.MatchedName, m.NameKind, m.How = score, ix.strs.Get(ne.text), kind, h
		}
	}
	out := make([]Match, 0, len(best))
	for e, m := range best {
		m.Score = m.NameScore
		ix.features(q, e, m, slices.Contains(idHits, e))
		m.Score = math.Round(m.Score*1e4) / 1e4
		m.NameScore = math.Round(m.NameScore*1e4) / 1e4
		if m.Score >= q.Threshold {
			out = append(out, *m)
		}
	}
	slices.SortFunc(out, func(a, b Match) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.RecordID, b.RecordID)
	})
	if len(out) > q.Limit {
		out = out[:q.Limit]
	}
	return out
}

// maxCandidates is how many names, beyond two per requested match, are
// scored in full after candidate generation.
const maxCandidates = 30

func kindRank(k NameKind) int {
	switch k {
	case NamePrimary:
		return 0
	case NameAlias, NameOriginalScript:
		return 1
	case NamePrevious:
		return 2
	default:
		return 3
	}
}

// allows reports whether q lets record number n be a candidate.
func (ix *Index) allows(q *Query, n int32) bool {
	rec := &ix.records[n]
	if len(q.Lists) > 0 && !slices.Contains(q.Lists, ix.strs.Get(rec.list)) {
		return false
	}
	if len(q.Programs) > 0 {
		found := false
		for _, p := range spanOf(ix.refs, rec.programs) {
			if slices.Contains(q.Programs, ix.strs.Get(p)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return q.Allow == nil || q.Allow(ix.strs.Get(rec.id))
}

// queryWeights weighs the query's tokens as the index weighs its own.
func (ix *Index) queryWeights(qtoks []string) []float64 {
	w := make([]float64, len(qtoks))
	for i, t := range qtoks {
		if tid, ok := ix.find(&ix.vocab, t); ok {
			w[i] = ix.weight(&ix.tokens[tid])
		} else if legalForms[t] {
			w[i] = legalWeight
		} else {
			w[i] = -1 // unknown: takes the weight of what it matches
		}
	}
	return w
}

// queryState is what scoring a query against many names shares: the
// query's tokens and units, their weights, and the scratch memory that
// holds the similarity of each query unit to each vocabulary token met.
type queryState struct {
	s     *scratch
	toks  []string
	w     []float64
	units []qtoken
}

// simEntry is the similarity of one query unit to one vocabulary token.
type simEntry struct {
	sim      float32
	how      how
	computed bool
	listed   bool // lookup has returned it
}

// sim is the similarity of query unit q to vocabulary token tid, computed
// once per query: the scratch stamps each token met with the query's
// generation and points it to a row of len(units) entries.
func (ix *Index) sim(qs *queryState, q int, tid int32) *simEntry {
	s := qs.s
	if s.stamp[tid] != s.gen {
		s.stamp[tid] = s.gen
		s.slot[tid] = int32(len(s.sims))
		for range qs.units {
			s.sims = append(s.sims, simEntry{})
		}
	}
	e := &s.sims[int(s.slot[tid])+q]
	if !e.computed {
		e.computed = true
		u, te := &qs.units[q], &ix.tokens[tid]
		// Each edit changes at most two letters of the set of letters
		// used: more differences than four cannot be two edits, and the
		// sound key must then agree.
		tphon := ix.strs.Get(te.phon)
		if d := u.runes - int(te.runes); d <= 2 && d >= -2 && (bits.OnesCount64(u.mask^te.mask) <= 4 || u.phon != "" && u.phon == tphon) {
			sim, h := tokenSimilarity(u.text, ix.strs.Get(te.text), u.phon, tphon)
			if sim >= minTokenSim {
				e.sim, e.how = float32(sim), h
			}
		}
	}
	return e
}

// cunit is a token of a name, or two neighbouring ones written together.
type cunit struct {
	tid      int32
	first, n int
}

type pair struct {
	q, c int // indexes in the unit lists
	sim  float64
	how  how
}

// scoreName compares the query's tokens with one name: see doc.go.
func (ix *Index) scoreName(qs *queryState, ne *nameEntry) (float64, How) {
	qtoks, qw, qu := qs.toks, qs.w, qs.units
	var cwBuf [16]float64
	cw := cwBuf[:0]
	ctoks, cpairs := ix.nameTokens(ne)
	cu := make([]cunit, 0, len(ctoks)+len(cpairs))
	for i, tid := range ctoks {
		cw = append(cw, ix.weight(&ix.tokens[tid]))
		cu = append(cu, cunit{tid, i, 1})
	}
	for i, tid := range cpairs {
		cu = append(cu, cunit{tid, i, 2})
	}
	var pairs []pair
	for j, b := range cu {
		// A token no query unit reached in lookup is more than one edit
		// from all of them and sounds different: only a long token can
		// still be two edits away.
		if qs.s.stamp[b.tid] != qs.s.gen && ix.tokens[b.tid].runes < 7 {
			continue
		}
		for i := range qu {
			// sim may move s.sims: read the entry before the next call.
			if e := ix.sim(qs, i, b.tid); e.sim >= minTokenSim {
				pairs = append(pairs, pair{i, j, float64(e.sim), e.how})
			}
		}
	}
	// Greedy one-to-one alignment, best pairs first; between equals, single
	// tokens before joined ones and the pair in the same position first.
	slices.SortStableFunc(pairs, func(a, b pair) int {
		if c := cmp.Compare(b.sim, a.sim); c != 0 {
			return c
		}
		return cmp.Compare(qu[a.q].n+cu[a.c].n, qu[b.q].n+cu[b.c].n)
	})
	qused := make([]bool, len(qtoks))
	cused := make([]bool, len(ctoks))
	qgot := make([]float64, len(qtoks)) // similarity each token got
	cgot := make([]float64, len(ctoks))
	worst := howExact
	inOrder := true
	lastC := -1
	var chosen []pair
	for _, p := range pairs {
		a, b := qu[p.q], cu[p.c]
		free := true
		for k := a.first; k < a.first+a.n; k++ {
			free = free && !qused[k]
		}
		for k := b.first; k < b.first+b.n; k++ {
			free = free && !cused[k]
		}
		if !free {
			continue
		}
		for k := a.first; k < a.first+a.n; k++ {
			qused[k], qgot[k] = true, p.sim
		}
		for k := b.first; k < b.first+b.n; k++ {
			cused[k], cgot[k] = true, p.sim
		}
		chosen = append(chosen, p)
		if p.how > worst {
			worst = p.how
		}
	}
	slices.SortFunc(chosen, func(a, b pair) int { return cmp.Compare(qu[a.q].first, qu[b.q].first) })
	for _, p := range chosen {
		if cu[p.c].first < lastC {
			inOrder = false
		}
		lastC = cu[p.c].first
	}
	// Weights: an unknown query token weighs what its counterpart weighs.
	var qsum, qmatch, csum, cmatch float64
	for i := range qtoks {
		w := qw[i]
		if w < 0 {
			w = 1
			if qused[i] {
				w = counterpartWeight(i, chosen, qu, cu, cw)
			}
		}
		qsum += w
		qmatch += w * qgot[i]
	}
	for i := range ctoks {
		csum += cw[i]
		cmatch += cw[i] * cgot[i]
	}
	if qsum == 0 || csum == 0 {
		return 0, HowPartial
	}
	cq, cc := qmatch/qsum, cmatch/csum
	lo, hi := math.Min(cq, cc), math.Max(cq, cc)
	score := 0.6*lo + 0.4*hi
	complete := !slices.Contains(qused, false) && !slices.Contains(cused, false)
	var h How
	switch {
	case !complete:
		h = HowPartial
	case worst == howPhonetic:
		h = HowPhonetic
	case worst == howTypo:
		h = HowTypo
	case inOrder && len(qtoks) == len(ctoks):
		h = HowExact
	default:
		h = HowReorder
		// Written together or apart ("al qaida", "alqaida") is a
		// spelling, not an order.
		if inOrder {
			h = HowTypo
		}
	}
	if h == HowExact {
		for i, tid := range ctoks {
			if ix.strs.Get(ix.tokens[tid].text) != qtoks[i] {
				h = HowTypo
				break
			}
		}
	}
	return score, h
}

func counterpartWeight(i int, chosen []pair, qu []qtoken, cu []cunit, cw []float64) float64 {
	for _, p := range chosen {
		a := qu[p.q]
		if i >= a.first && i < a.first+a.n {
			b := cu[p.c]
			w := 0.0
			for k := b.first; k < b.first+b.n; k++ {
				w += cw[k]
			}
			return w / float64(a.n)
		}
	}
	return 1
}

// features adjusts m.Score by the features the query and the record both
// have, and records which agreed and which conflicted.
func (ix *Index) features(q *Query, n int32, m *Match, idHit bool) {
	r := &ix.records[n]
	if schema := ix.strs.Get(r.schema); q.Schema != "" && schema != "" {
		f := Feature{Name: "schema", Query: q.Schema, Record: schema}
		switch schemaRelation(q.Schema, schema) {
		case 1:
			m.Agreed = append(m.Agreed, f)
		case -1:
			m.Conflicted = append(m.Conflicted, f)
			m.Score -= 0.2
		}
	}
	if dates := spanOf(ix.dates, r.dates); !q.BirthDate.IsZero() && len(dates) > 0 {
		rel, d := -1, dates[0]
		for _, rd := range dates {
			if x := dateRelation(q.BirthDate, rd); x > rel {
				rel, d = x, rd
			}
		}
		f := Feature{Name: "birthDate", Query: q.BirthDate.String(), Record: d.String()}
		switch rel {
		case 1:
			m.Agreed = append(m.Agreed, f)
			m.Score += 0.05
		case -1:
			m.Conflicted = append(m.Conflicted, f)
			m.Score -= 0.15
		}
	}
	if c := NormalizedString(q.Country); c != "" && r.normCountries.n > 0 {
		f := Feature{Name: "country", Query: q.Country, Record: strings.Join(ix.getAll(r.countries), "; ")}
		if slices.ContainsFunc(spanOf(ix.refs, r.normCountries), func(x str) bool { return ix.strs.Get(x) == c }) {
			m.Agreed = append(m.Agreed, f)
			m.Score += 0.03
		} else {
			m.Conflicted = append(m.Conflicted, f)
			m.Score -= 0.03
		}
	}
	if idHit {
		v := normalizeIdentifier(q.Identifier)
		for _, id := range spanOf(ix.idents, r.idents) {
			if value := ix.strs.Get(id.value); normalizeIdentifier(value) == v {
				m.Agreed = append(m.Agreed, Feature{Name: "identifier", Query: q.Identifier, Record: strings.TrimSpace(ix.strs.Get(id.kind) + " " + value)})
				break
			}
		}
		// The same passport or registration number is near proof; the
		// name then only has to be plausible.
		m.Score = math.Max(m.Score+0.15, 0.95)
		if m.NameScore < DefaultThreshold {
			m.How = HowIdentifier
		}
	}
	m.Score = math.Max(0, math.Min(1, m.Score))
}

// schemaRelation is 1 when the query's schema and the record's agree, -1
// when they cannot be the same kind of party, 0 when unsure.
func schemaRelation(q, r string) int {
	if q == r {
		return 1
	}
	group := func(s string) string {
		switch s {
		case SchemaOrganization, SchemaCompany:
			return "org"
		case SchemaLegalEntity:
			return "any"
		}
		return s
	}
	gq, gr := group(q), group(r)
	switch {
	case gq == "any" && (gr == SchemaPerson || gr == "org"), gr == "any" && (gq == SchemaPerson || gq == "org"):
		return 0
	case gq == gr:
		return 1
	}
	return -1
}

// dateRelation is 1 when two dates agree at the precision both give
// (1965 and 1965-07-04), -1 when they cannot be the same birth (years two
// or more apart, four for a circa date; or the same year with another
// month or day where both give them), 0 when unsure (a year apart, a month
// against a date without day).
func dateRelation(a, b Date) int {
	dy := a.Year - b.Year
	if dy < 0 {
		dy = -dy
	}
	switch {
	case dy >= 2 && !(a.Circa || b.Circa) || dy >= 4:
		return -1
	case dy != 0:
		return 0
	case a.Month == 0 || b.Month == 0:
		return 1
	case a.Month != b.Month:
		if a.Day != 0 && b.Day != 0 {
			return -1
		}
		return 0
	case a.Day == 0 || b.Day == 0 || a.Day == b.Day:
		return 1
	}
	return -1
}
