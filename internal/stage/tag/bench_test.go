package tag_test

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/conllu"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/tag"
)

// benchSentences are news-like sentences written for the benchmark.
var benchSentences = []string{
	"North Korean troops were deployed to the Kursk region last month , according to South Korea 's spy agency .",
	"The National Intelligence Service ( NIS ) said on Friday that about 1,500 soldiers had been sent .",
	"Officials in Seoul did n't confirm the report , but they warned of further escalation .",
	"Protesters blocked roads in 12 cities yesterday and police arrested dozens of people .",
	"Kim Hong-kyun met Georgy Zinoviev in Vladivostok to discuss the crisis .",
	"“ We will respond firmly , ” the minister told reporters after the meeting .",
	"Heavy shelling killed at least seven civilians near Khabarovsk , a local official said .",
	"The UN Security Council is expected to vote on the resolution next week .",
}

func BenchmarkTag(b *testing.B) {
	m, err := tag.Shipped()
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]string
	n := 0
	for _, s := range benchSentences {
		w := strings.Fields(s)
		sents = append(sents, w)
		n += len(w)
	}
	var out []tag.Analysis
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range sents {
			out = m.TagInto(out[:0], w)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkTagEWT tags UD English EWT test (when ../shared is present),
// whose web text has more unseen words than news.
func BenchmarkTagEWT(b *testing.B) {
	path := shared.Path(b, "ud_english_ewt/"+tag.TestFile)
	ss, err := conllu.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	m, err := tag.Shipped()
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]string
	n := 0
	for _, s := range ss {
		var w []string
		for _, t := range s.Tokens {
			w = append(w, t.Form)
		}
		sents = append(sents, w)
		n += len(w)
	}
	var out []tag.Analysis
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range sents {
			out = m.TagInto(out[:0], w)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
