package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/sitrep/sitrep/internal/doc"
	evaltimex "github.com/sitrep/sitrep/internal/eval/timex"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/timex"
	"github.com/sitrep/sitrep/internal/stages"
)

// timexReport is the output of "sitrep eval timex --json": the TempEval-3
// scores (fractions) at the top level, with what was run.
type timexReport struct {
	evaltimex.Result
	Data   string   `json:"data"`
	Docs   int      `json:"docs"`
	Stages []string `json:"stages"`
	Tagger bool     `json:"tagger"`
	Note   string   `json:"note"`
}

const timexNote = "TempEval-3 Task A: strict and relaxed (any overlap) span P/R/F1; type and value accuracy on one-to-one aligned relaxed matches; value_f1 = value_accuracy x relaxed_f1"

// evalTimex is "sitrep eval timex": the timex stage, after segment and the
// tagger, scored on the TempEval-3 Platinum test set with each document's
// creation date as its publication date.
func evalTimex(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "eval timex", "", "Score the time-expression stage on TempEval-3 Platinum ("+evaltimex.TempEvalDir+"),\n"+
		"the TempEval-3 way: "+timexNote+".")
	data := fs.String("data", "", "shared data folder, or the "+evaltimex.TempEvalDir+" folder itself (default: ../shared/data or $SITREP_DATA)")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	noTag := fs.Bool("no-tag", false, "run without the POS tagger (the timex stage then reads tense from words)")
	showErrors := fs.Bool("errors", false, "list each missed, spurious and wrongly valued expression")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("sitrep eval timex: unexpected arguments %q", fs.Args())
	}
	dir, err := shared.Or(*data)
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, evaltimex.TempEvalDocuments)); err != nil {
		dir = filepath.Join(dir, evaltimex.TempEvalDir)
	}
	docs, err := evaltimex.ReadTempEval(dir)
	if err != nil {
		return err
	}

	p, names, err := timexPipeline(!*noTag)
	if err != nil {
		return err
	}
	defer p.Close()
	runner := pipeline.NewRunner(p, m.Log)
	rep := timexReport{Data: dir, Docs: len(docs), Stages: names, Tagger: slices.Contains(names, "tag"), Note: timexNote}
	var sc evaltimex.Scorer
	for _, g := range docs {
		d := doc.New(g.ID, g.Text)
		d.Published = g.DCT
		if err := runner.Run(ctx, d); err != nil {
			return fmt.Errorf("annotating %s: %w", g.ID, err)
		}
		pred := make([]evaltimex.Span, len(d.Timexes))
		for i, x := range d.Timexes {
			pred[i] = evaltimex.Span{Start: x.Start, End: x.End, Type: x.Type, Value: x.Value}
		}
		sc.Add(g.Gold, pred)
		if *showErrors {
			printTimexErrors(m.Stdout, g, pred)
		}
	}
	rep.Result = sc.Result()
	if *asJSON {
		return m.printJSON(rep)
	}
	r := rep.Result
	fmt.Fprintf(m.Stdout, "TempEval-3 Platinum: %d documents, %d gold expressions, %d predicted; stages %v\n", rep.Docs, r.Gold, r.Predicted, names)
	fmt.Fprintf(m.Stdout, "  strict span   P %.4f  R %.4f  F1 %.4f\n", r.StrictP, r.StrictR, r.StrictF1)
	fmt.Fprintf(m.Stdout, "  relaxed span  P %.4f  R %.4f  F1 %.4f\n", r.RelaxedP, r.RelaxedR, r.RelaxedF1)
	fmt.Fprintf(m.Stdout, "  type          accuracy %.4f  F1 %.4f\n", r.TypeAccuracy, r.TypeF1)
	fmt.Fprintf(m.Stdout, "  value         accuracy %.4f  P %.4f  R %.4f  F1 %.4f\n", r.ValueAccuracy, r.ValueP, r.ValueR, r.ValueF1)
	return nil
}

// timexPipeline builds segment, the tagger when asked for and registered,
// and the timex stage, from the project's registry. It returns the stage
// names it used.
func timexPipeline(withTag bool) (*pipeline.Pipeline, []string, error) {
	r, err := stages.Registry()
	if err != nil {
		return nil, nil, err
	}
	if !slices.Contains(r.Names(), "timex") {
		if err := timex.Register(r); err != nil {
			return nil, nil, err
		}
	}
	names := []string{"segment"}
	if withTag && slices.Contains(r.Names(), "tag") {
		names = append(names, "tag")
	}
	names = append(names, "timex")
	p, err := r.Build(names...)
	if err != nil {
		return nil, nil, err
	}
	return p, names, nil
}

// printTimexErrors lists, for one document, gold expressions no prediction
// overlaps, predictions that overlap no gold expression, and aligned pairs
// whose span, type or value differ.
func printTimexErrors(w io.Writer, g evaltimex.Document, pred []evaltimex.Span) {
	pairs := evaltimex.Align(g.Gold, pred)
	paired := make(map[int]int, len(pairs))
	usedP := make(map[int]bool, len(pairs))
	for _, pr := range pairs {
		paired[pr[0]] = pr[1]
		usedP[pr[1]] = true
	}
	show := func(s evaltimex.Span) string {
		return fmt.Sprintf("%q %s %s", g.Text[s.Start:s.End], s.Type, s.Value)
	}
	for gi, gs := range g.Gold {
		pi, ok := paired[gi]
		switch {
		case !ok:
			fmt.Fprintf(w, "%s %s missed   %s\n", g.ID, g.DCT, show(gs))
		case pred[pi] != gs:
			fmt.Fprintf(w, "%s %s differs  %s -> %s\n", g.ID, g.DCT, show(gs), show(pred[pi]))
		}
	}
	for pi, ps := range pred {
		if usedP[pi] {
			continue
		}
		what := "spurious"
		for _, gs := range g.Gold {
			if gs.Start < ps.End && ps.Start < gs.End {
				what = "extra   " // overlaps a gold expression already paired
				break
			}
		}
		fmt.Fprintf(w, "%s %s %s %s\n", g.ID, g.DCT, what, show(ps))
	}
}
