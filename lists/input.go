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

// ReadAfter reads a file like [Read], given the snapshot of the same list
// read before it (or nil). An entry whose bytes are the same as the previous
// snapshot's entry of the same ID is not parsed again: it shares that entry's
// properties, so both must be treated as read-only. The result is the same
// as Read's; reading a list's history in order this way is several times
// faster, since most entries do not change from one snapshot to the next.
func ReadAfter(f Format, r io.Reader, prev *Snapshot) (*Snapshot, error) {
	if prev == nil || prev.Format != f {
		return Read(f, r)
	}
	switch f {
	case FormatOFACSDN:
		return readOFACSDN(r, prev)
	}
	return Read(f, r)
}

// reusable indexes the entries of prev whose fields come from their bytes
// alone, by ID.
func reusable(prev *Snapshot) map[string]*Entry {
	if prev == nil {
		return nil
	}
	m := make(map[string]*Entry, len(prev.Entries))
	for i := range prev.Entries {
		if e := &prev.Entries[i]; e.fromRaw {
			m[e.ID] = e
		}
	}
	return m
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
