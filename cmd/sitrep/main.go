package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := (&Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}).Run(ctx, os.Args[1:])
	stop()
	os.Exit(exitCode(err))
}

// exitCode decides the process exit status: 0 on success, 2 for usage
// errors, 1 otherwise. Only main calls it.
func exitCode(err error) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	default:
		fmt.Fprintln(os.Stderr, "sitrep:", err)
		return 1
	}
}

// errUsage marks an error in how the command was called.
var errUsage = errors.New("usage")

func usagef(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...))
}

// Main is the sitrep program: its streams and its subcommands.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Log is the logger handed to subcommands; nil means a text logger on
	// Stderr at the level --log-level sets.
	Log *slog.Logger
}

// command is one subcommand.
type command struct {
	name     string
	synopsis string
	run      func(ctx context.Context, m *Main, args []string) error
}

func commands() []command {
	return []command{
		{"extract", "annotate articles and print them as JSON or text", runExtract},
		{"ingest", "annotate articles and store them", runIngest},
		{"docs", "list stored articles", runDocs},
		{"events", "list stored events", runEvents},
		{"claims", "list stored claims: who says what, and who denies it", runClaims},
		{"stages", "list the pipeline stages and the layers they assign", runStages},
		{"bench", "measure pipeline speed and memory on a corpus", runBench},
		{"train", "train a shipped model from ../shared/data", runTrain},
		{"eval", "score the models on the gold sets in ../shared/data", runEval},
		{"build", "build a shipped data file (gazetteer, actors) from ../shared/data", runBuild},
	}
}

// Run runs the subcommand named by args[0].
func (m *Main) Run(ctx context.Context, args []string) error {
	if m.Log == nil {
		m.Log = slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: logLevel()}))
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		m.usage(m.Stdout)
		if len(args) == 0 {
			return usagef("no command given")
		}
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, m, args[1:])
		}
	}
	m.usage(m.Stderr)
	return usagef("unknown command %q", args[0])
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprint(w, manualHead)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.synopsis)
	}
	fmt.Fprint(w, manualTail)
}

func logLevel() slog.Level {
	switch strings.ToLower(os.Getenv("SITREP_LOG")) {
	case "debug":
		return slog.LevelDebug
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}

const manualHead = `sitrep turns news into structured, sourced event data.

Usage:
  sitrep <command> [flags] [arguments]

Commands:
`

const manualTail = `
Run "sitrep <command> -h" for a command's flags. See the package
documentation (go doc ./cmd/sitrep) and README.md for the manual.
`

// newFlags returns a FlagSet for a subcommand whose usage prints the
// synopsis, the argument line and the flags.
func newFlags(m *Main, name, args, about string) *flag.FlagSet {
	fs := flag.NewFlagSet("sitrep "+name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: sitrep %s [flags] %s\n\n%s\n\nFlags:\n", name, args, about)
		fs.PrintDefaults()
	}
	return fs
}

// printJSON writes v to standard output as indented JSON, the form every
// --json listing uses.
func (m *Main) printJSON(v any) error {
	enc := json.NewEncoder(m.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// parseFlags parses args and turns a flag error into a usage error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %w", errUsage, err)
	}
	return nil
}
