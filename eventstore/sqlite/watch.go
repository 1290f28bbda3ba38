package sqlite

import (
	"context"
	"database/sql"
	"time"
)

// watchLinger is how long the watch goes on after the last subscription
// stopped waiting: subscriptions stop waiting at every commit, for as long
// as they take to read it, and a watch started again each time would wake
// them all once more (see watch).
const watchLinger = time.Second

// beginWait counts a subscription that waits for a commit, and starts the
// watch for other Stores' commits if it is not running.
func (s *Store) beginWait() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.waiting++
	if s.watching || s.watchDSN == "" || s.closed.Load() {
		return
	}
	s.watching = true
	s.active.Add(1) // Close waits for the watch to close its connection
	go s.watch()
}

// endWait counts a subscription that no longer waits.
func (s *Store) endWait() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.waiting--
}

// watch wakes the waiting subscriptions when another Store (in this
// process or another, such as ledger ingest beside a server) commits to
// the file, which sends them no signal. Every Options.PollInterval it asks
// SQLite for the file's data_version, which changes, for a connection,
// whenever another connection commits; it costs no read of the ledger, and
// only when it changed does the watch read the head. Commits of this
// Store change it too: the head tells them apart, since its writer's
// wake-up already covered them (woken). The watch runs while
// subscriptions wait and for watchLinger after, and stops when the store
// closes.
func (s *Store) watch() {
	defer s.active.Done()
	w := &watcher{dsn: s.watchDSN}
	defer w.close()
	s.mu.Lock()
	woken := s.woken
	s.mu.Unlock()
	s.check(w, woken)
	tick := time.NewTicker(s.opts.PollInterval)
	defer tick.Stop()
	idle := time.Time{}
	for {
		select {
		case <-tick.C:
		case <-s.pollNow:
		case <-s.done:
			s.mu.Lock()
			s.watching = false
			s.mu.Unlock()
			return
		}
		s.mu.Lock()
		switch {
		case s.waiting > 0:
			idle = time.Time{}
		case idle.IsZero():
			idle = time.Now()
		case time.Since(idle) >= watchLinger:
			s.watching = false
			s.mu.Unlock()
			return
		}
		woken = s.woken
		s.mu.Unlock()
		s.check(w, woken)
	}
}

// check wakes the subscriptions if the file changed beyond the head woken.
// When the watch has no baseline (it just started, or its connection
// failed), it cannot know what changed before: it wakes them all, and a
// subscription that finds nothing new waits again.
func (s *Store) check(w *watcher, woken uint64) {
	ctx := context.Background()
	fresh := w.conn == nil
	changed, err := w.changed(ctx)
	switch {
	case err != nil:
		w.close() // start again from a new baseline next time
		s.wake(woken)
		return
	case fresh:
		s.wake(woken)
		return
	case !changed:
		return
	}
	var head int64
	if err := w.head.QueryRowContext(ctx).Scan(&head); err != nil {
		w.close()
		s.wake(woken)
		return
	}
	if uint64(head) > woken {
		s.wake(uint64(head))
	}
}

// watcher is the watch's own connection: data_version is per connection,
// and a connection of the read pool would be a different one each time.
type watcher struct {
	dsn        string
	db         *sql.DB
	conn       *sql.Conn
	version    *sql.Stmt
	head       *sql.Stmt
	last       int64
	hasVersion bool
}

// changed reports whether another connection committed since the last
// call; the first call after an open only takes the baseline.
func (w *watcher) changed(ctx context.Context) (bool, error) {
	if w.conn == nil {
		if err := w.open(ctx); err != nil {
			return false, err
		}
	}
	var v int64
	if err := w.version.QueryRowContext(ctx).Scan(&v); err != nil {
		return false, err
	}
	changed := w.hasVersion && v != w.last
	w.last, w.hasVersion = v, true
	return changed, nil
}

func (w *watcher) open(ctx context.Context) error {
	db, err := sql.Open("sqlite", w.dsn)
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(1)
	w.db = db
	if w.conn, err = db.Conn(ctx); err != nil {
		return err
	}
	if w.version, err = w.conn.PrepareContext(ctx, "PRAGMA data_version"); err != nil {
		return err
	}
	w.head, err = w.conn.PrepareContext(ctx, "SELECT coalesce(max(position), 0) FROM events")
	return err
}

func (w *watcher) close() {
	for _, st := range []*sql.Stmt{w.version, w.head} {
		if st != nil {
			st.Close()
		}
	}
	if w.conn != nil {
		w.conn.Close()
	}
	if w.db != nil {
		w.db.Close()
	}
	*w = watcher{dsn: w.dsn}
}
