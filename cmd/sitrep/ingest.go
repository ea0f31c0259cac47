package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/source/file"
)

const ingestAbout = `Annotate articles and store them in the embedded SQLite database. Inputs are
files, folders (walked recursively), JSONL files with one
{"id","url","title","published","text"} object per line, and "-" for standard
input. Storing is idempotent by content hash: the same article twice is
stored once. Unreadable inputs are named in the closing summary and do not
stop the run; a run cut short can simply be repeated.`

func runIngest(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "ingest", "PATH...", ingestAbout)
	var pf pipelineFlags
	pf.register(fs)
	db := dbFlag(fs)
	batch := fs.Int("batch", 64, "documents per transaction")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("sitrep ingest: name at least one file, folder or -")
	}
	runner, pl, pub, err := pf.build(m)
	if err != nil {
		return err
	}
	defer pl.Close()
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	opts := ingest.Options{Workers: pf.workers, BatchSize: *batch, Log: m.Log}
	if f, ok := m.Stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) && !*asJSON {
		bar := progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(f),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionClearOnFinish(),
		)
		opts.Progress = func(s ingest.Summary) {
			bar.Describe(fmt.Sprintf("stored %d, duplicates %d, failed %d", s.Stored, s.Duplicates, s.Failed))
			bar.Set(s.Read)
		}
		defer bar.Finish()
	}
	items := file.Read(ctx, fs.Args(), file.Options{Published: pub, Stdin: m.Stdin})
	sum, err := ingest.Store(ctx, items, runner, st, opts)
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		if e := enc.Encode(sum); e != nil && err == nil {
			err = e
		}
	} else {
		for _, f := range sum.Failures {
			fmt.Fprintf(m.Stdout, "failed: %s: %s\n", f.Source, f.Reason)
		}
		fmt.Fprintf(m.Stdout, "%s (into %s)\n", sum, *db)
	}
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return fmt.Errorf("%d input(s) failed", sum.Failed)
	}
	return nil
}
