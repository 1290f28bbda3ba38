package testset

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/controlsledger/ledger/screening"
)

// Kinds of case. Alias kinds query by a name the list itself gives the
// entry besides its primary name; variant kinds by the primary name changed
// as a user would write it; a stranger is a name on no list.
const (
	KindAlias          = "alias"           // OFAC a.k.a., UN alias of good quality
	KindPrevious       = "previous"        // OFAC f.k.a.
	KindWeak           = "weak"            // OFAC weak a.k.a., UN alias of low quality
	KindOriginalScript = "original-script" // UN NAME_ORIGINAL_SCRIPT
	KindOrder          = "variant-order"   // words in another order
	KindDrop           = "variant-drop"    // one letter dropped
	KindSwap           = "variant-swap"    // two neighbouring letters swapped
	KindASCII          = "variant-ascii"   // diacritics removed
	KindCase           = "variant-case"    // another case, punctuation dropped
	KindLegal          = "variant-legal"   // another legal form
	KindNoLegal        = "variant-nolegal" // the legal form left out
	KindStranger       = "stranger"        // a name on no list
)

// Case is one query of the test set. Want is the ID of the record the query
// must find, empty for a stranger; Source is the listed name the query was
// made from.
type Case struct {
	Kind   string
	Want   string
	Query  string
	Source string
}

// IsAlias reports a case of one of the alias kinds.
func (c Case) IsAlias() bool {
	switch c.Kind {
	case KindAlias, KindPrevious, KindWeak, KindOriginalScript:
		return true
	}
	return false
}

// Aliases are the cases that query by each name of each record other than
// its primary name, exactly as the list writes it.
func Aliases(recs []screening.Record) []Case {
	var out []Case
	for _, r := range recs {
		primary := ""
		for _, n := range r.Names {
			if n.Kind == screening.NamePrimary && primary == "" {
				primary = n.Text
				continue
			}
			kind := map[screening.NameKind]string{
				screening.NamePrimary:        KindAlias,
				screening.NameAlias:          KindAlias,
				screening.NamePrevious:       KindPrevious,
				screening.NameWeak:           KindWeak,
				screening.NameOriginalScript: KindOriginalScript,
			}[n.Kind]
			out = append(out, Case{Kind: kind, Want: r.ID, Query: n.Text, Source: primary})
		}
	}
	return out
}

// Variants are the cases that query by each record's primary name as a
// user might write it: words in another order, a letter dropped, two
// letters swapped, diacritics removed, another case, another legal form,
// and for a company its legal form left out.
// A variant that cannot be made (one word only, no diacritics, no legal
// form) is left out. The changes are random but the same on every run:
// the generator is seeded by the record's ID.
func Variants(recs []screening.Record) []Case {
	var out []Case
	for _, r := range recs {
		var primary string
		for _, n := range r.Names {
			if n.Kind == screening.NamePrimary {
				primary = n.Text
				break
			}
		}
		if primary == "" {
			continue
		}
		rng := seeded(r.ID)
		add := func(kind, q string) {
			if q != "" && q != primary {
				out = append(out, Case{Kind: kind, Want: r.ID, Query: q, Source: primary})
			}
		}
		add(KindOrder, reorder(primary, r.Schema))
		add(KindDrop, typo(primary, rng, false))
		add(KindSwap, typo(primary, rng, true))
		add(KindASCII, stripDiacritics(primary))
		add(KindCase, recase(primary, rng))
		add(KindLegal, relegal(primary, rng))
		if r.Schema != "Person" {
			add(KindNoLegal, unlegal(primary))
		}
	}
	return out
}

func seeded(s string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(s))
	return rand.New(rand.NewPCG(h.Sum64(), 18))
}

// reorder writes "LAST, First" as "First LAST"; a name without a comma has
// its last word moved to the front ("BANCO NACIONAL DE CUBA" -> "CUBA BANCO
// NACIONAL DE").
func reorder(name, schema string) string {
	if last, first, ok := strings.Cut(name, ", "); ok && schema == screening.SchemaPerson {
		return first + " " + last
	}
	w := strings.Fields(name)
	if len(w) < 2 {
		return ""
	}
	return strings.Join(append([]string{w[len(w)-1]}, w[:len(w)-1]...), " ")
}

// typo drops one letter of a word of four letters or more, or swaps two
// different neighbouring letters in it.
func typo(name string, rng *rand.Rand, swap bool) string {
	w := strings.Fields(name)
	var long []int
	for i, x := range w {
		if letters(x) >= 4 {
			long = append(long, i)
		}
	}
	if len(long) == 0 {
		return ""
	}
	i := long[rng.IntN(len(long))]
	rs := []rune(w[i])
	var at []int
	for j := range rs {
		if !unicode.IsLetter(rs[j]) {
			continue
		}
		if swap && (j+1 >= len(rs) || !unicode.IsLetter(rs[j+1]) || unicode.ToLower(rs[j]) == unicode.ToLower(rs[j+1])) {
			continue
		}
		at = append(at, j)
	}
	if len(at) == 0 {
		return ""
	}
	j := at[rng.IntN(len(at))]
	if swap {
		rs[j], rs[j+1] = rs[j+1], rs[j]
	} else {
		rs = append(rs[:j], rs[j+1:]...)
	}
	w[i] = string(rs)
	return strings.Join(w, " ")
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// stripDiacritics removes accents ("Á" -> "A"); "" when there are none.
func stripDiacritics(name string) string {
	var b strings.Builder
	changed := false
	for _, r := range norm.NFD.String(name) {
		if unicode.Is(unicode.Mn, r) {
			changed = true
			continue
		}
		b.WriteRune(r)
	}
	if !changed {
		return ""
	}
	return norm.NFC.String(b.String())
}

// recase writes the name in lower or title case with its commas and dots
// dropped: "TANG, Chris" -> "tang chris" or "Tang Chris".
func recase(name string, rng *rand.Rand) string {
	s := strings.NewReplacer(",", "", ".", "").Replace(name)
	if rng.IntN(2) == 0 {
		return strings.ToLower(s)
	}
	w := strings.Fields(strings.ToLower(s))
	for i, x := range w {
		r, n := utf8.DecodeRuneInString(x)
		w[i] = string(unicode.ToUpper(r)) + x[n:]
	}
	return strings.Join(w, " ")
}

var legalSuffixes = []string{"LLC", "Limited", "Co., Ltd.", "JSC", "GmbH", "S.A.", "Inc.", "OOO", "Corp.", "PLC"}

// relegal replaces the legal-form words at the end of a company name with
// another legal form ("X CO., LTD." -> "X GmbH"), or "" when the name ends
// in none.
func relegal(name string, rng *rand.Rand) string {
	w := strings.Fields(name)
	end := len(w)
	for end > 1 && isLegal(w[end-1]) {
		end--
	}
	if end == len(w) {
		return ""
	}
	old := screening.NormalizedString(strings.Join(w[end:], " "))
	var choices []string
	for _, s := range legalSuffixes {
		if screening.NormalizedString(s) != old {
			choices = append(choices, s)
		}
	}
	return strings.Join(w[:end], " ") + " " + choices[rng.IntN(len(choices))]
}

// unlegal leaves out the legal form at the start and at the end of a
// company name, as a user often does ("PUBLIC JOINT STOCK COMPANY SBERBANK
// OF RUSSIA" -> "SBERBANK OF RUSSIA"), or "" when it has none or nothing
// else.
func unlegal(name string) string {
	w := strings.Fields(name)
	start, end := 0, len(w)
	for k := end - 1; k > 0; k-- {
		if isLegal(strings.Join(w[:k], " ")) {
			start = k
			break
		}
	}
	for k := start + 1; k < end; k++ {
		if isLegal(strings.Join(w[k:], " ")) {
			end = k
			break
		}
	}
	if start == 0 && end == len(w) {
		return ""
	}
	return strings.Join(w[start:end], " ")
}

func isLegal(word string) bool {
	toks := screening.Normalize(word)
	if len(toks) == 0 {
		return true // a lone "&" or "-"
	}
	for _, t := range toks {
		if !screening.IsLegalForm(t) {
			return false
		}
	}
	return true
}

// Strangers composes n names that are on no list from the name parts of
// name-parts.tsv (locale, part, value; see faker-names.mjs): a third of
// them companies (a family name or a word, a word, a legal form), the rest
// people (one or two given names and a family name of one locale, family
// name first and unspaced in Chinese, Japanese and Korean). A composed name
// that is, after normalisation and in any word order, a name of one of recs
// is dropped: it is on a list.
func Strangers(parts io.Reader, recs []screening.Record, n int) ([]Case, error) {
	type locale struct{ given, family, legal []string }
	locs := map[string]*locale{}
	var words []string
	sc := bufio.NewScanner(parts)
	for line := 1; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("name parts line %d: want 3 tab-separated columns, got %d", line, len(f))
		}
		l := locs[f[0]]
		if l == nil {
			l = &locale{}
			locs[f[0]] = l
		}
		switch f[1] {
		case "given":
			l.given = append(l.given, f[2])
		case "family":
			l.family = append(l.family, f[2])
		case "legal":
			l.legal = append(l.legal, f[2])
		case "word":
			words = append(words, f[2])
		default:
			return nil, fmt.Errorf("name parts line %d: part %q is none of given, family, legal, word", line, f[1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read name parts: %w", err)
	}
	var people []string
	for name, l := range locs {
		if len(l.given) > 0 && len(l.family) > 0 {
			people = append(people, name)
		}
	}
	slices.Sort(people)
	if len(people) == 0 || len(words) == 0 {
		return nil, fmt.Errorf("name parts: no locale with given and family names, or no company words")
	}
	listed := map[string]bool{}
	for _, r := range recs {
		for _, nm := range r.Names {
			listed[sortedKey(nm.Text)] = true
		}
	}
	rng := rand.New(rand.NewPCG(18, 2024))
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	seen := map[string]bool{}
	var out []Case
	for tries := 0; len(out) < n && tries < 20*n; tries++ {
		l := locs[pick(people)]
		var q string
		switch {
		case rng.IntN(3) == 0:
			legal := pick(locs["en"].legal)
			if len(l.legal) > 0 {
				legal = pick(l.legal)
			}
			first := pick(l.family)
			if rng.IntN(2) == 0 {
				first = pick(words)
			}
			q = first + " " + pick(words) + " " + legal
		case isIdeographic(l.family[0]):
			q = pick(l.family) + pick(l.given)
		case rng.IntN(4) == 0:
			q = pick(l.given) + " " + pick(l.given) + " " + pick(l.family)
		default:
			q = pick(l.given) + " " + pick(l.family)
		}
		key := sortedKey(q)
		if key == "" || listed[key] || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, Case{Kind: KindStranger, Query: q})
	}
	return out, nil
}

func sortedKey(name string) string {
	t := screening.Normalize(name)
	slices.Sort(t)
	return strings.Join(t, " ")
}

func isIdeographic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) {
			return true
		}
	}
	return false
}
