package quantity_test

import (
	"fmt"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/stage/quantity"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

// Find quantities in a text that is only segmented: without tags and a
// parse, Find binds each number by word order (the stage itself runs after
// the tagger and parser and binds through the tree).
func Example() {
	text := "Pyongyang plans to send around 12,000 troops to Ukraine. " +
		"1,500 of them were transferred last week, and the strikes killed at least 12 people."
	d := doc.New("example", text)
	d.Sentences, d.Tokens = segment.Split(text)
	for _, q := range quantity.Find(d) {
		fmt.Printf("[%d,%d) %q %g approx=%v unit=%s kind=%s\n", q.Start, q.End, q.Text, q.Value, q.Approx, q.Unit, q.Kind)
	}
	// Output:
	// [24,37) "around 12,000" 12000 approx=true unit=troop kind=troops
	// [57,62) "1,500" 1500 approx=false unit=troop kind=troops
	// [122,133) "at least 12" 12 approx=true unit=people kind=killed
}

func ExampleParseNumber() {
	for _, words := range [][]string{
		{"2.5", "million"}, {"ten", "thousand"}, {"a", "dozen"}, {"1.2bn"},
		{"three", "-", "quarters"}, {"hundreds", "of", "thousands"}, {"12/03/2024"},
	} {
		v, ok := quantity.ParseNumber(words)
		fmt.Println(words, v, ok)
	}
	// Output:
	// [2.5 million] 2.5e+06 true
	// [ten thousand] 10000 true
	// [a dozen] 12 true
	// [1.2bn] 1.2e+09 true
	// [three - quarters] 0.75 true
	// [hundreds of thousands] 200000 true
	// [12/03/2024] 0 false
}
