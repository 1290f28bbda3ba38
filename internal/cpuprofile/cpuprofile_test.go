package cpuprofile_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/controlsledger/ledger/internal/cpuprofile"
)

func TestStart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cpu.prof")
	stop, err := cpuprofile.Start(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Fatalf("profile %s: %v, %v; want a written profile", path, fi, err)
	}
	stop, err = cpuprofile.Start("")
	if err != nil || stop() != nil {
		t.Fatalf("no path: %v", err)
	}
	if _, err := cpuprofile.Start(filepath.Join(t.TempDir(), "missing", "cpu.prof")); err == nil {
		t.Fatal("a path in a missing directory: no error")
	}
}
