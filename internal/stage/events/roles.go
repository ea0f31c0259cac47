package events

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// actorsOf returns the actors an argument headed by token k names: the
// actor covering k, else the nearest actors among its modifiers (a
// possessor, an "of" or "against" phrase, a compound, a demonym), with its
// conjuncts ("Seoul and Moscow": both). Pronouns are resolved to the
// nearest earlier actor other than those in exclude.
func (s *sent) actorsOf(k int, exclude []doc.Actor) []doc.Actor {
	var out []doc.Actor
	s.collect(k, 0, exclude, &out)
	return out
}

func (s *sent) collect(k, depth int, exclude []doc.Actor, out *[]doc.Actor) {
	if shores[s.lemma(k)] && s.offBefore(k) {
		// "hit two ships off the Iranian coast", with "off" parsed as
		// the verb's particle: where the ships were, not whose.
		return
	}
	if a := s.pronounObject(k); a >= 0 {
		// "seized two tankers and later released them": the earlier
		// conjunct's object.
		s.collect(a, depth, exclude, out)
		return
	}
	if c := s.ellipticHalf(k); c != "" {
		// "North and South Korea": the bare "North" is North Korea.
		t := s.tok(k)
		*out = appendActor(*out, doc.Actor{Span: t.Span, Text: s.text(k), Code: c, Country: c, Entity: -1})
	} else if pair := pairNames[strings.ToLower(s.text(k))]; pair != [2]string{} {
		// "the two Koreas", "both Koreas": one actor each.
		t := s.tok(k)
		for _, c := range pair {
			*out = appendActor(*out, doc.Actor{Span: t.Span, Text: s.text(k), Code: c, Country: c, Entity: -1})
		}
	} else if a, ok := s.actorAt(k, exclude); ok {
		if spread := s.spreadGroup(k, a, exclude); len(spread) > 0 {
			for _, b := range spread {
				*out = appendActor(*out, b)
			}
		} else {
			*out = appendActor(*out, a)
		}
		// "Indian and Chinese troops": conjoined country adjectives name
		// one actor each.
		for _, m := range s.kids[k] {
			if d := s.dep(m); m < k && (d == "amod" || d == "compound") && s.dc.actorAt[s.t0+m] != s.dc.actorAt[s.t0+k] && s.child(m, "conj") >= 0 {
				s.collect(m, depth+1, exclude, out)
			}
		}
	} else if depth < 3 && s.kinOf(k) != "" {
		// "Trump supporters", "relatives of the president": people of
		// the one named, not that one; "opposition supporters" stay the
		// opposition. A critic's, victim's or rival's country is his own
		// demonym's ("Ukrainian victims"), not that of the one named as
		// whose.
		other := s.kinOf(k) == "other"
		var named []doc.Actor
		for _, m := range s.kids[k] {
			if d := s.dep(m); d == "amod" || !other && s.lemma(k) != "bank" && (d == "nmod:poss" || d == "compound" || d == "nmod" && s.prep(m) == "of") {
				s.collect(m, depth+1, exclude, &named)
			}
		}
		for _, a := range named {
			if a.Country == "" {
				continue
			}
			switch {
			case s.kinOf(k) == "bus":
				// "French operators", "Japanese exporters": firms.
				a.Sector, a.Code, a.Name = "BUS", a.Country+"BUS", ""
			case a.Sector != "OPP" && a.Sector != "PTY":
				a.Sector, a.Code, a.Name = "CVL", a.Country+"CVL", ""
			}
			a.Span, a.Text = s.tok(k).Span, s.text(k)
			*out = appendActor(*out, a)
		}
	} else if depth < 3 {
		// Nearest modifiers first: participants before descriptors, and
		// a place ("an attack by X in south Y") only where no participant
		// is named; people of a nationality ("two Chinese engineers in
		// Pakistan") are of it, not of where they are.
		for pi, pass := range [][]string{{"nmod:poss"}, {"nmod", "obl", "appos", "flat"}, {"amod"}, {"nmod"}, {"compound", "amod"}} {
			before := len(*out)
			for _, m := range s.kids[k] {
				d := s.dep(m)
				if (pi == 1 || pi == 3) && (pi == 3) != locativePreps[s.prep(m)] {
					continue
				}
				if pi >= 3 && topicNouns[s.lemma(k)] || s.prep(m) == "off" {
					// "criticized the Japanese trade surplus", "a ship
					// off the Iranian coast", "a tanker off Oman": a
					// country that is only where or what a thing is
					// about is not who is acted on.
					continue
				}
				if pi == 2 && !s.nationality(k, m) {
					continue
				}
				for _, want := range pass {
					if d == want || (want == "nmod" && strings.HasPrefix(d, "nmod:") && d != "nmod:poss") {
						s.collect(m, depth+1, exclude, out)
						break
					}
				}
			}
			if len(*out) > before {
				break
			}
		}
	}
	for _, cj := range s.childrenOf(k, "conj") {
		if s.tok(cj).POS != "VERB" {
			s.collect(cj, depth, exclude, out)
		}
	}
}

// offBefore reports whether "off" comes just before noun k's own words
// ("off the Iranian coast"), skipping its modifiers (the words before it
// whose head it is).
func (s *sent) offBefore(k int) bool {
	j := k - 1
	for j >= 0 && s.head(j) == k {
		j--
	}
	return j >= 0 && strings.EqualFold(s.text(j), "off")
}

// shores are the nouns of a coast that an "off" phrase names.
var shores = set("coast", "coastline", "shore", "island", "port")

// topicNouns are things a country's name or adjective only locates or
// describes, never an actor or an act of that country's: its waters, its
// market, trade figures and currency, its copyrights, a
// question or an issue about it, funding it gives (whose target is whom it
// funds). (Its plans, laws, imports and operations stay: "rejected the
// Israeli plan" is aimed at Israel; its coast may be where a ship goes, to
// it: "ships moving between the North Korean coast and Vladivostok". A
// ship "off" a coast is only there: see collect.)
var topicNouns = set("waters", "sea", "ocean", "question", "issue", "matter", "problem",
	"copyright", "patent", "market", "surplus", "deficit", "currency", "output", "production", "subsidiary",
	"funding", "financing")

// halfNames are the countries whose names differ only by a compass word,
// which a conjunction may leave off the first ("North and South Korea").
var halfNames = map[string]string{"north korea": "PRK", "south korea": "KOR"}

// ellipticHalf returns the country of a bare compass word k ("North")
// whose conjunct names the other half of a pair ("and South Korea"):
// "North Korea"; "" otherwise.
func (s *sent) ellipticHalf(k int) string {
	w := strings.ToLower(s.text(k))
	if (w != "north" && w != "south") || s.dc.actorAt[s.t0+k] >= 0 {
		return ""
	}
	for _, cj := range s.childrenOf(k, "conj") {
		ai := s.dc.actorAt[s.t0+cj]
		if ai < 0 {
			continue
		}
		text := strings.ToLower(s.dc.d.Actors[ai].Text)
		if _, ok := halfNames[text]; !ok {
			continue
		}
		if _, rest, ok := strings.Cut(text, " "); ok {
			return halfNames[w+" "+rest]
		}
	}
	return ""
}

// pairNames are the plurals of a name two countries share: "the two
// Koreas" are North and South Korea.
var pairNames = map[string][2]string{
	"koreas": {"PRK", "KOR"},
	"sudans": {"SDN", "SSD"},
	"congos": {"COD", "COG"},
}

// nationality reports whether m is a country adjective ("Chinese") on a
// plural noun k of people that names no actor ("engineers").
func (s *sent) nationality(k, m int) bool {
	if m > k || s.tok(k).Tag != "NNS" {
		return false
	}
	t := s.tok(m)
	return len(s.text(m)) > 0 && s.text(m)[0] >= 'A' && s.text(m)[0] <= 'Z' && (t.POS == "ADJ" || t.POS == "PROPN") && s.dc.adjectives[s.lemma(m)] != ""
}

// firmWords end the names of firms.
var firmWords = set("corp", "corporation", "inc", "ltd", "limited", "plc", "co", "company", "ag", "sa", "nv", "bv", "gmbh", "spa", "bank",
	"airlines", "airways", "airline", "express", "motors", "shipping", "industries", "holdings", "bancorp", "petroleum",
	"telecom", "steel", "electric", "chemicals", "pharmaceuticals", "brewery", "breweries", "mining", "insurance")

// firmName reports whether the span sp, a country's name or adjective,
// is part of a firm's name: the capitalized words around it end in a word
// of firmWords ("KLM Royal Dutch Airlines", "Air U.K. Ltd", "American
// Express", "Canadian Imperial Bank"), with joiners between them (see
// nameJoiners), or a stock ticker follows them ("<KLM.A>").
func firmName(d *doc.Doc, sp doc.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.Start })
	last := ""
	for ; i < len(d.Tokens); i++ {
		t := d.Tokens[i]
		w := d.Text[t.Start:t.End]
		if t.Start >= sp.End && nameJoiners[w] && i+1 < len(d.Tokens) {
			// "China Industry Commerce and Development Corp", "Nissan
			// Motor (UK) Ltd": a joiner between capitalized words.
			if n := d.Text[d.Tokens[i+1].Start:d.Tokens[i+1].End]; n != "" && n[0] >= 'A' && n[0] <= 'Z' {
				continue
			}
		}
		if t.Start >= sp.End && (w == "" || w[0] < 'A' || w[0] > 'Z') {
			break
		}
		last = strings.ToLower(strings.TrimSuffix(w, "."))
		if t.Start >= sp.End && firmWords[last] {
			// (Not "Leaders Express Concern" in a headline.)
			if last == "bank" && i > 0 && stateBanks[strings.ToLower(d.Text[d.Tokens[i-1].Start:d.Tokens[i-1].End])] {
				// "the Reserve Bank of India" is the state's.
				return false
			}
			if last == "express" && i+1 < len(d.Tokens) {
				if n := d.Text[d.Tokens[i+1].Start:d.Tokens[i+1].End]; n != "" && n[0] >= 'A' && n[0] <= 'Z' {
					return false
				}
			}
			return true
		}
		if t.End > sp.End+60 {
			break
		}
		if i+1 < len(d.Tokens) && d.Tokens[i+1].Start >= sp.End && strings.HasPrefix(d.Text[d.Tokens[i+1].Start:], "<") && t.Start >= sp.End {
			return true
		}
	}
	return false
}

// stateBanks are the words before "Bank" in the names of states' banks.
var stateBanks = set("reserve", "central", "national", "state", "people's", "federal", "development", "export-import")

// nameJoiners join the capitalized words of a firm's name.
var nameJoiners = set("and", "of", "&", "(", ")")

// kinOf returns kin's word for token k, but none for a state's bank: a
// named one ("the Reserve Bank of India") or a central one.
func (s *sent) kinOf(k int) string {
	if l := s.lemma(k); l == "bank" {
		if t := s.text(k); t == "" || t[0] < 'a' || t[0] > 'z' {
			return ""
		}
		for _, m := range s.childrenOf(k, "amod", "compound") {
			if stateBanks[s.lemma(m)] {
				return ""
			}
		}
	}
	return kin[s.lemma(k)]
}

// kin are nouns of people known by whom they stand with or against: "Trump
// supporters", "the president's critics", "lawyers for Assange" are not the
// one they name; and of firms known by their country ("French operators",
// "Japanese exporters"), which are not the state.
var kin = map[string]string{}

func init() {
	for _, w := range []string{"supporter", "follower", "fan", "loyalist", "backer", "sympathizer", "sympathiser", "admirer", "voter",
		"relative", "family", "wife", "husband", "son", "daughter", "brother", "sister", "widow", "mother", "father"} {
		kin[w] = "own"
	}
	for _, w := range []string{"opponent", "critic", "detractor", "rival", "lawyer", "attorney", "friend", "victim", "killer", "assassin"} {
		kin[w] = "other"
	}
	for _, w := range []string{"trader", "operator", "exporter", "importer", "producer", "firm", "investor", "dealer", "buyer",
		"seller", "supplier", "manufacturer", "maker", "shipper", "miller", "refiner", "insurer", "lender", "carmaker", "automaker",
		"bank", "company", "mill", "refinery", "utility", "underwriter", "bondholder", "shareholder", "institution"} {
		kin[w] = "bus"
	}
}

// spreadGroup spreads a group at k (an actor of a sector, such as
// "lawmakers" or "ambassadors") over the countries its "in", "from" or "of"
// phrase names with their conjuncts: "the ambassadors of A, B and C" are
// A's, B's and C's, whether or not the actor stage took "of A" into the
// group's own mention. A conjoined group with no country and no such phrase
// shares its conjunct's ("lawmakers and officials in A and B": four
// actors). It returns nil where there is nothing to spread: a's own reading
// stands.
func (s *sent) spreadGroup(k int, a doc.Actor, exclude []doc.Actor) []doc.Actor {
	ai := s.dc.actorAt[s.t0+k]
	if ai < 0 || a.Sector == "" {
		return nil
	}
	own := s.dc.d.Actors[ai].Country != ""
	cs := s.groupCountries(k, ai, a, own, exclude)
	if !own && len(cs) == 0 && s.dep(k) == "conj" {
		if h := s.head(k); h >= 0 && s.dc.actorAt[s.t0+h] >= 0 {
			cs = s.groupCountries(h, s.dc.actorAt[s.t0+h], a, false, exclude)
		}
	}
	if !own && len(cs) == 0 {
		for _, cj := range s.childrenOf(k, "conj") {
			if ci := s.dc.actorAt[s.t0+cj]; ci >= 0 {
				if cs = s.groupCountries(cj, ci, a, false, exclude); len(cs) > 0 {
					break
				}
			}
		}
	}
	if len(cs) == 0 || len(cs) == 1 && a.Country != "" {
		return nil
	}
	out := make([]doc.Actor, 0, len(cs))
	for _, c := range cs {
		b := a
		b.Country, b.Code = c, c+a.Sector
		out = append(out, b)
	}
	return out
}

// groupCountries returns the countries the "in", "from" or "of" phrases
// of the group at k (actor ai, read as a) name, each phrase with its
// conjuncts, in order; with own (the group has a country of its own), only
// a phrase the group's mention takes in counts ("ambassadors of A", not
// "French officials in A").
func (s *sent) groupCountries(k, ai int, a doc.Actor, own bool, exclude []doc.Actor) []string {
	var cs []string
	add := func(c string) {
		if c != "" && !containsStr(cs, c) {
			cs = append(cs, c)
		}
	}
	for _, m := range s.kids[k] {
		p := s.prep(m)
		if !strings.HasPrefix(s.dep(m), "nmod") || p != "in" && p != "from" && p != "of" || own && s.dc.actorAt[s.t0+m] != ai {
			continue
		}
		for _, x := range append([]int{m}, s.conjuncts(m)...) {
			if c := s.ellipticHalf(x); c != "" {
				add(c)
			} else if s.dc.actorAt[s.t0+x] == ai {
				add(a.Country)
			} else if c, ok := s.actorAt(x, exclude); ok && c.Country != "" && c.Sector == "" {
				add(c.Country)
			} else if pi := s.dc.placeAt[s.t0+x]; p == "in" && pi >= 0 {
				add(s.dc.d.Places[pi].Country)
			}
		}
	}
	return cs
}

// conjuncts returns the conjuncts of k, theirs included.
func (s *sent) conjuncts(k int) []int {
	var out []int
	for _, cj := range s.childrenOf(k, "conj") {
		out = append(out, cj)
		out = append(out, s.conjuncts(cj)...)
	}
	return out
}

// locativePreps introduce a place a noun's event happens in, not one of
// its participants.
var locativePreps = set("in", "at", "near", "inside", "across", "throughout")

func appendActor(out []doc.Actor, a doc.Actor) []doc.Actor {
	for _, b := range out {
		if (b.Span == a.Span && b.Code == a.Code) || (b.Code == a.Code && b.Name == a.Name) {
			return out
		}
	}
	return append(out, a)
}

// actorAt returns the actor token k belongs to: an actor mention, a
// demonym or country name the actor stage coded elsewhere in the document,
// or the antecedent of a pronoun.
func (s *sent) actorAt(k int, exclude []doc.Actor) (doc.Actor, bool) {
	a, ok := s.actorAt0(k, exclude)
	return firm(s.dc.d, a), ok
}

// firm makes a, a country named in a firm's name ("KLM Royal Dutch
// Airlines", "American Express"), the firm.
func firm(d *doc.Doc, a doc.Actor) doc.Actor {
	if a.Sector == "" && a.Country != "" && firmName(d, a.Span) {
		a.Sector, a.Code = "BUS", a.Country+"BUS"
	}
	return a
}

// actorAt0 is actorAt before firm.
func (s *sent) actorAt0(k int, exclude []doc.Actor) (doc.Actor, bool) {
	d := s.dc.d
	g := s.t0 + k
	if ai := s.dc.actorAt[g]; ai >= 0 {
		a := d.Actors[ai]
		if a.Country == "" {
			// "Kenyan suicide bombers", "U.S. border patrol agents": a
			// generic group takes the country its modifier names.
			for _, m := range s.kids[k] {
				if d := s.dep(m); (d == "amod" || d == "compound" || d == "nmod:poss") && m < k && s.dc.actorAt[s.t0+m] != ai {
					if c, ok := s.actorAt(m, exclude); ok && c.Country != "" && (d != "nmod:poss" || c.Sector == "") {
						// "Ithilen's minister": a country's possessor
						// gives its country (not a person's: "Putin's
						// spokesman" stays a spokesman).
						if c.Sector == "" {
							a.Country, a.Code = c.Country, c.Country+a.Sector
						} else {
							// "Hamas militants": the group is the named one.
							a.Country, a.Code, a.Sector, a.Name = c.Country, c.Code, c.Sector, c.Name
						}
						break
					}
				}
			}
		}
		if a.Sector != "" && a.Name == "" {
			// "Iraq said its warplanes hit a ship off the Iranian
			// coast": a group whose owner is a possessive pronoun is of
			// the country the pronoun stands for, not of the one the
			// context names.
			for _, m := range s.kids[k] {
				if l := s.lemma(m); m < k && s.dep(m) == "nmod:poss" && (l == "its" || l == "their") {
					if c, ok := s.resolvePronoun(m, exclude); ok && c.Country != "" && c.Sector == "" {
						a.Country, a.Code = c.Country, c.Country+a.Sector
					}
					break
				}
			}
		}
		if a.Country == "" || a.Sector != "" && a.Name == "" && !s.phraseCountry(k, ai) {
			// "farmers in France", "police in Karachi": the generic group
			// takes the country, or the country of the place; so does a
			// group whose country the actor stage took from the context,
			// not from its own phrase ("Kurdish authorities in Erbil
			// condemned the Iranian strikes" are not Iran's).
			for _, m := range s.kids[k] {
				if p := s.prep(m); strings.HasPrefix(s.dep(m), "nmod") && (p == "in" || p == "from" || p == "of") {
					if c, ok := s.actorAt(m, exclude); ok && c.Country != "" && c.Sector == "" {
						a.Country, a.Code = c.Country, c.Country+a.Sector
						break
					}
					if pi := s.dc.placeAt[s.t0+m]; p == "in" && pi >= 0 && d.Places[pi].Country != "" {
						a.Country, a.Code = d.Places[pi].Country, d.Places[pi].Country+a.Sector
						break
					}
				}
			}
		}
		if a.Code == "" {
			// "Kofi Annan, the United Nations Secretary-General": a
			// person the dictionary does not code at the document's
			// date takes the office the apposition names.
			for _, m := range s.kids[k] {
				if s.dep(m) == "appos" && m > k && s.dc.actorAt[s.t0+m] != ai {
					if c, ok := s.actorAt(m, exclude); ok && c.Code != "" {
						a.Country, a.Code, a.Sector, a.Name = c.Country, c.Code, c.Sector, c.Name
						break
					}
				}
			}
		}
		return a, true
	}
	if ei := s.dc.entAt[g]; ei >= 0 {
		e := d.Entities[ei]
		key := strings.ToLower(d.Text[e.Start:e.End])
		if a, ok := s.dc.demonym[key]; ok {
			a.Span, a.Text = e.Span, d.Text[e.Start:e.End]
			return a, true
		}
		if c := s.dc.adjectives[key]; c != "" && e.Type == "NORP" && !s.madeIn(s.lastTokBefore(g, e.End)) {
			return s.armed(k, doc.Actor{Span: e.Span, Text: d.Text[e.Start:e.End], Code: c, Country: c, Entity: -1}), true
		}
	}
	if t := s.tok(k); (t.POS == "ADJ" || t.POS == "PROPN") && len(s.text(k)) > 0 && s.text(k)[0] >= 'A' && s.text(k)[0] <= 'Z' {
		if c := s.dc.adjectives[s.lemma(k)]; c != "" && !s.madeIn(s.t0+k) {
			return s.armed(k, doc.Actor{Span: t.Span, Text: s.text(k), Code: c, Country: c, Entity: -1}), true
		}
	}
	if pronouns[s.lemma(k)] {
		return s.resolvePronoun(k, exclude)
	}
	return doc.Actor{}, false
}

// phraseCountry reports whether the phrase of actor ai, headed by token
// head, names its country itself: a country adjective, a country or a
// place among its words or the head's modifiers before it ("Iranian
// authorities", "Karachi police", "a Japanese aid worker"), not only the
// context.
func (s *sent) phraseCountry(head, ai int) bool {
	d := s.dc.d
	for k := 0; k < s.n; k++ {
		g := s.t0 + k
		if s.dc.actorAt[g] != ai && !(s.head(k) == head && k < head) {
			continue
		}
		if s.head(k) == head && s.dep(k) == "nmod:poss" {
			return true // "its embassy in Israel" is its own
		}
		if s.dc.adjectives[s.lemma(k)] != "" || s.dc.adjectives[strings.ToLower(s.text(k))] != "" || s.dc.placeAt[g] >= 0 {
			return true
		}
		if ei := s.dc.entAt[g]; ei >= 0 && d.Entities[ei].Type == "GPE" {
			return true
		}
	}
	return false
}

// weapons are nouns whose country adjective makes a military actor:
// "Russian missiles" are RUSMIL.
var weapons = set("missile", "rocket", "drone", "jet", "warplane", "aircraft", "helicopter", "tank", "artillery",
	"shell", "bomb", "warship", "ship", "vessel", "submarine", "gunboat", "bomber", "fighter")

// armed makes a's country military when the demonym at k modifies a weapon.
func (s *sent) armed(k int, a doc.Actor) doc.Actor {
	if h := s.head(k); h >= 0 && (s.dep(k) == "amod" || s.dep(k) == "compound") && weapons[s.lemma(h)] {
		a.Sector, a.Code = "MIL", a.Country+"MIL"
	}
	return a
}

// resolvePronoun returns the nearest actor mentioned before pronoun k that
// has a country or an international code and is not excluded; "he" and
// "she" prefer named people.
func (s *sent) resolvePronoun(k int, exclude []doc.Actor) (doc.Actor, bool) {
	d := s.dc.d
	start := s.tok(k).Start
	person := false
	switch s.lemma(k) {
	case "he", "him", "his", "she", "her":
		person = true
	}
	if l := s.lemma(k); (l == "its" || l == "their") && s.dep(k) == "nmod:poss" {
		// "restore ties with B five years after crowds burned down its
		// embassy", after A and B: whose is unclear; guessing the
		// nearest makes a wrong event more often than a right one.
		seen := map[string]bool{}
		for _, a := range d.Actors {
			if a.Start >= s.dc.d.Sentences[s.si].Start && a.End <= start && coded(a) && !excluded(a, exclude) && a.Country != "" {
				seen[a.Country] = true
			}
		}
		if len(seen) > 1 {
			return doc.Actor{}, false
		}
	}
	if l, h := s.lemma(k), s.head(k); (l == "it" || l == "they") && strings.HasPrefix(s.dep(k), "nsubj") && h >= 0 && (s.dep(h) == "conj" || s.dep(h) == "acl:relcl") && s.child(h, "mark") < 0 {
		// "Ghana signed a deal with Togo, and on Wednesday it pledged
		// aid": the subject pronoun of a coordinate clause continues the
		// subject of the clause before it, not the nearest actor (not so
		// in a clause of its own: "told Syria that it must withdraw").
		for j := k - 1; j >= 0; j-- {
			if !strings.HasPrefix(s.dep(j), "nsubj") || s.tok(j).POS == "PRON" {
				continue
			}
			if a, ok := s.actorAt(j, exclude); ok && coded(a) && !(a.Sector != "" && personActor(d, a)) {
				a.Span, a.Text = s.tok(k).Span, s.text(k)
				return a, true
			}
			break
		}
	}
	// One person is no "it" or "they": "Baker praised the accord under
	// which they agreed" (a country the tagger calls a person still is).
	notPerson := func(a doc.Actor, ok bool) (doc.Actor, bool) {
		if ok && !person && a.Sector != "" && personActor(d, a) {
			return doc.Actor{}, false
		}
		return a, ok
	}
	if a, ok, decided := s.governingSubject(k, person, exclude); decided {
		return notPerson(a, ok)
	}
	if a, ok, decided := s.previousSubject(k, person, exclude); decided {
		return notPerson(a, ok)
	}
	for pass := 0; pass < 2; pass++ {
		for i := len(d.Actors) - 1; i >= 0; i-- {
			a := d.Actors[i]
			if a.End > start || !coded(a) || excluded(a, exclude) || credit(d.Text, a) {
				continue
			}
			if pass == 0 && person && a.Name == "" || person && a.Sector == "PTY" {
				// (A party, named or not, is no "he".)
				continue
			}
			if person && (a.Sector == "" || strings.HasPrefix(a.Code, "IGO")) && a.Name == "" {
				// "A British minister said an EU tax would hurt, and he
				// pledged to fight it": a country or an organization is
				// no "he" or "she".
				continue
			}
			if !person && a.Sector != "" && personActor(d, a) {
				// "Baker declined comment on the accord under which they
				// agreed": one person is no "it" or "they", and the
				// actor named before him is no likelier than he is.
				return doc.Actor{}, false
			}
			if start-a.End > 600 {
				break
			}
			if person && s.uncodedPersonBetween(a.End, start) {
				// "Craxi told him he would resign", Craxi with no code at
				// the document's date: "he" is the person named nearest,
				// not a coded one further back.
				return doc.Actor{}, false
			}
			r := firm(d, a)
			r.Span, r.Text = s.tok(k).Span, s.text(k)
			return r, true
		}
	}
	return doc.Actor{}, false
}

// personActor reports whether actor a is a person by the named entities:
// one of type PERSON covers its span (which the tagger says of some
// countries too: callers ask it of actors with a sector).
func personActor(d *doc.Doc, a doc.Actor) bool {
	for _, e := range d.Entities {
		if e.Type == "PERSON" && e.Overlaps(a.Span) {
			return true
		}
	}
	return false
}

// previousSubject resolves pronoun k when it is the subject of its
// sentence's main clause and no coded actor comes before it there: it
// continues the subject of the sentence before ("The United States has
// said the tariffs were unacceptable. It has criticised the cuts"), a
// subject pronoun of the same kind there continuing in turn. decided is
// false when that subject names no actor of the pronoun's kind (a person
// for "he" and "she", else no person), and the nearest actor is tried.
func (s *sent) previousSubject(k int, person bool, exclude []doc.Actor) (a doc.Actor, ok, decided bool) {
	d := s.dc.d
	h := s.head(k)
	if s.si == 0 || !strings.HasPrefix(s.dep(k), "nsubj") || h < 0 || s.head(h) >= 0 || s.dep(k) == "nmod:poss" {
		return doc.Actor{}, false, false
	}
	start := s.tok(k).Start
	for _, b := range d.Actors {
		if b.Start >= d.Sentences[s.si].Start && b.End <= start && coded(b) {
			return doc.Actor{}, false, false
		}
	}
	p := newSent(s.dc, s.si-1)
	subj := -1
	for i := 0; i < p.n && subj < 0; i++ {
		if p.dep(i) == "root" { // its head may be a repair's
			// Of two subjects the parser gave the root ("The opposition
			// candidate Maria K. arrived"), the person for "he" and "she".
			for _, c := range p.childrenOf(i, "nsubj", "nsubj:pass") {
				if ei := s.dc.entAt[p.t0+c]; subj < 0 || person && ei >= 0 && d.Entities[ei].Type == "PERSON" {
					subj = c
				}
			}
		}
	}
	names := func(k int) bool {
		_, ok := p.actorAt(k, nil)
		ei := s.dc.entAt[p.t0+k]
		return ok || pronouns[p.lemma(k)] || ei >= 0 && d.Entities[ei].Type == "PERSON"
	}
	if subj >= 0 && !names(subj) {
		subj = -1
	}
	for i := 0; i < p.n && subj < 0; i++ {
		// A root with no subject naming anyone ("The United States has
		// said the tariffs were unacceptable", parsed with
		// "unacceptable" for the root): the first subject of a clause
		// right under the root, not a subordinate ("after …") or
		// relative one, that does.
		if h := p.head(i); strings.HasPrefix(p.dep(i), "nsubj") && h >= 0 && p.dep(p.head(h)) == "root" && !(p.dep(h) == "advcl" && p.child(h, "mark") >= 0) && !strings.HasPrefix(p.dep(h), "acl") && names(i) {
			subj = i
		}
	}
	if subj < 0 {
		return doc.Actor{}, false, false
	}
	if pronouns[p.lemma(subj)] {
		if l := p.lemma(subj); l != s.lemma(k) || l != "he" && l != "she" && l != "it" && l != "they" {
			return doc.Actor{}, false, false
		}
		a, ok = p.resolvePronoun(subj, exclude)
	} else {
		var found bool
		a, found = p.actorAt(subj, exclude)
		isPerson := false
		if ei := s.dc.entAt[p.t0+subj]; ei >= 0 && d.Entities[ei].Type == "PERSON" {
			isPerson = true
		}
		for _, e := range d.Entities {
			if found && e.Type == "PERSON" && e.Span.Overlaps(a.Span) {
				// "The Italian foreign minister, Luigi Di Maio, …":
				// not "they".
				isPerson = true
			}
		}
		if isPerson != person {
			return doc.Actor{}, false, false
		}
		// ("the United States", "the Philippines" are one country.)
		plural := p.tok(subj).Tag == "NNS" || p.tok(subj).Tag == "NNPS" && a.Sector != "" || p.child(subj, "conj") >= 0
		if !person && plural != (s.lemma(k) == "they") {
			// "The Italian minister joined the talks. They concluded
			// …": "they" continues a plural subject, "it" a singular.
			return doc.Actor{}, false, false
		}
		if !found {
			if !isPerson {
				return doc.Actor{}, false, false
			}
			// "Craxi met the king. He said …": a person the
			// dictionary does not know is still the one meant.
			return doc.Actor{}, false, true
		}
		ok = coded(a) && !excluded(a, exclude)
	}
	if !ok {
		return doc.Actor{}, false, person
	}
	a.Span, a.Text = s.tok(k).Span, s.text(k)
	return a, true, true
}

// governingSubject resolves "he" or "she", the subject of a clause under
// another, to the person who is the subject of a governing clause before
// it ("Mitsotakis met the IMF, then President Trump, where he denounced
// the agreement": Mitsotakis, not the nearer Trump). decided is false when
// no governing clause has a person for subject.
func (s *sent) governingSubject(k int, person bool, exclude []doc.Actor) (a doc.Actor, ok, decided bool) {
	d := s.dc.d
	c := s.head(k)
	if !strings.HasPrefix(s.dep(k), "nsubj") || c < 0 {
		return doc.Actor{}, false, false
	}
	if !person {
		return s.governingGroup(k, c, exclude)
	}
	for x, steps := c, 0; s.head(x) >= 0 && steps < 4; steps++ {
		x = s.head(x)
		j := s.child(x, "nsubj")
		if j < 0 || j > k {
			continue
		}
		isPerson := false
		if ei := s.dc.entAt[s.t0+j]; ei >= 0 && d.Entities[ei].Type == "PERSON" {
			isPerson = true
		}
		if !isPerson {
			return doc.Actor{}, false, false
		}
		a, found := s.actorAt(j, exclude)
		if !found || !coded(a) {
			if a, found = s.personCode(d.Entities[s.dc.entAt[s.t0+j]]); !found || excluded(a, exclude) {
				return doc.Actor{}, false, true
			}
		}
		a.Span, a.Text = s.tok(k).Span, s.text(k)
		return a, true, true
	}
	return doc.Actor{}, false, false
}

// personCode returns the coded actor that codes person e: one covering
// the name, or a country or body in the person's own title before it
// ("Former US presidential candidate Elizabeth Warren").
func (s *sent) personCode(e doc.Entity) (doc.Actor, bool) {
	d := s.dc.d
	for _, a := range d.Actors {
		if !coded(a) {
			continue
		}
		if a.End <= e.Start && e.Start-a.End <= 40 && titleGap(d.Text[a.End:e.Start]) {
			return a, true
		}
		if a.Span.Overlaps(e.Span) {
			return a, true
		}
	}
	return doc.Actor{}, false
}

// titleWords are the lower-case words of a title between a country and a
// name ("US presidential candidate", "Kenya's former foreign minister").
var titleWords = set("former", "presidential", "candidate", "prime", "minister", "president", "foreign", "deputy", "vice",
	"secretary", "senator", "governor", "mayor", "leader", "opposition", "chief", "defence", "defense", "interior", "finance",
	"general", "ambassador", "envoy", "spokesman", "spokeswoman", "of", "the", "'s", "’s", "s", "top", "senior", "army", "party")

// titleGap reports whether gap, the text between a country and a person's
// name, is a title: no punctuation, and no lower-case word but a title's.
func titleGap(gap string) bool {
	if strings.ContainsAny(gap, ",.;:()\"") {
		return false
	}
	for _, w := range strings.FieldsFunc(gap, func(r rune) bool { return r == ' ' || r == '\'' || r == '’' }) {
		if w[0] >= 'a' && w[0] <= 'z' && !titleWords[w] {
			return false
		}
	}
	return true
}

// markedAccording reports whether k is marked "according to".
func (s *sent) markedAccording(k int) bool {
	for _, c := range s.childrenOf(k, "case") {
		if strings.ToLower(s.text(c)) == "according" {
			return true
		}
	}
	return false
}

// governingGroup resolves "they", the subject of clause c under a verb
// with no actor for object, whose subject is a group in no state office
// ("Trade union leaders served notice they would push …", "Farmers in
// France said they would …"): that group, unresolved when it has no
// country, not a government named before it. decided is false otherwise.
func (s *sent) governingGroup(k, c int, exclude []doc.Actor) (a doc.Actor, ok, decided bool) {
	if s.lemma(k) != "they" || s.dep(c) != "ccomp" && !strings.HasPrefix(s.dep(c), "acl") {
		return doc.Actor{}, false, false
	}
	x := s.head(c)
	if strings.HasPrefix(s.dep(c), "acl") {
		// "served notice they would …": the clause hangs on the object.
		if s.dep(x) != "obj" {
			return doc.Actor{}, false, false
		}
		x = s.head(x)
	}
	if x < 0 {
		return doc.Actor{}, false, false
	}
	for _, o := range s.childrenOf(x, "obj", "iobj") {
		if _, ok := s.actorAt(o, nil); ok {
			return doc.Actor{}, false, false // "told the rebels they must …"
		}
	}
	j := s.child(x, "nsubj")
	if j < 0 || j > k || s.tok(j).Tag != "NNS" {
		return doc.Actor{}, false, false
	}
	g, found := s.actorAt0(j, exclude)
	if !found || stateSectors[g.Sector] || g.Sector == "" {
		return doc.Actor{}, false, false
	}
	if coded(g) {
		// "Farmers in France said they would block roads": the farmers.
		g.Span, g.Text = s.tok(k).Span, s.text(k)
		return g, true, true
	}
	return doc.Actor{}, false, true
}

// uncodedPersonBetween reports whether a person the entity layer found
// ends between byte offsets lo and hi and no coded actor covers it.
func (s *sent) uncodedPersonBetween(lo, hi int) bool {
	d := s.dc.d
	for _, e := range d.Entities {
		if e.Type != "PERSON" || e.End <= lo || e.End > hi {
			continue
		}
		if _, covered := s.personCode(e); !covered {
			return true
		}
	}
	return false
}

// credit reports whether a is a news agency credited in parentheses, as in
// a dateline ("GENEVA (Reuters) - …"): no antecedent of a pronoun.
func credit(text string, a doc.Actor) bool {
	return a.Sector == "JRN" && strings.HasSuffix(strings.TrimRight(text[:a.Start], " "), "(") &&
		strings.HasPrefix(strings.TrimLeft(text[a.End:], " "), ")")
}

func coded(a doc.Actor) bool {
	return a.Country != "" || (a.Code != "" && !strings.HasPrefix(a.Code, "---"))
}

func excluded(a doc.Actor, ex []doc.Actor) bool {
	for _, b := range ex {
		if a.Span == b.Span || (a.Entity == b.Entity && a.Entity > 0) || (a.Code == b.Code && a.Name == b.Name && a.Name != "") {
			return true
		}
	}
	return false
}

// roles are an event's participants as found in the tree.
type roles struct {
	source, target []doc.Actor
	srcTok         int // token of the source argument, for evidence; -1 if none
	planned        int // token of a "plans" cue, -1 if none
	inherited      bool
}

// passiveAgent returns the "by" phrase of passive verb v, or -1; one
// the parser hung under the verb's adverb ("was opposed earlier by X")
// counts.
func (s *sent) passiveAgent(v int) int {
	for _, k := range s.kids[v] {
		if s.dep(k) == "obl:agent" || (strings.HasPrefix(s.dep(k), "obl") && s.prep(k) == "by") {
			return k
		}
	}
	for _, a := range s.childrenOf(v, "advmod") {
		for _, k := range s.kids[a] {
			if strings.HasPrefix(s.dep(k), "obl") && s.prep(k) == "by" {
				return k
			}
		}
	}
	return s.farAgent(v)
}

// farAgent returns a "by" agent of passive v the parser hung away from
// it, or -1: one read as its parataxis ("was detained on Friday, hours
// after …, by police"); one hung on a place or time of v ("was attacked
// near the border by Russian forces", "were hosted in Doha last month by
// Qatar"); one after a comma hung on an active clause of v, which takes no
// agent ("was summoned on Tuesday, after the remarks caused outrage, by
// the ministry"). Only a phrase that names an actor counts.
func (s *sent) farAgent(v int) int {
	isActor := func(k int) bool {
		_, ok := s.actorAt(k, nil)
		return ok
	}
	afterComma := func(k int) bool {
		for j := k; j > v && j >= k-4; j-- {
			if s.lemma(j) == "," {
				return true
			}
		}
		return false
	}
	for _, k := range s.kids[v] {
		d := s.dep(k)
		if d == "parataxis" && s.prep(k) == "by" && k > v && isActor(k) {
			return k
		}
		placeOrTime := d == "obl:unmarked" || d == "obl:tmod" || strings.HasPrefix(d, "obl") && (s.dc.placeAt[s.t0+k] >= 0 || whereNouns[s.lemma(k)])
		if placeOrTime && k > v {
			for _, j := range s.kids[k] {
				if strings.HasPrefix(s.dep(j), "nmod") && s.prep(j) == "by" && isActor(j) {
					return j
				}
			}
		}
		if d == "advcl" && k > v && !s.isPassive(k) {
			for _, j := range s.kids[k] {
				if strings.HasPrefix(s.dep(j), "obl") && s.prep(j) == "by" && j > k && afterComma(s.leftEdge(j)) && isActor(j) {
					return j
				}
			}
		}
	}
	return -1
}

// whereNouns head a phrase of where an act happened.
var whereNouns = set("border", "frontier", "capital", "city", "town", "village", "region", "province", "area", "district",
	"coast", "port", "airport", "base", "camp", "checkpoint", "crossing", "street", "square", "week", "month", "day", "year",
	"morning", "afternoon", "evening", "night", "weekend")

// subject returns the actors of verb v's subject, following control,
// coordination and relative clauses when v has none of its own.
func (s *sent) subject(v int, depth int) roles {
	r := roles{srcTok: -1, planned: -1}
	if depth > 6 {
		return r
	}
	if s.isPassive(v) {
		if k := s.passiveAgent(v); k >= 0 {
			r.source, r.srcTok = s.actorsOf(k, nil), k
			return r
		}
		if h := s.head(v); s.sharedPassive(v) && h >= 0 {
			if k := s.passiveAgent(h); k >= 0 {
				// "was arrested by police and charged with theft": the
				// agent the conjuncts share.
				r.source, r.srcTok, r.inherited = s.actorsOf(k, nil), k, true
				return r
			}
		}
		if s.dep(v) == "acl" {
			h := s.head(v)
			if intransitive[s.lemma(v)] && h >= 0 {
				// "Thousands of students demonstrated", read as a participle.
				r.source, r.srcTok = s.actorsOf(h, nil), h
				return r
			}
			r.source = s.between(h)
			return r
		}
		if k := s.child(v, "nsubj:pass"); k >= 0 {
			if (statives[s.lemma(v)] || s.dc.passiveSource && s.finite(v)) && s.passiveAgent(v) < 0 {
				// "Israel is opposed to the plan": a state of its subject
				// (and with Options.PassiveSource any finite agentless
				// passive).
				r.source, r.srcTok = s.actorsOf(k, nil), k
			}
			return r
		}
		if s.dep(v) == "conj" && !statives[s.lemma(v)] {
			// "X attacked Y and was arrested": the subject a passive
			// conjunct shares is what undergoes it, not its source.
			return r
		}
	}
	k := s.child(v, "nsubj", "csubj")
	if j := s.child(v, "expl"); k < 0 && j >= 0 && s.lemma(j) == "it" && (intentAdjs[s.lemma(v)] || s.tok(v).POS == "VERB" && s.child(v, "obj") >= 0) {
		// "Egypt says it is willing to withdraw", "Canada announced it
		// would prohibit aid": "it" read as expletive. An expletive has
		// no object to go with it.
		k = j
	}
	if k >= 0 && s.markedAccording(k) {
		// "According to the BBC, a spokesman for Downing Street
		// expressed …", parsed with the BBC for subject: the source is
		// the apposition, not the one who reports it.
		r.srcTok = -1
		if a := s.child(k, "appos"); a >= 0 {
			r.source, r.srcTok = s.actorsOf(a, nil), a
		}
		return r
	}
	if k >= 0 {
		l := s.lemma(k)
		switch {
		case l == "plan" && s.child(k, "nsubj", "nmod:poss") >= 0:
			// "Pyongyang plans to send", tagged as a noun.
			j := s.child(k, "nsubj", "nmod:poss")
			r.source, r.srcTok, r.planned = s.actorsOf(j, nil), j, k
		case relatives[l] && s.tok(k).POS == "PRON":
			h := s.head(v)
			if h < 0 {
				return r
			}
			if a := s.relativeAntecedent(k); a >= 0 {
				// "angering Somalia, which recalled its ambassador":
				// the noun the relative clause follows, wherever the
				// parser hung the clause.
				r.source, r.srcTok, r.inherited = s.actorsOf(a, nil), a, true
				return r
			}
			if s.dep(v) == "acl:relcl" {
				r.source, r.srcTok = s.actorsOf(h, nil), h
			} else {
				r = s.subject(h, depth+1)
			}
			r.inherited = true
		default:
			r.source, r.srcTok = s.actorsOf(k, nil), k
			if len(r.source) == 0 {
				// "Leaders of the Musavat (Equality) opposition bloc
				// agreed", parsed with two subjects: the one that names
				// an actor.
				for _, j := range s.childrenOf(v, "nsubj") {
					if as := s.actorsOf(j, nil); j > k && j < v && s.plainSpan(k, j) && len(as) > 0 {
						r.source, r.srcTok = as, j
						break
					}
				}
			}
			for _, j := range s.childrenOf(v, "nsubj") {
				// "The Israeli prime minister and the Egyptian president
				// conferred", parsed with two subjects and the "and" on
				// the verb: both are the source.
				if j <= k || j > v || len(r.source) == 0 || !s.andBetween(k, j, v) {
					continue
				}
				for _, a := range s.actorsOf(j, nil) {
					r.source = appendActor(r.source, a)
				}
			}
		}
		return r
	}
	h := s.head(v)
	if h < 0 {
		return r
	}
	switch s.dep(v) {
	case "conj", "xcomp", "advcl":
		if k := s.child(h, "nsubj:pass"); s.dep(v) == "conj" && k >= 0 && !s.isPassive(v) && !statives[s.lemma(h)] {
			// "The minister was indicted and will resign": the shared
			// subject, not the first verb's agent.
			r.source, r.srcTok, r.inherited = s.actorsOf(k, nil), k, true
			return r
		}
		if k := s.child(h, "nsubj:pass"); s.dep(v) == "xcomp" && k >= 0 && s.child(h, "obl:agent") < 0 {
			// "Turkey is expected to sign": the raised subject.
			r.source, r.srcTok, r.inherited = s.actorsOf(k, nil), k, true
			return r
		}
		if o := s.child(h, "obj"); s.dep(v) == "xcomp" && causeVerbs[s.lemma(h)] && o >= 0 && o < v {
			// "..., prompting Tehran to recall its ambassador", "forced
			// Kyiv to withdraw": the object does what the infinitive
			// says, not the one who prompts it.
			r.source, r.srcTok, r.inherited = s.actorsOf(o, nil), o, true
			return r
		}
		if s.dep(v) == "xcomp" && controlVerbs[s.lemma(h)] {
			r = s.subject(h, depth+1)
			r.inherited = true
			return r
		}
		r = s.subject(h, depth+1)
	case "acl":
		if s.lemma(h) == "plan" {
			if j := s.child(h, "nsubj", "nmod:poss"); j >= 0 {
				r.source, r.srcTok, r.planned = s.actorsOf(j, nil), j, h
			}
			return r
		}
		if s.tok(v).Tag == "VBG" {
			r.source, r.srcTok = s.actorsOf(h, nil), h
		} else if g := s.head(h); s.toPurpose(v) && g >= 0 && s.dep(h) == "obj" && s.tok(g).POS == "VERB" && !abstractNouns[s.lemma(h)] && !lightVerbs[s.lemma(g)] {
			// "occupied the embassy to protest", "used tear gas to
			// disperse the crowd": a purpose read as the object's
			// modifier is the purpose of the act, done by its subject
			// (not so "rejected a proposal to hold talks", nor an event
			// noun's, "staged demonstrations to demand wages").
			r = s.subject(g, depth+1)
		}
		// "has taken steps to expand freedoms", "announced plans to
		// withdraw": the infinitive of an effort its taker takes (not
		// "welcomed the decision to release", someone else's).
		if mk := s.child(v, "mark"); len(r.source) == 0 && mk >= 0 && s.lemma(mk) == "to" && effortNouns[s.lemma(h)] && s.dep(h) == "obj" && s.child(h, "nmod:poss") < 0 {
			if g := s.head(h); g >= 0 && effortVerbs[s.lemma(g)] {
				r = s.subject(g, depth+1)
			}
		}
	case "acl:relcl":
		r.source, r.srcTok = s.actorsOf(h, nil), h
	default:
		return r
	}
	r.inherited = true
	return r
}

// andBetween reports whether an "and" hung on verb v or on subject j
// stands between subjects k and j.
func (s *sent) andBetween(k, j, v int) bool {
	for i := k + 1; i < j; i++ {
		if h := s.head(i); s.dep(i) == "cc" && s.lemma(i) == "and" && (h == v || h == j) {
			return true
		}
	}
	return false
}

// abstractNouns take an infinitive of their own content ("a plan to
// attack", "the right to respond"), not a purpose of the act on them.
var abstractNouns = set("plan", "proposal", "offer", "bid", "attempt", "decision", "agreement", "deal", "accord", "treaty",
	"right", "effort", "move", "order", "permission", "authority", "mandate", "resolution", "law", "bill", "measure",
	"step", "way", "chance", "opportunity", "power", "time", "need", "ability", "call", "demand", "request", "appeal",
	"plea", "invitation", "pressure", "ultimatum", "deadline", "promise", "pledge", "threat", "warning", "idea", "request")

// between returns the parties of "the agreement between X and Y" around
// noun n: its own "between" phrase, or that of the subject of the
// predicate it depends on.
func (s *sent) between(n int) []doc.Actor {
	if n < 0 {
		return nil
	}
	for _, cand := range []int{n, s.subjOfPredicate(n)} {
		if cand < 0 {
			continue
		}
		for _, k := range s.kids[cand] {
			if strings.HasPrefix(s.dep(k), "nmod") && s.prep(k) == "between" {
				return s.actorsOf(k, nil)
			}
		}
	}
	return nil
}

func (s *sent) subjOfPredicate(n int) int {
	p := s.head(n)
	if p < 0 || s.child(p, "cop") < 0 {
		return -1
	}
	return s.child(p, "nsubj")
}

// target returns the actors of the target of trigger v: its object,
// indirect object or passive subject, else a prepositional argument, and
// when the pattern needs one, any actor in the clause.
func (s *sent) target(v int, source []doc.Actor, deep bool) ([]doc.Actor, int) {
	return s.targetOf(v, source, deep, false)
}

// targetOf is target; with forces set, the object is what is moved (never
// the target) and a destination the geoparser resolved as a place is where,
// not whom.
func (s *sent) targetOf(v int, source []doc.Actor, deep, forces bool) ([]doc.Actor, int) {
	var args []int
	passive := s.isPassive(v)
	for _, k := range s.kids[v] {
		switch d := s.dep(k); {
		case forces:
		case d == "obj" && !passive, d == "iobj":
			args = append(args, k)
		case d == "nsubj:pass":
			args = append(args, k)
		}
	}
	if o := s.sharedObject(v); o >= 0 && !forces {
		// "condemned and rejected the Israeli plan".
		args = append(args, o)
	}
	if h := s.head(v); passive && !forces && s.dep(v) == "conj" && s.child(v, "nsubj:pass", "nsubj") < 0 && h >= 0 && s.isPassive(h) {
		// "was detained in Iran and charged with espionage": the passive
		// subject the conjuncts share (down a list: "was detained,
		// charged and sentenced").
		for g := h; g >= 0; g = s.head(g) {
			if k := s.child(g, "nsubj:pass"); k >= 0 {
				args = append(args, k)
				break
			}
			if !s.sharedPassive(g) {
				break
			}
		}
	}
	for _, k := range s.kids[v] {
		d := s.dep(k)
		if (strings.HasPrefix(d, "obl") && d != "obl:agent") || strings.HasPrefix(d, "nmod") && d != "nmod:poss" {
			if targetPreps[s.prep(k)] {
				args = append(args, k)
			}
		}
	}
	// "extradited by Spain to Argentina", with "to Argentina" read as the
	// agent's modifier (never its "of": "by the president of France").
	for _, a := range s.childrenOf(v, "obl:agent") {
		args = append(args, s.agentPhrases(a)...)
	}
	{
		// "supplied missiles to Kyiv", "extradited X to Britain", with
		// "to Kyiv" read as the object's modifier: last of the arguments.
		for _, o := range s.childrenOf(v, "obj") {
			for _, k := range s.kids[o] {
				if strings.HasPrefix(s.dep(k), "nmod") && s.prep(k) == "to" {
					args = append(args, k)
				}
			}
		}
	}
	// An argument with a country or code before one known only by its
	// sector: "send medical teams to Chad" is to Chad.
	// "discussed the future of Gibraltar with Spain": an object that is
	// no actor itself, only about one, yields to a "with" phrase that
	// names the party.
	wk := s.withParty(v, source)
	var fallback []doc.Actor
	fk := -1
	for _, k := range args {
		if s.tok(k).POS == "VERB" {
			continue
		}
		if wk >= 0 && s.dep(k) == "obj" && s.dc.actorAt[s.t0+k] < 0 && s.tok(k).POS == "NOUN" {
			return dropSame(s.actorsOf(wk, source), source), wk
		}
		if as := dropSame(s.actorsOf(k, source), source); len(as) > 0 {
			if anyCoded(as) {
				return as, k
			}
			if fallback == nil {
				fallback, fk = as, k
			}
		}
	}
	if fallback != nil {
		return fallback, fk
	}
	if !deep {
		return nil, -1
	}
	for _, k := range s.kids[v] {
		d := s.dep(k)
		if strings.HasPrefix(d, "nsubj") || d == "punct" || d == "obl:agent" || (forces && d == "obj") || s.prep(k) == "accord" || k == s.farAgent(v) {
			// (Who tells of it, "according to Ukrainian officials", is
			// not whom it is done to.)
			continue
		}
		if s.toPurpose(k) {
			// "signed an accord to supply X with jets": the
			// infinitive's own target.
			if as, _ := s.targetOf(k, source, false, false); len(as) > 0 {
				return as, k
			}
			continue
		}
		if clausal(d) && !(d == "advcl" && s.child(k, "case") >= 0) {
			continue
		}
		if as := dropSame(s.actorsDeep(k, source, 0), source); len(as) > 0 {
			return as, k
		}
	}
	return nil, -1
}

// withParty returns the "with" phrase of verb v that names a coded actor
// other than the source by its own head word ("with Spain", "with the
// Greek prime minister", not "with its veto"), or -1. The parser often
// hangs it on the phrase before it ("the future of Gibraltar with
// Spain"), so the phrases of v's object and obliques are searched too.
func (s *sent) withParty(v int, source []doc.Actor) int {
	var cands []int
	var walk func(x, depth int)
	walk = func(x, depth int) {
		for _, k := range s.kids[x] {
			d := s.dep(k)
			if depth == 0 && d != "obj" && !strings.HasPrefix(d, "obl") || depth > 0 && !strings.HasPrefix(d, "nmod") || d == "nmod:poss" || d == "obl:agent" {
				continue
			}
			if s.prep(k) == "with" {
				cands = append(cands, k)
			}
			if depth < 2 {
				walk(k, depth+1)
			}
		}
	}
	walk(v, 0)
	for _, k := range cands {
		if s.dc.actorAt[s.t0+k] < 0 {
			continue
		}
		if as := dropSame(s.actorsOf(k, source), source); anyCoded(as) && !sameCountry(as, source) {
			return k
		}
	}
	return -1
}

// finite reports whether verb v is finite: it has an auxiliary that is
// not the "to" of an infinitive, and is no open complement.
func (s *sent) finite(v int) bool {
	if s.dep(v) == "xcomp" || s.child(v, "mark") >= 0 && s.lemma(s.child(v, "mark")) == "to" {
		return false
	}
	for _, k := range s.childrenOf(v, "aux", "aux:pass") {
		// "was", "has", "will" are finite; "to" and a bare "be" are not.
		if w := strings.ToLower(s.text(k)); w != "to" && w != "be" {
			return true
		}
	}
	return false
}

// toPurpose reports whether k is a to-infinitive without a subject of its
// own that tells what its head is for ("signed an accord to supply X",
// "sent troops to help X"): its object is searched for the head's target.
func (s *sent) toPurpose(k int) bool {
	if d := s.dep(k); d != "advcl" && d != "acl" || s.tok(k).POS != "VERB" || s.child(k, "nsubj") >= 0 {
		return false
	}
	m := s.child(k, "mark")
	return m >= 0 && s.lemma(m) == "to"
}

// actorsDeep searches the subtree of k, breadth first, for the first
// actors.
func (s *sent) actorsDeep(k int, exclude []doc.Actor, depth int) []doc.Actor {
	if as := s.actorsOf(k, exclude); len(as) > 0 || depth > 3 {
		return as
	}
	for _, m := range s.kids[k] {
		if s.toPurpose(m) {
			if as, _ := s.targetOf(m, exclude, false, false); len(as) > 0 {
				return as
			}
			continue
		}
		if s.dep(m) == "acl" && s.tok(m).Tag == "VBN" {
			// "memos sent by X": the participle's agent.
			for _, j := range s.kids[m] {
				if d := s.dep(j); d == "obl:agent" || strings.HasPrefix(d, "obl") && s.prep(j) == "by" {
					if as := s.actorsOf(j, exclude); len(as) > 0 {
						return as
					}
				}
			}
			continue
		}
		if s.dc.clauseArgs && s.dep(m) == "acl" && s.tok(m).Tag == "VBG" {
			// Options.ClauseArgs: "the roads leading into X", the
			// words after the verb read on, to the first actor.
			for _, j := range s.kids[m] {
				if as := s.actorsDeep(j, exclude, depth+1); len(as) > 0 {
					return as
				}
			}
			continue
		}
		if d := s.dep(m); d == "punct" || clausal(d) && d != "conj" {
			continue
		}
		if d := s.dep(m); s.prep(m) == "off" || topicNouns[s.lemma(k)] && (d == "amod" || d == "compound") {
			// (Not where a thing is, nor what it is about: "off the
			// Iranian coast", "the Soviet question"; see collect.)
			continue
		}
		if as := s.actorsDeep(m, exclude, depth+1); len(as) > 0 {
			return as
		}
	}
	return nil
}

// dropSame removes from as the actors that are the source.
func dropSame(as, source []doc.Actor) []doc.Actor {
	out := as[:0:0]
	for _, a := range as {
		same := false
		for _, b := range source {
			if a.Span.Overlaps(b.Span) || (a.Entity == b.Entity && a.Entity > 0) {
				same = true
			}
		}
		if !same {
			out = append(out, a)
		}
	}
	return out
}

// speaker is the reporting verb above an event and who speaks there.
type speaker struct {
	verb    int
	actors  []doc.Actor
	addr    []doc.Actor // "told Kim that …": the addressee
	claimed bool
}

// speakers returns the reporting verbs above token v, innermost first.
func (s *sent) speakers(v int) []speaker {
	var out []speaker
	x := v
	for steps := 0; steps < 12; steps++ {
		h := s.head(x)
		if h < 0 {
			break
		}
		d := s.dep(x)
		evidential := d == "obj" && (s.lemma(h) == "show" || s.lemma(h) == "reveal" || s.lemma(h) == "indicate")
		if g, n := s.messageClause(x); g >= 0 {
			// "issued a warning to Iraq that it must cooperate": the
			// sender of the message speaks, to whom it goes.
			sp := speaker{verb: g, actors: s.subject(g, 0).source}
			for _, p := range []int{n, g} {
				for _, k := range s.kids[p] {
					if d := s.dep(k); (strings.HasPrefix(d, "nmod") || strings.HasPrefix(d, "obl")) && s.prep(k) == "to" && sp.addr == nil {
						sp.addr = s.actorsOf(k, sp.actors)
					}
				}
			}
			out = append(out, sp)
			x = g
			continue
		}
		// "decided that Iraq must destroy …": what one holds another
		// must do is said, whatever the verb.
		holds := d == "ccomp" && mustVerbs[s.lemma(h)] && s.child(x, "aux") >= 0 && (s.lemma(s.child(x, "aux")) == "must" || s.lemma(s.child(x, "aux")) == "should")
		if (d == "ccomp" || d == "parataxis" || d == "xcomp" || d == "advcl" || d == "csubj" || evidential) && speechVerbs[s.lemma(h)] || holds {
			sp := speaker{verb: h, claimed: claimVerbs[s.lemma(h)]}
			if s.dep(h) == "acl" {
				// "a statement saying …", "images showing …": the speaker is
				// who published the statement or released the images.
				if n := s.head(h); n >= 0 {
					if g := s.head(n); g >= 0 {
						sp.actors = s.subject(g, 0).source
					}
				}
			}
			if len(sp.actors) == 0 {
				sp.actors = s.subject(h, 0).source
			}
			if k := s.child(h, "iobj"); k >= 0 {
				sp.addr = s.actorsOf(k, sp.actors)
			} else if s.lemma(h) == "tell" {
				if k := s.child(h, "obj"); k >= 0 {
					sp.addr = s.actorsOf(k, sp.actors)
				}
			}
			for _, a := range sp.actors {
				if a.Sector == "SPY" {
					sp.claimed = true
				}
			}
			out = append(out, sp)
		}
		if d == "root" {
			break
		}
		x = h
	}
	if a := s.child(v, "aux"); len(out) == 0 && s.dep(v) == "root" && a >= 0 && (s.lemma(a) == "must" || s.lemma(a) == "should") {
		// "Syria must withdraw its troops, the United States said", with
		// "said" read as a parataxis of the demand.
		for _, k := range s.childrenOf(v, "parataxis") {
			if k > v && speechVerbs[s.lemma(k)] && s.child(k, "nsubj") >= 0 {
				out = append(out, speaker{verb: k, claimed: claimVerbs[s.lemma(k)], actors: s.subject(k, 0).source})
				break
			}
		}
	}
	return out
}

// messageClause tells whether clause v is what a message says: "that it
// must cooperate" in "issued a warning to Iraq that it must cooperate",
// the that-clause of a message noun that is the object of a verb, or of
// that verb itself. It returns the verb and the noun, or -1, -1.
func (s *sent) messageClause(v int) (verb, noun int) {
	if mk := s.child(v, "mark"); mk < 0 || s.lemma(mk) != "that" {
		return -1, -1
	}
	h := s.head(v)
	if h < 0 {
		return -1, -1
	}
	message := func(n int) bool {
		return messageNouns[s.lemma(n)] && s.tok(n).POS == "NOUN" && s.dep(n) == "obj"
	}
	switch d := s.dep(v); {
	case (d == "acl" || d == "ccomp") && message(h):
		if g := s.head(h); g >= 0 && s.tok(g).POS == "VERB" {
			return g, h
		}
	case d == "ccomp" && s.tok(h).POS == "VERB":
		for _, n := range s.childrenOf(h, "obj") {
			if message(n) {
				return h, n
			}
		}
	}
	return -1, -1
}

// accordingTo returns the actor of an "according to X" or "according to a
// statement from X" phrase in the sentence, and its token.
func (s *sent) accordingTo() ([]doc.Actor, int) {
	for i := 0; i < s.n; i++ {
		if s.lemma(i) != "accord" || s.dep(i) != "case" {
			continue
		}
		n := s.head(i)
		if n < 0 {
			continue
		}
		if as := s.actorsOf(n, nil); len(as) > 0 {
			return as, n
		}
		if as := s.actorsDeep(n, nil, 0); len(as) > 0 {
			return as, n
		}
	}
	return nil, -1
}

// agentPhrases returns the phrases hung on "by" agent a that introduce a
// target, the parser's reading of "shared by Britain with Ukraine": those
// after the agent, other than its "of".
func (s *sent) agentPhrases(a int) []int {
	var out []int
	for _, k := range s.kids[a] {
		if d := s.dep(k); k > a && strings.HasPrefix(d, "nmod") && d != "nmod:poss" && s.prep(k) != "of" && targetPreps[s.prep(k)] {
			out = append(out, k)
		}
	}
	return out
}

// leftEdge returns the first token of k's subtree.
func (s *sent) leftEdge(k int) int {
	first := k
	for _, j := range s.kids[k] {
		if e := s.leftEdge(j); e < first {
			first = e
		}
	}
	return first
}

// plainSpan reports whether no verb, auxiliary or comma lies between
// tokens a and b: one noun phrase the parser split.
func (s *sent) plainSpan(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if p := s.tok(i).POS; p == "VERB" || p == "AUX" || s.text(i) == "," {
			return false
		}
	}
	return true
}

// relativeAntecedent returns the head of the noun phrase that relative
// pronoun k ("which", "who") follows, skipping a comma: "angering Somalia,
// which", "a rebuke from Beijing, which", "King Abdullah of Jordan, who"
// (the king, through "of"), "a convoy in Syria, which" (the convoy). It
// returns -1 where no noun stands right before the pronoun.
func (s *sent) relativeAntecedent(k int) int {
	j := k - 1
	if j >= 0 && s.tok(j).POS == "PUNCT" && s.text(j) == "," {
		j--
	}
	if j < 0 {
		return -1
	}
	if p := s.tok(j).POS; p != "NOUN" && p != "PROPN" {
		return -1
	}
	// Climb from the last word to the head of its noun phrase: through
	// compounds and names, and through "of" and "in" phrases (a place or
	// owner that describes the noun), not through "from", "with" or "by"
	// phrases, whose noun is a party of its own.
	for depth := 0; depth < 4; depth++ {
		h := s.head(j)
		if h < 0 || h > j {
			break
		}
		if p := s.tok(h).POS; p != "NOUN" && p != "PROPN" {
			break
		}
		d := s.dep(j)
		if d == "compound" || d == "flat" || d == "amod" {
			j = h
			continue
		}
		if strings.HasPrefix(d, "nmod") && d != "nmod:poss" && (s.prep(j) == "of" || s.prep(j) == "in") {
			j = h
			continue
		}
		break
	}
	return j
}

// causeVerbs have an object that does what their infinitive says: "prompted
// Tehran to recall its envoy" is Tehran's recall.
var causeVerbs = set("prompt", "spur", "lead", "force", "compel", "drive", "persuade", "convince", "cause", "provoke")

// pronounObject returns the object that pronoun object k of a conjoined
// verb stands for: the object of the verb before it ("seized two tankers
// and later released them", "arrested an American citizen and freed him").
// "them" takes a plural or conjoined noun, "it", "him" and "her" a
// singular one. It returns -1 where k is no such pronoun.
func (s *sent) pronounObject(k int) int {
	l := strings.ToLower(s.text(k)) // (the lemma of "them" is "they")
	if l != "them" && l != "it" && l != "him" && l != "her" || s.tok(k).POS != "PRON" || s.dep(k) != "obj" {
		return -1
	}
	v := s.head(k)
	for _, j := range s.kids[v] {
		if d := s.dep(j); j > k && (d == "obj" || d == "xcomp" || d == "nmod:unmarked") {
			// "called it a violation": a predicate of the pronoun, not
			// the act on the thing it stands for.
			return -1
		}
	}
	// The verbs before v in its coordination, nearest first: its earlier
	// sibling conjuncts ("seized a tanker and detained its crew, but
	// later released them"), then the first verb.
	h := s.head(v)
	if s.dep(v) != "conj" || h < 0 || h > v || s.tok(h).POS != "VERB" {
		return -1
	}
	var verbs []int
	sibs := s.childrenOf(h, "conj")
	for i := len(sibs) - 1; i >= 0; i-- {
		if c := sibs[i]; c < v && s.tok(c).POS == "VERB" {
			verbs = append(verbs, c)
		}
	}
	verbs = append(verbs, h)
	for _, u := range verbs {
		o := s.child(u, "obj")
		if o < 0 || o > k {
			continue
		}
		if p := s.tok(o).POS; p != "NOUN" && p != "PROPN" {
			continue
		}
		plural := strings.Contains(s.tok(o).Feats, "Number=Plur") || s.child(o, "conj") >= 0 || collectives[s.lemma(o)]
		if (l == "them") != plural {
			continue
		}
		if (l == "him" || l == "her") && len(s.actorsOf(o, nil)) == 0 {
			// "opened a case against the driver and detained him": a
			// person, not the thing before.
			continue
		}
		return o
	}
	return -1
}

// sharedObject returns the object verb v shares with the verb conjoined
// right after it ("condemned and rejected the resolution", "arrested and
// deported two journalists"), or -1: v has no object or complement of its
// own, and nothing but the conjunction stands between the two verbs.
func (s *sent) sharedObject(v int) int {
	if s.tok(v).POS != "VERB" || s.isPassive(v) || s.child(v, "obj", "ccomp", "xcomp", "iobj") >= 0 {
		return -1
	}
	for _, c := range s.childrenOf(v, "conj") {
		if c <= v || s.tok(c).POS != "VERB" || s.isPassive(c) || s.child(c, "nsubj") >= 0 {
			continue
		}
		for j := v + 1; j < c; j++ {
			if !(s.head(j) == c && s.dep(j) == "cc" || s.tok(j).POS == "ADV") {
				return -1
			}
		}
		if o := s.child(c, "obj"); o > c {
			return o
		}
		return -1
	}
	return -1
}

// collectives are singular nouns of a group a plural pronoun stands for
// ("detained its crew, but later released them").
var collectives = set("crew", "family", "team", "group", "delegation", "contingent", "staff", "party")

// originParticiples are the participles that make a country adjective
// before them the origin of a thing ("Soviet-made rifles", "French-built
// jets"), not an actor in the event.
var originParticiples = map[string]bool{
	"made": true, "built": true, "designed": true, "manufactured": true, "produced": true, "engineered": true,
}

// madeIn reports whether the document token g, the last token of a
// country adjective, is written against a hyphen and a participle of
// origin ("Soviet-made", "U.S.-built"): the adjective says where a thing
// comes from, and is no actor.
func (s *sent) madeIn(g int) bool {
	toks := s.dc.d.Tokens
	if g < 0 || g+2 >= len(toks) {
		return false
	}
	h, p := &toks[g+1], &toks[g+2]
	if h.Start != toks[g].End || p.Start != h.End || s.dc.d.Text[h.Start:h.End] != "-" {
		return false
	}
	return originParticiples[strings.ToLower(s.dc.d.Text[p.Start:p.End])]
}

// lastTokBefore returns the last document token from g on that ends by
// end (the last token of an entity starting at g).
func (s *sent) lastTokBefore(g, end int) int {
	toks := s.dc.d.Tokens
	for g+1 < len(toks) && toks[g+1].End <= end {
		g++
	}
	return g
}
