package projections

import (
	"reflect"
	"testing"

	"github.com/controlsledger/ledger/domain"
)

// TestDerivedIsFold checks what is derived once per version for the ends
// and the links of a page (whether the record exists, the link standing)
// against the fold of that version, for every version of every record of
// the generated ledger, corrected and retracted ones included.
func TestDerivedIsFold(t *testing.T) {
	p := sharedLedger(t).live
	p.mu.RLock()
	defer p.mu.RUnlock()
	links, standing, gone := 0, 0, 0
	for _, r := range p.recs {
		if !r.viewable() {
			continue
		}
		for n := 1; n <= len(r.events); n++ {
			agg, d := p.fold(r, n), p.derive(r, n)
			if d.exists != agg.Exists() {
				t.Fatalf("%s version %d: derived exists %v, fold %v", r.ref, n, d.exists, agg.Exists())
			}
			l, ok := agg.(*domain.Link)
			if !ok {
				continue
			}
			links++
			var want *domain.MeasuresLinked
			if l.Linked != nil && l.Withdrawn == nil && !l.Retracted() {
				want = l.Linked
				standing++
			} else {
				gone++
			}
			if !reflect.DeepEqual(d.link, want) {
				t.Fatalf("%s version %d: derived link %+v, fold %+v", r.ref, n, d.link, want)
			}
		}
	}
	if standing == 0 || gone == 0 {
		t.Fatalf("%d versions of links: %d standing, %d not: the ledger does not test both", links, standing, gone)
	}
}
