package timex

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	evaltimex "github.com/sitrep/sitrep/internal/eval/timex"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

// TestTempEvalBars scores the recognizer, without POS tags, on the
// TempEval-3 Platinum test set in ../shared/data and checks the bars of
// issue 4: value F1 at least 0.80, relaxed span F1 at least 0.88.
// "sitrep eval timex" prints the full scores, with the tagger when it is
// shipped.
func TestTempEvalBars(t *testing.T) {
	dir := shared.Path(t, evaltimex.TempEvalDir)
	docs, err := evaltimex.ReadTempEval(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Fatalf("no documents in %s", filepath.Join(dir, evaltimex.TempEvalDocuments))
	}
	r := New()
	var sc evaltimex.Scorer
	for _, g := range docs {
		d := doc.New(g.ID, g.Text)
		d.Published = g.DCT
		d.Sentences, d.Tokens = segment.Split(d.Text)
		if err := r.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		pred := make([]evaltimex.Span, len(d.Timexes))
		for i, x := range d.Timexes {
			pred[i] = evaltimex.Span{Start: x.Start, End: x.End, Type: x.Type, Value: x.Value}
		}
		sc.Add(g.Gold, pred)
	}
	res := sc.Result()
	t.Logf("strict P %.4f R %.4f F1 %.4f; relaxed P %.4f R %.4f F1 %.4f; type accuracy %.4f; value accuracy %.4f F1 %.4f (gold %d, predicted %d)",
		res.StrictP, res.StrictR, res.StrictF1, res.RelaxedP, res.RelaxedR, res.RelaxedF1, res.TypeAccuracy, res.ValueAccuracy, res.ValueF1, res.Gold, res.Predicted)
	if res.ValueF1 < 0.80 {
		t.Errorf("value F1 %.4f, want at least 0.80", res.ValueF1)
	}
	if res.RelaxedF1 < 0.88 {
		t.Errorf("relaxed span F1 %.4f, want at least 0.88", res.RelaxedF1)
	}
}
