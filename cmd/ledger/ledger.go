package main

import (
	"context"
	"crypto/ed25519"
	"embed"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/kurrentdb"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/graph"
	"github.com/controlsledger/ledger/importer"
	"github.com/controlsledger/ledger/integrity"
	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/projections"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

//go:embed demo/*.ndjson
var demoFS embed.FS

// demoFile is the demo dataset loaded by serve --demo.
const demoFile = "demo/us-china-2022-2023.ndjson"

// Config is the parsed and validated configuration of one command.
type Config struct {
	// Command is "serve", "import" or "generate".
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
	// BackupFile is the file backup writes.
	BackupFile string
	// Generate configures the generate command.
	Generate GenerateConfig
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
	// ledger (from --signing-key-file, LEDGER_SIGNING_KEY_FILE or
	// LEDGER_SIGNING_KEY: the base64 of a 32-byte Ed25519 seed).
	SigningKey ed25519.PrivateKey
	// CheckpointInterval is how often serve seals a checkpoint when events
	// were appended since the last one; 0 seals only on demand (the
	// sealCheckpoint mutation).
	CheckpointInterval time.Duration
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

const usage = `Usage:
  ledger serve [flags]          run the GraphQL server
  ledger import [flags] FILE    record the commands of an NDJSON or CSV file ("-" for stdin), all or nothing
  ledger generate --events N    write a generated ledger of N events to an empty store
  ledger backup [--data DIR] FILE   write a consistent copy of the embedded ledger, even while it serves
  ledger hash-token             read a token on stdin, print the line that configures it

Run "ledger COMMAND --help" for the flags of a command.
Every flag can also be set by its environment variable; flags win.
`

// ParseFlags reads the command line and environment (flags win) into Config
// and validates it, reporting every problem at once.
func (m *Main) ParseFlags(args []string, getenv func(string) string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(m.stderr, usage)
		if len(args) == 0 {
			return errors.New("no command given")
		}
		return flag.ErrHelp
	}
	c := &m.Config
	c.Command = args[0]
	env := func(name, def string) string {
		if v := getenv(name); v != "" {
			return v
		}
		return def
	}
	var tokensFile, anonymous, origins, snapshot, keyFile, interval string
	fs := flag.NewFlagSet("ledger "+c.Command, flag.ContinueOnError)
	fs.SetOutput(m.stderr)
	fs.StringVar(&c.DataDir, "data", env("LEDGER_DATA", "data"), "data directory holding ledger.db (LEDGER_DATA)")
	fs.StringVar(&c.Store, "store", env("LEDGER_STORE", ""), "KurrentDB connection string, esdb://host:2113?tls=false (LEDGER_STORE; prefer the variable when it holds a password); empty: the embedded store in --data")
	fs.StringVar(&c.Actor, "actor", env("LEDGER_ACTOR", "local"), "actor recorded on the events this process writes (LEDGER_ACTOR)")
	fs.StringVar(&c.LogFormat, "log-format", env("LEDGER_LOG_FORMAT", "text"), "log format: text or json (LEDGER_LOG_FORMAT)")
	switch c.Command {
	case "hash-token":
		return nil
	case "serve":
		fs.StringVar(&c.Addr, "addr", env("LEDGER_ADDR", ":8080"), "HTTP listen address (LEDGER_ADDR)")
		fs.StringVar(&tokensFile, "tokens-file", env("LEDGER_TOKENS_FILE", ""), "file of bearer tokens, one \"sha256:HEX ROLE ACTOR\" per line (LEDGER_TOKENS_FILE); LEDGER_TOKENS may hold more lines")
		fs.StringVar(&anonymous, "anonymous", env("LEDGER_ANONYMOUS", "reader"), "role of requests without a token: none, reader, or recorder for local development only (LEDGER_ANONYMOUS)")
		fs.StringVar(&origins, "allowed-origins", env("LEDGER_ALLOWED_ORIGINS", ""), "comma-separated origin hosts (patterns like *.example.org) allowed to call from a browser on another origin (LEDGER_ALLOWED_ORIGINS)")
		fs.StringVar(&c.DebugAddr, "debug-addr", env("LEDGER_DEBUG_ADDR", ""), "host:port serving Go's profiler at /debug/pprof/, apart from the API; keep it on a loopback or private address (LEDGER_DEBUG_ADDR; default: off)")
		fs.BoolVar(&c.Introspection, "introspection", env("LEDGER_INTROSPECTION", "true") == "true", "schema introspection and field suggestions (LEDGER_INTROSPECTION)")
		fs.StringVar(&snapshot, "snapshot", env("LEDGER_SNAPSHOT", ""), "file of the projections' snapshot, read at start and rewritten as the ledger grows (LEDGER_SNAPSHOT); default DATA/projections.snapshot with the embedded store and none with KurrentDB; \"none\" turns it off")
		demoDefault := env("LEDGER_DEMO", "false") == "true"
		fs.BoolVar(&c.Demo, "demo", demoDefault, "load the demo dataset if the ledger is empty (LEDGER_DEMO=true)")
		fs.StringVar(&keyFile, "signing-key-file", env("LEDGER_SIGNING_KEY_FILE", ""), "file holding the base64 Ed25519 seed that signs checkpoints (LEDGER_SIGNING_KEY_FILE; or the seed itself in LEDGER_SIGNING_KEY); none: no checkpoints")
		fs.StringVar(&interval, "checkpoint-interval", env("LEDGER_CHECKPOINT_INTERVAL", defaultCheckpointInterval.String()), "seal a checkpoint this often when events were appended since the last one, e.g. 10m; 0: only on demand (LEDGER_CHECKPOINT_INTERVAL)")
	case "import":
		c.Import.flags(fs, env)
	case "backup":
	case "generate":
		c.Generate.flags(fs)
	default:
		fmt.Fprint(m.stderr, usage)
		return fmt.Errorf("unknown command %q", c.Command)
	}
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	var problems []error
	switch {
	case c.Command == "import" || c.Command == "backup":
		if fs.NArg() != 1 {
			problems = append(problems, fmt.Errorf("%s takes exactly one FILE argument", c.Command))
		} else {
			c.ImportFile, c.BackupFile = fs.Arg(0), fs.Arg(0)
		}
	case fs.NArg() != 0:
		problems = append(problems, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " ")))
	}
	if c.Command == "generate" {
		if err := c.Generate.validate(); err != nil {
			problems = append(problems, err)
		}
	}
	if c.Command == "import" {
		problems = append(problems, c.Import.validate(c.ImportFile, c.Store)...)
	}
	if c.Store != "" && !strings.HasPrefix(c.Store, "esdb://") && !strings.HasPrefix(c.Store, "esdb+discover://") {
		problems = append(problems, errors.New("--store must be an esdb:// or esdb+discover:// connection string"))
	}
	if c.DataDir == "" {
		problems = append(problems, errors.New("--data must not be empty"))
	}
	if strings.TrimSpace(c.Actor) == "" {
		problems = append(problems, errors.New("--actor must not be empty"))
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		problems = append(problems, fmt.Errorf("--log-format must be text or json, not %q", c.LogFormat))
	}
	if c.Command == "serve" {
		if _, _, err := net.SplitHostPort(c.Addr); err != nil {
			problems = append(problems, fmt.Errorf("--addr %q is not host:port: %v", c.Addr, err))
		}
		var err error
		if c.DebugAddr != "" {
			if _, _, err := net.SplitHostPort(c.DebugAddr); err != nil {
				problems = append(problems, fmt.Errorf("--debug-addr %q is not host:port: %v", c.DebugAddr, err))
			}
		}
		if c.Anonymous, err = graph.ParseRole(anonymous); err != nil || c.Anonymous > graph.RoleRecorder {
			problems = append(problems, fmt.Errorf("--anonymous must be none, reader or recorder, not %q", anonymous))
		}
		for _, o := range strings.Split(origins, ",") {
			if o = strings.TrimSpace(o); o != "" {
				c.AllowedOrigins = append(c.AllowedOrigins, o)
			}
		}
		switch {
		case snapshot == "none":
		case snapshot != "":
			c.Snapshot = snapshot
		case c.Store == "" && c.DataDir != "":
			c.Snapshot = filepath.Join(c.DataDir, "projections.snapshot")
		}
		if c.SigningKey, err = loadSigningKey(keyFile, getenv("LEDGER_SIGNING_KEY")); err != nil {
			problems = append(problems, fmt.Errorf("--signing-key-file: %w", err))
		}
		if c.CheckpointInterval, err = time.ParseDuration(interval); err != nil || c.CheckpointInterval < 0 {
			problems = append(problems, fmt.Errorf("--checkpoint-interval must be a duration of at least 0 (e.g. 10m; 0: on demand only), not %q", interval))
		}
		tokens, err := graph.ParseTokens(strings.NewReader(getenv("LEDGER_TOKENS")))
		if err != nil {
			problems = append(problems, fmt.Errorf("LEDGER_TOKENS: %w", err))
		}
		c.Tokens = tokens
		if tokensFile != "" {
			if f, err := os.Open(tokensFile); err != nil {
				problems = append(problems, fmt.Errorf("--tokens-file: %w", err))
			} else {
				tokens, err := graph.ParseTokens(f)
				f.Close()
				if err != nil {
					problems = append(problems, fmt.Errorf("--tokens-file %s: %w", tokensFile, err))
				}
				c.Tokens = append(c.Tokens, tokens...)
			}
		}
	}
	return errors.Join(problems...)
}

// Run runs the configured command until it ends or ctx is cancelled.
func (m *Main) Run(ctx context.Context) error {
	switch m.Config.Command {
	case "hash-token":
		return m.hashToken()
	case "backup":
		return m.runBackup(ctx)
	}
	newLog := func(w io.Writer) *slog.Logger {
		if m.Config.LogFormat == "json" {
			return slog.New(slog.NewJSONHandler(w, nil))
		}
		return slog.New(slog.NewTextHandler(w, nil))
	}
	m.log = newLog(m.stderr)
	m.opLog = m.log
	if m.Config.Command == "serve" {
		m.logw = newLogWriter(m.stderr, 100*time.Millisecond)
		m.opLog = newLog(m.logw)
	}
	if m.Config.Command == "serve" && m.Config.Snapshot != "" {
		// The snapshot loads while the store opens (the server checks the
		// file's integrity later, once it is ready; see checkStore).
		m.readSnapshot = readInBackground(ctx, m.Config.Snapshot)
	}
	if m.Config.Command == "generate" && m.Config.Generate.Out != "" {
		return m.runGenerateCommands(ctx)
	}
	store, err := m.openStore(ctx)
	if err != nil {
		return err
	}
	m.store = store
	svc := ledger.New(store, ledger.Options{})
	switch m.Config.Command {
	case "import":
		return m.runImport(ctx, svc)
	case "generate":
		return m.runGenerate(ctx)
	default:
		return m.runServe(ctx, svc)
	}
}

// openStore opens the configured event store.
func (m *Main) openStore(ctx context.Context) (eventstore.Store, error) {
	if m.Config.Store != "" {
		return kurrentdb.Open(ctx, m.Config.Store, kurrentdb.Options{
			Logf: func(format string, args ...any) { m.log.Info(fmt.Sprintf(format, args...), "store", "kurrentdb") },
		})
	}
	if err := os.MkdirAll(m.Config.DataDir, 0o755); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	// The server checks the file's integrity once it serves (see
	// checkStore); the other commands before they start.
	return sqlite.Open(filepath.Join(m.Config.DataDir, "ledger.db"), sqlite.Options{SkipQuickCheck: m.Config.Command == "serve"})
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
// would otherwise keep for a while.
func (m *Main) releaseLoadingMemory(ctx context.Context, proofs *integrity.Proofs) {
	head, err := m.store.Head(ctx)
	if err != nil {
		return
	}
	start := time.Now()
	if err := proofs.WaitFor(ctx, head); err != nil {
		return
	}
	m.log.Info("Merkle tree ready", "size", proofs.Size(), "took", time.Since(start).Round(time.Millisecond))
	debug.FreeOSMemory()
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
func (m *Main) hashToken() error {
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

// loadDemo records the demo dataset if the ledger is empty.
func (m *Main) loadDemo(ctx context.Context, svc *ledger.Service) error {
	head, err := m.store.Head(ctx)
	if err != nil {
		return err
	}
	if head > 0 {
		m.log.Info("ledger is not empty; demo dataset not loaded", "head", head)
		return nil
	}
	f, err := demoFS.Open(demoFile)
	if err != nil {
		return err
	}
	defer f.Close()
	// All or nothing where the store can: a failed start leaves no half
	// demo behind.
	if _, ok := m.store.(eventstore.BatchAppender); ok {
		res, err := importer.Bulk(ctx, svc, m.store, importer.NDJSON(f), ledger.Request{Actor: "demo"}, importer.BulkOptions{})
		if err != nil {
			return fmt.Errorf("demo dataset: %w", err)
		}
		m.log.Info("demo dataset loaded", "commands", res.Commands)
		return nil
	}
	n, err := importer.Import(ctx, svc, f, ledger.Request{Actor: "demo"}, nil)
	if err != nil {
		return fmt.Errorf("demo dataset: %w", err)
	}
	m.log.Info("demo dataset loaded", "commands", n)
	return nil
}

func (m *Main) runServe(ctx context.Context, svc *ledger.Service) error {
	if m.Config.Demo {
		if err := m.loadDemo(ctx, svc); err != nil {
			return err
		}
	}
	proj := projections.New(projections.Options{})
	// The read models run until the server has drained, so in-flight
	// mutations can still read their own writes.
	projCtx, stopProjections := context.WithCancel(context.Background())
	defer stopProjections()
	projDone := make(chan error, 1)
	runner := projections.NewRunner(m.store, proj, projections.RunnerOptions{
		Log: m.log, Snapshot: m.Config.Snapshot, ReadSnapshot: m.readSnapshot,
	})
	go func() { projDone <- runner.Run(projCtx) }()
	go reportCatchUp(projCtx, m.log, runner, 5*time.Second)

	var files []string
	if m.Config.Store == "" {
		db := filepath.Join(m.Config.DataDir, "ledger.db")
		files = []string{db, db + "-wal", db + "-shm"}
	}
	proofs := integrity.NewProofs()
	damaged := make(chan error, 1)
	go func() {
		// The tree and the integrity check read the whole ledger: they
		// start once the read models are ready, so that they do not slow
		// their start.
		select {
		case <-runner.Ready():
		case <-projCtx.Done():
			return
		}
		go m.checkStore(projCtx, damaged)
		go m.releaseLoadingMemory(projCtx, proofs)
		if err := proofs.Follow(projCtx, m.store); err != nil && projCtx.Err() == nil {
			m.log.Error("the Merkle tree stopped following the ledger", "err", err)
		}
	}()
	var sealer *integrity.Sealer
	if key := m.Config.SigningKey; key != nil {
		sealer = integrity.NewSealer(m.store, proofs, key, nil)
		pub := sealer.PublicKey()
		every := "on demand only"
		if m.Config.CheckpointInterval > 0 {
			every = m.Config.CheckpointInterval.String()
		}
		m.log.Info("checkpoints: sealed with this key; auditors verify them with ledger verify --public-key",
			"publicKey", base64.StdEncoding.EncodeToString(pub), "keyId", integrity.KeyID(pub), "interval", every)
		if m.Config.CheckpointInterval > 0 {
			go sealer.Run(projCtx, m.Config.CheckpointInterval, func(err error) {
				m.log.Error("checkpoint not sealed; trying again at the next interval", "err", err)
			})
		}
	}
	met := newMetrics(m.store, proj, files)
	svc = ledger.New(instrumentedStore{Store: m.store, m: met}, ledger.Options{})
	stop := make(chan struct{})
	mux := http.NewServeMux()
	resolver := &graph.Resolver{Commands: svc, Views: proj, Analyses: proj, Proofs: proofs, Events: m.store, Stop: stop}
	if sealer != nil {
		resolver.Sealer = sealer
	}
	mux.Handle("/graphql", graph.NewHandler(resolver, graph.Options{
		Log: m.log, Tokens: m.Config.Tokens, Anonymous: m.Config.Anonymous,
		AllowedOrigins: m.Config.AllowedOrigins, Introspection: m.Config.Introspection,
		OnOperation: met.observeOperation(m.opLog),
	}))
	mux.Handle("GET /metrics", promhttp.HandlerFor(met.reg, promhttp.HandlerOpts{}))
	mux.Handle("GET /{$}", graph.NewPlayground("/graphql"))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		st, err := runner.Status(r.Context())
		if err != nil {
			http.Error(w, "store unreachable", http.StatusServiceUnavailable)
			return
		}
		if !st.Ready || st.Checkpoint < st.StoreHead {
			http.Error(w, fmt.Sprintf("projections at %d of %d", st.Checkpoint, st.StoreHead), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintf(w, "ready at %d\n", st.StoreHead)
	})

	ln, err := net.Listen("tcp", m.Config.Addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	if m.Config.DebugAddr != "" {
		dln, err := net.Listen("tcp", m.Config.DebugAddr)
		if err != nil {
			ln.Close()
			return fmt.Errorf("--debug-addr: %w", err)
		}
		debug := http.NewServeMux()
		debug.HandleFunc("/debug/pprof/", pprof.Index)
		debug.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
		debug.HandleFunc("/debug/pprof/profile", pprof.Profile)
		debug.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
		debug.HandleFunc("/debug/pprof/trace", pprof.Trace)
		dsrv := &http.Server{Handler: debug, ReadHeaderTimeout: 10 * time.Second}
		defer dsrv.Close()
		go dsrv.Serve(dln)
		m.log.Info("profiler", "pprof", "http://"+dln.Addr().String()+"/debug/pprof/")
	}
	m.log.Info("serving", "graphql", "http://"+ln.Addr().String()+"/graphql", "graphiql", "http://"+ln.Addr().String()+"/", "data", m.Config.DataDir)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	projStopped := false
	select {
	case err = <-served:
	case err = <-projDone:
		projStopped = true
		err = fmt.Errorf("projections stopped: %w", err)
	case err = <-damaged:
		m.log.Error("stopping: the ledger file is damaged; restore it from a backup", "err", err)
	case <-ctx.Done():
		m.log.Info("stopping: draining requests")
		err = nil
	}
	// Stop taking work, end subscriptions cleanly, and let in-flight
	// mutations finish (each acknowledged one is durable); then stop the read
	// models. The store is closed by Close.
	close(stop)
	shutdown, cancelShutdown := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancelShutdown()
	if serr := srv.Shutdown(shutdown); serr != nil && err == nil {
		err = fmt.Errorf("shutdown: %w", serr)
	}
	stopProjections()
	if !projStopped {
		<-projDone // the runner writes its snapshot as it stops
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	m.log.Info("stopped")
	return err
}
