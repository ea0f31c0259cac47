package system

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	evalevents "github.com/sitrep/sitrep/internal/eval/events"
	verbspetrarch "github.com/sitrep/sitrep/internal/events/petrarch"
	"github.com/sitrep/sitrep/internal/shared"
)

func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := shared.DataDir()
	if err != nil {
		t.Skip("no shared data:", err)
	}
	return dir
}

// TestPLOVERGSR codes the PLOVER GSR and reports the scores. The issue's
// bar is a type macro-F1 of 0.75, not met (0.720 on 2026-11-27); the test
// asserts a floor below that (0.65), so that a change that costs the coder
// recall is seen, and logs the rest.
func TestPLOVERGSR(t *testing.T) {
	dir := sharedDir(t)
	gold, err := evalevents.LoadGSR(dir)
	if err != nil {
		t.Skip(err)
	}
	sys, err := GSR()
	if err != nil {
		t.Fatal(err)
	}
	defer sys.Close()
	r, _, err := evalevents.EvaluateGSR(context.Background(), gold, sys.Code)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("PLOVER GSR: type accuracy %.3f, macro-F1 %.3f (bar 0.75), no event %d of %d; source country %.3f (n=%d of %d), target country %.3f (n=%d of %d)",
		r.TypeAccuracy, r.TypeMacroF1, r.NoEvent, r.Sentences, r.SourceCountry, r.SourceN, r.SourceGold, r.TargetCountry, r.TargetN, r.TargetGold)
	for ty, s := range r.PerType {
		t.Logf("  %-10s P %.3f R %.3f F1 %.3f (gold %d, predicted %d)", ty, s.Precision, s.Recall, s.F1, s.Gold, s.Predicted)
	}
	if r.TypeMacroF1 < 0.65 {
		t.Errorf("type macro-F1 %.3f fell below 0.65", r.TypeMacroF1)
	}
	if r.SourceN > 20 && r.SourceCountry < 0.8 {
		t.Errorf("source country accuracy %.3f fell below 0.8", r.SourceCountry)
	}
}

// TestPETRARCH2 codes the PETRARCH2 validation records with their own
// dictionaries. The bar is a recall of 0.80 with at most 15%
// extra, met at 0.841 and 0.112 (2026-11-27); the test holds the bar, so
// that a change elsewhere that costs the PETRARCH reading is seen, and
// logs the rest.
func TestPETRARCH2(t *testing.T) {
	dir := sharedDir(t)
	recs, err := evalevents.LoadPETR(dir)
	if err != nil {
		t.Skip(err)
	}
	sys, err := PETRARCH(filepath.Join(dir, evalevents.PETRDir))
	if err != nil {
		t.Fatal(err)
	}
	defer sys.Close()
	r, _, err := evalevents.EvaluatePETR(context.Background(), recs, sys.Code)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("PETRARCH2: recall %.3f (%d/%d, bar 0.80), extra %.3f (%d/%d, bar 0.15), exact %d of %d",
		r.Recall, r.Matched, r.Expected, r.ExtraRate, r.Extra, r.Produced, r.Exact, r.Sentences)
	for c, s := range r.PerCategory {
		t.Logf("  %-10s recall %.3f (%d/%d) extra %.3f (%d/%d)", c, s.Recall, s.Matched, s.Expected, s.ExtraRate, s.Extra, s.Produced)
	}
	t.Logf("verbs: %d of %d mapped, skipped %v", sys.Conversion.Mapped, sys.Conversion.Total, sys.Conversion.Skipped)
	if r.Recall < 0.80 || r.ExtraRate > 0.15 {
		t.Errorf("recall %.3f, extra %.3f: the bar is recall 0.80 with at most 0.15 extra", r.Recall, r.ExtraRate)
	}
}

// TestResolveSplits: an actor whose code names several is one source or
// target for each.
func TestResolveSplits(t *testing.T) {
	got := evalevents.Triples(Resolve([]evalevents.Event{
		{CAMEO: "041", Source: []evalevents.Actor{{Code: "AAA/BBB"}}, Target: []evalevents.Actor{{Code: "CCC"}, {Code: "DDD/EEE"}}},
	}, verbspetrarch.Conversion{}))
	if len(got) != 6 {
		t.Errorf("got %v, want AAA and BBB each to CCC, DDD and EEE", got)
	}
}

func TestResolve(t *testing.T) {
	conv := verbspetrarch.Conversion{Aliases: map[string]verbspetrarch.Alias{"0321": {Code: "032", Alt: "033"}, "0901": {Code: "903"}, "0751": {Code: "075", Reversed: true}}}
	a, b := []evalevents.Actor{{Code: "ARN"}}, []evalevents.Actor{{Code: "GON"}}
	got := evalevents.Triples(Resolve([]evalevents.Event{
		{CAMEO: "0321", Source: a, Target: b},
		{CAMEO: "0901", Source: b, Target: a},
		{CAMEO: "0321", Source: b}, // no target: no reverse event
		{CAMEO: "111", Source: a, Target: b},
		{CAMEO: "0751", Source: a, Target: b}, // "+ * IN $": the subject is the target
	}, conv))
	tr := func(s, t, c string) evalevents.Triple { return evalevents.Triple{Source: s, Target: t, Code: c} }
	want := []evalevents.Triple{tr("ARN", "GON", "032"), tr("ARN", "GON", "111"), tr("GON", "---", "032"), tr("GON", "ARN", "033"), tr("GON", "ARN", "075"), tr("GON", "ARN", "903")}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got %v, want %v", got, want)
			break
		}
	}
}

func TestPrefixAgents(t *testing.T) {
	text := "MSF Arnor diplomats met Gondor."
	sp := func(a, b int) doc.Span { return doc.Span{Start: a, End: b} }
	msf := doc.Actor{Span: sp(0, 3), Code: "---NGO", Sector: "NGO"}
	arn := doc.Actor{Span: sp(4, 19), Code: "ARNGOV", Country: "ARN", Sector: "GOV"}
	gon := doc.Actor{Span: sp(24, 30), Code: "GON", Country: "GON"}
	d := &doc.Doc{Text: text, Actors: []doc.Actor{msf, arn, gon},
		Events: []doc.Event{{CAMEO: "040", Source: []doc.Actor{msf, arn}, Target: []doc.Actor{gon}}}}
	PrefixAgents(d, map[string]bool{"NGO": true})
	if d.Actors[1].Code != "NGOARNGOV" || d.Actors[2].Code != "GON" {
		t.Errorf("actors %+v", d.Actors)
	}
	if e := d.Events[0]; len(e.Source) != 1 || e.Source[0].Code != "NGOARNGOV" || e.Target[0].Code != "GON" {
		t.Errorf("event %+v", e)
	}
	// not adjacent, or not a prefix agent: nothing changes
	d = &doc.Doc{Text: "MSF and Arnor", Actors: []doc.Actor{msf, {Span: sp(8, 13), Code: "ARN", Country: "ARN"}}}
	PrefixAgents(d, map[string]bool{"NGO": true})
	if d.Actors[1].Code != "ARN" {
		t.Errorf("not adjacent: %+v", d.Actors)
	}
}

// TestUnderscores: "_" between letters is a space, the length kept.
func TestUnderscores(t *testing.T) {
	for in, want := range map[string]string{
		"the Duke of Grand_Fenwick left": "the Duke of Grand Fenwick left",
		"_a_ b__c 1_2":                   "_a_ b__c 1_2",
		"none":                           "none",
	} {
		if got := Underscores(in); got != want {
			t.Errorf("Underscores(%q) = %q, want %q", in, got, want)
		}
	}
}
