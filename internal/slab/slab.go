// Package slab keeps many small strings in a few large chunks of bytes, for
// the read models and the screening index, which hold millions of them for
// as long as the server runs: a chunk holds no pointer, so the garbage
// collector marks it once where it would have marked every string, and a
// string read from it shares its bytes (unsafe.String). That is safe
// because a chunk's bytes are never written again once a string is in
// them: appending only writes past the strings already there, and a full
// chunk is left as it is. A string stays valid and unchanged for as long as
// anyone holds it (it keeps its chunk alive), whatever becomes of the
// Strings it came from.
package slab

import "unsafe"

// chunkBytes is the size of a chunk; a string of a quarter of it or more
// gets a chunk of its own.
const chunkBytes = 256 << 10

// Strings is a slab of strings. It is not safe for concurrent use: callers
// serialise Add, and may Get concurrently only what was added before.
type Strings struct {
	chunks [][]byte
	// cur is the number plus one of the chunk small strings go to (0:
	// none yet).
	cur int
}

// Ref is where a string is in a Strings; the zero Ref is "".
type Ref struct{ chunk, off, n uint32 }

// Len is the length of the string r refers to.
func (r Ref) Len() int { return int(r.n) }

// Add copies b into the slab and returns where it is.
func (s *Strings) Add(b []byte) Ref {
	if len(b) == 0 {
		return Ref{}
	}
	if len(b) >= chunkBytes/4 {
		s.chunks = append(s.chunks, append([]byte(nil), b...))
		return Ref{uint32(len(s.chunks) - 1), 0, uint32(len(b))}
	}
	if s.cur == 0 || len(s.chunks[s.cur-1])+len(b) > chunkBytes {
		s.chunks = append(s.chunks, make([]byte, 0, chunkBytes))
		s.cur = len(s.chunks)
	}
	c := s.chunks[s.cur-1]
	s.chunks[s.cur-1] = append(c, b...)
	return Ref{uint32(s.cur - 1), uint32(len(c)), uint32(len(b))}
}

// AddString copies v into the slab and returns where it is.
func (s *Strings) AddString(v string) Ref {
	return s.Add(unsafe.Slice(unsafe.StringData(v), len(v)))
}

// Get returns the string r refers to, sharing the slab's bytes.
func (s *Strings) Get(r Ref) string {
	if r.n == 0 {
		return ""
	}
	return unsafe.String(&s.chunks[r.chunk][r.off], int(r.n))
}

// String copies b into the slab and returns it as a string.
func (s *Strings) String(b []byte) string { return s.Get(s.Add(b)) }

// Bytes is how many bytes the slab's strings take.
func (s *Strings) Bytes() int {
	n := 0
	for _, c := range s.chunks {
		n += len(c)
	}
	return n
}
