package importer

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/ledger"
)

// Command is one record of an import file: a command name and its input in
// the command's JSON form, e.g.
//
//	{"command":"RevokeMeasure","input":{"measureId":"X","effectiveOn":"2024-01-01","sources":[...]}}
type Command struct {
	Name  string          `json:"command"`
	Input json.RawMessage `json:"input"`
	// IdempotencyKey, if set, makes the command safe to import again (see
	// ledger.Request.IdempotencyKey); Bulk derives one when it is empty.
	IdempotencyKey string `json:"idempotencyKey,omitempty"`
	// EventIDs, if set, are the IDs Bulk gives the command's events,
	// in order (so that a file can correct an event it records); events
	// beyond them get time-ordered IDs.
	EventIDs []uuid.UUID `json:"eventIds,omitempty"`
}

// handler decodes the JSON input of a command. Decoding is apart from
// running, so that a bulk import can decode ahead while it runs the
// commands in order.
type handler struct {
	t *domain.CommandType
	// input is the command's Go type, whose JSON form the input is.
	input reflect.Type
}

// decode decodes a command's JSON input on the domain's fast path, and
// with encoding/json (decodeStrict) wherever the fast path gives up: on an
// unknown field, which decodeStrict names, and on anything it is not sure
// of.
func (h handler) decode(input []byte) (any, error) {
	if cmd, ok := h.decodeFast(input); ok {
		return cmd, nil
	}
	p := reflect.New(h.input)
	err := decodeStrict(input, p.Interface())
	return p.Elem().Interface(), err
}

// decodeFast is decode's fast path (domain.StrictDecoder): it reports
// false where decode falls back to encoding/json.
func (h handler) decodeFast(input []byte) (any, bool) { return h.t.DecodeFast(input) }

// handlers are the commands of the domain's registry, by name.
var handlers = func() map[string]handler {
	m := map[string]handler{}
	for _, t := range domain.CommandTypes() {
		m[t.Name] = handler{t: t, input: t.Input}
	}
	return m
}()

// CommandNames lists the commands Execute accepts.
func CommandNames() []string {
	names := make([]string, 0, len(handlers))
	for n := range handlers {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Execute runs on svc the command called name with its JSON input, the
// command's JSON form. Unknown fields and malformed values are rule errors
// of rule "input.malformed".
func Execute(ctx context.Context, svc *ledger.Service, req ledger.Request, name string, input []byte) (ledger.Result, error) {
	h, ok := handlers[name]
	if !ok {
		return ledger.Result{}, unknownCommand(name)
	}
	cmd, err := h.decode(input)
	if err != nil {
		return ledger.Result{}, err
	}
	return svc.Do(ctx, req, cmd)
}

func unknownCommand(name string) error {
	if name == "" {
		return &domain.RuleError{Kind: domain.ErrInvalid, Rule: "field.required", Field: "command", Message: "command is required"}
	}
	return &domain.RuleError{Kind: domain.ErrInvalid, Rule: "command.unknown", Field: "command",
		Message: fmt.Sprintf("command %q is not one of %s", name, strings.Join(CommandNames(), ", "))}
}

// Import runs on svc the commands of r, one JSON Command per line, in
// order, giving their events the IDs the lines name (Command.EventIDs), so
// that a later line can correct them. Blank lines are skipped. It stops at
// the first line that fails, reporting its line number; the commands before
// it stay recorded, each atomically. progress, if not nil, is called after
// each command with the count so far.
func Import(ctx context.Context, svc *ledger.Service, r io.Reader, req ledger.Request, progress func(done int)) (int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 8<<20)
	done, line := 0, 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		c, err := decodeCommand(text)
		if err != nil {
			return done, fmt.Errorf("line %d: %w", line, err)
		}
		r := req
		if c.IdempotencyKey != "" {
			r.IdempotencyKey = c.IdempotencyKey
		}
		r.EventIDs = c.EventIDs
		if _, err := Execute(ctx, svc, r, c.Name, c.Input); err != nil {
			return done, fmt.Errorf("line %d: %s: %w", line, c.Name, err)
		}
		done++
		if progress != nil {
			progress(done)
		}
	}
	if err := sc.Err(); err != nil {
		return done, fmt.Errorf("line %d: %w", line+1, err)
	}
	return done, nil
}

// commandLine is a Command as the fast path decodes it: the event IDs as
// strings, parsed after (uuid.UUID is a TextUnmarshaler, which the fast
// path leaves to encoding/json).
type commandLine struct {
	Name           string          `json:"command"`
	Input          json.RawMessage `json:"input"`
	IdempotencyKey string          `json:"idempotencyKey"`
	EventIDs       []string        `json:"eventIds"`
}

var decodeCommandLine = domain.StrictDecoder[commandLine]()

// decodeCommand decodes one line of an import file as decodeStrict decodes
// it into a Command, on the fast path where it can.
func decodeCommand(text []byte) (Command, error) {
	var l commandLine
	if decodeCommandLine != nil && decodeCommandLine(text, &l) {
		c := Command{Name: l.Name, Input: l.Input, IdempotencyKey: l.IdempotencyKey}
		ok := true
		if l.EventIDs != nil {
			c.EventIDs = make([]uuid.UUID, len(l.EventIDs))
			for i, id := range l.EventIDs {
				// As uuid.UUID.UnmarshalText parses; a failure is reported by
				// encoding/json below.
				var err error
				if c.EventIDs[i], err = uuid.Parse(id); err != nil {
					ok = false
					break
				}
			}
		}
		if ok {
			return c, nil
		}
	}
	var c Command
	err := decodeStrict(text, &c)
	return c, err
}

// decodeStrict decodes one JSON value, refusing unknown fields and trailing
// data, and reports problems as rule errors naming the field.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("unexpected data after the JSON value")
	}
	if err == nil {
		return nil
	}
	re := &domain.RuleError{Kind: domain.ErrInvalid, Rule: "input.malformed", Message: err.Error()}
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &typeErr) && typeErr.Field == "":
		re.Message = fmt.Sprintf("the input must be a JSON object, not %s", typeErr.Value)
	case errors.As(err, &typeErr):
		re.Field = typeErr.Field
		re.Message = fmt.Sprintf("%s must be %s, not %s", typeErr.Field, typeErr.Type, typeErr.Value)
	case errors.Is(err, io.EOF):
		re.Message = "the input is empty: a JSON object is required"
	}
	return re
}

// NDJSON returns the commands of r, one JSON Command per line. Blank lines
// are skipped.
func NDJSON(r io.Reader) CommandSource {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 8<<20)
	return &ndjsonSource{sc: sc}
}

type ndjsonSource struct {
	sc   *bufio.Scanner
	line int
}

func (n *ndjsonSource) Next() (int, Command, error) {
	line, text, err := n.nextRecord()
	if err != nil {
		return line, Command{}, err
	}
	c, err := n.decodeRecord(line, text)
	return line, c, err
}

func (n *ndjsonSource) nextRecord() (int, []byte, error) {
	for n.sc.Scan() {
		n.line++
		text := bytes.TrimSpace(n.sc.Bytes())
		if len(text) == 0 {
			continue
		}
		return n.line, text, nil
	}
	if err := n.sc.Err(); err != nil {
		return n.line + 1, nil, fmt.Errorf("line %d: %w", n.line+1, err)
	}
	return n.line, nil, io.EOF
}

func (n *ndjsonSource) decodeRecord(line int, text []byte) (Command, error) {
	c, err := decodeCommand(text)
	if err != nil {
		if re, ok := err.(*domain.RuleError); ok && re.Field == "" && re.Rule == "input.malformed" {
			re.Message = `a line must be one JSON object {"command":"...","input":{...}}: ` + re.Message
		}
		return c, &LineError{Line: line, Err: err}
	}
	return c, nil
}
