// Package merkle is the Merkle tree of RFC 6962 (section 2.1) over the
// ledger's event hashes: tree heads, inclusion proofs (this event is in the
// ledger of size n) and consistency proofs (the ledger of size m is a prefix
// of the ledger of size n), with verifiers that follow the algorithms of RFC
// 9162 section 2.1.3.2 and 2.1.4.2 step by step.
//
// It imports only the standard library, so an auditor's verifier can use it
// without the rest of the ledger.
package merkle

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/bits"
	"slices"
)

// Hash is a SHA-256 digest.
type Hash [sha256.Size]byte

// EmptyRoot is the head of the empty tree: SHA-256 of nothing.
var EmptyRoot = Hash(sha256.Sum256(nil))

// LeafHash is the hash of a leaf: SHA-256(0x00 || data).
func LeafHash(data []byte) Hash {
	if len(data) <= 64 {
		// An event hash is 32 bytes: hash it from the stack, with no
		// allocation.
		var buf [65]byte
		buf[0] = 0
		n := copy(buf[1:], data)
		return Hash(sha256.Sum256(buf[:1+n]))
	}
	h := sha256.New()
	h.Write([]byte{0})
	h.Write(data)
	return Hash(h.Sum(nil))
}

// NodeHash is the hash of an interior node: SHA-256(0x01 || left || right).
func NodeHash(left, right Hash) Hash {
	var buf [1 + 2*sha256.Size]byte
	buf[0] = 1
	copy(buf[1:], left[:])
	copy(buf[1+sha256.Size:], right[:])
	return Hash(sha256.Sum256(buf[:]))
}

// Tree is an append-only Merkle tree. It keeps the hash of every complete
// subtree (about two hashes per leaf), so a head or a proof for any size
// costs O(log² n) hashes. A Tree is not safe for concurrent writes; reads
// may run concurrently with each other.
type Tree struct {
	// levels[h][i] is the hash of the complete subtree of 2^h leaves that
	// starts at leaf i<<h.
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
	return t.subtree(0, n), nil
}

// subtree returns MTH(D[lo:hi]) for 0 <= lo < hi <= Size.
func (t *Tree) subtree(lo, hi uint64) Hash {
	n := hi - lo
	if n&(n-1) == 0 && lo%n == 0 {
		lvl := bits.TrailingZeros64(n)
		return t.levels[lvl][lo>>lvl]
	}
	k := split(n)
	return NodeHash(t.subtree(lo, lo+k), t.subtree(lo+k, hi))
}

// split returns the largest power of two smaller than n (n > 1).
func split(n uint64) uint64 { return 1 << (bits.Len64(n-1) - 1) }

// InclusionProof returns the audit path of leaf index in the tree of the
// first n leaves (RFC 6962 2.1.1).
func (t *Tree) InclusionProof(index, n uint64) ([]Hash, error) {
	if n > t.Size() || index >= n {
		return nil, fmt.Errorf("%w: leaf %d of size %d (tree of %d)", ErrRange, index, n, t.Size())
	}
	var proof []Hash
	lo, hi := uint64(0), n
	for hi-lo > 1 {
		k := split(hi - lo)
		if index < lo+k {
			proof = append(proof, t.subtree(lo+k, hi))
			hi = lo + k
		} else {
			proof = append(proof, t.subtree(lo, lo+k))
			lo += k
		}
	}
	// The path was built from the root down; RFC order is leaf up.
	for i, j := 0, len(proof)-1; i < j; i, j = i+1, j-1 {
		proof[i], proof[j] = proof[j], proof[i]
	}
	return proof, nil
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
	return t.subproof(m, 0, n, true), nil
}

// subproof is SUBPROOF(m, D[lo:hi], b) of RFC 6962 2.1.2.
func (t *Tree) subproof(m, lo, hi uint64, complete bool) []Hash {
	n := hi - lo
	if m == n {
		if complete {
			return nil
		}
		return []Hash{t.subtree(lo, hi)}
	}
	k := split(n)
	if m <= k {
		return append(t.subproof(m, lo, lo+k, complete), t.subtree(lo+k, hi))
	}
	return append(t.subproof(m-k, lo+k, hi, false), t.subtree(lo, lo+k))
}

// Verification errors.
var (
	ErrProofSize = errors.New("merkle: wrong proof size")
	ErrMismatch  = errors.New("merkle: computed root does not match")
)

// VerifyInclusion checks that leafHash is leaf index of the tree of size n
// with head root, following RFC 9162 2.1.3.2.
func VerifyInclusion(leafHash Hash, index, n uint64, proof []Hash, root Hash) error {
	if index >= n {
		return fmt.Errorf("%w: leaf %d of size %d", ErrRange, index, n)
	}
	fn, sn := index, n-1
	r := leafHash
	for _, p := range proof {
		if sn == 0 {
			return ErrProofSize
		}
		if fn&1 == 1 || fn == sn {
			r = NodeHash(p, r)
			if fn&1 == 0 {
				for fn&1 == 0 && fn != 0 {
					fn >>= 1
					sn >>= 1
				}
			}
		} else {
			r = NodeHash(r, p)
		}
		fn >>= 1
		sn >>= 1
	}
	if sn != 0 {
		return ErrProofSize
	}
	if !bytes.Equal(r[:], root[:]) {
		return ErrMismatch
	}
	return nil
}

// VerifyConsistency checks that the tree of size m with head rootM is a
// prefix of the tree of size n with head rootN, following RFC 9162 2.1.4.2.
func VerifyConsistency(m, n uint64, rootM, rootN Hash, proof []Hash) error {
	switch {
	case m > n:
		return fmt.Errorf("%w: size %d after size %d", ErrRange, m, n)
	case m == n:
		if len(proof) != 0 {
			return ErrProofSize
		}
		if rootM != rootN {
			return ErrMismatch
		}
		return nil
	case m == 0:
		if len(proof) != 0 {
			return ErrProofSize
		}
		if rootM != EmptyRoot {
			return ErrMismatch
		}
		return nil
	}
	if len(proof) == 0 {
		return ErrProofSize
	}
	// If m is an exact power of two, prepend first_hash (= rootM).
	if m&(m-1) == 0 {
		proof = append([]Hash{rootM}, proof...)
	}
	fn, sn := m-1, n-1
	for fn&1 == 1 {
		fn >>= 1
		sn >>= 1
	}
	fr, sr := proof[0], proof[0]
	for _, c := range proof[1:] {
		if sn == 0 {
			return ErrProofSize
		}
		if fn&1 == 1 || fn == sn {
			fr = NodeHash(c, fr)
			sr = NodeHash(c, sr)
			if fn&1 == 0 {
				for fn&1 == 0 && fn != 0 {
					fn >>= 1
					sn >>= 1
				}
			}
		} else {
			sr = NodeHash(sr, c)
		}
		fn >>= 1
		sn >>= 1
	}
	if sn != 0 {
		return ErrProofSize
	}
	if fr != rootM || sr != rootN {
		return ErrMismatch
	}
	return nil
}
