package graph

import (
	"context"
	"encoding/hex"
	"fmt"

	"github.com/controlsledger/ledger/eventstore/merkle"
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
