package lists

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// unValues is an element holding VALUE children (NATIONALITY, DESIGNATION,
// TITLE, LAST_DAY_UPDATED).
type unValues struct {
	Values []string `xml:"VALUE"`
}

type unAlias struct {
	Quality        string `xml:"QUALITY"`
	Name           string `xml:"ALIAS_NAME"`
	DateOfBirth    string `xml:"DATE_OF_BIRTH"`
	CityOfBirth    string `xml:"CITY_OF_BIRTH"`
	CountryOfBirth string `xml:"COUNTRY_OF_BIRTH"`
	Note           string `xml:"NOTE"`
}

type unAddress struct {
	Street  string `xml:"STREET"`
	City    string `xml:"CITY"`
	State   string `xml:"STATE_PROVINCE"`
	Zip     string `xml:"ZIP_CODE"`
	Country string `xml:"COUNTRY"`
	Note    string `xml:"NOTE"`
}

type unDOB struct {
	Type     string `xml:"TYPE_OF_DATE"`
	Date     string `xml:"DATE"`
	Year     string `xml:"YEAR"`
	FromYear string `xml:"FROM_YEAR"`
	ToYear   string `xml:"TO_YEAR"`
	Note     string `xml:"NOTE"`
}

type unDocument struct {
	Type           string `xml:"TYPE_OF_DOCUMENT"`
	Type2          string `xml:"TYPE_OF_DOCUMENT2"`
	Number         string `xml:"NUMBER"`
	IssuingCountry string `xml:"ISSUING_COUNTRY"`
	CountryOfIssue string `xml:"COUNTRY_OF_ISSUE"`
	CityOfIssue    string `xml:"CITY_OF_ISSUE"`
	DateOfIssue    string `xml:"DATE_OF_ISSUE"`
	Note           string `xml:"NOTE"`
}

// unEntry is an INDIVIDUAL or an ENTITY of the consolidated list.
type unEntry struct {
	DataID        string       `xml:"DATAID"`
	VersionNum    string       `xml:"VERSIONNUM"`
	FirstName     string       `xml:"FIRST_NAME"`
	SecondName    string       `xml:"SECOND_NAME"`
	ThirdName     string       `xml:"THIRD_NAME"`
	FourthName    string       `xml:"FOURTH_NAME"`
	ListType      string       `xml:"UN_LIST_TYPE"`
	Reference     string       `xml:"REFERENCE_NUMBER"`
	ListedOn      string       `xml:"LISTED_ON"`
	SubmittedBy   []string     `xml:"SUBMITTED_BY"`
	NameOriginal  string       `xml:"NAME_ORIGINAL_SCRIPT"`
	Comments      string       `xml:"COMMENTS1"`
	Gender        string       `xml:"GENDER"`
	Titles        unValues     `xml:"TITLE"`
	Designations  unValues     `xml:"DESIGNATION"`
	Nationalities unValues     `xml:"NATIONALITY"`
	LastUpdated   unValues     `xml:"LAST_DAY_UPDATED"`
	Aliases       []unAlias    `xml:"INDIVIDUAL_ALIAS"`
	EntityAliases []unAlias    `xml:"ENTITY_ALIAS"`
	Addresses     []unAddress  `xml:"INDIVIDUAL_ADDRESS"`
	EntityAddrs   []unAddress  `xml:"ENTITY_ADDRESS"`
	DOBs          []unDOB      `xml:"INDIVIDUAL_DATE_OF_BIRTH"`
	POBs          []unAddress  `xml:"INDIVIDUAL_PLACE_OF_BIRTH"`
	Documents     []unDocument `xml:"INDIVIDUAL_DOCUMENT"`
}

// ReadUNSC reads the UN Security Council Consolidated List XML
// (CONSOLIDATED_LIST with INDIVIDUALS and ENTITIES). It refuses an empty file,
// one whose XML does not close (truncated), and one that is not that list or
// has an entry without a REFERENCE_NUMBER or with one twice (unparseable).
//
// Entry IDs are REFERENCE_NUMBERs; individuals are Person, entities
// Organization. Aliases of quality Good (and "a.k.a.") are alias, Low are
// weakAlias, "f.k.a." and those noted "previously listed as" are
// previousName; NAME_ORIGINAL_SCRIPT is an alias.
// UN_LIST_TYPE is the program, LISTED_ON the listing date, COMMENTS1 the
// remarks; DATAID, VERSIONNUM and LAST_DAY_UPDATED go to Entry.Sanction.
func ReadUNSC(r io.Reader) (*Snapshot, error) {
	const f = FormatUNSC
	data, sum, err := content(f, r)
	if err != nil {
		return nil, err
	}
	s := &Snapshot{List: ListUNSC, Format: f, Publisher: publisherUNSC, URL: urlUNSC, SHA256: sum, Size: int64(len(data))}
	d := xml.NewDecoder(bytes.NewReader(data))
	seen := map[string]bool{}
	var (
		depth   int
		rootOK  bool
		section string
		start   int64
	)
	for {
		start = d.InputOffset()
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, xmlRefusal(f, d, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case depth == 1:
				if t.Name.Local != "CONSOLIDATED_LIST" {
					return nil, refuse(f, RuleUnparseable, "", "the root element is <%s>, want <CONSOLIDATED_LIST>", t.Name.Local)
				}
				rootOK = true
				for _, a := range t.Attr {
					if a.Name.Local == "dateGenerated" {
						s.GeneratedAt = normaliseUNTime(a.Value)
					}
				}
			case depth == 2:
				section = t.Name.Local
			case depth == 3 && (section == "INDIVIDUALS" && t.Name.Local == "INDIVIDUAL" || section == "ENTITIES" && t.Name.Local == "ENTITY"):
				var u unEntry
				if err := d.DecodeElement(&u, &t); err != nil {
					return nil, xmlRefusal(f, d, err)
				}
				depth--
				e := unToEntry(&u, t.Name.Local == "INDIVIDUAL", data[start:d.InputOffset()])
				if e.ID == "" {
					return nil, refuse(f, RuleUnparseable, fmt.Sprintf("byte %d", start), "an %s has no REFERENCE_NUMBER", t.Name.Local)
				}
				if seen[e.ID] {
					return nil, refuse(f, RuleUnparseable, fmt.Sprintf("byte %d", start), "REFERENCE_NUMBER %s is listed twice", e.ID)
				}
				seen[e.ID] = true
				s.Entries = append(s.Entries, e)
			}
		case xml.EndElement:
			depth--
		}
	}
	if !rootOK {
		return nil, refuse(f, RuleUnparseable, "", "no <CONSOLIDATED_LIST> element")
	}
	if depth != 0 {
		return nil, refuse(f, RuleTruncated, fmt.Sprintf("byte %d", len(data)), "the XML ends with %d elements still open", depth)
	}
	if len(s.Entries) == 0 {
		return nil, refuse(f, RuleEmpty, "", "the list has no INDIVIDUAL and no ENTITY")
	}
	return s, nil
}

// xmlRefusal classifies an XML error: input that stops inside an element is
// truncated, anything else unparseable.
func xmlRefusal(f Format, d *xml.Decoder, err error) *RefusedError {
	rule := RuleUnparseable
	var se *xml.SyntaxError
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &se) && strings.Contains(se.Msg, "unexpected EOF") {
		rule = RuleTruncated
	}
	line, col := d.InputPos()
	return &RefusedError{Rule: rule, Format: f, Where: fmt.Sprintf("line %d column %d", line, col), Err: err}
}

// normaliseUNTime writes the UN's dateGenerated ("2018-10-29T19:09:49.856-04:00")
// in RFC 3339; a value it cannot read is kept as it is.
func normaliseUNTime(v string) string {
	t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(v))
	if err != nil {
		return strings.TrimSpace(v)
	}
	return t.Format(time.RFC3339Nano)
}

func unToEntry(u *unEntry, person bool, raw []byte) Entry {
	e := Entry{ID: clean(u.Reference), Schema: "Organization", Properties: map[string][]string{}, Sanction: map[string][]string{}, Raw: raw, fromRaw: true}
	p := e.Properties
	if person {
		e.Schema = "Person"
	}
	var parts []string
	for _, n := range []string{u.FirstName, u.SecondName, u.ThirdName, u.FourthName} {
		if n = clean(n); n != "" {
			parts = append(parts, n)
		}
	}
	setAdd(p, "name", strings.Join(parts, " "))
	if person {
		setAdd(p, "firstName", clean(u.FirstName))
		setAdd(p, "secondName", clean(u.SecondName))
		setAdd(p, "middleName", clean(u.ThirdName), clean(u.FourthName))
	}
	setAdd(p, "alias", clean(u.NameOriginal))
	for _, a := range append(u.Aliases, u.EntityAliases...) {
		name, note := clean(a.Name), clean(a.Note)
		lowNote := strings.ToLower(note)
		switch quality := strings.ToLower(clean(a.Quality)); {
		case strings.HasPrefix(lowNote, "previously listed as") || strings.HasPrefix(lowNote, "formerly listed as"):
			// The name the UN listed the entry under before.
			setAdd(p, "previousName", name)
			note = ""
		case quality == "low":
			setAdd(p, "weakAlias", name)
		case quality == "f.k.a.":
			setAdd(p, "previousName", name)
		default:
			setAdd(p, "alias", name)
		}
		if note != "" && name != "" {
			setAdd(p, "notes", "Alias "+name+": "+note)
		}
		if d, ok := unDate(a.DateOfBirth); ok {
			setAdd(p, "birthDate", d.String())
		}
		setAdd(p, "birthPlace", joinNonEmpty(", ", clean(a.CityOfBirth), clean(a.CountryOfBirth)))
	}
	for _, t := range u.Titles.Values {
		setAdd(p, "title", clean(t))
	}
	for _, t := range u.Designations.Values {
		setAdd(p, "position", clean(t))
	}
	for _, n := range u.Nationalities.Values {
		setAdd(p, "nationality", clean(n))
	}
	if g := strings.ToLower(clean(u.Gender)); g == "male" || g == "female" {
		setAdd(p, "gender", g)
	}
	for _, a := range append(u.Addresses, u.EntityAddrs...) {
		setAdd(p, "address", joinNonEmpty(", ", clean(a.Street), clean(a.City), clean(a.State), clean(a.Zip), clean(a.Country)))
		setAdd(p, "country", clean(a.Country))
		if n := clean(a.Note); n != "" {
			setAdd(p, "notes", "Address: "+n)
		}
	}
	for _, b := range u.POBs {
		setAdd(p, "birthPlace", joinNonEmpty(", ", clean(b.City), clean(b.State), clean(b.Country), clean(b.Note)))
		setAdd(p, "birthCountry", clean(b.Country))
	}
	for _, b := range u.DOBs {
		d, ok := unDOBDate(b)
		if ok {
			setAdd(p, "birthDate", d.String())
		}
		if n := clean(b.Note); n != "" || !ok && (b.Date != "" || b.Year != "") {
			setAdd(p, "notes", "Date of birth: "+joinNonEmpty(" ", clean(b.Type), clean(b.Date), clean(b.Year), clean(b.FromYear), clean(b.ToYear), n))
		}
	}
	for _, doc := range u.Documents {
		id := Identifier{
			Type:    joinNonEmpty(" ", clean(doc.Type), clean(doc.Type2)),
			Number:  clean(doc.Number),
			Country: firstNonEmpty(clean(doc.IssuingCountry), clean(doc.CountryOfIssue)),
			Note:    joinNonEmpty("; ", clean(doc.CityOfIssue), clean(doc.Note)),
		}
		if d, ok := unDate(doc.DateOfIssue); ok {
			id.Issued = d
		} else if v := clean(doc.DateOfIssue); v != "" {
			id.Note = joinNonEmpty("; ", id.Note, "issued "+v)
		}
		if id.Type == "" && id.Number == "" && id.Note == "" {
			continue
		}
		e.Identifiers = append(e.Identifiers, id)
		if strings.Contains(strings.ToLower(id.Type), "passport") {
			setAdd(p, "passportNumber", id.Number)
		} else {
			setAdd(p, "idNumber", id.Number)
		}
	}
	if t := clean(u.ListType); t != "" {
		e.Programs = []string{t}
	}
	if d, ok := unDate(u.ListedOn); ok {
		e.ListedOn = d
	}
	e.Remarks = strings.TrimSpace(u.Comments)
	s := e.Sanction
	setAdd(s, "authority", "United Nations Security Council")
	setAdd(s, "unscId", e.ID)
	setAdd(s, "recordId", clean(u.DataID))
	setAdd(s, "versionNum", clean(u.VersionNum))
	for _, v := range u.LastUpdated.Values {
		setAdd(s, "modifiedAt", clean(v))
	}
	for _, v := range u.SubmittedBy {
		setAdd(s, "submittedBy", clean(v))
	}
	return e
}

// unDate reads a UN date, "YYYY-MM-DD" (sometimes with a time or zone after).
func unDate(v string) (Date, bool) {
	v = clean(v)
	if len(v) > 10 {
		v = v[:10]
	}
	d := Date{Start: v}
	if v == "" || d.validate() != nil {
		return Date{}, false
	}
	return d, true
}

// unDOBDate reads an INDIVIDUAL_DATE_OF_BIRTH by its TYPE_OF_DATE: EXACT (a
// DATE or a YEAR), APPROXIMATELY (approximate), BETWEEN (FROM_YEAR to TO_YEAR).
func unDOBDate(b unDOB) (Date, bool) {
	var d Date
	switch {
	case clean(b.FromYear) != "" || clean(b.ToYear) != "":
		d = Date{Start: clean(b.FromYear), End: clean(b.ToYear)}
	case clean(b.Date) != "":
		dd, ok := unDate(b.Date)
		if !ok {
			return Date{}, false
		}
		d = dd
	default:
		d = Date{Start: clean(b.Year)}
	}
	if strings.EqualFold(clean(b.Type), "APPROXIMATELY") {
		d.Approximate = true
	}
	if d.validate() != nil {
		return Date{}, false
	}
	return d, true
}

// clean trims a value and folds its runs of spaces, as the UN's XML has
// stray ones ("CHO  ", " RI ").
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}
