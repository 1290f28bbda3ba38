package domain_test

import (
	"testing"

	"github.com/controlsledger/ledger/domain"
)

func TestLinkMeasures(t *testing.T) {
	gage := measureGiven(announced(gageAnnounce()))
	acs := measureGiven(announced(acsAnnounce()))
	none := measureGiven()
	tests := []struct {
		name     string
		given    []domain.Event
		from, to *domain.Measure
		when     func(*domain.LinkMeasures)
		then     []want
	}{
		{name: "response recorded with press evidence", from: gage, to: acs, when: func(*domain.LinkMeasures) {}},
		{name: "asserted by an analyst", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.AssertedBy = "analyst" }},

		{name: "linkId required", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.LinkID = "" }, then: []want{required("linkId")}},
		{name: "linkId malformed", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.LinkID = "CN-2023-GAGE -> US-2022-ACS" },
			then: []want{invalid("id.malformed", "linkId")}},
		{name: "fromMeasureId required", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.FromMeasureID = "" }, then: []want{required("fromMeasureId")}},
		{name: "toMeasureId required", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.ToMeasureID = "" }, then: []want{required("toMeasureId")}},
		{name: "both measure ids required", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.FromMeasureID, c.ToMeasureID = "", "" },
			then: []want{required("fromMeasureId"), required("toMeasureId")}},
		{name: "toMeasureId malformed", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.ToMeasureID = "US/2022/ACS" },
			then: []want{invalid("id.malformed", "toMeasureId")}},
		{name: "relation required", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.Relation = "" }, then: []want{required("relation")}},
		{name: "relation not allowed", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.Relation = "caused_by" },
			then: []want{invalid("field.not_allowed", "relation")}},
		{name: "assertedBy required", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.AssertedBy = "" }, then: []want{required("assertedBy")}},
		{name: "assertedBy not allowed", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.AssertedBy = "twitter" },
			then: []want{invalid("field.not_allowed", "assertedBy")}},
		{name: "evidence required", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.Evidence = "" }, then: []want{required("evidence")}},
		{name: "sources required", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},
		{name: "source url malformed", from: gage, to: acs, when: func(c *domain.LinkMeasures) { c.Sources[1].URL = "//www.mofcom.gov.cn" },
			then: []want{invalid("url.malformed", "sources[1].url")}},
		{name: "a measure cannot answer itself", from: acs, to: acs, when: func(c *domain.LinkMeasures) { c.FromMeasureID = c.ToMeasureID },
			then: []want{invalid("link.self", "toMeasureId")}},

		{name: "from measure not found", from: none, to: acs, when: func(*domain.LinkMeasures) {},
			then: []want{notFound("measure.not_found", "fromMeasureId")}},
		{name: "to measure not found", from: gage, to: none, when: func(*domain.LinkMeasures) {},
			then: []want{notFound("measure.not_found", "toMeasureId")}},
		{name: "both measures not found are reported", from: none, to: none, when: func(*domain.LinkMeasures) {},
			then: []want{notFound("measure.not_found", "fromMeasureId"), notFound("measure.not_found", "toMeasureId")}},
		{name: "link already exists", given: []domain.Event{domain.MeasuresLinked(linkGaGeACS())}, from: gage, to: acs,
			when: func(*domain.LinkMeasures) {}, then: []want{conflict("link.already_exists", "linkId")}},
		{name: "several problems at once", from: gage, to: acs, when: func(c *domain.LinkMeasures) {
			c.Relation, c.AssertedBy, c.Evidence = "retaliates", "rumour", ""
		}, then: []want{invalid("field.not_allowed", "relation"), invalid("field.not_allowed", "assertedBy"), required("evidence")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := linkGiven(tt.given...)
			cmd := linkGaGeACS()
			tt.when(&cmd)
			got, err := l.Record(cmd, tt.from, tt.to, now)
			if tt.then == nil {
				thenEvents(t, got, err, domain.MeasuresLinked(cmd))
				return
			}
			thenRules(t, got, err, tt.then...)
		})
	}
}

func TestLinkRecordDoesNotChangeTheMeasures(t *testing.T) {
	gage := measureGiven(announced(gageAnnounce()))
	acs := measureGiven(announced(acsAnnounce()))
	var l domain.Link
	if _, err := l.Record(linkGaGeACS(), gage, acs, now); err != nil {
		t.Fatal(err)
	}
	if gage.Version != 1 || acs.Version != 1 {
		t.Errorf("recording a link changed the measures: versions %d and %d", gage.Version, acs.Version)
	}
}
