package geo

import (
	"context"
	"testing"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

func TestScorer(t *testing.T) {
	var s Scorer
	vlad := Toponym{GeonameID: 2013348, HasCoords: true, Lat: 43.10562, Lon: 131.87353}
	kursk := Toponym{GeonameID: 538555, HasCoords: true, Lat: 51.5, Lon: 36.0}
	noCoords := Toponym{GeonameID: 1}
	s.AddIn(vlad, "RUS", true, Prediction{OK: true, Lat: 43.1, Lon: 131.9, GeonameID: 2013348, Country: "RUS"})
	// 1° of latitude off: about 111 km, inside 161 km but the wrong id.
	s.AddIn(kursk, "RUS", true, Prediction{OK: true, Lat: 52.5, Lon: 36.0, GeonameID: 538560, Country: "RUS"})
	// Unresolved: wrong on every count, left out of the error statistics.
	s.Add(Toponym{HasCoords: true, Lat: 0, Lon: 0}, "", Prediction{})
	s.Add(noCoords, "USA", Prediction{OK: true})
	r := s.Result()
	if r.N != 3 || r.ExactN != 2 || r.CountryN != 2 || r.Resolved != 2 || r.InGazetteerN != 2 {
		t.Fatalf("%+v", r)
	}
	if r.Acc161 != 0.6667 || r.Exact != 0.5 || r.Country != 1 || r.InGazetteer != 1 {
		t.Errorf("%+v", r)
	}
	if r.MedianKm < 50 || r.MedianKm > 60 || r.MeanKm != r.MedianKm {
		t.Errorf("mean %v median %v", r.MeanKm, r.MedianKm)
	}
}

func TestSpanScorer(t *testing.T) {
	var s SpanScorer
	s.Add([]Span{{0, 5}, {10, 20}, {30, 35}}, []Span{{0, 5}, {12, 20}, {40, 45}})
	r := s.Result()
	if r.Gold != 3 || r.Predicted != 3 || r.Precision != 0.3333 || r.Recall != 0.3333 ||
		r.OverlapPrecision != 0.6667 || r.OverlapRecall != 0.6667 {
		t.Errorf("%+v", r)
	}
}

func TestPartIsStable(t *testing.T) {
	dev := 0
	for i := 0; i < 1000; i++ {
		id := string(rune('a'+i%26)) + string(rune('0'+i%10)) + string(rune('A'+i/26%26))
		if Part("lgl", id) != Part("lgl", id) {
			t.Fatal("Part is not deterministic")
		}
		if Part("lgl", id) == "dev" {
			dev++
		}
	}
	if dev < 350 || dev > 650 {
		t.Errorf("%d of 1000 in dev", dev)
	}
}

func TestEvaluate(t *testing.T) {
	arts := []Article{{ID: "a", Text: "In Vladivostok and Kursk.", Toponyms: []Toponym{
		{Start: 3, End: 14, Phrase: "Vladivostok", GeonameID: 2013348, HasCoords: true, Lat: 43.1, Lon: 131.9},
		{Start: 19, End: 24, Phrase: "Kursk", HasCoords: true, Lat: 51.7, Lon: 36.2},
		{Start: 0, End: 2, Phrase: "In"},
	}}}
	sys := System{
		Resolve: func(_ context.Context, a *Article, spans []Span) ([]Prediction, error) {
			if len(spans) != 2 {
				t.Errorf("%d spans, want the 2 with coordinates", len(spans))
			}
			return []Prediction{{OK: true, Lat: 43.1, Lon: 131.9, GeonameID: 2013348}, {}}, nil
		},
		Find: func(_ context.Context, a *Article) ([]Found, error) {
			return []Found{{Span: Span{19, 30}, Prediction: Prediction{OK: true, Lat: 51.7, Lon: 36.2}}}, nil
		},
	}
	rep, err := Evaluate(context.Background(), "x", arts, sys, &Countries{byCountry: map[int]string{}, byID: map[int]gazetteer.Ref{}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.GoldSpans.N != 2 || rep.GoldSpans.Acc161 != 0.5 || rep.EndToEnd == nil || rep.EndToEnd.Acc161 != 0.5 ||
		rep.EndToEnd.Spans.OverlapRecall != 0.5 || rep.EndToEnd.Spans.Recall != 0 {
		t.Errorf("%+v %+v", rep.GoldSpans, rep.EndToEnd)
	}
}
