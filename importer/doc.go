// Package importer records files of commands: NDJSON (one {"command",
// "input"} object a line) or CSV (a column per field path). Execute and
// Import run commands one by one through the command service; Bulk decides
// a whole file (or each batch) in memory against the ledger's streams and
// commits it all or nothing, recognising what an earlier import of the
// same lines recorded. The importer uses the command service, never the
// reverse: every command it records is decided by ledger.Service.
package importer
