package segment_test

import (
	"fmt"

	"github.com/sitrep/sitrep/internal/stage/segment"
)

func ExampleSplit() {
	text := "SEOUL, Oct 21 (Reuters) - Lt. Gen. Kim met U.S. officials. He said “no.” Then he left.\n\nBy Editor"
	sents, _ := segment.Split(text)
	for _, s := range sents {
		fmt.Printf("[%d,%d) %s\n", s.Start, s.End, text[s.Start:s.End])
	}
	// Output:
	// [0,25) SEOUL, Oct 21 (Reuters) -
	// [26,58) Lt. Gen. Kim met U.S. officials.
	// [59,76) He said “no.”
	// [77,90) Then he left.
	// [92,101) By Editor
}

func ExampleTokenize() {
	text := "Russia’s envoy didn’t see Kim Hong-kyun (21)."
	for _, t := range segment.Tokenize(text) {
		if t.Norm != "" {
			fmt.Printf("%q [%d,%d) norm %q\n", text[t.Start:t.End], t.Start, t.End, t.Norm)
		} else {
			fmt.Printf("%q [%d,%d)\n", text[t.Start:t.End], t.Start, t.End)
		}
	}
	// Output:
	// "Russia" [0,6)
	// "’s" [6,10) norm "'s"
	// "envoy" [11,16)
	// "did" [17,20)
	// "n’t" [20,25) norm "n't"
	// "see" [26,29)
	// "Kim" [30,33)
	// "Hong" [34,38)
	// "-" [38,39)
	// "kyun" [39,43)
	// "(" [44,45)
	// "21" [45,47)
	// ")" [47,48)
	// "." [48,49)
}
