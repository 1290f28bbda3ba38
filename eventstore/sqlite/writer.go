package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/bits"
	"runtime"
	"strings"
	"time"

	"github.com/google/uuid"
	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/controlsledger/ledger/eventstore"
)

// maxBatchBytes bounds the payload bytes of one transaction, next to
// Options.MaxBatch.
const maxBatchBytes = 64 << 20

// request is one Append waiting for the writer.
type request struct {
	ctx      context.Context
	stream   string
	expected int64
	events   []eventstore.EventData
	size     int
	reply    chan reply // buffered: the writer never waits for the caller
	// items, when not nil, makes the request an AppendBatch: its items
	// are committed in a transaction of their own, all or none, and the
	// reply carries their results.
	items []*request
}

type reply struct {
	res     eventstore.AppendResult
	results []eventstore.AppendResult // of an AppendBatch
	err     error
}

// maxCachedStreams bounds the writer's cache of stream versions; when it is
// full, the writer forgets it and starts over.
const maxCachedStreams = 1 << 16

// insertSizes is the number of multi-row INSERT statements the writer
// prepares: inserts[k] writes 1<<k rows, up to maxInsertRows.
const (
	insertSizes   = 7
	maxInsertRows = 1 << (insertSizes - 1)
	// insertCols is the number of columns of an inserted row.
	insertCols = 9
)

// writer is the state of the writer goroutine, which alone uses it.
type writer struct {
	// The statements of the write connection, prepared once.
	begin, commit, rollback        *sql.Stmt
	savepoint, release, rollbackTo *sql.Stmt
	tail, version, byID, insert    *sql.Stmt
	inserts                        [insertSizes]*sql.Stmt

	// run holds the appends of the transaction whose expected version
	// matched and that are not written yet, as indexes into the batch;
	// args, the arguments of an INSERT. Both are reused from batch to
	// batch.
	run  []int
	args []any

	// prev is the hash of the last event of the transaction in progress:
	// read from the tail when the transaction begins, so that after a
	// failed commit it is reloaded from what is committed, and advanced by
	// each write that stays in the transaction.
	prev [32]byte
	// hashes holds the hashes of a run, which the INSERT arguments point
	// into; reused from batch to batch.
	hashes []byte

	// last is the position of the last event this writer committed, or -1
	// when it does not know (at start, after a failed transaction).
	last int64
	// versions caches the committed version of streams, so that an append
	// needs no query to check its expected version. It is valid while the
	// ledger ends at last: the ledger is append-only, so if no one else
	// appended, no stream moved. A transaction that finds another tail
	// (another Store wrote to the file) empties it.
	versions map[string]int64
	// pending holds the versions the transaction in progress wrote; they
	// join versions once it commits.
	pending map[string]int64
}

func (s *Store) prepareWriter(ctx context.Context) error {
	var err error
	prep := func(query string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = s.wconn.PrepareContext(ctx, query)
		return st
	}
	s.w = writer{
		last:     -1,
		versions: make(map[string]int64),
		pending:  make(map[string]int64),
		// IMMEDIATE takes the write lock at once, so the tail read below
		// cannot be overtaken by another connection's commit.
		begin:      prep("BEGIN IMMEDIATE"),
		commit:     prep("COMMIT"),
		rollback:   prep("ROLLBACK"),
		savepoint:  prep("SAVEPOINT append"),
		release:    prep("RELEASE append"),
		rollbackTo: prep("ROLLBACK TO append"),
		tail:       prep("SELECT position, recorded_at, hash FROM events ORDER BY position DESC LIMIT 1"),
		version:    prep("SELECT version FROM events WHERE stream = ? ORDER BY version DESC LIMIT 1"),
		byID:       prep("SELECT stream, version, position, type, data, metadata FROM events WHERE id = ?"),
		insert: prep("INSERT INTO events (position, id, stream, version, type, recorded_at, data, metadata, hash) " +
			"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
		args: make([]any, 0, insertCols*maxInsertRows),
	}
	// OR ROLLBACK: a failed row ends the transaction instead of undoing
	// the statement, so SQLite keeps no statement journal for these.
	for k := range s.w.inserts {
		s.w.inserts[k] = prep("INSERT OR ROLLBACK INTO events (position, id, stream, version, type, recorded_at, data, metadata, hash) VALUES " +
			strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?, ?), ", 1<<k-1) + "(?, ?, ?, ?, ?, ?, ?, ?, ?)")
	}
	return translate(err)
}

func (w *writer) close() []error {
	var errs []error
	for _, st := range append([]*sql.Stmt{w.begin, w.commit, w.rollback, w.savepoint, w.release, w.rollbackTo, w.tail, w.version, w.byID, w.insert}, w.inserts[:]...) {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	return errs
}

// Append appends events to stream if its version is expected. It hands the
// append to the writer goroutine and waits for the commit that makes it
// durable. If ctx ends before the writer has taken the append, Append
// returns ctx's error and nothing is written; once taken, Append waits for
// the outcome, so its result is always the truth.
func (s *Store) Append(ctx context.Context, stream string, expected int64, events ...eventstore.EventData) (eventstore.AppendResult, error) {
	op := fmt.Sprintf("append %q at v%d", stream, expected)
	if err := eventstore.Validate(stream, expected, events); err != nil {
		return eventstore.AppendResult{}, fmt.Errorf("%s: %w", op, err)
	}
	if err := s.precheck(ctx, op); err != nil {
		return eventstore.AppendResult{}, err
	}
	if s.opts.ReadOnly {
		return eventstore.AppendResult{}, fmt.Errorf("%s: %w", op, ErrReadOnly)
	}
	req := &request{ctx: ctx, stream: stream, expected: expected, events: events, reply: make(chan reply, 1)}
	for _, ev := range events {
		req.size += len(ev.Data) + len(ev.Metadata)
	}
	select {
	case s.reqs <- req:
	case <-ctx.Done():
		return eventstore.AppendResult{}, fmt.Errorf("%s: %w", op, ctx.Err())
	case <-s.done:
		return eventstore.AppendResult{}, fmt.Errorf("%s: %w", op, eventstore.ErrClosed)
	}
	r := <-req.reply
	if r.err != nil {
		var conflict *eventstore.VersionConflictError
		if errors.As(r.err, &conflict) {
			return eventstore.AppendResult{}, conflict
		}
		return eventstore.AppendResult{}, fmt.Errorf("%s: %w", op, r.err)
	}
	return r.res, nil
}

// runWriter is the writer goroutine: it takes the waiting appends, commits
// them as one transaction, and replies, until the store is closed.
func (s *Store) runWriter() {
	defer close(s.writerDone)
	// group is an AppendBatch taken while draining appends, committed
	// right after them.
	var group *request
	for {
		var batch []*request
		if group != nil {
			s.commitGroup(group)
			group = nil
		}
		select {
		case req := <-s.reqs:
			if req.items != nil {
				s.commitGroup(req)
				continue
			}
			batch = append(batch, req)
		case <-s.done:
			return
		}
		events, size := len(batch[0].events), batch[0].size
		// Appenders woken by the previous batch's replies are about to
		// send their next request: let them, so that it joins this batch
		// instead of waiting a whole commit for the next one.
		runtime.Gosched()
	drain:
		for events < s.opts.MaxBatch && size < maxBatchBytes {
			select {
			case req := <-s.reqs:
				if req.items != nil {
					group = req
					break drain
				}
				batch = append(batch, req)
				events += len(req.events)
				size += req.size
			default:
				break drain
			}
		}
		s.commitBatch(batch)
	}
}

// commitBatch applies the batch in one transaction and replies to each
// request.
func (s *Store) commitBatch(batch []*request) {
	// An append whose caller gave up before its turn is not written.
	live := batch[:0]
	for _, req := range batch {
		if err := req.ctx.Err(); err != nil {
			req.reply <- reply{err: err}
			continue
		}
		live = append(live, req)
	}
	if len(live) == 0 {
		return
	}
	replies, wrote, err := s.applyBatch(live)
	if err != nil {
		for _, req := range live {
			req.reply <- reply{err: err}
		}
		return
	}
	if wrote {
		s.broadcast()
	}
	for i, req := range live {
		req.reply <- replies[i]
	}
}

// errRedo reports a transaction that the fast path gave up, rolled back
// whole, to be redone one append at a time.
var errRedo = errors.New("redo the batch one append at a time")

// applyBatch runs the transaction. A request's own failure (conflict,
// duplicate ID) goes in its reply; any other failure aborts the whole
// transaction and is returned, for every request.
//
// Appends whose expected version matches, nearly all of them, are written
// together, in INSERT OR ROLLBACK statements of up to maxInsertRows rows:
// no savepoint, no statement journal. The price is that an ID already
// recorded (a retry that is not stale, an ID taken by another stream)
// rolls back the whole transaction; then the batch is redone one append at
// a time, each in its own savepoint, which gives every append its own
// outcome as if the appends had come one by one.
func (s *Store) applyBatch(batch []*request) (replies []reply, wrote bool, err error) {
	replies, wrote, err = s.tryBatch(batch, true, false)
	if errors.Is(err, errRedo) {
		replies, wrote, err = s.tryBatch(batch, false, false)
	}
	return replies, wrote, err
}

// tryBatch runs the transaction, writing matching appends together if
// fast, and each append alone otherwise. If atomic, the first append that
// fails aborts the transaction with a *eventstore.BatchItemError.
func (s *Store) tryBatch(batch []*request, fast, atomic bool) (replies []reply, wrote bool, err error) {
	ctx := context.Background() // the batch must not be cut short by one caller
	w := &s.w
	if _, err := w.begin.ExecContext(ctx); err != nil {
		return nil, false, fmt.Errorf("begin: %w", translate(err))
	}
	clear(w.pending)
	w.run = w.run[:0]
	defer func() {
		if err != nil {
			// The transaction may already be gone; the error that matters
			// is the first one.
			w.rollback.ExecContext(ctx)
			// Whether it committed is not known for sure: find out from
			// the tail next time.
			w.last = -1
		}
	}()

	// The tail is read inside the transaction, under the write lock, so
	// positions and times continue from what is committed even after a
	// failed commit or a write by another connection.
	var (
		pos, last int64
		tailHash  []byte
	)
	switch err := w.tail.QueryRowContext(ctx).Scan(&pos, &last, &tailHash); {
	case errors.Is(err, sql.ErrNoRows):
		w.prev = [32]byte{}
	case err != nil:
		return nil, false, fmt.Errorf("read ledger tail: %w", translate(err))
	case len(tailHash) != len(w.prev):
		return nil, false, fmt.Errorf("read ledger tail: event at position %d: %w: its stored hash is %d bytes, not 32", pos, eventstore.ErrCorrupt, len(tailHash))
	default:
		w.prev = [32]byte(tailHash)
	}
	now := max(s.opts.Now().UnixNano(), last)
	if pos != w.last {
		clear(w.versions)
	}

	first := pos
	replies = make([]reply, len(batch))
	for i, req := range batch {
		if fast {
			// A stream the append creates is taken to be new unless the
			// writer knows it: if it exists after all, its insert breaks
			// UNIQUE (stream, version) and the batch is redone item by
			// item (errRedo), as for a retried one. Most appends of a
			// bulk import create their stream: this saves a query each.
			current, known := s.knownVersion(req.stream)
			if !known && req.expected != eventstore.NoStream {
				if current, err = s.streamVersion(ctx, req.stream); err != nil {
					return nil, false, err
				}
			}
			if current == req.expected {
				w.pending[req.stream] = req.expected + int64(len(req.events))
				w.run = append(w.run, i)
				continue
			}
			// Judged alone, after what came before it is written: a
			// retry is recognised by looking its events up.
			if pos, err = s.writeRun(ctx, batch, replies, pos, now); err != nil {
				return nil, false, err
			}
		}
		if pos, err = s.applyAlone(ctx, req, &replies[i], pos, now); err != nil {
			return nil, false, err
		}
		if atomic && replies[i].err != nil {
			return nil, false, &eventstore.BatchItemError{Index: i, Stream: req.stream, Err: replies[i].err}
		}
	}
	if pos, err = s.writeRun(ctx, batch, replies, pos, now); err != nil {
		return nil, false, err
	}
	if _, err := w.commit.ExecContext(ctx); err != nil {
		return nil, false, fmt.Errorf("commit: %w", translate(err))
	}
	if len(w.versions)+len(w.pending) > maxCachedStreams {
		clear(w.versions)
	}
	for stream, v := range w.pending {
		w.versions[stream] = v
	}
	w.last = pos
	return replies, pos > first, nil
}

// writeRun writes the appends of the run after position pos, replies to
// them, and returns the new last position. If an event ID is already
// recorded, SQLite has rolled the transaction back: errRedo.
func (s *Store) writeRun(ctx context.Context, batch []*request, replies []reply, pos, now int64) (int64, error) {
	w := &s.w
	if len(w.run) == 0 {
		return pos, nil
	}
	err := s.insertRun(ctx, batch, pos, now)
	switch {
	case isUniqueID(err), isUniqueVersion(err):
		return pos, fmt.Errorf("insert events: %w", errRedo)
	case err != nil:
		return pos, fmt.Errorf("insert events: %w", translate(err))
	}
	for _, i := range w.run {
		req := batch[i]
		n := int64(len(req.events))
		pos += n
		replies[i] = reply{res: eventstore.AppendResult{Version: req.expected + n, Position: uint64(pos)}}
	}
	w.run = w.run[:0]
	return pos, nil
}

// insertRun inserts the events of the run after position pos, in as few
// statements as the prepared sizes allow. It returns the driver's error.
func (s *Store) insertRun(ctx context.Context, batch []*request, pos, now int64) error {
	w := &s.w
	args := w.args[:0]
	// Release the payloads once written.
	defer clear(w.args[:cap(w.args)])
	nowArg := any(now)
	// The hashes are computed here, in ledger order, and become the
	// writer's prev only if the whole run is written.
	n := 0
	for _, i := range w.run {
		n += len(batch[i].events)
	}
	if cap(w.hashes) < 32*n {
		w.hashes = make([]byte, 32*n)
	}
	hashes := w.hashes[:32*n]
	prev := w.prev
	at := time.Unix(0, now).UTC()
	for _, i := range w.run {
		req := batch[i]
		stream := any(req.stream)
		for j := range req.events {
			ev := &req.events[j]
			pos++
			version := req.expected + int64(j) + 1
			prev = eventstore.ChainHash(prev, eventstore.Event{
				ID: ev.ID, Type: ev.Type, Stream: req.stream, Data: ev.Data, Metadata: ev.Metadata,
				Version: version, Position: uint64(pos), RecordedAt: at,
			})
			h := hashes[:32:32]
			hashes = hashes[32:]
			copy(h, prev[:])
			args = append(args, pos, ev.ID[:], stream, version, ev.Type, nowArg, nonNil(ev.Data), nonNil(ev.Metadata), h)
			if len(args) == cap(args) {
				if _, err := w.inserts[insertSizes-1].ExecContext(ctx, args...); err != nil {
					return err
				}
				args = args[:0]
			}
		}
	}
	for len(args) > 0 {
		k := bits.Len(uint(len(args)/insertCols)) - 1
		if _, err := w.inserts[k].ExecContext(ctx, args[:insertCols<<k]...); err != nil {
			return err
		}
		args = args[insertCols<<k:]
	}
	w.prev = prev
	return nil
}

// applyAlone applies one append in its own savepoint, after position pos,
// puts its outcome in rep and returns the new last position. A failure of
// the append (conflict, duplicate ID) goes in rep; the error is a failure
// of the transaction.
func (s *Store) applyAlone(ctx context.Context, req *request, rep *reply, pos, now int64) (int64, error) {
	w := &s.w
	// A request of several events runs inside a savepoint, so that a
	// failure after its first insert undoes only this request. A single
	// INSERT that fails undoes itself: SQLite statements are atomic.
	guarded := len(req.events) > 1
	if guarded {
		if _, err := w.savepoint.ExecContext(ctx); err != nil {
			return pos, fmt.Errorf("savepoint: %w", translate(err))
		}
	}
	res, n, reqErr, err := s.applyOne(ctx, req, pos, now)
	if err != nil {
		return pos, err
	}
	if guarded {
		if reqErr != nil {
			if _, err := w.rollbackTo.ExecContext(ctx); err != nil {
				return pos, fmt.Errorf("rollback to savepoint: %w", translate(err))
			}
		}
		if _, err := w.release.ExecContext(ctx); err != nil {
			return pos, fmt.Errorf("release savepoint: %w", translate(err))
		}
	}
	if reqErr == nil && n > 0 {
		pos += n
		w.pending[req.stream] = res.Version
	}
	*rep = reply{res: res, err: reqErr}
	return pos, nil
}

// applyOne writes one request after position pos. It returns the result
// and the number of events written, or the request's own failure (reqErr),
// or a failure of the transaction (err). On a reqErr the caller undoes
// what the request wrote.
func (s *Store) applyOne(ctx context.Context, req *request, pos, now int64) (res eventstore.AppendResult, n int64, reqErr, err error) {
	w := &s.w
	current, err := s.streamVersion(ctx, req.stream)
	if err != nil {
		return res, 0, nil, err
	}
	if current != req.expected {
		// A retry is recognised by its first event ID before the version
		// is judged: a retried append's expected version is stale by design.
		res, reqErr, err = s.retried(ctx, req)
		if err == nil && reqErr == nil && res == (eventstore.AppendResult{}) {
			reqErr = &eventstore.VersionConflictError{Stream: req.stream, Expected: req.expected, Actual: current}
		}
		return res, 0, reqErr, err
	}
	// The hashes become the writer's prev only if every event is written:
	// the caller undoes a failed request.
	prev := w.prev
	at := time.Unix(0, now).UTC()
	for i, ev := range req.events {
		version := req.expected + int64(i) + 1
		prev = eventstore.ChainHash(prev, eventstore.Event{
			ID: ev.ID, Type: ev.Type, Stream: req.stream, Data: ev.Data, Metadata: ev.Metadata,
			Version: version, Position: uint64(pos + int64(i) + 1), RecordedAt: at,
		})
		_, err := w.insert.ExecContext(ctx, pos+int64(i)+1, ev.ID[:], req.stream, version, ev.Type, now, nonNil(ev.Data), nonNil(ev.Metadata), prev[:])
		if isUniqueID(err) {
			if i == 0 {
				// Recorded before: a retry, or the ID is taken elsewhere.
				res, reqErr, err = s.retried(ctx, req)
				if err == nil && reqErr == nil {
					// Cannot happen: a retry puts the events at versions
					// already taken, so the stream would be past expected.
					reqErr = fmt.Errorf("event 0 (%s) is recorded but not at v%d: %w", ev.ID, version, eventstore.ErrDuplicateEvent)
				}
				return eventstore.AppendResult{}, 0, reqErr, err
			}
			return res, 0, fmt.Errorf("event %d (%s): %w", i, ev.ID, eventstore.ErrDuplicateEvent), nil
		}
		if err != nil {
			return res, 0, nil, fmt.Errorf("insert event %s: %w", ev.ID, translate(err))
		}
	}
	n = int64(len(req.events))
	w.prev = prev
	return eventstore.AppendResult{Version: req.expected + n, Position: uint64(pos + n)}, n, nil, nil
}

// knownVersion returns the version of stream as the transaction in
// progress sees it, if the writer knows it without asking the database.
func (s *Store) knownVersion(stream string) (int64, bool) {
	w := &s.w
	if v, ok := w.pending[stream]; ok {
		return v, true
	}
	v, ok := w.versions[stream]
	return v, ok
}

// streamVersion returns the version of stream as the transaction in
// progress sees it.
func (s *Store) streamVersion(ctx context.Context, stream string) (int64, error) {
	w := &s.w
	if v, ok := s.knownVersion(stream); ok {
		return v, nil
	}
	// Not written by this transaction: the query returns the committed
	// version, which stays true whatever becomes of the transaction.
	var v int64
	if err := w.version.QueryRowContext(ctx, stream).Scan(&v); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("read version of %q: %w", stream, translate(err))
	}
	w.versions[stream] = v
	return v, nil
}

// recorded is an event as stored, for comparing a retried append.
type recorded struct {
	stream         string
	version, pos   int64
	typ            string
	data, metadata []byte
}

func (s *Store) lookup(ctx context.Context, id uuid.UUID) (recorded, bool, error) {
	var r recorded
	err := s.w.byID.QueryRowContext(ctx, id[:]).Scan(&r.stream, &r.version, &r.pos, &r.typ, &r.data, &r.metadata)
	if errors.Is(err, sql.ErrNoRows) {
		return r, false, nil
	}
	if err != nil {
		return r, false, fmt.Errorf("look up event %s: %w", id, translate(err))
	}
	return r, true, nil
}

// retried handles a request that may repeat an earlier append. If its
// first event is not recorded, it returns a zero result and no error. If
// all its events are recorded in its stream at the versions it asks for,
// with the same content, it returns the original result. Otherwise the
// IDs are taken: ErrDuplicateEvent.
func (s *Store) retried(ctx context.Context, req *request) (res eventstore.AppendResult, reqErr, err error) {
	for i, ev := range req.events {
		r, found, err := s.lookup(ctx, ev.ID)
		switch {
		case err != nil:
			return res, nil, err
		case !found && i == 0:
			return res, nil, nil
		case !found:
			return res, fmt.Errorf("event %d (%s) is new but event 0 (%s) is recorded: %w", i, ev.ID, req.events[0].ID, eventstore.ErrDuplicateEvent), nil
		}
		version := req.expected + int64(i) + 1
		switch {
		case r.stream != req.stream || r.version != version:
			return res, fmt.Errorf("event %d (%s) is recorded in %q at v%d, not at v%d: %w", i, ev.ID, r.stream, r.version, version, eventstore.ErrDuplicateEvent), nil
		case r.typ != ev.Type || !bytes.Equal(r.data, ev.Data) || !bytes.Equal(r.metadata, ev.Metadata):
			return res, fmt.Errorf("event %d (%s) is recorded with other content: %w", i, ev.ID, eventstore.ErrDuplicateEvent), nil
		}
		res = eventstore.AppendResult{Version: r.version, Position: uint64(r.pos)}
	}
	return res, nil, nil
}

// nonNil stores a nil payload as an empty BLOB: the driver would bind nil
// as NULL.
func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

// isUniqueID reports a violation of the uniqueness of events.id.
func isUniqueID(err error) bool {
	return isUnique(err, "events.id")
}

// isUniqueVersion reports the error of an insert of a version its stream
// already has.
func isUniqueVersion(err error) bool {
	return isUnique(err, "events.stream, events.version")
}

func isUnique(err error, columns string) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE && strings.Contains(se.Error(), columns)
}
