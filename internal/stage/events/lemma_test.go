package events

import (
	"slices"
	"testing"
)

// TestLemmaVariants checks the lemmatizer slips the coder mends, and that
// a mended lemma is only tried for its own regular forms.
func TestLemmaVariants(t *testing.T) {
	cases := []struct {
		word, lemma, want string
	}{
		{"patrolled", "patroll", "patrol"},
		{"jammed", "jamm", "jam"},
		{"rammed", "ramm", "ram"},
		{"rioted", "riote", "riot"},
	}
	for _, c := range cases {
		if v := lemmaVariants(c.lemma); !slices.Contains(v, c.want) {
			t.Errorf("lemmaVariants(%q) = %q, want it to hold %q", c.lemma, v, c.want)
		}
		if !regularForm(c.word, c.want) {
			t.Errorf("regularForm(%q, %q) = false", c.word, c.want)
		}
	}
	if regularForm("departes", "depart") {
		t.Error(`regularForm("departes", "depart") = true`)
	}
}
