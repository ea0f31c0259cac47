package petrarch

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/events"
)

// Reasons a verb or pattern of a PETRARCH dictionary does not become a
// sitrep lexicon pattern (Conversion.Skipped counts them).
const (
	// ReasonNullVerb: a verb whose code is "---" codes nothing by itself
	// (nothing is lost: sitrep codes nothing for it either).
	ReasonNullVerb = "verb with a null code"
	// ReasonPhrasal: a phrasal verb with more than one word after the
	// verb: the lexicon triggers on a lemma with at most one particle
	// (words before it, WIRE_+TAP, map to Pattern.Before "wire+*").
	ReasonPhrasal = "phrasal verb the lexicon cannot express"
	// ReasonPre: words before the verb that do not map: words apart from
	// one another (markers or synsets between), auxiliaries alone, a
	// governing verb with a negation or words after the verb (SAID WOULD
	// NOT *, SAID * TO ATTEND): the lexicon has no constraint on a
	// complement's negation and arguments.
	ReasonPre = "words before the verb"
	// ReasonReversed: a target before the verb ("+ WAS *", the "+" of
	// TABARI's notation marking the target, its "$" the source) with no
	// actor phrase after it to hold the source; or, without
	// ConvertOptions.Alias, any target before the verb: the lexicon takes
	// the source from the subject, and only an alias (Alias.Reversed)
	// tells the caller to exchange the roles ("+ * IN $": the subject is
	// the target, the "in" phrase the source). A source before the verb
	// ("$ * BACK", "DESPITE $ *") is the subject, as usual; an actor
	// marker after the verb ("* EID AT ^ WITH +") marks an actor phrase,
	// the one that holds the target (the source where the pattern is
	// reversed).
	ReasonReversed = "source or target out of subject-verb-object order"
	// ReasonEmpty: nothing left to constrain once mapped: the pattern would
	// only repeat (and override) the bare verb.
	ReasonEmpty = "no constraint left"
	// ReasonCode: a code the codebook rejects (the validation dictionary's
	// WEIS-era and made-up codes: 903, 345, 174K, def).
	ReasonCode = "code not in the CAMEO codebook"
)

// ConvertOptions tune Convert.
type ConvertOptions struct {
	// Lemma returns the lemma of a word taken as a noun (noun true) or a
	// verb. PETRARCH patterns hold words as written ("ties"), the lexicon
	// lemmas ("tie"); both forms are kept. Nil keeps the words alone.
	Lemma func(word string, noun bool) string
	// FormLemma returns the verb lemma of an inflected verb form ("said" →
	// "say", "indicated" → "indicate"), the word itself when it is none.
	// It finds governing verbs in pre-contexts ("SAID *"); nil leaves such
	// patterns unmapped.
	FormLemma func(word string) string
	// Origin names the dictionary in each pattern's Source
	// ("petrarch:PETR.Validate.verbs.txt"); line numbers are appended.
	Origin string
	// TargetOptional marks every pattern as needing no target.
	TargetOptional bool
	// Alias makes AddTo carry codes the codebook rejects (the validation
	// dictionary's 903, 345, 174K) and code pairs ("[032:033]") through the
	// lexicon under private codes: unused four-digit children of CAMEO
	// codes ("0321" for 032:033, "0901" for 903), which the caller maps
	// back with Conversion.Resolve. Without it such patterns are skipped
	// (ReasonCode) or lose their second code.
	Alias bool
}

// Alias is what a private code stands for: the dictionary's code and its
// second code (the reverse direction), if any; Reversed tells that the
// pattern names the target before the verb and the source after it ("+ *
// IN $"), so the coded source and target are to be exchanged.
type Alias struct {
	Code, Alt string
	Reversed  bool
}

// Conversion is the result of Convert: the lexicon patterns and what could
// not be mapped.
type Conversion struct {
	Patterns []events.Pattern
	// Mapped counts the dictionary patterns that gave at least one
	// lexicon pattern, Total all of them (bare verbs included).
	Mapped, Total int
	// Skipped counts the dictionary entries not mapped, by reason.
	Skipped map[string]int
	// Partial counts mapped patterns whose context was only partly
	// mapped (words after the first prepositional phrase, skipped "^"
	// noun phrases), by what was dropped.
	Partial map[string]int
	// Alts maps a pattern's Source to the second code of its dictionary
	// line ("033" of "[032:033]").
	Alts map[string]string
	// Aliases maps the private codes AddTo gave (with Alias set) to what
	// they stand for.
	Aliases map[string]Alias
	// Reversed holds the Source of the patterns whose dictionary line
	// names the target before the verb and the source after it ("+ * IN
	// $"): mapped with the subject as source, their roles are to be
	// exchanged (AddTo gives them an alias with Reversed set).
	Reversed map[string]bool
	// length maps a pattern's Source to the number of context elements
	// of its dictionary line (0 for a bare verb).
	length map[string]int
}

// Resolve returns what a coded CAMEO code stands for: the alias's code and
// second code, or the code itself.
func (c Conversion) Resolve(code string) Alias {
	if a, ok := c.Aliases[code]; ok {
		return a
	}
	return Alias{Code: code}
}

// negations are words that make a "NOT *" pattern a negated one.
var negations = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true}

// nounNegations negate a noun phrase ("Neither X nor Y boycotted"), not
// the verb: before the verb they are words written there (Before).
var nounNegations = map[string]bool{"neither": true, "nor": true}

// auxiliaries in a pre-context ("WILL NOT *", "DID N'T", "HAVE *") become
// Auxiliaries; adverbs ("EVER", "REALLY") become Adverbs (see adverb).
var auxiliaries = map[string]bool{"did": true, "does": true, "do": true, "will": true, "wo": true, "would": true,
	"ca": true, "can": true, "could": true, "should": true, "has": true, "have": true, "had": true, "is": true,
	"are": true, "was": true, "were": true, "been": true, "be": true, "must": true, "may": true, "might": true,
	"shall": true, "to": true}

// prepositions open an oblique in a post-context.
var prepositions = map[string]bool{"with": true, "for": true, "to": true, "against": true, "on": true, "in": true,
	"at": true, "by": true, "from": true, "of": true, "over": true, "into": true, "upon": true, "about": true,
	"between": true, "near": true, "toward": true, "towards": true, "under": true, "among": true, "after": true,
	"before": true, "onto": true, "across": true, "through": true, "without": true}

// particles are verb particles ("* OFF", "*_OUT", "* DOWN FROM").
var particles = map[string]bool{"off": true, "out": true, "down": true, "up": true, "away": true, "back": true}

// Convert maps the dictionary onto sitrep lexicon patterns.
//
// What maps: each verb of a family becomes a pattern on its lemma with the
// verb's code (a phrasal verb "BREAK_DOWN" a lemma with a particle,
// "WIRE_+TAP" a lemma with the words right before it, Before "wire+*",
// and each pattern of the family then holds for it with those); each
// family pattern becomes, for each verb of the family, a pattern with:
//   - "NOT *" (and negative auxiliaries, &NEGATVAUXVRB-like synsets): Negated;
//   - adverbs before the verb ("EVER *", "MOST_CERTAINLY *"; a word in -ly
//     or a listed one): Adverbs, each required;
//   - auxiliaries before the verb ("HAVE *", "WILL NOT *"): Auxiliaries,
//     each required;
//   - other words before the verb, one run of them ("DEATH TOLL *",
//     "POLICY *"): Before, the words written in that order before it,
//     others between allowed as they are not tied ("death~toll");
//   - words tied with "_" before the verb ("MOST_CERTAINLY_&NEG_EVER *",
//     "RECENTLY_*"): also Before, the word sequences that must stand
//     together before it (right before it when the verb is tied too);
//   - "%" before the verb: Reciprocal (a compound source is its own
//     target when the sentence names no other);
//   - "$" before the verb and "+" after it: the default source (subject) and
//     target (object or oblique), so nothing to add; "+" before the verb
//     and "$" after it, the other way round: mapped the same, and recorded
//     in Conversion.Reversed; "%" (a compound whose
//     members act on each other) is read the same way, before the verb as
//     the source (and Reciprocal), after it as the target;
//   - a particle right after the verb ("* OFF", "*_OUT"): Particle;
//   - "TO VERB" right after the verb ("* TO RECONSIDER"): Complements;
//   - a noun phrase after the verb ("* DIPLOMATIC TIES", "* &TIETYPES TIES",
//     "{A | B}"): Objects, the lemma (and written form) of its last word —
//     for a synset or alternatives, of each phrase's last word; but where
//     another pattern of the family has the same object head with another
//     code ("* DIPLOMATIC TIES [901]", "* &TIETYPES TIES [902]"), a phrase
//     of several elements also requires the words of its first element as
//     ObjectMods (diplomatic; military|economic|cultural): the coder offers
//     the object's modifiers among its lemmas, so the head with its
//     modifier tells the two apart where the head alone cannot;
//   - words tied to the object's head with "_" ("* NEW_&TIETYPES_RELATIONS",
//     "* THE_NEATEST_PLACE"): ObjectPre, the word sequences (synsets
//     expanded) that must be written right before the head, nothing
//     between, as PETRARCH's connector demands;
//   - an object that is a synset or alternatives with phrases of several
//     words (&CURRENCY: DOLLARS, AUSTRIAN FLORIN): one pattern for the
//     one-word phrases and one per longer phrase, its words before the
//     head all required as the object's modifiers ("obj=florin
//     mod=austrian"; "mod=golden+goblin" for three words), so that, as in
//     PETRARCH, the whole phrase must be there and a longer phrase wins;
//   - a preposition and what follows ("* WITH $", "* FOR &ECONSANCT"): Prep
//     and, when a phrase follows, PrepObjects as for objects (a phrase of
//     several words, TOTAL BOYCOTT, as "total+boycott", each word
//     needed); a synset or alternatives of prepositions ("* &PREPOSIT1
//     RESOLUTION") gives one pattern per preposition;
//   - a determiner before "^" ("* THEIR ^ ABOUT $"): no object
//     constraint, the skipped phrase's head being unnamed;
//   - a second prepositional phrase whose object is a marker ("* EID AT ^
//     WITH $", "* FOR ^ SANCTIONS FROM $"), or a preposition last in the
//     pattern ("* MEMOS_ON_&TIE FROM"): TargetPrep, so the target is taken
//     from that phrase (the first phrase, skipped with "^" or constrained
//     by its words, holds none);
//   - code "---" (and "+++", "###"): a stop pattern (Code "-");
//   - a governing verb before the verb ("SAID *", "INDICATED WOULD * NOW",
//     "FAILED_TO_*", with opt.FormLemma): a pattern on the governing verb
//     whose Complements are the family's verbs (see governed).
//
// What does not map is counted in Skipped by reason (the Reason constants):
// pre-contexts that are no run of words, negation, auxiliaries, adverbs
// or a governing verb (a governing verb with a negation or with words
// after the verb "SAID * TO ATTEND": the lexicon cannot constrain a
// complement's negation or arguments), a target before the verb, phrasal
// verbs with more than one word after the verb, codes the codebook
// rejects. After the first prepositional phrase (and a marked one after
// it) the rest of a pattern is dropped and "^" is ignored (counted in
// Partial): the mapped pattern is then less specific than PETRARCH's.
// Articles in a phrase are not checked.
//
// Priority: AddTo adds the patterns shorter dictionary patterns first
// (context elements, articles left out), so that, as in PETRARCH, which
// tries longer patterns first, the longer of two equally specific matching
// patterns wins, and of two dictionary patterns that map onto the same
// lexicon entry ("INDICATED WOULD * NOW", "INDICATED SHOULD *") the longer
// is kept. The second code of "[A:B]" is not used;
// inflected forms in braces are not needed (the lexicon matches lemmas).
func (d *Dict) Convert(opt ConvertOptions) Conversion {
	c := Conversion{Skipped: map[string]int{}, Partial: map[string]int{}, Alts: map[string]string{}, Reversed: map[string]bool{}, length: map[string]int{}}
	src := func(line int) string { return fmt.Sprintf("%s:%d", opt.Origin, line) }
	for _, f := range d.Families {
		type vb struct{ lemma, particle, before string }
		var verbs []vb
		for _, v := range f.Verbs {
			c.Total++
			lemma, particle, before, ok := verbTrigger(v, opt)
			if !ok {
				c.Skipped[ReasonPhrasal]++
				continue
			}
			verbs = append(verbs, vb{lemma, particle, before})
			if v.Code == "---" {
				c.Skipped[ReasonNullVerb]++
				continue
			}
			c.Mapped++
			q := events.Pattern{Code: v.Code, Lemma: lemma, Particle: particle, TargetOptional: opt.TargetOptional, Source: src(v.Line)}
			if before != "" {
				q.Before = []string{before}
			}
			c.Patterns = append(c.Patterns, q)
			if v.Alt != "" {
				c.Alts[src(v.Line)] = v.Alt
			}
		}
		// Object heads that patterns of the family with different codes
		// share.
		codesOf := map[string]map[string]bool{}
		for _, p := range f.Patterns {
			if q, _, reason, _, _, _, _ := d.pattern(p, opt); reason == "" && len(q.Objects) > 0 {
				k := objKey(q.Objects)
				if codesOf[k] == nil {
					codesOf[k] = map[string]bool{}
				}
				codesOf[k][q.Code] = true
			}
		}
		shared := map[string]bool{}
		for k, cs := range codesOf {
			shared[k] = len(cs) > 1
		}
		for _, p := range f.Patterns {
			c.Total++
			c.length[src(p.Line)] = contextLength(p)
			if gov, code, partial, ok := d.governed(p, opt); ok {
				// "SAID WOULD * [173]": a pattern on the governing verb
				// whose complement is one of the family's verbs.
				var comps []string
				seen := map[string]bool{}
				for _, v := range verbs {
					if v.particle == "" && v.before == "" && !seen[v.lemma] {
						seen[v.lemma] = true
						comps = append(comps, v.lemma)
					}
				}
				if len(comps) == 0 {
					c.Skipped[ReasonPhrasal]++
					continue
				}
				for _, r := range partial {
					c.Partial[r]++
				}
				q := events.Pattern{Code: code, Lemma: gov, Complements: comps, TargetOptional: opt.TargetOptional, Source: src(p.Line)}
				if p.Alt != "" {
					c.Alts[q.Source] = p.Alt
				}
				c.Patterns = append(c.Patterns, q)
				c.Mapped++
				continue
			}
			base, preps, reason, partial, mods, variants, reversed := d.pattern(p, opt)
			if reason != "" {
				c.Skipped[reason]++
				continue
			}
			if reversed {
				c.Reversed[src(p.Line)] = true
			}
			if len(mods) > 0 && shared[objKey(base.Objects)] {
				// Another pattern of the family has the same object
				// head with another code ("* DIPLOMATIC TIES [901]", "*
				// &TIETYPES TIES [902]"): the head cannot tell them
				// apart, the head with its first modifier can.
				base.ObjectMods = mods
			}
			for _, r := range partial {
				c.Partial[r]++
			}
			bases := []events.Pattern{base}
			if len(variants) > 0 {
				bases = bases[:0]
				for _, v := range variants {
					b := base
					b.Objects, b.ObjectMods = v.objects, v.mods
					bases = append(bases, b)
				}
			}
			for _, b := range bases[:len(bases):len(bases)] {
				for _, pr := range preps[min(1, len(preps)):] {
					b.Prep = pr
					bases = append(bases, b)
				}
			}
			n := 0
			for _, v := range verbs {
				for _, q := range bases {
					q.Lemma = v.lemma
					if v.particle != "" {
						if q.Particle != "" && q.Particle != v.particle {
							continue
						}
						q.Particle = v.particle
					}
					if v.before != "" {
						if q.Before != nil {
							continue // two demands on the words before the verb
						}
						q.Before = []string{v.before}
					}
					q.Source = src(p.Line)
					if p.Alt != "" {
						c.Alts[q.Source] = p.Alt
					}
					c.Patterns = append(c.Patterns, q)
					n++
				}
			}
			if n > 0 {
				c.Mapped++
			} else {
				c.Skipped[ReasonPhrasal]++
			}
		}
	}
	return c
}

// articles are words of a pattern the mapping never checks and that do
// not make it longer ("* THE FULL" is no more specific than "* TIES" once
// mapped: the lexicon cannot require the article).
var articles = map[string]bool{"the": true, "a": true, "an": true}

// contextLength is the number of context elements of a dictionary
// pattern, articles left out: PETRARCH tries longer patterns first.
func contextLength(p Pattern) int {
	n := 0
	for _, es := range [][]Elem{p.Pre, p.Post} {
		for _, e := range es {
			if e.Kind != Word || !articles[e.Word] {
				n++
			}
		}
	}
	return n
}

// objKey identifies a set of object lemmas.
func objKey(objs []string) string {
	c := slices.Clone(objs)
	slices.Sort(c)
	return strings.Join(c, "|")
}

// verbTrigger returns the lemma and particle a verb triggers on, and for
// words before its head ("WIRE_+TAP") the Before sequence that ties them
// to it ("wire+*").
func verbTrigger(v Verb, opt ConvertOptions) (lemma, particle, before string, ok bool) {
	if len(v.Words)-v.Head > 2 {
		return "", "", "", false
	}
	lemma = lemmaOf(v.Words[v.Head], false, opt)
	if len(v.Words)-v.Head == 2 {
		particle = v.Words[v.Head+1]
	}
	if v.Head > 0 {
		before = strings.Join(v.Words[:v.Head], "+") + "+*"
	}
	return lemma, particle, before, true
}

func lemmaOf(w string, noun bool, opt ConvertOptions) string {
	if opt.Lemma == nil {
		return w
	}
	if l := opt.Lemma(w, noun); l != "" {
		return strings.ToLower(l)
	}
	return w
}

// heads returns the last word of each phrase, written and lemmatized.
func heads(phrases [][]string, opt ConvertOptions) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range phrases {
		if len(p) == 0 {
			continue
		}
		w := p[len(p)-1]
		for _, x := range []string{w, lemmaOf(w, true, opt)} {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
	}
	sort.Strings(out)
	return out
}

// splitLong splits phrases into those of one word and longer ones.
func splitLong(phrases [][]string) (single, long [][]string) {
	for _, p := range phrases {
		if len(p) < 2 {
			single = append(single, p)
		} else {
			long = append(long, p)
		}
	}
	return single, long
}

// modWords joins the lemmas of a phrase's words before its head with "+".
func modWords(p []string, opt ConvertOptions) string {
	ms := make([]string, 0, len(p)-1)
	for _, w := range p[:len(p)-1] {
		ms = append(ms, lemmaOf(w, true, opt))
	}
	return strings.Join(ms, "+")
}

// prepHeads is heads for a prepositional object: a phrase of several
// words ("TOTAL BOYCOTT") needs its words before the head too, joined by
// "+" ("total+boycott"), as PETRARCH matches the whole phrase.
func prepHeads(phrases [][]string, opt ConvertOptions) []string {
	single, long := splitLong(phrases)
	var out []string
	for _, p := range long {
		for _, h := range heads([][]string{p}, opt) {
			out = append(out, modWords(p, opt)+"+"+h)
		}
	}
	out = append(heads(single, opt), out...)
	sort.Strings(out)
	return out
}

// isNegSynset reports whether every phrase of a synset holds a negation.
func (d *Dict) isNegSynset(name string) bool {
	ps := d.Synsets[name]
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		neg := false
		for _, w := range p {
			neg = neg || negations[w]
		}
		if !neg {
			return false
		}
	}
	return true
}

// prepsOf returns the prepositions an element stands for: a preposition,
// or a synset or alternatives whose phrases are all single prepositions;
// nil for anything else.
func (d *Dict) prepsOf(e Elem) []string {
	if e.Kind == Word {
		if prepositions[e.Word] {
			return []string{e.Word}
		}
		return nil
	}
	if e.Kind != Synset && e.Kind != Alternatives {
		return nil
	}
	ps := d.phrases(e)
	var out []string
	for _, p := range ps {
		if len(p) != 1 || !prepositions[p[0]] {
			return nil
		}
		out = append(out, p[0])
	}
	return out
}

// phrases returns the phrases an element stands for.
func (d *Dict) phrases(e Elem) [][]string {
	switch e.Kind {
	case Word:
		return [][]string{{e.Word}}
	case Synset:
		return d.Synsets[e.Name]
	case Alternatives:
		return e.Alts
	}
	return nil
}

// governedAux are words that may stand between a governing verb and the
// verb it governs ("SAID WOULD *", "FAILED_TO_*", "INDICATED SHOULD *"):
// auxiliaries, modals and the infinitive marker, all inside the
// complement clause.
var governedAux = map[string]bool{"would": true, "should": true, "will": true, "may": true, "might": true,
	"must": true, "can": true, "could": true, "shall": true, "to": true, "have": true, "has": true, "had": true,
	"be": true, "been": true, "is": true, "are": true, "was": true, "were": true}

// postAdverbs are time adverbs after the verb that constrain nothing the
// lexicon can test ("INDICATED WOULD * NOW"); they are dropped (Partial).
var postAdverbs = map[string]bool{"now": true, "again": true}

// governed maps a pattern whose pre-context is a governing verb, as in
// "SAID *", "INDICATED WOULD * NOW", "FAILED_TO_*", "NOTED WOULD *": the
// family's verb stands in the complement clause of that verb. It returns
// the governing verb's lemma and the code, for a pattern triggered on the
// governing verb with the family's verbs as Complements (the lexicon's
// open or clausal complement constraint): the event's source is then the
// governing verb's subject, its target the governing verb's or, failing
// that, the complement's.
//
// A governing verb is one word that is an inflected verb form and not a
// plural noun (opt.FormLemma gives it a lemma other than itself and
// opt.Lemma no noun lemma other than itself: "said", "indicated", "noted", "failed";
// not "tanks", "policy" or "heavily"), followed only by auxiliaries,
// modals or "to". Not mapped (ok false): without opt.Lemma and
// opt.FormLemma; a negation
// (which would negate the complement, while Negated tests the trigger);
// actor markers before the verb (the complement's own subject, "NOTED +
// *"); words after the verb other than "now" and "again" and actor markers
// (they constrain the complement, which the lexicon cannot test).
func (d *Dict) governed(p Pattern, opt ConvertOptions) (lemma, code string, partial []string, ok bool) {
	if opt.Lemma == nil || opt.FormLemma == nil || len(p.Pre) == 0 || p.Code == "---" {
		return "", "", nil, false
	}
	first := p.Pre[0]
	if first.Kind != Word || auxiliaries[first.Word] || governedAux[first.Word] || negations[first.Word] {
		return "", "", nil, false
	}
	w := first.Word
	lv, ln := strings.ToLower(opt.FormLemma(w)), lemmaOf(w, true, opt)
	if lv == w || ln != w || strings.HasSuffix(w, "ly") {
		return "", "", nil, false
	}
	for _, e := range p.Pre[1:] {
		if e.Kind != Word || !governedAux[e.Word] {
			return "", "", nil, false
		}
	}
	for _, e := range p.Post {
		switch {
		case e.Kind == Target || e.Kind == Skip:
		case e.Kind == Word && postAdverbs[e.Word]:
			partial = append(partial, "adverb after the verb")
		default:
			return "", "", nil, false
		}
	}
	return lv, p.Code, partial, true
}

// adverbs are words before the verb read as its adverbs (Pattern.Adverbs)
// besides those in -ly.
var adverbs = map[string]bool{"ever": true, "most": true, "also": true, "still": true, "just": true, "already": true,
	"again": true, "soon": true, "very": true, "now": true, "even": true}

// adverb reports whether a word before the verb is read as its adverb.
func adverb(w string) bool {
	return adverbs[w] || len(w) > 4 && strings.HasSuffix(w, "ly") && !auxiliaries[w]
}

// pattern maps one dictionary pattern, without its lemma.
//
// preps lists the prepositions of a synset or alternatives standing where
// a preposition is ("* &PREPOSIT1 RESOLUTION"): the caller makes one
// pattern for each.
//
// mods lists the words of the first element of a noun phrase of several
// elements ("DIPLOMATIC" of "* DIPLOMATIC TIES", the phrases of &TIETYPES
// of "* &TIETYPES TIES"): the caller uses them to tell apart patterns
// whose objects share a head.
//
// variants, when set, split an object that is a synset or alternatives
// with phrases of several words ("&CURRENCY": DOLLARS, AUSTRIAN FLORIN,
// GOLDEN_GOBLIN_GALLEONS): one pattern for the one-word phrases, and one
// for each longer phrase whose words before the head are required as the
// object's modifiers ("obj=galleons mod=golden+goblin"), as PETRARCH
// matches the whole phrase.
func (d *Dict) pattern(p Pattern, opt ConvertOptions) (q events.Pattern, preps []string, reason string, partial, mods []string, variants []objVariant, reversed bool) {
	q = events.Pattern{Code: p.Code, TargetOptional: opt.TargetOptional}
	if p.Code == "---" {
		q.Code = "-"
	}
	var free []int // indices in p.Pre of words read as written
	for j, e := range p.Pre {
		switch {
		case e.Kind == Compound:
			// "% HAVE *": a compound whose members act on each other.
			q.Reciprocal = p.Code != "---"
		case e.Kind == Source || e.Kind == Skip:
			// "$ * BACK": the source before the verb, its subject.
		case e.Kind == Target:
			// "+ * IN $": the target before the verb; the actor
			// phrase after it holds the source.
			if !slices.ContainsFunc(p.Post, func(e Elem) bool { return e.Kind == Source || e.Kind == Target }) {
				return q, nil, ReasonReversed, nil, nil, nil, false
			}
			reversed = true
		case e.Kind == Word && negations[e.Word] && !nounNegations[e.Word]:
			q.Negated = true
		case e.Kind == Word && auxiliaries[e.Word]:
			q.Auxiliaries = append(q.Auxiliaries, e.Word)
		case e.Kind == Synset && d.isNegSynset(e.Name):
			q.Negated = true
		case e.Kind == Word && adverb(e.Word):
			q.Adverbs = append(q.Adverbs, e.Word)
		case e.Kind == Word && (len(free) == 0 || free[len(free)-1] == j-1) && !verbForm(e.Word, opt):
			// "DEATH TOLL *": words of the subject's phrase (or any
			// other before the verb), read as written before it; not
			// a governing verb ("SAID WOULD NOT *"), whose clause the
			// lexicon cannot constrain.
			free = append(free, j)
		default:
			return q, nil, ReasonPre, nil, nil, nil, false
		}
	}
	q.Before = d.tiedPre(p)
	if len(free) > 0 && q.Before == nil {
		var ws []string
		for _, j := range free {
			ws = append(ws, p.Pre[j].Word)
		}
		q.Before = []string{strings.Join(ws, "~")} // untied: others may stand between
	}
	if len(p.Pre) > 0 && !q.Negated && len(q.Adverbs) == 0 && len(q.Auxiliaries) == 0 && len(free) == 0 {
		// only auxiliaries and markers: auxiliaries alone constrain
		// nothing, but "WILL *" is not the bare verb either
		for _, e := range p.Pre {
			if e.Kind == Word {
				return q, nil, ReasonPre, nil, nil, nil, false
			}
		}
	}
	post := slices.Clone(p.Post)
	for j, e := range post {
		if e.Kind == Source {
			// "+ * IN $": the source's phrase after the verb of a
			// reversed pattern is read as the target's phrase ("* EID
			// AT ^ WITH +"), the roles exchanged afterwards.
			post[j].Kind = Target
		}
	}
	i := 0
	if i < len(post) && post[i].Kind == Word && particles[post[i].Word] {
		q.Particle = post[i].Word
		i++
	}
	if i+1 < len(post) && post[i].Kind == Word && post[i].Word == "to" && post[i+1].Kind == Word {
		q.Complements = []string{post[i+1].Word}
		if l := lemmaOf(post[i+1].Word, false, opt); l != post[i+1].Word {
			q.Complements = append(q.Complements, l)
		}
		i += 2
		if i < len(post) {
			partial = append(partial, "after a complement")
		}
		i = len(post)
	}
	// an object noun phrase: up to a preposition or a marker
	var np, first [][]string
	var npElems []Elem
	nNP := 0
	for ; i < len(post); i++ {
		e := post[i]
		if d.prepsOf(e) != nil || e.Kind == Target || e.Kind == Compound || e.Kind == Skip {
			break
		}
		np = d.phrases(e)
		if nNP == 0 {
			first = np
		}
		npElems = append(npElems, e)
		nNP++
	}
	if np != nil && i < len(post) && post[i].Kind == Skip && determiners(npElems) {
		// "* THEIR ^ ABOUT $": a determiner before a skipped noun
		// phrase, whose head the pattern does not name: no object
		// constraint.
		np, npElems, nNP = nil, nil, 0
		partial = append(partial, "words before a skipped noun phrase")
	}
	if np != nil {
		q.Objects = heads(np, opt)
		if nNP == 1 {
			variants = objectVariants(np, opt)
		}
	}
	if pre, from := d.tiedBefore(npElems); pre != nil {
		// "* NEW_&TIETYPES_RELATIONS": the words tied to the head
		// must stand right before it.
		q.ObjectPre = pre
		if from == 0 {
			nNP = 1 // nothing left for mods to tell apart
		}
	}
	if nNP > 1 {
		mods = heads(first, opt)
		if opt.FormLemma != nil {
			// a participle modifier ("IMPROVED RELATIONS") is read as
			// a verb: its verb lemma too.
			for _, w := range slices.Clone(mods) {
				if l := strings.ToLower(opt.FormLemma(w)); l != w && !slices.Contains(mods, l) {
					mods = append(mods, l)
				}
			}
		}
	}
	for i < len(post) && (post[i].Kind == Target || post[i].Kind == Compound || post[i].Kind == Skip) {
		if post[i].Kind == Skip {
			partial = append(partial, "skipped noun phrase (^)")
		}
		i++
	}
	if i < len(post) && d.prepsOf(post[i]) != nil {
		preps = d.prepsOf(post[i])
		q.Prep = preps[0]
		i++
		var pp [][]string
		skipped := false
		for ; i < len(post); i++ {
			e := post[i]
			if e.Kind == Skip {
				skipped = true
				continue
			}
			if d.prepsOf(e) != nil || e.Kind == Target || e.Kind == Compound {
				break
			}
			pp = d.phrases(e)
		}
		if pp != nil {
			q.PrepObjects = prepHeads(pp, opt)
		}
		marked := false
		for i < len(post) && (post[i].Kind == Target || post[i].Kind == Compound) {
			marked = true
			i++
		}
		if !marked && i < len(post) && len(d.prepsOf(post[i])) == 1 &&
			(i+1 == len(post) || post[i+1].Kind == Target || post[i+1].Kind == Compound) {
			// "* EID AT ^ WITH $", "* FOR ^ SANCTIONS FROM $", "*
			// MEMOS_ON_&TIE FROM": the actor is in the phrase after
			// the first (a preposition last in the pattern is followed
			// by its actor), which holds the target.
			q.TargetPrep = d.prepsOf(post[i])[0]
			i = min(i+2, len(post))
		}
		if skipped && q.TargetPrep == "" {
			partial = append(partial, "skipped noun phrase (^)")
		}
	}
	if i < len(post) {
		partial = append(partial, "after the first prepositional phrase")
	}
	if q.Particle == "" && len(q.Objects) == 0 && q.Prep == "" && len(q.Complements) == 0 && !q.Negated && len(q.Adverbs) == 0 && len(q.Auxiliaries) == 0 && !q.Reciprocal && len(q.Before) == 0 {
		return q, nil, ReasonEmpty, nil, nil, nil, false
	}
	return q, preps, "", partial, mods, variants, reversed
}

// tiedPre returns the word sequences of the last chain of words tied with
// "_" before the verb ("MOST_CERTAINLY_&NEG_EVER *": most certainly did
// n't ever, ...; synsets and alternatives expanded, at most maxTied), with
// "*" last when the chain is tied to the verb ("RECENTLY_*"); nil when
// there is no chain or it holds an actor marker.
func (d *Dict) tiedPre(p Pattern) []string {
	end := len(p.Pre) // the chain is p.Pre[from:end]
	if !p.StarJoined {
		for end > 1 && !p.Pre[end-1].Joined {
			end--
		}
		if end <= 1 {
			return nil
		}
	}
	if end == 0 {
		return nil
	}
	from := end - 1
	for from > 0 && p.Pre[from].Joined {
		from--
	}
	seqs := [][]string{nil}
	for _, e := range p.Pre[from:end] {
		if e.Kind != Word && e.Kind != Synset && e.Kind != Alternatives {
			return nil
		}
		var next [][]string
		for _, sq := range seqs {
			for _, ph := range d.phrases(e) {
				if len(next) < maxTied {
					next = append(next, append(slices.Clone(sq), ph...))
				}
			}
		}
		seqs = next
	}
	var out []string
	for _, sq := range seqs {
		if p.StarJoined && end == len(p.Pre) {
			sq = append(sq, "*")
		}
		out = append(out, strings.Join(sq, "+"))
	}
	return out
}

// verbForm reports whether w may be an inflected verb form: opt.FormLemma
// gives another word, or there is no FormLemma to tell.
func verbForm(w string, opt ConvertOptions) bool {
	return opt.FormLemma == nil || strings.ToLower(opt.FormLemma(w)) != w
}

// determinerWords are the words "* THEIR ^" may put before a skipped noun
// phrase.
var determinerWords = map[string]bool{"the": true, "a": true, "an": true, "their": true, "its": true, "his": true,
	"her": true, "our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true}

// determiners reports whether every element is a determiner word.
func determiners(es []Elem) bool {
	for _, e := range es {
		if e.Kind != Word || !determinerWords[e.Word] {
			return false
		}
	}
	return len(es) > 0
}

// maxTied bounds the word sequences tiedBefore expands synsets into.
const maxTied = 64

// tiedBefore returns, for an object noun phrase whose head word (a Word
// element) is tied with "_" to the elements before it ("NEW_&TIE_RELATIONS",
// "THE_NEATEST_PLACE"), the word sequences those elements stand for, joined
// by "+" (new+military, new+economic, ...; synsets expanded, at most
// maxTied), and the index of the first tied element; nil when the head is
// not tied.
func (d *Dict) tiedBefore(np []Elem) (pre []string, from int) {
	n := len(np)
	if n < 2 || np[n-1].Kind != Word || !np[n-1].Joined {
		return nil, 0
	}
	from = n - 1
	for from > 0 && np[from].Joined {
		from--
	}
	seqs := [][]string{nil}
	for _, e := range np[from : n-1] {
		var next [][]string
		for _, sq := range seqs {
			for _, ph := range d.phrases(e) {
				if len(next) >= maxTied {
					break
				}
				next = append(next, append(slices.Clone(sq), ph...))
			}
		}
		seqs = next
	}
	for _, sq := range seqs {
		if len(sq) > 0 {
			pre = append(pre, strings.Join(sq, "+"))
		}
	}
	return pre, from
}

// objVariant is one reading of an object that is a synset: its heads and
// the modifiers they need.
type objVariant struct {
	objects, mods []string
}

// objectVariants returns the readings of an object whose phrases have
// several words: the one-word phrases together, and each longer phrase
// with its words before the head joined by "+" as the one modifier item
// (each word required); nil when every phrase is one word.
func objectVariants(np [][]string, opt ConvertOptions) []objVariant {
	single, long := splitLong(np)
	var out []objVariant
	for _, ph := range long {
		out = append(out, objVariant{objects: heads([][]string{ph}, opt), mods: []string{modWords(ph, opt)}})
	}
	if len(out) == 0 {
		return nil
	}
	if len(single) > 0 {
		out = append([]objVariant{{objects: heads(single, opt)}}, out...)
	}
	return out
}

// AddTo converts d and adds the patterns to lex, shorter dictionary
// patterns first (so that, as in PETRARCH, a longer one wins a tie or a
// collision in the lexicon: see events.Lexicon.Match). Patterns whose code the
// lexicon's codebook rejects are counted under ReasonCode and left out,
// unless opt.Alias is set (see ConvertOptions.Alias); any other error from
// Add is returned.
func (d *Dict) AddTo(lex *events.Lexicon, opt ConvertOptions) (Conversion, error) {
	c := d.Convert(opt)
	// PETRARCH tries longer patterns first: added later, a pattern with
	// more context wins over an equally specific shorter one and replaces
	// a shorter one that maps onto the same lexicon entry.
	slices.SortStableFunc(c.Patterns, func(a, b events.Pattern) int { return c.length[a.Source] - c.length[b.Source] })
	kept := c.Patterns[:0]
	bad := map[string]bool{}
	var al *aliaser
	if opt.Alias {
		al = newAliaser(lex.Codebook(), d)
		c.Aliases = map[string]Alias{}
	}
	for _, p := range c.Patterns {
		if al == nil && c.Reversed[p.Source] {
			// without an alias nothing tells that the roles are to be
			// exchanged
			if !bad[p.Source] {
				bad[p.Source] = true
				c.Skipped[ReasonReversed]++
				c.Mapped--
			}
			continue
		}
		if al != nil && p.Code != "-" {
			want := Alias{Code: p.Code, Alt: c.Alts[p.Source], Reversed: c.Reversed[p.Source]}
			_, known := lex.Codebook().Lookup(p.Code)
			if want.Alt != "" || want.Reversed || !known || !cameo(p.Code) {
				code, ok := al.code(want)
				if !ok {
					return c, fmt.Errorf("adding %s: no private code left for %s:%s: %w", p.Source, want.Code, want.Alt, events.ErrUnknownCode)
				}
				c.Aliases[code] = want
				p.Code = code
			}
		}
		if err := lex.Add(p); err != nil {
			if errors.Is(err, events.ErrUnknownCode) {
				if !bad[p.Source] {
					bad[p.Source] = true
					c.Skipped[ReasonCode]++
					c.Mapped--
				}
				continue
			}
			return c, fmt.Errorf("adding %s: %w", p.Source, err)
		}
		kept = append(kept, p)
	}
	c.Patterns = kept
	return c, nil
}

// cameo reports whether c is two to four digits with a CAMEO root.
func cameo(c string) bool {
	if len(c) < 2 || len(c) > 4 {
		return false
	}
	for _, r := range c {
		if r < '0' || r > '9' {
			return false
		}
	}
	return events.QuadOf(c) != 0
}

// aliaser hands out private codes: four-digit codes that neither the
// codebook nor the dictionary uses, under a known three-digit code.
type aliaser struct {
	book  *events.Codebook
	taken map[string]bool
	given map[Alias]string
	pool  []string // for codes outside CAMEO: children of 09x, 05x, 12x, 13x codes
}

func newAliaser(book *events.Codebook, d *Dict) *aliaser {
	a := &aliaser{book: book, taken: map[string]bool{}, given: map[Alias]string{}}
	for _, c := range book.Codes() {
		a.taken[c] = true
	}
	for _, f := range d.Families {
		a.taken[f.Code], a.taken[f.Alt] = true, true
		for _, v := range f.Verbs {
			a.taken[v.Code], a.taken[v.Alt] = true, true
		}
		for _, p := range f.Patterns {
			a.taken[p.Code], a.taken[p.Alt] = true, true
		}
	}
	for _, root := range []string{"09", "05", "12", "13"} {
		for _, c := range book.Codes() {
			if len(c) == 3 && strings.HasPrefix(c, root) {
				a.pool = append(a.pool, c)
			}
		}
	}
	return a
}

// code returns the private code for want.
func (a *aliaser) code(want Alias) (string, bool) {
	if c, ok := a.given[want]; ok {
		return c, true
	}
	parents := a.pool
	if _, ok := a.book.Lookup(want.Code); ok && len(want.Code) == 3 && cameo(want.Code) {
		parents = append([]string{want.Code}, parents...)
	}
	for _, p := range parents {
		for dgt := '1'; dgt <= '9'; dgt++ {
			c := p + string(dgt)
			if a.taken[c] {
				continue
			}
			if _, ok := a.book.Lookup(c); !ok {
				continue
			}
			a.taken[c] = true
			a.given[want] = c
			return c, true
		}
	}
	return "", false
}
