package ner

import (
	"math"
	"reflect"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScorer(t *testing.T) {
	per := func(s, e int) Span { return Span{s, e, "PERSON"} }
	org := func(s, e int) Span { return Span{s, e, "ORG"} }
	tests := []struct {
		name       string
		gold, pred []Span
		want       Counts
		p, r, f    float64
	}{
		{"exact", []Span{per(0, 2), org(3, 4)}, []Span{org(3, 4), per(0, 2)}, Counts{TP: 2}, 1, 1, 1},
		{"partial overlap is wrong", []Span{per(0, 2)}, []Span{per(0, 1)}, Counts{FP: 1, FN: 1}, 0, 0, 0},
		{"longer span is wrong", []Span{per(1, 2)}, []Span{per(0, 2)}, Counts{FP: 1, FN: 1}, 0, 0, 0},
		{"type mismatch", []Span{per(0, 2)}, []Span{org(0, 2)}, Counts{FP: 1, FN: 1}, 0, 0, 0},
		{"empty prediction", []Span{per(0, 2), org(3, 4)}, nil, Counts{FN: 2}, 0, 0, 0},
		{"empty gold", nil, []Span{per(0, 2)}, Counts{FP: 1}, 0, 0, 0},
		{"both empty", nil, nil, Counts{}, 0, 0, 0},
		{"duplicates count once", []Span{per(0, 2), per(0, 2)}, []Span{per(0, 2), per(0, 2)}, Counts{TP: 1}, 1, 1, 1},
		{"mixed", []Span{per(0, 2), org(3, 4), org(5, 7)}, []Span{per(0, 2), org(3, 5), org(8, 9)}, Counts{TP: 1, FP: 2, FN: 2}, 1.0 / 3, 1.0 / 3, 1.0 / 3},
		{"p and r differ", []Span{per(0, 1), per(2, 3)}, []Span{per(0, 1)}, Counts{TP: 1, FN: 1}, 1, 0.5, 2.0 / 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s Scorer
			s.Add(tc.gold, tc.pred)
			r := s.Result()
			if r.Counts != tc.want {
				t.Errorf("counts %+v, want %+v", r.Counts, tc.want)
			}
			if !near(r.Precision, tc.p) || !near(r.Recall, tc.r) || !near(r.F1, tc.f) {
				t.Errorf("P/R/F1 %v/%v/%v, want %v/%v/%v", r.Precision, r.Recall, r.F1, tc.p, tc.r, tc.f)
			}
		})
	}
}

func TestScorerPerTypeAndUnits(t *testing.T) {
	var s Scorer
	// Two sentences: spans of different sentences never match each other.
	s.Add([]Span{{0, 1, "PERSON"}, {2, 3, "GPE"}}, []Span{{0, 1, "PERSON"}, {2, 3, "ORG"}})
	s.Add([]Span{{0, 1, "ORG"}}, []Span{{0, 1, "ORG"}})
	r := s.Result()
	want := map[string]Counts{"PERSON": {TP: 1}, "GPE": {FN: 1}, "ORG": {TP: 1, FP: 1}}
	got := map[string]Counts{}
	for k, v := range r.PerType {
		got[k] = v.Counts
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("per type %v, want %v", got, want)
	}
	if o := r.PerType["ORG"]; !near(o.Precision, 0.5) || !near(o.Recall, 1) || o.Gold != 1 || o.Predicted != 2 {
		t.Errorf("ORG %+v", o)
	}
	if r.TP != 2 || r.FP != 1 || r.FN != 1 || !near(r.F1, 2.0/3) {
		t.Errorf("overall %+v", r.Scores)
	}
}

func TestFromBIO(t *testing.T) {
	tests := []struct {
		tags []string
		want []Span
	}{
		{nil, nil},
		{[]string{"O", "O"}, nil},
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		// B after B starts a new entity.
		{[]string{"B-PER", "B-PER"}, []Span{{0, 1, "PER"}, {1, 2, "PER"}}},
		// A stray I- starts an entity (conlleval).
		{[]string{"O", "I-ORG", "I-ORG"}, []Span{{1, 3, "ORG"}}},
		// I- of another type starts a new entity.
		{[]string{"B-PER", "I-ORG"}, []Span{{0, 1, "PER"}, {1, 2, "ORG"}}},
		{[]string{"B-geo", "I-geo", "I-geo"}, []Span{{0, 3, "geo"}}},
	}
	for _, tc := range tests {
		if got := FromBIO(tc.tags); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("FromBIO(%v) = %v, want %v", tc.tags, got, tc.want)
		}
	}
}

func TestCollapseLocation(t *testing.T) {
	for in, want := range map[string]string{"GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "NORP": "NORP"} {
		if got := CollapseLocation(in); got != want {
			t.Errorf("CollapseLocation(%s) = %s, want %s", in, got, want)
		}
	}
}
