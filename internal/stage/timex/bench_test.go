package timex

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

// benchText is an invented wire story, dense in time expressions of every
// kind, with the ordinary prose between them that a recognizer must pass
// over quickly.
const benchText = `Ministers agree to resume harbor talks next month

VALDORIA, March 3 (Newswire) - The foreign ministers of Valdoria and Estmark ended two days of talks in the port city of Kessel on Tuesday without agreement, but said they would meet again in April, each blaming the other for the collapse of a proposed fishing accord.

Valdorian Foreign Minister Arno Vell said his government had offered to cut its fleet by 1,200 vessels, or about 15%, over three years. Estmark's minister, Ilse Marr, said the offer was "not serious" and that Valdoria's coast guard had seized 14 Estmark boats since Jan. 9 and at least three more last week.

The dispute dates to 1998, when a U.N.-brokered deal split the Kessel banks between the two countries. Fishing groups say stocks have fallen by half since the mid-2000s and that a deckhand died in a collision with a patrol boat last month. An industry group estimates losses at $310m a year, and patrols now sail twice a week.

Talks are due to resume on Oct. 14 in Geneva, officials said on Wednesday morning, although neither ministry confirmed the date. A ceasefire at sea has held for 48 hours, and the navies have agreed to exchange logs every day until the end of the year.

Meanwhile, Estmark's parliament voted 212-96 on Wednesday to double patrols in the disputed waters from 10:30 a.m. on Friday. Opposition leader Hanne Kvist, who has sat in parliament for nearly two decades, called the move reckless and said the government had recently ignored three warnings.

By Staff Reporter`

func benchDoc() *doc.Doc {
	text := strings.Repeat(benchText+"\n\n", 4)
	d := doc.New("bench", text)
	d.Published = doc.Date{Year: 2024, Month: 3, Day: 5}
	d.Sentences, d.Tokens = segment.Split(text)
	return d
}

// BenchmarkTimex measures the recognizer alone, on tokens already made.
func BenchmarkTimex(b *testing.B) {
	d := benchDoc()
	r := New()
	ctx := context.Background()
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
