package main

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/render"
	"github.com/sitrep/sitrep/internal/source/file"
	"github.com/sitrep/sitrep/internal/stages"
)

const extractAbout = `Annotate articles and print each as one document: JSON in the schema of
docs/schema.md (--format json, the default, indented; --format jsonl, one per
line) or a readable summary (--format text). Inputs are files, folders, JSONL
files and "-" for standard input (the default when none is given).

The publication date anchors relative dates ("last Friday"). It comes from
--published, else from the input's metadata (a JSONL "published" field, an
HTML meta tag); otherwise it stays unknown, the document says so in its
warnings, and relative dates stay unresolved. Inputs that cannot be read are
named on standard error; the others are still printed.`

// pipelineFlags are the flags every annotating command shares.
type pipelineFlags struct {
	published string
	stages    string
	workers   int
}

func (p *pipelineFlags) register(fs interface {
	StringVar(*string, string, string, string)
	IntVar(*int, string, int, string)
}) {
	fs.StringVar(&p.published, "published", "", "publication `date` (YYYY-MM-DD) for inputs that give none")
	fs.StringVar(&p.stages, "stages", "", "comma-separated `stages` to run (default: all; see sitrep stages)")
	fs.IntVar(&p.workers, "workers", runtime.GOMAXPROCS(0), "documents annotated in parallel")
}

func (p *pipelineFlags) build(m *Main) (*pipeline.Runner, *pipeline.Pipeline, doc.Date, error) {
	var pub doc.Date
	if p.published != "" {
		var err error
		if pub, err = doc.ParseDate(p.published); err != nil {
			return nil, nil, pub, usagef("--published: %v", err)
		}
	}
	pl, err := stages.Build(p.stages)
	if err != nil {
		return nil, nil, pub, err
	}
	return pipeline.NewRunner(pl, m.Log), pl, pub, nil
}

func runExtract(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "extract", "[FILE|DIR|-]...", extractAbout)
	var pf pipelineFlags
	pf.register(fs)
	format := fs.String("format", "json", "output `format`: json, jsonl or text")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch *format {
	case "json", "jsonl", "text":
	default:
		return usagef("--format %q: want json, jsonl or text", *format)
	}
	runner, pl, pub, err := pf.build(m)
	if err != nil {
		return err
	}
	defer pl.Close()
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	items := file.Read(ctx, paths, file.Options{Published: pub, Stdin: m.Stdin})
	enc := json.NewEncoder(m.Stdout)
	enc.SetEscapeHTML(false)
	if *format == "json" {
		enc.SetIndent("", "  ")
	}
	failed := 0
	for res := range ingest.Annotate(ctx, items, runner, pf.workers) {
		if res.Doc == nil {
			failed++
			fmt.Fprintf(m.Stderr, "sitrep extract: %v\n", res.Item.Err)
			continue
		}
		if *format == "text" {
			err = render.Text(m.Stdout, res.Doc)
		} else {
			err = enc.Encode(res.Doc)
		}
		if err != nil {
			return fmt.Errorf("writing %s: %w", res.Item.Source, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) could not be read (named above)", failed)
	}
	return nil
}
