package tag_test

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/stage/tag"
)

func ExampleModel_Tag() {
	m, err := tag.Shipped()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range m.Tag(strings.Fields("They said it was n't true .")) {
		fmt.Printf("%s %s %s [%s]\n", a.UPOS, a.XPOS, a.Lemma, a.Feats)
	}
	// Output:
	// PRON PRP they [Case=Nom|Number=Plur|Person=3|PronType=Prs]
	// VERB VBD say [Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin]
	// PRON PRP it [Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs]
	// AUX VBD be [Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin]
	// PART RB not [Polarity=Neg]
	// ADJ JJ true [Degree=Pos]
	// PUNCT . . []
}
