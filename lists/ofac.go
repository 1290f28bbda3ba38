package lists

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ofacEOF is the DOS end-of-file byte that closes every sdn.csv OFAC
// publishes; a file without it was cut short.
const ofacEOF = 0x1a

// ofacColumns is the number of columns of OFAC's legacy SDN CSV.
const ofacColumns = 12

// ReadOFACSDN reads OFAC's legacy SDN list CSV (sdn.csv): twelve columns, no
// header, CRLF line ends, "-0-" for no value, the file closed by the byte
// 0x1A. It refuses an empty file, a file without its closing byte or with a
// record cut short (truncated), and a file whose records are not twelve
// columns with a numeric, unique ent_num (unparseable).
//
// The Remarks column is parsed where it is structured: a.k.a. / f.k.a. /
// n.k.a. / weak a.k.a. aliases, DOB with its precision, POB, nationality,
// citizenship, gender, identity documents and registration numbers, IMO and
// MMSI numbers, aircraft details, website, email, phone, "Linked To:". What
// is left stays in Entry.Remarks as OFAC wrote it.
func ReadOFACSDN(r io.Reader) (*Snapshot, error) {
	return readOFACSDN(r, nil)
}

func readOFACSDN(r io.Reader, prev *Snapshot) (*Snapshot, error) {
	const f = FormatOFACSDN
	data, sum, err := content(f, r)
	if err != nil {
		return nil, err
	}
	s := &Snapshot{List: ListOFACSDN, Format: f, Publisher: publisherOFAC, URL: urlOFACSDN, SHA256: sum, Size: int64(len(data))}
	end := len(data)
	if data[end-1] != ofacEOF {
		return nil, refuse(f, RuleTruncated, fmt.Sprintf("byte %d", end), "the file does not end with OFAC's end-of-file byte 0x1A")
	}
	end--
	s.Entries = make([]Entry, 0, bytes.Count(data, []byte{'\n'}))
	seen := make(map[string]int, cap(s.Entries))
	var (
		fields [ofacColumns]string
		line   int
		known  = reusable(prev)
	)
	for pos := 0; pos < end; {
		line++
		var e Entry
		if p, raw, next := sameRecord(data[:end], pos, known); p != nil {
			// The previous snapshot's entry, byte for byte: reuse its parse.
			e, pos = *p, next
			e.Raw = raw
		} else {
			n, next, err := splitRecord(data[:end], pos, fields[:])
			if err != nil {
				return nil, &RefusedError{Rule: err.rule, Format: f, Where: fmt.Sprintf("line %d", line), Detail: err.detail}
			}
			if n != ofacColumns {
				return nil, refuse(f, RuleUnparseable, fmt.Sprintf("line %d", line), "a record has %d columns, want %d", n, ofacColumns)
			}
			raw := bytes.TrimRight(data[pos:next], "\r\n")
			pos = next
			var perr string
			if e, perr = ofacEntry(fields, raw); perr != "" {
				return nil, refuse(f, RuleUnparseable, fmt.Sprintf("line %d", line), "%s", perr)
			}
		}
		if prev, dup := seen[e.ID]; dup {
			return nil, refuse(f, RuleUnparseable, fmt.Sprintf("line %d", line), "ent_num %s is also on line %d", e.ID, prev)
		}
		seen[e.ID] = line
		s.Entries = append(s.Entries, e)
	}
	if len(s.Entries) == 0 {
		return nil, refuse(f, RuleEmpty, "", "the file has no record")
	}
	return s, nil
}

// sameRecord returns the entry of known whose raw bytes are the line at pos,
// with that line and where the next record starts; nil if there is none. A
// known entry's bytes are a whole record, so equal bytes are the same record.
func sameRecord(data []byte, pos int, known map[string]*Entry) (*Entry, []byte, int) {
	if known == nil {
		return nil, nil, 0
	}
	rest := data[pos:]
	comma := bytes.IndexByte(rest, ',')
	nl := bytes.IndexByte(rest, '\n')
	if comma < 0 || nl < 0 || comma > nl {
		return nil, nil, 0
	}
	p, ok := known[string(rest[:comma])]
	if !ok {
		return nil, nil, 0
	}
	line := rest[:nl]
	if len(line) == 0 || line[len(line)-1] != '\r' || !bytes.Equal(p.Raw, line[:len(line)-1]) {
		return nil, nil, 0
	}
	return p, line[:len(line)-1], pos + nl + 1
}

type recordError struct{ rule, detail string }

// splitRecord reads one CSV record of data from pos into fields: a quoted
// field ("" for a quote inside) or a bare one, trimmed; "-0-" is empty. It
// returns the number of fields and where the next record starts. A record
// must end with a line end: the last one is followed by CRLF and then the
// 0x1A byte, so a record that runs to the end of the data was cut.
func splitRecord(data []byte, pos int, fields []string) (int, int, *recordError) {
	n := 0
	for {
		var val string
		if pos < len(data) && data[pos] == '"' {
			var b strings.Builder
			i := pos + 1
			for {
				j := bytes.IndexByte(data[i:], '"')
				if j < 0 {
					return 0, 0, &recordError{RuleTruncated, "a quoted field does not close"}
				}
				b.Write(data[i : i+j])
				i += j + 1
				if i < len(data) && data[i] == '"' {
					b.WriteByte('"')
					i++
					continue
				}
				break
			}
			val, pos = b.String(), i
		} else {
			i := pos
			for i < len(data) && data[i] != ',' && data[i] != '\r' && data[i] != '\n' {
				i++
			}
			val, pos = strings.TrimSpace(string(data[pos:i])), i
			if val == "-0-" {
				val = ""
			}
		}
		if n < len(fields) {
			fields[n] = strings.TrimSpace(val)
			if fields[n] == "-0-" {
				fields[n] = ""
			}
		}
		n++
		if pos >= len(data) {
			return 0, 0, &recordError{RuleTruncated, "the last record has no line end"}
		}
		switch data[pos] {
		case ',':
			pos++
		case '\r':
			if pos+1 < len(data) && data[pos+1] == '\n' {
				return n, pos + 2, nil
			}
			return 0, 0, &recordError{RuleUnparseable, "a carriage return without a line feed"}
		case '\n':
			return n, pos + 1, nil
		default:
			return 0, 0, &recordError{RuleUnparseable, fmt.Sprintf("unexpected %q after a quoted field", data[pos])}
		}
	}
}

var ofacSchemas = map[string]string{"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane", "": "Organization"}

// ofacEntry builds an entry from the twelve columns; a non-empty second
// result says why the record is not an SDN entry.
func ofacEntry(c [ofacColumns]string, raw []byte) (Entry, string) {
	if _, err := strconv.ParseUint(c[0], 10, 64); err != nil {
		return Entry{}, fmt.Sprintf("ent_num %q is not a number", c[0])
	}
	schema, ok := ofacSchemas[strings.ToLower(c[2])]
	if !ok {
		return Entry{}, fmt.Sprintf("SDN_Type %q is none of individual, vessel, aircraft or -0-", c[2])
	}
	if c[1] == "" {
		return Entry{}, fmt.Sprintf("entry %s has no SDN_Name", c[0])
	}
	e := Entry{ID: c[0], Schema: schema, Properties: map[string][]string{}, Raw: raw, fromRaw: true}
	p := e.Properties
	setAdd(p, "name", c[1])
	if schema == "Person" {
		if last, first, ok := strings.Cut(c[1], ", "); ok {
			setAdd(p, "lastName", last)
			setAdd(p, "firstName", first)
		}
	}
	for _, prog := range strings.Split(c[3], "] [") {
		if prog = strings.Trim(prog, "[] "); prog != "" {
			e.Programs = append(e.Programs, prog)
		}
	}
	if c[4] != "" {
		if schema == "Person" {
			setAdd(p, "position", c[4])
		} else {
			setAdd(p, "notes", "Title: "+c[4])
		}
	}
	setAdd(p, "callSign", c[5])
	setAdd(p, "type", c[6])
	setAdd(p, "tonnage", c[7])
	setAdd(p, "grossRegisteredTonnage", c[8])
	setAdd(p, "flag", c[9])
	setAdd(p, "owner", c[10])
	e.Remarks = parseOFACRemarks(&e, c[11], c[4])
	return e, ""
}

// splitRemarks cuts OFAC's Remarks prose into its "; "-separated parts. An
// alias is quoted ('...') and may hold a semicolon or an apostrophe, so it
// ends at the quote that is followed by "; ", or by the final "." or nothing.
func splitRemarks(s string) []string {
	s = strings.TrimSpace(s)
	var parts []string
	for s != "" {
		end := -1
		if _, _, n := aliasPrefix(s); n > 0 {
			for i := n; i < len(s); i++ {
				if s[i] != '\'' {
					continue
				}
				rest := s[i+1:]
				if rest == "" || rest == "." || strings.HasPrefix(rest, "; ") || strings.HasPrefix(rest, ";") {
					end = i + 1
					break
				}
			}
		}
		if end < 0 {
			end = strings.Index(s, "; ")
			if end < 0 {
				end = len(s)
			}
		}
		parts = append(parts, strings.TrimSpace(s[:end]))
		s = strings.TrimLeft(s[end:], "; ")
	}
	// OFAC closes the Remarks with a full stop; it is not part of the value.
	if n := len(parts); n > 0 {
		parts[n-1] = strings.TrimSuffix(parts[n-1], ".")
		if parts[n-1] == "" {
			parts = parts[:n-1]
		}
	}
	return parts
}

// aliasPrefix reads the start of an alias part, "a.k.a. '", "alt. f.k.a. '",
// "weak a.k.a. '": whether it is weak, its letter (a, f or n), and the length
// of the prefix up to and with the opening quote; 0 if s is no alias.
func aliasPrefix(s string) (weak bool, kind byte, n int) {
	i := 0
	if strings.HasPrefix(s, "alt. ") {
		i = 5
	}
	if strings.HasPrefix(s[i:], "weak ") {
		weak, i = true, i+5
	}
	if len(s) < i+7 || s[i+1:i+6] != ".k.a." || (s[i] != 'a' && s[i] != 'f' && s[i] != 'n') {
		return false, 0, 0
	}
	kind, i = s[i], i+6
	if i < len(s) && s[i] == ',' {
		i++
	}
	if !strings.HasPrefix(s[i:], " '") {
		return false, 0, 0
	}
	return weak, kind, i + 2
}

// splitID reads what follows an identifier's type:
// "NUMBER (COUNTRY) issued DATE expires DATE", each part after the number
// optional.
func splitID(v string) (number, country, issued, expires string) {
	if i := strings.LastIndex(v, " expires "); i >= 0 {
		v, expires = v[:i], v[i+len(" expires "):]
	}
	if i := strings.LastIndex(v, " issued "); i >= 0 {
		v, issued = v[:i], v[i+len(" issued "):]
	}
	if strings.HasSuffix(v, ")") {
		if i := strings.LastIndex(v, " ("); i >= 0 && !strings.ContainsAny(v[i+2:len(v)-1], "()") {
			v, country = v[:i], v[i+2:len(v)-1]
		}
	}
	return v, country, issued, expires
}

// ofacIDTypes are the identifier types OFAC writes in Remarks as
// "TYPE NUMBER (COUNTRY) issued DATE expires DATE", with the FollowTheMoney
// property that takes the number ("" for none). Longest first where one is
// a prefix of another.
var ofacIDTypes = []struct{ typ, prop string }{
	{"Diplomatic Passport", "passportNumber"},
	{"Passport", "passportNumber"},
	{"National ID No.", "idNumber"},
	{"National Foreign ID Number", "idNumber"},
	{"Personal ID Card", "idNumber"},
	{"Identification Number", "idNumber"},
	{"Cedula No.", "idNumber"},
	{"D.N.I.", "idNumber"},
	{"Birth Certificate Number", "idNumber"},
	{"Driver's License No.", "idNumber"},
	{"Electoral Registry No.", "idNumber"},
	{"Residency Number", "idNumber"},
	{"CURP #", "idNumber"},
	{"Refugee ID Card", "idNumber"},
	{"SSN", "socialSecurityNumber"},
	{"Tax ID No.", "taxNumber"},
	{"NIT #", "taxNumber"},
	{"RFC", "taxNumber"},
	{"R.F.C.", "taxNumber"},
	{"C.U.I.T.", "taxNumber"},
	{"C.U.I.P.", "taxNumber"},
	{"RUC #", "taxNumber"},
	{"V.A.T. Number", "vatCode"},
	{"SWIFT/BIC", "swiftBic"},
	{"Legal Entity Number", "leiCode"},
	{"D-U-N-S Number", "dunsCode"},
	{"Business Registration Number", "registrationNumber"},
	{"Business Registration Document #", "registrationNumber"},
	{"Registration Number", "registrationNumber"},
	{"Registration ID", "registrationNumber"},
	{"Commercial Registry Number", "registrationNumber"},
	{"Company Number", "registrationNumber"},
	{"UK Company Number", "registrationNumber"},
	{"Italian Fiscal Code", "taxNumber"},
	{"Government Gazette Number", "registrationNumber"},
	{"Chamber of Commerce Number", "registrationNumber"},
	{"Central Registration System Number", "registrationNumber"},
	{"Trade License No.", "registrationNumber"},
	{"C.R. No.", "registrationNumber"},
	{"Istanbul Chamber of Comm. No.", "registrationNumber"},
	{"Folio Mercantil No.", "registrationNumber"},
	{"Matricula Mercantil No", "registrationNumber"},
	{"Economic Register Number (CBLS)", "registrationNumber"},
	{"Unified Social Credit Code (USCC)", "registrationNumber"},
	{"Public Registration Number", "registrationNumber"},
	{"License", "licenseNumber"},
	{"BIK (RU)", ""},
	{"Vessel Registration Identification", "registrationNumber"},
	{"Aircraft Serial Identification", "serialNumber"},
	{"Aircraft Mode S Transponder Code", ""},
	{"Aircraft Construction Number (also called L/N or S/N or F/N)", ""},
	{"Digital Currency Address - XBT", ""},
	{"Digital Currency Address - ETH", ""},
	{"Digital Currency Address - LTC", ""},
	{"Digital Currency Address - USDT", ""},
	{"Digital Currency Address - XMR", ""},
	{"Digital Currency Address - BSV", ""},
	{"Digital Currency Address - BCH", ""},
	{"Digital Currency Address - ZEC", ""},
	{"Digital Currency Address - DASH", ""},
	{"Digital Currency Address - BTG", ""},
	{"Digital Currency Address - ETC", ""},
	{"Digital Currency Address - XVG", ""},
	{"Digital Currency Address - TRX", ""},
	{"Digital Currency Address - ARB", ""},
	{"Digital Currency Address - BSC", ""},
	{"Digital Currency Address - USDC", ""},
}

// ofacTextProps are Remarks prefixes whose rest is a property value as is.
var ofacTextProps = []struct{ prefix, prop string }{
	{"POB ", "birthPlace"},
	{"nationality ", "nationality"},
	{"citizen ", "citizenship"},
	{"Linked To: ", "linkedTo"},
	{"Website ", "website"},
	{"Email Address ", "email"},
	{"Email ", "email"},
	{"Phone Number ", "phone"},
	{"Telephone: ", "phone"},
	{"Telephone ", "phone"},
	{"MMSI ", "mmsi"},
	{"Former Vessel Flag ", "pastFlags"},
	{"Aircraft Model ", "model"},
	{"Aircraft Operator ", "operator"},
	{"Aircraft Manufacturer's Serial Number (MSN) ", "serialNumber"},
	{"Aircraft Tail Number ", "registrationNumber"},
	{"Organization Type: ", "sector"},
	{"Nationality of Registration ", "country"},
}

// ofacDateProps are Remarks prefixes whose rest is a date.
var ofacDateProps = []struct{ prefix, prop string }{
	{"DOB ", "birthDate"},
	{"Organization Established Date ", "incorporationDate"},
	{"Aircraft Manufacture Date ", "buildDate"},
	{"Vessel Year of Build ", "buildDate"},
}

var imoPrefixes = []string{"Vessel Registration Identification IMO ", "Identification Number IMO ", "Company Number IMO "}

// parseOFACRemarks moves what is structured in the Remarks column into e and
// returns the rest, as OFAC wrote it. OFAC repeats the Title column at the
// end of the remarks; that copy is left out.
func parseOFACRemarks(e *Entry, remarks, title string) string {
	p := e.Properties
	var rest []string
	for _, part := range splitRemarks(remarks) {
		if part == title || parseOFACPart(e, p, part) {
			continue
		}
		rest = append(rest, part)
	}
	return strings.Join(rest, "; ")
}

func parseOFACPart(e *Entry, p map[string][]string, part string) bool {
	if weak, kind, n := aliasPrefix(part); n > 0 && len(part) > n && part[len(part)-1] == '\'' {
		name := part[n : len(part)-1]
		switch {
		case weak:
			setAdd(p, "weakAlias", name)
		case kind == 'f':
			setAdd(p, "previousName", name)
		default: // a.k.a., and n.k.a. ("now known as")
			setAdd(p, "alias", name)
		}
		return true
	}
	s := strings.TrimPrefix(part, "alt. ")
	for _, d := range ofacDateProps {
		if v, ok := strings.CutPrefix(s, d.prefix); ok {
			if date, ok := parseOFACDate(v); ok {
				setAdd(p, d.prop, date.String())
				return true
			}
			return false
		}
	}
	if v, ok := strings.CutPrefix(s, "Gender "); ok && (v == "Male" || v == "Female") {
		setAdd(p, "gender", strings.ToLower(v))
		return true
	}
	for _, pre := range imoPrefixes {
		if v, ok := strings.CutPrefix(s, pre); ok {
			number, country, _, _ := splitID(strings.TrimSpace(v))
			if isDigits(number) {
				setAdd(p, "imoNumber", "IMO"+number)
				e.Identifiers = append(e.Identifiers, Identifier{Type: strings.TrimSuffix(pre, " IMO "), Number: "IMO " + number, Country: country})
				return true
			}
		}
	}
	for _, t := range ofacTextProps {
		if v, ok := strings.CutPrefix(s, t.prefix); ok && v != "" {
			setAdd(p, t.prop, v)
			return true
		}
	}
	for _, t := range ofacIDTypes {
		if len(s) <= len(t.typ) || s[len(t.typ)] != ' ' || !strings.HasPrefix(s, t.typ) {
			continue
		}
		number, country, issued, expires := splitID(s[len(t.typ)+1:])
		id := Identifier{Type: t.typ, Number: number, Country: country}
		var notes []string
		if issued != "" {
			if d, ok := parseOFACDate(issued); ok {
				id.Issued = d
			} else {
				notes = append(notes, "issued "+issued)
			}
		}
		if expires != "" {
			if d, ok := parseOFACDate(expires); ok {
				id.Expires = d
			} else {
				notes = append(notes, "expires "+expires)
			}
		}
		id.Note = strings.Join(notes, " ")
		if id.Number == "" {
			return false
		}
		e.Identifiers = append(e.Identifiers, id)
		if t.prop != "" {
			setAdd(p, t.prop, id.Number)
		}
		return true
	}
	return false
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
