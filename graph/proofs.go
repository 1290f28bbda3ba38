package graph

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/integrity"
	"github.com/controlsledger/ledger/integrity/merkle"
	"github.com/controlsledger/ledger/projections"
)

func hexes(hs []merkle.Hash) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = hex.EncodeToString(h[:])
	}
	return out
}

// treeSize resolves an optional size argument against the tree, waiting
// briefly for a size the tree has not reached.
func (r *Resolver) treeSize(ctx context.Context, field string, size *int) (uint64, error) {
	if size == nil {
		return r.Proofs.Size(), nil
	}
	if *size < 0 {
		return 0, inputError(field, "size.negative", "%s must not be negative", field)
	}
	n := uint64(*size)
	if n > r.Proofs.Size() {
		wait, cancel := context.WithTimeout(ctx, r.WaitTimeout)
		defer cancel()
		if err := r.Proofs.WaitFor(wait, n); err != nil {
			return 0, inputError(field, "size.beyond_head", "%s %d is beyond the ledger's %d events", field, n, r.Proofs.Size())
		}
	}
	return n, nil
}

func (r *Resolver) treeHead(size uint64) (*TreeHead, error) {
	root, err := r.Proofs.Root(size)
	if err != nil {
		return nil, err
	}
	return &TreeHead{Size: int(size), RootHash: hex.EncodeToString(root[:])}, nil
}

func (r *Resolver) eventHash(ctx context.Context, position uint64) (string, error) {
	if err := r.Proofs.WaitFor(ctx, position); err != nil {
		return "", err
	}
	h, err := r.Proofs.Hash(position)
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h[:]), nil
}

func (r *Resolver) inclusionProof(ctx context.Context, position uint64, treeSize *int) (*InclusionProof, error) {
	if treeSize == nil {
		// The whole ledger holds the event, though the tree may not yet (a
		// live event, a moment after its commit): wait for it, as the
		// event's hash does.
		if err := r.Proofs.WaitFor(ctx, position); err != nil {
			return nil, err
		}
	}
	n, err := r.treeSize(ctx, "treeSize", treeSize)
	if err != nil {
		return nil, err
	}
	if n < position {
		return nil, inputError("treeSize", "size.before_event", "treeSize %d is before the event at position %d", n, position)
	}
	h, err := r.Proofs.Hash(position)
	if err != nil {
		return nil, err
	}
	path, err := r.Proofs.InclusionProof(position, n)
	if err != nil {
		return nil, err
	}
	head, err := r.treeHead(n)
	if err != nil {
		return nil, err
	}
	leaf := merkle.LeafHash(h[:])
	return &InclusionProof{LeafIndex: int(position - 1), TreeSize: int(n), LeafHash: hex.EncodeToString(leaf[:]), RootHash: head.RootHash, Path: hexes(path)}, nil
}

func (r *Resolver) consistencyProof(ctx context.Context, from int, to *int) (*ConsistencyProof, error) {
	n, err := r.treeSize(ctx, "to", to)
	if err != nil {
		return nil, err
	}
	if from < 0 || uint64(from) > n {
		return nil, inputError("from", "size.range", "from must be between 0 and to (%d)", n)
	}
	m := uint64(from)
	path, err := r.Proofs.ConsistencyProof(m, n)
	if err != nil {
		return nil, fmt.Errorf("consistency proof %d to %d: %w", m, n, err)
	}
	a, err := r.treeHead(m)
	if err != nil {
		return nil, err
	}
	b, err := r.treeHead(n)
	if err != nil {
		return nil, err
	}
	return &ConsistencyProof{From: a, To: b, Path: hexes(path)}, nil
}

// checkpoint answers checkpoint(size): the newest checkpoint of at most
// size events, or the newest of all.
func (r *Resolver) checkpoint(size *int) (*integrity.Checkpoint, error) {
	n := uint64(math.MaxUint64)
	if size != nil {
		if *size < 0 {
			return nil, inputError("size", "size.negative", "size must not be negative")
		}
		n = uint64(*size)
	}
	cp, ok := r.Proofs.CheckpointAt(n)
	if !ok {
		return nil, nil
	}
	return &cp, nil
}

// checkpoints answers the checkpoints connection, newest first. A cursor
// carries the tree size its page was cut at, so later checkpoints do not
// shift the next page.
func (r *Resolver) checkpoints(first *int, after *string) (*CheckpointConnection, error) {
	p := pageRequest{first: first, after: after}
	a, err := p.asOf(projections.AsOf{Position: r.Proofs.Size()})
	if err != nil {
		return nil, err
	}
	all := r.Proofs.Checkpoints()
	var items []integrity.Checkpoint
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].Event.Position <= a.Position {
			items = append(items, all[i])
		}
	}
	basis := projections.Basis{Position: a.Position, ValidAt: domain.DateOf(time.Now())}
	if !a.ValidAt.IsZero() {
		basis.ValidAt = a.ValidAt
	}
	page, cursors, info, err := cut(p, basis, items)
	if err != nil {
		return nil, err
	}
	conn := &CheckpointConnection{TotalCount: len(items), Nodes: page, Edges: make([]CheckpointEdge, len(page)), PageInfo: info}
	for i := range page {
		conn.Edges[i] = CheckpointEdge{Cursor: cursors[i], Node: &page[i]}
	}
	return conn, nil
}

// checkpointProof proves the ledger of to events (default: all) extends cp.
func (r *Resolver) checkpointProof(ctx context.Context, cp *integrity.Checkpoint, to *int) (*ConsistencyProof, error) {
	if to != nil && *to < int(cp.TreeSize) {
		return nil, inputError("to", "size.before_checkpoint", "to %d is before the checkpoint's treeSize %d", *to, cp.TreeSize)
	}
	return r.consistencyProof(ctx, int(cp.TreeSize), to)
}

// sealCheckpoint seals a checkpoint now (admin only).
func (r *Resolver) sealCheckpoint(ctx context.Context) (*SealCheckpointPayload, error) {
	if err := require(ctx, RoleAdmin); err != nil {
		return nil, err
	}
	if r.Sealer == nil {
		return nil, &domain.RuleError{Kind: domain.ErrInvalid, Rule: "checkpoint.no_signing_key",
			Message: "this server has no signing key, so it seals no checkpoints: start it with --signing-key-file or LEDGER_SIGNING_KEY"}
	}
	cp, sealed, err := r.Sealer.Seal(ctx)
	if err != nil {
		return nil, err
	}
	out := &SealCheckpointPayload{Sealed: sealed}
	if cp.Event.Position != 0 {
		out.Checkpoint = &cp
	}
	return out, nil
}

// signingKey is the server's checkpoint key, or nil.
func (r *Resolver) signingKey() *SigningKey {
	if r.Sealer == nil {
		return nil
	}
	pub := r.Sealer.PublicKey()
	return &SigningKey{PublicKey: base64.StdEncoding.EncodeToString(pub), KeyID: integrity.KeyID(pub)}
}
