// Command ledger runs the Controls Ledger: an event-sourced ledger of trade
// controls and sanctions between states, served over GraphQL.
//
//	ledger serve [--addr 127.0.0.1:8080] [--data ./data] [--demo]
//	ledger import [--data ./data] FILE
//	ledger export [--data ./data] FILE
//	ledger verify [--data ./data | --export FILE]
//	ledger backup [--data ./data] FILE
//	ledger generate --events N
//	ledger public-key
//	ledger hash-token
//
// "ledger --help" lists them (the table in commands.go).
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
	if err := m.ParseFlags(os.Args[1:], os.Getenv); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "ledger:", err)
		os.Exit(2)
	}
	err := m.Run(ctx)
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ledger:", err)
		os.Exit(1)
	}
}
