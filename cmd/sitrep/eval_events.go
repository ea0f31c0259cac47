package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	evalevents "github.com/sitrep/sitrep/internal/eval/events"
	"github.com/sitrep/sitrep/internal/eval/events/system"
	"github.com/sitrep/sitrep/internal/shared"
)

// eventsReport is the output of "sitrep eval events --json".
type eventsReport struct {
	PLOVER    *evalevents.GSRResult `json:"plover_gsr"`
	PETRARCH2 *petrReport           `json:"petrarch2"`
	// Error is set when a part could not be scored.
	Error string `json:"error,omitempty"`
}

type petrReport struct {
	evalevents.PETRResult
	// Verbs tells how much of the validation verb dictionary became
	// lexicon patterns.
	Verbs verbsReport `json:"verbs"`
	// Aliases counts the private codes that carried the validation
	// dictionary's non-CAMEO codes and code pairs through the lexicon.
	Aliases int `json:"aliases"`
}

type verbsReport struct {
	Total    int            `json:"total"`
	Mapped   int            `json:"mapped"`
	Patterns int            `json:"patterns"`
	Skipped  map[string]int `json:"skipped"`
	Partial  map[string]int `json:"partial"`
}

// evalEvents is "sitrep eval events": the event coder on the PLOVER gold
// standard records (type accuracy and macro-F1, source and target
// countries) and on the PETRARCH2 validation records with their own
// dictionaries (recall of expected triples, extra rate).
func evalEvents(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "eval events", "", "Score the event coder (events/v1) on the PLOVER gold standard records (event type\n"+
		"accuracy and macro-F1 with the GSR's 0.5b1 labels mapped to PLOVER 2021, source and target\n"+
		"country accuracy) and on the PETRARCH2 validation records coded with the validation\n"+
		"dictionaries (share of expected source-target-code triples produced, extra triples).\n"+
		"The definitions are in the documentation of internal/eval/events.")
	data := fs.String("data", "", "shared data folder (default: ../shared/data or $SITREP_DATA)")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	only := fs.String("set", "", "score only this set: plover_gsr or petrarch2")
	misses := fs.Bool("misses", false, "list the sentences scored wrong (ids and codes)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("sitrep eval events: unexpected argument %q", fs.Arg(0))
	}
	if *only != "" && *only != "plover_gsr" && *only != "petrarch2" {
		return usagef("sitrep eval events: --set is plover_gsr or petrarch2, not %q", *only)
	}
	dir, err := shared.Or(*data)
	if err != nil {
		return err
	}
	rep := eventsReport{}
	var errs []error
	if *only == "" || *only == "plover_gsr" {
		r, err := evalGSR(ctx, m, dir, *misses)
		if err != nil {
			errs = append(errs, err)
		} else {
			rep.PLOVER = r
		}
	}
	if *only == "" || *only == "petrarch2" {
		r, err := evalPETR(ctx, m, dir, *misses)
		if err != nil {
			errs = append(errs, err)
		} else {
			rep.PETRARCH2 = r
		}
	}
	err = errors.Join(errs...)
	if err != nil {
		rep.Error = err.Error()
	}
	if *asJSON {
		if e := m.printJSON(rep); e != nil {
			return e
		}
	} else {
		printEvents(m.Stdout, rep)
	}
	if err != nil {
		return fmt.Errorf("sitrep eval events: %w", err)
	}
	return nil
}

// halfWhat says what each half of the GSR is for.
var halfWhat = map[string]string{"dev": "even ids, read while writing the lexicon", "test": "odd ids, held out"}

// evalGSR codes the PLOVER GSR with the shipped pipeline and lexicon.
func evalGSR(ctx context.Context, m *Main, dir string, misses bool) (*evalevents.GSRResult, error) {
	gold, err := evalevents.LoadGSR(dir)
	if err != nil {
		return nil, err
	}
	sys, err := system.GSR()
	if err != nil {
		return nil, err
	}
	defer sys.Close()
	r, pred, err := evalevents.EvaluateGSR(ctx, gold, sys.Code)
	if err != nil {
		return nil, err
	}
	if misses {
		for i, g := range gold {
			pt := evalevents.NoneType
			if t := evalevents.Top(pred[i]); t >= 0 {
				pt = evalevents.TypeOf(pred[i][t]) + " " + pred[i][t].CAMEO
			}
			if gt := evalevents.MapPLOVER(g.Event); !strings.HasPrefix(pt, gt+" ") {
				fmt.Fprintf(m.Stderr, "gsr miss %s: gold %s, predicted %s\n", g.ID, gt, pt)
			}
		}
	}
	return &r, nil
}

// evalPETR codes the PETRARCH2 records with the validation dictionaries
// alone (see package system).
func evalPETR(ctx context.Context, m *Main, dir string, misses bool) (*petrReport, error) {
	recs, err := evalevents.LoadPETR(dir)
	if err != nil {
		return nil, err
	}
	sys, err := system.PETRARCH(filepath.Join(dir, evalevents.PETRDir))
	if err != nil {
		return nil, err
	}
	defer sys.Close()
	r, pred, err := evalevents.EvaluatePETR(ctx, recs, sys.Code)
	if err != nil {
		return nil, err
	}
	conv := sys.Conversion
	rep := &petrReport{PETRResult: r, Verbs: verbsReport{Total: conv.Total, Mapped: conv.Mapped,
		Patterns: len(conv.Patterns), Skipped: conv.Skipped, Partial: conv.Partial}, Aliases: len(conv.Aliases)}
	if misses {
		for i, rec := range recs {
			want := map[evalevents.Triple]bool{}
			for _, t := range rec.Expected {
				want[t] = true
			}
			got := map[evalevents.Triple]bool{}
			for _, t := range pred[i] {
				got[t] = true
			}
			if !equalSets(want, got) {
				fmt.Fprintf(m.Stderr, "petrarch miss %s (%s): expected %v, produced %v\n", rec.ID, rec.Category, rec.Expected, pred[i])
			}
		}
	}
	return rep, nil
}

func equalSets(a, b map[evalevents.Triple]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func printEvents(w io.Writer, r eventsReport) {
	if g := r.PLOVER; g != nil {
		fmt.Fprintf(w, "PLOVER GSR: %d sentences, type accuracy %.3f, type macro-F1 %.3f, no event %d\n", g.Sentences, g.TypeAccuracy, g.TypeMacroF1, g.NoEvent)
		fmt.Fprintf(w, "  source country %.3f (n=%d of %d gold), target country %.3f (n=%d of %d gold)\n",
			g.SourceCountry, g.SourceN, g.SourceGold, g.TargetCountry, g.TargetN, g.TargetGold)
		types := make([]string, 0, len(g.PerType))
		for t := range g.PerType {
			types = append(types, t)
		}
		sort.Strings(types)
		for _, t := range types {
			s := g.PerType[t]
			fmt.Fprintf(w, "  %-10s P %.3f R %.3f F1 %.3f (gold %d, predicted %d)", t, s.Precision, s.Recall, s.F1, s.Gold, s.Predicted)
			for _, h := range []string{"dev", "test"} {
				if hs, ok := g.Halves[h].PerType[t]; ok {
					fmt.Fprintf(w, "; %s R %.2f (%d/%d)", h, hs.Recall, hs.Correct, hs.Gold)
				}
			}
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "  labels mapped from PLOVER 0.5b1: %v\n", g.LabelMapping)
		for _, h := range []string{"dev", "test"} {
			if hs, ok := g.Halves[h]; ok {
				fmt.Fprintf(w, "  %s half (%s): %d sentences, type accuracy %.3f, type macro-F1 %.3f, no event %d\n", h, halfWhat[h], hs.Sentences, hs.TypeAccuracy, hs.TypeMacroF1, hs.NoEvent)
			}
		}
	}
	if p := r.PETRARCH2; p != nil {
		fmt.Fprintf(w, "PETRARCH2: %d sentences, recall %.3f (%d of %d expected triples), extra %.3f (%d of %d produced), exact %d; %d private codes for non-CAMEO codes and code pairs\n",
			p.Sentences, p.Recall, p.Matched, p.Expected, p.ExtraRate, p.Extra, p.Produced, p.Exact, p.Aliases)
		cats := make([]string, 0, len(p.PerCategory))
		for c := range p.PerCategory {
			cats = append(cats, c)
		}
		sort.Strings(cats)
		for _, c := range cats {
			s := p.PerCategory[c]
			fmt.Fprintf(w, "  %-10s n=%-3d recall %.3f (%d/%d) extra %.3f (%d/%d) exact %d\n", c, s.Sentences, s.Recall, s.Matched, s.Expected, s.ExtraRate, s.Extra, s.Produced, s.Exact)
		}
		v := p.Verbs
		fmt.Fprintf(w, "  verb dictionary: %d of %d verbs and patterns mapped into %d lexicon patterns; skipped %v; partly mapped %v\n", v.Mapped, v.Total, v.Patterns, v.Skipped, v.Partial)
	}
	if r.Error != "" {
		fmt.Fprintf(w, "error: %s\n", r.Error)
	}
}
