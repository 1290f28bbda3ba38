// Package testset builds the screening test set from real list snapshots:
// records for the index, queries whose right answer is known (the aliases
// the lists publish, and variants of each primary name), and names that are
// on no list. The quality test and the benchmarks of package screening use
// it; `go test ./screening -run TestQuality -update` writes the test set to
// screening/testdata/testset.tsv.gz.
package testset

import (
	"strings"
	"unicode"

	"github.com/controlsledger/ledger/lists"
	"github.com/controlsledger/ledger/screening"
)

// Records turns every entry of a snapshot into a screening record. Its ID
// is the list's name and the entry's own ID ("us-ofac-sdn/29242").
func Records(s *lists.Snapshot) []screening.Record {
	out := make([]screening.Record, 0, len(s.Entries))
	for _, e := range s.Entries {
		out = append(out, Record(s.List, e))
	}
	return out
}

// Record turns one list entry into a screening record: its names by kind
// (FollowTheMoney's name, alias, weakAlias and previousName; a name written
// in a script other than Latin is its original-script name), its dates of
// birth, countries, identifiers and programs.
func Record(list string, e lists.Entry) screening.Record {
	r := screening.Record{ID: list + "/" + e.ID, List: list, Schema: e.Schema, Programs: e.Programs}
	if r.Schema == "Airplane" {
		r.Schema = screening.SchemaAircraft
	}
	kinds := []struct {
		prop string
		kind screening.NameKind
	}{
		{"name", screening.NamePrimary},
		{"alias", screening.NameAlias},
		{"previousName", screening.NamePrevious},
		{"weakAlias", screening.NameWeak},
	}
	for _, k := range kinds {
		for i, v := range e.Properties[k.prop] {
			kind := k.kind
			switch {
			case !isLatin(v):
				kind = screening.NameOriginalScript
			case k.kind == screening.NamePrimary && i > 0:
				kind = screening.NameAlias
			}
			r.Names = append(r.Names, screening.Name{Text: v, Kind: kind})
		}
	}
	for _, v := range e.Properties["birthDate"] {
		if d, ok := birthDate(v); ok {
			r.BirthDates = append(r.BirthDates, d)
		}
	}
	for _, p := range []string{"nationality", "citizenship", "country", "jurisdiction", "mainCountry"} {
		r.Countries = append(r.Countries, e.Properties[p]...)
	}
	for _, id := range e.Identifiers {
		r.Identifiers = append(r.Identifiers, screening.Identifier{Kind: id.Type, Value: id.Number})
	}
	for _, v := range e.Properties["imoNumber"] {
		r.Identifiers = append(r.Identifiers, screening.Identifier{Kind: "IMO", Value: v})
	}
	return r
}

// birthDate reads a lists date ("1965-07-04", "1961~", "1960/1962"): an
// approximate date or a range is circa its first year.
func birthDate(s string) (screening.Date, bool) {
	d, err := lists.ParseDate(s)
	if err != nil || d.IsZero() {
		return screening.Date{}, false
	}
	sd, err := screening.ParseDate(d.Start)
	if err != nil {
		return screening.Date{}, false
	}
	sd.Circa = d.Approximate || d.End != ""
	return sd, true
}

// isLatin reports a name whose letters are all of the Latin script.
func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return strings.TrimSpace(s) != ""
}
