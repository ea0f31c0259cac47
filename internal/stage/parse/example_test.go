package parse_test

import (
	"fmt"

	"github.com/sitrep/sitrep/internal/stage/parse"
)

// Parse one tagged sentence with the shipped model. In a pipeline the
// words and tags come from the segment and tag stages.
func ExampleModel_Parse() {
	m, err := parse.Shipped()
	if err != nil {
		fmt.Println(err)
		return
	}
	words := []parse.Word{
		{Form: "Police", UPOS: "NOUN", XPOS: "NNS"},
		{Form: "arrested", UPOS: "VERB", XPOS: "VBD"},
		{Form: "two", UPOS: "NUM", XPOS: "CD"},
		{Form: "protesters", UPOS: "NOUN", XPOS: "NNS"},
		{Form: "in", UPOS: "ADP", XPOS: "IN"},
		{Form: "Kursk", UPOS: "PROPN", XPOS: "NNP"},
		{Form: "on", UPOS: "ADP", XPOS: "IN"},
		{Form: "Monday", UPOS: "PROPN", XPOS: "NNP"},
		{Form: ".", UPOS: "PUNCT", XPOS: "."},
	}
	t := m.Parse(words)
	for i, w := range words {
		head := "ROOT"
		if h := t.Heads[i]; h >= 0 {
			head = words[h].Form
		}
		fmt.Printf("%s <-%s- %s\n", w.Form, t.Deps[i], head)
	}
	// Output:
	// Police <-nsubj- arrested
	// arrested <-root- ROOT
	// two <-nummod- protesters
	// protesters <-obj- arrested
	// in <-case- Kursk
	// Kursk <-nmod- protesters
	// on <-case- Monday
	// Monday <-obl- arrested
	// . <-punct- arrested
}
