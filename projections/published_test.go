package projections_test

import (
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/projections"
)

// An event is published when the latest dated source it cites was; a
// document counts only if it was registered before the event, so that an
// event's publication never changes as the ledger grows.
func TestPublicationCountsDocumentsRegisteredBefore(t *testing.T) {
	p := projections.New(projections.Options{})
	cite := []domain.Source{{SourceID: "doc-1", Title: "Notice", Publisher: "Gazette", Official: true}}
	early, late := gallium(), chips()
	early.Sources, late.Sources = cite, cite
	feed(t, p,
		early, // recorded at t0+1s, before the document is registered
		domain.SourceDocumentRegistered{SourceID: "doc-1", Title: "Notice", Publisher: "Gazette", Official: true, PublishedAt: "2020-01-01T00:00:00Z"},
		late, // recorded at t0+3s, citing the document published in 2020
	)
	for _, c := range []struct {
		id          string
		publishedBy time.Time
		want        bool
	}{
		{"CN-GA", time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{"CN-GA", t0.Add(time.Second), true},
		{"US-AC", time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), true},
		{"US-AC", time.Date(2019, 12, 31, 0, 0, 0, 0, time.UTC), false},
	} {
		for range 2 { // computed, then as computed before
			_, _, ok, err := p.Measure(c.id, projections.AsOf{ValidAt: date("2024-01-01"), PublishedBy: c.publishedBy})
			if err != nil {
				t.Fatal(err)
			}
			if ok != c.want {
				t.Errorf("%s published by %s: found %v, want %v", c.id, c.publishedBy, ok, c.want)
			}
		}
	}
}
