package sqlite_test

import (
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
)

// tamperedLedger writes 6 events over two streams (a: 1,2,4,6; b: 3,5),
// closes the store and applies the statements to the file.
func tamperedLedger(t *testing.T, stmts ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ledger.db")
	s := openStore(t, path, sqlite.Options{})
	ctx := t.Context()
	va, vb := int64(0), int64(0)
	for i := range 6 {
		stream, v := "a", &va
		if i == 2 || i == 4 {
			stream, v = "b", &vb
		}
		if _, err := s.Append(ctx, stream, *v, event("t.v1", fmt.Sprintf(`{"n":%d}`, i+1))); err != nil {
			t.Fatal(err)
		}
		*v++
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	createSQLite(t, path, stmts...)
	return path
}

// TestReadsDetectTampering checks that a changed, removed or moved event
// makes ReadAll, Subscribe and ReadStream fail with ErrCorrupt naming the
// first position that does not match, and that Unchecked reads it as is.
func TestReadsDetectTampering(t *testing.T) {
	cases := []struct {
		name   string
		stmts  []string
		pos    string // "event at position N" in the error of ReadAll
		stream string // a stream whose read fails
	}{
		{"data changed", []string{`UPDATE events SET data = '{"n":9}' WHERE position = 4`}, "position 4", "a"},
		{"metadata changed", []string{`UPDATE events SET metadata = '{"actor":"x"}' WHERE position = 2`}, "position 2", "a"},
		{"recorded at changed", []string{`UPDATE events SET recorded_at = recorded_at + 1 WHERE position = 3`}, "position 3", "b"},
		{"hash changed", []string{`UPDATE events SET hash = zeroblob(32) WHERE position = 5`}, "position 5", "b"},
		{"event deleted", []string{`DELETE FROM events WHERE position = 3`}, "position 3", "a"},
		{"events swapped", []string{
			`UPDATE events SET position = 100 WHERE position = 2`,
			`UPDATE events SET position = 2 WHERE position = 5`,
			`UPDATE events SET position = 5 WHERE position = 100`,
		}, "position 2", "a"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := tamperedLedger(t, c.stmts...)
			s := openStore(t, path, sqlite.Options{})
			_, err := s.ReadAll(t.Context(), 0, 100)
			if !errors.Is(err, eventstore.ErrCorrupt) || !strings.Contains(err.Error(), "event at "+c.pos+":") {
				t.Fatalf("read all: %v; want ErrCorrupt at %s", err, c.pos)
			}
			t.Logf("read all: %v", err)
			err = s.Subscribe(t.Context(), 0, func(eventstore.Event) error { return nil })
			if !errors.Is(err, eventstore.ErrCorrupt) {
				t.Errorf("subscribe: %v; want ErrCorrupt", err)
			}
			if _, err := s.ReadStream(t.Context(), c.stream, 0); !errors.Is(err, eventstore.ErrCorrupt) {
				t.Errorf("read stream %s: %v; want ErrCorrupt", c.stream, err)
			}
			raw := openStore(t, path, sqlite.Options{Unchecked: true})
			if evs, err := raw.ReadAll(t.Context(), 0, 100); err != nil || len(evs) < 5 {
				t.Errorf("unchecked read all: %d events, %v", len(evs), err)
			}
		})
	}
}

// TestReadAfterChecksPredecessor checks that a read starting mid-ledger
// checks its first event against the hash of the event before it.
func TestReadAfterChecksPredecessor(t *testing.T) {
	path := tamperedLedger(t, `UPDATE events SET hash = zeroblob(32) WHERE position = 3`)
	s := openStore(t, path, sqlite.Options{})
	// Position 3's own hash is wrong, and position 4 follows it.
	if _, err := s.ReadAll(t.Context(), 3, 10); !errors.Is(err, eventstore.ErrCorrupt) || !strings.Contains(err.Error(), "position 4") {
		t.Errorf("read all after 3: %v; want ErrCorrupt at position 4", err)
	}
	if evs, err := s.ReadAll(t.Context(), 4, 10); err != nil || len(evs) != 2 {
		t.Errorf("read all after 4: %d events, %v", len(evs), err)
	}
}

// v1Schema is the table of format version 1, before hashes.
const v1Schema = `CREATE TABLE events (
    position    INTEGER PRIMARY KEY CHECK (position >= 1),
    id          BLOB    NOT NULL UNIQUE CHECK (length(id) = 16),
    stream      TEXT    NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    type        TEXT    NOT NULL,
    recorded_at INTEGER NOT NULL,
    data        BLOB    NOT NULL,
    metadata    BLOB    NOT NULL,
    UNIQUE (stream, version)
)`

func v1File(t *testing.T, rows ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ledger.db")
	stmts := []string{"PRAGMA journal_mode=WAL", v1Schema, "PRAGMA application_id = 1279543122", "PRAGMA user_version = 1"}
	for _, r := range rows {
		stmts = append(stmts, "INSERT INTO events VALUES "+r)
	}
	createSQLite(t, path, stmts...)
	return path
}

// TestUpgradeFromV1 checks that Open adds the hashes to a file of format
// version 1, that the chain continues with new appends, and that a file
// with a gap is refused and left as it was.
func TestUpgradeFromV1(t *testing.T) {
	path := v1File(t,
		`(1, x'0190000000007000800000000000000a', 'a', 1, 't.v1', 1000, '{"n":1}', '{}')`,
		`(2, x'0190000000007000800000000000000b', 'b', 1, 't.v1', 2000, '{"n":2}', x'')`,
		`(3, x'0190000000007000800000000000000c', 'a', 2, 't.v1', 2000, x'', '{}')`)
	s := openStore(t, path, sqlite.Options{})
	if _, err := s.Append(t.Context(), "a", 2, event("t.v1", `{"n":4}`)); err != nil {
		t.Fatal(err)
	}
	evs, err := s.ReadAll(t.Context(), 0, 10)
	if err != nil || len(evs) != 4 {
		t.Fatalf("read all: %d events, %v", len(evs), err)
	}
	var prev [32]byte
	for _, ev := range evs {
		if want := eventstore.ChainHash(prev, ev); ev.Hash != want {
			t.Errorf("event %d: hash %x, want %x", ev.Position, ev.Hash, want)
		}
		prev = ev.Hash
	}
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var version int
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != sqlite.FormatVersion {
		t.Errorf("user_version %d, %v; want %d", version, err, sqlite.FormatVersion)
	}

	gap := v1File(t,
		`(1, x'0190000000007000800000000000000a', 'a', 1, 't.v1', 1000, '{}', '{}')`,
		`(3, x'0190000000007000800000000000000c', 'a', 2, 't.v1', 2000, '{}', '{}')`)
	if s, err := sqlite.Open(gap, sqlite.Options{}); err == nil || !errors.Is(err, eventstore.ErrCorrupt) {
		if s != nil {
			s.Close()
		}
		t.Fatalf("open a version 1 file with a gap: %v; want ErrCorrupt", err)
	}
	db2, err := sql.Open("sqlite", gap)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	if err := db2.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != 1 {
		t.Errorf("refused file: user_version %d, %v; want 1 (left as it was)", version, err)
	}
}
