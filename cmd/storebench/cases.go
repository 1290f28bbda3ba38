package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
)

const (
	// streamLen is the length of the stream the stream read reads.
	streamLen = 100
	// minEvents is the smallest read set: the stream plus as many others.
	minEvents = 2 * streamLen
	// loadCall is the events per append while filling the read set.
	loadCall = 1000
	// rounds is how many slices each write case is cut into; the engines
	// of a case take turns, slice by slice.
	rounds = 5
	// minCalls is the fewest calls each writer makes in a slice, however
	// short -duration.
	minCalls = 2
)

// payload is the data of every event: the size of a typical domain event.
var payload = []byte(`{"measure_id":"0195f3c2-7a1e-7cc0-9a57-3f1c2d4e5b6a","title":"Quarterly access review of the payment system","owner":"risk-office","reason":"scheduled","effective":"2025-03-01"}`)

var metadata = []byte(`{"actor":"storebench"}`)

const eventType = "measure_announced.v1"

// newEvents returns n new events with time-ordered (v7) IDs, as the ledger
// writes them.
func newEvents(n int) []eventstore.EventData {
	evs := make([]eventstore.EventData, n)
	for i := range evs {
		evs[i] = eventstore.EventData{ID: uuid.Must(uuid.NewV7()), Type: eventType, Data: payload, Metadata: metadata}
	}
	return evs
}

// writeCase is one shape of durable writes: writers goroutines, each
// appending perCall events per call to its own stream, or spreading them
// over streams streams of its own.
type writeCase struct {
	writers, perCall, streams int
}

func (wc writeCase) String() string {
	s := fmt.Sprintf("%d writers, %d event(s) per call", wc.writers, wc.perCall)
	if wc.writers == 1 {
		s = fmt.Sprintf("1 writer, %d event(s) per call", wc.perCall)
	}
	if wc.streams > 1 {
		s += fmt.Sprintf(" over %d streams", wc.streams)
	}
	return s
}

var writeCases = []writeCase{{1, 1, 1}, {8, 1, 1}, {64, 1, 1}, {1, 100, 1}, {1, 1000, 1}}

// groupedCase is what the store's group commit makes of 64 writers of one
// event each: transactions of 64 events on 64 streams. Only the raw engine
// runs it, for comparison with the store's 64 writers.
var groupedCase = writeCase{1, 64, 64}

// measure is what one engine did in one case.
type measure struct {
	Events  int
	Calls   int
	Elapsed time.Duration
	Lat     []time.Duration // per call, sorted
}

// Rate is events per second.
func (m *measure) Rate() float64 {
	if m == nil || m.Elapsed <= 0 {
		return 0
	}
	return float64(m.Events) / m.Elapsed.Seconds()
}

// P is the q-quantile of the call latencies (nearest rank).
func (m *measure) P(q float64) time.Duration {
	if m == nil || len(m.Lat) == 0 {
		return 0
	}
	i := int(q*float64(len(m.Lat))+0.999999) - 1
	return m.Lat[min(max(i, 0), len(m.Lat)-1)]
}

// runner runs the cases in its directory.
type runner struct {
	cfg      Config
	dir      string
	progress io.Writer
}

func (r *runner) logf(format string, args ...any) {
	fmt.Fprintf(r.progress, format+"\n", args...)
}

// run measures every case, the raw engine and the store side by side, so
// that each pair ran under about the same load of a shared machine.
func (r *runner) run(ctx context.Context) (*report, error) {
	rep := &report{Config: r.cfg}
	for i, wc := range writeCases {
		ws, err := r.writeWorkloads(ctx, i, wc)
		if err != nil {
			return nil, fmt.Errorf("%v: %w", wc, err)
		}
		names := make([]string, len(ws))
		for j, w := range ws {
			names[j] = w.name
		}
		r.logf("%v: %s, taking turns in %d slices of %v", wc, strings.Join(names, "; "), rounds, r.cfg.Duration/rounds)
		ms, err := r.interleave(ctx, ws)
		if cerr := closeAll(ws); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, fmt.Errorf("%v: %w", wc, err)
		}
		rep.Writes = append(rep.Writes, row{Label: wc.String(), Raw: ms[0], Store: ms[1]})
		if len(ms) > 2 && wc.writers == 1 {
			rep.Disk = ms[2]
		}
		if len(ms) > 2 && wc.writers == 64 {
			rep.Grouped = ms[2]
		}
	}
	if err := r.reads(ctx, rep); err != nil {
		return nil, err
	}
	return rep, nil
}

// writeWorkloads opens what case i measures: the raw engine, the store,
// and, with the single writer, the disk probe it is judged against, or,
// with 64 writers, the raw engine grouping their events by hand.
func (r *runner) writeWorkloads(ctx context.Context, i int, wc writeCase) ([]*workload, error) {
	var ws []*workload
	add := func(w *workload, err error) error {
		if err != nil {
			return errors.Join(err, closeAll(ws))
		}
		ws = append(ws, w)
		return nil
	}
	if err := add(r.rawWriter(ctx, r.path(fmt.Sprintf("raw-%d.db", i)), wc)); err != nil {
		return nil, err
	}
	if err := add(r.storeWriter(r.path(fmt.Sprintf("store-%d.db", i)), wc)); err != nil {
		return nil, err
	}
	var err error
	switch wc.writers {
	case 1:
		if wc.perCall == 1 {
			err = add(r.diskProbe())
		}
	case 64:
		err = add(r.rawWriter(ctx, r.path("raw-grouped.db"), groupedCase))
	}
	if err != nil {
		return nil, err
	}
	return ws, nil
}

// workload is something to measure in slices: call makes one call as
// writer w (of writers) and returns the events it wrote; close releases
// what it holds.
type workload struct {
	name    string
	writers int
	call    func(ctx context.Context, w int) (int, error)
	close   func() error
}

func closeAll(ws []*workload) error {
	var errs []error
	for _, w := range ws {
		errs = append(errs, w.close())
	}
	return errors.Join(errs...)
}

// interleave runs the workloads in turn, rounds slices of the case's
// duration each, and returns their measures in the same order. The load
// of a shared machine drifts over seconds; taking turns gives every
// workload the same share of it, so their ratios hold.
func (r *runner) interleave(ctx context.Context, ws []*workload) ([]*measure, error) {
	slice := r.cfg.Duration / rounds
	ms := make([]*measure, len(ws))
	for range rounds {
		for i, w := range ws {
			m, err := r.drive(ctx, w.writers, slice, w.call)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", w.name, err)
			}
			if ms[i] == nil {
				ms[i] = &measure{}
			}
			ms[i].add(m)
		}
	}
	for _, m := range ms {
		slices.Sort(m.Lat)
	}
	return ms, nil
}

// add merges another slice of the same workload into m.
func (m *measure) add(o *measure) {
	m.Events += o.Events
	m.Calls += o.Calls
	m.Elapsed += o.Elapsed
	m.Lat = append(m.Lat, o.Lat...)
}

// drive runs fn from writers goroutines for d (and until each goroutine
// made at least minCalls calls), timing every call. fn returns the events
// the call wrote or read.
func (r *runner) drive(ctx context.Context, writers int, d time.Duration, fn func(ctx context.Context, w int) (int, error)) (*measure, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	type tally struct {
		events int
		lat    []time.Duration
	}
	tallies := make([]tally, writers)
	start := time.Now()
	deadline := start.Add(d)
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			t := &tallies[w]
			t.lat = make([]time.Duration, 0, 1024)
			for calls := 0; calls < minCalls || time.Now().Before(deadline); calls++ {
				if ctx.Err() != nil {
					return
				}
				t0 := time.Now()
				n, err := fn(ctx, w)
				if err != nil {
					cancel(err)
					return
				}
				t.lat = append(t.lat, time.Since(t0))
				t.events += n
			}
		})
	}
	wg.Wait()
	m := &measure{Elapsed: time.Since(start)}
	if err := context.Cause(ctx); err != nil {
		return nil, err
	}
	for _, t := range tallies {
		m.Events += t.events
		m.Lat = append(m.Lat, t.lat...)
	}
	m.Calls = len(m.Lat)
	slices.Sort(m.Lat)
	return m, nil
}

// diskProbe writes a 4 KiB block and syncs the file, over and over,
// cycling through 1,024 blocks of a preallocated file as SQLite reuses its
// WAL. It syncs as SQLite does: fsync(2), or fdatasync(2) with -fdatasync.
func (r *runner) diskProbe() (*workload, error) {
	const block, blocks = 4096, 1024
	f, err := os.OpenFile(r.path("fsync.probe"), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	if _, err := f.Write(make([]byte, block*blocks)); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return nil, err
	}
	name, sync := "disk fsync", f.Sync
	if r.cfg.Fdatasync {
		name, sync = "disk fdatasync", func() error { return fdatasync(f) }
	}
	buf := make([]byte, block)
	i := 0
	return &workload{name: name, writers: 1, close: f.Close, call: func(context.Context, int) (int, error) {
		buf[0]++
		if _, err := f.WriteAt(buf, int64(i%blocks)*block); err != nil {
			return 0, err
		}
		i++
		return 1, sync()
	}}, nil
}

// rawDSN opens a ledger file with the store's settings: WAL (kept in the
// file), synchronous=FULL, a 64 MiB page cache. Transactions take the write
// lock at BEGIN, as the store's do.
func rawDSN(path string) string {
	return path + "?_pragma=busy_timeout(10000)&_pragma=synchronous(FULL)&_pragma=cache_size(-65536)&_txlock=immediate"
}

// createLedger makes an empty ledger file through the store, so that the
// raw engine writes to the very same schema.
func createLedger(path string) error {
	s, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		return err
	}
	return s.Close()
}

// openRaw opens a ledger file with database/sql and the driver alone, on
// one connection, and checks that it has the store's durability settings.
func openRaw(ctx context.Context, path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", rawDSN(path))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	var mode string
	var sync, cache int
	err = db.QueryRowContext(ctx, "SELECT (SELECT journal_mode FROM pragma_journal_mode), (SELECT synchronous FROM pragma_synchronous), (SELECT cache_size FROM pragma_cache_size)").Scan(&mode, &sync, &cache)
	if err == nil && (mode != "wal" || sync != 2 || cache != -65536) {
		err = fmt.Errorf("settings are journal_mode %s, synchronous %d, cache_size %d; want wal, 2 (FULL), -65536", mode, sync, cache)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// rawWriter has the raw engine write what the store writes in wc: each
// call is one transaction inserting perCall events, from writers
// goroutines sharing the one write connection (SQLite allows one writer at
// a time). The engine numbers the rows itself; there is no version check,
// no idempotency check, no grouping of calls, and no hash chain: the hash
// column gets 32 bytes of the right size (the ID twice), not the SHA-256
// the store computes, so the store's hashing counts as the store's cost.
func (r *runner) rawWriter(ctx context.Context, path string, wc writeCase) (*workload, error) {
	if err := createLedger(path); err != nil {
		return nil, err
	}
	db, err := openRaw(ctx, path)
	if err != nil {
		return nil, err
	}
	ins, err := db.PrepareContext(ctx, "INSERT INTO events (id, stream, version, type, recorded_at, data, metadata, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
	if err != nil {
		db.Close()
		return nil, err
	}
	streams := max(wc.streams, 1)
	versions := make([]int64, wc.writers*streams)
	w := &workload{name: "raw SQLite, " + wc.String(), writers: wc.writers}
	w.close = func() error { return errors.Join(ins.Close(), db.Close()) }
	w.call = func(ctx context.Context, w int) (int, error) {
		evs := newEvents(wc.perCall)
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return 0, err
		}
		defer tx.Rollback()
		st := tx.StmtContext(ctx, ins)
		now := time.Now().UnixNano()
		for i, ev := range evs {
			s := w*streams + i%streams
			versions[s]++
			hash := append(ev.ID[:], ev.ID[:]...)
			if _, err := st.ExecContext(ctx, ev.ID[:], fmt.Sprintf("writer-%d", s), versions[s], ev.Type, now, ev.Data, ev.Metadata, hash); err != nil {
				return 0, err
			}
		}
		return len(evs), tx.Commit()
	}
	return w, nil
}

// storeWriter has the store append in wc, through the eventstore.Store
// contract, each writer with the expected version of its own stream.
func (r *runner) storeWriter(path string, wc writeCase) (*workload, error) {
	s, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		return nil, err
	}
	var store eventstore.Store = s
	versions := make([]int64, wc.writers)
	return &workload{name: "store", writers: wc.writers, close: s.Close, call: func(ctx context.Context, w int) (int, error) {
		evs := newEvents(wc.perCall)
		res, err := store.Append(ctx, fmt.Sprintf("writer-%d", w), versions[w], evs...)
		if err != nil {
			return 0, err
		}
		versions[w] = res.Version
		return len(evs), nil
	}}, nil
}

// targetStream is the stream the stream read reads.
const targetStream = "target"

// reads fills a ledger of cfg.Events events through the store, then reads
// all of it, and the target stream, with the raw engine and the store. The
// target stream's 100 events are spread evenly over the ledger, the worst
// case for locality.
func (r *runner) reads(ctx context.Context, rep *report) error {
	path := r.path("read.db")
	s, err := sqlite.Open(path, sqlite.Options{})
	if err != nil {
		return err
	}
	defer s.Close()
	var store eventstore.Store = s
	n := r.cfg.Events
	r.logf("filling a ledger of %d events (%d per call, and %d in one stream spread over it)", n, loadCall, streamLen)
	start := time.Now()
	filler := n - streamLen
	stream := 0
	for i := range streamLen {
		// The filler before the i-th event of the target stream.
		todo := filler*(i+1)/streamLen - filler*i/streamLen
		for todo > 0 {
			k := min(todo, loadCall)
			if _, err := store.Append(ctx, fmt.Sprintf("fill-%d", stream), eventstore.NoStream, newEvents(k)...); err != nil {
				return fmt.Errorf("fill: %w", err)
			}
			stream++
			todo -= k
		}
		if _, err := store.Append(ctx, targetStream, int64(i), newEvents(1)...); err != nil {
			return fmt.Errorf("fill: %w", err)
		}
	}
	rep.Fill = time.Since(start)
	if head, err := store.Head(ctx); err != nil || head != uint64(n) {
		return fmt.Errorf("filled ledger: head %d, %v; want %d", head, err, n)
	}

	db, err := openRaw(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()

	// Each full read runs twice, in turns with the other engine's.
	full := row{Label: fmt.Sprintf("full read of %d events, %d per call", n, r.cfg.Page), Raw: &measure{}, Store: &measure{}}
	for range 2 {
		r.logf("raw SQLite: %s", full.Label)
		m, err := r.rawReadAll(ctx, db)
		if err != nil {
			return fmt.Errorf("raw SQLite, full read: %w", err)
		}
		full.Raw.add(m)
		r.logf("store: %s", full.Label)
		if m, err = r.storeReadAll(ctx, store); err != nil {
			return fmt.Errorf("store, full read: %w", err)
		}
		full.Store.add(m)
	}
	slices.Sort(full.Raw.Lat)
	slices.Sort(full.Store.Lat)

	one := row{Label: fmt.Sprintf("read of one %d-event stream among %d", streamLen, n)}
	rawStream, err := r.rawStreamReader(ctx, db)
	if err != nil {
		return fmt.Errorf("raw SQLite, stream read: %w", err)
	}
	ws := []*workload{rawStream, r.storeStreamReader(store)}
	r.logf("%s: raw SQLite and store, taking turns in %d slices of %v", one.Label, rounds, r.cfg.Duration/rounds)
	ms, err := r.interleave(ctx, ws)
	if cerr := closeAll(ws); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("stream read: %w", err)
	}
	one.Raw, one.Store = ms[0], ms[1]
	rep.Reads = []row{full, one}
	return errors.Join(db.Close(), s.Close())
}

// rawRow is a row of the events table, scanned the way the store needs it:
// every value copied out of SQLite.
type rawRow struct {
	pos, version, nano   int64
	id, data, meta, hash []byte
	stream, typ          string
}

func scanRaw(rows *sql.Rows) (rawRow, error) {
	var e rawRow
	err := rows.Scan(&e.pos, &e.id, &e.stream, &e.version, &e.typ, &e.nano, &e.data, &e.meta, &e.hash)
	return e, err
}

// rawSelect reads the rows the store returns, hash included, with no
// check of the hash chain: the store's checks count as the store's cost.
const rawSelect = "SELECT position, id, stream, version, type, recorded_at, data, metadata, hash FROM events "

// rawReadAll reads the whole ledger once, in pages of cfg.Page, with the
// store's query.
func (r *runner) rawReadAll(ctx context.Context, db *sql.DB) (*measure, error) {
	q, err := db.PrepareContext(ctx, rawSelect+"WHERE position > ? ORDER BY position LIMIT ?")
	if err != nil {
		return nil, err
	}
	defer q.Close()
	var after int64
	return readAll(func() (int, error) {
		rows, err := q.QueryContext(ctx, after, r.cfg.Page)
		if err != nil {
			return 0, err
		}
		defer rows.Close()
		n := 0
		for rows.Next() {
			e, err := scanRaw(rows)
			if err != nil {
				return 0, err
			}
			after = e.pos
			n++
		}
		return n, rows.Err()
	}, r.cfg.Events)
}

func (r *runner) storeReadAll(ctx context.Context, s eventstore.Store) (*measure, error) {
	var after uint64
	return readAll(func() (int, error) {
		evs, err := s.ReadAll(ctx, after, r.cfg.Page)
		if len(evs) > 0 {
			after = evs[len(evs)-1].Position
		}
		return len(evs), err
	}, r.cfg.Events)
}

// readAll calls page until it returns no events, and checks the total.
func readAll(page func() (int, error), want int) (*measure, error) {
	m := &measure{}
	start := time.Now()
	for {
		t0 := time.Now()
		n, err := page()
		if err != nil {
			return nil, err
		}
		if n == 0 {
			break
		}
		m.Lat = append(m.Lat, time.Since(t0))
		m.Events += n
	}
	m.Elapsed = time.Since(start)
	m.Calls = len(m.Lat)
	slices.Sort(m.Lat)
	if m.Events != want {
		return nil, fmt.Errorf("read %d events, want %d", m.Events, want)
	}
	return m, nil
}

// rawStreamReader reads the target stream with the raw engine.
func (r *runner) rawStreamReader(ctx context.Context, db *sql.DB) (*workload, error) {
	q, err := db.PrepareContext(ctx, rawSelect+"WHERE stream = ? AND version > ? ORDER BY version")
	if err != nil {
		return nil, err
	}
	return &workload{name: "raw SQLite, stream read", writers: 1, close: q.Close, call: func(ctx context.Context, _ int) (int, error) {
		rows, err := q.QueryContext(ctx, targetStream, 0)
		if err != nil {
			return 0, err
		}
		defer rows.Close()
		n := 0
		for rows.Next() {
			if _, err := scanRaw(rows); err != nil {
				return 0, err
			}
			n++
		}
		if err := rows.Err(); err != nil {
			return 0, err
		}
		if n != streamLen {
			return 0, fmt.Errorf("read %d events, want %d", n, streamLen)
		}
		return n, nil
	}}, nil
}

// storeStreamReader reads the target stream through the store.
func (r *runner) storeStreamReader(s eventstore.Store) *workload {
	return &workload{name: "store, stream read", writers: 1, close: func() error { return nil }, call: func(ctx context.Context, _ int) (int, error) {
		evs, err := s.ReadStream(ctx, targetStream, 0)
		if err != nil {
			return 0, err
		}
		if len(evs) != streamLen {
			return 0, fmt.Errorf("read %d events, want %d", len(evs), streamLen)
		}
		return len(evs), nil
	}}
}
