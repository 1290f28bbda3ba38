package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// runLedger runs one command in-process, as main does: the command line
// args, an empty environment.
func runLedger(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	m := NewMain(stdout, stderr)
	if err := m.ParseFlags(args, func(string) string { return "" }); err != nil {
		return err
	}
	err := m.Run(ctx)
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	return err
}

// Every command is in the usage text of "ledger" and "ledger --help".
func TestUsageNamesEveryCommand(t *testing.T) {
	for _, args := range [][]string{nil, {"--help"}, {"help"}} {
		out, ok := ledgerCmd(t, args...)
		if ok != (len(args) > 0) {
			t.Errorf("ledger %v: success %v", args, ok)
		}
		for _, name := range []string{"serve", "import", "export", "verify", "backup", "generate", "public-key", "hash-token"} {
			if !strings.Contains(out, "ledger "+name+" ") && !strings.Contains(out, "ledger "+name+"\n") {
				t.Errorf("the usage of ledger %v does not name %s:\n%s", args, name, out)
			}
		}
	}
	if out, ok := ledgerCmd(t, "launch"); ok || !strings.Contains(out, `unknown command "launch"`) || !strings.Contains(out, "ledger verify") {
		t.Errorf("an unknown command: %v\n%s", ok, out)
	}
}

// The server listens on the loopback interface unless told otherwise.
func TestServeListensOnLoopbackByDefault(t *testing.T) {
	m := NewMain(io.Discard, io.Discard)
	if err := m.ParseFlags([]string{"serve"}, func(string) string { return "" }); err != nil {
		t.Fatal(err)
	}
	if m.Config.Addr != "127.0.0.1:8080" {
		t.Fatalf("default address %q, want 127.0.0.1:8080", m.Config.Addr)
	}
	m = NewMain(io.Discard, io.Discard)
	if err := m.ParseFlags([]string{"serve"}, func(k string) string { return map[string]string{"LEDGER_ADDR": ":8080"}[k] }); err != nil || m.Config.Addr != ":8080" {
		t.Fatalf("LEDGER_ADDR=:8080 gives %q (%v)", m.Config.Addr, err)
	}
}

// ledgerIn runs the ledger binary in dir.
func ledgerIn(t *testing.T, dir string, args ...string) (string, bool) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	return string(out), err == nil
}

// A relative --data works, the default "data" too, for every command that
// reads a ledger: the README's own commands.
func TestRelativeDataDirectory(t *testing.T) {
	dir := t.TempDir()
	demo, err := filepath.Abs("demo/us-china-2022-2023.ndjson")
	if err != nil {
		t.Fatal(err)
	}
	if out, ok := ledgerIn(t, dir, "import", demo); !ok {
		t.Fatalf("import into the default data directory: %s", out)
	}
	for _, args := range [][]string{
		{"backup", "--data", "data", "copy.db"},
		{"backup", "copy2.db"},
		{"verify", "--data", "data"},
		{"export", "--data", "./data", "events.ndjson"},
	} {
		if out, ok := ledgerIn(t, dir, args...); !ok {
			t.Errorf("ledger %v: %s", args, out)
		}
	}
	if out, ok := ledgerIn(t, dir, "verify", "--export", "events.ndjson"); !ok || !strings.Contains(out, "ok: 43 events") {
		t.Errorf("verify the export: %s", out)
	}
}

// A missing input file fails before the store is opened: no empty ledger
// is left behind.
func TestImportOfAMissingFileCreatesNoLedger(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	out, ok := ledgerCmd(t, "import", "--data", dir, filepath.Join(t.TempDir(), "missing.ndjson"))
	if ok || !strings.Contains(out, "missing.ndjson") {
		t.Fatalf("import of a missing file: %v\n%s", ok, out)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the data directory exists after a failed import: %v", err)
	}
}

// --atomic none gives a line's events the IDs it names, so a later line
// can correct them: the only mode a KurrentDB store allows.
func TestImportAtomicNoneHonoursEventIDs(t *testing.T) {
	dir := t.TempDir()
	const id = "0190a0a0-0000-7000-8000-000000000001"
	src := `"sources":[{"title":"Rule","publisher":"FR","official":true}]`
	file := writeFile(t, "fix.ndjson",
		`{"command":"RegisterSource","input":{"sourceId":"S-1","publisher":"FR","title":"Rul"},"eventIds":["`+id+`"]}`+"\n"+
			`{"command":"CorrectRecord","input":{"correctionId":"C-1","record":{"kind":"source","id":"S-1"},"eventId":"`+id+`",`+
			`"field":"title","oldValue":"Rul","newValue":"Rule","reason":"typo",`+src+`}}`+"\n")
	out, ok := ledgerCmd(t, "import", "--atomic", "none", "--data", dir, file)
	if !ok || !strings.Contains(out, "imported 2 commands") {
		t.Fatalf("import --atomic none: %s", out)
	}
	var stdout bytes.Buffer
	if err := runLedger(t.Context(), []string{"export", "--data", dir, "-"}, &stdout, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), `"id":"`+id+`"`) {
		t.Fatalf("the export has no event %s:\n%s", id, stdout.String())
	}
}

// serve binds its address before it opens the store or records the demo:
// a taken port fails with nothing written.
func TestServeOnATakenPortWritesNothing(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	dir := filepath.Join(t.TempDir(), "data")
	out, ok := ledgerCmd(t, "serve", "--demo", "--addr", ln.Addr().String(), "--data", dir)
	if ok || !strings.Contains(out, "address already in use") {
		t.Fatalf("serve on a taken port: %v\n%s", ok, out)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the data directory exists after a failed start: %v", err)
	}
}

// verify and backup read an auditor's copy that no one may write: a
// read-only file in a read-only directory. Run as root (who may write
// anywhere), the binary runs as the user nobody.
func TestVerifyAndBackUpAReadOnlyCopy(t *testing.T) {
	dir := ledgerWithDemo(t)
	copyDir := filepath.Join(t.TempDir(), "audit")
	outDir := filepath.Join(filepath.Dir(copyDir), "out")
	for _, d := range []string{copyDir, outDir} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	raw, err := os.ReadFile(filepath.Join(dir, "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(copyDir, "ledger.db"), raw, 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(copyDir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(copyDir, 0o755) })
	if err := os.Chmod(outDir, 0o777); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (string, error) {
		cmd := exec.Command(binary, args...)
		if os.Geteuid() == 0 {
			// nobody must reach the binary and the copy.
			for _, d := range []string{filepath.Dir(binary), filepath.Dir(copyDir), filepath.Dir(filepath.Dir(copyDir))} {
				if err := os.Chmod(d, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		}
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := run("verify", "--data", copyDir); err != nil || !strings.Contains(out, "ok: 43 events") {
		t.Fatalf("verify of a read-only copy: %v\n%s", err, out)
	}
	backup := filepath.Join(outDir, "copy.db")
	if out, err := run("backup", "--data", copyDir, backup); err != nil || !strings.Contains(out, "backed up 43 events") {
		t.Fatalf("backup of a read-only copy: %v\n%s", err, out)
	}
	if out, err := run("verify", "--data", outDir); err == nil || !strings.Contains(out, "no ledger") {
		t.Fatalf("verify of a directory without ledger.db: %v\n%s", err, out)
	}
	if entries, _ := os.ReadDir(copyDir); len(entries) != 1 {
		t.Fatalf("the read-only directory holds %d files after verify and backup, want 1", len(entries))
	}
	got, err := os.ReadFile(filepath.Join(copyDir, "ledger.db"))
	if err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("verify or backup changed the copy (%v)", err)
	}
}
