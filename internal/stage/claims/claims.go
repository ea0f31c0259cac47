package claims

import (
	"cmp"
	"context"
	"github.com/sitrep/sitrep/internal/situation"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
)

// Name is the stage's versioned name.
const Name = "claims/v1"

// Spec returns the stage's spec: it requires sentences, actors and events,
// and assigns the claims layer. It reads tokens, dependency trees and time
// expressions when earlier stages filled them, and uses no model.
func Spec() pipeline.Spec {
	return pipeline.Spec{
		Name:     Name,
		Doc:      "reported assertions and denials grouped into claims, linked by denies, contradicts, differs_in_figure and supports",
		Requires: []doc.Layer{doc.LayerSentences, doc.LayerActors, doc.LayerEvents},
		Assigns:  []doc.Layer{doc.LayerClaims},
	}
}

// Register adds the claims stage to r.
func Register(r *pipeline.Registry) error {
	return r.Register(Spec(), func() (pipeline.Stage, error) { return New(), nil })
}

// Linker is the claims/v1 stage. It holds no state and is safe for
// concurrent use.
type Linker struct{}

var _ pipeline.Stage = (*Linker)(nil)

// New returns a Linker.
func New() *Linker { return &Linker{} }

// Process sets d.Claims to the claims Find finds, replacing any it had. It
// fails only when ctx is done.
func (l *Linker) Process(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Claims = Find(d)
	return nil
}

// MaxGap is how many sentences may separate a denial that names no content
// ("denied such allegations") from the nearest claim it is resolved to,
// and two claims of the run of claims it denies.
const MaxGap = 3

// group is a claim being built.
type group struct {
	stance   string
	speaker  *doc.Actor
	sentence int
	first    int   // byte offset of the earliest trigger
	events   []int // indices in d.Events, in text order
}

type groupKey struct {
	stance  string
	speaker string
	mention int // the speaker mention's start, or -1-sentence without one
	clause  int // the clause token, or -1
}

// Find returns the claims of d, in text order, with their relations within
// d. It reads d's events, sentences, tokens (for clause boundaries when
// they are parsed) and time expressions (for when each claim was made). It
// does not change d.
//
// An assertion is made of the events that carry a said-by actor who is not
// their source, or whose status is "claimed"; events sharing the speaker
// mention and the same complement clause of the reporting verb (split at
// ccomp, conj and parataxis in the dependency tree, when the tokens are
// parsed) are one claim. A denial is made of the CAMEO 016 events of one
// speaker (the said-by actor, else the source) in one sentence, with the
// events that speaker denies there (status "denied").
func Find(d *doc.Doc) []doc.Claim {
	if len(d.Events) == 0 {
		return nil
	}
	groups := map[groupKey]*group{}
	var order []*group
	deniers := map[int]*doc.Actor{} // sentence → the speaker of its first denial
	for i := range d.Events {
		if e := &d.Events[i]; situation.IsDenial(e) && deniers[e.Sentence] == nil {
			deniers[e.Sentence] = denier(e)
		}
	}
	for i := range d.Events {
		e := &d.Events[i]
		k, speaker, ok := keyOf(d, e, deniers[e.Sentence])
		if !ok {
			continue
		}
		g := groups[k]
		if g == nil {
			g = &group{stance: k.stance, speaker: speaker, sentence: e.Sentence, first: e.Trigger.Start}
			groups[k] = g
			order = append(order, g)
		}
		g.events = append(g.events, i)
		if e.Trigger.Start < g.first {
			g.first, g.sentence = e.Trigger.Start, e.Sentence
		}
	}
	// A denied event told by a speaker who denies something in the same
	// sentence belongs to that denial, not to a claim of its own.
	for k, g := range groups {
		if k.stance != situation.Deny || k.clause != -2 {
			continue
		}
		for k2, g2 := range groups {
			if k2.stance == situation.Deny && k2.clause == -1 && k2.speaker == k.speaker && g2.sentence == g.sentence {
				g2.events = append(g2.events, g.events...)
				g.events = nil
				break
			}
		}
	}
	order = slices.DeleteFunc(order, func(g *group) bool { return len(g.events) == 0 })
	if len(order) == 0 {
		return nil
	}
	slices.SortStableFunc(order, func(a, b *group) int { return cmp.Compare(a.first, b.first) })

	out := make([]doc.Claim, len(order))
	facts := make([]situation.Facts, len(order))
	for i, g := range order {
		slices.SortFunc(g.events, func(a, b int) int { return cmp.Compare(d.Events[a].Trigger.Start, d.Events[b].Trigger.Start) })
		c := doc.Claim{ID: "c" + strconv.Itoa(i+1), Stance: g.stance, Events: make([]string, len(g.events)), Relations: []doc.ClaimRelation{}}
		for j, ei := range g.events {
			c.Events[j] = d.Events[ei].ID
		}
		if g.speaker != nil {
			sp := *g.speaker
			c.SaidBy = &sp
		}
		c.When = when(d, g)
		out[i] = c
		facts[i] = situation.FactsOf(d, g.stance, c.SaidBy, g.events)
	}
	link(d, order, out, facts)
	return out
}

// denier returns the speaker of a denial: its said-by actor, else its
// first source, else nil.
func denier(e *doc.Event) *doc.Actor {
	if e.SaidBy != nil {
		return e.SaidBy
	}
	if len(e.Source) > 0 {
		return &e.Source[0]
	}
	return nil
}

// keyOf returns the claim an event belongs to, and its speaker; ok is
// false for an event that is no claim. den is the speaker of a denial in
// the event's sentence, or nil: a denied event with no said-by actor is
// that denial's content ("Russia denied sending troops").
func keyOf(d *doc.Doc, e *doc.Event, den *doc.Actor) (groupKey, *doc.Actor, bool) {
	switch {
	case situation.IsDenial(e):
		sp := denier(e)
		if sp == nil {
			return groupKey{}, nil, false
		}
		return groupKey{stance: situation.Deny, speaker: speakerKey(sp), mention: -1 - e.Sentence, clause: -1}, sp, true
	case e.SaidBy == nil && e.Status == "denied" && den != nil:
		return groupKey{stance: situation.Deny, speaker: speakerKey(den), mention: -1 - e.Sentence, clause: -2}, den, true
	case e.SaidBy == nil:
		return groupKey{}, nil, false
	case e.Status == "denied":
		return groupKey{stance: situation.Deny, speaker: speakerKey(e.SaidBy), mention: -1 - e.Sentence, clause: -2}, e.SaidBy, true
	case e.Status != "claimed" && isSource(e, e.SaidBy):
		return groupKey{}, nil, false
	}
	k := groupKey{stance: situation.Assert, speaker: speakerKey(e.SaidBy), mention: -1 - e.Sentence, clause: -1}
	if sp := e.SaidBy.Span; sp.End > sp.Start && sp.Valid(len(d.Text)) {
		k.mention = sp.Start
	}
	k.clause = clauseOf(d, e)*64 + thatClauses(d, e)
	return k, e.SaidBy, true
}

func speakerKey(a *doc.Actor) string {
	if a.Code != "" {
		return a.Code
	}
	return strings.ToLower(a.Text)
}

// isSource reports whether a is one of e's source actors.
func isSource(e *doc.Event, a *doc.Actor) bool {
	for _, s := range e.Source {
		if s.Code != "" && s.Code == a.Code {
			return true
		}
	}
	return false
}

// tokenAt returns the index of the token starting at or covering offset,
// or -1.
func tokenAt(d *doc.Doc, off int) int {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > off })
	if i < len(d.Tokens) && d.Tokens[i].Start <= off {
		return i
	}
	return -1
}

// clauseOf returns the token heading the clause an event's trigger sits
// in, below the reporting verb: the nearest token at or above the trigger
// attached by ccomp, conj or parataxis. It returns -1 when the tokens are
// not parsed or no such token is found.
func clauseOf(d *doc.Doc, e *doc.Event) int {
	t := tokenAt(d, e.Trigger.Start)
	for steps := 0; t >= 0 && steps < 32; steps++ {
		tok := &d.Tokens[t]
		switch tok.Dep {
		case "ccomp", "conj", "parataxis":
			return t
		}
		t = tok.Head
	}
	return -1
}

// thatClauses counts the coordinated complement clauses ("and that", "but
// that", ", that") between the speaker mention and the trigger of an event
// whose speaker is named before it in its sentence: "stated that A plans
// X and that B did Y" tells two claims even when the parse attaches the
// second clause wrongly. It reads the text, not the tree.
func thatClauses(d *doc.Doc, e *doc.Event) int {
	sp := e.SaidBy.Span
	if sp.End <= sp.Start || sp.End > e.Trigger.Start || !sentenceSpan(d, e.Sentence).Contains(sp) {
		return 0
	}
	ws := strings.FieldsFunc(strings.ToLower(d.Text[sp.End:e.Trigger.Start]), func(r rune) bool {
		return !unicode.IsLetter(r) && r != ','
	})
	n := 0
	for i := 1; i < len(ws); i++ {
		if ws[i] == "that" && (ws[i-1] == "and" || ws[i-1] == "but" || ws[i-1] == "," || strings.HasSuffix(ws[i-1], ",")) {
			n++
		}
	}
	return min(n, 63)
}

// sentenceSpan returns the span of sentence i, or the whole text.
func sentenceSpan(d *doc.Doc, i int) doc.Span {
	if i >= 0 && i < len(d.Sentences) {
		return d.Sentences[i].Span
	}
	return doc.Span{Start: 0, End: len(d.Text)}
}

// when returns the TimeML value of when a claim was made: a time
// expression of the reporting clause — in the claim's sentence, before the
// reported events when the speaker is named before them ("Last Friday, the
// NIS stated that…", "the NIS said on Friday that…"), after the speaker
// when it is named after them ("…, the NIS said on Friday") — else, for a
// denial, the day of the act of denying; else the publication date; else "".
func when(d *doc.Doc, g *group) string {
	sent := sentenceSpan(d, g.sentence)
	lo, hi := len(d.Text), 0
	for _, ei := range g.events {
		tr := d.Events[ei].Trigger.Span
		lo, hi = min(lo, tr.Start), max(hi, tr.End)
	}
	if sp := g.speaker; sp != nil && sp.End > sp.Start && sent.Contains(sp.Span) {
		var best *doc.Timex
		for i := range d.Timexes {
			tx := &d.Timexes[i]
			if !sent.Contains(tx.Span) || tx.Overlaps(sp.Span) || (tx.Type != "DATE" && tx.Type != "TIME") || tx.Value == "" {
				continue
			}
			switch {
			case sp.End <= lo && tx.End <= lo:
				// Before the events: the closest to the speaker wins.
				if best == nil || abs(tx.Start-sp.Start) < abs(best.Start-sp.Start) {
					best = tx
				}
			case sp.Start >= hi && tx.Start >= sp.End:
				if best == nil || tx.Start < best.Start {
					best = tx
				}
			}
		}
		if best != nil {
			return best.Value
		}
	}
	if g.stance == situation.Deny {
		for _, ei := range g.events {
			if e := &d.Events[ei]; situation.IsDenial(e) {
				if lo, hi, ok := situation.Period(e.Date); ok && lo.Equal(hi) {
					return e.Date[:10]
				}
			}
		}
	}
	return d.Published.String()
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// link adds the relations between the claims of one Doc.
func link(d *doc.Doc, gs []*group, cs []doc.Claim, fs []situation.Facts) {
	add := func(i, j int, typ string) {
		for _, r := range cs[i].Relations {
			if r.Claim == cs[j].ID && r.Type == typ {
				return
			}
		}
		cs[i].Relations = append(cs[i].Relations, doc.ClaimRelation{Claim: cs[j].ID, Type: typ})
	}
	for i := range cs {
		for j := range cs {
			if i == j {
				continue
			}
			r, ok := situation.Compare(fs[i], fs[j])
			if !ok || (r != situation.Denies && j < i) {
				continue // symmetric relations once per pair, added both ways
			}
			add(i, j, r)
			if r != situation.Denies {
				add(j, i, r)
			}
		}
	}
	for i, g := range gs {
		if g.stance != situation.Deny || !anaphoric(d, g) {
			continue
		}
		for _, j := range antecedents(gs, fs, i) {
			add(i, j, situation.Denies)
		}
	}
	for i := range cs {
		slices.SortStableFunc(cs[i].Relations, func(a, b doc.ClaimRelation) int {
			ai, _ := strconv.Atoi(a.Claim[1:])
			bi, _ := strconv.Atoi(b.Claim[1:])
			return cmp.Compare(ai, bi)
		})
	}
}

// anaphors are the words by which a denial points back at claims made
// before it instead of naming their content: "denied such allegations",
// "rejected the reports", "dismissed these claims as a hoax", "denied it".
var anaphors = map[string]bool{
	"allegation": true, "allegations": true, "claim": true, "claims": true, "report": true, "reports": true,
	"accusation": true, "accusations": true, "charge": true, "charges": true, "rumor": true, "rumors": true,
	"rumour": true, "rumours": true, "assertion": true, "assertions": true, "suggestion": true,
	"suggestions": true, "story": true, "stories": true, "speculation": true, "assessment": true,
	"assessments": true,
}

// pronouns point back only right after the denying verb ("denied it").
var pronouns = map[string]bool{"it": true, "them": true, "this": true, "these": true, "those": true}

// anaphoric reports whether a denial points back at earlier claims: an
// anaphoric noun among the six words after a denying trigger or the four
// before it in its sentence, or a pronoun right after it.
func anaphoric(d *doc.Doc, g *group) bool {
	for _, ei := range g.events {
		e := &d.Events[ei]
		if !situation.IsDenial(e) {
			continue
		}
		sent := sentenceSpan(d, e.Sentence)
		if !sent.Contains(e.Trigger.Span) {
			sent = doc.Span{Start: 0, End: len(d.Text)}
		}
		after := words(d.Text[e.Trigger.End:sent.End])
		for k, w := range after[:min(6, len(after))] {
			if anaphors[w] || (k == 0 && pronouns[w]) {
				return true
			}
		}
		before := words(d.Text[sent.Start:e.Trigger.Start])
		for _, w := range before[max(0, len(before)-4):] {
			if anaphors[w] {
				return true
			}
		}
	}
	return false
}

// words splits s into lower-case words.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
}

// antecedents resolves an anaphoric denial (gs[i]) to the claims it
// denies, among the earlier assertions by other speakers. An assertion is
// taken when it involves a country of the denier (as the source or target
// of one of its events) or is about the same situation as one already
// taken, and no more than MaxGap sentences separate it from the denial or
// from a later assertion taken; taking is repeated until nothing more is
// taken. So a denial resolves to the discussion just before it, not to
// everything the article said about the denier.
func antecedents(gs []*group, fs []situation.Facts, i int) []int {
	den := gs[i]
	if den.speaker == nil || den.speaker.Country == "" {
		return nil
	}
	country := den.speaker.Country
	taken := map[int]bool{}
	for changed := true; changed; {
		changed = false
		for j := i - 1; j >= 0; j-- {
			g := gs[j]
			if taken[j] || g.stance != situation.Assert || (g.speaker != nil && speakerKey(g.speaker) == speakerKey(den.speaker)) {
				continue
			}
			near := den.sentence-g.sentence <= MaxGap
			for k := range taken {
				if d := gs[k].sentence - g.sentence; d >= 0 && d <= MaxGap {
					near = true
				}
			}
			if !near {
				continue
			}
			take := false
			for _, it := range fs[j].Items {
				take = take || slices.Contains(it.Countries, country)
			}
			for k := range taken {
				for _, x := range fs[j].Items {
					for _, y := range fs[k].Items {
						take = take || situation.SameSituation(x, y)
					}
				}
			}
			if take {
				taken[j], changed = true, true
			}
		}
	}
	out := make([]int, 0, len(taken))
	for j := range taken {
		out = append(out, j)
	}
	slices.Sort(out)
	return out
}
