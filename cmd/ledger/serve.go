package main

import (
	"context"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/graph"
	"github.com/controlsledger/ledger/importer"
	"github.com/controlsledger/ledger/integrity"
	"github.com/controlsledger/ledger/ledger"
	"github.com/controlsledger/ledger/projections"
	"github.com/controlsledger/ledger/screening/ledgerindex"
	"github.com/controlsledger/ledger/web"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// defaultAddr is where serve listens unless told otherwise: the loopback
// interface only, so that a server started to try the ledger out is not
// open to the network. A container sets LEDGER_ADDR=:8080.
const defaultAddr = "127.0.0.1:8080"

// serveFlags declares the flags of serve.
func serveFlags(c *Config, fs *flag.FlagSet, env envFunc, getenv func(string) string) func([]string) []error {
	var tokensFile, anonymous, origins, snapshot, keyFile, interval, memLimit, headroom string
	fs.StringVar(&c.Addr, "addr", env("LEDGER_ADDR", defaultAddr), "HTTP listen address (LEDGER_ADDR); :8080 listens on every interface")
	fs.StringVar(&tokensFile, "tokens-file", env("LEDGER_TOKENS_FILE", ""), "file of bearer tokens, one \"sha256:HEX ROLE ACTOR\" per line (LEDGER_TOKENS_FILE); LEDGER_TOKENS may hold more lines")
	fs.StringVar(&anonymous, "anonymous", env("LEDGER_ANONYMOUS", "reader"), "role of requests without a token: none, reader, or recorder for local development only (LEDGER_ANONYMOUS)")
	fs.StringVar(&origins, "allowed-origins", env("LEDGER_ALLOWED_ORIGINS", ""), "comma-separated origin hosts (patterns like *.example.org) allowed to call from a browser on another origin (LEDGER_ALLOWED_ORIGINS)")
	fs.StringVar(&c.DebugAddr, "debug-addr", env("LEDGER_DEBUG_ADDR", ""), "host:port serving Go's profiler at /debug/pprof/, apart from the API; keep it on a loopback or private address (LEDGER_DEBUG_ADDR; default: off)")
	fs.BoolVar(&c.Introspection, "introspection", env("LEDGER_INTROSPECTION", "true") == "true", "schema introspection and field suggestions (LEDGER_INTROSPECTION)")
	fs.StringVar(&snapshot, "snapshot", env("LEDGER_SNAPSHOT", ""), "file of the projections' snapshot, read at start and rewritten as the ledger grows (LEDGER_SNAPSHOT); default DATA/projections.snapshot with the embedded store and none with KurrentDB; \"none\" turns it off")
	fs.BoolVar(&c.Demo, "demo", env("LEDGER_DEMO", "false") == "true", "load the demo dataset if the ledger is empty (LEDGER_DEMO=true)")
	fs.StringVar(&keyFile, "signing-key-file", env("LEDGER_SIGNING_KEY_FILE", ""), "file holding the base64 Ed25519 seed that signs checkpoints (LEDGER_SIGNING_KEY_FILE; or the seed itself in LEDGER_SIGNING_KEY); none: no checkpoints")
	fs.StringVar(&interval, "checkpoint-interval", env("LEDGER_CHECKPOINT_INTERVAL", defaultCheckpointInterval.String()), "seal a checkpoint this often when events were appended since the last one, e.g. 10m; 0: only on demand (LEDGER_CHECKPOINT_INTERVAL)")
	fs.StringVar(&memLimit, "memory-limit", env("LEDGER_MEMORY_LIMIT", defaultMemoryLimit), "soft memory limit of Go's runtime: auto (GOMEMLIMIT if set; else, once the read models are ready, the live heap plus --memory-headroom, followed every 10s, at most 75% of the container's or machine's memory, which is the limit until then and with --memory-headroom off), off, a percentage of that memory (60%) or a size (900MiB, 2GB) (LEDGER_MEMORY_LIMIT)")
	fs.StringVar(&headroom, "memory-headroom", env("LEDGER_MEMORY_HEADROOM", defaultMemoryHeadroom), "with --memory-limit auto: room for garbage above the live heap, as a percentage of it (at least 64 MiB), widened up to the live heap while the collector takes more than a quarter of the CPU; less keeps memory lower and costs more CPU in the collector; off: the limit is not derived (LEDGER_MEMORY_HEADROOM)")
	return func(args []string) []error {
		var problems []error
		var err error
		if c.MemoryLimit, err = parseMemoryLimit(memLimit, headroom, getenv("GOMEMLIMIT"), availableMemory); err != nil {
			problems = append(problems, err)
		}
		if len(args) > 0 {
			problems = append(problems, fmt.Errorf("unexpected arguments: %s", strings.Join(args, " ")))
		}
		if _, _, err := net.SplitHostPort(c.Addr); err != nil {
			problems = append(problems, fmt.Errorf("--addr %q is not host:port: %v", c.Addr, err))
		}
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
			tokens, err := readTokens(tokensFile)
			if err != nil {
				problems = append(problems, fmt.Errorf("--tokens-file: %w", err))
			}
			c.Tokens = append(c.Tokens, tokens...)
		}
		return problems
	}
}

// readTokens reads a file of bearer tokens.
func readTokens(path string) ([]graph.Token, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	tokens, err := graph.ParseTokens(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return tokens, nil
}

// runServe serves the ledger until ctx is cancelled, the server fails, the
// read models stop or the integrity check finds the file damaged. It binds
// its addresses first, so that a taken port fails before anything, the
// demo dataset included, is written.
func (m *Main) runServe(ctx context.Context) error {
	m.logw = newLogWriter(m.stderr, 100*time.Millisecond)
	m.opLog = m.newLog(m.logw)
	lim := newLimiter(m.Config.MemoryLimit, m.log)
	lim.start()
	ln, debugLn, err := m.listen()
	if err != nil {
		return err
	}
	defer ln.Close()
	if debugLn != nil {
		defer debugLn.Close()
	}
	if err := m.openServedStore(ctx); err != nil {
		return err
	}

	// The read models, the Merkle tree and the sealer run until the server
	// has drained, so in-flight mutations can still read their own writes.
	bg, stopBackground := context.WithCancel(context.Background())
	defer stopBackground()
	proj := projections.New(projections.Options{})
	runner := projections.NewRunner(m.store, proj, projections.RunnerOptions{
		Log: m.log, Snapshot: m.Config.Snapshot, ReadSnapshot: m.readSnapshot,
	})
	projDone := make(chan error, 1)
	go func() { projDone <- runner.Run(bg) }()
	proofs := integrity.NewProofs()
	damaged := make(chan error, 1)
	loaded := make(chan struct{})
	go lim.run(bg, loaded)
	go m.afterReady(bg, runner, proofs, damaged, loaded)
	sealer := m.startSealer(bg, proofs)

	stop := make(chan struct{})
	srv := &http.Server{Handler: m.handler(proj, runner, proofs, sealer, lim, stop), ReadHeaderTimeout: 10 * time.Second}
	if debugLn != nil {
		dsrv := debugServer()
		defer dsrv.Close()
		go dsrv.Serve(debugLn)
		m.log.Info("profiler", "pprof", "http://"+debugLn.Addr().String()+"/debug/pprof/")
	}
	m.log.Info("serving", "graphql", "http://"+ln.Addr().String()+"/graphql", "explorer", "http://"+ln.Addr().String()+"/", "graphiql", "http://"+ln.Addr().String()+"/graphiql", "data", m.Config.DataDir)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	return m.drain(ctx, srv, stop, served, projDone, damaged, stopBackground)
}

// openServedStore opens the store the server serves, reading the
// projections' snapshot meanwhile, and records the demo dataset if asked.
func (m *Main) openServedStore(ctx context.Context) error {
	if m.Config.Snapshot != "" {
		// The snapshot loads while the store opens (the server checks the
		// file's integrity later, once it is ready; see checkStore).
		m.readSnapshot = readInBackground(ctx, m.Config.Snapshot)
	}
	if err := m.openStore(ctx); err != nil {
		return err
	}
	if m.Config.Demo {
		return m.loadDemo(ctx, ledger.New(m.store, ledger.Options{}))
	}
	return nil
}

// drain waits until ctx is cancelled, the server fails (served), the read
// models stop (projDone) or the file is found damaged; then it stops taking
// work, ends subscriptions (closing stop), lets in-flight mutations finish
// (each acknowledged one is durable), and stops the read models and what
// else runs in the background (stopBackground), the runner writing its
// snapshot as it stops. The store is closed by Close.
func (m *Main) drain(ctx context.Context, srv *http.Server, stop chan struct{}, served, projDone, damaged <-chan error, stopBackground func()) error {
	var err error
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
	close(stop)
	shutdown, cancelShutdown := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancelShutdown()
	if serr := srv.Shutdown(shutdown); serr != nil && err == nil {
		err = fmt.Errorf("shutdown: %w", serr)
	}
	stopBackground()
	if !projStopped {
		<-projDone // the runner writes its snapshot as it stops
	}
	if errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	m.log.Info("stopped")
	return err
}

// listen binds the API's address and, if configured, the profiler's.
func (m *Main) listen() (api, debug net.Listener, err error) {
	api, err = net.Listen("tcp", m.Config.Addr)
	if err != nil {
		return nil, nil, fmt.Errorf("--addr: %w", err)
	}
	if m.Config.DebugAddr != "" {
		if debug, err = net.Listen("tcp", m.Config.DebugAddr); err != nil {
			api.Close()
			return nil, nil, fmt.Errorf("--debug-addr: %w", err)
		}
	}
	return api, debug, nil
}

// afterReady waits until the read models are ready (and says so), then
// starts what reads the whole ledger, so that it does not slow their start:
// the file's integrity check, which sends to damaged what it finds, and the
// Merkle tree, which follows the ledger until ctx ends. It closes loaded
// once the Merkle tree holds the ledger and the memory of the loading is
// collected: the live heap is then what serving holds.
func (m *Main) afterReady(ctx context.Context, runner *projections.Runner, proofs *integrity.Proofs, damaged chan<- error, loaded chan<- struct{}) {
	// The ready line is logged before the check starts: a check that finds
	// damage stops the server, and would otherwise race the line.
	if !reportCatchUp(ctx, m.log, runner, 5*time.Second) {
		return
	}
	go m.checkStore(ctx, damaged)
	go m.checkHistory(ctx, proofs, damaged)
	go func() {
		if m.releaseLoadingMemory(ctx, proofs) {
			close(loaded)
		}
	}()
	if err := proofs.Follow(ctx, m.store); err != nil && ctx.Err() == nil {
		m.log.Error("the Merkle tree stopped following the ledger", "err", err)
	}
}

// startSealer returns the sealer of checkpoints when a signing key is
// configured (nil otherwise), sealing at the configured interval until ctx
// ends.
func (m *Main) startSealer(ctx context.Context, proofs *integrity.Proofs) *integrity.Sealer {
	key := m.Config.SigningKey
	if key == nil {
		return nil
	}
	sealer := integrity.NewSealer(m.store, proofs, key, nil)
	pub := sealer.PublicKey()
	every := "on demand only"
	if m.Config.CheckpointInterval > 0 {
		every = m.Config.CheckpointInterval.String()
	}
	m.log.Info("checkpoints: sealed with this key; auditors verify them with ledger verify --public-key",
		"publicKey", base64.StdEncoding.EncodeToString(pub), "keyId", integrity.KeyID(pub), "interval", every)
	if m.Config.CheckpointInterval > 0 {
		go sealer.Run(ctx, m.Config.CheckpointInterval, func(err error) {
			m.log.Error("checkpoint not sealed; trying again at the next interval", "err", err)
		})
	}
	return sealer
}

// handler routes the API, the metrics, the Explorer and the health checks.
// Closing stop ends subscriptions.
func (m *Main) handler(proj *projections.Projection, runner *projections.Runner, proofs *integrity.Proofs, sealer *integrity.Sealer, lim *limiter, stop chan struct{}) http.Handler {
	var files []string
	if m.Config.Store == "" {
		db := filepath.Join(m.Config.DataDir, "ledger.db")
		files = []string{db, db + "-wal", db + "-shm"}
	}
	met := newMetrics(m.store, proj, files, lim)
	svc := ledger.New(instrumentedStore{Store: m.store, m: met}, ledger.Options{})
	screener := ledgerindex.New(proj)
	go func() {
		// Build the name index once the projections are ready, not on the
		// first screening.
		select {
		case <-runner.Ready():
			if err := screener.CatchUp(); err != nil {
				m.log.Error("the screening index could not be built", "err", err)
			}
		case <-stop:
		}
	}()
	resolver := &graph.Resolver{Commands: svc, Views: proj, Analyses: proj, Proofs: proofs, Events: m.store, Stop: stop,
		Screener: screener}
	if sealer != nil {
		resolver.Sealer = sealer
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", graph.NewHandler(resolver, graph.Options{
		Log: m.log, Tokens: m.Config.Tokens, Anonymous: m.Config.Anonymous,
		AllowedOrigins: m.Config.AllowedOrigins, Introspection: m.Config.Introspection,
		OnOperation: met.observeOperation(m.opLog), OnAnswerCache: met.answers.observe,
		OnSubscriptionCache: met.shared.observe,
	}))
	mux.Handle("GET /metrics", promhttp.HandlerFor(met.reg, promhttp.HandlerOpts{}))
	// The Explorer at /, GraphiQL at /graphiql, and their files, all from
	// the binary: no page loads anything from another host.
	pages := web.Handler()
	mux.Handle("GET /{$}", pages)
	mux.Handle("GET /graphiql", pages)
	mux.Handle("GET /assets/", pages)
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
	return mux
}

// debugServer serves Go's profiler.
func debugServer() *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
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
