package domain_test

import (
	"testing"

	"github.com/controlsledger/ledger/domain"
)

func TestOpenEnforcementAction(t *testing.T) {
	runCases(t, micronOpen, func(e *domain.Enforcement, c domain.OpenEnforcementAction) ([]domain.Event, error) {
		return e.Open(c, now)
	}, func(c domain.OpenEnforcementAction) domain.Event { return domain.EnforcementActionOpened(c) }, []tcase[domain.OpenEnforcementAction]{
		{name: "cybersecurity review opened"},
		{name: "legal basis is optional", when: func(c *domain.OpenEnforcementAction) { c.LegalBasis = nil }},
		{name: "several targets", when: func(c *domain.OpenEnforcementAction) {
			c.Targets = append(c.Targets, domain.Party{ID: "MICRON-CN", Name: "Micron subsidiary in China (test fixture)"})
		}},
		{name: "opened today", when: func(c *domain.OpenEnforcementAction) { c.OpenedOn = day("2026-01-01") }},

		{name: "actionId required", when: func(c *domain.OpenEnforcementAction) { c.ActionID = "" }, then: []want{required("actionId")}},
		{name: "actionId malformed", when: func(c *domain.OpenEnforcementAction) { c.ActionID = "CAC review (Micron)" }, then: []want{invalid("id.malformed", "actionId")}},
		{name: "authority required", when: func(c *domain.OpenEnforcementAction) { c.Authority = domain.Authority{} },
			then: []want{required("authority.id"), required("authority.name"), required("authority.jurisdiction")}},
		{name: "targets required", when: func(c *domain.OpenEnforcementAction) { c.Targets = nil }, then: []want{invalid("targets.required", "targets")}},
		{name: "target id and name required", when: func(c *domain.OpenEnforcementAction) { c.Targets[0] = domain.Party{} },
			then: []want{required("targets[0].id"), required("targets[0].name")}},
		{name: "target jurisdiction malformed", when: func(c *domain.OpenEnforcementAction) { c.Targets[0].Jurisdiction = "USA" },
			then: []want{invalid("jurisdiction.malformed", "targets[0].jurisdiction")}},
		{name: "kind required", when: func(c *domain.OpenEnforcementAction) { c.Kind = "" }, then: []want{required("kind")}},
		{name: "kind not allowed", when: func(c *domain.OpenEnforcementAction) { c.Kind = "security_review" }, then: []want{invalid("field.not_allowed", "kind")}},
		{name: "openedOn required", when: func(c *domain.OpenEnforcementAction) { c.OpenedOn = domain.Date{} }, then: []want{required("openedOn")}},
		{name: "openedOn in the future", when: func(c *domain.OpenEnforcementAction) { c.OpenedOn = day("2026-01-02") }, then: []want{invalid("date.in_future", "openedOn")}},
		{name: "summary required", when: func(c *domain.OpenEnforcementAction) { c.Summary = "" }, then: []want{required("summary")}},
		{name: "sources required", when: func(c *domain.OpenEnforcementAction) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "action already exists", given: []domain.Event{domain.EnforcementActionOpened(micronOpen())},
			then: []want{conflict("enforcement.already_exists", "actionId")}},
	})
}

func TestIssueFinding(t *testing.T) {
	opened := domain.EnforcementActionOpened(micronOpen()) // 2023-03-31
	interim := micronFinding()
	interim.FindingID, interim.IssuedOn, interim.Final, interim.Outcome = "INTERIM", day("2023-04-15"), false, "risk_found"
	interim.Summary = "test fixture: a hypothetical interim finding"
	runCases(t, micronFinding, func(e *domain.Enforcement, c domain.IssueFinding) ([]domain.Event, error) {
		return e.IssueFinding(c, now)
	}, func(c domain.IssueFinding) domain.Event { return domain.EnforcementFindingIssued(c) }, []tcase[domain.IssueFinding]{
		{name: "final finding", given: []domain.Event{opened}},
		{name: "after an interim finding", given: []domain.Event{opened, domain.EnforcementFindingIssued(interim)}},
		{name: "an interim finding", given: []domain.Event{opened}, when: func(c *domain.IssueFinding) { c.Final = false }},
		{name: "on the day the action opened", given: []domain.Event{opened}, when: func(c *domain.IssueFinding) { c.IssuedOn = day("2023-03-31") }},

		{name: "actionId required", given: []domain.Event{opened}, when: func(c *domain.IssueFinding) { c.ActionID = "" }, then: []want{required("actionId")}},
		{name: "findingId required", given: []domain.Event{opened}, when: func(c *domain.IssueFinding) { c.FindingID = "" }, then: []want{required("findingId")}},
		{name: "findingId malformed", given: []domain.Event{opened}, when: func(c *domain.IssueFinding) { c.FindingID = "final finding" },
			then: []want{invalid("id.malformed", "findingId")}},
		{name: "issuedOn required", given: []domain.Event{opened}, when: func(c *domain.IssueFinding) { c.IssuedOn = domain.Date{} }, then: []want{required("issuedOn")}},
		{name: "issuedOn in the future", given: []domain.Event{opened}, when: func(c *domain.IssueFinding) { c.IssuedOn = day("2026-01-02") },
			then: []want{invalid("date.in_future", "issuedOn")}},
		{name: "outcome required", given: []domain.Event{opened}, when: func(c *domain.IssueFinding) { c.Outcome = "" }, then: []want{required("outcome")}},
		{name: "outcome not allowed", given: []domain.Event{opened}, when: func(c *domain.IssueFinding) { c.Outcome = "failed" },
			then: []want{invalid("field.not_allowed", "outcome")}},
		{name: "summary required", given: []domain.Event{opened}, when: func(c *domain.IssueFinding) { c.Summary = "" }, then: []want{required("summary")}},
		{name: "sources required", given: []domain.Event{opened}, when: func(c *domain.IssueFinding) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "action not found", then: []want{notFound("enforcement.not_found", "actionId")}},
		{name: "action retracted", given: []domain.Event{opened, retraction(domain.KindEnforcement, "CN-CAC-MICRON-2023")}, then: []want{retractedRule}},
		{name: "finding already recorded", given: []domain.Event{opened, domain.EnforcementFindingIssued(interim)},
			when: func(c *domain.IssueFinding) { c.FindingID = "INTERIM" },
			then: []want{conflict("finding.duplicate", "findingId")}},
		{name: "closed by a final finding", given: []domain.Event{opened, domain.EnforcementFindingIssued(micronFinding())},
			when: func(c *domain.IssueFinding) { c.FindingID, c.IssuedOn = "LATER", day("2023-06-01") },
			then: []want{conflict("enforcement.closed", "actionId")}},
		{name: "issued before the action opened", given: []domain.Event{opened}, when: func(c *domain.IssueFinding) { c.IssuedOn = day("2023-03-30") },
			then: []want{invalid("dates.out_of_order", "issuedOn")}},
	})
}

func TestEnforcementClosed(t *testing.T) {
	interim := micronFinding()
	interim.FindingID, interim.Final = "INTERIM", false
	e := given[domain.Enforcement](domain.EnforcementActionOpened(micronOpen()))
	if !e.Exists() || e.Closed() {
		t.Fatalf("an opened action: exists %v, closed %v", e.Exists(), e.Closed())
	}
	e.Apply(domain.EnforcementFindingIssued(interim))
	if e.Closed() {
		t.Error("an interim finding closed the action")
	}
	e.Apply(domain.EnforcementFindingIssued(micronFinding()))
	if !e.Closed() || e.Version != 3 || len(e.Findings) != 2 {
		t.Errorf("after a final finding: closed %v, version %d, %d findings", e.Closed(), e.Version, len(e.Findings))
	}
	if (&domain.Enforcement{}).Exists() || (&domain.Enforcement{}).Closed() {
		t.Error("a zero Enforcement exists or is closed")
	}
}
