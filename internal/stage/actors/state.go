package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/actors"
	"github.com/sitrep/sitrep/internal/doc"
)

// word is one word of the text as the dictionary sees it: a token, with
// hyphens that join words dropped ("Hong-kyun" is "Hong" "kyun").
type word struct {
	tok        int32 // index in Doc.Tokens
	start, end int32 // byte span
	f0, f1     int32 // folded form in state.fold
	caps       actors.Caps
}

// item kinds.
const (
	ikStop uint8 = iota + 1
	ikPerson
	ikOrg
	ikCountry
	ikCapital
	ikSeat
	ikPeople
	ikAdj
	ikRole
	ikName // a PERSON entity that is not in the dictionary
)

// item is a dictionary phrase or a person's name found in a sentence.
type item struct {
	w0, w1 int32
	k      uint8
	hit    actors.Hit
	e      *actors.Entry
	adj    bool // a people noun that is also the entry's adjective ("Dutch")
}

// mention kinds, for coreference keys.
const (
	mkPerson uint8 = iota + 1
	mkName
	mkRole
	mkOrg
	mkCountry
	mkCapital
	mkSeat
)

type mkey struct {
	k       uint8
	id      int32
	country string
	name    string
}

// mention is an actor mention being built.
type mention struct {
	w0, w1  int32
	code    string
	country string
	sector  string
	name    string
	role    int32  // entry index of the head role word, or -1
	head    string // folded head word of the role phrase
	title   bool   // the head role is a person's title
	person  bool   // a person, named or not
	words   []string
	pending bool // a bare name waiting for an apposition; not output
	// unplaced marks a titled person with no country in the phrase or
	// before it; the country evidence of the sentence or the document
	// may give one when the document is coded (placeTitled).
	unplaced bool
	// owner is the person whose body this is ("President Suharto's
	// government"), when that person had no country yet; -1 when none.
	owner  int32
	parent int32
}

// state is the per-document working memory of a Coder, reused through a
// pool.
type state struct {
	dict *actors.Dict
	d    *doc.Doc
	day  actors.Day

	ws      []word
	ids     []uint32
	fold    []byte
	sentW   []int32
	itemAt  []int32
	nameEnd []int32
	entOf   []int32
	entW0   []int32 // first word of each entity, -1 when none
	entW1   []int32
	its     []item
	matches []actors.Match
	ms      []mention
	keys    map[mkey]int32
	acr     map[string]int32
	counts  map[string]int

	dominant string
	lo       int32 // first word of the sentence being coded
}

func (s *state) reset(dict *actors.Dict, d *doc.Doc) {
	s.dict, s.d = dict, d
	s.day = actors.DayOf(d.Published)
	s.ws, s.ids, s.fold = s.ws[:0], s.ids[:0], s.fold[:0]
	s.sentW, s.itemAt, s.nameEnd, s.entOf = s.sentW[:0], s.itemAt[:0], s.nameEnd[:0], s.entOf[:0]
	s.entW0, s.entW1 = s.entW0[:0], s.entW1[:0]
	s.its, s.ms = s.its[:0], s.ms[:0]
	if s.keys == nil {
		s.keys, s.acr, s.counts = map[mkey]int32{}, map[string]int32{}, map[string]int{}
	}
	clear(s.keys)
	clear(s.acr)
	clear(s.counts)
	s.dominant = ""
}

// words turns the tokens into words and finds the sentence boundaries.
func (s *state) words() {
	toks := s.d.Tokens
	text := s.d.Text
	nsent := len(s.d.Sentences)
	for i := range toks {
		if n := toks[i].Sentence + 1; n > nsent {
			nsent = n
		}
	}
	s.sentW = append(s.sentW, 0)
	cur := 0
	led := "" // the token after a glued hyphen: "U.S.-led forces", "Iran-backed militias"
	for i := range toks {
		t := &toks[i]
		for cur < t.Sentence && cur < nsent {
			cur++
			s.sentW = append(s.sentW, int32(len(s.ws)))
		}
		form := t.Norm
		if form == "" {
			form = text[t.Start:t.End]
		}
		if actors.IsHyphen(form) {
			glued := (i > 0 && toks[i-1].End == t.Start && toks[i-1].Sentence == t.Sentence) ||
				(i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].Sentence == t.Sentence)
			if glued {
				if i > 0 && i+1 < len(toks) && toks[i+1].Start == t.End && toks[i-1].End == t.Start {
					if h := "-" + strings.ToLower(text[toks[i+1].Start:toks[i+1].End]); h == ledMod || hyphenMods[h] != 0 {
						led = h
					}
				}
				continue
			}
		}
		f0 := int32(len(s.fold))
		if led != "" {
			// "-led" after a country is a modifier of what follows
			// ("Vietnamese-led forces" are Vietnam's forces), unlike the
			// verb "led"; so are "-run", "-backed" and their like.
			s.fold = append(s.fold, led...)
			led = ""
		} else {
			s.fold = actors.AppendFold(s.fold, form)
		}
		f1 := int32(len(s.fold))
		s.ws = append(s.ws, word{tok: int32(i), start: int32(t.Start), end: int32(t.End), f0: f0, f1: f1, caps: actors.CapsOf(form)})
		s.ids = append(s.ids, s.dict.WordIDBytes(s.fold[f0:f1]))
	}
	for cur < nsent {
		cur++
		s.sentW = append(s.sentW, int32(len(s.ws)))
	}
	// A text written all in lower case (as some corpora are) cannot show
	// which words are names: let lower-case words stand for capitalized
	// ones (but not for acronyms).
	words, capital := 0, 0
	for i := range s.ws {
		switch s.ws[i].caps {
		case actors.CapsInitial, actors.CapsAll:
			capital++
			words++
		default:
			if f := s.fold[s.ws[i].f0:s.ws[i].f1]; len(f) > 0 && 'a' <= f[0] && f[0] <= 'z' {
				words++
			}
		}
	}
	if words >= 20 && capital*50 < words {
		for i := range s.ws {
			if s.ws[i].caps == actors.CapsAny {
				s.ws[i].caps = actors.CapsInitial
			}
		}
	}
	if len(s.sentW) == 1 {
		s.sentW = append(s.sentW, int32(len(s.ws)))
	}
	// Tokens out of sentence order would leave boundaries decreasing.
	for i := 1; i < len(s.sentW); i++ {
		if s.sentW[i] < s.sentW[i-1] {
			s.sentW[i] = s.sentW[i-1]
		}
	}
}

// text returns the folded form of word w. The string aliases a reused
// buffer: compare it, do not keep it.
func (s *state) text(w int32) string {
	return unsafeString(s.fold[s.ws[w].f0:s.ws[w].f1])
}

// items finds the dictionary phrases (longest match first, left to right,
// within each sentence) and the PERSON entities.
func (s *state) items() {
	n := len(s.ws)
	for i := 0; i < n; i++ {
		s.itemAt = append(s.itemAt, -1)
		s.nameEnd = append(s.nameEnd, -1)
		s.entOf = append(s.entOf, -1)
	}
	// Entities to words.
	ents := s.d.Entities
	w := 0
	for ei := range ents {
		e := &ents[ei]
		s.entW0, s.entW1 = append(s.entW0, -1), append(s.entW1, -1)
		for w < n && int(s.ws[w].end) <= e.Start {
			w++
		}
		w0 := w
		w1 := w0
		for w1 < n && int(s.ws[w1].start) < e.End {
			w1++
		}
		if w1 == w0 {
			continue
		}
		s.entW0[ei], s.entW1[ei] = int32(w0), int32(w1)
		for k := w0; k < w1; k++ {
			s.entOf[k] = int32(ei)
		}
		if e.Type == "PERSON" {
			s.nameEnd[w0] = int32(w1)
		}
	}
	var caps [64]actors.Caps
	for si := 0; si+1 < len(s.sentW); si++ {
		lo, hi := s.sentW[si], s.sentW[si+1]
		for w := lo; w < hi; {
			if s.ids[w] == 0 {
				w++
				continue
			}
			s.matches = s.dict.Matches(s.ids[:hi], int(w), s.matches[:0])
			found := false
			for m := len(s.matches) - 1; m >= 0 && !found; m-- {
				mt := s.matches[m]
				ln := min(mt.Len, len(caps))
				for k := 0; k < ln; k++ {
					caps[k] = s.ws[int(w)+k].caps
				}
				best, bestRank := actors.Hit{}, 99
				for _, h := range mt.Hits {
					if !h.Accepts(caps[:ln]) {
						continue
					}
					e := s.dict.Entry(h.Entry)
					k := kindOf(h, e)
					if r := rank(k); r < bestRank && s.allowed(w, w+int32(mt.Len), k) {
						best, bestRank = h, r
					}
				}
				if bestRank == 99 {
					continue
				}
				e := s.dict.Entry(best.Entry)
				it := item{w0: w, w1: w + int32(mt.Len), k: kindOf(best, e), hit: best, e: e}
				if it.k == ikPeople {
					for _, h := range mt.Hits {
						it.adj = it.adj || h.Entry == best.Entry && h.Form == actors.FormAdj && h.Accepts(caps[:ln])
					}
				}
				s.itemAt[w] = int32(len(s.its))
				s.its = append(s.its, it)
				s.count(&it)
				w = it.w1
				found = true
			}
			if !found {
				w++
			}
		}
	}
	s.senses()
	top, second := "", 0
	for c, n := range s.counts {
		if n > s.counts[top] || (n == s.counts[top] && c < top) {
			top = c
		}
	}
	for c, n := range s.counts {
		if c != top && n > second {
			second = n
		}
	}
	if top != "" && s.counts[top] >= 3 && s.counts[top] >= 2*second {
		s.dominant = top
	}
}

func (s *state) count(it *item) {
	switch it.k {
	case ikCountry, ikCapital, ikSeat, ikPeople, ikAdj:
		s.counts[it.e.Code]++
	case ikOrg:
		if it.e.Country != "" && !(it.e.Sector == "PTY" && s.genericParty(it)) {
			// ("the Christian Democrats" count for no country.)
			s.counts[it.e.Country]++
		}
	}
}

// allowed reports whether a phrase of kind k may stand at words [w0,w1):
// not a place or country inside a longer person's name ("Michael Jordan"),
// not a capital inside an organization's name ("Moscow State University").
func (s *state) allowed(w0, w1 int32, k uint8) bool {
	if k == ikOrg && w0 > 0 && genericPartyWords(s, w0, w1) && s.sentenceOf(w0-1) == s.sentenceOf(w0) && !s.countryItem(w0-1) {
		// "the Christian Democrats", "the Social Democrats": a
		// capitalized word before "Democrats" names another party than
		// the one the dictionary knows by it (not "Senate Democrats").
		if p := s.d.Text[s.ws[w0-1].start:s.ws[w0-1].end]; p != "" && p[0] >= 'A' && p[0] <= 'Z' && s.sentW[s.sentenceOf(w0)] != w0-1 && !legislatures[strings.ToLower(p)] {
			return false
		}
	}
	ei := s.entOf[w0]
	if ei < 0 {
		return true
	}
	e := &s.d.Entities[ei]
	if int(s.ws[w0].start) <= e.Start && int(s.ws[w1-1].end) >= e.End {
		return true // the phrase covers the whole entity
	}
	switch e.Type {
	case "PERSON":
		return k == ikPerson || k == ikRole || k == ikStop
	case "ORG", "FAC":
		if k == ikOrg && w1 == w0+1 && int(w1) < len(s.ws) && s.ws[w0].caps != actors.CapsAll && int(s.ws[w0].end) < e.End && s.entOf[w1] == ei && s.ws[w1].caps != actors.CapsAny {
			// "Commonwealth Aluminium Corp", "British and Commonwealth
			// Shipping Co": a one-word organization name (not an
			// acronym) that opens a longer name of capitalized words is
			// that other organization's.
			return false
		}
		if k == ikOrg && e.Start < int(s.ws[w0].start) && int(s.ws[w1-1].end) >= e.End && genericPartyWords(s, w0, w1) {
			// "the Christian Democrats": "Democrats" ends the name of
			// another party than the one the dictionary knows by it.
			return false
		}
		return k != ikCapital && k != ikSeat
	}
	return true
}

// countryItem reports whether word w begins an item that names a country
// ("US Democrats").
func (s *state) countryItem(w int32) bool {
	x := s.itemAt[w]
	if x < 0 || s.its[x].e == nil {
		return false
	}
	c := s.its[x].e.Code
	return len(c) == 3 && !strings.HasPrefix(c, "-")
}

// legislatures are the words before a party name that keep it the
// dictionary's ("House Democrats").
var legislatures = set("house", "senate", "congressional", "congress", "assembly", "parliamentary")

// genericPartyWords reports whether words [w0,w1) are all generic party
// words ("Democrats").
func genericPartyWords(s *state, w0, w1 int32) bool {
	for w := w0; w < w1; w++ {
		if !genericParties[strings.ToLower(s.text(w))] {
			return false
		}
	}
	return w1 > w0
}

func kindOf(h actors.Hit, e *actors.Entry) uint8 {
	if e.Code == "---" && len(e.Roles) == 0 {
		return ikStop
	}
	switch e.Kind {
	case actors.KindPerson:
		return ikPerson
	case actors.KindOrg:
		return ikOrg
	case actors.KindRole:
		return ikRole
	}
	switch h.Form {
	case actors.FormAdj:
		return ikAdj
	case actors.FormPeople:
		return ikPeople
	case actors.FormCapital:
		return ikCapital
	case actors.FormSeat:
		return ikSeat
	}
	return ikCountry
}

func rank(k uint8) int {
	switch k {
	case ikStop:
		return 0
	case ikPerson:
		return 1
	case ikOrg:
		return 2
	case ikCountry:
		return 3
	case ikCapital:
		return 4
	case ikSeat:
		return 5
	case ikPeople:
		return 6
	case ikAdj:
		return 7
	case ikRole:
		return 8
	}
	return 9
}

// itemOrName returns the dictionary item or person's name at word w.
func (s *state) itemOrName(w, end int32) *item {
	if w >= end {
		return nil
	}
	if i := s.itemAt[w]; i >= 0 {
		return &s.its[i]
	}
	if e := s.nameEnd[w]; e > 0 {
		s.its = append(s.its, item{w0: w, w1: min(e, end), k: ikName})
		return &s.its[len(s.its)-1]
	}
	return nil
}

// Word classes.
var (
	skipMods   = set(ledMod, "acting", "interim", "outgoing", "incoming", "then", "newly", "current", "visiting", "mr", "mrs", "ms", "dr", "sir", "madam", "mister", "miss", "prof")
	honorifics = set("mr", "mrs", "ms", "dr", "sir", "madam", "mister", "miss", "prof")
	locatives  = set("in", "at", "near", "outside", "inside", "around", "across", "throughout", "within", "into", "via", "from", "toward", "towards", "through", "visiting", "visited", "visit", "reached", "arrived")
	// words that make an office holder a former one (ELI): "ousted
	// President X" no longer holds the office.
	formerMods = set("former", "ex", "ousted", "deposed", "toppled", "exiled", "overthrown")
	// motion words before "to": "fled to Moscow" is a place.
	motionTo = set("fled", "flee", "flees", "fleeing", "flew", "fly", "flying", "travelled", "traveled", "travel", "travels",
		"returned", "return", "returning", "moved", "move", "went", "go", "going", "came", "come", "headed", "heading",
		"trip", "trips", "visit", "visits", "journey", "flight", "flights", "route", "road", "way", "deported", "extradited",
		"expelled", "sent", "evacuated", "relocated", "transferred", "welcome", "back", "closer", "near", "next")
	// nouns for what a government sends or does: "from" after them
	// introduces an actor ("pressure from Beijing"), not a place.
	sentFrom = set("aid", "assistance", "pressure", "support", "message", "messages", "request", "requests", "demand", "demands",
		"call", "calls", "criticism", "response", "warning", "warnings", "threat", "threats", "offer", "proposal", "proposals",
		"signal", "signals", "backing", "funding", "approval", "permission", "objection", "objections", "protest", "protests",
		"invitation", "guarantees", "assurances", "sanctions", "retaliation", "opposition", "condemnation", "rebuke", "letter",
		"envoy", "envoys", "delegation", "delegations", "officials", "diplomats", "negotiators", "orders", "instructions", "interference")
	// adjectives that are also role words: "official" in "South Korea's
	// official name", "military" in "Russian military installations".
	// days and times of day: "the government today said" is no compound.
	dayWords = set("today", "yesterday", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"morning", "evening", "afternoon", "overnight", "earlier", "later", "again", "also", "now")
	// kinds of forces between a country or organization and its troops:
	// "NATO peacekeeping troops".
	forceMods = set("peacekeeping", "elite", "combat", "occupation", "occupying")
	// parts of a city or country: "eastern Beirut" is a place, "in
	// southeastern Turkey" is where something happens.
	cityParts = set("eastern", "western", "northern", "southern", "central", "downtown", "suburban",
		"greater", "outer", "inner", "northeastern", "northwestern", "southeastern", "southwestern")
	// nouns for a part of a city or country before "of": "the streets of
	// Cairo", "the southern suburbs of Beirut", "the north of Mali".
	placeParts = set("streets", "outskirts", "suburbs", "suburb", "centre", "center", "heart", "edge", "outskirt",
		"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "parts", "part",
		"districts", "neighbourhoods", "neighborhoods", "north-east", "north-west", "south-east", "south-west")
	// spokesWords are the heads of titles that speak for a body.
	spokesWords = set("spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople")
	// titleMods may stand between a possessive and a title: "the army's
	// chief spokesman", "the ministry's new spokeswoman".
	titleMods = set("chief", "senior", "top", "new", "main", "official", "principal", "longtime", "veteran")
	// political adjectives between a country and its body: "Iraq's ruling
	// council", "Colombia's leftist government", "the Nicaraguan Marxist
	// regime". They are part of the mention.
	polMods = set("ruling", "leftist", "rightist", "conservative", "liberal", "communist",
		"socialist", "marxist", "nationalist", "islamist", "reformist", "hardline", "moderate", "civilian", "elected",
		"democratically", "new", "transitional", "provisional", "caretaker", "embattled", "beleaguered", "unity",
		"coalition", "national", "central", "federal")
	// sectors of groups that take the country of the sentence's evidence
	// when the phrase gives none: "troops", "rebels", "fundamentalists",
	// "opposition leaders", "gangs".
	placedSectors = set("MIL", "REB", "RAD", "OPP", "CRM")
	// homeSectors are the sectors of a state's bodies at home (the
	// government, the authorities, the police): a definite one, or a
	// group, takes the country of the sentence's evidence, and so does a
	// party that more than one country had ("the Baath party").
	homeSectors = set("GOV", "COP", "PTY")
	adjRoles    = set("official", "military", "civilian", "rebel", "militant", "presidential", "state", "naval", "diplomatic", "royal", "opposition", "police", "security")
	// function words and common verbs that may follow a role noun.
	funcWords = set("said", "says", "say", "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may", "might", "can", "did", "does", "do", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from", "by", "who", "which", "that", "as", "also", "not", "than", "told", "added", "stated", "announced", "claimed", "denied", "warned", "reported", "confirmed", "chief", "head", "leader", "spokesman", "spokesperson", "spokeswoman")
)

// ledMod is the folded form of "led" glued by a hyphen to the word before.
const ledMod = "-led"

// Kinds of hyphenated participles after a country or organization.
const (
	// hyOwn: what the country runs is its own ("the Hamas-run health
	// ministry", "Kremlin-controlled media").
	hyOwn uint8 = iota + 1
	// hyBack: what it backs is not its own, and the country is no actor
	// there ("Iran-backed militias", "a UN-brokered truce").
	hyBack
)

// hyphenMods are the participles glued by a hyphen to the word before,
// folded with the hyphen ("-backed").
var hyphenMods = map[string]uint8{
	"-run": hyOwn, "-controlled": hyOwn, "-owned": hyOwn, "-held": hyOwn, "-dominated": hyOwn, "-ruled": hyOwn,
	"-backed": hyBack, "-funded": hyBack, "-sponsored": hyBack, "-supported": hyBack, "-allied": hyBack,
	"-aligned": hyBack, "-trained": hyBack, "-armed": hyBack, "-installed": hyBack, "-brokered": hyBack,
	"-mediated": hyBack, "-based": hyBack, "-appointed": hyBack, "-friendly": hyBack, "-leaning": hyBack,
}

// Modifier kinds before a title: skipped, or making it a former one.
const (
	modSkip uint8 = iota + 1
	modFormer
)

// modKinds joins skipMods and formerMods for one lookup per word.
var modKinds = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range skipMods {
		m[w] = modSkip
	}
	for w, k := range hyphenMods {
		if k == hyOwn {
			m[w] = modSkip
		}
	}
	for w := range formerMods {
		m[w] = modFormer
	}
	return m
}()

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func (s *state) isPoss(w int32) bool {
	t := s.text(w)
	return t == "'s" || t == "'"
}

// sentence codes the actors of sentence si.
func (s *state) sentence(si int32) {
	lo, hi := s.sentW[si], s.sentW[si+1]
	s.lo = lo
	for w := lo; w < hi; {
		w = s.phrase(w, lo, hi)
	}
}

// phrase reads the actor phrase starting at word w (sentence [lo,hi)) and
// returns the word after it.
// itemOr returns the item at word k, or -1 when k is at or past hi (the
// end of the phrase, which may be the end of the text).
func (s *state) itemOr(k, hi int32) int32 {
	if k >= hi || int(k) >= len(s.itemAt) {
		return -1
	}
	return s.itemAt[k]
}

func (s *state) phrase(w, lo, hi int32) int32 {
	definite, former := false, false
	i := w
	start := int32(-1) // first word of the mention: modifiers, not determiners
	for i < hi && s.itemAt[i] < 0 && s.nameEnd[i] < 0 {
		t := s.text(i)
		mk := modKinds[t]
		switch {
		case t == "the" || t == "a" || t == "an":
			definite = definite || t == "the"
			if start >= 0 {
				goto done
			}
		case mk == modFormer:
			former = true
			if start < 0 {
				start = i
			}
		case mk == modSkip:
			if start < 0 {
				start = i
			}
		default:
			goto done
		}
		i++
	}
done:
	if start < 0 {
		start = i
	}
	if i >= hi {
		return w + 1
	}
	if j, ok := s.acronym(i, hi); ok {
		return j
	}
	if j, ok := s.namedBody(start, i, nil, hi); ok {
		return j
	}
	first := s.itemOrName(i, hi)
	if first == nil {
		return w + 1
	}
	if start < i && first.k != ikPerson && first.k != ikRole && first.k != ikName {
		start = i // "former" before a country is not part of it
	}
	switch first.k {
	case ikStop:
		return first.w1
	case ikPerson:
		// "the Vajpayee government": the government of the person's country.
		if x := s.itemAt[first.w1]; first.w1 < hi && x >= 0 && s.its[x].k == ikRole && s.its[x].e.RoleKind == actors.Body {
			return s.role(start, first, &s.its[x], definite, former, lo, hi)
		}
		return s.person(start, nil, nil, first, former, hi)
	case ikName:
		if start < i {
			return s.bareName(first, hi) // "Mr. Kim": the name alone
		}
		return s.bareName(first, hi)
	case ikRole:
		// A role word inside a longer name ("MV Professor Albrecht Penck",
		// a ship) is not an actor.
		if ei := s.entOf[first.w0]; ei >= 0 && s.d.Entities[ei].Type != "PERSON" && s.entW0[ei] < first.w0 && s.entW0[ei] >= lo {
			// ("The Interior Ministry of Iraq": the entity's article is
			// no part of a name.)
			e0 := s.entW0[ei]
			for e0 < first.w0 && (s.text(e0) == "the" || s.text(e0) == "a" || s.text(e0) == "an") {
				e0++
			}
			if x := s.itemAt[e0]; x < 0 && e0 < first.w0 {
				return first.w1
			}
		}
		return s.role(start, nil, first, definite, former, lo, hi)
	}
	// A country, capital, seat, demonym or organization: a modifier when a
	// role, person or organization follows, else an actor alone.
	// "Dutch" before a role word or another demonym is the adjective, not
	// the people ("Dutch warships", "Dutch and Belgian warships").
	if first.k == ikPeople && first.adj && first.w1 < hi {
		k := first.w1
		if k+1 < hi && s.text(k) == ledMod {
			k++
		}
		if x := s.itemAt[k]; x >= 0 && s.its[x].k == ikRole {
			first.k = ikAdj
		} else if t := s.text(first.w1); t == "and" || t == "," || t == "or" {
			if k, ok := s.coordinated(first, former, lo, hi); ok {
				return k
			}
		}
	}
	j := first.w1
	if j < hi && hyphenMods[s.text(j)] == hyBack {
		return j + 1 // "Iran-backed militias": the militias are not Iran's
	}
	if j < hi && s.isPoss(j) {
		j++
	}
	for j < hi && s.itemAt[j] < 0 && s.nameEnd[j] < 0 && modKinds[s.text(j)] != 0 {
		if modKinds[s.text(j)] == modFormer {
			former = true
		}
		j++
	}
	// "Iraq's ruling council", "Colombia's leftist government": political
	// adjectives before a role word of a country or demonym.
	if first.k != ikOrg && first.k != ikPeople {
		k := j
		for k < hi && s.itemAt[k] < 0 && s.nameEnd[k] < 0 && polMods[s.text(k)] {
			k++
		}
		// "Syria's ruling Baath party government": a party of the country
		// before its government.
		if x := s.itemOr(k, hi); x >= 0 && s.its[x].k == ikOrg && s.its[x].e.Sector == "PTY" && s.its[x].w1 < hi {
			if y := s.itemAt[s.its[x].w1]; y >= 0 && s.its[y].k == ikRole && s.its[y].e.Sector == "GOV" && s.its[y].e.RoleKind == actors.Body {
				k = s.its[x].w1
			}
		}
		if x := s.itemOr(k, hi); k > j && x >= 0 && s.its[x].k == ikRole {
			j = k
		}
	}
	// "NATO peacekeeping troops": the kind of force before its troops.
	if k := j; k+1 < hi && s.itemAt[k] < 0 && s.nameEnd[k] < 0 && forceMods[s.text(k)] {
		if x := s.itemAt[k+1]; x >= 0 && s.its[x].k == ikRole && s.its[x].e.Sector == "MIL" {
			j = k + 1
		}
	}
	if k, ok := s.namedBody(i, j, first, hi); ok && first.k != ikPeople && first.k != ikOrg {
		return k
	}
	if j == first.w1 && (first.k == ikAdj || first.k == ikCountry && s.ws[first.w1-1].caps == actors.CapsAll) {
		if k, ok := s.coordinated(first, former, lo, hi); ok {
			return k
		}
	}
	if nx := s.itemOrName(j, hi); nx != nil && first.k != ikPeople {
		switch nx.k {
		case ikRole:
			// An adjectival role word before another role word is part of
			// the title ("Serbian military police").
			// So is one before what the body's people or machines do
			// ("Israeli police custody", "Russian military aircraft").
			if !s.adjectival(nx, hi) || nx.w1 < hi && (s.itemAt[nx.w1] >= 0 && s.its[s.itemAt[nx.w1]].k == ikRole || issued[s.text(nx.w1)]) {
				return s.role(i, first, nx, definite, former, lo, hi)
			}
		case ikPeople:
			// "Bosnian Serbs", "Kosovo Albanians": people of the first
			// country, not of the second.
			if first.k == ikAdj || first.k == ikCountry && j == first.w1 {
				m := s.newMention(i, nx.w1)
				m.code, m.country, m.name = first.e.Code, first.e.Code, first.e.Name
				return s.finish(m, mkey{k: mkCountry, country: first.e.Code}, hi)
			}
		case ikPerson:
			return s.person(i, first, nil, nx, former, hi)
		case ikName:
			if first.k != ikOrg {
				return s.namedUnknown(i, first, nil, nx, former, hi)
			}
		case ikOrg:
			if first.k != ikOrg {
				return s.org(i, first, nx, former, hi)
			}
		case ikSeat:
			// "the U.S. State Department": one actor, the seat's.
			if nx.e == first.e && first.k == ikCountry {
				k := s.alone(nx, lo, hi)
				if n := len(s.ms); n > 0 && s.ms[n-1].w0 == nx.w0 {
					s.ms[n-1].w0 = i
				}
				return k
			}
		}
	}
	return s.alone(first, lo, hi)
}

// alone codes a country, capital, seat, people noun or organization that
// stands by itself.
func (s *state) alone(it *item, lo, hi int32) int32 {
	e := it.e
	switch it.k {
	case ikAdj:
		return it.w1 // "Russian territory": a demonym alone is no actor
	case ikOrg:
		return s.org(it.w0, nil, it, false, hi)
	case ikCountry, ikPeople:
		m := s.newMention(it.w0, it.w1)
		m.code, m.country, m.name = e.Code, e.Code, e.Name
		return s.finish(m, mkey{k: mkCountry, country: e.Code}, hi)
	case ikCapital, ikSeat:
		if s.placeContext(it, lo, hi) {
			return it.w1
		}
		m := s.newMention(it.w0, it.w1)
		sector := "GOV"
		key := mkey{k: mkCapital, country: e.Code}
		if it.k == ikSeat {
			sector = e.Seats[it.hit.Seat].Sector
			key = mkey{k: mkSeat, id: int32(it.hit.Seat), country: e.Code}
		}
		m.code, m.country, m.sector = e.Code+sector, e.Code, sector
		m.name = s.d.Text[s.ws[it.w0].start:s.ws[it.w1-1].end]
		return s.finish(m, key, hi)
	}
	return it.w1
}

// placeContext reports whether a capital or seat is used as a place: after
// a locative preposition ("in Seoul", "at the White House") or before a
// comma and a country ("Moscow, Russia").
func (s *state) placeContext(it *item, lo, hi int32) bool {
	p := it.w0 - 1
	if p >= lo && s.text(p) == "the" {
		p--
	}
	if p-1 >= lo && s.text(p) == "to" {
		if motionTo[s.text(p-1)] {
			return true
		}
		// "from Beijing to Hanoi": a route between places.
		for k := p - 1; k >= lo && k >= p-4 && s.ws[k].caps != actors.CapsAny; k-- {
			if k-1 >= lo && s.text(k-1) == "from" {
				return true
			}
		}
	}
	// "eastern Beirut", "central Kyiv": a part of the city, a place.
	if p >= lo && p == it.w0-1 && cityParts[s.text(p)] {
		return true
	}
	// "the streets of Cairo", "the outskirts of Khartoum": a part of it.
	if p-1 >= lo && s.text(p) == "of" && placeParts[s.text(p-1)] {
		return true
	}
	if p >= lo && locatives[s.text(p)] {
		// "pressure from Beijing", "a message from Washington": what a
		// government sends, not where something is.
		return !(s.text(p) == "from" && p-1 >= lo && sentFrom[s.text(p-1)])
	}
	if it.w1+1 < hi && s.text(it.w1) == "," {
		if nx := s.itemAt[it.w1+1]; nx >= 0 && s.its[nx].k == ikCountry {
			return true
		}
	}
	return false
}

// adjectival reports whether a one-word role that is also an adjective is
// used as one: "official" in "official name", "military" in "military
// installations". The tagger and parser decide when they ran.
func (s *state) adjectival(it *item, hi int32) bool {
	if it.w1-it.w0 != 1 || !adjRoles[s.text(it.w0)] {
		return false
	}
	t := &s.d.Tokens[s.ws[it.w0].tok]
	if t.POS != "" {
		if t.POS == "ADJ" || t.Dep == "amod" {
			return true
		}
		if t.Dep == "compound" && t.Head >= 0 {
			return true
		}
		if t.POS == "NOUN" || t.POS == "PROPN" {
			return false
		}
	}
	n := it.w1
	if n >= hi || s.itemAt[n] >= 0 || s.nameEnd[n] >= 0 || s.ws[n].caps != actors.CapsAny {
		return false
	}
	f := s.text(n)
	if funcWords[f] || strings.HasSuffix(f, "ed") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsLetter(r)
}

func (s *state) newMention(w0, w1 int32) *mention {
	s.ms = append(s.ms, mention{w0: w0, w1: w1, role: -1, owner: -1, parent: int32(len(s.ms))})
	return &s.ms[len(s.ms)-1]
}

// finish files the last mention under key (joining the chain of an
// earlier mention with that key) and reads an acronym introduced right
// after it: "National Intelligence Service (NIS)". It returns the word
// after the mention and the acronym.
func (s *state) finish(m *mention, key mkey, hi int32) int32 {
	idx := int32(len(s.ms) - 1)
	if m.country == "" && m.code == "" && m.sector != "" {
		m.code = "---" + m.sector
	}
	if key.k != 0 {
		if prev, ok := s.keys[key]; ok {
			s.union(idx, prev)
		} else {
			s.keys[key] = idx
		}
	}
	j := s.ms[idx].w1
	if j+2 < hi && s.text(j) == "(" && s.text(j+2) == ")" && s.ws[j+1].caps == actors.CapsAll {
		s.acr[strings.Clone(s.text(j+1))] = idx
		a := s.newMention(j+1, j+2)
		src := &s.ms[idx]
		a.code, a.country, a.sector, a.name, a.role, a.head, a.title, a.person = src.code, src.country, src.sector, src.name, src.role, src.head, src.title, src.person
		s.union(int32(len(s.ms)-1), idx)
		return j + 3
	}
	return j
}

// acronym codes a word that the document introduced as an acronym.
func (s *state) acronym(w, hi int32) (int32, bool) {
	if s.ws[w].caps != actors.CapsAll || len(s.acr) == 0 {
		return 0, false
	}
	if it := s.itemAt[w]; it >= 0 && s.its[it].w1 != w+1 {
		return 0, false
	}
	src, ok := s.acr[s.text(w)]
	if !ok {
		return 0, false
	}
	a := s.newMention(w, w+1)
	m := &s.ms[src]
	a.code, a.country, a.sector, a.name, a.role, a.head, a.title, a.person = m.code, m.country, m.sector, m.name, m.role, m.head, m.title, m.person
	s.union(int32(len(s.ms)-1), src)
	return w + 1, true
}

func (s *state) find(i int32) int32 {
	for s.ms[i].parent != i {
		s.ms[i].parent = s.ms[s.ms[i].parent].parent
		i = s.ms[i].parent
	}
	return i
}

// union joins the chains of mentions a and b; the earlier root stays root.
func (s *state) union(a, b int32) {
	ra, rb := s.find(a), s.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	s.ms[rb].parent = ra
}

// output appends the mentions as doc.Actors, numbering chains by their
// first mention.
func (s *state) output(out []doc.Actor) []doc.Actor {
	ids := make(map[int32]int, 8)
	for i := range s.ms {
		m := &s.ms[i]
		if m.pending {
			continue
		}
		root := s.find(int32(i))
		id, ok := ids[root]
		if !ok {
			id = len(ids)
			ids[root] = id
		}
		start, end := s.ws[m.w0].start, s.ws[m.w1-1].end
		out = append(out, doc.Actor{
			Span:    doc.Span{Start: int(start), End: int(end)},
			Text:    s.d.Text[start:end],
			Code:    m.code,
			Country: m.country,
			Sector:  m.sector,
			Name:    m.name,
			Entity:  id,
		})
	}
	return out
}

// namedBody codes an organization the recognizer found whose name is not
// in the dictionary but ends in (or holds) a role word: "General Services
// Administration" (GOV), "Symplicity Corporation" (BUS), "Seoul Central
// District Court" (JUD). The mention covers the whole entity, named by it;
// mod is a country before it ("the U.S. General Services
// Administration"). It applies only at the first word of an ORG entity
// that has a word no dictionary phrase explains.
func (s *state) namedBody(start, i int32, mod *item, hi int32) (int32, bool) {
	if i >= hi {
		return 0, false
	}
	ei := s.entOf[i]
	if ei < 0 || s.entW0[ei] != i || s.d.Entities[ei].Type != "ORG" {
		return 0, false
	}
	a, b := i, min(s.entW1[ei], hi)
	var head, weak *item
	proper, inner := false, false
	for k := a; k < b; {
		x := s.itemAt[k]
		if x < 0 {
			if t := s.text(k); t != "'s" && t != "of" && t != "the" && t != "and" && t != "for" && s.ws[k].caps != actors.CapsAny {
				proper = true
			}
			k++
			continue
		}
		it := &s.its[x]
		if it.w1 > b {
			return 0, false
		}
		switch it.k {
		case ikOrg, ikPerson, ikStop:
			return 0, false
		case ikRole:
			if it.e.RoleKind == actors.Body {
				if !it.e.Weak {
					head = it
				} else if weak == nil {
					weak = it
				}
			}
		case ikCountry, ikCapital, ikAdj, ikPeople, ikSeat:
			inner = true
			if mod == nil {
				mod = it
			}
		}
		k = it.w1
	}
	// A weak body word ("commission", "authority") heads a name only when
	// the name itself gives the country ("Kenya Anti-Corruption
	// Commission", "Kenya Ports Authority").
	if head == nil && weak != nil && inner && weak.w1 == b {
		head = weak
	}
	if head == nil || !proper {
		return 0, false
	}
	m := s.newMention(start, b)
	m.role, m.head = head.hit.Entry, s.headWord(head)
	m.name = s.d.Text[s.ws[a].start:s.ws[b-1].end]
	m.sector = head.e.Sector
	if mod != nil {
		m.country = mod.e.Code
		m.code = m.country + head.e.Code
	}
	words := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		words = append(words, strings.Clone(s.text(k)))
	}
	return s.finish(m, mkey{k: mkOrg, id: -1, country: m.country, name: strings.Join(words, " ")}, hi), true
}
