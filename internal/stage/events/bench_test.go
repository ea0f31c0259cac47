package events_test

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/events"
)

// reutersTexts returns the texts of the first n Reuters-21578 stories that
// have a body.
func reutersTexts(b *testing.B, n int) []string {
	b.Helper()
	f, err := os.Open(shared.Path(b, "reuters21578/reuters21578.jsonl.gz"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	var out []string
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() && len(out) < n {
		var r struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatal(err)
		}
		if len(r.Text) > 200 {
			out = append(out, r.Text)
		}
	}
	return out
}

// BenchmarkEvents measures sentences per second on 200 Reuters-21578
// stories (../shared/data; skips without): "coder" is this stage alone over
// documents annotated before the timer starts, "pipeline" the whole default
// pipeline with the coder. Issue 6 asks for 2,000 sentences/s per core for
// the whole pipeline; run with -cpu 1 for a per-core figure.
func BenchmarkEvents(b *testing.B) {
	texts := reutersTexts(b, 200)
	ctx := context.Background()
	b.Run("coder", func(b *testing.B) {
		docs := make([]*doc.Doc, len(texts))
		sents := 0
		for i, t := range texts {
			docs[i] = annotate(b, t, "1987-03-01")
			sents += len(docs[i].Sentences)
		}
		c := events.New(shippedLex(b), events.Options{})
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			for _, d := range docs {
				if err := c.Process(ctx, d); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(sents*b.N)/b.Elapsed().Seconds(), "sentences/s")
	})
	b.Run("pipeline", func(b *testing.B) {
		run := runner(b)
		pub, _ := doc.ParseDate("1987-03-01")
		sents := 0
		b.ReportAllocs()
		b.ResetTimer()
		for b.Loop() {
			sents = 0
			for _, t := range texts {
				d := doc.New("bench", t)
				d.Published = pub
				if err := run.Run(ctx, d); err != nil {
					b.Fatal(err)
				}
				sents += len(d.Sentences)
			}
		}
		b.ReportMetric(float64(sents*b.N)/b.Elapsed().Seconds(), "sentences/s")
	})
}
