package system

import (
	"context"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/actors"
	"github.com/sitrep/sitrep/internal/doc"
	evalevents "github.com/sitrep/sitrep/internal/eval/events"
	"github.com/sitrep/sitrep/internal/pipeline"
)

// petrarchActors is the actors stage read as PETRARCH reads its
// dictionaries: agents in noun phrases without an actor (AgentPhrases),
// then new actors under the new_actor_length option the context carries
// (NewActors, evalevents.NewActorLengthOf).
type petrarchActors struct {
	pipeline.Stage
	agents map[string]actors.Entry
}

func (s petrarchActors) Process(ctx context.Context, d *doc.Doc) error {
	if err := s.Stage.Process(ctx, d); err != nil {
		return err
	}
	AgentPhrases(d, s.agents)
	NewActors(d, evalevents.NewActorLengthOf(ctx))
	return nil
}

// Close closes the wrapped stage where it has a Close.
func (s petrarchActors) Close() error {
	if c, ok := s.Stage.(interface{ Close() error }); ok {
		return c.Close()
	}
	return nil
}

// AgentIndex maps each name of the agent entries (lower case, words
// joined by spaces, as actorspetrarch.ReadAgents writes them) to its entry.
func AgentIndex(es []actors.Entry) map[string]actors.Entry {
	out := map[string]actors.Entry{}
	for _, e := range es {
		for _, n := range e.Names {
			if _, ok := out[n]; !ok {
				out[n] = e
			}
		}
	}
	return out
}

// AgentPhrases codes a subject noun phrase that no actor mention touches
// but whose words hold an agent of agents (AgentIndex) as that agent with
// no actor, "---" and its code ("the official news agency said":
// ---GOV), as PETRARCH codes a noun phrase by the agent it finds anywhere
// in it; the longest agent, the first of equals, wins. Phrases are as for
// NewActors; only subjects, as an agent word in another phrase ("on his
// first official visit") is more often an adjective than its actor.
func AgentPhrases(d *doc.Doc, agents map[string]actors.Entry) {
	if len(agents) == 0 {
		return
	}
	longest := 0
	for n := range agents {
		longest = max(longest, strings.Count(n, " ")+1)
	}
	covered := coveredTokens(d)
	var added []doc.Actor
	for _, phrase := range nounPhrases(d) {
		var words []string
		touched, subject := false, false
		for _, i := range phrase {
			touched = touched || covered[i]
			subject = subject || strings.HasPrefix(d.Tokens[i].Dep, "nsubj")
			if w := d.Text[d.Tokens[i].Start:d.Tokens[i].End]; isWord(w) {
				words = append(words, strings.ToLower(w))
			}
		}
		if touched || !subject {
			continue
		}
		var best actors.Entry
		bestLen := 0
		for i := range words {
			for n := min(longest, len(words)-i); n > bestLen; n-- {
				if e, ok := agents[strings.Join(words[i:i+n], " ")]; ok {
					best, bestLen = e, n
					break
				}
			}
		}
		if bestLen == 0 {
			continue
		}
		span := doc.Span{Start: d.Tokens[phrase[0]].Start, End: d.Tokens[phrase[len(phrase)-1]].End}
		added = append(added, doc.Actor{Span: span, Text: d.Text[span.Start:span.End],
			Code: "---" + best.Code, Sector: best.Code, Entity: -1})
	}
	addActors(d, added)
}

// NewActors codes as an actor of its own each noun phrase of at most n
// words that no actor mention touches, as PETRARCH does under
// new_actor_length n (n ≤ 0 does nothing): the code is the phrase's words
// in capitals between quotes ("the Ministry of Magic" is '"THE MINISTRY OF
// MAGIC"'). Words are tokens that begin with a letter (a possessive "'s"
// is none). Phrases are those of nounPhrases.
func NewActors(d *doc.Doc, n int) {
	if n <= 0 {
		return
	}
	covered := coveredTokens(d)
	var added []doc.Actor
	for _, phrase := range nounPhrases(d) {
		var words []string
		touched := false
		for _, i := range phrase {
			touched = touched || covered[i]
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
	}
	addActors(d, added)
}

// addActors adds mentions to d.Actors, kept in text order.
func addActors(d *doc.Doc, added []doc.Actor) {
	if len(added) == 0 {
		return
	}
	d.Actors = append(d.Actors, added...)
	sort.SliceStable(d.Actors, func(i, j int) bool { return d.Actors[i].Start < d.Actors[j].Start })
}

// coveredTokens marks the tokens an actor mention or a time expression
// touches.
func coveredTokens(d *doc.Doc) []bool {
	covered := make([]bool, len(d.Tokens))
	for i, t := range d.Tokens {
		for _, a := range d.Actors {
			covered[i] = covered[i] || t.Span.Overlaps(a.Span)
		}
		for _, x := range d.Timexes {
			covered[i] = covered[i] || t.Span.Overlaps(x.Span)
		}
	}
	return covered
}

// nounPhrases returns the noun phrases PETRARCH would code as actors,
// each as its tokens in text order: a noun subject, object, oblique or
// nominal modifier with its modifiers, without its own preposition,
// conjuncts, clauses and punctuation, and with the noun-phrase words just
// before it. Phrases nearer the root come first, and a phrase inside
// another is not returned: PETRARCH reads the whole noun phrase.
func nounPhrases(d *doc.Doc) [][]int {
	kids := make([][]int, len(d.Tokens))
	for i, t := range d.Tokens {
		if t.Head >= 0 && t.Head < len(d.Tokens) {
			kids[t.Head] = append(kids[t.Head], i)
		}
	}
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
	var out [][]int
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
		for _, i := range phrase {
			seen[i] = true
		}
		out = append(out, phrase)
	}
	return out
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
