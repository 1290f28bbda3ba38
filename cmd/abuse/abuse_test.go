package main

import (
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
)

func TestOnlyLoopbackTargets(t *testing.T) {
	for url, ok := range map[string]bool{
		"http://127.0.0.1:8080/graphql": true, "http://[::1]:8080/graphql": true, "http://localhost:8080/graphql": true,
		"http://example.org/graphql": false, "http://10.0.0.1:8080/graphql": false, "http://0.0.0.0:8080/graphql": false,
	} {
		m := &Main{stdout: io.Discard, stderr: io.Discard}
		err := m.ParseFlags([]string{"-url", url})
		if (err == nil) != ok {
			t.Errorf("%s: err = %v, want accepted %v", url, err, ok)
		}
	}
	m := &Main{stdout: io.Discard, stderr: io.Discard}
	if err := m.ParseFlags([]string{"-url", "http://127.0.0.1:1/graphql", "-bin", "ledger"}); err == nil || !strings.Contains(err.Error(), "not both") {
		t.Errorf("-url and -bin: err = %v", err)
	}
}

func TestReadProcSeesAPeak(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads Linux's /proc")
	}
	before, err := readProc(os.Getpid(), true)
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64<<20)
	for i := 0; i < len(buf); i += 4096 {
		buf[i] = 1
	}
	after, err := readProc(os.Getpid(), false)
	runtime.KeepAlive(buf)
	if err != nil {
		t.Fatal(err)
	}
	if grew := after.peakRSS - before.rss; grew < 48<<20 {
		t.Fatalf("the peak grew by %d MB after touching 64 MB", grew>>20)
	}
	if after.cpu < before.cpu {
		t.Fatalf("CPU time went back: %v then %v", before.cpu, after.cpu)
	}
}
