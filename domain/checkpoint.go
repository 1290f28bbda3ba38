package domain

import (
	"fmt"
	"strconv"
)

// KindCheckpoint is the kind of the ledger's own checkpoint record. It is
// not one of RecordKinds: no command names it, and nothing links to it.
const KindCheckpoint = "checkpoint"

// CheckpointID is the ID of the one checkpoint record: its events are on
// the stream StreamName(KindCheckpoint, CheckpointID), "checkpoint-ledger".
const CheckpointID = "ledger"

// TypeCheckpointSealed is the stored type of CheckpointSealed.
const TypeCheckpointSealed = "checkpoint_sealed.v1"

// CheckpointSealed records a signed tree head: the server's statement that
// the ledger's first TreeSize events have the Merkle root RootHash (RFC 6962
// over the events' hashes, see eventstore.ChainHash), signed with the
// Ed25519 key PublicKey at SealedAt.
//
// The signature is over the bytes of CheckpointMessage(TreeSize, RootHash,
// SealedAt). The checkpoint event itself is appended after the events it
// covers, so it is never inside its own tree.
type CheckpointSealed struct {
	// TreeSize is the number of ledger events the root covers (positions
	// 1 to TreeSize).
	TreeSize int64 `json:"treeSize"`
	// RootHash is the Merkle root, 64 lower-case hex digits.
	RootHash string `json:"rootHash"`
	// SealedAt is the sealing time, RFC 3339 with nanoseconds, in UTC, as
	// signed.
	SealedAt string `json:"sealedAt"`
	// KeyID is the first 8 bytes of SHA-256 of the public key, in hex.
	KeyID string `json:"keyId"`
	// PublicKey is the 32-byte Ed25519 public key, standard base64.
	PublicKey string `json:"publicKey"`
	// Signature is the 64-byte Ed25519 signature, standard base64.
	Signature string `json:"signature"`
}

func (CheckpointSealed) EventType() string { return TypeCheckpointSealed }
func (CheckpointSealed) Subject() Ref      { return Ref{Kind: KindCheckpoint, ID: CheckpointID} }

// CheckpointMessage returns the text a checkpoint's signature covers:
//
//	controls-ledger/checkpoint/v1\n<treeSize>\n<rootHash hex>\n<sealedAt>\n
//
// with treeSize in decimal, rootHash in lower-case hex and sealedAt in
// RFC 3339 with nanoseconds in UTC (time.RFC3339Nano), each followed by a
// line feed.
func CheckpointMessage(treeSize int64, rootHash, sealedAt string) []byte {
	return fmt.Appendf(nil, "controls-ledger/checkpoint/v1\n%s\n%s\n%s\n", strconv.FormatInt(treeSize, 10), rootHash, sealedAt)
}
