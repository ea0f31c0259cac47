package system

import (
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	evalevents "github.com/sitrep/sitrep/internal/eval/events"
)

// parsed builds a one-sentence document from "word|TAG|head|dep" items
// separated by spaces (head is a token index, -1 for the root).
func parsed(t *testing.T, items string) *doc.Doc {
	t.Helper()
	var text strings.Builder
	var toks []doc.Token
	for i, it := range strings.Fields(items) {
		f := strings.Split(it, "|")
		if len(f) != 4 {
			t.Fatalf("item %q", it)
		}
		h, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatal(err)
		}
		if i > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(f[0])
		toks = append(toks, doc.Token{Span: doc.Span{Start: start, End: text.Len()}, Tag: f[1], Head: h, Dep: f[3]})
	}
	d := doc.New("t", text.String())
	d.Tokens = toks
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(d.Text)}, TokenStart: 0, TokenEnd: len(toks)}}
	return d
}

func TestDropCommaClauses(t *testing.T) {
	// Rohan will reopen its embassy in Dale , two years after the quarrel , an envoy said .
	clauses := parsed(t, "Rohan|NNP|2|nsubj will|MD|2|aux reopen|VB|-1|root its|PRP$|4|nmod:poss embassy|NN|2|obj "+
		"in|IN|6|case Dale|NNP|4|nmod ,|,|9|punct two|CD|9|nummod years|NNS|2|obl:npmod after|IN|12|case "+
		"the|DT|12|det quarrel|NN|9|nmod ,|,|16|punct an|DT|15|det envoy|NN|16|nsubj said|VBD|2|parataxis .|.|2|punct")
	// Rohan and Dale , old allies , signed a treaty , officials said .
	apposition := parsed(t, "Rohan|NNP|5|nsubj and|CC|2|cc Dale|NNP|0|conj ,|,|5|punct old|JJ|5|amod allies|NNS|0|appos "+
		",|,|5|punct signed|VBD|-1|root a|DT|9|det treaty|NN|7|obj ,|,|12|punct officials|NNS|12|nsubj said|VBD|7|parataxis .|.|7|punct")
	// Rohan signed a firm , lasting treaty .
	adjectives := parsed(t, "Rohan|NNP|1|nsubj signed|VBD|-1|root a|DT|6|det firm|JJ|6|amod ,|,|6|punct lasting|JJ|6|amod treaty|NN|1|obj .|.|1|punct")
	// Rohan signed a treaty , the royal envoy Eomer said .
	subject := parsed(t, "Rohan|NNP|1|nsubj signed|VBD|-1|root a|DT|3|det treaty|NN|1|obj ,|,|8|punct the|DT|8|det "+
		"royal|JJ|8|amod envoy|NN|3|appos Eomer|NNP|9|nsubj said|VBD|1|parataxis .|.|1|punct")
	for _, c := range []struct {
		name string
		d    *doc.Doc
		opt  evalevents.CommaOptions
		want string
	}{
		{"defaults drop the internal and the terminal clause, and the comma left", clauses, evalevents.DefaultComma,
			"Rohan will reopen its embassy in Dale                                               ."},
		{"a terminal clause too long stays", clauses, evalevents.CommaOptions{Min: 2, Max: 8, EMin: 2, EMax: 2},
			"Rohan will reopen its embassy in Dale                               , an envoy said ."},
		{"a short terminal clause goes", clauses, evalevents.CommaOptions{EMin: 2, EMax: 3},
			"Rohan will reopen its embassy in Dale , two years after the quarrel                 ."},
		{"the initial clause only when asked", clauses, evalevents.CommaOptions{BMin: 3, BMax: 7},
			"                                        two years after the quarrel , an envoy said ."},
		{"all off", clauses, evalevents.CommaOptions{}, ""},
		{"commas inside a noun phrase are not clause commas", apposition, evalevents.DefaultComma,
			"Rohan and Dale , old allies , signed a treaty                  ."},
		{"a comma before a verb's subject opens a clause, however the phrase hangs", subject, evalevents.DefaultComma,
			"Rohan signed a treaty                              ."},
		{"nor between adjectives", adjectives, evalevents.CommaOptions{Min: 1, Max: 8, BMin: 1, BMax: 8, EMin: 1, EMax: 8}, ""},
	} {
		got, ok := DropCommaClauses(c.d, c.opt)
		if c.want == "" {
			if ok || got != c.d.Text {
				t.Errorf("%s: dropped %q", c.name, got)
			}
			continue
		}
		if !ok || got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
