// Package eventstore defines the contract every event store backend of the
// ledger fulfils: atomic appends with optimistic concurrency, reads of one
// stream or of the whole ledger in global order, and subscriptions that catch
// up from a position and then follow live appends.
//
// The package imports nothing of the project. Backends live in sub-packages
// named after their engine and are checked by the conformance suite in
// eventstore/storetest.
package eventstore
