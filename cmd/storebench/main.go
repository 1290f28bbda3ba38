// Command storebench measures the embedded event store against the raw
// SQLite engine and the disk under it, in one run, and prints the figures as
// a markdown table.
//
//	go run ./cmd/storebench [-dir DIR] [-events N] [-duration D] [-quick]
//
// Every write case starts on a fresh file in a new temporary directory under
// -dir, which is removed at the end. Run "storebench -help" for the flags.
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
	m := NewMain(os.Stdout, os.Stderr)
	if err := m.ParseFlags(os.Args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "storebench:", err)
		os.Exit(2)
	}
	err := m.Run(ctx)
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "storebench:", err)
		os.Exit(1)
	}
}
