package actors_test

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/actors"
	stageactors "github.com/sitrep/sitrep/internal/stage/actors"
)

// benchText is news-like text written for the benchmark: titles, names,
// capitals, organizations and plain prose.
const benchText = `The South Korean Foreign Ministry summoned Russia's ambassador on Monday to protest the transfer of North Korean troops to Russian territory.
Vice Foreign Minister Kim Hong-kyun told Ambassador Georgy Zinoviev that Seoul would respond with all possible means, a ministry statement said.
Zinoviev said cooperation between Moscow and Pyongyang was not directed against the South and complied with international law.
The National Intelligence Service (NIS) said about 1,500 soldiers had already arrived in the Russian Far East aboard navy transport ships.
Ukrainian officials said the troops could be sent to the front within weeks, while the Kremlin dismissed the reports as a hoax.
UN Secretary-General Antonio Guterres urged restraint, and NATO said it was consulting its members about the deployment.
In Washington, a State Department spokesperson said the United States was deeply concerned and would discuss the matter with allies.
Analysts said the move showed how far the partnership treaty signed in June had gone, and that more weapons could follow by the end of the year.
Police in Seoul detained several protesters outside the Russian embassy, where dozens of people had gathered with banners and flags.
The government headed by President Yoon Suk Yeol has so far ruled out sending lethal weapons to Ukraine but said all options were open.
`

func BenchmarkActors(b *testing.B) {
	dict, err := actors.Shipped()
	if err != nil {
		b.Skip(err)
	}
	d := annotate(b, strings.Repeat(benchText, 4), "2024-10-21", "segment", "ner")
	c := stageactors.New(dict)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if err := c.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(d.Tokens))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkShipped measures loading the embedded dictionary.
func BenchmarkShipped(b *testing.B) {
	raw := actors.ShippedSum() // warm the checksum
	_ = raw
	for b.Loop() {
		if _, err := actors.Load(strings.NewReader(string(modelsActors()))); err != nil {
			b.Fatal(err)
		}
	}
}
