package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/controlsledger/ledger/eventstore/sqlite"
)

// backupFlags declares the flags of backup: none of its own, and the file
// to write.
func backupFlags(c *Config, _ *flag.FlagSet, _ envFunc, _ func(string) string) func([]string) []error {
	return oneFile("backup", &c.BackupFile)
}

// runBackup writes a consistent copy of the embedded ledger to dest while
// the ledger may be serving (sqlite.Store.CopyTo, on the ledger opened
// read-only). The copy is then opened as a ledger to check it.
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
	// Read-only, so that a copy (an auditor's, in a directory no one may
	// write) can be backed up as well as a serving ledger.
	store, err := sqlite.Open(src, sqlite.Options{ReadOnly: true, SkipQuickCheck: true})
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer store.Close()
	if err := store.CopyTo(ctx, dest); err != nil {
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
