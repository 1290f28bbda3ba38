// Package lists reads the files in which official sanctions lists and
// export-control rules are published, and compares two snapshots of a list.
//
// One reader per publisher format turns a file (plain or gzipped, told apart
// by its first bytes) into a [Snapshot]: OFAC's legacy SDN CSV ([ReadOFACSDN]),
// the UN Security Council consolidated list XML ([ReadUNSC]) and a BIS Entity
// List rule in Federal Register XML ([ReadFederalRegister]). Each entry keeps
// the list's own ID, the party described with FollowTheMoney property names,
// its programs, the listing date where the list gives one, the prose the
// reader could not structure, and the entry's bytes exactly as in the file.
//
// [Diff] compares two snapshots of one list entry by entry: added, amended
// (with exactly the fields that changed, old and new values), removed and
// unchanged. [Check] refuses an implausible snapshot (one that would remove
// more than a share of the previous list); the readers themselves refuse an
// empty, truncated or unparseable file. Every refusal is a [*RefusedError]
// with a stable rule name.
//
// The package does no I/O of its own beyond the reader it is given, keeps no
// clock, and imports nothing of the project: the ledger turns a [Delta] into
// domain commands.
package lists
