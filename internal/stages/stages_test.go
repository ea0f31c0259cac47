package stages

import (
	"context"
	"os"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
)

func TestDefaultPipelineBuildsAndRuns(t *testing.T) {
	p, err := Build()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if got := len(p.Specs()); got != len(Default()) {
		t.Fatalf("%d stages built, want %d", got, len(Default()))
	}
	d := doc.New("t", "Chile's Foreign Ministry summoned Argentina's ambassador on Monday.\n")
	if err := pipeline.NewRunner(p, nil).Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 1 || len(d.Tokens) < 10 {
		t.Errorf("%d sentences, %d tokens", len(d.Sentences), len(d.Tokens))
	}
	if len(d.Provenance) != len(Default()) {
		t.Errorf("provenance %+v", d.Provenance)
	}
	if err := d.Validate(); err != nil {
		t.Error(err)
	}
}

func TestBuildNames(t *testing.T) {
	p, err := Build("segment", "")
	if err != nil || len(p.Specs()) != 1 {
		t.Fatalf("Build(segment): %v", err)
	}
	if _, err := Build("ner,segment"); err == nil {
		t.Error("ner before segment should be refused")
	}
}

func TestEveryStageRegistered(t *testing.T) {
	r, err := Registry()
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, n := range r.Names() {
		have[n] = true
	}
	for _, n := range Default() {
		if !have[n] {
			t.Errorf("default stage %q not registered", n)
		}
	}
}

// BenchmarkDefaultPipeline runs every default stage, on one goroutine, over
// the project's sample dispatch and reports sentences and tokens per second.
func BenchmarkDefaultPipeline(b *testing.B) {
	text, err := os.ReadFile("../../examples/dispatch.txt")
	if err != nil {
		b.Fatal(err)
	}
	p, err := Build()
	if err != nil {
		b.Fatal(err)
	}
	r := pipeline.NewRunner(p, nil)
	var sents, toks int
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		d := doc.New("bench", string(text))
		if err := r.Run(context.Background(), d); err != nil {
			b.Fatal(err)
		}
		sents += len(d.Sentences)
		toks += len(d.Tokens)
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(toks)/b.Elapsed().Seconds(), "tokens/s")
}
