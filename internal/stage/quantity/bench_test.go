package quantity

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

// benchText is the case table's sentences as one text: dense in numbers,
// so it is the recognizer's worst case rather than an average article.
func benchText(b *testing.B) string {
	f, err := os.Open("testdata/cases.txt")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var sb strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "\t") {
			sb.WriteString(l)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

// BenchmarkQuantity measures Find alone, on a text already segmented,
// tagged and parsed ("tree") and on one only segmented ("linear"). It
// reports tokens per second.
func BenchmarkQuantity(b *testing.B) {
	text := benchText(b)
	run := func(b *testing.B, d *doc.Doc) {
		b.ReportAllocs()
		for b.Loop() {
			Find(d)
		}
		b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	}
	b.Run("tree", func(b *testing.B) {
		d := annotate(b, text)
		d.Quantities = nil
		run(b, d)
	})
	b.Run("linear", func(b *testing.B) {
		d := doc.New("bench", text)
		d.Sentences, d.Tokens = segment.Split(text)
		run(b, d)
	})
}
