package graph

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/projections"
)

// ListFreshness is what the ledger holds of a list's snapshots at a basis.
type ListFreshness struct {
	projections.ListFreshness
	Basis projections.Basis
	now   time.Time
}

// LastSnapshot returns the latest snapshot's source document.
func (f *ListFreshness) LastSnapshot() *SourceDocument { return newSourceDocument(f.Basis, f.Last) }

// AgeSeconds returns the seconds from the last publication to now.
func (f *ListFreshness) AgeSeconds() int64 { return int64(f.now.Sub(f.PublishedAt) / time.Second) }

// ListChange is one changed designation of a list delta.
type ListChange struct {
	Op          string
	Designation *Designation
	Changes     []domain.FieldChange
}

// DesignationAmendment is a recorded amendment of a designation, read at a
// valid time.
type DesignationAmendment struct {
	domain.DesignationAmended
	InEffect bool
}

// LicenceRequirement returns the new licence requirement, if it changed.
func (a *DesignationAmendment) LicenceRequirement() *string {
	return optional(a.DesignationAmended.LicenceRequirement)
}

// ReviewPolicy returns the new review policy, if it changed.
func (a *DesignationAmendment) ReviewPolicy() *string {
	return optional(a.DesignationAmended.ReviewPolicy)
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// deltaCursor names a place in a list delta, with the delta's two bases.
type deltaCursor struct {
	from, to projections.Basis
	offset   int
}

func (c deltaCursor) String() string {
	raw := fmt.Sprintf("delta|%s|%s|%d", basisText(c.from), basisText(c.to), c.offset)
	return base64.RawURLEncoding.EncodeToString([]byte(raw))
}

func parseDeltaCursor(field, s string) (deltaCursor, error) {
	bad := inputError(field, "cursor.malformed", "%s %q is not a cursor of a list delta", field, s)
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return deltaCursor{}, bad
	}
	parts := strings.Split(string(raw), "|")
	if len(parts) != 4 || parts[0] != "delta" {
		return deltaCursor{}, bad
	}
	from, rest1, ok1 := cutBasis(strings.Split(parts[1], ":"))
	to, rest2, ok2 := cutBasis(strings.Split(parts[2], ":"))
	off, err := strconv.Atoi(parts[3])
	if !ok1 || !ok2 || len(rest1)+len(rest2) > 0 || err != nil || off < 0 {
		return deltaCursor{}, bad
	}
	return deltaCursor{from: from, to: to, offset: off}, nil
}
