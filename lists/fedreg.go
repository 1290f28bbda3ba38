package lists

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// node is an element of a Federal Register document, with its children in
// order (text as nodes with an empty name) and its place in the file.
type node struct {
	name       string
	attrs      []xml.Attr
	kids       []*node
	text       string
	start, end int64
}

func (n *node) attr(name string) string {
	for _, a := range n.attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// find returns the first element named name in n's subtree, depth first.
func (n *node) find(name string) *node {
	for _, k := range n.kids {
		if k.name == name {
			return k
		}
		if f := k.find(name); f != nil {
			return f
		}
	}
	return nil
}

// findAll returns every element named name in n's subtree, in document order.
func (n *node) findAll(name string, out []*node) []*node {
	for _, k := range n.kids {
		if k.name == name {
			out = append(out, k)
		}
		out = k.findAll(name, out)
	}
	return out
}

// children returns n's child elements named name.
func (n *node) children(name string) []*node {
	var out []*node
	for _, k := range n.kids {
		if k.name == name {
			out = append(out, k)
		}
	}
	return out
}

// textOf renders n's text with its spaces folded. Superscripts (SU) are
// joined to the word before them ("3<SU>rd</SU>" is "3rd") unless footnotes
// is given, which then collects them instead.
func (n *node) textOf(footnotes *[]string) string {
	var b strings.Builder
	n.render(&b, footnotes)
	return clean(b.String())
}

func (n *node) render(b *strings.Builder, footnotes *[]string) {
	for _, k := range n.kids {
		switch {
		case k.name == "":
			b.WriteString(k.text)
		case k.name == "SU":
			if footnotes != nil {
				*footnotes = append(*footnotes, clean(k.textOf(nil)))
				continue
			}
			// A superscript follows its word with no space: trim the
			// indentation the file puts before it.
			s := strings.TrimRight(b.String(), " \t\r\n")
			b.Reset()
			b.WriteString(s)
			b.WriteString(clean(k.textOf(nil)))
		case k.name == "PRTPAGE":
		default:
			b.WriteString(" ")
			k.render(b, footnotes)
			b.WriteString(" ")
		}
	}
}

// parseXMLTree reads a whole XML document into nodes.
func parseXMLTree(f Format, data []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	root := &node{}
	stack := []*node{root}
	for {
		start := d.InputOffset()
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, xmlRefusal(f, d, err)
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: t.Name.Local, attrs: t.Attr, start: start}
			top.kids = append(top.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			top.end = d.InputOffset()
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 1 {
				top.kids = append(top.kids, &node{text: string(t)})
			}
		}
	}
	if len(stack) != 1 {
		return nil, refuse(f, RuleTruncated, fmt.Sprintf("byte %d", len(data)), "the XML ends with <%s> still open", stack[len(stack)-1].name)
	}
	return root, nil
}

var (
	effectivePattern = regexp.MustCompile(`(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})`)
	frDocPattern     = regexp.MustCompile(`FR Doc\.\s*([0-9]{4}-[0-9]+)\s+Filed\s+(\d{1,2})-(\d{1,2})-(\d{2,4})`)
	placeholder      = regexp.MustCompile(`\[INSERT FR PAGE NUMBER AND (\d{1,2})/(\d{1,2})/(\d{4})\]`)
	frCitation       = regexp.MustCompile(`(\d+) FR (?:\d+|\[INSERT)`)
	fullMonths       = map[string]int{"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12}
)

// ReadFederalRegister reads a BIS rule in the Federal Register's XML: the
// rule's metadata (agency, subject, CFR part, docket, RIN, effective date
// from EFFDATE, FR document number and filing date from FRDOC, first page
// from PRTPAGE, publication date and volume from the citation column) into
// Snapshot.Rule, and the entries that its GPOTABLEs add to Supplement No. 4
// to Part 744 (the Entity List) into Snapshot.Entries.
//
// Each entry is a LegalEntity under its destination country, with its name,
// aliases (alias), addresses (address), the licence requirement, licence
// review policy, footnotes and Federal Register citation in Entry.Sanction,
// and the rule's effective date as ListedOn. Its ID is the destination and
// the name, both folded to lower-case words joined by hyphens
// ("canada/cpunto-inc"): stable across files, and distinct for an entity
// listed under several destinations.
//
// It refuses an empty file, XML that does not close (truncated), and a
// document with no RULE or no Entity List table (unparseable).
func ReadFederalRegister(r io.Reader) (*Snapshot, error) {
	const f = FormatFederalRegister
	data, sum, err := content(f, r)
	if err != nil {
		return nil, err
	}
	root, err := parseXMLTree(f, data)
	if err != nil {
		return nil, err
	}
	rule := root.find("RULE")
	if rule == nil {
		if len(root.kids) > 0 && root.kids[0].name == "RULE" {
			rule = root.kids[0]
		} else {
			return nil, refuse(f, RuleUnparseable, "", "no <RULE> element: not a Federal Register rule")
		}
	}
	s := &Snapshot{List: ListBISEntityList, Format: f, Publisher: publisherBIS, SHA256: sum, Size: int64(len(data))}
	s.Rule = ruleMeta(rule)
	if s.Rule.DocumentNumber != "" {
		s.URL = urlFederalRegister + s.Rule.DocumentNumber
	}
	s.GeneratedAt = s.Rule.Published.Start
	for _, table := range rule.findAll("GPOTABLE", nil) {
		entries, err := entityListTable(f, table, data, s.Rule)
		if err != nil {
			return nil, err
		}
		s.Entries = append(s.Entries, entries...)
	}
	if len(s.Entries) == 0 {
		return nil, refuse(f, RuleEmpty, "", "the rule has no Entity List entry (no GPOTABLE row with an entity)")
	}
	seen := map[string]bool{}
	for _, e := range s.Entries {
		if seen[e.ID] {
			return nil, refuse(f, RuleUnparseable, "", "entry %s is listed twice under one destination", e.ID)
		}
		seen[e.ID] = true
	}
	return s, nil
}

func ruleMeta(rule *node) *Rule {
	m := &Rule{}
	text := func(name string) string {
		if n := rule.find(name); n != nil {
			return n.textOf(nil)
		}
		return ""
	}
	if pre := rule.find("PREAMB"); pre != nil {
		m.Agency = textIn(pre, "AGENCY")
		m.SubAgency = textIn(pre, "SUBAGY")
		m.CFR = textIn(pre, "CFR")
		m.Title = textIn(pre, "SUBJECT")
		m.Docket = strings.Trim(strings.TrimPrefix(strings.Trim(textIn(pre, "DEPDOC"), "[]"), "Docket No."), " ")
		m.RIN = strings.TrimSpace(strings.TrimPrefix(textIn(pre, "RIN"), "RIN"))
		if act := pre.find("ACT"); act != nil {
			m.Action = textIn(act, "P")
		}
		if sum := pre.find("SUM"); sum != nil {
			m.Summary = textIn(sum, "P")
		}
		if eff := pre.find("EFFDATE"); eff != nil {
			if mm := effectivePattern.FindStringSubmatch(eff.textOf(nil)); mm != nil {
				m.Effective = dayOf(mm[3], fullMonths[mm[1]], mm[2])
			}
		}
	}
	if mm := frDocPattern.FindStringSubmatch(text("FRDOC")); mm != nil {
		m.DocumentNumber = mm[1]
		year := mm[4]
		if len(year) == 2 {
			year = "20" + year
		}
		mon, _ := strconv.Atoi(mm[2])
		m.Filed = dayOf(year, mon, mm[3])
	}
	first := 0
	for _, p := range rule.findAll("PRTPAGE", nil) {
		if n, err := strconv.Atoi(p.attr("P")); err == nil && (first == 0 || n < first) {
			first = n
		}
	}
	if first > 0 {
		// PRTPAGE marks where a new printed page starts: the document's own
		// first page is the one before the first mark.
		m.Page = first - 1
	}
	all := rule.textOf(nil)
	if mm := placeholder.FindStringSubmatch(all); mm != nil {
		mon, _ := strconv.Atoi(mm[1])
		m.Published = dayOf(mm[3], mon, mm[2])
	}
	if mm := frCitation.FindStringSubmatch(all[strings.Index(all, "Supplement No. 4")+1:]); mm != nil {
		m.Volume, _ = strconv.Atoi(mm[1])
	}
	if m.Volume > 0 && m.Page > 0 {
		m.Citation = fmt.Sprintf("%d FR %d", m.Volume, m.Page)
	}
	return m
}

func textIn(n *node, name string) string {
	if k := n.find(name); k != nil {
		return k.textOf(nil)
	}
	return ""
}

func dayOf(year string, month int, day string) Date {
	d := Date{Start: fmt.Sprintf("%s-%02d-%02s", year, month, day)}
	if d.validate() != nil {
		return Date{}
	}
	return d
}

// isStars reports whether a cell is only the asterisks that mark omitted rows.
func isStars(s string) bool {
	return strings.Trim(s, "* \t\r\n") == "" && strings.Contains(s, "*")
}

// entityListTable reads the rows of one GPOTABLE of Supplement No. 4 to Part
// 744: a row whose first cell has I="01" names a destination; a row with an
// entity and its licence columns starts an entry; a row with only an entity
// cell continues the entry before it (more addresses).
func entityListTable(f Format, table *node, data []byte, rule *Rule) ([]Entry, error) {
	var (
		out      []Entry
		country  string
		cur      = -1 // index in out of the entry a continuation row extends
		curStart int64
	)
	for _, row := range table.children("ROW") {
		cells := row.children("ENT")
		if len(cells) == 0 {
			continue
		}
		if cells[0].attr("I") == "01" {
			country = cells[0].textOf(nil)
			cur = -1
		}
		if len(cells) < 2 {
			continue
		}
		entity := cells[1].textOf(nil)
		if entity == "" || isStars(entity) || entity == "Entity" {
			continue
		}
		if len(cells) < 3 {
			if cur < 0 {
				return nil, refuse(f, RuleUnparseable, fmt.Sprintf("byte %d", row.start), "a row continues an entry but none comes before it")
			}
			addAddresses(&out[cur], cells[1])
			out[cur].Raw = data[curStart:row.end]
			continue
		}
		if country == "" {
			return nil, refuse(f, RuleUnparseable, fmt.Sprintf("byte %d", row.start), "an entity row comes before any destination country")
		}
		e := bisEntry(cells, country, rule)
		e.Raw = data[row.start:row.end]
		out = append(out, e)
		cur, curStart = len(out)-1, row.start
	}
	return out, nil
}

// bisEntry reads an entry row: the entity cell (name, then "a.k.a., the
// following N aliases:" with one LI per alias, each starting with an em dash,
// then LIs of addresses), the licence requirement (its superscripts are
// footnote numbers), the licence review policy and the citation.
func bisEntry(cells []*node, country string, rule *Rule) Entry {
	e := Entry{Schema: "LegalEntity", Properties: map[string][]string{}, Sanction: map[string][]string{}}
	p, s := e.Properties, e.Sanction
	cell := cells[1]
	var head strings.Builder
	for _, k := range cell.kids {
		if k.name == "LI" {
			break
		}
		if k.name == "" {
			head.WriteString(k.text)
		} else {
			head.WriteString(" " + k.textOf(nil) + " ")
		}
	}
	name := clean(head.String())
	if i := strings.Index(name, ", a.k.a."); i >= 0 {
		name = name[:i]
	} else if len(cell.children("LI")) == 0 {
		// An entity with no alias is one sentence: "Name, address."
		var address string
		name, address = splitNameAddress(name)
		addAddresses(&e, &node{kids: []*node{{text: address}}})
	} else {
		name = trimListEnd(name)
	}
	setAdd(p, "name", name)
	for _, li := range cell.children("LI") {
		t := li.textOf(nil)
		if a, ok := strings.CutPrefix(t, "—"); ok {
			setAdd(p, "alias", trimListEnd(a))
			continue
		}
		addAddresses(&e, li)
	}
	setAdd(p, "country", country)
	var footnotes []string
	if len(cells) > 2 {
		setAdd(s, "licenseRequirement", cells[2].textOf(&footnotes))
	}
	setAdd(s, "footnote", footnotes...)
	if len(cells) > 3 {
		setAdd(s, "licenseReviewPolicy", cells[3].textOf(nil))
	}
	if len(cells) > 4 {
		cite := strings.TrimSuffix(cells[4].textOf(nil), ".")
		if rule.Page > 0 {
			cite = placeholder.ReplaceAllString(cite, fmt.Sprintf("%d, $1/$2/$3", rule.Page))
		}
		setAdd(s, "citation", cite)
	}
	setAdd(s, "authority", "Bureau of Industry and Security")
	setAdd(s, "country", country)
	if rule.DocumentNumber != "" {
		setAdd(s, "sourceUrl", urlFederalRegister+rule.DocumentNumber)
	}
	e.Programs = []string{"Entity List"}
	e.ListedOn = rule.Effective
	e.ID = slug(country) + "/" + slug(name)
	return e
}

// addressStarts are the words an address of the Entity List starts with,
// when it does not start with a number.
var addressStarts = []string{"no.", "room", "rm", "floor", "flr", "building", "bldg", "suite", "ste", "unit",
	"block", "flat", "office", "p.o.", "po box", "#", "level", "tower", "apartment", "apt", "house", "plot", "km"}

// splitNameAddress cuts "Name, address." where the address begins: at the
// first ", " followed by a digit or a word an address starts with. A name
// may hold commas ("Beijing Yunze Technology Co., Ltd."), so a comma alone
// does not end it. Without such a place, all of s is the name.
func splitNameAddress(s string) (name, address string) {
	for i := 0; ; {
		j := strings.Index(s[i:], ", ")
		if j < 0 {
			return trimListEnd(s), ""
		}
		i += j
		rest := s[i+2:]
		low := strings.ToLower(rest)
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' || slices.ContainsFunc(addressStarts, func(w string) bool {
			return strings.HasPrefix(low, w) && (len(low) == len(w) || !unicode.IsLetter(rune(low[len(w)])))
		}) {
			return trimListEnd(s[:i]), rest
		}
		i += 2
	}
}

// addAddresses adds the addresses of a cell or LI: several are separated by
// "; and"; a trailing "(See alternate address under ...)" is a remark.
func addAddresses(e *Entry, n *node) {
	t := n.textOf(nil)
	if i := strings.Index(t, "(See "); i >= 0 {
		note := strings.TrimSuffix(strings.TrimSpace(t[i:]), ".")
		e.Remarks = joinNonEmpty("; ", e.Remarks, note)
		t = t[:i]
	}
	for _, a := range addressSplit.Split(t, -1) {
		setAdd(e.Properties, "address", trimListEnd(a))
	}
}

var addressSplit = regexp.MustCompile(`;\s*(?:and\s+)?`)

// abbreviations keep their full stop at the end of a name or an alias.
var abbreviations = map[string]bool{"inc": true, "corp": true, "ltd": true, "co": true, "jr": true, "sr": true, "st": true, "bros": true, "pte": true, "bhd": true}

// trimListEnd strips the punctuation that ends an item of a list in the
// rule's prose ("; and", ";", ".", ","), but not the full stop of an
// abbreviation ("Co.", "S.A.").
func trimListEnd(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, " and")
	s = strings.TrimRight(s, ";, ")
	if t, ok := strings.CutSuffix(s, "."); ok {
		last := t[strings.LastIndexAny(t, " ")+1:]
		if !abbreviations[strings.ToLower(last)] && !strings.Contains(last, ".") {
			s = t
		}
	}
	return strings.TrimSpace(s)
}

// slug folds s to lower-case letters and digits, other runs becoming one
// hyphen: "CHINA, PEOPLE'S REPUBLIC OF" is "china-peoples-republic-of".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r == '\'' || r == '’' {
			continue // "PEOPLE'S" is one word
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}
