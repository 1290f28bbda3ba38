package screening

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the comparison form of a name as its tokens: lower case,
// diacritics removed (é -> e, ß -> ss, ø -> o), Cyrillic and Greek
// transliterated to Latin, punctuation and spacing dropped, apostrophes and
// dots joined ("O'Brien" -> obrien, "S.A." -> sa), every other separator a
// token boundary. Arabic keeps its script with its letter variants folded
// (أ إ آ -> ا, ة -> ه, ى -> ي); Chinese, Japanese and Korean characters, which
// names write without spaces, are one token each. Word order is kept: the
// scorer decides what order is worth.
func Normalize(name string) []string {
	return tokenize(nil, name)
}

// NormalizedString is Normalize joined by single spaces: the form in which
// two names are "the same after normalisation".
func NormalizedString(name string) string {
	return strings.Join(Normalize(name), " ")
}

// tokenize appends the tokens of name to dst.
func tokenize(dst []string, name string) []string {
	// NFKD splits a letter from its combining marks (é -> e + ´) and folds
	// compatibility forms (ﬁ -> fi, full-width letters -> ASCII).
	name = norm.NFKD.String(name)
	var b strings.Builder
	b.Grow(len(name))
	flush := func() {
		if b.Len() > 0 {
			dst = append(dst, b.String())
			b.Reset()
		}
	}
	for _, r := range name {
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
				b.WriteRune(r)
			case 'A' <= r && r <= 'Z':
				b.WriteRune(r + ('a' - 'A'))
			case r == '\'' || r == '.' || r == '`':
				// Joined, not split: O'Brien, S.A., Ltd.
			default:
				flush()
			}
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || r == 'ـ':
			// Combining marks (accents, Arabic harakat) and the Arabic tatweel.
		case r == '’' || r == 'ʼ' || r == 'ʻ' || r == '‘' || r == 'ʹ' || r == 'ʿ' || r == 'ʾ':
			// Apostrophe-like marks, as in transliterated Arabic and Russian.
		case isIdeograph(r):
			flush()
			b.WriteRune(r)
			flush()
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
			if s, ok := fold[r]; ok {
				b.WriteString(s)
			} else {
				b.WriteRune(r)
			}
		default:
			flush()
		}
	}
	flush()
	return dst
}

// isIdeograph reports a character of a script that writes names without
// spaces: each is a token of its own so that a name written with or without
// spaces compares the same.
func isIdeograph(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

// fold maps letters that NFKD does not decompose, and Cyrillic and Greek
// letters, to their Latin comparison form. The Cyrillic table follows the
// BGN/PCGN romanisation that OFAC's Russian names use (Kh, Zh, Ts, Shch, Yu,
// Ya); the Arabic entries fold letter variants that spellings mix freely.
var fold = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ð': "d", 'þ': "th",
	'ł': "l", 'ı': "i", 'ħ': "h", 'ŀ': "l", 'ŧ': "t", 'ŋ': "n", 'ĸ': "k",
	'ſ': "s", 'ə': "e", 'ɛ': "e", 'ɔ': "o",
	// Cyrillic.
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya", 'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g", 'ў': "u", 'ј': "j", 'љ': "lj",
	'њ': "nj", 'ћ': "c", 'џ': "dz", 'ђ': "d", 'ѓ': "g", 'ќ': "k", 'ѕ': "dz",
	// Greek.
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th",
	'ι': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p",
	'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps",
	'ω': "o",
	// Arabic letter variants (after NFKD has split hamza and madda marks).
	'ة': "ه", 'ى': "ي", 'ٱ': "ا", 'ؤ': "و", 'ئ': "ي", 'ک': "ك", 'ی': "ي",
}

// legalForms are words of company names that say what kind of company it
// is, not which one: they weigh little in a comparison, so "X Co., Ltd."
// matches "X Limited". Compared after normalisation (dots joined: "s.a." is
// "sa").
var legalForms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		co company companies corp corporation inc incorporated ltd limited llc llp lp plc
		joint stock open closed
		liability partnership sa sas sarl sl srl spa sab de cv bv nv ag gmbh kg ug ohg
		ab oy as asa aps pte pty pvt private public jsc ojsc pjsc cjsc zao oao pao ooo ao
		tov pp ip chp llp fze fzco fzc fzllc dmcc est establishment sdn bhd tbk pt cia
		cie ltda sociedad anonima limitada compania compagnie societe gesellschaft
		mbh aktiengesellschaft kft zrt nyrt doo dd ad ead sp zoo kk yk
		obshchestvo ogranichennoy otvetstvennostyu aktsionernoe aktsionernoye
		zakrytoe otkrytoe publichnoe tovarystvo z obmezhenoyu vidpovidalnistyu
		the of and & y et und
	`) {
		m[w] = true
	}
	return m
}()

// IsLegalForm reports a normalised token that names a legal form ("ltd",
// "llc", "gmbh", "ooo", "sa"): such words weigh little in a comparison.
func IsLegalForm(token string) bool { return legalForms[token] }

// particles are name particles that names carry or drop freely (al-, bin,
// van, de): they count a little.
var particles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "ben": true,
	"van": true, "von": true, "der": true, "den": true, "da": true,
	"di": true, "du": true, "la": true, "le": true, "del": true, "dos": true, "das": true,
}
