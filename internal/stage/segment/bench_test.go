package segment

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// benchText is an invented wire story with the usual hard parts: a
// headline, a dateline, titles and abbreviations, quotes, numbers, curly
// apostrophes, hyphens and a byline.
const benchText = `Harbor talks stall as ministers trade accusations

VALDORIA, March 3 (Newswire) - The foreign ministers of Valdoria and Estmark ended two days of talks in the port city of Kessel on Tuesday without agreement, each blaming the other for the collapse of a proposed fishing accord.

Valdorian Foreign Minister Lt. Gen. (ret.) Arno Vell said his government had offered to cut its fleet by 1,200 vessels, or about 15%, over three years. "We came with a fair offer. They left with nothing," Vell told reporters. Estmark’s minister, Dr. Ilse Marr-Odegaard, said the offer was "not serious" and that Valdoria’s coast guard had seized 14 Estmark boats since Jan. 9.

The dispute dates to 1998, when a U.N.-brokered deal split the Kessel banks between the two countries. Fishing groups say stocks have fallen by half since the mid-2000s and that a 24-year-old deckhand died in a collision with a patrol boat last month. Neither side has published its figures; an industry group, Coastal Catch Ltd., estimates losses at $310m a year.

"It's not about fish anymore," said Petra Lind, a researcher at the Institute for Maritime Studies in St. Aldric. "It's about who blinks first." Talks are due to resume on Oct. 14 in Geneva, officials said, although neither ministry confirmed the date.

Meanwhile, Estmark's parliament voted 212-96 on Wednesday to double patrols in the disputed waters. The vote came hours after Vell's comments were broadcast on state television... Opposition leader Hanne Kvist called the move "reckless" and urged both governments to "stop playing chicken with people's lives."

By Staff Reporter`

func BenchmarkSegment(b *testing.B) {
	text := strings.Repeat(benchText+"\n\n", 4)
	_, toks := Split(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	ctx := context.Background()
	s := New()
	for b.Loop() {
		d := &doc.Doc{Text: text}
		if err := s.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkTokenize(b *testing.B) {
	sents, _ := Split(benchText)
	var lines []string
	for _, s := range sents {
		lines = append(lines, benchText[s.Start:s.End])
	}
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Tokenize(l)
		}
	}
}
