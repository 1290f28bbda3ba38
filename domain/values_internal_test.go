package domain

import (
	"regexp"
	"strings"
	"testing"
)

// The ID check is the regular expression it replaced, written out: both
// must accept the same strings.
var idPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$`)

func TestValidIDMatchesItsPattern(t *testing.T) {
	cases := []string{"", "a", "A", "0", "M-1", "US-2022-ACR", "a.b_c-d", ".a", "_a", "-a", "a ", " a", "a/b", "é", "aé", "a\x00",
		"a\n", "\xff", strings.Repeat("a", 79), strings.Repeat("a", 80), strings.Repeat("a", 81), "a" + strings.Repeat("-", 79),
		"a" + strings.Repeat("-", 80), strings.Repeat("é", 40)}
	for _, c := range cases {
		if got, want := validID(c), idPattern.MatchString(c); got != want {
			t.Errorf("validID(%q) = %v, the pattern says %v", c, got, want)
		}
	}
}

func FuzzValidID(f *testing.F) {
	for _, s := range []string{"M-1", "a.b", "-a", strings.Repeat("x", 80)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := validID(s), idPattern.MatchString(s); got != want {
			t.Fatalf("validID(%q) = %v, the pattern says %v", s, got, want)
		}
	})
}

// A source found valid without building field names is one source()
// finds no problem with, and the other way round.
func TestSourceValidAsItsProblems(t *testing.T) {
	ok := Source{Title: "Rule", Publisher: "BIS", URL: "https://example.org/rule", SourceID: "S-1", Official: true}
	cases := []Source{ok, {Title: "Rule", Publisher: "BIS"}}
	for _, change := range []func(*Source){
		func(s *Source) { s.Title = "" }, func(s *Source) { s.Title = "  " }, func(s *Source) { s.Publisher = "" },
		func(s *Source) { s.URL = "ftp://example.org" }, func(s *Source) { s.URL = "/rule" }, func(s *Source) { s.URL = "https://" },
		func(s *Source) { s.URL = "http://a b" }, func(s *Source) { s.URL = "" }, func(s *Source) { s.SourceID = "" },
		func(s *Source) { s.SourceID = "-S" }, func(s *Source) { s.SourceID = " " },
	} {
		s := ok
		change(&s)
		cases = append(cases, s)
	}
	for _, s := range cases {
		var p problems
		p.source("sources[0]", s)
		if s.valid() != (len(p.errs) == 0) {
			t.Errorf("%+v: valid() = %v, problems %v", s, s.valid(), p.errs)
		}
	}
}

// A URL the plain path takes is one url.Parse takes; others go to it.
func TestPlainURLsParse(t *testing.T) {
	cases := []string{"https://www.federalregister.gov/d/2022-21658", "http://a", "https://a/", "https://a//b", "https://a.b-c/~x_y.z/",
		"https://-", "https://..", "https://", "http:///x", "https:/a", "ftp://a/b", "HTTPS://a/b", "https://a:80/b", "https://a/b?c=d",
		"https://a/b#c", "https://a/%20", "https://a b/", "https://a/b c", "https://[::1]/", "https://user@a/", "https://a/é",
		"https://a\x00/", "https://a/\n", " https://a/", "https://a/b\\c"}
	for _, c := range cases {
		if plainURL(c) && !parsedURL(c) {
			t.Errorf("plainURL(%q) takes what url.Parse refuses", c)
		}
		if got, want := validURL(c), parsedURL(c); got != want {
			t.Errorf("validURL(%q) = %v, url.Parse says %v", c, got, want)
		}
	}
	if !plainURL(cases[0]) {
		t.Errorf("plainURL(%q) = false: the plain path takes no source's URL", cases[0])
	}
}

func FuzzPlainURL(f *testing.F) {
	for _, s := range []string{"https://asia.nikkei.com/doc-1", "http://a/b", "https://a:1/", "https://a/b?c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if plainURL(s) && !parsedURL(s) {
			t.Errorf("plainURL(%q) takes what url.Parse refuses", s)
		}
	})
}
