package projections

import (
	"encoding/json"
	"reflect"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/google/uuid"
)

// AuditEntry is one recorded event of a record's audit trail.
type AuditEntry struct {
	Position   uint64
	EventID    uuid.UUID
	Type       string
	Version    int64
	RecordedAt time.Time
	// Actor recorded the event, by the command Command.
	Actor   string
	Command string
	// Sources are the documents the event cites (for a source conflict,
	// those of its claims).
	Sources []domain.Source
	// Event is the event as recorded.
	Event domain.Event
	// CorrectedBy lists the later corrections and retractions of this
	// event (or of the whole record) known at the basis, in order.
	CorrectedBy []AuditRef
}

// AuditRef points at a correction or retraction.
type AuditRef struct {
	Position uint64
	EventID  uuid.UUID
	Type     string
	// Field is the corrected field (empty for a retraction).
	Field string
}

// AuditTrail returns each event recorded on the record ref up to the basis
// of asOf, who recorded it, when, from which sources, and which later
// events corrected or retracted it. A record unknown at the basis has an
// empty trail.
func (p *Projection) AuditTrail(ref domain.Ref, asOf AsOf) (Basis, []AuditEntry, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	b, err := p.resolve(asOf)
	if err != nil {
		return Basis{}, nil, err
	}
	r := p.record(ref.Kind, ref.ID)
	if r == nil {
		return b, nil, nil
	}
	k := p.versionAt(r, b)
	out := make([]AuditEntry, k)
	byID := map[string]int{}
	for j, at := range r.events[:k] {
		en := &p.entries[at]
		ev := p.event(at)
		typ := p.storedType(uint64(at)+1, ev)
		out[j] = AuditEntry{Position: uint64(at) + 1, EventID: en.id, Type: typ, Version: en.version,
			RecordedAt: time.Unix(0, en.recorded).UTC(), Actor: p.names.list[en.actor], Command: p.names.list[en.command],
			Sources: citedSources(ev), Event: ev}
		byID[en.id.String()] = j
		ref := AuditRef{Position: uint64(at) + 1, EventID: en.id, Type: typ}
		switch x := ev.(type) {
		case domain.RecordCorrected:
			if i, ok := byID[x.EventID]; ok {
				ref.Field = x.Field
				out[i].CorrectedBy = append(out[i].CorrectedBy, ref)
			}
		case domain.RecordRetracted:
			if x.EventID == "" {
				for i := range out[:j] {
					out[i].CorrectedBy = append(out[i].CorrectedBy, ref)
				}
			} else if i, ok := byID[x.EventID]; ok {
				out[i].CorrectedBy = append(out[i].CorrectedBy, ref)
			}
		}
	}
	return b, out, nil
}

// citedSources returns the sources an event cites.
func citedSources(ev domain.Event) []domain.Source {
	if c, ok := ev.(domain.SourceConflictNoted); ok {
		out := make([]domain.Source, len(c.Claims))
		for i, cl := range c.Claims {
			out[i] = cl.Source
		}
		return out
	}
	if f := reflect.ValueOf(ev).FieldByName("Sources"); f.IsValid() {
		return f.Interface().([]domain.Source)
	}
	return nil
}

// History returns the recorded events of a stream up to the basis position,
// in order: the record's audit trail. A payload that cannot be encoded
// again (which the domain never produces) comes without Data.
func (p *Projection) History(stream string, b Basis) []Record {
	p.mu.RLock()
	defer p.mu.RUnlock()
	n, ok := p.streams.get(p.recs, stream)
	if !ok {
		return nil
	}
	r := p.recs[n]
	k := p.versionAt(r, b)
	out := make([]Record, k)
	for i, at := range r.events[:k] {
		pos := uint64(at) + 1
		e := &p.entries[at]
		typ, data, _ := p.payload(pos)
		out[i] = Record{Position: pos, EventID: e.id, Stream: r.stream, Version: e.version, Type: typ,
			RecordedAt: time.Unix(0, e.recorded).UTC(), Actor: p.names.list[e.actor], Command: p.names.list[e.command], Data: data}
	}
	return out
}

// Record is one recorded event as the audit trail shows it.
type Record struct {
	Position   uint64
	EventID    uuid.UUID
	Stream     string
	Version    int64
	Type       string
	RecordedAt time.Time
	Actor      string
	Command    string
	// Data is the payload as stored. The projection keeps events decoded,
	// not their bytes: Data is the decoded event encoded again, which gives
	// the stored bytes back for every event the domain encoded (a test
	// checks it on the demo and generated ledgers); the payload of an event
	// stored under a superseded type is kept as it was stored.
	Data json.RawMessage
}
