// Command abuse sends a ledger server hostile and careless requests
// (aliased introspection, repeated and exponentially spread fields, deep
// nesting, oversized bodies, positions beyond the head, floods of distinct
// queries) and checks that each is refused quickly and cheaply: the right
// error code, within -max-time, and the server's resident memory raised by
// less than -max-rss. It prints one line per case and exits 1 when any case
// misses a bound.
//
// It starts the server itself (-bin, the ledger binary: `ledger serve` on a
// free loopback port with a fresh data directory and the demo dataset), so
// that it can read the server's memory and CPU time in /proc (Linux). With
// -url it targets a server already running on this machine instead, and
// -pid names that server's process for the memory figures (without it,
// memory is not checked).
//
// Only loopback addresses are accepted, every loop is bounded, and each
// request has a timeout: the tool checks a server on the same machine, it
// does not load anyone else's.
//
//	go build -o /tmp/ledger ./cmd/ledger && go run ./cmd/abuse -bin /tmp/ledger
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := &Main{stdout: os.Stdout, stderr: os.Stderr}
	if err := m.ParseFlags(os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		fmt.Fprintln(os.Stderr, "abuse:", err)
		os.Exit(2)
	}
	if err := m.Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "abuse:", err)
		os.Exit(1)
	}
}
