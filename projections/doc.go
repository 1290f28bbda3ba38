// Package projections builds the ledger's read models from the event store
// and answers point-in-time questions from them.
//
// Every view answers at a point (validAt, knownAt), where knownAt is a time
// or a ledger position, and reports the basis (ledger position and valid
// date) it answered at, so a question can be repeated or paged through.
//
// The projection keeps each event once, in a compact binary form, and each
// record as the list of its events; the record as known at a position is
// the fold of its events up to there, from the last correction or
// retraction among them (the record as the domain replays it at that
// event). A correction or retraction thus applies from its position on,
// while questions at an earlier position still see what was known then.
// Valid time is then evaluated by the domain (StatusAt, ContentAt) on that
// version, so the rules live in one place. Indexes by jurisdiction,
// authority, measure type, item and text words, party, list, date order and
// links hold every key any version had; a query checks each candidate at
// its basis, caches what it derives from a version (a measure's status
// along valid time, whether a record exists, the link a version stands
// for), and stops after the page it was asked for. The total of a listing
// of measures by jurisdiction comes from a table of the valid days each
// version of each measure is listed on, over the positions it is current
// at (see measureCounts), not from checking every candidate. The log is
// never replayed per query.
//
// The ledger's own checkpoints (checkpoint_sealed.v1) are kept as ledger
// events, in the history and timeline of their stream and in every basis,
// but are no record of any view.
//
// A Runner feeds a Projection: it catches up from the projection's
// checkpoint (its head, restored from a snapshot if one matches the store),
// reports readiness once caught up with the store's head, then follows the
// store's subscription, writing snapshots as it goes. While catching up,
// workers decode pages of events and pre-encode them into the binary form
// in parallel; one goroutine applies them in ledger order, finishing the
// binary form against the string dictionary, and a second updates the
// indexes a few events behind it. When each event was published (for a
// publication limit) is computed when a query first needs it.
//
// Each view has a file named after what it answers (measures.go,
// designations.go, ..., and one per analysis: retaliation.go,
// escalation.go, timeline.go, diff.go, audit.go); the mechanics (the
// projection and its runner, indexes, derived values, the binary form,
// snapshots) are in files of their own. ARCHITECTURE.md, at the
// repository's root, maps which file answers which question.
package projections
