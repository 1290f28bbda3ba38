package lists

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// testdata is the repository's copy of the real published files (see
// testdata/PROVENANCE.md).
const testdata = "../testdata"

// readSnapshot reads a file of testdata with the reader of its format.
func readSnapshot(tb testing.TB, f Format, path string) (*Snapshot, error) {
	tb.Helper()
	fh, err := os.Open(filepath.Join(testdata, path))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { fh.Close() })
	return Read(f, fh)
}

// mustRead reads a file that must be accepted.
func mustRead(tb testing.TB, f Format, path string) *Snapshot {
	tb.Helper()
	s, err := readSnapshot(tb, f, path)
	if err != nil {
		tb.Fatalf("read %s: %v", path, err)
	}
	return s
}

// manifestRow is one line of testdata/ofac-sdn/MANIFEST.tsv.
type manifestRow struct {
	file, sha256 string
	bytes        int64
	entries      int
}

func readManifest(tb testing.TB) []manifestRow {
	tb.Helper()
	fh, err := os.Open(filepath.Join(testdata, "ofac-sdn", "MANIFEST.tsv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer fh.Close()
	var rows []manifestRow
	sc := bufio.NewScanner(fh)
	sc.Scan() // header
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 5 {
			tb.Fatalf("manifest line %q: want 5 or more columns", sc.Text())
		}
		size, err1 := strconv.ParseInt(c[3], 10, 64)
		n, err2 := strconv.Atoi(c[4])
		if err := errors.Join(err1, err2); err != nil {
			tb.Fatalf("manifest line %q: %v", sc.Text(), err)
		}
		rows = append(rows, manifestRow{file: c[0], sha256: c[2], bytes: size, entries: n})
	}
	if len(rows) != 27 {
		tb.Fatalf("manifest has %d snapshots, want 27", len(rows))
	}
	return rows
}

// entry returns the entry of s with the given ID.
func entry(tb testing.TB, s *Snapshot, id string) *Entry {
	tb.Helper()
	for i := range s.Entries {
		if s.Entries[i].ID == id {
			return &s.Entries[i]
		}
	}
	tb.Fatalf("%s snapshot has no entry %s", s.List, id)
	return nil
}

// wantProps checks that each named property of e has exactly these values.
func wantProps(tb testing.TB, e *Entry, want map[string][]string) {
	tb.Helper()
	for k, v := range want {
		if got := e.Properties[k]; !slices.Equal(got, v) {
			tb.Errorf("entry %s %s = %q, want %q", e.ID, k, got, v)
		}
	}
}

func TestOFACSnapshotsMatchTheirManifest(t *testing.T) {
	for _, row := range readManifest(t) {
		s, err := readSnapshot(t, FormatOFACSDN, filepath.Join("ofac-sdn", row.file))
		if row.entries == 0 {
			if !errors.Is(err, ErrEmpty) {
				t.Errorf("%s: the failed download (empty) gave %v, want a refusal %s", row.file, err, RuleEmpty)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", row.file, err)
			continue
		}
		if len(s.Entries) != row.entries || s.SHA256 != row.sha256 || s.Size != row.bytes {
			t.Errorf("%s: %d entries, sha256 %s, %d bytes; manifest says %d, %s, %d",
				row.file, len(s.Entries), s.SHA256, s.Size, row.entries, row.sha256, row.bytes)
		}
		if s.List != ListOFACSDN || s.URL == "" || s.Publisher == "" {
			t.Errorf("%s: list %q, url %q, publisher %q", row.file, s.List, s.URL, s.Publisher)
		}
	}
}

func TestOFACKnownEntries(t *testing.T) {
	s := mustRead(t, FormatOFACSDN, "ofac-sdn/sdn-2024-05-03T184323Z.csv.gz")

	// An individual with DOB, POB, nationality, passport with its dates and a
	// national ID; his title column is a position.
	tang := entry(t, s, "29242")
	if tang.Schema != "Person" || !slices.Equal(tang.Programs, []string{"HK-EO13936"}) {
		t.Errorf("29242: schema %s programs %q", tang.Schema, tang.Programs)
	}
	wantProps(t, tang, map[string][]string{
		"name": {"TANG, Chris"}, "lastName": {"TANG"}, "firstName": {"Chris"},
		"birthDate": {"1965-07-04"}, "birthPlace": {"Hong Kong"}, "nationality": {"Hong Kong"},
		"gender": {"male"}, "position": {"Commissioner of Police"},
		"passportNumber": {"KJ0638810"}, "idNumber": {"D4118015"},
	})
	wantIDs := []Identifier{
		{Type: "Passport", Number: "KJ0638810", Country: "Hong Kong", Issued: Date{Start: "2017-10-14"}, Expires: Date{Start: "2027-10-14"}},
		{Type: "National ID No.", Number: "D4118015", Country: "Hong Kong"},
	}
	if !slices.Equal(tang.Identifiers, wantIDs) {
		t.Errorf("29242 identifiers = %+v, want %+v", tang.Identifiers, wantIDs)
	}
	if want := "Secondary sanctions risk: pursuant to the Hong Kong Autonomy Act of 2020 - Public Law 116-149"; tang.Remarks != want {
		t.Errorf("29242 remarks = %q, want %q", tang.Remarks, want)
	}
	if !strings.HasPrefix(string(tang.Raw), `29242,"TANG, Chris","individual"`) || !strings.HasSuffix(string(tang.Raw), `Commissioner of Police."`) {
		t.Errorf("29242 raw = %q, want the CSV record", tang.Raw)
	}

	// A circa date, an alias with an apostrophe inside, several programs.
	dib := entry(t, s, "10327")
	wantProps(t, dib, map[string][]string{
		"birthDate":      {"1963~"},
		"alias":          {"AL-WARD, Abu", "AL-WARD, 'Abd", "AL-WARUD, Abu", "NAIM, Abu"},
		"passportNumber": {"1990/345751"},
	})
	ameen := entry(t, s, "11355")
	wantProps(t, ameen, map[string][]string{
		"birthDate":      {"1961-01-01~"},
		"passportNumber": {"FU0152122", "FU0152121"},
		"linkedTo":       {"JAMIA TALEEM-UL-QURAN-WAL-HADITH MADRASSA", "TALIBAN", "LASHKAR E-TAYYIBA"},
	})
	wantProps(t, entry(t, s, "6862"), map[string][]string{"birthDate": {"1938-09"}})

	// An entity with a.k.a. and f.k.a. names and five programs.
	basij := entry(t, s, "12727")
	if basij.Schema != "Organization" || !slices.Equal(basij.Programs, []string{"FTO", "SDGT", "IRGC", "IFSR", "IRAN-HR"}) {
		t.Errorf("12727: schema %s programs %q", basij.Schema, basij.Programs)
	}
	wantProps(t, basij, map[string][]string{
		"previousName": {"NATIONAL MOBILIZATION ORGANIZATION"},
		"alias":        {"NATIONAL RESISTANCE MOBILIZATION", "RESISTANCE MOBILIZATION FORCE", "MOBILIZATION OF THE OPPRESSED", "MOBILIZATION OF THE OPPRESSED UNIT", "ORGANIZATION OF THE MOBILISATION OF THE OPPRESSED"},
	})
	if basij.Remarks != "Additional Sanctions Information - Subject to Secondary Sanctions" {
		t.Errorf("12727 remarks = %q", basij.Remarks)
	}

	// An entity with registration numbers, a founding date and a sector; the
	// directive prose stays in the remarks.
	vtb := entry(t, s, "18735")
	wantProps(t, vtb, map[string][]string{
		"incorporationDate":  {"2011-04-08"},
		"sector":             {"Real estate activities on a fee or contract basis"},
		"registrationNumber": {"1117746272907", "91457857"},
		"taxNumber":          {"7729679810"},
		"linkedTo":           {"VTB BANK PUBLIC JOINT STOCK COMPANY"},
	})
	if want := "Executive Order 13662 Directive Determination - Subject to Directive 1; " +
		"Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209; " +
		"For more information on directives, please visit the following link: http://www.treasury.gov/resource-center/sanctions/Programs/Pages/ukraine.aspx#directives"; vtb.Remarks != want {
		t.Errorf("18735 remarks = %q\nwant %q", vtb.Remarks, want)
	}
	if len(vtb.Identifiers) != 3 || vtb.Identifiers[0] != (Identifier{Type: "Registration ID", Number: "1117746272907", Country: "Russia"}) {
		t.Errorf("18735 identifiers = %+v", vtb.Identifiers)
	}

	// A vessel: the vessel columns and the IMO number from the remarks.
	ebano := entry(t, s, "4243")
	if ebano.Schema != "Vessel" {
		t.Errorf("4243 schema %s, want Vessel", ebano.Schema)
	}
	wantProps(t, ebano, map[string][]string{
		"name": {"EBANO"}, "type": {"General Cargo"}, "tonnage": {"2595"}, "grossRegisteredTonnage": {"1865"},
		"flag": {"Panama"}, "imoNumber": {"IMO7406784"}, "previousName": {"ANA I", "SAND SWAN"},
	})
	if ebano.Remarks != "" {
		t.Errorf("4243 remarks = %q, want everything parsed", ebano.Remarks)
	}
	wantProps(t, entry(t, s, "4238"), map[string][]string{"callSign": {"CL2192"}, "owner": {"Samir de Navegacion S.A."}})

	// A vessel whose IMO number has its country; a range of years.
	pegas := entry(t, s, "34942")
	wantProps(t, pegas, map[string][]string{"imoNumber": {"IMO9256860"}, "previousName": {"PERUN"}, "grossRegisteredTonnage": {"61991"}})
	if want := (Identifier{Type: "Vessel Registration Identification", Number: "IMO 9256860", Country: "Russia"}); len(pegas.Identifiers) != 1 || pegas.Identifiers[0] != want {
		t.Errorf("34942 identifiers %+v, want %+v", pegas.Identifiers, want)
	}
	wantProps(t, entry(t, s, "11748"), map[string][]string{"birthDate": {"1979/1982~", "1982"}})

	// An aircraft is FollowTheMoney's Airplane.
	wantProps(t, entry(t, s, "15431"), map[string][]string{
		"model": {"IL76-TD"}, "operator": {"YAS AIR"}, "serialNumber": {"1023409321"}, "buildDate": {"1992"}, "linkedTo": {"POUYA AIR"},
	})
	if sch := entry(t, s, "15431").Schema; sch != "Airplane" {
		t.Errorf("15431 schema %s, want Airplane", sch)
	}
}

func TestOFACDates(t *testing.T) {
	for in, want := range map[string]string{
		"1965": "1965", "Jul 1965": "1965-07", "04 Jul 1965": "1965-07-04", "4 Jul 1965": "1965-07-04",
		"circa 1961": "1961~", "circa 01 Jan 1961": "1961-01-01~", "1960 to 1962": "1960/1962",
		"01 Jan 1960 to 31 Dec 1962": "1960-01-01/1962-12-31", "Mar 1970 to Mar 1971": "1970-03/1971-03",
	} {
		d, ok := parseOFACDate(in)
		if !ok || d.String() != want {
			t.Errorf("parseOFACDate(%q) = %q, %v; want %q", in, d, ok, want)
			continue
		}
		if back, err := ParseDate(want); err != nil || back != d {
			t.Errorf("ParseDate(%q) = %+v, %v; want %+v", want, back, err, d)
		}
	}
	for _, in := range []string{"", "31 Feb 1965", "Jux 1965", "1962 to 1960", "circa", "1982-1979", "1979-19x2", "1965 to", "04 Jul 65", "123 Jul 1965"} {
		if d, ok := parseOFACDate(in); ok {
			t.Errorf("parseOFACDate(%q) = %q, want no date", in, d)
		}
	}
	for _, in := range []string{"", "1965-13", "1965-02-30", "65", "1962/1960", "1965-7-4"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) accepted", in)
		}
	}
	var d struct{ D, Z Date }
	if err := json.Unmarshal([]byte(`{"D":"1960/1962~","Z":""}`), &d); err != nil || d.D != (Date{Start: "1960", End: "1962", Approximate: true}) || !d.Z.IsZero() {
		t.Errorf("dates from JSON: %+v, %v", d, err)
	}
	if b, err := json.Marshal(d); err != nil || string(b) != `{"D":"1960/1962~","Z":""}` {
		t.Errorf("dates to JSON: %s, %v", b, err)
	}
	if p := (Date{Start: "1965-07"}).Precision(); p != "month" {
		t.Errorf("precision of 1965-07 = %q", p)
	}
}

// sdnBytes returns the decompressed content of an OFAC snapshot.
func sdnBytes(tb testing.TB, file string) []byte {
	tb.Helper()
	fh, err := os.Open(filepath.Join(testdata, "ofac-sdn", file))
	if err != nil {
		tb.Fatal(err)
	}
	defer fh.Close()
	data, _, err := content(FormatOFACSDN, fh)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func TestOFACRefusesTruncatedAndBrokenFiles(t *testing.T) {
	full := sdnBytes(t, "sdn-2021-08-18T093901Z.csv.gz")
	cases := []struct {
		name string
		data []byte
		rule error
	}{
		{"without the end byte 0x1A", full[:len(full)-1], ErrTruncated},
		{"cut inside the last record", full[:len(full)/2], ErrTruncated},
		{"cut inside a record, end byte put back", append(slices.Clone(full[:len(full)-40]), 0x1a), ErrTruncated},
		{"cut inside a quoted field", append(slices.Clone(full[:bytes.LastIndex(full, []byte(`,"`))+3]), 0x1a), ErrTruncated},
		{"only spaces", []byte("  \r\n "), ErrEmpty},
		{"only the end byte", []byte{0x1a}, ErrEmpty},
		{"eleven columns", []byte("1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a"), ErrUnparseable},
		{"a name for an ent_num", []byte("A,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a"), ErrUnparseable},
		{"an unknown type", []byte("1,\"A\",\"ship\",\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a"), ErrUnparseable},
		{"an ent_num twice", []byte("1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n1,\"B\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a"), ErrUnparseable},
		{"a gzip stream cut short", gzipCut(t, full), ErrTruncated},
	}
	for _, c := range cases {
		_, err := ReadOFACSDN(bytes.NewReader(c.data))
		var re *RefusedError
		if !errors.Is(err, c.rule) || !errors.As(err, &re) || re.Format != FormatOFACSDN {
			t.Errorf("%s: got %v, want a %s refusal", c.name, err, c.rule.(*RefusedError).Rule)
		}
	}
	// The one record that makes a valid file is accepted.
	one := []byte("7,\"A B\",-0- ,\"X] [Y\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'C'.\"\r\n\x1a")
	s, err := ReadOFACSDN(bytes.NewReader(one))
	if err != nil || len(s.Entries) != 1 || !slices.Equal(s.Entries[0].Programs, []string{"X", "Y"}) || s.Entries[0].Properties["alias"][0] != "C" {
		t.Fatalf("one record: %+v, %v", s, err)
	}
}

func TestUNSnapshots(t *testing.T) {
	for file, want := range map[string]struct {
		generated string
		entries   int
	}{
		"consolidated-2018-06-07.xml.gz": {"2018-06-07", 1098},
		"consolidated-2018-06-21.xml.gz": {"2018-06-21", 1100},
		"consolidated-2018-08-24.xml.gz": {"2018-08-24", 1098},
		"consolidated-2018-10-29.xml.gz": {"2018-10-29", 1093},
	} {
		s := mustRead(t, FormatUNSC, "un-sc/"+file)
		if !strings.HasPrefix(s.GeneratedAt, want.generated) || s.List != ListUNSC {
			t.Errorf("%s: generated %q list %q, want the file's own date %s", file, s.GeneratedAt, s.List, want.generated)
		}
		if len(s.Entries) != want.entries {
			t.Errorf("%s: %d entries, want %d (its INDIVIDUAL and ENTITY elements)", file, len(s.Entries), want.entries)
		}
	}
}

func TestUNKnownEntries(t *testing.T) {
	s := mustRead(t, FormatUNSC, "un-sc/consolidated-2018-10-29.xml.gz")
	if s.GeneratedAt != "2018-10-29T19:09:49.856-04:00" {
		t.Errorf("generated at %q", s.GeneratedAt)
	}
	// An individual with a name in Arabic script, Good and Low aliases, an
	// approximate and an exact year of birth, a passport.
	m := entry(t, s, "TAi.011")
	if m.Schema != "Person" || !slices.Equal(m.Programs, []string{"Taliban"}) || m.ListedOn != (Date{Start: "2001-01-25"}) {
		t.Errorf("TAi.011: schema %s programs %q listed %v", m.Schema, m.Programs, m.ListedOn)
	}
	wantProps(t, m, map[string][]string{
		"name":           {"AKHTAR MOHAMMAD MANSOUR SHAH MOHAMMED"},
		"alias":          {"اختر محمد منصور شاه محمد", "Akhtar Mohammad Mansour Khan Muhammad", "Akhtar Muhammad Mansoor", "Akhtar Mohammad Mansoor"},
		"weakAlias":      {"Naib Imam"},
		"title":          {"Maulavi", "Mullah"},
		"position":       {"Minister of Civil Aviation and Transportation under the Taliban regime"},
		"nationality":    {"Afghanistan"},
		"birthDate":      {"1960~", "1966"},
		"birthPlace":     {"Band-e-Timur village, Maiwand District, Kandahar Province, Afghanistan"},
		"passportNumber": {"SE-011697"},
	})
	wantID := Identifier{Type: "Passport", Number: "SE-011697", Country: "Afghanistan", Issued: Date{Start: "1988-01-25"}, Note: "Kabul; expired on 23 Feb. 2000"}
	if len(m.Identifiers) != 1 || m.Identifiers[0] != wantID {
		t.Errorf("TAi.011 identifiers = %+v, want %+v", m.Identifiers, wantID)
	}
	if got := m.Sanction["modifiedAt"]; len(got) != 6 || got[5] != "2016-12-23" || m.Sanction["recordId"][0] != "111090" || m.Sanction["versionNum"][0] != "1" {
		t.Errorf("TAi.011 sanction = %q", m.Sanction)
	}
	if !strings.HasPrefix(m.Remarks, "Involved in drug trafficking") || !bytes.HasPrefix(m.Raw, []byte("<INDIVIDUAL><DATAID>111090<")) || !bytes.HasSuffix(m.Raw, []byte("</INDIVIDUAL>")) {
		t.Errorf("TAi.011 remarks %q raw %q...", m.Remarks, m.Raw[:min(60, len(m.Raw))])
	}
	// The name the UN listed him under before is a previous name.
	wantProps(t, entry(t, s, "TAi.024"), map[string][]string{"previousName": {"Abdul Ghani Baradar"}})
	// A range of years of birth.
	wantProps(t, entry(t, s, "TAi.002"), map[string][]string{"birthDate": {"1955/1958", "1945/1950"}})
	// An entity with a.k.a. and f.k.a. names and an address.
	adf := entry(t, s, "CDe.001")
	if adf.Schema != "Organization" {
		t.Errorf("CDe.001 schema %s", adf.Schema)
	}
	wantProps(t, adf, map[string][]string{
		"name":         {"ADF"},
		"alias":        {"Allied Democratic Forces"},
		"previousName": {"Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda", "ADF/NALU", "NALU"},
		"address":      {"North Kivu, Democratic Republic of the Congo"},
		"country":      {"Democratic Republic of the Congo"},
	})
}

func TestUNRefusesTruncatedAndBrokenFiles(t *testing.T) {
	fh, err := os.Open(filepath.Join(testdata, "un-sc", "consolidated-2018-10-29.xml.gz"))
	if err != nil {
		t.Fatal(err)
	}
	full, _, err := content(FormatUNSC, fh)
	fh.Close()
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		data []byte
		rule error
	}{
		"cut in the middle":       {full[:len(full)/2], ErrTruncated},
		"without its closing tag": {bytes.TrimSpace(full)[:len(bytes.TrimSpace(full))-len("</CONSOLIDATED_LIST>")], ErrTruncated},
		"empty":                   {nil, ErrEmpty},
		"no entries":              {[]byte(`<CONSOLIDATED_LIST dateGenerated="2018-01-01T00:00:00Z"><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>`), ErrEmpty},
		"another document":        {[]byte(`<RULE><PREAMB/></RULE>`), ErrUnparseable},
		"not XML":                 {[]byte("ent_num,name\r\n"), ErrUnparseable},
		"an entry without its ID": {[]byte(`<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>A</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`), ErrUnparseable},
		"an ID twice":             {[]byte(`<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>X</REFERENCE_NUMBER></INDIVIDUAL><INDIVIDUAL><REFERENCE_NUMBER>X</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`), ErrUnparseable},
	} {
		_, err := ReadUNSC(bytes.NewReader(c.data))
		if !errors.Is(err, c.rule) {
			t.Errorf("%s: got %v, want a %s refusal", name, err, c.rule.(*RefusedError).Rule)
		}
	}
}

func TestFederalRegisterRule(t *testing.T) {
	s := mustRead(t, FormatFederalRegister, "federal-register/2023-03929.xml")
	r := s.Rule
	if r == nil {
		t.Fatal("no rule")
	}
	want := Rule{
		Agency: "DEPARTMENT OF COMMERCE", SubAgency: "Bureau of Industry and Security",
		Title: "Additions of Entities to the Entity List", Action: "Final rule.", CFR: "15 CFR Part 744",
		Citation: "88 FR 12170", Volume: 88, Page: 12170, DocumentNumber: "2023-03929",
		RIN: "0694-AJ13", Docket: "230221-0050",
		Effective: Date{Start: "2023-02-24"}, Published: Date{Start: "2023-02-27"}, Filed: Date{Start: "2023-02-24"},
		Summary: r.Summary,
	}
	if *r != want {
		t.Errorf("rule = %+v\nwant %+v", *r, want)
	}
	if !strings.HasPrefix(r.Summary, "The Department of Commerce is amending") {
		t.Errorf("summary %q", r.Summary)
	}
	if s.List != ListBISEntityList || s.GeneratedAt != "2023-02-27" || s.URL == "" {
		t.Errorf("snapshot list %q generated %q url %q", s.List, s.GeneratedAt, s.URL)
	}
	perCountry := map[string]int{}
	for _, e := range s.Entries {
		perCountry[e.Sanction["country"][0]]++
		if e.ListedOn != r.Effective || e.Schema != "LegalEntity" {
			t.Errorf("%s: listed %v schema %s", e.ID, e.ListedOn, e.Schema)
		}
		if got := e.Sanction["citation"]; !slices.Equal(got, []string{"88 FR 12170, 2/27/2023"}) {
			t.Errorf("%s: citation %q", e.ID, got)
		}
		if !bytes.HasPrefix(e.Raw, []byte("<ROW")) || !bytes.HasSuffix(e.Raw, []byte("</ROW>")) {
			t.Errorf("%s: raw is not the table row: %q", e.ID, e.Raw)
		}
	}
	wantCountries := map[string]int{"CANADA": 2, "CHINA, PEOPLE'S REPUBLIC OF": 5, "FRANCE": 1, "LUXEMBOURG": 1, "NETHERLANDS": 1, "RUSSIA": 3}
	if len(s.Entries) != 13 || !mapsEqual(perCountry, wantCountries) {
		t.Errorf("%d entries by destination %v, want 13: %v", len(s.Entries), perCountry, wantCountries)
	}

	// Its address is in the row after the entry's.
	en := entry(t, s, "canada/electronic-network-inc")
	wantProps(t, en, map[string][]string{
		"name":    {"Electronic Network Inc."},
		"alias":   {"Electronic Network", "Electronic Network Holdings", "Electronic Network Holdings Inc.", "Electronic Network Incorporated", "Electronic Network Products Inc.", "Electronic's Network & Technology Corp."},
		"address": {"145 Montee De Liesse Ste 10 St. Laurent, Quebec H4T 1T9 Canada"},
		"country": {"CANADA"},
	})
	if !bytes.Contains(en.Raw, []byte("145 Montee De Liesse")) {
		t.Errorf("the raw of %s lacks its continuation row", en.ID)
	}
	yunze := entry(t, s, "china-peoples-republic-of/beijing-yunze-technology-co-ltd")
	wantProps(t, yunze, map[string][]string{
		"alias": {"Beijing Yunze", "Beijing Yunze Technology Company", "Yunze Beijing"},
		"address": {"West of Floor 1, Building 7, Jiajia Garden Courtyard 15, Fengtai Beijing 100000 China",
			"201, Floor 2, 36#, Yinhe Garden, Miyun District Beijing 100000 China",
			"402, Floor 4, No. 85, Huilongguan W. Street, Changping District Beijing 102200 China"},
	})
	if got := yunze.Sanction["licenseRequirement"]; !slices.Equal(got, []string{"For all items subject to the EAR. (See §§ 734.9(g), 744.21(b), and 746.8(a)(3) of the EAR)"}) {
		t.Errorf("licence requirement %q", got)
	}
	if got := yunze.Sanction["footnote"]; !slices.Equal(got, []string{"3"}) {
		t.Errorf("footnotes %q", got)
	}
	if got := yunze.Sanction["licenseReviewPolicy"]; len(got) != 1 || !strings.HasPrefix(got[0], "Policy of denial for all items subject to the EAR apart from food and medicine") {
		t.Errorf("review policy %q", got)
	}
	head := entry(t, s, "china-peoples-republic-of/china-head-aerospace-technology-co")
	if !slices.Contains(head.Properties["address"], "Room 01, floor 13, building 5, no. A2 courtyard, west 3rd ring r. Beijing, 10004-8, China") ||
		head.Remarks != "(See alternate address under France and Netherlands)" {
		t.Errorf("China HEAD: addresses %q remarks %q", head.Properties["address"], head.Remarks)
	}
	entry(t, s, "luxembourg/spacety-co-ltd")
	entry(t, s, "russia/promtekhkomplekt-jsc")
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestFederalRegisterRefusals(t *testing.T) {
	full, err := os.ReadFile(filepath.Join(testdata, "federal-register", "2023-03929.xml"))
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct {
		data []byte
		rule error
	}{
		"cut":                 {full[:len(full)*2/3], ErrTruncated},
		"empty":               {[]byte("\n"), ErrEmpty},
		"not a rule":          {[]byte("<NOTICE><PREAMB/></NOTICE>"), ErrUnparseable},
		"a rule with no list": {[]byte("<RULE><PREAMB><SUBJECT>x</SUBJECT></PREAMB></RULE>"), ErrEmpty},
	} {
		_, err := ReadFederalRegister(bytes.NewReader(c.data))
		if !errors.Is(err, c.rule) {
			t.Errorf("%s: got %v, want a %s refusal", name, err, c.rule.(*RefusedError).Rule)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats {
		if got, err := ParseFormat(string(f)); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	if _, err := ParseFormat("csv"); err == nil || !strings.Contains(err.Error(), "ofac-sdn") {
		t.Errorf("ParseFormat(csv) = %v, want an error naming the formats", err)
	}
	if _, err := Read("csv", bytes.NewReader(nil)); err == nil {
		t.Error("Read with an unknown format accepted")
	}
}

// gzipCut returns data gzipped, without the last third of the stream.
func gzipCut(tb testing.TB, data []byte) []byte {
	tb.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write(data); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()[:b.Len()*2/3]
}

func TestFederalRegisterEntryWithoutAliases(t *testing.T) {
	// The usual form of an entry with no alias: one sentence, name then
	// address; a name may hold commas.
	doc := `<RULE><PREAMB><EFFDATE><P>This rule is effective March 2, 2023.</P></EFFDATE></PREAMB>
<GPOTABLE><ROW><ENT I="01">CHINA, PEOPLE'S REPUBLIC OF</ENT><ENT>Beijing Foo Technology Co., Ltd., Room 1201, Building 3, No. 8 Haidian Street, Beijing 100080, China; and 5 Nanjing Road, Shanghai, China.</ENT><ENT>For all items subject to the EAR.</ENT><ENT>Presumption of denial.</ENT><ENT>88 FR 13000, 3/2/2023.</ENT></ROW>
<ROW><ENT I="22"> </ENT><ENT>Bar Institute, Haidian District, Beijing.</ENT><ENT>For all items subject to the EAR.</ENT><ENT>Case-by-case review.</ENT><ENT>88 FR 13000, 3/2/2023.</ENT></ROW></GPOTABLE></RULE>`
	s, err := ReadFederalRegister(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	foo := entry(t, s, "china-peoples-republic-of/beijing-foo-technology-co-ltd")
	wantProps(t, foo, map[string][]string{
		"name":    {"Beijing Foo Technology Co., Ltd."},
		"address": {"Room 1201, Building 3, No. 8 Haidian Street, Beijing 100080, China", "5 Nanjing Road, Shanghai, China"},
	})
	if foo.ListedOn != (Date{Start: "2023-03-02"}) || foo.Sanction["licenseReviewPolicy"][0] != "Presumption of denial." {
		t.Errorf("listed %v sanction %q", foo.ListedOn, foo.Sanction)
	}
	// No place where an address starts: the whole is the name.
	wantProps(t, entry(t, s, "china-peoples-republic-of/bar-institute-haidian-district-beijing"), map[string][]string{
		"name": {"Bar Institute, Haidian District, Beijing"},
	})
}
