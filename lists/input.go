package lists

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
)

// Read reads a file of the given format, plain or gzipped.
func Read(f Format, r io.Reader) (*Snapshot, error) {
	switch f {
	case FormatOFACSDN:
		return ReadOFACSDN(r)
	case FormatUNSC:
		return ReadUNSC(r)
	case FormatFederalRegister:
		return ReadFederalRegister(r)
	}
	return nil, fmt.Errorf("read list: unknown format %q: want one of %s", f, formatNames())
}

// content reads all of r, gunzipping it when it starts with gzip's magic
// bytes, and returns the content with its SHA-256. A gzip stream that stops
// early is a truncated snapshot; an empty content is an empty one.
func content(f Format, r io.Reader) ([]byte, string, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, "", fmt.Errorf("read %s: %w", f, err)
	}
	if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, "", &RefusedError{Rule: truncatedOr(err), Format: f, Detail: "bad gzip header", Err: err}
		}
		var out bytes.Buffer
		out.Grow(len(data) * 6)
		if _, err := io.Copy(&out, zr); err != nil {
			return nil, "", &RefusedError{Rule: truncatedOr(err), Format: f, Where: fmt.Sprintf("byte %d of the content", out.Len()), Detail: "the gzip stream does not finish", Err: err}
		}
		data = out.Bytes()
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, "", refuse(f, RuleEmpty, "", "the file is empty (%d bytes): a failed download is not a list with no entries", len(data))
	}
	sum := sha256.Sum256(data)
	return data, hex.EncodeToString(sum[:]), nil
}

func truncatedOr(err error) string {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return RuleTruncated
	}
	return RuleUnparseable
}
