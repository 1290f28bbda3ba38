// Package ledger is the application service: it loads the aggregate a command
// is about from its stream, lets the domain decide, and appends the resulting
// events with the version it loaded, so that two writers deciding on the same
// state cannot both win.
package ledger
