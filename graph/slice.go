package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSlice marshals a list's elements one after the other on the
// caller's goroutine. cmd/graphgen substitutes it for
// graphql.MarshalSliceConcurrently in the generated code, and it keeps that
// function's contract but its goroutines: each element gets a FieldContext
// with its Index, and a panic while marshalling one element is recovered
// (unless omitPanicHandler) into an error on that element, which becomes
// Null. workerLimit, a bound on the goroutines, has nothing to bound.
func marshalSlice(
	ctx context.Context,
	length int,
	_ int64,
	omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) graphql.Array {
	ret := make(graphql.Array, length)
	for i := range length {
		elementCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &i})
		if omitPanicHandler {
			ret[i] = marshalElement(elementCtx, i)
			continue
		}
		ret[i] = marshalRecovered(elementCtx, i, marshalElement)
	}
	return ret
}

// marshalRecovered is one element of marshalSlice, its panic recovered.
func marshalRecovered(ctx context.Context, i int, marshalElement func(ctx context.Context, i int) graphql.Marshaler) (m graphql.Marshaler) {
	defer func() {
		if r := recover(); r != nil {
			graphql.AddError(ctx, graphql.Recover(ctx, r))
			m = graphql.Null
		}
	}()
	return marshalElement(ctx, i)
}
