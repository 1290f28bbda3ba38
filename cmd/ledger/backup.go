package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	"github.com/controlsledger/ledger/eventstore/sqlite"
	_ "modernc.org/sqlite" // the driver of the embedded store
)

// backupFlags declares the flags of backup: none of its own, and the file
// to write.
func backupFlags(c *Config, _ *flag.FlagSet, _ envFunc, _ func(string) string) func([]string) []error {
	return oneFile("backup", &c.BackupFile)
}

// runBackup writes a consistent copy of the embedded ledger to dest while
// the ledger may be serving: SQLite's VACUUM INTO reads one snapshot of the
// database (a read transaction, which writers in WAL mode do not block) and
// writes it as a new, compact database file. The copy is then opened as a
// ledger to check it.
func (m *Main) runBackup(ctx context.Context) error {
	if m.Config.Store != "" {
		return errors.New("backup copies the embedded store; back up a KurrentDB cluster with its own tools")
	}
	dest := m.Config.BackupFile
	if _, err := os.Stat(dest); err == nil {
		return fmt.Errorf("backup: %s exists; choose a new file", dest)
	}
	src := filepath.Join(m.Config.DataDir, "ledger.db")
	if _, err := os.Stat(src); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	// A URI, so that SQLite takes mode=ro; its path is absolute, since
	// "file://" followed by a relative path reads the first directory as
	// an authority ("invalid uri authority: data").
	abs, err := filepath.Abs(src)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	db, err := sql.Open("sqlite", (&url.URL{Scheme: "file", Path: abs, RawQuery: "mode=ro"}).String())
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", dest); err != nil {
		return fmt.Errorf("backup %s to %s: %w", src, dest, err)
	}
	copyStore, err := sqlite.Open(dest, sqlite.Options{})
	if err != nil {
		return fmt.Errorf("backup: the copy does not open as a ledger: %w", err)
	}
	defer copyStore.Close()
	head, err := copyStore.Head(ctx)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	fmt.Fprintf(m.stdout, "backed up %d events to %s\n", head, dest)
	return nil
}
