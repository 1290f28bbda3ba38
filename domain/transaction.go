package domain

import (
	"fmt"
	"time"
)

type (
	// AnnounceTransaction records a transaction that may come under review.
	AnnounceTransaction TransactionAnnounced
	// ConcludeReview records how an authority's review of a transaction ended.
	ConcludeReview ReviewConcluded
)

// Transaction is the aggregate of one transaction's stream.
type Transaction struct {
	Version   int64
	Announced *TransactionAnnounced
	Reviews   []ReviewConcluded
}

// Exists reports whether the transaction has been announced.
func (t *Transaction) Exists() bool { return t.Announced != nil }

// Apply folds one event of the transaction's stream into the aggregate.
func (t *Transaction) Apply(ev Event) {
	t.Version++
	switch e := ev.(type) {
	case TransactionAnnounced:
		t.Announced = &e
	case ReviewConcluded:
		t.Reviews = append(t.Reviews[:len(t.Reviews):len(t.Reviews)], e)
	}
}

// Announce decides an AnnounceTransaction command.
func (t *Transaction) Announce(cmd AnnounceTransaction, now time.Time) ([]Event, error) {
	var p problems
	p.id("transactionId", cmd.TransactionID)
	p.required("title", cmd.Title)
	if len(cmd.Acquirers) == 0 {
		p.invalid("acquirers", "acquirers.required", "acquirers must name at least one acquirer")
	}
	for i, a := range cmd.Acquirers {
		p.party(fmt.Sprintf("acquirers[%d]", i), a)
	}
	p.party("target", cmd.Target)
	if v := cmd.Value; v != nil {
		if v.Amount <= 0 {
			p.invalid("value.amount", "money.not_positive", "value.amount must be positive, not %v", v.Amount)
		}
		if !currencyPattern.MatchString(v.Currency) {
			p.invalid("value.currency", "currency.malformed", "value.currency %q must be a three-letter ISO 4217 code such as USD", v.Currency)
		}
	}
	if p.requiredDate("announcedOn", cmd.AnnouncedOn) {
		p.notFuture("announcedOn", cmd.AnnouncedOn, now)
	}
	if !cmd.OutsideDate.IsZero() && !cmd.OutsideDate.After(cmd.AnnouncedOn) {
		p.invalid("outsideDate", "dates.out_of_order", "outsideDate (%s) must be after announcedOn (%s)", cmd.OutsideDate, cmd.AnnouncedOn)
	}
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if t.Exists() {
		return nil, &RuleError{Kind: ErrConflict, Rule: "transaction.already_exists", Field: "transactionId",
			Message: fmt.Sprintf("transaction %q already exists", cmd.TransactionID)}
	}
	return []Event{TransactionAnnounced(cmd)}, nil
}

// ConcludeReview decides a ConcludeReview command: the transaction must
// exist, each authority's review concludes once, not before the transaction
// was announced, and "no decision by the outside date" only once that date
// has passed.
func (t *Transaction) ConcludeReview(cmd ConcludeReview, now time.Time) ([]Event, error) {
	var p problems
	p.id("transactionId", cmd.TransactionID)
	p.authority("authority", cmd.Authority)
	p.required("regime", cmd.Regime)
	p.oneOf("outcome", cmd.Outcome, ReviewOutcomes)
	if p.requiredDate("concludedOn", cmd.ConcludedOn) {
		p.notFuture("concludedOn", cmd.ConcludedOn, now)
	}
	p.required("summary", cmd.Summary)
	if cmd.Outcome == OutcomeClearedWithConditions && len(cmd.Conditions) == 0 {
		p.invalid("conditions", "conditions.required", "conditions must list the conditions of a clearance with conditions")
	}
	if cmd.Instrument != nil {
		p.required("instrument.title", cmd.Instrument.Title)
	}
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if !t.Exists() {
		return nil, &RuleError{Kind: ErrNotFound, Rule: "transaction.not_found", Field: "transactionId",
			Message: fmt.Sprintf("transaction %q does not exist", cmd.TransactionID)}
	}
	for _, r := range t.Reviews {
		if r.Authority.ID == cmd.Authority.ID {
			return nil, &RuleError{Kind: ErrConflict, Rule: "review.already_concluded", Field: "authority.id",
				Message: fmt.Sprintf("the review of %q by %q already concluded on %s (%s)", cmd.TransactionID, cmd.Authority.ID, r.ConcludedOn, r.Outcome)}
		}
	}
	p.ordered("the transaction's announcedOn", t.Announced.AnnouncedOn, "concludedOn", cmd.ConcludedOn)
	if od := t.Announced.OutsideDate; cmd.Outcome == OutcomeNoDecisionByOutsideDate {
		if od.IsZero() {
			p.invalid("outcome", "review.no_outside_date", "outcome no_decision_by_outside_date needs the transaction to have an outsideDate")
		} else if cmd.ConcludedOn.Before(od) {
			p.invalid("concludedOn", "review.outside_date_not_reached", "concludedOn (%s) is before the outside date (%s)", cmd.ConcludedOn, od)
		}
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{ReviewConcluded(cmd)}, nil
}
