package domain

import (
	"bytes"
	"encoding/json"

	gojson "github.com/goccy/go-json"
)

// The domain's JSON (stored payloads, metadata, commands' inputs) is
// encoded and decoded by github.com/goccy/go-json, which writes the bytes
// json.Marshal writes (HTML escapes, U+FFFD for invalid UTF-8, omitempty
// and omitzero, float formats, compacted json.RawMessage) and decodes as
// encoding/json decodes, at about three times its speed on our payloads:
// stored payloads are decoded on every rebuild of the projections and every
// load of a record, and every event recorded is encoded. The stored bytes and
// every hash over them must not change: the golden files, and tests that
// compare with encoding/json on the domain's values and on arbitrary input
// (fuzz tests among them), say so. BENCHMARKS.md has the cost on each path
// against the hand-written codec this replaced.

// EncodeJSON returns json.Marshal(v), byte for byte.
func EncodeJSON(v any) ([]byte, error) { return gojson.Marshal(v) }

// AppendJSON appends json.Marshal(v) to dst; on an error it returns dst as
// it was.
func AppendJSON(dst []byte, v any) ([]byte, error) {
	b, err := gojson.Marshal(v)
	if err != nil {
		return dst, err
	}
	return append(dst, b...), nil
}

// decodeFirst decodes into *v, which must be the zero value, the first
// JSON value of data, as json.NewDecoder(bytes.NewReader(data)).Decode
// does: what follows the value is not looked at, as stored payloads have
// always been decoded.
func decodeFirst[T any](data []byte, v *T) error {
	if gojson.UnmarshalNoEscape(data, v) == nil {
		return nil
	}
	// Something follows the value, or the value is malformed: decode
	// again from the zero value with encoding/json, which reports the error
	// of a malformed one as it always has.
	*v = *new(T)
	return json.NewDecoder(bytes.NewReader(data)).Decode(v)
}

// StrictDecoder returns the decoder of a command's input, a JSON object,
// into a T: it decodes data into *v, which must be the zero value, as a
// json.Decoder with DisallowUnknownFields decodes its first value, and only
// white space may follow it. It reports false, leaving *v undefined,
// wherever the caller must decode with encoding/json instead, from a fresh
// zero value, to report the error as encoding/json words it (an unknown
// field, a value of the wrong type, trailing data).
//
// A decoder is safe for concurrent use.
func StrictDecoder[T any]() func(data []byte, v *T) bool {
	return func(data []byte, v *T) bool {
		return strictWorks && gojson.UnmarshalNoEscape(data, v, disallowUnknownFields) == nil
	}
}

// disallowUnknownFields is the option json.Decoder.DisallowUnknownFields
// sets, which the library's Unmarshal does not offer by name: a flag of its
// decoder's options (internal/decoder.DisallowUnknownFieldsOption). Its
// Decoder, which does offer it, reads through a stream and made an import
// ~15 % slower (BENCHMARKS.md).
func disallowUnknownFields(o *gojson.DecodeOption) { o.Flags |= 1 << 4 }

// strictWorks reports that the flag refuses an unknown field in this
// version of the library; if a later one moves it, every command is
// decoded by encoding/json instead: slower, never wrong.
var strictWorks = gojson.UnmarshalNoEscape([]byte(`{"unknown":1}`), &struct{}{}, disallowUnknownFields) != nil
