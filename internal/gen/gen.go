package gen

import (
	"bufio"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/google/uuid"
)

// Options configures Generate. Only Events is required.
type Options struct {
	// Events is the number of events to write.
	Events int
	// Seed selects the ledger; the same seed gives the same ledger.
	Seed uint64
	// From and To bound the simulated calendar: valid-time dates fall
	// around it, and decisions are taken as of its days. Defaults
	// 2015-01-01 and 2025-12-31.
	From, To domain.Date
	// Actor is recorded on every event; "generator" by default.
	Actor string
	// Workers is the number of concurrent Appends within a block; 256 by
	// default, so that the store commits many in one transaction.
	Workers int
	// BlockSize is the number of events per block; 5,000 by default.
	BlockSize int
	// Window is how many recent records of each kind commands pick from;
	// older records are forgotten, which bounds the generator's memory.
	// 4,000 by default.
	Window int
	// Progress, if set, is called after each block with the number of
	// events written so far.
	Progress func(written int)
}

func (o Options) withDefaults() (Options, error) {
	if o.Events < 1 {
		return o, fmt.Errorf("generate: events must be at least 1, not %d", o.Events)
	}
	if o.From.IsZero() {
		o.From = domain.NewDate(2015, 1, 1)
	}
	if o.To.IsZero() {
		o.To = domain.NewDate(2025, 12, 31)
	}
	if !o.From.Before(o.To) {
		return o, fmt.Errorf("generate: from (%s) must be before to (%s)", o.From, o.To)
	}
	if o.Actor == "" {
		o.Actor = "generator"
	}
	if o.Workers < 1 {
		o.Workers = 256
	}
	if o.BlockSize < 1 {
		o.BlockSize = 5000
	}
	if o.Window < 1 {
		o.Window = 4000
	}
	return o, nil
}

// Stats describes a generated ledger.
type Stats struct {
	// Events is the number of events written.
	Events int
	// Types counts the events by type.
	Types map[string]int
	// Records counts the records created, by kind.
	Records map[string]int
	// Rejected counts, by rule, the commands the domain refused; the
	// generator tried another command instead.
	Rejected map[string]int
}

// ErrNotEmpty reports a store that already holds events: Generate writes
// only to an empty ledger, so that its streams and references are its own.
var ErrNotEmpty = errors.New("the ledger is not empty")

// Generate writes a ledger of opts.Events events to store, which must be
// empty. It stops at the first failed Append (the blocks before it stay
// written) or when ctx ends.
func Generate(ctx context.Context, store eventstore.Store, opts Options) (Stats, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return Stats{}, err
	}
	head, err := store.Head(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("generate: %w", err)
	}
	if head != 0 {
		return Stats{}, fmt.Errorf("generate: %w (head at %d)", ErrNotEmpty, head)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	g := newGenerator(opts)
	blocks := make(chan *block, 2)
	written := make(chan error, 1)
	go func() {
		err := writeBlocks(ctx, store, blocks, opts)
		if err != nil {
			cancel()
		}
		written <- err
	}()
	send := func(b *block) bool {
		select {
		case blocks <- b:
			return true
		case <-ctx.Done():
			return false
		}
	}
	for g.emitted < opts.Events && ctx.Err() == nil {
		g.step()
		if g.cur.events >= opts.BlockSize || g.emitted == opts.Events {
			if !send(g.cur) {
				break
			}
			g.cur = newBlock()
			g.block++
		}
	}
	close(blocks)
	werr := <-written
	switch {
	case werr != nil:
		return g.stats, werr
	case ctx.Err() != nil:
		return g.stats, fmt.Errorf("generate: %w", ctx.Err())
	}
	g.stats.Events = g.emitted
	return g.stats, nil
}

// WriteCommands writes the commands of the ledger Generate would write, as
// an import file (one JSON command a line, with an idempotency key and the
// IDs of its events, so that corrections and retractions name them), to w.
// Importing it records the events Generate writes, with the same IDs.
func WriteCommands(ctx context.Context, w io.Writer, opts Options) (Stats, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return Stats{}, err
	}
	g := newGenerator(opts)
	bw := bufio.NewWriterSize(w, 1<<20)
	g.out = json.NewEncoder(bw)
	g.out.SetEscapeHTML(false)
	for g.emitted < opts.Events {
		g.step()
		if g.outErr != nil {
			return g.stats, fmt.Errorf("generate: %w", g.outErr)
		}
		if g.cur.events >= opts.BlockSize || g.emitted == opts.Events {
			g.cur = newBlock()
			g.block++
			if err := ctx.Err(); err != nil {
				return g.stats, fmt.Errorf("generate: %w", err)
			}
			if opts.Progress != nil {
				opts.Progress(g.emitted)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return g.stats, fmt.Errorf("generate: %w", err)
	}
	g.stats.Events = g.emitted
	return g.stats, nil
}

// block is the events of consecutive commands, grouped by stream in the
// order streams were first touched.
type block struct {
	groups []*group
	index  map[string]int
	events int
}

type group struct {
	stream   string
	expected int64
	events   []eventstore.EventData
}

func newBlock() *block { return &block{index: map[string]int{}} }

// add appends ev to the stream's group; expected is the stream's version
// before ev, used when ev starts the group.
func (b *block) add(stream string, expected int64, ev eventstore.EventData) {
	i, ok := b.index[stream]
	if !ok {
		i = len(b.groups)
		b.index[stream] = i
		b.groups = append(b.groups, &group{stream: stream, expected: expected})
	}
	b.groups[i].events = append(b.groups[i].events, ev)
	b.events++
}

// writeBlocks appends the blocks in order; within a block the streams'
// Appends run concurrently, so that the store commits many in one
// transaction.
func writeBlocks(ctx context.Context, store eventstore.Store, blocks <-chan *block, opts Options) error {
	written := 0
	for b := range blocks {
		jobs := make(chan *group)
		var (
			wg    sync.WaitGroup
			once  sync.Once
			first error
		)
		for range min(opts.Workers, len(b.groups)) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for gr := range jobs {
					if _, err := store.Append(ctx, gr.stream, gr.expected, gr.events...); err != nil {
						once.Do(func() { first = fmt.Errorf("generate: %w", err) })
					}
				}
			}()
		}
	feed:
		for _, gr := range b.groups {
			select {
			case jobs <- gr:
			case <-ctx.Done():
				break feed
			}
		}
		close(jobs)
		wg.Wait()
		if first != nil {
			return first
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("generate: %w", err)
		}
		written += b.events
		if opts.Progress != nil {
			opts.Progress(written)
		}
	}
	return nil
}

// record is what the generator remembers of one record.
type record struct {
	ref domain.Ref
	agg domain.Record
	// version is the stream's version after the events generated so far.
	version int64
	// block is the block the record was created in: other records refer
	// only to records of earlier blocks.
	block int
	// events are the stream's events as stored; current holds their
	// payloads with the corrections applied so far.
	events  []domain.Recorded
	current [][]byte
	// jur is the implementing (or acting) jurisdiction, targets the
	// jurisdictions the record bears on.
	jur     string
	targets []string
	// n numbers the record's sub-IDs (amendments, suspensions ...).
	n int
	// stale is set when a knowledge event changed how the events read: the
	// aggregate must be replayed.
	stale bool
}

// aggregate returns the record's aggregate, replaying its stream after a
// correction or retraction.
func (r *record) aggregate() domain.Record {
	if r.stale {
		agg := domain.NewRecord(r.ref.Kind)
		if err := domain.Replay(agg, r.events); err != nil {
			panic(fmt.Sprintf("generate: replay %s: %v", r.ref, err)) // the domain decided the correction replays
		}
		r.agg, r.stale = agg, false
	}
	return r.agg
}

func (r *record) live() bool { a := r.aggregate(); return a.Exists() && !a.Known().Retracted() }

// window keeps the most recent records of a kind.
type window struct {
	recs []*record
	next int
	max  int
}

func (w *window) add(r *record) {
	if len(w.recs) < w.max {
		w.recs = append(w.recs, r)
		return
	}
	w.recs[w.next] = r
	w.next = (w.next + 1) % w.max
}

type generator struct {
	opts Options
	rng  *rand.Rand
	// rare draws the choices of the rare cases (a provision dated back to
	// around its announcement, a correction of those dates), apart from
	// rng: a ledger differs from the one generated before they existed
	// only from the first rare case on.
	rare    *rand.Rand
	stats   Stats
	emitted int
	block   int
	cur     *block
	now     time.Time
	today   domain.Date
	span    int // days from opts.From to opts.To
	meta    map[string][]byte
	idBase  uint64
	jurCum  []int
	zipfs   map[string]*rand.Zipf
	win     map[string]*window
	// suspended lists measures that got a suspension, for EndSuspension.
	suspended []*record
	// undated lists measures with provisions announced without a date.
	undated []*record
	// redated lists measures whose provision a notice dated back to
	// around the announcement: corrections of those dates pick them.
	redated []*record
	// byPair holds recent measures by (implementing, affected)
	// jurisdiction, to find what a new measure answers.
	byPair map[[2]string][]*record
	// retaliations are links to record once both ends are written.
	retaliations []pendingLink
	counter      map[string]int
	actions      []action
	actionCum    []int

	// out, when set, receives each command as a line of an import file,
	// with the IDs of its events.
	out    *json.Encoder
	outErr error
	// commands counts the commands emitted.
	commands int
}

// commandLine is a line of an import file (see ledger.Command).
type commandLine struct {
	Command        string      `json:"command"`
	IdempotencyKey string      `json:"idempotencyKey"`
	EventIDs       []uuid.UUID `json:"eventIds"`
	Input          any         `json:"input"`
}

type pendingLink struct {
	from, to *record
	relation string
}

type action struct {
	name   string
	weight int
	run    func(*generator) bool
}

func newGenerator(opts Options) *generator {
	g := &generator{
		opts:    opts,
		rng:     rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15)),
		rare:    rand.New(rand.NewPCG(opts.Seed^0x5851f42d4c957f2d, opts.Seed)),
		stats:   Stats{Types: map[string]int{}, Records: map[string]int{}, Rejected: map[string]int{}},
		cur:     newBlock(),
		span:    int(opts.To.Time().Sub(opts.From.Time()).Hours() / 24),
		meta:    map[string][]byte{},
		idBase:  uint64(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli()),
		zipfs:   map[string]*rand.Zipf{},
		win:     map[string]*window{},
		byPair:  map[[2]string][]*record{},
		counter: map[string]int{},
		actions: actions,
	}
	for _, k := range domain.RecordKinds {
		g.win[k] = &window{max: opts.Window}
	}
	total := 0
	for _, j := range jurisdictions {
		total += j.weight
		g.jurCum = append(g.jurCum, total)
	}
	total = 0
	for _, a := range g.actions {
		total += a.weight
		g.actionCum = append(g.actionCum, total)
	}
	return g
}

// step runs one command, or none if the one picked was not possible.
func (g *generator) step() {
	day := int(int64(g.emitted) * int64(g.span) / int64(g.opts.Events))
	g.now = g.opts.From.Time().AddDate(0, 0, day).Add(18 * time.Hour)
	g.today = domain.DateOf(g.now)
	if len(g.retaliations) > 0 && g.rng.IntN(3) == 0 && g.linkRetaliation() {
		return
	}
	n := g.rng.IntN(g.actionCum[len(g.actionCum)-1])
	for i, c := range g.actionCum {
		if n < c {
			g.actions[i].run(g)
			return
		}
	}
}

// emit records the outcome of a decision on r: the events, or the rule
// errors of a refused command. It reports whether events were emitted.
func (g *generator) emit(r *record, command string, cmd any, evs []domain.Event, err error) bool {
	if err != nil {
		for _, re := range domain.RuleErrors(err) {
			g.stats.Rejected[re.Rule]++
		}
		if len(domain.RuleErrors(err)) == 0 {
			g.stats.Rejected["error: "+err.Error()]++
		}
		return false
	}
	meta, ok := g.meta[command]
	if !ok {
		meta, _ = json.Marshal(domain.Metadata{Actor: g.opts.Actor, Command: command})
		g.meta[command] = meta
	}
	created := !r.aggregate().Exists()
	knowledge := false
	// The IDs are drawn before the events are counted: newID reads the
	// count, as it did when each ID was drawn with its event.
	ids := make([]uuid.UUID, len(evs))
	for i := range ids {
		ids[i] = g.newID()
		g.emitted++
	}
	g.emitted -= len(ids)
	if g.out != nil && g.outErr == nil {
		key := fmt.Sprintf("gen:%d:%d", g.opts.Seed, g.commands)
		g.outErr = g.out.Encode(commandLine{Command: command, IdempotencyKey: key, EventIDs: ids, Input: cmd})
	}
	g.commands++
	for i, ev := range evs {
		data, err := domain.Encode(ev)
		if err != nil {
			panic(fmt.Sprintf("generate: %v", err)) // every domain event encodes
		}
		id := ids[i]
		g.cur.add(r.ref.Stream(), r.version, eventstore.EventData{ID: id, Type: ev.EventType(), Data: data, Metadata: meta})
		r.version++
		r.events = append(r.events, domain.Recorded{ID: id.String(), Type: ev.EventType(), Data: data})
		r.current = append(r.current, data)
		g.stats.Types[ev.EventType()]++
		g.emitted++
		switch k := ev.(type) {
		case domain.RecordCorrected:
			knowledge = true
			for i, rec := range r.events {
				if rec.ID == k.EventID {
					if patched, err := domain.PatchField(r.current[i], k.Field, nil, k.NewValue); err == nil {
						r.current[i] = patched
					}
				}
			}
		case domain.RecordRetracted:
			knowledge = true
		default:
			// SourceConflictNoted changes how nothing reads: Apply suffices.
			r.aggregate().Apply(ev)
		}
	}
	if knowledge {
		r.stale = true // replayed when next needed: most corrected records get no other command
	}
	if created {
		r.block = g.block
		g.stats.Records[r.ref.Kind]++
		g.win[r.ref.Kind].add(r)
	}
	return true
}

// newID returns a UUIDv7 made of a synthetic clock and the seeded source:
// ordered like the events, and the same for the same seed.
func (g *generator) newID() uuid.UUID {
	var u uuid.UUID
	ms := g.idBase + uint64(g.emitted)
	binary.BigEndian.PutUint64(u[0:8], ms<<16|uint64(g.rng.Uint32()&0xffff))
	binary.BigEndian.PutUint64(u[8:16], g.rng.Uint64())
	u[6] = 0x70 | u[6]&0x0f
	u[8] = 0x80 | u[8]&0x3f
	return u
}

func (g *generator) next(name string) int {
	g.counter[name]++
	return g.counter[name]
}

// pick returns a random live record of kind from the window, or nil. With
// earlier set, only records written in earlier blocks qualify (they can be
// referred to by other streams).
func (g *generator) pick(kind string, earlier bool) *record {
	w := g.win[kind]
	for range 4 {
		if len(w.recs) == 0 {
			return nil
		}
		r := w.recs[g.rng.IntN(len(w.recs))]
		if r.live() && (!earlier || r.block < g.block) {
			return r
		}
	}
	return nil
}

func (g *generator) jur() jurisdiction {
	n := g.rng.IntN(g.jurCum[len(g.jurCum)-1])
	for i, c := range g.jurCum {
		if n < c {
			return jurisdictions[i]
		}
	}
	return jurisdictions[0]
}

func jurByCode(code string) jurisdiction {
	for _, j := range jurisdictions {
		if j.code == code {
			return j
		}
	}
	return jurisdiction{code: code, name: code, weight: 1}
}

// rival returns a jurisdiction j's measures may target.
func (g *generator) rival(j jurisdiction) jurisdiction {
	if rs := rivals[j.code]; len(rs) > 0 && g.rng.IntN(4) != 0 {
		return jurByCode(rs[g.rng.IntN(len(rs))])
	}
	for {
		if o := g.jur(); o.code != j.code {
			return o
		}
	}
}

// party returns a party of j, some parties much more often than others.
func (g *generator) party(j jurisdiction) domain.Party {
	z, ok := g.zipfs[j.code]
	if !ok {
		size := max(50, g.opts.Events/4000*j.weight)
		z = rand.NewZipf(g.rng, 1.2, 4, uint64(size-1))
		g.zipfs[j.code] = z
	}
	return party(j, int(z.Uint64()))
}

func (g *generator) days(d domain.Date, n int) domain.Date {
	return domain.DateOf(d.Time().AddDate(0, 0, n))
}

// ago returns a date up to max days before today, not before the calendar.
func (g *generator) ago(max int) domain.Date {
	d := g.days(g.today, -g.rng.IntN(max+1))
	if d.Before(g.opts.From) {
		return g.opts.From
	}
	return d
}

func (g *generator) sources(j jurisdiction) []domain.Source {
	pub, ok := publishers[j.code]
	if !ok {
		pub = [2]string{"Official Gazette of " + j.name, "https://gazette.example.org/" + j.code + "/"}
	}
	n := g.next("doc")
	out := []domain.Source{{
		Title: fmt.Sprintf("Notice %d-%d", g.today.Time().Year(), n), Publisher: pub[0],
		URL: fmt.Sprintf("%s%d", pub[1], n), Official: true, PublishedOn: g.ago(5),
		Citation: fmt.Sprintf("%d %s %d", g.today.Time().Year()-1935, "OG", n),
	}}
	if g.rng.IntN(3) == 0 {
		p := press[g.rng.IntN(len(press))]
		out = append(out, domain.Source{Title: "Report " + sentence(g.rng, 2), Publisher: p[0], URL: fmt.Sprintf("%s%d", p[1], n), PublishedOn: g.ago(3)})
	}
	if s := g.pick(domain.KindSource, true); s != nil && g.rng.IntN(3) == 0 {
		doc := s.aggregate().(*domain.SourceDocument).Registered
		out[0].SourceID, out[0].Title, out[0].Publisher = doc.SourceID, doc.Title, doc.Publisher
	}
	return out
}
