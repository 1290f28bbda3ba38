package domain

import (
	"encoding/json"
	"fmt"
	"time"
)

// Money is an amount in a currency.
type Money struct {
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
}

// TransactionAnnounced records a merger, acquisition or investment that
// may come under review.
type TransactionAnnounced struct {
	TransactionID string  `json:"transactionId"`
	Title         string  `json:"title"`
	Acquirers     []Party `json:"acquirers"`
	Target        Party   `json:"target"`
	Value         *Money  `json:"value,omitempty"`
	AnnouncedOn   Date    `json:"announcedOn"`
	// OutsideDate is the date after which either party may walk away.
	OutsideDate Date     `json:"outsideDate,omitzero"`
	Sources     []Source `json:"sources"`
}

// Review triggers.
var ReviewTriggers = []string{"notification", "call_in", "own_initiative"}

// ReviewOpened records that an authority opened a review of a transaction
// under a regime (CFIUS, NSIA, SAMR merger control ...).
type ReviewOpened struct {
	TransactionID string    `json:"transactionId"`
	ReviewID      string    `json:"reviewId"`
	Authority     Authority `json:"authority"`
	Regime        string    `json:"regime"`
	// Trigger is how the review started: one of ReviewTriggers.
	Trigger  string   `json:"trigger"`
	OpenedOn Date     `json:"openedOn"`
	Summary  string   `json:"summary,omitempty"`
	Sources  []Source `json:"sources"`
}

// Review outcomes.
const (
	OutcomeCleared                 = "cleared"
	OutcomeClearedWithConditions   = "cleared_with_conditions"
	OutcomeProhibited              = "prohibited"
	OutcomeDivestmentOrdered       = "divestment_ordered"
	OutcomeNoDecisionByOutsideDate = "no_decision_by_outside_date"
	OutcomeWithdrawn               = "withdrawn"
)

// ReviewOutcomes lists how a review can end.
var ReviewOutcomes = []string{OutcomeCleared, OutcomeClearedWithConditions, OutcomeProhibited, OutcomeDivestmentOrdered, OutcomeNoDecisionByOutsideDate, OutcomeWithdrawn}

// ReviewConcluded records how an authority's review of a transaction ended.
type ReviewConcluded struct {
	TransactionID string `json:"transactionId"`
	// ReviewID names the review; the opening of the review, if recorded,
	// has the same ID.
	ReviewID    string      `json:"reviewId"`
	Authority   Authority   `json:"authority"`
	Regime      string      `json:"regime"`
	Outcome     string      `json:"outcome"`
	ConcludedOn Date        `json:"concludedOn"`
	Instrument  *Instrument `json:"instrument,omitempty"`
	Conditions  []string    `json:"conditions,omitempty"`
	Summary     string      `json:"summary"`
	Sources     []Source    `json:"sources"`
}

// reviewConcludedV1 is the first version, which had no review ID: one
// review per authority.
type reviewConcludedV1 struct {
	TransactionID string      `json:"transactionId"`
	Authority     Authority   `json:"authority"`
	Regime        string      `json:"regime"`
	Outcome       string      `json:"outcome"`
	ConcludedOn   Date        `json:"concludedOn"`
	Instrument    *Instrument `json:"instrument,omitempty"`
	Conditions    []string    `json:"conditions,omitempty"`
	Summary       string      `json:"summary"`
	Sources       []Source    `json:"sources"`
}

// upcastReviewConcludedV1 names a v1 review after its authority, which was
// the v1 rule: each authority's review concluded once.
func upcastReviewConcludedV1(data []byte) (string, []byte, error) {
	var v1 reviewConcludedV1
	if err := json.Unmarshal(data, &v1); err != nil {
		return "", nil, err
	}
	v2, err := json.Marshal(ReviewConcluded{
		TransactionID: v1.TransactionID, ReviewID: v1.Authority.ID, Authority: v1.Authority, Regime: v1.Regime,
		Outcome: v1.Outcome, ConcludedOn: v1.ConcludedOn, Instrument: v1.Instrument, Conditions: v1.Conditions,
		Summary: v1.Summary, Sources: v1.Sources,
	})
	return TypeReviewConcluded, v2, err
}

// TransactionTerminated records that the parties abandoned a transaction.
type TransactionTerminated struct {
	TransactionID string `json:"transactionId"`
	TerminatedOn  Date   `json:"terminatedOn"`
	Reason        string `json:"reason"`
	// TerminationFee is the fee one party paid the other, if any.
	TerminationFee *Money   `json:"terminationFee,omitempty"`
	FeePaidBy      string   `json:"feePaidBy,omitempty"`
	Sources        []Source `json:"sources"`
}

// TransactionCompleted records that a transaction closed.
type TransactionCompleted struct {
	TransactionID string   `json:"transactionId"`
	CompletedOn   Date     `json:"completedOn"`
	Sources       []Source `json:"sources"`
}

func (TransactionAnnounced) EventType() string  { return TypeTransactionAnnounced }
func (ReviewOpened) EventType() string          { return TypeReviewOpened }
func (ReviewConcluded) EventType() string       { return TypeReviewConcluded }
func (TransactionTerminated) EventType() string { return TypeTransactionTerminated }
func (TransactionCompleted) EventType() string  { return TypeTransactionCompleted }
func (reviewConcludedV1) EventType() string     { return TypeReviewConcludedV1 }

func (e TransactionAnnounced) Subject() Ref  { return Ref{KindTransaction, e.TransactionID} }
func (e ReviewOpened) Subject() Ref          { return Ref{KindTransaction, e.TransactionID} }
func (e ReviewConcluded) Subject() Ref       { return Ref{KindTransaction, e.TransactionID} }
func (e TransactionTerminated) Subject() Ref { return Ref{KindTransaction, e.TransactionID} }
func (e TransactionCompleted) Subject() Ref  { return Ref{KindTransaction, e.TransactionID} }

type (
	// AnnounceTransaction records a transaction that may come under review.
	AnnounceTransaction TransactionAnnounced
	// OpenReview records that an authority opened a review.
	OpenReview ReviewOpened
	// ConcludeReview records how an authority's review of a transaction ended.
	ConcludeReview ReviewConcluded
	// TerminateTransaction records that the parties abandoned a transaction.
	TerminateTransaction TransactionTerminated
	// CompleteTransaction records that a transaction closed.
	CompleteTransaction TransactionCompleted
)

// transactionCommands are the commands on transactions, each about the
// transaction its TransactionID names.
var transactionCommands = []*CommandType{
	decidedBy("AnnounceTransaction", func(c AnnounceTransaction) Ref { return Ref{KindTransaction, c.TransactionID} }, (*Transaction).Announce),
	decidedBy("OpenReview", func(c OpenReview) Ref { return Ref{KindTransaction, c.TransactionID} }, (*Transaction).OpenReview),
	decidedBy("ConcludeReview", func(c ConcludeReview) Ref { return Ref{KindTransaction, c.TransactionID} }, (*Transaction).ConcludeReview),
	decidedBy("TerminateTransaction", func(c TerminateTransaction) Ref { return Ref{KindTransaction, c.TransactionID} }, (*Transaction).Terminate),
	decidedBy("CompleteTransaction", func(c CompleteTransaction) Ref { return Ref{KindTransaction, c.TransactionID} }, (*Transaction).Complete),
}

// Transaction is the aggregate of one transaction's stream.
type Transaction struct {
	Knowledge
	Version    int64
	Announced  *TransactionAnnounced
	Opened     []ReviewOpened
	Reviews    []ReviewConcluded
	Terminated *TransactionTerminated
	Completed  *TransactionCompleted
}

// Exists reports whether the transaction has been announced.
func (t *Transaction) Exists() bool { return t.Announced != nil }

// Apply folds one event of the transaction's stream into the aggregate.
func (t *Transaction) Apply(ev Event) {
	t.Version++
	if t.applyKnowledge(ev) {
		return
	}
	switch e := ev.(type) {
	case TransactionAnnounced:
		t.Announced = &e
	case ReviewOpened:
		t.Opened = append(t.Opened, e)
	case ReviewConcluded:
		t.Reviews = append(t.Reviews, e)
	case TransactionTerminated:
		t.Terminated = &e
	case TransactionCompleted:
		t.Completed = &e
	}
}

func (p *problems) money(field string, m *Money) {
	if m == nil {
		return
	}
	if m.Amount <= 0 {
		p.invalid(field+".amount", "money.not_positive", "%s.amount must be positive, not %v", field, m.Amount)
	}
	if !currencyPattern.MatchString(m.Currency) {
		p.invalid(field+".currency", "currency.malformed", "%s.currency %q must be a three-letter ISO 4217 code such as USD", field, m.Currency)
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
	p.money("value", cmd.Value)
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

func (t *Transaction) mustExist(id string) error {
	if !t.Exists() {
		return &RuleError{Kind: ErrNotFound, Rule: "transaction.not_found", Field: "transactionId",
			Message: fmt.Sprintf("transaction %q does not exist", id)}
	}
	return t.notRetracted(Ref{KindTransaction, id})
}

// OpenReview decides an OpenReview command.
func (t *Transaction) OpenReview(cmd OpenReview, now time.Time) ([]Event, error) {
	var p problems
	p.id("transactionId", cmd.TransactionID)
	p.id("reviewId", cmd.ReviewID)
	p.authority("authority", cmd.Authority)
	p.required("regime", cmd.Regime)
	p.oneOf("trigger", cmd.Trigger, ReviewTriggers)
	if p.requiredDate("openedOn", cmd.OpenedOn) {
		p.notFuture("openedOn", cmd.OpenedOn, now)
	}
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if err := t.mustExist(cmd.TransactionID); err != nil {
		return nil, err
	}
	if _, ok := t.opened(cmd.ReviewID); ok {
		return nil, &RuleError{Kind: ErrConflict, Rule: "review.duplicate", Field: "reviewId",
			Message: fmt.Sprintf("review %q of %q is already recorded", cmd.ReviewID, cmd.TransactionID)}
	}
	p.ordered("the transaction's announcedOn", t.Announced.AnnouncedOn, "openedOn", cmd.OpenedOn)
	// A conclusion recorded first (see ConcludeReview) must fit the opening.
	for _, r := range t.Reviews {
		if r.ReviewID != cmd.ReviewID {
			continue
		}
		if cmd.OpenedOn.After(r.ConcludedOn) {
			p.invalid("openedOn", "dates.out_of_order", "openedOn (%s) is after the review's concludedOn (%s)", cmd.OpenedOn, r.ConcludedOn)
		}
		if r.Authority.ID != cmd.Authority.ID {
			p.invalid("authority.id", "review.other_authority", "review %q was concluded by %q, not %q", cmd.ReviewID, r.Authority.ID, cmd.Authority.ID)
		}
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{ReviewOpened(cmd)}, nil
}

// ConcludeReview decides a ConcludeReview command: the transaction must
// exist, each review concludes once, not before it was opened (if its
// opening is recorded) nor before the transaction was announced, and "no
// decision by the outside date" only once that date has passed. A review
// whose opening was never recorded (sources often do not give the date) can
// still conclude.
func (t *Transaction) ConcludeReview(cmd ConcludeReview, now time.Time) ([]Event, error) {
	var p problems
	p.id("transactionId", cmd.TransactionID)
	p.id("reviewId", cmd.ReviewID)
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
	if err := t.mustExist(cmd.TransactionID); err != nil {
		return nil, err
	}
	for _, r := range t.Reviews {
		if r.ReviewID == cmd.ReviewID {
			return nil, &RuleError{Kind: ErrConflict, Rule: "review.already_concluded", Field: "reviewId",
				Message: fmt.Sprintf("review %q of %q already concluded on %s (%s)", cmd.ReviewID, cmd.TransactionID, r.ConcludedOn, r.Outcome)}
		}
	}
	p.ordered("the transaction's announcedOn", t.Announced.AnnouncedOn, "concludedOn", cmd.ConcludedOn)
	if o, ok := t.opened(cmd.ReviewID); ok {
		p.ordered("the review's openedOn", o.OpenedOn, "concludedOn", cmd.ConcludedOn)
		if o.Authority.ID != cmd.Authority.ID {
			p.invalid("authority.id", "review.other_authority", "review %q was opened by %q, not %q", cmd.ReviewID, o.Authority.ID, cmd.Authority.ID)
		}
	}
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

// Terminate decides a TerminateTransaction command.
func (t *Transaction) Terminate(cmd TerminateTransaction, now time.Time) ([]Event, error) {
	var p problems
	p.id("transactionId", cmd.TransactionID)
	if p.requiredDate("terminatedOn", cmd.TerminatedOn) {
		p.notFuture("terminatedOn", cmd.TerminatedOn, now)
	}
	p.required("reason", cmd.Reason)
	p.money("terminationFee", cmd.TerminationFee)
	if cmd.TerminationFee != nil {
		p.required("feePaidBy", cmd.FeePaidBy)
	}
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if err := t.mustExist(cmd.TransactionID); err != nil {
		return nil, err
	}
	if err := t.notEnded(); err != nil {
		return nil, err
	}
	p.ordered("the transaction's announcedOn", t.Announced.AnnouncedOn, "terminatedOn", cmd.TerminatedOn)
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{TransactionTerminated(cmd)}, nil
}

// Complete decides a CompleteTransaction command: a transaction prohibited
// by then cannot complete.
func (t *Transaction) Complete(cmd CompleteTransaction, now time.Time) ([]Event, error) {
	var p problems
	p.id("transactionId", cmd.TransactionID)
	if p.requiredDate("completedOn", cmd.CompletedOn) {
		p.notFuture("completedOn", cmd.CompletedOn, now)
	}
	p.sources("sources", cmd.Sources)
	if err := p.err(); err != nil {
		return nil, err
	}
	if err := t.mustExist(cmd.TransactionID); err != nil {
		return nil, err
	}
	if err := t.notEnded(); err != nil {
		return nil, err
	}
	p.ordered("the transaction's announcedOn", t.Announced.AnnouncedOn, "completedOn", cmd.CompletedOn)
	for _, r := range t.Reviews {
		if r.Outcome == OutcomeProhibited && !cmd.CompletedOn.Before(r.ConcludedOn) {
			p.invalid("completedOn", "transaction.prohibited", "the transaction was prohibited on %s by %s", r.ConcludedOn, r.Authority.Name)
		}
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return []Event{TransactionCompleted(cmd)}, nil
}

func (t *Transaction) notEnded() error {
	switch {
	case t.Terminated != nil:
		return &RuleError{Kind: ErrConflict, Rule: "transaction.already_ended", Field: "transactionId",
			Message: fmt.Sprintf("the transaction was terminated on %s", t.Terminated.TerminatedOn)}
	case t.Completed != nil:
		return &RuleError{Kind: ErrConflict, Rule: "transaction.already_ended", Field: "transactionId",
			Message: fmt.Sprintf("the transaction completed on %s", t.Completed.CompletedOn)}
	}
	return nil
}

func (t *Transaction) opened(reviewID string) (ReviewOpened, bool) {
	for _, o := range t.Opened {
		if o.ReviewID == reviewID {
			return o, true
		}
	}
	return ReviewOpened{}, false
}
