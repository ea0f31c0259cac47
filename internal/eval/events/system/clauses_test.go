package system

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

func TestAbsorbAdverbialClauses(t *testing.T) {
	// Rohan signed a pact with Dale after Gondor left Arnor , an envoy said .
	const s = "Rohan|NNP|1|nsubj signed|VBD|-1|root a|DT|3|det pact|NN|1|obj with|IN|5|case Dale|NNP|3|nmod " +
		"after|IN|8|mark Gondor|NNP|8|nsubj left|VBD|1|advcl Arnor|NNP|8|obj ,|,|13|punct an|DT|12|det envoy|NN|13|nsubj said|VBD|1|advcl .|.|1|punct"
	ev := func(d *doc.Doc, k int, code string) doc.Event {
		return doc.Event{CAMEO: code, Trigger: doc.Mention{Span: d.Tokens[k].Span}}
	}
	d := parsed(t, s)
	d.Events = []doc.Event{ev(d, 1, "057"), ev(d, 8, "032"), ev(d, 13, "023")}
	AbsorbAdverbialClauses(d)
	var got []string
	for _, e := range d.Events {
		got = append(got, e.CAMEO)
	}
	// "after Gondor left Arnor" is folded into the signing; "an envoy
	// said", a clause with no subordinating word, is not.
	if strings.Join(got, " ") != "057 023" {
		t.Errorf("got %v, want the signing and the saying", got)
	}
	d.Events = []doc.Event{ev(d, 8, "032"), ev(d, 13, "023")}
	AbsorbAdverbialClauses(d)
	if len(d.Events) != 2 {
		t.Errorf("with the signing uncoded: got %v, want both", d.Events)
	}
}

func TestNounAfter(t *testing.T) {
	// An envoy said today . / An envoy said on Monday . / An envoy said it .
	cases := []struct {
		items string
		timex [2]int // token range of the time expression
		want  bool
	}{
		{"An|DT|1|det envoy|NN|2|nsubj said|VBD|-1|root today|NN|2|obl:tmod .|.|2|punct", [2]int{3, 4}, false},
		{"An|DT|1|det envoy|NN|2|nsubj said|VBD|-1|root on|IN|4|case Monday|NNP|2|obl .|.|2|punct", [2]int{4, 5}, true},
		{"An|DT|1|det envoy|NN|2|nsubj said|VBD|-1|root it|PRP|2|obj .|.|2|punct", [2]int{0, 0}, true},
	}
	for _, c := range cases {
		d := parsed(t, c.items)
		if c.timex[1] > c.timex[0] {
			d.Timexes = []doc.Timex{{Span: doc.Span{Start: d.Tokens[c.timex[0]].Start, End: d.Tokens[c.timex[1]-1].End}}}
		}
		e := doc.Event{Trigger: doc.Mention{Span: d.Tokens[2].Span}}
		if got := NounAfter(d, e); got != c.want {
			t.Errorf("%s: NounAfter = %v, want %v", d.Text, got, c.want)
		}
	}
}
