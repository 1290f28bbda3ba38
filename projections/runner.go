package projections

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"github.com/controlsledger/ledger/eventstore"
)

// Run feeds the projection from store until ctx ends, resubscribing from its
// head after a failed subscription. It returns ctx's error, the store's
// ErrClosed or ErrCorrupt, or the first event the projection cannot apply.
// It is a Runner without snapshots.
func Run(ctx context.Context, store eventstore.Store, p *Projection, log *slog.Logger) error {
	return NewRunner(store, p, RunnerOptions{Log: log}).Run(ctx)
}

// RunnerOptions configures a Runner. The zero value runs without snapshots.
type RunnerOptions struct {
	// Log receives the runner's notes (snapshot used or refused, dropped
	// subscriptions); slog.Default() by default.
	Log *slog.Logger
	// Snapshot is the path of the snapshot file. When set, Run starts from
	// the snapshot if it matches the store, and writes one after catching
	// up, every SnapshotEvery while running, and when it stops.
	Snapshot string
	// SnapshotEvery is how often a running projection writes a snapshot
	// when at least SnapshotAfter events were applied since the last one.
	// Defaults: 10 minutes and DefaultSnapshotAfter events.
	SnapshotEvery time.Duration
	SnapshotAfter uint64
	// ReadSnapshot, when set, returns the snapshot file already read (see
	// ReadSnapshot), so that reading it can overlap with opening the store;
	// by default Run reads the file at Snapshot itself.
	ReadSnapshot func(ctx context.Context) (*Snapshot, error)
	// Workers is the number of goroutines decoding events while catching
	// up; GOMAXPROCS by default.
	Workers int
	// Page is the number of events read at a time while catching up; 1,024
	// by default.
	Page int
}

// DefaultSnapshotAfter is the default of RunnerOptions.SnapshotAfter.
const DefaultSnapshotAfter = 10_000

// Runner feeds a projection from a store: it catches up from the
// projection's checkpoint (its head, restored from a snapshot if there is
// one) reading and decoding in parallel, reports readiness once caught up
// with the store's head, then follows the store's subscription.
//
// The projection holds all the read models and applies each event to all
// of them under one lock, so they share one checkpoint: every answer is at
// one basis across views.
type Runner struct {
	store eventstore.Store
	p     *Projection
	opts  RunnerOptions
	log   *slog.Logger

	mu        sync.Mutex
	ready     chan struct{} // closed once caught up
	isReady   bool
	warm      bool
	warmed    chan struct{} // closed once warm
	storeHead uint64        // store head seen last while catching up
	snapshot  uint64        // position of the last snapshot loaded or written
	snapMu    sync.Mutex
}

// NewRunner returns a runner feeding p from store.
func NewRunner(store eventstore.Store, p *Projection, opts RunnerOptions) *Runner {
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.SnapshotEvery <= 0 {
		opts.SnapshotEvery = 10 * time.Minute
	}
	if opts.SnapshotAfter == 0 {
		opts.SnapshotAfter = DefaultSnapshotAfter
	}
	if opts.Workers < 1 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.Page < 1 {
		opts.Page = 1024
	}
	return &Runner{store: store, p: p, opts: opts, log: opts.Log, ready: make(chan struct{}), warmed: make(chan struct{})}
}

// Status is the runner's progress.
type Status struct {
	// Checkpoint is the position the projection has applied.
	Checkpoint uint64
	// StoreHead is the store's head as last read by Status or by the
	// catch-up.
	StoreHead uint64
	// Ready is true once the runner has caught up with the store's head
	// (it stays true while it follows the store).
	Ready bool
	// Snapshot is the position of the last snapshot loaded or written
	// (0: none).
	Snapshot uint64
	// Warm is true once the measures' versions known when the runner
	// caught up have their statuses along valid time derived (which the
	// runner starts when ready); questions are fastest from then on.
	Warm bool
}

// Status reads the store's head and reports the runner's progress.
func (r *Runner) Status(ctx context.Context) (Status, error) {
	head, err := r.store.Head(ctx)
	if err != nil {
		return Status{}, fmt.Errorf("runner status: %w", err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.storeHead = max(r.storeHead, head)
	return Status{Checkpoint: r.p.Head(), StoreHead: head, Ready: r.isReady, Snapshot: r.snapshot, Warm: r.warm}, nil
}

// Ready returns a channel closed once the runner has caught up with the
// store's head.
func (r *Runner) Ready() <-chan struct{} { return r.ready }

// Warmed returns a channel closed once the runner, ready, has derived the
// measures' versions (see Status.Warm).
func (r *Runner) Warmed() <-chan struct{} { return r.warmed }

func (r *Runner) setReady() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.isReady {
		r.isReady = true
		close(r.ready)
	}
}

// Run loads the snapshot (if any and usable), catches up, then follows the
// store until ctx ends. It returns ctx's error, the store's ErrClosed or
// ErrCorrupt, or the first event the projection cannot apply; after other
// errors of the store it resumes from its checkpoint, backing off. With snapshots on, it
// writes one before returning.
func (r *Runner) Run(ctx context.Context) error {
	if r.opts.Snapshot != "" && r.p.Head() == 0 {
		start := time.Now()
		switch pos, err := r.loadSnapshot(ctx); {
		case err != nil && ctx.Err() != nil:
			return ctx.Err()
		case errors.Is(err, fs.ErrNotExist):
			r.log.Info("no projection snapshot yet; building from the ledger", "path", r.opts.Snapshot)
		case err != nil:
			r.log.Warn("projection snapshot not used", "path", r.opts.Snapshot, "err", err, "position", r.p.Head())
		default:
			r.log.Info("projection snapshot loaded", "path", r.opts.Snapshot, "position", pos, "took", time.Since(start).Round(time.Millisecond))
			r.mu.Lock()
			r.snapshot = pos
			r.mu.Unlock()
		}
	}
	err := r.run(ctx)
	if r.opts.Snapshot != "" {
		if serr := r.writeSnapshot(context.WithoutCancel(ctx), 1); serr != nil {
			r.log.Error("projection snapshot not written", "path", r.opts.Snapshot, "err", serr)
		}
	}
	return err
}

func (r *Runner) loadSnapshot(ctx context.Context) (uint64, error) {
	read := r.opts.ReadSnapshot
	if read == nil {
		read = func(ctx context.Context) (*Snapshot, error) { return ReadSnapshot(ctx, r.opts.Snapshot) }
	}
	s, err := read(ctx)
	if err != nil {
		return 0, err
	}
	return s.Load(ctx, r.store, r.p)
}

func (r *Runner) run(ctx context.Context) error {
	var stopSnapshots func()
	defer func() {
		if stopSnapshots != nil {
			stopSnapshots()
		}
	}()
	for backoff := 100 * time.Millisecond; ; backoff = min(2*backoff, 5*time.Second) {
		var applyErr error
		err := r.catchUp(ctx, &applyErr)
		if err == nil {
			if !r.isReadyNow() {
				r.caughtUp(ctx)
				if r.opts.Snapshot != "" {
					stopSnapshots = r.snapshotEvery(ctx)
				}
			}
			err = r.store.Subscribe(ctx, r.p.Head(), func(ev eventstore.Event) error {
				if err := r.p.Apply(ev); err != nil {
					applyErr = err
					return err
				}
				return nil
			})
		}
		switch {
		case ctx.Err() != nil:
			return ctx.Err()
		case applyErr != nil:
			return applyErr
		case errors.Is(err, eventstore.ErrClosed), errors.Is(err, eventstore.ErrCorrupt):
			return err // retrying would not help
		}
		r.log.Warn("projection subscription dropped; resuming", "position", r.p.Head(), "err", err, "retry_in", backoff)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func (r *Runner) isReadyNow() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.isReady
}

// caughtUp marks the runner ready and starts deriving the measures' latest
// versions in the background (see warm). Loading a large projection (from
// the store or a snapshot) leaves much garbage (decoded pages, file
// buffers): it is collected and returned to the operating system once, so
// that the resident size reflects the read models. With snapshots on, a
// snapshot is written if none was loaded or the catch-up applied
// SnapshotAfter events or more.
func (r *Runner) caughtUp(ctx context.Context) {
	r.setReady()
	go func() {
		r.p.warm(ctx)
		if ctx.Err() != nil {
			return
		}
		if r.p.Head() >= r.opts.SnapshotAfter {
			debug.FreeOSMemory() // what deriving allocated and dropped
		}
		r.mu.Lock()
		r.warm = true
		r.mu.Unlock()
		close(r.warmed)
	}()
	r.mu.Lock()
	loaded := r.snapshot
	r.mu.Unlock()
	since := r.p.Head() - loaded
	if r.p.Head() >= r.opts.SnapshotAfter {
		debug.FreeOSMemory()
	}
	if r.opts.Snapshot != "" && (since >= r.opts.SnapshotAfter || (loaded == 0 && since > 0)) {
		go func() {
			if err := r.writeSnapshot(ctx, 1); err != nil && ctx.Err() == nil {
				r.log.Error("projection snapshot not written", "path", r.opts.Snapshot, "err", err)
			}
		}()
	}
}

// snapshotEvery writes snapshots periodically until the returned function
// is called.
func (r *Runner) snapshotEvery(ctx context.Context) func() {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(r.opts.SnapshotEvery)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if err := r.writeSnapshot(ctx, r.opts.SnapshotAfter); err != nil && ctx.Err() == nil {
					r.log.Error("projection snapshot not written", "path", r.opts.Snapshot, "err", err)
				}
			}
		}
	}()
	return func() { cancel(); <-done }
}

// writeSnapshot writes a snapshot if at least after events were applied
// since the last one.
func (r *Runner) writeSnapshot(ctx context.Context, after uint64) error {
	r.snapMu.Lock()
	defer r.snapMu.Unlock()
	r.mu.Lock()
	last := r.snapshot
	r.mu.Unlock()
	if r.p.Head() < last+after {
		return nil
	}
	pos, err := r.p.WriteSnapshot(ctx, r.opts.Snapshot)
	if err != nil {
		return err
	}
	r.mu.Lock()
	r.snapshot = pos
	r.mu.Unlock()
	r.log.Info("projection snapshot written", "path", r.opts.Snapshot, "position", pos)
	return nil
}

// catchUp reads the store from the projection's head until a read returns
// nothing, decoding pages in parallel and applying them in order. A failed
// read is returned; an event the projection cannot apply is returned and
// also stored in applyErr.
func (r *Runner) catchUp(ctx context.Context, applyErr *error) error {
	if head, err := r.store.Head(ctx); err == nil && head > r.p.Head() {
		r.p.reserve(int(head - r.p.Head()))
	}
	// A page's decoded events and slabs are used again for a later page
	// once applied: less garbage, fewer collections of the growing
	// projection.
	type page struct {
		ds    []decoded
		slabs slabs
	}
	var pages sync.Pool
	from := r.p.Head()
	err := readPages(ctx, r.store, from, r.opts.Page, r.opts.Workers,
		func(evs []eventstore.Event) (*page, error) {
			pg, _ := pages.Get().(*page)
			if pg == nil {
				pg = &page{}
			}
			pg.slabs.reset(evs)
			pg.ds = slices.Grow(pg.ds[:0], len(evs))
			for _, ev := range evs {
				d, err := decodeWith(ev, &pg.slabs)
				if err != nil {
					return nil, err
				}
				pg.ds = append(pg.ds, d)
			}
			return pg, nil
		},
		func(pg *page, err error) error {
			if err == nil {
				err = r.p.applyBatch(pg.ds)
			}
			if err != nil {
				*applyErr = err
				return err
			}
			clear(pg.ds) // the events, for the collector
			pages.Put(pg)
			return nil
		},
		func(after uint64) {
			r.mu.Lock()
			r.storeHead = max(r.storeHead, after)
			r.mu.Unlock()
		})
	if err != nil && *applyErr == nil && ctx.Err() == nil {
		return fmt.Errorf("catch up from %d: %w", r.p.Head(), err)
	}
	return err
}

// readPages reads the store after position after, a page of at most page
// events at a time, until a read returns nothing. Up to workers goroutines
// turn pages into values with work, in parallel; use receives each page's
// value (or work's error) in ledger order, on the caller's goroutine, and
// read, if not nil, the position of each page read. It returns use's first
// error, else the store's, else ctx's.
func readPages[T any](ctx context.Context, store eventstore.Store, after uint64, page, workers int,
	work func([]eventstore.Event) (T, error), use func(T, error) error, read func(after uint64)) error {
	type job struct {
		events []eventstore.Event
		value  T
		err    error
		done   chan struct{}
	}
	ctx, cancel := context.WithCancel(ctx)
	jobs := make(chan *job, workers)
	order := make(chan *job, 2*workers)
	var readErr error
	go func() {
		defer close(jobs)
		defer close(order)
		for {
			evs, err := store.ReadAll(ctx, after, page)
			if err != nil {
				readErr = err
				return
			}
			if len(evs) == 0 {
				return
			}
			after = evs[len(evs)-1].Position
			j := &job{events: evs, done: make(chan struct{})}
			select {
			case order <- j:
			case <-ctx.Done():
				return
			}
			jobs <- j
			if read != nil {
				read(after)
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.value, j.err = work(j.events)
				j.events = nil
				close(j.done)
			}
		})
	}
	// Cancelled first, so that a reader waiting to queue a page stops and
	// the workers' queue closes.
	defer func() { cancel(); wg.Wait() }()
	for j := range order {
		select {
		case <-j.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := use(j.value, j.err); err != nil {
			return err
		}
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}
