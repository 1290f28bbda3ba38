package domain

import (
	"bytes"
	"encoding"
	"encoding/json"
	"math"
	"reflect"
	"strconv"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// A fast path for encoding the domain's JSON: every event recorded is
// encoded, and every command imported is encoded to hash it, and
// encoding/json spends most of that time in its general machinery.
//
// The fast path writes the bytes json.Marshal writes, following a plan
// compiled once per type, for the types the domain uses: structs of plain
// fields (strings, booleans, numbers, Dates, json.RawMessage, pointers,
// slices and nested structs) with the omitempty and omitzero options. A
// type with anything else (a method of its own that encoding/json calls, a
// map, an interface, an embedded struct) has no plan and is encoded by
// json.Marshal; so is a value the fast path cannot write as json.Marshal
// would (a NaN, a RawMessage that is not compact-able JSON), which then
// fails as json.Marshal fails. Tests compare both on the domain's events
// and commands, and on arbitrary values decoded into them.

type encPlan struct {
	kind   jsonKind
	typ    reflect.Type
	bits   int
	elem   *encPlan
	fields []encField
}

type encField struct {
	// key is `"name":`.
	key       string
	offset    uintptr
	plan      *encPlan
	omitEmpty bool
	omitZero  bool
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	isZeroerType      = reflect.TypeFor[interface{ IsZero() bool }]()
	numberType        = reflect.TypeFor[json.Number]()
)

// planEncode compiles the encoding plan of t, or returns nil if the fast
// path does not handle t.
func planEncode(t reflect.Type) *encPlan {
	building := map[reflect.Type]*encPlan{}
	p := buildEncPlan(t, building)
	for _, b := range building {
		if b.kind == jsonStruct && b.fields == nil {
			return nil // a part failed
		}
	}
	return p
}

func buildEncPlan(t reflect.Type, building map[reflect.Type]*encPlan) *encPlan {
	if p, ok := building[t]; ok {
		return p
	}
	switch t {
	case dateType:
		return &encPlan{kind: jsonDate, typ: t}
	case rawMessageType:
		return &encPlan{kind: jsonRaw, typ: t}
	case numberType:
		return nil
	}
	for _, m := range []reflect.Type{marshalerType, textMarshalerType} {
		// A pointer's methods are its element's: the element's plan
		// decides (a nil pointer is null either way).
		if t.Kind() != reflect.Pointer && (t.Implements(m) || reflect.PointerTo(t).Implements(m)) {
			return nil
		}
	}
	p := &encPlan{typ: t}
	var ok bool
	if p.kind, p.bits, ok = kindPlan(t); !ok {
		return nil
	}
	switch p.kind {
	case jsonPointer, jsonSlice:
		building[t] = p
		if p.elem = buildEncPlan(t.Elem(), building); p.elem == nil {
			return nil
		}
	case jsonStruct:
		building[t] = p
		tagged, ok := taggedFields(t)
		if !ok {
			return nil
		}
		fields := []encField{}
		for _, f := range tagged {
			fp := buildEncPlan(f.Type, building)
			if fp == nil {
				return nil
			}
			ef := encField{key: `"` + f.name + `":`, offset: f.Offset, plan: fp}
			for opts := f.opts; opts != ""; {
				var o string
				o, opts, _ = cut(opts, ',')
				switch o {
				case "omitempty":
					ef.omitEmpty = true
				case "omitzero":
					ef.omitZero = true
				}
			}
			if ef.omitZero && f.Type != dateType && (f.Type.Implements(isZeroerType) || reflect.PointerTo(f.Type).Implements(isZeroerType)) {
				return nil // its own IsZero, which encoding/json calls
			}
			fields = append(fields, ef)
		}
		p.fields = fields
	}
	return p
}

// encPlans caches the plans by type; a nil plan is cached too.
var encPlans sync.Map // reflect.Type -> *encPlan

func encPlanOf(t reflect.Type) *encPlan {
	if p, ok := encPlans.Load(t); ok {
		return p.(*encPlan)
	}
	p := planEncode(t)
	encPlans.Store(t, p)
	return p
}

// EncodeJSON returns json.Marshal(v), byte for byte, on the fast path for
// a struct of the domain's (an event, a command, the metadata).
func EncodeJSON(v any) ([]byte, error) {
	bp := encBufs.Get().(*[]byte)
	b, err := AppendJSON((*bp)[:0], v)
	var out []byte
	if err == nil {
		out = append(make([]byte, 0, len(b)), b...)
	}
	// Only once the result is copied out may another encoding take the
	// buffer.
	if cap(b) <= maxPooledEncBuf {
		*bp = b[:0]
		encBufs.Put(bp)
	}
	return out, err
}

// AppendJSON appends json.Marshal(v) to dst, as EncodeJSON encodes it; on
// an error it returns dst as it was.
func AppendJSON(dst []byte, v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Struct {
		if plan := encPlanOf(rv.Type()); plan != nil {
			if b, ok := plan.append(dst, structData(v, rv)); ok {
				return b, nil
			}
		}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return dst, err
	}
	return append(dst, b...), nil
}

// encBufs holds the buffers EncodeJSON writes in before it copies the
// result out, as json.Marshal does: a result then takes its size only.
var encBufs = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

const maxPooledEncBuf = 64 << 10

// structData returns a pointer to the struct value that v, of value rv,
// holds. A struct larger than a pointer is held by an interface as a
// pointer to an immutable copy of it, which the plan reads without copying
// it again; a smaller one (which an interface may hold in its own word) is
// copied.
func structData(v any, rv reflect.Value) unsafe.Pointer {
	if rv.Type().Size() > unsafe.Sizeof(uintptr(0)) {
		// An interface is two words, the type and the data.
		return (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[1]
	}
	ptr := reflect.New(rv.Type())
	ptr.Elem().Set(rv)
	return ptr.UnsafePointer()
}

// append writes the value at p as json.Marshal writes it, or reports false
// where it would not.
func (pl *encPlan) append(b []byte, p unsafe.Pointer) ([]byte, bool) {
	switch pl.kind {
	case jsonString:
		return appendJSONString(b, *(*string)(p)), true
	case jsonBool:
		if *(*bool)(p) {
			return append(b, "true"...), true
		}
		return append(b, "false"...), true
	case jsonInt:
		return strconv.AppendInt(b, reflect.NewAt(pl.typ, p).Elem().Int(), 10), true
	case jsonUint:
		return strconv.AppendUint(b, reflect.NewAt(pl.typ, p).Elem().Uint(), 10), true
	case jsonFloat:
		return appendJSONFloat(b, reflect.NewAt(pl.typ, p).Elem().Float(), pl.bits)
	case jsonDate:
		d := *(*Date)(p)
		raw, err := d.MarshalJSON()
		if err != nil {
			return b, false
		}
		return append(b, raw...), true
	case jsonRaw:
		raw := *(*json.RawMessage)(p)
		if raw == nil {
			return append(b, "null"...), true
		}
		// As encoding/json compacts the value a Marshaler gives, escaping
		// HTML characters.
		var compact bytes.Buffer
		if err := json.Compact(&compact, raw); err != nil {
			return b, false
		}
		out := bytes.NewBuffer(b)
		json.HTMLEscape(out, compact.Bytes())
		return out.Bytes(), true
	case jsonPointer:
		elem := *(*unsafe.Pointer)(p)
		if elem == nil {
			return append(b, "null"...), true
		}
		return pl.elem.append(b, elem)
	case jsonSlice:
		v := reflect.NewAt(pl.typ, p).Elem()
		if v.IsNil() {
			return append(b, "null"...), true
		}
		b = append(b, '[')
		data, size := v.UnsafePointer(), pl.elem.typ.Size()
		for i := range v.Len() {
			if i > 0 {
				b = append(b, ',')
			}
			var ok bool
			if b, ok = pl.elem.append(b, unsafe.Add(data, uintptr(i)*size)); !ok {
				return b, false
			}
		}
		return append(b, ']'), true
	case jsonStruct:
		next := byte('{')
		for i := range pl.fields {
			f := &pl.fields[i]
			fp := unsafe.Add(p, f.offset)
			if f.omitEmpty && f.plan.empty(fp) || f.omitZero && f.plan.zero(fp) {
				continue
			}
			b = append(b, next)
			next = ','
			b = append(b, f.key...)
			var ok bool
			if b, ok = f.plan.append(b, fp); !ok {
				return b, false
			}
		}
		if next == '{' {
			b = append(b, '{')
		}
		return append(b, '}'), true
	}
	return b, false
}

// empty is encoding/json's isEmptyValue.
func (pl *encPlan) empty(p unsafe.Pointer) bool {
	switch pl.kind {
	case jsonString:
		return len(*(*string)(p)) == 0
	case jsonBool, jsonInt, jsonUint, jsonFloat:
		return reflect.NewAt(pl.typ, p).Elem().IsZero()
	case jsonPointer:
		return *(*unsafe.Pointer)(p) == nil
	case jsonSlice, jsonRaw:
		return reflect.NewAt(pl.typ, p).Elem().Len() == 0
	}
	return false // a struct, a Date
}

// zero is what omitzero omits: the zero value, or a Date's IsZero.
func (pl *encPlan) zero(p unsafe.Pointer) bool {
	if pl.kind == jsonDate {
		return (*Date)(p).IsZero()
	}
	return reflect.NewAt(pl.typ, p).Elem().IsZero()
}

// appendJSONFloat is encoding/json's floatEncoder.
func appendJSONFloat(b []byte, f float64, bits int) ([]byte, bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return b, false
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		// e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, true
}

const hexDigits = "0123456789abcdef"

// appendJSONString is encoding/json's appendString with HTML escaping, as
// json.Marshal writes strings.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
