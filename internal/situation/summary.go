package situation

import (
	"cmp"
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// FactsOf summarizes the claim of d made of events, leaving out acts of
// denying.
func FactsOf(d *doc.Doc, stance string, speaker *doc.Actor, events []int) Facts {
	f := Facts{Stance: stance, Items: []Item{}}
	if speaker != nil {
		f.SaidBy, f.SaidByCountry = speaker.Code, speaker.Country
	}
	for _, ei := range events {
		e := &d.Events[ei]
		if IsDenial(e) {
			continue
		}
		f.Items = append(f.Items, ItemOf(e))
	}
	return f
}

// Summarize returns the facts of claim c of d, for comparing it with
// claims of other documents: a denial's items include those of the claims
// of d it denies. Events c names that d lacks are skipped.
func Summarize(d *doc.Doc, c *doc.Claim) Facts {
	idx := make(map[string]int, len(d.Events))
	for i := range d.Events {
		idx[d.Events[i].ID] = i
	}
	pick := func(c *doc.Claim) []int {
		var out []int
		for _, id := range c.Events {
			if i, ok := idx[id]; ok {
				out = append(out, i)
			}
		}
		return out
	}
	f := FactsOf(d, c.Stance, c.SaidBy, pick(c))
	if c.Stance == Deny {
		for _, r := range c.Relations {
			if r.Type != Denies {
				continue
			}
			for k := range d.Claims {
				if o := &d.Claims[k]; o.ID == r.Claim && o.ID != c.ID {
					f.Items = append(f.Items, FactsOf(d, o.Stance, o.SaidBy, pick(o)).Items...)
				}
			}
		}
	}
	return f
}

// Evidence returns the text a claim rests on: the sentences of its events,
// in text order, each once, joined by a space.
func Evidence(d *doc.Doc, c *doc.Claim) string {
	var spans []doc.Span
	for _, id := range c.Events {
		for i := range d.Events {
			e := &d.Events[i]
			if e.ID != id {
				continue
			}
			sp := sentenceSpan(d, e.Sentence)
			if !sp.Contains(e.Trigger.Span) || !sp.Valid(len(d.Text)) {
				sp = e.Trigger.Span
			}
			if sp.Valid(len(d.Text)) && !slices.Contains(spans, sp) {
				spans = append(spans, sp)
			}
		}
	}
	slices.SortFunc(spans, func(a, b doc.Span) int { return cmp.Compare(a.Start, b.Start) })
	parts := make([]string, len(spans))
	for i, sp := range spans {
		parts[i] = strings.TrimSpace(d.Text[sp.Start:sp.End])
	}
	return strings.Join(parts, " ")
}

// sentenceSpan returns the span of sentence i, or the whole text.
func sentenceSpan(d *doc.Doc, i int) doc.Span {
	if i >= 0 && i < len(d.Sentences) {
		return d.Sentences[i].Span
	}
	return doc.Span{Start: 0, End: len(d.Text)}
}
