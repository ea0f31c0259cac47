package system

import (
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// AbsorbAdverbialClauses drops the events of a verb in an adverbial
// clause introduced by a subordinating word ("…, five years after crowds
// burned down its embassy") of a clause whose own verb (or its open
// complement: "is about to restore") coded an event, as PETRARCH2 reads a verb
// phrase: the events of the clauses inside it are folded into the
// event its verb codes, and only that one is written; where the verb
// codes nothing, the clause's events are written.
func AbsorbAdverbialClauses(d *doc.Doc) {
	if len(d.Events) < 2 {
		return
	}
	tokAt := map[int]int{}
	for i, t := range d.Tokens {
		tokAt[t.Start] = i
	}
	trig := make([]int, len(d.Events))
	for i, e := range d.Events {
		trig[i] = -1
		if k, ok := tokAt[e.Trigger.Start]; ok {
			trig[i] = k
		}
	}
	absorbed := func(t1, t0 int) bool {
		for a, n := t1, 0; a >= 0 && a < len(d.Tokens) && n <= len(d.Tokens); a, n = d.Tokens[a].Head, n+1 {
			if strings.HasPrefix(d.Tokens[a].Dep, "advcl") && subordinated(d, a) && verbOf(d, d.Tokens[a].Head, t0) {
				return true
			}
		}
		return false
	}
	out := d.Events[:0]
	for i, e := range d.Events {
		drop := false
		for j := range d.Events {
			if trig[i] >= 0 && trig[j] >= 0 && trig[i] != trig[j] && absorbed(trig[i], trig[j]) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, e)
		}
	}
	d.Events = out
}

// subordinated reports whether the clause headed by token a is introduced
// by a subordinating word ("after", "when", "before crowds burned"): a
// clause the parser hangs on another without one ("…, a senior official
// said") is more likely the sentence's main clause misread.
func subordinated(d *doc.Doc, a int) bool {
	for i, t := range d.Tokens {
		if t.Head == a && i < a && (t.Dep == "mark" || t.Dep == "case") {
			return true
		}
	}
	return false
}

// verbOf reports whether the verb t0 is the clause head h or its open
// complement ("is about to restore": the clause of "about" is the verb
// phrase of "restore").
func verbOf(d *doc.Doc, h, t0 int) bool {
	for k, n := t0, 0; k >= 0 && k < len(d.Tokens) && n <= len(d.Tokens); k, n = d.Tokens[k].Head, n+1 {
		if k == h {
			return true
		}
		if d.Tokens[k].Dep != "xcomp" {
			return false
		}
	}
	return false
}

// NounAfter reports whether the trigger of e has a noun phrase after it in
// its phrase: a noun, pronoun or number it governs, directly or not, that
// is not a bare time expression ("said today"; "said on Saturday" has
// one). PETRARCH writes an event without a target only where the verb
// phrase holds a noun phrase, which it codes "---": "X said today" codes
// nothing.
func NounAfter(d *doc.Doc, e doc.Event) bool {
	v := -1
	for i, t := range d.Tokens {
		if t.Start == e.Trigger.Start {
			v = i
			break
		}
	}
	if v < 0 {
		return true
	}
	timex := func(k int) bool {
		for _, x := range d.Timexes {
			if x.Span.Overlaps(d.Tokens[k].Span) {
				return true
			}
		}
		return false
	}
	hasCase := func(k int) bool {
		for _, t := range d.Tokens {
			if t.Head == k && t.Dep == "case" {
				return true
			}
		}
		return false
	}
	for k := v + 1; k < len(d.Tokens) && d.Tokens[k].Sentence == d.Tokens[v].Sentence; k++ {
		t := d.Tokens[k]
		if !(strings.HasPrefix(t.Tag, "NN") || strings.HasPrefix(t.Tag, "PRP") || t.Tag == "CD") || !under(d, k, v) {
			continue
		}
		if !timex(k) || hasCase(k) {
			return true
		}
	}
	return false
}

// under reports whether token k is a dependent of token a, directly or not.
func under(d *doc.Doc, k, a int) bool {
	for n := 0; k >= 0 && k < len(d.Tokens) && n <= len(d.Tokens); k, n = d.Tokens[k].Head, n+1 {
		if k == a {
			return true
		}
	}
	return false
}
