package main

import (
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// testSeed is the Ed25519 seed the sealing tests sign with.
var testSeed = []byte("controls-ledger-test-signing-key")

// adminToken is the bearer token of the admin the sealing tests configure.
const adminToken = "e2e-admin-token-0123456789"

// writeFile writes content to a new file in a test directory.
func writeFile(tb testing.TB, name, content string) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

func TestParseFlagsCheckpointSettings(t *testing.T) {
	env := map[string]string{"LEDGER_SIGNING_KEY": "not base64!", "LEDGER_CHECKPOINT_INTERVAL": "-5m"}
	m := NewMain(io.Discard, io.Discard)
	err := m.ParseFlags([]string{"serve", "--anonymous", "nobody"}, func(k string) string { return env[k] })
	if err == nil {
		t.Fatal("a bad key and a negative interval were accepted")
	}
	for _, want := range []string{"LEDGER_SIGNING_KEY", "--checkpoint-interval", "--anonymous"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not name %s: %v", want, err)
		}
	}

	keyFile := writeFile(t, "key", base64.StdEncoding.EncodeToString(testSeed)+"\n")
	m = NewMain(io.Discard, io.Discard)
	if err := m.ParseFlags([]string{"serve", "--signing-key-file", keyFile}, func(string) string { return "" }); err != nil {
		t.Fatal(err)
	}
	if want := ed25519.NewKeyFromSeed(testSeed); !want.Equal(m.Config.SigningKey) || m.Config.CheckpointInterval != defaultCheckpointInterval {
		t.Errorf("config %v every %s, want the key of the file every %s", m.Config.SigningKey.Public(), m.Config.CheckpointInterval, defaultCheckpointInterval)
	}
	m = NewMain(io.Discard, io.Discard)
	err = m.ParseFlags([]string{"serve", "--signing-key-file", writeFile(t, "short", "c2hvcnQ="), "--checkpoint-interval", "0"}, func(string) string { return "" })
	if err == nil || !strings.Contains(err.Error(), "32-byte Ed25519 seed") {
		t.Errorf("a key file with a short seed: %v", err)
	}
	m = NewMain(io.Discard, io.Discard)
	if err := m.ParseFlags([]string{"serve", "--checkpoint-interval", "0"}, func(string) string { return "" }); err != nil || m.Config.SigningKey != nil || m.Config.CheckpointInterval != 0 {
		t.Errorf("no key, interval 0: %v, %+v", err, m.Config)
	}
}

// sealingServer serves the demo dataset with the test key, on demand only,
// and an admin token.
func sealingServer(t *testing.T, dir string, interval string) *server {
	t.Helper()
	keyFile := writeFile(t, "key", base64.StdEncoding.EncodeToString(testSeed))
	tokens := writeFile(t, "tokens", tokenHash(t, adminToken)+" admin auditor-admin\n")
	return startServer(t, dir, "--demo", "--signing-key-file", keyFile, "--checkpoint-interval", interval, "--tokens-file", tokens)
}

type sealAnswer struct {
	SealCheckpoint struct {
		Sealed     bool
		Checkpoint struct {
			TreeSize, Position int
			RootHash           string
		}
	}
}

func (s *server) seal(t *testing.T) sealAnswer {
	t.Helper()
	r := s.queryAs(t, adminToken, `mutation { sealCheckpoint { sealed checkpoint { treeSize position rootHash } } }`, nil)
	var a sealAnswer
	if err := json.Unmarshal(r.Data, &a); err != nil || len(r.Errors) > 0 {
		t.Fatalf("sealCheckpoint: %v %+v", err, r.Errors)
	}
	return a
}

// TestAnAuditorChecksTheServersCheckpoints follows the auditor of the
// README: save a checkpoint from the running server, and later prove with
// ledger verify, offline, that the ledger extends it and that every
// checkpoint is signed by the operator's key.
func TestAnAuditorChecksTheServersCheckpoints(t *testing.T) {
	dir := t.TempDir()
	s := sealingServer(t, dir, "0")
	pub := base64.StdEncoding.EncodeToString(ed25519.NewKeyFromSeed(testSeed).Public().(ed25519.PublicKey))
	if !strings.Contains(s.logs.String(), pub) {
		t.Errorf("the server does not log its public key %s:\n%s", pub, s.logs)
	}
	first := s.seal(t).SealCheckpoint
	if !first.Sealed || first.Checkpoint.TreeSize != 43 || first.Checkpoint.Position != 44 {
		t.Fatalf("first seal: %+v", first)
	}
	saved, _ := json.Marshal(map[string]any{"treeSize": first.Checkpoint.TreeSize, "rootHash": first.Checkpoint.RootHash})
	trusted := writeFile(t, "trusted.json", string(saved))
	if again := s.seal(t).SealCheckpoint; again.Sealed || again.Checkpoint.Position != 44 {
		t.Fatalf("a seal with nothing new wrote: %+v", again)
	}
	if r := s.query(t, announce, map[string]any{"in": announceInput()}); len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	if second := s.seal(t).SealCheckpoint; !second.Sealed || second.Checkpoint.TreeSize != 45 || second.Checkpoint.Position != 46 {
		t.Fatalf("second seal: %+v", second)
	}
	// The auditor may also save the checkpoint whole, signature and all.
	r := s.query(t, `{ checkpoint(size: 44) { treeSize rootHash sealedAt keyId publicKey signature } }`, nil)
	var whole struct{ Checkpoint map[string]any }
	if err := json.Unmarshal(r.Data, &whole); err != nil || len(r.Errors) > 0 || whole.Checkpoint["treeSize"] != 43.0 {
		t.Fatalf("checkpoint(size: 44): %v %+v %s", err, r.Errors, r.Data)
	}
	raw, _ := json.Marshal(whole.Checkpoint)
	savedWhole := writeFile(t, "whole.json", string(raw))
	whole.Checkpoint["sealedAt"] = "2020-01-01T00:00:00Z"
	raw, _ = json.Marshal(whole.Checkpoint)
	redated := writeFile(t, "redated.json", string(raw))
	s.kill(t)

	if out, ok := verify(t, "--data", dir, "--public-key", pub, "--trusted-checkpoint", savedWhole); !ok || !strings.Contains(out, "extends the trusted checkpoint of size 43") {
		t.Errorf("verify against the checkpoint saved whole:\n%s", out)
	}
	if out, ok := verify(t, "--data", dir, "--trusted-checkpoint", redated); ok || !strings.Contains(out, "signature does not verify") {
		t.Errorf("a saved checkpoint with another date verifies:\n%s", out)
	}

	out, ok := verify(t, "--data", dir, "--public-key", pub, "--trusted-checkpoint", trusted)
	if !ok || !strings.Contains(out, "ok: 46 events") || !strings.Contains(out, "2 checkpoints verified") || !strings.Contains(out, "extends the trusted checkpoint of size 43") {
		t.Fatalf("verify of the served ledger:\n%s", out)
	}
	other, _, _ := ed25519.GenerateKey(nil)
	if out, ok := verify(t, "--data", dir, "--public-key", base64.StdEncoding.EncodeToString(other)); ok || !strings.Contains(out, "position 44") {
		t.Errorf("checkpoints verify against another key, or the first one is not named:\n%s", out)
	}
	forged := writeFile(t, "forged.json", `{"treeSize": 43, "rootHash": "`+strings.Repeat("ab", 32)+`"}`)
	if out, ok := verify(t, "--data", dir, "--trusted-checkpoint", forged); ok || !strings.Contains(out, "does not extend") {
		t.Errorf("the ledger extends a checkpoint with another root:\n%s", out)
	}
}

func TestServeSealsAtTheInterval(t *testing.T) {
	s := sealingServer(t, t.TempDir(), "50ms")
	deadline := time.Now().Add(30 * time.Second)
	for {
		r := s.query(t, `{ checkpoint { treeSize position } }`, nil)
		var d struct {
			Checkpoint *struct{ TreeSize, Position int }
		}
		if err := json.Unmarshal(r.Data, &d); err != nil || len(r.Errors) > 0 {
			t.Fatalf("checkpoint: %v %+v", err, r.Errors)
		}
		if d.Checkpoint != nil {
			if d.Checkpoint.TreeSize != 43 || d.Checkpoint.Position != 44 {
				t.Fatalf("the first checkpoint covers %d events at %d, want 43 at 44", d.Checkpoint.TreeSize, d.Checkpoint.Position)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no checkpoint sealed within 30 s; logs:\n%s", s.logs)
		}
		select {
		case <-s.exited:
			t.Fatalf("the server exited; logs:\n%s", s.logs)
		case <-time.After(50 * time.Millisecond): // polling an external process: no event to wait on
		}
	}
}
