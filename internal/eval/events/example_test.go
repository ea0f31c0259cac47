package events_test

import (
	"fmt"

	"github.com/sitrep/sitrep/internal/eval/events"
)

// Score two hand-made sentences: the GSR's 0.5b1 label DEMAND is scored as
// the 2021 type REQUEST; the second sentence got no event.
func ExampleScoreGSR() {
	gold := []events.GSRRecord{
		{ID: "a", Event: "DEMAND", Source: []events.GSRActor{{Code: "FRA"}}},
		{ID: "b", Event: "AGREE", Source: []events.GSRActor{{Code: "DEU"}}},
	}
	pred := [][]events.Event{
		{{CAMEO: "1056", PLOVER: "REQUEST", Confidence: 0.8, Source: []events.Actor{{Code: "FRAGOV", Country: "FRA"}}}},
		nil,
	}
	r := events.ScoreGSR(gold, pred)
	fmt.Printf("accuracy %.2f, macro-F1 %.2f, source country %.2f (%d of %d)\n", r.TypeAccuracy, r.TypeMacroF1, r.SourceCountry, r.SourceN, r.SourceGold)
	// Output: accuracy 0.50, macro-F1 0.50, source country 1.00 (1 of 2)
}

// Score PETRARCH-style triples: one expected coding of two produced.
func ExampleScorePETR() {
	recs := []events.PETRRecord{{ID: "DEMO-00", Category: "DEMO", Expected: []events.Triple{{Source: "ARN", Target: "GON", Code: "064"}}}}
	produced := [][]events.Triple{{{Source: "ARN", Target: "GON", Code: "064"}, {Source: "GON", Target: "ARN", Code: "064"}}}
	r := events.ScorePETR(recs, produced)
	fmt.Printf("recall %.2f, extra %.2f\n", r.Recall, r.ExtraRate)
	// Output: recall 1.00, extra 0.50
}
