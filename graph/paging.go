package graph

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/projections"
)

// MaxPageSize is the largest page a connection returns.
const MaxPageSize = 100

// A cursor names a place in a list as computed at a basis. It carries the
// basis, so the next page is cut from the same state of the ledger even if
// events were recorded in between.
type cursor struct {
	basis  projections.Basis
	offset int // index of the edge in the full list
}

func (c cursor) String() string {
	raw := fmt.Sprintf("v1:%d:%s:%d", c.basis.Position, c.basis.ValidAt, c.offset)
	return base64.RawURLEncoding.EncodeToString([]byte(raw))
}

func parseCursor(s string) (cursor, error) {
	bad := inputError("after", "cursor.malformed", "after %q is not a cursor this API returned", s)
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return cursor{}, bad
	}
	parts := strings.Split(string(raw), ":")
	if len(parts) != 4 || parts[0] != "v1" {
		return cursor{}, bad
	}
	pos, err1 := strconv.ParseUint(parts[1], 10, 64)
	valid, err2 := domain.ParseDate(parts[2])
	off, err3 := strconv.Atoi(parts[3])
	if err1 != nil || err2 != nil || err3 != nil || off < 0 || valid.IsZero() {
		return cursor{}, bad
	}
	return cursor{basis: projections.Basis{Position: pos, ValidAt: valid}, offset: off}, nil
}

// pageArgs resolves first/after: the AsOf to ask (the cursor's basis when
// after is given), the index of the first edge and the page size.
func pageArgs(asOf projections.AsOf, first *int, after *string) (projections.AsOf, int, int, error) {
	size := 50
	if first != nil {
		size = *first
	}
	if size < 0 || size > MaxPageSize {
		return asOf, 0, 0, inputError("first", "page.size", "first must be between 0 and %d, not %d", MaxPageSize, size)
	}
	if after == nil {
		return asOf, 0, size, nil
	}
	c, err := parseCursor(*after)
	if err != nil {
		return asOf, 0, 0, err
	}
	return projections.AsOf{ValidAt: c.basis.ValidAt, Position: c.basis.Position}, c.offset + 1, size, nil
}

// page cuts items[start:start+size] and describes it.
func page[T any](b projections.Basis, items []T, start, size int) ([]T, []string, *PageInfo) {
	start = min(start, len(items))
	end := min(start+size, len(items))
	cursors := make([]string, end-start)
	for i := range cursors {
		cursors[i] = cursor{basis: b, offset: start + i}.String()
	}
	info := &PageInfo{HasNextPage: end < len(items), HasPreviousPage: start > 0}
	if len(cursors) > 0 {
		info.StartCursor, info.EndCursor = &cursors[0], &cursors[len(cursors)-1]
	}
	return items[start:end], cursors, info
}
