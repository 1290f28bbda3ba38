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
		p.set(nil, userErrors)
		return p, err
	}
	p.set(res, []UserError{})
	return p, p.readBack(ctx, r, t.Subject(input), input, *res)
}

// payload is the payload of a command's mutation: the result and user
// errors every one has, and the record the command changed, read back
// right after it (read your writes).
type payload[T any] interface {
	*T
	set(res *ledger.Result, userErrors []UserError)
	// readBack reads the record ref, which input was about, at res.
	readBack(ctx context.Context, r *Resolver, ref domain.Ref, input any, res ledger.Result) error
}

func (p *MeasurePayload) set(res *ledger.Result, e []UserError) { p.Result, p.UserErrors = res, e }

func (p *MeasurePayload) readBack(ctx context.Context, r *Resolver, ref domain.Ref, _ any, res ledger.Result) (err error) {
	p.Measure, err = afterAs[*Measure](ctx, r, ref, res)
	return err
}

func (p *DesignationPayload) set(res *ledger.Result, e []UserError) { p.Result, p.UserErrors = res, e }

func (p *DesignationPayload) readBack(ctx context.Context, r *Resolver, ref domain.Ref, _ any, res ledger.Result) (err error) {
	p.Designation, err = afterAs[*Designation](ctx, r, ref, res)
	return err
}

func (p *TransactionPayload) set(res *ledger.Result, e []UserError) { p.Result, p.UserErrors = res, e }

func (p *TransactionPayload) readBack(ctx context.Context, r *Resolver, ref domain.Ref, _ any, res ledger.Result) (err error) {
	p.Transaction, err = afterAs[*Transaction](ctx, r, ref, res)
	return err
}

func (p *EnforcementActionPayload) set(res *ledger.Result, e []UserError) {
	p.Result, p.UserErrors = res, e
}

func (p *EnforcementActionPayload) readBack(ctx context.Context, r *Resolver, ref domain.Ref, _ any, res ledger.Result) (err error) {
	p.EnforcementAction, err = afterAs[*EnforcementAction](ctx, r, ref, res)
	return err
}

func (p *DialoguePayload) set(res *ledger.Result, e []UserError) { p.Result, p.UserErrors = res, e }

func (p *DialoguePayload) readBack(ctx context.Context, r *Resolver, ref domain.Ref, _ any, res ledger.Result) (err error) {
	p.Dialogue, err = afterAs[*Dialogue](ctx, r, ref, res)
	return err
}

func (p *SourcePayload) set(res *ledger.Result, e []UserError) { p.Result, p.UserErrors = res, e }

func (p *SourcePayload) readBack(ctx context.Context, r *Resolver, ref domain.Ref, _ any, res ledger.Result) (err error) {
	p.Source, err = afterAs[*SourceDocument](ctx, r, ref, res)
	return err
}

func (p *LinkPayload) set(res *ledger.Result, e []UserError) { p.Result, p.UserErrors = res, e }

// readBack finds the link among those from the record it links, when the
// command names it (a new link), else among all (a retracted link, which
// no longer stands: nil).
func (p *LinkPayload) readBack(ctx context.Context, r *Resolver, ref domain.Ref, input any, res ledger.Result) (err error) {
	var from domain.Ref
	if l, ok := input.(domain.LinkRecords); ok {
		from = l.From
	}
	p.Link, err = r.linkAfter(ctx, ref.ID, from, res)
	return err
}

func (p *KnowledgePayload) set(res *ledger.Result, e []UserError) { p.Result, p.UserErrors = res, e }

func (p *KnowledgePayload) readBack(ctx context.Context, r *Resolver, ref domain.Ref, _ any, res ledger.Result) error {
	rec, err := r.after(ctx, ref, res)
	p.Record = rec
	return err
}
