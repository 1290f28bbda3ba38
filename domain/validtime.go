package domain

// ValidDates returns the valid-time dates an event is about: the date it
// takes effect or happened, and the end of the period it sets (a
// suspension's planned end, a designation's savings clause, a transaction's
// outside date), zero where it sets none. Both are zero for an event about
// no date: links and their retraction, corrections, retractions, source
// conflicts and checkpoints are facts about the record, dated only by when
// the ledger recorded them.
func ValidDates(ev Event) (from, until Date) {
	if d, ok := ev.(validDated); ok {
		return d.validDates()
	}
	return Date{}, Date{}
}

// validDated is an event about a valid-time date. Each event type with a
// business date implements it beside the others here, so a new one is
// added in one place.
type validDated interface {
	validDates() (from, until Date)
}

func (e MeasureAnnounced) validDates() (Date, Date)         { return e.AnnouncedOn, Date{} }
func (e ProvisionEffective) validDates() (Date, Date)       { return e.EffectiveOn, Date{} }
func (e MeasureAmended) validDates() (Date, Date)           { return e.EffectiveOn, Date{} }
func (e MeasureSuspended) validDates() (Date, Date)         { return e.From, e.Until }
func (e SuspensionEnded) validDates() (Date, Date)          { return e.EndedOn, Date{} }
func (e MeasureRevoked) validDates() (Date, Date)           { return e.EffectiveOn, Date{} }
func (e MeasureExpired) validDates() (Date, Date)           { return e.ExpiredOn, Date{} }
func (e PartyDesignated) validDates() (Date, Date)          { return e.EffectiveOn, e.SavingsClauseUntil }
func (e DesignationAmended) validDates() (Date, Date)       { return e.EffectiveOn, Date{} }
func (e PartyDelisted) validDates() (Date, Date)            { return e.EffectiveOn, Date{} }
func (e TransactionAnnounced) validDates() (Date, Date)     { return e.AnnouncedOn, e.OutsideDate }
func (e ReviewOpened) validDates() (Date, Date)             { return e.OpenedOn, Date{} }
func (e ReviewConcluded) validDates() (Date, Date)          { return e.ConcludedOn, Date{} }
func (e TransactionTerminated) validDates() (Date, Date)    { return e.TerminatedOn, Date{} }
func (e TransactionCompleted) validDates() (Date, Date)     { return e.CompletedOn, Date{} }
func (e EnforcementActionOpened) validDates() (Date, Date)  { return e.OpenedOn, Date{} }
func (e EnforcementFindingIssued) validDates() (Date, Date) { return e.IssuedOn, Date{} }
func (e DialogueEstablished) validDates() (Date, Date)      { return e.EstablishedOn, Date{} }
func (e MeetingHeld) validDates() (Date, Date)              { return e.HeldOn, Date{} }
func (e SourceDocumentRegistered) validDates() (Date, Date) { return e.PublishedOn, Date{} }
