package graph

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/projections"
)

// MaxPageSize is the largest page a connection returns.
const MaxPageSize = 100

// errLimit is the kind of a request refused by a limit.
var errLimit = errors.New("limit exceeded")

// A cursor names a place in a list as computed at a basis. It carries the
// basis, so the next page is cut from the same state of the ledger even if
// events were recorded in between.
type cursor struct {
	basis  projections.Basis
	offset int // index of the edge in the full list
}

func (c cursor) String() string {
	return base64.RawURLEncoding.EncodeToString([]byte(basisText(c.basis) + ":" + strconv.Itoa(c.offset)))
}

// basisText writes a basis for a cursor or a global ID: "v1:position:date",
// or "v2:position:date:publishedBy" (unix nanoseconds) with a publication
// limit.
func basisText(b projections.Basis) string {
	if b.PublishedBy.IsZero() {
		return fmt.Sprintf("v1:%d:%s", b.Position, b.ValidAt)
	}
	return fmt.Sprintf("v2:%d:%s:%d", b.Position, b.ValidAt, b.PublishedBy.UnixNano())
}

// cutBasis reads a basis that basisText wrote at the start of parts and
// returns the parts after it.
func cutBasis(parts []string) (projections.Basis, []string, bool) {
	n := map[string]int{"v1": 3, "v2": 4}[parts[0]]
	if n == 0 || len(parts) < n {
		return projections.Basis{}, nil, false
	}
	pos, err1 := strconv.ParseUint(parts[1], 10, 64)
	valid, err2 := domain.ParseDate(parts[2])
	if err1 != nil || err2 != nil || valid.IsZero() {
		return projections.Basis{}, nil, false
	}
	b := projections.Basis{Position: pos, ValidAt: valid}
	if n == 4 {
		pub, err := strconv.ParseInt(parts[3], 10, 64)
		if err != nil {
			return projections.Basis{}, nil, false
		}
		b.PublishedBy = time.Unix(0, pub).UTC()
	}
	return b, parts[n:], true
}

func parseCursor(field, s string) (cursor, error) {
	bad := inputError(field, "cursor.malformed", "%s %q is not a cursor this API returned", field, s)
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return cursor{}, bad
	}
	b, rest, ok := cutBasis(strings.Split(string(raw), ":"))
	if !ok || len(rest) != 1 {
		return cursor{}, bad
	}
	off, err := strconv.Atoi(rest[0])
	if err != nil || off < 0 {
		return cursor{}, bad
	}
	return cursor{basis: b, offset: off}, nil
}

// pageRequest is the Relay arguments of a connection.
type pageRequest struct {
	first, last   *int
	after, before *string
	// countKey names the listing and its filter, so that its total at a
	// basis is counted once (see Resolver.counts); empty: not cached.
	countKey string
}

// asOf returns the point to ask at: the cursors' basis when a cursor is
// given (both cursors must share it), else a.
func (p pageRequest) asOf(a projections.AsOf) (projections.AsOf, error) {
	var basis *projections.Basis
	for _, c := range []struct {
		field string
		value *string
	}{{"after", p.after}, {"before", p.before}} {
		if c.value == nil {
			continue
		}
		cur, err := parseCursor(c.field, *c.value)
		if err != nil {
			return a, err
		}
		if basis != nil && !sameBasis(*basis, cur.basis) {
			return a, inputError("before", "cursor.mixed_basis", "after and before come from pages of different states of the ledger")
		}
		basis = &cur.basis
	}
	if basis == nil {
		return a, nil
	}
	return basis.AsOf(), nil
}

func sameBasis(a, b projections.Basis) bool {
	return a.Position == b.Position && a.ValidAt == b.ValidAt && a.PublishedBy.Equal(b.PublishedBy)
}

// pageSize reads a page size argument: -1 when not given.
func pageSize(field string, v *int) (int, error) {
	switch {
	case v == nil:
		return -1, nil
	case *v < 0:
		return 0, inputError(field, "page.size", "%s must not be negative", field)
	case *v > MaxPageSize:
		return 0, &domain.RuleError{Kind: errLimit, Field: field, Rule: "page.too_large",
			Message: fmt.Sprintf("%s must be at most %d, not %d", field, MaxPageSize, *v)}
	}
	return *v, nil
}

// cut returns the page of items the request selects, their cursors and the
// page info, following the Relay connection specification.
func cut[T any](p pageRequest, b projections.Basis, items []T) ([]T, []string, *PageInfo, error) {
	first, err := pageSize("first", p.first)
	if err != nil {
		return nil, nil, nil, err
	}
	last, err := pageSize("last", p.last)
	if err != nil {
		return nil, nil, nil, err
	}
	if first >= 0 && last >= 0 {
		return nil, nil, nil, inputError("last", "page.first_and_last", "give first or last, not both")
	}
	if first < 0 && last < 0 {
		first = 50
	}
	start, end := 0, len(items)
	if p.after != nil {
		c, _ := parseCursor("after", *p.after)
		start = min(c.offset+1, len(items))
	}
	if p.before != nil {
		c, _ := parseCursor("before", *p.before)
		end = max(min(c.offset, len(items)), start)
	}
	info := &PageInfo{HasPreviousPage: start > 0, HasNextPage: end < len(items)}
	if first >= 0 && end-start > first {
		end, info.HasNextPage = start+first, true
	}
	if last >= 0 && end-start > last {
		start, info.HasPreviousPage = end-last, true
	}
	cursors := make([]string, end-start)
	for i := range cursors {
		cursors[i] = cursor{basis: b, offset: start + i}.String()
	}
	if len(cursors) > 0 {
		info.StartCursor, info.EndCursor = &cursors[0], &cursors[len(cursors)-1]
	}
	return items[start:end], cursors, info, nil
}

// nodeID is the global ID of a record's state at a basis.
func nodeID(ref domain.Ref, b projections.Basis) string {
	version, rest, _ := strings.Cut(basisText(b), ":")
	raw := fmt.Sprintf("%s:%s:%s:%s", version, ref.Kind, rest, ref.ID)
	return base64.RawURLEncoding.EncodeToString([]byte(raw))
}

// parseNodeID reads a global ID.
func parseNodeID(field, id string) (domain.Ref, projections.AsOf, error) {
	bad := inputError(field, "id.malformed", "%s %q is not a global ID this API returned", field, id)
	raw, err := base64.RawURLEncoding.DecodeString(id)
	if err != nil {
		return domain.Ref{}, projections.AsOf{}, bad
	}
	// version:kind:basis...:id, where the ID (which has no ':') is last.
	parts := strings.Split(string(raw), ":")
	if len(parts) < 2 || domain.NewRecord(parts[1]) == nil {
		return domain.Ref{}, projections.AsOf{}, bad
	}
	b, rest, ok := cutBasis(append([]string{parts[0]}, parts[2:]...))
	if !ok || len(rest) != 1 || rest[0] == "" {
		return domain.Ref{}, projections.AsOf{}, bad
	}
	return domain.Ref{Kind: parts[1], ID: rest[0]}, b.AsOf(), nil
}

func ptr[T any](v T) *T { return &v }

// connection is one page of a list, ready to fill a typed connection.
type connection[N any] struct {
	basis   projections.Basis
	nodes   []N
	cursors []string
	info    *PageInfo
	total   int
}

// lister returns a page of a list at a point. Limit below 1 asks for every
// item from Offset.
type lister[V any] func(projections.AsOf, projections.PageRequest) (projections.Basis, projections.Page[V], error)

// whole adapts a function returning the whole list to a lister.
func whole[V any](list func(projections.AsOf) (projections.Basis, []V, error)) lister[V] {
	return func(a projections.AsOf, req projections.PageRequest) (projections.Basis, projections.Page[V], error) {
		b, items, err := list(a)
		if err != nil {
			return b, projections.Page[V]{}, err
		}
		start := min(req.Offset, len(items))
		end := len(items)
		if req.Limit > 0 {
			end = min(start+req.Limit, len(items))
		}
		return b, projections.Page[V]{Items: items[start:end], Offset: start, More: end < len(items), Total: len(items)}, nil
	}
}

// wantsTotal reports whether the connection being resolved asks for its
// totalCount (counting evaluates the whole list).
func wantsTotal(ctx context.Context) bool {
	return slices.ContainsFunc(graphql.CollectFieldsCtx(ctx, nil), func(f graphql.CollectedField) bool { return f.Name == "totalCount" })
}

// page asks list at the point a connection's arguments name and cuts the
// requested page, making each item a node. Forward pages (first/after) are
// cut by the read model, which stops after the page; backward pages
// (last/before) need the whole list.
func page[V, N any](ctx context.Context, r *Resolver, asOf *AsOf, pr pageRequest, list lister[V], node func(projections.Basis, V) *N) (connection[N], error) {
	a, err := r.asOf(ctx, asOf)
	if err != nil {
		return connection[N]{}, err
	}
	if a, err = pr.asOf(a); err != nil {
		return connection[N]{}, err
	}
	var (
		b       projections.Basis
		items   []V
		cursors []string
		info    *PageInfo
		total   int
	)
	if pr.last == nil && pr.before == nil {
		first, err := pageSize("first", pr.first)
		if err != nil {
			return connection[N]{}, err
		}
		if first < 0 {
			first = 50
		}
		start := 0
		if pr.after != nil {
			c, _ := parseCursor("after", *pr.after)
			start = c.offset + 1
		}
		count, cached, key := wantsTotal(ctx), false, ""
		if count && pr.countKey != "" {
			// A total at a basis never changes: the pages after the first
			// (their cursors carry the basis) do not count again.
			if b, err = r.Views.Resolve(a); err != nil {
				return connection[N]{}, err
			}
			a, key = b.AsOf(), pr.countKey+"@"+basisText(b)
			total, cached = r.counts().Get(ctx, key)
		}
		var pg projections.Page[V]
		b, pg, err = list(a, projections.PageRequest{Offset: start, Limit: max(first, 1), Count: count && !cached})
		if err != nil {
			return connection[N]{}, err
		}
		items = pg.Items
		if !cached {
			total = pg.Total
			if count && key != "" {
				r.counts().Add(ctx, key, total)
			}
		}
		if first == 0 {
			items = nil
		}
		info = &PageInfo{HasPreviousPage: start > 0, HasNextPage: pg.More || first == 0 && len(pg.Items) > 0}
		cursors = make([]string, len(items))
		for i := range cursors {
			cursors[i] = cursor{basis: b, offset: start + i}.String()
		}
		if len(cursors) > 0 {
			info.StartCursor, info.EndCursor = &cursors[0], &cursors[len(cursors)-1]
		}
	} else {
		var pg projections.Page[V]
		if b, pg, err = list(a, projections.PageRequest{Count: true}); err != nil {
			return connection[N]{}, err
		}
		total = pg.Total
		if items, cursors, info, err = cut(pr, b, pg.Items); err != nil {
			return connection[N]{}, err
		}
	}
	nodes := make([]N, len(items))
	for i, v := range items {
		nodes[i] = *node(b, v)
	}
	return connection[N]{basis: b, nodes: nodes, cursors: cursors, info: info, total: total}, nil
}
