package domain_test

import (
	"slices"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

func TestDesignateParty(t *testing.T) {
	tests := []struct {
		name          string
		given         []domain.Event
		measureExists bool
		when          func(*domain.DesignateParty)
		then          []want
	}{
		{name: "designated under a recorded measure", measureExists: true},
		{name: "designated without naming a measure", when: func(c *domain.DesignateParty) { c.MeasureID = "" }},
		{name: "with a savings clause", measureExists: true, when: func(c *domain.DesignateParty) { c.SavingsClauseUntil = day("2023-01-16") }},
		{name: "a savings clause ending on the effective date", measureExists: true, when: func(c *domain.DesignateParty) { c.SavingsClauseUntil = c.EffectiveOn }},
		{name: "terms are optional", measureExists: true, when: func(c *domain.DesignateParty) {
			c.LicenceRequirement, c.ReviewPolicy, c.Footnotes = "", "", nil
		}},
		{name: "effective in the future", measureExists: true, when: func(c *domain.DesignateParty) { c.EffectiveOn = day("2027-01-01") }},
		{name: "a listed entry with its properties and an undated listing", measureExists: true, when: func(c *domain.DesignateParty) {
			c.Party.Schema = "Organization"
			c.Party.Properties = []domain.Property{{Name: "alias", Values: []string{"YMTC"}}, {Name: "name", Values: []string{c.Party.Name}}}
			c.ListEntryID, c.Programs, c.Remarks, c.Raw = "12345", []string{"CMIC-EO13959"}, "Linked To: X.", `12345,"YANGTZE MEMORY"`
			c.EffectiveNotBefore = day("2022-12-01")
		}},
		{name: "party schema unknown", measureExists: true, when: func(c *domain.DesignateParty) { c.Party.Schema = "Ship" },
			then: []want{invalid("field.not_allowed", "party.schema")}},
		{name: "party properties malformed, out of order, empty", measureExists: true, when: func(c *domain.DesignateParty) {
			c.Party.Properties = []domain.Property{{Name: "name", Values: []string{"A"}}, {Name: "alias", Values: []string{" "}}, {Name: "Birth Date", Values: nil}}
		}, then: []want{invalid("property.order", "party.properties[1].name"), required("party.properties[1].values[0]"),
			invalid("property.malformed", "party.properties[2].name"), invalid("property.order", "party.properties[2].name"), invalid("property.empty", "party.properties[2].values")}},
		{name: "listing bounded after its date", measureExists: true, when: func(c *domain.DesignateParty) { c.EffectiveNotBefore = day("2022-12-17") },
			then: []want{invalid("dates.out_of_order", "effectiveOn")}},
		{name: "empty program", measureExists: true, when: func(c *domain.DesignateParty) { c.Programs = []string{"SDGT", ""} }, then: []want{required("programs[1]")}},

		{name: "designationId required", measureExists: true, when: func(c *domain.DesignateParty) { c.DesignationID = "" }, then: []want{required("designationId")}},
		{name: "designationId malformed", measureExists: true, when: func(c *domain.DesignateParty) { c.DesignationID = "EL: YMTC" },
			then: []want{invalid("id.malformed", "designationId")}},
		{name: "party required", measureExists: true, when: func(c *domain.DesignateParty) { c.Party = domain.Party{} },
			then: []want{required("party.id"), required("party.name")}},
		{name: "party jurisdiction malformed", measureExists: true, when: func(c *domain.DesignateParty) { c.Party.Jurisdiction = "PRC" },
			then: []want{invalid("jurisdiction.malformed", "party.jurisdiction")}},
		{name: "list required", measureExists: true, when: func(c *domain.DesignateParty) { c.List = "" }, then: []want{required("list")}},
		{name: "list authority required", measureExists: true, when: func(c *domain.DesignateParty) { c.ListAuthority = domain.Authority{} },
			then: []want{required("listAuthority.id"), required("listAuthority.name"), required("listAuthority.jurisdiction")}},
		{name: "effectiveOn required", measureExists: true, when: func(c *domain.DesignateParty) { c.EffectiveOn = domain.Date{} }, then: []want{required("effectiveOn")}},
		{name: "instrument title required", measureExists: true, when: func(c *domain.DesignateParty) { c.Instrument.Title = "" }, then: []want{required("instrument.title")}},
		{name: "savings clause before the designation", measureExists: true, when: func(c *domain.DesignateParty) { c.SavingsClauseUntil = day("2022-12-15") },
			then: []want{invalid("dates.out_of_order", "savingsClauseUntil")}},
		{name: "measureId malformed", when: func(c *domain.DesignateParty) { c.MeasureID = "87 FR 77505" }, then: []want{invalid("id.malformed", "measureId")}},
		{name: "sources required", measureExists: true, when: func(c *domain.DesignateParty) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "measure not found", then: []want{notFound("measure.not_found", "measureId")}},
		{name: "designation already exists", measureExists: true, given: []domain.Event{domain.PartyDesignated(ymtcDesignate())},
			then: []want{conflict("designation.already_exists", "designationId")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := given[domain.Designation](tt.given...)
			cmd := ymtcDesignate()
			if tt.when != nil {
				tt.when(&cmd)
			}
			got, err := d.Designate(cmd, tt.measureExists, now)
			if tt.then == nil {
				thenEvents(t, got, err, domain.PartyDesignated(cmd))
				return
			}
			thenRules(t, got, err, tt.then...)
		})
	}
}

func TestAmendDesignation(t *testing.T) {
	ymtc := domain.PartyDesignated(ymtcDesignate()) // effective 2022-12-16
	delisted := domain.PartyDelisted(delistYMTC())  // from 2024-01-01
	runCases(t, amendYMTC, func(d *domain.Designation, c domain.AmendDesignation) ([]domain.Event, error) {
		return d.Amend(c, now)
	}, func(c domain.AmendDesignation) domain.Event { return domain.DesignationAmended(c) }, []tcase[domain.AmendDesignation]{
		{name: "review policy changed", given: []domain.Event{ymtc}},
		{name: "licence requirement changed", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) {
			c.ReviewPolicy, c.LicenceRequirement = "", "All items subject to the EAR, including EAR99"
		}},
		{name: "footnotes changed", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) { c.ReviewPolicy, c.Footnotes = "", []string{"4", "5"} }},
		{name: "on the designation's effective date", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) { c.EffectiveOn = day("2022-12-16") }},
		{name: "a listed entry's fields changed", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) {
			c.ReviewPolicy = ""
			c.Changes = []domain.FieldChange{{Field: "properties.alias", New: []string{"YMTC"}}, {Field: "programs", Old: []string{"A"}, New: []string{"A", "B"}}}
		}},
		{name: "only the raw entry changed", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) { c.ReviewPolicy, c.Raw = "", "12345,\"YMTC\"" }},
		{name: "a change to the same values, twice, of an unknown field", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) {
			c.Changes = []domain.FieldChange{{Field: "remarks", Old: []string{"x"}, New: []string{"x"}}, {Field: "remarks", New: []string{"y"}}, {Field: "colour", New: []string{"red"}}}
		}, then: []want{invalid("change.none", "changes[0]"), invalid("change.duplicate", "changes[1].field"), invalid("field.not_allowed", "changes[2].field")}},
		{name: "the day before the party is delisted", given: []domain.Event{ymtc, delisted}, when: func(c *domain.AmendDesignation) { c.EffectiveOn = day("2023-12-31") }},

		{name: "designationId required", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) { c.DesignationID = "" }, then: []want{required("designationId")}},
		{name: "amendmentId required", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) { c.AmendmentID = "" }, then: []want{required("amendmentId")}},
		{name: "effectiveOn required", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) { c.EffectiveOn = domain.Date{} }, then: []want{required("effectiveOn")}},
		{name: "instrument title required", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) { c.Instrument.Title = "" }, then: []want{required("instrument.title")}},
		{name: "summary required", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) { c.Summary = "" }, then: []want{required("summary")}},
		{name: "an amendment that changes nothing", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) { c.ReviewPolicy = "" },
			then: []want{invalid("amendment.empty", "")}},
		{name: "sources required", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "designation not found", then: []want{notFound("designation.not_found", "designationId")}},
		{name: "designation retracted", given: []domain.Event{ymtc, retraction(domain.KindDesignation, "US-EL-YMTC")}, then: []want{retractedRule}},
		{name: "amendment already recorded", given: []domain.Event{ymtc, domain.DesignationAmended(amendYMTC())},
			when: func(c *domain.AmendDesignation) { c.EffectiveOn = day("2023-07-01") },
			then: []want{conflict("amendment.duplicate", "amendmentId")}},
		{name: "before the designation", given: []domain.Event{ymtc}, when: func(c *domain.AmendDesignation) { c.EffectiveOn = day("2022-12-15") },
			then: []want{invalid("dates.out_of_order", "effectiveOn")}},
		{name: "on the day the party is delisted", given: []domain.Event{ymtc, delisted}, when: func(c *domain.AmendDesignation) { c.EffectiveOn = day("2024-01-01") },
			then: []want{invalid("designation.delisted", "effectiveOn")}},
	})
}

func TestDelistParty(t *testing.T) {
	ymtc := domain.PartyDesignated(ymtcDesignate()) // effective 2022-12-16
	runCases(t, delistYMTC, func(d *domain.Designation, c domain.DelistParty) ([]domain.Event, error) {
		return d.Delist(c, now)
	}, func(c domain.DelistParty) domain.Event { return domain.PartyDelisted(c) }, []tcase[domain.DelistParty]{
		{name: "delisted", given: []domain.Event{ymtc}},
		{name: "delisted after an amendment", given: []domain.Event{ymtc, domain.DesignationAmended(amendYMTC())}},
		{name: "delisted on the day it took effect", given: []domain.Event{ymtc}, when: func(c *domain.DelistParty) { c.EffectiveOn = day("2022-12-16") }},

		{name: "designationId required", given: []domain.Event{ymtc}, when: func(c *domain.DelistParty) { c.DesignationID = "" }, then: []want{required("designationId")}},
		{name: "effectiveOn required", given: []domain.Event{ymtc}, when: func(c *domain.DelistParty) { c.EffectiveOn = domain.Date{} }, then: []want{required("effectiveOn")}},
		{name: "instrument title required", given: []domain.Event{ymtc}, when: func(c *domain.DelistParty) { c.Instrument.Title = "" }, then: []want{required("instrument.title")}},
		{name: "sources required", given: []domain.Event{ymtc}, when: func(c *domain.DelistParty) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "designation not found", then: []want{notFound("designation.not_found", "designationId")}},
		{name: "designation retracted", given: []domain.Event{ymtc, retraction(domain.KindDesignation, "US-EL-YMTC")}, then: []want{retractedRule}},
		{name: "already delisted", given: []domain.Event{ymtc, domain.PartyDelisted(delistYMTC())},
			when: func(c *domain.DelistParty) { c.EffectiveOn = day("2025-01-01") },
			then: []want{conflict("designation.already_delisted", "designationId")}},
		{name: "delisted before the designation", given: []domain.Event{ymtc}, when: func(c *domain.DelistParty) { c.EffectiveOn = day("2022-12-01") },
			then: []want{invalid("dates.out_of_order", "effectiveOn")}},
	})
}

func TestDesignationStatusAt(t *testing.T) {
	// AMEND-1 changes the review policy from 2023-06-01; AMEND-2 (recorded
	// first, hypothetical) the licence requirement and footnotes from
	// 2023-09-01. Each term holds from its own amendment's date.
	second := amendYMTC()
	second.AmendmentID, second.EffectiveOn, second.ReviewPolicy = "AMEND-2", day("2023-09-01"), ""
	second.LicenceRequirement, second.Footnotes = "All items subject to the EAR, under the foreign-direct-product rules", []string{"4", "5"}
	d := given[domain.Designation](domain.PartyDesignated(ymtcDesignate()), domain.DesignationAmended(second), domain.DesignationAmended(amendYMTC()),
		domain.PartyDelisted(delistYMTC()))
	const before, after = "All items subject to the EAR", "All items subject to the EAR, under the foreign-direct-product rules"
	for _, tt := range []struct {
		on, status, licence, policy string
		footnotes                   []string
	}{
		{"2022-12-15", domain.StatusNotYetDesignated, before, "Presumption of denial", []string{"4"}},
		{"2022-12-16", domain.StatusDesignated, before, "Presumption of denial", []string{"4"}},
		{"2023-05-31", domain.StatusDesignated, before, "Presumption of denial", []string{"4"}},
		{"2023-06-01", domain.StatusDesignated, before, "Case-by-case review", []string{"4"}},
		{"2023-09-01", domain.StatusDesignated, after, "Case-by-case review", []string{"4", "5"}},
		{"2023-12-31", domain.StatusDesignated, after, "Case-by-case review", []string{"4", "5"}},
		{"2024-01-01", domain.StatusDelisted, after, "Case-by-case review", []string{"4", "5"}},
	} {
		status, terms := d.StatusAt(day(tt.on))
		if status != tt.status || terms.ReviewPolicy != tt.policy || terms.LicenceRequirement != tt.licence || !slices.Equal(terms.Footnotes, tt.footnotes) {
			t.Errorf("StatusAt(%s) = %s %+v, want %s with %q, %q, %v", tt.on, status, terms, tt.status, tt.licence, tt.policy, tt.footnotes)
		}
	}
	if status, terms := given[domain.Designation]().StatusAt(day("2023-01-01")); status != domain.StatusNotYetDesignated || terms.ReviewPolicy != "" {
		t.Errorf("StatusAt of an unknown designation = %s %+v", status, terms)
	}
}

func TestListingAt(t *testing.T) {
	designated := ymtcDesignate()
	designated.Party.Schema = "Organization"
	designated.Party.Properties = []domain.Property{{Name: "alias", Values: []string{"YMTC"}}, {Name: "name", Values: []string{"YANGTZE MEMORY"}}}
	designated.Programs = []string{"P1"}
	amended := amendYMTC()
	amended.EffectiveOn = day("2023-06-01")
	amended.Changes = []domain.FieldChange{
		{Field: "properties.name", Old: []string{"YANGTZE MEMORY"}, New: []string{"YANGTZE MEMORY TECHNOLOGIES"}},
		{Field: "properties.alias", Old: []string{"YMTC"}},
		{Field: "properties.previousName", New: []string{"YANGTZE MEMORY"}},
		{Field: "programs", Old: []string{"P1"}, New: []string{"P1", "P2"}},
		{Field: "remarks", New: []string{"Linked To: X."}},
	}
	d := given[domain.Designation](domain.PartyDesignated(designated), domain.DesignationAmended(amended))

	before := d.ListingAt(day("2023-05-31"))
	if before.Party.Name != "YANGTZE MEMORY" || !slices.Equal(before.Programs, []string{"P1"}) || before.Remarks != "" ||
		!slices.Equal(before.Party.Values("alias"), []string{"YMTC"}) {
		t.Errorf("before the amendment: %+v", before)
	}
	after := d.ListingAt(day("2023-06-01"))
	want := []domain.Property{{Name: "name", Values: []string{"YANGTZE MEMORY TECHNOLOGIES"}}, {Name: "previousName", Values: []string{"YANGTZE MEMORY"}}}
	if after.Party.Name != "YANGTZE MEMORY TECHNOLOGIES" || !slices.EqualFunc(after.Party.Properties, want, func(a, b domain.Property) bool {
		return a.Name == b.Name && slices.Equal(a.Values, b.Values)
	}) || !slices.Equal(after.Programs, []string{"P1", "P2"}) || after.Remarks != "Linked To: X." {
		t.Errorf("from the amendment: %+v", after)
	}
	if got := d.Designated.Party.Values("alias"); !slices.Equal(got, []string{"YMTC"}) {
		t.Errorf("ListingAt changed the recorded event: alias %v", got)
	}
}

// ListingChanges names exactly what differs, and amending the first
// listing with its changes gives the second.
func TestListingChangesAmendOneIntoTheOther(t *testing.T) {
	a := domain.Listing{Party: domain.Party{Schema: "Person", Properties: []domain.Property{
		{Name: "alias", Values: []string{"X"}}, {Name: "birthDate", Values: []string{"1965"}}, {Name: "name", Values: []string{"A B"}}}},
		Programs: []string{"P1"}}
	b := domain.Listing{Party: domain.Party{Schema: "Person", Properties: []domain.Property{
		{Name: "birthDate", Values: []string{"1965-07-04"}}, {Name: "name", Values: []string{"A B"}}, {Name: "nationality", Values: []string{"CN"}}}},
		Programs: []string{"P1", "P2"}, Remarks: "r"}
	changes := domain.ListingChanges(a, b)
	var fields []string
	for _, c := range changes {
		fields = append(fields, c.Field)
	}
	if want := []string{"programs", "remarks", "properties.alias", "properties.birthDate", "properties.nationality"}; !slices.Equal(fields, want) {
		t.Errorf("changes %v, want %v", fields, want)
	}
	got := a.Amended(changes)
	if !slices.EqualFunc(got.Party.Properties, b.Party.Properties, func(x, y domain.Property) bool {
		return x.Name == y.Name && slices.Equal(x.Values, y.Values)
	}) || !slices.Equal(got.Programs, b.Programs) || got.Remarks != b.Remarks || got.Party.Name != "A B" {
		t.Errorf("amended %+v, want %+v", got, b)
	}
	if len(domain.ListingChanges(b, b)) != 0 {
		t.Error("a listing differs from itself")
	}
}
