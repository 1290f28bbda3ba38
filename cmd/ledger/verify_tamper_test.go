package main

import (
	"context"
	"crypto/ed25519"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/controlsledger/ledger/domain"
	"github.com/controlsledger/ledger/eventstore"
	"github.com/controlsledger/ledger/eventstore/sqlite"
	"github.com/controlsledger/ledger/integrity"
)

// The tests here edit a ledger as someone with write access to the file
// would, including one who recomputes every hash after the edit so that
// the chain holds again: the signed checkpoints are what catch that one.

var (
	operatorKey = ed25519.NewKeyFromSeed([]byte("controls-ledger-operator-key-001"))
	otherKey    = ed25519.NewKeyFromSeed([]byte("controls-ledger-someone-else-002"))
)

func publicKeyOf(k ed25519.PrivateKey) string {
	return base64.StdEncoding.EncodeToString(k.Public().(ed25519.PublicKey))
}

// sealedDemo is the demo ledger with two checkpoints signed by the
// operator's key (or by keys[0] and keys[1]): at position 44, of the 43 demo
// events, and at position 46, of those and a note at 45.
func sealedDemo(t *testing.T, keys ...ed25519.PrivateKey) string {
	t.Helper()
	dir := ledgerWithDemo(t)
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	store, err := sqlite.Open(filepath.Join(dir, "ledger.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	proofs := integrity.NewProofs()
	follow, stop := context.WithCancel(ctx)
	followed := make(chan struct{})
	go func() { proofs.Follow(follow, store); close(followed) }()
	// The tree stops following before the store closes, so that nothing
	// holds the file when the test edits it.
	defer func() { stop(); <-followed }()
	if len(keys) == 0 {
		keys = []ed25519.PrivateKey{operatorKey, operatorKey}
	}
	sealer := integrity.NewSealer(store, proofs, keys[0], nil)
	if cp, ok, err := sealer.Seal(ctx); err != nil || !ok || cp.Event.Position != 44 {
		t.Fatalf("seal: %+v %v %v", cp, ok, err)
	}
	if _, err := store.Append(ctx, "note-1", 0, eventstore.EventData{ID: uuid.New(), Type: "note_recorded.v1", Data: []byte(`{"text":"a note"}`)}); err != nil {
		t.Fatal(err)
	}
	sealer = integrity.NewSealer(store, proofs, keys[1], nil)
	if cp, ok, err := sealer.Seal(ctx); err != nil || !ok || cp.Event.Position != 46 {
		t.Fatalf("second seal: %+v %v %v", cp, ok, err)
	}
	return dir
}

// rehash recomputes the stored hash of every event from position from on,
// as an editor who wants the hash chain to hold again would.
func rehash(t *testing.T, dir string, from uint64) {
	t.Helper()
	db, err := openFile(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var prev [32]byte
	if from > 1 {
		var h []byte
		if err := db.QueryRow("SELECT hash FROM events WHERE position = ?", from-1).Scan(&h); err != nil {
			t.Fatal(err)
		}
		prev = [32]byte(h)
	}
	rows, err := db.Query("SELECT position, id, stream, version, type, recorded_at, data, metadata FROM events WHERE position >= ? ORDER BY position", from)
	if err != nil {
		t.Fatal(err)
	}
	var evs []eventstore.Event
	for rows.Next() {
		var ev eventstore.Event
		var id []byte
		var nano int64
		if err := rows.Scan(&ev.Position, &id, &ev.Stream, &ev.Version, &ev.Type, &nano, &ev.Data, &ev.Metadata); err != nil {
			t.Fatal(err)
		}
		ev.ID, ev.RecordedAt = uuid.UUID(id), time.Unix(0, nano).UTC()
		evs = append(evs, ev)
	}
	rows.Close()
	for _, ev := range evs {
		prev = eventstore.ChainHash(prev, ev)
		if _, err := db.Exec("UPDATE events SET hash = ? WHERE position = ?", prev[:], ev.Position); err != nil {
			t.Fatal(err)
		}
	}
}

// editCheckpoint rewrites the checkpoint stored at position.
func editCheckpoint(t *testing.T, dir string, position int, edit func(*domain.CheckpointSealed)) {
	t.Helper()
	cp := checkpointAt(t, dir, position)
	edit(&cp)
	data, err := domain.Encode(cp)
	if err != nil {
		t.Fatal(err)
	}
	db, err := openFile(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("UPDATE events SET data = ? WHERE position = ?", data, position); err != nil {
		t.Fatal(err)
	}
}

// checkpointAt returns the checkpoint stored at position.
func checkpointAt(t *testing.T, dir string, position int) domain.CheckpointSealed {
	t.Helper()
	db, err := openFile(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var data []byte
	if err := db.QueryRow("SELECT data FROM events WHERE position = ?", position).Scan(&data); err != nil {
		t.Fatal(err)
	}
	var cp domain.CheckpointSealed
	if err := json.Unmarshal(data, &cp); err != nil {
		t.Fatal(err)
	}
	return cp
}

// openFile opens the ledger file behind the store's back, waiting for a
// lock rather than failing at once.
func openFile(t *testing.T, dir string) (*sql.DB, error) {
	t.Helper()
	return sql.Open("sqlite", filepath.Join(dir, "ledger.db")+"?_pragma=busy_timeout(10000)")
}

// resign signs cp again with key, as its own.
func resign(cp *domain.CheckpointSealed, key ed25519.PrivateKey) {
	pub := key.Public().(ed25519.PublicKey)
	cp.PublicKey, cp.KeyID = base64.StdEncoding.EncodeToString(pub), integrity.KeyID(pub)
	cp.Signature = base64.StdEncoding.EncodeToString(ed25519.Sign(key, domain.CheckpointMessage(cp.TreeSize, cp.RootHash, cp.SealedAt)))
}

func TestVerifyFindsEditsOfCheckpoints(t *testing.T) {
	pub := publicKeyOf(operatorKey)
	if out, ok := verify(t, "--data", sealedDemo(t), "--public-key", pub); !ok || !strings.Contains(out, "ok: 46 events") || !strings.Contains(out, "2 checkpoints verified") {
		t.Fatalf("the sealed ledger does not verify:\n%s", out)
	}
	for name, c := range map[string]struct {
		edit func(t *testing.T, dir string)
		args []string
		want []string
	}{
		"the signature of another checkpoint": {
			edit: func(t *testing.T, dir string) {
				first := checkpointAt(t, dir, 44)
				editCheckpoint(t, dir, 46, func(cp *domain.CheckpointSealed) { cp.Signature = first.Signature })
			},
			want: []string{"position 46 (checkpoint-ledger v2, checkpoint_sealed.v1): the stored hash"},
		},
		"the signature of another checkpoint, every hash recomputed": {
			edit: func(t *testing.T, dir string) {
				first := checkpointAt(t, dir, 44)
				editCheckpoint(t, dir, 46, func(cp *domain.CheckpointSealed) { cp.Signature = first.Signature })
				rehash(t, dir, 46)
			},
			want: []string{"position 46: checkpoint of size 45: checkpoint signature does not verify"},
		},
		"a checkpoint signed by another key, every hash recomputed": {
			edit: func(t *testing.T, dir string) {
				editCheckpoint(t, dir, 44, func(cp *domain.CheckpointSealed) { resign(cp, otherKey) })
				rehash(t, dir, 44)
			},
			args: []string{"--public-key", pub},
			want: []string{"position 44: checkpoint of size 43", "signed by key " + integrity.KeyID(otherKey.Public().(ed25519.PublicKey))},
		},
		"a deleted event, later events renumbered and every hash recomputed": {
			edit: func(t *testing.T, dir string) {
				tamper(t, dir, `DELETE FROM events WHERE position = 20; UPDATE events SET position = position - 1 WHERE position > 20`)
				rehash(t, dir, 20)
			},
			// The checkpoint of 43 events is now the 43rd event.
			want: []string{"position 43: checkpoint of size 43 does not come after the events it covers"},
		},
		"two events swapped, every hash recomputed": {
			edit: func(t *testing.T, dir string) {
				tamper(t, dir, `UPDATE events SET position = 1000 WHERE position = 30; UPDATE events SET position = 30 WHERE position = 31; UPDATE events SET position = 31 WHERE position = 1000`)
				rehash(t, dir, 30)
			},
			want: []string{"position 44: checkpoint of size 43 signs root"},
		},
	} {
		t.Run(name, func(t *testing.T) {
			dir := sealedDemo(t)
			c.edit(t, dir)
			out, ok := verify(t, append([]string{"--data", dir}, c.args...)...)
			if ok {
				t.Fatalf("an edited ledger verifies:\n%s", out)
			}
			for _, want := range c.want {
				if !strings.Contains(out, want) {
					t.Errorf("verify does not say %q:\n%s", want, out)
				}
			}
		})
	}

	// Re-signed by another key with every hash recomputed, and no
	// --public-key: the later checkpoint, of a tree that includes the edited
	// one, no longer matches.
	dir := sealedDemo(t)
	editCheckpoint(t, dir, 44, func(cp *domain.CheckpointSealed) { resign(cp, otherKey) })
	rehash(t, dir, 44)
	if out, ok := verify(t, "--data", dir); ok || !strings.Contains(out, "position 46: checkpoint of size 45 signs root") {
		t.Errorf("a checkpoint re-signed by another key passes the later checkpoint:\n%s", out)
	}

	// A ledger whose checkpoints were signed by two keys (the operator
	// changed keys): verify names both, and --public-key names the first
	// checkpoint signed by another.
	dir = sealedDemo(t, operatorKey, otherKey)
	out, ok := verify(t, "--data", dir)
	for _, k := range []ed25519.PrivateKey{operatorKey, otherKey} {
		if id := integrity.KeyID(k.Public().(ed25519.PublicKey)); !ok || !strings.Contains(out, id+" (1)") {
			t.Errorf("verify without --public-key does not name key %s:\n%s", id, out)
		}
	}
	if out, ok := verify(t, "--data", dir, "--public-key", pub); ok || !strings.Contains(out, "position 46: checkpoint of size 45") {
		t.Errorf("a checkpoint of another key passes --public-key:\n%s", out)
	}
}

// exportLines exports the ledger in dir and returns its lines.
func exportLines(t *testing.T, dir string) []string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ledger.ndjson")
	if out, err := exec.Command(binary, "export", "--data", dir, path).CombinedOutput(); err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
}

// writeLines writes lines as an export file, recomputing the hash of every
// line from index rehashFrom on (none if negative).
func writeLines(t *testing.T, lines []string, rehashFrom int) string {
	t.Helper()
	lines = append([]string(nil), lines...)
	if rehashFrom >= 0 {
		var prev [32]byte
		if rehashFrom > 0 {
			_, h, err := parseExportLine([]byte(lines[rehashFrom-1]))
			if err != nil {
				t.Fatal(err)
			}
			prev = h
		}
		for i := rehashFrom; i < len(lines); i++ {
			var l exportLine
			ev, _, err := parseExportLine([]byte(lines[i]))
			if err == nil {
				err = json.Unmarshal([]byte(lines[i]), &l)
			}
			if err != nil {
				t.Fatal(err)
			}
			prev = eventstore.ChainHash(prev, ev)
			l.Hash = hex.EncodeToString(prev[:])
			b, _ := json.Marshal(l)
			lines[i] = string(b)
		}
	}
	path := filepath.Join(t.TempDir(), "edited.ndjson")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// editLineCheckpoint rewrites the checkpoint on an export line.
func editLineCheckpoint(t *testing.T, line string, edit func(*domain.CheckpointSealed)) string {
	t.Helper()
	var l exportLine
	if err := json.Unmarshal([]byte(line), &l); err != nil {
		t.Fatal(err)
	}
	var cp domain.CheckpointSealed
	if err := json.Unmarshal(l.Data, &cp); err != nil {
		t.Fatal(err)
	}
	edit(&cp)
	data, err := domain.Encode(cp)
	if err != nil {
		t.Fatal(err)
	}
	l.Data = data
	b, _ := json.Marshal(l)
	return string(b)
}

func TestVerifyFindsEditsOfCheckpointsInAnExport(t *testing.T) {
	lines := exportLines(t, sealedDemo(t))
	pub := publicKeyOf(operatorKey)
	if out, ok := verify(t, "--export", writeLines(t, lines, -1), "--public-key", pub); !ok || !strings.Contains(out, "2 checkpoints verified") {
		t.Fatalf("the export of the sealed ledger does not verify:\n%s", out)
	}
	var first domain.CheckpointSealed
	editLineCheckpoint(t, lines[43], func(cp *domain.CheckpointSealed) { first = *cp })
	swapped := append([]string(nil), lines...)
	swapped[45] = editLineCheckpoint(t, lines[45], func(cp *domain.CheckpointSealed) { cp.Signature = first.Signature })
	resigned := append([]string(nil), lines...)
	resigned[43] = editLineCheckpoint(t, lines[43], func(cp *domain.CheckpointSealed) { resign(cp, otherKey) })
	deleted := append(append([]string(nil), lines[:19]...), lines[20:]...)
	reordered := append([]string(nil), lines...)
	reordered[29], reordered[30] = reordered[30], reordered[29]

	for name, c := range map[string]struct {
		path string
		args []string
		want string
	}{
		"another checkpoint's signature":                    {writeLines(t, swapped, -1), nil, "line 46: position 46 (checkpoint-ledger v2, checkpoint_sealed.v1): the stored hash"},
		"another checkpoint's signature, hashes recomputed": {writeLines(t, swapped, 45), nil, "line 46: position 46: checkpoint of size 45: checkpoint signature does not verify"},
		"signed by another key, hashes recomputed":          {writeLines(t, resigned, 43), []string{"--public-key", pub}, "line 44: position 44: checkpoint of size 43"},
		"a deleted line":                                       {writeLines(t, deleted, -1), nil, "line 20: position 20: no such event"},
		"a deleted line, hashes recomputed":                    {writeLines(t, deleted, 19), nil, "line 20: position 20: no such event"},
		"two swapped lines":                                    {writeLines(t, reordered, -1), nil, "line 30: position 30: no such event (the next one found is at position 31)"},
		"two swapped lines, positions kept, hashes recomputed": {writeLines(t, reorderKeepingPositions(t, lines, 29), 29), nil, "line 44: position 44: checkpoint of size 43 signs root"},
	} {
		t.Run(name, func(t *testing.T) {
			out, ok := verify(t, append([]string{"--export", c.path}, c.args...)...)
			if ok || !strings.Contains(out, c.want) {
				t.Fatalf("verify passed or did not say %q:\n%s", c.want, out)
			}
		})
	}
}

// reorderKeepingPositions swaps the events of lines i and i+1 but keeps
// the positions in order, as an editor who moves an event would.
func reorderKeepingPositions(t *testing.T, lines []string, i int) []string {
	t.Helper()
	out := append([]string(nil), lines...)
	var a, b exportLine
	if err := json.Unmarshal([]byte(lines[i]), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(lines[i+1]), &b); err != nil {
		t.Fatal(err)
	}
	a.Position, b.Position = b.Position, a.Position
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	out[i], out[i+1] = string(jb), string(ja)
	return out
}

// TestVerifyOfManyPagesNamesTheFirstEdit edits a ledger of several pages
// in two places and runs verify in this process: the pages are read and
// hashed in parallel, and the first edit is still the one named.
func TestVerifyOfManyPagesNamesTheFirstEdit(t *testing.T) {
	dir := t.TempDir()
	// Three pages of verifyPage events and a part of a fourth.
	if out, err := exec.Command(binary, "generate", "--data", dir, "--events", "12388", "--seed", "3").CombinedOutput(); err != nil {
		t.Fatalf("generate: %v\n%s", err, out)
	}
	var stdout, stderr strings.Builder
	if err := runLedger(t.Context(), []string{"verify", "--data", dir}, &stdout, &stderr); err != nil || !strings.Contains(stdout.String(), "ok: 12388 events") {
		t.Fatalf("the generated ledger does not verify: %v\n%s", err, stdout.String())
	}
	tamper(t, dir, `UPDATE events SET data = CAST(CAST(data AS TEXT) || ' ' AS BLOB) WHERE position IN (9000, 5000)`)
	err := runLedger(t.Context(), []string{"verify", "--data", dir}, &stdout, &stderr)
	if err == nil || !strings.HasPrefix(err.Error(), "position 5000 (") {
		t.Fatalf("verify of a ledger edited at 5000 and 9000: %v", err)
	}
}
