package domain

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// Source is a document an event relies on: the legal text, a government
// readout, a company statement, a news report.
type Source struct {
	// SourceID, if set, names a registered source document
	// (SourceDocumentRegistered) that must exist.
	SourceID string `json:"sourceId,omitempty"`
	// Citation is the formal reference, e.g. "87 FR 62186".
	Citation  string `json:"citation,omitempty"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	URL       string `json:"url,omitempty"`
	// Official is true for texts issued by the authority itself.
	Official bool `json:"official"`
	// PublishedOn is the source's own date.
	PublishedOn Date `json:"publishedOn,omitzero"`
}

// Party is a company, person, agency or state, by a stable ID and a name.
// A party taken from an official list also carries what the list publishes
// of it, in the vocabulary of the FollowTheMoney model (the one OpenSanctions
// and Aleph use): its schema and its properties.
type Party struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Jurisdiction string `json:"jurisdiction,omitempty"`
	// Schema is the party's FollowTheMoney schema: Person, Organization,
	// Company, LegalEntity, Vessel or Airplane. Empty for a party recorded
	// by name alone.
	Schema string `json:"schema,omitempty"`
	// Properties are the party's FollowTheMoney properties (name, alias,
	// weakAlias, previousName, birthDate, nationality, passportNumber,
	// imoNumber ...), each with its values in the order the list gives
	// them. Dates keep the list's precision ("1965", "1965-07-04").
	Properties []Property `json:"properties,omitempty"`
}

// Property is one FollowTheMoney property of a party with its values.
type Property struct {
	Name   string   `json:"name"`
	Values []string `json:"values"`
}

// Values returns the values of the party's property name, or nil.
func (p Party) Values(name string) []string {
	for _, prop := range p.Properties {
		if prop.Name == name {
			return prop.Values
		}
	}
	return nil
}

// SetValues returns props with the property name set to values (removed
// when values is empty), keeping the properties sorted by name. props is
// not modified.
func SetValues(props []Property, name string, values []string) []Property {
	i, found := slices.BinarySearchFunc(props, name, func(p Property, n string) int { return strings.Compare(p.Name, n) })
	out := slices.Clone(props)
	switch {
	case found && len(values) == 0:
		return slices.Delete(out, i, i+1)
	case found:
		out[i].Values = values
		return out
	case len(values) == 0:
		return out
	}
	return slices.Insert(out, i, Property{Name: name, Values: values})
}

// PartySchemas are the FollowTheMoney schemas a party may have.
var PartySchemas = []string{"Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane"}

var propertyPattern = regexp.MustCompile(`^[a-z][A-Za-z]{0,39}$`)

// Authority is the body that took a measure or a decision.
type Authority struct {
	ID           string `json:"id"`
	Name         string `json:"name"`
	Jurisdiction string `json:"jurisdiction"`
}

// Instrument is the legal act that carries a measure or a decision.
type Instrument struct {
	Title    string `json:"title"`
	Citation string `json:"citation,omitempty"`
	// LegalBasis names the laws the instrument is made under.
	LegalBasis []string `json:"legalBasis,omitempty"`
}

// DatedFact is one of the several dates an instrument carries.
type DatedFact struct {
	Kind string `json:"kind"`
	Date Date   `json:"date"`
	// Precision is how much of Date the source gives: "day" (the default),
	// "month" (Date is the first of the month) or "year" (Date is 1 January).
	Precision string `json:"precision,omitempty"`
	Note      string `json:"note,omitempty"`
}

// Date precisions.
var Precisions = []string{"day", "month", "year"}

// Date kinds.
const (
	DateAnnounced       = "announced"
	DatePublished       = "published"
	DateEffective       = "effective"
	DateCompliance      = "compliance"
	DateCommentDeadline = "comment_deadline"
	DateOutside         = "outside_date"
	DateExpires         = "expires"
)

var dateKinds = []string{DateAnnounced, DatePublished, DateEffective, DateCompliance, DateCommentDeadline, DateOutside, DateExpires}

var (
	jurisdictionPattern = regexp.MustCompile(`^[A-Z]{2}$`)
	currencyPattern     = regexp.MustCompile(`^[A-Z]{3}$`)
	languagePattern     = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
)

// validID reports whether value is an ID: 1 to 80 ASCII letters, digits,
// '.', '_' or '-', starting with a letter or digit (what the regular
// expression ^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$ matches, at a tenth of its
// cost: every command checks several).
func validID(value string) bool {
	if len(value) == 0 || len(value) > 80 {
		return false
	}
	for i := 0; i < len(value); i++ {
		switch c := value[i]; {
		case alnum(c):
		case (c == '.' || c == '_' || c == '-') && i > 0:
		default:
			return false
		}
	}
	return true
}

func (p *problems) id(field, value string) {
	if p.required(field, value) && !validID(value) {
		p.invalid(field, "id.malformed", "%s %q must be 1 to 80 letters, digits, '.', '_' or '-', starting with a letter or digit", field, value)
	}
}

func (p *problems) jurisdiction(field, value string) {
	if p.required(field, value) && !jurisdictionPattern.MatchString(value) {
		p.invalid(field, "jurisdiction.malformed", "%s %q must be a two-letter ISO 3166 code in capitals, such as US or CN", field, value)
	}
}

func (p *problems) sources(field string, sources []Source) {
	if len(sources) == 0 {
		p.invalid(field, "sources.required", "%s needs at least one source document", field)
	}
	for i, s := range sources {
		// The field's name is built only for a source with a problem.
		if !s.valid() {
			p.source(fmt.Sprintf("%s[%d]", field, i), s)
		}
	}
}

// valid reports whether source reports no problem.
func (s Source) valid() bool {
	return strings.TrimSpace(s.Title) != "" && strings.TrimSpace(s.Publisher) != "" && validURL(s.URL) &&
		(s.SourceID == "" || validID(s.SourceID))
}

// source reports the problems of the source at field.
func (p *problems) source(field string, s Source) {
	p.required(field+".title", s.Title)
	p.required(field+".publisher", s.Publisher)
	p.url(field+".url", s.URL)
	if s.SourceID != "" {
		p.id(field+".sourceId", s.SourceID)
	}
}

// validURL reports whether value is empty or an absolute http or https URL.
func validURL(value string) bool {
	if value == "" || plainURL(value) {
		return true
	}
	return parsedURL(value)
}

// parsedURL is validURL by url.Parse.
func parsedURL(value string) bool {
	u, err := url.Parse(value)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != ""
}

// plainURL reports whether value is an http or https URL of the plainest
// form, which url.Parse always takes (a test and a fuzz test hold it to
// parsedURL): a host of letters, digits, dots and hyphens, and a path of
// letters, digits and "-._~/". Most sources' URLs are, and are spared the
// parse (~0.5 µs and an allocation each, for every source of every
// command).
func plainURL(value string) bool {
	rest, ok := strings.CutPrefix(value, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(value, "http://"); !ok {
			return false
		}
	}
	host, path, _ := strings.Cut(rest, "/")
	if host == "" {
		return false
	}
	for i := range len(host) {
		if c := host[i]; !alnum(c) && c != '.' && c != '-' {
			return false
		}
	}
	for i := range len(path) {
		if c := path[i]; !alnum(c) && c != '.' && c != '-' && c != '_' && c != '~' && c != '/' {
			return false
		}
	}
	return true
}

// alnum reports whether c is an ASCII letter or digit.
func alnum(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' }

func (p *problems) url(field, value string) {
	if !validURL(value) {
		p.invalid(field, "url.malformed", "%s %q must be an absolute http or https URL", field, value)
	}
}

func (p *problems) party(field string, party Party) {
	p.id(field+".id", party.ID)
	p.required(field+".name", party.Name)
	if party.Jurisdiction != "" {
		p.jurisdiction(field+".jurisdiction", party.Jurisdiction)
	}
	if party.Schema != "" {
		p.oneOf(field+".schema", party.Schema, PartySchemas)
	}
	p.properties(field+".properties", party.Properties)
}

// properties reports property names that are not FollowTheMoney-style
// names, properties out of order or repeated, and empty values.
func (p *problems) properties(field string, props []Property) {
	for i, prop := range props {
		f := fmt.Sprintf("%s[%d]", field, i)
		if !propertyPattern.MatchString(prop.Name) {
			p.invalid(f+".name", "property.malformed", "%s.name %q must be 1 to 40 letters starting with a lower-case one, as FollowTheMoney names them", f, prop.Name)
		}
		if i > 0 && props[i-1].Name >= prop.Name {
			p.invalid(f+".name", "property.order", "%s.name %q must come after %q: properties are sorted by name, each once", f, prop.Name, props[i-1].Name)
		}
		if len(prop.Values) == 0 {
			p.invalid(f+".values", "property.empty", "%s has no values: leave the property out instead", f)
		}
		for j, v := range prop.Values {
			p.required(fmt.Sprintf("%s.values[%d]", f, j), v)
		}
	}
}

func (p *problems) authority(field string, a Authority) {
	p.id(field+".id", a.ID)
	p.required(field+".name", a.Name)
	p.jurisdiction(field+".jurisdiction", a.Jurisdiction)
}

func (p *problems) dates(field string, dates []DatedFact) {
	for i, d := range dates {
		f := fmt.Sprintf("%s[%d]", field, i)
		p.oneOf(f+".kind", d.Kind, dateKinds)
		p.requiredDate(f+".date", d.Date)
		switch d.Precision {
		case "", "day":
		case "month", "year":
			if t := d.Date.Time(); t.Day() != 1 || (d.Precision == "year" && t.Month() != 1) {
				p.invalid(f+".date", "date.precision", "%s.date (%s) of precision %s must be the first day of its %s", f, d.Date, d.Precision, d.Precision)
			}
		default:
			p.oneOf(f+".precision", d.Precision, Precisions)
		}
	}
}
