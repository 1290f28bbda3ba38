package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/kurrentdb"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/integrity"
	"github.com/controlsledger/ledger/integrity/merkle"
	"github.com/controlsledger/ledger/internal/progress"
)

// VerifyConfig configures the verify command.
type VerifyConfig struct {
	// Export, if set, is the export file (from ledger export) to verify
	// instead of the store.
	Export string
	// Trusted, if set, is a JSON checkpoint {treeSize, rootHash} saved
	// earlier, which the ledger must extend.
	Trusted string
	// PublicKey, if set, is the key every checkpoint must be signed with.
	PublicKey ed25519.PublicKey
}

// verifyFlags declares the flags of verify.
func verifyFlags(c *Config, fs *flag.FlagSet, _ envFunc, _ func(string) string) func([]string) []error {
	var pubKey string
	fs.StringVar(&c.Verify.Export, "export", "", "verify an export file (from ledger export) instead of a store")
	fs.StringVar(&c.Verify.Trusted, "trusted-checkpoint", "", "JSON file {treeSize, rootHash} saved earlier: prove the ledger extends it (and, if it has them, check sealedAt, keyId, publicKey and signature)")
	fs.StringVar(&pubKey, "public-key", "", "base64 Ed25519 public key every checkpoint must be signed with")
	return func(args []string) []error {
		var problems []error
		if len(args) != 0 {
			problems = append(problems, fmt.Errorf("verify: unexpected arguments %v", args))
		}
		if pubKey != "" {
			k, err := base64.StdEncoding.DecodeString(pubKey)
			if err != nil || len(k) != ed25519.PublicKeySize {
				problems = append(problems, errors.New("verify: --public-key is not a base64 Ed25519 public key"))
			}
			c.Verify.PublicKey = k
		}
		return problems
	}
}

// runVerify re-checks the ledger, or an export of it, and prints the
// verdict. It opens the store read-only: an auditor's copy may be in a
// directory, or a file, that no one may write.
func (m *Main) runVerify(ctx context.Context) error {
	c := m.Config.Verify
	v := &verifier{progress: progress.New(m.stderr, progress.Options{Label: "verify", Unit: "events"}), out: m.stdout, key: c.PublicKey}
	var err error
	if c.Export != "" {
		err = v.verifyExport(c.Export)
	} else {
		var s eventstore.Store
		if s, err = openForIntegrity(ctx, m.Config.DataDir, m.Config.Store, true); err != nil {
			return err
		}
		defer s.Close()
		err = v.verifyStore(ctx, s)
	}
	v.progress.Done() // ends a terminal's progress line before the verdict
	if err != nil {
		return err
	}
	if c.Trusted != "" {
		if err := v.checkTrusted(c.Trusted); err != nil {
			return err
		}
	}
	fmt.Fprintf(m.stdout, "ok: %d events, root %x, %d checkpoints verified\n", v.tree.Size(), v.root(), v.checkpoints)
	if v.checkpoints > 0 {
		ids := slices.Sorted(maps.Keys(v.keys))
		for i, id := range ids {
			ids[i] = fmt.Sprintf("%s (%d)", id, v.keys[id])
		}
		fmt.Fprintf(m.stdout, "checkpoints signed by key %s\n", strings.Join(ids, ", "))
		if v.key == nil {
			fmt.Fprintln(m.stdout, "note: each signature was checked against the key the checkpoint names; pass --public-key to require the operator's published key")
		}
	}
	return nil
}

// publicKeyFlags declares the flags of public-key.
func publicKeyFlags(c *Config, fs *flag.FlagSet, env envFunc, getenv func(string) string) func([]string) []error {
	var keyFile string
	fs.StringVar(&keyFile, "signing-key-file", env("LEDGER_SIGNING_KEY_FILE", ""), "file holding the base64 Ed25519 seed (LEDGER_SIGNING_KEY_FILE; or the seed itself in LEDGER_SIGNING_KEY)")
	return func(args []string) []error {
		var problems []error
		if len(args) != 0 {
			problems = append(problems, fmt.Errorf("public-key: unexpected arguments %v", args))
		}
		var err error
		switch c.SigningKey, err = loadSigningKey(keyFile, getenv("LEDGER_SIGNING_KEY")); {
		case err != nil:
			problems = append(problems, err)
		case c.SigningKey == nil:
			problems = append(problems, errors.New("public-key: no signing key (--signing-key-file, LEDGER_SIGNING_KEY_FILE or LEDGER_SIGNING_KEY)"))
		}
		return problems
	}
}

// runPublicKey prints the public key of the signing key and its key ID.
func (m *Main) runPublicKey(context.Context) error {
	pub := m.Config.SigningKey.Public().(ed25519.PublicKey)
	_, err := fmt.Fprintf(m.stdout, "%s keyId=%s\n", base64.StdEncoding.EncodeToString(pub), integrity.KeyID(pub))
	return err
}

// openForIntegrity opens the store, the embedded one read-only; raw leaves the SQLite store's own checks
// off (of each event's hash on read, and of every page at open), so that
// verify recomputes every hash itself and names the event.
func openForIntegrity(ctx context.Context, data, store string, raw bool) (eventstore.Store, error) {
	if store != "" {
		return kurrentdb.Open(ctx, store, kurrentdb.Options{})
	}
	path := filepath.Join(data, "ledger.db")
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no ledger in %s: %w", data, err)
	}
	return sqlite.Open(path, sqlite.Options{Unchecked: raw, SkipQuickCheck: raw, ReadOnly: true})
}

// loadSigningKey reads the Ed25519 seed (base64, 32 bytes) from file, or
// from the value of LEDGER_SIGNING_KEY; nil when neither is set.
func loadSigningKey(file, value string) (ed25519.PrivateKey, error) {
	src := "LEDGER_SIGNING_KEY"
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("signing key: %w", err)
		}
		value, src = string(bytes.TrimSpace(b)), file
	}
	if value == "" {
		return nil, nil
	}
	seed, err := base64.StdEncoding.DecodeString(value)
	if err != nil || len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("signing key in %s: want the base64 of a 32-byte Ed25519 seed", src)
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

// exportLine is one event of an export, one JSON object a line. Data and
// Metadata are JSON when the stored bytes are compact JSON (so that they
// read back byte for byte), else base64 in DataBase64/MetadataBase64.
type exportLine struct {
	Position       uint64          `json:"position"`
	ID             string          `json:"id"`
	Stream         string          `json:"stream"`
	Version        int64           `json:"version"`
	Type           string          `json:"type"`
	RecordedAt     string          `json:"recordedAt"`
	Data           json.RawMessage `json:"data,omitempty"`
	DataBase64     []byte          `json:"dataBase64,omitempty"`
	Metadata       json.RawMessage `json:"metadata,omitempty"`
	MetadataBase64 []byte          `json:"metadataBase64,omitempty"`
	Hash           string          `json:"hash"`
}

func asJSON(b []byte) (json.RawMessage, []byte) {
	if len(b) == 0 {
		return nil, nil
	}
	var c bytes.Buffer
	if json.Compact(&c, b) == nil && bytes.Equal(c.Bytes(), b) {
		return b, nil
	}
	return nil, b
}

// verifier recomputes the chain, the tree and the checkpoints.
type verifier struct {
	key         ed25519.PublicKey
	prev        [32]byte // the hash of the last event checked
	tree        merkle.Tree
	checkpoints int
	keys        map[string]int // checkpoints per key ID
	progress    *progress.Reporter
	out         io.Writer
}

func (v *verifier) root() merkle.Hash {
	r, _ := v.tree.Root(v.tree.Size())
	return r
}

// verifyPage is how many events one read of the store brings.
const verifyPage = 4096

// batch is a run of consecutive events as read, with what can be computed
// of each without the events before the run: the hash of each event from
// the second on, chained from the stored hash of the event before it in
// the run, and the leaf hash of each stored hash. Batches are prepared in
// parallel and checked in ledger order by (*verifier).apply.
type batch struct {
	evs    []eventstore.Event
	stored [][32]byte // the hash each event carries (the store's or the export's)
	linked [][32]byte // linked[i], i > 0: ChainHash(stored[i-1], evs[i])
	leaves []merkle.Hash
	err    error
	line   int // of the first event, in an export (0 for a store)
}

// prepare computes linked and leaves; stored must be set.
func (b *batch) prepare() {
	b.linked = make([][32]byte, len(b.evs))
	b.leaves = make([]merkle.Hash, len(b.evs))
	for i := range b.evs {
		if i > 0 {
			b.linked[i] = eventstore.ChainHash(b.stored[i-1], b.evs[i])
		}
		b.leaves[i] = merkle.LeafHash(b.stored[i][:])
	}
}

// apply checks a prepared batch against the events before it, and returns
// the index in b of the event that does not match with the error. Since
// every event before the first mismatch carries its true hash, checking
// event i against the stored hash of event i-1 finds the same first
// mismatch as recomputing the chain from the start.
func (v *verifier) apply(b *batch) (int, error) {
	for i := range b.evs {
		ev := &b.evs[i]
		want := v.tree.Size() + 1
		if ev.Position != want {
			return i, fmt.Errorf("position %d: no such event (the next one found is at position %d): an event was removed or moved", want, ev.Position)
		}
		h := b.linked[i]
		if i == 0 {
			h = eventstore.ChainHash(v.prev, *ev)
		}
		if h != b.stored[i] {
			return i, fmt.Errorf("position %d (%s v%d, %s): the stored hash is %x but the event's content and its predecessor's hash give %x: the event, or one before it, was changed", ev.Position, ev.Stream, ev.Version, ev.Type, b.stored[i], h)
		}
		v.prev = h
		v.tree.AppendLeafHash(b.leaves[i])
		if ev.Type == domain.TypeCheckpointSealed {
			if err := v.checkCheckpoint(*ev); err != nil {
				return i, err
			}
		}
	}
	v.progress.Add(int64(len(b.evs)))
	return len(b.evs), nil
}

func (v *verifier) checkCheckpoint(ev eventstore.Event) error {
	d, err := domain.Decode(ev.Type, ev.Data)
	if err != nil {
		return fmt.Errorf("position %d: checkpoint: %w", ev.Position, err)
	}
	cp := d.(domain.CheckpointSealed)
	if _, err := integrity.VerifyCheckpoint(cp, v.key); err != nil {
		return fmt.Errorf("position %d: %w", ev.Position, err)
	}
	if cp.TreeSize < 0 || uint64(cp.TreeSize) >= ev.Position {
		return fmt.Errorf("position %d: checkpoint of size %d does not come after the events it covers", ev.Position, cp.TreeSize)
	}
	root, _ := v.tree.Root(uint64(cp.TreeSize))
	if hex.EncodeToString(root[:]) != cp.RootHash {
		return fmt.Errorf("position %d: checkpoint of size %d signs root %s, but the events give %x", ev.Position, cp.TreeSize, cp.RootHash, root)
	}
	v.checkpoints++
	if v.keys == nil {
		v.keys = map[string]int{}
	}
	v.keys[cp.KeyID]++
	return nil
}

// verifyStore reads the store with one reader per CPU, each reading and
// preparing pages of verifyPage events (the reads and most of the hashing
// run in parallel), and checks the pages in ledger order. At most a few
// pages per reader wait to be checked.
func (v *verifier) verifyStore(ctx context.Context, s eventstore.Store) error {
	head, err := s.Head(ctx)
	if err != nil {
		return err
	}
	v.progress.SetTotal(int64(head))
	v.tree.Grow(head)
	ctx, cancel := context.WithCancel(ctx)

	readers := max(runtime.GOMAXPROCS(0), 2)
	window := make(chan struct{}, 2*readers) // pages read but not yet checked
	var next atomic.Uint64                   // the next page to read
	type page struct {
		n uint64
		b *batch
	}
	pages := make(chan page, 2*readers)
	var wg sync.WaitGroup
	for range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case window <- struct{}{}:
				case <-ctx.Done():
					return
				}
				n := next.Add(1) - 1
				b := &batch{}
				b.evs, b.err = s.ReadAll(ctx, n*verifyPage, verifyPage)
				b.stored = make([][32]byte, len(b.evs))
				for i := range b.evs {
					b.stored[i] = b.evs[i].Hash
				}
				b.prepare()
				select {
				case pages <- page{n, b}:
				case <-ctx.Done():
					return
				}
				if b.err != nil || len(b.evs) == 0 {
					return
				}
			}
		}()
	}
	defer func() {
		cancel() // the readers stop at their next step
		wg.Wait()
	}()

	waiting := map[uint64]*batch{}
	for n := uint64(0); ; n++ {
		b, ok := waiting[n]
		for !ok {
			select {
			case p := <-pages:
				waiting[p.n] = p.b
				b, ok = waiting[n]
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		delete(waiting, n)
		<-window
		if b.err != nil {
			return b.err
		}
		if len(b.evs) == 0 {
			break
		}
		if _, err := v.apply(b); err != nil {
			return err
		}
	}
	v.progress.Done()
	return nil
}

// verifyExport checks an export a page of lines at a time, preparing each
// page while the next is parsed.
func (v *verifier) verifyExport(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 2*eventstore.MaxEventSize+1<<20)
	prepared := make(chan *batch, 2)
	go func() {
		defer close(prepared)
		b := &batch{line: 1}
		flush := func() {
			b.prepare()
			prepared <- b
		}
		for line := 1; sc.Scan(); line++ {
			ev, hash, err := parseExportLine(sc.Bytes())
			if err != nil {
				b.err = fmt.Errorf("%s line %d: %w", path, line, err)
				break
			}
			b.evs, b.stored = append(b.evs, ev), append(b.stored, hash)
			if len(b.evs) == verifyPage {
				flush()
				b = &batch{line: line + 1}
			}
		}
		if err := sc.Err(); err != nil && b.err == nil {
			b.err = fmt.Errorf("%s: %w", path, err)
		}
		flush()
	}()
	var failed error
	for b := range prepared {
		if failed != nil {
			continue // drain, so the parser ends
		}
		if i, err := v.apply(b); err != nil {
			failed = fmt.Errorf("%s line %d: %w", path, b.line+i, err)
			continue
		}
		failed = b.err
	}
	if failed != nil {
		return failed
	}
	v.progress.Done()
	return nil
}

// parseExportLine reads one line of an export.
func parseExportLine(raw []byte) (eventstore.Event, [32]byte, error) {
	var l exportLine
	if err := json.Unmarshal(raw, &l); err != nil {
		return eventstore.Event{}, [32]byte{}, err
	}
	id, err1 := uuid.Parse(l.ID)
	at, err2 := time.Parse(time.RFC3339Nano, l.RecordedAt)
	hash, err3 := hex.DecodeString(l.Hash)
	if err := errors.Join(err1, err2, err3); err != nil || len(hash) != 32 {
		return eventstore.Event{}, [32]byte{}, fmt.Errorf("position %d: malformed: %v", l.Position, err)
	}
	ev := eventstore.Event{ID: id, Type: l.Type, Stream: l.Stream, Version: l.Version, Position: l.Position, RecordedAt: at,
		Data: append([]byte(l.Data), l.DataBase64...), Metadata: append([]byte(l.Metadata), l.MetadataBase64...)}
	return ev, [32]byte(hash), nil
}

// checkTrusted proves, with a consistency proof, that the ledger verified
// extends the checkpoint an auditor saved earlier.
func (v *verifier) checkTrusted(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var cp struct {
		TreeSize uint64 `json:"treeSize"`
		RootHash string `json:"rootHash"`
		// A checkpoint saved whole (from the API's checkpoint query) also
		// has its signature, which is checked too.
		domain.CheckpointSealed
	}
	if err := json.Unmarshal(b, &cp); err != nil {
		return fmt.Errorf("trusted checkpoint %s: %w", path, err)
	}
	if cp.Signature != "" {
		cp.CheckpointSealed.TreeSize, cp.CheckpointSealed.RootHash = int64(cp.TreeSize), cp.RootHash
		if _, err := integrity.VerifyCheckpoint(cp.CheckpointSealed, v.key); err != nil {
			return fmt.Errorf("trusted checkpoint %s: %w", path, err)
		}
	}
	rootM, err := hex.DecodeString(cp.RootHash)
	if err != nil || len(rootM) != 32 {
		return fmt.Errorf("trusted checkpoint %s: rootHash is not 64 hex digits", path)
	}
	n := v.tree.Size()
	if cp.TreeSize > n {
		return fmt.Errorf("trusted checkpoint of size %d: the ledger has only %d events: events were removed", cp.TreeSize, n)
	}
	proof, err := v.tree.ConsistencyProof(cp.TreeSize, n)
	if err != nil {
		return err
	}
	if err := merkle.VerifyConsistency(cp.TreeSize, n, merkle.Hash(rootM), v.root(), proof); err != nil {
		return fmt.Errorf("trusted checkpoint of size %d (root %s): the ledger of %d events does not extend it: %w", cp.TreeSize, cp.RootHash, n, err)
	}
	fmt.Fprintf(v.out, "ok: the ledger of %d events extends the trusted checkpoint of size %d\n", n, cp.TreeSize)
	return nil
}
