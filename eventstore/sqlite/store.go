package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
)

var _ eventstore.Store = (*Store)(nil)

const (
	// subscribePage is how many events a subscription reads at a time.
	subscribePage = 512
	// subscribeBytes bounds the payload bytes a subscription holds at a
	// time, so a page of large events cannot take gigabytes.
	subscribeBytes = 16 << 20
)

// Store is the SQLite event store. Open it with Open; it is safe for
// concurrent use and must be closed with Close.
type Store struct {
	path string
	opts Options

	// The writer goroutine alone uses wdb, wconn and the write statements.
	wdb   *sql.DB
	wconn *sql.Conn
	w     writer

	rdb        *sql.DB
	readAll    *sql.Stmt
	readStream *sql.Stmt
	head       *sql.Stmt
	hashAt     *sql.Stmt

	reqs       chan *request // unbuffered: a send succeeds only when the writer takes the request
	done       chan struct{} // closed by Close
	writerDone chan struct{} // closed when the writer has returned
	closed     atomic.Bool

	// notify is closed and replaced after every commit that wrote events,
	// waking the subscriptions that wait on it; woken is the head that the
	// last wake-up covered. mu also orders the start of reads (enter) and
	// of the watch against Close, which waits for them (active).
	mu     sync.Mutex
	notify chan struct{}
	woken  uint64
	active sync.WaitGroup
	// waiting counts the subscriptions waiting for a commit, and watching
	// says whether the watch runs: it looks for other Stores' commits
	// while any subscription waits (watch.go). watchDSN opens its
	// connection; empty for an immutable file, which no one writes.
	waiting  int
	watching bool
	watchDSN string
	// pollNow makes the watch check at once: tests only (export_test.go).
	pollNow chan struct{}

	// readSinceRelease counts the events read since the read connections
	// were last released (see releaseAfterLongRead).
	readSinceRelease atomic.Int64
	releaseAfter     int64
}

// releaseAfter is how many events a read reaches the head after before the
// idle read connections are closed.
const releaseAfter = 100_000

// eventColumns are the columns scanEvents reads, for the events table
// named e. The driver's cost is per column (each value is fetched under the
// connection's mutex, copied and boxed on its own), about three quarters of
// a full read, so the four BLOBs come as one, id || hash || data ||
// metadata, with their lengths packed in one integer to split them:
// 9 columns cost about a fifth more than 7. SQLite concatenates BLOBs byte
// for byte (a ledger is a UTF-8 database); the CAST keeps the result a
// BLOB.
const eventColumns = "e.position, e.stream, e.version, e.type, e.recorded_at, " +
	"octet_length(e.data) | (octet_length(e.id) << 32) | (octet_length(e.hash) << 48), " +
	"CAST(e.id || e.hash || e.data || e.metadata AS BLOB)"

func (s *Store) prepare(ctx context.Context) error {
	var err error
	prep := func(db *sql.DB, query string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = db.PrepareContext(ctx, query)
		return st
	}
	s.readAll = prep(s.rdb, "SELECT "+eventColumns+" FROM events e WHERE e.position > ? ORDER BY e.position LIMIT ?")
	// Each event of a stream comes with the hash of the event before it in
	// the ledger, to check its link of the chain.
	s.readStream = prep(s.rdb, "SELECT "+eventColumns+", p.hash "+
		"FROM events e LEFT JOIN events p ON p.position = e.position - 1 WHERE e.stream = ? AND e.version > ? ORDER BY e.version")
	s.head = prep(s.rdb, "SELECT coalesce(max(position), 0) FROM events")
	s.hashAt = prep(s.rdb, "SELECT hash FROM events WHERE position = ?")
	if err != nil {
		return translate(err)
	}
	if s.opts.ReadOnly {
		return nil
	}
	return s.prepareWriter(ctx)
}

// fail turns the error of a read into the error the contract promises: the
// context's error when it is done, ErrClosed when the store was closed
// under the call, otherwise the translated driver error.
func (s *Store) fail(ctx context.Context, op string, err error) error {
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("%s: %w", op, ctx.Err())
	case s.closed.Load():
		return fmt.Errorf("%s: %w", op, eventstore.ErrClosed)
	default:
		return fmt.Errorf("%s: %w", op, translate(err))
	}
}

// enter starts a read: it fails as precheck does, and otherwise counts the
// read until the returned function is called. Close waits for the reads it
// counted: a read still holding a connection when the write connection
// closes would keep that from checkpointing the WAL into the file, and the
// file busy after Close returned.
func (s *Store) enter(ctx context.Context, op string) (leave func(), err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.precheck(ctx, op); err != nil {
		return nil, err
	}
	s.active.Add(1)
	return s.active.Done, nil
}

// precheck returns the error of a call that must not start.
func (s *Store) precheck(ctx context.Context, op string) error {
	if s.closed.Load() {
		return fmt.Errorf("%s: %w", op, eventstore.ErrClosed)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}

// ReadStream returns the events of stream with a version greater than
// after, in version order.
func (s *Store) ReadStream(ctx context.Context, stream string, after int64) ([]eventstore.Event, error) {
	op := fmt.Sprintf("read stream %q after v%d", stream, after)
	leave, err := s.enter(ctx, op)
	if err != nil {
		return nil, err
	}
	defer leave()
	rows, err := s.readStream.QueryContext(ctx, stream, after)
	if err != nil {
		return nil, s.fail(ctx, op, err)
	}
	evs, err := scanEvents(rows, 0, 8, &chainCheck{off: s.opts.Unchecked, stream: true})
	if err != nil {
		return nil, s.fail(ctx, op, err)
	}
	return compact(evs), nil
}

// compact moves the payloads of a few small events into one block of their
// size, and the events into a slice of their number: a stream's events,
// which callers often keep, would otherwise each keep a 64 KiB block of the
// arena, and room for 64 events, alive.
func compact(evs []eventstore.Event) []eventstore.Event {
	if cap(evs) > 2*len(evs) {
		evs = slices.Clone(evs)
	}
	size := 0
	for _, ev := range evs {
		size += len(ev.Data) + len(ev.Metadata)
	}
	if size == 0 || size >= arenaChunk/2 {
		return evs
	}
	mem := arena(make([]byte, 0, size))
	for i := range evs {
		evs[i].Data, evs[i].Metadata = mem.copy(evs[i].Data), mem.copy(evs[i].Metadata)
	}
	return evs
}

// ReadAll returns at most limit events with a position greater than after,
// in ledger order. A limit below 1 is ErrInvalid.
func (s *Store) ReadAll(ctx context.Context, after uint64, limit int) ([]eventstore.Event, error) {
	return s.readPage(ctx, after, limit, 0)
}

// splitMin is the smallest page (by its limit, without a byte limit) that
// readPage reads in two halves at once, on two connections: a full read is
// bound by the CPU of SQLite's steps and the driver's per-column work,
// which one connection does on one core.
const splitMin = 512

// readPage is ReadAll that also stops, after at least one event, once the
// payloads read reach maxBytes (0: no byte limit).
func (s *Store) readPage(ctx context.Context, after uint64, limit, maxBytes int) ([]eventstore.Event, error) {
	op := fmt.Sprintf("read all after %d", after)
	leave, err := s.enter(ctx, op)
	if err != nil {
		return nil, err
	}
	defer leave()
	if limit < 1 {
		return nil, fmt.Errorf("%s: %w: limit %d is below 1", op, eventstore.ErrInvalid, limit)
	}
	if after > 1<<63-1 {
		return nil, nil
	}
	var evs []eventstore.Event
	if maxBytes == 0 && limit >= splitMin && after <= 1<<62 && s.opts.Readers > 1 && runtime.GOMAXPROCS(0) > 1 {
		evs, err = s.readHalves(ctx, op, after, limit)
	} else {
		evs, err = s.readRun(ctx, op, after, limit, maxBytes)
	}
	if err == nil {
		s.releaseAfterLongRead(len(evs))
	}
	return evs, err
}

// releaseAfterLongRead closes the idle read connections when a read has
// reached the head after many events (a catch-up, a rebuild, a full scan):
// the pages of the file each connection has mapped count in the process's
// resident memory while it lives, and after a full read that is the whole
// file. Later reads open connections again (well under a millisecond each).
func (s *Store) releaseAfterLongRead(read int) {
	if read > 0 {
		s.readSinceRelease.Add(int64(read))
		return
	}
	if s.readSinceRelease.Load() < s.releaseAfter || s.readSinceRelease.Swap(0) < s.releaseAfter {
		return
	}
	s.rdb.SetMaxIdleConns(0) // closes the idle connections
	s.rdb.SetMaxIdleConns(s.opts.Readers)
}

// readHalves reads the page of limit events after position after as two
// halves at once. Positions have no gaps, so the second half starts at a
// known position; each half checks its links of the hash chain from the
// stored hash of the event before it. If the first half ends short of its
// limit, it reached the head when it was read, and a second half read
// later could leave a gap: it is dropped.
func (s *Store) readHalves(ctx context.Context, op string, after uint64, limit int) ([]eventstore.Event, error) {
	half := limit / 2
	var (
		second    []eventstore.Event
		secondErr error
		done      = make(chan struct{})
	)
	go func() {
		defer close(done)
		second, secondErr = s.readRun(ctx, op, after+uint64(half), limit-half, 0)
	}()
	first, err := s.readRun(ctx, op, after, half, 0)
	<-done
	switch {
	case err != nil:
		return nil, err
	case len(first) < half:
		return first, nil
	case secondErr != nil:
		return nil, secondErr
	}
	return append(first, second...), nil
}

// readRun reads the events after position after (see readPage).
func (s *Store) readRun(ctx context.Context, op string, after uint64, limit, maxBytes int) ([]eventstore.Event, error) {
	for retried := false; ; retried = true {
		check := &chainCheck{off: s.opts.Unchecked, next: after + 1, prevKnown: after == 0}
		if after > 0 && !check.off {
			// The ledger is append-only: the predecessor read apart from the
			// page is the one the page follows.
			var h []byte
			switch err := s.hashAt.QueryRowContext(ctx, int64(after)).Scan(&h); {
			case errors.Is(err, sql.ErrNoRows):
			case err != nil:
				return nil, s.fail(ctx, op, err)
			default:
				check.prevKnown = true
				check.prev = toHash(h)
			}
		}
		unknownPrev := !check.prevKnown && !check.off
		rows, err := s.readAll.QueryContext(ctx, int64(after), limit)
		if err != nil {
			return nil, s.fail(ctx, op, err)
		}
		evs, err := scanEvents(rows, maxBytes, limit, check)
		if err != nil && unknownPrev && !retried && errors.Is(err, eventstore.ErrCorrupt) {
			// The event at after was not recorded when its hash was read
			// (a read from the head, such as the second half of a page),
			// and was by the time the rows were: read again, once. An
			// event missing for good fails the second read too.
			continue
		}
		if err != nil {
			return nil, s.fail(ctx, op, err)
		}
		return evs, nil
	}
}

// arenaChunk is the size of the blocks that hold the payloads of a page of
// events: one allocation for many events instead of two per event. An event
// kept by the caller keeps at most one block alive; larger payloads get
// their own allocation. The first block of a read is arenaFirst bytes and
// each next one twice the last, so that a read of a few small events (a
// stream, for a command) does not allocate and clear a whole chunk.
const (
	arenaChunk = 64 << 10
	arenaFirst = 4 << 10
)

// arena hands out the payload copies of a page of events.
type arena []byte

// copy returns a copy of b with its own capacity, so that appending to it
// never writes into the next event's bytes. An empty b is nil, as the
// driver returns an empty BLOB.
func (a *arena) copy(b []byte) []byte {
	n := len(b)
	switch {
	case n == 0:
		return nil
	case n > arenaChunk/4:
		return append([]byte(nil), b...)
	case cap(*a)-len(*a) < n:
		*a = make([]byte, 0, min(arenaChunk, max(arenaFirst, 2*cap(*a), n)))
	}
	start := len(*a)
	*a = append(*a, b...)
	return (*a)[start : start+n : start+n]
}

// chainCheck is how scanEvents checks each event's link of the hash chain.
type chainCheck struct {
	// off: return the stored hashes unchecked (Options.Unchecked).
	off bool
	// stream: the rows are of one stream, each followed by the hash of its
	// predecessor in the ledger (NULL if there is none). Otherwise the rows
	// are consecutive events of the ledger from position next, following
	// the event whose hash is prev (known if prevKnown).
	stream    bool
	next      uint64
	prev      [32]byte
	prevKnown bool
}

// corrupt is the error of an event that does not match its hash.
func corrupt(pos uint64, format string, args ...any) error {
	return fmt.Errorf("event at position %d: %w: %s", pos, eventstore.ErrCorrupt, fmt.Sprintf(format, args...))
}

// toHash returns a stored hash, or zero if it is not 32 bytes long (which
// the check then reports as a mismatch).
func toHash(b []byte) [32]byte {
	if len(b) != 32 {
		return [32]byte{}
	}
	return [32]byte(b)
}

// checkStored reports a stored hash that is not 32 bytes long.
func checkStored(pos uint64, stored []byte) error {
	if len(stored) != 32 {
		return corrupt(pos, "its stored hash is %d bytes, not 32", len(stored))
	}
	return nil
}

// verify checks ev, whose stored hash is stored and, for a stream read,
// whose predecessor's stored hash is prev (nil if there is none).
func (c *chainCheck) verify(ev *eventstore.Event, stored, prev []byte) error {
	if err := checkStored(ev.Position, stored); err != nil {
		return err
	}
	if !c.stream {
		return c.follow(ev)
	}
	var before [32]byte
	switch {
	case ev.Position == 1:
	case prev == nil:
		return corrupt(ev.Position, "the event before it, at position %d, is missing", ev.Position-1)
	default:
		before = toHash(prev)
	}
	return c.link(before, ev)
}

// follow checks ev, whose stored hash is 32 bytes long, as the event of
// the ledger after the last one checked.
func (c *chainCheck) follow(ev *eventstore.Event) error {
	switch {
	case ev.Position != c.next:
		return corrupt(c.next, "no event is recorded there; the next one is at position %d", ev.Position)
	case !c.prevKnown:
		return corrupt(ev.Position, "the event before it, at position %d, is missing", ev.Position-1)
	}
	return c.link(c.prev, ev)
}

// link checks ev's stored hash against its content and the hash of the
// event before it.
func (c *chainCheck) link(before [32]byte, ev *eventstore.Event) error {
	if want := eventstore.ChainHash(before, *ev); want != ev.Hash {
		return corrupt(ev.Position, "its stored hash is %x, but its content and its predecessor's hash give %x", ev.Hash, want)
	}
	c.next, c.prev, c.prevKnown = ev.Position+1, ev.Hash, true
	return nil
}

const (
	// followChunk is how many events scanEvents hands a follower at a time.
	followChunk = 128
	// followMin is the smallest page (by its limit) checked by a follower.
	followMin = 2 * followChunk
)

// follower checks the links of a page of the ledger on a goroutine of its
// own, chunk by chunk, while scanEvents reads the next rows: a link needs
// only stored hashes, and SHA-256 is a fifth of the time of a full read.
type follower struct {
	chunks chan []eventstore.Event
	done   chan error
}

// startFollower starts checking chunks of events that follow one another
// in the ledger, from where c is.
func (c *chainCheck) startFollower() *follower {
	f := &follower{chunks: make(chan []eventstore.Event, 16), done: make(chan error, 1)}
	go func() {
		var err error
		for chunk := range f.chunks {
			for i := 0; err == nil && i < len(chunk); i++ {
				err = c.follow(&chunk[i])
			}
		}
		f.done <- err
	}()
	return f
}

// wait returns the first broken link of the chunks handed over, in ledger
// order.
func (f *follower) wait() error {
	close(f.chunks)
	return <-f.done
}

// unpack splits the BLOBs of a row of eventColumns. It reports false if
// the lengths do not fit, which only a damaged file can cause.
func unpack(packed []byte, lengths int64) (id, hash, data, meta []byte, ok bool) {
	idLen, hashLen, dataLen := int(lengths>>32&0xffff), int(lengths>>48), int(lengths&0xffffffff)
	if lengths < 0 || idLen+hashLen+dataLen > len(packed) {
		return nil, nil, nil, nil, false
	}
	id, packed = packed[:idLen], packed[idLen:]
	hash, packed = packed[:hashLen], packed[hashLen:]
	return id, hash, packed[:dataLen], packed[dataLen:], true
}

// scanEvents reads rows of eventColumns (plus the predecessor's hash, for
// a stream) and closes them, checking each event as check says. capHint is
// the number of events expected, at most.
func scanEvents(rows *sql.Rows, maxBytes, capHint int, check *chainCheck) ([]eventstore.Event, error) {
	defer rows.Close()
	var (
		pos, version, nano, lengths int64
		stream, typ                 string
		// The driver's copies of the BLOBs, valid until the next row: they
		// are copied once more, into the arena, instead of twice.
		packed, prev sql.RawBytes
		mem          arena
		size         int
	)
	dest := []any{&pos, &stream, &version, &typ, &nano, &lengths, &packed}
	if check.stream {
		dest = append(dest, &prev)
	}
	evs := make([]eventstore.Event, 0, min(capHint, 1024))

	// A large page of the ledger is checked by a follower. Its chunks are
	// slices of evs: later appends never write to their elements, even if
	// they move evs to a larger array.
	var (
		f    *follower
		sent int
	)
	if !check.off && !check.stream && capHint >= followMin {
		f = check.startFollower()
		defer func() {
			if f != nil {
				f.wait()
			}
		}()
	}
	// fail returns err, unless the follower found an earlier break.
	fail := func(err error) error {
		if f == nil {
			return err
		}
		f.chunks <- evs[sent:]
		ferr := f.wait()
		f = nil
		if ferr != nil {
			return ferr
		}
		return err
	}

	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, fail(err)
		}
		id, hash, data, meta, ok := unpack(packed, lengths)
		if !ok {
			return nil, fail(corrupt(uint64(pos), "its id, hash and data are %d, %d and %d bytes, more than the %d stored", lengths>>32&0xffff, lengths>>48, lengths&0xffffffff, len(packed)))
		}
		if len(id) != len(uuid.UUID{}) {
			return nil, fail(fmt.Errorf("event at position %d: stored id %x is not 16 bytes", pos, id))
		}
		ev := eventstore.Event{
			ID:         uuid.UUID(id),
			Type:       typ,
			Stream:     stream,
			Data:       mem.copy(data),
			Metadata:   mem.copy(meta),
			Version:    version,
			Position:   uint64(pos),
			RecordedAt: time.Unix(0, nano).UTC(),
			Hash:       toHash(hash),
		}
		switch {
		case check.off:
		case f != nil:
			if err := checkStored(ev.Position, hash); err != nil {
				return nil, fail(err)
			}
		default:
			if err := check.verify(&ev, hash, prev); err != nil {
				return nil, err
			}
		}
		evs = append(evs, ev)
		if f != nil && len(evs)-sent >= followChunk {
			f.chunks <- evs[sent:]
			sent = len(evs)
		}
		size += len(data) + len(meta)
		if maxBytes > 0 && size >= maxBytes {
			break
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fail(err)
	}
	if err := fail(nil); err != nil {
		return nil, err
	}
	return evs, rows.Close()
}

// CopyTo writes a consistent, compact copy of the ledger to the new file
// dest with SQLite's VACUUM INTO, which reads one snapshot of the file (a
// read transaction, which the writer does not wait for) while appends go
// on. It works on a Store opened read-only too. dest must not exist.
func (s *Store) CopyTo(ctx context.Context, dest string) error {
	op := "copy to " + dest
	leave, err := s.enter(ctx, op)
	if err != nil {
		return err
	}
	defer leave()
	if _, err := s.rdb.ExecContext(ctx, "VACUUM INTO ?", dest); err != nil {
		return s.fail(ctx, op, err)
	}
	return nil
}

// Head returns the position of the last event in the ledger (0 if empty).
func (s *Store) Head(ctx context.Context) (uint64, error) {
	const op = "read head"
	leave, err := s.enter(ctx, op)
	if err != nil {
		return 0, err
	}
	defer leave()
	var head int64
	if err := s.head.QueryRowContext(ctx).Scan(&head); err != nil {
		return 0, s.fail(ctx, op, err)
	}
	return uint64(head), nil
}

// Subscribe calls fn for every event with a position greater than after,
// in ledger order, first the recorded ones, then each new one as it is
// committed. It reads a page at a time and holds no database snapshot while
// fn runs, so a slow fn delays neither the writer nor other readers.
func (s *Store) Subscribe(ctx context.Context, after uint64, fn func(eventstore.Event) error) error {
	op := fmt.Sprintf("subscribe after %d", after)
	if err := s.precheck(ctx, op); err != nil {
		return err
	}
	for {
		// Take the signal before reading, so a commit between the read and
		// the wait is not missed.
		signal := s.signal()
		evs, err := s.readPage(ctx, after, subscribePage, subscribeBytes)
		if err != nil {
			return fmt.Errorf("subscribe: %w", err)
		}
		for _, ev := range evs {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("subscribe at %d: %w", after, err)
			}
			if err := fn(ev); err != nil {
				return err
			}
			after = ev.Position
		}
		if len(evs) > 0 {
			continue // maybe more; an empty page means caught up
		}
		// The writer closes signal after each commit of this Store; the
		// watch, after a commit of another.
		s.beginWait()
		select {
		case <-signal:
		case <-ctx.Done():
		case <-s.done:
		}
		s.endWait()
		switch {
		case ctx.Err() != nil:
			return fmt.Errorf("subscribe at %d: %w", after, ctx.Err())
		case s.closed.Load():
			return fmt.Errorf("subscribe at %d: %w", after, eventstore.ErrClosed)
		}
	}
}

// signal returns the channel the next commit closes.
func (s *Store) signal() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.notify
}

// broadcast wakes every subscription waiting for a commit. Only the
// writer calls it, after a commit that wrote events (it alone reads s.w).
func (s *Store) broadcast() {
	s.wake(uint64(max(s.w.last, 0)))
}

// wake wakes every subscription waiting for a commit, now that the ledger
// reaches head.
func (s *Store) wake(head uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.woken = max(s.woken, head)
	close(s.notify)
	s.notify = make(chan struct{})
}

// Close stops accepting calls, waits for the writer to finish the batch it
// is committing, and closes the database. Appends it had taken get their
// result; later calls, and a second Close, return ErrClosed.
func (s *Store) Close() error {
	if !s.closed.CompareAndSwap(false, true) {
		return fmt.Errorf("close %s: %w", s.path, eventstore.ErrClosed)
	}
	close(s.done)
	<-s.writerDone
	// A read or QuickCheck that started before closed was set has been
	// counted (enter): wait for it (s.done interrupts a check), so that the
	// write connection is the last to close and checkpoints the WAL.
	s.mu.Lock()
	s.mu.Unlock()
	s.active.Wait()
	if err := s.closeDBs(); err != nil {
		return fmt.Errorf("close %s: %w", s.path, err)
	}
	return nil
}

// closeDBs closes the readers first, so that closing the write connection,
// the last one, checkpoints the WAL into the database file.
func (s *Store) closeDBs() error {
	var errs []error
	for _, st := range []*sql.Stmt{s.readAll, s.readStream, s.head, s.hashAt} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	errs = append(errs, s.rdb.Close())
	if s.wdb != nil {
		errs = append(errs, s.w.close()...)
		errs = append(errs, s.wconn.Close(), s.wdb.Close())
	}
	return translate(errors.Join(errs...))
}
