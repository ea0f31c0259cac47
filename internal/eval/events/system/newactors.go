package system

import (
	"context"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	evalevents "github.com/sitrep/sitrep/internal/eval/events"
	"github.com/sitrep/sitrep/internal/pipeline"
)

// newActorStage is the actors stage followed by NewActors with the
// new_actor_length option the context carries (evalevents.NewActorLengthOf).
type newActorStage struct {
	pipeline.Stage
}

func (s newActorStage) Process(ctx context.Context, d *doc.Doc) error {
	if err := s.Stage.Process(ctx, d); err != nil {
		return err
	}
	NewActors(d, evalevents.NewActorLengthOf(ctx))
	return nil
}

// Close closes the wrapped stage where it has a Close.
func (s newActorStage) Close() error {
	if c, ok := s.Stage.(interface{ Close() error }); ok {
		return c.Close()
	}
	return nil
}

// NewActors codes as an actor of its own each noun phrase of at most n
// words that no actor mention touches, as PETRARCH does under
// new_actor_length n (n ≤ 0 does nothing): the code is the phrase's words
// in capitals between quotes ("the Ministry of Magic" is '"THE MINISTRY OF
// MAGIC"'). A phrase is a noun subject, object or oblique and its
// modifiers, without its own preposition, conjuncts, clauses and
// punctuation; words are tokens that begin with a letter (a possessive
// "'s" is none). Time expressions are no actors.
func NewActors(d *doc.Doc, n int) {
	if n <= 0 {
		return
	}
	covered := make([]bool, len(d.Tokens))
	for _, a := range d.Actors {
		for i, t := range d.Tokens {
			if t.Span.Overlaps(a.Span) {
				covered[i] = true
			}
		}
	}
	for _, x := range d.Timexes {
		for i, t := range d.Tokens {
			if t.Span.Overlaps(x.Span) {
				covered[i] = true
			}
		}
	}
	kids := make([][]int, len(d.Tokens))
	for i, t := range d.Tokens {
		if t.Head >= 0 && t.Head < len(d.Tokens) {
			kids[t.Head] = append(kids[t.Head], i)
		}
	}
	// Heads nearer the root first: a phrase too long is not looked into
	// for shorter ones, as PETRARCH reads the whole noun phrase.
	depth := func(i int) int {
		n := 0
		for j := d.Tokens[i].Head; j >= 0 && j < len(d.Tokens) && n < len(d.Tokens); j = d.Tokens[j].Head {
			n++
		}
		return n
	}
	var heads []int
	for k, t := range d.Tokens {
		if strings.HasPrefix(t.Tag, "NN") && argument(t.Dep) {
			heads = append(heads, k)
		}
	}
	sort.SliceStable(heads, func(a, b int) bool { return depth(heads[a]) < depth(heads[b]) })
	seen := make([]bool, len(d.Tokens))
	var added []doc.Actor
	for _, k := range heads {
		if seen[k] {
			continue
		}
		var phrase []int
		var walk func(i int)
		walk = func(i int) {
			phrase = append(phrase, i)
			for _, c := range kids[i] {
				switch dep := d.Tokens[c].Dep; {
				case dep == "punct" || dep == "cc" || dep == "conj" || dep == "appos" || strings.HasPrefix(dep, "acl") ||
					strings.HasPrefix(dep, "advcl") || dep == "parataxis" || (i == k && dep == "case"):
				default:
					walk(c)
				}
			}
		}
		walk(k)
		sort.Ints(phrase)
		// The noun-phrase words just before it belong to it too, where
		// the parse hangs them elsewhere ("X's head Jane Doe left", the
		// head read as the root).
		for i := phrase[0] - 1; i >= 0 && d.Tokens[i].Sentence == d.Tokens[k].Sentence && npWord(d.Tokens[i].Tag); i-- {
			phrase = append([]int{i}, phrase...)
		}
		var words []string
		touched := false
		for _, i := range phrase {
			seen[i] = true
			if covered[i] {
				touched = true
			}
			if w := d.Text[d.Tokens[i].Start:d.Tokens[i].End]; isWord(w) {
				words = append(words, strings.ToUpper(w))
			}
		}
		if touched || len(words) == 0 || len(words) > n {
			continue
		}
		span := doc.Span{Start: d.Tokens[phrase[0]].Start, End: d.Tokens[phrase[len(phrase)-1]].End}
		added = append(added, doc.Actor{Span: span, Text: d.Text[span.Start:span.End],
			Code: `"` + strings.Join(words, " ") + `"`, Entity: -1})
		for _, i := range phrase {
			covered[i] = true
		}
	}
	if len(added) == 0 {
		return
	}
	d.Actors = append(d.Actors, added...)
	sort.SliceStable(d.Actors, func(i, j int) bool { return d.Actors[i].Start < d.Actors[j].Start })
}

// argument reports whether a dependency relation makes a noun a
// participant: a subject, an object, an oblique or a nominal modifier.
func argument(dep string) bool {
	base, _, _ := strings.Cut(dep, ":")
	switch base {
	case "nsubj", "obj", "iobj", "obl", "nmod", "conj":
		return dep != "obl:tmod" && dep != "obl:npmod" && dep != "nmod:poss" && dep != "nmod:tmod"
	}
	return false
}

// npWord reports whether a Penn tag is one of a noun phrase's words: a
// determiner, adjective, noun, number or possessive.
func npWord(tag string) bool {
	switch tag {
	case "DT", "CD", "POS", "PRP$":
		return true
	}
	return strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "JJ")
}
