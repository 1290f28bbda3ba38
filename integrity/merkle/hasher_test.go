package merkle

import (
	"bytes"
	"testing"

	"github.com/transparency-dev/merkle/rfc6962"
)

// TestHashesAreTheLibrarys checks that the tree's own leaf and node hashes,
// computed from the stack, are the library's RFC 6962 hashes, for leaves on
// both sides of the stack buffer's size.
func TestHashesAreTheLibrarys(t *testing.T) {
	h := rfc6962.DefaultHasher
	for _, n := range []int{0, 1, 32, 63, 64, 65, 200} {
		data := bytes.Repeat([]byte{byte(n)}, n)
		if got, want := LeafHash(data), h.HashLeaf(data); !bytes.Equal(got[:], want) {
			t.Errorf("LeafHash of %d bytes = %x, the library's %x", n, got, want)
		}
	}
	l, r := LeafHash([]byte("left")), LeafHash([]byte("right"))
	if got, want := NodeHash(l, r), h.HashChildren(l[:], r[:]); !bytes.Equal(got[:], want) {
		t.Errorf("NodeHash = %x, the library's %x", got, want)
	}
	if got, want := EmptyRoot, h.EmptyRoot(); !bytes.Equal(got[:], want) {
		t.Errorf("EmptyRoot = %x, the library's %x", got, want)
	}
}
