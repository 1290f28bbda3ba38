package domain_test

import (
	"testing"

	"github.com/controlsledger/ledger/domain"
)

func TestAnnounceTransaction(t *testing.T) {
	runCases(t, intelTowerAnnounce, func(tx *domain.Transaction, c domain.AnnounceTransaction) ([]domain.Event, error) {
		return tx.Announce(c, now)
	}, func(c domain.AnnounceTransaction) domain.Event { return domain.TransactionAnnounced(c) }, []tcase[domain.AnnounceTransaction]{
		{name: "announced with value and outside date"},
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

		{name: "transaction already exists", given: []domain.Event{domain.TransactionAnnounced(intelTowerAnnounce())},
			then: []want{conflict("transaction.already_exists", "transactionId")}},
		{name: "several problems at once", when: func(c *domain.AnnounceTransaction) {
			c.Title, c.Acquirers, c.Value.Currency = "", nil, "US$"
		}, then: []want{required("title"), invalid("acquirers.required", "acquirers"), invalid("currency.malformed", "value.currency")}},
	})
}

func TestOpenReview(t *testing.T) {
	intelTower := domain.TransactionAnnounced(intelTowerAnnounce()) // 2022-02-15
	runCases(t, intelTowerOpen, func(tx *domain.Transaction, c domain.OpenReview) ([]domain.Event, error) {
		return tx.OpenReview(c, now)
	}, func(c domain.OpenReview) domain.Event { return domain.ReviewOpened(c) }, []tcase[domain.OpenReview]{
		{name: "opened on notification", given: []domain.Event{intelTower}},
		{name: "called in", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.Trigger = "call_in" }},
		{name: "opened on the announcement day", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.OpenedOn = day("2022-02-15") }},
		{name: "opened today", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.OpenedOn = day("2026-01-01") }},
		{name: "a second review by another authority", given: []domain.Event{intelTower, domain.ReviewOpened(intelTowerOpen())}, when: func(c *domain.OpenReview) {
			c.ReviewID, c.Authority = "INTEL-TOWER-EC", domain.Authority{ID: "EU-COM", Name: "European Commission", Jurisdiction: "EU"}
		}},
		{name: "after the transaction completed (a call-in)", given: []domain.Event{intelTower, domain.TransactionCompleted{
			TransactionID: "INTEL-TOWER", CompletedOn: day("2022-03-01"), Sources: []domain.Source{srcLedgerNote}}},
			when: func(c *domain.OpenReview) { c.Trigger = "call_in" }},
		{name: "its conclusion recorded first, opened before it", given: []domain.Event{intelTower, domain.ReviewConcluded(intelTowerConclude())}},
		{name: "its conclusion recorded first, opened on the same day", given: []domain.Event{intelTower, domain.ReviewConcluded(intelTowerConclude())},
			when: func(c *domain.OpenReview) { c.OpenedOn = day("2023-08-16") }},

		{name: "transactionId required", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.TransactionID = "" }, then: []want{required("transactionId")}},
		{name: "reviewId required", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.ReviewID = "" }, then: []want{required("reviewId")}},
		{name: "reviewId malformed", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.ReviewID = "SAMR review" },
			then: []want{invalid("id.malformed", "reviewId")}},
		{name: "authority required", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.Authority = domain.Authority{} },
			then: []want{required("authority.id"), required("authority.name"), required("authority.jurisdiction")}},
		{name: "regime required", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.Regime = "" }, then: []want{required("regime")}},
		{name: "trigger required", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.Trigger = "" }, then: []want{required("trigger")}},
		{name: "trigger not allowed", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.Trigger = "complaint" },
			then: []want{invalid("field.not_allowed", "trigger")}},
		{name: "openedOn required", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.OpenedOn = domain.Date{} }, then: []want{required("openedOn")}},
		{name: "openedOn in the future", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.OpenedOn = day("2026-01-02") },
			then: []want{invalid("date.in_future", "openedOn")}},
		{name: "sources required", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.Sources = nil }, then: []want{invalid("sources.required", "sources")}},

		{name: "transaction not found", then: []want{notFound("transaction.not_found", "transactionId")}},
		{name: "transaction retracted", given: []domain.Event{intelTower, retraction(domain.KindTransaction, "INTEL-TOWER")}, then: []want{retractedRule}},
		{name: "review already opened", given: []domain.Event{intelTower, domain.ReviewOpened(intelTowerOpen())},
			when: func(c *domain.OpenReview) { c.OpenedOn = day("2022-07-01") },
			then: []want{conflict("review.duplicate", "reviewId")}},
		{name: "opened before the announcement", given: []domain.Event{intelTower}, when: func(c *domain.OpenReview) { c.OpenedOn = day("2022-02-14") },
			then: []want{invalid("dates.out_of_order", "openedOn")}},
		{name: "opened after its recorded conclusion", given: []domain.Event{intelTower, domain.ReviewConcluded(intelTowerConclude())},
			when: func(c *domain.OpenReview) { c.OpenedOn = day("2023-08-17") },
			then: []want{invalid("dates.out_of_order", "openedOn")}},
		{name: "opened by another authority than the one that concluded it", given: []domain.Event{intelTower, domain.ReviewConcluded(intelTowerConclude())},
			when: func(c *domain.OpenReview) {
				c.Authority = domain.Authority{ID: "EU-COM", Name: "European Commission", Jurisdiction: "EU"}
			},
			then: []want{invalid("review.other_authority", "authority.id")}},
	})
}

func TestConcludeReview(t *testing.T) {
	intelTower := domain.TransactionAnnounced(intelTowerAnnounce()) // 2022-02-15, outside date 2023-08-15
	noOutside := intelTowerAnnounce()
	noOutside.OutsideDate = domain.Date{}
	opened := domain.ReviewOpened(intelTowerOpen()) // 2022-06-01
	samrDone := domain.ReviewConcluded(intelTowerConclude())
	runCases(t, intelTowerConclude, func(tx *domain.Transaction, c domain.ConcludeReview) ([]domain.Event, error) {
		return tx.ConcludeReview(c, now)
	}, func(c domain.ConcludeReview) domain.Event { return domain.ReviewConcluded(c) }, []tcase[domain.ConcludeReview]{
		{name: "no decision by the outside date, concluded the day after", given: []domain.Event{intelTower}},
		{name: "no decision, concluded on the outside date", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.ConcludedOn = day("2023-08-15") }},
		{name: "a review whose opening is recorded", given: []domain.Event{intelTower, opened}},
		{name: "concluded on the day it opened", given: []domain.Event{intelTower, opened}, when: func(c *domain.ConcludeReview) {
			c.Outcome, c.ConcludedOn = domain.OutcomeCleared, day("2022-06-01")
		}},
		{name: "prohibited", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) {
			c.Outcome, c.ConcludedOn = domain.OutcomeProhibited, day("2023-01-01")
			c.Instrument = &domain.Instrument{Title: "Decision", LegalBasis: []string{"Anti-Monopoly Law"}}
		}},
		{name: "cleared with conditions", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) {
			c.Outcome, c.Conditions = domain.OutcomeClearedWithConditions, []string{"supply continuity for customers in China"}
		}},
		{name: "another review of the same transaction", given: []domain.Event{intelTower, samrDone}, when: func(c *domain.ConcludeReview) {
			c.ReviewID, c.Authority = "INTEL-TOWER-EC", domain.Authority{ID: "EU-COM", Name: "European Commission", Jurisdiction: "EU"}
			c.Outcome = domain.OutcomeCleared
		}},
		{name: "a second review by the same authority", given: []domain.Event{intelTower, samrDone}, when: func(c *domain.ConcludeReview) {
			c.ReviewID, c.Outcome = "INTEL-TOWER-SAMR-2", domain.OutcomeWithdrawn
		}},
		{name: "concluded on the announcement day", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) {
			c.Outcome, c.ConcludedOn = domain.OutcomeWithdrawn, day("2022-02-15")
		}},
		{name: "concluded after the transaction was terminated", given: []domain.Event{intelTower, domain.TransactionTerminated(intelTowerTerminate())}},

		{name: "transactionId required", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.TransactionID = "" }, then: []want{required("transactionId")}},
		{name: "reviewId required", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.ReviewID = "" }, then: []want{required("reviewId")}},
		{name: "reviewId malformed", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.ReviewID = "SAMR/1" },
			then: []want{invalid("id.malformed", "reviewId")}},
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

		{name: "transaction not found", then: []want{notFound("transaction.not_found", "transactionId")}},
		{name: "transaction retracted", given: []domain.Event{intelTower, retraction(domain.KindTransaction, "INTEL-TOWER")}, then: []want{retractedRule}},
		{name: "review already concluded", given: []domain.Event{intelTower, samrDone}, when: func(c *domain.ConcludeReview) {
			c.Outcome = domain.OutcomeProhibited
		}, then: []want{conflict("review.already_concluded", "reviewId")}},
		{name: "a v1 conclusion is the review named after its authority", given: []domain.Event{intelTower, upcastV1Conclusion(t)},
			when: func(c *domain.ConcludeReview) { c.ReviewID = "CN-SAMR" },
			then: []want{conflict("review.already_concluded", "reviewId")}},
		{name: "concluded before the announcement", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) {
			c.Outcome, c.ConcludedOn = domain.OutcomeCleared, day("2022-02-14")
		}, then: []want{invalid("dates.out_of_order", "concludedOn")}},
		{name: "concluded before it was opened", given: []domain.Event{intelTower, opened}, when: func(c *domain.ConcludeReview) {
			c.Outcome, c.ConcludedOn = domain.OutcomeCleared, day("2022-05-31")
		}, then: []want{invalid("dates.out_of_order", "concludedOn")}},
		{name: "concluded by another authority than the one that opened it", given: []domain.Event{intelTower, opened}, when: func(c *domain.ConcludeReview) {
			c.Authority = domain.Authority{ID: "EU-COM", Name: "European Commission", Jurisdiction: "EU"}
		}, then: []want{invalid("review.other_authority", "authority.id")}},
		{name: "no decision without an outside date", given: []domain.Event{domain.TransactionAnnounced(noOutside)},
			then: []want{invalid("review.no_outside_date", "outcome")}},
		{name: "no decision before the outside date", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) { c.ConcludedOn = day("2023-08-14") },
			then: []want{invalid("review.outside_date_not_reached", "concludedOn")}},
		{name: "several rule problems at once", given: []domain.Event{domain.TransactionAnnounced(noOutside)}, when: func(c *domain.ConcludeReview) {
			c.ConcludedOn = day("2021-01-01")
		}, then: []want{invalid("dates.out_of_order", "concludedOn"), invalid("review.no_outside_date", "outcome")}},
		{name: "several input problems at once", given: []domain.Event{intelTower}, when: func(c *domain.ConcludeReview) {
			c.Regime, c.Summary, c.Outcome = "", "", domain.OutcomeClearedWithConditions
		}, then: []want{required("regime"), required("summary"), invalid("conditions.required", "conditions")}},
	})
}

// upcastV1Conclusion is SAMR's conclusion as a review_concluded.v1 event
// stored before reviews had IDs, decoded as the domain reads it today.
func upcastV1Conclusion(tb testing.TB) domain.Event {
	tb.Helper()
	ev, err := domain.Decode(domain.TypeReviewConcludedV1, []byte(`{"transactionId":"INTEL-TOWER",
		"authority":{"id":"CN-SAMR","name":"State Administration for Market Regulation","jurisdiction":"CN"},
		"regime":"Anti-Monopoly Law merger review","outcome":"no_decision_by_outside_date","concludedOn":"2023-08-16",
		"summary":"s","sources":[{"title":"t","publisher":"p","official":false}]}`))
	if err != nil {
		tb.Fatal(err)
	}
	return ev
}

func TestTerminateTransaction(t *testing.T) {
	intelTower := domain.TransactionAnnounced(intelTowerAnnounce()) // 2022-02-15
	runCases(t, intelTowerTerminate, func(tx *domain.Transaction, c domain.TerminateTransaction) ([]domain.Event, error) {
		return tx.Terminate(c, now)
	}, func(c domain.TerminateTransaction) domain.Event { return domain.TransactionTerminated(c) }, []tcase[domain.TerminateTransaction]{
		{name: "terminated with a fee", given: []domain.Event{intelTower}},
		{name: "terminated without a fee", given: []domain.Event{intelTower}, when: func(c *domain.TerminateTransaction) { c.TerminationFee, c.FeePaidBy = nil, "" }},
		{name: "terminated after the review concluded", given: []domain.Event{intelTower, domain.ReviewConcluded(intelTowerConclude())}},
		{name: "terminated on the announcement day", given: []domain.Event{intelTower}, when: func(c *domain.TerminateTransaction) { c.TerminatedOn = day("2022-02-15") }},

		{name: "transactionId required", given: []domain.Event{intelTower}, when: func(c *domain.TerminateTransaction) { c.TransactionID = "" }, then: []want{required("transactionId")}},
		{name: "terminatedOn required", given: []domain.Event{intelTower}, when: func(c *domain.TerminateTransaction) { c.TerminatedOn = domain.Date{} },
			then: []want{required("terminatedOn")}},
		{name: "terminatedOn in the future", given: []domain.Event{intelTower}, when: func(c *domain.TerminateTransaction) { c.TerminatedOn = day("2026-01-02") },
			then: []want{invalid("date.in_future", "terminatedOn")}},
		{name: "reason required", given: []domain.Event{intelTower}, when: func(c *domain.TerminateTransaction) { c.Reason = " " }, then: []want{required("reason")}},
		{name: "fee amount positive", given: []domain.Event{intelTower}, when: func(c *domain.TerminateTransaction) { c.TerminationFee.Amount = 0 },
			then: []want{invalid("money.not_positive", "terminationFee.amount")}},
		{name: "fee currency malformed", given: []domain.Event{intelTower}, when: func(c *domain.TerminateTransaction) { c.TerminationFee.Currency = "dollars" },
			then: []want{invalid("currency.malformed", "terminationFee.currency")}},
		{name: "who paid the fee required", given: []domain.Event{intelTower}, when: func(c *domain.TerminateTransaction) { c.FeePaidBy = "" },
			then: []want{required("feePaidBy")}},
		{name: "sources required", given: []domain.Event{intelTower}, when: func(c *domain.TerminateTransaction) { c.Sources = nil },
			then: []want{invalid("sources.required", "sources")}},

		{name: "transaction not found", then: []want{notFound("transaction.not_found", "transactionId")}},
		{name: "transaction retracted", given: []domain.Event{intelTower, retraction(domain.KindTransaction, "INTEL-TOWER")}, then: []want{retractedRule}},
		{name: "already terminated", given: []domain.Event{intelTower, domain.TransactionTerminated(intelTowerTerminate())},
			then: []want{conflict("transaction.already_ended", "transactionId")}},
		{name: "already completed", given: []domain.Event{intelTower, domain.TransactionCompleted{TransactionID: "INTEL-TOWER", CompletedOn: day("2023-01-01"), Sources: []domain.Source{srcLedgerNote}}},
			then: []want{conflict("transaction.already_ended", "transactionId")}},
		{name: "terminated before the announcement", given: []domain.Event{intelTower}, when: func(c *domain.TerminateTransaction) { c.TerminatedOn = day("2022-02-14") },
			then: []want{invalid("dates.out_of_order", "terminatedOn")}},
	})
}

func TestCompleteTransaction(t *testing.T) {
	vishay := domain.TransactionAnnounced(vishayAnnounce()) // 2023-11-08
	prohibited := domain.ReviewConcluded{
		TransactionID: "VISHAY-NWF", ReviewID: "VISHAY-NWF-REVIEW", Authority: beis, Regime: "National Security and Investment Act 2021",
		Outcome: domain.OutcomeProhibited, ConcludedOn: day("2024-01-10"), Summary: "test fixture: a hypothetical prohibition",
		Sources: []domain.Source{srcLedgerNote},
	}
	runCases(t, vishayComplete, func(tx *domain.Transaction, c domain.CompleteTransaction) ([]domain.Event, error) {
		return tx.Complete(c, now)
	}, func(c domain.CompleteTransaction) domain.Event { return domain.TransactionCompleted(c) }, []tcase[domain.CompleteTransaction]{
		{name: "completed", given: []domain.Event{vishay}},
		{name: "completed on the announcement day", given: []domain.Event{vishay}, when: func(c *domain.CompleteTransaction) { c.CompletedOn = day("2023-11-08") }},
		{name: "completed before a later prohibition", given: []domain.Event{vishay, prohibited}, when: func(c *domain.CompleteTransaction) {
			c.CompletedOn = day("2024-01-09")
		}},
		{name: "completed after a clearance", given: []domain.Event{vishay, func() domain.Event {
			cleared := prohibited
			cleared.Outcome = domain.OutcomeCleared
			return cleared
		}()}},

		{name: "transactionId required", given: []domain.Event{vishay}, when: func(c *domain.CompleteTransaction) { c.TransactionID = "" }, then: []want{required("transactionId")}},
		{name: "completedOn required", given: []domain.Event{vishay}, when: func(c *domain.CompleteTransaction) { c.CompletedOn = domain.Date{} },
			then: []want{required("completedOn")}},
		{name: "completedOn in the future", given: []domain.Event{vishay}, when: func(c *domain.CompleteTransaction) { c.CompletedOn = day("2026-01-02") },
			then: []want{invalid("date.in_future", "completedOn")}},
		{name: "sources required", given: []domain.Event{vishay}, when: func(c *domain.CompleteTransaction) { c.Sources = nil },
			then: []want{invalid("sources.required", "sources")}},

		{name: "transaction not found", then: []want{notFound("transaction.not_found", "transactionId")}},
		{name: "transaction retracted", given: []domain.Event{vishay, retraction(domain.KindTransaction, "VISHAY-NWF")}, then: []want{retractedRule}},
		{name: "already completed", given: []domain.Event{vishay, domain.TransactionCompleted(vishayComplete())},
			then: []want{conflict("transaction.already_ended", "transactionId")}},
		{name: "already terminated", given: []domain.Event{vishay, domain.TransactionTerminated{TransactionID: "VISHAY-NWF", TerminatedOn: day("2024-01-01"), Reason: "test fixture", Sources: []domain.Source{srcLedgerNote}}},
			then: []want{conflict("transaction.already_ended", "transactionId")}},
		{name: "completed before the announcement", given: []domain.Event{vishay}, when: func(c *domain.CompleteTransaction) { c.CompletedOn = day("2023-11-07") },
			then: []want{invalid("dates.out_of_order", "completedOn")}},
		{name: "completed on the day it was prohibited", given: []domain.Event{vishay, prohibited}, when: func(c *domain.CompleteTransaction) {
			c.CompletedOn = day("2024-01-10")
		}, then: []want{invalid("transaction.prohibited", "completedOn")}},
		{name: "completed after it was prohibited", given: []domain.Event{vishay, prohibited}, then: []want{invalid("transaction.prohibited", "completedOn")}},
	})
}

func TestTransactionKeepsReviewsInOrder(t *testing.T) {
	tx := transactionGiven(domain.TransactionAnnounced(intelTowerAnnounce()), domain.ReviewOpened(intelTowerOpen()), domain.ReviewConcluded(intelTowerConclude()))
	snapshot := *tx
	tx.Apply(domain.TransactionTerminated(intelTowerTerminate()))
	second := intelTowerOpen()
	second.ReviewID = "INTEL-TOWER-EC"
	tx.Apply(domain.ReviewOpened(second))
	if tx.Version != 5 || len(tx.Opened) != 2 || len(tx.Reviews) != 1 || tx.Terminated == nil {
		t.Fatalf("after 5 events: version %d, %d opened, %d concluded, terminated %v", tx.Version, len(tx.Opened), len(tx.Reviews), tx.Terminated != nil)
	}
	if len(snapshot.Opened) != 1 || snapshot.Terminated != nil {
		t.Errorf("applying to a transaction changed an earlier copy")
	}
}
