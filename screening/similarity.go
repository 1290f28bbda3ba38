package screening

import (
	"math"
	"unicode/utf8"
)

// editDistance is the optimal-string-alignment distance between a and b:
// insertions, deletions, substitutions and swaps of two neighbouring letters
// each cost one. It stops early and returns max+1 once the distance must
// exceed max.
func editDistance(a, b string, max int) int {
	var ab, bb [64]rune
	ra, rb := toRunes(ab[:0], a), toRunes(bb[:0], b)
	n, m := len(ra), len(rb)
	if d := n - m; d > max || -d > max {
		return max + 1
	}
	if n == 0 {
		return m
	}
	if m == 0 {
		return n
	}
	// Three rows: the one before last (for swaps), the last, the current.
	var buf [3 * 65]int
	var prev2, prev, cur []int
	if 3*(m+1) <= len(buf) {
		prev2, prev, cur = buf[0:m+1], buf[m+1:2*(m+1)], buf[2*(m+1):3*(m+1)]
	} else {
		all := make([]int, 3*(m+1))
		prev2, prev, cur = all[0:m+1], all[m+1:2*(m+1)], all[2*(m+1):]
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= n; i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= m; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := prev[j] + 1
			if x := cur[j-1] + 1; x < v {
				v = x
			}
			if x := prev[j-1] + cost; x < v {
				v = x
			}
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				if x := prev2[j-2] + 1; x < v {
					v = x
				}
			}
			cur[j] = v
			if v < rowMin {
				rowMin = v
			}
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[m]
}

func toRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// tokenSimilarity says how alike two normalised tokens are, from 0 to 1,
// and whether it is by spelling (edit distance) or by sound.
//
// One edit in a token of n letters leaves 1 - 1/n, with a floor for long
// tokens so that a single typo always keeps 0.8 or more from five letters
// on; two edits are allowed from seven letters on. Tokens that sound alike
// (same phonetic key, see phoneticKey) and are spelled within a third of
// their length of each other get at least 0.7: Yusuf and Yousef. Tokens of
// one or two letters must agree exactly: "li" and "lu" are different
// names, not a typo.
func tokenSimilarity(a, b, pa, pb string) (float64, how) {
	if a == b {
		return 1, howExact
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	short := la
	if lb < short {
		short = lb
	}
	long := la
	if lb > long {
		long = lb
	}
	best, h := 0.0, howNone
	maxEdits := 0
	switch {
	case short >= 7:
		maxEdits = 2
	case short >= 4, short == 3 && long >= 4:
		// Said and Sai, Bank and Ank: a dropped letter leaves three.
		maxEdits = 1
	}
	if maxEdits > 0 {
		if d := editDistance(a, b, maxEdits); d <= maxEdits {
			best = 1 - float64(d)/float64(long)
			if d == 1 && best < 0.8 {
				best = 0.8
			}
			h = howTypo
		}
	}
	if pa != "" && pa == pb && short >= 3 && best < 0.8 {
		// The same sound key alone is weak (Camilla and Kamal share one):
		// the spellings must also be within a third of their length.
		limit := (long + 2) / 3
		if d := editDistance(a, b, limit); d <= limit {
			if s := math.Max(0.7, 1-float64(d)/float64(long)); s > best {
				best, h = s, howPhonetic
			}
		}
	}
	return best, h
}

// phoneticKey is a sound key of a Latin-script token, in the spirit of
// Soundex and Metaphone but untruncated: letters that sound alike share a
// class (c/k/q, s/z, v/w, f/ph), vowels are dropped after the first letter,
// and repeats collapse. Mohammed, Muhammad and Mohamad all give "mhmt".
// It returns "" for tokens outside the Latin script or shorter than three
// letters.
func phoneticKey(t string) string {
	if len(t) < 3 {
		return ""
	}
	var out [32]byte
	n := 0
	var last byte
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return ""
		}
		var next byte
		if i+1 < len(t) {
			next = t[i+1]
		}
		var k byte
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w':
			if i == 0 {
				k = 'a'
				if c == 'h' || c == 'w' {
					k = c
				}
			} else {
				// Vowels and the glides between them carry no key; they
				// still separate repeats (Abbas vs Abas are the same,
				// Sasa is not Sa).
				last = 0
				continue
			}
		case 'b', 'p':
			k = 'p'
			if c == 'p' && next == 'h' {
				k = 'f'
				i++
			}
		case 'f', 'v':
			k = 'f'
		case 'c':
			switch next {
			case 'h':
				k = 'x'
				i++
			case 'e', 'i', 'y':
				k = 's'
			default:
				k = 'k'
			}
		case 'k', 'q', 'g':
			k = 'k'
			if c == 'k' && next == 'h' {
				i++
			}
			if c == 'g' && next == 'h' {
				i++
			}
		case 's', 'z':
			k = 's'
			if next == 'h' {
				k = 'x'
				i++
			}
		case 'x':
			k = 'k'
		case 'j':
			k = 'j'
		case 'd', 't':
			k = 't'
			if next == 'h' {
				i++
			}
		case 'l', 'r', 'm', 'n':
			k = c
		default:
			k = c
		}
		if k == last {
			continue
		}
		if n == len(out) {
			break
		}
		out[n] = k
		n++
		last = k
	}
	return string(out[:n])
}

// letterMask is the set of letters and digits of a token, one bit each (a
// letter outside a-z and 0-9 shares a bit by its code): two tokens one edit
// apart differ in at most two bits.
func letterMask(t string) uint64 {
	var m uint64
	for _, r := range t {
		switch {
		case 'a' <= r && r <= 'z':
			m |= 1 << (r - 'a')
		case '0' <= r && r <= '9':
			m |= 1 << (26 + r - '0')
		default:
			m |= 1 << (36 + r%28)
		}
	}
	return m
}
