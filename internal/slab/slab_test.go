package slab

import (
	"bytes"
	"strings"
	"testing"
)

// TestStrings adds strings of every size, from empty to larger than a
// chunk, and reads each back, and checks that a string read before others
// were added is unchanged after: its bytes are never written again.
func TestStrings(t *testing.T) {
	var s Strings
	var refs []Ref
	var want, held []string
	for i := range 3000 {
		n := (i * 7919) % 700
		if i%500 == 499 {
			n = chunkBytes/4 + i // a chunk of its own
		}
		v := strings.Repeat(string(rune('a'+i%26)), n)
		buf := []byte(v)
		r := s.Add(buf)
		if len(buf) > 0 {
			buf[0] = '!' // the caller's bytes are not the slab's
		}
		refs, want = append(refs, r), append(want, v)
		held = append(held, s.Get(r))
		if r.Len() != len(v) {
			t.Fatalf("string %d: Len %d, want %d", i, r.Len(), len(v))
		}
	}
	for i, r := range refs {
		if got := s.Get(r); got != want[i] || held[i] != want[i] {
			t.Fatalf("string %d: %.20q (held %.20q), want %.20q", i, got, held[i], want[i])
		}
	}
	if s.Bytes() < len(strings.Join(want, "")) {
		t.Fatalf("Bytes %d, less than the strings added", s.Bytes())
	}
	if got := s.String([]byte("x")); got != "x" || s.Get(s.AddString("")) != "" || (s.AddString("") != Ref{}) {
		t.Fatalf("String, or the empty string: %q", got)
	}
	// Small strings keep filling their chunk after one of its own.
	small := len(s.chunks)
	s.Add(bytes.Repeat([]byte("z"), chunkBytes))
	s.Add([]byte("after"))
	if len(s.chunks) != small+1 {
		t.Fatalf("%d chunks after a large string and a small one, want %d", len(s.chunks), small+1)
	}
}
