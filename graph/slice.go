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
// Null. workerLimit, a bound on the goroutines, has nothing to bound. The
// elements' field contexts and indices are made in one allocation each for
// the whole list rather than two per element: they live as long as the
// answer, like the elements' own.
func marshalSlice(
	ctx context.Context,
	length int,
	_ int64,
	omitPanicHandler bool,
	marshalElement func(ctx context.Context, i int) graphql.Marshaler,
) graphql.Array {
	ret := make(graphql.Array, length)
	fields := make([]graphql.FieldContext, length)
	indices := make([]int, length)
	for i := range length {
		indices[i] = i
		fields[i].Index = &indices[i]
		elementCtx := graphql.WithFieldContext(ctx, &fields[i])
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

// sequentialGroup is the deferred group of an object whose fields are
// resolved sequentially. cmd/graphgen substitutes it for
// graphql.NewDeferredGroup in the generated code: gqlgen adds an object's
// @defer'd fields to its group only in FieldSet.ResolveConcurrently, which
// sequential objects never call (they answer those fields inline), so the
// group stays empty and gqlgen only asks its Defers' length. Its own
// constructor still builds the object's path (an allocation per path
// element), a field set and a map for every object of every answer.
func sequentialGroup(ctx context.Context) graphql.DeferredGroup {
	return graphql.DeferredGroup{Context: ctx}
}
