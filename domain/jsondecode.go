package domain

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// A fast path for decoding the domain's JSON: stored payloads are decoded
// on every rebuild of the projections and every load of a record, and
// encoding/json spends most of its time in its general machinery
// (scanning each value twice, reflection on every field).
//
// The fast path decodes the plain JSON that the domain itself writes (an
// object of known fields, strings, numbers, booleans, null, arrays and
// nested objects) straight into the Go value, following a plan compiled
// once per type. On anything it is not certain encoding/json would decode
// the same way (a key that matches no field exactly, a repeated key, an
// escaped key, invalid UTF-8, a surrogate escape, a type mismatch, a value
// encoding/json would refuse), it gives up, and the caller decodes the
// payload again with encoding/json from a fresh value. So a payload decodes
// to what encoding/json gives, or fails as it fails: a fuzz test checks
// that on arbitrary input, and a test that the domain's own events take the
// fast path.

type jsonKind uint8

const (
	jsonString jsonKind = iota
	jsonBool
	jsonInt
	jsonUint
	jsonFloat
	jsonDate
	jsonRaw
	jsonPointer
	jsonSlice
	jsonStruct
)

// jsonPlan says how to decode a value of one type.
type jsonPlan struct {
	kind jsonKind
	typ  reflect.Type
	// bits is the size of a float.
	bits   int
	elem   *jsonPlan   // of a pointer or slice
	fields []jsonField // of a struct, in declaration order
}

type jsonField struct {
	name   string
	offset uintptr
	plan   *jsonPlan
}

var (
	rawMessageType      = reflect.TypeFor[json.RawMessage]()
	dateType            = reflect.TypeFor[Date]()
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// planJSON compiles the plan of t, or returns nil if the fast path does
// not handle t (it then always decodes with encoding/json).
func planJSON(t reflect.Type) *jsonPlan {
	building := map[reflect.Type]*jsonPlan{}
	p := buildJSONPlan(t, building)
	for _, b := range building {
		if b.kind == jsonStruct && b.fields == nil && b.typ.NumField() > 0 {
			return nil // a part failed
		}
	}
	return p
}

func buildJSONPlan(t reflect.Type, building map[reflect.Type]*jsonPlan) *jsonPlan {
	if p, ok := building[t]; ok {
		return p
	}
	switch t {
	case dateType:
		return &jsonPlan{kind: jsonDate, typ: t}
	case rawMessageType:
		return &jsonPlan{kind: jsonRaw, typ: t}
	}
	for _, u := range []reflect.Type{unmarshalerType, textUnmarshalerType} {
		if t.Implements(u) || reflect.PointerTo(t).Implements(u) {
			return nil
		}
	}
	p := &jsonPlan{typ: t}
	var ok bool
	if p.kind, p.bits, ok = kindPlan(t); !ok {
		return nil
	}
	switch p.kind {
	case jsonPointer, jsonSlice:
		building[t] = p
		if p.elem = buildJSONPlan(t.Elem(), building); p.elem == nil {
			return nil
		}
	case jsonStruct:
		building[t] = p
		tagged, ok := taggedFields(t)
		if !ok || len(tagged) > 64 {
			return nil // beyond the fast path; or the set of seen fields is more than a word
		}
		fields := []jsonField{}
		for _, f := range tagged {
			fp := buildJSONPlan(f.Type, building)
			if fp == nil {
				return nil
			}
			fields = append(fields, jsonField{name: f.name, offset: f.Offset, plan: fp})
		}
		p.fields = fields
	}
	return p
}

// kindPlan returns the kind of plan both fast paths (decoding and
// encoding) give t by its Go kind, with a float's size; a pointer, slice or
// struct still needs its parts planned. It reports false for a kind they
// leave to encoding/json.
func kindPlan(t reflect.Type) (kind jsonKind, bits int, ok bool) {
	switch t.Kind() {
	case reflect.String:
		return jsonString, 0, true
	case reflect.Bool:
		return jsonBool, 0, true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return jsonInt, 0, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return jsonUint, 0, true
	case reflect.Float32, reflect.Float64:
		return jsonFloat, t.Bits(), true
	case reflect.Pointer:
		return jsonPointer, 0, true
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return 0, 0, false // base64 in encoding/json
		}
		return jsonSlice, 0, true
	case reflect.Struct:
		return jsonStruct, 0, true
	}
	return 0, 0, false
}

// taggedField is a struct field with its name in JSON and its tag's
// options (omitempty and omitzero only).
type taggedField struct {
	reflect.StructField
	name, opts string
}

// taggedFields lists the fields of the struct type t that encoding/json
// reads and writes, in declaration order, or reports false if one is beyond
// the fast paths: an embedded field, a name encoding/json would not take as
// it is or that comes twice, or a tag option other than omitempty and
// omitzero ("string" and the like).
func taggedFields(t reflect.Type) ([]taggedField, bool) {
	var out []taggedField
	names := map[string]bool{}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			return nil, false // promoted fields: not handled
		}
		if !f.IsExported() {
			continue // encoding/json ignores it: when decoding, its key is an unknown one
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := cut(tag, ',')
		if opts != "" && !onlyEncodingOptions(opts) {
			return nil, false
		}
		if name == "" {
			name = f.Name
		}
		if !plainName(name) || names[name] {
			return nil, false
		}
		names[name] = true
		out = append(out, taggedField{StructField: f, name: name, opts: opts})
	}
	return out, true
}

func cut(s string, sep byte) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// onlyEncodingOptions reports whether a tag's options only affect encoding.
func onlyEncodingOptions(opts string) bool {
	for opts != "" {
		var o string
		o, opts, _ = cut(opts, ',')
		if o != "omitempty" && o != "omitzero" {
			return false
		}
	}
	return true
}

// plainName reports whether a JSON name is made of ASCII letters, digits
// and underscores: one that encoding/json takes as it is.
func plainName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// jsonScanner walks a payload. Each method reports false to give up.
type jsonScanner struct {
	data  []byte
	i     int
	depth int
	// refuseUnknown gives up on a key that names no field, at any depth,
	// where encoding/json ignores it or, with DisallowUnknownFields,
	// refuses it.
	refuseUnknown bool
}

// maxJSONDepth bounds nesting on the fast path (encoding/json allows
// 10,000 levels; the domain's payloads use a handful).
const maxJSONDepth = 100

// decodeJSONFast decodes the object in data into the value of plan's type
// at ptr, which must be the zero value. With strict, only white space may
// follow the object (as json.Unmarshal requires); without, the rest is not
// looked at (as json.Decoder.Decode does). It reports false if the caller
// must decode with encoding/json instead, from a fresh zero value.
func decodeJSONFast(plan *jsonPlan, data []byte, ptr unsafe.Pointer, strict bool) bool {
	if plan == nil || plan.kind != jsonStruct {
		return false
	}
	s := jsonScanner{data: data}
	s.space()
	if s.i >= len(s.data) || s.data[s.i] != '{' {
		return false
	}
	if !s.object(plan, ptr) {
		return false
	}
	if strict {
		s.space()
		return s.i == len(s.data)
	}
	return true
}

// StrictDecoder returns the fast path's decoder of a command's input, a
// JSON object, into a T: it decodes data into *v, which must be the zero
// value, as a json.Decoder with DisallowUnknownFields decodes its first
// value, and only white space may follow the object. It reports false,
// leaving *v undefined, wherever the caller must decode with encoding/json
// instead, from a fresh zero value: on any key that is not exactly a
// field's name (an unknown field, which encoding/json then names in its
// error), and on anything else the fast path gives up on (see above). It
// returns nil if T has no plan, to be decoded with encoding/json always.
//
// A decoder is safe for concurrent use.
func StrictDecoder[T any]() func(data []byte, v *T) bool {
	plan := planJSON(reflect.TypeFor[T]())
	if plan == nil || plan.kind != jsonStruct {
		return nil
	}
	return func(data []byte, v *T) bool {
		s := jsonScanner{data: data, refuseUnknown: true}
		s.space()
		if s.i >= len(s.data) || s.data[s.i] != '{' || !s.object(plan, unsafe.Pointer(v)) {
			return false
		}
		s.space()
		return s.i == len(s.data)
	}
}

func (s *jsonScanner) space() {
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
func (s *jsonScanner) literal(lit string) bool {
	if len(s.data)-s.i < len(lit) || string(s.data[s.i:s.i+len(lit)]) != lit {
		return false
	}
	s.i += len(lit)
	return true
}

// value decodes the next value into the zero value at p.
func (s *jsonScanner) value(pl *jsonPlan, p unsafe.Pointer) bool {
	s.space()
	if s.i >= len(s.data) {
		return false
	}
	c := s.data[s.i]
	if c == 'n' {
		if !s.literal("null") {
			return false
		}
		// null leaves a string, number, bool or struct as it is and sets
		// a pointer or slice to nil: all zero already. A RawMessage keeps
		// the literal, a Date is zero.
		if pl.kind == jsonRaw {
			*(*json.RawMessage)(p) = json.RawMessage("null")
		}
		return true
	}
	switch pl.kind {
	case jsonString:
		if c != '"' {
			return false
		}
		str, ok := s.str()
		if !ok {
			return false
		}
		*(*string)(unsafe.Pointer(p)) = str
	case jsonBool:
		switch {
		case s.literal("true"):
			*(*bool)(p) = true
		case s.literal("false"):
		default:
			return false
		}
	case jsonInt, jsonUint, jsonFloat:
		num, ok := s.number()
		if !ok {
			return false
		}
		return storeNumber(pl, p, num)
	case jsonDate:
		if c != '"' {
			return false
		}
		raw, ok := s.plainString()
		if !ok {
			return false
		}
		d, err := ParseDate(raw)
		if err != nil {
			return false
		}
		*(*Date)(p) = d
	case jsonRaw:
		start := s.i
		if !s.skip() {
			return false
		}
		*(*json.RawMessage)(p) = append(json.RawMessage(nil), s.data[start:s.i]...)
	case jsonPointer:
		v := reflect.New(pl.elem.typ)
		if !s.value(pl.elem, v.UnsafePointer()) {
			return false
		}
		*(*unsafe.Pointer)(p) = v.UnsafePointer()
	case jsonSlice:
		if c != '[' {
			return false
		}
		return s.array(pl, p)
	case jsonStruct:
		if c != '{' {
			return false
		}
		return s.object(pl, p)
	default:
		return false
	}
	return true
}

// storeNumber stores num as encoding/json would, or reports false where
// it would fail.
func storeNumber(pl *jsonPlan, p unsafe.Pointer, num []byte) bool {
	v := reflect.NewAt(pl.typ, p).Elem()
	switch pl.kind {
	case jsonInt:
		n, err := strconv.ParseInt(string(num), 10, 64)
		if err != nil || v.OverflowInt(n) {
			return false
		}
		v.SetInt(n)
	case jsonUint:
		n, err := strconv.ParseUint(string(num), 10, 64)
		if err != nil || v.OverflowUint(n) {
			return false
		}
		v.SetUint(n)
	case jsonFloat:
		n, err := strconv.ParseFloat(string(num), pl.bits)
		if err != nil || v.OverflowFloat(n) {
			return false
		}
		v.SetFloat(n)
	default:
		return false
	}
	return true
}

// object decodes an object (at its '{') into the zero struct at p.
func (s *jsonScanner) object(pl *jsonPlan, p unsafe.Pointer) bool {
	if s.depth++; s.depth > maxJSONDepth {
		return false
	}
	s.i++
	s.space()
	if s.i < len(s.data) && s.data[s.i] == '}' {
		s.i++
		s.depth--
		return true
	}
	var seen uint64
	next := 0
	for {
		s.space()
		if s.i >= len(s.data) || s.data[s.i] != '"' {
			return false
		}
		key, ok := s.key()
		if !ok {
			return false
		}
		s.space()
		if s.i >= len(s.data) || s.data[s.i] != ':' {
			return false
		}
		s.i++
		f := -1
		if next < len(pl.fields) && pl.fields[next].name == string(key) {
			f = next
		} else {
			for j := range pl.fields {
				if pl.fields[j].name == string(key) {
					f = j
					break
				}
			}
		}
		if f >= 0 {
			if seen&(1<<f) != 0 {
				return false // a repeated key: encoding/json merges
			}
			seen |= 1 << f
			if !s.value(pl.fields[f].plan, unsafe.Add(p, pl.fields[f].offset)) {
				return false
			}
			next = f + 1
		} else {
			if s.refuseUnknown || !unknownKey(pl, key) || !s.skip() {
				return false
			}
		}
		s.space()
		if s.i >= len(s.data) {
			return false
		}
		switch s.data[s.i] {
		case ',':
			s.i++
		case '}':
			s.i++
			s.depth--
			return true
		default:
			return false
		}
	}
}

// unknownKey reports whether encoding/json would ignore key too: it
// matches field names without regard to case (and folds some non-ASCII
// letters to ASCII ones).
func unknownKey(pl *jsonPlan, key []byte) bool {
	for _, c := range key {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	for _, f := range pl.fields {
		if len(f.name) == len(key) && equalFoldASCII(f.name, key) {
			return false
		}
	}
	return true
}

func equalFoldASCII(a string, b []byte) bool {
	for i := range len(a) {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// array decodes an array (at its '[') into the nil slice at p.
func (s *jsonScanner) array(pl *jsonPlan, p unsafe.Pointer) bool {
	if s.depth++; s.depth > maxJSONDepth {
		return false
	}
	s.i++
	s.space()
	out := reflect.NewAt(pl.typ, p).Elem()
	if s.i < len(s.data) && s.data[s.i] == ']' {
		s.i++
		s.depth--
		out.Set(reflect.MakeSlice(pl.typ, 0, 0)) // [] is empty, not nil
		return true
	}
	size := pl.elem.typ.Size()
	buf := reflect.MakeSlice(pl.typ, 0, 2)
	n := 0
	for {
		if n == buf.Cap() {
			grown := reflect.MakeSlice(pl.typ, n, 2*n)
			reflect.Copy(grown, buf.Slice(0, n))
			buf = grown
		}
		// Elements are decoded in place, within the capacity.
		if !s.value(pl.elem, unsafe.Add(buf.UnsafePointer(), uintptr(n)*size)) {
			return false
		}
		n++
		s.space()
		if s.i >= len(s.data) {
			return false
		}
		switch s.data[s.i] {
		case ',':
			s.i++
		case ']':
			s.i++
			s.depth--
			out.Set(buf.Slice(0, n))
			return true
		default:
			return false
		}
	}
}

// key returns an object key (at its opening quote) without escapes.
func (s *jsonScanner) key() ([]byte, bool) {
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

// plainString returns a string (at its opening quote) without escapes or
// control characters, as it is in the payload (not necessarily valid
// UTF-8).
func (s *jsonScanner) plainString() (string, bool) {
	start := s.i + 1
	for j := start; j < len(s.data); j++ {
		switch c := s.data[j]; {
		case c == '"':
			s.i = j + 1
			return string(s.data[start:j]), true
		case c == '\\' || c < 0x20:
			return "", false
		}
	}
	return "", false
}

// str decodes a string (at its opening quote).
func (s *jsonScanner) str() (string, bool) {
	start := s.i + 1
	ascii := true
	j := start
	for ; j < len(s.data); j++ {
		c := s.data[j]
		if c == '"' {
			raw := s.data[start:j]
			if !ascii && !utf8.Valid(raw) {
				return "", false // encoding/json replaces the bad bytes
			}
			s.i = j + 1
			return string(raw), true
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			return "", false
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	if j >= len(s.data) {
		return "", false
	}
	// With escapes. The raw bytes must be valid UTF-8 (escapes are ASCII,
	// so they do not change that).
	end := j
	for ; end < len(s.data); end++ {
		c := s.data[end]
		if c == '\\' {
			end++
			continue
		}
		if c == '"' {
			break
		}
		if c < 0x20 {
			return "", false
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	if end >= len(s.data) || (!ascii && !utf8.Valid(s.data[start:end])) {
		return "", false
	}
	out := make([]byte, 0, end-start)
	out = append(out, s.data[start:j]...)
	for j < end {
		c := s.data[j]
		if c != '\\' {
			out = append(out, c)
			j++
			continue
		}
		if j+1 >= end {
			return "", false
		}
		switch e := s.data[j+1]; e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			if j+6 > end {
				return "", false
			}
			r, ok := hex4(s.data[j+2 : j+6])
			if !ok || (0xD800 <= r && r < 0xE000) {
				return "", false // surrogates: encoding/json pairs or replaces them
			}
			out = utf8.AppendRune(out, r)
			j += 6
			continue
		default:
			return "", false
		}
		j += 2
	}
	s.i = end + 1
	return string(out), true
}

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
func (s *jsonScanner) number() ([]byte, bool) {
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
func (s *jsonScanner) skip() bool {
	s.space()
	if s.i >= len(s.data) {
		return false
	}
	switch c := s.data[s.i]; {
	case c == '"':
		return s.skipString()
	case c == '{' || c == '[':
		if s.depth++; s.depth > maxJSONDepth {
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
func (s *jsonScanner) skipString() bool {
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
