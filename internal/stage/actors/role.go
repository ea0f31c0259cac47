package actors

import (
	"strings"

	"github.com/sitrep/sitrep/internal/actors"
)

// role codes a phrase whose head is a role word: "[South Korean] Vice
// Minister of Foreign Affairs [Kim Hong-kyun]", "[Russian] Navy",
// "[Ukrainian] officials", "the ministry", "the government headed by Yoon
// Suk-yeol", "troops from North Korea". mod is the country, capital, seat
// or organization before it, or nil.
func (s *state) role(start int32, mod, core *item, definite, former bool, lo, hi int32) int32 {
	// "the junta-led government", "army-backed government": the role
	// after the hyphen heads the phrase.
	if j := core.w1; j+1 < hi && (s.text(j) == ledMod || hyphenMods[s.text(j)] != 0) {
		if x := s.itemAt[j+1]; x >= 0 && s.its[x].k == ikRole {
			return s.role(start, mod, &s.its[x], definite, former, lo, hi)
		}
	}
	last := core
	j := core.w1
	weak := core.e.Weak || core.e.Named
	for j < hi {
		x := s.itemAt[j]
		if x < 0 || s.its[x].k != ikRole {
			break
		}
		last = &s.its[x]
		j = last.w1
		weak = weak && (last.e.Weak || last.e.Named)
	}
	if mod == nil && last == core && s.adjectival(core, hi) {
		return core.w1
	}
	// A lower-case role noun that modifies another noun is no actor
	// ("police station", "embassy compound", "German migrant rescue
	// charity"), unless that noun is itself a role word, which then heads
	// the phrase, or is something the body issues ("a ministry
	// statement"). Capitalized ones name a body ("Russian Navy transport
	// ships"), and a title before a name is a compound of it in the parse.
	// A day word after it is when the body acted, not what it modifies
	// ("Nicaragua's government today ordered", parsed as a compound).
	if h, ok := s.modifies(last, hi); ok && s.ws[last.w1-1].caps == actors.CapsAny && !dayWords[s.text(h)] && !s.misparsedClause(start, mod, h, lo) {
		if x := s.itemAt[h]; x >= 0 && s.its[x].k == ikRole {
			head := &s.its[x]
			if head.w0 > j {
				// Words between are modifiers too: skip to the head.
				return s.role(start, mod, head, definite, former, lo, hi)
			}
		} else if !issued[s.text(h)] {
			return j
		}
	}
	le := last.e
	title := le.RoleKind == actors.Title
	var name *item
	if title {
		k := j
		for k < hi && s.itemAt[k] < 0 && s.nameEnd[k] < 0 && honorifics[s.text(k)] {
			k++
		}
		if nx := s.itemOrName(k, hi); nx != nil && (nx.k == ikPerson || nx.k == ikName) {
			name = nx
		} else if nm := s.capsName(k, hi); nm != nil {
			name = nm
		} else if k+1 < hi && s.text(k) == "," {
			// Apposition: "Russia's ambassador, Georgy Zinoviev, said".
			if nx := s.itemOrName(k+1, hi); nx != nil && (nx.k == ikPerson || nx.k == ikName) &&
				(nx.w1 >= hi || s.text(nx.w1) == "," || s.text(nx.w1) == ".") {
				name = nx
			}
		}
	}
	if last.e.Named && name == nil {
		return j
	}
	// "the militant group Hamas", "the rebel group UNITA": a group word
	// before the organization's name is that organization.
	if name == nil && !title && j < hi && orgHeads[s.headWord(last)] {
		if x := s.itemAt[j]; x >= 0 && s.its[x].k == ikOrg {
			return s.org(start, nil, &s.its[x], former, hi)
		}
	}
	if name != nil && name.k == ikPerson {
		return s.person(start, mod, last, name, former, hi)
	}

	end := j
	if name != nil {
		end = name.w1
	}
	country := ""
	var orgMod, leader *item
	if mod != nil {
		switch {
		case mod.k == ikPerson:
			if r, ok := mod.e.At(s.day); ok {
				country = r.Country
			}
		case mod.k != ikOrg:
			country = mod.e.Code
		case mod.e.Sector == "" && mod.e.Country != "":
			country = mod.e.Country // an organization coded as a bare country ("ISR")
		case mod.e.Sector == "PTY" && mod.e.Country != "" && core.e.Sector == "GOV" && core.e.RoleKind == actors.Body:
			// A party's government or regime is its country's ("the
			// Sandinista government" NICGOV).
			country = mod.e.Country
		case mod.e.Country != "" && core.e.RoleKind == actors.Body && mod.w1 < hi && hyphenMods[s.text(mod.w1)] == hyOwn:
			// "the Hamas-run health ministry": a body the organization
			// runs is its country's (PSEGOV).
			country = mod.e.Country
		case mod.e.Sector == "ETH" && mod.e.Country != "" && !weak:
			// An ethnic group's rebels, activists, students: the role's
			// sector in the group's country ("Ogoni activists" NGAOPP).
			country = mod.e.Country
		default:
			orgMod = mod
		}
	}
	if mod == nil && (name == nil || title) && end < hi {
		switch t := s.text(end); {
		case t == "of" || t == "from":
			k := end + 1
			if k < hi && s.text(k) == "the" {
				k++
			}
			if k >= hi {
				break
			}
			if ei := s.entOf[k]; ei >= 0 && s.entW0[ei] == k && s.d.Entities[ei].Type == "ORG" && name == nil && firmTitles[s.headWord(last)] && s.firmEntity(ei) {
				// "President of the Japan Chamber of Commerce": a firm's
				// or a business body's people, not the country's.
				if x := s.itemAt[k]; x < 0 || s.its[x].w1 < s.entW1[ei] {
					return end
				}
			}
			if x := s.itemAt[k]; x >= 0 {
				it := &s.its[x]
				switch it.k {
				case ikCountry, ikCapital, ikPeople, ikSeat:
					country, end = it.e.Code, it.w1
				case ikOrg:
					if t == "of" {
						orgMod, end = it, it.w1
					}
				}
			}
		case t == "for" && name == nil && title && speaksFor[s.headWord(last)]:
			// "a spokesman for the Iraqi prime minister": the principal's
			// country, or organization.
			k := end + 1
			if k < hi && s.text(k) == "the" {
				k++
			}
			if x := s.itemAt[k]; k < hi && x >= 0 {
				switch it := &s.its[x]; it.k {
				case ikCountry, ikCapital, ikPeople, ikSeat, ikAdj:
					country = it.e.Code
				case ikOrg:
					orgMod = it
				}
			}
		case domesticPreps[t] && name == nil && le.RoleKind != actors.Title && !foreignSectors[core.e.Sector]:
			// "rebels in the Ivory Coast", "students throughout Indonesia":
			// people of a country's own groups where they are. The country
			// stays a mention of its own (and a place for the geoparser).
			k := end + 1
			if k < hi && s.text(k) == "the" {
				k++
			}
			// "demonstrators in Baghdad": a capital is its country here.
			if k < hi && s.itemAt[k] >= 0 && (s.its[s.itemAt[k]].k == ikCountry || s.its[s.itemAt[k]].k == ikCapital) {
				country = s.its[s.itemAt[k]].e.Code
			}
		case t == "in" && name == nil && (le.RoleKind == actors.Group && capitalOfficials[s.headWord(last)] ||
			le.RoleKind == actors.Body && govWords[s.headWord(last)]):
			// "officials in Washington", "the government in Kabul": that
			// capital's government.
			if k := end + 1; k < hi && s.itemAt[k] >= 0 && s.its[s.itemAt[k]].k == ikCapital {
				country = s.its[s.itemAt[k]].e.Code
			}
		case (t == "headed" || t == "led") && name == nil && end+1 < hi && s.text(end+1) == "by":
			if nx := s.itemOrName(end+2, hi); nx != nil && (nx.k == ikPerson || nx.k == ikName) {
				leader = nx
			}
		}
	}

	// "President Suharto's government": the body of a titled person's
	// country, now or once placeTitled finds it.
	owner := int32(-1)
	ownerSector := ""
	// "the Israeli military's Arabic-language spokesman": modifiers of
	// the title may stand after the possessive.
	poss := start - 1
	for k := 0; k < 4 && poss > lo && s.itemAt[poss] < 0 && (titleMods[s.text(poss)] || s.hyphened(poss)); k++ {
		poss--
	}
	if country == "" && mod == nil && orgMod == nil && name == nil && poss > lo && s.isPoss(poss) {
		for i := len(s.ms) - 1; i >= 0 && s.ms[i].w1 >= poss; i-- {
			if p := &s.ms[i]; p.w1 == poss && p.person && !p.pending {
				if p.country != "" {
					country = p.country
				} else {
					owner = int32(i)
				}
				break
			} else if p.w1 == poss && !p.pending && p.role >= 0 && p.country != "" && p.sector != "" {
				// "the Ukrainian army's General Staff", "the ministry's
				// spokesman": a body's people and parts are its country's,
				// and its spokesman speaks for it ("the army's spokesman"
				// is MIL).
				country = p.country
				if spokesWords[s.headWord(last)] && !p.person {
					ownerSector = p.sector
				}
				break
			}
		}
	}
	if country == "" && mod == nil && orgMod == nil && owner < 0 && name == nil && firmTitles[s.headWord(last)] && (s.firmBefore(start, lo) || s.firmAfterOf(end, hi)) {
		// "an Outboard Marine spokesman", "the president of the Coca-Cola
		// Company": a firm's people are no government's.
		return end
	}
	if title && name == nil {
		s.appositiveName(start, lo)
	}
	m := s.newMention(start, end)
	idx := int32(len(s.ms) - 1)
	m.owner = owner
	m.role, m.head, m.title, m.person = last.hit.Entry, s.headWord(last), title, title
	// The code a role adds: its sector, or a longer agent code of a PETRARCH
	// dictionary ("GOVFRM"), before the country when the agent says so.
	sector, add, prefix := core.e.Sector, core.e.Code, core.e.Prefix
	if last != core && last.e.Sector == "JRN" && core.w1-core.w0 == 1 && adjRoles[s.text(core.w0)] {
		// "the opposition newspaper", "a military radio station": media,
		// whoever they speak for.
		sector, add, prefix = last.e.Sector, last.e.Code, last.e.Prefix
	}
	if title && !former && sector == "GOV" && s.houseLeader(start, last) {
		// "House Majority leader Thomas Foley": a legislature's title.
		sector, add, prefix = "LEG", "LEG", false
	}
	if ownerSector != "" && ownerSector != sector && !former {
		sector, add, prefix = ownerSector, ownerSector, false
	}
	if last != core && core.e.Sector == "PTY" && last.e.Sector == "GOV" && last.e.RoleKind == actors.Body {
		// "the Baath party government": a party's government is the
		// government, as for a party named by the dictionary ("the
		// Sandinista government").
		sector, add, prefix = last.e.Sector, last.e.Code, last.e.Prefix
	}
	if former {
		sector, add, prefix = "ELI", "ELI", false
	}
	compose := func(country string) string {
		if prefix {
			return add + country
		}
		return country + add
	}
	var key mkey
	switch {
	case orgMod != nil:
		r, _ := orgMod.e.At(s.day)
		m.code, m.country, m.sector = r.Code, r.Country, r.Sector
		key = mkey{k: mkRole, id: m.role, country: r.Code}
	case country != "":
		m.code, m.country, m.sector = compose(country), country, sector
		key = mkey{k: mkRole, id: m.role, country: country}
	}
	if leader != nil {
		if leader.k == ikPerson {
			if r, ok := leader.e.At(s.day); ok && r.Country != "" && m.country == "" {
				m.code, m.country, m.sector = compose(r.Country), r.Country, sector
				key = mkey{k: mkRole, id: m.role, country: r.Country}
			}
		} else if a := s.nameAntecedent(s.nameWords(leader)); a >= 0 && m.country == "" && s.ms[a].country != "" {
			c := s.ms[a].country
			m.code, m.country, m.sector = compose(c), c, sector
		}
	}

	if former {
		key = mkey{} // "the former president" is not "the president"
	}
	if name != nil {
		m.name = s.span(name)
		m.words = s.nameWords(name)
		if m.country == "" {
			if a := s.nameAntecedentBefore(m.words, idx); a >= 0 {
				s.copyCode(idx, a)
			}
		}
		// "President Bush" with no country in the text: the one holder of
		// the title's office on the date with that surname, in any country.
		if m.country == "" && len(m.words) == 1 && title && le.Office != "" && !former {
			if h, ok := s.dict.HolderNamed(le.Office, m.words[0], s.day); ok {
				r, _ := h.Entry.At(s.day)
				m.name = h.Entry.Name
				m.code, m.country, m.sector = r.Code, r.Country, r.Sector
				m.words = foldedWords(h.Entry.Name)
				return s.after(idx, mkey{k: mkPerson, id: s.entryIndex(h.Entry)}, leader, hi)
			}
		}
		if m.country == "" && s.dominant != "" {
			m.code, m.country, m.sector = compose(s.dominant), s.dominant, sector
		}
		if m.country == "" && title {
			m.unplaced = true
		}
		if m.sector == "" {
			m.sector = sector
		}
		if len(m.words) == 1 && m.country != "" && le.Office != "" && !former {
			if h := s.holderNamed(m.country, le.Office, m.words[0]); h != nil {
				r, _ := h.At(s.day)
				m.name = h.Name
				m.code, m.country, m.sector = r.Code, r.Country, r.Sector
				m.words = foldedWords(h.Name)
				s.alias(idx, key)
				return s.after(idx, mkey{k: mkPerson, id: s.entryIndex(h)}, leader, hi)
			}
		}
		s.alias(idx, key)
		if prev := s.nameAntecedentBefore(m.words, idx); prev >= 0 {
			s.union(idx, prev)
		}
		return s.after(idx, mkey{k: mkName, name: strings.Join(m.words, " ")}, leader, hi)
	}

	if m.country == "" && orgMod == nil && !former && !contested[sector] {
		// "Danish media and government": a role coordinated with a
		// modified one shares its country.
		if c := s.coordinatedCountry(start, idx); c != "" {
			m.code, m.country, m.sector = compose(c), c, sector
			key = mkey{k: mkRole, id: m.role, country: c}
		}
	}
	if m.country == "" && orgMod == nil {
		// No country in the phrase: an earlier mention, the document's
		// main country, or unknown.
		if a := s.antecedent(idx, definite); a >= 0 {
			s.copyCode(idx, a)
			m.code = s.ms[idx].code
			if s.ms[a].role == m.role || s.ms[a].head == m.head {
				s.union(idx, a)
				if s.ms[a].name != "" && s.ms[a].person == m.person {
					s.ms[idx].name = s.ms[a].name
				}
			}
			return s.after(idx, mkey{}, leader, hi)
		}
		// "the country's military government": the document's country,
		// like a definite title.
		countryPoss := start-2 >= lo && s.isPoss(start-1) && (s.text(start-2) == "country" || s.text(start-2) == "nation")
		definite = definite || countryPoss
		if definite && le.RoleKind != actors.Group && s.dominant != "" && !weak {
			m.code, m.country, m.sector = compose(s.dominant), s.dominant, sector
			key = mkey{k: mkRole, id: m.role, country: s.dominant}
		} else if weak {
			s.ms = s.ms[:idx]
			return end
		} else {
			m.sector = sector
			m.code = "---" + add
			// "the government", "the authorities", "security forces":
			// a state's own bodies at home, placed like troops.
			home := homeSectors[core.e.Sector] && (definite || le.RoleKind == actors.Group || core.e.Sector == "COP")
			m.unplaced = (title && definite || countryPoss || home || (le.RoleKind == actors.Group || definite && le.RoleKind == actors.Body && core.e.Sector == "MIL") && placedSectors[core.e.Sector]) && !former
		}
	}
	if m.sector == "" {
		m.sector = sector
	}
	// A titled office holder: "the Russian president" on 2024-10-21 is
	// Vladimir Putin, unless a name in apposition says who ("Ali Bagheri,
	// Iran's acting foreign minister").
	if title && m.country != "" && le.Office != "" && !former && !s.pendingBefore(idx) {
		if hs := s.dict.Holders(m.country, le.Office, s.day); len(hs) == 1 && s.day != 0 {
			m.name = hs[0].Entry.Name
			m.words = foldedWords(hs[0].Entry.Name)
			s.alias(idx, key)
			return s.after(idx, mkey{k: mkPerson, id: s.entryIndex(hs[0].Entry)}, leader, hi)
		}
	}
	s.appositionWith(idx)
	return s.after(idx, key, leader, hi)
}

// after files mention idx under key and codes a leader named after it
// ("headed by Yoon Suk-yeol").
func (s *state) after(idx int32, key mkey, leader *item, hi int32) int32 {
	j := s.finish(&s.ms[idx], key, hi)
	if leader == nil {
		return j
	}
	if leader.k == ikPerson {
		return s.person(leader.w0, nil, nil, leader, false, hi)
	}
	return s.bareName(leader, hi)
}

// alias files mention idx also under key (an unnamed role key for a named
// person: "Russia's ambassador" and "Russian Ambassador Georgy Zinoviev"
// are one chain).
func (s *state) alias(idx int32, key mkey) {
	if key.k == 0 {
		return
	}
	if prev, ok := s.keys[key]; ok {
		s.union(idx, prev)
		return
	}
	s.keys[key] = idx
}

// person codes a person in the dictionary, by the role held on the
// document's date: "Russian Foreign Minister Sergei Lavrov", "Putin".
func (s *state) person(start int32, mod, title, p *item, former bool, hi int32) int32 {
	e := p.e
	m := s.newMention(start, p.w1)
	idx := int32(len(s.ms) - 1)
	r, ok := e.At(s.day)
	if ok {
		m.code, m.country, m.sector = r.Code, r.Country, r.Sector
	}
	modCountry := ""
	if mod != nil && mod.k != ikOrg {
		modCountry = mod.e.Code
	}
	if m.country == "" {
		m.country = modCountry
	}
	if title != nil && m.country != "" && (!ok || r.Sector == "" || r.Sector == "ELI") {
		m.sector = title.e.Sector
		m.code = m.country + m.sector
	}
	if title != nil && mod != nil && mod.k == ikOrg && !former && (!ok || r.Sector == "" || r.Sector == "ELI") {
		// "Hezbollah leader Hassan Nasrallah" out of his dated office: the
		// title the text gives him is the organization's.
		if or, ok := mod.e.At(s.day); ok && or.Code != "" {
			m.code, m.country, m.sector = or.Code, or.Country, or.Sector
		}
	}
	if title != nil && !former && (m.sector == "GOV" || m.sector == "") && s.houseLeader(start, title) {
		// "House Majority leader Thomas Foley", "Senate Republican
		// leader Robert Dole": the title the text gives is a
		// legislature's.
		m.sector = "LEG"
		m.code = m.country + m.sector
	}
	if former && m.country != "" {
		m.code, m.sector = m.country+"ELI", "ELI"
	}
	if m.code == "" && m.country != "" {
		m.code = m.country
	}
	m.name, m.person = e.Name, true
	m.words = foldedWords(e.Name)
	if title != nil {
		m.role, m.head, m.title = title.hit.Entry, s.headWord(title), true
		if m.country != "" && !former {
			s.alias(idx, mkey{k: mkRole, id: m.role, country: m.country})
		}
	}
	return s.finish(m, mkey{k: mkPerson, id: p.hit.Entry}, hi)
}

// namedUnknown codes a person not in the dictionary named after a country
// or demonym without a title ("Russian Georgy Zinoviev"): the country alone.
func (s *state) namedUnknown(start int32, mod, title, n *item, former bool, hi int32) int32 {
	m := s.newMention(start, n.w1)
	m.country = mod.e.Code
	m.code = m.country
	if former {
		m.code, m.sector = m.country+"ELI", "ELI"
	}
	m.name, m.person = s.span(n), true
	m.words = s.nameWords(n)
	return s.finish(m, mkey{k: mkName, name: strings.Join(m.words, " ")}, hi)
}

// bareName codes a person's name with no title: an actor only when it names
// an earlier actor ("Kim" after "Vice Minister ... Kim Hong-kyun") or an
// apposition follows ("Zinoviev, Russia's ambassador,"); otherwise it is
// kept pending and not output.
func (s *state) bareName(n *item, hi int32) int32 {
	words := s.nameWords(n)
	a := s.nameAntecedent(words)
	m := s.newMention(n.w0, n.w1)
	idx := int32(len(s.ms) - 1)
	m.person, m.words = true, words
	if a < 0 {
		m.pending = true
		m.name = s.span(n)
		return n.w1
	}
	s.copyCode(idx, a)
	s.ms[idx].name = s.ms[a].name
	s.union(idx, a)
	return s.finish(&s.ms[idx], mkey{}, hi)
}

// appositiveName keeps as a pending bare name the capitalized words that
// the recognizer missed before ", the <title>" ("Akayev, the president of
// Kyrgyzstan"), for appositionWith to join: up to three words, the whole
// run of capitalized words; a single word only where the tagger calls it a
// proper noun ("However, the minister" is no name).
func (s *state) appositiveName(start, lo int32) {
	p := start - 1
	if p >= lo {
		if t := s.text(p); t == "the" || t == "a" || t == "an" {
			p--
		}
	}
	if p <= lo || s.text(p) != "," {
		return
	}
	if n := len(s.ms); n > 0 && s.ms[n-1].w1 > p-1 {
		return // the words before are already a mention
	}
	b := p
	for b-1 >= lo && p-b < 3 && s.itemAt[b-1] < 0 && s.nameEnd[b-1] < 0 && s.ws[b-1].caps == actors.CapsInitial && s.isNameWord(b-1) {
		b--
	}
	if b == p || b > lo && s.ws[b-1].caps != actors.CapsAny {
		return
	}
	if p-b == 1 && s.d.Tokens[s.ws[b].tok].POS != "PROPN" {
		return
	}
	if b > lo && s.itemAt[b-1] >= 0 {
		return
	}
	it := item{w0: b, w1: p, k: ikName}
	m := s.newMention(b, p)
	m.person, m.pending = true, true
	m.name = s.span(&it)
	m.words = s.nameWords(&it)
}

// appositionWith joins a titled mention to a pending bare name just before
// it: "Zinoviev, Russia's ambassador, said".
func (s *state) appositionWith(idx int32) {
	if !s.pendingBefore(idx) {
		return
	}
	p := idx - 1
	pm := &s.ms[p]
	pm.pending = false
	name, words := pm.name, pm.words
	s.copyCode(p, idx)
	pm.name, pm.words = name, words
	s.ms[idx].name = name
	s.ms[idx].words = words
	s.union(p, idx)
	if prev, ok := s.keys[mkey{k: mkName, name: strings.Join(words, " ")}]; ok {
		s.union(p, prev)
	} else {
		s.keys[mkey{k: mkName, name: strings.Join(words, " ")}] = p
	}
}

// pendingBefore reports whether titled mention idx follows a pending bare
// name and a comma: "Osmonova, the president of Kyrgyzstan".
func (s *state) pendingBefore(idx int32) bool {
	if idx == 0 || !s.ms[idx].title {
		return false
	}
	pm := &s.ms[idx-1]
	if !pm.pending {
		return false
	}
	w := pm.w1
	if w >= s.ms[idx].w0 || s.text(w) != "," {
		return false
	}
	for w++; w < s.ms[idx].w0; w++ {
		if t := s.text(w); t != "the" && t != "a" && t != "an" {
			return false
		}
	}
	return true
}

// copyCode copies the code of mention a to mention i.
func (s *state) copyCode(i, a int32) {
	m, src := &s.ms[i], &s.ms[a]
	m.code, m.country, m.sector = src.code, src.country, src.sector
}

// antecedent finds the earlier mention a role-only phrase refers to: one
// with the same role entry ("the vice foreign minister" after "Vice
// Minister of Foreign Affairs Kim Hong-kyun"), else one with the same
// head word ("the ministry" after "the Foreign Ministry"); for "the
// government" and its like, the last government actor. It returns -1 when
// none, or when the phrase is not definite.
func (s *state) antecedent(idx int32, definite bool) int32 {
	if !definite {
		return -1
	}
	m := &s.ms[idx]
	for i := idx - 1; i >= 0; i-- {
		p := &s.ms[i]
		if !p.pending && p.role == m.role && p.country != "" {
			return i
		}
	}
	if m.head != "" && m.w1-m.w0 == 1 {
		for i := idx - 1; i >= 0; i-- {
			p := &s.ms[i]
			if !p.pending && p.head == m.head && p.title == m.title && p.country != "" {
				return i
			}
		}
	}
	if m.sector == "" || m.role < 0 {
		return -1
	}
	if e := s.dict.Entry(m.role); e.Sector == "GOV" && e.RoleKind == actors.Body && govWords[m.head] {
		for i := idx - 1; i >= 0; i-- {
			p := &s.ms[i]
			if !p.pending && p.sector == "GOV" && p.country != "" {
				return i
			}
		}
	}
	return -1
}

// foreignSectors are the sectors whose people are often abroad: "troops in
// Iraq" are not Iraq's, nor are "refugees in Lebanon" Lebanon's.
var foreignSectors = set("MIL", "GOV", "SPY", "JRN", "NGO", "HLH", "IGO", "BUS", "REF")

// speaksFor are the titles whose "for" names the principal ("a spokesman
// for the Iraqi prime minister"), unlike "envoy for Sudan".
var speaksFor = set("spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide")

// orgHeads are the role heads that an organization's name may follow in
// apposition ("the militant group Hamas").
var orgHeads = set("group", "movement", "organization", "organisation", "party", "faction", "militia", "newspaper",
	"agency", "alliance", "network", "front", "wing", "body", "groups", "militias")

// contested are the sectors of groups that are as often the other side
// of a coordinated one ("Israeli troops and militants"): they do not
// share its country.
var contested = set("REB", "RAD", "OPP", "CVL", "CRM", "REF")

// coordinatedCountry returns the country of the role mention just before
// "and"/"or" at start-1 when a country, capital or demonym modifies it
// ("Danish media and government"), else "".
func (s *state) coordinatedCountry(start, idx int32) string {
	if idx == 0 || start-1 < s.lo || (s.text(start-1) != "and" && s.text(start-1) != "or") {
		return ""
	}
	p := &s.ms[idx-1]
	if p.w1 != start-1 || p.role < 0 || p.country == "" || p.person || p.pending {
		return ""
	}
	if x := s.itemAt[p.w0]; x < 0 || (s.its[x].k != ikAdj && s.its[x].k != ikCountry && s.its[x].k != ikCapital) {
		return ""
	}
	return p.country
}

// capitalOfficials are the group heads that, placed in a capital, are
// its government's ("officials in Washington"; not "diplomats in Beijing").
var capitalOfficials = set("officials", "authorities", "policymakers", "lawmakers")

var govWords = set("government", "administration", "regime", "cabinet", "authorities", "presidency")

// nameAntecedent finds the last person mention whose name contains every
// word of words ("Kim" in "Kim Hong-kyun", "Zinoviev" in "Georgy
// Zinoviev"), or -1.
func (s *state) nameAntecedent(words []string) int32 {
	return s.nameAntecedentBefore(words, int32(len(s.ms)))
}

// nameAntecedentBefore is nameAntecedent among the mentions before before.
func (s *state) nameAntecedentBefore(words []string, before int32) int32 {
	if len(words) == 0 {
		return -1
	}
	for i := before - 1; i >= 0; i-- {
		p := &s.ms[i]
		if p.pending || !p.person || len(p.words) == 0 || p.country == "" && p.code == "" {
			continue
		}
		if containsAll(p.words, words) {
			return i
		}
	}
	return -1
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// holderNamed returns the person in office in country on the document's
// date whose name has the word surname, or nil: "North Korean leader Kim"
// is Kim Il Sung in 1994 and Kim Jong Un in 2024.
func (s *state) holderNamed(country, office, surname string) *actors.Entry {
	if s.day == 0 {
		return nil
	}
	for _, h := range s.dict.Holders(country, office, s.day) {
		for _, n := range h.Entry.Names {
			for _, w := range actors.Words(n) {
				if actors.Fold(w) == surname {
					return h.Entry
				}
			}
		}
	}
	return nil
}

// entryIndex returns the index of a dictionary entry.
func (s *state) entryIndex(e *actors.Entry) int32 {
	es := s.dict.Entries()
	for i := range es {
		if &es[i] == e {
			return int32(i)
		}
	}
	return -1
}

// headWord returns the folded head word of a role phrase: its last word,
// or the word before "of" ("minister" in "vice minister of foreign
// affairs").
func (s *state) headWord(it *item) string {
	h := it.w1 - 1
	for w := it.w0 + 1; w < it.w1; w++ {
		if s.text(w) == "of" {
			h = w - 1
			break
		}
	}
	return strings.Clone(s.text(h))
}

// capsName reads a name the recognizer missed after a title: up to three
// capitalized words that are not dictionary phrases.
func (s *state) capsName(k, hi int32) *item {
	if k >= hi || k == s.lo {
		return nil
	}
	w := k
	for w < hi && w-k < 3 && s.itemAt[w] < 0 && s.ws[w].caps == actors.CapsInitial && s.isNameWord(w) {
		w++
	}
	if w == k {
		return nil
	}
	s.its = append(s.its, item{w0: k, w1: w, k: ikName})
	return &s.its[len(s.its)-1]
}

func (s *state) isNameWord(w int32) bool {
	t := &s.d.Tokens[s.ws[w].tok]
	if t.POS != "" && t.POS != "PROPN" {
		return false
	}
	if ei := s.entOf[w]; ei >= 0 && s.d.Entities[ei].Type != "PERSON" {
		return false
	}
	f := s.text(w)
	if funcWords[f] || f == "the" {
		return false
	}
	for _, r := range f {
		if !('a' <= r && r <= 'z') && r != '\'' && r < 0x80 {
			return false
		}
	}
	return true
}

// span returns the text of an item.
func (s *state) span(it *item) string {
	return s.d.Text[s.ws[it.w0].start:s.ws[it.w1-1].end]
}

// nameWords returns the folded words of a name item.
func (s *state) nameWords(it *item) []string {
	out := make([]string, 0, it.w1-it.w0)
	for w := it.w0; w < it.w1; w++ {
		if t := s.text(w); t != "'s" && t != "," && t != "." {
			out = append(out, strings.Clone(t))
		}
	}
	return out
}

func foldedWords(name string) []string {
	ws := actors.Words(name)
	for i, w := range ws {
		ws[i] = actors.Fold(w)
	}
	return ws
}

// org codes an organization: "the UN", "South Korea's National
// Intelligence Service", "Hamas"; an organization followed by a title is
// the modifier of the title ("NATO Secretary General Mark Rutte", "IAEA
// chief").
func (s *state) org(start int32, mod, it *item, former bool, hi int32) int32 {
	e := it.e
	j := it.w1
	if j < hi && s.isPoss(j) {
		j++
	}
	if j >= hi {
		j = hi
	} else if x := s.itemAt[j]; x >= 0 && s.its[x].k == ikRole && !s.adjectival(&s.its[x], hi) {
		return s.role(start, it, &s.its[x], false, former, s.lo, hi)
	}
	r, _ := e.At(s.day)
	if r.Code == "---" || r.Code == "" {
		return it.w1 // not coded on this day
	}
	m := s.newMention(start, it.w1)
	m.code, m.country, m.sector = r.Code, r.Country, r.Sector
	country := r.Country
	if mod != nil && mod.k != ikOrg && r.Country != "" && mod.e.Code != r.Country {
		// "Greece's National Intelligence Service": the modifier's country.
		country = mod.e.Code
		m.code, m.country = country+r.Sector, country
	}
	m.name = e.Name
	return s.finish(m, mkey{k: mkOrg, id: it.hit.Entry, country: country}, hi)
}

// misparsedClause reports whether a role noun that the parse makes a
// modifier of the next word is more likely the subject of a clause whose
// verb the parser took for a noun: "demanded that the Turkish government
// provide information" (government -> provide -> information, a chain of
// compounds after a country), "that the army end the curfew".
func (s *state) misparsedClause(start int32, mod *item, h, lo int32) bool {
	p := start - 1
	if p >= lo && s.text(p) == "the" {
		p--
	}
	if p >= lo && s.text(p) == "that" {
		return true
	}
	if mod == nil {
		return false
	}
	t := &s.d.Tokens[s.ws[h].tok]
	return t.Dep == "compound" && t.Head > int(s.ws[h].tok)
}

// issued are nouns for what an institution says or does: a role noun
// before them is still the actor ("a Foreign Ministry statement").
var issued = set("statement", "statements", "report", "reports", "announcement", "communique", "release", "source", "sources",
	"decision", "order", "orders", "letter", "document", "documents", "proposal", "delegation", "team", "plan", "plans",
	"official", "officials", "spokesman", "spokesperson", "spokeswoman", "data", "figures", "estimate", "estimates", "note", "notice", "warning",
	// what its people and machines do: "Israeli army bulldozers", "a
	// police raid", "in police custody".
	"custody", "raid", "raids", "operation", "operations", "crackdown", "offensive", "attack", "attacks", "strike", "strikes",
	"shelling", "bombardment", "fire", "gunfire", "patrol", "patrols", "convoy", "convoys", "vehicles", "bulldozers", "tanks",
	"helicopters", "jets", "warplanes", "planes", "aircraft", "drones", "ships", "boats", "warships", "artillery", "units",
	"troops", "soldiers", "officers", "commanders", "commander", "chief", "chiefs", "forces", "personnel", "agents", "investigators")

// modifies reports whether the last word of a role phrase modifies a noun
// after it (a compound or adjectival modifier in the parse, within the
// sentence), and returns that noun's word.
func (s *state) modifies(it *item, hi int32) (int32, bool) {
	t := &s.d.Tokens[s.ws[it.w1-1].tok]
	if t.Head < 0 || (t.Dep != "compound" && t.Dep != "amod") {
		return 0, false
	}
	for w := it.w1; w < hi && w < it.w1+4; w++ {
		if int(s.ws[w].tok) == t.Head {
			// A finite verb between is a misparse: "the Taliban-led
			// administration banned girls" (administration -> girls).
			for v := it.w1; v < w; v++ {
				if tag := s.d.Tokens[s.ws[v].tok].Tag; tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "VBN" {
					return 0, false
				}
			}
			return w, true
		}
	}
	return 0, false
}

// hyphened reports whether word w is a part of a hyphenated modifier
// ("Arabic-language", "long-time"; the words keep no hyphen).
func (s *state) hyphened(w int32) bool {
	t := s.d.Text
	a, b := s.ws[w].start, s.ws[w].end
	return a > 0 && t[a-1] == '-' || int(b) < len(t) && t[b] == '-'
}

// firmTitles are the titles a firm's people hold as well as a
// government's.
var firmTitles = set("spokesman", "spokeswoman", "spokesperson", "president", "chairman", "chairwoman", "director", "official",
	"officials", "executive", "chief", "head", "secretary", "representative")

// firmWords end or hold the names of firms and business bodies.
var firmWords = set("company", "co", "corp", "corporation", "inc", "ltd", "plc", "bank", "association", "federation",
	"chamber", "industries", "industry", "group", "holdings", "ag", "sa", "spa", "nv", "bv", "gmbh", "airlines", "motors")

// firmBefore reports whether the words just before start, from lo on,
// are a firm: an organization the recognizer found that is a business
// mention, has a firm's word, or has no word the dictionary knows
// ("Outboard Marine").
func (s *state) firmBefore(start, lo int32) bool {
	k := start - 1
	if k < lo {
		return false
	}
	for i := len(s.ms) - 1; i >= 0; i-- {
		if p := &s.ms[i]; p.w1 == start && !p.pending {
			return p.sector == "BUS"
		}
	}
	ei := s.entOf[k]
	if ei < 0 || s.d.Entities[ei].Type != "ORG" || s.entW1[ei] != start || s.entW0[ei] < lo {
		return false
	}
	return s.firmEntity(ei)
}

// firmAfterOf reports whether "of" at end, with an optional "the", is
// followed by a firm the recognizer found ("president of the Brazilian
// Association of Citrus Juice Industries").
func (s *state) firmAfterOf(end, hi int32) bool {
	if end >= hi || s.text(end) != "of" {
		return false
	}
	k := end + 1
	if k < hi && s.text(k) == "the" {
		k++
	}
	for k < hi && s.entOf[k] < 0 && s.itemAt[k] >= 0 && s.its[s.itemAt[k]].k != ikOrg && s.its[s.itemAt[k]].k != ikRole {
		k++ // "the Brazilian Association": a country's adjective
	}
	if k >= hi {
		return false
	}
	ei := s.entOf[k]
	return ei >= 0 && s.d.Entities[ei].Type == "ORG" && s.firmEntity(ei)
}

// firmEntity reports whether ORG entity ei names a firm: it has a firm's
// word, or no word of it is one the dictionary knows as a country, an
// organization or a body.
func (s *state) firmEntity(ei int32) bool {
	known := false
	for k := s.entW0[ei]; k < s.entW1[ei]; k++ {
		if firmWords[strings.ToLower(strings.Trim(s.text(k), "."))] {
			return true
		}
		if x := s.itemAt[k]; x >= 0 && (s.its[x].k != ikRole || s.its[x].e.RoleKind == actors.Body) {
			// A title or a group word ("General Electric", "Harbor
			// Marine") may name a firm; a body's word ("Savings
			// Department") does not.
			known = true
		}
	}
	return !known
}

// houseWords name a legislature or its sides before a title.
var houseWords = set("house", "senate", "congress", "parliament", "majority", "minority")

// houseSides are the words that may stand between a legislature and a
// title ("Senate Republican leader").
var houseSides = set("republican", "democratic", "democrat", "majority", "minority", "conservative", "labour", "liberal", "opposition")

// houseLeader reports whether a legislature's word stands just before the
// title ("House Majority leader", "Senate Republican leader"), not the
// White House's, nor a former one's ("former Senate leader Howard Baker"
// may hold another office now).
func (s *state) houseLeader(start int32, title *item) bool {
	if !houseTitles[s.headWord(title)] {
		return false
	}
	lo := s.sentW[s.sentenceOf(start)]
	for k := start - 1; k >= lo && k >= start-3; k-- {
		w := strings.ToLower(s.text(k))
		if houseWords[w] {
			prev := ""
			if k > lo {
				prev = strings.ToLower(s.text(k - 1))
			}
			return !(w == "house" && prev == "white") && prev != "former" && prev != "ex"
		}
		if !houseSides[w] {
			return false
		}
	}
	return false
}

// houseTitles are the titles a legislature gives.
var houseTitles = set("leader", "whip", "chairman", "chairwoman", "speaker")
