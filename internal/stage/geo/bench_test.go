package geo

import (
	"context"
	"os"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// BenchmarkGeo measures the geo stage alone over an annotated news text
// (testdata/news.txt, segmented and run through the NER before the timer
// starts), and reports tokens per second. Issue 5 asks for actor coding and
// geoparsing together at 100k tokens/s/core or more.
func BenchmarkGeo(b *testing.B) {
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := annotate(b, string(text))
	p := New(shipped(b), Options{})
	ctx := context.Background()
	if err := p.Process(ctx, d); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := p.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Tokens)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkResolve measures resolution of given spans (no scanning, no
// roles), as in the gold-span evaluation.
func BenchmarkResolve(b *testing.B) {
	text, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := annotate(b, string(text))
	p := New(shipped(b), Options{})
	ts := p.Toponyms(d)
	spans := make([]doc.Span, len(ts))
	for i, t := range ts {
		spans[i] = t.Span
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		p.Resolve(d.Text, spans)
	}
	b.ReportMetric(float64(len(d.Tokens)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
