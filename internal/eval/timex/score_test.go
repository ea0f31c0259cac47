package timex

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScorer(t *testing.T) {
	// Text: "On Monday and last Friday, for three years."
	//        0  3     9   13   18     25  30        40
	monday := Span{3, 9, "DATE", "2024-10-21"}
	lastFriday := Span{14, 25, "DATE", "2024-10-18"}
	threeYears := Span{31, 42, "DURATION", "P3Y"}

	t.Run("perfect", func(t *testing.T) {
		var s Scorer
		s.Add([]Span{monday, lastFriday}, []Span{lastFriday, monday})
		r := s.Result()
		for name, v := range map[string]float64{"strict": r.StrictF1, "relaxed": r.RelaxedF1, "type": r.TypeAccuracy, "value": r.ValueF1} {
			if v != 1 {
				t.Errorf("%s = %v, want 1", name, v)
			}
		}
	})

	t.Run("partial span counts only relaxed", func(t *testing.T) {
		var s Scorer
		friday := Span{19, 25, "DATE", "2024-10-18"} // "Friday" inside "last Friday"
		s.Add([]Span{lastFriday}, []Span{friday})
		r := s.Result()
		if r.StrictF1 != 0 || r.RelaxedF1 != 1 || r.ValueF1 != 1 || r.Pairs != 1 {
			t.Errorf("strict %v relaxed %v value %v pairs %d, want 0 1 1 1", r.StrictF1, r.RelaxedF1, r.ValueF1, r.Pairs)
		}
	})

	t.Run("miss, spurious and wrong value", func(t *testing.T) {
		var s Scorer
		gold := []Span{monday, lastFriday, threeYears}
		pred := []Span{
			{3, 9, "DATE", "2024-10-14"},   // Monday, wrong value
			{14, 25, "DATE", "2024-10-18"}, // last Friday, right
			{0, 2, "DATE", "PRESENT_REF"},  // spurious
			{31, 42, "DATE", "P3Y"},        // three years, wrong type
		}
		s.Add(gold, pred)
		r := s.Result()
		// strict 3 of 4 predicted, 3 of 3 gold; relaxed the same.
		if !near(r.StrictP, 0.75) || !near(r.StrictR, 1) || !near(r.RelaxedF1, 2*0.75/1.75) {
			t.Errorf("strict P %v R %v relaxed F1 %v", r.StrictP, r.StrictR, r.RelaxedF1)
		}
		if r.Pairs != 3 || r.TypeCorrect != 2 || r.ValueCorrect != 2 {
			t.Errorf("pairs %d type %d value %d, want 3 2 2", r.Pairs, r.TypeCorrect, r.ValueCorrect)
		}
		if !near(r.ValueAccuracy, 2.0/3) || !near(r.ValueF1, 2.0/3*r.RelaxedF1) || !near(r.TypeF1, 2.0/3*r.RelaxedF1) {
			t.Errorf("value accuracy %v F1 %v type F1 %v", r.ValueAccuracy, r.ValueF1, r.TypeF1)
		}
		if !near(r.ValueP, r.ValueAccuracy*r.RelaxedP) || !near(r.ValueR, r.ValueAccuracy*r.RelaxedR) {
			t.Errorf("value P %v R %v", r.ValueP, r.ValueR)
		}
	})

	t.Run("one prediction over two gold", func(t *testing.T) {
		var s Scorer
		both := Span{3, 25, "DATE", "2024-10-18"} // "Monday and last Friday"
		s.Add([]Span{monday, lastFriday}, []Span{both})
		r := s.Result()
		if r.RelaxedPredicted != 1 || r.RelaxedGold != 2 || r.Pairs != 1 || r.ValueCorrect != 1 {
			t.Errorf("%+v", r.Counts)
		}
		// The pair is the larger overlap: last Friday (11 bytes) over Monday (6).
		if p := Align([]Span{monday, lastFriday}, []Span{both}); len(p) != 1 || p[0] != [2]int{1, 0} {
			t.Errorf("Align = %v, want [[1 0]]", p)
		}
	})

	t.Run("documents add up", func(t *testing.T) {
		var s Scorer
		s.Add([]Span{monday}, []Span{monday})
		s.Add([]Span{monday}, nil)
		r := s.Result()
		if r.Gold != 2 || r.Predicted != 1 || !near(r.RelaxedR, 0.5) || !near(r.RelaxedP, 1) {
			t.Errorf("%+v", r)
		}
	})

	t.Run("empty", func(t *testing.T) {
		var s Scorer
		r := s.Result()
		if r.StrictF1 != 0 || r.RelaxedF1 != 0 || r.ValueF1 != 0 || r.TypeAccuracy != 0 {
			t.Errorf("%+v", r)
		}
		s.Add(nil, []Span{monday})
		if r := s.Result(); r.RelaxedP != 0 || r.RelaxedR != 0 || math.IsNaN(r.RelaxedF1) {
			t.Errorf("%+v", r)
		}
	})
}

func TestReadTempEval(t *testing.T) {
	dir := t.TempDir()
	// Character offsets: "Séoul" has a two-byte é, so "Monday" is at
	// characters 10..16 and bytes 11..17.
	docs := `{"doc": "d1", "dct": "2024-10-21", "title": "T", "text": "Séoul, on Monday."}` + "\n"
	timexes := `{"doc": "d1", "dct": "2024-10-21", "start": 10, "end": 16, "text": "Monday", "tid": "t1", "type": "DATE", "value": "2024-10-21"}` + "\n"
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(TempEvalDocuments, docs)
	write(TempEvalTimexes, timexes)
	got, err := ReadTempEval(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || len(got[0].Gold) != 1 || got[0].DCT.String() != "2024-10-21" {
		t.Fatalf("%+v", got)
	}
	g := got[0].Gold[0]
	if got[0].Text[g.Start:g.End] != "Monday" || g.Start != 11 {
		t.Errorf("span [%d,%d) covers %q", g.Start, g.End, got[0].Text[g.Start:g.End])
	}
	write(TempEvalTimexes, strings.Replace(timexes, `"start": 10`, `"start": 9`, 1))
	if _, err := ReadTempEval(dir); err == nil || !strings.Contains(err.Error(), "covers") {
		t.Errorf("a span off by one: err %v", err)
	}
	if _, err := ReadTempEval(filepath.Join(dir, "absent")); err == nil {
		t.Error("no error for a missing folder")
	}
}
