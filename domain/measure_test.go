package domain_test

import (
	"testing"

	"github.com/controlsledger/ledger/domain"
)

func decideAnnounce(m *domain.Measure, c domain.AnnounceMeasure) ([]domain.Event, error) {
	return m.Announce(c, now)
}

func TestAnnounceMeasure(t *testing.T) {
	runCases(t, acsAnnounce, decideAnnounce, func(c domain.AnnounceMeasure) domain.Event { return domain.MeasureAnnounced(c) }, []tcase[domain.AnnounceMeasure]{
		{name: "staged rule is recorded"},
		{name: "country-neutral measure needs no affected jurisdiction", when: func(c *domain.AnnounceMeasure) {
			c.Affected, c.CountryNeutral = nil, true
		}},
		{name: "announced today is not in the future", when: func(c *domain.AnnounceMeasure) { c.AnnouncedOn = day("2026-01-01") }},
		{name: "provisions may take effect after today", when: func(c *domain.AnnounceMeasure) { c.Provisions[2].EffectiveOn = day("2027-01-01") }},
		{name: "a provision may be announced without a date", when: func(c *domain.AnnounceMeasure) { c.Provisions[2].EffectiveOn = domain.Date{} }},
		{name: "a date known to the month", when: func(c *domain.AnnounceMeasure) {
			c.Dates = append(c.Dates, domain.DatedFact{Kind: domain.DateCompliance, Date: day("2023-03-01"), Precision: "month"})
		}},
		{name: "a date known to the year", when: func(c *domain.AnnounceMeasure) {
			c.Dates = append(c.Dates, domain.DatedFact{Kind: domain.DateExpires, Date: day("2030-01-01"), Precision: "year"})
		}},
		{name: "a date of precision day", when: func(c *domain.AnnounceMeasure) { c.Dates[1].Precision = "day" }},
		{name: "a source cites a registered document", when: func(c *domain.AnnounceMeasure) { c.Sources[0].SourceID = "87-FR-62186" }},

		{name: "measureId required", when: func(c *domain.AnnounceMeasure) { c.MeasureID = "" }, then: []want{required("measureId")}},
		{name: "measureId malformed", when: func(c *domain.AnnounceMeasure) { c.MeasureID = "US 2022/ACS" }, then: []want{invalid("id.malformed", "measureId")}},
		{name: "measureId must start with a letter or digit", when: func(c *domain.AnnounceMeasure) { c.MeasureID = "-ACS" }, then: []want{invalid("id.malformed", "measureId")}},
		{name: "title required", when: func(c *domain.AnnounceMeasure) { c.Title = "  " }, then: []want{required("title")}},
		{name: "authority required", when: func(c *domain.AnnounceMeasure) { c.Authority = domain.Authority{} },
			then: []want{required("authority.id"), required("authority.name"), required("authority.jurisdiction")}},
		{name: "authority id malformed", when: func(c *domain.AnnounceMeasure) { c.Authority.ID = "US BIS" }, then: []want{invalid("id.malformed", "authority.id")}},
		{name: "authority jurisdiction malformed", when: func(c *domain.AnnounceMeasure) { c.Authority.Jurisdiction = "USA" },
			then: []want{invalid("jurisdiction.malformed", "authority.jurisdiction")}},
		{name: "implementing jurisdiction required", when: func(c *domain.AnnounceMeasure) { c.Implementing = "" }, then: []want{required("implementingJurisdiction")}},
		{name: "implementing jurisdiction in capitals", when: func(c *domain.AnnounceMeasure) { c.Implementing = "us" },
			then: []want{invalid("jurisdiction.malformed", "implementingJurisdiction")}},
		{name: "affected jurisdiction malformed", when: func(c *domain.AnnounceMeasure) { c.Affected[0].Jurisdiction = "China" },
			then: []want{invalid("jurisdiction.malformed", "affected[0].jurisdiction")}},
		{name: "affected jurisdiction required", when: func(c *domain.AnnounceMeasure) { c.Affected[0].Jurisdiction = "" }, then: []want{required("affected[0].jurisdiction")}},
		{name: "affected how required", when: func(c *domain.AnnounceMeasure) { c.Affected[0].How = "" }, then: []want{required("affected[0].how")}},
		{name: "affected how not allowed", when: func(c *domain.AnnounceMeasure) {
			c.Affected = append(c.Affected, domain.AffectedJurisdiction{Jurisdiction: "RU", How: "sanctioned"})
		}, then: []want{invalid("field.not_allowed", "affected[1].how")}},
		{name: "affected required unless country-neutral", when: func(c *domain.AnnounceMeasure) { c.Affected = nil },
			then: []want{invalid("affected.required", "affected")}},
		{name: "measureType required", when: func(c *domain.AnnounceMeasure) { c.MeasureType = "" }, then: []want{required("measureType")}},
		{name: "measureType not allowed", when: func(c *domain.AnnounceMeasure) { c.MeasureType = "sanction" },
			then: []want{invalid("field.not_allowed", "measureType")}},
		{name: "items required", when: func(c *domain.AnnounceMeasure) { c.Items = nil }, then: []want{invalid("items.required", "items")}},
		{name: "item description required", when: func(c *domain.AnnounceMeasure) { c.Items[1].Description = "" }, then: []want{required("items[1].description")}},
		{name: "provisions required", when: func(c *domain.AnnounceMeasure) { c.Provisions = nil }, then: []want{invalid("provisions.required", "provisions")}},
		{name: "provision id and title required", when: func(c *domain.AnnounceMeasure) { c.Provisions[1] = domain.Provision{} },
			then: []want{required("provisions[1].id"), required("provisions[1].title")}},
		{name: "provision id malformed", when: func(c *domain.AnnounceMeasure) { c.Provisions[1].ID = "744.6 US persons" },
			then: []want{invalid("id.malformed", "provisions[1].id")}},
		{name: "provision id duplicate", when: func(c *domain.AnnounceMeasure) { c.Provisions[2].ID = c.Provisions[0].ID },
			then: []want{invalid("provision.duplicate", "provisions[2].id")}},
		{name: "instrument title required", when: func(c *domain.AnnounceMeasure) { c.Instrument.Title = "" }, then: []want{required("instrument.title")}},
		{name: "announcedOn required", when: func(c *domain.AnnounceMeasure) { c.AnnouncedOn = domain.Date{} }, then: []want{required("announcedOn")}},
		{name: "announcedOn in the future", when: func(c *domain.AnnounceMeasure) { c.AnnouncedOn = day("2026-01-02") },
			then: []want{invalid("date.in_future", "announcedOn")}},
		{name: "date kind required", when: func(c *domain.AnnounceMeasure) { c.Dates[1].Kind = "" }, then: []want{required("dates[1].kind")}},
		{name: "date kind not allowed", when: func(c *domain.AnnounceMeasure) { c.Dates[1].Kind = "gazetted" },
			then: []want{invalid("field.not_allowed", "dates[1].kind")}},
		{name: "date required", when: func(c *domain.AnnounceMeasure) { c.Dates[2].Date = domain.Date{} }, then: []want{required("dates[2].date")}},
		{name: "date precision not allowed", when: func(c *domain.AnnounceMeasure) { c.Dates[1].Precision = "week" },
			then: []want{invalid("field.not_allowed", "dates[1].precision")}},
		{name: "a month is given by its first day", when: func(c *domain.AnnounceMeasure) { c.Dates[1].Precision = "month" },
			then: []want{invalid("date.precision", "dates[1].date")}},
		{name: "a year is given by its first day", when: func(c *domain.AnnounceMeasure) {
			c.Dates[1].Date, c.Dates[1].Precision = day("2022-10-01"), "year"
		}, then: []want{invalid("date.precision", "dates[1].date")}},
		{name: "sources required", when: func(c *domain.AnnounceMeasure) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},
		{name: "source title and publisher required", when: func(c *domain.AnnounceMeasure) {
			c.Sources = append(c.Sources, domain.Source{Citation: "87 FR 74966"})
		}, then: []want{required("sources[1].title"), required("sources[1].publisher")}},
		{name: "source url without scheme", when: func(c *domain.AnnounceMeasure) { c.Sources[0].URL = "www.federalregister.gov/d/2022-21658" },
			then: []want{invalid("url.malformed", "sources[0].url")}},
		{name: "source url not http", when: func(c *domain.AnnounceMeasure) { c.Sources[0].URL = "ftp://example.org/rule.pdf" },
			then: []want{invalid("url.malformed", "sources[0].url")}},
		{name: "source url without host", when: func(c *domain.AnnounceMeasure) { c.Sources[0].URL = "https:///d/2022-21658" },
			then: []want{invalid("url.malformed", "sources[0].url")}},
		{name: "source id malformed", when: func(c *domain.AnnounceMeasure) { c.Sources[0].SourceID = "87 FR 62186" },
			then: []want{invalid("id.malformed", "sources[0].sourceId")}},

		{name: "measure already exists", given: []domain.Event{announced(acsAnnounce())},
			then: []want{conflict("measure.already_exists", "measureId")}},
		{name: "a retracted measure's ID stays taken", given: []domain.Event{announced(acsAnnounce()), retraction(domain.KindMeasure, "US-2022-ACS")},
			then: []want{conflict("measure.already_exists", "measureId")}},
		{name: "an invalid command is reported before the conflict", given: []domain.Event{announced(acsAnnounce())},
			when: func(c *domain.AnnounceMeasure) { c.Title = "" }, then: []want{required("title")}},
		{name: "several problems at once", when: func(c *domain.AnnounceMeasure) {
			c.MeasureID = ""
			c.Implementing = "usa"
			c.Provisions[1].Title = ""
			c.AnnouncedOn = day("2027-05-01")
			c.Sources = nil
		}, then: []want{
			required("measureId"),
			invalid("jurisdiction.malformed", "implementingJurisdiction"),
			required("provisions[1].title"),
			invalid("date.in_future", "announcedOn"),
			invalid("sources.required", "sources"),
		}},
	})
}

func TestSetProvisionEffective(t *testing.T) {
	nl := announced(nlUndated())
	amended := amendACS()
	amended.AddProvisions[1].EffectiveOn = domain.Date{}
	runCases(t, nlEffective, func(m *domain.Measure, c domain.SetProvisionEffective) ([]domain.Event, error) {
		return m.SetProvisionEffective(c, now)
	}, func(c domain.SetProvisionEffective) domain.Event { return domain.ProvisionEffective(c) }, []tcase[domain.SetProvisionEffective]{
		{name: "dated", given: []domain.Event{nl}},
		{name: "dated in the future", given: []domain.Event{nl}, when: func(c *domain.SetProvisionEffective) { c.EffectiveOn = day("2027-01-01") }},
		{name: "a provision added by an amendment", given: []domain.Event{announced(acsAnnounce()), domain.MeasureAmended(amended)},
			when: func(c *domain.SetProvisionEffective) {
				c.MeasureID, c.ProvisionID, c.EffectiveOn = "US-2022-ACS", "later", day("2024-02-01")
			}},

		{name: "measureId required", given: []domain.Event{nl}, when: func(c *domain.SetProvisionEffective) { c.MeasureID = "" }, then: []want{required("measureId")}},
		{name: "provisionId required", given: []domain.Event{nl}, when: func(c *domain.SetProvisionEffective) { c.ProvisionID = "" }, then: []want{required("provisionId")}},
		{name: "provisionId malformed", given: []domain.Event{nl}, when: func(c *domain.SetProvisionEffective) { c.ProvisionID = "art. 2" },
			then: []want{invalid("id.malformed", "provisionId")}},
		{name: "effectiveOn required", given: []domain.Event{nl}, when: func(c *domain.SetProvisionEffective) { c.EffectiveOn = domain.Date{} },
			then: []want{required("effectiveOn")}},
		{name: "instrument title required", given: []domain.Event{nl}, when: func(c *domain.SetProvisionEffective) { c.Instrument.Title = "" },
			then: []want{required("instrument.title")}},
		{name: "sources required", given: []domain.Event{nl}, when: func(c *domain.SetProvisionEffective) { c.Sources = nil },
			then: []want{invalid("sources.required", "sources")}},

		{name: "measure not found", then: []want{notFound("measure.not_found", "measureId")}},
		{name: "measure retracted", given: []domain.Event{nl, retraction(domain.KindMeasure, "NL-2023-SME")}, then: []want{retractedRule}},
		{name: "provision not found", given: []domain.Event{nl}, when: func(c *domain.SetProvisionEffective) { c.ProvisionID = "deposition" },
			then: []want{notFound("provision.not_found", "provisionId")}},
		{name: "provision announced with a date", given: []domain.Event{announced(acsAnnounce())}, when: func(c *domain.SetProvisionEffective) {
			c.MeasureID, c.ProvisionID = "US-2022-ACS", "us-persons"
		}, then: []want{conflict("provision.already_dated", "provisionId")}},
		{name: "provision already dated by an earlier notice", given: []domain.Event{nl, domain.ProvisionEffective(nlEffective())},
			when: func(c *domain.SetProvisionEffective) { c.EffectiveOn = day("2023-10-01") },
			then: []want{conflict("provision.already_dated", "provisionId")}},
		{name: "provision added with a date", given: []domain.Event{announced(acsAnnounce()), domain.MeasureAmended(amendACS())},
			when: func(c *domain.SetProvisionEffective) { c.MeasureID, c.ProvisionID = "US-2022-ACS", "later" },
			then: []want{conflict("provision.already_dated", "provisionId")}},
	})
}

func TestAmendMeasure(t *testing.T) {
	acs := announced(acsAnnounce())
	revoked := domain.MeasureRevoked(revokeACS()) // from 2023-06-01
	expired := domain.MeasureExpired(expireACS()) // on 2024-10-07
	amended := domain.MeasureAmended(amendACS())  // from 2023-11-17, ends "remaining"
	runCases(t, amendACS, func(m *domain.Measure, c domain.AmendMeasure) ([]domain.Event, error) {
		return m.Amend(c, now)
	}, func(c domain.AmendMeasure) domain.Event { return domain.MeasureAmended(c) }, []tcase[domain.AmendMeasure]{
		{name: "items, jurisdictions and provisions changed", given: []domain.Event{acs}},
		{name: "only moved dates", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.Items, c.Affected, c.AddProvisions, c.EndProvisions = nil, nil, nil, nil
			c.MoveDates = []domain.DateMove{{ProvisionID: "remaining", To: day("2024-01-01")}, {Kind: domain.DateCommentDeadline, To: day("2024-02-01")}}
		}},
		{name: "a moved date names nothing", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.MoveDates = []domain.DateMove{{To: day("2024-01-01")}}
		}, then: []want{invalid("field.required", "moveDates[0].kind")}},
		{name: "a moved provision date of another kind", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.MoveDates = []domain.DateMove{{ProvisionID: "remaining", Kind: domain.DateCompliance, To: day("2024-01-01")}}
		}, then: []want{invalid("value.unknown", "moveDates[0].kind")}},
		{name: "a moved date of a provision that does not exist", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.MoveDates = []domain.DateMove{{ProvisionID: "no-such", To: day("2024-01-01")}}
		}, then: []want{notFound("provision.not_found", "moveDates[0].provisionId")}},
		{name: "a moved date the measure does not carry", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.MoveDates = []domain.DateMove{{Kind: domain.DateCompliance, To: day("2024-01-01")}}
		}, then: []want{notFound("date.not_found", "moveDates[0].kind")}},
		{name: "a provision date moved into the amendment's past", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.MoveDates = []domain.DateMove{{ProvisionID: "us-persons", To: day("2023-11-16")}}
		}, then: []want{invalid("dates.out_of_order", "moveDates[0].to")}},
		{name: "with its announcement date", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.AnnouncedOn = day("2023-10-17") }},
		{name: "announced after it takes effect", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.AnnouncedOn = day("2023-12-01") }},
		{name: "announced in the future", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.AnnouncedOn = day("2026-01-02") },
			then: []want{invalid("date.in_future", "announcedOn")}},
		{name: "announced before the measure", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.AnnouncedOn = day("2022-10-06") },
			then: []want{invalid("dates.out_of_order", "announcedOn")}},
		{name: "only the items", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.Affected, c.AddProvisions, c.EndProvisions = nil, nil, nil
		}},
		{name: "only an ended provision", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.Items, c.Affected, c.AddProvisions = nil, nil, nil
		}},
		{name: "an added provision without a date", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.AddProvisions[1].EffectiveOn = domain.Date{} }},
		{name: "on the day the measure starts", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.EffectiveOn, c.AddProvisions[0].EffectiveOn = day("2022-10-07"), day("2022-10-07")
		}},
		{name: "the day before the revocation", given: []domain.Event{acs, revoked}, when: func(c *domain.AmendMeasure) {
			c.EffectiveOn, c.AddProvisions = day("2023-05-31"), nil
		}},
		{name: "a second amendment", given: []domain.Event{acs, amended}, when: func(c *domain.AmendMeasure) {
			c.AmendmentID, c.EffectiveOn = "AMEND-2", day("2024-02-01")
			c.AddProvisions = []domain.Provision{{ID: "third", Title: "A third provision", EffectiveOn: day("2024-02-01")}}
			c.EndProvisions = []string{"sme"}
		}},
		{name: "in the future", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.EffectiveOn, c.AddProvisions = day("2027-01-01"), nil
		}},

		{name: "measureId required", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.MeasureID = "" }, then: []want{required("measureId")}},
		{name: "amendmentId required", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.AmendmentID = "" }, then: []want{required("amendmentId")}},
		{name: "amendmentId malformed", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.AmendmentID = "88 FR 73458" },
			then: []want{invalid("id.malformed", "amendmentId")}},
		{name: "effectiveOn required", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.EffectiveOn = domain.Date{} },
			then: []want{required("effectiveOn")}},
		{name: "instrument title required", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.Instrument.Title = "" },
			then: []want{required("instrument.title")}},
		{name: "summary required", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.Summary = "" }, then: []want{required("summary")}},
		{name: "item description required", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.Items[2].Description = "" },
			then: []want{required("items[2].description")}},
		{name: "affected jurisdiction malformed", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.Affected[1].Jurisdiction = "Macau" },
			then: []want{invalid("jurisdiction.malformed", "affected[1].jurisdiction")}},
		{name: "affected how not allowed", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.Affected[1].How = "embargoed" },
			then: []want{invalid("field.not_allowed", "affected[1].how")}},
		{name: "an amendment that changes nothing", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.Items, c.Affected, c.AddProvisions, c.EndProvisions = nil, nil, nil, nil
		}, then: []want{invalid("amendment.empty", "")}},
		{name: "sources required", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "measure not found", then: []want{notFound("measure.not_found", "measureId")}},
		{name: "measure retracted", given: []domain.Event{acs, retraction(domain.KindMeasure, "US-2022-ACS")}, then: []want{retractedRule}},
		{name: "amendment already recorded", given: []domain.Event{acs, amended}, when: func(c *domain.AmendMeasure) {
			c.EffectiveOn, c.AddProvisions, c.EndProvisions = day("2024-02-01"), nil, nil
		}, then: []want{conflict("amendment.duplicate", "amendmentId")}},
		{name: "before the measure starts", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.EffectiveOn, c.AddProvisions = day("2022-10-06"), nil
		}, then: []want{invalid("dates.out_of_order", "effectiveOn")}},
		{name: "on the revocation date", given: []domain.Event{acs, revoked}, when: func(c *domain.AmendMeasure) {
			c.EffectiveOn, c.AddProvisions = day("2023-06-01"), nil
		}, then: []want{invalid("measure.revoked", "effectiveOn")}},
		{name: "after the revocation", given: []domain.Event{acs, revoked}, then: []want{invalid("measure.revoked", "effectiveOn")}},
		{name: "after the expiry", given: []domain.Event{acs, expired}, when: func(c *domain.AmendMeasure) {
			c.EffectiveOn, c.AddProvisions = day("2024-12-01"), nil
		}, then: []want{invalid("measure.expired", "effectiveOn")}},
		{name: "an added provision takes an announced provision's id", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.AddProvisions[1].ID = "us-persons"
		}, then: []want{invalid("provision.duplicate", "addProvisions[1].id")}},
		{name: "an added provision takes an earlier added provision's id", given: []domain.Event{acs, amended}, when: func(c *domain.AmendMeasure) {
			c.AmendmentID, c.EffectiveOn, c.EndProvisions = "AMEND-2", day("2024-02-01"), nil
			c.AddProvisions = []domain.Provision{{ID: "sme", Title: "Again", EffectiveOn: day("2024-02-01")}}
		}, then: []want{invalid("provision.duplicate", "addProvisions[0].id")}},
		{name: "two added provisions with one id", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.AddProvisions[1].ID = c.AddProvisions[0].ID
		}, then: []want{invalid("provision.duplicate", "addProvisions[1].id")}},
		{name: "added provision id and title required", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.AddProvisions[0].ID, c.AddProvisions[0].Title = "", ""
		}, then: []want{required("addProvisions[0].id"), required("addProvisions[0].title")}},
		{name: "added provision id malformed", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) { c.AddProvisions[0].ID = "§ 744.23" },
			then: []want{invalid("id.malformed", "addProvisions[0].id")}},
		{name: "an added provision before the amendment", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.AddProvisions[1].EffectiveOn = day("2023-11-16")
		}, then: []want{invalid("dates.out_of_order", "addProvisions[1].effectiveOn")}},
		{name: "an ended provision that does not exist", given: []domain.Event{acs}, when: func(c *domain.AmendMeasure) {
			c.EndProvisions = []string{"remaining", "744.23"}
		}, then: []want{notFound("provision.not_found", "endProvisions[1]")}},
		{name: "an ended provision that an earlier amendment ended", given: []domain.Event{acs, amended}, when: func(c *domain.AmendMeasure) {
			c.AmendmentID, c.EffectiveOn, c.AddProvisions = "AMEND-2", day("2024-02-01"), nil
		}, then: []want{invalid("provision.already_ended", "endProvisions[0]")}},
		{name: "several rule problems at once", given: []domain.Event{acs, revoked}, when: func(c *domain.AmendMeasure) {
			c.AddProvisions[0].ID = "remaining"
			c.AddProvisions[1].EffectiveOn = day("2023-01-01")
			c.EndProvisions = []string{"nope"}
		}, then: []want{
			invalid("measure.revoked", "effectiveOn"),
			invalid("provision.duplicate", "addProvisions[0].id"),
			invalid("dates.out_of_order", "addProvisions[1].effectiveOn"),
			notFound("provision.not_found", "endProvisions[0]"),
		}},
	})
}

func TestSuspendMeasure(t *testing.T) {
	acs := announced(acsAnnounce())
	revoked := domain.MeasureRevoked(revokeACS()) // from 2023-06-01
	expired := domain.MeasureExpired(expireACS()) // on 2024-10-07
	runCases(t, suspendUSPersons, func(m *domain.Measure, c domain.SuspendMeasure) ([]domain.Event, error) {
		return m.Suspend(c, now)
	}, func(c domain.SuspendMeasure) domain.Event { return domain.MeasureSuspended(c) }, []tcase[domain.SuspendMeasure]{
		{name: "one provision for a fixed period", given: []domain.Event{acs}},
		{name: "whole measure, open-ended", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) {
			c.ProvisionIDs, c.Until = nil, domain.Date{}
		}},
		{name: "from the provision's effective date", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) {
			c.From, c.Until = day("2022-10-12"), domain.Date{}
		}},
		{name: "until the day before the revocation", given: []domain.Event{acs, revoked}, when: func(c *domain.SuspendMeasure) {
			c.From, c.Until = day("2023-05-31"), domain.Date{}
		}},
		{name: "the day before the expiry", given: []domain.Event{acs, expired}, when: func(c *domain.SuspendMeasure) {
			c.From, c.Until = day("2024-10-06"), domain.Date{}
		}},
		{name: "a second suspension with another id", given: []domain.Event{acs, domain.MeasureSuspended(suspendUSPersons())},
			when: func(c *domain.SuspendMeasure) {
				c.SuspensionID = "SUSP-2"
				c.From, c.Until = day("2023-03-01"), day("2023-04-01")
			}},
		{name: "a provision dated by a later notice", given: []domain.Event{announced(nlUndated()), domain.ProvisionEffective(nlEffective())},
			when: func(c *domain.SuspendMeasure) {
				c.MeasureID, c.ProvisionIDs, c.From, c.Until = "NL-2023-SME", nil, day("2023-09-01"), domain.Date{}
			}},
		{name: "a provision added by an amendment", given: []domain.Event{acs, domain.MeasureAmended(amendACS())},
			when: func(c *domain.SuspendMeasure) {
				c.ProvisionIDs, c.From, c.Until = []string{"sme"}, day("2023-12-01"), domain.Date{}
			}},
		{name: "the whole measure, once a provision has ended", given: []domain.Event{acs, domain.MeasureAmended(amendACS())},
			when: func(c *domain.SuspendMeasure) {
				c.ProvisionIDs, c.From, c.Until = nil, day("2024-02-01"), domain.Date{}
			}},

		{name: "measureId required", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.MeasureID = "" }, then: []want{required("measureId")}},
		{name: "measureId malformed", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.MeasureID = "US-2022-ACS?" },
			then: []want{invalid("id.malformed", "measureId")}},
		{name: "suspensionId required", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.SuspensionID = "" }, then: []want{required("suspensionId")}},
		{name: "from required", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.From = domain.Date{} }, then: []want{required("from")}},
		{name: "until equal to from", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.Until = c.From },
			then: []want{invalid("dates.out_of_order", "until")}},
		{name: "until before from", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.Until = day("2022-12-31") },
			then: []want{invalid("dates.out_of_order", "until")}},
		{name: "sources required", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},
		{name: "source url malformed", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) { c.Sources[0].URL = "not a url" },
			then: []want{invalid("url.malformed", "sources[0].url")}},

		{name: "measure not found", then: []want{notFound("measure.not_found", "measureId")}},
		{name: "measure retracted", given: []domain.Event{acs, retraction(domain.KindMeasure, "US-2022-ACS")}, then: []want{retractedRule}},
		{name: "suspension id already used", given: []domain.Event{acs, domain.MeasureSuspended(suspendUSPersons())},
			when: func(c *domain.SuspendMeasure) { c.From, c.Until = day("2023-03-01"), day("2023-04-01") },
			then: []want{conflict("suspension.duplicate", "suspensionId")}},
		{name: "provision not found", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) {
			c.ProvisionIDs = []string{"us-persons", "744.23"}
		}, then: []want{notFound("provision.not_found", "provisionIds[1]")}},
		{name: "provision not yet in force", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) {
			c.From, c.Until = day("2022-10-10"), day("2022-11-01")
		}},
		{name: "provision without an effective date", given: []domain.Event{announced(nlUndated())}, when: func(c *domain.SuspendMeasure) {
			c.MeasureID, c.ProvisionIDs, c.From, c.Until = "NL-2023-SME", []string{"licensing"}, day("2023-09-01"), domain.Date{}
		}},
		{name: "provision ended by an amendment", given: []domain.Event{acs, domain.MeasureAmended(amendACS())}, when: func(c *domain.SuspendMeasure) {
			c.ProvisionIDs, c.From, c.Until = []string{"remaining"}, day("2023-11-17"), domain.Date{}
		}, then: []want{invalid("measure.not_in_force", "from")}},
		{name: "whole measure before its last provision takes effect", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) {
			c.ProvisionIDs, c.From, c.Until = nil, day("2022-10-15"), domain.Date{}
		}},
		{name: "measure revoked on the start date", given: []domain.Event{acs, revoked}, when: func(c *domain.SuspendMeasure) {
			c.From, c.Until = day("2023-06-01"), domain.Date{}
		}, then: []want{invalid("measure.revoked", "from")}},
		{name: "measure revoked before the start date", given: []domain.Event{acs, revoked}, when: func(c *domain.SuspendMeasure) {
			c.From, c.Until = day("2023-07-01"), day("2023-08-01")
		}, then: []want{invalid("measure.revoked", "from")}},
		{name: "measure expired", given: []domain.Event{acs, expired}, when: func(c *domain.SuspendMeasure) {
			c.From, c.Until = day("2024-10-07"), domain.Date{}
		}, then: []want{invalid("measure.expired", "from")}},
		{name: "several problems at once", given: []domain.Event{acs, domain.MeasureAmended(amendACS())}, when: func(c *domain.SuspendMeasure) {
			c.ProvisionIDs = []string{"remaining", "no-such-provision"}
			c.From, c.Until = day("2023-11-17"), domain.Date{}
		}, then: []want{
			notFound("provision.not_found", "provisionIds[1]"),
			invalid("measure.not_in_force", "from"),
		}},
		{name: "several input problems at once", given: []domain.Event{acs}, when: func(c *domain.SuspendMeasure) {
			c.MeasureID, c.SuspensionID, c.Sources = "", "a b", nil
		}, then: []want{required("measureId"), invalid("id.malformed", "suspensionId"), invalid("sources.required", "sources")}},
	})
}

func TestEndSuspension(t *testing.T) {
	acs := announced(acsAnnounce())
	susp := domain.MeasureSuspended(suspendUSPersons()) // 2023-01-01 until 2023-02-01
	open := suspendUSPersons()
	open.SuspensionID, open.Until = "SUSP-OPEN", domain.Date{}
	opened := domain.MeasureSuspended(open)
	runCases(t, liftEarly, func(m *domain.Measure, c domain.EndSuspension) ([]domain.Event, error) {
		return m.EndSuspension(c, now)
	}, func(c domain.EndSuspension) domain.Event { return domain.SuspensionEnded(c) }, []tcase[domain.EndSuspension]{
		{name: "lifted early", given: []domain.Event{acs, susp}},
		{name: "lifted the day after it started", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) { c.EndedOn = day("2023-01-02") }},
		{name: "expired at its planned end", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) {
			c.EndedOn, c.How = day("2023-02-01"), domain.EndExpired
		}},
		{name: "reinstated before the planned end", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) { c.How = domain.EndReinstated }},
		{name: "reinstated on the planned end", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) {
			c.EndedOn, c.How = day("2023-02-01"), domain.EndReinstated
		}},
		{name: "an open-ended suspension lifted", given: []domain.Event{acs, opened}, when: func(c *domain.EndSuspension) {
			c.SuspensionID, c.EndedOn = "SUSP-OPEN", day("2024-01-01")
		}},
		{name: "an open-ended suspension reinstated", given: []domain.Event{acs, opened}, when: func(c *domain.EndSuspension) {
			c.SuspensionID, c.EndedOn, c.How = "SUSP-OPEN", day("2024-01-01"), domain.EndReinstated
		}},

		{name: "measureId required", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) { c.MeasureID = "" }, then: []want{required("measureId")}},
		{name: "suspensionId required", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) { c.SuspensionID = "" }, then: []want{required("suspensionId")}},
		{name: "endedOn required", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) { c.EndedOn = domain.Date{} }, then: []want{required("endedOn")}},
		{name: "how required", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) { c.How = "" }, then: []want{required("how")}},
		{name: "how not allowed", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) { c.How = "cancelled" },
			then: []want{invalid("field.not_allowed", "how")}},
		{name: "sources required", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) { c.Sources = nil },
			then: []want{invalid("sources.required", "sources")}},

		{name: "measure not found", then: []want{notFound("measure.not_found", "measureId")}},
		{name: "measure retracted", given: []domain.Event{acs, susp, retraction(domain.KindMeasure, "US-2022-ACS")}, then: []want{retractedRule}},
		{name: "suspension not found", given: []domain.Event{acs}, then: []want{notFound("suspension.not_found", "suspensionId")}},
		{name: "suspension already ended", given: []domain.Event{acs, susp, domain.SuspensionEnded(liftEarly())},
			when: func(c *domain.EndSuspension) { c.EndedOn = day("2023-01-20") },
			then: []want{conflict("suspension.already_ended", "suspensionId")}},
		{name: "ended on the day it started", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) { c.EndedOn = day("2023-01-01") },
			then: []want{invalid("dates.out_of_order", "endedOn")}},
		{name: "ended before it started", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) { c.EndedOn = day("2022-12-01") },
			then: []want{invalid("dates.out_of_order", "endedOn")}},
		{name: "lifted after the planned end", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) { c.EndedOn = day("2023-02-02") },
			then: []want{invalid("dates.out_of_order", "endedOn")}},
		{name: "expired before the planned end", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) { c.How = domain.EndExpired },
			then: []want{invalid("suspension.not_expired", "how")}},
		{name: "expired after the planned end", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) {
			c.EndedOn, c.How = day("2023-03-01"), domain.EndExpired
		}, then: []want{invalid("suspension.not_expired", "how")}},
		{name: "an open-ended suspension cannot expire", given: []domain.Event{acs, opened}, when: func(c *domain.EndSuspension) {
			c.SuspensionID, c.How = "SUSP-OPEN", domain.EndExpired
		}, then: []want{invalid("suspension.not_expired", "how")}},
		{name: "lifted early on the planned end", given: []domain.Event{acs, susp}, when: func(c *domain.EndSuspension) { c.EndedOn = day("2023-02-01") },
			then: []want{invalid("suspension.not_early", "how")}},
	})
}

func TestRevokeMeasure(t *testing.T) {
	acs := announced(acsAnnounce())
	runCases(t, revokeACS, func(m *domain.Measure, c domain.RevokeMeasure) ([]domain.Event, error) {
		return m.Revoke(c, now)
	}, func(c domain.RevokeMeasure) domain.Event { return domain.MeasureRevoked(c) }, []tcase[domain.RevokeMeasure]{
		{name: "revoked", given: []domain.Event{acs}},
		{name: "revoked by an instrument", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) {
			c.Instrument = &domain.Instrument{Title: "Final rule", Citation: "88 FR 1"}
		}},
		{name: "revoked while suspended", given: []domain.Event{acs, domain.MeasureSuspended(suspendUSPersons())}, when: func(c *domain.RevokeMeasure) {
			c.EffectiveOn = day("2023-01-15")
		}},
		{name: "revoked on the day it started", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.EffectiveOn = day("2022-10-07") }},
		{name: "revoked in the future", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.EffectiveOn = day("2027-01-01") }},
		{name: "revoked before a planned expiry", given: []domain.Event{acs, domain.MeasureExpired(expireACS())}},
		{name: "revoked between the effective date and a later announcement", when: func(c *domain.RevokeMeasure) {
			c.MeasureID, c.EffectiveOn = "US-2022-EL-36", day("2022-12-16")
		}, given: []domain.Event{func() domain.Event {
			el := el36Announce()
			el.AnnouncedOn = day("2022-12-19") // recorded at publication, effective three days earlier
			return announced(el)
		}()}},

		{name: "measureId required", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.MeasureID = "" }, then: []want{required("measureId")}},
		{name: "measureId malformed", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.MeasureID = "ACS\n" },
			then: []want{invalid("id.malformed", "measureId")}},
		{name: "effectiveOn required", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.EffectiveOn = domain.Date{} }, then: []want{required("effectiveOn")}},
		{name: "instrument title required when given", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) {
			c.Instrument = &domain.Instrument{Citation: "88 FR 1"}
		}, then: []want{required("instrument.title")}},
		{name: "sources required", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},
		{name: "source publisher required", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) { c.Sources[0].Publisher = "" },
			then: []want{required("sources[0].publisher")}},
		{name: "measure not found", then: []want{notFound("measure.not_found", "measureId")}},
		{name: "measure retracted", given: []domain.Event{acs, retraction(domain.KindMeasure, "US-2022-ACS")}, then: []want{retractedRule}},
		{name: "already revoked", given: []domain.Event{acs, domain.MeasureRevoked(revokeACS())}, when: func(c *domain.RevokeMeasure) {
			c.EffectiveOn = day("2023-07-01")
		}, then: []want{conflict("measure.already_revoked", "measureId")}},
		{name: "revocation before the measure starts", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) {
			c.EffectiveOn = day("2022-10-06")
		}, then: []want{invalid("dates.out_of_order", "effectiveOn")}},
		{name: "revocation once it expired", given: []domain.Event{acs, domain.MeasureExpired(expireACS())}, when: func(c *domain.RevokeMeasure) {
			c.EffectiveOn = day("2024-10-07")
		}, then: []want{invalid("measure.expired", "effectiveOn")}},
		{name: "several problems at once", given: []domain.Event{acs}, when: func(c *domain.RevokeMeasure) {
			c.EffectiveOn, c.Sources = domain.Date{}, []domain.Source{{URL: "mailto:bis@example.org"}}
		}, then: []want{required("effectiveOn"), required("sources[0].title"), required("sources[0].publisher"), invalid("url.malformed", "sources[0].url")}},
	})
}

func TestExpireMeasure(t *testing.T) {
	acs := announced(acsAnnounce())
	runCases(t, expireACS, func(m *domain.Measure, c domain.ExpireMeasure) ([]domain.Event, error) {
		return m.Expire(c, now)
	}, func(c domain.ExpireMeasure) domain.Event { return domain.MeasureExpired(c) }, []tcase[domain.ExpireMeasure]{
		{name: "expired", given: []domain.Event{acs}},
		{name: "expired while suspended", given: []domain.Event{acs, domain.MeasureSuspended(suspendUSPersons())}, when: func(c *domain.ExpireMeasure) {
			c.ExpiredOn = day("2023-01-15")
		}},
		{name: "expiring in the future", given: []domain.Event{acs}, when: func(c *domain.ExpireMeasure) { c.ExpiredOn = day("2027-10-07") }},
		{name: "expiring before a planned revocation", given: []domain.Event{acs, domain.MeasureRevoked(revokeACS())}, when: func(c *domain.ExpireMeasure) {
			c.ExpiredOn = day("2023-05-01")
		}},

		{name: "measureId required", given: []domain.Event{acs}, when: func(c *domain.ExpireMeasure) { c.MeasureID = "" }, then: []want{required("measureId")}},
		{name: "expiredOn required", given: []domain.Event{acs}, when: func(c *domain.ExpireMeasure) { c.ExpiredOn = domain.Date{} }, then: []want{required("expiredOn")}},
		{name: "sources required", given: []domain.Event{acs}, when: func(c *domain.ExpireMeasure) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "measure not found", then: []want{notFound("measure.not_found", "measureId")}},
		{name: "measure retracted", given: []domain.Event{acs, retraction(domain.KindMeasure, "US-2022-ACS")}, then: []want{retractedRule}},
		{name: "already expired", given: []domain.Event{acs, domain.MeasureExpired(expireACS())}, when: func(c *domain.ExpireMeasure) {
			c.ExpiredOn = day("2025-01-01")
		}, then: []want{conflict("measure.already_expired", "measureId")}},
		{name: "expiry before the measure starts", given: []domain.Event{acs}, when: func(c *domain.ExpireMeasure) { c.ExpiredOn = day("2022-10-01") },
			then: []want{invalid("dates.out_of_order", "expiredOn")}},
		{name: "expiry once revoked", given: []domain.Event{acs, domain.MeasureRevoked(revokeACS())},
			then: []want{invalid("measure.revoked", "expiredOn")}},
	})
}

func TestMeasureApplyCountsVersions(t *testing.T) {
	m := measureGiven(announced(acsAnnounce()), domain.MeasureSuspended(suspendUSPersons()), domain.MeasureRevoked(revokeACS()))
	if m.Version != 3 || !m.Exists() || len(m.Suspensions) != 1 || m.Revoked == nil {
		t.Errorf("after three events: version %d, exists %v, %d suspensions, revoked %v", m.Version, m.Exists(), len(m.Suspensions), m.Revoked != nil)
	}
	if (&domain.Measure{}).Exists() {
		t.Error("a zero Measure exists")
	}
}

func TestMeasureSnapshotIsNotChangedByLaterEvents(t *testing.T) {
	m := measureGiven(announced(acsAnnounce()), domain.MeasureAmended(amendACS()), domain.MeasureSuspended(suspendUSPersons()))
	snapshot := *m
	second := amendACS()
	second.AmendmentID, second.EffectiveOn, second.AddProvisions, second.EndProvisions = "AMEND-2", day("2024-02-01"), nil, nil
	s2 := suspendUSPersons()
	s2.SuspensionID = "SUSP-2"
	m.Apply(domain.MeasureAmended(second))
	m.Apply(domain.MeasureSuspended(s2))
	m.Apply(domain.SuspensionEnded(liftEarly()))
	m.Apply(domain.ProvisionEffective(nlEffective()))
	if len(snapshot.Amendments) != 1 || len(snapshot.Suspensions) != 1 || len(snapshot.SuspensionEnds) != 0 || len(snapshot.ProvisionDates) != 0 {
		t.Errorf("applying to a measure changed an earlier copy: %d amendments, %d suspensions, %d ends, %d dates",
			len(snapshot.Amendments), len(snapshot.Suspensions), len(snapshot.SuspensionEnds), len(snapshot.ProvisionDates))
	}
}
