package timex

import (
	"slices"
	"sort"
)

// Span is one time expression for scoring: a half-open byte range
// [Start, End) with its TimeML type and value.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

func (s Span) overlap(o Span) int { return min(s.End, o.End) - max(s.Start, o.Start) }

// Counts are the raw counts behind a Result.
type Counts struct {
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
	// Strict counts predictions with exactly a gold span.
	Strict int `json:"strict"`
	// RelaxedPredicted counts predictions that overlap some gold span;
	// RelaxedGold counts gold spans that some prediction overlaps.
	RelaxedPredicted int `json:"relaxed_predicted"`
	RelaxedGold      int `json:"relaxed_gold"`
	// Pairs counts the one-to-one aligned overlapping pairs; TypeCorrect
	// and ValueCorrect those of them with the same type and value.
	Pairs        int `json:"pairs"`
	TypeCorrect  int `json:"type_correct"`
	ValueCorrect int `json:"value_correct"`
}

// Result holds the TempEval-3 scores as fractions in [0, 1]. A ratio with a
// zero denominator is 0.
type Result struct {
	StrictP       float64 `json:"strict_precision"`
	StrictR       float64 `json:"strict_recall"`
	StrictF1      float64 `json:"strict_f1"`
	RelaxedP      float64 `json:"relaxed_precision"`
	RelaxedR      float64 `json:"relaxed_recall"`
	RelaxedF1     float64 `json:"relaxed_f1"`
	TypeAccuracy  float64 `json:"type_accuracy"`
	TypeF1        float64 `json:"type_f1"`
	ValueAccuracy float64 `json:"value_accuracy"`
	ValueP        float64 `json:"value_precision"`
	ValueR        float64 `json:"value_recall"`
	ValueF1       float64 `json:"value_f1"`
	Counts
}

// Scorer accumulates scores over documents. The zero Scorer is ready to
// use; it is not safe for concurrent use.
type Scorer struct {
	c Counts
}

// Add scores one document's gold and predicted expressions, in any order.
// Spans from different documents must not be mixed in one call.
func (s *Scorer) Add(gold, pred []Span) {
	s.c.Gold += len(gold)
	s.c.Predicted += len(pred)
	exact := make(map[[2]int]bool, len(gold))
	for _, g := range gold {
		exact[[2]int{g.Start, g.End}] = true
	}
	for _, p := range pred {
		if exact[[2]int{p.Start, p.End}] {
			s.c.Strict++
		}
		for _, g := range gold {
			if p.overlap(g) > 0 {
				s.c.RelaxedPredicted++
				break
			}
		}
	}
	for _, g := range gold {
		for _, p := range pred {
			if p.overlap(g) > 0 {
				s.c.RelaxedGold++
				break
			}
		}
	}
	for _, pr := range Align(gold, pred) {
		g, p := gold[pr[0]], pred[pr[1]]
		s.c.Pairs++
		if g.Type == p.Type {
			s.c.TypeCorrect++
		}
		if g.Value == p.Value {
			s.c.ValueCorrect++
		}
	}
}

// Align pairs overlapping gold and predicted spans one to one, largest
// overlap first (ties: earlier gold, then earlier prediction; an exact
// match beats any other pair of the same overlap). It returns index pairs
// {gold, pred} in gold order.
func Align(gold, pred []Span) [][2]int {
	type pair struct{ g, p, ov int }
	var ps []pair
	for gi, g := range gold {
		for pi, p := range pred {
			if ov := p.overlap(g); ov > 0 {
				ps = append(ps, pair{gi, pi, ov})
			}
		}
	}
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.ov != b.ov {
			return a.ov > b.ov
		}
		ae := gold[a.g].Start == pred[a.p].Start && gold[a.g].End == pred[a.p].End
		be := gold[b.g].Start == pred[b.p].Start && gold[b.g].End == pred[b.p].End
		if ae != be {
			return ae
		}
		if a.g != b.g {
			return a.g < b.g
		}
		return a.p < b.p
	})
	usedG := make([]bool, len(gold))
	usedP := make([]bool, len(pred))
	var out [][2]int
	for _, p := range ps {
		if usedG[p.g] || usedP[p.p] {
			continue
		}
		usedG[p.g], usedP[p.p] = true, true
		out = append(out, [2]int{p.g, p.p})
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	return out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Result returns the scores of everything added so far.
func (s *Scorer) Result() Result {
	c := s.c
	r := Result{Counts: c}
	r.StrictP, r.StrictR = ratio(c.Strict, c.Predicted), ratio(c.Strict, c.Gold)
	r.StrictF1 = f1(r.StrictP, r.StrictR)
	r.RelaxedP, r.RelaxedR = ratio(c.RelaxedPredicted, c.Predicted), ratio(c.RelaxedGold, c.Gold)
	r.RelaxedF1 = f1(r.RelaxedP, r.RelaxedR)
	r.TypeAccuracy = ratio(c.TypeCorrect, c.Pairs)
	r.ValueAccuracy = ratio(c.ValueCorrect, c.Pairs)
	r.TypeF1 = r.TypeAccuracy * r.RelaxedF1
	r.ValueF1 = r.ValueAccuracy * r.RelaxedF1
	r.ValueP = r.ValueAccuracy * r.RelaxedP
	r.ValueR = r.ValueAccuracy * r.RelaxedR
	return r
}
