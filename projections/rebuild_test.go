package projections

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/importer"
	"github.com/controlsledger/ledger/internal/gen"
	"github.com/controlsledger/ledger/ledger"
)

// generatedEvents is the size of the generated ledger of the normal tests;
// the benchmarks use 1,000,000 (see BENCHMARKS.md).
const generatedEvents = 20_000

var quiet = slog.New(slog.NewTextHandler(ioDiscard{}, nil))

type ioDiscard struct{}

func (ioDiscard) Write(b []byte) (int, error) { return len(b), nil }

func openStore(tb testing.TB, path string) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// follow starts a runner feeding a new projection from store and returns
// the projection; the runner stops at the end of the test.
func follow(tb testing.TB, store eventstore.Store, opts RunnerOptions) (*Projection, *Runner) {
	tb.Helper()
	p := New(Options{Now: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }})
	if opts.Log == nil {
		opts.Log = quiet
	}
	r := NewRunner(store, p, opts)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Run(ctx) }()
	tb.Cleanup(func() {
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			tb.Errorf("runner: %v", err)
		}
	})
	return p, r
}

// caughtUp waits until p has applied the store's head.
func caughtUp(tb testing.TB, store eventstore.Store, p *Projection) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	head, err := store.Head(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	if err := p.WaitFor(ctx, head); err != nil {
		tb.Fatal(err)
	}
}

// liveLedger is a ledger written while a runner followed it: the
// incremental build, event by event from the subscription.
type liveLedger struct {
	dir   string
	store *sqlite.Store
	live  *Projection
}

// newLive writes a ledger with write while a runner follows.
func newLive(tb testing.TB, write func(ctx context.Context, store eventstore.Store) error) *liveLedger {
	tb.Helper()
	dir := tb.TempDir()
	store := openStore(tb, filepath.Join(dir, "ledger.db"))
	live, _ := follow(tb, store, RunnerOptions{})
	if err := write(context.Background(), store); err != nil {
		tb.Fatal(err)
	}
	caughtUp(tb, store, live)
	return &liveLedger{dir: dir, store: store, live: live}
}

func demoLedger(tb testing.TB) *liveLedger {
	return newLive(tb, func(ctx context.Context, store eventstore.Store) error {
		f, err := os.Open("../cmd/ledger/demo/us-china-2022-2023.ndjson")
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = importer.Import(ctx, ledger.New(store, ledger.Options{}), f, ledger.Request{Actor: "demo"}, nil)
		return err
	})
}

// state is the projection's content, for comparing two builds: every
// event, record, dictionary entry and index, leaving out the caches
// queries fill.
type state struct {
	Head          uint64
	Entries       []entryState
	Arena         int64
	Dict          []string
	Names         []string
	Records       []recordDump
	IDs           map[string]map[string]int32
	Streams       map[string]int32
	Upcast        map[uint64]storedPayload
	Measures      []any
	Designations  []any
	Orders        map[string][]orderEntry
	Links         []any
	Parties       map[string]postings
	Jurisdictions map[string]postings
}

type entryState struct {
	Event     domain.Event
	ID        string
	Recorded  int64
	Version   int64
	Knowledge bool
	Rec       int32
	Actor     string
	Command   string
}

type recordDump struct {
	N           int32
	Ref         domain.Ref
	Stream      string
	Events      []int32
	RetractedAt uint64
	Keys        []orderKey
}

// tableMap is t as a map of keys to record numbers, checking that t finds
// each by its key.
func tableMap(t *recordTable, recs []*recordState) map[string]int32 {
	m := map[string]int32{}
	for n := range t.all() {
		k := t.keyOf(recs[n])
		if got, ok := t.get(recs, k); !ok || got != n {
			panic(fmt.Sprintf("record table: %q finds %d, %v, not %d", k, got, ok, n))
		}
		m[k] = n
	}
	return m
}

func flat(l *orderList) []orderEntry {
	var out []orderEntry
	l.all(func(e orderEntry) bool { out = append(out, e); return true })
	return out
}

func stateOf(p *Projection) state {
	p.mu.RLock()
	defer p.mu.RUnlock()
	ids := map[string]map[string]int32{}
	for k, t := range p.ids {
		ids[k] = tableMap(t, p.recs)
	}
	s := state{Head: p.head, Arena: p.arena.size, Dict: p.dict.list, Names: p.names.list, IDs: ids, Streams: tableMap(p.streams, p.recs),
		Upcast: p.upcast, Orders: map[string][]orderEntry{}, Parties: p.parties, Jurisdictions: p.jurisdictions}
	for _, e := range p.entries {
		s.Entries = append(s.Entries, entryState{Event: p.event(int32(len(s.Entries))), ID: e.id.String(), Recorded: e.recorded, Version: e.version,
			Knowledge: e.base != 0, Rec: e.rec, Actor: p.names.list[e.actor], Command: p.names.list[e.command]})
	}
	for _, r := range p.recs {
		s.Records = append(s.Records, recordDump{N: r.n, Ref: r.ref, Stream: r.stream, Events: r.events, RetractedAt: r.retractedAt, Keys: r.keys})
	}
	m := &p.measures
	s.Measures = []any{m.implementing, m.affected, m.authority, m.measureType, *m.items, *m.text, m.retro, flat(&m.retroList),
		*m.spans[spanSuspended], *m.spans[spanRevoked], *m.spans[spanExpired]}
	s.Designations = []any{p.designations.party, *p.designations.lists}
	for k, l := range p.orders {
		s.Orders[k] = flat(l)
	}
	s.Links = []any{p.linksOf.from, p.linksOf.to, p.linksOf.all}
	return s
}

// sameState fails the test with the first part that differs: the events
// as decoded, the records and the indexes, and, if exact, the binary forms
// and the dictionary too (they depend on the order the dictionary grew in,
// which a projection resumed from a partly loaded snapshot does not share).
func sameState(tb testing.TB, what string, a, b *Projection, exact bool) {
	tb.Helper()
	x, y := stateOf(a), stateOf(b)
	if x.Head == 0 {
		tb.Fatalf("%s: empty projection", what)
	}
	vx, vy := reflect.ValueOf(x), reflect.ValueOf(y)
	for i := range vx.NumField() {
		if name := vx.Type().Field(i).Name; !exact && (name == "Dict" || name == "Arena") {
			continue
		}
		if !reflect.DeepEqual(vx.Field(i).Interface(), vy.Field(i).Interface()) {
			tb.Fatalf("%s: %s differs (heads %d and %d)", what, vx.Type().Field(i).Name, x.Head, y.Head)
		}
	}
	if exact {
		a.mu.RLock()
		defer a.mu.RUnlock()
		b.mu.RLock()
		defer b.mu.RUnlock()
		for i := range a.entries {
			if !bytes.Equal(a.arena.get(a.entries[i].blob), b.arena.get(b.entries[i].blob)) {
				tb.Fatalf("%s: the binary forms differ at position %d", what, i+1)
			}
		}
	}
}

// sameAnswers asks both projections the same questions at random points
// and fails at the first different answer.
func sameAnswers(tb testing.TB, what string, a, b *Projection, seed uint64, questions int) {
	tb.Helper()
	rng := rand.New(rand.NewPCG(seed, 1))
	head := a.Head()
	filters := []MeasureFilter{{}, {Jurisdiction: "CN"}, {Implementing: "US", Status: []string{domain.StatusInForce, domain.StatusPartlySuspended}},
		{Item: "chips"}, {Text: "export"}, {MeasureType: "export_control", Affected: "RU"}}
	for i := range questions {
		asOf := AsOf{Position: 1 + rng.Uint64N(head), ValidAt: domain.DateOf(time.Date(2014+rng.IntN(13), time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC))}
		check := func(q string, x, y any) {
			if !reflect.DeepEqual(x, y) {
				tb.Fatalf("%s: question %d (%s at %+v) answered differently", what, i, q, asOf)
			}
		}
		f := filters[i%len(filters)]
		_, x, _ := a.MeasurePage(asOf, f, PageRequest{Limit: 50, Count: true})
		_, y, _ := b.MeasurePage(asOf, f, PageRequest{Limit: 50, Count: true})
		check("measures", x, y)
		_, dx, _ := a.Designations(asOf, DesignationFilter{Status: []string{domain.StatusDesignated}})
		_, dy, _ := b.Designations(asOf, DesignationFilter{Status: []string{domain.StatusDesignated}})
		check("designations", dx, dy)
		_, tx, _ := a.Transactions(asOf)
		_, ty, _ := b.Transactions(asOf)
		check("transactions", tx, ty)
		_, lx, _ := a.Timeline(Subject{Jurisdiction: "CN"}, asOf, ByValid, PageRequest{Limit: 20, Count: true})
		_, ly, _ := b.Timeline(Subject{Jurisdiction: "CN"}, asOf, ByValid, PageRequest{Limit: 20, Count: true})
		check("timeline", lx, ly)
		other := AsOf{Position: 1 + rng.Uint64N(head), ValidAt: domain.DateOf(asOf.ValidAt.Time().AddDate(0, 3, 0))}
		_, _, cx, _ := a.Diff(asOf, other)
		_, _, cy, _ := b.Diff(asOf, other)
		check("diff", cx, cy)
	}
}

// TestRebuildEqualsIncremental builds the projection event by event while
// the ledger is written, then again from position zero, and compares the
// two: every event, record and index, and answers at random points.
func TestRebuildEqualsIncremental(t *testing.T) {
	for _, c := range []struct {
		name  string
		build func(testing.TB) *liveLedger
	}{
		{"demo", demoLedger},
		{"generated", sharedLedger},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := c.build(t)
			rebuilt, _ := follow(t, l.store, RunnerOptions{})
			caughtUp(t, l.store, rebuilt)
			sameState(t, "rebuild", l.live, rebuilt, true)
			sameAnswers(t, "rebuild", l.live, rebuilt, 1, 40)
		})
	}
}

// shared is a generated ledger built once for the tests that only read it.
var shared struct {
	once sync.Once
	l    *liveLedger
	err  error
	stop func()
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.stop != nil {
		shared.stop()
	}
	os.Exit(code)
}

func sharedLedger(tb testing.TB) *liveLedger {
	tb.Helper()
	shared.once.Do(func() {
		dir, err := os.MkdirTemp("", "projections-test-")
		if err != nil {
			shared.err = err
			return
		}
		store, err := sqlite.Open(filepath.Join(dir, "ledger.db"), sqlite.Options{})
		if err != nil {
			shared.err = err
			return
		}
		ctx, cancel := context.WithCancel(context.Background())
		live := New(Options{Now: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }})
		done := make(chan error, 1)
		go func() { done <- NewRunner(store, live, RunnerOptions{Log: quiet}).Run(ctx) }()
		shared.stop = func() { cancel(); <-done; store.Close(); os.RemoveAll(dir) }
		if _, err := gen.Generate(ctx, store, gen.Options{Events: generatedEvents, Seed: 7}); err != nil {
			shared.err = err
			return
		}
		wait, cancelWait := context.WithTimeout(ctx, 2*time.Minute)
		defer cancelWait()
		shared.err = live.WaitFor(wait, generatedEvents)
		shared.l = &liveLedger{dir: dir, store: store, live: live}
	})
	if shared.err != nil {
		tb.Fatal(shared.err)
	}
	return shared.l
}

func TestSnapshotRoundTrip(t *testing.T) {
	l := sharedLedger(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "projections.snapshot")
	pos, err := l.live.WriteSnapshot(ctx, path)
	if err != nil || pos != generatedEvents {
		t.Fatalf("write: position %d, %v", pos, err)
	}
	loaded := New(Options{Now: l.live.now})
	if got, err := LoadSnapshot(ctx, path, l.store, loaded); err != nil || got != pos {
		t.Fatalf("load: position %d, %v", got, err)
	}
	sameState(t, "snapshot", l.live, loaded, true)
	sameAnswers(t, "snapshot", l.live, loaded, 2, 20)

	// A runner starts from it and reports it.
	p, r := follow(t, l.store, RunnerOptions{Snapshot: path})
	<-r.Ready()
	<-r.Warmed()
	st, err := r.Status(ctx)
	if err != nil || !st.Ready || !st.Warm || st.Snapshot != pos || st.Checkpoint != pos || st.StoreHead != pos {
		t.Fatalf("status %+v, %v", st, err)
	}
	sameState(t, "runner from snapshot", l.live, p, true)
}

// TestSnapshotAfterRestart writes a snapshot, records more events, and
// starts a runner from the snapshot: it catches up with the rest.
func TestSnapshotAfterRestart(t *testing.T) {
	l := demoLedger(t)
	ctx := context.Background()
	path := filepath.Join(l.dir, "projections.snapshot")
	pos, err := l.live.WriteSnapshot(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	svc := ledger.New(l.store, ledger.Options{})
	for i := range 5 {
		if _, err := svc.Do(ctx, ledger.Request{Actor: "tester"}, domain.RegisterSource{SourceID: fmt.Sprintf("SRC-late-%d", i),
			Title: "Later notice", Publisher: "Gazette"}); err != nil {
			t.Fatal(err)
		}
	}
	caughtUp(t, l.store, l.live)
	p, r := follow(t, l.store, RunnerOptions{Snapshot: path})
	<-r.Ready()
	caughtUp(t, l.store, p)
	if st, _ := r.Status(ctx); st.Snapshot != pos || st.Checkpoint != pos+5 {
		t.Fatalf("status %+v, snapshot at %d", st, pos)
	}
	sameState(t, "restart", l.live, p, true)
}

func TestSnapshotRefused(t *testing.T) {
	l := sharedLedger(t)
	demo := demoLedger(t)
	ctx := context.Background()
	dir := t.TempDir()
	generated := filepath.Join(dir, "generated.snapshot")
	if _, err := l.live.WriteSnapshot(ctx, generated); err != nil {
		t.Fatal(err)
	}
	small := filepath.Join(dir, "demo.snapshot")
	if _, err := demo.live.WriteSnapshot(ctx, small); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(generated)
	if err != nil {
		t.Fatal(err)
	}
	damaged := func(name string, change func([]byte) []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, change(bytes.Clone(data)), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	for _, c := range []struct {
		name  string
		path  string
		store eventstore.Store
	}{
		{"missing", filepath.Join(dir, "none"), l.store},
		{"stale: beyond the store's head", generated, demo.store},
		{"another ledger", small, l.store},
		{"damaged header", damaged("header", func(b []byte) []byte { b[len(snapshotMagic)+40] ^= 0xff; return b }), l.store},
		{"other format version", damaged("version", func(b []byte) []byte { b[len(snapshotMagic)] = 9; return b }), l.store},
		{"not a snapshot", damaged("text", func([]byte) []byte { return []byte("hello") }), l.store},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := New(Options{})
			pos, err := LoadSnapshot(ctx, c.path, c.store, p)
			if !errors.Is(err, ErrSnapshotRefused) || pos != 0 || p.Head() != 0 {
				t.Fatalf("position %d, head %d, err %v", pos, p.Head(), err)
			}
		})
	}
	// A snapshot of another layout is refused with both layouts named.
	t.Run("other layout", func(t *testing.T) {
		fp := []byte(schema())
		at := bytes.Index(data, fp)
		other := bytes.Clone(fp)
		other[len(other)-1] = "10"[min(1, int(other[len(other)-1]-'0'))] // the layout's last digit changed
		path := damaged("layout", func(b []byte) []byte { copy(b[at:], other); return b })
		_, err := LoadSnapshot(ctx, path, l.store, New(Options{}))
		hash, _, _ := strings.Cut(string(fp), "/")
		_, theirs, _ := strings.Cut(string(other), "/")
		_, ours, _ := strings.Cut(string(fp), "/")
		want := fmt.Sprintf("(%s…/%s, not %s…/%s)", hash[:12], theirs, hash[:12], ours)
		if !errors.Is(err, ErrSnapshotRefused) || !strings.Contains(err.Error(), want) {
			t.Fatalf("err %v, want it to name %s", err, want)
		}
	})
	// A snapshot damaged further in, or cut short, is refused too; a
	// runner given one rebuilds from the store.
	for _, c := range []struct {
		name   string
		change func([]byte) []byte
	}{
		{"damaged arena", func(b []byte) []byte { b[len(b)/3] ^= 0x55; return b }},
		{"damaged indexes", func(b []byte) []byte { b[len(b)-100] ^= 0x55; return b }},
		{"truncated", func(b []byte) []byte { return b[:len(b)/2] }},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := damaged(c.name, c.change)
			p := New(Options{})
			pos, err := LoadSnapshot(ctx, path, l.store, p)
			if !errors.Is(err, ErrSnapshotRefused) || pos != 0 || p.Head() != 0 {
				t.Fatalf("position %d, head %d, err %v", pos, p.Head(), err)
			}
			p, r := follow(t, l.store, RunnerOptions{Snapshot: path})
			<-r.Ready()
			if st, _ := r.Status(ctx); st.Checkpoint != generatedEvents {
				t.Fatalf("status %+v", st)
			}
			sameState(t, c.name, l.live, p, true)
		})
	}
}

// TestPayloadsAsStored checks that the projection gives back the stored
// type and bytes of every event (History's Data), though it keeps them in
// its own form.
func TestPayloadsAsStored(t *testing.T) {
	for _, l := range []*liveLedger{sharedLedger(t), demoLedger(t)} {
		evs, err := l.store.ReadAll(context.Background(), 0, generatedEvents+1)
		if err != nil {
			t.Fatal(err)
		}
		l.live.mu.RLock()
		for _, ev := range evs {
			typ, data, err := l.live.payload(ev.Position)
			if err != nil || typ != ev.Type || !bytes.Equal(data, ev.Data) {
				l.live.mu.RUnlock()
				t.Fatalf("position %d: %s %s (%v), stored %s %s", ev.Position, typ, data, err, ev.Type, ev.Data)
			}
		}
		l.live.mu.RUnlock()
	}
}

// TestTimelineIsStatusAt checks the measures' status timelines against
// domain.StatusAt, for every version of every measure, on random dates and
// on each date the measure holds and the day before, that the status spans
// of the index cover those days, and the affected jurisdictions against
// domain.ContentAt.
func TestTimelineIsStatusAt(t *testing.T) {
	p := sharedLedger(t).live
	p.mu.RLock()
	defer p.mu.RUnlock()
	rng := rand.New(rand.NewPCG(3, 3))
	checked := 0
	for _, r := range p.recs {
		if r.ref.Kind != domain.KindMeasure {
			continue
		}
		for n := 1; n <= len(r.events); n++ {
			m := p.state(r, n).(*domain.Measure)
			d := p.derive(r, n)
			days := slices.Clone(d.days)
			for _, x := range d.days {
				days = append(days, x-1)
			}
			for range 10 {
				days = append(days, int32(16000+rng.IntN(5000)))
			}
			for _, day := range days {
				want, _ := m.StatusAt(dateOfDay(day))
				if got := d.timeline.at(day); got != want {
					t.Fatalf("%s version %d on %s: timeline %s, StatusAt %s", r.ref, n, dateOfDay(day), got, want)
				}
				var affected []string
				for _, a := range m.ContentAt(dateOfDay(day)).Affected {
					affected = append(affected, a.Jurisdiction)
				}
				if got := d.affectedAt(day); !slices.Equal(got, affected) {
					t.Fatalf("%s version %d on %s: affected %v, ContentAt %v", r.ref, n, dateOfDay(day), got, affected)
				}
				// The status spans cover every day a measure has their status.
				if k := spanOf(want); k != "" && !p.retracted(r, Basis{Position: r.knownSince(n)}) {
					s := newSet(len(p.recs))
					p.measures.spans[k].covering(day, r.knownSince(n), s)
					if !s.has(r.n) {
						t.Fatalf("%s version %d is %s on %s, outside its spans", r.ref, n, want, dateOfDay(day))
					}
				}
				checked++
			}
		}
	}
	if checked < 10_000 {
		t.Fatalf("only %d checks", checked)
	}
}

// TestSnapshotOfOneEvent round-trips the snapshot of a ledger so small that
// some of its sections are empty.
func TestSnapshotOfOneEvent(t *testing.T) {
	ctx := context.Background()
	store := openStore(t, filepath.Join(t.TempDir(), "ledger.db"))
	svc := ledger.New(store, ledger.Options{})
	in := []byte(`{"sourceId":"S1","publisher":"P","title":"T","official":true}`)
	if _, err := importer.Execute(ctx, svc, ledger.Request{Actor: "t"}, "RegisterSource", in); err != nil {
		t.Fatal(err)
	}
	p, _ := follow(t, store, RunnerOptions{})
	caughtUp(t, store, p)
	path := filepath.Join(t.TempDir(), "snap")
	if _, err := p.WriteSnapshot(ctx, path); err != nil {
		t.Fatal(err)
	}
	q := New(Options{})
	pos, err := LoadSnapshot(ctx, path, store, q)
	if err != nil || pos != 1 {
		t.Fatalf("LoadSnapshot = %d, %v; want 1, nil", pos, err)
	}
	if _, _, ok, err := q.Source("S1", AsOf{}); !ok || err != nil {
		t.Fatalf("the loaded snapshot lost source S1: %v, %v", ok, err)
	}
}

// TestPreEncodedIsEncoded checks that an event pre-encoded by a worker and
// finished against the dictionary gives the bytes, and grows the
// dictionary, as encoding it with the dictionary does.
func TestPreEncodedIsEncoded(t *testing.T) {
	l := sharedLedger(t)
	evs, err := l.store.ReadAll(context.Background(), 0, generatedEvents)
	if err != nil {
		t.Fatal(err)
	}
	direct, finished := newDictionary(), newDictionary()
	tags, _ := eventTags()
	refs := 0
	for _, rec := range evs {
		d, err := decode(rec)
		if err != nil {
			t.Fatal(err)
		}
		e := &encoder{dict: direct}
		e.uvarint(tags[d.ev.EventType()])
		e.value(d.ev)
		got := finished.finish(nil, d.pre, d.cands)
		if !bytes.Equal(got, e.buf) {
			t.Fatalf("position %d: finished\n%x\nencoded\n%x", rec.Position, got, e.buf)
		}
		if len(got) < len(d.pre) {
			refs++
		}
	}
	if !reflect.DeepEqual(direct.list, finished.list) || !slices.Equal(direct.seen, finished.seen) {
		t.Fatal("the dictionaries differ")
	}
	if refs == 0 || len(finished.list) == 0 {
		t.Fatalf("no event refers to the dictionary (%d strings)", len(finished.list))
	}
}

// TestIndexedNamesWhatIsIndexed checks that indexEvent leaves the indexes
// as they are for the golden event of every type indexed says it does not
// index: corrections of those are not computed.
func TestIndexedNamesWhatIsIndexed(t *testing.T) {
	skipped := 0
	for _, name := range domain.EventTypes() {
		data, err := os.ReadFile(filepath.Join("..", "domain", "testdata", "golden", name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		ev, err := domain.Decode(name, data)
		if err != nil {
			t.Fatal(err)
		}
		if indexed(ev) {
			continue
		}
		skipped++
		var ps [2]*Projection
		for i := range ps {
			ps[i] = New(Options{})
			ps[i].recs = append(ps[i].recs, &recordState{ref: ev.Subject(), stream: ev.Subject().Stream()})
			ps[i].head = 1
		}
		ps[1].indexEvent(indexJob{n: 0, r: ps[1].recs[0], ev: ev, pos: 1})
		if !reflect.DeepEqual(stateOf(ps[0]), stateOf(ps[1])) {
			t.Errorf("%s is indexed", name)
		}
	}
	if skipped == 0 {
		t.Fatal("every type is indexed")
	}
}
