package projections

import (
	"reflect"
	"sync"

	"github.com/controlsledger/ledger/domain"
)

// published returns the running publication times of r's first n events
// (see recordState.published), computing those not computed yet. Callers
// hold the read or the write lock.
//
// They are computed here, when a query first asks with a publication
// limit, rather than as each event is applied: finding the sources an
// event cites takes a decoding of the event and a lookup per source, which
// few questions need and a rebuild would pay for every event.
func (p *Projection) published(r *recordState, n int) []int64 {
	p.pubMu.Lock()
	defer p.pubMu.Unlock()
	return p.publishedLocked(r, n)
}

// publishedLocked is published, with pubMu held.
func (p *Projection) publishedLocked(r *recordState, n int) []int64 {
	for k := len(r.published); k < n; k++ {
		pub := p.publishedAtLocked(r.events[k])
		if k > 0 {
			pub = max(pub, r.published[k-1])
		}
		r.published = append(r.published, pub)
	}
	return r.published[:n:n]
}

// publishedAtLocked returns when the world could know the event at index
// i (position-1), in unix nanoseconds, with pubMu held: a registered
// document's own publication time; for any other event the latest
// publication of the sources it cites (a document registered before the
// event, or the source's PublishedOn), or its recording when it cites no
// dated source. It is never after the recording.
func (p *Projection) publishedAtLocked(i int32) int64 {
	recorded := p.entries[i].recorded
	ev := p.event(i)
	if doc, ok := ev.(domain.SourceDocumentRegistered); ok {
		if t, ok := doc.PublishedTime(); ok {
			return min(t.UnixNano(), recorded)
		}
		return recorded
	}
	var latest int64
	dated := false
	for _, s := range eventSources(ev) {
		t, ok := p.sourcePublished(s, i)
		if ok && (!dated || t > latest) {
			latest, dated = t, true
		}
	}
	if !dated {
		return recorded
	}
	return min(latest, recorded)
}

// sourcePublished returns when source s, cited by the event at index i,
// was published: the time of the document registered before that event,
// else the source's own PublishedOn. A document registered later does
// not count: what the event's publication is never changes as the ledger
// grows.
func (p *Projection) sourcePublished(s domain.Source, i int32) (int64, bool) {
	if s.SourceID != "" {
		if r := p.record(domain.KindSource, s.SourceID); r != nil && len(r.events) > 0 && r.events[0] < i {
			return p.publishedLocked(r, 1)[0], true
		}
	}
	if !s.PublishedOn.IsZero() {
		return s.PublishedOn.Time().UnixNano(), true
	}
	return 0, false
}

// sourceFields caches, by event type, the index of its Sources field and
// of its Claims field (-1: none).
var sourceFields sync.Map // reflect.Type → [2]int

// eventSources returns the sources ev cites: its Sources and the sources
// of its Claims.
func eventSources(ev domain.Event) []domain.Source {
	v := reflect.ValueOf(ev)
	if v.Kind() != reflect.Struct {
		return nil
	}
	f, ok := sourceFields.Load(v.Type())
	if !ok {
		idx := [2]int{-1, -1}
		if sf, ok := v.Type().FieldByName("Sources"); ok && sf.Type == reflect.TypeFor[[]domain.Source]() && len(sf.Index) == 1 {
			idx[0] = sf.Index[0]
		}
		if sf, ok := v.Type().FieldByName("Claims"); ok && sf.Type == reflect.TypeFor[[]domain.SourceClaim]() && len(sf.Index) == 1 {
			idx[1] = sf.Index[0]
		}
		f, _ = sourceFields.LoadOrStore(v.Type(), idx)
	}
	idx := f.([2]int)
	var out []domain.Source
	if idx[0] >= 0 {
		out = v.Field(idx[0]).Interface().([]domain.Source)
	}
	if idx[1] >= 0 {
		for _, c := range v.Field(idx[1]).Interface().([]domain.SourceClaim) {
			out = append(out, c.Source)
		}
	}
	return out
}
