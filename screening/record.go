package screening

import (
	"fmt"
	"strings"
)

// Schemas of the FollowTheMoney model that a Record or a Query can name.
// LegalEntity is the parent of Person and Organization: a query for a
// LegalEntity conflicts with no record that is a person or an organisation.
const (
	SchemaPerson       = "Person"
	SchemaOrganization = "Organization"
	SchemaCompany      = "Company"
	SchemaLegalEntity  = "LegalEntity"
	SchemaVessel       = "Vessel"
	SchemaAircraft     = "Aircraft"
)

var schemas = []string{SchemaPerson, SchemaOrganization, SchemaCompany, SchemaLegalEntity, SchemaVessel, SchemaAircraft}

// NameKind says how strongly a list ties a name to its entry.
type NameKind string

// Name kinds, from OFAC's a.k.a./f.k.a./weak a.k.a. and the UN's alias
// quality (Good is an alias, Low is weak).
const (
	NamePrimary        NameKind = "primary"
	NameAlias          NameKind = "alias"
	NameWeak           NameKind = "weak"
	NamePrevious       NameKind = "previous"
	NameOriginalScript NameKind = "original-script"
)

// kindFactor is what a match on a name of this kind is worth against a
// match on the primary name. A weak alias ("low quality" in the UN's words,
// often a bare nickname or a common phrase) is evidence, not
// identification. A former name (f.k.a.) still names the same party.
func (k NameKind) factor() float64 {
	switch k {
	case NameWeak:
		return 0.85
	case NamePrevious:
		return 0.98
	default:
		return 1
	}
}

// Name is one name of a record as the list writes it.
type Name struct {
	Text string
	Kind NameKind
}

// Date is a date of birth (or of registration, or of build) at the precision
// the list gives: Month and Day are 0 when unknown ("1965"). Circa marks a
// list's "circa" or "approximately": such a year agrees with the years next
// to it.
type Date struct {
	Year, Month, Day int
	Circa            bool
}

// IsZero reports a date that says nothing.
func (d Date) IsZero() bool { return d.Year == 0 }

// String is the date in ISO form at its precision: "1965", "1965-07",
// "1965-07-04", with a "~" before it when circa.
func (d Date) String() string {
	s := ""
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		s = fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		s = fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	default:
		s = fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	if d.Circa {
		s = "~" + s
	}
	return s
}

// ParseDate reads "YYYY", "YYYY-MM" or "YYYY-MM-DD", each optionally
// preceded by "~" for circa. The empty string is the zero Date.
func ParseDate(s string) (Date, error) {
	var d Date
	s = strings.TrimSpace(s)
	if s == "" {
		return d, nil
	}
	if strings.HasPrefix(s, "~") {
		d.Circa = true
		s = s[1:]
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("%q is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var nums [3]int
	for i, p := range parts {
		if len(p) == 0 || (i > 0 && len(p) != 2) {
			return Date{}, fmt.Errorf("%q is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		for _, c := range p {
			if c < '0' || c > '9' {
				return Date{}, fmt.Errorf("%q is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", s)
			}
			nums[i] = nums[i]*10 + int(c-'0')
		}
	}
	d.Year, d.Month, d.Day = nums[0], nums[1], nums[2]
	if d.Year < 1000 || (len(parts) > 1 && (d.Month < 1 || d.Month > 12)) || (len(parts) > 2 && (d.Day < 1 || d.Day > 31)) {
		return Date{}, fmt.Errorf("%q is not a valid date", s)
	}
	return d, nil
}

// Identifier is an identifying number a list publishes: a passport, a
// national ID, a registration number, an IMO number.
type Identifier struct {
	Kind  string
	Value string
}

// Record is one list entry as the index sees it: the caller maps its own
// read model into it. ID is unique across lists (e.g. "us-ofac-sdn/29242").
// Schema is a FollowTheMoney schema name (Person, Organization, Vessel,
// Aircraft; "" when the list does not say). Countries are nationalities,
// citizenships and countries of address or registration, in any spelling
// (they are compared after normalisation).
type Record struct {
	ID          string
	List        string
	Schema      string
	Names       []Name
	BirthDates  []Date
	Countries   []string
	Identifiers []Identifier
	Programs    []string
}
