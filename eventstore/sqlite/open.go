package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/google/uuid"
	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/controlsledger/ledger/eventstore"
)

const (
	// ApplicationID is the SQLite application_id that marks a file as a
	// ledger: the ASCII bytes "LDGR".
	ApplicationID = 0x4C444752
	// FormatVersion is the SQLite user_version of the file format this
	// package writes. Open refuses files with a newer version and upgrades
	// files of version 1 (see the package documentation).
	FormatVersion = 2
)

// ErrIncompatible reports a file that Open refuses to use as a ledger: not a
// SQLite database, corrupt, another application's database, or a newer
// format. The error names the path and the problem.
var ErrIncompatible = errors.New("incompatible ledger file")

// ErrReadOnly is the error of a write to a Store opened with
// Options.ReadOnly.
var ErrReadOnly = errors.New("the ledger is open read-only")

// Options tune a Store. The zero value is ready to use.
type Options struct {
	// CacheSizeMiB is the SQLite page cache of each connection, in MiB.
	// Zero means 64.
	CacheSizeMiB int
	// MaxBatch caps the events the writer commits in one transaction. An
	// append with more events is still committed whole, alone. Zero means
	// 1000.
	MaxBatch int
	// Readers is the number of read connections. Zero means 4.
	Readers int
	// MmapSizeMiB is how much of the file each read connection maps into
	// memory (PRAGMA mmap_size), in MiB. A read from the mapping costs
	// neither a system call nor a copy into the page cache, which makes
	// scans about half again as fast. Zero means 2048, the most SQLite maps;
	// negative turns mapping off. With mapping on, an I/O error while
	// reading the mapped part of the file stops the process (SIGBUS)
	// instead of failing the read. The write connection never maps.
	MmapSizeMiB int
	// Now is the clock that stamps RecordedAt. Nil means time.Now.
	Now func() time.Time
	// Unchecked makes ReadAll, ReadStream and Subscribe return every event
	// with its stored hash without checking it against its content and its
	// predecessor (which they otherwise do, failing with ErrCorrupt). It is
	// for a verifier that recomputes the chain itself (ledger verify) and
	// must see the stored rows as they are. Appends are the same either way.
	Unchecked bool
	// SkipQuickCheck skips PRAGMA quick_check when an existing file is
	// opened. The check reads every page of the file, which on a large
	// ledger costs as much as reading every event (2.5 s per GB). It is for
	// a reader that reads every event anyway and checks each against its
	// hash (ledger verify), and for a server that runs Store.QuickCheck
	// itself once it serves, so that the check does not delay its start.
	SkipQuickCheck bool
	// ReadOnly opens an existing ledger for reading only, as an auditor
	// reads a copy: nothing is created, upgraded or written, not even in a
	// directory that allows it, and the file may be read-only and lie in a
	// read-only directory. Append and AppendBatch fail with ErrReadOnly.
	// A file of format version 1 is refused (it must be upgraded by a
	// writable open first), and so is a file beside a write-ahead log that
	// a read-only directory keeps it from reading.
	ReadOnly bool
	// PollInterval is how often, while a subscription waits for new
	// events, the store asks SQLite whether another Store (another
	// process, such as ledger ingest beside a server) committed to the
	// file; commits through this Store wake subscriptions at once. Zero
	// means 25 ms.
	PollInterval time.Duration
}

const (
	defaultCacheSizeMiB = 64
	defaultMaxBatch     = 1000
	defaultReaders      = 4
	defaultMmapSizeMiB  = 2048
	// defaultPollInterval costs a PRAGMA data_version (a few
	// microseconds) 40 times a second while subscriptions wait.
	defaultPollInterval = 25 * time.Millisecond
	// readerMaxIdle and readerMaxLifetime bound how long a read
	// connection, and the pages of the file it has mapped, are kept.
	readerMaxIdle     = 20 * time.Second
	readerMaxLifetime = time.Minute
	// busyTimeoutMS bounds how long a connection waits for a lock held by
	// another connection (another Store or process on the same file).
	busyTimeoutMS = 10_000
)

func (o Options) withDefaults() (Options, error) {
	if o.CacheSizeMiB < 0 || o.MaxBatch < 0 || o.Readers < 0 || o.PollInterval < 0 {
		return o, fmt.Errorf("negative option: cache %d MiB, max batch %d, readers %d, poll interval %s", o.CacheSizeMiB, o.MaxBatch, o.Readers, o.PollInterval)
	}
	if o.PollInterval == 0 {
		o.PollInterval = defaultPollInterval
	}
	if o.CacheSizeMiB == 0 {
		o.CacheSizeMiB = defaultCacheSizeMiB
	}
	if o.MaxBatch == 0 {
		o.MaxBatch = defaultMaxBatch
	}
	if o.Readers == 0 {
		o.Readers = defaultReaders
	}
	switch {
	case o.MmapSizeMiB == 0:
		o.MmapSizeMiB = defaultMmapSizeMiB
	case o.MmapSizeMiB < 0:
		o.MmapSizeMiB = 0
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o, nil
}

const schema = `
CREATE TABLE events (
    position    INTEGER PRIMARY KEY CHECK (position >= 1),
    id          BLOB    NOT NULL UNIQUE CHECK (length(id) = 16),
    stream      TEXT    NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    type        TEXT    NOT NULL,
    recorded_at INTEGER NOT NULL,
    data        BLOB    NOT NULL,
    metadata    BLOB    NOT NULL,
    hash        BLOB    NOT NULL CHECK (length(hash) = 32),
    UNIQUE (stream, version)
)`

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// Open opens the ledger file at path, creating the file and its parent
// directory if they are missing. It refuses (ErrIncompatible) a file that
// is not a ledger of a supported format, and never modifies such a file.
// The caller must Close the Store.
func Open(path string, opts Options) (*Store, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if path == "" {
		return nil, errors.New("open ledger: empty path")
	}
	// The driver cuts a plain file name at the first '?', where its
	// parameters start.
	if strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("open %s: the path must not contain '?'", path)
	}
	if opts.ReadOnly {
		return openReadOnly(path, opts)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := checkHeader(path); err != nil {
		return nil, err
	}

	cache := fmt.Sprintf("&_pragma=cache_size(%d)", -opts.CacheSizeMiB*1024)
	// temp_store=MEMORY keeps the statement and savepoint journals, which
	// only undo work inside an open transaction, off the disk.
	wdb, err := sql.Open("sqlite", fmt.Sprintf("%s?_pragma=busy_timeout(%d)%s&_pragma=temp_store(MEMORY)", path, busyTimeoutMS, cache))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	wdb.SetMaxOpenConns(1)
	ctx := context.Background()
	conn, err := wdb.Conn(ctx)
	if err != nil {
		wdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, translateOpen(err))
	}
	// Two stores opening a new file at once race to switch it to WAL mode,
	// which SQLite does not wait for; the loser tries again.
	deadline := time.Now().Add(busyTimeoutMS * time.Millisecond)
	for pause := 5 * time.Millisecond; ; pause = min(2*pause, 100*time.Millisecond) {
		err = prepareFile(ctx, conn, path, opts.SkipQuickCheck)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			break
		}
		time.Sleep(pause)
	}
	if err != nil {
		conn.Close()
		wdb.Close()
		return nil, err
	}

	rdb, err := sql.Open("sqlite", fmt.Sprintf("%s?_pragma=busy_timeout(%d)%s&_pragma=mmap_size(%d)&_query_only=1", path, busyTimeoutMS, cache, int64(opts.MmapSizeMiB)<<20))
	// The watch connection reads no pages but the last of the table.
	watchDSN := fmt.Sprintf("%s?_pragma=busy_timeout(%d)&_query_only=1", path, busyTimeoutMS)
	if err != nil {
		conn.Close()
		wdb.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	rdb.SetMaxOpenConns(opts.Readers)
	rdb.SetMaxIdleConns(opts.Readers)
	// The pages of the mapping that a connection has read count in the
	// process's resident memory for as long as it lives: after a full
	// read, the whole file. Connections are replaced after a while, which
	// costs an open (well under a millisecond) and keeps only recently
	// read pages resident.
	rdb.SetConnMaxIdleTime(readerMaxIdle)
	rdb.SetConnMaxLifetime(readerMaxLifetime)

	s := &Store{
		path:         path,
		opts:         opts,
		wdb:          wdb,
		wconn:        conn,
		rdb:          rdb,
		watchDSN:     watchDSN,
		reqs:         make(chan *request),
		done:         make(chan struct{}),
		writerDone:   make(chan struct{}),
		notify:       make(chan struct{}),
		pollNow:      make(chan struct{}),
		releaseAfter: releaseAfter,
	}
	if err := s.prepare(ctx); err != nil {
		s.closeDBs()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	go s.runWriter()
	return s, nil
}

// openReadOnly opens the ledger at path for reading only (see
// Options.ReadOnly). SQLite reads a file in WAL mode through its shared-
// memory index (the -shm file), which it must be able to create; in a
// read-only directory it cannot, and the file is then opened as immutable
// instead, which needs no index. That is safe only when no -wal file holds
// commits the file does not have yet: a writer keeps one while it has the
// file open, so a file without one is complete and has no writer.
func openReadOnly(path string, opts Options) (*Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := checkHeader(path); err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// A URI, so that SQLite takes mode and immutable; its path is
	// absolute, since "file:" followed by a relative path with a '/' would
	// read as an authority.
	uri := func(immutable bool) string {
		q := fmt.Sprintf("mode=ro&_pragma=busy_timeout(%d)&_pragma=cache_size(%d)&_pragma=mmap_size(%d)",
			busyTimeoutMS, -opts.CacheSizeMiB*1024, int64(opts.MmapSizeMiB)<<20)
		if immutable {
			q += "&immutable=1"
		}
		return (&url.URL{Scheme: "file", Path: abs, RawQuery: q}).String()
	}
	ctx := context.Background()
	open := func(immutable bool) (*sql.DB, fileState, error) {
		db, err := sql.Open("sqlite", uri(immutable))
		if err != nil {
			return nil, fileState{}, err
		}
		db.SetMaxOpenConns(opts.Readers)
		db.SetMaxIdleConns(opts.Readers)
		db.SetConnMaxIdleTime(readerMaxIdle)
		db.SetConnMaxLifetime(readerMaxLifetime)
		conn, err := db.Conn(ctx)
		var st fileState
		if err == nil {
			st, err = inspect(ctx, conn)
			conn.Close()
		}
		if err != nil {
			db.Close()
			return nil, st, err
		}
		return db, st, nil
	}
	// An immutable file has no writer to watch for.
	watchDSN := uri(false)
	rdb, st, err := open(false)
	if isReadOnly(err) {
		watchDSN = ""
		if fi, werr := os.Stat(path + "-wal"); werr == nil && fi.Size() > 0 {
			return nil, fmt.Errorf("open %s read-only: its write-ahead log (%s-wal) may hold commits, which SQLite cannot read "+
				"without creating %s-shm in the directory: copy the ledger with ledger backup, or from a stopped server, and open the copy", path, path, path)
		}
		rdb, st, err = open(true)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s read-only: %w", path, translateOpen(err))
	}
	refuse := func(problem string) (*Store, error) {
		rdb.Close()
		return nil, fmt.Errorf("open %s: %w: %s", path, ErrIncompatible, problem)
	}
	switch {
	case st.isNew():
		return refuse("an empty file, not a ledger")
	case st.problem() != "":
		return refuse(st.problem())
	case st.userVersion < 2:
		return refuse(fmt.Sprintf("ledger format version %d, which a read-only open cannot upgrade: open it writable once", st.userVersion))
	}
	if !opts.SkipQuickCheck {
		conn, err := rdb.Conn(ctx)
		if err == nil {
			err = quickCheck(ctx, conn)
			conn.Close()
		}
		if err != nil {
			rdb.Close()
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
	}
	s := &Store{
		path:         path,
		opts:         opts,
		rdb:          rdb,
		watchDSN:     watchDSN,
		done:         make(chan struct{}),
		writerDone:   make(chan struct{}),
		notify:       make(chan struct{}),
		pollNow:      make(chan struct{}),
		releaseAfter: releaseAfter,
	}
	close(s.writerDone) // there is no writer
	if err := s.prepare(ctx); err != nil {
		s.closeDBs()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// isReadOnly reports SQLite's refusal to write (SQLITE_READONLY and its
// extended codes) or to open what it would have to write (SQLITE_CANTOPEN).
func isReadOnly(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff
	return code == sqlite3.SQLITE_READONLY || code == sqlite3.SQLITE_CANTOPEN
}

// checkHeader refuses a non-empty file that does not start like a SQLite
// database, before the driver gets a chance to touch it.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	n, err := io.ReadFull(f, head)
	switch {
	case n == 0 && errors.Is(err, io.EOF):
		return nil // empty: a new ledger
	case err != nil && !errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("open %s: %w", path, err)
	case !bytes.Equal(head[:n], sqliteMagic):
		return fmt.Errorf("open %s: %w: not a SQLite database", path, ErrIncompatible)
	}
	return nil
}

// fileState is what the SQLite header and schema say about a file.
type fileState struct {
	appID       int64
	userVersion int64
	objects     int64 // rows of sqlite_schema
}

// inspect reads the header fields and counts the schema objects in one
// statement, so that all three come from one snapshot even while another
// connection creates the ledger.
func inspect(ctx context.Context, conn *sql.Conn) (fileState, error) {
	var st fileState
	err := conn.QueryRowContext(ctx, `SELECT
		(SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version),
		(SELECT count(*) FROM sqlite_schema)`).Scan(&st.appID, &st.userVersion, &st.objects)
	return st, err
}

func (st fileState) isNew() bool {
	return st.appID == 0 && st.userVersion == 0 && st.objects == 0
}

// problem describes why a file is not a usable ledger, or returns "".
func (st fileState) problem() string {
	switch {
	case st.appID == 0:
		return "a SQLite database that is not a ledger (no application_id)"
	case st.appID != ApplicationID:
		return fmt.Sprintf("a SQLite database of another application (application_id %#08x)", uint32(st.appID))
	case st.userVersion > FormatVersion:
		return fmt.Sprintf("ledger format version %d is newer than the supported version %d", st.userVersion, FormatVersion)
	case st.userVersion < 1:
		return fmt.Sprintf("ledger format version %d is not valid", st.userVersion)
	}
	return ""
}

// prepareFile identifies the file, creates the schema in a new one, runs
// the integrity check on an existing one, and sets the connection up for
// writing. Nothing is written to a file that is refused.
func prepareFile(ctx context.Context, conn *sql.Conn, path string, skipQuickCheck bool) error {
	refuse := func(problem string) error {
		return fmt.Errorf("open %s: %w: %s", path, ErrIncompatible, problem)
	}
	st, err := inspect(ctx, conn)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, translateOpen(err))
	}
	if !st.isNew() {
		if p := st.problem(); p != "" {
			return refuse(p)
		}
		if !skipQuickCheck {
			if err := quickCheck(ctx, conn); err != nil {
				return fmt.Errorf("open %s: %w", path, err)
			}
		}
		if _, err := conn.ExecContext(ctx, "SELECT position, id, stream, version, type, recorded_at, data, metadata FROM events LIMIT 0"); err != nil {
			return refuse(fmt.Sprintf("the events table does not have the expected columns (%v)", err))
		}
		if st.userVersion >= 2 {
			if _, err := conn.ExecContext(ctx, "SELECT hash FROM events LIMIT 0"); err != nil {
				return refuse(fmt.Sprintf("the events table has no hash column (%v)", err))
			}
		}
	}

	var mode string
	if err := conn.QueryRowContext(ctx, "PRAGMA journal_mode=WAL").Scan(&mode); err != nil {
		return fmt.Errorf("open %s: set WAL mode: %w", path, translateOpen(err))
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("open %s: the file system does not support WAL mode (journal mode is %q)", path, mode)
	}
	if _, err := conn.ExecContext(ctx, "PRAGMA synchronous=FULL"); err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	if st.isNew() {
		if err := createSchema(ctx, conn); err != nil {
			return fmt.Errorf("open %s: create schema: %w", path, err)
		}
	}
	if st.userVersion == 1 {
		if err := upgradeV1(ctx, conn); err != nil {
			return fmt.Errorf("open %s: upgrade from format version 1: %w", path, err)
		}
	}
	return nil
}

// upgradePage is how many rows the upgrade hashes at a time.
const upgradePage = 4096

// upgradeV1 turns a file of format version 1 into version 2 in one
// transaction: it adds the hash column and computes the hash chain over
// the rows as they are. It refuses a ledger with a gap in its positions
// (ErrCorrupt), since hashing it would certify the gap.
func upgradeV1(ctx context.Context, conn *sql.Conn) (err error) {
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return translate(err)
	}
	defer func() {
		if err != nil {
			conn.ExecContext(ctx, "ROLLBACK")
		}
	}()
	st, err := inspect(ctx, conn)
	if err != nil {
		return translate(err)
	}
	if st.userVersion != 1 {
		// Another Store upgraded the file since it was inspected.
		_, err = conn.ExecContext(ctx, "COMMIT")
		return translate(err)
	}
	// SQLite adds a column with no NOT NULL or CHECK constraint only; the
	// reads refuse a hash that is not 32 bytes long anyway.
	if _, err := conn.ExecContext(ctx, "ALTER TABLE events ADD COLUMN hash BLOB"); err != nil {
		return translate(err)
	}
	var prev [32]byte
	for after := int64(0); ; {
		rows, err := conn.QueryContext(ctx, "SELECT position, id, stream, version, type, recorded_at, data, metadata FROM events WHERE position > ? ORDER BY position LIMIT ?", after, upgradePage)
		if err != nil {
			return translate(err)
		}
		var page []eventstore.Event
		for rows.Next() {
			var (
				pos, nano int64
				id        []byte
				ev        eventstore.Event
			)
			if err := rows.Scan(&pos, &id, &ev.Stream, &ev.Version, &ev.Type, &nano, &ev.Data, &ev.Metadata); err != nil {
				rows.Close()
				return translate(err)
			}
			if len(id) != 16 {
				rows.Close()
				return fmt.Errorf("event at position %d: stored id %x is not 16 bytes", pos, id)
			}
			ev.ID, ev.Position, ev.RecordedAt = uuid.UUID(id), uint64(pos), time.Unix(0, nano).UTC()
			page = append(page, ev)
		}
		if err := rows.Err(); err != nil {
			rows.Close()
			return translate(err)
		}
		rows.Close()
		if len(page) == 0 {
			break
		}
		for _, ev := range page {
			if ev.Position != uint64(after)+1 {
				return fmt.Errorf("%w: position %d is missing (the next event is at %d); the file is left as it was", eventstore.ErrCorrupt, after+1, ev.Position)
			}
			prev = eventstore.ChainHash(prev, ev)
			if _, err := conn.ExecContext(ctx, "UPDATE events SET hash = ? WHERE position = ?", prev[:], int64(ev.Position)); err != nil {
				return translate(err)
			}
			after = int64(ev.Position)
		}
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", FormatVersion)); err != nil {
		return translate(err)
	}
	_, err = conn.ExecContext(ctx, "COMMIT")
	return translate(err)
}

// createSchema creates the ledger in an empty database, unless another
// process did so since it was inspected.
func createSchema(ctx context.Context, conn *sql.Conn) (err error) {
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			conn.ExecContext(ctx, "ROLLBACK")
		}
	}()
	st, err := inspect(ctx, conn)
	if err != nil {
		return err
	}
	if !st.isNew() {
		if p := st.problem(); p != "" {
			return fmt.Errorf("%w: %s", ErrIncompatible, p)
		}
		_, err = conn.ExecContext(ctx, "COMMIT")
		return err
	}
	for _, stmt := range []string{
		schema,
		fmt.Sprintf("PRAGMA application_id = %d", ApplicationID),
		fmt.Sprintf("PRAGMA user_version = %d", FormatVersion),
		"COMMIT",
	} {
		if _, err := conn.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	return nil
}

// QuickCheck runs the integrity check that Open runs unless
// Options.SkipQuickCheck is set (PRAGMA quick_check: every page of the file
// is read and its B-tree structure checked), and returns ErrIncompatible
// with the first findings when the file is damaged. It runs on a connection
// of its own, which does not map the file, so that the pages it reads do
// not stay in the process's memory; reads and appends go on meanwhile.
// Close interrupts it.
func (s *Store) QuickCheck(ctx context.Context) error {
	const op = "quick check"
	leave, err := s.enter(ctx, op)
	if err != nil {
		return err
	}
	defer leave()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-s.done:
			cancel()
		case <-ctx.Done():
		}
	}()

	db, err := sql.Open("sqlite", fmt.Sprintf("%s?_pragma=busy_timeout(%d)&_pragma=mmap_size(0)&_query_only=1", s.path, busyTimeoutMS))
	if err != nil {
		return fmt.Errorf("%s %s: %w", op, s.path, err)
	}
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err == nil {
		defer conn.Close()
		if testHookCheckConn != nil {
			testHookCheckConn(s)
		}
		err = quickCheck(ctx, conn)
	}
	switch {
	case err == nil:
		return nil
	case s.closed.Load():
		return fmt.Errorf("%s %s: %w", op, s.path, eventstore.ErrClosed)
	case ctx.Err() != nil:
		return fmt.Errorf("%s %s: %w", op, s.path, ctx.Err())
	default:
		return fmt.Errorf("%s %s: %w", op, s.path, err)
	}
}

// testHookCheckConn, if set by a test, runs in QuickCheck once its
// connection is open, before the check.
var testHookCheckConn func(*Store)

// quickCheck runs PRAGMA quick_check and reports its first findings.
func quickCheck(ctx context.Context, conn *sql.Conn) error {
	rows, err := conn.QueryContext(ctx, "PRAGMA quick_check(5)")
	if err != nil {
		return translateOpen(err)
	}
	defer rows.Close()
	var found []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return translateOpen(err)
		}
		if line != "ok" {
			found = append(found, strings.ReplaceAll(strings.TrimSpace(line), "\n", "; "))
		}
	}
	if err := rows.Err(); err != nil {
		return translateOpen(err)
	}
	if len(found) > 0 {
		return fmt.Errorf("%w: integrity check failed: %s", ErrIncompatible, strings.Join(found, "; "))
	}
	return nil
}

// translateOpen is translate for the checks of Open, where the driver's
// "not a database" and "corrupt" mean the file is refused.
func translateOpen(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
			return fmt.Errorf("%w: %s", ErrIncompatible, se.Error())
		}
	}
	return translate(err)
}

// dbError is a driver error translated: the same message and result code,
// in a type of this package, so no caller comes to depend on the driver's.
type dbError struct {
	code int
	msg  string
}

func (e *dbError) Error() string { return "sqlite: " + e.msg }

// translate keeps driver errors inside the adapter. Other errors pass
// unchanged.
func translate(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return &dbError{code: se.Code(), msg: se.Error()}
	}
	return err
}

// isBusy reports a translated SQLITE_BUSY: another connection holds a lock
// that SQLite does not wait for (changing the journal mode is one).
func isBusy(err error) bool {
	var de *dbError
	return errors.As(err, &de) && de.code&0xff == sqlite3.SQLITE_BUSY
}
