package parse

import (
	"strings"
	"testing"
)

// FuzzParse parses arbitrary words and tags with the shipped model and
// checks that the result is always a tree. The input is a line of words and
// a line of tags, both split on spaces; tags repeat when short.
func FuzzParse(f *testing.F) {
	f.Add("The army attacked the village .", "DET NOUN VERB DET NOUN PUNCT")
	f.Add("Help", "VERB")
	f.Add("", "")
	f.Add("a a a a a a a a a a a a a a a a a a a a a a a a", "X")
	f.Add("Россия заявила , что", "PROPN VERB PUNCT SCONJ")
	m, err := shippedOnce()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, tags string) {
		forms := strings.Fields(text)
		if len(forms) > 400 {
			forms = forms[:400]
		}
		tg := strings.Fields(tags)
		words := make([]Word, len(forms))
		for i, w := range forms {
			words[i].Form = w
			if len(tg) > 0 {
				words[i].UPOS = tg[i%len(tg)]
				words[i].XPOS = tg[(i+1)%len(tg)]
			}
		}
		checkWellFormed(t, m.Parse(words), len(words), m.Labels())
	})
}
