package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
)

// envFunc returns the value of the environment variable name, or def when
// it is unset or empty.
type envFunc func(name, def string) string

// command is one subcommand of the ledger binary. The table of them,
// commands, is the one place a command is named: the usage text, ParseFlags
// and Run all read it.
type command struct {
	name string
	// synopsis is what follows "ledger NAME" in the usage text.
	synopsis string
	summary  string
	// store: the command opens a ledger (--data, --store).
	store bool
	// logs: the command records events or serves (--actor, --log-format).
	logs bool
	// flags declares the command's own flags on fs and returns the check
	// of what was parsed, given the arguments after the flags; it returns
	// every problem it finds. nil: no flags of its own and no arguments.
	flags func(c *Config, fs *flag.FlagSet, env envFunc, getenv func(string) string) (check func(args []string) []error)
	run   func(m *Main, ctx context.Context) error
}

// commands are the subcommands, in the order the usage text lists them.
var commands = []command{
	{name: "serve", synopsis: "[flags]", summary: "run the GraphQL server (on 127.0.0.1:8080 unless --addr says otherwise)",
		store: true, logs: true, flags: serveFlags, run: (*Main).runServe},
	{name: "import", synopsis: "[flags] FILE", summary: `record the commands of an NDJSON or CSV file ("-" for stdin), all or nothing`,
		store: true, logs: true, flags: importFlags, run: (*Main).runImport},
	{name: "ingest", synopsis: "--format FORMAT [flags] FILE... | --manifest FILE.tsv", summary: "record snapshots of an official list (ofac-sdn, un-sc, federal-register) as designations, amendments and delistings",
		store: true, logs: true, flags: ingestFlags, run: (*Main).runIngest},
	{name: "screen", synopsis: "[flags] FILE.csv", summary: "screen the parties of a CSV file (name, and optionally id, schema, birth_date, country, identifier) against the lists at a basis, writing the matches as CSV",
		store: true, flags: screenFlags, run: (*Main).runScreen},
	{name: "export", synopsis: "[flags] FILE", summary: `write the ledger's events (NDJSON, for verify --export) or a view (CSV) to FILE ("-" for stdout)`,
		store: true, flags: exportFlags, run: (*Main).runExport},
	{name: "verify", synopsis: "[flags]", summary: "re-check the hash chain, the Merkle tree and the signed checkpoints of a ledger or an export, offline",
		store: true, flags: verifyFlags, run: (*Main).runVerify},
	{name: "backup", synopsis: "[--data DIR] FILE", summary: "write a consistent copy of the embedded ledger, even while it serves",
		store: true, flags: backupFlags, run: (*Main).runBackup},
	{name: "generate", synopsis: "--events N [flags]", summary: "write a generated ledger of N events to an empty store, or its commands to a file",
		store: true, logs: true, flags: generateFlags, run: (*Main).runGenerate},
	{name: "public-key", synopsis: "[--signing-key-file FILE]", summary: "print the public key (and its key ID) of the key that signs checkpoints",
		flags: publicKeyFlags, run: (*Main).runPublicKey},
	{name: "hash-token", synopsis: "", summary: "read a token on stdin, print the line that configures it",
		run: (*Main).hashToken},
}

// lookup returns the command called name.
func lookup(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// writeUsage writes the usage text: every command, from the table.
func writeUsage(w io.Writer) {
	fmt.Fprintln(w, "Usage:")
	for _, c := range commands {
		line := strings.TrimSpace("ledger " + c.name + " " + c.synopsis)
		fmt.Fprintf(w, "  %-42s %s\n", line, c.summary)
	}
	fmt.Fprint(w, `
Run "ledger COMMAND --help" for the flags of a command.
Every flag can also be set by its environment variable; flags win.
`)
}

// ParseFlags reads the command line and environment (flags win) into Config
// and validates it, reporting every problem at once.
func (m *Main) ParseFlags(args []string, getenv func(string) string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" || args[0] == "help" {
		writeUsage(m.stderr)
		if len(args) == 0 {
			return errors.New("no command given")
		}
		return flag.ErrHelp
	}
	cmd, ok := lookup(args[0])
	if !ok {
		writeUsage(m.stderr)
		return fmt.Errorf("unknown command %q", args[0])
	}
	c := &m.Config
	c.Command = cmd.name
	env := func(name, def string) string {
		if v := getenv(name); v != "" {
			return v
		}
		return def
	}
	fs := flag.NewFlagSet("ledger "+cmd.name, flag.ContinueOnError)
	fs.SetOutput(m.stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: %s\n\n%s.\n\nFlags:\n", strings.TrimSpace("ledger "+cmd.name+" "+cmd.synopsis), cmd.summary)
		fs.PrintDefaults()
	}
	if cmd.store {
		fs.StringVar(&c.DataDir, "data", env("LEDGER_DATA", "data"), "data directory holding ledger.db (LEDGER_DATA)")
		fs.StringVar(&c.Store, "store", env("LEDGER_STORE", ""), "KurrentDB connection string, esdb://host:2113?tls=false (LEDGER_STORE; prefer the variable when it holds a password); empty: the embedded store in --data")
	}
	c.Actor, c.LogFormat = "local", "text"
	if cmd.logs {
		fs.StringVar(&c.Actor, "actor", env("LEDGER_ACTOR", "local"), "actor recorded on the events this process writes (LEDGER_ACTOR)")
		fs.StringVar(&c.LogFormat, "log-format", env("LEDGER_LOG_FORMAT", "text"), "log format: text or json (LEDGER_LOG_FORMAT)")
	}
	check := func(args []string) []error {
		if len(args) > 0 {
			return []error{fmt.Errorf("unexpected arguments: %s", strings.Join(args, " "))}
		}
		return nil
	}
	if cmd.flags != nil {
		check = cmd.flags(c, fs, env, getenv)
	}
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	problems := check(fs.Args())
	if cmd.store {
		if c.Store != "" && !strings.HasPrefix(c.Store, "esdb://") && !strings.HasPrefix(c.Store, "esdb+discover://") {
			problems = append(problems, errors.New("--store must be an esdb:// or esdb+discover:// connection string"))
		}
		if c.DataDir == "" {
			problems = append(problems, errors.New("--data must not be empty"))
		}
	}
	if strings.TrimSpace(c.Actor) == "" {
		problems = append(problems, errors.New("--actor must not be empty"))
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		problems = append(problems, fmt.Errorf("--log-format must be text or json, not %q", c.LogFormat))
	}
	return errors.Join(problems...)
}

// Run runs the configured command until it ends or ctx is cancelled.
func (m *Main) Run(ctx context.Context) error {
	cmd, ok := lookup(m.Config.Command)
	if !ok {
		return fmt.Errorf("unknown command %q", m.Config.Command)
	}
	m.log = m.newLog(m.stderr)
	m.opLog = m.log
	return cmd.run(m, ctx)
}

// newLog returns a logger writing to w in the configured format.
func (m *Main) newLog(w io.Writer) *slog.Logger {
	if m.Config.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, nil))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}

// oneFile is the check of a command that takes one FILE argument, which it
// stores in *file.
func oneFile(name string, file *string) func(args []string) []error {
	return func(args []string) []error {
		if len(args) != 1 {
			return []error{fmt.Errorf("%s takes exactly one FILE argument", name)}
		}
		*file = args[0]
		return nil
	}
}
