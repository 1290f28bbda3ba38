package projections

// Ground truth for asOf.publishedBy: a reader who believes only what had
// been published by a time sees each record up to its first event published
// after it (Basis.PublishedBy). The oracle computes each event's publication
// from its raw JSON, independently of the projection, cuts every record's
// stream there, and the views are compared with that cut ledger as with the
// whole one.

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
)

// published returns when the world could know e, as Basis.PublishedBy
// defines it: a registered document's own publication time; for any other
// event the latest publication of the sources it cites (a registered
// document's, else the source's publishedOn), or its recording when it
// cites no dated source; never after its recording.
func (o *tvOracle) published(e *tvEvent) time.Time {
	recorded := e.raw.RecordedAt
	if doc, ok := e.ev.(domain.SourceDocumentRegistered); ok {
		if t, ok := doc.PublishedTime(); ok && t.Before(recorded) {
			return t
		}
		return recorded
	}
	var cites struct {
		Sources []domain.Source `json:"sources"`
		Claims  []struct {
			Source domain.Source `json:"source"`
		} `json:"claims"`
	}
	if err := json.Unmarshal(e.raw.Data, &cites); err != nil {
		o.tb.Fatalf("sources of the event at %d: %v", e.pos(), err)
	}
	sources := cites.Sources
	for _, c := range cites.Claims {
		sources = append(sources, c.Source)
	}
	var latest time.Time
	for _, s := range sources {
		var t time.Time
		if r := o.recs[domain.Ref{Kind: domain.KindSource, ID: s.SourceID}]; s.SourceID != "" && r != nil && len(r.events) > 0 && r.events[0].pos() < e.pos() {
			t = o.published(r.events[0])
		} else if !s.PublishedOn.IsZero() {
			t = s.PublishedOn.Time()
		} else {
			continue
		}
		if t.After(latest) {
			latest = t
		}
	}
	if latest.IsZero() || latest.After(recorded) {
		return recorded
	}
	return latest
}

// publishedBy returns the ledger as a reader believing only what had been
// published by limit knows it: each record's events up to the first one
// published after limit, at their own positions.
func (o *tvOracle) publishedBy(limit time.Time) *tvOracle {
	cut := &tvOracle{tb: o.tb, recs: map[domain.Ref]*tvRecord{}, byKind: map[string][]*tvRecord{}, head: o.head, dates: o.dates}
	kept := map[*tvEvent]*tvEvent{}
	for _, kind := range domain.RecordKinds {
		for _, r := range o.byKind[kind] {
			cut.add(r, limit, o, kept)
		}
	}
	for ref, r := range o.recs {
		if _, ok := cut.recs[ref]; !ok {
			cut.add(r, limit, o, kept)
		}
	}
	for _, e := range o.events {
		if c, ok := kept[e]; ok {
			cut.events = append(cut.events, c)
		}
	}
	return cut
}

// add puts record r of o into the cut ledger, up to its first event
// published after limit.
func (cut *tvOracle) add(r *tvRecord, limit time.Time, o *tvOracle, kept map[*tvEvent]*tvEvent) {
	c := &tvRecord{ref: r.ref, states: map[int]domain.Record{}}
	cut.recs[r.ref] = c
	for _, e := range r.events {
		if o.published(e).After(limit) {
			break
		}
		ce := *e
		ce.rec = c
		c.events = append(c.events, &ce)
		kept[e] = &ce
	}
	if len(c.events) > 0 {
		cut.byKind[r.ref.Kind] = append(cut.byKind[r.ref.Kind], c)
	}
}

// TestViewsMatchTheDomainPublishedBy compares the views read with a
// publication limit with the domain's fold of the ledger cut at that limit,
// at limits spread over the sources' publication dates and just around
// some events' publication.
func TestViewsMatchTheDomainPublishedBy(t *testing.T) {
	if testing.Short() {
		t.Skip("compares every view at many points")
	}
	l := sharedLedger(t)
	o := newTVOracle(t, l.store)
	rng := rand.New(rand.NewPCG(11, 2026))
	var times []time.Time
	for _, e := range o.events {
		times = append(times, o.published(e))
	}
	slices.SortFunc(times, time.Time.Compare)
	var limits []time.Time
	for _, q := range []float64{0.2, 0.5, 0.8} {
		at := times[int(q*float64(len(times)-1))]
		limits = append(limits, at, at.Add(-time.Nanosecond))
	}
	for _, limit := range limits {
		cut := o.publishedBy(limit)
		t.Run(limit.Format(time.RFC3339Nano), func(t *testing.T) {
			points := cut.points(rng, 24, 8)
			for i := range points {
				points[i].PublishedBy = limit
			}
			tvCompareViews(t, l.live, cut, points, 4, rng)
		})
	}
}
