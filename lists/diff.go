package lists

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Delta is what changed in a list from one snapshot to the next.
type Delta struct {
	// Added are the entries of the next snapshot that the previous one lacks.
	Added []*Entry
	// Amended are the entries of both whose fields differ.
	Amended []Amendment
	// Removed are the entries of the previous snapshot that the next lacks.
	Removed []*Entry
	// Unchanged counts the entries of both whose fields are all equal.
	Unchanged int
}

// Amendment is an entry present in both snapshots with different fields.
type Amendment struct {
	// Prev and Next are the entry in the previous and the next snapshot.
	Prev, Next *Entry
	// Changes are exactly the fields that differ, ordered by field name.
	Changes []Change
}

// ID is the amended entry's ID.
func (a Amendment) ID() string { return a.Next.ID }

// Change is one field of an entry that differs between two snapshots.
type Change struct {
	// Field is the field's name, as [Entry.Fields] names it.
	Field string
	// Old and New are its values before and after; nil where it had none.
	Old, New []string
}

// Field names of [Entry.Fields] beside the party's properties.
const (
	FieldSchema     = "schema"
	FieldProgram    = "program"
	FieldListedOn   = "listedOn"
	FieldRemarks    = "remarks"
	FieldIdentifier = "identifier"
	// SanctionPrefix starts the name of a field of Entry.Sanction:
	// "sanction.licenseRequirement".
	SanctionPrefix = "sanction."
)

// Fields flattens the entry into named lists of values, the unit Diff
// compares: its schema, programs, listing date, remarks, identifiers (as
// [Identifier.String] writes them), each property under its own name and
// each Sanction value under SanctionPrefix and its name. Raw is left out:
// two files may write the same entry differently.
func (e *Entry) Fields() map[string][]string {
	f := make(map[string][]string, len(e.Properties)+len(e.Sanction)+5)
	f[FieldSchema] = []string{e.Schema}
	if len(e.Programs) > 0 {
		f[FieldProgram] = e.Programs
	}
	if !e.ListedOn.IsZero() {
		f[FieldListedOn] = []string{e.ListedOn.String()}
	}
	if e.Remarks != "" {
		f[FieldRemarks] = []string{e.Remarks}
	}
	for _, id := range e.Identifiers {
		f[FieldIdentifier] = append(f[FieldIdentifier], id.String())
	}
	for k, v := range e.Properties {
		if len(v) > 0 {
			f[k] = v
		}
	}
	for k, v := range e.Sanction {
		if len(v) > 0 {
			f[SanctionPrefix+k] = v
		}
	}
	return f
}

// Diff compares two snapshots of one list by entry ID. An entry is amended
// when any of its [Entry.Fields] differs, where a field's values are
// compared as a set: a list that only reorders an entry's aliases has not
// amended it. Every slice of the result is ordered by entry ID (numerically
// where both IDs are numbers, as OFAC's are). prev may be nil: then every
// entry is added.
//
// Both snapshots must be whole lists (OFAC, UN). A Federal Register rule is
// not: it lists only the entries it adds, so the diff of two rules says
// nothing about the Entity List.
func Diff(prev, next *Snapshot) (*Delta, error) {
	if next == nil {
		return nil, fmt.Errorf("diff: no next snapshot")
	}
	d := &Delta{}
	if prev == nil {
		for i := range next.Entries {
			d.Added = append(d.Added, &next.Entries[i])
		}
		sortEntries(d.Added)
		return d, nil
	}
	if prev.List != next.List {
		return nil, &RefusedError{Rule: RuleWrongList, Detail: fmt.Sprintf("the previous snapshot is of %s, this one of %s", prev.List, next.List)}
	}
	before := make(map[string]*Entry, len(prev.Entries))
	for i := range prev.Entries {
		before[prev.Entries[i].ID] = &prev.Entries[i]
	}
	for i := range next.Entries {
		n := &next.Entries[i]
		p, ok := before[n.ID]
		if !ok {
			d.Added = append(d.Added, n)
			continue
		}
		delete(before, n.ID)
		if changes := compareEntries(p, n); len(changes) > 0 {
			d.Amended = append(d.Amended, Amendment{Prev: p, Next: n, Changes: changes})
		} else {
			d.Unchanged++
		}
	}
	for _, p := range before {
		d.Removed = append(d.Removed, p)
	}
	sortEntries(d.Added)
	sortEntries(d.Removed)
	slices.SortFunc(d.Amended, func(a, b Amendment) int { return compareIDs(a.Next.ID, b.Next.ID) })
	return d, nil
}

// compareEntries returns the fields of two versions of an entry that differ.
func compareEntries(p, n *Entry) []Change {
	if p.fromRaw && n.fromRaw && bytes.Equal(p.Raw, n.Raw) {
		return nil // most entries of a snapshot are the previous one's bytes
	}
	pf, nf := p.Fields(), n.Fields()
	var changes []Change
	for k, nv := range nf {
		if pv := pf[k]; !sameSet(pv, nv) {
			changes = append(changes, Change{Field: k, Old: pv, New: nv})
		}
	}
	for k, pv := range pf {
		if _, ok := nf[k]; !ok {
			changes = append(changes, Change{Field: k, Old: pv})
		}
	}
	slices.SortFunc(changes, func(a, b Change) int { return strings.Compare(a.Field, b.Field) })
	return changes
}

// sameSet reports whether a and b hold the same values, in any order.
func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	if slices.Equal(a, b) {
		return true
	}
	as, bs := slices.Clone(a), slices.Clone(b)
	slices.Sort(as)
	slices.Sort(bs)
	return slices.Equal(as, bs)
}

func sortEntries(es []*Entry) {
	slices.SortFunc(es, func(a, b *Entry) int { return compareIDs(a.ID, b.ID) })
}

// compareIDs orders numeric IDs by number and the rest as strings, numbers
// first.
func compareIDs(a, b string) int {
	ai, aerr := strconv.ParseUint(a, 10, 64)
	bi, berr := strconv.ParseUint(b, 10, 64)
	switch {
	case aerr == nil && berr == nil:
		return cmp.Compare(ai, bi)
	case aerr == nil:
		return -1
	case berr == nil:
		return 1
	}
	return strings.Compare(a, b)
}

// DefaultMaxRemovedShare is the share of a list's entries that one snapshot
// may remove before Check refuses it: 10 %.
const DefaultMaxRemovedShare = 0.10

// Plausibility says how much change Check accepts.
type Plausibility struct {
	// MaxRemovedShare is the largest share (0 to 1) of the previous
	// snapshot's entries that the next may remove; 0 means
	// DefaultMaxRemovedShare, and 1 or more accepts any removal.
	MaxRemovedShare float64
}

// Check refuses a delta that removes more than the allowed share of the
// previous snapshot's entries: a list rarely delists a tenth of itself at
// once, and a file that does is far more likely a broken download or a
// wrong file. prevEntries is the number of entries the previous snapshot
// had. The error is a [*RefusedError] with rule RuleMassRemoval that says
// how many and what share.
func Check(d *Delta, prevEntries int, opts Plausibility) error {
	limit := opts.MaxRemovedShare
	if limit <= 0 {
		limit = DefaultMaxRemovedShare
	}
	if limit >= 1 || prevEntries == 0 || len(d.Removed) == 0 {
		return nil
	}
	share := float64(len(d.Removed)) / float64(prevEntries)
	if share > limit {
		return &RefusedError{Rule: RuleMassRemoval, Detail: fmt.Sprintf(
			"it would remove %d of the %d entries of the previous snapshot (%.1f %%), more than the %.1f %% allowed",
			len(d.Removed), prevEntries, share*100, limit*100)}
	}
	return nil
}

// DiffChecked is Diff followed by Check: the delta from prev to next, or a
// refusal if next would remove too much of prev.
func DiffChecked(prev, next *Snapshot, opts Plausibility) (*Delta, error) {
	d, err := Diff(prev, next)
	if err != nil {
		return nil, err
	}
	if prev != nil {
		if err := Check(d, len(prev.Entries), opts); err != nil {
			return nil, err
		}
	}
	return d, nil
}
