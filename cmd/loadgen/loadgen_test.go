package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// ledgerBin is the real server, built once in TestMain.
var ledgerBin string

func TestMain(m *testing.M) {
	// The snapshot mode starts this program again as its mutation writer:
	// in tests, that is the test binary.
	if len(os.Args) > 2 && os.Args[1] == "-mode" {
		main()
		return
	}
	dir, err := os.MkdirTemp("", "loadgen-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ledgerBin = filepath.Join(dir, "ledger")
	out, err := exec.Command("go", "build", "-o", ledgerBin, "github.com/controlsledger/ledger/cmd/ledger").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "build ledger: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

const testToken = "loadgen-test-token-0123456789"

// startServer generates a tiny ledger and serves it with a recorder token,
// returning the GraphQL URL once the server is ready, and its data
// directory.
func startServer(tb testing.TB) (url, data string) {
	tb.Helper()
	data = tb.TempDir()
	if out, err := exec.Command(ledgerBin, "generate", "--data", data, "--events", "2000").CombinedOutput(); err != nil {
		tb.Fatalf("generate: %v\n%s", err, out)
	}
	hash := exec.Command(ledgerBin, "hash-token")
	hash.Stdin = strings.NewReader(testToken)
	line, err := hash.Output()
	if err != nil {
		tb.Fatalf("hash-token: %v", err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	var logs bytes.Buffer
	cmd := exec.Command(ledgerBin, "serve", "--data", data, "--addr", addr)
	cmd.Env = append(os.Environ(), "LEDGER_TOKENS="+strings.TrimSpace(string(line))+" recorder loadgen")
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		if tb.Failed() {
			tb.Logf("server log:\n%s", logs.String())
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return "http://" + addr + "/graphql", data
			}
		}
		if time.Now().After(deadline) {
			tb.Fatalf("server not ready within 30 s: %v", err)
		}
		time.Sleep(50 * time.Millisecond) // polling for the condition, not waiting for time
	}
}

// run runs loadgen in-process and decodes its JSON result.
func run(tb testing.TB, args ...string) Result {
	tb.Helper()
	var stdout, stderr bytes.Buffer
	m := NewMain(&stdout, &stderr)
	if err := m.ParseFlags(append(args, "-json"), func(string) string { return "" }); err != nil {
		tb.Fatalf("flags: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := m.Run(ctx); err != nil {
		tb.Fatalf("loadgen %v: %v\n%s", args, err, stderr.String())
	}
	var r Result
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		tb.Fatalf("decode %q: %v", stdout.String(), err)
	}
	return r
}

func TestModes(t *testing.T) {
	url, _ := startServer(t)
	t.Run("simple", func(t *testing.T) {
		r := run(t, "-mode", "simple", "-url", url, "-duration", "1s", "-warmup", "0s", "-concurrency", "4")
		if r.Requests == 0 || r.Errors != 0 || r.Latency.Samples != r.Requests {
			t.Fatalf("requests %d, errors %d (%s), samples %d", r.Requests, r.Errors, r.FirstError, r.Latency.Samples)
		}
	})
	for _, extra := range [][]string{nil, {"-no-total"}} {
		t.Run(strings.Join(append([]string{"asof"}, extra...), " "), func(t *testing.T) {
			r := run(t, append([]string{"-mode", "asof", "-url", url, "-duration", "1s", "-warmup", "0s", "-rate", "50"}, extra...)...)
			// 50/s for 1 s is 50 requests, whatever the latency.
			if r.Requests != 50 || r.Errors != 0 {
				t.Fatalf("requests %d, want 50; errors %d (%s)", r.Requests, r.Errors, r.FirstError)
			}
		})
	}
	t.Run("subscribers", func(t *testing.T) {
		r := run(t, "-mode", "subscribers", "-url", url, "-token", testToken, "-duration", "1s",
			"-rate", "50", "-subscribers", "10", "-writers", "2")
		if r.Events != 50 || r.Errors != 0 {
			t.Fatalf("events %d, want 50; errors %d (%s)", r.Events, r.Errors, r.FirstError)
		}
		if r.Deliveries != 10*50 || r.Missing != 0 || r.Duplicates != 0 || r.OutOfOrder != 0 || r.Dropped != 0 {
			t.Fatalf("deliveries %d, missing %d, duplicates %d, out of order %d, dropped %d (%s)",
				r.Deliveries, r.Missing, r.Duplicates, r.OutOfOrder, r.Dropped, r.FirstError)
		}
	})
}

// TestSnapshotMode ingests a list snapshot with ledger ingest, a process
// of its own beside the server, as an operator does: every subscriber
// receives each of its events.
func TestSnapshotMode(t *testing.T) {
	url, data := startServer(t)
	file, err := filepath.Abs("../../testdata/federal-register/2023-03929.xml")
	if err != nil {
		t.Fatal(err)
	}
	ingest := strings.Join([]string{ledgerBin, "ingest", "--data", data, "--format", "federal-register", file}, " ")
	r := run(t, "-mode", "snapshot", "-url", url, "-token", testToken, "-duration", "1s", "-warmup", "1s",
		"-rate", "20", "-subscribers", "10", "-writers", "2", "-ingest", ingest)
	sr := r.Snapshot
	if sr == nil || sr.Events < 13 || sr.Head-sr.First+1 != int64(sr.Events) {
		t.Fatalf("snapshot %+v; want 13 designations and more in one commit", sr)
	}
	if sr.Missing != 0 || r.Duplicates != 0 || r.OutOfOrder != 0 || r.Dropped != 0 || r.Errors != 0 {
		t.Fatalf("missing %d, duplicates %d, out of order %d, dropped %d, errors %d (%s)",
			sr.Missing, r.Duplicates, r.OutOfOrder, r.Dropped, r.Errors, r.FirstError)
	}
	if sr.FromReturn == nil || sr.FromReturn.N != 10 || sr.Steady.Samples == 0 {
		t.Fatalf("receipts %+v, steady mutations %+v; want the last event's receipt by each of 10 subscribers", sr.FromReturn, sr.Steady)
	}
}

func TestRefusesNonLoopback(t *testing.T) {
	m := NewMain(&bytes.Buffer{}, &bytes.Buffer{})
	err := m.ParseFlags([]string{"-mode", "simple", "-url", "http://example.org/graphql"}, func(string) string { return "" })
	if err == nil || !strings.Contains(err.Error(), "loopback") {
		t.Fatalf("err = %v, want a refusal of a non-loopback target", err)
	}
}
