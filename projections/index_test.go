package projections

import (
	"slices"
	"strings"
	"testing"
)

// TestWordIndexWords checks that a text's words are those of
// strings.Fields(strings.ToLower(text)), for texts of every kind of
// letter and space.
func TestWordIndexWords(t *testing.T) {
	texts := []string{
		"", "   ", "Export Controls on ADVANCED computing", "already lower case",
		"tabs\tand\nnew\vlines\f\rhere", "NBSP\u00a0and\u0085NEL\u2003em space",
		"Ärzte ÖSTERREICH straße İSTANBUL ǅemal", "invalid \xff\xfeBYTES \xc3", "Σίσυφος ΟΔΥΣΣΕΥΣ",
		strings.Repeat("LONGWORD", 20) + " " + strings.Repeat("x", 70), "MiXeD-Case_Words, with PUNCTUATION!",
	}
	for _, text := range texts {
		w := newWordIndex()
		w.add(7, text)
		w.add(9, text) // known words now
		want := slices.Compact(slices.Sorted(slices.Values(strings.Fields(strings.ToLower(text)))))
		got := slices.Sorted(slices.Values(w.words))
		if !slices.Equal(got, want) {
			t.Errorf("words of %q: %q, want %q", text, got, want)
		}
		for i, p := range w.postings {
			if !slices.Equal(p, postings{7, 9}) {
				t.Errorf("%q: postings of %q: %v", text, w.words[i], p)
			}
		}
	}
}
