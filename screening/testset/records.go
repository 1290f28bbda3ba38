// Package testset builds the screening test set from real list snapshots:
// records for the index, queries whose right answer is known (the aliases
// the lists publish, and variants of each primary name), and names that are
// on no list. The quality test and the benchmarks of package screening use
// it; `go test ./screening -run TestQuality -update` writes the test set to
// screening/testdata/testset.tsv.gz.
package testset

import (
	"github.com/controlsledger/ledger/lists"
	"github.com/controlsledger/ledger/screening"
)

// Records turns every entry of a snapshot into a screening record. Its ID
// is the list's name and the entry's own ID ("us-ofac-sdn/29242").
func Records(s *lists.Snapshot) []screening.Record {
	out := make([]screening.Record, 0, len(s.Entries))
	for _, e := range s.Entries {
		out = append(out, Record(s.List, e))
	}
	return out
}

// Record turns one list entry into a screening record with
// screening.FromFTM, and adds the identity documents the list gives whose
// numbers have no FollowTheMoney property.
func Record(list string, e lists.Entry) screening.Record {
	r := screening.FromFTM(list+"/"+e.ID, list, e.Schema, e.Programs, func(p string) []string { return e.Properties[p] })
	for _, id := range e.Identifiers {
		known := false
		for _, x := range r.Identifiers {
			known = known || x.Value == id.Number
		}
		if !known {
			r.Identifiers = append(r.Identifiers, screening.Identifier{Kind: id.Type, Value: id.Number})
		}
	}
	return r
}
