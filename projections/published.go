package projections

import (
	"reflect"
	"sync"

	"github.com/controlsledger/ledger/domain"
)

// publishedAt returns when the world could know ev, recorded at recorded
// (unix nanoseconds both): a registered document's own publication time;
// for any other event the latest publication of the sources it cites (a
// registered document's, or the source's PublishedOn), or its recording
// when it cites no dated source. It is never after the recording.
func (p *Projection) publishedAt(ev domain.Event, recorded int64) int64 {
	if doc, ok := ev.(domain.SourceDocumentRegistered); ok {
		if t, ok := doc.PublishedTime(); ok {
			return min(t.UnixNano(), recorded)
		}
		return recorded
	}
	var latest int64
	dated := false
	for _, s := range eventSources(ev) {
		t, ok := p.sourcePublished(s)
		if ok && (!dated || t > latest) {
			latest, dated = t, true
		}
	}
	if !dated {
		return recorded
	}
	return min(latest, recorded)
}

// sourcePublished returns when source s was published: the registered
// document's time, else its own PublishedOn.
func (p *Projection) sourcePublished(s domain.Source) (int64, bool) {
	if s.SourceID != "" {
		if r := p.record(domain.KindSource, s.SourceID); r != nil && len(r.events) > 0 {
			return p.entries[r.events[0]].published, true
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
