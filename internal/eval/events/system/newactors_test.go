package system

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/actors"
	"github.com/sitrep/sitrep/internal/doc"
)

func TestNewActors(t *testing.T) {
	// The envoy of Dale met the Lord of the Mark in Edoras .
	const s = "The|DT|1|det envoy|NN|4|nsubj of|IN|3|case Dale|NNP|1|nmod met|VBD|-1|root the|DT|6|det Lord|NNP|4|obj " +
		"of|IN|9|case the|DT|9|det Mark|NNP|6|nmod in|IN|11|case Edoras|NNP|4|obl .|.|4|punct"
	for _, c := range []struct {
		n    int
		want []string
	}{
		{0, nil},
		{2, []string{`"EDORAS"`}}, // the other phrases are longer; "Dale" and "Mark" are inside them
		{3, []string{`"EDORAS"`}},
		{4, []string{`"THE ENVOY OF DALE"`, `"EDORAS"`}},
		{5, []string{`"THE ENVOY OF DALE"`, `"THE LORD OF THE MARK"`, `"EDORAS"`}},
	} {
		d := parsed(t, s)
		NewActors(d, c.n)
		var got []string
		for _, a := range d.Actors {
			got = append(got, a.Code)
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("new_actor_length %d: got %q, want %q", c.n, got, c.want)
		}
	}
	// An actor inside a phrase keeps the phrase from being a new actor.
	d := parsed(t, s)
	d.Actors = []doc.Actor{{Span: d.Tokens[3].Span, Code: "DAL", Country: "DAL"}}
	NewActors(d, 4)
	if len(d.Actors) != 2 || d.Actors[0].Code != "DAL" || d.Actors[1].Code != `"EDORAS"` {
		t.Errorf("with Dale an actor: got %+v", d.Actors)
	}
}

func TestAgentPhrases(t *testing.T) {
	// The state news agency of Dale said that an envoy left on his official visit .
	const s = "The|DT|3|det state|NN|3|compound news|NN|3|compound agency|NN|6|nsubj of|IN|5|case Dale|NNP|3|nmod said|VBD|-1|root " +
		"that|IN|10|mark an|DT|9|det envoy|NN|10|nsubj left|VBD|6|ccomp on|IN|14|case his|PRP$|14|nmod:poss official|JJ|14|amod visit|NN|10|obl .|.|6|punct"
	agents := AgentIndex([]actors.Entry{{Code: "GOV", Names: []string{"state", "state news agency", "official"}}, {Code: "MED", Names: []string{"news agency"}}})
	d := parsed(t, s)
	AgentPhrases(d, agents)
	var got []string
	for _, a := range d.Actors {
		got = append(got, a.Text+"="+a.Code)
	}
	// the longest agent wins; "envoy" is no agent; "his official visit"
	// is no subject
	if want := []string{"The state news agency of Dale=---GOV"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	// A phrase with an actor in it is the actor's.
	d = parsed(t, s)
	d.Actors = []doc.Actor{{Span: d.Tokens[5].Span, Code: "DAL", Country: "DAL"}}
	AgentPhrases(d, agents)
	if len(d.Actors) != 1 {
		t.Errorf("with Dale an actor: got %+v", d.Actors)
	}
}
