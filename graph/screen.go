package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/projections"
	"github.com/controlsledger/ledger/screening"
	"github.com/controlsledger/ledger/screening/ledgerindex"
)

// Screener is what the API needs of the screening index.
type Screener interface {
	Screen(q ledgerindex.Query) (projections.Basis, []ledgerindex.Match, error)
}

// MaxScreenBatch is the most parties one screenBatch request screens.
const MaxScreenBatch = 100

// ScreenCandidate is one candidate of a screening.
type ScreenCandidate struct {
	screening.Match
	Designation *Designation
}

// NameKind returns the kind of the name that matched.
func (c *ScreenCandidate) NameKind() string { return string(c.Match.NameKind) }

// How returns how the name matched.
func (c *ScreenCandidate) How() string { return string(c.Match.How) }

// Agreed returns the features that agreed.
func (c *ScreenCandidate) Agreed() []screening.Feature { return nonNil(c.Match.Agreed) }

// Conflicted returns the features that conflicted.
func (c *ScreenCandidate) Conflicted() []screening.Feature { return nonNil(c.Match.Conflicted) }

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// screen screens the parties qs at asOf; batch says they came as
// screenBatch's queries (which the errors name).
func (r *Resolver) screen(ctx context.Context, qs []ScreenQuery, batch bool, asOf *AsOf, threshold *float64, first *int) ([]ScreenResult, error) {
	if r.Screener == nil {
		return nil, errors.New("screening is not configured")
	}
	if len(qs) > MaxScreenBatch {
		return nil, &domain.RuleError{Kind: errLimit, Field: "queries", Rule: "screen.too_many",
			Message: fmt.Sprintf("queries must hold at most %d parties, not %d", MaxScreenBatch, len(qs))}
	}
	a, err := r.asOf(ctx, asOf)
	if err != nil {
		return nil, err
	}
	limit := 10
	if first != nil {
		if *first < 1 || *first > screening.MaxLimit {
			return nil, inputError("first", "screen.first", "first must be 1 to %d, not %d", screening.MaxLimit, *first)
		}
		limit = *first
	}
	least := screening.DefaultThreshold
	if threshold != nil {
		if *threshold < 0 || *threshold > 1 {
			return nil, inputError("threshold", "screen.threshold", "threshold must be 0 to 1, not %g", *threshold)
		}
		least = *threshold
	}
	out := make([]ScreenResult, len(qs))
	for i, q := range qs {
		sq := ledgerindex.Query{AsOf: a, Query: screening.Query{Name: q.Name, Schema: val(q.Schema), Country: val(q.Country),
			Identifier: val(q.Identifier), Lists: q.Lists, Programs: q.Programs, Limit: limit, Threshold: least}}
		if sq.Schema == "Airplane" {
			sq.Schema = screening.SchemaAircraft
		}
		field := "query"
		if batch {
			field = fmt.Sprintf("queries[%d]", i)
		}
		if q.BirthDate != nil {
			d, err := screening.ParseDate(*q.BirthDate)
			if err != nil {
				return nil, inputError(field+".birthDate", "date.malformed", "%s.birthDate: %v", field, err)
			}
			sq.BirthDate = d
		}
		if threshold != nil && *threshold == 0 {
			sq.Threshold = -1 // every scored candidate
		}
		b, ms, err := r.Screener.Screen(sq)
		if err != nil {
			var re *domain.RuleError
			if errors.As(err, &re) {
				return nil, inputError(field+"."+re.Field, re.Rule, "%s: %s", field, re.Message)
			}
			return nil, err
		}
		res := ScreenResult{Basis: &b, Name: q.Name, Threshold: least, Candidates: make([]ScreenCandidate, len(ms))}
		for j, m := range ms {
			res.Candidates[j] = ScreenCandidate{Match: m.Match, Designation: newDesignation(b, m.Designation)}
		}
		out[i] = res
	}
	return out, nil
}
