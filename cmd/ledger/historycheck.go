package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/integrity"
)

// checkHistory compares the store's hash chain with the newest checkpoint
// sealed into the ledger, once the Merkle tree holds the ledger as it was
// at start, and sends to damaged what does not match. A KurrentDB database
// whose ledger streams were deleted, truncated or aged out and then
// scavenged no longer holds every event in $all: the store numbers what is
// left anew and rebuilds the chain from it, so its root at the
// checkpoint's size is not the signed one. The store alone cannot tell;
// the checkpoint, which is itself in the ledger, can.
func (m *Main) checkHistory(ctx context.Context, proofs *integrity.Proofs, damaged chan<- error) {
	head, err := m.store.Head(ctx)
	if err != nil || proofs.WaitFor(ctx, head) != nil {
		return
	}
	start := time.Now()
	size, err := checkLastCheckpoint(proofs)
	switch {
	case err != nil:
		select {
		case damaged <- err:
		case <-ctx.Done():
		}
	case size == 0:
		m.log.Info("history: no checkpoint sealed yet, so nothing proves the ledger was not cut before this start")
	default:
		m.log.Info("history: the hash chain matches the last sealed checkpoint", "treeSize", size, "took", time.Since(start).Round(time.Millisecond))
	}
}

// checkLastCheckpoint checks the newest checkpoint in proofs: its
// signature, and that the tree of the ledger as the store returns it has
// the signed root at the signed size. It returns the checkpoint's size (0
// when there is none).
func checkLastCheckpoint(proofs *integrity.Proofs) (int64, error) {
	cps := proofs.Checkpoints()
	if len(cps) == 0 {
		return 0, nil
	}
	cp := cps[len(cps)-1]
	if _, err := integrity.VerifyCheckpoint(cp.CheckpointSealed, nil); err != nil {
		return 0, fmt.Errorf("history: the checkpoint at position %d: %w", cp.Event.Position, err)
	}
	if cp.TreeSize < 1 || uint64(cp.TreeSize) >= cp.Event.Position {
		return 0, fmt.Errorf("history: %w: the checkpoint at position %d covers %d events, which is not before it: the ledger was renumbered (deleted, truncated or scavenged streams?)", eventstore.ErrCorrupt, cp.Event.Position, cp.TreeSize)
	}
	root, err := proofs.Root(uint64(cp.TreeSize))
	if err != nil {
		return 0, fmt.Errorf("history: the root at the checkpoint's size %d: %w", cp.TreeSize, err)
	}
	if got := hex.EncodeToString(root[:]); got != cp.RootHash {
		return 0, fmt.Errorf("history: %w: the ledger's first %d events have the root %s, but the checkpoint sealed at position %d signed %s: the store's history was cut or changed (for KurrentDB: ledger streams deleted, truncated or given $maxAge/$maxCount, then scavenged); restore the database from a backup, and check it with ledger verify --store",
			eventstore.ErrCorrupt, cp.TreeSize, got, cp.Event.Position, cp.RootHash)
	}
	return cp.TreeSize, nil
}
