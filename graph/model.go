package graph

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/projections"
)

// MarshalDate writes a domain.Date as "YYYY-MM-DD" (null when unset).
func MarshalDate(d domain.Date) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		if d.IsZero() {
			io.WriteString(w, "null")
			return
		}
		io.WriteString(w, strconv.Quote(d.String()))
	})
}

// UnmarshalDate reads a "YYYY-MM-DD" string.
func UnmarshalDate(v any) (domain.Date, error) {
	s, ok := v.(string)
	if !ok {
		return domain.Date{}, &coercionError{fmt.Sprintf("a Date must be a string of the form YYYY-MM-DD, not %T", v)}
	}
	d, err := domain.ParseDate(s)
	if err != nil {
		return domain.Date{}, &coercionError{err.Error()}
	}
	return d, nil
}

// MarshalEnum writes a domain enum value ("in_force") as a GraphQL enum
// value ("IN_FORCE").
func MarshalEnum(s string) graphql.Marshaler {
	return graphql.MarshalString(strings.ToUpper(s))
}

// UnmarshalEnum reads a GraphQL enum value ("IN_FORCE") as the domain's
// value ("in_force"). The GraphQL layer has already checked it is one of the
// enum's values.
func UnmarshalEnum(v any) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", &coercionError{fmt.Sprintf("an enum value must be a string, not %T", v)}
	}
	return strings.ToLower(s), nil
}

// Measure is a measure as the API shows it: the announced facts, the state
// known at the basis and the status at its valid time.
type Measure struct {
	*domain.MeasureAnnounced
	Basis projections.Basis
	view  projections.MeasureView
}

func newMeasure(b projections.Basis, v projections.MeasureView) *Measure {
	return &Measure{MeasureAnnounced: v.Announced, Basis: b, view: v}
}

// ID returns the measure's ID.
func (m *Measure) ID() string { return m.MeasureID }

// Version returns the measure's stream version at the basis.
func (m *Measure) Version() int64 { return m.view.Version }

// KnownSince returns the position this version became known at.
func (m *Measure) KnownSince() uint64 { return m.view.KnownSince }

// Status returns the status at the valid time.
func (m *Measure) Status() string { return m.view.Status }

// ProvisionStates returns each provision's status at the valid time.
func (m *Measure) ProvisionStates() []domain.ProvisionStatus { return m.view.Provisions }

// Suspensions returns the suspensions recorded for the measure.
func (m *Measure) Suspensions() []domain.MeasureSuspended { return m.view.Suspensions }

// Revocation returns the revocation, if recorded.
func (m *Measure) Revocation() *domain.MeasureRevoked { return m.view.Revoked }

// Link is a link between two measures at a basis.
type Link struct {
	projections.LinkView
	basis projections.Basis
}

// Transaction is a transaction at a basis.
type Transaction struct {
	projections.TransactionView
	Basis projections.Basis
}

// ID returns the transaction's ID.
func (t *Transaction) ID() string { return t.TransactionID }

// Dialogue is a dialogue at a basis.
type Dialogue struct {
	projections.DialogueView
	Basis projections.Basis
}

// ID returns the dialogue's ID.
func (d *Dialogue) ID() string { return d.DialogueID }

// Meeting is a meeting of a dialogue at a basis.
type Meeting struct {
	domain.MeetingHeld
	basis projections.Basis
}
