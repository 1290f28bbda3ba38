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
//	    hash        BLOB    NOT NULL CHECK (length(hash) = 32),
//	    UNIQUE (stream, version)
//	);
//
// hash is the event's link of the ledger's hash chain,
// eventstore.ChainHash(hash of position-1, event), over the columns of the
// row (recorded_at is the RecordedAt it encodes). An auditor can recompute
// it with any SQLite tool and SHA-256.
//
// [Open] creates this schema in a new or empty file and refuses, without
// touching it, any file that is not a SQLite database, is corrupt (PRAGMA
// quick_check), belongs to another application, or has a newer format
// version. It never repairs a file.
//
// Format version 1 had no hash column. Open upgrades such a file in one
// transaction, before it returns: it adds the column (without its NOT NULL
// and CHECK constraints, which SQLite cannot add to a table) and computes
// the chain over the rows as they are, in position order; it logs nothing.
// A version 1 file with a gap in its positions is refused (ErrCorrupt) and
// left as it was. The upgrade certifies the rows as it finds them: the chain
// proves nothing about what happened to a file before it was upgraded.
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
// (the clock, but never earlier than the last recorded event) and computes
// each event's hash from its predecessor's, reading the tail of the ledger
// (position, time and hash) inside each transaction, so a failed commit
// leaves no stale state behind. It remembers the versions of the streams it wrote,
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
// Every read checks each event against its stored hash and its
// predecessor's (ReadAll reads the hash of the event before the page;
// ReadStream selects it with each row) and fails, wrapping
// eventstore.ErrCorrupt and naming the position, at the first event that
// does not match, or at a missing position. [Options.Unchecked] turns the
// check off for a verifier that recomputes the chain itself.
//
// # Processes
//
// Several stores may write one ledger file, in one process or several
// (ledger ingest beside a running server): each transaction takes SQLite's
// write lock and reads the tail itself, so positions stay gap-free and the
// chain unbroken. Commits of another Store send a subscription no signal:
// while subscriptions wait, one watch per Store asks SQLite every
// [Options.PollInterval] (25 ms) whether the file's data_version changed,
// which costs no read of the ledger, and wakes them when the head moved
// past what its own writer announced. Read-only tools such as the sqlite3
// shell may open the file at any time.
package sqlite
