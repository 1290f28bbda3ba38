package merkle

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"testing"
)

// The reference leaves and tree heads published with the Certificate
// Transparency implementations of RFC 6962 (used here as data).
var referenceLeaves = []string{"", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"}

var referenceRoots = []string{
	"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
	"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
	"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
	"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
	"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
	"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
	"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
	"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
	"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
}

var referenceInclusion = []struct {
	index, size uint64
	proof       []string
}{
	{0, 8, []string{"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"}},
	{5, 8, []string{"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b", "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}},
}

var referenceConsistency = []struct {
	m, n  uint64
	proof []string
}{
	{2, 8, []string{"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"}},
	{6, 8, []string{"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a", "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}},
	{2, 5, []string{"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"}},
}

func mustHash(t testing.TB, s string) Hash {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != 32 {
		t.Fatalf("bad hash %q", s)
	}
	return Hash(b)
}

func hashes(t testing.TB, ss []string) []Hash {
	out := make([]Hash, len(ss))
	for i, s := range ss {
		out[i] = mustHash(t, s)
	}
	return out
}

func referenceTree(t testing.TB) *Tree {
	tree := &Tree{}
	for _, l := range referenceLeaves {
		b, _ := hex.DecodeString(l)
		tree.Append(b)
	}
	return tree
}

func TestReferenceVectors(t *testing.T) {
	tree := referenceTree(t)
	for n := range uint64(len(referenceRoots)) {
		root, err := tree.Root(n)
		if err != nil || hex.EncodeToString(root[:]) != referenceRoots[n] {
			t.Errorf("root of size %d = %x (%v), want %s", n, root, err, referenceRoots[n])
		}
	}
	for _, v := range referenceInclusion {
		proof, err := tree.InclusionProof(v.index, v.size)
		if err != nil || fmt.Sprint(proof) != fmt.Sprint(hashes(t, v.proof)) {
			t.Errorf("inclusion proof of %d in %d = %x (%v)", v.index, v.size, proof, err)
		}
		b, _ := hex.DecodeString(referenceLeaves[v.index])
		if err := VerifyInclusion(LeafHash(b), v.index, v.size, hashes(t, v.proof), mustHash(t, referenceRoots[v.size])); err != nil {
			t.Errorf("reference inclusion proof of %d in %d: %v", v.index, v.size, err)
		}
	}
	for _, v := range referenceConsistency {
		proof, err := tree.ConsistencyProof(v.m, v.n)
		if err != nil || fmt.Sprint(proof) != fmt.Sprint(hashes(t, v.proof)) {
			t.Errorf("consistency proof %d->%d = %x (%v)", v.m, v.n, proof, err)
		}
		if err := VerifyConsistency(v.m, v.n, mustHash(t, referenceRoots[v.m]), mustHash(t, referenceRoots[v.n]), hashes(t, v.proof)); err != nil {
			t.Errorf("reference consistency proof %d->%d: %v", v.m, v.n, err)
		}
	}
}

// mth is RFC 6962's definition of the tree head, written as the RFC writes
// it, to check the indexed tree against.
func mth(leaves []Hash) Hash {
	switch len(leaves) {
	case 0:
		return EmptyRoot
	case 1:
		return leaves[0]
	}
	k := split(uint64(len(leaves)))
	return NodeHash(mth(leaves[:k]), mth(leaves[k:]))
}

// split returns the largest power of two smaller than n (n > 1): where
// RFC 6962 splits a list of n leaves.
func split(n uint64) uint64 { return 1 << (bits.Len64(n-1) - 1) }

func TestRandomTrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tree := &Tree{}
	var leaves []Hash
	for range 70 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		tree.Append(b)
		leaves = append(leaves, LeafHash(b))
	}
	for n := uint64(0); n <= tree.Size(); n++ {
		root, _ := tree.Root(n)
		if root != mth(leaves[:n]) {
			t.Fatalf("root of %d differs from the RFC definition", n)
		}
		for i := range n {
			proof, err := tree.InclusionProof(i, n)
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyInclusion(leaves[i], i, n, proof, root); err != nil {
				t.Fatalf("inclusion %d/%d: %v", i, n, err)
			}
			if len(proof) > 0 {
				bad := append([]Hash(nil), proof...)
				bad[rng.IntN(len(bad))][rng.IntN(32)] ^= 1 << rng.IntN(8)
				if VerifyInclusion(leaves[i], i, n, bad, root) == nil {
					t.Fatalf("inclusion %d/%d: a flipped bit verified", i, n)
				}
				if VerifyInclusion(leaves[i], i, n, proof[:len(proof)-1], root) == nil {
					t.Fatalf("inclusion %d/%d: a truncated proof verified", i, n)
				}
			}
			if VerifyInclusion(leaves[i], i, n, append(proof, Hash{}), root) == nil {
				t.Fatalf("inclusion %d/%d: an extended proof verified", i, n)
			}
			if n > 1 && VerifyInclusion(leaves[i], (i+1)%n, n, proof, root) == nil && leaves[i] != leaves[(i+1)%n] {
				t.Fatalf("inclusion %d/%d: verified at another index", i, n)
			}
		}
		for m := uint64(0); m <= n; m++ {
			rootM, _ := tree.Root(m)
			proof, err := tree.ConsistencyProof(m, n)
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyConsistency(m, n, rootM, root, proof); err != nil {
				t.Fatalf("consistency %d->%d: %v", m, n, err)
			}
			if len(proof) > 0 {
				bad := append([]Hash(nil), proof...)
				bad[rng.IntN(len(bad))][rng.IntN(32)] ^= 1 << rng.IntN(8)
				if VerifyConsistency(m, n, rootM, root, bad) == nil {
					t.Fatalf("consistency %d->%d: a flipped bit verified", m, n)
				}
			}
			if m > 0 && m < n {
				other, _ := tree.Root(m - 1)
				if VerifyConsistency(m, n, other, root, proof) == nil {
					t.Fatalf("consistency %d->%d: verified against the head of %d", m, n, m-1)
				}
			}
		}
	}
}

func TestRangeErrors(t *testing.T) {
	tree := referenceTree(t)
	if _, err := tree.Root(9); !errors.Is(err, ErrRange) {
		t.Errorf("root beyond the tree: %v", err)
	}
	if _, err := tree.InclusionProof(8, 8); !errors.Is(err, ErrRange) {
		t.Errorf("leaf beyond the size: %v", err)
	}
	if _, err := tree.ConsistencyProof(5, 3); !errors.Is(err, ErrRange) {
		t.Errorf("consistency backwards: %v", err)
	}
	r8, _ := tree.Root(8)
	if err := VerifyConsistency(0, 8, EmptyRoot, r8, nil); err != nil {
		t.Errorf("the empty tree is a prefix of every tree: %v", err)
	}
	if err := VerifyConsistency(8, 8, r8, r8, nil); err != nil {
		t.Errorf("a tree is consistent with itself: %v", err)
	}
}

func BenchmarkAppend(b *testing.B) {
	tree := &Tree{}
	var data [32]byte
	for i := 0; b.Loop(); i++ {
		data[0], data[1], data[2] = byte(i), byte(i>>8), byte(i>>16)
		tree.Append(data[:])
	}
}

func TestGrowKeepsTheTree(t *testing.T) {
	var plain, grown Tree
	for i := range 37 {
		plain.Append([]byte{byte(i)})
		if i == 5 {
			grown.Grow(1000)
		}
		grown.Append([]byte{byte(i)})
	}
	for n := uint64(0); n <= 37; n++ {
		a, _ := plain.Root(n)
		b, err := grown.Root(n)
		if err != nil || a != b {
			t.Fatalf("root of %d: %x after Grow, %x without (%v)", n, b, a, err)
		}
	}
	if grown.Size() != 37 {
		t.Fatalf("size %d after Grow and 37 appends", grown.Size())
	}
}

func TestLeafHashOfLongData(t *testing.T) {
	for _, n := range []int{0, 32, 64, 65, 200} {
		data := bytes.Repeat([]byte{7}, n)
		want := sha256.Sum256(append([]byte{0}, data...))
		if got := LeafHash(data); got != Hash(want) {
			t.Errorf("LeafHash of %d bytes = %x, want %x", n, got, want)
		}
	}
}

// BenchmarkProofs times what the server does per proof request on a tree
// of a million events: the head of a size, an inclusion proof and a
// consistency proof, at sizes and leaves spread over the tree.
func BenchmarkProofs(b *testing.B) {
	const leaves = 1 << 20
	tree := &Tree{}
	tree.Grow(leaves)
	var data [32]byte
	for i := range leaves {
		data[0], data[1], data[2] = byte(i), byte(i>>8), byte(i>>16)
		tree.Append(data[:])
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for b.Loop() {
		n := 1 + rng.Uint64N(leaves)
		m := 1 + rng.Uint64N(n)
		if _, err := tree.Root(n); err != nil {
			b.Fatal(err)
		}
		if _, err := tree.InclusionProof(rng.Uint64N(n), n); err != nil {
			b.Fatal(err)
		}
		if _, err := tree.ConsistencyProof(m, n); err != nil {
			b.Fatal(err)
		}
	}
}
