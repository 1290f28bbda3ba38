// Package integrity lets auditors check that the ledger was not edited after
// the fact: Proofs keeps the RFC 6962 Merkle tree over the events' chained
// hashes and answers its heads and inclusion and consistency proofs; Sealer
// signs tree heads (Ed25519) and seals them into the ledger as
// CheckpointSealed events, which VerifyCheckpoint checks. It reads and
// appends to the store directly: it records no business command, so it does
// not go through the command service.
package integrity
