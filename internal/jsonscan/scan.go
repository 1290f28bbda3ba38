// Package jsonscan finds a value inside a JSON document by its path (object
// keys and array indexes) and says where its bytes are, so that a caller
// can replace it in place and leave the rest of the document as it was.
// The domain patches stored payloads so when it replays a correction.
//
// No JSON library does this: they decode whole values, and encoding/json's
// tokenizer, which could, costs several times more (BENCHMARKS.md). It
// imports only the standard library: nothing of the ledger.
package jsonscan

import "unicode/utf8"

// Step is one step of a path: the value of key Key of an object, or, when
// Key is empty, element Index of an array.
type Step struct {
	Key   string
	Index int
}

// Find returns where the value at path starts and ends in doc, which must
// be one JSON value with nothing but white space around it. It reports
// false wherever it cannot be sure that replacing those bytes changes what
// a decoder of the whole document (encoding/json, into maps) finds at path
// and nothing else: on a document that is not JSON, a path that is not
// there, and a key written with escapes, not valid UTF-8, or repeated in
// an object on the path.
func Find(doc []byte, path []Step) (start, end int, ok bool) {
	s := scanner{data: doc}
	if !s.skip() {
		return 0, 0, false
	}
	s.space()
	if s.i != len(doc) {
		return 0, 0, false
	}
	s = scanner{data: doc}
	for _, st := range path {
		s.space()
		if s.i >= len(doc) {
			return 0, 0, false
		}
		if st.Key != "" {
			ok = doc[s.i] == '{' && s.findKey(st.Key)
		} else {
			ok = doc[s.i] == '[' && s.findIndex(st.Index)
		}
		if !ok {
			return 0, 0, false
		}
	}
	s.space()
	start = s.i
	if !s.skip() {
		return 0, 0, false
	}
	return start, s.i, true
}

// scanner walks a document. Each method reports false to give up.
type scanner struct {
	data  []byte
	i     int
	depth int
}

// maxDepth bounds nesting (encoding/json allows 10,000 levels; the
// domain's payloads use a handful).
const maxDepth = 100

func (s *scanner) space() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// literal consumes lit.
func (s *scanner) literal(lit string) bool {
	if len(s.data)-s.i < len(lit) || string(s.data[s.i:s.i+len(lit)]) != lit {
		return false
	}
	s.i += len(lit)
	return true
}

// key returns an object key (at its opening quote) without escapes.
func (s *scanner) key() ([]byte, bool) {
	start := s.i + 1
	for j := start; j < len(s.data); j++ {
		switch c := s.data[j]; {
		case c == '"':
			s.i = j + 1
			return s.data[start:j], true
		case c == '\\' || c < 0x20:
			return nil, false
		}
	}
	return nil, false
}

// hex4 decodes the four hexadecimal digits of a \u escape.
func hex4(b []byte) (rune, bool) {
	var r rune
	for _, c := range b {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// number returns a number of JSON's grammar.
func (s *scanner) number() ([]byte, bool) {
	start := s.i
	d := s.data
	i := s.i
	if i < len(d) && d[i] == '-' {
		i++
	}
	switch {
	case i < len(d) && d[i] == '0':
		i++
	case i < len(d) && '1' <= d[i] && d[i] <= '9':
		for i < len(d) && '0' <= d[i] && d[i] <= '9' {
			i++
		}
	default:
		return nil, false
	}
	if i < len(d) && d[i] == '.' {
		i++
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			return nil, false
		}
		for i < len(d) && '0' <= d[i] && d[i] <= '9' {
			i++
		}
	}
	if i < len(d) && (d[i] == 'e' || d[i] == 'E') {
		i++
		if i < len(d) && (d[i] == '+' || d[i] == '-') {
			i++
		}
		if i >= len(d) || d[i] < '0' || d[i] > '9' {
			return nil, false
		}
		for i < len(d) && '0' <= d[i] && d[i] <= '9' {
			i++
		}
	}
	s.i = i
	return d[start:i], true
}

// skip passes over a value, checking its syntax.
func (s *scanner) skip() bool {
	s.space()
	if s.i >= len(s.data) {
		return false
	}
	switch c := s.data[s.i]; {
	case c == '"':
		return s.skipString()
	case c == '{' || c == '[':
		if s.depth++; s.depth > maxDepth {
			return false
		}
		s.i++
		closing := byte('}')
		if c == '[' {
			closing = ']'
		}
		s.space()
		if s.i < len(s.data) && s.data[s.i] == closing {
			s.i++
			s.depth--
			return true
		}
		for {
			if c == '{' {
				s.space()
				if s.i >= len(s.data) || s.data[s.i] != '"' || !s.skipString() {
					return false
				}
				s.space()
				if s.i >= len(s.data) || s.data[s.i] != ':' {
					return false
				}
				s.i++
			}
			if !s.skip() {
				return false
			}
			s.space()
			if s.i >= len(s.data) {
				return false
			}
			switch s.data[s.i] {
			case ',':
				s.i++
			case closing:
				s.i++
				s.depth--
				return true
			default:
				return false
			}
		}
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	default:
		_, ok := s.number()
		return ok
	}
}

// skipString passes over a string (at its opening quote), checking its
// escapes.
func (s *scanner) skipString() bool {
	for j := s.i + 1; j < len(s.data); j++ {
		switch c := s.data[j]; {
		case c == '"':
			s.i = j + 1
			return true
		case c < 0x20:
			return false
		case c == '\\':
			if j+1 >= len(s.data) {
				return false
			}
			switch s.data[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j++
			case 'u':
				if j+6 > len(s.data) {
					return false
				}
				if _, ok := hex4(s.data[j+2 : j+6]); !ok {
					return false
				}
				j += 5
			default:
				return false
			}
		}
	}
	return false
}

// findKey moves from an object's '{' to the value of key, which must be
// there once, with no key of the object written with escapes.
func (s *scanner) findKey(key string) bool {
	s.i++
	at := -1
	for {
		s.space()
		if s.i >= len(s.data) {
			return false
		}
		if s.data[s.i] == '}' {
			break
		}
		if s.data[s.i] != '"' {
			return false
		}
		k, ok := s.key()
		if !ok {
			return false // escaped
		}
		s.space()
		if s.i >= len(s.data) || s.data[s.i] != ':' {
			return false
		}
		s.i++
		s.space()
		if string(k) == key {
			if !utf8.Valid(k) {
				return false // the long way's key holds U+FFFD instead
			}
			if at >= 0 {
				return false // repeated: the long way keeps the last
			}
			at = s.i
		}
		if !s.skip() {
			return false
		}
		s.space()
		if s.i < len(s.data) && s.data[s.i] == ',' {
			s.i++
		}
	}
	if at < 0 {
		return false
	}
	s.i = at
	return true
}

// findIndex moves from an array's '[' to its element n.
func (s *scanner) findIndex(n int) bool {
	s.i++
	for i := 0; ; i++ {
		s.space()
		if s.i >= len(s.data) || s.data[s.i] == ']' {
			return false
		}
		if i == n {
			return true
		}
		if !s.skip() {
			return false
		}
		s.space()
		if s.i < len(s.data) && s.data[s.i] == ',' {
			s.i++
		}
	}
}
