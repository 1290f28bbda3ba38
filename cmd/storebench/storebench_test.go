package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"strings"
	"testing"
)

// TestQuickRun runs the whole matrix on a tiny ledger, so that the command
// keeps working. It checks that every case is reported and that the run
// cleaned up after itself; it asserts no figure.
func TestQuickRun(t *testing.T) {
	if testing.Short() {
		t.Skip("storebench smoke run skipped in -short mode")
	}
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	m := NewMain(&stdout, &stderr)
	if err := m.ParseFlags([]string{"-quick", "-dir", dir, "-events", "2000", "-duration", "50ms"}); err != nil {
		t.Fatal(err)
	}
	err := m.Run(t.Context())
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatalf("run: %v\nprogress:\n%s", err, stderr.String())
	}
	out := stdout.String()
	t.Logf("report:\n%s", out)
	for _, want := range []string{
		"| disk: 4 KiB write + fsync",
		"| 1 writer, 1 event(s) per call |",
		"| 8 writers, 1 event(s) per call |",
		"| 64 writers, 1 event(s) per call |",
		"| 1 writer, 100 event(s) per call |",
		"| 1 writer, 1000 event(s) per call |",
		"| full read of 2000 events, 1000 per call |",
		"| read of one 100-event stream among 2000 |",
		"| ≥ 20,000 acknowledged-durable events/s with 64 writers |",
		"- CPU: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the report has no line with %q", want)
		}
	}
	left, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 0 {
		t.Errorf("the run left %d files in %s", len(left), dir)
	}
}

func TestFlags(t *testing.T) {
	var stderr bytes.Buffer
	m := NewMain(&bytes.Buffer{}, &stderr)
	if err := m.ParseFlags([]string{"-help"}); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("-help: %v, want flag.ErrHelp", err)
	}
	if !strings.Contains(stderr.String(), "-duration") {
		t.Errorf("-help does not list the flags:\n%s", stderr.String())
	}

	m = NewMain(&bytes.Buffer{}, &bytes.Buffer{})
	err := m.ParseFlags([]string{"-events", "10", "-duration", "0s", "-page", "0", "extra"})
	for _, want := range []string{"-events", "-duration", "-page", "unexpected arguments: extra"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("bad flags: error %v should name %s", err, want)
		}
	}

	m = NewMain(&bytes.Buffer{}, &bytes.Buffer{})
	if err := m.ParseFlags([]string{"-quick", "-events", "5000"}); err != nil {
		t.Fatal(err)
	}
	if m.Config.Events != 5000 || m.Config.Duration.Milliseconds() != 200 {
		t.Errorf("-quick -events 5000: %d events, %v per case; want 5000 and 200ms", m.Config.Events, m.Config.Duration)
	}
}
