package main

import (
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// ledgerWithDemo imports the demo dataset into a new data directory.
func ledgerWithDemo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command(binary, "import", "--data", dir, "demo/us-china-2022-2023.ndjson").CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	return dir
}

// verify runs `ledger verify ARGS` and returns its output and whether it
// passed.
func verify(t *testing.T, args ...string) (string, bool) {
	t.Helper()
	out, err := exec.Command(binary, append([]string{"verify"}, args...)...).CombinedOutput()
	return string(out), err == nil
}

// tamper runs SQL against the ledger file behind the store's back.
func tamper(t *testing.T, dir, stmt string) {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(dir, "ledger.db")+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(stmt); err != nil {
		t.Fatalf("%s: %v", stmt, err)
	}
}

func TestVerifyFindsEditsOfTheStore(t *testing.T) {
	if out, ok := verify(t, "--data", ledgerWithDemo(t)); !ok || !strings.Contains(out, "ok: 43 events") {
		t.Fatalf("an untouched ledger does not verify:\n%s", out)
	}
	for name, c := range map[string]struct{ stmt, want string }{
		"a flipped byte":     {`UPDATE events SET data = CAST(replace(CAST(data AS TEXT), 'Announcement No. 23', 'Announcement No. 24') AS BLOB) WHERE position = 15`, "position 15"},
		"a deleted event":    {`DELETE FROM events WHERE position = 20`, "position 20: no such event"},
		"two swapped events": {`UPDATE events SET position = 1000 WHERE position = 30; UPDATE events SET position = 30 WHERE position = 31; UPDATE events SET position = 31 WHERE position = 1000`, "position 30"},
	} {
		t.Run(name, func(t *testing.T) {
			dir := ledgerWithDemo(t)
			tamper(t, dir, c.stmt)
			out, ok := verify(t, "--data", dir)
			if ok || !strings.Contains(out, c.want) {
				t.Fatalf("verify passed or did not locate the edit (want %q):\n%s", c.want, out)
			}
		})
	}
}

func TestVerifyFindsEditsOfAnExport(t *testing.T) {
	dir := ledgerWithDemo(t)
	export := filepath.Join(t.TempDir(), "ledger.ndjson")
	if out, err := exec.Command(binary, "export", "--data", dir, export).CombinedOutput(); err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	if out, ok := verify(t, "--export", export); !ok {
		t.Fatalf("an untouched export does not verify:\n%s", out)
	}
	raw, err := os.ReadFile(export)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	edit := func(f func([]string) []string) string {
		out := f(append([]string(nil), lines...))
		path := filepath.Join(t.TempDir(), "edited.ndjson")
		if err := os.WriteFile(path, []byte(strings.Join(out, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	for name, c := range map[string]struct{ path, want string }{
		"a flipped byte": {edit(func(l []string) []string {
			l[14] = strings.Replace(l[14], "Announcement No. 23", "Announcement No. 24", 1)
			return l
		}), "line 15: position 15 ("},
		"a deleted line":    {edit(func(l []string) []string { return append(l[:19], l[20:]...) }), "line 20: position 20: no such event"},
		"two swapped lines": {edit(func(l []string) []string { l[29], l[30] = l[30], l[29]; return l }), "line 30: position 30: no such event"},
	} {
		t.Run(name, func(t *testing.T) {
			if out, ok := verify(t, "--export", c.path); ok || !strings.Contains(out, c.want) {
				t.Fatalf("an edited export verifies, or the edit is not located (want %q):\n%s", c.want, out)
			}
		})
	}
}
