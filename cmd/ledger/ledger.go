package main

import (
	"context"
	"crypto/ed25519"
	"embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/kurrentdb"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/graph"
	"github.com/controlsledger/ledger/integrity"
	"github.com/controlsledger/ledger/projections"
)

//go:embed demo/*.ndjson
var demoFS embed.FS

// demoFile is the demo dataset loaded by serve --demo.
const demoFile = "demo/us-china-2022-2023.ndjson"

// Config is the parsed and validated configuration of one command.
type Config struct {
	// Command is the name of the command, one of commands.
	Command string
	Addr    string
	DataDir string
	// Store is a KurrentDB connection string (esdb://...); empty selects
	// the embedded store in DataDir.
	Store string
	Demo  bool
	Actor string
	// LogFormat is "text" or "json".
	LogFormat string
	// ImportFile is the file import reads ("-" for standard input).
	ImportFile string
	// Import configures the import command.
	Import ImportConfig
	// Ingest configures the ingest command.
	Ingest IngestConfig
	// Screen configures the screen command.
	Screen ScreenConfig
	// BackupFile is the file backup writes.
	BackupFile string
	// Generate configures the generate command.
	Generate GenerateConfig
	// Verify configures the verify command.
	Verify VerifyConfig
	// Export configures the export command.
	Export ExportConfig
	// Tokens are the accepted bearer tokens, from LEDGER_TOKENS and the
	// file named by --tokens-file.
	Tokens []graph.Token
	// Anonymous is the role of requests without a token.
	Anonymous graph.Role
	// AllowedOrigins may call the API from a browser on another origin.
	AllowedOrigins []string
	// Introspection enables schema introspection and field suggestions.
	Introspection bool
	// DebugAddr, when set, serves Go's profiler (net/http/pprof) on a
	// listener of its own, kept apart from the API.
	DebugAddr string
	// Snapshot is the projections' snapshot file ("" for none): serve
	// starts from it and keeps it current.
	Snapshot string
	// SigningKey, when set, makes serve seal signed checkpoints of the
	// ledger, and is the key public-key prints (from --signing-key-file,
	// LEDGER_SIGNING_KEY_FILE or LEDGER_SIGNING_KEY: the base64 of a
	// 32-byte Ed25519 seed).
	SigningKey ed25519.PrivateKey
	// CheckpointInterval is how often serve seals a checkpoint when events
	// were appended since the last one; 0 seals only on demand (the
	// sealCheckpoint mutation).
	CheckpointInterval time.Duration
	// MemoryLimit is serve's soft memory limit for Go's runtime.
	MemoryLimit memoryLimit
}

// defaultCheckpointInterval is how often a server with a signing key seals
// checkpoints unless told otherwise.
const defaultCheckpointInterval = 10 * time.Minute

// Main runs one command of the ledger binary. The end-to-end test drives the
// same type.
type Main struct {
	Config Config

	stdout, stderr io.Writer
	log            *slog.Logger
	// opLog takes the line of each GraphQL operation, written through logw
	// (buffered) by the server; every other line goes to log, at once.
	opLog *slog.Logger
	logw  *logWriter
	store eventstore.Store
	// readSnapshot returns the projections' snapshot, read while the store
	// was opening.
	readSnapshot func(context.Context) (*projections.Snapshot, error)
}

// NewMain returns a Main writing to stdout and stderr.
func NewMain(stdout, stderr io.Writer) *Main {
	return &Main{stdout: stdout, stderr: stderr}
}

// openStore opens the configured event store as m.store, which Close
// closes. The embedded store's directory and file are created if missing.
func (m *Main) openStore(ctx context.Context) error {
	if m.Config.Store != "" {
		s, err := kurrentdb.Open(ctx, m.Config.Store, kurrentdb.Options{
			Logf: func(format string, args ...any) { m.log.Info(fmt.Sprintf(format, args...), "store", "kurrentdb") },
		})
		if err != nil {
			return err
		}
		m.store = s
		return nil
	}
	if err := os.MkdirAll(m.Config.DataDir, 0o755); err != nil {
		return fmt.Errorf("data directory: %w", err)
	}
	// The server checks the file's integrity once it serves (see
	// checkStore); the other commands before they start.
	s, err := sqlite.Open(filepath.Join(m.Config.DataDir, "ledger.db"), sqlite.Options{SkipQuickCheck: m.Config.Command == "serve"})
	if err != nil {
		return err
	}
	m.store = s
	return nil
}

// checkStore runs the embedded store's integrity check, which Open skipped
// for the server, and sends its error to damaged if the file is damaged. It
// reads every page of the file (about 2.5 s per GB) beside the requests.
func (m *Main) checkStore(ctx context.Context, damaged chan<- error) {
	st, ok := m.store.(interface{ QuickCheck(context.Context) error })
	if !ok {
		return
	}
	start := time.Now()
	err := st.QuickCheck(ctx)
	switch {
	case ctx.Err() != nil:
	case err != nil:
		damaged <- err
	default:
		m.log.Info("ledger file integrity checked", "took", time.Since(start).Round(time.Millisecond))
	}
}

// releaseLoadingMemory waits for the Merkle tree to hold the ledger as it
// was when the read models became ready, then returns to the system the
// memory that loading them and it used and dropped, which the runtime
// would otherwise keep for a while. It reports whether it did (not if ctx
// ended first).
func (m *Main) releaseLoadingMemory(ctx context.Context, proofs *integrity.Proofs) bool {
	head, err := m.store.Head(ctx)
	if err != nil {
		return false
	}
	start := time.Now()
	if err := proofs.WaitFor(ctx, head); err != nil {
		return false
	}
	m.log.Info("Merkle tree ready", "size", proofs.Size(), "took", time.Since(start).Round(time.Millisecond))
	debug.FreeOSMemory()
	return true
}

// readInBackground starts reading the snapshot at path and returns the
// function that waits for it.
func readInBackground(ctx context.Context, path string) func(context.Context) (*projections.Snapshot, error) {
	type result struct {
		s   *projections.Snapshot
		err error
	}
	done := make(chan result, 1)
	go func() {
		s, err := projections.ReadSnapshot(ctx, path)
		done <- result{s, err}
	}()
	return func(ctx context.Context) (*projections.Snapshot, error) {
		select {
		case r := <-done:
			return r.s, r.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// Close releases the store and writes the log lines still buffered.
func (m *Main) Close() error {
	var err error
	if m.store != nil {
		err = m.store.Close()
	}
	if m.logw != nil {
		err = errors.Join(err, m.logw.Close())
	}
	return err
}

// hashToken prints the configuration line of a token read from stdin, so
// that the token itself never appears in a command line or a file.
func (m *Main) hashToken(context.Context) error {
	raw, err := io.ReadAll(io.LimitReader(os.Stdin, 4096))
	if err != nil {
		return err
	}
	token := strings.TrimSpace(string(raw))
	if len(token) < 16 {
		return errors.New("hash-token: the token must be at least 16 characters")
	}
	fmt.Fprintln(m.stdout, graph.HashToken(token))
	return nil
}
