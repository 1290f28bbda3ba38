package domain_test

import (
	"testing"

	"github.com/controlsledger/ledger/domain"
)

func TestLinkRecords(t *testing.T) {
	linkRef := domain.Ref{Kind: domain.KindLink, ID: "CN-2023-GAGE--responds_to--US-2022-ACS"}
	tests := []struct {
		name     string
		given    []domain.Event
		from, to bool // whether the linked records exist
		fixture  func() domain.LinkRecords
		when     func(*domain.LinkRecords)
		then     []want
	}{
		{name: "response recorded with press evidence", from: true, to: true},
		{name: "asserted by an analyst", from: true, to: true, when: func(c *domain.LinkRecords) { c.AssertedBy = "analyst" }},
		{name: "a measure results from an enforcement action", from: true, to: true, fixture: linkMicronReview},
		{name: "a designation and a measure", from: true, to: true, when: func(c *domain.LinkRecords) {
			c.From = domain.Ref{Kind: domain.KindDesignation, ID: "US-EL-YMTC"}
			c.Relation = "results_from"
		}},
		{name: "the same id in two kinds is not the same record", from: true, to: true, when: func(c *domain.LinkRecords) {
			c.To = domain.Ref{Kind: domain.KindEnforcement, ID: c.From.ID}
		}},

		{name: "linkId required", from: true, to: true, when: func(c *domain.LinkRecords) { c.LinkID = "" }, then: []want{required("linkId")}},
		{name: "linkId malformed", from: true, to: true, when: func(c *domain.LinkRecords) { c.LinkID = "CN-2023-GAGE -> US-2022-ACS" },
			then: []want{invalid("id.malformed", "linkId")}},
		{name: "from required", from: true, to: true, when: func(c *domain.LinkRecords) { c.From = domain.Ref{} },
			then: []want{required("from.kind"), required("from.id")}},
		{name: "to id required", from: true, to: true, when: func(c *domain.LinkRecords) { c.To.ID = "" }, then: []want{required("to.id")}},
		{name: "to id malformed", from: true, to: true, when: func(c *domain.LinkRecords) { c.To.ID = "US/2022/ACS" },
			then: []want{invalid("id.malformed", "to.id")}},
		{name: "from kind not allowed", from: true, to: true, when: func(c *domain.LinkRecords) { c.From.Kind = "rule" },
			then: []want{invalid("field.not_allowed", "from.kind")}},
		{name: "relation required", from: true, to: true, when: func(c *domain.LinkRecords) { c.Relation = "" }, then: []want{required("relation")}},
		{name: "relation not allowed", from: true, to: true, when: func(c *domain.LinkRecords) { c.Relation = "caused_by" },
			then: []want{invalid("field.not_allowed", "relation")}},
		{name: "assertedBy required", from: true, to: true, when: func(c *domain.LinkRecords) { c.AssertedBy = "" }, then: []want{required("assertedBy")}},
		{name: "assertedBy not allowed", from: true, to: true, when: func(c *domain.LinkRecords) { c.AssertedBy = "twitter" },
			then: []want{invalid("field.not_allowed", "assertedBy")}},
		{name: "evidence required", from: true, to: true, when: func(c *domain.LinkRecords) { c.Evidence = "" }, then: []want{required("evidence")}},
		{name: "sources required", from: true, to: true, when: func(c *domain.LinkRecords) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},
		{name: "source url malformed", from: true, to: true, when: func(c *domain.LinkRecords) { c.Sources[1].URL = "//www.mofcom.gov.cn" },
			then: []want{invalid("url.malformed", "sources[1].url")}},
		{name: "a record cannot answer itself", from: true, to: true, when: func(c *domain.LinkRecords) { c.From = c.To },
			then: []want{invalid("link.self", "to")}},
		{name: "a link cannot be linked from", from: true, to: true, when: func(c *domain.LinkRecords) { c.From = linkRef },
			then: []want{invalid("link.of_link", "from")}},
		{name: "a link cannot be linked to", from: true, to: true, when: func(c *domain.LinkRecords) { c.To = linkRef },
			then: []want{invalid("link.of_link", "to")}},
		{name: "a link linked to itself", from: true, to: true, when: func(c *domain.LinkRecords) { c.From, c.To = linkRef, linkRef },
			then: []want{invalid("link.self", "to"), invalid("link.of_link", "from"), invalid("link.of_link", "to")}},

		{name: "from record not found", to: true, then: []want{notFound("record.not_found", "from")}},
		{name: "to record not found", from: true, then: []want{notFound("record.not_found", "to")}},
		{name: "both records not found are reported", then: []want{notFound("record.not_found", "from"), notFound("record.not_found", "to")}},
		{name: "input problems come before missing records", when: func(c *domain.LinkRecords) { c.Evidence = "" }, then: []want{required("evidence")}},
		{name: "link already exists", given: []domain.Event{domain.MeasuresLinked(linkGaGeACS())}, from: true, to: true,
			then: []want{conflict("link.already_exists", "linkId")}},
		{name: "several problems at once", from: true, to: true, when: func(c *domain.LinkRecords) {
			c.Relation, c.AssertedBy, c.Evidence = "retaliates", "rumour", ""
		}, then: []want{invalid("field.not_allowed", "relation"), invalid("field.not_allowed", "assertedBy"), required("evidence")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := linkGiven(tt.given...)
			fixture := tt.fixture
			if fixture == nil {
				fixture = linkGaGeACS
			}
			cmd := fixture()
			if tt.when != nil {
				tt.when(&cmd)
			}
			got, err := l.Record(cmd, tt.from, tt.to, now)
			if tt.then == nil {
				thenEvents(t, got, err, domain.MeasuresLinked(cmd))
				return
			}
			thenRules(t, got, err, tt.then...)
		})
	}
}

func TestRetractLink(t *testing.T) {
	linked := domain.MeasuresLinked(linkGaGeACS())
	runCases(t, retractGaGeLink, func(l *domain.Link, c domain.RetractLink) ([]domain.Event, error) {
		return l.Retract(c, now)
	}, func(c domain.RetractLink) domain.Event { return domain.LinkRetracted(c) }, []tcase[domain.RetractLink]{
		{name: "retracted", given: []domain.Event{linked}},

		{name: "linkId required", given: []domain.Event{linked}, when: func(c *domain.RetractLink) { c.LinkID = "" }, then: []want{required("linkId")}},
		{name: "reason required", given: []domain.Event{linked}, when: func(c *domain.RetractLink) { c.Reason = "" }, then: []want{required("reason")}},
		{name: "sources required", given: []domain.Event{linked}, when: func(c *domain.RetractLink) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "link not found", then: []want{notFound("link.not_found", "linkId")}},
		{name: "link entered in error", given: []domain.Event{linked, retraction(domain.KindLink, "CN-2023-GAGE--responds_to--US-2022-ACS")}, then: []want{retractedRule}},
		{name: "link already retracted", given: []domain.Event{linked, domain.LinkRetracted(retractGaGeLink())},
			then: []want{conflict("link.already_retracted", "linkId")}},
	})
}

func TestLinkApply(t *testing.T) {
	l := linkGiven(domain.MeasuresLinked(linkGaGeACS()))
	if !l.Exists() || l.Withdrawn != nil || l.Version != 1 {
		t.Fatalf("a recorded link: exists %v, withdrawn %v, version %d", l.Exists(), l.Withdrawn, l.Version)
	}
	l.Apply(domain.LinkRetracted(retractGaGeLink()))
	if l.Withdrawn == nil || l.Version != 2 || l.Linked.From.ID != "CN-2023-GAGE" {
		t.Errorf("a retracted link: withdrawn %v, version %d, from %v", l.Withdrawn, l.Version, l.Linked.From)
	}
}
