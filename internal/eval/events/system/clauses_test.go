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
