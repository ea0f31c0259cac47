package events

import (
	"context"
	"math"
	"reflect"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestMapPLOVER(t *testing.T) {
	for in, want := range map[string]string{
		"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
		"ASSAULT": "ASSAULT", "agree": "AGREE", " RETREAT ": "RETREAT",
	} {
		if got := MapPLOVER(in); got != want {
			t.Errorf("MapPLOVER(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTypeOf(t *testing.T) {
	for _, c := range []struct {
		e    Event
		want string
	}{
		{Event{PLOVER: "ACCUSE", CAMEO: "111"}, "ACCUSE"},
		{Event{PLOVER: "DEMAND"}, "REQUEST"},
		{Event{CAMEO: "1056"}, "REQUEST"},
		{Event{CAMEO: "0871"}, "RETREAT"},
		{Event{CAMEO: "0841"}, "RETREAT"},
		{Event{CAMEO: "0813"}, "RETREAT"},
		{Event{CAMEO: "081"}, "CONCEDE"},
		{Event{CAMEO: "190"}, "ASSAULT"},
		{Event{CAMEO: "010"}, ""},
		{Event{CAMEO: "9"}, ""},
	} {
		if got := TypeOf(c.e); got != c.want {
			t.Errorf("TypeOf(%+v) = %q, want %q", c.e, got, c.want)
		}
	}
}

// TestScoreGSR works one small case through by hand.
//
// gold:  REQUEST, REQUEST, ASSAULT, AGREE
// pred:  REQUEST, NONE,    REQUEST, AGREE (top by confidence)
//
// REQUEST: P 1/2 R 1/2 F1 .5; ASSAULT: P 0 R 0 F1 0; AGREE: F1 1.
// Macro-F1 over the 3 gold types: 1.5/3 = .5; accuracy 2/4.
func TestScoreGSR(t *testing.T) {
	usa := []GSRActor{{Code: "USA"}}
	gold := []GSRRecord{
		{Event: "DEMAND", Source: usa, Target: []GSRActor{{Code: "IRQ"}}},
		{Event: "REQUEST", Source: []GSRActor{{Code: "IGO"}}},
		{Event: "FIGHT", Source: []GSRActor{{Code: "RUS"}, {Code: "UKR"}}},
		{Event: "AGREE", Source: []GSRActor{{Code: "JAP"}}, Target: usa},
	}
	pred := [][]Event{
		{{CAMEO: "010", Confidence: 0.99}, {PLOVER: "REQUEST", Confidence: 0.8, Source: []Actor{{Country: "USA"}}, Target: []Actor{{Country: "IRN"}}}},
		nil,
		{{PLOVER: "ASSAULT", Confidence: 0.4, Source: []Actor{{Country: "UKR"}}}, {CAMEO: "1041", Confidence: 0.6, Source: []Actor{{Country: "UKR"}, {Country: "RUS"}}}},
		{{PLOVER: "AGREE", Confidence: 0.5, Source: []Actor{{Country: "JPN"}}, Target: []Actor{{Code: "IGOUNO"}}}},
	}
	r := ScoreGSR(gold, pred)
	if r.Sentences != 4 || !near(r.TypeAccuracy, 0.5) || !near(r.TypeMacroF1, 0.5) || r.NoEvent != 1 {
		t.Errorf("accuracy %v macro-F1 %v no-event %d, want .5 .5 1", r.TypeAccuracy, r.TypeMacroF1, r.NoEvent)
	}
	if s := r.PerType["REQUEST"]; s.Gold != 2 || s.Predicted != 2 || s.Correct != 1 || !near(s.F1, 0.5) {
		t.Errorf("REQUEST: %+v", s)
	}
	if s := r.PerType["ASSAULT"]; s.Gold != 1 || s.Predicted != 0 || s.F1 != 0 {
		t.Errorf("ASSAULT: %+v", s)
	}
	if r.Confusion["ASSAULT"]["REQUEST"] != 1 || r.Confusion["REQUEST"][NoneType] != 1 {
		t.Errorf("confusion: %v", r.Confusion)
	}
	// Sources: gold countries in records 0, 2, 3 (IGO is none); predicted
	// in 0, 2, 3; all meet (JAP is read as JPN).
	if r.SourceGold != 3 || r.SourceN != 3 || !near(r.SourceCountry, 1) {
		t.Errorf("source: %d/%d %v", r.SourceN, r.SourceGold, r.SourceCountry)
	}
	// Targets: gold countries in records 0 and 3; predicted country only
	// in 0 (IRN, wrong); IGOUNO has no country.
	if r.TargetGold != 2 || r.TargetN != 1 || r.TargetCountry != 0 {
		t.Errorf("target: %d/%d %v", r.TargetN, r.TargetGold, r.TargetCountry)
	}
}

func TestTriples(t *testing.T) {
	evs := []Event{
		{CAMEO: "064", Source: []Actor{{Code: "ARN"}, {Code: "GON"}}, Target: []Actor{{Code: "MOR"}}},
		{CAMEO: "064", Source: []Actor{{Code: "GON"}}, Target: []Actor{{Code: "MOR"}}},
		{CAMEO: "010", Source: []Actor{{Code: "ARNGOV"}}},
		{CAMEO: "", Source: []Actor{{Code: "X"}}, Target: []Actor{{Code: "Y"}}},
	}
	want := []Triple{{"ARN", "MOR", "064"}, {"ARNGOV", "---", "010"}, {"GON", "MOR", "064"}}
	if got := Triples(evs); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestScorePETR: 3 expected triples, 4 produced, 2 matched.
func TestScorePETR(t *testing.T) {
	recs := []PETRRecord{
		{Category: "DEMO", Expected: []Triple{{"ARN", "GON", "064"}, {"GON", "ARN", "064"}}},
		{Category: "DEMO", Expected: []Triple{{"ARN", "GON", "041"}}},
		{Category: "ERROR", NoEvents: true},
	}
	pred := [][]Triple{
		{{"ARN", "GON", "064"}, {"GON", "ARN", "064"}, {"GON", "ARN", "064"}},
		{{"ARN", "GON", "042"}},
		{{"ARN", "---", "010"}},
	}
	r := ScorePETR(recs, pred)
	if r.Expected != 3 || r.Produced != 4 || r.Matched != 2 || r.Extra != 2 || r.Exact != 1 {
		t.Errorf("counts %+v", r.PETRCounts)
	}
	if !near(r.Recall, 2.0/3) || !near(r.ExtraRate, 0.5) {
		t.Errorf("recall %v extra %v", r.Recall, r.ExtraRate)
	}
	if d := r.PerCategory["DEMO"]; d.Sentences != 2 || d.Extra != 1 || !near(d.ExtraRate, 1.0/3) {
		t.Errorf("DEMO %+v", d)
	}
	if e := r.PerCategory["ERROR"]; e.Expected != 0 || e.Extra != 1 || e.Recall != 0 || e.Exact != 0 {
		t.Errorf("ERROR %+v", e)
	}
}

func TestEvaluate(t *testing.T) {
	var dates []string
	code := func(_ context.Context, text, date string) ([]Event, error) {
		dates = append(dates, date)
		if text == "A restored ties with B." {
			return []Event{{CAMEO: "064", PLOVER: "COOPERATE", Source: []Actor{{Code: "ARN"}}, Target: []Actor{{Code: "GON"}}}}, nil
		}
		return nil, nil
	}
	p, got, err := EvaluatePETR(context.Background(), []PETRRecord{{Date: "19950101", Text: "A restored ties with B.", Expected: []Triple{{"ARN", "GON", "064"}}}}, code)
	if err != nil || p.Recall != 1 || p.ExtraRate != 0 || len(got[0]) != 1 {
		t.Errorf("PETR: %+v %v %v", p, got, err)
	}
	g, _, err := EvaluateGSR(context.Background(), []GSRRecord{{Event: "COOPERATE", Text: "A restored ties with B."}, {Event: "AGREE", Text: "x"}}, code)
	if err != nil || g.TypeAccuracy != 0.5 || g.NoEvent != 1 {
		t.Errorf("GSR: %+v %v", g, err)
	}
	if want := []string{"1995-01-01", "2000-01-01", "2000-01-01"}; !reflect.DeepEqual(dates, want) {
		t.Errorf("dates %v, want %v", dates, want)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := EvaluateGSR(ctx, []GSRRecord{{Text: "x"}}, code); err == nil {
		t.Error("EvaluateGSR ignores a done context")
	}
}

// TestDyads: under require_dyad a triple with a "---" source or target is
// not written by PETRARCH, so it is neither matched nor extra; an
// anonymous agent ("---GOV") stays.
func TestDyads(t *testing.T) {
	ts := []Triple{{"ARN", "---", "010"}, {"---GOV", "GON", "023"}, {"---", "GON", "111"}, {"ARN", "GON", "064"}}
	if got := Dyads(PETRRecord{}, ts); len(got) != 4 {
		t.Errorf("without require_dyad: %v", got)
	}
	want := []Triple{{"---GOV", "GON", "023"}, {"ARN", "GON", "064"}}
	if got := Dyads(PETRRecord{RequireDyad: true}, ts); !reflect.DeepEqual(got, want) {
		t.Errorf("with require_dyad: %v, want %v", got, want)
	}
	recs := []PETRRecord{{Category: "DEMO", RequireDyad: true, Expected: []Triple{{"ARN", "GON", "064"}}}}
	r := ScorePETR(recs, [][]Triple{ts})
	if r.Produced != 2 || r.Matched != 1 || r.Extra != 1 {
		t.Errorf("counts %+v", r.PETRCounts)
	}
}

// TestScorePETRParseError: a record expecting PETRARCH's error on a
// malformed parse is not scored.
func TestScorePETRParseError(t *testing.T) {
	recs := []PETRRecord{
		{Category: "ERROR", NoEvents: true, Error: ParseError},
		{Category: "ERROR", NoEvents: true, Error: "sentencediscard"},
	}
	r := ScorePETR(recs, [][]Triple{{{"ARN", "GON", "064"}}, {{"ARN", "GON", "064"}}})
	if r.Sentences != 1 || r.Produced != 1 || r.Extra != 1 || r.Unscored != 1 || r.PerCategory["ERROR"].Unscored != 1 {
		t.Errorf("counts %+v", r.PETRCounts)
	}
}

// TestEvaluateRequireDyad: the coder's context carries each record's
// require_dyad option.
func TestEvaluateRequireDyad(t *testing.T) {
	var got []bool
	code := func(ctx context.Context, text, date string) ([]Event, error) {
		on, ok := RequireDyadOf(ctx)
		if !ok {
			t.Error("no require_dyad in the context")
		}
		got = append(got, on)
		return nil, nil
	}
	recs := []PETRRecord{{Text: "a", RequireDyad: true}, {Text: "b"}}
	if _, _, err := EvaluatePETR(context.Background(), recs, code); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, []bool{true, false}) {
		t.Errorf("got %v", got)
	}
	if _, ok := RequireDyadOf(context.Background()); ok {
		t.Error("a bare context carries require_dyad")
	}
}

func TestTriplesCompoundSelfDyads(t *testing.T) {
	ab := []Actor{{Code: "AAA"}, {Code: "BBB"}}
	got := Triples([]Event{{CAMEO: "040", Source: ab, Target: ab}})
	want := []Triple{{"AAA", "BBB", "040"}, {"BBB", "AAA", "040"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Triples = %v, want %v", got, want)
	}
}

func TestGSRHalf(t *testing.T) {
	for _, c := range []struct{ id, want string }{
		{"PLOVER-GSR01-AGREE-0002", "dev"},
		{"PLOVER-GSR01-AGREE-0003", "test"},
		{"PLOVER-GSR01-ASSAULT-0010", "dev"},
		{"no-number", "test"},
	} {
		if got := GSRHalf(c.id); got != c.want {
			t.Errorf("GSRHalf(%q) = %q, want %q", c.id, got, c.want)
		}
	}
}
