package ner

import (
	"slices"
	"sort"
)

// Span is one entity for scoring: a half-open range [Start, End) in any unit
// (token indices or byte offsets, the same for gold and prediction) and a
// type.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
}

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Scores are precision, recall and F1 with the counts behind them. With no
// predictions precision is 0; with no gold entities recall is 0; F1 is 0
// when precision and recall are both 0.
type Scores struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Counts
	// Gold and Predicted count the entities on each side.
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
}

func (c Counts) scores() Scores {
	s := Scores{Counts: c, Gold: c.TP + c.FN, Predicted: c.TP + c.FP}
	if s.Predicted > 0 {
		s.Precision = float64(c.TP) / float64(s.Predicted)
	}
	if s.Gold > 0 {
		s.Recall = float64(c.TP) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// Result is a scorer's total: overall and per type (the type of the gold
// entity for false negatives, of the predicted one for false positives).
type Result struct {
	Scores
	PerType map[string]Scores `json:"per_type"`
}

// Scorer accumulates exact-match entity scores, CoNLL-style: a predicted
// entity is correct only when a gold entity has the same start, end and
// type. Partial overlaps and type mismatches count as one false positive
// and one false negative. A duplicate entity on one side counts once.
// The zero Scorer is ready to use; it is not safe for concurrent use.
type Scorer struct {
	total   Counts
	perType map[string]*Counts
}

func (s *Scorer) typ(t string) *Counts {
	if s.perType == nil {
		s.perType = map[string]*Counts{}
	}
	c := s.perType[t]
	if c == nil {
		c = &Counts{}
		s.perType[t] = c
	}
	return c
}

// Add scores one unit (a sentence or a document): its gold and predicted
// entities, in any order.
func (s *Scorer) Add(gold, pred []Span) {
	g := dedup(gold)
	p := dedup(pred)
	in := make(map[Span]bool, len(g))
	for _, e := range g {
		in[e] = true
	}
	matched := make(map[Span]bool, len(p))
	for _, e := range p {
		if in[e] {
			matched[e] = true
			s.total.TP++
			s.typ(e.Type).TP++
		} else {
			s.total.FP++
			s.typ(e.Type).FP++
		}
	}
	for _, e := range g {
		if !matched[e] {
			s.total.FN++
			s.typ(e.Type).FN++
		}
	}
}

func dedup(in []Span) []Span {
	out := slices.Clone(in)
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Type < b.Type
	})
	return slices.Compact(out)
}

// Result returns the scores so far.
func (s *Scorer) Result() Result {
	r := Result{Scores: s.total.scores(), PerType: map[string]Scores{}}
	for t, c := range s.perType {
		r.PerType[t] = c.scores()
	}
	return r
}

// FromBIO reads BIO (or IOB2) tags such as "B-PER", "I-PER", "O" into spans
// of token indices, the way conlleval does: an I- tag that does not continue
// an entity of the same type starts a new one, and a B- tag always starts
// one. Tags without a "X-" prefix other than "O" are read as I-.
func FromBIO(tags []string) []Span {
	var out []Span
	cur := -1 // index in out of the open entity
	for i, t := range tags {
		prefix, typ := splitTag(t)
		switch {
		case prefix == 'O':
			cur = -1
		case prefix == 'B' || cur < 0 || out[cur].Type != typ:
			out = append(out, Span{Start: i, End: i + 1, Type: typ})
			cur = len(out) - 1
		default:
			out[cur].End = i + 1
		}
	}
	return out
}

func splitTag(t string) (byte, string) {
	if t == "" || t == "O" {
		return 'O', ""
	}
	if len(t) >= 2 && t[1] == '-' {
		switch t[0] {
		case 'B', 'I':
			return t[0], t[2:]
		case 'E', 'L', 'S', 'U':
			// BIOES/BILOU tags: E/L continue; S/U start.
			if t[0] == 'S' || t[0] == 'U' {
				return 'B', t[2:]
			}
			return 'I', t[2:]
		}
	}
	return 'I', t
}
