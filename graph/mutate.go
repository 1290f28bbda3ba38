package graph

import (
	"context"
	"fmt"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/ledger"
)

// mutate is every command's mutation: it runs input, a command given as
// its domain value, and reads back the record it changed into a payload of
// type *T. Broken rules come back as the payload's user errors, with no
// result; other failures as the error.
func mutate[T any, P payload[T]](ctx context.Context, r *Resolver, input any, expectedVersion *int, idempotencyKey *string) (P, error) {
	p := P(new(T))
	t, ok := domain.CommandOf(input)
	if !ok {
		return nil, fmt.Errorf("mutation: %T is not a command", input)
	}
	res, userErrors, err := r.run(ctx, expectedVersion, idempotencyKey, func(req ledger.Request) (ledger.Result, error) {
		return r.Commands.Do(ctx, req, input)
	})
	if res == nil {
		p.fill(nil, userErrors, nil)
		return p, err
	}
	rec, err := r.readBack(ctx, t.Subject(input), input, *res)
	p.fill(res, []UserError{}, rec)
	return p, err
}

// readBack reads the record ref that the command input changed, right
// after it (read your writes): a link among those from the record it
// links, or nil once retracted; any other record as its stream holds it.
func (r *Resolver) readBack(ctx context.Context, ref domain.Ref, input any, res ledger.Result) (any, error) {
	switch c := input.(type) {
	case domain.LinkRecords:
		return r.linkAfter(ctx, ref.ID, c.From, res)
	case domain.RetractLink:
		return r.linkAfter(ctx, ref.ID, domain.Ref{}, res)
	}
	return r.after(ctx, ref, res)
}

// payload is the payload of a command's mutation.
type payload[T any] interface {
	*T
	// fill sets the result, the user errors and the record read back (nil
	// when nothing was written).
	fill(res *ledger.Result, userErrors []UserError, rec any)
}

// as returns v as a T, or T's zero value.
func as[T any](v any) T {
	t, _ := v.(T)
	return t
}

func (p *MeasurePayload) fill(res *ledger.Result, e []UserError, rec any) {
	p.Result, p.UserErrors, p.Measure = res, e, as[*Measure](rec)
}

func (p *DesignationPayload) fill(res *ledger.Result, e []UserError, rec any) {
	p.Result, p.UserErrors, p.Designation = res, e, as[*Designation](rec)
}

func (p *TransactionPayload) fill(res *ledger.Result, e []UserError, rec any) {
	p.Result, p.UserErrors, p.Transaction = res, e, as[*Transaction](rec)
}

func (p *EnforcementActionPayload) fill(res *ledger.Result, e []UserError, rec any) {
	p.Result, p.UserErrors, p.EnforcementAction = res, e, as[*EnforcementAction](rec)
}

func (p *DialoguePayload) fill(res *ledger.Result, e []UserError, rec any) {
	p.Result, p.UserErrors, p.Dialogue = res, e, as[*Dialogue](rec)
}

func (p *SourcePayload) fill(res *ledger.Result, e []UserError, rec any) {
	p.Result, p.UserErrors, p.Source = res, e, as[*SourceDocument](rec)
}

func (p *LinkPayload) fill(res *ledger.Result, e []UserError, rec any) {
	p.Result, p.UserErrors, p.Link = res, e, as[*Link](rec)
}

func (p *KnowledgePayload) fill(res *ledger.Result, e []UserError, rec any) {
	p.Result, p.UserErrors, p.Record = res, e, as[Record](rec)
}
