// Package merkle is the Merkle tree of RFC 6962 (section 2.1) over the
// ledger's event hashes: tree heads, inclusion proofs (this event is in the
// ledger of size n) and consistency proofs (the ledger of size m is a prefix
// of the ledger of size n), with their verifiers.
//
// The hashing, the choice of the nodes a proof is made of and the
// verification are those of github.com/transparency-dev/merkle, the code
// Certificate Transparency logs run, so an auditor checks our proofs with
// code they already know. This package adds what that library leaves to
// its user: the storage of the tree's nodes (Tree), fixed-size hashes, and
// errors a caller can test with errors.Is. It imports nothing of the
// ledger, so an auditor's own verifier can use it alone.
package merkle

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"slices"

	"github.com/transparency-dev/merkle/compact"
	"github.com/transparency-dev/merkle/proof"
	"github.com/transparency-dev/merkle/rfc6962"
)

// Hash is a SHA-256 digest.
type Hash [sha256.Size]byte

// hasher is RFC 6962's SHA-256 tree hasher.
var hasher = rfc6962.DefaultHasher

// EmptyRoot is the head of the empty tree: SHA-256 of nothing.
var EmptyRoot = Hash(hasher.EmptyRoot())

// LeafHash is the hash of a leaf: SHA-256(0x00 || data), as the library's
// hasher computes it (a test checks they agree). It is written out because
// the tree hashes two or so of these per event when verify or the server
// builds it, and the library's hasher allocates three times per hash: this
// one hashes an event's 32 bytes from the stack (BENCHMARKS.md, "Merkle tree").
func LeafHash(data []byte) Hash {
	if len(data) <= 64 {
		var buf [65]byte
		buf[0] = rfc6962.RFC6962LeafHashPrefix
		n := copy(buf[1:], data)
		return Hash(sha256.Sum256(buf[:1+n]))
	}
	return Hash(hasher.HashLeaf(data))
}

// NodeHash is the hash of an interior node: SHA-256(0x01 || left || right),
// as the library's hasher computes it, from the stack (see LeafHash).
func NodeHash(left, right Hash) Hash {
	var buf [1 + 2*sha256.Size]byte
	buf[0] = rfc6962.RFC6962NodeHashPrefix
	copy(buf[1:], left[:])
	copy(buf[1+sha256.Size:], right[:])
	return Hash(sha256.Sum256(buf[:]))
}

// Tree is an append-only Merkle tree. It keeps the hash of every complete
// subtree (about two hashes per leaf), so a head or a proof for any size
// costs O(log n) stored hashes and O(log n) hashing. A Tree is not safe for
// concurrent writes; reads may run concurrently with each other.
type Tree struct {
	// levels[h][i] is the hash of the complete subtree of 2^h leaves that
	// starts at leaf i<<h: the node compact.NodeID{Level: h, Index: i}.
	levels [][]Hash
}

// Size returns the number of leaves.
func (t *Tree) Size() uint64 {
	if len(t.levels) == 0 {
		return 0
	}
	return uint64(len(t.levels[0]))
}

// Grow makes room for n more leaves, so that appending them does not copy
// the tree's arrays as they grow.
func (t *Tree) Grow(n uint64) {
	size := t.Size()
	for lvl := 0; (size+n)>>lvl > 0; lvl++ {
		if lvl == len(t.levels) {
			t.levels = append(t.levels, nil)
		}
		want := int((size + n) >> lvl)
		t.levels[lvl] = slices.Grow(t.levels[lvl], want-len(t.levels[lvl]))
	}
}

// Append adds a leaf with the given data.
func (t *Tree) Append(data []byte) { t.AppendLeafHash(LeafHash(data)) }

// AppendLeafHash adds a leaf by its leaf hash.
func (t *Tree) AppendLeafHash(h Hash) {
	if len(t.levels) == 0 {
		t.levels = append(t.levels, nil)
	}
	t.levels[0] = append(t.levels[0], h)
	// Complete every subtree the new leaf closes.
	for lvl := 0; len(t.levels[lvl])%2 == 0; lvl++ {
		n := len(t.levels[lvl])
		parent := NodeHash(t.levels[lvl][n-2], t.levels[lvl][n-1])
		if lvl+1 == len(t.levels) {
			t.levels = append(t.levels, nil)
		}
		t.levels[lvl+1] = append(t.levels[lvl+1], parent)
	}
}

// hashChildren is NodeHash as the library's algorithms take it.
func hashChildren(left, right []byte) []byte {
	h := NodeHash(Hash(left), Hash(right))
	return h[:]
}

// node returns the stored hash of a complete subtree.
func (t *Tree) node(id compact.NodeID) []byte {
	h := t.levels[id.Level][id.Index]
	return h[:]
}

// nodes returns the stored hashes of ids.
func (t *Tree) nodes(ids []compact.NodeID) [][]byte {
	hs := make([][]byte, len(ids))
	for i, id := range ids {
		hs[i] = t.node(id)
	}
	return hs
}

// ErrRange reports a size or index outside the tree.
var ErrRange = errors.New("merkle: out of range")

// Root returns the head of the tree of the first n leaves.
func (t *Tree) Root(n uint64) (Hash, error) {
	if n > t.Size() {
		return Hash{}, fmt.Errorf("%w: size %d of a tree of %d", ErrRange, n, t.Size())
	}
	if n == 0 {
		return EmptyRoot, nil
	}
	// The first n leaves are a compact range of complete subtrees, all
	// stored; the library folds them into the head.
	f := compact.RangeFactory{Hash: hashChildren}
	r, err := f.NewRange(0, n, t.nodes(compact.RangeNodes(0, n, nil)))
	if err != nil {
		return Hash{}, fmt.Errorf("merkle: head of size %d: %w", n, err)
	}
	root, err := r.GetRootHash(nil)
	if err != nil {
		return Hash{}, fmt.Errorf("merkle: head of size %d: %w", n, err)
	}
	return Hash(root), nil
}

// InclusionProof returns the audit path of leaf index in the tree of the
// first n leaves (RFC 6962 2.1.1), from the leaf up.
func (t *Tree) InclusionProof(index, n uint64) ([]Hash, error) {
	if n > t.Size() || index >= n {
		return nil, fmt.Errorf("%w: leaf %d of size %d (tree of %d)", ErrRange, index, n, t.Size())
	}
	nodes, err := proof.Inclusion(index, n)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRange, err)
	}
	return t.rehash(nodes)
}

// ConsistencyProof returns the proof that the tree of the first m leaves
// is a prefix of the tree of the first n (RFC 6962 2.1.2).
func (t *Tree) ConsistencyProof(m, n uint64) ([]Hash, error) {
	if n > t.Size() || m > n {
		return nil, fmt.Errorf("%w: sizes %d and %d (tree of %d)", ErrRange, m, n, t.Size())
	}
	if m == 0 || m == n {
		return nil, nil
	}
	nodes, err := proof.Consistency(m, n)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRange, err)
	}
	return t.rehash(nodes)
}

// rehash turns the library's list of nodes into a proof: the stored hashes
// of the complete subtrees it names, with the one subtree that is not
// complete at this size (if any) hashed from its parts.
func (t *Tree) rehash(nodes proof.Nodes) ([]Hash, error) {
	hs, err := nodes.Rehash(t.nodes(nodes.IDs), hashChildren)
	if err != nil {
		return nil, fmt.Errorf("merkle: %w", err)
	}
	out := make([]Hash, len(hs))
	for i, h := range hs {
		out[i] = Hash(h)
	}
	return out, nil
}

// Verification errors.
var (
	ErrProofSize = errors.New("merkle: wrong proof size")
	ErrMismatch  = errors.New("merkle: computed root does not match")
)

// VerifyInclusion checks that leafHash is leaf index of the tree of size n
// with head root (RFC 9162 2.1.3.2).
func VerifyInclusion(leafHash Hash, index, n uint64, path []Hash, root Hash) error {
	if index >= n {
		return fmt.Errorf("%w: leaf %d of size %d", ErrRange, index, n)
	}
	return verifyErr(proof.VerifyInclusion(hasher, index, n, leafHash[:], byteSlices(path), root[:]))
}

// VerifyConsistency checks that the tree of size m with head rootM is a
// prefix of the tree of size n with head rootN (RFC 9162 2.1.4.2). Beyond
// the library's check, the head of size 0 must be EmptyRoot: a checkpoint
// of the empty ledger that names another head is not consistent with
// anything.
func VerifyConsistency(m, n uint64, rootM, rootN Hash, path []Hash) error {
	if m > n {
		return fmt.Errorf("%w: size %d after size %d", ErrRange, m, n)
	}
	if m == 0 && len(path) == 0 && rootM != EmptyRoot {
		return ErrMismatch
	}
	return verifyErr(proof.VerifyConsistency(hasher, m, n, byteSlices(path), rootM[:], rootN[:]))
}

// verifyErr sorts a verification failure of the library into ErrMismatch
// (the proof has the right shape and leads to another head) and
// ErrProofSize (it has the wrong shape), keeping its message.
func verifyErr(err error) error {
	if err == nil {
		return nil
	}
	if errors.As(err, new(proof.RootMismatchError)) {
		return ErrMismatch
	}
	return fmt.Errorf("%w: %w", ErrProofSize, err)
}

// byteSlices returns the proof as the library takes it.
func byteSlices(path []Hash) [][]byte {
	out := make([][]byte, len(path))
	for i := range path {
		out[i] = path[i][:]
	}
	return out
}
