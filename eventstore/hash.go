package eventstore

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"hash"
	"sync"
)

// ErrCorrupt reports a stored event that does not match its hash: its
// content, its place in the ledger, or the hash itself was changed after
// it was recorded, or an event before it is missing. Backends wrap it in
// an error that names the ledger position of the event.
var ErrCorrupt = errors.New("a stored event does not match its hash")

// HashPrefix starts the canonical encoding of every event. It separates the
// event hashes of this ledger from any other use of SHA-256 over similar
// bytes (the leaves and nodes of the Merkle tree, checkpoints).
const HashPrefix = "controls-ledger/event/v1\x00"

// ChainHash returns the hash of ev in the ledger's hash chain: SHA-256 over
// prev, the hash of the event before it in ledger order, followed by the
// canonical encoding of ev. The first event of the ledger (position 1) has
// prev = 32 zero bytes.
//
//	hash(ev) = SHA-256( prev || encoding(ev) )
//
// The canonical encoding is, in this order, with every integer big-endian
// and every length an unsigned 32-bit big-endian count of bytes:
//
//	"controls-ledger/event/v1" 0x00   25 bytes, HashPrefix
//	position                          8 bytes, uint64, the ledger ordinal (1, 2, ...)
//	version                           8 bytes, int64, the version in the stream (1, 2, ...)
//	recorded-at                       8 bytes, int64, RecordedAt in Unix nanoseconds (UTC)
//	id                                16 bytes, the event UUID in RFC 9562 byte order
//	len(type)     type                4 + n bytes, the type name in UTF-8
//	len(stream)   stream              4 + n bytes, the stream name in UTF-8
//	len(data)     data                4 + n bytes, the payload byte for byte
//	len(metadata) metadata            4 + n bytes, the metadata byte for byte
//
// An empty payload and a nil one encode alike (length 0). Since prev
// commits to every event before, the hash of the last event commits to the
// whole ledger: changing, removing, inserting or reordering any event
// changes the hash of every event from it on.
//
// ChainHash reads ev.Position, Version, RecordedAt, ID, Type, Stream, Data
// and Metadata; it ignores ev.Hash.
func ChainHash(prev [32]byte, ev Event) [32]byte {
	h := hashers.Get().(*chainHasher)
	defer hashers.Put(h)
	return h.sum(prev, &ev)
}

// chainHasher reuses one SHA-256 state and one header buffer, so that a
// hash on the append path allocates nothing.
type chainHasher struct {
	h   hash.Hash
	buf []byte
	out [32]byte
}

var hashers = sync.Pool{New: func() any {
	return &chainHasher{h: sha256.New(), buf: make([]byte, 0, 32+len(HashPrefix)+24+16+8)}
}}

func (c *chainHasher) sum(prev [32]byte, ev *Event) [32]byte {
	c.h.Reset()
	b := append(c.buf[:0], prev[:]...)
	b = append(b, HashPrefix...)
	b = binary.BigEndian.AppendUint64(b, ev.Position)
	b = binary.BigEndian.AppendUint64(b, uint64(ev.Version))
	b = binary.BigEndian.AppendUint64(b, uint64(ev.RecordedAt.UnixNano()))
	b = append(b, ev.ID[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(ev.Type)))
	b = append(b, ev.Type...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(ev.Stream)))
	b = append(b, ev.Stream...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(ev.Data)))
	c.h.Write(b)
	c.buf = b[:0]
	c.h.Write(ev.Data)
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(ev.Metadata)))
	c.h.Write(n[:])
	c.h.Write(ev.Metadata)
	c.h.Sum(c.out[:0])
	return c.out
}
