package events

import (
	"slices"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/events"
	"github.com/sitrep/sitrep/internal/stage/tag"
)

// Word lists the coder uses beside the lexicon.
var (
	// speechVerbs introduce reported speech: their subject is the speaker.
	speechVerbs = set("say", "state", "claim", "tell", "add", "allege", "report", "announce", "note", "recall",
		"write", "confirm", "believe", "suggest", "insist", "argue", "assert", "stress", "explain", "indicate",
		"reveal", "estimate", "show", "point", "warn", "acknowledge", "declare", "tweet", "post", "publish", "reiterate", "emphasize",
		// "charged that Chinese troops had crossed the river": an accusation
		// reports its clause as a claim (claimVerbs).
		"charge")
	// tagVerbs report a clause before them as a complaint ("…, a rights
	// group protested").
	tagVerbs = set("protest", "complain", "charge")
	// claimVerbs make what they report a claim.
	claimVerbs = set("claim", "allege", "suspect", "believe", "estimate", "show", "reveal", "suggest", "charge")
	// lightVerbs carry an event noun as their object ("carry out an attack").
	lightVerbs = set("carry", "launch", "hold", "stage", "conduct", "mount", "make", "issue", "lodge", "file",
		"begin", "start", "unleash", "wage", "step", "continue", "resume", "organize", "organise", "have", "pay", "sign", "impose",
		"renew", "undertake", "complete", "open", "give", "call", "go", "reach", "speed", "accelerate", "finish", "reiterate", "repeat",
		// "announced the release of 200 prisoners", "ordered the
		// withdrawal of troops": the act of the one who announces or
		// orders it.
		"announce", "order", "authorize", "authorise")
	// controlVerbs pass their object to their open complement: "X asked Y to
	// request Z" is X's request, of Y.
	controlVerbs = set("ask", "urge", "call", "press", "tell", "order", "request", "demand", "instruct", "pressure", "push", "encourage", "invite")
	// appealVerbs name their addressee in a "to" phrase and what they ask
	// in an infinitive ("appealed to Ethiopia to allow access").
	appealVerbs = set("appeal", "plead", "implore", "beseech", "exhort", "petition", "entreat")
	// permitVerbs, like controlVerbs, have an object that is to do what
	// their infinitive says ("allowed the opposition to hold a rally").
	permitVerbs = set("allow", "permit", "let", "enable", "force", "compel", "help", "authorize", "authorise", "persuade", "convince", "forbid", "prohibit")
	// planVerbs make their complement planned.
	planVerbs = set("plan", "intend", "prepare", "aim", "seek", "want", "decide", "expect", "schedule", "hope", "vow", "pledge", "promise", "agree", "threaten", "propose", "consider",
		"willing", "ready", "prepared", "eager", "keen", "determined")
	// hazards are the subjects that hit, strike or kill without being
	// anyone's attack: nature, disease, the market ("fire" is often
	// gunfire, and is not here).
	hazards = set("hurricane", "storm", "typhoon", "cyclone", "tornado", "earthquake", "quake", "tremor", "aftershock", "tsunami",
		"flood", "flooding", "landslide", "mudslide", "avalanche", "drought", "wildfire", "bushfire", "blaze", "lightning", "heatwave",
		"eruption", "volcano", "rain", "snow", "snowstorm", "blizzard", "wind", "weather", "virus", "disease", "outbreak", "pandemic",
		"epidemic", "fall", "drop", "decline", "slump", "crisis", "recession", "downturn", "slowdown", "inflation", "shortage", "price")
	// customs are the nouns whose "of" gerund is a habit or a principle,
	// not an act ("its practice of deporting refugees").
	customs = set("policy", "practice", "tradition", "habit", "custom", "principle", "doctrine", "history", "record", "pattern", "strategy", "tactic", "culture")
	// pursued are the verbs that carry a custom out ("resumed its policy
	// of demolishing homes").
	pursued = set("resume", "continue", "intensify", "expand", "pursue", "begin", "start", "adopt", "launch", "implement", "step", "escalate", "extend")
	// unsure are the predicates whose open complement is a guess, a taste
	// or a wish, not an act: "is unlikely to import", "likes dropping
	// bombs", "would prefer to agree".
	// aspectVerbs are the phase verbs whose modal is their complement's:
	// "would continue to support", "will begin to withdraw".
	aspectVerbs = set("continue", "begin", "start", "keep", "resume", "try", "attempt", "stop", "cease")
	// proposals are the nouns of a text not yet in force, whose "would"
	// clause tells what it would do if adopted.
	proposals = set("proposal", "recommendation", "bill", "measure", "legislation", "amendment", "draft", "plan", "scheme", "resolution", "package")
	// modals are the auxiliaries of what may or will be, not of what was.
	modals = set("will", "would", "shall", "should", "can", "could", "may", "might", "must")
	unsure = set("likely", "unlikely", "possible", "probable", "like", "love", "enjoy", "prefer", "hate", "reluctant")
	// needful are the adjectives whose that-clause is what should be done:
	// "it is important that the US reduce its curbs".
	needful = set("important", "essential", "necessary", "vital", "crucial", "imperative", "urgent", "critical", "desirable")
	// investigative are the verbs of a mission sent to find out
	// ("sent a team to investigate").
	investigative = set("investigate", "probe", "inspect", "examine", "assess", "verify")
	// mustVerbs, beside the speech verbs, introduce what someone holds
	// another must do ("decided that Iraq must destroy …").
	mustVerbs = set("decide", "rule", "reaffirm", "affirm", "repeat", "underline", "underscore", "maintain", "resolve", "demand", "urge", "think", "feel")
	// effortNouns are nouns of a step toward an act, and effortVerbs the
	// verbs whose subject takes it ("took steps to expand freedoms").
	effortNouns = set("step", "measure", "effort", "plan", "move", "attempt", "bid", "decision", "initiative", "action")
	effortVerbs = set("take", "make", "announce", "unveil", "launch", "adopt", "begin", "start", "approve", "outline")
	// messageNouns are nouns of a message whose clause ("a warning to Iraq
	// that it must cooperate") is what its sender says.
	messageNouns = set("warning", "reminder", "message", "letter", "note", "statement", "declaration", "ultimatum", "notice")
	// asked are nouns of asking whose infinitive ("demands to release
	// prisoners") is what is asked for, not what happened.
	asked = set("demand", "request", "call", "appeal", "plea", "proposal", "ultimatum", "bid", "invitation", "pressure")
	// dayWords are the bare time words wire copy puts between subject and
	// verb ("X today said").
	dayWords = set("today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	// measures are nouns of quantity whose "of" phrase is what an act
	// moves ("500 tons of rice"), and the shares wire copy takes of it
	// ("withdrew most of its peacekeepers", "the bulk of its troops").
	measures = set("ton", "tonne", "tons", "tonnes", "shipment", "consignment", "batch", "load", "cargo", "million", "billion", "thousand", "hundred", "dozen", "number", "package", "supply", "state",
		"ten", "planeload", "truckload", "shipload", "boatload", "tranche", "team", "contingent", "convoy", "fleet", "squad",
		"most", "bulk", "majority", "remainder", "rest", "half", "score", "scores", "thousands", "hundreds", "dozens")
	// statives are participles whose passive form is a state of the
	// subject, not something done to it: "Israel is opposed to the plan".
	statives = set("oppose", "commit", "determine", "dedicate", "resolve")
	// instruments are the weapons that stand as the subject of an attack
	// whose attacker the sentence does not name ("a mine killed two").
	instruments = set("bomb", "explosion", "blast", "mine", "landmine", "explosive", "device", "grenade", "ied", "shell", "rocket", "missile", "mortar",
		"attack", "bombing", "ambush", "raid", "strike", "airstrike")
	// anonymous are the nouns that name an attacker by the attack alone
	// ("unidentified assailants shot a judge"): the attacker is unknown,
	// as when a weapon is the subject.
	anonymous = set("attacker", "assailant", "assassin", "kidnapper", "abductor", "hijacker", "bomber", "sniper", "perpetrator", "captor", "arsonist")
	// intentAdjs are predicate adjectives of a stated intention ("is
	// willing to withdraw"): lexicon triggers like verbs, and the subject
	// of their complement even when the parser read "it" as expletive.
	intentAdjs = set("willing", "ready", "prepared", "eager", "keen", "determined", "unwilling")
	// blameAdjs are predicate adjectives of blame ("said Iraq was
	// responsible for the attack"): lexicon triggers like verbs.
	blameAdjs = set("responsible", "guilty", "culpable")
	// borderWords are the nouns whose "with" phrase names a neighbour.
	borderWords = set("border", "frontier", "boundary")
	// targetPreps introduce the target of an event.
	targetPreps = set("against", "on", "to", "with", "at", "toward", "towards", "into", "over", "upon", "between", "of")
	// activeVerbs are verbs whose participle under a noun is read as the
	// noun's finite verb (see activeVBN): they are seldom passive.
	activeVerbs  = set("resign", "agree", "call", "appeal", "retreat", "surrender", "withdraw", "meet", "arrive", "step", "vow", "pledge", "promise", "insist")
	intransitive = set("demonstrate", "protest", "march", "rally", "riot", "strike", "gather", "clash", "fight")
	pronouns     = set("he", "him", "she", "her", "they", "them", "it", "its", "his", "their")
	relatives    = set("who", "which", "that", "whom")
)

// titleWord reports whether trigger i is capitalized in mid-sentence, in
// a sentence that is not written in title case or capitals (a headline,
// where no word of four letters or more is in lower case), and not after an
// abbreviation:
// a word of a name or title ("a \"Salute to America\"", "the Peace
// Conference"), not an act.
func (s *sent) titleWord(i int) bool {
	w := s.text(i)
	if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w || s.dc.headline[s.si] {
		return false
	}
	if i > 0 && strings.HasSuffix(s.text(i-1), ".") {
		// "The U.S. Wants Japan to …": wire copy capitalizes after an
		// abbreviation.
		return false
	}
	first, lower := -1, false
	for j := 0; j < s.n; j++ {
		t := s.text(j)
		if t == "" || !unicode.IsLetter(rune(t[0])) {
			continue
		}
		if first < 0 {
			first = j
		}
		if len(t) > 3 && t[0] >= 'a' && t[0] <= 'z' {
			lower = true
		}
	}
	return i > first && lower
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// match is a trigger the lexicon matched.
type match struct {
	i    int
	p    events.Pattern
	cand events.Candidate
	// must marks a demand read from "X said that Y must …": the source is
	// the speaker, the target the subject of the clause.
	must bool
}

// sentence codes the events of sentence si.
func (c *Coder) sentence(dc *docCtx, si int) []doc.Event {
	s := newSent(dc, si)
	var ms []match
	for i := 0; i < s.n; i++ {
		t := s.tok(i)
		var cand events.Candidate
		verb := t.POS == "VERB" || s.verbal != nil && s.verbal[i]
		if verb {
			w := strings.ToLower(s.text(i))
			if w != s.lemma(i) && c.lex.Has(false, w) {
				// A lexicon that lists the verb in the form written
				// ("left" apart from "leave", "risen", as PETRARCH
				// dictionaries may): the form is the trigger.
				s.lemmas[i] = w
			}
			if l, ok := tag.IrregularPast(w); ok && s.lemma(i) == w && !c.lex.Has(false, w) {
				// An irregular past the tagger read as a present
				// ("undertook" tagged VBP) keeps its form as lemma.
				s.lemmas[i] = l
			}
			if !c.lex.Has(false, s.lemma(i)) {
				// The lemmatizer's slips: "patroll", "riote", "froze".
				for _, l := range lemmaVariants(s.lemma(i)) {
					if r, _ := irregularLemma(s.lemma(i)); c.lex.Has(false, l) && (r == l || regularForm(w, l)) {
						s.lemmas[i] = l
						break
					}
				}
			}
		}
		switch {
		case verb && c.lex.Has(false, s.lemma(i)):
			cand = s.verbCand(i)
		case t.POS == "ADJ" && (intentAdjs[s.lemma(i)] || blameAdjs[s.lemma(i)]) && c.lex.Has(false, s.lemma(i)):
			cand = s.verbCand(i)
		case t.POS == "NOUN" && c.lex.Has(true, s.lemma(i)):
			cand = s.nounCand(i)
		default:
			continue
		}
		p, ok := c.lex.Match(cand)
		if !ok || p.Code == "-" {
			continue
		}
		if s.titleWord(i) {
			// Trump held a "Salute to America": a capital in mid-sentence
			// makes a name, not an act.
			continue
		}
		ms = append(ms, match{i: i, p: p, cand: cand})
	}
	// "X said that Y must do Z" is X's demand on Y, "X issued a warning to
	// Y that it must …" too; "X said Y should do Z" is X's appeal to Y.
	for i := 0; i < s.n; i++ {
		if l := s.lemma(i); l != "must" && l != "should" || s.dep(i) != "aux" {
			continue
		}
		h := s.head(i)
		if h < 0 {
			continue
		}
		reported := s.toldAfter(h)
		if p := s.head(h); p >= 0 && s.dep(h) == "ccomp" && (speechVerbs[s.lemma(p)] || mustVerbs[s.lemma(p)]) {
			reported = true
		}
		if g, _ := s.messageClause(h); g >= 0 {
			reported = true
		}
		if !reported {
			continue
		}
		code := "100"
		if s.lemma(i) == "should" {
			code = "020"
		}
		// The demanded act has not happened: the demand replaces it.
		kept := ms[:0]
		for _, m := range ms {
			if m.i != h {
				kept = append(kept, m)
			}
		}
		ms = append(kept, match{i: h, p: events.Pattern{Code: code, Lemma: s.lemma(i), SourceIsSpeaker: true, Source: "sitrep:must"}, must: true})
	}
	ms = s.missions(ms)
	ms = s.warnings(ms)
	if len(ms) == 0 {
		return nil
	}
	matched := map[int]*match{}
	for k := range ms {
		matched[ms[k].i] = &ms[k]
	}
	// "Hamas vowed to step up its attacks", "promised to crush the
	// rebels": a promise of force or coercion is a threat of it (CAMEO
	// 13), not an intent to cooperate.
	for k := range ms {
		m := &ms[k]
		if events.Root(m.p.Code) != "03" || len(m.p.Complements) > 0 || m.cand.Noun {
			continue
		}
		for _, x := range s.childrenOf(m.i, "xcomp") {
			for _, y := range append([]int{x}, s.childrenOf(x, "obj")...) {
				if mx := matched[y]; mx != nil {
					if tc := threatFor(mx.p.Code); tc != "" {
						m.p.Code, m.p.TargetOptional = tc, true
					}
				}
			}
		}
	}
	// "refused to sign the treaty", "declined to send aid": a refusal
	// of no more specific pattern is coded by what is refused (127, 122).
	for k := range ms {
		m := &ms[k]
		if m.p.Code != "120" || m.cand.Noun || (s.lemma(m.i) != "refuse" && s.lemma(m.i) != "decline") {
			continue
		}
		for _, x := range s.childrenOf(m.i, "xcomp") {
			for _, y := range append([]int{x}, s.childrenOf(x, "obj")...) {
				if mx := matched[y]; mx != nil && rejectFor(mx.p.Code) != "" {
					m.p.Code = rejectFor(mx.p.Code)
				}
			}
		}
	}
	// "threatened to walk out of the talks", "warned it would impose
	// tariffs": a threat of no more specific pattern is coded by what is
	// threatened (134, 1312; a strike or a protest threatened is 133),
	// as a promise of force is above.
	for k := range ms {
		m := &ms[k]
		if m.p.Code != "130" && m.p.Code != "131" || m.cand.Noun || s.lemma(m.i) != "threaten" && s.lemma(m.i) != "warn" {
			continue
		}
		for _, x := range s.childrenOf(m.i, "xcomp", "ccomp") {
			for _, y := range append([]int{x}, s.childrenOf(x, "obj")...) {
				if y != x && slices.ContainsFunc(s.childrenOf(y, "amod"), func(a int) bool { return s.lemma(a) == "military" }) {
					// "threatened to take military action", "to launch
					// a military operation": force.
					m.p.Code = "138"
					continue
				}
				mx := matched[y]
				if mx == nil {
					continue
				}
				tc := threatFor(mx.p.Code)
				if events.Root(mx.p.Code) == "14" || y == x && s.lemma(x) == "strike" && s.child(x, "obj") < 0 {
					// "threatened to strike over pay": no one struck.
					tc = "133"
				}
				if tc != "" && tc != "130" {
					m.p.Code = tc
				}
			}
		}
	}
	// A complement the pattern named is part of the event ("threatened to
	// attack"), except after a denial, where it is the denied event.
	consumed := map[int]bool{}
	denied := map[int]int{}
	for _, m := range ms {
		if len(m.p.Complements) == 0 && events.Root(m.p.Code) != "01" {
			continue
		}
		for _, k := range s.childrenOf(m.i, "xcomp", "ccomp", "advcl", "obj") {
			if m.p.Code == "016" {
				if d := s.dep(k); d == "xcomp" || d == "ccomp" || s.tok(k).POS == "VERB" && d == "obj" {
					denied[k] = m.i
				}
			} else if slices.Contains(m.p.Complements, s.lemma(k)) {
				consumed[k] = true
			}
		}
	}
	// "asked Britain to extradite Pinochet": an unspecific appeal or
	// demand takes its code from the act it asks for (021, 023, 105 ...),
	// which is part of it (below).
	for _, m := range ms {
		h := s.head(m.i)
		if h < 0 || matched[h] == nil || consumed[m.i] || m.cand.Noun {
			continue
		}
		if hc := matched[h].p.Code; hc != "020" && hc != "100" {
			continue
		}
		mk := s.child(m.i, "mark")
		if s.dep(m.i) == "xcomp" || s.dep(m.i) == "advcl" && mk >= 0 && s.lemma(mk) == "to" && s.child(h, "obj", "iobj") >= 0 && s.child(h, "obj", "iobj") < m.i {
			if c := askedFor(s.lemma(h), m.p.Code); c != "020" && c != "100" && c != matched[h].p.Code {
				matched[h].p.Code = c
			}
		}
	}
	var out []doc.Event
	for _, m := range ms {
		if consumed[m.i] {
			continue
		}
		// A noun whose light verb is itself an event is that event.
		if m.cand.Noun {
			if h := s.head(m.i); h >= 0 && (matched[h] != nil || consumed[h]) && s.dep(m.i) == "obj" {
				continue
			}
			// "threatened to stage a strike": the light verb is the open
			// complement of an event, and so part of it, as a verb would be.
			if h := s.head(m.i); h >= 0 && s.dep(m.i) == "obj" && s.dep(h) == "xcomp" && lightVerbs[s.lemma(h)] && s.head(h) >= 0 && matched[s.head(h)] != nil {
				continue
			}
		}
		// An open complement of a verb that is itself an event is part of it
		// ("urged Iran to release" is the appeal, not the release).
		_, isDenied := denied[m.i]
		if h := s.head(m.i); h >= 0 && s.dep(m.i) == "xcomp" && matched[h] != nil && !isDenied {
			continue
		}
		// "pushed for the US to support the plan", "called for the US to
		// lift its sanctions": what an appeal or a demand asks for has
		// not happened; it is part of the asking.
		// So is the infinitive after the one asked, read as a purpose
		// clause ("urged the United States to remove tariffs").
		if h, mk := s.head(m.i), s.child(m.i, "mark"); h >= 0 && s.dep(m.i) == "advcl" && matched[h] != nil && (s.forClause(m.i) || mk >= 0 && s.lemma(mk) == "to" && (s.prepKid(h, "for") >= 0 || s.child(h, "obj", "iobj") >= 0 && s.child(h, "obj", "iobj") < m.i || s.prepKid(h, "on") >= 0)) {
			if r := events.Root(matched[h].p.Code); r == "02" || r == "10" {
				continue
			}
		}
		// "its demand that Israel withdraw", "a call for talks to resume":
		// the content of an appeal or demand noun has not happened either
		// (a "that" clause in the subjunctive, which the parser may read
		// as a relative clause).
		if h, d := s.head(m.i), s.dep(m.i); h >= 0 && (d == "acl" || d == "ccomp" || d == "acl:relcl" && s.subjunctive(m.i)) && s.tok(h).POS == "NOUN" && matched[h] != nil {
			if r := events.Root(matched[h].p.Code); r == "02" || r == "10" {
				continue
			}
		}
		// "signed an agreement to supply Iran with jets": what an
		// agreement or a promise is for has not happened yet.
		if h, mk := s.head(m.i), s.child(m.i, "mark"); h >= 0 && mk >= 0 && s.lemma(mk) == "to" && s.dep(m.i) == "advcl" && matched[h] != nil {
			if r := events.Root(matched[h].p.Code); r == "03" || r == "05" && s.child(h, "obj") >= 0 {
				continue
			}
		}
		// "accused Armenia of shelling its positions", "blamed India for
		// attacking": the act an accusation alleges is part of it, not an
		// event told as having happened. (What one is condemned or
		// convicted for is told as done, and stays.)
		// The gerund may be parsed as a clause on the accused ("accused
		// Beijing of harassing fishermen", an acl on the object).
		if h, mk := s.accusedOf(m.i), s.child(m.i, "mark"); h >= 0 && mk >= 0 && (s.lemma(mk) == "of" || s.lemma(mk) == "for") && matched[h] != nil && (strings.HasPrefix(matched[h].p.Code, "112") || s.child(h, "obj") >= 0 && events.Root(matched[h].p.Code) == "11" && s.lemma(mk) == "for") {
			continue
		}
		// "rebuked Burma for the incursion of its troops", "accused Iran
		// of the attack": an act named by a noun is part of the
		// accusation or the censure too.
		if h := s.censuredFor(m.i); m.cand.Noun && h >= 0 && matched[h] != nil && (strings.HasPrefix(matched[h].p.Code, "112") || s.child(h, "obj") >= 0 && events.Root(matched[h].p.Code) == "11" && s.prep(m.i) == "for") {
			continue
		}
		if s.notHappened(m.i, matched) {
			continue
		}
		// "used tear gas to disperse the rally": a purpose of the same kind
		// as its act is that act; so is one read as the object's modifier
		// ("occupied the embassy to protest").
		if h, mk := s.head(m.i), s.child(m.i, "mark"); h >= 0 && mk >= 0 && s.lemma(mk) == "to" {
			if s.dep(m.i) == "acl" && s.dep(h) == "obj" {
				h = s.head(h)
			} else if s.dep(m.i) != "advcl" {
				h = -1
			}
			if h >= 0 && matched[h] != nil && events.Root(matched[h].p.Code) == events.Root(m.p.Code) {
				continue
			}
		}
		e, ok := c.event(s, m, denied)
		if !ok && !m.p.TargetOptional {
			// The most specific pattern found no target ("agreed to hold
			// a referendum" is no meeting): the best one of the same
			// root that needs none ("030 agree tgt?") codes what the
			// sentence still says ("vowed to retaliate" stays no
			// promise).
			// Forces or arms sent to no one named ("deployed jets to the
			// island chain") are a deployment (15), not aid (07).
			if p, found := c.lex.MatchTargetless(m.cand); found && p.Code != "-" && (events.Root(p.Code) == events.Root(m.p.Code) || events.Root(m.p.Code) == "07" && events.Root(p.Code) == "15" && movesForces(m.p.Code)) {
				fb := m
				fb.p = p
				e, ok = c.event(s, fb, denied)
			}
		}
		if ok {
			out = append(out, e)
		}
	}
	return out
}

// accusedOf returns the verb whose "of" or "for" clause v is: its head when
// v is an adverbial clause ("accused Armenia of shelling"), or the head of
// the object v is a clause on ("accused Beijing of harassing", parsed with
// the gerund on "Beijing"); -1 otherwise.
func (s *sent) accusedOf(v int) int {
	h := s.head(v)
	switch {
	case h < 0:
		return -1
	case s.dep(v) == "advcl":
		return h
	case s.dep(v) == "acl" && s.tok(v).Tag == "VBG" && s.dep(h) == "obj" && s.head(h) >= 0 && s.tok(s.head(h)).POS == "VERB":
		return s.head(h)
	}
	return -1
}

// censuredFor returns the verb whose "of" or "for" phrase the noun v is
// ("rebuked Burma for the incursion", with the phrase on the verb or on
// its object "Burma"); -1 otherwise.
func (s *sent) censuredFor(v int) int {
	if p := s.prep(v); p != "of" && p != "for" {
		return -1
	}
	h := s.head(v)
	switch {
	case h < 0:
		return -1
	case s.dep(v) == "obl" && s.tok(h).POS == "VERB":
		return h
	case s.dep(v) == "nmod" && s.dep(h) == "obj" && s.head(h) >= 0 && s.tok(s.head(h)).POS == "VERB":
		return s.head(h)
	}
	return -1
}

// notHappened reports whether the act at v is told as not having happened
// by an event matched above it: what a demand or appeal asks in a "that"
// clause ("demanded that Honduras expel the rebels"); through a chain of
// open complements the lexicon does not know ("demanded that Syria stop
// supplying weapons", "promised to help finance the withdrawal",
// "accused Uganda of plotting to invade").
func (s *sent) notHappened(v int, matched map[int]*match) bool {
	g := v
	for s.dep(g) == "xcomp" {
		h := s.head(g)
		if h < 0 || matched[h] != nil || s.tok(h).POS != "VERB" {
			break
		}
		g = h
	}
	h := s.head(g)
	if h < 0 || matched[h] == nil {
		return false
	}
	root := events.Root(matched[h].p.Code)
	mk := s.child(g, "mark")
	switch d := s.dep(g); {
	case g != v && d == "xcomp":
		// "promised to help finance": the unknown verb is the open
		// complement of an event, and so is what it governs.
		return true
	case d == "ccomp" && (root == "02" || root == "10") && s.tok(h).POS == "VERB" && (controlVerbs[s.lemma(h)] || appealVerbs[s.lemma(h)] || s.lemma(h) == "insist"):
		// (Only a verb of asking: "said" coded as a request by another
		// lexicon reports its clause as done.)
		return true
	case g != v && d == "advcl" && mk >= 0 && (s.lemma(mk) == "of" || s.lemma(mk) == "for") && root == "11":
		return true
	}
	return false
}

// warnings codes "Turkey warned that it would block the bid", "warned it
// would cut aid": a warning that the warner itself (a pronoun subject)
// will or would do what the lexicon codes as rejection, reducing
// relations, coercion or force is a threat (CAMEO 13, the act's threat
// code where it has one), and the act is part of it. Another's act
// warned of ("warned that Biden could destroy the growth") is none, and
// so is one aimed at no one ("warned it would cut fuel subsidies").
func (s *sent) warnings(ms []match) []match {
	at := map[int]int{}
	for k, m := range ms {
		at[m.i] = k
	}
	for i := 0; i < s.n; i++ {
		if s.lemma(i) != "warn" || s.tok(i).POS != "VERB" {
			continue
		}
		if k, ok := at[i]; ok && events.Root(ms[k].p.Code) != "13" {
			continue
		}
		for _, x := range s.childrenOf(i, "ccomp") {
			kx, ok := at[x]
			if !ok {
				continue
			}
			subj, will := s.child(x, "nsubj"), false
			for _, a := range s.childrenOf(x, "aux") {
				if l := s.lemma(a); l == "will" || l == "would" || l == "shall" {
					will = true
				}
			}
			if subj < 0 || !will || !pronouns[s.lemma(subj)] || s.negated(x) >= 0 {
				continue
			}
			code := ""
			switch r := events.Root(ms[kx].p.Code); {
			case threatFor(ms[kx].p.Code) != "":
				code = threatFor(ms[kx].p.Code)
			case r == "12":
				code = "130"
			}
			if code == "" {
				continue
			}
			p := events.Pattern{Code: code, Lemma: "warn", Complements: []string{s.lemma(x)}, Source: "sitrep:warn-will"}
			if k, ok := at[i]; ok {
				ms[k].p = p
			} else {
				at[i] = len(ms)
				ms = append(ms, match{i: i, p: p, cand: s.verbCand(i)})
			}
			break
		}
	}
	return ms
}

// missions recodes "sent a team to Rwanda to investigate the massacres": a
// mission sent to investigate is the investigation (CAMEO 09, the
// investigating verb's own code when it has one), aimed where the mission
// goes; neither the sending nor the purpose is coded apart.
func (s *sent) missions(ms []match) []match {
	for i := 0; i < s.n; i++ {
		if l := s.lemma(i); l != "send" && l != "dispatch" || s.tok(i).POS != "VERB" {
			continue
		}
		for _, k := range s.childrenOf(i, "advcl") {
			if mk := s.child(k, "mark"); mk < 0 || s.lemma(mk) != "to" || !investigative[s.lemma(k)] {
				continue
			}
			p := events.Pattern{Code: "090", Lemma: s.lemma(k), TargetOptional: true, Source: "sitrep:mission"}
			kept := ms[:0]
			for _, m := range ms {
				switch {
				case m.i == k && events.Root(m.p.Code) == "09":
					p.Code = m.p.Code
				case m.i != i && m.i != k:
					kept = append(kept, m)
				}
			}
			ms = append(kept, match{i: i, p: p, cand: s.verbCand(i)})
			break
		}
	}
	return ms
}

// toldAfter reports whether root clause h is reported by a speech verb
// read as its parataxis ("Syria must withdraw, the United States said").
func (s *sent) toldAfter(h int) bool {
	if s.dep(h) != "root" {
		return false
	}
	for _, k := range s.childrenOf(h, "parataxis") {
		if k > h && speechVerbs[s.lemma(k)] && s.child(k, "nsubj") >= 0 {
			return true
		}
	}
	return false
}

// verbCand describes verb i for the lexicon.
func (s *sent) verbCand(i int) events.Candidate {
	c := events.Candidate{Lemma: s.lemma(i)}
	hasObj := false
	if s.dc.objectWords {
		c.VerbWords = s.wordsBefore(i, 8)
	}
	for _, k := range s.kids[i] {
		switch d := s.dep(k); {
		case d == "compound:prt":
			c.Particle = s.lemma(k)
		case d == "obj" || d == "nsubj:pass" || (d == "iobj" && s.child(i, "obj") < 0):
			c.Objects = s.argLemmas(k, c.Objects)
			if !hasObj && s.dc.objectWords {
				c.ObjectWords = s.phraseWords(k)
			}
			hasObj = true
			if s.tok(k).POS == "VERB" {
				c.Complements = append(c.Complements, s.lemma(k))
			}
			// "welcomed memos from X", with "from X" read as the
			// object's modifier: the phrase still follows the verb.
			// So is a phrase hung on such a modifier ("celebrated the
			// feast at X with Y", with "with Y" read as X's).
			// So is one on an indirect object that stands alone ("asked
			// the United Nations for aid", parsed as the UN's "for").
			if d == "obj" || d == "iobj" {
				for _, j := range s.objPhrases(k) {
					c.Preps = s.prepArgs(c.Preps, s.phrasePrep(j), j)
				}
				// "called the referendums a farce", with "a farce"
				// read as the object's unmarked modifier: the verb's
				// predicate, as an unmarked oblique would be ("_").
				for _, j := range s.childrenOf(k, "nmod:unmarked") {
					if j > k {
						c.Preps = append(c.Preps, events.PrepArg{Prep: "_", Lemma: s.lemma(j)})
					}
				}
			}
			// "allowed the candidates to participate", with the
			// infinitive read as the object's modifier; "warned the
			// United States against attacking Iran", with the gerund
			// read so: the verb's "against".
			for _, j := range s.childrenOf(k, "acl") {
				if m := s.child(j, "mark"); m >= 0 && s.lemma(m) == "to" {
					c.Complements = append(c.Complements, s.lemma(j))
				} else if m >= 0 && s.lemma(m) == "against" {
					c.Preps = append(c.Preps, events.PrepArg{Prep: "against", Lemma: s.lemma(j)})
				}
			}
		case d == "xcomp" || d == "ccomp":
			c.Complements = append(c.Complements, s.lemma(k))
		case d == "advcl" && controlVerbs[c.Lemma] && s.child(i, "obj") >= 0 && s.tok(k).POS == "VERB" && s.child(k, "mark") >= 0 && s.lemma(s.child(k, "mark")) == "to":
			// "encouraged Sri Lanka to resume talks", the infinitive
			// parsed as a purpose clause: a control verb's complement.
			c.Complements = append(c.Complements, s.lemma(k))
		case strings.HasPrefix(d, "obl") || strings.HasPrefix(d, "nmod") || d == "advcl":
			p := s.prep(k)
			if p == "" {
				if d == "advcl" {
					continue
				}
				p = "_"
			}
			c.Preps = s.prepArgs(c.Preps, p, k)
			for _, cj := range s.childrenOf(k, "conj") {
				c.Preps = append(c.Preps, events.PrepArg{Prep: p, Lemma: s.lemma(cj)})
			}
		}
	}
	if h := s.head(i); !hasObj && h >= 0 && s.sharedPassive(i) {
		// "were detained by police and later released": the passive
		// subject the conjuncts share is what is released.
		for g := h; g >= 0; g = s.head(g) {
			if k := s.child(g, "nsubj:pass"); k >= 0 {
				c.Objects = s.argLemmas(k, c.Objects)
				if s.dc.objectWords {
					c.ObjectWords = s.phraseWords(k)
				}
				hasObj = true
				break
			}
			if !s.sharedPassive(g) {
				break
			}
		}
	}
	if o := s.sharedObject(i); !hasObj && o >= 0 {
		// "condemned and rejected the resolution": the object the next
		// verb names.
		c.Objects = s.argLemmas(o, c.Objects)
		if s.dc.objectWords {
			c.ObjectWords = s.phraseWords(o)
		}
		for _, j := range s.objPhrases(o) {
			c.Preps = s.prepArgs(c.Preps, s.phrasePrep(j), j)
		}
		hasObj = true
	}
	if s.dc.clauseArgs && !hasObj {
		// Options.ClauseArgs: "vowed to wage war", the infinitive's
		// object read as the verb's too.
		for _, k := range s.childrenOf(i, "xcomp", "advcl") {
			if m := s.child(k, "mark"); m >= 0 && s.lemma(m) == "to" && s.tok(k).POS == "VERB" {
				if o := s.child(k, "obj"); o >= 0 {
					c.Objects = s.argLemmas(o, c.Objects)
				}
			}
		}
		// "allowed that X is a pleasant place", the clause's predicate
		// read as the verb's object.
		for _, k := range s.childrenOf(i, "ccomp") {
			if p := s.tok(k).POS; (p == "NOUN" || p == "ADJ") && s.child(k, "cop") >= 0 && !hasObj {
				c.Objects = s.argLemmas(k, c.Objects)
				if s.dc.objectWords {
					c.ObjectWords = s.phraseWords(k)
				}
				hasObj = true
			}
		}
	}
	if s.dep(i) == "acl" && s.tok(i).Tag == "VBN" && !intransitive[s.lemma(i)] {
		// "the treaty signed in June": the noun is the object.
		if h := s.head(i); h >= 0 {
			c.Objects = s.argLemmas(h, c.Objects)
		}
	}
	if j := i + 1; c.Particle == "" && j < s.n && (prepParticles[s.lemma(j)] || afterParticles[s.lemma(j)]) && s.dep(j) == "case" && s.head(s.head(j)) == i {
		// "cordoned off the roads", with "off" read as the roads'
		// preposition: the particle right after the verb.
		c.Particle = s.lemma(j)
		if !hasObj && (c.Particle == "over" || c.Particle == "back" || prepParticles[c.Particle] && len(s.childrenOf(s.head(j), "case")) == 1) {
			// "turned over the suspects", "gave back the land", "set up
			// a commission" (not "walked out of the talks"): the
			// phrase is the object.
			c.Objects = s.argLemmas(s.head(j), c.Objects)
			for _, k := range s.objPhrases(s.head(j)) {
				c.Preps = s.prepArgs(c.Preps, s.phrasePrep(k), k)
			}
		}
	}
	if j := i + 1; c.Particle == "" && j < s.n && (prepParticles[s.lemma(j)] || afterParticles[s.lemma(j)]) && s.dep(j) == "advmod" && s.head(j) == i {
		// "took in refugees", "handed back the crew", with the
		// particle read as an adverb: right after the verb it is the
		// verb's particle (it stays an adverb too).
		c.Particle = s.lemma(j)
	}
	if h := s.head(i); h >= 0 && h < i && (s.dep(i) == "parataxis" || s.dep(i) == "advcl" && s.child(i, "mark") < 0) && s.tok(h).POS == "VERB" && s.child(i, "nsubj") >= 0 && s.child(i, "obj") < 0 && s.child(i, "ccomp") < 0 && s.child(i, "xcomp") < 0 {
		// "X is failing its refugees, a rights group protested": the
		// clause the verb reports is its complement.
		c.Complements = append(c.Complements, s.lemma(h))
	}
	c.Adverbs = s.adverbs(i, c.Adverbs, 0)
	if k := s.child(i, "nsubj"); k >= 0 && s.child(k, "conj") >= 0 {
		c.CompoundSubject = true
	}
	for _, k := range s.childrenOf(i, "aux", "aux:pass", "mark") {
		if s.dep(k) != "mark" || s.lemma(k) == "to" {
			// "to" of an infinitive counts as an auxiliary ("TO *").
			c.Auxiliaries = append(c.Auxiliaries, s.lemma(k), strings.ToLower(s.text(k)))
		}
	}
	c.Negated = s.negated(i) >= 0
	return c
}

// prepArgs appends the argument k introduced by prep: its lemma, and its
// modifiers' ("on economic issues" offers "issue" and "economic") where
// the lexicon reads words beyond the heads (UsesObjectWords).
func (s *sent) prepArgs(out []events.PrepArg, prep string, k int) []events.PrepArg {
	a := events.PrepArg{Prep: prep, Lemma: s.lemma(k)}
	if s.dc.objectWords {
		for _, m := range s.kids[k] {
			if d := s.dep(m); d == "amod" || d == "compound" {
				a.Mods = append(a.Mods, s.lemma(m))
			}
		}
	}
	out = append(out, a)
	// "supplied the rebels with tons of weapons": what the measure
	// counts stands in the phrase too (see argLemmas).
	for q, depth := k, 0; measures[s.lemma(q)] && depth < 3; depth++ {
		next := -1
		for _, m := range s.kids[q] {
			if strings.HasPrefix(s.dep(m), "nmod") && s.prep(m) == "of" {
				out = append(out, events.PrepArg{Prep: prep, Lemma: s.lemma(m)})
				next = m
			}
		}
		if next < 0 {
			break
		}
		q = next
	}
	return out
}

// phrasePrep returns the preposition of phrase k: its own, or the one
// that opens it (leadPrep).
func (s *sent) phrasePrep(k int) string {
	if p := s.prep(k); p != "" {
		return p
	}
	return s.leadPrep(k)
}

// leadPrep returns the preposition that opens k's phrase when the parser
// hung it on a word inside the phrase ("about the Prince of X" with
// "about" on "Prince", the phrase headed by "X"), else "".
func (s *sent) leadPrep(k int) string {
	first := k
	for j := k - 1; j >= 0 && s.dominates(k, j); j-- {
		first = j
	}
	if first < k && s.dep(first) == "case" && s.tok(first).POS == "ADP" {
		return s.lemma(first)
	}
	return ""
}

// prepParticles are particles the parser may read as a preposition.
var prepParticles = map[string]bool{"off": true, "out": true, "up": true, "down": true}

// afterParticles are more particles the parser may read as a preposition or
// an adverb right after their verb ("handed in their weapons", "took in
// refugees", "passed on intelligence"); only a lexicon pattern with the
// particle ("hand_in") asks for one.
var afterParticles = map[string]bool{"in": true, "back": true, "over": true, "on": true, "away": true}

// wordsBefore returns the (at most n) words written before i in its
// sentence, lower case, in text order.
func (s *sent) wordsBefore(i, n int) []string {
	out := make([]string, 0, min(i, n))
	for j := max(0, i-n); j < i; j++ {
		out = append(out, strings.ToLower(s.text(j)))
	}
	return out
}

// phraseWords returns the words of k's own phrase from the first written
// right before it (at most six) to k, lower case, in text order ("the new
// economic relations").
func (s *sent) phraseWords(k int) []string {
	j := k
	for j > 0 && k-j < 6 && s.head(j-1) >= 0 && s.dominates(k, j-1) {
		j--
	}
	out := make([]string, 0, k-j+1)
	for ; j <= k; j++ {
		out = append(out, strings.ToLower(s.text(j)))
	}
	return out
}

// dominates reports whether a is j or an ancestor of j.
func (s *sent) dominates(a, j int) bool {
	for n := 0; j >= 0 && n < 32; n++ {
		if j == a {
			return true
		}
		j = s.head(j)
	}
	return false
}

// objPhrases returns the prepositional modifiers of object k, and theirs,
// that follow it: phrases of the verb's own that the parser hung on the
// object ("memos from X", "the feast at X with Y"), and those of a
// participle on it ("assurances sent from X").
func (s *sent) objPhrases(k int) []int {
	return s.phrasesOn(k, nil, 0)
}

// phrasesOn appends the phrases objPhrases returns for n, looking one
// modifier deep.
func (s *sent) phrasesOn(n int, out []int, depth int) []int {
	for _, j := range s.kids[n] {
		switch d := s.dep(j); {
		case d == "acl" && s.tok(j).Tag == "VBN":
			// "assurances sent from X": the participle's phrases.
			for _, j2 := range s.kids[j] {
				if s.prep(j2) != "" && strings.HasPrefix(s.dep(j2), "obl") && s.dep(j2) != "obl:agent" {
					out = append(out, j2)
				}
			}
		case s.prep(j) != "" && strings.HasPrefix(d, "nmod") && d != "nmod:poss" && j > n:
			out = append(out, j)
			// "drills near the border with X": X is the border's
			// other side, no partner of the act.
			if depth == 0 && !borderWords[s.lemma(j)] {
				out = s.phrasesOn(j, out, 1)
			}
		case d == "appos" && j > n && s.leadPrep(j) != "":
			// "warned their people about the Prince of X", read as
			// an apposition whose first word is the preposition.
			out = append(out, j)
		}
	}
	return out
}

// adverbs appends the lemmas of the adverbs of i and of theirs.
func (s *sent) adverbs(i int, out []string, depth int) []string {
	for _, k := range s.childrenOf(i, "advmod") {
		out = append(out, s.lemma(k), strings.ToLower(s.text(k)))
		if depth < 2 {
			out = s.adverbs(k, out, depth+1)
		}
	}
	return out
}

// nounCand describes noun i for the lexicon.
func (s *sent) nounCand(i int) events.Candidate {
	c := events.Candidate{Noun: true, Lemma: s.lemma(i)}
	for _, k := range s.kids[i] {
		switch d := s.dep(k); {
		case d == "acl" && s.child(k, "mark") >= 0 && s.lemma(s.child(k, "mark")) == "to" && s.tok(k).POS == "VERB":
			// "its threat to invade", "the refusal to release": the
			// noun's open complement.
			c.Complements = append(c.Complements, s.lemma(k))
		case d == "compound" || d == "amod":
			c.Objects = append(c.Objects, s.lemma(k))
		case strings.HasPrefix(d, "nmod") || d == "acl":
			p := s.prep(k)
			if p == "of" {
				c.Objects = s.argLemmas(k, c.Objects)
			}
			if p != "" {
				c.Preps = append(c.Preps, events.PrepArg{Prep: p, Lemma: s.lemma(k)})
			}
		}
	}
	c.Negated = s.negated(i) >= 0
	return c
}

// argLemmas appends the lemmas an argument offers to patterns: its own,
// its conjuncts', its modifiers', and for "them" or "1,500 of them" the
// noun they stand for.
func (s *sent) argLemmas(k int, out []string) []string {
	l := s.lemma(k)
	if a := s.pronounObject(k); a >= 0 {
		return s.argLemmas(a, out)
	}
	if pronouns[l] || s.tok(k).POS == "NUM" {
		if a := s.antecedentNoun(k); a >= 0 {
			l = s.lemma(a)
		}
	}
	out = append(out, l)
	// "500 tons of rice", "a shipment of arms": what is measured; through
	// nested measures too ("tens of thousands of troops").
	for q, depth := k, 0; measures[s.lemma(q)] && depth < 3; depth++ {
		next := -1
		for _, m := range s.kids[q] {
			if strings.HasPrefix(s.dep(m), "nmod") && s.prep(m) == "of" {
				out = append(out, s.lemma(m))
				next = m
			}
		}
		if next < 0 {
			break
		}
		q = next
	}
	for _, m := range s.kids[k] {
		switch s.dep(m) {
		case "conj", "compound", "amod":
			out = append(out, s.lemma(m))
			if s.dep(m) != "conj" {
				// "austrian gold florin", parsed with "austrian" on
				// "gold": a modifier's own modifiers are the object's.
				for _, m2 := range s.kids[m] {
					if d := s.dep(m2); d == "compound" || d == "amod" {
						out = append(out, s.lemma(m2))
					}
				}
			}
		case "appos", "nmod":
			// "called Israel a terrorist state", "called the US the
			// Great Satan": a second object read as the first's
			// apposition or bare modifier.
			if s.dep(m) == "nmod" && s.prep(m) != "" {
				continue
			}
			out = append(out, s.lemma(m))
			for _, j := range s.childrenOf(m, "compound", "amod") {
				out = append(out, s.lemma(j))
			}
		}
	}
	return out
}

// antecedentNoun finds the plural noun a pronoun or bare number stands for:
// the nearest earlier object noun in the sentence.
func (s *sent) antecedentNoun(k int) int {
	if s.tok(k).POS == "NUM" {
		n := s.child(k, "nmod")
		if n < 0 {
			return -1
		}
		if !pronouns[s.lemma(n)] {
			return n
		}
		k = n
	}
	for j := k - 1; j >= 0; j-- {
		if s.tok(j).POS == "NOUN" && strings.Contains(s.tok(j).Feats, "Number=P") {
			return j
		}
	}
	return -1
}

// irregularPast maps past forms a lemmatizer may leave alone to their
// lemmas where the tagger's list of irregular verbs (tag.IrregularForm),
// consulted after it, does not: "retook", and regular forms it slips on.
var irregularPast = map[string]string{
	"retook": "retake", "retaken": "retake", "bombarded": "bombard", "seized": "seize",
}

// irregularLemma returns the lemma of an irregular past or participle, or
// of a form the lemmatizer slips on, and whether w is one.
func irregularLemma(w string) (string, bool) {
	if l, ok := irregularPast[w]; ok {
		return l, true
	}
	return tag.IrregularForm(w)
}

// verbForm returns the verb the lexicon knows of which w is a finite form:
// an irregular past (the tagger's list), a regular past in "-ed", or, with
// thirdPerson, a present in "-s"; else "". Light verbs ("undertook an
// offensive") and verbs of plan ("plans to impose") count.
func (c *Coder) verbForm(w string, thirdPerson bool) string {
	if l, ok := tag.IrregularPast(w); ok && (c.lex.Has(false, l) || lightVerbs[l] || planVerbs[l]) {
		return l
	}
	if !strings.HasSuffix(w, "ed") && !(thirdPerson && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) {
		return ""
	}
	for _, l := range lemmaVariants(w) {
		if l != w && (c.lex.Has(false, l) || lightVerbs[l] || planVerbs[l]) && regularForm(w, l) {
			return l
		}
	}
	return ""
}

// regularForm reports whether w is lemma l or one of its regular
// inflections ("rioted", "patrolling", "carries"): a misspelt word
// ("departes") is none, whatever the lemmatizer made of it.
func regularForm(w, l string) bool {
	n := len(l)
	if w == l || n == 0 {
		return w == l
	}
	stems := []string{l}
	if l[n-1] == 'e' {
		stems = append(stems, l[:n-1]) // riot-e: "riding" from "ride"
	}
	if n > 1 && !strings.ContainsRune("aeiouwxy", rune(l[n-1])) && strings.ContainsRune("aeiou", rune(l[n-2])) {
		stems = append(stems, l+l[n-1:]) // "patrolled"
	}
	if l[n-1] == 'y' {
		stems = append(stems, l[:n-1]+"i") // "carried"
	}
	sibilant := strings.HasSuffix(l, "s") || strings.HasSuffix(l, "x") || strings.HasSuffix(l, "z") ||
		strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "o")
	for _, st := range stems {
		for _, suf := range []string{"s", "es", "ed", "d", "ing"} {
			if suf == "es" && !sibilant && st[len(st)-1] != 'i' {
				continue // "departs", not "departes"; "carries"
			}
			if w == st+suf {
				return true
			}
		}
	}
	return false
}

// lemmaVariants returns the lemmas a verb lemma the lexicon does not know
// may stand for: an irregular past, a doubled final consonant left on
// ("patroll", "jamm"), a stray final "e" ("riote"), a past or participle ending
// left on.
func lemmaVariants(l string) []string {
	var out []string
	if r, ok := irregularLemma(l); ok && r != l {
		out = append(out, r)
	}
	n := len(l)
	if n > 3 && l[n-1] == l[n-2] && !strings.ContainsRune("aeiou", rune(l[n-1])) {
		out = append(out, l[:n-1]) // "jamm" of "jammed" too
	}
	if n > 4 && l[n-1] == 'e' {
		out = append(out, l[:n-1])
	}
	if n > 3 && !strings.ContainsRune("aeiouy", rune(l[n-1])) {
		out = append(out, l+"e") // "rebuk" of "rebuked"
	}
	for _, suf := range []string{"ed", "d", "ing", "s"} {
		if strings.HasSuffix(l, suf) && n > len(suf)+2 {
			b := l[:n-len(suf)]
			out = append(out, b)
			if m := len(b); m > 2 && b[m-1] == b[m-2] {
				out = append(out, b[:m-1])
			}
			if suf != "d" {
				out = append(out, b+"e")
			}
		}
	}
	return out
}

// subjunctive reports whether verb v is written in its bare form with a
// subject of its own and no auxiliary ("that Israel withdraw", whatever
// the tagger made of it), or has "should" or "must".
func (s *sent) subjunctive(v int) bool {
	if k := s.child(v, "aux"); k >= 0 {
		return s.lemma(k) == "should" || s.lemma(k) == "must"
	}
	return strings.ToLower(s.text(v)) == s.lemma(v) && s.child(v, "nsubj") >= 0
}
