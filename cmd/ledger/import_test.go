package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// ledgerCmd runs the ledger binary and returns its output and whether it
// succeeded.
func ledgerCmd(t *testing.T, args ...string) (string, bool) {
	t.Helper()
	out, err := exec.Command(binary, args...).CombinedOutput()
	return string(out), err == nil
}

func TestImportCSVAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	out, ok := ledgerCmd(t, "import", "--data", dir, "testdata/gallium.csv")
	if !ok || !strings.Contains(out, "imported 4 commands from testdata/gallium.csv: 4 recorded as 4 events, 0 already recorded; ledger head 4") {
		t.Fatalf("import the example CSV:\n%s", out)
	}
	out, ok = ledgerCmd(t, "import", "--data", dir, "testdata/gallium.csv")
	if !ok || !strings.Contains(out, "0 recorded as 0 events, 4 already recorded; ledger head 4") {
		t.Fatalf("import it again:\n%s", out)
	}

	bad := filepath.Join(t.TempDir(), "bad.ndjson")
	lines := `{"command":"RegisterSource","input":{"sourceId":"S-9","publisher":"FR","title":"T","official":true}}` + "\n" +
		`{"command":"RevokeMeasure","input":{"measureId":"CN-2024-GAGE-US","effectiveOn":"2025-01-01","sources":[{"sourceId":"S-404","title":"T","publisher":"P"}]}}` + "\n" +
		`{"command":"RevokeMeasure","input":{"measureId":"NOPE","effectiveOn":"2025-01-01","sources":[{"title":"T","publisher":"P"}]}}` + "\n"
	if err := os.WriteFile(bad, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	out, ok = ledgerCmd(t, "import", "--data", dir, bad)
	for _, want := range []string{"2 line(s) failed; nothing of lines 1-3 was written",
		"line 2: RevokeMeasure: sources[0].sourceId: source.not_found", "line 3: RevokeMeasure: measureId: measure.not_found"} {
		if ok || !strings.Contains(out, want) {
			t.Errorf("import of a failing file does not say %q:\n%s", want, out)
		}
	}
	if out, ok := verify(t, "--data", dir); !ok || !strings.Contains(out, "ok: 4 events") {
		t.Errorf("the failing file wrote something:\n%s", out)
	}

	out, ok = ledgerCmd(t, "import", "--store", "esdb://127.0.0.1:1?tls=false", "testdata/gallium.csv")
	if ok || !strings.Contains(out, "--atomic file needs the embedded store") {
		t.Errorf("an atomic import into KurrentDB:\n%s", out)
	}
}

func TestImportGeneratedCommandsInBatches(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "commands.ndjson")
	out, ok := ledgerCmd(t, "generate", "--events", "1500", "--seed", "3", "--out", file)
	if !ok || !strings.Contains(out, "wrote the commands of 1500 events to "+file) {
		t.Fatalf("generate --out:\n%s", out)
	}
	data := filepath.Join(dir, "data")
	out, ok = ledgerCmd(t, "import", "--data", data, "--atomic", "batch", "--batch-size", "400", file)
	if !ok || !strings.Contains(out, "recorded as 1500 events, 0 already recorded; ledger head 1500") {
		t.Fatalf("import:\n%s", out)
	}
	if out, ok := verify(t, "--data", data); !ok || !strings.Contains(out, "ok: 1500 events") {
		t.Fatalf("verify:\n%s", out)
	}
}
