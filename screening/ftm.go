package screening

import (
	"strings"
	"unicode"
)

// FTM property names that FromFTM reads, beside the names.
var (
	ftmCountries   = []string{"nationality", "citizenship", "country", "jurisdiction", "birthCountry", "mainCountry"}
	ftmIdentifiers = []string{"passportNumber", "idNumber", "imoNumber", "registrationNumber", "taxNumber", "innCode", "ogrnCode", "swiftBic", "callSign"}
)

// FromFTM builds a record from a party described with FollowTheMoney
// property names, as package lists and the ledger's read models describe
// it: values returns a property's values. Names come from name (the first
// is the primary name, others aliases), alias, previousName and weakAlias;
// a name with letters outside the Latin script is the original-script
// name. Dates of birth are read in FollowTheMoney and EDTF form ("1965",
// "1965-07-04", "1961~" approximate, "1960/1962" a range: circa its first
// year); countries from nationality, citizenship, country, jurisdiction,
// birthCountry and mainCountry; identifiers from the FollowTheMoney
// properties of numbers (passportNumber, idNumber, imoNumber, ...). The
// FollowTheMoney schema Airplane is the index's Aircraft.
func FromFTM(id, list, schema string, programs []string, values func(property string) []string) Record {
	r := Record{ID: id, List: list, Schema: schema, Programs: programs}
	if r.Schema == "Airplane" {
		r.Schema = SchemaAircraft
	}
	for _, k := range []struct {
		prop string
		kind NameKind
	}{{"name", NamePrimary}, {"alias", NameAlias}, {"previousName", NamePrevious}, {"weakAlias", NameWeak}} {
		for i, v := range values(k.prop) {
			kind := k.kind
			switch {
			case !latin(v):
				kind = NameOriginalScript
			case kind == NamePrimary && i > 0:
				kind = NameAlias
			}
			r.Names = append(r.Names, Name{Text: v, Kind: kind})
		}
	}
	for _, v := range values("birthDate") {
		if d, ok := ftmDate(v); ok {
			r.BirthDates = append(r.BirthDates, d)
		}
	}
	for _, p := range ftmCountries {
		r.Countries = append(r.Countries, values(p)...)
	}
	for _, p := range ftmIdentifiers {
		for _, v := range values(p) {
			r.Identifiers = append(r.Identifiers, Identifier{Kind: p, Value: v})
		}
	}
	return r
}

// ftmDate reads "1965-07-04", "1961~" or "1960/1962".
func ftmDate(s string) (Date, bool) {
	s, approx := strings.CutSuffix(strings.TrimSpace(s), "~")
	start, _, isRange := strings.Cut(s, "/")
	d, err := ParseDate(start)
	if err != nil || d.IsZero() {
		return Date{}, false
	}
	d.Circa = approx || isRange
	return d, true
}

// latin reports a name whose letters are all of the Latin script.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}
