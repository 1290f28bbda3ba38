package ingest

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// countryNames maps upper-case English country names to ISO 3166 codes,
// from the CLDR's names that golang.org/x/text carries.
var countryNames = sync.OnceValue(func() map[string]string {
	names := display.English.Regions()
	out := map[string]string{}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() {
				continue
			}
			if name := names.Name(r); name != "" {
				out[strings.ToUpper(name)] = code
			}
		}
	}
	return out
})

// countryCode returns the ISO 3166 code of a country as the lists name it
// ("CANADA", "CHINA, PEOPLE'S REPUBLIC OF", "Russia"), or "".
func countryCode(name string) string {
	n := strings.ToUpper(strings.TrimSpace(name))
	if len(n) == 2 {
		if r, err := language.ParseRegion(n); err == nil && r.IsCountry() {
			return n
		}
	}
	codes := countryNames()
	if c, ok := codes[n]; ok {
		return c
	}
	// "CHINA, PEOPLE'S REPUBLIC OF", "KOREA, REPUBLIC OF": the name before
	// the comma, where it names one country.
	if before, _, ok := strings.Cut(n, ","); ok {
		if c, ok := codes[strings.TrimSpace(before)]; ok {
			return c
		}
	}
	return ""
}
