package events

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// docCtx holds what the coder derives once per document: which actor,
// entity, place, time expression and quantity covers each token.
type docCtx struct {
	d       *doc.Doc
	actorAt []int
	entAt   []int
	placeAt []int
	timexAt []int
	quantAt []int
	demonym map[string]doc.Actor
	// adjectives maps lower-case country adjectives to countries.
	adjectives map[string]string
	headline   map[int]bool
	// nominal holds the trigger offsets of events told by a noun alone.
	nominal map[int]bool
	// clauseArgs is Options.ClauseArgs.
	clauseArgs bool
	// objectWords tells that the lexicon reads Candidate.ObjectWords.
	objectWords bool
	// passiveSource is Options.PassiveSource.
	passiveSource bool
	// namedSource is Options.NamedSource.
	namedSource bool
	// lemma holds the lemma of each event's trigger, by offset.
	lemma map[int]string
	// verbForm returns the lexicon's verb of which a lower-case word is a
	// finite form (a past, or with thirdPerson an "-s" form), or "".
	verbForm func(w string, thirdPerson bool) string
	// knownVerb reports whether the lexicon has verb patterns for a lemma.
	knownVerb func(l string) bool
}

// cover maps each token to the index of the first span covering it, -1 when
// none does.
func cover(toks []doc.Token, n int, span func(int) doc.Span) []int {
	at := make([]int, len(toks))
	for i := range at {
		at[i] = -1
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return span(idx[a]).Start < span(idx[b]).Start })
	t := 0
	for _, k := range idx {
		s := span(k)
		for t > 0 && toks[t-1].End > s.Start {
			t--
		}
		for t < len(toks) && toks[t].End <= s.Start {
			t++
		}
		for j := t; j < len(toks) && toks[j].Start < s.End; j++ {
			if at[j] < 0 && s.Contains(toks[j].Span) {
				at[j] = k
			}
		}
	}
	return at
}

func newDocCtx(d *doc.Doc, adjectives map[string]string) *docCtx {
	dc := &docCtx{d: d, demonym: map[string]doc.Actor{}, adjectives: adjectives, headline: map[int]bool{}, nominal: map[int]bool{}, lemma: map[int]string{}}
	dc.actorAt = cover(d.Tokens, len(d.Actors), func(i int) doc.Span { return d.Actors[i].Span })
	dc.entAt = cover(d.Tokens, len(d.Entities), func(i int) doc.Span { return d.Entities[i].Span })
	dc.placeAt = cover(d.Tokens, len(d.Places), func(i int) doc.Span { return d.Places[i].Span })
	dc.timexAt = cover(d.Tokens, len(d.Timexes), func(i int) doc.Span { return d.Timexes[i].Span })
	dc.quantAt = cover(d.Tokens, len(d.Quantities), func(i int) doc.Span { return d.Quantities[i].Span })
	// Demonyms the actor stage used inside a longer actor ("North Korean"
	// in "North Korean troops" is PRK) code the same word where it stands
	// alone ("North Korean weapons").
	for _, e := range d.Entities {
		if e.Type != "NORP" && e.Type != "GPE" {
			continue
		}
		k := strings.ToLower(d.Text[e.Start:e.End])
		if _, ok := dc.demonym[k]; ok {
			continue
		}
		for _, a := range d.Actors {
			if a.Country != "" && a.Span.Contains(e.Span) {
				dc.demonym[k] = doc.Actor{Code: a.Country, Country: a.Country, Entity: -1}
				break
			}
		}
	}
	// The headline: the first sentence when it is the title, or when it has
	// no final punctuation and a blank line follows it.
	if len(d.Sentences) > 1 {
		s := d.Sentences[0]
		txt := strings.TrimSpace(d.Text[s.Start:s.End])
		rest := d.Text[s.End:]
		if (d.Title != "" && txt == strings.TrimSpace(d.Title)) ||
			(txt != "" && !strings.ContainsAny(txt[len(txt)-1:], ".!?\"”'’") && strings.HasPrefix(strings.TrimLeft(rest, " \t\r"), "\n")) {
			dc.headline[0] = true
		}
	}
	return dc
}

// sent is one sentence's dependency tree in local token indices.
type sent struct {
	dc     *docCtx
	si     int
	t0, n  int
	kids   [][]int
	lemmas []string
	heads  []int    // local heads, -1 for the root; repaired copies
	deps   []string // of the parse's (see repair)
	// verbal marks the words the repair made verbs whatever their tag
	// (nil when it made none).
	verbal []bool
}

func newSent(dc *docCtx, si int) *sent {
	s := dc.d.Sentences[si]
	st := &sent{dc: dc, si: si, t0: s.TokenStart, n: s.TokenEnd - s.TokenStart}
	st.kids = make([][]int, st.n)
	st.lemmas = make([]string, st.n)
	st.heads = make([]int, st.n)
	st.deps = make([]string, st.n)
	for i := 0; i < st.n; i++ {
		t := &dc.d.Tokens[st.t0+i]
		st.heads[i], st.deps[i] = -1, t.Dep
		if h := t.Head; h >= st.t0 && h < st.t0+st.n {
			st.heads[i] = h - st.t0
		}
		l := t.Lemma
		if l == "" {
			l = t.Norm
			if l == "" {
				l = dc.d.Text[t.Start:t.End]
			}
		}
		st.lemmas[i] = strings.ToLower(l)
	}
	heads, deps := slices.Clone(st.heads), slices.Clone(st.deps)
	st.repair()
	if st.cyclic() {
		// A repair that made a cycle (two rules rehanging the same
		// words) is undone whole: the parser's tree is a tree.
		st.heads, st.deps = heads, deps
	}
	for i := 0; i < st.n; i++ {
		if h := st.heads[i]; h >= 0 {
			st.kids[h] = append(st.kids[h], i)
		}
	}
	return st
}

// cyclic reports whether the heads, as repaired, have a cycle.
func (s *sent) cyclic() bool {
	for i := 0; i < s.n; i++ {
		j := i
		for steps := 0; j >= 0; steps++ {
			if steps > s.n {
				return true
			}
			j = s.heads[j]
		}
	}
	return false
}

// repair undoes the parser's commonest errors on short news sentences: a
// finite verb read as a participle modifying its subject, and a finite verb
// read as an adjective of its object ("The European Union
// imposed sanctions on Iran" parsed as the noun phrase "imposed
// sanctions"): the verb becomes the head, its noun the object, and the
// phrase before the verb the subject; an actor's name read as the root
// verb ("Pyongyang on Thursday fired") or as an adverb of a verb without a
// subject is the subject. Only this stage's view changes.
func (s *sent) repair() {
	defer s.verbConjuncts()
	s.interruption()
	s.timeSubject()
	s.frontedAdjunct()
	s.reportedClause()
	s.trailingAttribution()
	// "walked out of the parliament", with "out" read as a second
	// preposition of the phrase: right after the verb, before another
	// preposition, it is the verb's particle.
	for j := 1; j+1 < s.n; j++ {
		v, n := j-1, s.heads[j]
		if s.deps[j] != "case" || !prepParticles[s.lemmas[j]] || n < 0 || s.heads[n] != v || s.tok(v).POS != "VERB" || s.heads[j+1] != n || s.deps[j+1] != "case" {
			continue
		}
		s.heads[j], s.deps[j] = v, "compound:prt"
	}
	// "Aid was delivered to Somalia by the United Nations", with "by the
	// United Nations" read as a modifier of "Somalia": the "by" phrase on
	// a passive verb's destination or origin is the verb's agent (not on
	// any oblique: "destroyed, with estimates by the Red Cross …").
	for a := 1; a < s.n; a++ {
		o := s.heads[a]
		if s.deps[a] != "nmod" || o < 0 || o > a || s.deps[o] != "obl" || !destPreps[s.caseLemma(o)] {
			continue
		}
		v := s.heads[o]
		if v < 0 || v > o || s.tok(v).Tag != "VBN" || !s.hasKid(v, "aux:pass") || s.hasKid(v, "obl:agent") {
			continue
		}
		for c := 0; c < a; c++ {
			if s.heads[c] == a && s.deps[c] == "case" && s.lemmas[c] == "by" {
				s.heads[a], s.deps[a] = v, "obl:agent"
				break
			}
		}
	}
	// "The government allowed the opposition to hold a rally", with the
	// infinitive read as a modifier of the object: after a verb whose
	// object is to do what follows (allow, urge, ask …), the infinitive
	// is the verb's open complement.
	for a := 0; a < s.n; a++ {
		o := s.heads[a]
		if s.deps[a] != "acl" || o < 0 || o > a || s.deps[o] != "obj" || s.tok(a).POS != "VERB" {
			continue
		}
		if v := s.heads[o]; v >= 0 && (controlVerbs[s.lemmas[v]] || permitVerbs[s.lemmas[v]] || causeVerbs[s.lemmas[v]]) && s.toInfinitive(a) {
			s.heads[a], s.deps[a] = v, "xcomp"
		}
	}
	// "Washington called on Riyadh to lift the blockade", "appealed to
	// Ethiopia to allow access", "invited the president to visit", with
	// the infinitive read as a purpose clause: after an appeal with its
	// addressee as object or in an "on" or "to" phrase, the infinitive is
	// what is asked, the verb's open complement (so the control verbs'
	// target rules apply; code.go keeps any appeal's infinitive out of the
	// events, this repair or not).
	for a := 0; a < s.n; a++ {
		v := s.heads[a]
		if s.deps[a] != "advcl" || v < 0 || v > a || s.tok(a).POS != "VERB" || !(controlVerbs[s.lemmas[v]] || appealVerbs[s.lemmas[v]]) || !s.toInfinitive(a) {
			continue
		}
		for o := v + 1; o < a; o++ {
			if s.heads[o] == v && (s.deps[o] == "obj" || s.deps[o] == "obl" && (s.caseIs(o, "on") || s.caseIs(o, "upon") || s.caseIs(o, "to"))) {
				s.heads[a], s.deps[a] = v, "xcomp"
				break
			}
		}
	}
	// "Israeli troops arrested three Palestinians", parsed as the noun
	// phrase "troops (who were) arrested": a participle with an object under
	// the root noun is the main verb.
	for v := 1; v < s.n; v++ {
		t := s.tok(v)
		h := s.heads[v]
		if t.POS != "VERB" || (t.Tag != "VBN" && t.Tag != "VBD") || s.deps[v] != "acl" || h < 0 || h > v {
			continue
		}
		// "X's ministry, in a statement, condemned Y", with the participle
		// under the adjunct's noun: the root noun is the subject, the
		// adjunct the verb's.
		adjunct := -1
		if g := s.heads[h]; g >= 0 && g < h && s.heads[g] == -1 && strings.HasPrefix(s.deps[h], "nmod") && s.hasKid(h, "case") {
			adjunct, h = h, g
		}
		if s.heads[h] != -1 {
			continue
		}
		hasObj, bare := false, -1
		for i := v + 1; i < s.n; i++ {
			hasObj = hasObj || (s.heads[i] == v && s.deps[i] == "obj")
			if bare < 0 && s.heads[i] == v && s.deps[i] == "obl" && s.tok(i).POS == "NOUN" && !s.hasKid(i, "case") {
				// "rejected on Thursday a proposal": the object after
				// an adjunct, read as a bare oblique.
				bare = i
			}
		}
		if !hasObj && bare >= 0 {
			s.deps[bare], hasObj = "obj", true
		}
		if !hasObj {
			continue
		}
		s.heads[v], s.deps[v] = -1, "root"
		s.heads[h], s.deps[h] = v, "nsubj"
		if adjunct >= 0 {
			s.heads[adjunct], s.deps[adjunct] = v, "obl"
		}
		for i := v + 1; i < s.n; i++ {
			if s.heads[i] == h && s.deps[i] == "punct" {
				s.heads[i] = v
			}
		}
	}
	// "Russian tanks fired shells at X, residents said", parsed as "tanks
	// (that were) fired" and made a subject of "said" beside "residents":
	// the participle with an object heads the reported clause.
	for v := 1; v < s.n; v++ {
		t := s.tok(v)
		h := s.heads[v]
		if t.POS != "VERB" || (t.Tag != "VBN" && t.Tag != "VBD") || s.deps[v] != "acl" || h < 0 || h > v || s.deps[h] != "nsubj" {
			continue
		}
		g := s.heads[h]
		if g <= v || s.tok(g).POS != "VERB" || !speechVerbs[s.lemmas[g]] {
			continue
		}
		hasObj := false
		var others []int // the other subjects of g after the participle
		for i := v + 1; i < s.n; i++ {
			hasObj = hasObj || (s.heads[i] == v && s.deps[i] == "obj")
			if i < g && s.heads[i] == g && s.deps[i] == "nsubj" {
				others = append(others, i)
			}
		}
		obj := -1
		if !hasObj && len(others) > 1 {
			// "The army forced out 1,000 refugees, residents said", with
			// the refugees a third subject of "said": the one between the
			// participle and the speaker is its object.
			obj = others[0]
		}
		if !hasObj && obj < 0 || len(others) == 0 {
			continue
		}
		s.heads[v], s.deps[v] = g, "ccomp"
		s.heads[h], s.deps[h] = v, "nsubj"
		if obj >= 0 {
			s.heads[obj], s.deps[obj] = v, "obj"
		}
	}
	// "Police are harassing journalists, a rights group protested", with
	// "a rights group" read as an apposition of the object and the
	// reporting verb as its participle: the verb reports the clause before
	// the comma and the group is its subject.
	for v := 2; v < s.n; v++ {
		h := s.heads[v]
		if s.tok(v).POS != "VERB" || s.deps[v] != "acl" || h < 1 || h > v || s.deps[h] != "appos" || !(speechVerbs[s.lemmas[v]] || tagVerbs[s.lemmas[v]]) || s.hasKid(v, "obj") {
			continue
		}
		r := s.heads[h]
		for r >= 0 && s.tok(r).POS != "VERB" {
			r = s.heads[r]
		}
		comma := false
		for i := h - 1; i > 0 && s.heads[i] != r; i-- {
			comma = comma || s.tok(i).POS == "PUNCT" && s.text(i) == ","
		}
		if r < 0 || r > h || !comma {
			continue
		}
		s.heads[v], s.deps[v] = r, "parataxis"
		s.heads[h], s.deps[h] = v, "nsubj"
	}
	// "Up to 5,000 Serbs demonstrated", with "up to 5,000 Serbs" read as
	// an oblique: the counted noun is the subject.
	for u := 0; u+1 < s.n; u++ {
		v := s.heads[u]
		if s.lemmas[u] != "up" || s.lemmas[u+1] != "to" || v < 0 || s.tok(v).POS != "VERB" || s.hasKid(v, "nsubj") || s.hasKid(v, "nsubj:pass") {
			continue
		}
		n := s.heads[u+1]
		if n <= u+1 || n >= v || s.heads[n] != v || !strings.HasPrefix(s.deps[n], "obl") {
			continue
		}
		s.heads[n], s.deps[n] = v, "nsubj"
		s.heads[u], s.deps[u] = n, "advmod"
		s.deps[u+1] = "fixed"
		s.heads[u+1] = u
	}
	// "Recent air strikes have killed ten commanders", with the subject
	// read as a passive one: a verb with an object, or with no auxiliary
	// at all, and no passive auxiliary is active.
	for k := 0; k < s.n; k++ {
		h := s.heads[k]
		if h < 0 || s.deps[k] != "nsubj:pass" || s.hasKid(h, "aux:pass") {
			continue
		}
		// "Washington, a key player, called on Moscow", with no
		// auxiliary at all: a past verb, not a passive (not in a
		// headline, which drops "were": "Two journalists detained").
		if !s.hasKid(h, "obj") && (s.hasKid(h, "aux") || s.hasKid(h, "obl:agent") || s.dc.headline[s.si] || k > h) {
			continue
		}
		s.deps[k] = "nsubj"
	}
	// "Pyongyang on Thursday fired shells", with the actor's name read as
	// the root verb and "fired" as its parataxis: the name is the subject.
	for r := 0; r < s.n; r++ {
		if s.heads[r] != -1 || s.tok(r).POS != "VERB" || s.dc.actorAt[s.t0+r] < 0 {
			continue
		}
		v := -1
		for i := r + 1; i < s.n && v < 0; i++ {
			if d := s.deps[i]; s.heads[i] == r && s.tok(i).POS == "VERB" && (d == "parataxis" || d == "conj" || d == "ccomp" || d == "xcomp") {
				v = i
			}
		}
		if v < 0 {
			break
		}
		hasSubj := false
		for i := 0; i < s.n; i++ {
			hasSubj = hasSubj || s.heads[i] == v && strings.HasPrefix(s.deps[i], "nsubj")
		}
		if hasSubj {
			break
		}
		s.heads[v], s.deps[v] = -1, "root"
		s.heads[r], s.deps[r] = v, "nsubj"
		for i := 0; i < s.n; i++ {
			if i != v && s.heads[i] == r && i > r && (s.deps[i] != "compound" && s.deps[i] != "flat" || i > v) {
				s.heads[i] = v
			}
		}
		break
	}
	// "The president is to visit Russia", with "president" read as the
	// outer subject of a copula: the verb's subject (and the event
	// planned, see modality).
	for k := 0; k < s.n; k++ {
		if h := s.heads[k]; s.deps[k] == "nsubj:outer" && h >= 0 && s.tok(h).POS == "VERB" && s.hasKid(h, "cop") {
			s.deps[k] = "nsubj"
		}
	}
	// "Osgiliath welcomed the talks", with an unknown name first in the
	// sentence tagged as an adverb of the verb: an actor's name before a
	// verb that has no subject is its subject.
	for r := 0; r < s.n; r++ {
		v := s.heads[r]
		if s.deps[r] != "advmod" || v <= r || s.dc.actorAt[s.t0+r] < 0 || s.tok(v).POS != "VERB" || s.hasKid(v, "nsubj") || s.hasKid(v, "nsubj:pass") {
			continue
		}
		s.deps[r] = "nsubj"
	}
	// "Iran has refused", with "Iran" read as the subject of "has": the
	// subject of an auxiliary is its verb's.
	for k := 0; k < s.n; k++ {
		h := s.heads[k]
		if h < 0 || !strings.HasPrefix(s.deps[k], "nsubj") || s.tok(h).POS != "AUX" {
			continue
		}
		if d := s.deps[h]; (d == "aux" || d == "aux:pass") && s.heads[h] >= 0 {
			s.heads[k] = s.heads[h]
		}
	}
	// "The minister was charged by prosecutors and resigned", with
	// "resigned" read as a conjunct of the noun before it: the verbs are
	// the conjuncts.
	for v := 1; v < s.n; v++ {
		h := s.heads[v]
		if s.tok(v).POS != "VERB" || s.deps[v] != "conj" || h < 0 || h > v {
			continue
		}
		if p := s.tok(h).POS; p != "NOUN" && p != "PROPN" {
			continue
		}
		if g := s.heads[h]; g >= 0 && g < h && s.tok(g).POS == "VERB" && !strings.HasPrefix(s.deps[h], "nsubj") {
			s.heads[v] = g
		}
	}
	// "The UN said that Sudanese forces attacked civilians", with "that"
	// read as the reported clause's head, "forces" its subject and
	// "attacked" an adjective of "civilians": the verb heads the clause.
	for t := 0; t < s.n; t++ {
		if s.lemmas[t] != "that" || s.tok(t).POS != "SCONJ" || s.deps[t] != "ccomp" {
			continue
		}
		n := -1
		for k := t + 1; k < s.n && n < 0; k++ {
			if s.heads[k] == t && strings.HasPrefix(s.deps[k], "nsubj") {
				n = k
			}
		}
		if n < 0 {
			continue
		}
		for v := n + 1; v < s.n; v++ {
			tv := s.tok(v)
			if tv.POS != "VERB" || (tv.Tag != "VBD" && tv.Tag != "VBN") {
				continue
			}
			h := s.heads[v]
			if h < 0 {
				break
			}
			obj := -1
			switch {
			case (s.deps[v] == "amod" || s.deps[v] == "compound") && h > v && s.heads[h] == n:
				obj = h
			case s.deps[v] == "acl" && h == n:
			default:
				continue
			}
			s.heads[v], s.deps[v] = s.heads[t], "ccomp"
			s.heads[t], s.deps[t] = v, "mark"
			s.heads[n], s.deps[n] = v, "nsubj"
			if obj >= 0 {
				s.heads[obj], s.deps[obj] = v, "obj"
			}
			break
		}
	}
	// "A top U.S. official today praised Haiti", with "official" read as a
	// modifier of "today": the noun before the day is the subject.
	for t := 1; t < s.n; t++ {
		v := s.heads[t]
		if !dayWords[s.lemmas[t]] || v <= t || s.tok(v).POS != "VERB" || s.hasKid(v, "nsubj:pass") {
			continue
		}
		if s.hasKid(v, "nsubj") && s.deps[t] != "nsubj" {
			// "X's government today ordered", with "today" itself read as
			// the subject, is repaired too.
			continue
		}
		q := -1
		for i := t - 1; i >= 0; i-- {
			if s.heads[i] == t {
				if p := s.tok(i).POS; p == "NOUN" || p == "PROPN" || p == "ADJ" {
					q = i
					break
				}
			}
		}
		if q < 0 {
			continue
		}
		for i := 0; i < t; i++ {
			if i != q && s.heads[i] == t {
				s.heads[i] = q
			}
		}
		s.heads[q], s.deps[q] = v, "nsubj"
		s.deps[t] = "obl:tmod"
	}
	// "Kenya extradited X to Britain, an official said", with "Kenya" and
	// "X" read as subjects of "said": the first subject before the
	// reported verb is its subject, one between them its object.
	for r := 0; r < s.n; r++ {
		if s.tok(r).POS != "VERB" || !speechVerbs[s.lemmas[r]] {
			continue
		}
		var subj []int
		for k := 0; k < s.n; k++ {
			if s.heads[k] == r && s.deps[k] == "nsubj" {
				subj = append(subj, k)
			}
		}
		if len(subj) < 2 {
			continue
		}
		last := subj[len(subj)-1]
		for v := 0; v < last; v++ {
			if s.heads[v] != r || s.deps[v] != "ccomp" || s.tok(v).POS != "VERB" {
				continue
			}
			// "Kenya extradited citizen X to Britain, an official said",
			// with only "X" read as a second subject of "said": the
			// verb keeps its subject, "X" is its object.
			if !s.hasKid(v, "nsubj") {
				if subj[0] > v {
					continue
				}
				s.heads[subj[0]] = v
			}
			for _, k := range subj[:len(subj)-1] {
				if k > v && s.heads[k] == r && !s.hasKid(v, "obj") {
					s.heads[k], s.deps[k] = v, "obj"
				}
			}
			break
		}
	}
	// "Hundreds of students demonstrated in Lagos", "Zambia's minister
	// resigned, officials said": a finite past verb read as a participle
	// under a noun phrase that stands where a clause should (the root, or
	// the complement of a reporting verb) when no verb heads that clause.
	for v := 1; v < s.n; v++ {
		t := s.tok(v)
		h := s.heads[v]
		if t.POS != "VERB" || t.Tag != "VBD" && !s.activeVBN(v) || s.deps[v] != "acl" || h < 0 || h > v {
			continue
		}
		if p := s.tok(h).POS; p != "NOUN" && p != "PROPN" && p != "ADJ" && p != "NUM" {
			continue
		}
		// Climb "Hundreds of students" to its top noun.
		top := h
		for top >= 0 && strings.HasPrefix(s.deps[top], "nmod") && s.heads[top] >= 0 && s.heads[top] < top {
			if p := s.tok(s.heads[top]).POS; p != "NOUN" && p != "PROPN" && p != "NUM" && p != "PRON" {
				break
			}
			top = s.heads[top]
		}
		if d := s.deps[top]; d != "root" && d != "ccomp" && d != "parataxis" {
			continue
		}
		if s.hasKid(top, "cop") || s.hasKid(top, "nsubj") || s.hasKid(v, "nsubj") {
			continue
		}
		s.heads[v], s.deps[v] = s.heads[top], s.deps[top]
		s.heads[top], s.deps[top] = v, "nsubj"
		for i := 0; i < s.n; i++ {
			if i != v && s.heads[i] == top && i > v {
				// The clause's punctuation and modifiers after the verb
				// are the verb's.
				if d := s.deps[i]; d == "punct" || d == "obl" || d == "advcl" || d == "parataxis" || d == "conj" || d == "cc" || d == "xcomp" || d == "ccomp" {
					s.heads[i] = v
				}
			}
		}
	}
	// A sentence with no verb at all ("Israeli helicopters and tanks
	// shelled positions", with "shelled" tagged an adjective): a past form
	// in "-ed" before a noun may be its verb too.
	verbless := true
	for i := 0; i < s.n; i++ {
		verbless = verbless && s.tok(i).POS != "VERB"
	}
	for v := 1; v < s.n; v++ {
		t := s.tok(v)
		pastAdj := verbless && t.POS == "ADJ" && strings.HasSuffix(strings.ToLower(s.text(v)), "ed")
		if !pastAdj && (t.POS != "VERB" || (t.Tag != "VBD" && t.Tag != "VBN")) || (s.deps[v] != "amod" && s.deps[v] != "compound") {
			continue
		}
		h := s.heads[v]
		if h <= v {
			continue
		}
		hasSubj := false
		for i := 0; i < s.n; i++ {
			if s.heads[i] == v && strings.HasPrefix(s.deps[i], "nsubj") {
				hasSubj = true
			}
		}
		// The subject: the top of the phrase just before the verb and its
		// adverbs ("agents sexually abused immigrants").
		q := v - 1
		for q >= 0 && s.heads[q] == v && s.deps[q] == "advmod" {
			q--
		}
		for q >= 0 && s.heads[q] >= 0 && s.heads[q] < v && s.heads[q] != h {
			q = s.heads[q]
		}
		if d := s.deps[h]; !hasSubj && q >= 0 && s.heads[q] == -1 && s.heads[h] == q && (d == "conj" || d == "obj" || d == "appos" || d == "dep" || d == "nmod" && !s.hasKid(h, "case")) && (s.tok(q).POS == "NOUN" || s.tok(q).POS == "PROPN") {
			// "Syrian troops killed ten civilians", parsed as "troops
			// [and] killed civilians": the verb heads the sentence.
			s.heads[v], s.deps[v] = -1, "root"
			if s.verbal == nil {
				s.verbal = make([]bool, s.n)
			}
			s.verbal[v] = true
			s.heads[q], s.deps[q] = v, "nsubj"
			s.heads[h], s.deps[h] = v, "obj"
			for i := 0; i < s.n; i++ {
				if i != v && s.heads[i] == q && s.deps[i] == "punct" && i == s.n-1 {
					s.heads[i] = v
				}
				if i > h && s.heads[i] == q && s.deps[i] == "acl" {
					// "police used tear gas to break up a rally".
					s.heads[i], s.deps[i] = v, "advcl"
				}
			}
			continue
		}
		if g := s.heads[h]; !hasSubj && q >= 0 && q < v && g >= 0 && g > h && s.heads[q] == g && strings.HasPrefix(s.deps[q], "nsubj") && (strings.HasPrefix(s.deps[h], "nsubj") || s.deps[h] == "ccomp") && speechVerbs[s.lemmas[g]] && (s.tok(q).POS == "NOUN" || s.tok(q).POS == "PROPN") {
			// "Hamas militants fired rockets at Israel, the army said",
			// with "militants" and "rockets" both subjects of "said" (or
			// "rockets" its reported clause, or the object its complement:
			// "Zambia extradited militant X to Britain, an official said").
			s.heads[v], s.deps[v] = g, "ccomp"
			s.heads[q], s.deps[q] = v, "nsubj"
			s.heads[h], s.deps[h] = v, "obj"
			continue
		}
		if !hasSubj && (q < 0 || s.heads[q] != h || (s.tok(q).POS != "NOUN" && s.tok(q).POS != "PROPN")) {
			continue
		}
		s.heads[v], s.deps[v] = s.heads[h], s.deps[h]
		s.heads[h], s.deps[h] = v, "obj"
		if !hasSubj {
			s.heads[q], s.deps[q] = v, "nsubj"
		}
		// Other left dependents of the noun belong to the subject.
		for i := 0; i < v; i++ {
			if s.heads[i] == h && i != q {
				s.heads[i] = q
			}
		}
		for i := 0; i < s.n; i++ {
			if i != v && s.heads[i] == h && s.deps[i] == "punct" && i == s.n-1 {
				s.heads[i] = v
			}
		}
	}
	s.subordinator()
	s.afterModal()
	s.perfect()
	s.untaggedVerb()
}

// interruption repairs a subject set off from its verb by a phrase between
// commas — a relative clause ("Iran, which has long opposed the plan,
// condemned …"), an apposition ("Turkey, a key player in the region,
// expressed …"; "The foreign minister, Daniel Okafor, condemned …") or an
// adjunct ("Poland, like other members, imposed …") — when the parser
// hangs the verb after the second comma inside the phrase ("the plan,
// condemned …" read as a participle of "plan"): the verb heads the clause
// (or the clause a reporting verb before the subject introduces), the noun
// before the first comma is its subject, and the phrase that noun's
// modifier or the verb's adjunct.
func (s *sent) interruption() {
	for a := 1; a+3 < s.n; a++ {
		if s.lemmas[a] != "," {
			continue
		}
		q := a - 1
		if p := s.tok(q).POS; p != "NOUN" && p != "PROPN" {
			continue
		}
		b := a + 2
		for b < s.n && s.lemmas[b] != "," {
			b++
		}
		if b+2 >= s.n {
			return
		}
		// What opens the phrase.
		f := s.tok(a + 1)
		rel := f.Tag == "WDT" || f.Tag == "WP" || f.Tag == "WP$"
		appos := f.POS == "DET" || f.Tag == "PRP$" || f.POS == "PROPN" && (s.tok(q).POS == "NOUN" || s.tok(a+2).Tag == "POS")
		adjunct := f.POS == "ADP" || f.POS == "ADV" && b == a+2
		if !rel && !appos && !adjunct {
			continue
		}
		// The verb after the second comma, past auxiliaries, adverbs and
		// days ("…, today condemned").
		v := b + 1
		for v+1 < s.n && (s.tok(v).POS == "AUX" || s.tok(v).POS == "ADV" || dayWords[s.lemmas[v]] || timeNouns[s.lemmas[v]] || timeLead[s.lemmas[v]] && (dayWords[s.lemmas[v+1]] || timeLead[s.lemmas[v+1]])) {
			v++
		}
		if v+1 >= s.n {
			return
		}
		t := s.tok(v)
		lemma, ok := s.candidateVerb(v, q, t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VBN" || t.Tag == "VB" && v > b+1)
		if !ok {
			continue
		}
		if t.Tag == "VBN" && v == b+1 && s.hasKid(v, "aux:pass") {
			continue
		}
		lo := s.phraseStart(q)
		subj := s.clauseTop(lo, a, q, v)
		if subj < 0 {
			return
		}
		// The phrase's top.
		top := -1
		for i := a + 1; i < b; i++ {
			if !in(s.heads[i], a+1, b) && s.tok(i).POS != "PUNCT" {
				if top < 0 {
					top = i
				} else {
					s.heads[i] = top
				}
			}
		}
		if top < 0 {
			continue
		}
		s.makeClause(lo, a, subj, v, lemma)
		switch {
		case rel:
			s.heads[top], s.deps[top] = subj, "acl:relcl"
		case appos:
			s.heads[top], s.deps[top] = subj, "appos"
		case f.POS == "ADV":
			s.heads[top], s.deps[top] = v, "advmod"
		default:
			s.heads[top], s.deps[top] = v, "obl"
		}
		s.heads[a], s.deps[a] = top, "punct"
		s.heads[b], s.deps[b] = top, "punct"
		return
	}
}

func in(i, lo, hi int) bool { return i >= lo && i < hi }

// clauseTop returns the top of the subject phrase [lo, a) that holds q, or
// -1 when it is already the subject of v.
func (s *sent) clauseTop(lo, a, q, v int) int {
	subj := q
	for in(s.heads[subj], lo, a) {
		subj = s.heads[subj]
	}
	if s.heads[subj] == v && strings.HasPrefix(s.deps[subj], "nsubj") {
		return -1
	}
	return subj
}

// makeClause makes v the head of a clause with the phrase [lo, a) topped
// by subj for its subject: v heads the sentence, or the clause of a
// reporting verb just before the subject ("Officials said Iran …") or of
// a trailing attribution that heads the sentence ("…, officials said"); what
// stood between a and v (auxiliaries, adverbs) and what follows v hang on
// v, as does a fronted adjunct before lo that hung on what moved. The
// caller places the rest of [a, v). A verb the tagger missed takes lemma.
func (s *sent) makeClause(lo, a, subj, v int, lemma string) {
	head, dep := -1, "root"
	r := lo - 1
	if r >= 0 && s.lemmas[r] == "that" {
		r--
	}
	if r >= 0 && s.verbish(r) && speechVerbs[s.lemmas[r]] {
		head, dep = r, "ccomp"
	}
	oldRoot := -1
	for i := 0; i < s.n; i++ {
		if s.heads[i] < 0 {
			oldRoot = i
		}
	}
	if head < 0 && oldRoot > v && s.verbish(oldRoot) && (speechVerbs[s.lemmas[oldRoot]] || tagVerbs[s.lemmas[oldRoot]]) {
		// "…, relief officials said": the trailing attribution reports
		// the clause.
		head, dep = oldRoot, "ccomp"
	}
	for i := lo; i < a; i++ {
		if i != subj && !in(s.heads[i], lo, a) {
			s.heads[i] = subj
		}
	}
	s.heads[subj], s.deps[subj] = v, "nsubj"
	for i := a; i < v; i++ {
		if !in(s.heads[i], a, v) {
			s.heads[i] = v
		}
	}
	hasObj := false
	for i := v + 1; i < s.n; i++ {
		hasObj = hasObj || s.heads[i] == v && s.deps[i] == "obj"
	}
	if o := s.heads[v]; !hasObj && o > v && (s.deps[v] == "amod" || s.deps[v] == "compound") && o != head {
		// "reduced food supplies" read as a noun phrase: the noun is
		// the verb's object.
		s.heads[o], s.deps[o], hasObj = v, "obj", true
	}
	for i := v + 1; i < s.n; i++ {
		if in(s.heads[i], v, s.n) || i == head || head >= 0 && s.heads[i] == head {
			continue
		}
		s.heads[i] = v
		switch p := s.tok(i).POS; {
		case p == "PUNCT":
			s.deps[i] = "punct"
		case (p == "NOUN" || p == "PROPN" || p == "PRON" || p == "NUM") && !hasObj && !s.hasKid(i, "case"):
			s.deps[i], hasObj = "obj", true
		case p == "NOUN" || p == "PROPN" || p == "PRON" || p == "NUM":
			s.deps[i] = "obl"
		case s.verbish(i) && s.hasKid(i, "mark"):
			s.deps[i] = "xcomp"
		}
	}
	s.heads[v], s.deps[v] = head, dep
	if head >= 0 && oldRoot != head && oldRoot >= 0 && s.heads[oldRoot] < 0 {
		s.heads[oldRoot] = head
	}
	for i := 0; i < lo; i++ {
		// A fronted adjunct ("On Tuesday, Iran, …") is the verb's
		// when it hung on what the repair moved.
		if head < 0 && (s.heads[i] < 0 || in(s.heads[i], lo, s.n) && s.heads[i] != v) && i != v && !in(s.heads[i], 0, lo) {
			s.heads[i] = v
		}
	}
	if lemma != "" {
		s.lemmas[v] = lemma
		if s.verbal == nil {
			s.verbal = make([]bool, s.n)
		}
		s.verbal[v] = true
	}
}

// timeNouns head a time phrase: one between subject and verb ("Iran late
// on Monday vowed …", besides the dayWords), or one the parser may read
// as an object ("travelling this week to France").
var timeNouns = set("week", "weekend", "day", "month", "year", "night", "morning", "afternoon", "evening", "overnight", "hour", "time",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// timeLead are the words that may open such a time phrase.
var timeLead = set("on", "late", "early", "in", "at", "this", "last", "overnight", "the")

// timeSubject repairs a time phrase between the subject and its verb
// ("China late on Monday increased trade", "Syrian forces today dropped
// gas", "The Union is today considering sanctions") that the parser read
// as the subject, as the head of the verb, or as a noun the verb modifies:
// the noun phrase before the time phrase is the subject, the time phrase
// the verb's adjunct, and the verb heads the clause (see makeClause).
func (s *sent) timeSubject() {
	for k := 1; k+1 < s.n; k++ {
		if !dayWords[s.lemmas[k]] {
			continue
		}
		st, end := k, k
		for st > 1 && timeLead[s.lemmas[st-1]] {
			st--
		}
		for end+2 < s.n && timeNouns[s.lemmas[end+1]] {
			end++
		}
		a := st
		aux := false
		for a > 1 && s.tok(a-1).POS == "AUX" {
			a--
			aux = true
		}
		q := a - 1
		if p := s.tok(q).POS; p != "NOUN" && p != "PROPN" && s.dc.actorAt[s.t0+q] < 0 || dayWords[s.lemmas[q]] || timeNouns[s.lemmas[q]] {
			continue
		}
		v := end + 1
		for v+1 < s.n && (s.tok(v).POS == "AUX" || s.tok(v).POS == "ADV") {
			v++
			aux = true
		}
		t := s.tok(v)
		lemma, ok := s.candidateVerb(v, q, t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VBN" || aux)
		if !ok {
			continue
		}
		lo := s.phraseStart(q)
		subj := s.clauseTop(lo, a, q, v)
		if subj < 0 {
			return
		}
		if h := s.heads[subj]; h >= 0 && h < lo && s.verbish(h) && !speechVerbs[s.lemmas[h]] {
			// The phrase belongs to a clause before it.
			continue
		}
		s.makeClause(lo, a, subj, v, lemma)
		for i := st; i <= end; i++ {
			switch {
			case i == k:
				s.heads[i], s.deps[i] = v, "obl:tmod"
			case i < k:
				s.heads[i] = k
				if s.tok(i).POS == "ADP" {
					s.deps[i] = "case"
					s.deps[k] = "obl"
				} else {
					s.deps[i] = "advmod"
				}
			default:
				s.heads[i], s.deps[i] = k, "compound"
			}
		}
		for i := a; i < st; i++ {
			s.heads[i], s.deps[i] = v, "aux"
		}
		return
	}
}

// frontedAdjunct repairs a clause after a fronted prepositional phrase and
// its comma ("On Tuesday, Kenya and Ethiopia agreed …", "In the capital,
// Turkish troops fired …") whose subject the parser conjoined to the
// phrase's noun: the noun phrase after the comma is the subject of the
// verb that follows it, the fronted phrase the verb's adjunct.
func (s *sent) frontedAdjunct() {
	if s.n < 6 || s.tok(0).POS != "ADP" {
		return
	}
	c := 1
	for c < s.n && c < 10 && s.lemmas[c] != "," && !s.verbish(c) {
		c++
	}
	if c >= s.n-3 || s.lemmas[c] != "," {
		return
	}
	a := c + 1
	for a < s.n-1 && !s.verbish(a) && s.tok(a).POS != "PUNCT" && s.tok(a).POS != "ADP" && !(s.tok(a).POS != "PROPN" && s.dc.verbForm != nil && a > c+1 && s.dc.verbForm(strings.ToLower(s.text(a)), false) != "") {
		a++
	}
	q := a - 1
	if q <= c || s.tok(q).POS != "NOUN" && s.tok(q).POS != "PROPN" {
		return
	}
	v := a
	for v+1 < s.n && (s.tok(v).POS == "AUX" || s.tok(v).POS == "ADV") {
		v++
	}
	t := s.tok(v)
	lemma := ""
	switch {
	case t.POS == "VERB" && (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "VBN" || v > a):
	case t.POS != "VERB" && t.POS != "PROPN" && s.dc.verbForm != nil:
		if lemma = s.dc.verbForm(strings.ToLower(s.text(v)), s.tok(q).Tag == "NN" || s.tok(q).Tag == "NNP"); lemma == "" {
			return
		}
	default:
		return
	}
	subj := s.clauseTop(c+1, a, q, v)
	if subj < 0 {
		return
	}
	if h := s.heads[subj]; h > c && h != v {
		// The phrase hangs inside the clause (an object): not this error.
		return
	}
	top := -1
	for i := 0; i < c; i++ {
		if !in(s.heads[i], 0, c) {
			top = i
			break
		}
	}
	if top < 0 {
		return
	}
	s.makeClause(c+1, a, subj, v, lemma)
	for i := 0; i < c; i++ {
		if i != top && !in(s.heads[i], 0, c) {
			s.heads[i] = top
		}
	}
	s.heads[top], s.deps[top] = v, "obl"
	s.heads[c], s.deps[c] = v, "punct"
}

// reportedClause repairs a clause reported without "that" whose subject the
// parser made the object of the reporting verb and whose verb a modifier
// of the noun after it ("Officials said Egyptian militants hurled grenades
// at a police station", read as "said militants [and] hurled grenades"):
// the verb heads the reported clause, the noun phrase before it is its
// subject; so too when the noun phrase was read as a second subject of the
// reporting verb and the verb with its object as the noun's participle
// ("Officials said Britain pressed Zimbabwe to reform").
func (s *sent) reportedClause() {
	for v := 3; v+1 < s.n; v++ {
		t := s.tok(v)
		if t.POS != "VERB" || t.Tag != "VBD" && t.Tag != "VBN" {
			continue
		}
		if !((s.deps[v] == "amod" || s.deps[v] == "compound") && s.heads[v] > v || s.deps[v] == "acl" && s.heads[v] < v && s.hasKid(v, "obj")) {
			continue
		}
		q := v - 1
		if p := s.tok(q).POS; p != "NOUN" && p != "PROPN" {
			continue
		}
		lo := q
		for lo > 0 && !s.verbish(lo-1) && s.lemmas[lo-1] != "that" && s.tok(lo-1).POS != "PUNCT" {
			lo--
		}
		r := lo - 1
		if r >= 0 && s.lemmas[r] == "that" {
			r--
		}
		if r < 0 || !s.verbish(r) || !speechVerbs[s.lemmas[r]] {
			continue
		}
		subj := q
		for in(s.heads[subj], lo, v) {
			subj = s.heads[subj]
		}
		if s.heads[subj] != r || s.deps[subj] != "obj" && s.deps[subj] != "nsubj" || subj < r {
			continue
		}
		s.makeClause(lo, v, subj, v, "")
		return
	}
}

// trailingAttribution repairs the end of a reported clause hung on the
// attribution that follows it ("Haiti asked the UN for assistance,
// officials said", with "for assistance" read as the saying's): a phrase
// before the comma that opens an attribution conjoined to the clause's
// verb is the verb's; an attribution read as the verb's complement clause
// is a parenthetical (parataxis).
func (s *sent) trailingAttribution() {
	for r := 2; r < s.n; r++ {
		v := s.heads[r]
		if !s.verbish(r) || !speechVerbs[s.lemmas[r]] || v < 0 || v >= r || s.deps[r] != "conj" && s.deps[r] != "parataxis" && s.deps[r] != "ccomp" || !s.verbish(v) {
			continue
		}
		c := r - 1
		for c > v && s.lemmas[c] != "," {
			c--
		}
		if c <= v || !s.hasKid(r, "nsubj") || s.hasKid(r, "mark") || s.hasKid(r, "ccomp") {
			continue
		}
		for i := v + 1; i < c; i++ {
			if s.heads[i] == r {
				s.heads[i] = v
				if strings.HasPrefix(s.deps[i], "nsubj") {
					// "arrested a leader, his party said", with the
					// leader a second subject of "said": the object.
					if s.hasKid(v, "obj") {
						s.deps[i] = "dep"
					} else {
						s.deps[i] = "obj"
					}
				}
			}
		}
		if s.deps[r] == "ccomp" {
			// "Pakistan appealed for aid, the state news agency
			// reported": the attribution is no clause the appeal is
			// about.
			s.deps[r] = "parataxis"
		}
	}
}

// naming reports whether verb v names what its object is ("calling it a
// violation", "called the plan a disgrace", "called the treatment
// pathetic", "called it \"unacceptable\""): a predicative complement after
// the object, or a quotation or an adjective right after the object's
// phrase.
func (s *sent) naming(v int) bool {
	o := s.child(v, "obj")
	if o < 0 {
		return false
	}
	for _, k := range s.childrenOf(v, "xcomp", "obj", "obl:unmarked") {
		if k > o && s.tok(k).POS != "VERB" {
			return true
		}
	}
	end := o
	for i := o + 1; i < s.n; i++ {
		h := i
		for h >= 0 && h != o {
			h = s.heads[h]
		}
		if h != o {
			break
		}
		end = i
	}
	if k := end; k > o && s.tok(k).POS == "ADJ" && s.deps[k] == "amod" && s.heads[k] < k {
		return true
	}
	if k := end + 1; k < s.n && s.tok(k).POS == "ADJ" && s.heads[k] != o {
		return true
	}
	for k := o + 1; k < s.n && k <= max(end+1, o+3) && s.lemmas[k] != ","; k++ {
		// A quotation just after the object ("called it a \"culture
		// of death\"", "called the treatment \"pathetic\"").
		if strings.ContainsAny(s.text(k), "\"“") {
			return true
		}
	}
	return false
}

// subordinators introduce an adverbial clause; the parser may read one as
// a preposition.
var subordinators = set("after", "before", "until", "since", "because", "while", "when", "once", "unless", "as")

// subordinator repairs a subordinate clause read as the complement of the
// verb before it, with the verb's object for its subject and the
// subordinator for a preposition ("cancelled a visit to Mali after a state
// of emergency was declared", read as "a visit … was declared"): the object
// is the verb's again, and the clause its adjunct, with the noun after the
// subordinator for subject.
func (s *sent) subordinator() {
	for v := 0; v < s.n; v++ {
		m := s.heads[v]
		if m < 0 || m > v || s.deps[v] != "ccomp" || s.tok(v).POS != "VERB" || s.hasKid(m, "obj") {
			continue
		}
		k := -1
		for i := m + 1; i < v; i++ {
			if s.heads[i] == v && (s.deps[i] == "nsubj" || s.deps[i] == "nsubj:pass") {
				k = i
			}
		}
		if k < 0 {
			continue
		}
		for a := k + 1; a < v; a++ {
			n := s.heads[a]
			if !subordinators[s.lemmas[a]] || s.deps[a] != "case" || n <= a || n >= v {
				continue
			}
			// The noun after the subordinator hangs in the subject.
			x := n
			for x >= 0 && x != k && x > m {
				x = s.heads[x]
			}
			if x != k {
				continue
			}
			s.heads[n], s.deps[n] = v, s.deps[k]
			s.heads[k], s.deps[k] = m, "obj"
			s.heads[a], s.deps[a] = v, "mark"
			s.deps[v] = "advcl"
			break
		}
	}
}

// afterModal repairs a verb after a modal the tagger read as a noun or
// adjective ("Kenya will no longer host refugees", "host" a noun): a word
// with a modal auxiliary and a subject or object, and no copula ("should
// be free"), is a verb.
func (s *sent) afterModal() {
	for v := 1; v < s.n; v++ {
		if p := s.tok(v).POS; p != "NOUN" && p != "ADJ" {
			continue
		}
		modal := false
		for k := 0; k < v; k++ {
			modal = modal || s.heads[k] == v && s.deps[k] == "aux" && s.tok(k).Tag == "MD"
		}
		if !modal || s.hasKid(v, "cop") || !s.hasKid(v, "nsubj") && !s.hasKid(v, "obj") {
			continue
		}
		if s.verbal == nil {
			s.verbal = make([]bool, s.n)
		}
		s.verbal[v] = true
		s.lemmas[v] = strings.ToLower(s.text(v))
	}
}

// perfect repairs a perfect read as "have" with a verb for object ("Syria
// has refused to attend", "refused" the object of "has"): the participle
// heads the clause, "have" is its auxiliary.
func (s *sent) perfect() {
	for a := 0; a+1 < s.n; a++ {
		if s.lemmas[a] != "have" || s.tok(a).POS != "VERB" {
			continue
		}
		v := a + 1
		for v+1 < s.n && s.tok(v).POS == "ADV" {
			v++
		}
		if t := s.tok(v); t.POS != "VERB" || t.Tag != "VBN" && t.Tag != "VBD" || s.heads[v] != a || s.deps[v] != "obj" && s.deps[v] != "ccomp" && s.deps[v] != "xcomp" {
			continue
		}
		if s.hasKid(v, "nsubj") || s.hasKid(v, "nsubj:pass") {
			continue
		}
		for i := 0; i < s.n; i++ {
			if s.heads[i] == a && i != v {
				s.heads[i] = v
			}
		}
		s.heads[v], s.deps[v] = s.heads[a], s.deps[a]
		s.heads[a], s.deps[a] = v, "aux"
	}
}

// untaggedVerb repairs a clause with no verb heading it where the
// tagger or the parser missed one: the whole sentence when it has no verb
// at all, or the reported clause before a trailing attribution ("…,
// residents said") when no verb heads it. A word in a finite verb form —
// an irregular past (the tagger's list), a regular past in "-ed", or an
// "-s" form after a singular noun — of a verb the lexicon knows, tagged
// otherwise ("Rebels overran a base", "overran" read as a preposition;
// "Troops shot three protesters", "shot" a noun), or, before an
// attribution, a past verb read as a participle of a noun ("Troops
// detained two journalists, officials charged"), that stands between a
// noun and a noun phrase is the clause's verb: the phrase before is its
// subject, the first noun phrase after its object.
func (s *sent) untaggedVerb() {
	if s.dc.verbForm == nil {
		return
	}
	headless := true
	for i := 0; i < s.n; i++ {
		// No verb heads the sentence or has a subject.
		headless = headless && !(s.verbish(i) && (s.heads[i] < 0 || s.hasKid(i, "nsubj") || s.hasKid(i, "nsubj:pass")))
	}
	if headless {
		// A dateline ("new delhi: the committee demanded …") is no
		// part of the clause.
		lo := 0
		for i := 1; i < s.n && i < 8; i++ {
			if s.lemmas[i] == ":" {
				lo = i + 1
				break
			}
		}
		s.headVerb(lo, s.n, -1, "root", true)
		return
	}
	s.mainClause()
	// "…, residents said": a reporting verb after the last comma, with
	// no verb after that comma but itself.
	r, c := -1, -1
	for i := s.n - 1; i >= 0 && c < 0; i-- {
		switch {
		case s.lemmas[i] == ",":
			c = i
		case s.verbish(i) && r < 0 && (speechVerbs[s.lemmas[i]] || tagVerbs[s.lemmas[i]]):
			r = i
		case s.verbish(i):
			return
		}
	}
	if r < 0 || c < 2 || s.heads[r] >= 0 && s.heads[r] < c {
		return
	}
	for k := 0; k < c; k++ {
		// A verb heads the clause already.
		h := s.heads[k]
		if s.verbish(k) && (h < 0 || h >= c || s.hasKid(k, "nsubj") || s.hasKid(k, "nsubj:pass")) {
			return
		}
	}
	s.headVerb(0, c, r, "ccomp", true)
}

// mainClause repairs a main clause with no verb before a subordinate or
// relative clause that has one ("Troops shot three protesters after they
// refused to disperse", "shot" read as a noun): the untagged verb heads the
// sentence, and the subordinate clause is its adjunct.
func (s *sent) mainClause() {
	m := -1
	for i := 2; i < s.n && m < 0; i++ {
		if t := s.tok(i); t.POS == "SCONJ" || t.Tag == "WP" || t.Tag == "WDT" {
			m = i
		}
	}
	if m < 0 {
		return
	}
	for k := 0; k < m; k++ {
		if h := s.heads[k]; s.verbish(k) && (h < 0 || h >= m || s.hasKid(k, "nsubj") || s.hasKid(k, "nsubj:pass")) {
			return
		}
	}
	s.headVerb(0, m, -1, "root", true)
}

// verbish reports whether i is a verb or auxiliary, in the repair's view.
func (s *sent) verbish(i int) bool {
	p := s.tok(i).POS
	return p == "VERB" || p == "AUX" || s.verbal != nil && s.verbal[i]
}

// headVerb finds in tokens [lo, hi) the verb untaggedVerb describes (with
// participle, also a past verb hung under a noun) and makes it the head of
// the span, as dep of head (-1: the root). It reports whether it found one.
func (s *sent) headVerb(lo, hi, head int, dep string, participle bool) bool {
	for v := lo + 1; v+1 < hi; v++ {
		t := s.tok(v)
		if t.POS == "PROPN" || t.POS == "PUNCT" || t.POS == "NUM" {
			continue
		}
		q := v - 1
		for q > lo && s.tok(q).POS == "ADV" {
			q--
		}
		if s.lemmas[q] == "," {
			// "Poland, like several other members, imposed …": a
			// parenthetical phrase after the subject.
			a := q - 1
			for a > lo && s.lemmas[a] != "," && !s.verbish(a) {
				a--
			}
			if a > lo && a+1 < q && s.lemmas[a] == "," && s.tok(a+1).POS == "ADP" {
				q = a - 1
			}
		}
		if p := s.tok(q).POS; p != "NOUN" && p != "PROPN" {
			continue
		}
		var l string
		if t.POS == "VERB" {
			if d := s.deps[v]; !participle || t.Tag != "VBD" && t.Tag != "VBN" || d != "acl" && d != "amod" && d != "compound" {
				continue
			}
			l = s.lemmas[v]
		} else {
			singular := s.tok(q).Tag == "NN" || s.tok(q).Tag == "NNP"
			if l = s.dc.verbForm(strings.ToLower(s.text(v)), singular); l == "" {
				continue
			}
		}
		// An object after it, a particle, or the infinitive of a plan.
		if n := s.tok(v + 1); n.POS != "DET" && n.POS != "NUM" && n.POS != "ADJ" && n.POS != "NOUN" && n.POS != "PROPN" && n.Tag != "PRP$" && n.Tag != "RP" && !(n.Tag == "TO" && planVerbs[l]) {
			continue
		}
		in := func(i, lo, hi int) bool { return i >= lo && i < hi }
		// The subject: the phrase top nearest the verb; what hung on the
		// verb before it is the subject's.
		subj, obj := -1, -1
		for i := v - 1; i >= lo && subj < 0; i-- {
			if p := s.tok(i).POS; !in(s.heads[i], lo, v) && (p == "NOUN" || p == "PROPN" || p == "PRON") {
				subj = i
			}
		}
		if subj < 0 {
			continue
		}
		for i := lo; i < hi; i++ {
			if i == v {
				continue
			}
			h := s.heads[i]
			left := i < v
			if left && in(h, lo, v) || !left && in(h, v+1, hi) {
				continue
			}
			switch p := s.tok(i).POS; {
			case p == "PUNCT":
				s.heads[i] = v
			case i == subj:
				s.heads[i], s.deps[i] = v, "nsubj"
			case left:
				// "Kenyan police shot …", with "Kenyan" the root.
				s.heads[i] = subj
				if s.deps[i] == "root" {
					s.deps[i] = "compound"
				}
			case dayWords[s.lemmas[i]]:
				// "left yesterday for Paris": the day is no object, and
				// what hung on it is the verb's.
				s.heads[i], s.deps[i] = v, "obl:tmod"
				for k := i + 1; k < hi; k++ {
					if s.heads[k] == i && s.hasKid(k, "case") {
						s.heads[k], s.deps[k] = v, "obl"
					}
				}
			case obj < 0 && (p == "NOUN" || p == "PROPN" || p == "PRON" || p == "NUM") && !s.hasKid(i, "case"):
				obj = i
				s.heads[i], s.deps[i] = v, "obj"
			default:
				if h != v {
					s.heads[i] = v
					if s.hasKid(i, "case") {
						s.deps[i] = "obl"
					} else if s.deps[i] == "acl" && s.hasKid(i, "mark") {
						// "plans to impose": the infinitive is the verb's.
						s.deps[i] = "xcomp"
					}
				}
			}
		}
		s.heads[v], s.deps[v] = head, dep
		s.lemmas[v] = l
		if head < 0 {
			// What stood outside the span as the root, or as a
			// subordinate clause of a word in it, is the verb's adjunct.
			for i := 0; i < s.n; i++ {
				if in(i, lo, hi) || i == v {
					continue
				}
				if h := s.heads[i]; h < 0 && !s.hasKid(i, "mark") {
					s.heads[i], s.deps[i] = v, "parataxis"
				} else if h < 0 || s.verbish(i) && in(h, lo, hi) && s.hasKid(i, "mark") && s.deps[i] != "acl:relcl" {
					s.heads[i], s.deps[i] = v, "advcl"
				}
			}
		}
		if s.verbal == nil {
			s.verbal = make([]bool, s.n)
		}
		s.verbal[v] = true
		return true
	}
	return false
}

// activeVBN reports whether v, tagged a past participle, may be a finite
// past verb the tagger slipped on ("The Kenyan minister resigned after the
// scandal", "The rebels called for talks"): one of the activeVerbs, with
// no object and no "by" agent. The caller checks that its noun stands
// where a clause should.
func (s *sent) activeVBN(v int) bool {
	if s.tok(v).Tag != "VBN" || s.hasKid(v, "obj") {
		return false
	}
	// (The kids are not built yet: a "by" is found through the heads.)
	for k := 0; k < s.n; k++ {
		if s.heads[k] == v && s.deps[k] == "obl:agent" {
			for j := 0; j < s.n; j++ {
				if s.heads[j] == k && s.deps[j] == "case" && s.lemmas[j] == "by" {
					return false
				}
			}
		}
	}
	if s.lemmas[v] == "fire" {
		// "Troops fired on protesters": fired at someone, not from a
		// job ("ministers fired after the scandal").
		for k := 0; k < s.n; k++ {
			if s.heads[k] == v && strings.HasPrefix(s.deps[k], "obl") {
				for j := 0; j < s.n; j++ {
					if s.heads[j] == k && s.deps[j] == "case" && (s.lemmas[j] == "on" || s.lemmas[j] == "at" || s.lemmas[j] == "upon") {
						return true
					}
				}
			}
		}
	}
	return intransitive[s.lemmas[v]] || activeVerbs[s.lemmas[v]]
}

func (s *sent) tok(i int) *doc.Token { return &s.dc.d.Tokens[s.t0+i] }

// verb reports whether i is a verb, by its tag or by the repair.
func (s *sent) verb(i int) bool {
	return s.tok(i).POS == "VERB" || s.verbal != nil && s.verbal[i]
}

func (s *sent) head(i int) int { return s.heads[i] }

func (s *sent) dep(i int) string {
	if i < 0 {
		return ""
	}
	return s.deps[i]
}

func (s *sent) lemma(i int) string { return s.lemmas[i] }

func (s *sent) text(i int) string {
	t := s.tok(i)
	return s.dc.d.Text[t.Start:t.End]
}

// child returns the first child of i whose relation is one of deps.
func (s *sent) child(i int, deps ...string) int {
	for _, k := range s.kids[i] {
		for _, d := range deps {
			if s.dep(k) == d {
				return k
			}
		}
	}
	return -1
}

// childrenOf returns the children of i whose relation is one of deps.
func (s *sent) childrenOf(i int, deps ...string) []int {
	var out []int
	for _, k := range s.kids[i] {
		for _, d := range deps {
			if s.dep(k) == d {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// prep returns the preposition introducing argument i ("for", "according
// to" as "according"), or "".
func (s *sent) prep(i int) string {
	for _, k := range s.kids[i] {
		if d := s.dep(k); d == "case" || (d == "mark" && s.tok(k).POS != "PART") {
			return s.lemma(k)
		}
	}
	// "of human rights abuses", with "of" hung on the compound "rights":
	// a preposition under a compound before the head is the phrase's.
	for _, c := range s.kids[i] {
		if c < i && s.dep(c) == "compound" {
			if k := s.child(c, "case"); k >= 0 && k < c {
				return s.lemma(k)
			}
		}
	}
	return ""
}

// prepKid returns the first oblique or nominal dependent of i introduced
// by prep, or -1.
func (s *sent) prepKid(i int, prep string) int {
	for _, k := range s.kids[i] {
		if d := s.dep(k); (strings.HasPrefix(d, "obl") || strings.HasPrefix(d, "nmod")) && s.prep(k) == prep {
			return k
		}
	}
	return -1
}

// clausal reports a relation that starts a clause of its own.
func clausal(dep string) bool {
	switch dep {
	case "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "csubj:pass", "conj":
		return true
	}
	return false
}

// isPassive reports whether verb i is in the passive voice.
func (s *sent) isPassive(i int) bool {
	return s.child(i, "nsubj:pass", "aux:pass") >= 0 || (s.dep(i) == "acl" && s.tok(i).Tag == "VBN") || s.sharedPassive(i)
}

// sharedPassive reports whether i is a conjunct that shares the passive
// auxiliary of the verb before it, tagged as a past: "was detained in Iran
// and charged with espionage". Only verbs that take an object in news
// ("charged", not "retaliated") are read so, and only with no subject,
// auxiliary or object of their own.
func (s *sent) sharedPassive(i int) bool {
	h := s.head(i)
	if s.dep(i) != "conj" || h < 0 || h > i || !passiveConjuncts[s.lemma(i)] || s.tok(i).Tag != "VBD" && s.tok(i).Tag != "VBN" {
		return false
	}
	if s.child(i, "nsubj", "nsubj:pass", "aux", "aux:pass", "obj") >= 0 {
		return false
	}
	// (Down a list: "was detained, charged and sentenced".)
	return s.child(h, "aux:pass") >= 0 || s.sharedPassive(h)
}

// passiveConjuncts are verbs a conjunct of a passive is read as passive
// with (see sharedPassive).
var passiveConjuncts = set("charge", "accuse", "sentence", "convict", "indict", "deport", "expel", "extradite", "jail",
	"imprison", "detain", "arrest", "release", "free", "fine", "ban", "question", "interrogate", "beat", "torture",
	"transfer", "wound", "injure", "kill", "abduct", "kidnap", "prosecute", "try", "execute", "hang")

// negated reports whether i is negated ("not", "never", "no").
func (s *sent) negated(i int) int {
	for _, k := range s.kids[i] {
		switch s.lemma(k) {
		case "not", "n't", "never":
			if o := s.child(k, "advmod"); o >= 0 && s.lemma(o) == "only" && s.lemma(k) == "not" {
				// "not only supported the bank but also …": an
				// addition, no negation.
				continue
			}
			if k+1 < s.n && s.lemma(k) == "not" && s.lemma(k+1) == "only" {
				continue
			}
			if d := s.dep(k); d == "advmod" || d == "neg" || d == "aux" {
				return k
			}
		case "no":
			if s.dep(k) == "det" {
				return k
			}
		case "long":
			// "will no longer host".
			if n := s.child(k, "advmod"); n >= 0 && s.lemma(n) == "no" && s.dep(k) == "advmod" {
				return n
			}
		}
	}
	if s.tok(i).POS == "VERB" {
		// "Japan imposed no sanctions on Iran": the act with no
		// object is not done.
		for _, o := range s.childrenOf(i, "obj") {
			if n := s.child(o, "det"); n >= 0 && s.lemma(n) == "no" && n < o {
				return n
			}
		}
	}
	return -1
}

// clause returns the tokens of i's clause: its subtree without embedded
// clauses.
func (s *sent) clause(i int, out []bool) []bool {
	if out == nil {
		out = make([]bool, s.n)
	}
	out[i] = true
	for _, k := range s.kids[i] {
		d := s.dep(k)
		if d == "acl" && s.tok(i).POS == "NUM" {
			continue
		}
		if clausal(d) && !(d == "conj" && (s.tok(k).POS == "NOUN" || s.tok(k).POS == "PROPN")) {
			continue
		}
		s.clause(k, out)
	}
	return out
}

// destPreps introduce a destination or an origin ("to Somalia", "from
// the border"), or what a sentence is for.
var destPreps = map[string]bool{"to": true, "from": true, "into": true, "onto": true, "for": true}

// caseLemma returns the lemma of i's preposition ("case" dependent), or ""
// before the dependency lists are built.
func (s *sent) caseLemma(i int) string {
	for c := 0; c < i; c++ {
		if s.heads[c] == i && s.deps[c] == "case" {
			return s.lemmas[c]
		}
	}
	return ""
}

// hasKid reports whether token i has a dependent with relation dep, in the
// repair's view (before kids are built).
func (s *sent) hasKid(i int, dep string) bool {
	for k := 0; k < s.n; k++ {
		if s.heads[k] == i && s.deps[k] == dep {
			return true
		}
	}
	return false
}

// toInfinitive reports whether verb a has the "to" of an infinitive.
func (s *sent) toInfinitive(a int) bool {
	for j := 0; j < a; j++ {
		if s.heads[j] == a && s.deps[j] == "mark" && s.lemmas[j] == "to" {
			return true
		}
	}
	return false
}

// caseIs reports whether token i has the case marker prep, in the
// repair's view (before kids are built).
func (s *sent) caseIs(i int, prep string) bool {
	for k := 0; k < i; k++ {
		if s.heads[k] == i && s.deps[k] == "case" && s.lemmas[k] == prep {
			return true
		}
	}
	return false
}

// verbConjuncts rehangs a finite verb read as a conjunct of a noun on the
// verb that noun depends on: "imposed sanctions on Iran's oil ministry and
// accused Tehran of funding militias", with "accused" a conjunct of
// "sanctions", is the second act of "imposed". It runs after the other
// repairs, which may have made the verb of such a noun.
func (s *sent) verbConjuncts() {
	// "Russian police arrested two tourists and accused them of spying",
	// parsed as "police (who were) arrested two tourists" and "accused"
	// the root: a participle with an object of its own right after the
	// subject, and a conjoined verb after it, is the first conjunct.
	for v1 := 1; v1 < s.n; v1++ {
		nn, t := s.heads[v1], s.tok(v1)
		if s.deps[v1] != "acl" || nn != v1-1 || t.POS != "VERB" || (t.Tag != "VBN" && t.Tag != "VBD") || !s.hasKidLocal(v1, "obj") || s.hasKidLocal(v1, "aux") || s.hasKidLocal(v1, "aux:pass") {
			continue
		}
		v2 := s.heads[nn]
		if s.deps[nn] != "nsubj" || v2 <= v1 || s.tok(v2).POS != "VERB" {
			continue
		}
		cc := false
		for j := v1 + 1; j < v2; j++ {
			cc = cc || s.heads[j] == v2 && s.deps[j] == "cc"
		}
		if !cc {
			continue
		}
		s.heads[v1], s.deps[v1] = s.heads[v2], s.deps[v2]
		s.heads[v2], s.deps[v2] = v1, "conj"
		s.heads[nn] = v1
		for j := 0; j < s.n; j++ {
			if s.heads[j] == v2 && j > v2 && s.deps[j] == "punct" && j == s.n-1 {
				s.heads[j] = v1
			}
		}
	}
	// "attacked a base, freed four hostages and seized weapons", with the
	// middle verb read as a loose clause (parataxis): after a comma, with
	// no subject of its own, and itself conjoined to a last verb or told
	// in the past, it is the first verb's conjunct.
	for v2 := 2; v2 < s.n; v2++ {
		v1, t := s.heads[v2], s.tok(v2)
		if s.deps[v2] != "parataxis" || v1 < 0 || v1 > v2 || t.POS != "VERB" || t.Tag == "VBG" || s.tok(v1).POS != "VERB" || s.text(v2-1) != "," {
			continue
		}
		if s.hasKidLocal(v2, "nsubj") || s.hasKidLocal(v2, "nsubj:pass") || s.hasKidLocal(v2, "expl") || s.hasKidLocal(v2, "mark") {
			continue
		}
		if !s.hasKidLocal(v2, "conj") && t.Tag != "VBD" {
			continue
		}
		s.deps[v2] = "conj"
	}
	// "was detained in Egypt, charged with spreading false news and
	// sentenced to five years", with the middle participle read as an
	// adjunct: a bare passive participle after a comma, in a list the
	// last "and" closes, is a conjunct of the passive before it.
	for v2 := 2; v2 < s.n; v2++ {
		v1, t := s.heads[v2], s.tok(v2)
		if s.deps[v2] != "advcl" || v1 < 0 || v1 > v2 || t.Tag != "VBN" || !passiveConjuncts[s.lemmas[v2]] || s.text(v2-1) != "," || !s.hasKidLocal(v1, "aux:pass") {
			continue
		}
		if s.hasKidLocal(v2, "nsubj") || s.hasKidLocal(v2, "nsubj:pass") || s.hasKidLocal(v2, "aux") || s.hasKidLocal(v2, "aux:pass") || s.hasKidLocal(v2, "mark") || s.hasKidLocal(v2, "obj") {
			continue
		}
		closed := false
		for j := v2 + 1; j < s.n; j++ {
			if s.heads[j] > v2 && s.deps[j] == "cc" && s.deps[s.heads[j]] == "conj" && s.tok(s.heads[j]).POS == "VERB" {
				closed = true
			}
		}
		if closed {
			s.deps[v2] = "conj"
		}
	}
	// "attacked an army base in Darfur, seized weapons and kidnapped two
	// soldiers", "expelled six diplomats, accused New Delhi of …", with
	// the middle verb read as a participle modifying the object before
	// the comma: a past form with an object of its own (or an agent with
	// no "by", an object misread) in a list the last "and" closes is the
	// first verb's conjunct.
	for c := 2; c < s.n; c++ {
		n, t := s.heads[c], s.tok(c)
		if s.deps[c] != "acl" || n < 0 || n > c || t.POS != "VERB" || (t.Tag != "VBD" && t.Tag != "VBN") || s.text(c-1) != "," {
			continue
		}
		if s.hasKidLocal(c, "aux") || s.hasKidLocal(c, "aux:pass") || s.hasKidLocal(c, "nsubj") {
			continue
		}
		v := s.heads[n]
		if v < 0 || v > n || s.tok(v).POS != "VERB" || (s.deps[n] != "obj" && !strings.HasPrefix(s.deps[n], "obl")) {
			continue
		}
		obj := -1
		for j := c + 1; j < s.n; j++ {
			if s.heads[j] == c && (s.deps[j] == "obj" || s.deps[j] == "obl:agent" && !s.byCase(j)) {
				obj = j
				break
			}
		}
		if obj < 0 {
			continue
		}
		closed := false
		for j := obj + 1; j+1 < s.n; j++ {
			if s.tok(j).POS == "CCONJ" && s.tok(j+1).POS == "VERB" || s.tok(j).POS == "CCONJ" && j+2 < s.n && s.tok(j+1).POS == "ADV" && s.tok(j+2).POS == "VERB" {
				closed = true
				break
			}
		}
		if !closed {
			continue
		}
		s.heads[c], s.deps[c] = v, "conj"
		if s.deps[obj] == "obl:agent" {
			s.deps[obj] = "obj"
		}
	}
	// "prompting Hezbollah to fire rockets at northern Israel", with
	// "fire" read as a noun ("to fire rockets" a phrase of the verb):
	// right after the object of a verb whose object does what its
	// infinitive says, "to" and a word the lexicon knows as a verb,
	// modifying the phrase's noun, is that infinitive; the noun is its
	// object, and the phrases after it are its own.
	for t := 2; t+1 < s.n && s.dc.knownVerb != nil; t++ {
		to, n := t-1, s.heads[t]
		if s.lemmas[to] != "to" || s.tok(t).POS != "NOUN" || s.deps[t] != "compound" || n <= t || s.heads[to] != n || s.deps[to] != "case" || !s.dc.knownVerb(s.lemmas[t]) {
			continue
		}
		v := s.heads[n]
		if v < 0 || v > to || !(causeVerbs[s.lemmas[v]] || controlVerbs[s.lemmas[v]] || permitVerbs[s.lemmas[v]]) || !strings.HasPrefix(s.deps[n], "obl") {
			continue
		}
		o := -1
		for j := v + 1; j < to; j++ {
			if s.heads[j] == v && s.deps[j] == "obj" {
				o = j
			}
		}
		if o < 0 {
			continue
		}
		s.heads[t], s.deps[t] = v, "xcomp"
		s.heads[to], s.deps[to] = t, "mark"
		s.heads[n], s.deps[n] = t, "obj"
		for j := n + 1; j < s.n; j++ {
			if s.heads[j] == v && strings.HasPrefix(s.deps[j], "obl") {
				s.heads[j] = t
			}
		}
		if s.verbal == nil {
			s.verbal = make([]bool, s.n)
		}
		s.verbal[t] = true
	}
	// "Russia fired missiles at Kyiv and Ukraine shot them down", with
	// "Kyiv and Ukraine" read as one phrase and "shot" a conjunct with no
	// subject: the noun conjoined right before a finite verb that has
	// none is that verb's subject, and the "and" joins the clauses.
	for c := 3; c < s.n; c++ {
		nn, cc := c-1, c-2
		if s.deps[c] != "conj" || s.tok(c).POS != "VERB" || (s.tok(c).Tag != "VBD" && s.tok(c).Tag != "VBZ") || s.hasKidLocal(c, "nsubj") || s.hasKidLocal(c, "nsubj:pass") {
			continue
		}
		if v := s.heads[c]; v < 0 || v > cc || s.tok(v).POS != "VERB" {
			continue
		}
		if p := s.tok(nn).POS; (p != "PROPN" && p != "NOUN") || s.deps[nn] != "conj" || s.heads[cc] != nn || s.deps[cc] != "cc" {
			continue
		}
		s.heads[nn], s.deps[nn] = c, "nsubj"
		s.heads[cc] = c
	}
	// "The European Union, which imposed sanctions on Russia, criticized
	// China", with "imposed" read as an adjective, "sanctions on Russia"
	// as the subject and the Union as an outer subject: the outer subject
	// before a relative pronoun is the verb's subject.
	for v := 0; v < s.n; v++ {
		o, k := -1, -1
		for j := 0; j < v; j++ {
			if s.heads[j] == v && s.deps[j] == "nsubj:outer" && o < 0 {
				o = j
			}
			if s.heads[j] == v && s.deps[j] == "nsubj" {
				k = j
			}
		}
		if o < 0 || k < o {
			continue
		}
		rel := false
		for j := o + 1; j < k; j++ {
			rel = rel || relatives[s.lemmas[j]] && s.tok(j).POS == "PRON"
		}
		if rel {
			s.deps[o], s.deps[k] = "nsubj", "dep"
		}
	}
	for c := 1; c < s.n; c++ {
		h := s.heads[c]
		if s.deps[c] != "conj" || h < 0 || h > c || s.tok(c).POS != "VERB" {
			continue
		}
		if t := s.tok(c).Tag; t != "VBD" && t != "VBZ" && !(t == "VBN" && s.hasKidLocal(c, "obj") && !s.hasKidLocal(c, "aux:pass")) {
			continue
		}
		if p := s.tok(h).POS; p != "NOUN" && p != "PROPN" {
			continue
		}
		v := h
		for depth := 0; depth < 6 && v >= 0 && s.tok(v).POS != "VERB" && !s.verbalAt(v); depth++ {
			d := s.deps[v]
			if d == "root" || d == "nsubj" || d == "nsubj:pass" || d == "conj" {
				v = -1
				break
			}
			v = s.heads[v]
		}
		if v < 0 || v >= c || s.tok(v).POS != "VERB" && !s.verbalAt(v) {
			continue
		}
		s.heads[c] = v
	}
}

// hasKidLocal is hasKid for use inside repair, before kids are built.
func (s *sent) hasKidLocal(i int, dep string) bool {
	for j := 0; j < s.n; j++ {
		if s.heads[j] == i && s.deps[j] == dep {
			return true
		}
	}
	return false
}

// verbalAt reports whether the repair made word i a verb.
func (s *sent) verbalAt(i int) bool { return s.verbal != nil && s.verbal[i] }

// byCase reports whether phrase k has the preposition "by".
func (s *sent) byCase(k int) bool {
	for j := 0; j < k; j++ {
		if s.heads[j] == k && s.deps[j] == "case" && s.lemmas[j] == "by" {
			return true
		}
	}
	return false
}

// candidateVerb reports whether v can be the verb a repaired clause hangs
// on: a verb, when finite says its tag suits, or a word the tagger did not
// read as a verb that verbForm reads as one agreeing with the subject
// word q; lemma is then the verb's lemma (empty for a tagged verb).
func (s *sent) candidateVerb(v, q int, finite bool) (lemma string, ok bool) {
	t := s.tok(v)
	switch {
	case t.POS == "VERB" && finite:
		return "", true
	case t.POS != "VERB" && t.POS != "PROPN" && s.dc.verbForm != nil:
		lemma = s.dc.verbForm(strings.ToLower(s.text(v)), s.tok(q).Tag == "NN" || s.tok(q).Tag == "NNP")
		return lemma, lemma != ""
	}
	return "", false
}

// phraseStart returns where the subject phrase that ends at q begins:
// back to the sentence's start, a comma, a verb or a complementizer.
func (s *sent) phraseStart(q int) int {
	lo := q
	for lo > 0 {
		p := s.tok(lo - 1)
		if s.lemmas[lo-1] == "," || p.POS == "VERB" || p.POS == "AUX" || p.POS == "SCONJ" || p.POS == "PUNCT" {
			break
		}
		lo--
	}
	return lo
}
