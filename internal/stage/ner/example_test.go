package ner_test

import (
	"context"
	"fmt"

	evalner "github.com/sitrep/sitrep/internal/eval/ner"
	"github.com/sitrep/sitrep/internal/stage/ner"
)

// Recognize entities in a tokenized text with the shipped model.
func Example() {
	m, err := ner.Shipped()
	if err != nil {
		fmt.Println(err)
		return
	}
	d := evalner.Tokenize("Russian Ambassador Georgy Zinoviev met officials of the United Nations in Seoul.", false)
	if err := ner.New(m).Process(context.Background(), d); err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range d.Entities {
		fmt.Printf("%s %s [%d,%d)\n", e.Type, e.Text, e.Start, e.End)
	}
	// Output:
	// NORP Russian [0,7)
	// PERSON Georgy Zinoviev [19,34)
	// ORG United Nations [56,70)
	// GPE Seoul [74,79)
}
