// Package projections builds the ledger's read models from the event store's
// subscription and answers point-in-time questions from them.
//
// Every record is kept as a list of versions, each tagged with the ledger
// position it became known at. A question "as of (validAt, knownAt)" picks,
// per record, the last version known at knownAt, then evaluates valid time
// against that version's dates (provision effective dates, suspensions,
// revocations). The log is never replayed per query.
package projections
