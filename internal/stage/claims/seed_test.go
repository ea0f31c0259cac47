package claims_test

import (
	"context"
	"fmt"
	"github.com/sitrep/sitrep/internal/situation"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/claims"
	"github.com/sitrep/sitrep/internal/stage/events"
	"github.com/sitrep/sitrep/internal/stages"
)

// seedPipeline is the default pipeline with the events coder and this
// stage at the end (registered here unless the registry has them).
func seedPipeline(t *testing.T) *pipeline.Runner {
	t.Helper()
	r, err := stages.Registry()
	if err != nil {
		t.Fatal(err)
	}
	names := stages.Default()
	for _, s := range []struct {
		name string
		reg  func(*pipeline.Registry) error
	}{{"events", events.Register}, {"claims", claims.Register}} {
		if !slices.Contains(r.Names(), s.name) {
			if err := s.reg(r); err != nil {
				t.Fatal(err)
			}
		}
		if !slices.Contains(names, s.name) {
			names = append(names, s.name)
		}
	}
	p, err := r.Build(names...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return pipeline.NewRunner(p, nil)
}

// figures returns the quantity values of a claim's events.
func figures(d *doc.Doc, c doc.Claim) []float64 {
	var out []float64
	for _, id := range c.Events {
		for _, e := range d.Events {
			if e.ID == id && e.Quantity != nil {
				out = append(out, e.Quantity.Value)
			}
		}
	}
	return out
}

// TestSeedArticle checks the claims of expected.md on the founding
// example: the NIS's 12,000 planned and 1,500 transferred, said on
// 2024-10-18, and the Ukrainian officials' 10,000 to Kursk; Russia's denial
// linked to all three by denies; and 12,000 and 10,000 linked by
// differs_in_figure.
//
// The bar is checked on the coder's own output. The claims stage can only
// group the events the coder finds, so a second subtest adds E8 (the
// event the coder found last) as the analyst codes it when the coder
// misses it, and checks the claims stage alone: when only the first
// subtest fails, look at the coder.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(shared.Example(t, "seoul-summons-ambassador.txt"))
	if err != nil {
		t.Fatal(err)
	}
	annotate := func(t *testing.T) *doc.Doc {
		d := doc.New("seoul-summons-ambassador.txt", string(b))
		d.Published = doc.Date{Year: 2024, Month: 10, Day: 21}
		if err := seedPipeline(t).Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		return d
	}
	t.Run("coder output", func(t *testing.T) {
		checkSeed(t, annotate(t), true)
	})
	t.Run("missing events supplied", func(t *testing.T) {
		d := annotate(t)
		if supplyE8(t, d) {
			d.Claims = claims.Find(d)
		}
		checkSeed(t, d, true)
	})
}

// supplyE8 adds E8 of expected.md (Pyongyang plans to send around 12,000
// troops, said by the NIS) when the coder found no event with that figure:
// triggered by "send", with the NIS's said-by from E9 and the quantity
// layer's 12,000. It reports whether it added it.
func supplyE8(t *testing.T, d *doc.Doc) bool {
	for _, e := range d.Events {
		if e.Quantity != nil && e.Quantity.Value == 12000 {
			return false
		}
	}
	var e9 *doc.Event
	for i, e := range d.Events {
		if e.Quantity != nil && e.Quantity.Value == 1500 && e.SaidBy != nil {
			e9 = &d.Events[i]
		}
	}
	i := strings.Index(d.Text, "send around 12,000")
	if e9 == nil || i < 0 {
		t.Fatal("the seed article's NIS sentence is not coded as expected: no E9 to take the NIS from")
	}
	e8 := *e9
	e8.ID, e8.Status, e8.Date, e8.Quantity = "e8-supplied", "planned", "", nil
	e8.Trigger = doc.Mention{Span: doc.Span{Start: i, End: i + len("send")}, Text: "send"}
	e8.Source = []doc.Actor{{Code: "PRKGOV", Country: "PRK", Sector: "GOV"}}
	e8.Target = []doc.Actor{{Code: "RUS", Country: "RUS"}}
	for k := range d.Quantities {
		if d.Quantities[k].Value == 12000 {
			q := d.Quantities[k]
			e8.Quantity = &q
		}
	}
	if e8.Quantity == nil {
		t.Fatal("no 12,000 in the quantities layer")
	}
	d.Events = append(d.Events, e8)
	t.Logf("supplied E8: %s %s said by %s", e8.CAMEO, e8.Status, e8.SaidBy.Code)
	return true
}

// checkSeed checks the claims of the annotated seed article. Unless strict,
// a claim of expected.md whose event the coder did not find is logged.
func checkSeed(t *testing.T, d *doc.Doc, strict bool) {
	for _, e := range d.Events {
		said := ""
		if e.SaidBy != nil {
			said = e.SaidBy.Code
		}
		t.Logf("event %-12s s%-2d %-5s %-11s %-10s said_by=%-7s trigger=%q", e.ID, e.Sentence, e.CAMEO, e.Status, e.Date, said, e.Trigger.Text)
	}
	for _, c := range d.Claims {
		said := "-"
		if c.SaidBy != nil {
			said = c.SaidBy.Code
		}
		t.Logf("claim %s %s %s %s %v figures %v relations %v", c.ID, c.Stance, said, c.When, c.Events, figures(d, c), c.Relations)
	}
	hasFigure := func(v float64) bool {
		return slices.ContainsFunc(d.Events, func(e doc.Event) bool { return e.Quantity != nil && e.Quantity.Value == v })
	}
	find := func(saidBy string, fig float64) *doc.Claim {
		for i, c := range d.Claims {
			if c.SaidBy != nil && c.SaidBy.Code == saidBy && slices.Contains(figures(d, c), fig) {
				return &d.Claims[i]
			}
		}
		return nil
	}
	want := []struct {
		saidBy, when string
		figure       float64
	}{{"KORSPY", "2024-10-18", 12000}, {"KORSPY", "2024-10-18", 1500}, {"UKRGOV", "2024-10-21", 10000}}
	got := make([]*doc.Claim, len(want))
	for i, w := range want {
		if got[i] = find(w.saidBy, w.figure); got[i] == nil {
			if !strict && !hasFigure(w.figure) {
				t.Logf("coder gap: no event with the figure %g, so no claim by %s with it", w.figure, w.saidBy)
				continue
			}
			t.Errorf("no claim by %s with the figure %g", w.saidBy, w.figure)
			continue
		}
		if got[i].When != w.when {
			t.Errorf("claim %s by %s (%g) made %q, want %s", got[i].ID, w.saidBy, w.figure, got[i].When, w.when)
		}
		if got[i].Stance != situation.Assert {
			t.Errorf("claim %s stance %s, want assert", got[i].ID, got[i].Stance)
		}
	}
	has := func(from *doc.Claim, typ string, to *doc.Claim) bool {
		return from != nil && to != nil && slices.Contains(from.Relations, doc.ClaimRelation{Claim: to.ID, Type: typ})
	}
	var denial *doc.Claim
	for i, c := range d.Claims {
		if c.Stance == situation.Deny && c.SaidBy != nil && c.SaidBy.Country == "RUS" &&
			slices.ContainsFunc(got, func(g *doc.Claim) bool { return has(&d.Claims[i], situation.Denies, g) }) {
			denial = &d.Claims[i]
		}
	}
	if denial == nil {
		t.Fatalf("no denial by Russia that denies the claims")
	}
	for i, c := range got {
		if c != nil && !has(denial, situation.Denies, c) {
			t.Errorf("Russia's denial %s does not deny claim %s (%s %g)", denial.ID, c.ID, want[i].saidBy, want[i].figure)
		}
	}
	if got[0] != nil && got[2] != nil && (!has(got[0], situation.DiffersInFigure, got[2]) || !has(got[2], situation.DiffersInFigure, got[0])) {
		t.Errorf("12,000 (%s) and 10,000 (%s) not linked by differs_in_figure", got[0].ID, got[2].ID)
	}
	if got[0] != nil && got[1] != nil && (got[0].ID == got[1].ID || has(got[0], situation.DiffersInFigure, got[1]) || has(got[1], situation.DiffersInFigure, got[0])) {
		t.Errorf("the NIS's 12,000 and 1,500 of them are one claim or linked by differs_in_figure")
	}
	var extra []string
	for _, c := range d.Claims {
		if !slices.ContainsFunc(got, func(g *doc.Claim) bool { return g != nil && g.ID == c.ID }) && c.ID != denial.ID {
			extra = append(extra, fmt.Sprintf("%s(%s)", c.ID, strings.Join(c.Events, ",")))
		}
	}
	t.Logf("seed: %d claims; other than the three and the denial: %v", len(d.Claims), extra)
}
