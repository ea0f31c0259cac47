package actors

import (
	"strings"

	"github.com/sitrep/sitrep/internal/actors"
)

// coordinated codes the first of coordinated country modifiers that share
// one role: "French and Egyptian warships", "U.S. and Russian
// negotiators", "Hungarian, Romanian and Slovak officials". The first
// modifier ("French") becomes a mention of its own with the role's sector
// (FRAMIL), its span the modifier alone; the scan goes on at the next
// modifier, which the ordinary rules code with the role. first is an
// adjective or an abbreviated country name ("US", "U.K."): a full country
// name before "and" and a demonym is too often an actor of its own
// ("Israel and Palestinian militants").
func (s *state) coordinated(first *item, former bool, lo, hi int32) (int32, bool) {
	k := first.w1
	n := 0
	for k < hi {
		t := s.text(k)
		if t != "," && t != "and" && t != "or" {
			break
		}
		k++
		if k < hi && t == "," && (s.text(k) == "and" || s.text(k) == "or") {
			k++
		}
		if k >= hi || s.itemAt[k] < 0 {
			return 0, false
		}
		it := &s.its[s.itemAt[k]]
		if it.k != ikAdj && it.k != ikCountry && !(it.k == ikPeople && it.adj) {
			return 0, false
		}
		k = it.w1
		n++
	}
	if n == 0 || k >= hi {
		return 0, false
	}
	if s.isPoss(k) {
		k++
	}
	if k >= hi || s.itemAt[k] < 0 {
		return 0, false
	}
	r := &s.its[s.itemAt[k]]
	if r.k != ikRole || s.adjectival(r, hi) {
		return 0, false
	}
	// A title before a name belongs to that one person ("U.S. and Russian
	// Presidents" is not read here).
	e := r.w1
	for e < hi && s.itemAt[e] >= 0 && s.its[s.itemAt[e]].k == ikRole {
		e = s.its[s.itemAt[e]].w1
	}
	if e < hi && (s.nameEnd[e] >= 0 || s.itemAt[e] >= 0 && s.its[s.itemAt[e]].k == ikPerson) {
		return 0, false
	}
	n0 := len(s.ms)
	s.role(first.w0, first, r, false, former, lo, hi)
	if len(s.ms) == n0 || s.ms[n0].w0 != first.w0 || s.ms[n0].country == "" {
		s.dropFrom(int32(n0))
		return 0, false
	}
	s.dropFrom(int32(n0) + 1)
	s.ms[n0].w1 = first.w1
	return first.w1, true
}

// dropFrom removes the mentions from index n on, and the keys and
// acronyms that name them.
func (s *state) dropFrom(n int32) {
	if int(n) >= len(s.ms) {
		return
	}
	for k, v := range s.keys {
		if v >= n {
			delete(s.keys, k)
		}
	}
	for k, v := range s.acr {
		if v >= n {
			delete(s.acr, k)
		}
	}
	s.ms = s.ms[:n]
	for i := range s.ms {
		if s.ms[i].parent >= n {
			s.ms[i].parent = int32(i)
		}
	}
}

// domesticPreps are the prepositions before a country or capital that
// place what happens in it ("curfew in Algiers", "students throughout
// Indonesia"): evidence of a titled person's country.
var domesticPreps = set("in", "throughout", "through", "across", "within", "inside")

// travel words before such a preposition mean a visit, not home: "arrived
// in Amman", "talks in Geneva".
var travel = set("arrived", "arrive", "arrives", "arriving", "landed", "lands", "flew", "flies", "travelled", "traveled",
	"travels", "visit", "visits", "visiting", "visited", "trip", "tour", "talks", "meeting", "meetings", "summit", "conference",
	"met", "meet", "meets", "stop", "stopover", "exile", "exiled", "returned", "returning", "return", "stay", "staying")

// homeward words before "to" lead home: "returned to Kyrgyzstan".
var homeward = set("return", "returns", "returned", "returning")

// placeTitled gives the titled persons left without a country
// ("President Abdelaziz Bouteflika", "the prime minister" with no earlier
// mention) the country of the sentence's country evidence when it names
// one country only, else of the whole document's when it names one only:
// demonyms and people nouns ("the Zambian people", "Kyrgyz"),
// organizations of a country, and countries and capitals where something
// happens ("a curfew in Algiers"; not "arrived in Amman"). Countries named
// otherwise ("threatened Russia") and the modifiers of another titled
// person ("South African leader F.W. de Klerk") are not evidence: they are
// as often the other side. The person's chain takes the country too.
func (s *state) placeTitled() {
	need := false
	for i := range s.ms {
		if m := &s.ms[i]; m.unplaced && m.country == "" && !m.pending {
			need = true
			break
		}
	}
	if need {
		s.placeByEvidence()
	}
	for i := range s.ms {
		if o := s.ms[i].owner; o >= 0 && s.ms[o].country != "" {
			s.place(int32(i), s.ms[o].country)
		}
	}
}

// placeByEvidence is placeTitled's evidence pass: one sweep over the
// items for the evidence of every sentence and of the document.
func (s *state) placeByEvidence() {
	titled := make([]bool, len(s.ws))
	for j := range s.ms {
		if p := &s.ms[j]; p.person && p.title && !p.pending && p.country != "" {
			for w := p.w0; w < p.w1; w++ {
				titled[w] = true
			}
		}
	}
	// Troops are often abroad: their country places no rebels ("Israeli
	// troops and militants"); police are at home ("Egyptian police
	// dispersed fundamentalists" EGYRAD).
	armed := make([]bool, len(s.ws))
	for j := range s.ms {
		if p := &s.ms[j]; p.sector == "MIL" && p.country != "" {
			for w := p.w0; w < p.w1; w++ {
				armed[w] = true
			}
		}
	}
	nsent := len(s.sentW) - 1
	var all, unarmed, troops, named tally
	named.init(nsent)
	all.init(nsent)
	unarmed.init(nsent)
	troops.init(nsent)
	for x := range s.its {
		it := &s.its[x]
		if c := s.countryOf(it); c != "" {
			named.add(s.sentenceOf(it.w0), c)
		}
		c := s.evidenceOf(it)
		if c == "" {
			continue
		}
		si := s.sentenceOf(it.w0)
		// A titled person's country places troops ("Turkish Defence
		// Minister X visited the troops"), not another titled person.
		troops.add(si, c)
		if titled[it.w0] {
			continue
		}
		all.add(si, c)
		if !armed[it.w0] {
			unarmed.add(si, c)
		}
	}
	placed := map[int32]string{}
	for i := range s.ms {
		m := &s.ms[i]
		if !m.unplaced || m.country != "" || m.pending {
			continue
		}
		if s.text(m.w0) == "visiting" || m.w0 > 0 && s.text(m.w0-1) == "visiting" {
			continue // a visitor: the place is not the person's country
		}
		t := &all
		switch m.sector {
		case "REB", "RAD":
			t = &unarmed
		case "MIL", "COP":
			// A titled person's country places troops and the police
			// ("Cairo's security chief warned that police ...").
			if !m.person {
				t = &troops
			}
		}
		si := s.sentenceOf(m.w0)
		if homeSectors[m.sector] && !m.person && named.sn[si] > 1 {
			// "The authorities blamed both Israel and Hamas": a sentence
			// that names two countries in any way does not say whose.
			continue
		}
		c, n := t.sc[si], t.sn[si]
		if n == 0 {
			c, n = t.dc, t.dn
		}
		if n == 1 {
			placed[s.find(int32(i))] = c
		} else if n == 0 && m.sector == "REB" && s.proRussian(m) && s.counts["UKR"] > 0 {
			// "pro-Russian separatists" in a document about Ukraine are
			// the Donbas separatists, UKRREB, like the rebels of any
			// country; Russia backs them and is no actor of the phrase.
			placed[s.find(int32(i))] = "UKR"
		}
	}
	if len(placed) == 0 {
		return
	}
	for j := range s.ms {
		if c, ok := placed[s.find(int32(j))]; ok {
			s.place(int32(j), c)
		}
	}
}

// tally counts the countries of evidence per sentence and in the whole
// document: n is 0 (none), 1 (one country, c) or 2 (several).
type tally struct {
	sc []string
	sn []uint8
	dc string
	dn uint8
}

func (t *tally) init(nsent int) {
	t.sc, t.sn = make([]string, nsent), make([]uint8, nsent)
}

func (t *tally) add(si int, c string) {
	switch {
	case t.sn[si] == 0:
		t.sc[si], t.sn[si] = c, 1
	case t.sc[si] != c:
		t.sn[si] = 2
	}
	switch {
	case t.dn == 0:
		t.dc, t.dn = c, 1
	case t.dc != c:
		t.dn = 2
	}
}

// place gives mention i, written "---" + sector, the country c.
func (s *state) place(i int32, c string) {
	o := &s.ms[i]
	if o.country != "" || !strings.HasPrefix(o.code, "---") {
		return
	}
	add := strings.TrimPrefix(o.code, "---")
	o.country = c
	if o.role >= 0 && s.dict.Entry(o.role).Prefix {
		o.code = add + c
	} else {
		o.code = c + add
	}
	// A definite title, now placed, names the office holder on the date
	// ("the Kremlin said the president ..." is Vladimir Putin).
	if o.role >= 0 && o.title && o.name == "" && o.sector != "ELI" && s.day != 0 {
		if e := s.dict.Entry(o.role); e.Office != "" {
			if hs := s.dict.Holders(c, e.Office, s.day); len(hs) == 1 {
				o.name = hs[0].Entry.Name
				o.words = foldedWords(hs[0].Entry.Name)
			}
		}
	}
}

// sentenceOf returns the sentence of word w.
func (s *state) sentenceOf(w int32) int {
	lo, hi := 0, len(s.sentW)-2
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if s.sentW[mid] <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// evidenceOf returns the country that item it is evidence of, or "".
func (s *state) evidenceOf(it *item) string {
	if it.e == nil {
		return ""
	}
	switch it.k {
	case ikAdj, ikPeople, ikSeat:
		// A seat of power speaks for its country as an organization does
		// ("the Kremlin said the president ...").
		return it.e.Code
	case ikOrg:
		if r, ok := it.e.At(s.day); ok && len(r.Country) == 3 && r.Country != "---" {
			if r.Sector == "PTY" && s.genericParty(it) {
				// "the Democrats", "the Socialists": many countries have
				// them; no sign of whose the prime minister is.
				return ""
			}
			return r.Country
		}
	case ikCountry, ikCapital:
		if s.domestic(it) || s.namesRole(it) {
			return it.e.Code
		}
	}
	return ""
}

// genericParties are party names many countries share.
var genericParties = set("democrats", "republicans", "socialists", "conservatives", "liberals", "communists", "greens",
	"democrat", "republican", "socialist", "conservative", "liberal", "communist", "labour", "labor", "christian")

// genericParty reports whether every word of it is a word of
// genericParties ("Democrats", "Christian Democrats").
func (s *state) genericParty(it *item) bool {
	for w := it.w0; w < it.w1; w++ {
		if !genericParties[strings.ToLower(s.text(w))] {
			return false
		}
	}
	return it.w1 > it.w0
}

// countryOf returns the country that item it names in any way ("Israel"
// as the object of a verb too), or "".
func (s *state) countryOf(it *item) string {
	if it.e == nil {
		return ""
	}
	switch it.k {
	case ikAdj, ikPeople, ikSeat, ikCountry, ikCapital:
		return it.e.Code
	case ikOrg:
		if r, ok := it.e.At(s.day); ok && len(r.Country) == 3 && r.Country != "---" {
			return r.Country
		}
	}
	return ""
}

// namesRole reports whether a country or capital names the body or role
// after it, as a demonym would: "the Mozambique government", "Iraq's
// army", "Serbia's president" (left out, as a titled person's, but for
// placing troops).
func (s *state) namesRole(it *item) bool {
	w := it.w1
	if w < int32(len(s.ws)) && s.isPoss(w) {
		w++
	}
	for w < int32(len(s.ws)) && s.itemAt[w] < 0 && polMods[s.text(w)] {
		w++
	}
	if w >= int32(len(s.ws)) || s.itemAt[w] < 0 {
		return false
	}
	nx := &s.its[s.itemAt[w]]
	return nx.k == ikRole
}

// domestic reports whether a country or capital is where something
// happens: after "in", "throughout", … and not after a travel word.
func (s *state) domestic(it *item) bool {
	lo := s.sentW[s.sentenceOf(it.w0)]
	p := it.w0 - 1
	if p >= lo && cityParts[s.text(p)] {
		p-- // "in southeastern Turkey"
	}
	if p-1 >= lo && s.text(p) == "of" && placeParts[s.text(p-1)] {
		p -= 2 // "in the streets of Cairo"
		if p >= lo && cityParts[s.text(p)] {
			p-- // "in the southern suburbs of Beirut"
		}
	}
	if p >= lo && s.text(p) == "the" {
		p--
	}
	if p >= lo && s.text(p) == "to" && p-1 >= lo && homeward[s.text(p-1)] {
		return true // "return to Kyrgyzstan"
	}
	if p < lo || !domesticPreps[s.text(p)] {
		return false
	}
	if p-1 >= lo && travel[s.text(p-1)] {
		return false
	}
	if it.w1 < int32(len(s.ws)) && s.isPoss(it.w1) {
		return false
	}
	return true
}

// Words that place "Georgia" in the United States, and words that place it
// in the Caucasus.
var (
	usGeorgia = set("atlanta", "savannah", "macon", "ga", "ga.", "gov.", "governor", "legislature", "senator", "sen.",
		"republican", "republicans", "democrat", "democrats", "democratic", "gop", "county", "alabama", "florida",
		"tennessee", "carolina", "u.s.", "america", "american", "americans", "state's", "statehouse")
	caucasusGeorgia = set("tbilisi", "georgian", "georgians", "abkhazia", "abkhaz", "ossetia", "ossetian", "caucasus",
		"saakashvili", "shevardnadze", "ivanishvili", "kobakhidze", "batumi", "kutaisi", "gori", "zourabichvili")
)

// senses settles the country names that the document itself tells apart,
// once the dictionary phrases are found and counted: "Georgia" is the US
// state (USA) in a document with US evidence and none of the Caucasus
// ("Atlanta", "the governor"); "the North" and "the South" are North and
// South Korea in a document that names both Koreas.
func (s *state) senses() {
	var georgia []int32
	if s.counts["GEO"] > 0 {
		for x := range s.its {
			if it := &s.its[x]; it.k == ikCountry && it.e.Code == "GEO" && it.w1 == it.w0+1 && s.text(it.w0) == "georgia" {
				georgia = append(georgia, int32(x))
			}
		}
	}
	us, caucasus := 0, 0
	if len(georgia) > 0 {
		for w := range s.ws {
			t := s.text(int32(w))
			if usGeorgia[t] {
				us++
			}
			if caucasusGeorgia[t] {
				caucasus++
			}
		}
	}
	if len(georgia) > 0 && us > 0 && caucasus == 0 {
		if usa := s.dict.Country("USA"); usa != nil {
			for _, x := range georgia {
				s.counts["GEO"]--
				s.its[x].e = usa
				s.counts["USA"]++
			}
		}
	}
	if s.counts["PRK"] == 0 || s.counts["KOR"] == 0 {
		return
	}
	prk, kor := s.dict.Country("PRK"), s.dict.Country("KOR")
	if prk == nil || kor == nil {
		return
	}
	for si := 0; si+1 < len(s.sentW); si++ {
		lo, hi := s.sentW[si], s.sentW[si+1]
		for w := lo + 1; w < hi; w++ {
			if s.itemAt[w] >= 0 || s.ws[w].caps != actors.CapsInitial || s.text(w-1) != "the" {
				continue
			}
			var e *actors.Entry
			switch s.text(w) {
			case "north":
				e = prk
			case "south":
				e = kor
			default:
				continue
			}
			// "the North Atlantic", "the South China Sea", "the North and
			// South Korean leaders": a longer name, not the country.
			if n := w + 1; n < hi {
				if s.itemAt[n] >= 0 || s.nameEnd[n] >= 0 || s.ws[n].caps != actors.CapsAny && !s.isPoss(n) {
					continue
				}
				if t := s.text(n); (t == "and" || t == "or") && n+2 < hi && s.itemAt[n+2] >= 0 {
					continue
				}
			}
			s.itemAt[w] = int32(len(s.its))
			s.its = append(s.its, item{w0: w, w1: w + 1, k: ikCountry, e: e})
			s.counts[e.Code]++
		}
	}
}

// proRussian reports whether mention m is qualified "pro-Russian"
// ("pro-Russian separatists", "pro-Russia rebels").
func (s *state) proRussian(m *mention) bool {
	w := m.w0 - 1
	lo := s.sentW[s.sentenceOf(m.w0)]
	if w < lo {
		return false
	}
	switch s.text(w) {
	case "pro-russian", "pro-russia", "pro-moscow":
		return true
	case "russian", "russia", "moscow":
		return w-1 >= lo && s.text(w-1) == "pro"
	}
	return false
}
