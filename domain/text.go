package domain

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"
)

// Limits of what a command may carry, whatever its kind. Lengths count
// characters (Unicode code points), not bytes.
const (
	// MaxLineLength is the most characters of a one-line text field: a
	// title, a name, a citation, a URL, a place.
	MaxLineLength = 2000
	// MaxProseLength is the most characters of a prose field (see
	// ProseFields), which may also hold line breaks and tabs.
	MaxProseLength = 20000
	// MaxVerbatimLength is the most characters of a verbatim field (see
	// VerbatimFields), which may also hold line breaks, carriage returns
	// and tabs.
	MaxVerbatimLength = 100000
	// MaxIdempotencyKeyLength is the most characters of an idempotency key.
	MaxIdempotencyKeyLength = 200
	// maxTextProblems caps the text problems one command reports.
	maxTextProblems = 20
)

// ProseFields are the JSON names of the text fields that hold prose: they
// may be up to MaxProseLength characters long and hold line breaks (\n)
// and tabs. Every other text field is one line of at most MaxLineLength
// characters.
var ProseFields = []string{"summary", "description", "note", "reason", "evidence", "purpose", "outcomes", "conditions", "footnotes", "value",
	"remarks", "old", "new"}

// VerbatimFields are the JSON names of the text fields that keep a source
// file's text as it was (a list's entry, raw): they may be up to
// MaxVerbatimLength characters long and hold line breaks, carriage returns
// and tabs.
var VerbatimFields = []string{"raw"}

// textKind is what a text field may hold.
type textKind uint8

const (
	lineText     textKind = iota // one line
	proseText                    // line breaks and tabs
	verbatimText                 // line breaks, carriage returns and tabs
)

var fieldKinds = func() map[string]textKind {
	m := map[string]textKind{}
	for _, f := range ProseFields {
		m[f] = proseText
	}
	for _, f := range VerbatimFields {
		m[f] = verbatimText
	}
	return m
}()

// CheckInput reports, as rule errors of kind ErrInvalid naming each field,
// what is wrong with a command whatever its kind: text that is not valid
// UTF-8, that holds U+FFFD (the mark decoders leave for invalid UTF-8 and
// lone UTF-16 surrogates, so that text they damaged is refused rather than
// stored changed), that holds a control character (other than a line break
// or a tab in a prose field), or that is longer than its limit; an expected
// version below zero; an idempotency key that is too long or not one line.
// cmd is the command (a struct of this package, by value); expectedVersion
// and idempotencyKey are nil and "" when the caller gave none.
//
// The application calls it on every command before deciding it, so that
// the GraphQL API and the importer refuse the same input, and nothing of
// a refused command is written.
func CheckInput(cmd any, expectedVersion *int64, idempotencyKey string) error {
	var p problems
	if expectedVersion != nil && *expectedVersion < 0 {
		p.invalid("expectedVersion", "expected_version.negative",
			"expectedVersion must be a stream version, 0 (the record does not exist yet) or more, not %d", *expectedVersion)
	}
	if idempotencyKey != "" {
		p.text(func() string { return "idempotencyKey" }, idempotencyKey, lineText, MaxIdempotencyKeyLength)
	}
	n := len(p.errs)
	w := textWalker{path: make([]pathSeg, 0, 8), fn: func(w *textWalker, kind textKind, s string) bool {
		p.text(w.field, s, kind, 0)
		return len(p.errs)-n < maxTextProblems
	}}
	if w.walk(reflect.ValueOf(cmd), lineText) {
		if c, ok := cmd.(CorrectRecord); ok && len(c.NewValue) > 0 {
			// The new value takes the place of the corrected field, and is
			// text of that field's kind.
			var v any
			if json.Unmarshal(c.NewValue, &v) == nil {
				w.path = append(w.path[:0], pathSeg{name: "newValue"})
				w.walkJSON(v, fieldKinds[lastName(c.Field)])
			}
		}
	}
	if len(p.errs)-n >= maxTextProblems {
		p.invalid("", "text.too_many_problems", "the input has at least %d text fields with problems; the first %d are listed", maxTextProblems, maxTextProblems)
	}
	return p.err()
}

// text reports the first problem of the text s, of the given kind, of
// the field that path names: limit of zero means the kind's limit.
func (p *problems) text(path func() string, s string, kind textKind, limit int) {
	if limit == 0 {
		limit = [...]int{lineText: MaxLineLength, proseText: MaxProseLength, verbatimText: MaxVerbatimLength}[kind]
	}
	ascii := len(s) <= limit
	for i := 0; ascii && i < len(s); i++ {
		ascii = s[i] >= 0x20 && s[i] < 0x7f
	}
	if ascii {
		return // the common case: short printable ASCII
	}
	field := path()
	chars := 0
	for i, r := range s {
		chars++
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				p.invalid(field, "text.invalid_utf8", "%s is not valid UTF-8 (byte %d, 0x%02x): send the text as UTF-8", field, i, s[i])
			} else {
				p.invalid(field, "text.replacement_character",
					"%s holds U+FFFD, the replacement character, at character %d: it stands for text damaged in decoding "+
						"(invalid UTF-8, or a lone UTF-16 surrogate such as \\ud800 in JSON); send the original text", field, chars)
			}
			return
		case r == '\n' || r == '\t' || r == '\r' && kind == verbatimText:
			if kind == lineText {
				p.invalid(field, "text.control_character", "%s must be one line: it holds %s at character %d (line breaks and tabs are allowed only in %s, and %s)",
					field, runeName(r), chars, strings.Join(ProseFields, ", "), strings.Join(VerbatimFields, ", "))
				return
			}
		case r < 0x20 || r >= 0x7f && r < 0xa0:
			p.invalid(field, "text.control_character", "%s holds the control character %s at character %d, which %s", field, runeName(r), chars,
				[...]string{lineText: "no text field may hold", proseText: "prose may not hold (line breaks are \\n)", verbatimText: "no text field may hold"}[kind])
			return
		}
	}
	if chars > limit {
		p.invalid(field, "text.too_long", "%s is %d characters long; the most it may be is %d", field, chars, limit)
	}
}

// runeName names a character in an error message.
func runeName(r rune) string {
	switch r {
	case '\n':
		return `a line break (\n)`
	case '\t':
		return `a tab (\t)`
	case '\r':
		return `a carriage return (\r)`
	}
	return fmt.Sprintf("U+%04X", r)
}

// textWalker calls fn with every string reachable from a value through
// exported fields, slices and maps, and whether the field that holds it is
// prose or verbatim, until fn returns false. Raw JSON ([]byte) is not text and is
// left out. The field path, as rule errors write it ("sources[0].title"),
// is built only when fn asks for it (field), since almost all text is
// fine.
type textWalker struct {
	path []pathSeg
	fn   func(w *textWalker, kind textKind, s string) bool
}

// pathSeg is a field name, or an index when name is "".
type pathSeg struct {
	name  string
	index int
}

// field returns the path of the text fn is given.
func (w *textWalker) field() string {
	var b strings.Builder
	for _, s := range w.path {
		switch {
		case s.name == "":
			fmt.Fprintf(&b, "[%d]", s.index)
		case b.Len() > 0:
			b.WriteByte('.')
			fallthrough
		default:
			b.WriteString(s.name)
		}
	}
	return b.String()
}

// textField is a field of a struct that may hold text.
type textField struct {
	index     int
	name      string
	kind      textKind
	anonymous bool
}

// textFields caches the fields that may hold text of each struct type.
var textFields sync.Map // reflect.Type -> []textField

// fieldsOf returns the fields of struct type t that may hold text.
func fieldsOf(t reflect.Type) []textField {
	if fs, ok := textFields.Load(t); ok {
		return fs.([]textField)
	}
	var fs []textField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() || !mayHoldText(f.Type, map[reflect.Type]bool{}) {
			continue
		}
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case tag == "-":
			continue
		case tag == "":
			tag = f.Name
		}
		fs = append(fs, textField{index: i, name: tag, kind: fieldKinds[tag], anonymous: f.Anonymous && f.Tag.Get("json") == ""})
	}
	textFields.Store(t, fs)
	return fs
}

// mayHoldText reports whether a value of type t may hold a string.
func mayHoldText(t reflect.Type, seen map[reflect.Type]bool) bool {
	switch t.Kind() {
	case reflect.String, reflect.Interface:
		return true
	case reflect.Pointer, reflect.Map:
		return mayHoldText(t.Elem(), seen) || t.Kind() == reflect.Map && t.Key().Kind() == reflect.String
	case reflect.Slice, reflect.Array:
		return t.Elem().Kind() != reflect.Uint8 && mayHoldText(t.Elem(), seen)
	case reflect.Struct:
		if seen[t] {
			return false
		}
		seen[t] = true
		for i := 0; i < t.NumField(); i++ {
			if f := t.Field(i); f.IsExported() && mayHoldText(f.Type, seen) {
				return true
			}
		}
	}
	return false
}

func (w *textWalker) walk(v reflect.Value, kind textKind) bool {
	switch v.Kind() {
	case reflect.String:
		return w.fn(w, kind, v.String())
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return true
		}
		return w.walk(v.Elem(), kind)
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return true
		}
		for i := 0; i < v.Len(); i++ {
			w.path = append(w.path, pathSeg{index: i})
			ok := w.walk(v.Index(i), kind)
			w.path = w.path[:len(w.path)-1]
			if !ok {
				return false
			}
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			k := fmt.Sprint(iter.Key().Interface())
			w.path = append(w.path, pathSeg{name: k})
			ok := w.walk(iter.Key(), fieldKinds[k]) && w.walk(iter.Value(), fieldKinds[k])
			w.path = w.path[:len(w.path)-1]
			if !ok {
				return false
			}
		}
	case reflect.Struct:
		for _, f := range fieldsOf(v.Type()) {
			if f.anonymous {
				if !w.walk(v.Field(f.index), kind) {
					return false
				}
				continue
			}
			w.path = append(w.path, pathSeg{name: f.name})
			ok := w.walk(v.Field(f.index), f.kind)
			w.path = w.path[:len(w.path)-1]
			if !ok {
				return false
			}
		}
	}
	return true
}

// walkJSON is walk over a decoded JSON value.
func (w *textWalker) walkJSON(v any, kind textKind) bool {
	switch v := v.(type) {
	case string:
		return w.fn(w, kind, v)
	case []any:
		for i, e := range v {
			w.path = append(w.path, pathSeg{index: i})
			ok := w.walkJSON(e, kind)
			w.path = w.path[:len(w.path)-1]
			if !ok {
				return false
			}
		}
	case map[string]any:
		for k, e := range v {
			w.path = append(w.path, pathSeg{name: k})
			ok := w.fn(w, lineText, k) && w.walkJSON(e, fieldKinds[k])
			w.path = w.path[:len(w.path)-1]
			if !ok {
				return false
			}
		}
	}
	return true
}

// lastName is the last field name of a path: "provisions[1].title" gives
// "title".
func lastName(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		path = path[i+1:]
	}
	name, _, _ := strings.Cut(path, "[")
	return name
}
