// Package domain holds the ledger's business vocabulary: the events that
// record what states did about trade controls, the commands that ask for new
// events, the aggregates that decide whether a command is allowed, and the
// error kinds callers test with errors.Is.
//
// Decisions are pure: an aggregate is rebuilt from its stream's events and a
// command yields new events or a rule error. Nothing here reads a clock, a
// store or the environment. The package imports only the standard library and
// google/uuid.
package domain
