// Package graph serves the ledger over GraphQL: the schema (schema-first,
// *.graphqls), the code gqlgen generates from it, the resolvers, and the
// error presenter that maps error kinds to extensions.code.
//
// The package talks to the application and the read models through the small
// interfaces it declares in resolver.go; cmd plugs the real ones in.
// Regenerate with: go run ./cmd/graphgen (gqlgen's generator, with the
// sequential execution cmd/graphgen explains)
package graph
