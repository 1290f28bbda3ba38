package projections

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/internal/slab"
)

// The codec writes the domain's events in a compact binary form: the form
// the projection keeps them in (decoding a JSON payload costs ten times
// more, and the decoded event three times the memory) and the form of the
// snapshot. It is compiled once per Go type from the type's exported
// fields (domain.Date, whose field is unexported, is written as a day
// number), so it follows the domain's types without a case per event; the
// schema fingerprint changes when any of those types does, which makes
// older snapshots unreadable on purpose.

var dateType = reflect.TypeFor[domain.Date]()

// codec handles the values of one Go type, at the address of a value: the
// compiled functions read and write fields at their offsets, without a
// reflect.Value per field (the workers pre-encode every event of a rebuild,
// and queries decode events all the time).
type codec struct {
	enc func(e *encoder, p unsafe.Pointer)
	dec func(d *decoder, p unsafe.Pointer)
}

var codecs sync.Map // reflect.Type → *codec

func codecFor(t reflect.Type) *codec {
	if c, ok := codecs.Load(t); ok {
		return c.(*codec)
	}
	c := buildCodec(t, map[reflect.Type]*codec{})
	actual, _ := codecs.LoadOrStore(t, c)
	return actual.(*codec)
}

// buildCodec compiles the codec of t. building holds the codecs under
// construction, for recursive types.
func buildCodec(t reflect.Type, building map[reflect.Type]*codec) *codec {
	if c, ok := codecs.Load(t); ok {
		return c.(*codec)
	}
	if c, ok := building[t]; ok {
		return c
	}
	c := &codec{}
	building[t] = c
	switch {
	case t == dateType:
		c.enc = func(e *encoder, p unsafe.Pointer) { e.date(*(*domain.Date)(p)) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*domain.Date)(p) = d.date() }
		return c
	}
	switch t.Kind() {
	case reflect.String:
		c.enc = func(e *encoder, p unsafe.Pointer) { e.str(*(*string)(p)) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*string)(p) = d.str() }
	case reflect.Bool:
		c.enc = func(e *encoder, p unsafe.Pointer) { e.bool(*(*bool)(p)) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*bool)(p) = d.bool() }
	case reflect.Int:
		c.enc = func(e *encoder, p unsafe.Pointer) { e.varint(int64(*(*int)(p))) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*int)(p) = int(d.varint()) }
	case reflect.Int8:
		c.enc = func(e *encoder, p unsafe.Pointer) { e.varint(int64(*(*int8)(p))) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*int8)(p) = int8(d.varint()) }
	case reflect.Int16:
		c.enc = func(e *encoder, p unsafe.Pointer) { e.varint(int64(*(*int16)(p))) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*int16)(p) = int16(d.varint()) }
	case reflect.Int32:
		c.enc = func(e *encoder, p unsafe.Pointer) { e.varint(int64(*(*int32)(p))) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*int32)(p) = int32(d.varint()) }
	case reflect.Int64:
		c.enc = func(e *encoder, p unsafe.Pointer) { e.varint(*(*int64)(p)) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*int64)(p) = d.varint() }
	case reflect.Uint:
		c.enc = func(e *encoder, p unsafe.Pointer) { e.uvarint(uint64(*(*uint)(p))) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*uint)(p) = uint(d.uvarint()) }
	case reflect.Uint16:
		c.enc = func(e *encoder, p unsafe.Pointer) { e.uvarint(uint64(*(*uint16)(p))) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*uint16)(p) = uint16(d.uvarint()) }
	case reflect.Uint32:
		c.enc = func(e *encoder, p unsafe.Pointer) { e.uvarint(uint64(*(*uint32)(p))) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*uint32)(p) = uint32(d.uvarint()) }
	case reflect.Uint64:
		c.enc = func(e *encoder, p unsafe.Pointer) { e.uvarint(*(*uint64)(p)) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*uint64)(p) = d.uvarint() }
	case reflect.Float64:
		c.enc = func(e *encoder, p unsafe.Pointer) { e.uvarint(math.Float64bits(*(*float64)(p))) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*float64)(p) = math.Float64frombits(d.uvarint()) }
	case reflect.Float32:
		// Written as the float64 it converts to.
		c.enc = func(e *encoder, p unsafe.Pointer) { e.uvarint(math.Float64bits(float64(*(*float32)(p)))) }
		c.dec = func(d *decoder, p unsafe.Pointer) { *(*float32)(p) = float32(math.Float64frombits(d.uvarint())) }
	case reflect.Pointer:
		elem, et := buildCodec(t.Elem(), building), t.Elem()
		c.enc = func(e *encoder, p unsafe.Pointer) {
			q := *(*unsafe.Pointer)(p)
			e.bool(q != nil)
			if q != nil {
				elem.enc(e, q)
			}
		}
		c.dec = func(d *decoder, p unsafe.Pointer) {
			if d.bool() {
				q := reflect.New(et).UnsafePointer()
				elem.dec(d, q)
				*(*unsafe.Pointer)(p) = q
			}
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			c.enc = func(e *encoder, p unsafe.Pointer) { b := *(*[]byte)(p); e.bytes(b, b == nil) }
			c.dec = func(d *decoder, p unsafe.Pointer) {
				if b := d.bytes(); b != nil {
					*(*[]byte)(p) = b
				}
			}
			break
		}
		elem, size := buildCodec(t.Elem(), building), t.Elem().Size()
		// A nil and an empty slice encode differently to JSON ("null" and
		// "[]"), so the codec keeps the difference.
		c.enc = func(e *encoder, p unsafe.Pointer) {
			s := (*sliceHeader)(p)
			if s.data == nil {
				e.uvarint(0)
				return
			}
			e.uvarint(uint64(s.len) + 1)
			for i := range s.len {
				elem.enc(e, unsafe.Add(s.data, uintptr(i)*size))
			}
		}
		c.dec = func(d *decoder, p unsafe.Pointer) {
			n := d.uvarint()
			if n == 0 || d.err != nil {
				return
			}
			if n-1 > uint64(len(d.buf)) {
				d.fail("slice of %d elements in %d bytes", n-1, len(d.buf))
				return
			}
			s := reflect.MakeSlice(t, int(n-1), int(n-1))
			data := s.UnsafePointer()
			for i := range int(n - 1) {
				elem.dec(d, unsafe.Add(data, uintptr(i)*size))
			}
			reflect.NewAt(t, p).Elem().Set(s)
		}
	case reflect.Struct:
		type field struct {
			off uintptr
			c   *codec
		}
		var fields []field
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				panic(fmt.Sprintf("projections: codec: %s has the unexported field %s", t, f.Name))
			}
			fields = append(fields, field{f.Offset, buildCodec(f.Type, building)})
		}
		c.enc = func(e *encoder, p unsafe.Pointer) {
			for _, f := range fields {
				f.c.enc(e, unsafe.Add(p, f.off))
			}
		}
		c.dec = func(d *decoder, p unsafe.Pointer) {
			for _, f := range fields {
				f.c.dec(d, unsafe.Add(p, f.off))
			}
		}
	default:
		panic(fmt.Sprintf("projections: codec: %s is not supported", t))
	}
	return c
}

// sliceHeader is the layout of a slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

// encodeAt writes the value of type t at p.
func encodeAt(e *encoder, t reflect.Type, p unsafe.Pointer) { codecFor(t).enc(e, p) }

// decodeNew decodes a value of type t into a new one, and returns a
// pointer to it.
func decodeNew(d *decoder, t reflect.Type) reflect.Value {
	v := reflect.New(t)
	codecFor(t).dec(d, v.UnsafePointer())
	return v
}

// fingerprint identifies the shapes of the given types: field names,
// kinds and element types, recursively.
func fingerprint(types ...reflect.Type) string {
	h := sha256.New()
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		fmt.Fprintf(h, "%s/%s(", t.String(), t.Kind())
		if seen[t] || t == dateType {
			fmt.Fprint(h, ")")
			return
		}
		seen[t] = true
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice:
			walk(t.Elem())
		case reflect.Struct:
			for i := range t.NumField() {
				fmt.Fprintf(h, "%s:", t.Field(i).Name)
				walk(t.Field(i).Type)
			}
		}
		fmt.Fprint(h, ")")
	}
	for _, t := range types {
		walk(t)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// dictionary holds strings that recur across events (names, codes,
// publishers, record IDs), so that events refer to one copy. A string of
// 4 to dictionaryMaxLen bytes joins it the second time it is seen; seen
// remembers the hashes of recent candidates in a fixed table (a collision
// only admits a string early). The hash is fixed, not seeded, so that the
// same events give the same dictionary, and the same bytes, in every
// build. The dictionary only grows.
type dictionary struct {
	list []string
	// table finds a string's index from its hash: open addressing with
	// linear probing, a power of two long and at most half full. It
	// replaced a map: the hash is computed once (by a worker, see
	// candidate), and a probe compares 32 bits of it before the string.
	table []dictSlot
	seen  []uint64
	// in has a bit set for the hash of each string in the dictionary: most
	// strings are not, and this answers so without a probe in table.
	in []uint64
	// touched keeps what touch read, so that its loads are not dropped.
	touched uint64
}

// dictSlot is a slot of the dictionary's table: the string's index plus
// one (0: empty) and the high half of its hash.
type dictSlot struct{ tag, idx uint32 }

const (
	dictionaryMaxLen = 40 // below 128: see finish
	dictionarySeen   = 1 << 18
	dictionaryBits   = 1 << 24
)

func newDictionary() *dictionary {
	return &dictionary{seen: make([]uint64, dictionarySeen), in: make([]uint64, dictionaryBits/64)}
}

func (d *dictionary) mark(h uint64) { b := h % dictionaryBits; d.in[b/64] |= 1 << (b % 64) }

func (d *dictionary) marked(h uint64) bool {
	b := h % dictionaryBits
	return d.in[b/64]&(1<<(b%64)) != 0
}

// lookup returns the index of s, whose hash is h (fnv1a(s)|1), if it is in
// the dictionary.
func (d *dictionary) lookup(s string, h uint64) (uint32, bool) {
	if !d.marked(h) || len(d.table) == 0 {
		return 0, false
	}
	mask := uint64(len(d.table) - 1)
	tag := uint32(h >> 32)
	for pos := h & mask; ; pos = (pos + 1) & mask {
		sl := d.table[pos]
		if sl.idx == 0 {
			return 0, false
		}
		if sl.tag == tag && d.list[sl.idx-1] == s {
			return sl.idx - 1, true
		}
	}
}

// add appends s, which is not in the dictionary yet and whose hash is h.
func (d *dictionary) add(s string, h uint64) uint32 {
	i := uint32(len(d.list))
	d.list = append(d.list, s)
	if 2*len(d.list) > len(d.table) {
		d.reserve(len(d.list))
	} else {
		d.insert(h, i)
	}
	d.mark(h)
	return i
}

// reserve sizes the table for n strings, placing those of the list again.
func (d *dictionary) reserve(n int) {
	size := max(len(d.table), 1024)
	for 2*n > size {
		size *= 2
	}
	if size == len(d.table) {
		return
	}
	d.table = make([]dictSlot, size)
	for i, x := range d.list {
		d.insert(fnv1a(x)|1, uint32(i))
	}
}

func (d *dictionary) insert(h uint64, i uint32) {
	mask := uint64(len(d.table) - 1)
	pos := h & mask
	for d.table[pos].idx != 0 {
		pos = (pos + 1) & mask
	}
	d.table[pos] = dictSlot{tag: uint32(h >> 32), idx: i + 1}
}

// ref returns the index of s, adding s if it was seen before.
func (d *dictionary) ref(s string) (uint32, bool) {
	if !dictionaryCandidate(s) {
		return 0, false
	}
	return d.refHashed(s, fnv1a(s)|1)
}

// dictionaryCandidate reports whether s may join the dictionary: short
// strings are as short inline as referred to.
func dictionaryCandidate(s string) bool { return len(s) > 3 && len(s) <= dictionaryMaxLen }

// refHashed is ref of a candidate whose hash (fnv1a(s)|1) is known. s may
// point into a buffer: it is copied if it joins.
func (d *dictionary) refHashed(s string, h uint64) (uint32, bool) {
	if i, ok := d.lookup(s, h); ok {
		return i, true
	}
	if slot := &d.seen[h%dictionarySeen]; *slot != h {
		*slot = h
		return 0, false
	}
	return d.add(strings.Clone(s), h), true
}

// candidate is a string of a pre-encoded event that may refer to the
// dictionary: its inline form is buf[at:end].
type candidate struct {
	at, end int32
	hash    uint64
}

// finish appends to dst the binary form of a pre-encoded event (strings
// inline, candidates listed in order), referring to the dictionary as an
// encoder with dict would have: the same bytes, the same dictionary.
func (d *dictionary) finish(dst, pre []byte, cands []candidate) []byte {
	d.touch(cands)
	last := int32(0)
	for _, c := range cands {
		// The inline form is 1, the length (one byte: a candidate is
		// shorter than 128 bytes), the bytes.
		s := unsafe.String(&pre[c.at+2], int(c.end-c.at-2))
		if i, ok := d.refHashed(s, c.hash); ok {
			dst = append(dst, pre[last:c.at]...)
			dst = binary.AppendUvarint(dst, uint64(i)+2)
			last = c.end
		}
	}
	return append(dst, pre[last:]...)
}

// touch reads, for each candidate, what lookup and refHashed will read
// (its bit, its slot in seen, its first slot in table and the string that
// slot holds): loads that do not depend on one another, which the
// processor overlaps, where the lookups one after the other would wait for
// each cache miss in turn (the tables are megabytes, read at random).
func (d *dictionary) touch(cands []candidate) {
	var x uint64
	for _, c := range cands {
		b := c.hash % dictionaryBits
		x += d.in[b/64] + d.seen[c.hash%dictionarySeen]
	}
	if len(d.table) > 0 {
		mask := uint64(len(d.table) - 1)
		for _, c := range cands {
			x += uint64(d.table[c.hash&mask].idx)
		}
		for _, c := range cands {
			if sl := d.table[c.hash&mask]; sl.idx != 0 && sl.tag == uint32(c.hash>>32) {
				if s := d.list[sl.idx-1]; len(s) > 0 {
					x += uint64(s[0])
				}
			}
		}
	}
	d.touched += x
}

// fnv1a is the 64-bit FNV-1a hash of s.
func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// encoder writes the binary form. Strings are written inline, or as a
// reference into dict when it is set; with readOnly, only to strings
// already in it (the encoder may then run under a read lock).
type encoder struct {
	buf      []byte
	dict     *dictionary
	readOnly bool
	// collect, without dict, lists the strings that may refer to a
	// dictionary in cands: the event is pre-encoded, for
	// dictionary.finish.
	collect bool
	cands   []candidate
}

func (e *encoder) uvarint(x uint64) { e.buf = binary.AppendUvarint(e.buf, x) }
func (e *encoder) varint(x int64)   { e.buf = binary.AppendVarint(e.buf, x) }

func (e *encoder) bool(b bool) {
	if b {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

func (e *encoder) str(s string) {
	switch {
	case s == "":
		e.uvarint(0)
		return
	case e.dict != nil && e.readOnly:
		if i, ok := e.dict.lookup(s, fnv1a(s)|1); ok {
			e.uvarint(uint64(i) + 2)
			return
		}
	case e.dict != nil:
		if i, ok := e.dict.ref(s); ok {
			e.uvarint(uint64(i) + 2)
			return
		}
	case e.collect && dictionaryCandidate(s):
		at := len(e.buf)
		e.uvarint(1)
		e.uvarint(uint64(len(s)))
		e.buf = append(e.buf, s...)
		e.cands = append(e.cands, candidate{at: int32(at), end: int32(len(e.buf)), hash: fnv1a(s) | 1})
		return
	}
	e.uvarint(1)
	e.uvarint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

func (e *encoder) bytes(b []byte, isNil bool) {
	if isNil {
		e.uvarint(0)
		return
	}
	e.uvarint(uint64(len(b)) + 1)
	e.buf = append(e.buf, b...)
}

func (e *encoder) date(d domain.Date) {
	e.bool(d.IsZero())
	if !d.IsZero() {
		e.varint(floorDiv(d.Time().Unix(), 86400))
	}
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// value writes v, whose value is written at the address its interface
// holds: a type larger than a pointer is never stored in the interface
// itself.
func (e *encoder) value(v any) {
	t := reflect.TypeOf(v)
	if t.Size() <= unsafe.Sizeof(uintptr(0)) {
		p := reflect.New(t)
		p.Elem().Set(reflect.ValueOf(v))
		encodeAt(e, t, p.UnsafePointer())
		return
	}
	encodeAt(e, t, (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[1])
}

// codes holds every two-letter code in capitals (jurisdictions), so that
// decoding one allocates nothing.
var codes = func() []string {
	out := make([]string, 26*26)
	for i := range out {
		out[i] = string([]byte{byte('A' + i/26), byte('A' + i%26)})
	}
	return out
}()

// decoder reads the binary form. table is the dictionary the strings
// refer to. The first error sticks; reads after it return zero values.
type decoder struct {
	buf   []byte
	table []string
	err   error
	// strs, when set, holds the strings read, which live as long as the
	// projection does (a million or more: identifiers, streams, words), in
	// a few pointer-free chunks; otherwise each is allocated on its own.
	strs *slab.Strings
}

var errCorrupt = errors.New("corrupt snapshot")

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", errCorrupt, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) uvarint() uint64 {
	x, n := binary.Uvarint(d.buf)
	if n <= 0 {
		d.fail("bad varint")
		d.buf = nil
		return 0
	}
	d.buf = d.buf[n:]
	return x
}

func (d *decoder) varint() int64 {
	x, n := binary.Varint(d.buf)
	if n <= 0 {
		d.fail("bad varint")
		d.buf = nil
		return 0
	}
	d.buf = d.buf[n:]
	return x
}

func (d *decoder) bool() bool {
	if len(d.buf) == 0 {
		d.fail("truncated")
		return false
	}
	b := d.buf[0]
	d.buf = d.buf[1:]
	return b != 0
}

func (d *decoder) str() string {
	switch tag := d.uvarint(); tag {
	case 0:
		return ""
	case 1:
		n := d.uvarint()
		if n > uint64(len(d.buf)) {
			d.fail("truncated string")
			return ""
		}
		b := d.buf[:n]
		d.buf = d.buf[n:]
		if n == 2 && 'A' <= b[0] && b[0] <= 'Z' && 'A' <= b[1] && b[1] <= 'Z' {
			return codes[int(b[0]-'A')*26+int(b[1]-'A')] // a jurisdiction code: no allocation
		}
		if d.strs != nil && n > 0 {
			return d.strs.String(b)
		}
		return string(b)
	default:
		if tag-2 >= uint64(len(d.table)) {
			d.fail("string %d of %d", tag-2, len(d.table))
			return ""
		}
		return d.table[tag-2]
	}
}

func (d *decoder) bytes() []byte {
	n := d.uvarint()
	if n == 0 {
		return nil
	}
	if n-1 > uint64(len(d.buf)) {
		d.fail("truncated bytes")
		return nil
	}
	b := slices.Clone(d.buf[:n-1])
	if b == nil {
		b = []byte{}
	}
	d.buf = d.buf[n-1:]
	return b
}

func (d *decoder) date() domain.Date {
	if d.bool() {
		return domain.Date{}
	}
	return domain.DateOf(time.Unix(d.varint()*86400, 0))
}

// value decodes into the value p points to.
func (d *decoder) value(p any) {
	rv := reflect.ValueOf(p)
	codecFor(rv.Type().Elem()).dec(d, rv.UnsafePointer())
}

func timeOfNanos(n int64) time.Time { return time.Unix(0, n).UTC() }
