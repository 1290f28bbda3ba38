package integrity_test

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"path/filepath"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/integrity"
	"github.com/controlsledger/ledger/integrity/merkle"
	"github.com/google/uuid"
)

func TestSealAndProve(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "ledger.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	for i := range 5 {
		if _, err := store.Append(ctx, "s", int64(i), eventstore.EventData{ID: uuid.New(), Type: "t.v1", Data: []byte(`{}`)}); err != nil {
			t.Fatal(err)
		}
	}
	proofs := integrity.NewProofs()
	followCtx, stop := context.WithCancel(ctx)
	defer stop()
	go proofs.Follow(followCtx, store)

	_, key, _ := ed25519.GenerateKey(nil)
	sealer := integrity.NewSealer(store, proofs, key, func() time.Time { return time.Date(2025, 1, 2, 3, 4, 5, 6, time.UTC) })
	sealed, ok, err := sealer.Seal(ctx)
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	cp := sealed.CheckpointSealed
	if cp.TreeSize != 5 || sealed.Event.Position != 6 || cp.SealedAt != "2025-01-02T03:04:05.000000006Z" {
		t.Fatalf("checkpoint %+v at %d", cp, sealed.Event.Position)
	}
	if got, ok := proofs.CheckpointAt(100); !ok || got.Event.Position != 6 {
		t.Errorf("CheckpointAt(100) = %+v, %v; want the checkpoint at position 6", got, ok)
	}
	if _, ok := proofs.CheckpointAt(4); ok {
		t.Error("CheckpointAt(4) found a checkpoint; the only one covers 5 events")
	}
	if _, err := integrity.VerifyCheckpoint(cp, sealer.PublicKey()); err != nil {
		t.Fatal(err)
	}
	evs, err := store.ReadStream(ctx, "checkpoint-ledger", 0)
	if err != nil || len(evs) != 1 {
		t.Fatalf("checkpoint stream: %d events, %v", len(evs), err)
	}
	dec, err := domain.Decode(evs[0].Type, evs[0].Data)
	if err != nil || dec.(domain.CheckpointSealed) != cp {
		t.Fatalf("stored checkpoint %v, %v", dec, err)
	}
	tampered := cp
	tampered.RootHash = hex.EncodeToString(make([]byte, 32))
	if _, err := integrity.VerifyCheckpoint(tampered, nil); err == nil {
		t.Error("a checkpoint with another root verifies")
	}

	// The root is RFC 6962 over the event hashes, and proofs verify.
	if err := proofs.WaitFor(ctx, 6); err != nil {
		t.Fatal(err)
	}
	all, err := store.ReadAll(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	var tree merkle.Tree
	for _, ev := range all[:5] {
		tree.Append(ev.Hash[:])
	}
	want, _ := tree.Root(5)
	if hex.EncodeToString(want[:]) != cp.RootHash {
		t.Errorf("root %s, want %x", cp.RootHash, want)
	}
	root6, _ := proofs.Root(6)
	proof, err := proofs.InclusionProof(3, 6)
	if err != nil {
		t.Fatal(err)
	}
	if err := merkle.VerifyInclusion(merkle.LeafHash(all[2].Hash[:]), 2, 6, proof, root6); err != nil {
		t.Errorf("inclusion of position 3: %v", err)
	}
	cons, err := proofs.ConsistencyProof(5, 6)
	if err != nil {
		t.Fatal(err)
	}
	if err := merkle.VerifyConsistency(5, 6, want, root6, cons); err != nil {
		t.Errorf("consistency 5 -> 6: %v", err)
	}
	// Nothing new: no second checkpoint, the first one is returned.
	again, ok, err := sealer.Seal(ctx)
	if err != nil || ok || again.Event.Position != 6 {
		t.Fatalf("seal with nothing new: sealed %v at %d, %v; want the checkpoint at 6 and nothing sealed", ok, again.Event.Position, err)
	}
	// After a new event, a second seal continues the stream.
	if _, err := store.Append(ctx, "s", 5, eventstore.EventData{ID: uuid.New(), Type: "t.v1", Data: []byte(`{}`)}); err != nil {
		t.Fatal(err)
	}
	second, ok, err := sealer.Seal(ctx)
	if err != nil || !ok || second.Event.Version != 2 || second.TreeSize != 7 || second.Event.Position != 8 {
		t.Errorf("second seal: %+v sealed %v, %v", second, ok, err)
	}
	if n := len(proofs.Checkpoints()); n != 2 {
		t.Errorf("%d checkpoints in the tree, want 2", n)
	}
}
