package kurrentdb

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"github.com/google/uuid"

	"github.com/controlsledger/ledger/eventstore"
)

var _ eventstore.Store = (*Store)(nil)

// Options tune a Store. The zero value is ready to use; the server, the
// credentials and the TLS settings come from the connection string.
type Options struct {
	// ConnectAttempts is how many times Open tries to reach the server,
	// with a new client each time. Zero means 5.
	ConnectAttempts int
	// ConnectBackoff is the wait after the first failed attempt; it doubles
	// after each further one, up to 10 seconds. Zero means 500ms.
	ConnectBackoff time.Duration
	// CallTimeout bounds every single call to the server (one append, one
	// page of a read, the start of the subscription). A call without an
	// answer in that time fails and the client is rebuilt. Zero means 30s.
	CallTimeout time.Duration
	// SilenceTimeout is how long the subscription to $all may deliver
	// nothing, no event and no checkpoint, before the Store reads the head
	// of $all; if a ledger event lies beyond the index, the subscription
	// is taken for silent (a node that shuts down can leave it so) and
	// replaced. Zero means 30s.
	SilenceTimeout time.Duration
	// Logf receives the diagnostics of the client and of the subscription
	// that keeps the index current (drops, resubscriptions). Nil discards
	// them.
	Logf func(format string, args ...any)
}

const (
	defaultConnectAttempts = 5
	defaultConnectBackoff  = 500 * time.Millisecond
	defaultCallTimeout     = 30 * time.Second
	// maxBackoff caps the waits between connection attempts and between
	// resubscriptions.
	maxBackoff = 10 * time.Second
	// resubscribeBackoff is the first wait before resubscribing to $all.
	resubscribeBackoff = 100 * time.Millisecond

	// scanPage is how many events of $all one read takes while Open builds
	// the index.
	scanPage = 4096
	// readPage is how many ledger events one read of ReadAll, ReadStream or
	// Subscribe asks for.
	readPage = 512
	// systemSlack is added to a read of $all for the system events it may
	// meet between ledger events.
	systemSlack = 64
	// pageBytes bounds the payload bytes one read holds, so a page of large
	// events cannot take gigabytes.
	pageBytes = 16 << 20
	// followBuffer is how many events the subscription to $all may hold
	// before the index takes them.
	followBuffer = 256
	// closeGrace bounds how long Close waits for appends in progress.
	closeGrace = 30 * time.Second
)

func (o Options) withDefaults() (Options, error) {
	if o.ConnectAttempts < 0 || o.ConnectBackoff < 0 || o.CallTimeout < 0 || o.SilenceTimeout < 0 {
		return o, fmt.Errorf("negative option: connect attempts %d, connect backoff %v, call timeout %v, silence timeout %v", o.ConnectAttempts, o.ConnectBackoff, o.CallTimeout, o.SilenceTimeout)
	}
	if o.SilenceTimeout == 0 {
		o.SilenceTimeout = defaultSilenceTimeout
	}
	if o.ConnectAttempts == 0 {
		o.ConnectAttempts = defaultConnectAttempts
	}
	if o.ConnectBackoff == 0 {
		o.ConnectBackoff = defaultConnectBackoff
	}
	if o.CallTimeout == 0 {
		o.CallTimeout = defaultCallTimeout
	}
	return o, nil
}

// Store is the KurrentDB event store. Open it with Open; it is safe for
// concurrent use and must be closed with Close.
type Store struct {
	cfg  *esdb.Configuration
	addr string // the server(s), without credentials, for messages
	opts Options

	closed atomic.Bool   // set by Close: new calls are refused
	done   chan struct{} // closed by Close once appends in progress are over

	stopFollower context.CancelFunc
	followerDone chan struct{}

	mu sync.Mutex
	// cur is the client calls use; nil after Close.
	cur *conn
	idx *ledgerIndex
	// notify is closed and replaced whenever the index grows, waking the
	// appends and subscriptions that wait for it.
	notify chan struct{}
	// pending holds the appends in progress by stream, so that the
	// subscription can tell each when its events are indexed.
	pending map[string][]*appendWait
	// inflight maps the event IDs of the appends in progress, so that two
	// appends of one ID in this process do not race.
	inflight map[uuid.UUID]*appendWait
	// appending counts the appends in progress; Close waits for idle.
	appending int
	idle      chan struct{}
	// followErr is why the subscription to $all last ended.
	followErr error
	// cuts names the ledger streams whose history is cut and how (see
	// watchHistory); while it is not empty every call fails.
	cuts map[string]string
}

// Open connects to the KurrentDB (or EventStoreDB) server of connString, an
// esdb:// or esdb+discover:// connection string with its credentials and
// TLS settings, and builds the ledger index by reading $all from the start
// (see the package documentation for what that costs). It tries to reach
// the server Options.ConnectAttempts times, with a new client each time,
// before it fails with an error that names the server without its
// credentials. The caller must Close the Store.
func Open(ctx context.Context, connString string, opts Options) (*Store, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("kurrentdb: %w", err)
	}
	cfg, err := parseConnString(connString)
	if err != nil {
		return nil, err
	}
	cfg.Logger = clientLogger(opts.Logf)
	s := &Store{
		cfg:          cfg,
		addr:         describeAddress(cfg),
		opts:         opts,
		done:         make(chan struct{}),
		followerDone: make(chan struct{}),
		idx:          newLedgerIndex(),
		notify:       make(chan struct{}),
		pending:      make(map[string][]*appendWait),
		inflight:     make(map[uuid.UUID]*appendWait),
		cuts:         make(map[string]string),
	}
	if s.cur, err = s.newConn(); err != nil {
		return nil, err
	}
	if err := s.connect(ctx); err != nil {
		s.dropClient()
		return nil, err
	}
	if err := s.build(ctx); err != nil {
		s.dropClient()
		if ctx.Err() != nil {
			err = ctx.Err()
		}
		return nil, fmt.Errorf("kurrentdb %s: index the ledger: %w", s.addr, translate(err))
	}
	if err := s.historyErr(); err != nil {
		s.dropClient()
		return nil, fmt.Errorf("open: %w", err)
	}
	fctx, cancel := context.WithCancel(context.Background())
	s.stopFollower = cancel
	go s.follow(fctx)
	return s, nil
}

func (s *Store) logf(format string, args ...any) {
	if s.opts.Logf != nil {
		s.opts.Logf(format, args...)
	}
}

// precheck returns the error of a call that must not start.
func (s *Store) precheck(ctx context.Context, op string) error {
	if s.closed.Load() {
		return fmt.Errorf("%s: %w", op, eventstore.ErrClosed)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	if err := s.historyErr(); err != nil {
		return fmt.Errorf("%s: %w", op, err)
	}
	return nil
}

// fail turns the error of a call into the error the contract promises: the
// context's error when it is done, ErrClosed when the store was closed
// under the call, otherwise the translated error.
func (s *Store) fail(ctx context.Context, op string, err error) error {
	switch {
	case ctx.Err() != nil && !errors.Is(err, ctx.Err()):
		return fmt.Errorf("%s: %w", op, ctx.Err())
	case s.closed.Load() && !errors.Is(err, eventstore.ErrClosed) && !errors.Is(err, ctx.Err()):
		return fmt.Errorf("%s: %w", op, eventstore.ErrClosed)
	default:
		return fmt.Errorf("%s: %w", op, translate(err))
	}
}

// scanAll reads at most count events of $all forward from `from`, which it
// includes, and passes them to visit until visit returns false. It returns
// the client's errors untranslated.
func (s *Store) scanAll(ctx context.Context, from esdb.AllPosition, count uint64, visit func(*esdb.RecordedEvent) (bool, error)) error {
	return s.call(ctx, func(ctx context.Context, c *esdb.Client) error {
		rs, err := c.ReadAll(ctx, esdb.ReadAllOptions{From: from}, count)
		if err != nil {
			return err
		}
		defer rs.Close()
		for {
			re, err := rs.Recv()
			if errors.Is(err, io.EOF) {
				return nil
			}
			if err != nil {
				return err
			}
			if re.Event == nil {
				continue
			}
			more, err := visit(re.Event)
			if err != nil || !more {
				return err
			}
		}
	})
}

// build indexes $all from the start, a page at a time. Each page starts at
// the last event of the one before (reads of $all include their start), so
// the first event of each page after the first is a repeat.
func (s *Store) build(ctx context.Context) error {
	var (
		from esdb.AllPosition = esdb.Start{}
		last *esdb.Position
	)
	for {
		fresh, size := 0, 0
		err := s.scanAll(ctx, from, scanPage, func(re *esdb.RecordedEvent) (bool, error) {
			if last != nil && comparePositions(re.Position, *last) <= 0 {
				return true, nil
			}
			pos := re.Position
			last = &pos
			fresh++
			s.index(re)
			size += len(re.Data) + len(re.UserMetadata)
			return size < pageBytes, nil
		})
		if err != nil {
			return err
		}
		if fresh == 0 {
			return nil
		}
		from = *last
	}
}

// index adds a ledger event of $all to the index and tells the append
// waiting for it, if any. It reports whether the index grew.
func (s *Store) index(re *esdb.RecordedEvent) bool {
	if isSystem(re.StreamID, re.EventType) {
		s.watchHistory(re)
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ordinal, ok := s.idx.add(re)
	if !ok {
		return false
	}
	for _, w := range s.pending[re.StreamID] {
		w.observe(re, ordinal)
	}
	return true
}

// broadcast wakes every append and subscription waiting for the index.
func (s *Store) broadcast() {
	s.mu.Lock()
	defer s.mu.Unlock()
	close(s.notify)
	s.notify = make(chan struct{})
}

// signal returns the channel the next growth of the index closes.
func (s *Store) signal() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.notify
}

// follow keeps the index current: it subscribes to $all after the last
// indexed event and, whenever the subscription ends, subscribes again with
// a growing backoff, since the client never resubscribes by itself. It runs
// until Close.
func (s *Store) follow(ctx context.Context) {
	defer close(s.followerDone)
	wait := resubscribeBackoff
	for {
		progressed, err := s.followOnce(ctx)
		if ctx.Err() != nil {
			return
		}
		s.mu.Lock()
		s.followErr = err
		s.mu.Unlock()
		if progressed {
			wait = resubscribeBackoff
		}
		s.logf("kurrentdb: subscription to $all of %s ended: %v; resubscribing in %v", s.addr, err, wait)
		if sleep(ctx, wait) != nil {
			return
		}
		wait = min(2*wait, maxBackoff)
	}
}

// followOnce runs one subscription to $all until it ends, and reports
// whether it indexed anything.
func (s *Store) followOnce(ctx context.Context) (progressed bool, err error) {
	c, err := s.acquire()
	if err != nil {
		return false, err
	}
	subCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	s.mu.Lock()
	from := s.idx.resumeFrom()
	s.mu.Unlock()

	// The subscription runs in a goroutine of its own that holds the
	// client (see conn); the index takes its events from a bounded channel.
	events := make(chan *esdb.RecordedEvent, followBuffer)
	alive := make(chan struct{}, 1) // a checkpoint arrived
	started := make(chan struct{})
	ended := make(chan error, 1)
	go func() {
		defer s.release(c)
		sub, err := c.client.SubscribeToAll(leaderOnly(subCtx), esdb.SubscribeToAllOptions{
			From:   from,
			Filter: followFilter,
		})
		if err != nil {
			ended <- err
			return
		}
		defer sub.Close()
		close(started)
		for {
			e := sub.Recv()
			switch {
			case e.SubscriptionDropped != nil:
				err := e.SubscriptionDropped.Error
				if err == nil {
					err = errors.New("subscription dropped")
				}
				ended <- err
				return
			case e.CheckPointReached != nil:
				select {
				case alive <- struct{}{}:
				default:
				}
			case e.EventAppeared != nil:
				re := e.EventAppeared.OriginalEvent()
				if re == nil {
					continue
				}
				select {
				case events <- re:
				case <-subCtx.Done():
					ended <- subCtx.Err()
					return
				}
			}
		}
	}()

	timer := time.NewTimer(s.opts.CallTimeout)
	select {
	case <-started:
		timer.Stop()
	case err := <-ended:
		timer.Stop()
		s.retire(c)
		return false, fmt.Errorf("subscribe to $all: %w", translate(err))
	case <-timer.C:
		cancel()
		s.retire(c)
		return false, fmt.Errorf("subscribe to $all: %w within %v", errNoAnswer, s.opts.CallTimeout)
	case <-ctx.Done():
		timer.Stop()
		return false, ctx.Err()
	}

	// The watchdog: a subscription that delivers nothing for
	// SilenceTimeout while $all holds a ledger event beyond the index is
	// silent (KurrentDB can drop it as Unsubscribed and leave the call
	// open, which the client's keepalive does not notice).
	quiet := time.NewTicker(s.opts.SilenceTimeout)
	defer quiet.Stop()
	heard := false
	for {
		select {
		case re := <-events:
			heard = true
			if s.indexQueued(re, events) {
				progressed = true
			}
		case <-alive:
			heard = true
		case <-quiet.C:
			if heard {
				heard = false
				continue
			}
			s.mu.Lock()
			last, _ := s.idx.last()
			s.mu.Unlock()
			moved, err := s.headMoved(ctx, last)
			if err != nil {
				s.logf("kurrentdb: subscription to $all of %s silent for %v; reading the head of $all: %v", s.addr, s.opts.SilenceTimeout, translate(err))
				continue
			}
			if moved {
				return progressed, fmt.Errorf("subscription to $all: %w for %v", errSilent, s.opts.SilenceTimeout)
			}
		case err := <-ended:
			// Index what arrived before the end.
			select {
			case re := <-events:
				if s.indexQueued(re, events) {
					progressed = true
				}
			default:
			}
			return progressed, fmt.Errorf("subscription to $all: %w", translate(err))
		case <-ctx.Done():
			return progressed, ctx.Err()
		}
	}
}

// indexQueued indexes re and the events queued behind it, then wakes the
// waiters once.
func (s *Store) indexQueued(re *esdb.RecordedEvent, queue <-chan *esdb.RecordedEvent) bool {
	grew := s.index(re)
	for more := true; more; {
		select {
		case re := <-queue:
			grew = s.index(re) || grew
		default:
			more = false
		}
	}
	if grew {
		s.broadcast()
	}
	return grew
}

// waitIndexed waits until the index has reached pos.
func (s *Store) waitIndexed(ctx context.Context, pos esdb.Position) error {
	for {
		s.mu.Lock()
		ok := s.idx.covers(pos)
		sig, followErr := s.notify, s.followErr
		s.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-sig:
		case <-ctx.Done():
			if followErr != nil {
				return fmt.Errorf("waiting for the ledger index to reach %v (the subscription to $all last ended with: %v): %w", pos, followErr, ctx.Err())
			}
			return fmt.Errorf("waiting for the ledger index to reach %v: %w", pos, ctx.Err())
		case <-s.done:
			return eventstore.ErrClosed
		}
	}
}

// ordinalAt returns the ledger ordinal of the event at pos, once indexed.
func (s *Store) ordinalAt(ctx context.Context, pos esdb.Position) (uint64, error) {
	if err := s.waitIndexed(ctx, pos); err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	ordinal, ok := s.idx.ordinal(pos)
	if !ok {
		return 0, fmt.Errorf("no ledger event at $all position %d/%d", pos.Commit, pos.Prepare)
	}
	return ordinal, nil
}

// ReadStream returns the events of stream with a version greater than
// after, in version order. An unknown stream yields no events and no error.
// A stream whose name starts with '$' is a system stream, never part of the
// ledger: reading it is ErrInvalid.
func (s *Store) ReadStream(ctx context.Context, stream string, after int64) ([]eventstore.Event, error) {
	op := fmt.Sprintf("read stream %q after v%d", stream, after)
	if err := s.precheck(ctx, op); err != nil {
		return nil, err
	}
	if strings.HasPrefix(stream, "$") {
		return nil, fmt.Errorf("%s: %w: KurrentDB reserves stream names that start with '$'", op, eventstore.ErrInvalid)
	}
	if stream == "" {
		return nil, nil
	}
	var out []eventstore.Event
	for rev := revisionAfter(after); ; {
		var (
			page []*esdb.RecordedEvent
			size int
		)
		err := s.call(ctx, func(ctx context.Context, c *esdb.Client) error {
			rs, err := c.ReadStream(ctx, stream, esdb.ReadStreamOptions{From: esdb.Revision(rev)}, readPage)
			if err != nil {
				return err
			}
			defer rs.Close()
			for size < pageBytes {
				re, err := rs.Recv()
				if errors.Is(err, io.EOF) {
					return nil
				}
				if err != nil {
					return err
				}
				if re.Event != nil {
					page = append(page, re.Event)
					size += len(re.Event.Data) + len(re.Event.UserMetadata)
				}
			}
			return nil
		})
		if isNotFound(err) {
			return out, nil
		}
		if err != nil {
			return nil, s.fail(ctx, op, err)
		}
		if len(page) == 0 {
			return out, nil
		}
		// An event appended by another process may not be indexed yet.
		if err := s.waitIndexed(ctx, page[len(page)-1].Position); err != nil {
			return nil, s.fail(ctx, op, err)
		}
		s.mu.Lock()
		for _, re := range page {
			ordinal, ok := s.idx.ordinal(re.Position)
			if !ok {
				s.mu.Unlock()
				return nil, fmt.Errorf("%s: %q v%d (type %q) at $all position %d/%d is not a ledger event", op, re.StreamID, versionOf(re.EventNumber), re.EventType, re.Position.Commit, re.Position.Prepare)
			}
			ev, err := s.idx.event(re, ordinal)
			if err != nil {
				s.mu.Unlock()
				return nil, fmt.Errorf("%s: %w", op, err)
			}
			out = append(out, ev)
		}
		s.mu.Unlock()
		if len(page) < readPage && size < pageBytes {
			return out, nil
		}
		rev = page[len(page)-1].EventNumber + 1
	}
}

// ReadAll returns at most limit events with a position greater than after,
// in ledger order. A limit below 1 is ErrInvalid.
func (s *Store) ReadAll(ctx context.Context, after uint64, limit int) ([]eventstore.Event, error) {
	op := fmt.Sprintf("read all after %d", after)
	if err := s.precheck(ctx, op); err != nil {
		return nil, err
	}
	if limit < 1 {
		return nil, fmt.Errorf("%s: %w: limit %d is below 1", op, eventstore.ErrInvalid, limit)
	}
	evs, err := s.readLedger(ctx, after, limit, 0)
	if err != nil {
		return nil, s.fail(ctx, op, err)
	}
	return evs, nil
}

// readLedger returns at most limit indexed events after ordinal after,
// stopping early, after at least one event, once the payloads read reach
// maxBytes (0: no byte limit). It maps the ordinal to its $all position
// through the index, reads $all from there, and numbers the ledger events
// it meets, checking each against the index.
func (s *Store) readLedger(ctx context.Context, after uint64, limit, maxBytes int) ([]eventstore.Event, error) {
	s.mu.Lock()
	head := s.idx.head()
	var floor *esdb.Position // the last $all position already passed
	if after > 0 && after <= head {
		e, _ := s.idx.entry(after)
		floor = &e.pos
	}
	s.mu.Unlock()
	if after >= head {
		return nil, nil
	}
	want := int(min(uint64(limit), head-after))
	next := after + 1
	var (
		out  []eventstore.Event
		size int
	)
	full := func() bool { return len(out) >= want || (maxBytes > 0 && size >= maxBytes) }
	for !full() {
		var from esdb.AllPosition = esdb.Start{}
		if floor != nil {
			from = *floor
		}
		progressed := false
		count := uint64(min(want-len(out), readPage)) + 1 + systemSlack
		err := s.scanAll(ctx, from, count, func(re *esdb.RecordedEvent) (bool, error) {
			if floor != nil && comparePositions(re.Position, *floor) <= 0 {
				return true, nil // the start of the read, already passed
			}
			pos := re.Position
			floor, progressed = &pos, true
			if isSystem(re.StreamID, re.EventType) {
				return true, nil
			}
			s.mu.Lock()
			e, ok := s.idx.entry(next)
			var (
				ev  eventstore.Event
				err error
			)
			if ok && e.pos == re.Position {
				ev, err = s.idx.event(re, next)
			}
			s.mu.Unlock()
			if !ok || e.pos != re.Position {
				return false, fmt.Errorf("ledger position %d: the index holds $all position %d/%d, but $all has %q v%d at %d/%d; was the database changed (streams deleted, events scavenged)?",
					next, e.pos.Commit, e.pos.Prepare, re.StreamID, versionOf(re.EventNumber), re.Position.Commit, re.Position.Prepare)
			}
			if err != nil {
				return false, err
			}
			out = append(out, ev)
			next++
			size += len(re.Data) + len(re.UserMetadata)
			return !full(), nil
		})
		if err != nil {
			return nil, err
		}
		if !progressed {
			return nil, fmt.Errorf("$all ends before ledger position %d, which the index holds", next)
		}
	}
	return out, nil
}

// Head returns the position of the last event in the ledger (0 if empty):
// the last ordinal of the index, which every acknowledged append has
// reached.
func (s *Store) Head(ctx context.Context) (uint64, error) {
	if err := s.precheck(ctx, "read head"); err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.idx.head(), nil
}

const (
	// subscribePage is how many events a subscription reads at a time.
	subscribePage = readPage
	// subscribeBytes bounds the payload bytes a subscription holds.
	subscribeBytes = pageBytes
)

// Subscribe calls fn for every event with a position greater than after,
// in ledger order, first the recorded ones, then each new one as it is
// indexed. It reads a page at a time and, once caught up, waits for the
// index to grow; it holds nothing the subscription to $all needs, so a slow
// fn delays only itself.
func (s *Store) Subscribe(ctx context.Context, after uint64, fn func(eventstore.Event) error) error {
	if err := s.precheck(ctx, fmt.Sprintf("subscribe after %d", after)); err != nil {
		return err
	}
	for {
		select {
		case <-s.done:
			return fmt.Errorf("subscribe at %d: %w", after, eventstore.ErrClosed)
		default:
		}
		// Take the signal before reading, so growth between the read and
		// the wait is not missed.
		sig := s.signal()
		evs, err := s.readLedger(ctx, after, subscribePage, subscribeBytes)
		if err != nil {
			return s.fail(ctx, fmt.Sprintf("subscribe at %d", after), err)
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
			continue
		}
		select {
		case <-sig:
		case <-ctx.Done():
			return fmt.Errorf("subscribe at %d: %w", after, ctx.Err())
		case <-s.done:
			return fmt.Errorf("subscribe at %d: %w", after, eventstore.ErrClosed)
		}
	}
}

// Close refuses new calls, waits (up to 30 seconds) for the appends in
// progress to get their result, ends the subscriptions with ErrClosed,
// stops the subscription to $all and closes the client. A second Close
// returns ErrClosed.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.closed.Load() {
		s.mu.Unlock()
		return fmt.Errorf("close kurrentdb %s: %w", s.addr, eventstore.ErrClosed)
	}
	s.closed.Store(true)
	var idle chan struct{}
	if s.appending > 0 {
		idle = make(chan struct{})
		s.idle = idle
	}
	s.mu.Unlock()
	if idle != nil {
		t := time.NewTimer(closeGrace)
		select {
		case <-idle:
		case <-t.C:
		}
		t.Stop()
	}
	close(s.done)
	s.stopFollower()
	<-s.followerDone
	s.dropClient()
	return nil
}
