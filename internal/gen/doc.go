// Package gen generates large, realistic ledgers for tests and benchmarks.
//
// It runs real commands through the domain's decisions, in memory, on a
// simulated calendar: measures with staged provisions (a few dated back by
// a later notice to before their announcement), amendments, suspensions
// and their ends, revocations and expiries; designations,
// their amendments and delistings; transactions and their reviews;
// enforcement actions and findings; dialogues and meetings; links between
// records, with retaliation chains between jurisdictions; registered source
// documents; corrections, retractions and source conflicts. A command the
// domain refuses is dropped and another is tried, so every event written is
// one the ledger service could have written.
//
// The same seed gives the same records and, per stream, the same events
// (IDs, payloads, order). Events are written a block at a time; within a
// block each stream's events go in one Append and the Appends run
// concurrently, so the interleaving of streams inside a block may differ
// from run to run. Blocks follow each other in order, and a record refers
// only to records written in earlier blocks, so every reference points
// backwards in the ledger.
package gen
