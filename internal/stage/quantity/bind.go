package quantity

import "strings"

// binding is what an expression counts.
type binding struct {
	unit      string // the counted noun's lemma, or "" when none
	nounKind  string // the class of the counted noun
	eventKind string // killed, injured, ... from the predicate
	noun      int    // the counted noun's token, -1 when none
	anaphor   bool   // the noun is a pronoun resolved to an antecedent
	id        bool   // the number names something ("Flight 17")
}

// antecedent is the last counted noun of the document, for "1,500 of
// them".
type antecedent struct {
	unit, kind string
	ok         bool
}

// children returns, for a parsed sentence, each token's dependents in
// order.
func (s *sentence) children(buf [][]int) [][]int {
	n := s.n()
	for cap(buf) < n {
		buf = append(buf[:cap(buf)], nil)
	}
	buf = buf[:n]
	for i := range buf {
		buf[i] = buf[i][:0]
	}
	for i, h := range s.heads {
		if h >= 0 {
			buf[h] = append(buf[h], i)
		}
	}
	return buf
}

// bindTree finds what e counts through the dependency tree of s.
func (s *sentence) bindTree(e expr, kids [][]int, ante antecedent) binding {
	b := binding{noun: -1}
	in := func(k int) bool { return k >= e.start && k < e.end }
	// The phrase head: the token of the span whose head is outside it.
	h, hn := -1, -1
	for k := e.start; k < e.end; k++ {
		if in(s.heads[k]) {
			continue
		}
		if strings.HasPrefix(s.dep(k), "nummod") && hn < 0 {
			hn = k
		}
		if h < 0 || (k >= e.core && k < e.coreEnd) {
			h = k
		}
	}
	if hn >= 0 {
		h = hn
	}
	if h < 0 {
		h = e.core
	}
	p := h
	head := s.heads[h]
	if head >= 0 && !in(head) {
		switch s.depBase(h) {
		case "nummod":
			b.noun = head
		case "amod", "det", "compound", "nmod", "obl", "flat", "appos":
			if head > h && s.isNoun(head) {
				b.noun = head
			}
		}
		// "Flight 17", "Resolution 2231": a noun just before names it.
		if head == e.start-1 && e.start == e.core && e.currency == "" && e.percent == "" &&
			(s.pos(head) == "NOUN" || s.pos(head) == "PROPN") && !s.hasCase(h, kids) &&
			!countNouns[s.lemma(head)] && tollNouns[s.lemma(head)] == "" {
			b.id = true
			return b
		}
	}
	// "10,000 North Korean troops" parsed with the number on "Korean":
	// climb from a proper-noun modifier to the noun it modifies.
	for b.noun >= 0 && s.pos(b.noun) == "PROPN" && s.depBase(b.noun) == "compound" &&
		s.heads[b.noun] > b.noun && s.isNoun(s.heads[b.noun]) {
		b.noun = s.heads[b.noun]
	}
	// A number word is not what a number counts ("30 hundreds").
	if b.noun >= 0 && (s.pos(b.noun) == "NUM" || canStart(s.low[b.noun]) || numberWord(s.low[b.noun])) {
		b.noun = -1
	}
	if b.noun >= 0 {
		p = b.noun
	} else {
		// "1,500 of them", "hundreds of civilians", "a third of the troops"
		for k := e.start; k < e.end && b.noun < 0; k++ {
			for _, c := range kids[k] {
				if c >= e.end && (s.depBase(c) == "nmod" || s.depBase(c) == "obl") && s.hasCaseWord(c, kids, "of") {
					b.noun = c
					break
				}
			}
		}
	}
	if b.noun < 0 && s.lowAt(e.end) == "of" {
		// The parse lost "14 of the 20 hostages": read it by word order.
		b.noun = s.ofNoun(e.end)
	}
	if b.noun < 0 {
		// The parse gave nothing: take a noun the lexicon knows right after
		// the number.
		if n := s.nounAfter(e.end); n >= 0 {
			if _, ok := nounKinds[s.lemma(n)]; ok {
				b.noun = n
			}
		}
	}
	s.elided(&b, e, ante)
	s.setNoun(&b, ante)
	b.eventKind = s.eventTree(p, h, b.noun, e.start-1, kids)
	if b.eventKind == "" {
		// A tagging or parsing error can break "the death toll rose to
		// 40", "killed 8 and wounded 30" apart: fall back on word order.
		b.eventKind = s.eventLinear(e, b.noun)
	}
	return b
}

// setNoun fills the unit and noun kind from b.noun, resolving pronouns.
func (s *sentence) setNoun(b *binding, ante antecedent) {
	if b.noun < 0 {
		return
	}
	w := s.low[b.noun]
	if anaphors[w] || s.pos(b.noun) == "PRON" {
		b.anaphor = true
		if ante.ok && anaphors[w] {
			b.unit, b.nounKind = ante.unit, ante.kind
		}
		return
	}
	l := s.lemma(b.noun)
	b.unit = l
	if c, ok := currencyWords[w]; ok {
		b.nounKind, b.unit = KindMoney, c
		return
	}
	if k, ok := nounKinds[l]; ok {
		b.nounKind = k
	} else if k, ok := nounKinds[w]; ok {
		b.nounKind = k
	} else if s.nationals(b.noun) {
		b.nounKind = KindPeople
	}
	// "armoured vehicles", "aircraft carriers", "police officers"
	if b.noun > 0 && s.modifies(b.noun-1, b.noun) {
		for _, pair := range [2]string{s.low[b.noun-1] + " " + l, s.lemma(b.noun-1) + " " + l} {
			if two, ok := nounKinds[pair]; ok {
				b.nounKind, b.unit = two, pair
				break
			}
		}
	}
}

// modifies reports whether token a modifies b as part of one name: a
// compound or adjective in the tree, or, unparsed, a word just before it.
func (s *sentence) modifies(a, b int) bool {
	if s.parsed {
		d := s.depBase(a)
		return s.heads[a] == b && (d == "compound" || d == "amod")
	}
	return a+1 == b
}

// nationals reports a capitalized plural like "Ukrainians", "Israelis".
func (s *sentence) nationals(i int) bool {
	f := s.form[i]
	if f == "" || f[0] < 'A' || f[0] > 'Z' {
		return false
	}
	return strings.HasSuffix(f, "ans") || strings.HasSuffix(f, "is") || strings.HasSuffix(f, "ese") ||
		strings.HasSuffix(f, "ers") || strings.HasSuffix(f, "ites")
}

// hasCase reports whether token k has a case marker (a preposition).
func (s *sentence) hasCase(k int, kids [][]int) bool {
	for _, c := range kids[k] {
		if s.depBase(c) == "case" {
			return true
		}
	}
	return false
}

// hasCaseWord reports whether token k has the case marker w.
func (s *sentence) hasCaseWord(k int, kids [][]int, w string) bool {
	for _, c := range kids[k] {
		if s.depBase(c) == "case" && s.low[c] == w {
			return true
		}
	}
	return false
}

// eventTree returns the event kind of the phrase headed by p (the counted
// noun, or the number's head h when it counts nothing written): "killing
// 12 people", "12 were killed", "the death toll rose to 40".
func (s *sentence) eventTree(p, h, noun, before int, kids [][]int) string {
	// Modifiers: "12 people killed", "30 wounded", "people who died".
	for _, x := range [3]int{p, h, noun} {
		if x < 0 {
			continue
		}
		for _, c := range kids[x] {
			if x == h && x != noun && c < h {
				// A number without a noun is modified after it: "12 dead".
				continue
			}
			switch s.depBase(c) {
			case "amod", "acl", "xcomp":
				if k := s.modifierKind(c); k != "" {
					return k
				}
			}
		}
	}
	if noun >= 0 && s.lemma(noun) == "life" {
		if v := s.heads[noun]; v >= 0 && lifeVerbs[s.lemma(v)] {
			return KindKilled
		}
	}
	// Copula: "the death toll is 40".
	for _, c := range kids[p] {
		if s.depBase(c) == "nsubj" {
			if k := s.tollKind(c, kids); k != "" {
				return k
			}
		}
	}
	x := p
	for step := 0; step < 4; step++ {
		v := s.heads[x]
		if v < 0 {
			return ""
		}
		d := s.dep(x)
		switch base, _, _ := strings.Cut(d, ":"); base {
		case "conj":
			// "killed 8 and wounded 30": a verb of its own before the
			// second conjunct, whatever the parse made of it.
			if b := before; b >= 0 && b != v && step == 0 {
				if k := s.eventVerb(b); k != "" {
					return k
				}
				if k := eventAdjectives[s.low[b]]; k != "" {
					return k
				}
			}
			x = v
			continue
		case "obj", "iobj":
			if k := s.eventVerb(v); k != "" {
				return k
			}
			// "forced 40,000 people from their homes"
			if s.fromHomes(v, kids) || s.fromHomes(x, kids) {
				return KindDisplaced
			}
			// "the death toll has reached 2,300"
			for _, c := range kids[v] {
				if s.depBase(c) == "nsubj" {
					if k := s.tollKind(c, kids); k != "" {
						return k
					}
				}
			}
			// "leaving 12 dead"
			return s.complementKind(v, x, kids)
		case "nsubj":
			l := s.lemma(v)
			if d == "nsubj:pass" || s.hasAuxPass(v, kids) {
				if k := s.eventVerb(v); k != "" {
					return k
				}
			}
			// "40,000 people fled their homes", "were driven from their homes"
			if s.fromHomes(v, kids) {
				return KindDisplaced
			}
			if k := intransitiveEvents[l]; k != "" {
				return k
			}
			// "12 are dead", "30 were wounded" tagged as adjectives
			if s.pos(v) == "ADJ" || s.toks[v].Tag == "JJ" {
				if k := eventAdjectives[s.low[v]]; k != "" {
					return k
				}
				if k := eventAdjectives[l]; k != "" {
					return k
				}
			}
			// "5 remain missing", "12 were reported killed"
			return s.complementKind(v, x, kids)
		case "obl":
			// "the death toll rose to 40"
			for _, c := range kids[v] {
				if s.depBase(c) == "nsubj" {
					return s.tollKind(c, kids)
				}
			}
			return ""
		case "nmod":
			// "27 people, including six children, were killed"
			if s.hasCaseWord(x, kids, "including") || s.hasCaseWord(x, kids, "among") {
				x = v
				continue
			}
			// "the deaths of 12 people", "a death toll of 40"
			if k := eventNouns[s.lemma(v)]; k != "" {
				return k
			}
			return s.tollKind(v, kids)
		default:
			return ""
		}
	}
	return ""
}

// modifierKind returns the kind of a modifier of the counted phrase:
// "killed", "dead", "who died", "who were arrested".
func (s *sentence) modifierKind(c int) string {
	l := s.lemma(c)
	if k := intransitiveEvents[l]; k != "" {
		return k
	}
	k := eventAdjectives[s.low[c]]
	if k == "" {
		k = eventAdjectives[l]
	}
	if k == "" {
		return ""
	}
	// A transitive event verb modifies its patient only as a passive
	// participle: "people killed", not "gunmen who killed".
	if _, verb := eventVerbs[l]; verb && s.pos(c) == "VERB" {
		if t := s.toks[c].Tag; t != "" && t != "VBN" {
			return ""
		}
	}
	return k
}

// complementKind returns the kind of an adjective or participle that
// completes verb v about x: "leaving 12 dead", "remain missing", "were
// reported killed", "are feared dead".
func (s *sentence) complementKind(v, x int, kids [][]int) string {
	for _, c := range kids[v] {
		if c == x {
			continue
		}
		switch s.depBase(c) {
		case "xcomp", "advcl":
			if k := s.modifierKind(c); k != "" {
				return k
			}
		}
	}
	return ""
}

// hasAuxPass reports a passive auxiliary under v.
func (s *sentence) hasAuxPass(v int, kids [][]int) bool {
	for _, c := range kids[v] {
		if s.dep(c) == "aux:pass" {
			return true
		}
	}
	return false
}

// tollKind returns the kind a tally noun counts: "the death toll",
// "the number of dead", "the number of people arrested".
func (s *sentence) tollKind(t int, kids [][]int) string {
	l := s.lemma(t)
	if k := tollNouns[l]; k != "" {
		if l == "toll" {
			for _, c := range kids[t] {
				if d := s.depBase(c); d == "compound" || d == "amod" || d == "nmod" {
					if k2 := tollNouns[s.lemma(c)]; k2 != "" && s.lemma(c) != "toll" {
						return k2
					}
				}
			}
		}
		return k
	}
	if !countNouns[l] {
		return ""
	}
	for _, c := range kids[t] {
		if s.depBase(c) != "nmod" && s.depBase(c) != "compound" {
			continue
		}
		if k := tollNouns[s.lemma(c)]; k != "" {
			return k
		}
		if k := eventAdjectives[s.low[c]]; k != "" {
			return k
		}
		for _, m := range kids[c] {
			switch s.depBase(m) {
			case "amod", "acl":
				if k := s.modifierKind(m); k != "" {
					return k
				}
			}
		}
	}
	return ""
}

// nounAfter returns the head noun of the noun phrase that starts at token
// k ("North Korean troops" → troops), or -1. Without tags it returns the
// first word the lexicon knows within three tokens.
func (s *sentence) nounAfter(k int) int {
	if k >= s.n() {
		return -1
	}
	if s.toks[k].POS == "" {
		for j := k; j < s.n() && j < k+3; j++ {
			w := s.low[j]
			if _, ok := nounKinds[guessLemma(w)]; ok || isCurrencyNoun(w) || timeUnits[w] {
				return j
			}
			if functionWords[w] || !isWordish(w) {
				return -1
			}
		}
		return -1
	}
	last := -1
	for j := k; j < s.n() && j < k+5; j++ {
		switch s.toks[j].POS {
		case "NOUN", "PROPN":
			last = j
			continue
		case "ADJ", "VERB", "NUM":
			if s.toks[j].POS == "VERB" && s.toks[j].Tag != "VBN" && s.toks[j].Tag != "VBG" {
				return last
			}
			if last >= 0 && s.toks[last].POS == "NOUN" {
				return last
			}
			continue
		case "PUNCT":
			if s.low[j] == "-" && s.attached(j) {
				continue
			}
		}
		return last
	}
	return last
}

func isCurrencyNoun(w string) bool {
	_, ok := currencyWords[w]
	return ok
}

func isWordish(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('a' <= c && c <= 'z') && c != '-' && c < 0x80 {
			return false
		}
	}
	return w != ""
}

// functionWords end a noun phrase in untagged text.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true,
	"at": true, "and": true, "or": true, "were": true, "was": true, "are": true,
	"is": true, "have": true, "has": true, "had": true, "been": true, "be": true,
	"will": true, "would": true, "that": true, "which": true, "who": true, "for": true,
	"from": true, "with": true, "by": true, "as": true, "than": true, "into": true,
}

// bindLinear finds what e counts from word order alone, for sentences
// without a parse.
func (s *sentence) bindLinear(e expr, ante antecedent) binding {
	b := binding{noun: -1}
	if k := e.end; s.lowAt(k) == "of" {
		b.noun = s.ofNoun(k)
	} else {
		b.noun = s.nounAfter(k)
	}
	s.elided(&b, e, ante)
	s.setNoun(&b, ante)
	b.eventKind = s.eventLinear(e, b.noun)
	return b
}

// ofNoun returns the noun of the "of" phrase at token k: "of them",
// "of the 20 hostages".
func (s *sentence) ofNoun(k int) int {
	j := k + 1
	for j < s.n() && determiners[s.low[j]] {
		j++
	}
	if j < s.n() && anaphors[s.low[j]] {
		return j
	}
	return s.nounAfter(j)
}

var determiners = map[string]bool{
	"the": true, "these": true, "those": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "all": true, "some": true, "this": true, "that": true,
}

// verbForms maps past forms the lemma guess cannot undo.
var verbForms = map[string]string{
	"died": "die", "fled": "flee", "perished": "perish", "drowned": "drown",
	"disappeared": "disappear", "vanished": "vanish", "killed": "kill",
	"killing": "kill", "kills": "kill", "injured": "injure", "injuring": "injure",
	"wounded": "wound", "wounding": "wound", "arrested": "arrest",
	"arresting": "arrest", "detained": "detain", "detaining": "detain",
	"displaced": "displace", "displacing": "displace", "evacuated": "evacuate",
	"evacuating": "evacuate", "jailed": "jail", "murdered": "murder",
	"executed": "execute", "dying": "die", "fleeing": "flee",
}

// verbLemma returns token i's lemma as a verb, also when the tagger took
// the participle for an adjective ("wounded").
func (s *sentence) verbLemma(i int) string {
	if l, ok := verbForms[s.low[i]]; ok {
		return l
	}
	if s.toks[i].Lemma != "" {
		return lowerASCII(s.toks[i].Lemma)
	}
	return s.low[i]
}

// eventVerb returns the event kind of the verb at token i, trying the
// lemma and then the word with its ending undone ("uprooted" → uproot),
// since a lemmatizer can miss rare verbs.
func (s *sentence) eventVerb(i int) string {
	if k := eventVerbs[s.verbLemma(i)]; k != "" {
		return k
	}
	w := s.low[i]
	for _, suf := range [...]string{"ed", "ing", "s"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) > 2 {
			if k := eventVerbs[stem]; k != "" {
				return k
			}
			if k := eventVerbs[stem+"e"]; k != "" {
				return k
			}
		}
	}
	return ""
}

// eventLinear reads the event kind from the words around e: a verb just
// before ("killing 12"), a predicate after the phrase ("12 were killed",
// "12 people died"), or a toll before ("the death toll rose to 40").
func (s *sentence) eventLinear(e expr, noun int) string {
	// "killing 12", "killed all 298"
	for j := e.start - 1; j >= 0 && j >= e.start-3; j-- {
		if k := s.eventVerb(j); k != "" {
			return k
		}
		if w := s.low[j]; w != "all" && w != "another" && w != "further" && w != "the" && w != "some" {
			break
		}
	}
	j := e.end
	if noun >= j {
		j = noun + 1
	}
	for first := j; j < s.n() && j < e.end+8; j++ {
		w := s.low[j]
		if j == first && s.toks[j].Tag == "VBD" && j+1 < s.n() {
			// "12 gunmen killed 3 people": the subject acts.
			if t := s.toks[j+1].Tag; t == "DT" || t == "CD" || t == "PRP" || t == "PRP$" || strings.HasPrefix(t, "NN") {
				break
			}
		}
		switch w {
		case "were", "was", "are", "is", "have", "has", "had", "been", "being", "be",
			"reportedly", "also", "later", "remain", "remained", "remains", "reported",
			"believed", "feared", "left", "confirmed", "now", "still", "all":
			continue
		}
		if k := eventAdjectives[w]; k != "" {
			return k
		}
		if k := intransitiveEvents[s.verbLemma(j)]; k != "" {
			return k
		}
		break
	}
	return s.tollBefore(e.start)
}

// tollBefore returns the kind of a toll a few words before token i: "the
// death toll rose to 40", "the toll stands at 40".
func (s *sentence) tollBefore(i int) string {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		w := s.low[j]
		if w == "toll" || w == "tolls" {
			if j > 0 {
				if k := tollNouns[guessLemma(s.low[j-1])]; k != "" {
					return k
				}
			}
			return KindKilled
		}
		if w == "," || w == ";" || w == "and" || startsDigit(w) {
			return ""
		}
	}
	return ""
}

// elided gives a number without a noun the last counted noun when the
// words around it say it counts more of the same: "3,000 more",
// "another 500", "a further 200".
func (s *sentence) elided(b *binding, e expr, ante antecedent) {
	if b.noun >= 0 || !ante.ok || e.currency != "" || e.percent != "" || e.fraction {
		return
	}
	next, prev := s.lowAt(e.end), s.lowAt(e.start-1)
	more := next == "more" || next == "others" || next == "other"
	if more && e.end+1 < s.n() && s.isNoun(e.end+1) {
		more = false
	}
	if more || prev == "another" || prev == "further" || prev == "additional" {
		b.unit, b.nounKind, b.anaphor = ante.unit, ante.kind, true
	}
}

// fromHomes reports a verb that takes people from their homes: "forced
// from their homes", "fled their homes", "driven out of their homes".
func (s *sentence) fromHomes(v int, kids [][]int) bool {
	for _, c := range kids[v] {
		if l := s.lemma(c); l != "home" && l != "house" && l != "village" {
			continue
		}
		switch s.depBase(c) {
		case "obl", "nmod":
			return s.hasCaseWord(c, kids, "from") || s.hasCaseWord(c, kids, "of")
		case "obj":
			switch s.verbLemma(v) {
			case "flee", "leave", "abandon", "lose", "desert", "evacuate":
				return true
			}
		}
	}
	return false
}
