package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/ledger"
)

// ErrNoBatchAppend reports a store that cannot append to several streams
// in one atomic commit, which an all-or-nothing import needs.
var ErrNoBatchAppend = errors.New("the store cannot append to several streams atomically")

// BulkOptions configures Bulk.
type BulkOptions struct {
	// BatchSize is the number of commands committed together, all or none;
	// 0 commits the whole file as one.
	BatchSize int
	// MaxErrors caps the failing lines reported; 100 by default. Every
	// failing line is still counted.
	MaxErrors int
	// Progress, if set, is called after each command is decided with the
	// number of commands read so far, and after each commit.
	Progress func(commands int)
	// Committing, if set, is called when a batch (or the file) is valid
	// and its commit starts, with the number of its events.
	Committing func(events int)
	// ReadOnDemand reads each stream the commands touch when first
	// needed, instead of the whole ledger ahead: cheaper when the
	// commands touch a small part of a large ledger (a list snapshot's
	// changes).
	ReadOnDemand bool
}

// BulkResult tells what a bulk import did.
type BulkResult struct {
	// Commands is the number of commands read.
	Commands int
	// Recorded is the number of commands that wrote events; Repeated, of
	// those recorded by an earlier import of the same lines, which wrote
	// nothing.
	Recorded, Repeated int
	// Events is the number of events written.
	Events int
	// CommittedThrough is the last line whose commands are committed (0:
	// none), Head the ledger position of the last event written.
	CommittedThrough int
	Head             uint64
}

// LineError is the failure of one line (or CSV record) of an import.
type LineError struct {
	Line    int
	Command string
	Err     error
}

func (e *LineError) Error() string {
	if e.Command == "" {
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return fmt.Sprintf("line %d: %s: %v", e.Line, e.Command, e.Err)
}

// Unwrap returns the line's error.
func (e *LineError) Unwrap() error { return e.Err }

// ImportError reports the failing lines of a file or batch, none of whose
// commands were written.
type ImportError struct {
	// Lines are the first failing lines, in order (at most
	// BulkOptions.MaxErrors); Failed counts them all.
	Lines  []*LineError
	Failed int
	// FromLine and ToLine bound the lines that were not written: the whole
	// file, or the failing batch.
	FromLine, ToLine int
	// CommittedThrough is the last line committed by earlier batches (0:
	// none); Committed, their commands.
	CommittedThrough, Committed int
}

func (e *ImportError) Error() string {
	var b strings.Builder
	if e.FromLine == e.ToLine {
		fmt.Fprintf(&b, "%d line(s) failed; nothing of line %d was written", e.Failed, e.FromLine)
	} else {
		fmt.Fprintf(&b, "%d line(s) failed; nothing of lines %d-%d was written", e.Failed, e.FromLine, e.ToLine)
	}
	if e.CommittedThrough > 0 {
		fmt.Fprintf(&b, " (lines 1-%d, %d commands, were committed before)", e.CommittedThrough, e.Committed)
	}
	if len(e.Lines) < e.Failed {
		fmt.Fprintf(&b, "; the first %d:", len(e.Lines))
	}
	for _, l := range e.Lines {
		b.WriteString("\n")
		b.WriteString(l.Error())
	}
	return b.String()
}

// Unwrap returns the line errors, so that errors.Is finds their kinds.
func (e *ImportError) Unwrap() []error {
	errs := make([]error, len(e.Lines))
	for i, l := range e.Lines {
		errs[i] = l
	}
	return errs
}

// CommandSource yields the commands of an import file in order.
type CommandSource interface {
	// Next returns the next command and the line it starts on, or io.EOF
	// after the last. A malformed record gives a *LineError, after which
	// Next goes on with the next record; any other error ends the file.
	Next() (line int, cmd Command, err error)
}

// Bulk records the commands of src into store, the store svc writes to,
// all or nothing: the whole file, or each batch of opts.BatchSize
// commands. Every command of a file (or batch) is first decided in memory,
// in order, against the state the commands before it leave, by svc as
// Execute has it decide;
// if any line fails, none is written and the error is an *ImportError
// listing the failing lines. Otherwise the events are committed with one
// eventstore.BatchAppender.AppendBatch; a store without it gives
// ErrNoBatchAppend.
//
// Each command gets an idempotency key: the one its line gives, or one
// derived from its content (as decoded: spacing, field order and the file's
// format do not matter) and how many identical commands came before it.
// So re-importing a file, or a file that extends it, writes only what is
// new. Events get the IDs their line gives (Command.EventIDs), else
// time-ordered ones: a repeated command is recognised by its key, before
// it is decided, not by its event IDs.
func Bulk(ctx context.Context, svc *ledger.Service, store eventstore.Store, src CommandSource, req ledger.Request, opts BulkOptions) (BulkResult, error) {
	var res BulkResult
	batcher, ok := store.(eventstore.BatchAppender)
	if !ok {
		return res, fmt.Errorf("import: %w (%T)", ErrNoBatchAppend, store)
	}
	if opts.MaxErrors < 1 {
		opts.MaxErrors = 100
	}
	head, err := store.Head(ctx)
	if err != nil {
		return res, fmt.Errorf("import: %w", err)
	}
	mem := newMemStore(store, head == 0)
	if head > 0 && head <= maxPrefetchEvents && !opts.ReadOnDemand {
		if err := mem.prefetch(ctx, head); err != nil {
			return res, fmt.Errorf("import: %w", err)
		}
	}
	// The service decides against mem, which only it writes: it keeps
	// each stream folded from one command to the next.
	bulk := svc.Exclusive(mem)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := max(runtime.GOMAXPROCS(0), 1)
	chunks := make(chan *parseChunk, 4*workers)
	go readCommands(ctx, src, chunks, workers)
	seen := map[string]int{} // occurrences of each command, by input hash

	var (
		lineErrs []*LineError
		failed   int
		first    = 0 // first line of the batch
		inBatch  = 0 // commands in the batch
		last     = 0 // last line read
		// committed counts the commands of the batches committed.
		committed = 0
	)
	fail := func(le *LineError) {
		failed++
		if len(lineErrs) < opts.MaxErrors {
			lineErrs = append(lineErrs, le)
		}
	}
	unwritten := func(lines []*LineError, failed int) *ImportError {
		return &ImportError{Lines: lines, Failed: failed, FromLine: max(first, 1), ToLine: last,
			CommittedThrough: res.CommittedThrough, Committed: committed}
	}
	// A batch is committed while the next one is decided: inflight is
	// the commit under way, settle waits for it and books it.
	var inflight *pendingCommit
	defer func() {
		if inflight != nil {
			<-inflight.done
		}
	}()
	settle := func() error {
		if inflight == nil {
			return nil
		}
		p := inflight
		inflight = nil
		if err := <-p.done; err != nil {
			var itemErr *eventstore.BatchItemError
			if errors.As(err, &itemErr) && itemErr.Index < len(p.lines) {
				l := p.lines[itemErr.Index]
				return &ImportError{Lines: []*LineError{{Line: l.line, Command: l.command, Err: err}}, Failed: 1,
					FromLine: p.first, ToLine: last, CommittedThrough: res.CommittedThrough, Committed: committed}
			}
			return fmt.Errorf("import: lines %d-%d: %w", p.first, p.last, err)
		}
		if len(p.results) > 0 {
			res.Head = p.results[len(p.results)-1].Position
			for _, it := range p.items {
				res.Events += len(it.Events)
			}
			// Streams not read are still empty only if no one else wrote.
			if mem.empty && res.Head != mem.head+uint64(res.Events) {
				mem.empty = false
			}
		}
		res.CommittedThrough, committed = p.last, p.commands
		if opts.Progress != nil {
			opts.Progress(res.Commands)
		}
		return nil
	}
	// commit starts committing the batch decided so far, or reports why it
	// cannot; wait waits for the commit.
	commit := func(wait bool) error {
		if err := settle(); err != nil {
			return err
		}
		if failed > 0 {
			return unwritten(lineErrs, failed)
		}
		p := &pendingCommit{items: mem.items, lines: mem.lines, first: max(first, 1), last: last, commands: res.Commands, done: make(chan error, 1)}
		// The next batch's appends are as many as its commands at most.
		mem.items, mem.lines = make([]eventstore.StreamAppend, 0, opts.BatchSize), make([]origin, 0, opts.BatchSize)
		first, inBatch = 0, 0
		if len(p.items) == 0 {
			p.done <- nil
		} else {
			if opts.Committing != nil {
				n := 0
				for _, it := range p.items {
					n += len(it.Events)
				}
				opts.Committing(n)
			}
			go func() {
				var err error
				p.results, err = batcher.AppendBatch(ctx, p.items)
				p.done <- err
			}()
		}
		inflight = p
		// The streams read are forgotten only once all is committed: the
		// store has what they held.
		if wait || mem.full() {
			if err := settle(); err != nil {
				return err
			}
			if mem.evict() {
				bulk = svc.Exclusive(mem) // forgets what it kept
			}
		}
		return nil
	}
	for c := range chunks {
		<-c.done
		for i := range c.cmds {
			p := &c.cmds[i]
			if p.err != nil {
				var le *LineError
				if !errors.As(p.err, &le) {
					return res, fmt.Errorf("import: after line %d: %w", last, p.err)
				}
				p.line = le.Line
			}
			last = p.line
			if first == 0 {
				first = p.line
			}
			res.Commands++
			inBatch++
			if p.err != nil {
				fail(p.err.(*LineError))
			} else {
				r := req
				key := p.cmd.IdempotencyKey
				if key == "" {
					key = importKey(p.inputHash, seen)
				}
				r.IdempotencyKey, r.InputHash, r.InputJSON = key, p.inputHash, p.inputJSON
				r.EventIDs, r.OrderedIDs, r.InputChecked = p.cmd.EventIDs, true, true
				before := len(mem.items)
				mem.line, mem.command = p.line, p.cmd.Name
				if _, err := bulk.Do(ctx, r, p.decoded); err != nil {
					if ctx.Err() != nil {
						return res, fmt.Errorf("import: %w", ctx.Err())
					}
					fail(&LineError{Line: p.line, Command: p.cmd.Name, Err: err})
				} else if len(mem.items) > before {
					res.Recorded++
				} else {
					res.Repeated++
				}
			}
			if opts.Progress != nil && failed == 0 {
				opts.Progress(res.Commands)
			}
			if opts.BatchSize > 0 && inBatch >= opts.BatchSize {
				if err := commit(false); err != nil {
					return res, err
				}
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("import: %w", err)
	}
	if err := commit(true); err != nil {
		return res, err
	}
	return res, nil
}

// pendingCommit is a batch being committed.
type pendingCommit struct {
	items   []eventstore.StreamAppend
	lines   []origin
	results []eventstore.AppendResult
	// first and last are the batch's lines, commands the commands read
	// through last.
	first, last, commands int
	done                  chan error
}

// parsedCommand is a command read and decoded ahead of its execution.
type parsedCommand struct {
	line int
	cmd  Command
	// raw is the record of a recordSource, to be decoded into cmd.
	raw []byte
	// inputHash is the command's, computed here rather than in execute,
	// and inputJSON the JSON form it hashed (ledger.HashInput).
	inputHash string
	inputJSON []byte
	decoded   any
	// err is a *LineError for a line that failed to read or decode, or
	// the error that ends the file.
	err error
}

// decode decodes the command (its record first, if it has one), checks
// its text (domain.CheckInput) and hashes its input.
func (p *parsedCommand) decode(src recordSource) {
	if p.err != nil {
		return // it failed to read
	}
	if p.raw != nil {
		p.cmd, p.err = src.decodeRecord(p.line, p.raw)
		p.raw = nil
		if p.err != nil {
			return
		}
	}
	h, ok := handlers[p.cmd.Name]
	if !ok {
		p.err = &LineError{Line: p.line, Command: p.cmd.Name, Err: unknownCommand(p.cmd.Name)}
		return
	}
	var err error
	if p.decoded, err = h.decode(p.cmd.Input); err == nil {
		// The key the line gives is checked with the command; a key Bulk
		// derives (importKey) is short printable ASCII.
		err = domain.CheckInput(p.decoded, nil, p.cmd.IdempotencyKey)
	}
	if err == nil {
		p.inputHash, p.inputJSON, err = ledger.HashInput(p.cmd.Name, p.decoded)
	}
	if err != nil {
		p.err = &LineError{Line: p.line, Command: p.cmd.Name, Err: err}
	}
	p.cmd.Input = nil // decoded: the bytes need not be kept
}

// recordSource is a CommandSource whose records can be decoded apart from
// reading them, and so on several cores (NDJSON: reading a line is cheap,
// decoding it is not).
type recordSource interface {
	CommandSource
	// nextRecord returns the next record undecoded, valid until the next
	// call, and the line it starts on, or io.EOF after the last; any error
	// ends the file.
	nextRecord() (line int, record []byte, err error)
	// decodeRecord decodes a record as Next does; it is safe for
	// concurrent use.
	decodeRecord(line int, record []byte) (Command, error)
}

// parseChunk is a run of consecutive commands of a file, decoded together
// by one worker. done is closed once they are.
type parseChunk struct {
	cmds []parsedCommand
	done chan struct{}
	// bufs hold the records of a recordSource, given back to recordBufs
	// once they are decoded (nothing decoded refers to them).
	bufs []*[]byte
}

// recordBufs holds the buffers chunks copy records into.
var recordBufs = sync.Pool{New: func() any { b := make([]byte, 0, recordBufSize); return &b }}

const recordBufSize = 64 << 10

const (
	// chunkCommands is the number of commands of a parseChunk: enough to
	// make handing a chunk over cheap against decoding it.
	chunkCommands = 256
	// chunkBytes bounds the records a parseChunk copies (a few long lines).
	chunkBytes = 1 << 20
)

// readCommands reads the commands of src, in order, until its end, an
// error that ends it, or ctx's end, and sends them to out in chunks, in
// order; then closes out. The chunks are decoded (and their inputs hashed)
// by workers goroutines, each chunk by one: the receiver waits for each
// chunk's done. It all runs apart from the decisions, which must take the
// commands one after the other.
func readCommands(ctx context.Context, src CommandSource, out chan<- *parseChunk, workers int) {
	defer close(out)
	rs, _ := src.(recordSource)
	work := make(chan *parseChunk, cap(out))
	defer close(work)
	for range workers {
		go func() {
			for c := range work {
				for i := range c.cmds {
					c.cmds[i].decode(rs)
				}
				for _, bp := range c.bufs {
					*bp = (*bp)[:0]
					recordBufs.Put(bp)
				}
				c.bufs = nil
				close(c.done)
			}
		}()
	}
	// send hands the chunk to a worker, then to out to be taken in order:
	// a chunk in out is sure to be done.
	send := func(c *parseChunk) bool {
		select {
		case work <- c:
		case <-ctx.Done():
			return false
		}
		select {
		case out <- c:
		case <-ctx.Done():
			return false
		}
		return true
	}
	for {
		c := &parseChunk{cmds: make([]parsedCommand, 0, chunkCommands), done: make(chan struct{})}
		var buf []byte // the chunk's records
		end := false
		for len(c.cmds) < chunkCommands && len(buf) < chunkBytes {
			var p parsedCommand
			var err error
			if rs != nil {
				var rec []byte
				p.line, rec, err = rs.nextRecord()
				if err == nil {
					// Records are copied into one buffer a chunk: the
					// source reuses its own.
					if cap(buf)-len(buf) < len(rec) {
						if len(rec) > recordBufSize {
							buf = make([]byte, 0, len(rec))
						} else {
							bp := recordBufs.Get().(*[]byte)
							c.bufs = append(c.bufs, bp)
							buf = *bp
						}
					}
					start := len(buf)
					buf = append(buf, rec...)
					p.raw = buf[start:len(buf):len(buf)]
				}
			} else {
				p.line, p.cmd, err = src.Next()
			}
			if errors.Is(err, io.EOF) {
				end = true
				break
			}
			var le *LineError
			if err != nil {
				p.err = err
			}
			c.cmds = append(c.cmds, p)
			if err != nil && !errors.As(err, &le) {
				end = true // an error that ends the file
				break
			}
		}
		if len(c.cmds) > 0 && !send(c) {
			return
		}
		if end {
			return
		}
	}
}

// importKey derives the idempotency key of a command without one from its
// input hash (of its name and canonical JSON form, so that neither the
// spacing nor the order of fields nor the file format matters) and how
// many identical commands came before it in the file.
func importKey(inputHash string, seen map[string]int) string {
	n := seen[inputHash]
	seen[inputHash] = n + 1
	return "import:" + inputHash[:32] + ":" + strconv.Itoa(n)
}

// memStore is the store a bulk import decides against: the streams as
// the backing store has them, plus the events of the batch decided so
// far, which it collects instead of writing.
type memStore struct {
	base    eventstore.Store
	streams map[string]*memStream
	// recent are the two streams last looked up, the latest first: a
	// command reads its stream, perhaps another record's, then appends to
	// its own.
	recent [2]*memStream
	cached int // events held in streams
	// items are the appends of the batch, one per command that wrote
	// events, and lines where they come from.
	items []eventstore.StreamAppend
	lines []origin
	// empty is set while every stream not in streams is known to be empty:
	// the ledger was empty, or every stream was read (prefetch), and only
	// this import wrote to it since; head is the ledger's head then.
	empty bool
	head  uint64
	// line and command are those of the command being decided.
	line    int
	command string
}

type origin struct {
	line    int
	command string
}

type memStream struct {
	name   string
	events []eventstore.Event
}

// maxCachedEvents bounds the events memStore keeps between batches.
const maxCachedEvents = 500_000

func newMemStore(base eventstore.Store, empty bool) *memStore {
	return &memStore{base: base, streams: map[string]*memStream{}, empty: empty}
}

// A memStore is not an eventstore.Store: it holds streams, not a ledger
// (no positions, no subscriptions), and the service needs no more.
var _ ledger.Streams = (*memStore)(nil)

func (m *memStore) stream(ctx context.Context, name string) (*memStream, error) {
	for i, st := range m.recent {
		if st != nil && st.name == name {
			m.recent[0], m.recent[i] = st, m.recent[0]
			return st, nil
		}
	}
	st, err := m.lookup(ctx, name)
	if err == nil {
		m.recent[0], m.recent[1] = st, m.recent[0]
	}
	return st, err
}

// lookup is stream without the recent streams.
func (m *memStore) lookup(ctx context.Context, name string) (*memStream, error) {
	if st, ok := m.streams[name]; ok {
		return st, nil
	}
	var evs []eventstore.Event
	if !m.empty {
		var err error
		if evs, err = m.base.ReadStream(ctx, name, 0); err != nil {
			return nil, err
		}
		evs = compact(evs)
	}
	st := &memStream{name: name, events: evs}
	m.streams[name] = st
	m.cached += len(evs)
	return st, nil
}

// compact copies events into memory of their size: a store may return them
// in larger buffers (the SQLite store reads into 64 KiB), which a cache of
// every stream read must not keep.
func compact(evs []eventstore.Event) []eventstore.Event {
	if len(evs) == 0 {
		return nil
	}
	n := 0
	for _, ev := range evs {
		n += len(ev.Data) + len(ev.Metadata)
	}
	buf := make([]byte, 0, n)
	out := make([]eventstore.Event, len(evs))
	for i, ev := range evs {
		out[i] = ev
		start := len(buf)
		buf = append(buf, ev.Data...)
		out[i].Data = buf[start:len(buf):len(buf)]
		start = len(buf)
		buf = append(buf, ev.Metadata...)
		out[i].Metadata = buf[start:len(buf):len(buf)]
	}
	return out
}

func (m *memStore) ReadStream(ctx context.Context, stream string, after int64) ([]eventstore.Event, error) {
	st, err := m.stream(ctx, stream)
	if err != nil {
		return nil, err
	}
	// Versions run from 1 without gaps, so version v is at index v-1.
	after = min(max(after, 0), int64(len(st.events)))
	evs := st.events[after:]
	return evs[:len(evs):len(evs)], nil
}

func (m *memStore) Append(ctx context.Context, stream string, expected int64, events ...eventstore.EventData) (eventstore.AppendResult, error) {
	if err := eventstore.Validate(stream, expected, events); err != nil {
		return eventstore.AppendResult{}, err
	}
	st, err := m.stream(ctx, stream)
	if err != nil {
		return eventstore.AppendResult{}, err
	}
	if v := int64(len(st.events)); v != expected {
		return eventstore.AppendResult{}, &eventstore.VersionConflictError{Stream: stream, Expected: expected, Actual: v}
	}
	for i, ev := range events {
		st.events = append(st.events, eventstore.Event{ID: ev.ID, Type: ev.Type, Stream: stream, Data: ev.Data, Metadata: ev.Metadata,
			Version: expected + int64(i) + 1})
	}
	m.cached += len(events)
	m.items = append(m.items, eventstore.StreamAppend{Stream: stream, Expected: expected, Events: events})
	m.lines = append(m.lines, origin{line: m.line, command: m.command})
	return eventstore.AppendResult{Version: expected + int64(len(events))}, nil
}

// maxPrefetchEvents bounds the ledgers whose every stream an import reads
// before it starts: half the events kept, leaving room for the import's.
const maxPrefetchEvents = maxCachedEvents / 2

// prefetch reads every stream of the ledger, up to head, in one pass in
// ledger order, so that the import need not read the streams it touches
// one by one: reading them in order costs a fraction of reading each
// (with a ledger of 200,000 events, each command's stream read took most
// of importing it again). If the versions read do not follow each other
// (a writer went on meanwhile), it keeps nothing: the streams are then read
// one by one.
func (m *memStore) prefetch(ctx context.Context, head uint64) error {
	const page = 10_000
	var after uint64
	n := 0
	for after < head {
		evs, err := m.base.ReadAll(ctx, after, page)
		if err != nil {
			return err
		}
		if len(evs) == 0 {
			break
		}
		for _, ev := range compact(evs) {
			if ev.Position > head {
				break
			}
			st := m.streams[ev.Stream]
			if st == nil {
				st = &memStream{name: ev.Stream}
				m.streams[ev.Stream] = st
			}
			if ev.Version != int64(len(st.events))+1 {
				m.forget()
				return nil
			}
			st.events = append(st.events, ev)
			n++
		}
		after = evs[len(evs)-1].Position
	}
	m.cached = n
	m.empty, m.head = true, head
	return nil
}

// full reports whether the streams read hold more events than kept.
func (m *memStore) full() bool { return m.cached > maxCachedEvents }

// evict forgets the streams read if there are too many, once what they
// hold is committed, and reports whether it did.
func (m *memStore) evict() bool {
	if !m.full() {
		return false
	}
	m.forget()
	m.cached = 0
	m.empty = false // the streams written are forgotten
	return true
}

// forget forgets every stream read.
func (m *memStore) forget() {
	clear(m.streams)
	m.recent = [2]*memStream{}
}
