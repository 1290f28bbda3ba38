package graph

// Sequential execution: what cmd/graphgen substitutes in the generated
// code for parts of gqlgen's runtime that serve concurrent execution, each
// with the contract the generated code relies on.

import (
	"context"
	"io"

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

// object is the field set of an object whose fields are resolved one after
// the other. cmd/graphgen substitutes newObject for graphql.NewFieldSet in
// the generated code, which uses only what object has: Values (one per
// field, filled in order), Invalids (the non-null fields that came out
// null), Dispatch (nothing to do: no field was delayed) and MarshalGQL.
// gqlgen's FieldSet also serves concurrent and deferred fields, and costs
// for each object of every answer a second allocation for its values, an
// iterator whose captured state escapes and a map of the aliases written
// (docs/gqlgen-proposal.md, changes 6 and 8): a quarter of a large page's
// allocations.
type object struct {
	fields   []graphql.CollectedField
	Values   []graphql.Marshaler
	Invalids uint32
	// values holds Values for an object of few fields, most of them.
	values [8]graphql.Marshaler
}

func newObject(fields []graphql.CollectedField) *object {
	o := &object{fields: fields}
	if len(fields) <= len(o.values) {
		o.Values = o.values[:len(fields):len(fields)]
	} else {
		o.Values = make([]graphql.Marshaler, len(fields))
	}
	return o
}

// Dispatch runs the fields delayed for concurrent resolution: a sequential
// object has none.
func (o *object) Dispatch(context.Context) {}

// MarshalGQL writes the object's fields in order, each once, as gqlgen's
// FieldSet does. An alias is a GraphQL name (letters, digits and
// underscores), which JSON takes unquoted.
func (o *object) MarshalGQL(w io.Writer) {
	io.WriteString(w, "{")
	var seen map[string]bool // for a large object: repeated is quadratic
	if len(o.fields) > 32 {
		seen = make(map[string]bool, len(o.fields))
	}
	written := 0
	for i := range o.fields {
		alias := o.fields[i].Alias
		if seen != nil && seen[alias] || seen == nil && repeated(o.fields[:i], alias) {
			continue
		}
		if seen != nil {
			seen[alias] = true
		}
		if written > 0 {
			io.WriteString(w, ",")
		}
		written++
		io.WriteString(w, `"`)
		io.WriteString(w, alias)
		io.WriteString(w, `":`)
		o.Values[i].MarshalGQL(w)
	}
	io.WriteString(w, "}")
}

// repeated reports whether one of fields has the alias.
func repeated(fields []graphql.CollectedField, alias string) bool {
	for i := range fields {
		if fields[i].Alias == alias {
			return true
		}
	}
	return false
}
