package screening_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/screening"
)

func newIndex(tb testing.TB, recs []screening.Record) *screening.Index {
	tb.Helper()
	ix := screening.NewIndex()
	for _, r := range recs {
		if err := ix.Put(r); err != nil {
			tb.Fatalf("put %s: %v", r.ID, err)
		}
	}
	return ix
}

// smallIndex is a handful of records written the way the lists write them.
func smallIndex(tb testing.TB) *screening.Index {
	tb.Helper()
	return newIndex(tb, []screening.Record{
		{ID: "sdn/29242", List: "us-ofac-sdn", Schema: screening.SchemaPerson, Programs: []string{"HK-EO13936"},
			Names:      []screening.Name{{Text: "TANG, Chris", Kind: screening.NamePrimary}, {Text: "TANG, Ping-keung", Kind: screening.NameAlias}},
			BirthDates: []screening.Date{{Year: 1965, Month: 7, Day: 4}}, Countries: []string{"China"},
			Identifiers: []screening.Identifier{{Kind: "Passport", Value: "K12345678"}}},
		{ID: "sdn/173", List: "us-ofac-sdn", Schema: screening.SchemaOrganization, Programs: []string{"CUBA"},
			Names: []screening.Name{{Text: "ANGLO-CARIBBEAN CO., LTD.", Kind: screening.NamePrimary}}},
		{ID: "sdn/306", List: "us-ofac-sdn", Schema: screening.SchemaOrganization, Programs: []string{"CUBA"},
			Names: []screening.Name{{Text: "BANCO NACIONAL DE CUBA", Kind: screening.NamePrimary}, {Text: "BNC", Kind: screening.NameAlias}}},
		{ID: "sdn/9001", List: "us-ofac-sdn", Schema: screening.SchemaPerson, Programs: []string{"SDGT"},
			Names:      []screening.Name{{Text: "AL-ZAWAHIRI, Ayman", Kind: screening.NamePrimary}, {Text: "THE DOCTOR", Kind: screening.NameWeak}},
			BirthDates: []screening.Date{{Year: 1951, Month: 6, Day: 19}}},
		{ID: "sdn/9002", List: "us-ofac-sdn", Schema: screening.SchemaPerson, Programs: []string{"SDGT"},
			Names: []screening.Name{{Text: "DOCTOR, The", Kind: screening.NameAlias}, {Text: "JONES, Peter", Kind: screening.NamePrimary}}},
		{ID: "un/KPi.033", List: "un-sc-consolidated", Schema: screening.SchemaPerson, Programs: []string{"DPRK"},
			Names: []screening.Name{{Text: "KIM JONG SIK", Kind: screening.NamePrimary}, {Text: "김정식", Kind: screening.NameOriginalScript}}},
		{ID: "un/QDi.001", List: "un-sc-consolidated", Schema: screening.SchemaPerson, Programs: []string{"Al-Qaida"},
			Names: []screening.Name{{Text: "ABU BAKR AL-BAGHDADI", Kind: screening.NamePrimary}, {Text: "أبو بكر البغدادي", Kind: screening.NameOriginalScript}}},
		{ID: "un/RUe.001", List: "un-sc-consolidated", Schema: screening.SchemaOrganization,
			Names: []screening.Name{{Text: "ООО Ромашка Трейдинг", Kind: screening.NameOriginalScript}, {Text: "ROMASHKA TREYDING LLC", Kind: screening.NamePrimary}}},
		{ID: "un/CN.001", List: "un-sc-consolidated", Schema: screening.SchemaOrganization,
			Names: []screening.Name{{Text: "丹东鸿祥实业发展有限公司", Kind: screening.NameOriginalScript}, {Text: "DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD", Kind: screening.NamePrimary}}},
		{ID: "sdn/17018", List: "us-ofac-sdn", Schema: screening.SchemaOrganization, Programs: []string{"RUSSIA-EO14024"},
			Names: []screening.Name{{Text: "PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA", Kind: screening.NamePrimary}}},
		{ID: "sdn/777", List: "us-ofac-sdn", Schema: screening.SchemaVessel,
			Names: []screening.Name{{Text: "ÇELİK YILDIZ", Kind: screening.NamePrimary}}, Identifiers: []screening.Identifier{{Kind: "IMO", Value: "IMO 9187629"}}},
	})
}

func search(tb testing.TB, ix *screening.Index, q screening.Query) []screening.Match {
	tb.Helper()
	ms, err := ix.Search(q)
	if err != nil {
		tb.Fatalf("search %+v: %v", q, err)
	}
	return ms
}

// first is the best match of a name query at the default threshold, or
// the zero Match.
func first(tb testing.TB, ix *screening.Index, name string) screening.Match {
	tb.Helper()
	ms := search(tb, ix, screening.Query{Name: name})
	if len(ms) == 0 {
		return screening.Match{}
	}
	return ms[0]
}

func TestNamesAsTheListsWriteThem(t *testing.T) {
	ix := smallIndex(t)
	for _, c := range []struct {
		query, want string
		how         screening.How
		min         float64
	}{
		{"TANG, Chris", "sdn/29242", screening.HowExact, 1},
		{"Chris Tang", "sdn/29242", screening.HowReorder, 0.99},
		{"  chris   TANG ", "sdn/29242", screening.HowReorder, 0.99},
		{"Ping-Keung Tang", "sdn/29242", screening.HowReorder, 0.99},
		{"ping keung tang", "sdn/29242", screening.HowReorder, 0.99},
		{"Chris Tanng", "sdn/29242", screening.HowTypo, 0.85},
		{"Chrsi Tang", "sdn/29242", screening.HowTypo, screening.DefaultThreshold},
		{"Cris Tang", "sdn/29242", screening.HowTypo, screening.DefaultThreshold},
		{"Anglo Caribbean Limited", "sdn/173", "", 0.9},
		{"ANGLO-CARIBBEAN LLC", "sdn/173", "", 0.9},
		{"Anglo Caribbean", "sdn/173", "", 0.9},
		{"Banco Nacional de Cuba S.A.", "sdn/306", "", 0.9},
		{"B.N.C.", "sdn/306", screening.HowExact, 1},
		{"Celik Yildiz", "sdn/777", screening.HowExact, 1},
		{"çelik yıldız", "sdn/777", screening.HowExact, 1},
		{"Ayman al Zawahiri", "sdn/9001", screening.HowReorder, 0.99},
		{"Ayman Zawahri", "sdn/9001", "", screening.DefaultThreshold},
		{"Kim Jong-Sik", "un/KPi.033", screening.HowExact, 1},
		{"김정식", "un/KPi.033", screening.HowExact, 1},
		{"김 정식", "un/KPi.033", screening.HowExact, 1},
		{"أبو بكر البغدادي", "un/QDi.001", screening.HowExact, 1},
		{"Abu Bakr al-Baghdadi", "un/QDi.001", screening.HowExact, 1},
		{"Ромашка Трейдинг", "un/RUe.001", "", 0.9},
		{"Romashka Treyding", "un/RUe.001", "", 0.9},
		{"丹东鸿祥实业发展有限公司", "un/CN.001", screening.HowExact, 1},
		// A legal form written out in words, left out or abbreviated.
		{"Sberbank of Russia", "sdn/17018", "", 0.9},
		{"PJSC Sberbank of Russia", "sdn/17018", "", 0.9},
		{"Sberbank of Russia Open Joint Stock Company", "sdn/17018", "", 0.9},
	} {
		m := first(t, ix, c.query)
		if m.RecordID != c.want {
			t.Errorf("%q: first match %q (%.3f), want %s", c.query, m.RecordID, m.Score, c.want)
			continue
		}
		if m.Score < c.min {
			t.Errorf("%q: score %.3f, want at least %.2f (%+v)", c.query, m.Score, c.min, m)
		}
		if c.how != "" && m.How != c.how {
			t.Errorf("%q: how %s, want %s", c.query, m.How, c.how)
		}
	}
}

func TestStrangersDoNotMatch(t *testing.T) {
	ix := smallIndex(t)
	for _, q := range []string{"Christopher Tanaka", "Anglo American PLC", "Banco Santander", "Peter Pan", "Kim Jong Un", "Caribbean Cruises Ltd", "John Smith"} {
		if ms := search(t, ix, screening.Query{Name: q}); len(ms) > 0 {
			t.Errorf("%q matches %s %q at %.3f, want no match at the default threshold", q, ms[0].RecordID, ms[0].MatchedName, ms[0].Score)
		}
	}
}

func TestLegalFormsWeighLittle(t *testing.T) {
	ix := smallIndex(t)
	with := first(t, ix, "Anglo Caribbean Co Ltd").Score
	other := first(t, ix, "Anglo Caribbean GmbH").Score
	if with < 0.99 || other < 0.9 {
		t.Errorf("the same legal form scores %.3f, another %.3f: want at least 0.99 and 0.9", with, other)
	}
	// A legal form alone finds nothing: half the list is a company.
	if ms := search(t, ix, screening.Query{Name: "Limited Liability Company", Threshold: -1}); len(ms) > 0 && ms[0].Score >= screening.DefaultThreshold {
		t.Errorf("a bare legal form matches %s at %.3f", ms[0].RecordID, ms[0].Score)
	}
}

func TestWeakAliasCountsLess(t *testing.T) {
	ix := smallIndex(t)
	ms := search(t, ix, screening.Query{Name: "The Doctor", Threshold: -1})
	if len(ms) < 2 {
		t.Fatalf("want both records named The Doctor, got %+v", ms)
	}
	if ms[0].RecordID != "sdn/9002" || ms[0].NameKind != screening.NameAlias {
		t.Errorf("first %s (%s), want sdn/9002 by its strong alias", ms[0].RecordID, ms[0].NameKind)
	}
	if ms[1].RecordID != "sdn/9001" || ms[1].NameKind != screening.NameWeak || ms[1].Score >= ms[0].Score {
		t.Errorf("second %s (%s) at %.3f, want sdn/9001 by its weak alias below %.3f", ms[1].RecordID, ms[1].NameKind, ms[1].Score, ms[0].Score)
	}
}

func TestFeatures(t *testing.T) {
	ix := smallIndex(t)
	base := search(t, ix, screening.Query{Name: "Chris Tang"})[0]
	agree := search(t, ix, screening.Query{Name: "Chris Tang", BirthDate: screening.Date{Year: 1965}, Country: "china", Schema: screening.SchemaPerson})[0]
	if len(agree.Agreed) != 3 || len(agree.Conflicted) != 0 {
		t.Errorf("agreed %+v conflicted %+v, want schema, birth date and country agreed", agree.Agreed, agree.Conflicted)
	}
	conflict := search(t, ix, screening.Query{Name: "Chris Tang", BirthDate: screening.Date{Year: 1980, Month: 1, Day: 2}, Schema: screening.SchemaVessel, Threshold: -1})[0]
	if len(conflict.Conflicted) != 2 || conflict.Score >= base.Score-0.2 {
		t.Errorf("conflicting birth date and schema: score %.3f (name alone %.3f), conflicted %+v", conflict.Score, base.Score, conflict.Conflicted)
	}
	if conflict.NameScore != base.NameScore {
		t.Errorf("features changed the name score: %.3f, want %.3f", conflict.NameScore, base.NameScore)
	}
	// An identifier finds its record whatever the name.
	ms := search(t, ix, screening.Query{Identifier: "imo9187629"})
	if len(ms) != 1 || ms[0].RecordID != "sdn/777" || ms[0].How != screening.HowIdentifier || ms[0].Score < 0.95 {
		t.Errorf("by IMO number: %+v, want sdn/777 by identifier", ms)
	}
	ms = search(t, ix, screening.Query{Name: "Christopher Tan", Identifier: "K 1234 5678"})
	if len(ms) == 0 || ms[0].RecordID != "sdn/29242" || len(ms[0].Agreed) != 1 || ms[0].Agreed[0].Name != "identifier" {
		t.Errorf("name and passport: %+v, want sdn/29242 with the identifier agreed", ms)
	}
}

func TestBirthDatePrecision(t *testing.T) {
	ix := newIndex(t, []screening.Record{{ID: "p", Names: []screening.Name{{Text: "Ali Hassan"}},
		BirthDates: []screening.Date{{Year: 1961, Circa: true}, {Year: 1965, Month: 7}}}})
	for _, c := range []struct {
		d      screening.Date
		agreed bool
		confl  bool
	}{
		{screening.Date{Year: 1961}, true, false},
		{screening.Date{Year: 1962}, false, false}, // circa 1961
		{screening.Date{Year: 1965, Month: 7, Day: 4}, true, false},
		{screening.Date{Year: 1965, Month: 8, Day: 4}, false, false}, // the list gives no day
		{screening.Date{Year: 1990}, false, true},
	} {
		m := search(t, ix, screening.Query{Name: "Ali Hassan", BirthDate: c.d, Threshold: -1})[0]
		if (len(m.Agreed) > 0) != c.agreed || (len(m.Conflicted) > 0) != c.confl {
			t.Errorf("born %s: agreed %+v conflicted %+v, want agreed %v conflicted %v", c.d, m.Agreed, m.Conflicted, c.agreed, c.confl)
		}
	}
}

func TestRestrictingCandidates(t *testing.T) {
	ix := smallIndex(t)
	if ms := search(t, ix, screening.Query{Name: "Chris Tang", Lists: []string{"un-sc-consolidated"}}); len(ms) != 0 {
		t.Errorf("restricted to the UN list: %+v", ms)
	}
	if ms := search(t, ix, screening.Query{Name: "Chris Tang", Programs: []string{"HK-EO13936"}}); len(ms) != 1 {
		t.Errorf("restricted to HK-EO13936: %+v", ms)
	}
	asked := map[string]int{}
	allow := func(id string) bool { asked[id]++; return id != "sdn/29242" }
	if ms := search(t, ix, screening.Query{Name: "Chris Tang", Allow: allow}); len(ms) != 0 {
		t.Errorf("a record the caller does not allow is returned: %+v", ms)
	}
	if asked["sdn/29242"] != 1 {
		t.Errorf("Allow asked %d times about sdn/29242, want once", asked["sdn/29242"])
	}
}

func TestIncrementalUpdates(t *testing.T) {
	ix := smallIndex(t)
	n := ix.Len()
	if err := ix.Put(screening.Record{ID: "sdn/29242", List: "us-ofac-sdn", Names: []screening.Name{{Text: "TANG, Christopher"}}}); err != nil {
		t.Fatal(err)
	}
	if ix.Len() != n {
		t.Errorf("replacing a record changed the count to %d, want %d", ix.Len(), n)
	}
	if m := first(t, ix, "Ping-keung Tang"); m.RecordID != "" {
		t.Errorf("an alias of the replaced record still matches: %+v", m)
	}
	if m := first(t, ix, "Christopher Tang"); m.RecordID != "sdn/29242" || m.Score < 0.99 {
		t.Errorf("the new name: %+v", m)
	}
	if !ix.Remove("sdn/29242") || ix.Remove("sdn/29242") {
		t.Error("Remove reports a record it removed as absent, or one it already removed as present")
	}
	if m := first(t, ix, "Christopher Tang"); m.RecordID != "" {
		t.Errorf("a removed record matches: %+v", m)
	}
	if ms := search(t, ix, screening.Query{Identifier: "K12345678"}); len(ms) != 0 {
		t.Errorf("a removed record's passport matches: %+v", ms)
	}
	if err := ix.Put(screening.Record{ID: "sdn/29242", List: "us-ofac-sdn", Names: []screening.Name{{Text: "TANG, Chris"}}}); err != nil {
		t.Fatal(err)
	}
	if m := first(t, ix, "Chris Tang"); m.RecordID != "sdn/29242" {
		t.Errorf("a record put back: %+v", m)
	}
}

func TestInvalidInput(t *testing.T) {
	ix := smallIndex(t)
	for _, c := range []struct {
		q     screening.Query
		field string
		rule  string
	}{
		{screening.Query{}, "name", "field.required"},
		{screening.Query{Name: " -- ,. "}, "name", "screening.name_without_letters"},
		{screening.Query{Name: strings.Repeat("a", screening.MaxNameLength+1)}, "name", "screening.name_too_long"},
		{screening.Query{Name: "x", Limit: -1}, "limit", "screening.limit_out_of_range"},
		{screening.Query{Name: "x", Limit: screening.MaxLimit + 1}, "limit", "screening.limit_out_of_range"},
		{screening.Query{Name: "x", Threshold: 1.5}, "threshold", "screening.threshold_out_of_range"},
		{screening.Query{Name: "x", Schema: "Dog"}, "schema", "field.not_allowed"},
		{screening.Query{Name: "x", BirthDate: screening.Date{Year: 1965, Month: 13}}, "birthDate", "field.invalid_date"},
	} {
		ms, err := ix.Search(c.q)
		if !errors.Is(err, domain.ErrInvalid) || ms != nil {
			t.Errorf("%+v: %v, %v; want an invalid error and no match", c.q, ms, err)
			continue
		}
		res := domain.RuleErrors(err)
		if len(res) != 1 || res[0].Field != c.field || res[0].Rule != c.rule {
			t.Errorf("%+v: %v, want field %s rule %s", c.q, err, c.field, c.rule)
		}
	}
	for _, r := range []screening.Record{
		{Names: []screening.Name{{Text: "x"}}},
		{ID: "a"},
		{ID: "a", Names: []screening.Name{{Text: "..."}}},
		{ID: "a", Names: []screening.Name{{Text: "x", Kind: "nickname"}}},
	} {
		if err := ix.Put(r); !errors.Is(err, domain.ErrInvalid) {
			t.Errorf("put %+v: %v, want an invalid error", r, err)
		}
	}
	if ix.Len() != 11 {
		t.Errorf("refused records changed the index: %d records", ix.Len())
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"TANG, Chris":            "tang chris",
		"O'Brien":                "obrien",
		"CO., LTD.":              "co ltd",
		"S.A. de C.V.":           "sa de cv",
		"Straße Ørsted Łódź":     "strasse orsted lodz",
		"ＡＢＣ":                    "abc",
		"Мухаммад Юсуф":          "mukhammad yusuf",
		"金正恩":                    "金 正 恩",
		"أَبُو بَكْر":            "ابو بكر",
		"AL-QA'IDA":              "al qaida",
		"ʿAbd al-ʿAziz":          "abd al aziz",
		"  spaced \t out  ":      "spaced out",
		"Kim Jong-un (a.k.a. X)": "kim jong un aka x",
		"İstanbul Kılıç":         "istanbul kilic",
	} {
		if got := screening.NormalizedString(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDates(t *testing.T) {
	for _, s := range []string{"1965", "1965-07", "1965-07-04", "~1961"} {
		d, err := screening.ParseDate(s)
		if err != nil || d.String() != s {
			t.Errorf("ParseDate(%q) = %v, %v", s, d, err)
		}
	}
	for _, s := range []string{"65", "1965-7", "1965-13", "1965-07-32", "x965", "1965-07-04-01"} {
		if _, err := screening.ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) accepted", s)
		}
	}
}

// TestConcurrentSearchAndUpdate runs searches while records are replaced
// and removed (run with -race).
func TestConcurrentSearchAndUpdate(t *testing.T) {
	ix := smallIndex(t)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if w == 0 {
					id := fmt.Sprintf("new/%d", i%20)
					if err := ix.Put(screening.Record{ID: id, Names: []screening.Name{{Text: fmt.Sprintf("Chris Tang %d", i)}}}); err != nil {
						t.Error(err)
						return
					}
					if i%3 == 0 {
						ix.Remove(id)
					}
					continue
				}
				if _, err := ix.Search(screening.Query{Name: "Chris Tang", Threshold: -1}); err != nil {
					t.Error(err)
					return
				}
			}
		}(w)
	}
	wg.Wait()
	ms := search(t, ix, screening.Query{Name: "Chris Tang", Limit: screening.MaxLimit, Threshold: -1})
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.RecordID
	}
	if !slices.Contains(ids, "sdn/29242") {
		t.Errorf("after concurrent updates Chris Tang is not found: %v", ids)
	}
}

func TestFromFTM(t *testing.T) {
	props := map[string][]string{
		"name":           {"KIM JONG SIK", "KIM CHONG SIK"},
		"alias":          {"김정식", "Kim Jong-sik"},
		"weakAlias":      {"Mr. Kim"},
		"previousName":   {"KIM JONG SUK"},
		"birthDate":      {"1965-07-04", "1961~", "1960/1962", "not a date"},
		"nationality":    {"North Korea"},
		"passportNumber": {"PD 123456"},
	}
	r := screening.FromFTM("un/KPi.001", "un-sc-consolidated", "Airplane", []string{"DPRK"}, func(p string) []string { return props[p] })
	var kinds []string
	for _, n := range r.Names {
		kinds = append(kinds, n.Text+"="+string(n.Kind))
	}
	want := []string{"KIM JONG SIK=primary", "KIM CHONG SIK=alias", "김정식=original-script", "Kim Jong-sik=alias", "KIM JONG SUK=previous", "Mr. Kim=weak"}
	if !slices.Equal(kinds, want) {
		t.Errorf("names %v, want %v", kinds, want)
	}
	var dates []string
	for _, d := range r.BirthDates {
		dates = append(dates, d.String())
	}
	if !slices.Equal(dates, []string{"1965-07-04", "~1961", "~1960"}) {
		t.Errorf("birth dates %v", dates)
	}
	if r.Schema != screening.SchemaAircraft || len(r.Countries) != 1 || len(r.Identifiers) != 1 || r.Identifiers[0].Value != "PD 123456" {
		t.Errorf("schema %s, countries %v, identifiers %v", r.Schema, r.Countries, r.Identifiers)
	}
}

func TestEmptyIndex(t *testing.T) {
	ix := screening.NewIndex()
	for _, q := range []string{"Chris Tang", "Ltd", "金正恩"} {
		if ms := search(t, ix, screening.Query{Name: q, Threshold: -1}); len(ms) != 0 {
			t.Errorf("%q in an empty index: %+v", q, ms)
		}
	}
}
