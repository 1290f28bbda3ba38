package projections

// Ground truth for the views other than the measure listings: each answer of
// the projection at a point (validAt, position) is compared with what the
// domain's own fold says at that point, computed by brute force from the
// store's events. The oracle here reads the store and replays each record's
// stream with domain.Replay (which honours corrections and retractions as
// the domain defines them); it uses nothing of the projection but its
// exported answers. Where a view has no domain counterpart (a transaction's
// status, a timeline, a diff, an audit trail), the expectation follows the
// view's doc comment, from the raw events.

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/importer"
	"github.com/controlsledger/ledger/ledger"
)

// tvEvent is one stored event as the oracle knows it.
type tvEvent struct {
	raw  eventstore.Event
	ev   domain.Event
	meta domain.Metadata
	rec  *tvRecord
}

func (e *tvEvent) pos() uint64 { return e.raw.Position }

// tvRecord is one record (stream) of the ledger.
type tvRecord struct {
	ref    domain.Ref
	events []*tvEvent
	// states caches domain.Replay of the first n events, by n.
	states map[int]domain.Record
}

// tvOracle answers the views' questions from the store's events alone.
type tvOracle struct {
	tb     testing.TB
	events []*tvEvent // by position-1
	recs   map[domain.Ref]*tvRecord
	// byKind lists the records of each kind in the order they were first
	// recorded.
	byKind map[string][]*tvRecord
	head   uint64
	// dates are the valid-time dates the events name, sorted.
	dates []domain.Date
}

func newTVOracle(tb testing.TB, store eventstore.Store) *tvOracle {
	tb.Helper()
	o := &tvOracle{tb: tb, recs: map[domain.Ref]*tvRecord{}, byKind: map[string][]*tvRecord{}}
	ctx := context.Background()
	seen := map[domain.Date]bool{}
	for after := uint64(0); ; {
		page, err := store.ReadAll(ctx, after, 4096)
		if err != nil {
			tb.Fatal(err)
		}
		if len(page) == 0 {
			break
		}
		for _, raw := range page {
			ev, err := domain.Decode(raw.Type, raw.Data)
			if err != nil {
				tb.Fatalf("decode position %d: %v", raw.Position, err)
			}
			var meta domain.Metadata
			if len(raw.Metadata) > 0 {
				if meta, err = domain.DecodeMetadata(raw.Metadata); err != nil {
					tb.Fatalf("metadata at position %d: %v", raw.Position, err)
				}
			}
			ref := ev.Subject()
			r := o.recs[ref]
			if r == nil {
				r = &tvRecord{ref: ref, states: map[int]domain.Record{}}
				o.recs[ref] = r
				o.byKind[ref.Kind] = append(o.byKind[ref.Kind], r)
			}
			e := &tvEvent{raw: raw, ev: ev, meta: meta, rec: r}
			r.events = append(r.events, e)
			o.events = append(o.events, e)
			if raw.Position != uint64(len(o.events)) {
				tb.Fatalf("the store gave position %d as the %d-th event", raw.Position, len(o.events))
			}
			// Which dates an event is about is a definition the views
			// and the oracle share (TimelineEntry documents it).
			from, until := domain.ValidDates(ev)
			for _, d := range []domain.Date{from, until} {
				if !d.IsZero() && !seen[d] {
					seen[d] = true
					o.dates = append(o.dates, d)
				}
			}
		}
		after = page[len(page)-1].Position
	}
	o.head = uint64(len(o.events))
	slices.SortFunc(o.dates, domain.Date.Compare)
	return o
}

// known returns how many of r's events are known at position pos.
func (r *tvRecord) known(pos uint64) int {
	return sort.Search(len(r.events), func(i int) bool { return r.events[i].pos() > pos })
}

// knownSince is the position of the version of r known at pos.
func (r *tvRecord) knownSince(pos uint64) uint64 { return r.events[r.known(pos)-1].pos() }

// state is the record as the domain replays its stream up to pos, or nil
// if none of its events is known then.
func (o *tvOracle) state(r *tvRecord, pos uint64) domain.Record {
	n := r.known(pos)
	if n == 0 {
		return nil
	}
	if agg, ok := r.states[n]; ok {
		return agg
	}
	agg := domain.NewRecord(r.ref.Kind)
	if agg == nil {
		return nil // the ledger's checkpoints fold into no record
	}
	stream := make([]domain.Recorded, n)
	for i, e := range r.events[:n] {
		stream[i] = domain.Recorded{ID: e.raw.ID.String(), Type: e.raw.Type, Data: e.raw.Data}
	}
	if err := domain.Replay(agg, stream); err != nil {
		o.tb.Fatalf("replay %s at %d: %v", r.ref, pos, err)
	}
	r.states[n] = agg
	return agg
}

// live returns the record at pos if it exists then and was not retracted.
func (o *tvOracle) live(r *tvRecord, pos uint64) domain.Record {
	agg := o.state(r, pos)
	if agg == nil || !agg.Exists() || agg.Known().Retracted() {
		return nil
	}
	return agg
}

// retractedEvents returns the IDs of the events of r retracted one by one
// by pos.
func (r *tvRecord) retractedEvents(pos uint64) map[string]bool {
	out := map[string]bool{}
	for _, e := range r.events[:r.known(pos)] {
		if x, ok := e.ev.(domain.RecordRetracted); ok && x.EventID != "" {
			out[x.EventID] = true
		}
	}
	return out
}

// onOrBefore reports whether d is set and not after v.
func onOrBefore(d, v domain.Date) bool { return !d.IsZero() && !d.After(v) }

// --- designations ---

func (o *tvOracle) designations(b Basis, f DesignationFilter) []DesignationView {
	return tvListing(o, domain.KindDesignation, b, func(d *domain.Designation) domain.Date { return d.Designated.EffectiveOn },
		o.designationView, func(d *domain.Designation, v DesignationView) bool {
			return (f.PartyID == "" || d.Designated.Party.ID == f.PartyID) &&
				(f.List == "" || strings.Contains(strings.ToLower(d.Designated.List), strings.ToLower(f.List))) &&
				(len(f.Status) == 0 || slices.Contains(f.Status, v.Status))
		}, func(v DesignationView) (domain.Date, string) {
			return v.Designated.EffectiveOn, v.Designated.DesignationID
		})
}

// tvListing lists the views of the records of a kind that exist at b, were
// made (made) by its valid time and are kept by keep (nil: all), in the
// order the views document: by the date order gives, then by ID.
func tvListing[A domain.Record, V any](o *tvOracle, kind string, b Basis, made func(A) domain.Date,
	view func(*tvRecord, A, Basis) V, keep func(A, V) bool, order func(V) (domain.Date, string)) []V {
	var out []V
	for _, r := range o.byKind[kind] {
		agg := o.live(r, b.Position)
		if agg == nil {
			continue
		}
		a := agg.(A)
		if made(a).After(b.ValidAt) {
			continue
		}
		if v := view(r, a, b); keep == nil || keep(a, v) {
			out = append(out, v)
		}
	}
	slices.SortStableFunc(out, func(x, y V) int {
		dx, ix := order(x)
		dy, iy := order(y)
		return cmp.Or(dx.Compare(dy), strings.Compare(ix, iy))
	})
	return out
}

func (o *tvOracle) designationView(r *tvRecord, d *domain.Designation, b Basis) DesignationView {
	status, terms := d.StatusAt(b.ValidAt)
	return DesignationView{Designation: *d, KnownSince: r.knownSince(b.Position), Status: status, Terms: terms, Listing: d.ListingAt(b.ValidAt)}
}

// --- transactions and reviews ---

// transactionView follows TransactionView's doc: what happened by the valid
// time; the status is the latest of it by date (a completion or termination
// before a review concluded the same day, reviews in the order recorded);
// the reviews in the order they were first recorded.
func (o *tvOracle) transactionView(r *tvRecord, t *domain.Transaction, b Basis) TransactionView {
	v := TransactionView{TransactionAnnounced: *t.Announced, Knowledge: t.Knowledge, KnownSince: r.knownSince(b.Position), Version: t.Version, Status: TransactionPending}
	for _, x := range t.Opened {
		if onOrBefore(x.OpenedOn, b.ValidAt) {
			v.Opened = append(v.Opened, x)
			v.Status = TransactionUnderReview
		}
	}
	var latest domain.Date
	for _, x := range t.Reviews {
		if onOrBefore(x.ConcludedOn, b.ValidAt) {
			v.Reviews = append(v.Reviews, x)
			if latest.IsZero() || !x.ConcludedOn.Before(latest) {
				v.Status, latest = x.Outcome, x.ConcludedOn
			}
		}
	}
	if c := t.Completed; c != nil && onOrBefore(c.CompletedOn, b.ValidAt) {
		v.Completed = c
		if latest.IsZero() || !c.CompletedOn.Before(latest) {
			v.Status, latest = TransactionCompleted, c.CompletedOn
		}
	}
	if x := t.Terminated; x != nil && onOrBefore(x.TerminatedOn, b.ValidAt) {
		v.Terminated = x
		if latest.IsZero() || !x.TerminatedOn.Before(latest) {
			v.Status = TransactionTerminated
		}
	}
	// The aggregate keeps openings and conclusions apart; the stream says
	// in which order they were recorded (whatever their dates). Its events
	// that stand, in order, match the aggregate's lists one for one.
	retracted := r.retractedEvents(b.Position)
	opened, concluded := 0, 0
	first := map[string]int{}
	note := func(id string) {
		if _, ok := first[id]; !ok {
			first[id] = len(first)
		}
	}
	for _, e := range r.events[:r.known(b.Position)] {
		if retracted[e.raw.ID.String()] {
			continue
		}
		switch e.ev.(type) {
		case domain.ReviewOpened:
			note(t.Opened[opened].ReviewID)
			opened++
		case domain.ReviewConcluded:
			note(t.Reviews[concluded].ReviewID)
			concluded++
		}
	}
	states := map[string]*ReviewState{}
	state := func(id string) *ReviewState {
		if states[id] == nil {
			states[id] = &ReviewState{ReviewID: id}
		}
		return states[id]
	}
	for _, x := range v.Opened {
		s := state(x.ReviewID)
		s.Authority, s.Regime, s.OpenedOn, s.Phase = x.Authority, x.Regime, x.OpenedOn, ReviewOpen
	}
	for _, x := range v.Reviews {
		s := state(x.ReviewID)
		if s.Phase == "" { // no opening in effect: the conclusion names the authority
			s.Authority, s.Regime = x.Authority, x.Regime
		}
		s.Phase, s.Outcome, s.ConcludedOn = ReviewConcluded, x.Outcome, x.ConcludedOn
	}
	for _, s := range states {
		v.ReviewStates = append(v.ReviewStates, *s)
	}
	slices.SortFunc(v.ReviewStates, func(x, y ReviewState) int { return cmp.Compare(first[x.ReviewID], first[y.ReviewID]) })
	if opened != len(t.Opened) || concluded != len(t.Reviews) {
		o.tb.Fatalf("%s at %d: %d openings and %d conclusions stand in the stream, the aggregate has %d and %d",
			r.ref, b.Position, opened, concluded, len(t.Opened), len(t.Reviews))
	}
	return v
}

func (o *tvOracle) transactions(b Basis) []TransactionView {
	return tvListing(o, domain.KindTransaction, b, func(t *domain.Transaction) domain.Date { return t.Announced.AnnouncedOn },
		o.transactionView, nil, func(v TransactionView) (domain.Date, string) { return v.AnnouncedOn, v.TransactionID })
}

// --- enforcement actions ---

func (o *tvOracle) enforcementView(r *tvRecord, e *domain.Enforcement, b Basis) EnforcementView {
	v := EnforcementView{EnforcementActionOpened: *e.Opened, Knowledge: e.Knowledge, KnownSince: r.knownSince(b.Position), Version: e.Version}
	for _, f := range e.Findings {
		if onOrBefore(f.IssuedOn, b.ValidAt) {
			v.Findings = append(v.Findings, f)
			v.Closed = v.Closed || f.Final
		}
	}
	return v
}

func (o *tvOracle) enforcementActions(b Basis) []EnforcementView {
	return tvListing(o, domain.KindEnforcement, b, func(e *domain.Enforcement) domain.Date { return e.Opened.OpenedOn },
		o.enforcementView, nil, func(v EnforcementView) (domain.Date, string) { return v.OpenedOn, v.ActionID })
}

// --- dialogues and meetings ---

func (o *tvOracle) dialogueView(r *tvRecord, d *domain.Dialogue, b Basis) DialogueView {
	v := DialogueView{DialogueEstablished: *d.Established, Knowledge: d.Knowledge, KnownSince: r.knownSince(b.Position), Version: d.Version}
	for _, m := range d.Meetings {
		if onOrBefore(m.HeldOn, b.ValidAt) {
			v.Meetings = append(v.Meetings, m)
		}
	}
	return v
}

func (o *tvOracle) dialogues(b Basis, origin *domain.MeetingRef) []DialogueView {
	return tvListing(o, domain.KindDialogue, b, func(d *domain.Dialogue) domain.Date { return d.Established.EstablishedOn },
		o.dialogueView, func(d *domain.Dialogue, _ DialogueView) bool {
			return origin == nil || d.Established.EstablishedAt != nil && *d.Established.EstablishedAt == *origin
		}, func(v DialogueView) (domain.Date, string) { return v.EstablishedOn, v.DialogueID })
}

// --- links, the retaliation graph, escalation chains ---

// standing returns the links that stand at pos (recorded, neither withdrawn
// nor retracted), in the order they were first recorded.
func (o *tvOracle) standing(pos uint64) []LinkView {
	var out []LinkView
	for _, r := range o.byKind[domain.KindLink] {
		agg := o.live(r, pos)
		if agg == nil {
			continue
		}
		if l := agg.(*domain.Link); l.Withdrawn == nil {
			out = append(out, LinkView{MeasuresLinked: *l.Linked, KnownSince: r.knownSince(pos)})
		}
	}
	return out
}

// links keeps the standing links from the record from to the record to
// (a zero Ref matches any record).
func (o *tvOracle) links(standing []LinkView, from, to domain.Ref) []LinkView {
	var out []LinkView
	for _, l := range standing {
		if (from == domain.Ref{} || l.From == from) && (to == domain.Ref{} || l.To == to) {
			out = append(out, l)
		}
	}
	return out
}

// summary follows RecordSummary's doc (and the schema's: known is false
// only for a record not known at the basis). The label, date and status of
// a record that exists are definitions it shares with the views
// (summaryOf); the views that give the statuses are checked on their own.
func (o *tvOracle) summary(ref domain.Ref, b Basis) RecordSummary {
	r := o.recs[ref]
	if r == nil {
		return RecordSummary{Ref: ref}
	}
	agg := o.state(r, b.Position)
	if agg == nil || !agg.Exists() {
		return RecordSummary{Ref: ref}
	}
	return summaryOf(ref, agg, b)
}

// graph is a breadth-first walk through the standing links, each node's
// links in the order recorded, each record and each link once.
func (o *tvOracle) graph(root domain.Ref, depth int, b Basis) RetaliationGraph {
	standing := o.standing(b.Position)
	g := RetaliationGraph{Root: root, Nodes: []GraphNode{{RecordSummary: o.summary(root, b)}}}
	seen := map[domain.Ref]bool{root: true}
	linked := map[string]bool{}
	for i := 0; i < len(g.Nodes); i++ {
		node := g.Nodes[i]
		if node.Depth == depth {
			continue
		}
		for _, l := range standing {
			if l.From != node.Ref && l.To != node.Ref {
				continue
			}
			if !linked[l.LinkID] {
				linked[l.LinkID] = true
				g.Edges = append(g.Edges, l)
			}
			other := l.To
			if other == node.Ref {
				other = l.From
			}
			if !seen[other] {
				seen[other] = true
				g.Nodes = append(g.Nodes, GraphNode{RecordSummary: o.summary(other, b), Depth: node.Depth + 1})
			}
		}
	}
	return g
}

// escalation follows EscalationChain's doc.
func (o *tvOracle) escalation(a, bj string, from, to domain.Date, b Basis) EscalationChain {
	type step struct {
		EscalationStep
		on domain.Date
	}
	var steps []step
	in := map[domain.Ref]bool{}
	for _, r := range o.byKind[domain.KindMeasure] {
		agg := o.live(r, b.Position)
		if agg == nil {
			continue
		}
		m := agg.(*domain.Measure)
		an := m.Announced
		if (!from.IsZero() && an.AnnouncedOn.Before(from)) || (!to.IsZero() && an.AnnouncedOn.After(to)) {
			continue
		}
		affects := func(j string) bool {
			lists := [][]domain.AffectedJurisdiction{an.Affected}
			for _, am := range m.Amendments {
				if to.IsZero() || !am.EffectiveOn.After(to) {
					lists = append(lists, am.Affected)
				}
			}
			for _, l := range lists {
				for _, x := range l {
					if x.Jurisdiction == j {
						return true
					}
				}
			}
			return false
		}
		var s step
		switch {
		case an.Implementing == a && affects(bj):
			s.By, s.Against = a, bj
		case an.Implementing == bj && affects(a):
			s.By, s.Against = bj, a
		default:
			continue
		}
		s.on = an.AnnouncedOn
		s.Measure = o.summary(r.ref, b)
		steps = append(steps, s)
		in[r.ref] = true
	}
	slices.SortFunc(steps, func(x, y step) int {
		return cmp.Or(x.on.Compare(y.on), strings.Compare(x.Measure.Ref.ID, y.Measure.Ref.ID))
	})
	var chain EscalationChain
	standing := o.standing(b.Position)
	for i, s := range steps {
		for _, l := range standing {
			if l.From == s.Measure.Ref && slices.ContainsFunc(steps[:i], func(e step) bool { return e.Measure.Ref == l.To }) {
				s.Answers = append(s.Answers, l)
			}
		}
		chain.Steps = append(chain.Steps, s.EscalationStep)
	}
	for _, l := range standing {
		if in[l.From] && in[l.To] {
			chain.Links = append(chain.Links, l)
		}
	}
	return chain
}

// --- timelines and audit trails ---

// timeline follows Timeline's doc. Which parties and jurisdictions a
// record names is a definition it shares with the views (named).
func (o *tvOracle) timeline(s Subject, b Basis, order TimelineOrder) []TimelineEntry {
	var recs []*tvRecord
	for _, kind := range domain.RecordKinds {
		for _, r := range o.byKind[kind] {
			agg := o.state(r, b.Position)
			if agg == nil || !agg.Exists() {
				continue
			}
			switch {
			case s.Ref != domain.Ref{}:
				if r.ref == s.Ref {
					recs = append(recs, r)
				} else if l, ok := agg.(*domain.Link); ok && (l.Linked.From == s.Ref || l.Linked.To == s.Ref) {
					recs = append(recs, r)
				}
			case s.PartyID != "":
				parties, _ := named(agg)
				if slices.ContainsFunc(parties, func(p domain.Party) bool { return p.ID == s.PartyID }) {
					recs = append(recs, r)
				}
			default:
				if _, js := named(agg); slices.Contains(js, s.Jurisdiction) {
					recs = append(recs, r)
				}
			}
		}
	}
	var out []TimelineEntry
	for _, r := range recs {
		for _, e := range r.events[:r.known(b.Position)] {
			out = append(out, o.timelineEntry(e, b))
		}
	}
	slices.SortFunc(out, func(x, y TimelineEntry) int { return cmp.Compare(x.Position, y.Position) })
	if order == ByValid {
		day := func(e TimelineEntry) domain.Date {
			if e.ValidFrom.IsZero() {
				return domain.DateOf(e.RecordedAt)
			}
			return e.ValidFrom
		}
		slices.SortStableFunc(out, func(x, y TimelineEntry) int { return day(x).Compare(day(y)) })
	}
	return out
}

func (o *tvOracle) timelineEntry(e *tvEvent, b Basis) TimelineEntry {
	t := TimelineEntry{Position: e.pos(), RecordedAt: e.raw.RecordedAt.UTC(), EventID: e.raw.ID, Type: e.raw.Type,
		Actor: e.meta.Actor, Command: e.meta.Command, Record: e.rec.ref, Event: e.ev}
	t.ValidFrom, t.ValidUntil = domain.ValidDates(e.ev)
	id := e.raw.ID.String()
	// The dates as the corrections known at the basis have them.
	corrected, err := domain.Encode(e.ev)
	if err != nil {
		o.tb.Fatal(err)
	}
	for _, k := range e.rec.events[:e.rec.known(b.Position)] {
		switch x := k.ev.(type) {
		case domain.RecordCorrected:
			if x.EventID == id {
				t.CorrectedAt = append(t.CorrectedAt, k.pos())
				if patched, err := domain.PatchField(corrected, x.Field, nil, x.NewValue); err == nil {
					corrected = patched
				}
				if ev, err := domain.Decode(e.ev.EventType(), corrected); err == nil {
					t.ValidFrom, t.ValidUntil = domain.ValidDates(ev)
				}
			}
		case domain.RecordRetracted:
			if (x.EventID == id || x.EventID == "") && t.RetractedAt == 0 {
				t.RetractedAt = k.pos()
			}
		}
	}
	return t
}

// auditTrail follows AuditTrail's doc; the sources are those the stored
// payload cites.
func (o *tvOracle) auditTrail(ref domain.Ref, b Basis) []AuditEntry {
	r := o.recs[ref]
	if r == nil {
		return nil
	}
	known := r.events[:r.known(b.Position)]
	out := make([]AuditEntry, len(known))
	for i, e := range known {
		a := AuditEntry{Position: e.pos(), EventID: e.raw.ID, Type: e.raw.Type, Version: e.raw.Version, RecordedAt: e.raw.RecordedAt.UTC(),
			Actor: e.meta.Actor, Command: e.meta.Command, Sources: o.citedSources(e), Event: e.ev}
		id := e.raw.ID.String()
		for _, k := range known[i+1:] {
			ar := AuditRef{Position: k.pos(), EventID: k.raw.ID, Type: k.raw.Type}
			switch x := k.ev.(type) {
			case domain.RecordCorrected:
				if x.EventID == id {
					ar.Field = x.Field
					a.CorrectedBy = append(a.CorrectedBy, ar)
				}
			case domain.RecordRetracted:
				if x.EventID == id || x.EventID == "" {
					a.CorrectedBy = append(a.CorrectedBy, ar)
				}
			}
		}
		out[i] = a
	}
	return out
}

// citedSources reads the sources of the payload as stored (an upcast
// payload as upcast): its "sources", or its claims' for a source conflict.
func (o *tvOracle) citedSources(e *tvEvent) []domain.Source {
	data, err := domain.Encode(e.ev)
	if err != nil {
		o.tb.Fatal(err)
	}
	var p struct {
		Sources []domain.Source `json:"sources"`
		Claims  []struct {
			Source domain.Source `json:"source"`
		} `json:"claims"`
	}
	if err := json.Unmarshal(data, &p); err != nil {
		o.tb.Fatalf("payload at %d: %v", e.pos(), err)
	}
	if _, ok := e.ev.(domain.SourceConflictNoted); ok {
		out := make([]domain.Source, len(p.Claims))
		for i, c := range p.Claims {
			out[i] = c.Source
		}
		return out
	}
	return p.Sources
}

// --- diffs ---

// change follows Diff's doc and the Change* constants: the record compared
// at two points, whatever was recorded or dated in between.
func (o *tvOracle) change(r *tvRecord, a, b Basis) (Change, bool) {
	c := Change{Record: o.summary(r.ref, b)}
	after := o.state(r, b.Position)
	before := o.state(r, a.Position)
	if after == nil || !after.Exists() {
		// Known at the first point only (b is earlier in recorded time):
		// named as it was then.
		if before == nil || !before.Exists() {
			return c, false
		}
		c.Record = o.summary(r.ref, a)
		c.What, c.StatusBefore = []string{ChangeUnrecorded}, c.Record.Status
		return c, true
	}
	ra := before != nil && before.Known().Retracted()
	rb := after.Known().Retracted()
	if ra && rb {
		return c, false
	}
	add := func(cond bool, what string) {
		if cond {
			c.What = append(c.What, what)
		}
	}
	corrections := func(x domain.Record) int {
		if x == nil {
			return 0
		}
		return len(x.Known().Corrections)
	}
	add(before == nil || !before.Exists(), ChangeRecorded)
	add(rb, ChangeRetracted)
	add(corrections(after) > corrections(before), ChangeCorrected)
	if rb {
		return c, true
	}
	if before != nil && (!before.Exists() || ra) {
		before = nil
	}
	switch x := after.(type) {
	case *domain.Measure:
		var sa string
		var am []string
		// resumes: some provision suspended at a had taken effect (at
		// a's dates) before its suspension began; none had means the end
		// of the suspension brings the measure into force for the first
		// time (the diff's doc: came_into_force, not resumed).
		suspendedAtA, resumes := false, false
		if before != nil {
			m := before.(*domain.Measure)
			var provs []domain.ProvisionStatus
			sa, provs = m.StatusAt(a.ValidAt)
			for _, ps := range provs {
				if ps.Status == domain.StatusSuspended {
					suspendedAtA = true
					resumes = resumes || ps.EffectiveOn.Before(ps.Suspension.From)
				}
			}
			for _, x := range m.ContentAt(a.ValidAt).Amendments {
				am = append(am, x.AmendmentID)
			}
		}
		sb, _ := x.StatusAt(b.ValidAt)
		var bm []string
		for _, x := range x.ContentAt(b.ValidAt).Amendments {
			bm = append(bm, x.AmendmentID)
		}
		c.StatusBefore, c.StatusAfter = sa, sb
		inForce := func(s string) bool { return s == domain.StatusInForce || s == domain.StatusPartlySuspended }
		suspended := map[string]int{domain.StatusSuspended: 2, domain.StatusPartlySuspended: 1}
		ended := func(s string) bool { return s == domain.StatusRevoked || s == domain.StatusExpired }
		add(sb == domain.StatusAnnounced && sa != domain.StatusAnnounced, ChangeAnnounced)
		// A measure in force again after a suspension resumed; it did not
		// come into force.
		neverInForce := suspendedAtA && !resumes
		add(inForce(sb) && !inForce(sa) && (suspended[sa] == 0 || neverInForce), ChangeInForce)
		add(ended(sb) && !ended(sa), ChangeEnded)
		add(suspended[sb] > suspended[sa] && !ended(sb), ChangeSuspended)
		add(suspended[sb] < suspended[sa] && !ended(sb) && !neverInForce, ChangeResumed)
		add(before != nil && !slices.Equal(am, bm), ChangeAmended)
	case *domain.Designation:
		var sa string
		var am []string
		if before != nil {
			d := before.(*domain.Designation)
			sa, _ = d.StatusAt(a.ValidAt)
			for _, x := range d.Amendments {
				if !x.EffectiveOn.After(a.ValidAt) {
					am = append(am, x.AmendmentID)
				}
			}
		}
		sb, _ := x.StatusAt(b.ValidAt)
		var bm []string
		for _, x := range x.Amendments {
			if !x.EffectiveOn.After(b.ValidAt) {
				bm = append(bm, x.AmendmentID)
			}
		}
		c.StatusBefore, c.StatusAfter = sa, sb
		add(sb == domain.StatusDesignated && sa != domain.StatusDesignated, ChangeDesignated)
		add(sb == domain.StatusDelisted && sa != domain.StatusDelisted, ChangeEnded)
		add(before != nil && !slices.Equal(am, bm), ChangeAmended)
	case *domain.Transaction:
		if before != nil {
			c.StatusBefore = o.transactionView(r, before.(*domain.Transaction), a).Status
		}
		c.StatusAfter = o.transactionView(r, x, b).Status
		add(before != nil && c.StatusBefore != c.StatusAfter, ChangeStatus)
	case *domain.Enforcement:
		var fa, fb []string
		if before != nil {
			for _, f := range o.enforcementView(r, before.(*domain.Enforcement), a).Findings {
				fa = append(fa, f.FindingID)
			}
		}
		for _, f := range o.enforcementView(r, x, b).Findings {
			fb = append(fb, f.FindingID)
		}
		add(before != nil && !slices.Equal(fa, fb), ChangeFinding)
	case *domain.Dialogue:
		var ma, mb []string
		if before != nil {
			for _, m := range o.dialogueView(r, before.(*domain.Dialogue), a).Meetings {
				ma = append(ma, m.MeetingID)
			}
		}
		for _, m := range o.dialogueView(r, x, b).Meetings {
			mb = append(mb, m.MeetingID)
		}
		add(before != nil && !slices.Equal(ma, mb), ChangeMeeting)
	case *domain.Link:
		stands := func(agg domain.Record) bool {
			l, ok := agg.(*domain.Link)
			return ok && l.Exists() && l.Withdrawn == nil && !l.Retracted()
		}
		standA, standB := before != nil && stands(before), stands(x)
		add(standB && !standA, ChangeLinked)
		add(standA && !standB, ChangeUnlinked)
	}
	if !c.Record.Known {
		c.Record = o.summary(r.ref, a)
	}
	return c, len(c.What) > 0
}

func (o *tvOracle) diff(a, b Basis) []Change {
	var out []Change
	for _, kind := range domain.RecordKinds {
		for _, r := range o.byKind[kind] {
			if c, ok := o.change(r, a, b); ok {
				out = append(out, c)
			}
		}
	}
	slices.SortFunc(out, func(x, y Change) int {
		return cmp.Or(strings.Compare(x.Record.Ref.Kind, y.Record.Ref.Kind), strings.Compare(x.Record.Ref.ID, y.Record.Ref.ID))
	})
	return out
}

// --- the test ---

// tvPoint is a point a question is asked at, with a record worth asking
// about there (the record a correction or retraction at or after the
// point's position touches), if any.
type tvPoint struct {
	Basis
	focus *tvRecord
	why   string
}

func (p tvPoint) String() string {
	return fmt.Sprintf("(validAt %s, position %d%s)", p.ValidAt, p.Position, p.why)
}

func (p tvPoint) asOf() AsOf { return p.Basis.AsOf() }

// points picks random points, and the positions of corrections, retractions
// and link retractions and those just before them.
func (o *tvOracle) points(rng *rand.Rand, random, knowledge int) []tvPoint {
	validAt := func() domain.Date {
		if rng.IntN(2) == 0 {
			return domain.DateOf(o.dates[rng.IntN(len(o.dates))].Time().AddDate(0, 0, rng.IntN(3)-1))
		}
		lo, hi := o.dates[0].Time(), o.dates[len(o.dates)-1].Time()
		return domain.DateOf(lo.Add(time.Duration(rng.Int64N(int64(hi.Sub(lo))))))
	}
	var out []tvPoint
	for range random {
		out = append(out, tvPoint{Basis: Basis{Position: 1 + rng.Uint64N(o.head), ValidAt: validAt()}})
	}
	var marks []*tvEvent
	for _, e := range o.events {
		switch e.ev.(type) {
		case domain.RecordCorrected, domain.RecordRetracted, domain.LinkRetracted:
			marks = append(marks, e)
		}
	}
	rng.Shuffle(len(marks), func(i, j int) { marks[i], marks[j] = marks[j], marks[i] })
	for _, e := range marks[:min(knowledge, len(marks))] {
		for _, pos := range []uint64{e.pos() - 1, e.pos()} {
			out = append(out, tvPoint{Basis: Basis{Position: pos, ValidAt: validAt()}, focus: e.rec,
				why: fmt.Sprintf(", around the %s of %s at %d", e.raw.Type, e.rec.ref, e.pos())})
		}
	}
	return out
}

// tvCheck compares answers, reporting where two differ.
type tvCheck struct {
	t     *testing.T
	fails int
}

func (c *tvCheck) same(what string, pt tvPoint, got, want any) bool {
	c.t.Helper()
	if reflect.DeepEqual(got, want) {
		return true
	}
	c.fails++
	c.t.Errorf("%s at %s differs from the domain's:\n%s", what, pt, tvDiff("", reflect.ValueOf(got), reflect.ValueOf(want)))
	if c.fails >= 8 {
		c.t.FailNow()
	}
	return false
}

func (c *tvCheck) basis(what string, pt tvPoint, got Basis, err error) bool {
	c.t.Helper()
	if err != nil {
		c.t.Fatalf("%s at %s: %v", what, pt, err)
	}
	return c.same(what+": basis", pt, got, pt.Basis)
}

// tvCheckOne checks one record's view at a point, if r is set: found as
// the oracle finds it, and equal to the oracle's view of the domain's fold.
func tvCheckOne[A domain.Record, V any](c *tvCheck, o *tvOracle, r *tvRecord, pt tvPoint, what string,
	get func(id string, asOf AsOf) (Basis, V, bool, error), view func(*tvRecord, A, Basis) V) {
	if r == nil {
		return
	}
	b, v, ok, err := get(r.ref.ID, pt.asOf())
	c.basis(what, pt, b, err)
	var want V
	agg := o.state(r, pt.Position)
	wantOK := agg != nil && agg.Exists()
	if wantOK {
		want = view(r, agg.(A), pt.Basis)
	}
	c.same(what+" "+r.ref.ID+": found", pt, ok, wantOK)
	c.same(what+" "+r.ref.ID, pt, v, want)
}

// tvDiff describes the first place where got and want differ.
func tvDiff(path string, got, want reflect.Value) string {
	show := func(v reflect.Value) string {
		if !v.IsValid() {
			return "nothing"
		}
		s := fmt.Sprintf("%+v", v.Interface())
		if v.Kind() == reflect.Slice && v.IsNil() {
			s = "nil"
		}
		if len(s) > 600 {
			s = s[:600] + "..."
		}
		return s
	}
	if !got.IsValid() || !want.IsValid() || got.Type() != want.Type() {
		return fmt.Sprintf("%s: got %s, want %s", path, show(got), show(want))
	}
	switch got.Kind() {
	case reflect.Slice:
		if got.IsNil() != want.IsNil() {
			return fmt.Sprintf("%s: got %s, want %s", path, show(got), show(want))
		}
		for i := 0; i < min(got.Len(), want.Len()); i++ {
			if !reflect.DeepEqual(got.Index(i).Interface(), want.Index(i).Interface()) {
				return tvDiff(fmt.Sprintf("%s[%d]", path, i), got.Index(i), want.Index(i))
			}
		}
		n, m := got.Len(), want.Len()
		extra := "got"
		v := got
		if m > n {
			extra, v = "want", want
		}
		return fmt.Sprintf("%s: got %d items, want %d; %s also has %s", path, n, m, extra, show(v.Index(min(n, m))))
	case reflect.Struct:
		for i := range got.NumField() {
			if !got.Type().Field(i).IsExported() {
				continue
			}
			if !reflect.DeepEqual(got.Field(i).Interface(), want.Field(i).Interface()) {
				return tvDiff(path+"."+got.Type().Field(i).Name, got.Field(i), want.Field(i))
			}
		}
	case reflect.Pointer, reflect.Interface:
		if !got.IsNil() && !want.IsNil() {
			return tvDiff(path, got.Elem(), want.Elem())
		}
	}
	return fmt.Sprintf("%s: got %s, want %s", path, show(got), show(want))
}

// tvPage cuts a page out of a whole list as PageRequest documents.
func tvPage[T any](all []T, req PageRequest) Page[T] {
	p := Page[T]{Offset: req.Offset, Total: -1}
	if req.Count {
		p.Total = len(all)
	}
	from := min(req.Offset, len(all))
	to := len(all)
	if req.Limit > 0 && req.Offset+req.Limit < len(all) {
		to = req.Offset + req.Limit
		p.More = true
	}
	p.Items = all[from:to]
	if len(p.Items) == 0 {
		p.Items = nil
	}
	return p
}

func tvPageRequest(rng *rand.Rand, n int) PageRequest {
	switch rng.IntN(3) {
	case 0:
		return PageRequest{}
	case 1:
		return PageRequest{Offset: rng.IntN(n + 2), Limit: 1 + rng.IntN(10), Count: true}
	}
	return PageRequest{Offset: rng.IntN(n/2 + 1), Limit: 1 + rng.IntN(50)}
}

// pick returns a random record of kind, or the focus if it is of that kind.
func (o *tvOracle) pick(rng *rand.Rand, kind string, focus *tvRecord) *tvRecord {
	if focus != nil && focus.ref.Kind == kind && rng.IntN(4) != 0 {
		return focus
	}
	list := o.byKind[kind]
	if len(list) == 0 {
		return nil
	}
	return list[rng.IntN(len(list))]
}

// TestViewsMatchTheDomain compares the views of the generated ledger with
// the domain's fold of the store's events at a few hundred points.
func TestViewsMatchTheDomain(t *testing.T) {
	l := sharedLedger(t)
	o := newTVOracle(t, l.store)
	rng := rand.New(rand.NewPCG(7, 2026))
	// The whole lists are compared at every 4th point (and diffs at every
	// 8th), the rest at every point.
	tvCompareViews(t, l.live, o, o.points(rng, 150, 50), 4, rng)
}

// tvCompareViews asks p and o each view's questions at the points, the
// whole lists at every fullEvery-th (and diffs at every 2*fullEvery-th).
func tvCompareViews(t *testing.T, p *Projection, o *tvOracle, points []tvPoint, fullEvery int, rng *rand.Rand) {
	kinds := map[string]int{}
	for _, r := range o.recs {
		kinds[r.ref.Kind]++
	}
	t.Logf("%d events, records by kind %v, %d points", o.head, kinds, len(points))

	// Parties and jurisdictions named anywhere, for filters and subjects.
	var parties, jurisdictions, lists []string
	{
		ps, js, ls := map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, r := range o.recs {
			agg := o.state(r, o.head)
			if agg == nil {
				continue
			}
			pp, jj := named(agg)
			for _, x := range pp {
				ps[x.ID] = true
			}
			for _, j := range jj {
				js[j] = true
			}
			if d, ok := agg.(*domain.Designation); ok && d.Exists() {
				ls[d.Designated.List] = true
			}
		}
		for x := range ps {
			parties = append(parties, x)
		}
		for x := range js {
			jurisdictions = append(jurisdictions, x)
		}
		for x := range ls {
			lists = append(lists, x)
		}
		slices.Sort(parties)
		slices.Sort(jurisdictions)
		slices.Sort(lists)
	}

	t.Run("designations", func(t *testing.T) {
		c := &tvCheck{t: t}
		statuses := []string{domain.StatusDesignated, domain.StatusDelisted}
		for i, pt := range points {
			if i%fullEvery == 0 {
				b, got, err := p.Designations(pt.asOf(), DesignationFilter{})
				c.basis("designations", pt, b, err)
				c.same("designations", pt, got, o.designations(pt.Basis, DesignationFilter{}))
			}

			var f DesignationFilter
			switch rng.IntN(3) {
			case 0:
				if r := o.pick(rng, domain.KindDesignation, pt.focus); r != nil {
					if d, ok := o.state(r, o.head).(*domain.Designation); ok && d.Exists() {
						f.PartyID = d.Designated.Party.ID
					}
				}
			case 1:
				if len(lists) == 0 {
					break
				}
				list := lists[rng.IntN(len(lists))]
				i := rng.IntN(len(list))
				f.List = list[i : i+min(len(list)-i, 3+rng.IntN(6))]
				if rng.IntN(2) == 0 {
					f.List = strings.ToUpper(f.List)
				}
			}
			if rng.IntN(2) == 0 {
				f.Status = []string{statuses[rng.IntN(2)]}
			}
			want := o.designations(pt.Basis, f)
			req := tvPageRequest(rng, len(want))
			b, page, err := p.DesignationPage(pt.asOf(), f, req)
			c.basis("designation page", pt, b, err)
			c.same(fmt.Sprintf("designations %+v, page %+v", f, req), pt, page, tvPage(want, req))

			tvCheckOne(c, o, o.pick(rng, domain.KindDesignation, pt.focus), pt, "designation", p.Designation, o.designationView)
		}
	})

	t.Run("transactions", func(t *testing.T) {
		c := &tvCheck{t: t}
		for i, pt := range points {
			if i%fullEvery == 0 {
				b, got, err := p.Transactions(pt.asOf())
				c.basis("transactions", pt, b, err)
				c.same("transactions", pt, got, o.transactions(pt.Basis))
			}
			tvCheckOne(c, o, o.pick(rng, domain.KindTransaction, pt.focus), pt, "transaction", p.Transaction, o.transactionView)
		}
	})

	t.Run("enforcement", func(t *testing.T) {
		c := &tvCheck{t: t}
		for i, pt := range points {
			if i%fullEvery == 0 {
				b, got, err := p.EnforcementActions(pt.asOf())
				c.basis("enforcement actions", pt, b, err)
				c.same("enforcement actions", pt, got, o.enforcementActions(pt.Basis))
			}
			tvCheckOne(c, o, o.pick(rng, domain.KindEnforcement, pt.focus), pt, "enforcement action", p.EnforcementAction, o.enforcementView)
		}
	})

	t.Run("dialogues", func(t *testing.T) {
		c := &tvCheck{t: t}
		var origins []domain.MeetingRef
		for _, e := range o.events {
			if d, ok := e.ev.(domain.DialogueEstablished); ok && d.EstablishedAt != nil {
				origins = append(origins, *d.EstablishedAt)
			}
		}
		t.Logf("%d dialogues set up at a meeting", len(origins))
		for i, pt := range points {
			if i%fullEvery == 0 {
				b, got, err := p.Dialogues(pt.asOf(), nil)
				c.basis("dialogues", pt, b, err)
				c.same("dialogues", pt, got, o.dialogues(pt.Basis, nil))
			}
			if len(origins) > 0 {
				origin := origins[rng.IntN(len(origins))]
				b, got, err := p.Dialogues(pt.asOf(), &origin)
				c.basis("dialogues", pt, b, err)
				c.same(fmt.Sprintf("dialogues set up at %+v", origin), pt, got, o.dialogues(pt.Basis, &origin))
			}
			tvCheckOne(c, o, o.pick(rng, domain.KindDialogue, pt.focus), pt, "dialogue", p.Dialogue, o.dialogueView)
		}
	})

	// Records that links name, for roots and link filters.
	var linked []domain.Ref
	{
		seen := map[domain.Ref]bool{}
		for _, e := range o.events {
			if l, ok := e.ev.(domain.MeasuresLinked); ok {
				for _, ref := range []domain.Ref{l.From, l.To} {
					if !seen[ref] {
						seen[ref] = true
						linked = append(linked, ref)
					}
				}
			}
		}
	}
	// focusRef is a record worth asking about at pt: the focus (or, for a
	// link, one of its ends) or a random linked record.
	focusRef := func(pt tvPoint) domain.Ref {
		if pt.focus != nil && rng.IntN(3) != 0 {
			if l, ok := o.state(pt.focus, o.head).(*domain.Link); ok && l.Exists() && rng.IntN(2) == 0 {
				return l.Linked.From
			}
			return pt.focus.ref
		}
		if len(linked) == 0 {
			return o.events[rng.IntN(len(o.events))].rec.ref
		}
		return linked[rng.IntN(len(linked))]
	}

	t.Run("links", func(t *testing.T) {
		c := &tvCheck{t: t}
		for i, pt := range points {
			standing := o.standing(pt.Position)
			if i%fullEvery == 0 {
				c.same("links", pt, p.Links(pt.Basis, domain.Ref{}, domain.Ref{}), o.links(standing, domain.Ref{}, domain.Ref{}))
			}
			ref := focusRef(pt)
			c.same("links from "+ref.String(), pt, p.Links(pt.Basis, ref, domain.Ref{}), o.links(standing, ref, domain.Ref{}))
			c.same("links to "+ref.String(), pt, p.Links(pt.Basis, domain.Ref{}, ref), o.links(standing, domain.Ref{}, ref))
			if ls := o.links(standing, ref, domain.Ref{}); len(ls) > 0 {
				to := ls[rng.IntN(len(ls))].To
				c.same("links from "+ref.String()+" to "+to.String(), pt, p.Links(pt.Basis, ref, to), o.links(standing, ref, to))
			}
		}
	})

	t.Run("retaliation graph", func(t *testing.T) {
		c := &tvCheck{t: t}
		for _, pt := range points {
			root, depth := focusRef(pt), rng.IntN(4)
			b, g, err := p.RetaliationGraph(root, depth, pt.asOf())
			c.basis("graph", pt, b, err)
			c.same(fmt.Sprintf("graph of %s to depth %d", root, depth), pt, g, o.graph(root, depth, pt.Basis))
		}
	})

	t.Run("escalation chain", func(t *testing.T) {
		c := &tvCheck{t: t}
		// The pairs of jurisdictions that measures set against each other.
		var pairs [][2]string
		{
			seen := map[[2]string]bool{}
			for _, e := range o.events {
				if m, ok := e.ev.(domain.MeasureAnnounced); ok {
					for _, a := range m.Affected {
						k := [2]string{min(m.Implementing, a.Jurisdiction), max(m.Implementing, a.Jurisdiction)}
						if k[0] != k[1] && !seen[k] {
							seen[k] = true
							pairs = append(pairs, k)
						}
					}
				}
			}
		}
		for i, pt := range points {
			if i%2 != 0 || len(pairs) == 0 {
				continue
			}
			pair := pairs[rng.IntN(len(pairs))]
			var from, to domain.Date
			if rng.IntN(3) != 0 {
				from = o.dates[rng.IntN(len(o.dates))]
			}
			if rng.IntN(3) != 0 {
				to = o.dates[rng.IntN(len(o.dates))]
				if !from.IsZero() && to.Before(from) {
					from, to = to, from
				}
			}
			b, got, err := p.EscalationChain(pair[0], pair[1], from, to, pt.asOf())
			c.basis("escalation", pt, b, err)
			c.same(fmt.Sprintf("escalation between %s and %s from %s to %s", pair[0], pair[1], from, to), pt, got, o.escalation(pair[0], pair[1], from, to, pt.Basis))
		}
	})

	t.Run("timeline", func(t *testing.T) {
		c := &tvCheck{t: t}
		for _, pt := range points {
			var s Subject
			switch n := rng.IntN(4); {
			case n == 0 && len(parties) > 0:
				s.PartyID = parties[rng.IntN(len(parties))]
			case n == 1 && len(jurisdictions) > 0:
				s.Jurisdiction = jurisdictions[rng.IntN(len(jurisdictions))]
			default:
				s.Ref = focusRef(pt)
			}
			order := TimelineOrder(rng.IntN(2))
			want := o.timeline(s, pt.Basis, order)
			req := tvPageRequest(rng, len(want))
			b, got, err := p.Timeline(s, pt.asOf(), order, req)
			c.basis("timeline", pt, b, err)
			c.same(fmt.Sprintf("timeline of %+v in order %d, page %+v", s, order, req), pt, got, tvPage(want, req))
		}
	})

	t.Run("audit trail", func(t *testing.T) {
		c := &tvCheck{t: t}
		for _, pt := range points {
			ref := focusRef(pt)
			b, got, err := p.AuditTrail(ref, pt.asOf())
			c.basis("audit trail", pt, b, err)
			want := o.auditTrail(ref, pt.Basis)
			if len(want) == 0 {
				want = nil
			}
			if len(got) == 0 {
				got = nil
			}
			c.same("audit trail of "+ref.String(), pt, got, want)

			// The stream's history: the events as stored.
			var history []Record
			if r := o.recs[ref]; r != nil {
				for _, e := range r.events[:r.known(pt.Position)] {
					history = append(history, Record{Position: e.pos(), EventID: e.raw.ID, Stream: e.raw.Stream, Version: e.raw.Version,
						Type: e.raw.Type, RecordedAt: e.raw.RecordedAt.UTC(), Actor: e.meta.Actor, Command: e.meta.Command, Data: e.raw.Data})
				}
			}
			gotHistory := p.History(ref.Stream(), pt.Basis)
			if len(gotHistory) == 0 {
				gotHistory = nil
			}
			c.same("history of "+ref.Stream(), pt, gotHistory, history)

			// Whether the views would find it.
			b, found, err := p.Exists(ref, pt.asOf())
			c.basis("exists", pt, b, err)
			agg := o.state(o.recs[ref], pt.Position)
			c.same("exists "+ref.String(), pt, found, agg != nil && agg.Exists())
		}
	})

	t.Run("sources", func(t *testing.T) {
		c := &tvCheck{t: t}
		for _, pt := range points {
			r := o.pick(rng, domain.KindSource, pt.focus)
			if r == nil {
				return
			}
			b, v, ok, err := p.Source(r.ref.ID, pt.asOf())
			c.basis("source", pt, b, err)
			var want SourceView
			agg := o.state(r, pt.Position)
			wantOK := agg != nil && agg.Exists()
			if wantOK {
				s := agg.(*domain.SourceDocument)
				want = SourceView{SourceDocumentRegistered: *s.Registered, Knowledge: s.Knowledge, KnownSince: r.knownSince(pt.Position), Version: s.Version}
			}
			c.same("source "+r.ref.ID+": found", pt, ok, wantOK)
			c.same("source "+r.ref.ID, pt, v, want)
		}
	})

	t.Run("diff", func(t *testing.T) {
		c := &tvCheck{t: t}
		for i, pt := range points {
			if i%(2*fullEvery) != 0 {
				continue
			}
			other := points[rng.IntN(len(points))]
			a, b := pt, other
			switch rng.IntN(4) {
			case 0: // along valid time only
				b.Position = a.Position
			case 1: // along recorded time only
				b.ValidAt = a.ValidAt
			case 2: // the other way round
				a, b = b, a
			}
			b.why = ""
			ba, bb, got, err := p.Diff(a.asOf(), b.asOf())
			c.basis("diff: first basis", a, ba, err)
			c.basis("diff: second basis", b, bb, err)
			want := o.diff(a.Basis, b.Basis)
			if !c.same(fmt.Sprintf("diff to %s", b), a, got, want) {
				t.Log(tvChanges(got, want))
			}
		}
	})
}

// tvChanges lists the records two diffs disagree about.
func tvChanges(got, want []Change) string {
	g, w := map[domain.Ref]Change{}, map[domain.Ref]Change{}
	var refs []domain.Ref
	for _, c := range got {
		g[c.Record.Ref] = c
		refs = append(refs, c.Record.Ref)
	}
	for _, c := range want {
		w[c.Record.Ref] = c
		refs = append(refs, c.Record.Ref)
	}
	slices.SortFunc(refs, func(x, y domain.Ref) int { return cmp.Or(strings.Compare(x.Kind, y.Kind), strings.Compare(x.ID, y.ID)) })
	var out []string
	for _, ref := range slices.Compact(refs) {
		x, y := g[ref], w[ref]
		if !reflect.DeepEqual(x, y) {
			out = append(out, fmt.Sprintf("%s: got %v %q→%q, want %v %q→%q", ref, x.What, x.StatusBefore, x.StatusAfter, y.What, y.StatusBefore, y.StatusAfter))
		}
	}
	return strings.Join(out, "\n")
}

// allPoints returns every position of the ledger at each of the dates and
// the days just before and after them, with the record of the event at the
// position as focus.
func (o *tvOracle) allPoints(dates []domain.Date) []tvPoint {
	var out []tvPoint
	for _, e := range o.events {
		for _, d := range dates {
			for _, shift := range []int{-1, 0, 1} {
				out = append(out, tvPoint{Basis: Basis{Position: e.pos(), ValidAt: domain.DateOf(d.Time().AddDate(0, 0, shift))}, focus: e.rec})
			}
		}
	}
	return out
}

// TestViewsMatchTheDomainOnTheDemo compares the views of the demo ledger
// with the domain's fold at every position and every date it names.
func TestViewsMatchTheDomainOnTheDemo(t *testing.T) {
	l := demoLedger(t)
	o := newTVOracle(t, l.store)
	var dates []domain.Date
	for i, d := range o.dates {
		if i%3 == 0 {
			dates = append(dates, d)
		}
	}
	tvCompareViews(t, l.live, o, o.allPoints(dates), 1, rand.New(rand.NewPCG(7, 43)))
}

var tvSources = []domain.Source{{Title: "Notice", Publisher: "Gazette", Official: true}}

// tvEdges writes, through the ledger service, a ledger of the cases the
// generated one seldom holds: reviews concluded before their opening was
// recorded, or the same day as another review or the completion; a review
// concluded after the completion; a termination, a final finding, a
// meeting and a delisting retracted; a link withdrawn, then the withdrawal
// retracted; a link to a later measure; dates corrected so that records
// change order; an amendment that brings a jurisdiction into a chain.
func tvEdges(t *testing.T) *liveLedger {
	return newLive(t, func(ctx context.Context, store eventstore.Store) error {
		svc := ledger.New(store, ledger.Options{Now: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }})
		do := func(name string, cmd any) string {
			t.Helper()
			input, err := json.Marshal(cmd)
			if err != nil {
				t.Fatal(err)
			}
			res, err := importer.Execute(ctx, svc, ledger.Request{Actor: "edges"}, name, input)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			evs, err := store.ReadAll(ctx, res.Position-1, 1)
			if err != nil {
				t.Fatal(err)
			}
			return evs[0].ID.String()
		}
		day := func(s string) domain.Date {
			d, err := domain.ParseDate(s)
			if err != nil {
				t.Fatal(err)
			}
			return d
		}
		party := func(id, j string) domain.Party { return domain.Party{ID: id, Name: id + " Ltd", Jurisdiction: j} }
		authority := func(id, j string) domain.Authority { return domain.Authority{ID: id, Name: id, Jurisdiction: j} }
		ref := func(kind, id string) domain.Ref { return domain.Ref{Kind: kind, ID: id} }
		correct := func(id string, rec domain.Ref, eventID, field, old, new string) {
			do("CorrectRecord", domain.CorrectRecord{CorrectionID: id, Record: rec, EventID: eventID, Field: field,
				OldValue: json.RawMessage(old), NewValue: json.RawMessage(new), Reason: "misread", Sources: tvSources})
		}
		retract := func(id string, rec domain.Ref, eventID string) {
			do("RetractRecord", domain.RetractRecord{RetractionID: id, Record: rec, EventID: eventID, Reason: "entered in error", Sources: tvSources})
		}

		// Measures and links.
		measure := func(id, by, against, on string) string {
			return do("AnnounceMeasure", domain.AnnounceMeasure{MeasureID: id, Title: "Measure " + id, MeasureType: "export_control",
				Authority: authority(by+"-EXP", by), Implementing: by,
				Affected:   []domain.AffectedJurisdiction{{Jurisdiction: against, How: "targeted"}},
				Items:      []domain.Item{{Description: "Chips"}},
				Provisions: []domain.Provision{{ID: "p1", Title: "Licence", EffectiveOn: day(on)}},
				Instrument: domain.Instrument{Title: "Rule " + id}, AnnouncedOn: day(on), Sources: tvSources})
		}
		link := func(id string, from, to, relation string) string {
			return do("LinkRecords", domain.LinkRecords{LinkID: id, From: ref(domain.KindMeasure, from), To: ref(domain.KindMeasure, to),
				Relation: relation, AssertedBy: "analyst", Evidence: "timing", Sources: tvSources})
		}
		measure("M1", "US", "CN", "2023-01-01")
		measure("M2", "CN", "US", "2023-02-01")
		m3 := measure("M3", "US", "CN", "2023-03-01")
		measure("M4", "JP", "KR", "2023-02-15")
		l1 := link("L1", "M2", "M1", "retaliates_against")
		link("L2", "M1", "M3", "coordinated_with") // to a later step
		link("L3", "M3", "M2", "responds_to")
		l4 := link("L4", "M4", "M2", "responds_to")
		withdrawal := do("RetractLink", domain.RetractLink{LinkID: "L3", Reason: "withdrawn", Sources: tvSources})
		retract("R1", ref(domain.KindLink, "L3"), withdrawal) // L3 stands again
		correct("C1", ref(domain.KindLink, "L1"), l1, "evidence", `"timing"`, `"the notice cites it"`)
		retract("R2", ref(domain.KindLink, "L2"), "")
		correct("C6", ref(domain.KindLink, "L4"), l4, "to.id", `"M2"`, `"M1"`)                       // now to another record
		correct("C9", ref(domain.KindMeasure, "M3"), m3, "implementingJurisdiction", `"US"`, `"GB"`) // leaves the US-CN chain
		do("AmendMeasure", domain.AmendMeasure{MeasureID: "M4", AmendmentID: "a1", EffectiveOn: day("2023-04-01"), Summary: "now against the US too",
			Affected:   []domain.AffectedJurisdiction{{Jurisdiction: "KR", How: "targeted"}, {Jurisdiction: "US", How: "targeted"}},
			Instrument: domain.Instrument{Title: "Amendment"}, Sources: tvSources})

		// Transactions and reviews.
		announce := func(id, on string) string {
			return do("AnnounceTransaction", domain.AnnounceTransaction{TransactionID: id, Title: "Deal " + id,
				Acquirers: []domain.Party{party("ACQ-"+id, "CN")}, Target: party("TGT-"+id, "US"),
				AnnouncedOn: day(on), OutsideDate: day("2023-12-31"), Sources: tvSources})
		}
		open := func(tx, review, by, on string) string {
			return do("OpenReview", domain.OpenReview{TransactionID: tx, ReviewID: review, Authority: authority(by, by[:2]),
				Regime: "screening", Trigger: "notification", OpenedOn: day(on), Sources: tvSources})
		}
		conclude := func(tx, review, by, outcome, on string) string {
			return do("ConcludeReview", domain.ConcludeReview{TransactionID: tx, ReviewID: review, Authority: authority(by, by[:2]),
				Regime: "screening", Outcome: outcome, ConcludedOn: day(on), Summary: "decided", Sources: tvSources})
		}
		announce("T1", "2023-01-01")
		conclude("T1", "r1", "US-CFIUS", domain.OutcomeCleared, "2023-03-01") // no opening recorded yet
		opened := open("T1", "r2", "CN-SAMR", "2023-02-01")
		conclude("T1", "r2", "CN-SAMR", domain.OutcomeProhibited, "2023-03-01") // the same day as r1
		open("T1", "r1", "US-CFIUS", "2023-01-15")                              // recorded after its conclusion
		retract("R3", ref(domain.KindTransaction, "T1"), opened)

		t2 := announce("T2", "2023-01-01")
		open("T2", "r1", "US-CFIUS", "2023-01-10")
		conclude("T2", "r1", "US-CFIUS", domain.OutcomeCleared, "2023-04-01")
		completed := do("CompleteTransaction", domain.CompleteTransaction{TransactionID: "T2", CompletedOn: day("2023-04-01"), Sources: tvSources})
		conclude("T2", "r3", "GB-CMA", domain.OutcomeDivestmentOrdered, "2023-06-01") // after the completion
		correct("C2", ref(domain.KindTransaction, "T2"), completed, "completedOn", `"2023-04-01"`, `"2023-07-15"`)
		correct("C7", ref(domain.KindTransaction, "T2"), t2, "target.id", `"TGT-T2"`, `"TGT-T1"`) // now the same target as T1

		t3 := announce("T3", "2023-02-01")
		terminated := do("TerminateTransaction", domain.TerminateTransaction{TransactionID: "T3", TerminatedOn: day("2023-03-01"), Reason: "approval not obtained", Sources: tvSources})
		retract("R4", ref(domain.KindTransaction, "T3"), terminated)
		correct("C3", ref(domain.KindTransaction, "T3"), t3, "announcedOn", `"2023-02-01"`, `"2022-12-01"`) // now before T1 and T2

		// Enforcement.
		do("OpenEnforcementAction", domain.OpenEnforcementAction{ActionID: "E1", Authority: authority("CN-CAC", "CN"), Targets: []domain.Party{party("MICRON", "US")},
			Kind: "cybersecurity_review", OpenedOn: day("2023-01-01"), Summary: "review", Sources: tvSources})
		final := do("IssueFinding", domain.IssueFinding{ActionID: "E1", FindingID: "f1", IssuedOn: day("2023-02-01"), Outcome: "risk_found", Final: true, Summary: "risk", Sources: tvSources})
		retract("R5", ref(domain.KindEnforcement, "E1"), final)
		do("IssueFinding", domain.IssueFinding{ActionID: "E1", FindingID: "f2", IssuedOn: day("2023-03-01"), Outcome: "no_violation", Summary: "none", Sources: tvSources})

		// Dialogues and meetings.
		parties := []domain.Party{party("US-GOV", "US"), party("CN-GOV", "CN")}
		do("EstablishDialogue", domain.EstablishDialogue{DialogueID: "G1", Name: "Talks", Parties: parties, Level: "ministerial", EstablishedOn: day("2023-01-01"), Sources: tvSources})
		meeting := func(id, on string) string {
			return do("RecordMeeting", domain.RecordMeeting{DialogueID: "G1", MeetingID: id, Title: "Round " + id, HeldOn: day(on), Place: "Geneva",
				Participants: []domain.Participant{{Name: "A"}}, Outcomes: []string{"talks"}, Sources: tvSources})
		}
		m1 := meeting("m1", "2023-02-01")
		g2 := do("EstablishDialogue", domain.EstablishDialogue{DialogueID: "G2", Name: "Working group", Parties: parties, Level: "working",
			EstablishedOn: day("2023-02-01"), EstablishedAt: &domain.MeetingRef{DialogueID: "G1", MeetingID: "m1"}, Sources: tvSources})
		m2 := meeting("m2", "2023-03-01")
		retract("R6", ref(domain.KindDialogue, "G1"), m1)
		correct("C4", ref(domain.KindDialogue, "G1"), m2, "heldOn", `"2023-03-01"`, `"2023-01-20"`)
		correct("C10", ref(domain.KindDialogue, "G2"), g2, "establishedAt.meetingId", `"m1"`, `"m2"`)
		correct("C11", ref(domain.KindDialogue, "G2"), g2, "establishedOn", `"2023-02-01"`, `"2022-12-01"`) // now before G1

		// Designations.
		designate := func(id, on string) string {
			return do("DesignateParty", domain.DesignateParty{DesignationID: id, Party: party("P-"+id, "CN"), List: "Entity List",
				ListAuthority: authority("US-BIS", "US"), ReviewPolicy: "case by case", EffectiveOn: day(on),
				Instrument: domain.Instrument{Title: "Rule"}, Sources: tvSources})
		}
		d1 := designate("D1", "2023-05-01")
		d2 := designate("D2", "2023-03-01")
		correct("C8", ref(domain.KindDesignation, "D2"), d2, "party.jurisdiction", `"CN"`, `"HK"`)
		correct("C12", ref(domain.KindDesignation, "D2"), d2, "party.id", `"P-D2"`, `"P-D1"`)
		correct("C13", ref(domain.KindDesignation, "D2"), d2, "list", `"Entity List"`, `"Military End User List"`)
		correct("C5", ref(domain.KindDesignation, "D1"), d1, "effectiveOn", `"2023-05-01"`, `"2023-02-01"`) // now before D2
		do("AmendDesignation", domain.AmendDesignation{DesignationID: "D2", AmendmentID: "a1", EffectiveOn: day("2023-04-01"), ReviewPolicy: "presumption of denial",
			Instrument: domain.Instrument{Title: "Rule"}, Summary: "tightened", Sources: tvSources})
		delisted := do("DelistParty", domain.DelistParty{DesignationID: "D2", EffectiveOn: day("2023-06-01"), Instrument: domain.Instrument{Title: "Rule"}, Sources: tvSources})
		retract("R7", ref(domain.KindDesignation, "D2"), delisted)
		retract("R8", ref(domain.KindDesignation, "D1"), "")
		return nil
	})
}

// TestViewsMatchTheDomainOnEdgeCases compares the views of tvEdges with the
// domain's fold at every position, around every date it names.
func TestViewsMatchTheDomainOnEdgeCases(t *testing.T) {
	l := tvEdges(t)
	o := newTVOracle(t, l.store)
	tvCompareViews(t, l.live, o, o.allPoints(o.dates), 1, rand.New(rand.NewPCG(7, 44)))
}
