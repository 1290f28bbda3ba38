package importer

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/controlsledger/ledger/domain"
)

// CSV returns the commands of a CSV file, one command a record. The first
// record is the header: a "command" column, an optional "idempotencyKey"
// column, and one column per input field, named by its path in the
// command's JSON form:
//
//   - a nested object's field joins the names with dots: instrument.title;
//   - an element of a list of objects is its index from 0:
//     provisions.0.effectiveOn, provisions.1.effectiveOn;
//   - a list of strings or codes is one cell, its values separated by
//     semicolons: endProvisions = "p2;p3";
//   - true/false, numbers and dates (2024-01-31) are written as such; a
//     field that holds any JSON value (newValue) takes it as JSON.
//
// An empty cell leaves its field out, so one file can mix commands with
// different fields. A non-empty cell a command does not have fails its
// record with the rule input.unknown_field. Line numbers are those of the
// file, where each record starts.
func CSV(r io.Reader) CommandSource {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1 // checked against the header with a line number
	cr.ReuseRecord = true
	return &csvSource{r: cr}
}

type csvSource struct {
	r      *csv.Reader
	header []string
	cmdCol int
	keyCol int
}

func (c *csvSource) Next() (int, Command, error) {
	if c.header == nil {
		rec, err := c.r.Read()
		if errors.Is(err, io.EOF) {
			return 0, Command{}, io.EOF
		}
		if err != nil {
			return 1, Command{}, fmt.Errorf("csv header: %w", err)
		}
		c.header = make([]string, len(rec))
		c.cmdCol, c.keyCol = -1, -1
		for i, h := range rec {
			h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) // a spreadsheet's byte order mark
			c.header[i] = h
			switch h {
			case "command":
				c.cmdCol = i
			case "idempotencyKey":
				c.keyCol = i
			case "":
				return 1, Command{}, fmt.Errorf("csv header: column %d has no name", i+1)
			}
			for j, prev := range c.header[:i] {
				if prev == h {
					return 1, Command{}, fmt.Errorf("csv header: columns %d and %d are both %q", j+1, i+1, h)
				}
			}
		}
		if c.cmdCol < 0 {
			return 1, Command{}, errors.New(`csv header: no "command" column`)
		}
	}
	rec, err := c.r.Read()
	if errors.Is(err, io.EOF) {
		return 0, Command{}, io.EOF
	}
	line, _ := c.r.FieldPos(0)
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		// The reader goes on with the next record.
		return pe.StartLine, Command{}, &LineError{Line: pe.StartLine, Err: malformed("", pe.Err.Error())}
	}
	if err != nil {
		return line, Command{}, err
	}
	if len(rec) != len(c.header) {
		return line, Command{}, &LineError{Line: line, Err: malformed("", fmt.Sprintf("the record has %d fields, the header %d", len(rec), len(c.header)))}
	}
	cmd := Command{Name: strings.TrimSpace(rec[c.cmdCol])}
	if c.keyCol >= 0 {
		cmd.IdempotencyKey = strings.TrimSpace(rec[c.keyCol])
	}
	h, ok := handlers[cmd.Name]
	if !ok {
		return line, cmd, &LineError{Line: line, Command: cmd.Name, Err: unknownCommand(cmd.Name)}
	}
	root := map[string]any{}
	var errs []error
	for i, cell := range rec {
		if i == c.cmdCol || i == c.keyCol || strings.TrimSpace(cell) == "" {
			continue
		}
		if err := setPath(root, h.input, c.header[i], cell); err != nil {
			errs = append(errs, err)
		}
	}
	errs = append(errs, gaps(root, "")...)
	if err := errors.Join(errs...); err != nil {
		return line, cmd, &LineError{Line: line, Command: cmd.Name, Err: err}
	}
	if cmd.Input, err = json.Marshal(root); err != nil {
		return line, cmd, &LineError{Line: line, Command: cmd.Name, Err: malformed("", err.Error())}
	}
	return line, cmd, nil
}

// gaps reports the elements of lists that no column sets: provisions.1
// without provisions.0.
func gaps(v any, at string) []error {
	var errs []error
	join := func(k string) string {
		if at == "" {
			return k
		}
		return at + "." + k
	}
	switch v := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(v)) {
			errs = append(errs, gaps(v[k], join(k))...)
		}
	case *[]any:
		for i, e := range *v {
			if e == nil {
				errs = append(errs, malformed(join(strconv.Itoa(i)), fmt.Sprintf("%s has no column set, but a later element of %s has", join(strconv.Itoa(i)), at)))
				continue
			}
			errs = append(errs, gaps(e, join(strconv.Itoa(i)))...)
		}
	}
	return errs
}

func malformed(field, msg string) *domain.RuleError {
	return &domain.RuleError{Kind: domain.ErrInvalid, Rule: "input.malformed", Field: field, Message: msg}
}

var (
	rawMessageType  = reflect.TypeFor[json.RawMessage]()
	unmarshalerType = reflect.TypeFor[json.Unmarshaler]()
)

// setPath sets the field at path (a.b.0.c) of the JSON object root, whose
// Go type is t, to the value of cell.
func setPath(root map[string]any, t reflect.Type, path, cell string) error {
	parts := strings.Split(path, ".")
	var cur any = root
	set := func(v any) {} // sets the value at the current place
	for i, part := range parts {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		at := strings.Join(parts[:i+1], ".")
		switch {
		case t.Kind() == reflect.Struct && !reflect.PointerTo(t).Implements(unmarshalerType):
			f, ok := jsonField(t, part)
			if !ok {
				return &domain.RuleError{Kind: domain.ErrInvalid, Rule: "input.unknown_field", Field: at,
					Message: fmt.Sprintf("column %s: %s has no field %q", path, describe(parts[:i]), part)}
			}
			obj, ok := cur.(map[string]any)
			if !ok {
				return malformed(at, fmt.Sprintf("column %s: %s is set both as a value and as an object", path, describe(parts[:i])))
			}
			t = f
			next, exists := obj[part]
			if !exists {
				next = newContainer(t)
				obj[part] = next
			}
			set = func(v any) { obj[part] = v }
			cur = next
		case t.Kind() == reflect.Slice && t != rawMessageType && t.Elem().Kind() != reflect.String:
			n, err := strconv.Atoi(part)
			if err != nil || n < 0 || n > 9999 {
				return &domain.RuleError{Kind: domain.ErrInvalid, Rule: "input.unknown_field", Field: at,
					Message: fmt.Sprintf("column %s: %s is a list: name its elements by index from 0, e.g. %s.0", path, describe(parts[:i]), strings.Join(parts[:i], "."))}
			}
			list, ok := cur.(*[]any)
			if !ok {
				return malformed(at, fmt.Sprintf("column %s: %s is set both as a value and as a list", path, describe(parts[:i])))
			}
			for len(*list) <= n {
				*list = append(*list, nil)
			}
			t = t.Elem()
			if (*list)[n] == nil {
				(*list)[n] = newContainer(t)
			}
			set = func(v any) { (*list)[n] = v }
			cur = (*list)[n]
		default:
			return &domain.RuleError{Kind: domain.ErrInvalid, Rule: "input.unknown_field", Field: at,
				Message: fmt.Sprintf("column %s: %s is a single value, it has no field %q", path, describe(parts[:i]), part)}
		}
	}
	v, err := cellValue(t, cell)
	if err != nil {
		return malformed(path, fmt.Sprintf("column %s: %v", path, err))
	}
	if v == nil {
		what := "an object"
		if t.Kind() == reflect.Slice {
			what = "a list"
		}
		return &domain.RuleError{Kind: domain.ErrInvalid, Rule: "input.unknown_field", Field: path,
			Message: fmt.Sprintf("column %s names %s: name its fields, e.g. %s.0 or %s.field", path, what, path, path)}
	}
	set(v)
	return nil
}

func describe(parts []string) string {
	if len(parts) == 0 {
		return "the command"
	}
	return strings.Join(parts, ".")
}

// newContainer returns the JSON container of a Go type: an object for a
// struct, a list for a slice of objects, nil for a value.
func newContainer(t reflect.Type) any {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t.Kind() == reflect.Struct && !reflect.PointerTo(t).Implements(unmarshalerType):
		return map[string]any{}
	case t.Kind() == reflect.Slice && t != rawMessageType && t.Elem().Kind() != reflect.String:
		return &[]any{}
	}
	return nil
}

// cellValue converts a cell to the JSON value of a field of type t; nil
// for an object or a list of objects, which a cell cannot hold.
func cellValue(t reflect.Type, cell string) (any, error) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	trimmed := strings.TrimSpace(cell)
	switch {
	case t == rawMessageType || t.Kind() == reflect.Interface:
		if !json.Valid([]byte(trimmed)) {
			return nil, fmt.Errorf("%q is not a JSON value (write a string in double quotes)", trimmed)
		}
		return json.RawMessage(trimmed), nil
	case reflect.PointerTo(t).Implements(unmarshalerType):
		return cell, nil // dates and other values written as strings
	}
	switch t.Kind() {
	case reflect.String:
		return cell, nil
	case reflect.Bool:
		b, err := strconv.ParseBool(trimmed)
		if err != nil {
			return nil, fmt.Errorf("%q is not true or false", trimmed)
		}
		return b, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		if _, err := strconv.ParseFloat(trimmed, 64); err != nil {
			return nil, fmt.Errorf("%q is not a number", trimmed)
		}
		return json.Number(trimmed), nil
	case reflect.Slice: // of strings
		var out []string
		for _, v := range strings.Split(cell, ";") {
			if v = strings.TrimSpace(v); v != "" {
				out = append(out, v)
			}
		}
		return out, nil
	}
	return nil, nil
}

// jsonField returns the type of the field of struct t whose JSON name is
// name.
func jsonField(t reflect.Type, name string) (reflect.Type, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == "-" || !f.IsExported() {
			continue
		}
		if f.Anonymous && tag == "" {
			if ft, ok := jsonField(f.Type, name); ok {
				return ft, true
			}
			continue
		}
		if tag == "" {
			tag = f.Name
		}
		if tag == name {
			return f.Type, true
		}
	}
	return nil, false
}
