// Package ledgerindex screens names against the ledger's designations at any
// basis: it keeps a screening.Index of every version of every designation,
// fed from the projections, and answers a query with the designations in
// effect at the basis asked, each with its status there.
//
// Each version of a designation is a record of its own in the index (ID
// "designation#version"), so that a name a later amendment added, or a
// delisted party's former names, match only at bases where the ledger
// believed them. A query keeps the candidates whose version is the one
// believed at its basis.
package ledgerindex

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/projections"
	"github.com/controlsledger/ledger/screening"
)

// Views is what the index needs of the projections.
type Views interface {
	Resolve(projections.AsOf) (projections.Basis, error)
	DesignationVersions(after uint64) ([]projections.DesignationVersion, uint64)
	DesignationVersionAt(id string, b projections.Basis) int
	Designation(id string, asOf projections.AsOf) (projections.Basis, projections.DesignationView, bool, error)
}

// Index screens names against the designations of the ledger. It is safe
// for concurrent use.
type Index struct {
	views Views
	ix    *screening.Index

	mu   sync.Mutex // serialises catching up
	head uint64
}

// New returns an index over the designations views holds; it takes them
// in on the first query.
func New(views Views) *Index {
	return &Index{views: views, ix: screening.NewIndex()}
}

// Query is a screening question: a party's name and what else is known of
// it, asked at a point on the time axes.
type Query struct {
	screening.Query
	AsOf projections.AsOf
}

// Match is a candidate designation with its score, why it matched, and the
// designation as known at the basis (its status there: designated,
// delisted, or not yet designated).
type Match struct {
	screening.Match
	DesignationID string
	Designation   projections.DesignationView
}

// Screen answers q at its basis: the designations whose believed version
// matches, best first.
func (x *Index) Screen(q Query) (projections.Basis, []Match, error) {
	if err := x.CatchUp(); err != nil {
		return projections.Basis{}, nil, err
	}
	b, err := x.views.Resolve(q.AsOf)
	if err != nil {
		return projections.Basis{}, nil, err
	}
	sq := q.Query
	sq.Allow = func(recordID string) bool {
		id, version, ok := parseRecordID(recordID)
		return ok && x.views.DesignationVersionAt(id, b) == version
	}
	ms, err := x.ix.Search(sq)
	if err != nil {
		return b, nil, err
	}
	out := make([]Match, 0, len(ms))
	for _, m := range ms {
		id, _, _ := parseRecordID(m.RecordID)
		_, v, ok, err := x.views.Designation(id, b.AsOf())
		if err != nil {
			return b, nil, err
		}
		if !ok {
			continue
		}
		out = append(out, Match{Match: m, DesignationID: id, Designation: v})
	}
	return b, out, nil
}

// CatchUp takes in the designation versions recorded since the last call.
// Screen calls it; calling it ahead builds the index before the first
// query needs it.
func (x *Index) CatchUp() error {
	x.mu.Lock()
	defer x.mu.Unlock()
	vs, head := x.views.DesignationVersions(x.head)
	for _, v := range vs {
		if err := x.ix.Put(Record(v)); err != nil {
			var re *domain.RuleError
			if errors.As(err, &re) {
				continue // a designation with no name the index can read
			}
			return fmt.Errorf("screening index: %s: %w", v.DesignationID, err)
		}
	}
	x.head = head
	return nil
}

func recordID(designationID string, version int) string {
	return designationID + "#" + strconv.Itoa(version)
}

func parseRecordID(s string) (string, int, bool) {
	i := strings.LastIndexByte(s, '#')
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(s[i+1:])
	return s[:i], n, err == nil
}

// Record maps one version of a designation to the index's record: its
// party's FollowTheMoney properties (screening.FromFTM), and its name and
// jurisdiction when the party was recorded by name alone.
func Record(v projections.DesignationVersion) screening.Record {
	party := v.Listing.Party
	r := screening.FromFTM(recordID(v.DesignationID, v.Version), v.Designated.List, party.Schema, v.Listing.Programs, party.Values)
	if len(party.Values("name")) == 0 && party.Name != "" {
		r.Names = append(r.Names, screening.Name{Text: party.Name, Kind: screening.NamePrimary})
	}
	if party.Jurisdiction != "" {
		r.Countries = append(r.Countries, party.Jurisdiction)
	}
	return r
}
