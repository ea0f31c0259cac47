package events_test

import (
	"context"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	evalevents "github.com/sitrep/sitrep/internal/eval/events"
	"github.com/sitrep/sitrep/internal/eval/events/system"
	lexicon "github.com/sitrep/sitrep/internal/events"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/shared"
	stageactors "github.com/sitrep/sitrep/internal/stage/actors"
	"github.com/sitrep/sitrep/internal/stage/events"
	"github.com/sitrep/sitrep/internal/stage/geo"
	"github.com/sitrep/sitrep/internal/stage/ner"
	"github.com/sitrep/sitrep/internal/stage/parse"
	"github.com/sitrep/sitrep/internal/stage/quantity"
	"github.com/sitrep/sitrep/internal/stage/segment"
	"github.com/sitrep/sitrep/internal/stage/tag"
	"github.com/sitrep/sitrep/internal/stage/timex"
)

// TestGSRHalves scores the shipped coder on the two halves of the PLOVER
// GSR (when the shared data is there) and logs both; it checks nothing,
// it reports. With SITREP_GSR_DEV_MISSES=1 it also logs the development
// half's misses with the coded events and the coder's trace.
func TestGSRHalves(t *testing.T) {
	if testing.Short() {
		t.Skip("codes the whole GSR")
	}
	dir, err := shared.DataDir()
	if err != nil {
		t.Skip(err)
	}
	gold, err := evalevents.LoadGSR(dir)
	if err != nil {
		t.Skip(err)
	}
	lex, err := lexicon.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	code, trace, done := tracedCoder(t, lex)
	defer done()
	dump := os.Getenv("SITREP_GSR_DEV_MISSES") != ""
	halves := map[string][]evalevents.GSRRecord{}
	preds := map[string][][]evalevents.Event{}
	for _, g := range gold {
		h := evalevents.GSRHalf(g.ID)
		*trace = (*trace)[:0]
		evs, err := code(context.Background(), g.Text, g.Date)
		if err != nil {
			t.Fatal(err)
		}
		halves[h] = append(halves[h], g)
		preds[h] = append(preds[h], evs)
		if !dump || h != "dev" {
			continue
		}
		pt := evalevents.NoneType
		if i := evalevents.Top(evs); i >= 0 {
			pt = evalevents.TypeOf(evs[i])
		}
		gt := evalevents.MapPLOVER(g.Event)
		if pt == gt {
			continue
		}
		t.Logf("MISS %s gold %s pred %s\n  %s\n%s", g.ID, gt, pt, g.Text, describe(evs, *trace))
	}
	for _, h := range []string{"dev", "test"} {
		s := evalevents.ScoreGSR(halves[h], preds[h])
		t.Logf("GSR %s half: n=%d type accuracy %.3f, type macro-F1 %.3f", h, len(halves[h]), s.TypeAccuracy, s.TypeMacroF1)
		if dump && h == "dev" {
			var b strings.Builder
			for _, typ := range slices.Sorted(maps.Keys(s.PerType)) {
				ts := s.PerType[typ]
				fmt.Fprintf(&b, "  %-10s gold %2d pred %2d correct %2d F1 %.2f\n", typ, ts.Gold, ts.Predicted, ts.Correct, ts.F1)
			}
			t.Logf("dev per type:\n%s", b.String())
		}
	}
	all := append(append([]evalevents.GSRRecord(nil), halves["dev"]...), halves["test"]...)
	allp := append(append([][]evalevents.Event(nil), preds["dev"]...), preds["test"]...)
	s := evalevents.ScoreGSR(all, allp)
	t.Logf("GSR all: n=%d type accuracy %.3f, type macro-F1 %.3f", len(all), s.TypeAccuracy, s.TypeMacroF1)
}

// TestTraceSentences codes the sentences of $SITREP_TRACE (one a line)
// and logs their events and the coder's trace: a tool for writing cases.
func TestTraceSentences(t *testing.T) {
	in := os.Getenv("SITREP_TRACE")
	if in == "" {
		t.Skip("set SITREP_TRACE to sentences, one a line")
	}
	code, trace, done := tracedCoder(t, shippedLex(t))
	defer done()
	for _, line := range strings.Split(in, "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		*trace = (*trace)[:0]
		evs, err := code(context.Background(), line, "2024-10-21")
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s\n%s", line, describe(evs, *trace))
	}
}

func describe(evs []evalevents.Event, trace []string) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "  ev %s %s conf=%.2f src=%v tgt=%v\n", e.CAMEO, evalevents.TypeOf(e), e.Confidence, e.Source, e.Target)
	}
	for _, s := range trace {
		fmt.Fprintf(&b, "  trace %s\n", s)
	}
	return b.String()
}

// tracedCoder returns the GSR pipeline's coder with lex, the trace it
// appends to, and the pipeline's release.
func tracedCoder(t *testing.T, lex *lexicon.Lexicon) (evalevents.Coder, *[]string, func()) {
	t.Helper()
	var mu sync.Mutex
	trace := new([]string)
	r := pipeline.NewRegistry()
	for _, reg := range []func(*pipeline.Registry) error{
		segment.Register, tag.Register, parse.Register, ner.Register, timex.Register, quantity.Register, geo.Register, stageactors.Register,
	} {
		if err := reg(r); err != nil {
			t.Fatal(err)
		}
	}
	opt := events.Options{Trace: func(reason, sentence, trigger, pattern string) {
		mu.Lock()
		*trace = append(*trace, fmt.Sprintf("%s: %q (%s)", reason, trigger, pattern))
		mu.Unlock()
	}}
	if err := r.Register(events.SpecFor(lex), func() (pipeline.Stage, error) { return events.New(lex, opt), nil }); err != nil {
		t.Fatal(err)
	}
	p, err := r.Build("segment", "tag", "parse", "ner", "timex", "quantity", "actors", "geo", "events")
	if err != nil {
		t.Fatal(err)
	}
	return system.Coder(p), trace, func() { p.Close() }
}
