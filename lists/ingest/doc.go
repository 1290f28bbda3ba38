// Package ingest turns snapshots of official lists into the ledger's events.
//
// Each file is a source document (its SHA-256, size, publisher, URL, the
// list's own date or the time it was observed); its differences from the
// list as the ledger knows it (State, built from the ledger's own events,
// not from the previous file) become commands: a designation for each new
// entry, an amendment naming exactly the fields that changed, a delisting
// for each entry that is gone. They are recorded in one atomic commit
// through the command service's bulk import, so that a snapshot is in the
// ledger whole or not at all.
//
// Valid time: the list's own date where it gives one (the UN's LISTED_ON,
// its LAST_DAY_UPDATED for an amendment when that day lies between the two
// snapshots, a rule's effective date); otherwise the change happened after the
// previous snapshot and no later than this one, and the events say so
// (EffectiveNotBefore) instead of inventing a day. Publication: every
// event cites the snapshot's source document, whose PublishedAt sets what
// a reader limiting belief to what had been published by a time sees.
//
// Refused, with nothing written: an empty, truncated or unparseable file
// (package lists' readers), a snapshot published no later than the last one
// the ledger has of its list, an undated one, and one that would delist
// more than a share of the list (10 % by default). The same file twice
// writes nothing.
package ingest
