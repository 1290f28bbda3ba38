// Package sqlite is the embedded event store of the ledger: one SQLite file,
// written through the pure-Go driver modernc.org/sqlite, so the program needs
// no cgo and no server, and an auditor can open the ledger with any SQLite
// tool.
//
// # File format
//
// A ledger file is a SQLite database in WAL mode whose header carries
// application_id [ApplicationID] and user_version [FormatVersion]. It holds
// one table:
//
//	CREATE TABLE events (
//	    position    INTEGER PRIMARY KEY,  -- gap-free ledger ordinal, from 1
//	    id          BLOB    NOT NULL UNIQUE,  -- the 16 bytes of the event UUID
//	    stream      TEXT    NOT NULL,
//	    version     INTEGER NOT NULL,     -- version in the stream, from 1
//	    type        TEXT    NOT NULL,     -- e.g. measure_announced.v1
//	    recorded_at INTEGER NOT NULL,     -- Unix nanoseconds, UTC, never decreasing
//	    data        BLOB    NOT NULL,
//	    metadata    BLOB    NOT NULL,
//	    UNIQUE (stream, version)
//	);
//
// [Open] creates this schema in a new or empty file and refuses, without
// touching it, any file that is not a SQLite database, is corrupt (PRAGMA
// quick_check), belongs to another application, or has a newer format
// version. It never repairs a file.
//
// # Writes
//
// One writer goroutine owns the only write connection. Concurrent appends
// queue on a channel; the writer takes every waiting append (up to
// [Options.MaxBatch] events) into one transaction and commits once: one
// fsync (synchronous=FULL) acknowledges the whole group. The appends whose
// expected version matches are written together, in multi-row INSERT OR
// ROLLBACK statements; an ID already recorded rolls the transaction back,
// and the writer redoes the group one append at a time, each in its own
// SAVEPOINT, so that a conflict or a duplicate ID undoes only that append. The writer assigns positions (last + 1) and the recording time
// (the clock, but never earlier than the last recorded event), reading the
// tail of the ledger inside each transaction, so a failed commit leaves no
// stale state behind. It remembers the versions of the streams it wrote,
// so that checking an expected version costs no query, and forgets them
// when the tail is not where its last commit left it (a failed commit,
// another Store on the same file).
//
// # Reads
//
// Reads use a separate pool of query-only connections. In WAL mode they
// never wait for the writer and see only committed transactions. They map
// the file into memory ([Options.MmapSizeMiB]) and copy the payloads of a
// page of events into a few shared blocks, so that a full read is bound by
// the driver's per-column cost rather than by system calls and allocations.
// Subscriptions page through the ledger and, once caught up, wait for the
// writer's signal that a commit happened.
//
// # Processes
//
// A ledger file should be written by one [Store] at a time. Several stores,
// in one process or several, stay correct (each transaction takes SQLite's
// write lock and reads the tail itself), but a subscription learns promptly
// only of commits made through its own Store; it notices others within about
// a second. Read-only tools such as the sqlite3 shell may open the file at
// any time.
package sqlite
