package domain_test

import (
	"testing"

	"github.com/controlsledger/ledger/domain"
)

func TestAnnounceTransaction(t *testing.T) {
	tests := []struct {
		name  string
		given []domain.Event
		when  func(*domain.AnnounceTransaction)
		then  []want
	}{
		{name: "announced with value and outside date", when: func(*domain.AnnounceTransaction) {}},
		{name: "value and outside date are optional", when: func(c *domain.AnnounceTransaction) { c.Value, c.OutsideDate = nil, domain.Date{} }},
		{name: "target without jurisdiction", when: func(c *domain.AnnounceTransaction) { c.Target.Jurisdiction = "" }},

		{name: "transactionId required", when: func(c *domain.AnnounceTransaction) { c.TransactionID = "" }, then: []want{required("transactionId")}},
		{name: "transactionId malformed", when: func(c *domain.AnnounceTransaction) { c.TransactionID = "INTEL/TOWER" }, then: []want{invalid("id.malformed", "transactionId")}},
		{name: "transactionId too long", when: func(c *domain.AnnounceTransaction) { c.TransactionID = string(make([]byte, 81)) },
			then: []want{invalid("id.malformed", "transactionId")}},
		{name: "title required", when: func(c *domain.AnnounceTransaction) { c.Title = "" }, then: []want{required("title")}},
		{name: "acquirers required", when: func(c *domain.AnnounceTransaction) { c.Acquirers = nil }, then: []want{invalid("acquirers.required", "acquirers")}},
		{name: "acquirer id and name required", when: func(c *domain.AnnounceTransaction) { c.Acquirers = []domain.Party{{}} },
			then: []want{required("acquirers[0].id"), required("acquirers[0].name")}},
		{name: "target required", when: func(c *domain.AnnounceTransaction) { c.Target = domain.Party{} },
			then: []want{required("target.id"), required("target.name")}},
		{name: "target jurisdiction malformed", when: func(c *domain.AnnounceTransaction) { c.Target.Jurisdiction = "Israel" },
			then: []want{invalid("jurisdiction.malformed", "target.jurisdiction")}},
		{name: "value zero", when: func(c *domain.AnnounceTransaction) { c.Value = &domain.Money{Currency: "USD"} },
			then: []want{invalid("money.not_positive", "value.amount")}},
		{name: "value negative", when: func(c *domain.AnnounceTransaction) { c.Value = &domain.Money{Amount: -1, Currency: "USD"} },
			then: []want{invalid("money.not_positive", "value.amount")}},
		{name: "currency lower case", when: func(c *domain.AnnounceTransaction) { c.Value = &domain.Money{Amount: 5.4e9, Currency: "usd"} },
			then: []want{invalid("currency.malformed", "value.currency")}},
		{name: "currency missing", when: func(c *domain.AnnounceTransaction) { c.Value = &domain.Money{Amount: 5.4e9} },
			then: []want{invalid("currency.malformed", "value.currency")}},
		{name: "money problems together", when: func(c *domain.AnnounceTransaction) { c.Value = &domain.Money{Amount: 0, Currency: "$"} },
			then: []want{invalid("money.not_positive", "value.amount"), invalid("currency.malformed", "value.currency")}},
		{name: "announcedOn required", when: func(c *domain.AnnounceTransaction) { c.AnnouncedOn = domain.Date{} }, then: []want{required("announcedOn")}},
		{name: "announcedOn in the future", when: func(c *domain.AnnounceTransaction) { c.AnnouncedOn, c.OutsideDate = day("2026-03-01"), domain.Date{} },
			then: []want{invalid("date.in_future", "announcedOn")}},
		{name: "outside date on the announcement day", when: func(c *domain.AnnounceTransaction) { c.OutsideDate = c.AnnouncedOn },
			then: []want{invalid("dates.out_of_order", "outsideDate")}},
		{name: "outside date before announcement", when: func(c *domain.AnnounceTransaction) { c.OutsideDate = day("2021-08-15") },
			then: []want{invalid("dates.out_of_order", "outsideDate")}},
		{name: "sources required", when: func(c *domain.AnnounceTransaction) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "transaction already exists", given: []domain.Event{domain.TransactionAnnounced(intelTowerAnnounce())}, when: func(*domain.AnnounceTransaction) {},
			then: []want{conflict("transaction.already_exists", "transactionId")}},
		{name: "several problems at once", when: func(c *domain.AnnounceTransaction) {
			c.Title, c.Acquirers, c.Value.Currency = "", nil, "US$"
		}, then: []want{required("title"), invalid("acquirers.required", "acquirers"), invalid("currency.malformed", "value.currency")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := transactionGiven(tt.given...)
			cmd := intelTowerAnnounce()
			tt.when(&cmd)
			got, err := tx.Announce(cmd, now)
			if tt.then == nil {
				thenEvents(t, got, err, domain.TransactionAnnounced(cmd))
				return
			}
			thenRules(t, got, err, tt.then...)
		})
	}
}

func TestConcludeReview(t *testing.T) {
	intelTower := domain.TransactionAnnounced(intelTowerAnnounce()) // 2022-02-15, outside date 2023-08-15
	noOutside := intelTowerAnnounce()
	noOutside.OutsideDate = domain.Date{}
	samrDone := domain.ReviewConcluded(intelTowerConclude())
	tests := []struct {
		name  string
		given []domain.Event
		when  func(*domain.ConcludeReview)
		then  []want
	}{
		{name: "no decision by the outside date, concluded the day after", given: []domain.Event{intelTower}, when: func(*domain.ConcludeReview) {}},
		{name: "no decision, concluded on the outside date", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.ConcludedOn = day("2023-08-15") }},
		{name: "prohibited", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) {
			c.Outcome, c.ConcludedOn = domain.OutcomeProhibited, day("2023-01-01")
			c.Instrument = &domain.Instrument{Title: "Decision", LegalBasis: []string{"Anti-Monopoly Law"}}
		}},
		{name: "cleared with conditions", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) {
			c.Outcome, c.Conditions = domain.OutcomeClearedWithConditions, []string{"supply continuity for customers in China"}
		}},
		{name: "another authority's review", given: []domain.Event{intelTower, samrDone}, when: func(c *domain.ConcludeReview) {
			c.Authority = domain.Authority{ID: "EU-COM", Name: "European Commission", Jurisdiction: "EU"}
			c.Outcome = domain.OutcomeCleared
		}},
		{name: "concluded on the announcement day", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) {
			c.Outcome, c.ConcludedOn = domain.OutcomeWithdrawn, day("2022-02-15")
		}},

		{name: "transactionId required", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.TransactionID = "" }, then: []want{required("transactionId")}},
		{name: "authority required", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.Authority = domain.Authority{} },
			then: []want{required("authority.id"), required("authority.name"), required("authority.jurisdiction")}},
		{name: "authority jurisdiction malformed", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.Authority.Jurisdiction = "cn" },
			then: []want{invalid("jurisdiction.malformed", "authority.jurisdiction")}},
		{name: "regime required", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.Regime = "" }, then: []want{required("regime")}},
		{name: "outcome required", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.Outcome = "" }, then: []want{required("outcome")}},
		{name: "outcome not allowed", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.Outcome = "blocked" },
			then: []want{invalid("field.not_allowed", "outcome")}},
		{name: "concludedOn required", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.ConcludedOn = domain.Date{} },
			then: []want{required("concludedOn")}},
		{name: "concludedOn in the future", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.ConcludedOn = day("2026-01-02") },
			then: []want{invalid("date.in_future", "concludedOn")}},
		{name: "summary required", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.Summary = "" }, then: []want{required("summary")}},
		{name: "conditions required for a conditional clearance", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) {
			c.Outcome = domain.OutcomeClearedWithConditions
		}, then: []want{invalid("conditions.required", "conditions")}},
		{name: "instrument title required when given", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) {
			c.Instrument = &domain.Instrument{Citation: "83 FR 11631"}
		}, then: []want{required("instrument.title")}},
		{name: "sources required", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "transaction not found", when: func(*domain.ConcludeReview) {}, then: []want{notFound("transaction.not_found", "transactionId")}},
		{name: "review already concluded", given: []domain.Event{intelTower, samrDone}, when: func(c *domain.ConcludeReview) {
			c.Outcome = domain.OutcomeProhibited
		}, then: []want{conflict("review.already_concluded", "authority.id")}},
		{name: "concluded before the announcement", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) {
			c.Outcome, c.ConcludedOn = domain.OutcomeCleared, day("2022-02-14")
		}, then: []want{invalid("dates.out_of_order", "concludedOn")}},
		{name: "no decision without an outside date", given: []domain.Event{domain.TransactionAnnounced(noOutside)}, when: func(*domain.ConcludeReview) {},
			then: []want{invalid("review.no_outside_date", "outcome")}},
		{name: "no decision before the outside date", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.ConcludedOn = day("2023-08-14") },
			then: []want{invalid("review.outside_date_not_reached", "concludedOn")}},
		{name: "several rule problems at once", given: []domain.Event{domain.TransactionAnnounced(noOutside)}, when: func(c *domain.ConcludeReview) {
			c.ConcludedOn = day("2021-01-01")
		}, then: []want{invalid("dates.out_of_order", "concludedOn"), invalid("review.no_outside_date", "outcome")}},
		{name: "several input problems at once", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) {
			c.Regime, c.Summary, c.Outcome = "", "", domain.OutcomeClearedWithConditions
		}, then: []want{required("regime"), required("summary"), invalid("conditions.required", "conditions")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tx := transactionGiven(tt.given...)
			cmd := intelTowerConclude()
			tt.when(&cmd)
			got, err := tx.ConcludeReview(cmd, now)
			if tt.then == nil {
				thenEvents(t, got, err, domain.ReviewConcluded(cmd))
				return
			}
			thenRules(t, got, err, tt.then...)
		})
	}
}
