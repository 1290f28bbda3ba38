package lists

import (
	"fmt"
	"slices"
	"strings"
)

// List names: the ledger's names of the lists these readers read.
const (
	ListOFACSDN        = "us-ofac-sdn"
	ListUNSC           = "un-sc-consolidated"
	ListBISEntityList  = "us-bis-entity-list"
	publisherOFAC      = "US Department of the Treasury, Office of Foreign Assets Control"
	publisherUNSC      = "United Nations Security Council"
	publisherBIS       = "US Department of Commerce, Bureau of Industry and Security"
	urlOFACSDN         = "https://www.treasury.gov/ofac/downloads/sdn.csv"
	urlUNSC            = "https://scsanctions.un.org/resources/xml/en/consolidated.xml"
	urlFederalRegister = "https://www.federalregister.gov/documents/"
)

// Format names a publisher's file format, as the `--format` flag spells it.
type Format string

// The formats this package reads.
const (
	FormatOFACSDN         Format = "ofac-sdn"
	FormatUNSC            Format = "un-sc"
	FormatFederalRegister Format = "federal-register"
)

// Formats lists every format [Read] accepts, in a stable order.
var Formats = []Format{FormatOFACSDN, FormatUNSC, FormatFederalRegister}

// ParseFormat returns the format named s, or an error naming the formats
// there are.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown list format %q: want one of %s", s, formatNames())
}

func formatNames() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

// Snapshot is one published version of a list, as one file gives it.
type Snapshot struct {
	// List is the ledger's name of the list: ListOFACSDN, ListUNSC or
	// ListBISEntityList.
	List string
	// Format is the format the file was read as.
	Format Format
	// Publisher is who publishes the list.
	Publisher string
	// URL is where the publisher publishes the file.
	URL string
	// GeneratedAt is the list's own date and time of generation, as the file
	// writes it (RFC 3339 for the UN's dateGenerated; the publication date of
	// a Federal Register rule); empty when the file gives none (OFAC's CSV).
	GeneratedAt string
	// SHA256 is the hex SHA-256 of the file's content after decompression, and
	// Size its length in bytes: what OFAC's MANIFEST.tsv lists.
	SHA256 string
	Size   int64
	// Entries are the list's entries in the file's order. IDs are unique.
	Entries []Entry
	// Rule is the rule that published this snapshot, for a Federal Register
	// document; nil otherwise.
	Rule *Rule
}

// Entry is one entry of a list: a party with its designation.
type Entry struct {
	// ID is the list's own ID of the entry: OFAC's ent_num, the UN's
	// REFERENCE_NUMBER, or for a BIS entry its destination country and
	// normalised name ("CN/aook-technology-ltd").
	ID string
	// Schema is the FollowTheMoney schema of the party: Person, Organization,
	// LegalEntity, Vessel or Airplane (FollowTheMoney's name for an aircraft).
	Schema string
	// Properties describe the party with FollowTheMoney property names of
	// Schema (name, alias, weakAlias, previousName, birthDate, nationality,
	// passportNumber, imoNumber, ...). Values keep the file's order, without
	// duplicates, as the list writes them (country names, not codes). Dates
	// are written as [Date.String] writes them. A few facts
	// have no FollowTheMoney property and use these names instead:
	// "linkedTo" (OFAC's "Linked To:", the name of another entry).
	Properties map[string][]string
	// Sanction describes the designation itself with the FollowTheMoney
	// Sanction schema's property names where there is one (authority,
	// country, unscId, recordId, modifiedAt, sourceUrl), and else:
	// "versionNum" and "submittedBy" (UN VERSIONNUM, SUBMITTED_BY),
	// "licenseRequirement", "licenseReviewPolicy" and "footnote" (BIS; a
	// footnote number of the licence requirement, e.g. "3" for Russian or
	// Belarusian military end users), "citation" (the Federal Register
	// citation of the listing). Nil when the list says nothing more than
	// Programs.
	Sanction map[string][]string
	// Identifiers are the party's identity documents and registration
	// numbers with their type and issuing country, as the list gives them.
	// Their numbers are also in Properties (passportNumber, idNumber,
	// taxNumber, ...) where FollowTheMoney has a property for the type.
	Identifiers []Identifier
	// Programs are the sanctions programs or regimes of the entry (OFAC
	// "SDGT", "RUSSIA-EO14024"; UN "DPRK"; BIS "EAR Part 744").
	Programs []string
	// ListedOn is the date the list says the entry was listed (UN LISTED_ON,
	// a BIS rule's effective date); zero when the list does not say.
	ListedOn Date
	// Remarks is what the list says of the entry that the reader did not
	// turn into a property, as the list writes it ("; "-separated).
	Remarks string
	// Raw is the entry's bytes exactly as in the file: the CSV record without
	// its line end, the XML element. It aliases the snapshot's buffer.
	Raw []byte

	// fromRaw says every field above was read from Raw alone, so two entries
	// with equal Raw have equal fields (not so for a Federal Register entry,
	// whose listing date and citation come from the rule around it).
	fromRaw bool
}

// Identifier is an identity document or a registration number.
type Identifier struct {
	// Type is the kind as the list names it ("Passport", "National ID No.",
	// "Tax ID No.", "Vessel Registration Identification").
	Type string
	// Number is the number as written.
	Number string
	// Country is the issuing country, when given.
	Country string
	// Issued and Expires are the dates of issue and expiry, when given.
	Issued  Date
	Expires Date
	// Note is what else the list says of it ("diplomatic", "issued in Kabul").
	Note string
}

// String renders the identifier in one line, for comparing and showing:
// "Passport 1084010 (Egypt) issued 2009-08-31".
func (id Identifier) String() string {
	var b strings.Builder
	b.WriteString(id.Type)
	if id.Number != "" {
		b.WriteString(" " + id.Number)
	}
	if id.Country != "" {
		b.WriteString(" (" + id.Country + ")")
	}
	if !id.Issued.IsZero() {
		b.WriteString(" issued " + id.Issued.String())
	}
	if !id.Expires.IsZero() {
		b.WriteString(" expires " + id.Expires.String())
	}
	if id.Note != "" {
		b.WriteString(" [" + id.Note + "]")
	}
	return b.String()
}

// Rule is a Federal Register rule's metadata.
type Rule struct {
	// Agency and SubAgency are who issued it ("DEPARTMENT OF COMMERCE",
	// "Bureau of Industry and Security").
	Agency    string
	SubAgency string
	// Title is the rule's subject line.
	Title string
	// Action is the kind of document ("Final rule.").
	Action string
	// CFR is the part of the Code of Federal Regulations it amends.
	CFR string
	// Citation is the Federal Register citation of its first page, "88 FR 12170".
	Citation string
	// Volume and Page make Citation.
	Volume int
	Page   int
	// DocumentNumber is the FR document number ("2023-03929").
	DocumentNumber string
	// RIN is the Regulation Identifier Number ("0694-AJ13").
	RIN string
	// Docket is the agency's docket number ("230221-0050").
	Docket string
	// Effective, Published and Filed are the rule's dates. A rule may take
	// effect before it is published.
	Effective Date
	Published Date
	Filed     Date
	// Summary is the rule's summary paragraph.
	Summary string
}

// setAdd appends the values to props[key], skipping empty values and values
// already there.
func setAdd(props map[string][]string, key string, values ...string) {
	for _, v := range values {
		v = strings.TrimSpace(v)
		if v == "" || slices.Contains(props[key], v) {
			continue
		}
		props[key] = append(props[key], v)
	}
}
