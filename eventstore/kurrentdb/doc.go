// Package kurrentdb is the event store of the ledger on KurrentDB (or
// EventStoreDB 21.10 and later), for operators who need a replicated
// cluster. It talks to the server through the gRPC client
// github.com/EventStore/EventStore-Client-Go/v4 (package esdb); no type of
// that client appears in its API or in its errors.
//
// # Mapping
//
// A ledger stream is a KurrentDB stream of the same name, and a ledger
// event a KurrentDB event: the contract's ID is the event ID, its Type the
// event type, its Data the event data and its Metadata the user metadata,
// both stored and returned byte for byte (data that is valid JSON is
// labelled application/json for KurrentDB's own tools, the rest
// application/octet-stream). Stream versions count from 1, KurrentDB
// revisions from 0: version v is revision v-1. Every append passes the
// expected revision (no stream, or revision v-1), never "any". Names that
// start with '$' are KurrentDB's own, so appending to such a stream, or an
// event of such a type, is ErrInvalid.
//
// # Ledger ordinals
//
// The contract numbers the ledger 1, 2, 3... in global order, without
// gaps. KurrentDB's global order is $all, whose positions are byte offsets
// in its log: sparse, and interleaved with system events (statistics,
// settings, stream metadata, links). So the Store keeps an index in memory:
// the $all position and the recording time of every ledger event, in $all
// order, the event of ordinal n at index n-1, plus a map from event ID to
// ordinal. Open builds it by reading $all from the start and skipping
// system events (a '$' type or a '$' stream); then a subscription to $all
// (filtered on the server to exclude system event types but the two that
// cut a stream's history, see below) extends it as
// events are committed, by this process or any other. The client does not
// resubscribe by itself: when the subscription ends, the Store subscribes
// again after the last indexed event, with a growing backoff (100ms to
// 10s). The ordinals are a function of the content of $all alone, so every
// process that indexes one database numbers it alike.
//
//   - Append sends the events, then waits until the subscription has
//     indexed them (it recognises them by stream and revision) and
//     returns the ordinal of the last one.
//   - ReadAll maps ordinal `after` to its $all position through the index,
//     reads $all forward from there and numbers the ledger events it meets,
//     checking each position against the index.
//   - ReadStream reads the stream and looks each event's ordinal up in the
//     index (a binary search on positions), waiting, if need be, for the
//     index to reach an event another process appended.
//   - Head is the size of the index.
//   - Subscribe pages through ReadAll and, once caught up, waits for the
//     index to grow; it holds no resource of the subscription to $all, so a
//     slow subscriber delays only itself.
//
// RecordedAt is the server's creation time of the event, raised to the
// RecordedAt of the event before it when it is earlier: each event is
// stamped by the clock of the node that wrote it, a clock can step back,
// and after a leader change the new leader's clock may be behind the old
// one's, while the contract promises a time that never decreases along the
// ledger.
//
// The cost: the index takes about 100 to 120 bytes of memory per ledger
// event (16 for the position, 8 for the time, 32 for the hash, the rest for the
// ID map), so about 1.2 GB for ten million events; and Open reads the whole of $all once,
// payloads included (the client has no way to read positions alone), so
// the time Open takes grows with the size of the database. A ledger that
// outgrows this needs the ordinal stored in the events themselves, which
// KurrentDB cannot assign atomically.
//
// # Hash chain
//
// The index also holds the hash of every ledger event
// (eventstore.ChainHash), computed while $all is indexed in order: from the
// event's content as $all returns it, its ordinal, its RecordedAt and the
// hash of the event before it. Every event a read returns carries it, and
// a read checks that the content KurrentDB returns still gives that hash
// (ErrCorrupt otherwise).
//
// The hash is not stored in KurrentDB. It depends on the event's ordinal,
// which nobody knows until the server has committed the event and the
// index has reached it, so it cannot go into the event's metadata when the
// event is appended, and KurrentDB events cannot be changed afterwards.
// The chain therefore lives in the memory of each process and is recomputed
// by Open from whatever $all holds: it proves that the events did not
// change while this process watched them, not that nobody edited the
// database before Open. What does prove that is the signed checkpoints
// sealed into the ledger (package ledger): their root hashes commit to the
// hashes of every event before them, and ledger verify --store recomputes
// the chain and compares it with every checkpoint. Events after the last
// checkpoint are protected by nothing until the next one is sealed. The
// hashes add 32 bytes of memory per ledger event to the index.
//
// # Idempotency
//
// The server repeats no append whose event IDs it finds at the expected
// place, but it compares IDs only, and it accepts an ID already recorded in
// another stream. The contract wants a retry with the same IDs and content
// to return the first result, and the same IDs with other content, or in
// another place, to fail with ErrDuplicateEvent. So Append looks the IDs up
// in the index first: a known ID makes the append a retry, judged by
// reading the events at its place and comparing their type, data and
// metadata. An append of IDs the index does not know yet (written a moment
// ago by another process) is sent; the subscription then compares the
// events it indexes at the append's place with the proposed ones, and a
// refusal for the expected version is judged by reading that place. Within
// one Store, appends of the same ID wait for each other. Two processes
// appending one ID to two different streams at the same moment can both
// succeed: KurrentDB has no index of event IDs that could refuse the
// second.
//
// # What the database must look like
//
// The ordinals hold only while $all keeps every ledger event: the
// database must not be shared with other applications (their events would
// be numbered as ledger events), ledger streams must never be deleted,
// truncated or given $maxAge or $maxCount, and scavenging must have nothing
// of the ledger to remove. Stream reads hide such events at once, $all
// keeps them until a scavenge, and after it a process that indexes $all
// numbers the ledger anew and rebuilds the hash chain from what is left.
// So the Store watches for it: stream metadata (a $metadata event in the
// metastream "$$name" of a ledger stream) with $tb above 0 (a soft delete
// sets it to the end of the stream), $maxAge or $maxCount, and a hard
// delete ($streamDeleted), found by Open or by the subscription to $all,
// make every call fail with ErrCorrupt, naming the streams; Open refuses
// such a store. Metadata that sets only ACLs is fine (and advised: deny
// delete and metadata writes on ledger streams to everyone but admins).
// What was scavenged already leaves no trace in $all: only the signed
// checkpoints sealed into the ledger prove it (ledger serve compares the
// chain with the last one once its Merkle tree is built, and stops when
// they differ). ReadAll reports an error,
// rather than renumber, when $all no longer matches the index. An append
// that the server wrote elsewhere than the Store expected (an append that
// expects no stream, to a stream soft-deleted a moment before, goes after
// its last revision) fails with ErrCorrupt instead of waiting for ever.
//
// The server's MaxAppendSize must hold the largest append. How it counts
// differs: EventStoreDB 24.10 counts the events' data; KurrentDB 25.0 and
// later count data, metadata and twice the event type. 24.10 and 25.0
// refuse to start with a MaxAppendSize above 16 MiB - 10000 bytes
// (16767216); from 25.1 the per-event MaxAppendEventSize (16 MiB by
// default) must not exceed MaxAppendSize, so a MaxAppendSize below 16 MiB
// needs it lowered too. 16767216 for both fits every version. An append
// over either limit fails with ErrInvalid: the server refuses it with
// InvalidArgument, or ends its stream while the client is still sending,
// which the client reports as io.EOF (the Store sends such an append again,
// as often as it repeats a not-leader answer, since a follower's refusal
// looks the same, then reports ErrInvalid; nothing was written either way). The user of the connection
// string needs read access to $all (without it Open fails at once, saying
// so) and read and write access to the ledger's streams.
//
// # Leaders, followers, silence
//
// Every call asks for the leader (the gRPC header requires-leader, which
// client v4.2.0 never sends: its RequiresLeader option and the
// NodePreference=leader setting put it on the wrong context), so that no
// lagging follower answers what the index, ReadAll and the conflict checks
// of appends need to be current. A follower answers not-leader and names
// the leader; the client reconnects to it and the Store repeats the call,
// up to 5 times, rather than report an append that "may have been
// written": a follower executes nothing.
//
// A leader that has written an append but not yet replicated it to a
// quorum silently drops an idempotent repeat of it; the client's own
// deadline (10 seconds, or the connection string's defaultDeadline) then
// ends the call while the caller's context is alive. Append then waits for
// the index to show the events or repeats the append (the server takes the
// same IDs at the same place as a repeat), up to 4 times, and only then
// fails with an error that says to check the cluster's quorum and repeat
// the append.
//
// A node that shuts down can drop the subscription to $all as Unsubscribed
// and leave its gRPC call open and silent; the client's keepalive catches
// a dead connection, not a silent call. So when the subscription delivers
// nothing, no event and no checkpoint, for Options.SilenceTimeout (30s),
// the Store reads the end of $all and, if a ledger event lies beyond the
// index, replaces the subscription.
//
// # Connections
//
// A client whose connection (or reconnection) fails never connects again.
// Open tries Options.ConnectAttempts times, with a new client each time,
// before it fails with an error that names the server without its
// credentials; afterwards a call that finds the client closed is repeated
// once on a new one. Every call runs in its own goroutine, which the caller
// stops waiting for when its context ends or after Options.CallTimeout, so
// that a client stuck inside the library cannot hold a caller. While the
// subscription to $all is down, the index of this process stands still:
// appends are written but wait for it (until their context ends), and
// subscriptions wait.
package kurrentdb
