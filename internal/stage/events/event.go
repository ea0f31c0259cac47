package events

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/events"
)

// symmetric codes take a compound source as its own target when the
// sentence names no other: "North Korea and Russia signed a treaty".
func symmetric(code string) bool {
	switch events.Root(code) {
	case "03", "04", "06":
		return true
	}
	switch code {
	case "057", "190", "193", "054", "0871", "087":
		return true
	}
	return false
}

// event builds the event of match m, or false when the sentence does not
// give it a source (or a target its pattern needs).
func (c *Coder) event(s *sent, m match, denied map[int]int) (doc.Event, bool) {
	v := m.i     // the trigger
	clauseV := v // the verb whose clause dates and places the event
	var r roles
	conf := 0.6
	statusCue := -1
	var tgt []doc.Actor
	tgtTok := -1
	var spk []speaker
	told := false          // the event is the telling itself: its clause is the speech verb's
	unknown := false       // an attack whose attacker the sentence does not name
	inferredState := false // a state act whose state is where it happened

	if m.p.Code == "041" && !m.cand.Noun && s.lemma(v) == "call" && !s.phoneCall(v) {
		// "..., calling it a violation of international law", "called
		// the move a smash and grab", "called off its search": a naming
		// or another sense, not a telephone call.
		c.trace("not a call", s, m)
		return doc.Event{}, false
	}
	if m.cand.Noun {
		h := s.head(v)
		switch {
		case h >= 0 && s.dep(v) == "obj" && (lightVerbs[s.lemma(h)] || s.confirmsOwnMove(h, v, m.p.Code)) && s.verb(h):
			// "carried out an attack on X": the light verb's roles.
			clauseV = h
			r = s.subject(h, 0)
			tgt, tgtTok = s.nounTarget(v, r.source)
			if len(tgt) == 0 {
				tgt, tgtTok = s.target(h, r.source, false)
			}
			if root := events.Root(m.p.Code); len(tgt) == 0 && (root == "02" || root == "10" || root == "11" || root == "13") {
				// "reiterated its demand that Israel ease restrictions":
				// whom the noun's clause is about.
				for _, k := range s.childrenOf(v, "acl", "ccomp") {
					if sub := s.subject(k, 0); len(tgt) == 0 && len(sub.source) > 0 && s.child(k, "nsubj") >= 0 {
						tgt, tgtTok = dropCountries(dropSame(sub.source, r.source), r.source), sub.srcTok
					}
				}
			}
			conf += 0.1
		case s.child(v, "nmod:poss") >= 0 || s.byAgent(v) >= 0:
			// "Russia's attack on X", "the attack by rebels".
			k := s.child(v, "nmod:poss")
			if k < 0 {
				k = s.byAgent(v)
			}
			r = roles{source: s.actorsOf(k, nil), srcTok: k, planned: -1}
			tgt, tgtTok = s.nounTarget(v, r.source)
			if root := events.Root(m.p.Code); len(tgt) == 0 && (root == "10" || root == "12" || root == "13") {
				// "China's threat to invade Taiwan", "Iran's refusal to
				// release the tanker": the target of what is threatened,
				// refused or demanded.
				for _, x := range s.childrenOf(v, "acl") {
					if mk := s.child(x, "mark"); len(tgt) == 0 && mk >= 0 && s.lemma(mk) == "to" {
						tgt, tgtTok = s.target(x, r.source, false)
					}
				}
			}
		case (events.Root(m.p.Code) == "18" || events.Root(m.p.Code) == "19") && s.modifierAgent(v) >= 0:
			// "an Israeli air raid on Gaza", "a NATO air strike": the
			// country or organisation that modifies an attack is its
			// agent; there must be a target.
			k := s.modifierAgent(v)
			r = roles{source: s.actorsOf(k, nil), srcTok: k, planned: -1}
			tgt, tgtTok = s.nounTarget(v, r.source)
			if len(tgt) == 0 {
				return doc.Event{}, false
			}
			conf -= 0.1
		case s.child(v, "cop") >= 0:
			// "… is a violation of sanctions against X", said by someone.
			spk = s.speakers(v)
			if len(spk) == 0 {
				return doc.Event{}, false
			}
			r = roles{source: spk[0].actors, srcTok: spk[0].verb, planned: -1, inherited: true}
			clauseV, told = spk[0].verb, true // dated by its telling
			spk = spk[1:]
			tgt = dropSame(s.actorsDeep(v, r.source, 0), r.source)
			if len(tgt) == 0 {
				if k := s.child(v, "nsubj"); k >= 0 {
					tgt = dropSame(s.actorsDeep(k, r.source, 0), r.source)
				}
			}
		case events.Root(m.p.Code) == "19" && len(s.betweenParties(v)) > 1:
			// "clashes between Ethiopian and Eritrean troops", "fighting
			// broke out between X and Y": the parties fight each other.
			r = roles{source: s.betweenParties(v), srcTok: -1, planned: -1}
			conf -= 0.1
		default:
			// "the transfer of North Korean troops to Russia": the owner of
			// what moves is the source; there must be a target.
			of := -1
			ownForces := false // the "of" forces belong to the governing verb's subject
			for _, k := range s.kids[v] {
				if strings.HasPrefix(s.dep(k), "nmod") && s.prep(k) == "of" {
					of = k
					break
				}
			}
			if root := events.Root(m.p.Code); of < 0 && (root == "04" || root == "06") && strings.HasPrefix(s.dep(v), "nsubj") && h >= 0 && s.tok(h).POS == "VERB" {
				// "Talks between Greece and Turkey resumed": the
				// parties "between" whom a meeting or cooperation goes
				// on are its source and its target, its verb's clause
				// dates it (not talks called for: "called for talks
				// between …").
				for _, k := range s.kids[v] {
					if len(r.source) > 0 || !strings.HasPrefix(s.dep(k), "nmod") || s.prep(k) != "between" {
						continue
					}
					if as := s.actorsOf(k, nil); len(as) > 1 {
						r = roles{source: as, srcTok: k, planned: -1}
						tgt, tgtTok = as, k
						clauseV = h
					}
				}
			}
			if of < 0 && len(r.source) == 0 {
				return doc.Event{}, false
			}
			if of >= 0 {
				r = roles{source: s.actorsOf(of, nil), srcTok: of, planned: -1}
				if (events.Root(m.p.Code) == "15" || m.p.Code == "087") && (len(r.source) == 0 || armed(r.source)) && !s.namedForces(of) {
					// "Syria announced the withdrawal of its troops from
					// Lebanon", "approved the dispatch of 1,500 soldiers to
					// Liberia": forces no country names are the governing
					// subject's own, not the place's.
					if sub := s.governingActor(v); anyCoded(sub.source) {
						r, ownForces = sub, true
					}
				}
				tgt, tgtTok = s.nounTarget(v, r.source)
				if ownForces && tgtTok == of {
					// The forces are the source's, not the target:
					// the place they go to or leave is (below).
					tgt, tgtTok = nil, -1
				}
			}
			if h := s.head(v); len(tgt) == 0 && h >= 0 && s.dep(v) == "obj" && s.tok(h).POS == "VERB" {
				// "images showing the movement of ships between X and Y".
				tgt, tgtTok = s.target(h, r.source, false)
				clauseV = h
			}
			// "the withdrawal of Syrian troops from Lebanon", "a build-up
			// of Iraqi forces near the border": a named country's forces
			// pull back or stand ready; the place left or the border
			// faced (below) is the target, and a posture needs none.
			// Only as the subject of what happened to it, not of what
			// is asked or planned ("was demanded", "was delayed"), nor
			// under a call for it ("called for the withdrawal of …").
			forces := of >= 0 && (events.Root(m.p.Code) == "15" || m.p.Code == "087") && (armed(r.source) || ownForces) && anyCoded(r.source) &&
				strings.HasPrefix(s.dep(v), "nsubj") && h >= 0 && s.verb(h) && !unhappened[s.lemma(h)]
			if len(tgt) == 0 && !forces {
				return doc.Event{}, false
			}
			if forces {
				// "the withdrawal … would begin next week": the verb
				// the noun is the subject of dates it and gives its
				// status.
				clauseV = h
			}
			conf -= 0.1
		}
	} else {
		r = s.subject(v, 0)
		if len(r.source) == 0 && r.srcTok < 0 {
			r = s.leftSubject(v, r)
		}
		if root := events.Root(m.p.Code); (root == "18" || root == "19" || root == "20") && r.srcTok >= 0 && instruments[s.lemma(r.srcTok)] && s.dc.actorAt[s.t0+r.srcTok] < 0 {
			// "An Israeli air raid on Gaza killed three": the attack's
			// agent, not its target, is the killer.
			n := r.srcTok
			k := s.child(n, "nmod:poss")
			if k < 0 {
				k = s.byAgent(n)
			}
			if k < 0 {
				k = s.modifierAgent(n)
			}
			r.source = nil
			if k >= 0 {
				r.source, r.srcTok = s.actorsOf(k, nil), k
			}
		}
		if len(r.source) == 0 && events.Root(m.p.Code) == "19" {
			if ps := s.betweenParties(v); len(ps) > 1 {
				// "Fighting between X and Y killed twenty".
				r.source = ps
			}
		}
		if m.p.SourceIsSpeaker {
			spk = s.speakers(v)
			if len(spk) == 0 {
				return doc.Event{}, false
			}
			r = roles{source: spk[0].actors, srcTok: spk[0].verb, planned: -1, inherited: true}
			for _, k := range s.kids[v] {
				if m.p.Prep != "" && s.prep(k) == m.p.Prep {
					tgt, tgtTok = dropSame(s.actorsOf(k, r.source), r.source), k
				}
			}
			if m.must || m.p.Prep == "" {
				// "X said that Y must …", "X said Y had committed war
				// crimes": the clause's subject is the target.
				sub := s.subject(v, 0)
				tgt, tgtTok = dropSame(sub.source, r.source), sub.srcTok
				if !m.must {
					// "Egypt said it was responsible for security": no
					// one the speaker blames but itself.
					tgt = dropCountries(tgt, r.source)
				}
			}
			if len(tgt) == 0 {
				tgt, tgtTok = spk[0].addr, -1
			}
			spk = spk[1:]
		} else {
			if len(r.source) == 0 && s.isPassive(v) && (movesForces(m.p.Code) || m.p.Code == "0873") {
				// "1,500 of them were transferred to Russia": the forces'
				// own country moves them; "a third of the rebels have
				// been demobilized": they stand down.
				r.source, r.srcTok = s.forcesOwner(v)
			}
			if h := s.head(v); s.dep(v) == "xcomp" && h >= 0 && controlVerbs[s.lemma(h)] {
				// "X asked Y to request Z": Y is the target.
				if k := s.child(h, "iobj", "obj"); k >= 0 {
					tgt, tgtTok = s.actorsOf(k, r.source), k
					if root := events.Root(m.p.Code); root != "02" && root != "10" && len(tgt) > 0 {
						// "Chile asked Britain to extradite Pinochet": not
						// Chile's extradition but its appeal for one.
						m.p.Code, m.p.TargetOptional = askedFor(s.lemma(h), m.p.Code), false
					}
				}
			}
			if m.p.TargetPrep != "" {
				// The pattern names the phrase that holds the target
				// ("celebrated the feast at X with Y": tgt=with).
				ks := s.kids[v]
				if o := s.child(v, "obj"); o >= 0 {
					ks = append(slices.Clone(ks), s.objPhrases(o)...)
				}
				for _, k := range ks {
					if len(tgt) == 0 && s.phrasePrep(k) == m.p.TargetPrep {
						tgt, tgtTok = dropSame(s.actorsOf(k, r.source), r.source), k
					}
				}
			}
			if len(tgt) == 0 {
				// A compound source of a symmetric event ("Israel and Hamas
				// negotiated") is its own target before any actor found
				// deep in the clause.
				root := events.Root(m.p.Code)
				deep := (!m.p.TargetOptional || root == "02" || root == "10" || root == "11" || root == "12" || root == "13") && !((symmetric(m.p.Code) || m.p.Reciprocal) && len(r.source) > 1)
				// What is sent on a mission is not its target either; but
				// whom a country supplies or equips "with" arms is, and
				// whom it arms.
				recipient := m.p.Prep == "with" || s.lemma(v) == "arm" || s.lemma(v) == "rearm" || s.lemma(v) == "equip"
				tgt, tgtTok = s.targetOf(v, r.source, deep, movesForces(m.p.Code) && !recipient || m.p.Source == "sitrep:mission")
			}
			if len(tgt) == 0 {
				// "threatened to attack Ukraine", "offered to hand over the
				// suspects to Britain": the complement's target.
				for _, k := range s.childrenOf(v, "xcomp", "ccomp") {
					if len(tgt) == 0 && m.p.Code != "016" && (containsStr(m.p.Complements, s.lemma(k)) || s.dep(k) == "xcomp") {
						tgt, tgtTok = s.target(k, r.source, false)
					}
				}
			}
			if len(tgt) == 0 && m.p.Code != "016" {
				// "threatened to recall its ambassador from Tel Aviv",
				// "offered to withdraw from southern Lebanon": what the
				// complement leaves; "promised to help finance the
				// withdrawal of Soviet troops": the target one open
				// complement further down.
				for _, k := range s.childrenOf(v, "xcomp") {
					if len(tgt) == 0 {
						tgt, tgtTok = s.leftFrom(k, r.source)
					}
					for _, kk := range s.childrenOf(k, "xcomp") {
						if as, at := s.target(kk, r.source, false); len(tgt) == 0 && !sameCountry(as, r.source) {
							tgt, tgtTok = as, at
						}
					}
				}
			}
			if root := events.Root(m.p.Code); len(tgt) == 0 && (root == "02" || root == "10" || root == "11" || root == "13") {
				// "demanded that the US cancel the sale": whom the clause
				// is about.
				for _, k := range s.childrenOf(v, "ccomp", "advcl") {
					if s.dep(k) == "advcl" && !s.forClause(k) {
						continue
					}
					if sub := s.subject(k, 0); len(tgt) == 0 && len(sub.source) > 0 {
						// "warned that South Korea will respond": not a
						// target when it is the speaker's own country.
						tgt, tgtTok = dropCountries(dropSame(sub.source, r.source), r.source), sub.srcTok
					}
				}
			}
			if len(tgt) == 0 && s.dc.clauseArgs {
				// Options.ClauseArgs: the subject of a that-clause (a
				// named one: "it seems" names none).
				for _, k := range s.childrenOf(v, "ccomp") {
					if sub := s.subject(k, 0); len(tgt) == 0 && len(sub.source) > 0 && sub.srcTok >= 0 && s.tok(sub.srcTok).POS != "PRON" {
						tgt, tgtTok = dropSame(sub.source, r.source), sub.srcTok
					}
				}
			}
			if len(tgt) == 0 && movesForces(m.p.Code) {
				tgt, tgtTok = s.purposeTarget(v, r.source)
			}
			if s.dc.clauseArgs && tgtTok >= 0 && tgtTok < v && !s.isPassive(v) {
				// Options.ClauseArgs: PETRARCH reads an active verb's
				// target in the words after it.
				tgt, tgtTok = nil, -1
			}
		}
		if s.lemma(v) == "come" && m.p.Prep == "under" {
			// "The post came under attack from Turkish artillery": the
			// subject suffers the act, the "from" phrase does it.
			victims, vk := r.source, r.srcTok
			r = roles{srcTok: -1, planned: r.planned}
			if f := s.fromPhrase(v); f >= 0 {
				r.source, r.srcTok = s.actorsOf(f, nil), f
			}
			tgt, tgtTok = dropSame(victims, r.source), vk
			if len(r.source) == 0 {
				unknown = true
			}
		}
		conf += 0.2
	}
	if root := events.Root(m.p.Code); (root == "18" || root == "19" || root == "20") && !m.cand.Noun && s.hazard(v) {
		// "Bermuda was hit by hurricanes", "an earthquake struck the
		// island", "hit by the fall in oil prices": nature or the market
		// strikes, no one attacks.
		c.trace("a hazard, not an attacker", s, m)
		return doc.Event{}, false
	}
	if events.Root(m.p.Code) == "14" && !m.cand.Noun && armed(r.source) && streamVerbs[s.lemma(v)] {
		// "Riot police poured into the streets": forces filling the
		// streets show their power (150); they do not protest (and, with no
		// country, are of the one they act in, below).
		m.p.Code, m.p.TargetOptional = "150", true
	}
	if m.p.Code == "1712" && !m.cand.Noun && civilian(r.source) && (s.lemma(v) == "set" || s.lemma(v) == "torch" || s.lemma(v) == "set_ablaze") {
		// "Protesters set fire to the embassy": arson (1712) by a crowd is a
		// violent protest (145), of the country it happens in.
		m.p.Code, m.p.TargetOptional = "145", true
	}
	if len(r.source) > 0 && !anyCoded(r.source) && !unknown {
		// "Protesters demanded an end to corruption in Lagos", "students
		// rallied in Jakarta": a civilian group with no country of its own
		// is of the country where it acts, when its clause names one (not
		// refugees or migrants, who are from elsewhere).
		pc := s.actCountry(clauseV)
		for _, k := range s.childrenOf(clauseV, "xcomp") {
			if pc == "" {
				// "agreed to delay the rally in Baku": where what it
				// agreed to do is done.
				pc = s.clauseCountry(k)
			}
		}
		if pc != "" && homeGroups(r.source) {
			src := append([]doc.Actor(nil), r.source...)
			for i := range src {
				src[i].Country, src[i].Code = pc, pc+src[i].Sector
			}
			r.source = src
			conf -= 0.1
		}
	}
	if len(r.source) == 0 || !anyCoded(r.source) {
		// Protesters the actor stage knows only by their sector
		// ("students", "farmers", "workers") are coded as CAMEO codes
		// them, with no country ("---EDU"), and with less confidence:
		// a protest is the one event whose source is commonly a crowd.
		own := r.srcTok >= 0 && (s.head(r.srcTok) == v || s.head(r.srcTok) == clauseV) && !r.inherited || m.p.SourceIsSpeaker
		switch root := events.Root(m.p.Code); {
		case unknown:
			// "A UN convoy came under fire": no attacker named.
			conf -= 0.2
		case root == "14" && anySector(r.source), own && anyState(r.source), own && verbal(root) && anyCivil(r.source) && !(len(tgt) == 0 && onlyBusiness(r.source)):
			// (A firm with no country and no target, "the company agreed to
			// pay a dividend", names no political interaction.)
			conf -= 0.15
		case len(r.source) == 0 && !m.cand.Noun && s.stateSectorOf(v, m.p.Code) != "" && s.isPassive(v) && s.passiveAgent(v) < 0 && s.stateCountry(v) != "":
			// "Two journalists were detained in Turkey", "a curfew was
			// imposed in Port Sudan": an arrest, a sentence, an expulsion
			// or a ban with no agent named is the act of the state where
			// it happened (its police, courts or government by the act),
			// and only where the sentence places it.
			pc, sec := s.stateCountry(v), s.stateSectorOf(v, m.p.Code)
			t := s.tok(v)
			r.source, r.srcTok = []doc.Actor{{Span: t.Span, Text: s.text(v), Code: pc + sec, Country: pc, Sector: sec, Entity: -1}}, -1
			inferredState = true
			conf -= 0.2
			// The place that names the state is not whom it acts on ("the
			// drug was banned in France").
			tgt = slices.DeleteFunc(slices.Clone(tgt), func(a doc.Actor) bool { return a.Sector == "" && (a.Country == pc || s.partOf(a, pc)) })
			if k := s.child(v, "nsubj:pass"); len(tgt) == 0 && k >= 0 {
				// "The former prime minister was charged …": whom it is
				// done to, known by a title alone.
				tgt, tgtTok = s.actorsOf(k, r.source), k
			}
		case (root == "18" || root == "19" || root == "20") && !m.cand.Noun && s.isPassive(v) && s.child(v, "aux:pass") >= 0:
			// "Three US servicemen were killed by a roadside bomb": the
			// victims are known, the attacker is not; CAMEO codes the
			// attack with an unknown source when the target is coded.
			r.source, r.srcTok, unknown = nil, -1, true
			conf -= 0.2
		case root == "14" && len(r.source) == 0 && r.srcTok >= 0 && s.crowd(r.srcTok):
			// "Thousands of people demonstrated": a crowd with no
			// sector is coded as civilians.
			t := s.tok(r.srcTok)
			r.source = []doc.Actor{{Span: t.Span, Text: s.text(r.srcTok), Code: "---CVL", Sector: "CVL", Entity: -1}}
			conf -= 0.15
		case (root == "08" || root == "14" || root == "15" || root == "17" || root == "18" || root == "19" || root == "20") && len(r.source) == 1 && irregular(r.source[0]) && s.actCountry(clauseV) != "":
			// "Police fired tear gas in Santiago", "gunmen kidnapped
			// schoolchildren in Nigeria": police and armed groups with no
			// country act in the country where they act; so they yield
			// there ("rebels withdrew from two towns in Mozambique").
			a := r.source[0]
			a.Country = s.actCountry(clauseV)
			a.Code = a.Country + a.Sector
			r.source = []doc.Actor{a}
			conf -= 0.1
		case (root == "18" || root == "19" || root == "20") && !m.cand.Noun && r.srcTok >= 0 && (len(r.source) == 0 && (instruments[s.lemma(r.srcTok)] || anonymous[s.lemma(r.srcTok)]) || len(r.source) == 1 && settler(r.source[0])):
			// "A roadside bomb killed three soldiers", "unidentified
			// assailants abducted two aid workers": the weapon or a
			// nameless attacker is the subject and the attacker unknown,
			// as in the passive.
			r.source, r.srcTok, unknown = nil, -1, true
			conf -= 0.2
		case (root == "18" || root == "19" || root == "20") && len(r.source) == 1 && irregular(r.source[0]) && len(tgt) == 1 && tgt[0].Country != "" && stateSectors[tgt[0].Sector]:
			// "Islamist insurgents ambushed a Malian army convoy":
			// armed groups with no country that attack a state's army,
			// police or government fight in that state.
			a := r.source[0]
			a.Country = tgt[0].Country
			a.Code = a.Country + a.Sector
			r.source = []doc.Actor{a}
			conf -= 0.15
		case (root == "18" || root == "19" || root == "20") && !m.cand.Noun && len(r.source) == 1 && r.source[0].Sector == "REB" && r.source[0].Country == "" && r.srcTok >= 0 && s.tok(r.srcTok).Tag == "NNS" && genericGroup(r.source[0]) && anyCoded(tgt):
			// "Gunmen shot dead a Colombian activist": armed men no
			// country, place or victim's army places are a nameless
			// attacker, as "unidentified assailants" are.
			r.source, r.srcTok, unknown = nil, -1, true
			conf -= 0.2
		case s.dc.namedSource && own && s.namedSource(r.srcTok) >= 0 && anyCoded(tgt):
			// Options.NamedSource: "Brodersohn held talks with the US
			// Treasury secretary": a person or organisation the actor
			// dictionary lacks, as the subject, is an uncoded source of
			// an event with a coded target.
			ei := s.namedSource(r.srcTok)
			e := s.dc.d.Entities[ei]
			r.source = []doc.Actor{{Span: e.Span, Text: s.dc.d.Text[e.Start:e.End], Entity: ei}}
			conf -= 0.25
		default:
			why := "no coded source"
			if len(r.source) > 0 {
				why += " (" + r.source[0].Text + " " + r.source[0].Code + ")"
			} else if r.srcTok >= 0 {
				why += " (" + s.text(r.srcTok) + ": no actor)"
			}
			c.trace(why, s, m)
			return doc.Event{}, false
		}
	}
	if (m.p.Code == "042" || m.p.Code == "043") && !m.cand.Noun && r.srcTok >= 0 && s.peacekeeping(r.srcTok) {
		// "Bangladeshi peacekeepers arrived in Sierra Leone": forces that
		// come to keep the peace make no visit but give protection.
		m.p.Code = "074"
	}
	if (m.p.Code == "042" || m.p.Code == "043") && !m.cand.Noun && r.srcTok >= 0 && s.phraseHas(r.srcTok, "inspector", "investigator") {
		// "UN inspectors visited the site": inspectors come to inspect.
		m.p.Code, m.p.TargetOptional = "090", true
	}
	if m.p.Code == "041" && !m.cand.Noun && s.naming(v) {
		// "calling it a violation", "called the treatment pathetic":
		// what something is called is no call to anyone.
		c.trace("naming", s, m)
		return doc.Event{}, false
	}
	if o := s.child(v, "obj"); events.Root(m.p.Code) == "14" && (m.cand.Noun && s.campaignEvent(v) || !m.cand.Noun && o >= 0 && s.campaignEvent(o)) {
		// "his first campaign rally", "held a campaign rally": a
		// party's own rally for votes is no protest.
		c.trace("campaign rally", s, m)
		return doc.Event{}, false
	}
	if o := s.child(v, "obj"); m.p.Code == "042" && !m.cand.Noun && motionVerbs[s.lemma(v)] && o >= 0 && !timeNouns[s.lemma(o)] {
		// "flew them to Cairo": carrying someone is no visit.
		c.trace("motion verb with an object", s, m)
		return doc.Event{}, false
	}
	if (m.p.Code == "042" || m.p.Code == "043") && !m.cand.Noun && armed(r.source) && !(r.srcTok >= 0 && officerTitles[s.lemma(r.srcTok)]) {
		// "Troops arrived in Mali": forces arriving make no visit.
		c.trace("armed visitor", s, m)
		return doc.Event{}, false
	}
	if root := events.Root(m.p.Code); len(tgt) == 0 && !m.cand.Noun && (root == "17" || root == "18" || root == "19" || root == "20") && s.isPassive(v) && s.child(v, "nsubj:pass") < 0 && (s.dep(v) == "advcl" || s.dep(v) == "xcomp") {
		// "An activist died after being beaten by police": the one
		// beaten is the subject of the clause above.
		if h := s.head(v); h >= 0 {
			if k := s.child(h, "nsubj", "nsubj:pass"); k >= 0 {
				tgt, tgtTok = dropSame(s.actorsOf(k, r.source), r.source), k
			}
		}
	}
	if len(tgt) == 0 && !m.cand.Noun && placeTarget(m.p.Code) && !(symmetric(m.p.Code) && len(r.source) > 1) {
		// (A compound source that fights is its own target, below.)
		// "shelled Kharkiv", "occupied Crimea": the place's country.
		var home bool
		tgt, tgtTok, home = s.placeCountry(v, r.source, placePrep(m.p.Code))
		if h, root := s.head(v), events.Root(m.p.Code); len(tgt) == 0 && !home && (root == "17" || root == "18" || root == "19" || root == "20") && h >= 0 && h < v && s.dep(v) == "conj" && s.tok(h).POS == "VERB" && s.child(v, "nsubj", "nsubj:pass") < 0 && !s.isPassive(v) {
			// "struck targets in Lebanon and also shelled villages
			// near the border": a conjunct that names no place acts
			// where the first verb does.
			tgt, tgtTok, home = s.placeCountry(h, r.source, placePrep(m.p.Code))
		}
		if root := events.Root(m.p.Code); len(tgt) == 0 && home && (root == "18" || root == "19" || root == "20") {
			// "Ukraine shelled Donetsk": fighting on the source's own
			// soil has no target country.
			m.p.TargetOptional = true
		}
	}
	if len(tgt) == 0 && m.cand.Noun && m.p.Code == "042" {
		// "paid a visit to Damascus", "his trip to Beijing": the country
		// of the place a visit noun goes to.
		tgt, tgtTok = s.visitPlace(v, r.source)
	}
	if root := events.Root(m.p.Code); !anyCoded(tgt) && (root == "15" || m.p.Code == "087") {
		// "Russia announced the withdrawal of its troops from Kherson":
		// the place a force leaves, not the force, for a noun too; "massed
		// troops on its border with Ukraine", "a buildup along the
		// Eritrean border": the country across the border.
		if m.p.Code == "087" && m.cand.Noun {
			if as, k := s.leftPlace(v, r.source, "from", "out"); len(as) > 0 {
				tgt, tgtTok = as, k
			}
		}
		if root == "15" && m.cand.Noun {
			// "announced the deployment of 2,000 troops to Somalia":
			// the place the forces go to, not the forces.
			if as, k := s.leftPlace(v, r.source, "to", "into"); len(as) > 0 {
				tgt, tgtTok = as, k
			}
		}
		if !anyCoded(tgt) {
			if as, k := s.borderNeighbour(v, r.source); len(as) > 0 {
				tgt, tgtTok = as, k
			}
		}
	}
	if len(tgt) == 0 && m.p.Source == "sitrep:mission" {
		// "sent a team to investigate abuses in Chechnya": the place of
		// what the mission investigates.
		for _, k := range s.childrenOf(v, "advcl") {
			if investigative[s.lemma(k)] && len(tgt) == 0 {
				tgt, tgtTok, _ = s.placeCountry(k, r.source, "")
			}
		}
	}
	tgt = dropSame(tgt, r.source)
	tgt = dropOwnCountry(tgt, r.source)
	tgt = s.dropOwnPossessive(tgt, r, v)
	if h := s.head(v); (!anyCoded(tgt) || sameCodes(tgt, r.source)) && !m.cand.Noun && h >= 0 && s.dep(v) == "xcomp" && causeVerbs[s.lemma(h)] && s.tok(h).Tag == "VBG" && s.dep(h) == "advcl" {
		// "Pakistan struck inside Iran, prompting Tehran to recall its
		// ambassador": a reaction that names no one else is aimed at
		// whoever did what prompted it.
		if g := s.head(h); g >= 0 {
			if as := dropOwnCountry(dropSame(s.subject(g, 0).source, r.source), r.source); anyCoded(as) {
				tgt, tgtTok = as, -1
			}
		}
	}
	if len(tgt) == 0 && len(r.source) > 1 && (symmetric(m.p.Code) || m.p.Reciprocal || s.eachOther(v)) && !s.withOther(v) {
		tgt = r.source
	}
	if len(tgt) == 0 && events.Root(m.p.Code) == "07" && movesForces(m.p.Code) && (s.toPlace(clauseV) || s.purpose(clauseV)) {
		// Forces sent to a place, not to anyone, or for a purpose ("to
		// quell clashes"): a deployment.
		m.p.Code, m.p.TargetOptional = "154", true
	}
	if (m.p.Code == "072" || m.p.Code == "154") && anyCoded(tgt) && !m.cand.Noun && s.protectPurpose(v) >= 0 {
		// "sent 800 soldiers to Albania to protect aid convoys", "to keep
		// the peace": forces sent to protect give military protection
		// (074) where they go abroad, one event with the purpose
		// clause's (below); police guarding polling stations at home
		// stay a mobilization.
		m.p.Code, m.p.TargetOptional = "074", true
	}
	if m.p.Code == "074" && !m.cand.Noun && protectVerbs[s.lemma(v)] {
		if h := s.head(v); h >= 0 && (s.dep(v) == "advcl" || s.dep(v) == "xcomp") && s.protectPurpose(h) == v && forceSenders[s.lemma(h)] && s.sendsForces(h) {
			// The purpose clause of forces sent to protect is coded
			// on the sending verb (above).
			c.trace("protection coded on the sending verb", s, m)
			return doc.Event{}, false
		}
	}
	// "Mali will not negotiate with the jihadists": a refusal (below)
	// needs no coded target.
	refusing := !m.p.Negated && m.p.Status == "" && rejectFor(m.p.Code) != "" && (s.refusal(clauseV) || s.refusal(v))
	if len(tgt) == 0 && !m.p.TargetOptional && !refusing && anyCoded(r.source) && !onlyBusiness(r.source) && s.thingObject(v, m) {
		// "Kenya condemned the attack", "the opposition rejected the
		// talks", "Hungary banned pride marches": a stance on, or a ban
		// of, a thing or an act whose doer is not named is still the
		// source's event, with no target.
		m.p.TargetOptional = true
		conf -= 0.1
	}
	if len(tgt) == 0 && !m.p.TargetOptional && !refusing {
		c.trace("no target", s, m)
		return doc.Event{}, false
	}
	if h, mk := s.head(v), s.child(v, "mark"); h >= 0 && s.dep(v) == "acl" && mk >= 0 && s.lemma(mk) == "of" && s.tok(v).Tag == "VBG" && customs[s.lemma(h)] && !pursued[s.lemma(s.head(h))] {
		// "its practice of deporting refugees", "a policy of adopting
		// sanctions only with UN backing": a custom or a principle, not
		// an act on a day, unless it is pursued ("resumed its policy of
		// demolishing homes").
		c.trace("a custom, not an act", s, m)
		return doc.Event{}, false
	}
	if (s.lemma(v) == "agree" || s.lemma(v) == "concur") && events.Root(m.p.Code) == "03" && len(r.source) == 1 && s.opinion(v) {
		// "A judge agreed the book may have contained classified
		// material": one side agreeing that something is so, not to do
		// anything (two sides that agree on it have a deal).
		c.trace("agreeing with a view", s, m)
		return doc.Event{}, false
	}
	if companies(r.source) && (len(tgt) == 0 || companies(tgt)) {
		// "the bank agreed to provide 25 mln dlrs", "the investor offered
		// to sweeten his bid for the company": a firm's dealings with no
		// one or with other firms are commerce, not a political event.
		c.trace("business among firms", s, m)
		return doc.Event{}, false
	}
	if s.tradeFigure(v) {
		// "Argentine wheat exports to Brazil will rise to 2 mln
		// tonnes", "imports from Japan fell 5 pct", "forecast higher
		// exports" (the noun, even tagged as a verb): a trade figure,
		// not an act of either state.
		c.trace("a trade figure", s, m)
		return doc.Event{}, false
	}
	if !m.cand.Noun && dealingCodes[events.Root(m.p.Code)] && s.dealsInSecurities(v, events.Root(m.p.Code) == "03") {
		// "the treasury will offer 3 billion lire of bills", "the
		// developer offered to acquire all the shares", "agreed to
		// underwrite the credit", "negotiating to buy a bank": trading
		// securities or firms is commerce whoever trades, even a state's
		// treasury or bank.
		c.trace("dealing in securities or firms", s, m)
		return doc.Event{}, false
	}
	if !m.cand.Noun && (s.lemma(v) == "hit" || s.lemma(v) == "top") && s.levelReached(v) {
		// "reserves will hit 60 billion U.S. dlrs" (the amount read as
		// an oblique): a level reached, no attack.
		c.trace("a level reached", s, m)
		return doc.Event{}, false
	}
	if !m.cand.Noun && events.Root(m.p.Code) == "03" && !anyCoded(tgt) && s.legislating(v) {
		// "the senator pledged to offer legislation", "vowed to
		// introduce a bill": a lawmaker's own bill is no offer to
		// anyone.
		c.trace("legislating", s, m)
		return doc.Event{}, false
	}
	if events.Root(m.p.Code) == "14" && !m.cand.Noun && s.rally(v) && s.marketRally(v) {
		// "staged an explosive rally on Wall Street", "stocks rallied":
		// prices rising, not a protest.
		c.trace("a market rally", s, m)
		return doc.Event{}, false
	}
	if m.p.Code == "141" && !m.cand.Noun && s.rally(v) && (officials(r.source) || s.campaignRally(v)) {
		// "the president held a rally in Tulsa", "continued to hold
		// campaign rallies": a leader's or a campaign's rally is no
		// protest.
		c.trace("rally of a government or a campaign", s, m)
		return doc.Event{}, false
	}
	if events.Root(m.p.Code) == "03" && len(tgt) == 0 && len(r.source) > 0 && unnamedOnly(r.source) && r.srcTok >= 0 && s.tok(r.srcTok).POS == "NOUN" {
		// "Ministers agreed to cooperate", "officials pledged to help":
		// an intent of no one in particular with no one is no event.
		c.trace("intent of unnamed officials with no one", s, m)
		return doc.Event{}, false
	}
	if !anyCoded(tgt) && m.p.TargetOptional && !m.p.Negated && s.negated(clauseV) >= 0 && !refusing {
		// "Iran did not release the prisoners": a non-event with no one
		// it was not done to.
		c.trace("negated without target", s, m)
		return doc.Event{}, false
	}
	if inferredState && len(tgt) > 0 && !anyCoded(tgt) {
		// "Three opposition activists were arrested in Tunisia": those a
		// state acts on, known by their sector alone, are its own (not
		// migrants or refugees, who are from elsewhere).
		pc := r.source[0].Country
		tgt = append([]doc.Actor(nil), tgt...)
		for i := range tgt {
			if tgt[i].Sector != "" && tgt[i].Sector != "REF" {
				tgt[i].Country, tgt[i].Code = pc, pc+tgt[i].Sector
			}
		}
	}
	if unknown && len(tgt) > 0 && !anyCoded(tgt) {
		// "A journalist was killed in Beirut": victims known by their
		// sector alone are of the country where they were attacked.
		if pc := s.clauseCountry(clauseV); pc != "" {
			tgt = append([]doc.Actor(nil), tgt...)
			for i := range tgt {
				tgt[i].Country, tgt[i].Code = pc, pc+tgt[i].Sector
			}
		}
	}
	if root := events.Root(m.p.Code); (root == "17" || root == "18" || root == "19" || root == "20") && !unknown && !inferredState && anyCoded(r.source) && homeGroups(tgt) {
		// "Nigerian police shot two protesters in Lagos", "gunmen
		// abducted villagers in northern Nigeria": civilians known by
		// their sector alone, coerced or attacked, are of the country
		// where it happened, as in the passive.
		if pc := s.clauseCountry(clauseV); pc != "" {
			tgt = append([]doc.Actor(nil), tgt...)
			for i := range tgt {
				tgt[i].Country, tgt[i].Code = pc, pc+tgt[i].Sector
			}
		}
	}
	if pc := stateOf(r.source); pc != "" && len(tgt) > 0 {
		// "Uganda charged opposition leader Bobi Wine", "the Georgian
		// parliament agreed to the opposition's demands": an opposition
		// with no country of its own is the opposition of the state
		// that acts on it.
		for i := range tgt {
			if tgt[i].Sector == "OPP" && tgt[i].Country == "" {
				tgt = append([]doc.Actor(nil), tgt...)
				tgt[i].Country, tgt[i].Code = pc, pc+"OPP"
			}
		}
	}
	if unknown && !anyCoded(tgt) {
		c.trace("no coded source", s, m)
		return doc.Event{}, false
	}
	if len(tgt) > 0 {
		conf += 0.1
	}
	if r.inherited {
		conf -= 0.05
	}
	if h := s.head(v); h >= 0 && s.dep(v) == "acl" && asked[s.lemma(h)] && s.child(v, "mark") >= 0 {
		conf -= 0.3
	}
	if mk := s.child(v, "mark"); s.dep(v) == "advcl" && (mk >= 0 && s.lemma(mk) == "to" || mk < 0 && s.tok(v).Tag == "VBG") {
		// A purpose or a participial adjunct ("staged demonstrations to
		// demand reforms", "demonstrated, calling for independence") is
		// less the sentence's news than the act it belongs to.
		conf -= 0.2
	}
	if m.p.Specificity() > 0 {
		conf += 0.1
	}

	if m.p.Code == "141" && s.lemma(v) == "protest" && !m.cand.Noun && s.stateSource(r) {
		// "Venezuela protested against the sanctions": a state protests
		// by complaining, not in the street.
		m.p.Code = "110"
		if len(tgt) > 0 {
			m.p.Code = "114"
		}
	}

	// The source's own country as its target is no one else: the event
	// stands, aimed at no one named.
	tgt = dropSelf(tgt, r.source)

	info, _ := c.lex.Codebook().Lookup(m.p.Code)
	d := s.dc.d
	tv := s.tok(v)
	e := doc.Event{
		Sentence: s.si,
		Trigger:  doc.Mention{Span: tv.Span, Text: d.Text[tv.Start:tv.End]},
		CAMEO:    m.p.Code, PLOVER: info.PLOVER, Mode: info.Mode, Quad: info.Quad, Goldstein: info.Goldstein,
		Source: r.source, Target: tgt,
		Evidence: map[string]doc.Span{"trigger": tv.Span},
	}
	if e.Target == nil {
		e.Target = []doc.Actor{}
	}
	if r.srcTok >= 0 {
		e.Evidence["source"] = s.tok(r.srcTok).Span
	} else if len(r.source) > 0 {
		e.Evidence["source"] = r.source[0].Span
	}
	if e.Source == nil {
		e.Source = []doc.Actor{}
	}
	if tgtTok >= 0 && len(tgt) > 0 {
		e.Evidence["target"] = s.tok(tgtTok).Span
	} else if len(tgt) > 0 {
		e.Evidence["target"] = tgt[0].Span
	}

	// Status.
	status := "occurred"
	if r.planned >= 0 {
		status, statusCue = "planned", r.planned
	}
	if st, cue := s.modality(clauseV); st != "" && !m.must {
		status, statusCue = st, cue
	}
	if spk == nil && !m.p.SourceIsSpeaker && s.child(v, "cop") < 0 {
		spk = s.speakers(v)
		if len(spk) == 0 && clauseV != v {
			spk = s.speakers(clauseV)
		}
	}
	if len(spk) > 0 && spk[0].claimed && status == "occurred" {
		status, statusCue = "claimed", spk[0].verb
	}
	if dv, ok := denied[v]; ok {
		status, statusCue = "denied", dv
	}
	if m.p.Status != "" {
		status = m.p.Status
	}
	if h := s.head(v); h >= 0 && s.dep(v) == "acl" && asked[s.lemma(h)] && s.child(v, "mark") >= 0 {
		// "demands to release prisoners": what is asked for has not
		// happened.
		status, statusCue = "hypothetical", h
	}
	if status == "denied" {
		// "Eritrea denied supplying weapons": the denial is the news,
		// ahead of what it denies.
		conf -= 0.2
	}
	if k := s.negated(clauseV); k >= 0 && !m.p.Negated {
		status, statusCue = "negated", k
	}
	e.Status = status
	if statusCue >= 0 {
		e.Evidence["status"] = s.tok(statusCue).Span
	}

	// Attribution: the innermost speaker who is not the source.
	for _, sp := range spk {
		if len(sp.actors) > 0 && len(dropSame(sp.actors, r.source)) > 0 {
			a := sp.actors[0]
			e.SaidBy = &a
			e.Evidence["said_by"] = a.Span
			break
		}
	}
	if e.SaidBy == nil {
		if as, k := s.accordingTo(); len(as) > 0 {
			a := as[0]
			e.SaidBy = &a
			e.Evidence["said_by"] = s.tok(k).Span
		}
	}

	// "Rebels besieged the base", "troops occupied the parliament": armed
	// men who take a place or besiege it do not protest (144): it is
	// occupation (192) or a siege (191). An army or a police force that
	// blocks a road ("troops blocked the roads") does not protest either;
	// rebels who do may be enforcing a blockade strike, and keep 144.
	if m.p.Code == "144" && len(r.source) > 0 && onlyForces(r.source, true) {
		code := map[string]string{"occupy": "192", "besiege": "191", "surround": "191", "lay": "191"}[s.lemma(v)]
		switch {
		case code != "":
			ci, _ := c.lex.Codebook().Lookup(code)
			e.CAMEO, e.PLOVER, e.Mode, e.Quad, e.Goldstein = code, ci.PLOVER, ci.Mode, ci.Quad, ci.Goldstein
		case onlyForces(r.source, false):
			c.trace("forces do not protest", s, m)
			return doc.Event{}, false
		}
	}
	// "Protesters clashed with police", "stormed the parliament",
	// "rioters looted shops": a crowd's fight or plunder is a violent
	// protest (145), not an armed attack or a seizure; a crowd that
	// blockades a port protests (144) and lays no siege (191).
	if crowdCode := map[string]string{"190": "145", "19": "145", "171": "145", "191": "144"}[m.p.Code]; crowdCode != "" && len(r.source) > 0 && onlyCrowd(r.source) {
		pi, _ := c.lex.Codebook().Lookup(crowdCode)
		e.CAMEO, e.PLOVER, e.Mode, e.Quad, e.Goldstein = crowdCode, pi.PLOVER, pi.Mode, pi.Quad, pi.Goldstein
	} else if crowd, others := splitCrowd(e.Source); (m.p.Code == "190" || m.p.Code == "19") && len(crowd) > 0 && len(others) > 0 {
		// "Clashes between police and protesters": the crowd's side of a
		// clash with the forces is its violent protest against them.
		pi, _ := c.lex.Codebook().Lookup("145")
		e.CAMEO, e.PLOVER, e.Mode, e.Quad, e.Goldstein = "145", pi.PLOVER, pi.Mode, pi.Quad, pi.Goldstein
		e.Source, e.Target = crowd, others
		e.Evidence["source"], e.Evidence["target"] = crowd[0].Span, others[0].Span
	}
	// "Turkey will cut ties if Sweden …", said by Turkey: a coercive or
	// violent act on a condition, told by its own actor, is a threat
	// (CAMEO 13). Not the condition itself ("if Israel attacks").
	if e.Status == "conditional" && m.p.Status == "" && statusCue >= 0 && s.head(statusCue) != v && len(r.source) > 0 && (e.SaidBy == nil || sameCountry([]doc.Actor{*e.SaidBy}, r.source)) {
		if tc := threatFor(m.p.Code); tc != "" {
			ti, _ := c.lex.Codebook().Lookup(tc)
			e.CAMEO, e.PLOVER, e.Mode, e.Quad, e.Goldstein = tc, ti.PLOVER, ti.Mode, ti.Quad, ti.Goldstein
		}
	}
	// "Hungary will not recognize the government", "Mali would not
	// negotiate with the rebels": a cooperative act its own actor says it
	// will not do is a refusal (CAMEO 12), coded by what is refused. A
	// past negation ("did not meet") stays the negated act.
	if refusing {
		if e.SaidBy != nil && e.SaidBy.Country != "" && !sameCountry([]doc.Actor{*e.SaidBy}, r.source) {
			if !anyCoded(tgt) {
				c.trace("negated without target", s, m)
				return doc.Event{}, false
			}
		} else {
			rc := rejectFor(m.p.Code)
			ri, _ := c.lex.Codebook().Lookup(rc)
			e.CAMEO, e.PLOVER, e.Mode, e.Quad, e.Goldstein = rc, ri.PLOVER, ri.Mode, ri.Quad, ri.Goldstein
			e.Status = "occurred"
		}
	}
	// "Portugal will support Turkey's bid", "they would meet the envoy if
	// …": a cooperative act (CAMEO 04-08) its own actor says it will do is,
	// in PLOVER, a promise, AGREE ("cooperative actions that are reported as
	// having occurred are classified under the relevant event type"). The
	// CAMEO code and the status keep the act and its modality.
	if intended(s, e, m, statusCue, r.source) {
		e.PLOVER, e.Mode = "AGREE", ""
	}
	// "NATO confirmed it would tighten the blockade", "the president
	// announced he will extend the curfew": coercion or force that its own
	// actor announces for the future is a threat too. A plan others report
	// ("Ukraine plans to attack", "X said Russia plans to attack") stays a
	// planned act, and so does reducing relations (16), a decision that
	// takes effect as it is announced.
	if root := events.Root(m.p.Code); e.Status == "planned" && m.p.Status == "" && len(r.source) > 0 && len(spk) > 0 && sameCountry(spk[0].actors, r.source) &&
		(root == "17" || root == "18" || root == "19" || root == "20") {
		if tc := threatFor(m.p.Code); tc != "" {
			ti, _ := c.lex.Codebook().Lookup(tc)
			e.CAMEO, e.PLOVER, e.Mode, e.Quad, e.Goldstein = tc, ti.PLOVER, ti.Mode, ti.Quad, ti.Goldstein
		}
	}

	// Date, place and quantity from the event's clause.
	cl := s.clause(clauseV, nil)
	if clauseV != v && !told {
		s.clause(v, cl)
	}
	e.Date, e.DateSource = "", ""
	if ti := s.nearest(v, cl, s.dc.timexAt, func(i int) bool {
		t := d.Timexes[i]
		return (t.Type == "DATE" || t.Type == "TIME") && !strings.HasSuffix(t.Value, "_REF")
	}); ti >= 0 {
		e.Date, e.DateSource = d.Timexes[ti].Value, "text"
		e.Evidence["date"] = d.Timexes[ti].Span
		conf += 0.05
	} else if !d.Published.IsZero() {
		e.Date, e.DateSource = d.Published.String(), "document"
	}
	if pi := s.nearest(v, cl, s.dc.placeAt, func(i int) bool {
		p := d.Places[i]
		for g := s.t0; g < s.t0+s.n; g++ {
			if a := s.dc.actorAt[g]; a >= 0 && d.Actors[a].Span.Overlaps(p.Span) && !(d.Actors[a].Sector == "" && locatedIn(d.Text, p.Span.Start)) {
				return false
			}
		}
		return true
	}); pi >= 0 {
		p := d.Places[pi]
		e.Location = &p
		e.Evidence["location"] = p.Span
	}
	if qi := s.nearest(v, cl, s.dc.quantAt, func(int) bool { return true }); qi >= 0 {
		q := d.Quantities[qi]
		e.Quantity = &q
		e.Evidence["quantity"] = q.Span
	}
	s.dc.lemma[e.Trigger.Start] = s.lemma(v)
	if m.cand.Noun && clauseV == v && e.DateSource != "text" && e.SaidBy == nil {
		s.dc.nominal[e.Trigger.Start] = true
	}
	if conf > 0.95 {
		conf = 0.95
	}
	e.Confidence = float64(int(conf*100+0.5)) / 100
	return e, true
}

// forClause reports whether clause k is introduced by "for" with a subject
// of its own: "pushing hard for the US (to) support the plan".
func (s *sent) forClause(k int) bool {
	mk := s.child(k, "mark")
	return mk >= 0 && s.lemma(mk) == "for" && s.child(k, "nsubj") >= 0
}

// dropOwnCountry removes bare countries ("Russian" in "the Russian port
// city") that are the source's own country from a target list that names
// others too.
func dropOwnCountry(tgt, source []doc.Actor) []doc.Actor {
	if len(tgt) < 2 {
		return tgt
	}
	var out []doc.Actor
	for _, a := range tgt {
		own := false
		for _, b := range source {
			own = own || (a.Sector == "" && a.Country != "" && a.Country == b.Country)
		}
		if !own {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return tgt
	}
	return out
}

// selfSectors are the sectors that act for their country as a whole (its
// government, courts, legislature, press, firms): none of them acts on its
// own country as a target.
var selfSectors = set("GOV", "JUD", "LEG", "JRN", "BUS", "ELI")

// dropSelf removes the targets that are the source itself under another
// mention: the source's own country named bare ("the minister said
// Indonesia should hold stocks", "Iraq said its warplanes hit a ship off
// the Iranian coast" read wrongly) where the source is that country's
// government, courts, press or firms; and one of the countries of a
// compound source again ("Egypt and the Soviet Union will sign a pact in
// Moscow"). (A lone source's very code as its target is left to the check
// on the whole event.) An army, rebels or the opposition may still act on
// their own country ("rebels attacked Kabul").
func dropSelf(tgt, source []doc.Actor) []doc.Actor {
	var out []doc.Actor
	for _, a := range tgt {
		own := false
		for _, b := range source {
			if a.Span.Overlaps(b.Span) {
				// (A reciprocal act's parties are both its source and
				// its target: "Iran and Saudi Arabia discussed".)
				own = false
				break
			}
			own = own || a.Sector == "" && a.Country != "" && a.Country == b.Country && selfSectors[b.Sector] && b.Country != ""
			own = own || len(source) > 1 && b.Sector == "" && b.Code != "" && a.Code == b.Code
		}
		if !own {
			out = append(out, a)
		}
	}
	return out
}

// dropCountries removes the actors of the source's countries.
func dropCountries(as, source []doc.Actor) []doc.Actor {
	var out []doc.Actor
	for _, a := range as {
		own := false
		for _, b := range source {
			own = own || (a.Country != "" && a.Country == b.Country)
		}
		if !own {
			out = append(out, a)
		}
	}
	return out
}

func containsStr(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// verbal reports the roots of verbal cooperation and conflict (appeal,
// intend, consult, support; investigate, demand, disapprove, reject,
// threaten), which a group known by its sector ("a human rights group
// accused", "opposition leaders demanded") commonly makes.
func verbal(root string) bool {
	switch root {
	case "02", "03", "04", "05", "09", "10", "11", "12", "13":
		return true
	}
	return false
}

// anyCivil reports whether one of as has a sector that is not an armed
// force or police ("peacekeeping troops arrived" is no visit).
// onlyCrowd reports whether every actor of as is a civilian crowd:
// civilians, students or workers.
func onlyCrowd(as []doc.Actor) bool {
	for _, a := range as {
		if settler(a) {
			return false
		}
		switch a.Sector {
		case "CVL", "EDU", "LAB":
		default:
			return false
		}
	}
	return true
}

// onlyForces reports whether every actor of as is an army or a police
// force, or with irregular also rebels, a spy service or a criminal gang.
func onlyForces(as []doc.Actor, irregular bool) bool {
	for _, a := range as {
		switch a.Sector {
		case "MIL", "COP":
		case "REB", "SPY", "CRM":
			if !irregular {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// splitCrowd parts as into its crowd actors (civilians, students,
// workers) and the others.
func splitCrowd(as []doc.Actor) (crowd, others []doc.Actor) {
	for _, a := range as {
		if onlyCrowd([]doc.Actor{a}) {
			crowd = append(crowd, a)
		} else {
			others = append(others, a)
		}
	}
	return crowd, others
}

// onlyBusiness reports whether every actor of as is a business.
func onlyBusiness(as []doc.Actor) bool {
	for _, a := range as {
		if a.Sector != "BUS" {
			return false
		}
	}
	return len(as) > 0
}

// companies reports whether every actor of as is a firm: a business that
// is no international organisation (the IMF's code has BUS in it too).
func companies(as []doc.Actor) bool {
	for _, a := range as {
		if a.Sector != "BUS" || strings.HasPrefix(a.Code, "IGO") {
			return false
		}
	}
	return len(as) > 0
}

// hazard reports whether the subject of v, or the "by" agent of passive
// v, is a natural hazard, a disease or a market movement.
func (s *sent) hazard(v int) bool {
	args := []int{s.child(v, "nsubj"), s.passiveAgent(v)}
	if s.dep(v) == "acl" {
		// "an earthquake struck the island", read as a participle of
		// the noun.
		args = append(args, s.head(v))
	}
	for _, k := range args {
		if k < 0 {
			continue
		}
		if hazards[s.lemma(k)] {
			return true
		}
		// "hit by last year's fall in prices", parsed with "year" for
		// the agent.
		for _, m := range s.kids[k] {
			if d := s.dep(m); (d == "nmod" || d == "nmod:poss" || d == "compound" || d == "appos") && hazards[s.lemma(m)] {
				return true
			}
		}
		if h := s.head(k); h >= 0 && h != v && hazards[s.lemma(h)] && s.dep(k) == "nmod:poss" {
			return true
		}
	}
	return false
}

// withOther reports whether v, or the act it pledges or agrees to
// ("pledged to cooperate with the producers' association"), has a "with"
// partner: the conjoined subject then acts with that partner, not with
// itself, even when the partner has no code.
func (s *sent) withOther(v int) bool {
	for _, x := range append([]int{v}, s.childrenOf(v, "xcomp")...) {
		for _, k := range s.kids[x] {
			if strings.HasPrefix(s.dep(k), "obl") && s.prep(k) == "with" && s.party(k) {
				return true
			}
		}
	}
	return false
}

// party reports whether k names a party one acts with: an actor, a named
// organisation, place or person, or a body ("the producers'
// association"); not a thing ("a new pipeline deal").
func (s *sent) party(k int) bool {
	if _, ok := s.actorAt(k, nil); ok {
		return true
	}
	if ei := s.dc.entAt[s.t0+k]; ei >= 0 {
		switch s.dc.d.Entities[ei].Type {
		case "ORG", "GPE", "NORP", "PERSON":
			return true
		}
	}
	return bodies[s.lemma(k)]
}

// bodies are nouns of organised bodies one acts with.
var bodies = set("association", "organization", "organisation", "group", "union", "alliance", "cartel", "body", "bloc",
	"committee", "council", "partner", "neighbour", "neighbor", "community", "coalition", "federation", "agency")

// opinion reports whether v has a that-clause and no infinitive, and the
// clause says nothing will be done ("agreed the book may have contained
// …", "agreeing the issue should be decided by Congress"; not "agreed that
// talks would resume").
func (s *sent) opinion(v int) bool {
	if s.child(v, "xcomp") >= 0 {
		return false
	}
	c := s.child(v, "ccomp")
	if c < 0 {
		return false
	}
	for _, k := range s.childrenOf(c, "aux", "aux:pass") {
		switch s.lemma(k) {
		case "will", "would", "shall":
			return false
		}
	}
	return true
}

// dropOwnPossessive drops from tgt a possessive pronoun that stands for
// the source ("Trump defended his decision", "He defended his record"):
// "his" or "her" after a person, "its" or "their" after anyone else.
func (s *sent) dropOwnPossessive(tgt []doc.Actor, r roles, v int) []doc.Actor {
	if len(tgt) == 0 || r.srcTok < 0 || len(r.source) == 0 || s.dep(v) == "conj" {
		// (In a later conjunct a possessive may stand for the earlier
		// conjunct's object: "criticized the Commission and rejected its
		// plan"; the pronoun resolution there decides.)
		return tgt
	}
	for _, sp := range s.speakers(v) {
		if len(dropSame(sp.actors, r.source)) > 0 {
			// "Pakistan said India would attack its border posts": the
			// speaker's.
			return tgt
		}
	}
	subjPerson := false
	switch s.lemma(r.srcTok) {
	case "he", "she":
		subjPerson = true
	case "it", "they":
	default:
		if ei := s.dc.entAt[s.t0+r.srcTok]; ei >= 0 && s.dc.d.Entities[ei].Type == "PERSON" {
			subjPerson = true
		}
	}
	return slices.DeleteFunc(slices.Clone(tgt), func(a doc.Actor) bool {
		if !s.possessiveAt(a.Span) {
			return false // "accusing her of …"
		}
		switch strings.ToLower(a.Text) {
		case "his", "her":
			return subjPerson
		case "its", "their":
			return !subjPerson
		}
		return false
	})
}

// possessiveAt reports whether the token at span sp is a possessive.
func (s *sent) possessiveAt(sp doc.Span) bool {
	for i := 0; i < s.n; i++ {
		if s.tok(i).Span == sp {
			return s.dep(i) == "nmod:poss"
		}
	}
	return false
}

// tradeFigure reports whether trigger v is a noun of trade whose amount
// is given or moves: the subject or object of a level verb ("exports to
// Brazil will rise", "forecast higher exports"), or a plural "exports" or
// "imports" the parser took for a verb while a level verb after it has no
// subject ("wheat exports to Brazil will rise to 2 mln tonnes").
func (s *sent) tradeFigure(v int) bool {
	if !tradeFlows[s.lemma(v)] {
		return false
	}
	if h := s.head(v); h >= 0 && (strings.HasPrefix(s.dep(v), "nsubj") || s.dep(v) == "obj") && levelVerbs[s.lemma(h)] {
		return true
	}
	if t := strings.ToLower(s.text(v)); t != "exports" && t != "imports" {
		return false
	}
	for j := v + 1; j < len(s.lemmas); j++ {
		if levelVerbs[s.lemma(j)] && s.tok(j).POS == "VERB" && s.child(j, "nsubj", "nsubj:pass") < 0 {
			return true
		}
	}
	return false
}

// tradeFlows are the nouns of trade between countries.
var tradeFlows = set("export", "import", "trade", "sale", "shipment", "purchase")

// levelVerbs say how a figure stands or moves.
var levelVerbs = set("rise", "increase", "fall", "decline", "drop", "grow", "total", "reach", "amount", "double", "halve",
	"climb", "slip", "slump", "surge", "jump", "soar", "plunge", "ease", "stand", "remain", "exceed", "top", "forecast", "estimate", "project")

// levelReached reports whether the object of v, or an oblique with no
// preposition, is an amount: money, a share, a weight or a record.
func (s *sent) levelReached(v int) bool {
	for _, o := range s.childrenOf(v, "obj", "obl") {
		if s.dep(o) == "obl" && s.child(o, "case") >= 0 {
			continue
		}
		if levelNouns[strings.ToLower(s.lemma(o))] {
			return true
		}
	}
	return false
}

// levelNouns are amounts and marks a figure reaches.
var levelNouns = set("dlr", "dlrs", "dollar", "billion", "million", "mln", "pct", "percent", "tonne", "ton", "barrel", "yen",
	"mark", "franc", "pound", "record", "high", "low", "peak", "level")

// legislating reports whether verb v or an open complement of it has a
// bill for its object ("offer legislation", "pledged to consider a bill").
func (s *sent) legislating(v int) bool {
	vs := []int{v}
	for i := 0; i < len(vs) && i < 4; i++ {
		vs = append(vs, s.childrenOf(vs[i], "xcomp")...)
	}
	for _, u := range vs {
		for _, o := range s.childrenOf(u, "obj") {
			if bills[s.lemma(o)] {
				return true
			}
		}
	}
	return false
}

// bills are what lawmakers offer and consider.
var bills = set("legislation", "bill", "amendment")

// dealingCodes are the roots under which commerce passes for a political
// event: statements, offers and agreements, meetings, cooperation.
var dealingCodes = set("01", "03", "04", "06")

// dealsInSecurities reports whether verb v, or an open complement of it
// ("offered to acquire", "negotiating to buy"), deals in securities or
// firms: its object, what the object is counted in ("3 billion lire of
// bills"), or the noun v qualifies ("the shares he agreed to buy"), is a
// security (or, for an offer or agreement, when offering says so, a term
// of trade: "offer competitive prices"), or it acquires or underwrites
// something, or buys or sells a firm.
func (s *sent) dealsInSecurities(v int, offer bool) bool {
	if h := s.head(v); h >= 0 && strings.HasPrefix(s.dep(v), "acl") && s.security(h, offer) {
		return true
	}
	vs := []int{v}
	for i := 0; i < len(vs) && i < 4; i++ {
		vs = append(vs, s.childrenOf(vs[i], "xcomp")...)
	}
	for _, u := range vs {
		l := s.lemma(u)
		if l == "underwrite" || l == "acquire" {
			return true
		}
		for _, o := range s.childrenOf(u, "obj") {
			if s.security(o, offer) || ((l == "buy" || l == "purchase" || l == "sell") && firmNouns[s.lemma(o)]) {
				return true
			}
			for _, k := range s.childrenOf(o, "nmod") {
				if p := s.prep(k); (p == "of" || p == "in") && (s.security(k, offer) || s.lemma(k) == "bill" || s.lemma(k) == "note") {
					return true
				}
			}
		}
	}
	return false
}

// security reports whether token o names a security ("shares", "bonds",
// "treasury bills", "a tender offer"), or, with terms, a term of trade
// ("prices", "yields", "little currency risk").
func (s *sent) security(o int, terms bool) bool {
	l := s.lemma(o)
	if securities[l] || terms && tradeTerms[l] || l == "share" && s.tok(o).Tag == "NNS" {
		return true
	}
	for _, k := range s.childrenOf(o, "compound", "amod") {
		if (l == "bill" || l == "note") && s.lemma(k) == "treasury" || l == "offer" && s.lemma(k) == "tender" {
			return true
		}
	}
	return false
}

// securities are what is traded on financial markets ("share" only
// plural, not "its share of the costs"; "bill" and "note" only as
// treasury's or counted in money, see security and dealsInSecurities).
var securities = set("stock", "bond", "eurobond", "debenture", "certificate", "securities", "shareholding", "holding",
	"stake", "equity", "paper", "dividend", "coupon", "tender")

// tradeTerms are the terms of a sale, offered or agreed.
var tradeTerms = set("price", "yield", "risk", "premium", "discount")

// firmNouns name firms bought or sold.
var firmNouns = set("bank", "company", "firm", "subsidiary", "unit", "stake", "business", "brewery", "refinery", "insurer", "airline")

// officials reports whether every actor of as is a government or one of
// its officeholders.
func officials(as []doc.Actor) bool {
	for _, a := range as {
		if a.Sector != "GOV" {
			return false
		}
	}
	return len(as) > 0
}

// rally reports whether v is "rally" or holds a rally ("held a rally").
func (s *sent) rally(v int) bool {
	if s.lemma(v) == "rally" {
		return true
	}
	for _, o := range s.childrenOf(v, "obj") {
		if s.lemma(o) == "rally" {
			return true
		}
	}
	return false
}

// marketRally reports whether the rally of v is a market's: held on or
// in a market ("on Wall Street"), or rallying prices, stocks or a
// currency.
func (s *sent) marketRally(v int) bool {
	rallies := []int{v}
	for _, o := range s.childrenOf(v, "obj") {
		if s.lemma(o) == "rally" {
			rallies = append(rallies, o)
		}
	}
	for _, r := range rallies {
		for _, k := range s.childrenOf(r, "nmod", "obl") {
			if p := s.prep(k); (p == "on" || p == "in") && marketPlaces[strings.ToLower(s.lemma(k))] {
				return true
			}
		}
	}
	if s.lemma(v) == "rally" {
		for _, k := range s.childrenOf(v, "nsubj") {
			if rallyingPrices[strings.ToLower(s.lemma(k))] {
				return true
			}
		}
	}
	return false
}

// marketPlaces are where prices rally.
var marketPlaces = set("street", "market", "exchange", "bourse", "board", "nasdaq")

// rallyingPrices are what rallies on a market.
var rallyingPrices = set("stock", "share", "price", "dollar", "yen", "mark", "bond", "index", "currency", "market", "future", "equity", "sterling", "gold", "oil")

// campaignRally reports whether the object of v is an election campaign's
// rally ("held a campaign rally", "an election rally").
func (s *sent) campaignRally(v int) bool {
	for _, o := range s.childrenOf(v, "obj") {
		if s.lemma(o) != "rally" {
			continue
		}
		for _, k := range s.kids[o] {
			if (s.dep(k) == "compound" || s.dep(k) == "amod") && (s.lemma(k) == "campaign" || s.lemma(k) == "election" || s.lemma(k) == "electoral") {
				return true
			}
		}
	}
	return false
}

func anyCivil(as []doc.Actor) bool {
	for _, a := range as {
		switch a.Sector {
		case "", "MIL", "COP", "SPY", "REB", "INS", "UAF":
		default:
			return true
		}
	}
	return false
}

// threatFor returns the CAMEO threat code for carrying out code on a
// condition: reducing relations (131; sanctions 1312, halting talks 134,
// mediation 135, expelling 136), administrative sanctions (132),
// repression (137), force (138); "" for other codes.
func threatFor(code string) string {
	switch {
	case code == "163":
		return "1312"
	case code == "164":
		return "134"
	case code == "165":
		return "135"
	case code == "166":
		return "136"
	case events.Root(code) == "16":
		return "131"
	case code == "172":
		return "132"
	case code == "173" || code == "175":
		return "137"
	case events.Root(code) == "17":
		return "130"
	case events.Root(code) == "18", events.Root(code) == "19", events.Root(code) == "20":
		return "138"
	}
	return ""
}

// hedges make a statement about the future a forecast.
var hedges = set("probably", "likely", "possibly", "perhaps", "maybe", "unlikely")

// refusal reports whether v is an act refused for the future: negated
// with "will", "would" or "shall" ("will not negotiate"), a negated
// adjective of will ("is not willing to withdraw"), or the complement of
// one or of "unwilling" ("is not ready to sign", "unwilling to resume").
func (s *sent) refusal(v int) bool {
	if s.negated(v) >= 0 && intentAdjs[s.lemma(v)] {
		return true
	}
	for _, k := range s.childrenOf(v, "advmod") {
		if hedges[s.lemma(k)] {
			// "will probably not offer": a forecast, not a refusal.
			return false
		}
	}
	if s.negated(v) >= 0 {
		for _, k := range s.childrenOf(v, "aux") {
			if l := s.lemma(k); l == "will" || l == "would" || l == "shall" {
				return true
			}
		}
	}
	if h := s.head(v); h >= 0 && s.dep(v) == "xcomp" && (strings.EqualFold(s.text(h), "unwilling") || intentAdjs[s.lemma(h)] && s.negated(h) >= 0) {
		return true
	}
	return false
}

// rejectFor returns the CAMEO 12 refusal of the cooperative act code (or
// the intent to it, 03), or "": refusing to meet or negotiate is 125, to
// mediate or accept mediation 126, to sign an agreement or settle 127,
// other diplomatic cooperation 120, material cooperation 121, aid 122,
// reform 123, and yielding 124.
func rejectFor(code string) string {
	switch code {
	case "045":
		return "126"
	case "057":
		return "127"
	case "030", "032", "039":
		return "120"
	case "031":
		return "121"
	case "033":
		return "122"
	case "034":
		return "123"
	case "035":
		return "124"
	case "036":
		return "125"
	case "037":
		return "127"
	case "038":
		return "126"
	}
	switch events.Root(code) {
	case "04":
		return "125"
	case "05":
		return "120"
	case "06":
		return "121"
	case "07":
		return "122"
	case "08":
		return "124"
	}
	return ""
}

// sameCountry reports whether a and b share a country or code.
func sameCountry(a, b []doc.Actor) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Country != "" && x.Country == y.Country || x.Country == "" && x.Code != "" && x.Code == y.Code {
				return true
			}
		}
	}
	return false
}

// purpose reports whether v has a purpose clause ("sent troops to quell
// the clashes").
func (s *sent) purpose(v int) bool {
	ks := s.childrenOf(v, "advcl", "xcomp")
	for _, o := range s.childrenOf(v, "obj") {
		ks = append(ks, s.childrenOf(o, "acl")...)
	}
	for _, k := range ks {
		if mk := s.child(k, "mark"); mk >= 0 && s.lemma(mk) == "to" {
			return true
		}
	}
	return false
}

// askedFor returns the code of asking (ask, urge: 02) or telling (order,
// demand: 10) someone to do what code is: to meet (026, 106), to support
// (022, 102), to cooperate (021, 101), to aid (023, 103), to yield (025,
// 105), anything else (020, 100).
func askedFor(verb, code string) string {
	appeal := true
	switch verb {
	case "order", "demand", "tell", "instruct", "pressure":
		appeal = false
	}
	third := map[string]string{"04": "6", "05": "2", "06": "1", "07": "3", "08": "5"}[events.Root(code)]
	if third == "" {
		third = "0"
	}
	if appeal {
		return "02" + third
	}
	return "10" + third
}

// namedForces reports whether the forces noun k names their country
// itself: a country adjective, name or possessor before it ("Syrian
// troops", "Russia's forces"), not "its troops" or "1,500 soldiers".
func (s *sent) namedForces(k int) bool {
	for _, j := range s.kids[k] {
		if j > k || pronouns[s.lemma(j)] || s.tok(j).Tag == "PRP$" {
			continue
		}
		switch s.dep(j) {
		case "amod", "compound", "nmod:poss":
			if s.dc.actorAt[s.t0+j] >= 0 || s.dc.adjectives[s.lemma(j)] != "" || s.dc.placeAt[s.t0+j] >= 0 {
				return true
			}
		}
	}
	return false
}

// governingActor returns the roles of the verb that governs the event noun
// n: the subject of the verb n is the object of ("Syria announced the
// withdrawal"), or of the speech verb whose clause n is the subject of
// ("Ethiopia said the withdrawal … would begin").
func (s *sent) governingActor(n int) roles {
	h := s.head(n)
	if h < 0 || !s.verb(h) {
		return roles{srcTok: -1, planned: -1}
	}
	switch d := s.dep(n); {
	case d == "obj":
		return s.subject(h, 0)
	case strings.HasPrefix(d, "nsubj") && s.dep(h) == "ccomp":
		if g := s.head(h); g >= 0 && s.verb(g) {
			return s.subject(g, 0)
		}
	}
	return roles{srcTok: -1, planned: -1}
}

// streamVerbs are the verbs of crowds filling the streets ("poured into
// the streets"), a protest for civilians, a show of force for troops.
var streamVerbs = set("pour", "spill", "flood", "stream", "surge", "swarm", "fan")

// protectVerbs are the verbs of a purpose clause that makes forces sent
// a protection force (074): "to protect civilians", "to guard convoys".
var protectVerbs = set("protect", "guard", "defend", "shield", "escort", "safeguard", "keep")

// forceSenders are the verbs that move forces somewhere.
var forceSenders = set("send", "dispatch", "deploy", "rush", "move", "airlift", "redeploy", "despatch")

// sendsForces reports whether the object of v is troops or police.
func (s *sent) sendsForces(v int) bool {
	o := s.child(v, "obj")
	return o >= 0 && armed(s.actorsOf(o, nil))
}

// protectPurpose returns the purpose clause ("to protect civilians", "to
// keep the peace") under v that makes the forces v sends a protection
// force, or -1.
func (s *sent) protectPurpose(v int) int {
	ks := s.childrenOf(v, "advcl", "xcomp")
	for _, o := range s.childrenOf(v, "obj") {
		ks = append(ks, s.childrenOf(o, "acl")...)
	}
	for _, k := range ks {
		mk := s.child(k, "mark")
		if mk < 0 || s.lemma(mk) != "to" || !protectVerbs[s.lemma(k)] {
			continue
		}
		if s.lemma(k) == "keep" {
			if o := s.child(k, "obj"); o < 0 || s.lemma(o) != "peace" {
				continue
			}
		}
		return k
	}
	return -1
}

// peacekeeping reports whether the phrase headed by k names peacekeepers
// ("UN peacekeepers", "the first contingent of peacekeeping troops").
func (s *sent) peacekeeping(k int) bool {
	for j := 0; j < s.n; j++ {
		if w := s.lemma(j); s.dominates(k, j) && (strings.HasPrefix(w, "peacekeep") || strings.HasPrefix(w, "peace-keep")) {
			return true
		}
	}
	return false
}

// phraseHas reports whether the phrase headed by k holds one of the lemmas.
func (s *sent) phraseHas(k int, lemmas ...string) bool {
	for j := 0; j < s.n; j++ {
		if s.dominates(k, j) && slices.Contains(lemmas, s.lemma(j)) {
			return true
		}
	}
	return false
}

// armed reports whether every one of as is an armed force or police.
func armed(as []doc.Actor) bool {
	for _, a := range as {
		if a.Sector != "MIL" && a.Sector != "COP" {
			return false
		}
	}
	return len(as) > 0
}

// civilian reports whether as are all civilians or opposition supporters
// (a crowd: "protesters", "rioters", "students").
func civilian(as []doc.Actor) bool {
	for _, a := range as {
		if a.Sector != "CVL" && a.Sector != "OPP" && a.Sector != "EDU" && a.Sector != "LAB" {
			return false
		}
	}
	return len(as) > 0
}

// anySector reports whether one of as has a sector (a generic group the
// actor stage recognised: "students", "police").
func anySector(as []doc.Actor) bool {
	for _, a := range as {
		if a.Sector != "" {
			return true
		}
	}
	return false
}

// anyState reports whether one of as is an officeholder or state body of
// a country the sentence does not name ("President Askar Akayev",
// "foreign ministers").
func anyState(as []doc.Actor) bool {
	for _, a := range as {
		switch a.Sector {
		case "GOV", "LEG", "JUD":
			return true
		}
	}
	return false
}

func anyCoded(as []doc.Actor) bool {
	for _, a := range as {
		if coded(a) {
			return true
		}
	}
	return false
}

// confirmsOwnMove reports whether noun v, the object of verb h, is a move
// of forces h's subject confirms as its own: "Greece confirmed the
// deployment of two frigates to Cyprus" (not "confirmed an FBI probe", and
// not a move whose "of" phrase names another's forces).
func (s *sent) confirmsOwnMove(h, v int, code string) bool {
	if s.lemma(h) != "confirm" || code == "072" || !movesForces(code) {
		return false
	}
	// Another's forces are named by a modifier of the noun or of its
	// "of" phrase ("of North Korean troops"); "its troops" are the
	// confirmer's own.
	named := func(n int) bool {
		for _, k := range s.childrenOf(n, "nmod:poss", "amod", "compound") {
			if s.tok(k).POS != "PRON" && len(s.actorsDeep(k, nil, 0)) > 0 {
				return true
			}
		}
		return false
	}
	if named(v) {
		return false
	}
	for _, k := range s.childrenOf(v, "nmod") {
		if s.prep(k) == "of" && (named(k) || s.tok(k).POS == "PROPN") {
			return false
		}
	}
	return true
}

// movesForces reports codes whose passive, agentless form ("troops were
// deployed") takes the forces' own country as the source.
func movesForces(code string) bool {
	switch code {
	case "072", "154", "087", "150", "151", "152", "153":
		return true
	}
	return false
}

// forcesOwner returns the country of the forces that are the passive
// subject of v: the actor they are, or, for "1,500 of them", the source of
// the event that sent the troops they stand for.
func (s *sent) forcesOwner(v int) ([]doc.Actor, int) {
	for _, k := range s.childrenOf(v, "nsubj:pass") {
		a := k
		if pronouns[s.lemma(k)] || s.tok(k).POS == "NUM" {
			a = s.antecedentNoun(k)
		} else if as := s.actorsOf(k, nil); anyCoded(as) || len(as) == 1 && irregular(as[0]) {
			// Police or troops of no country ("police in the state of
			// Kerala were put on alert") take the place's below.
			return as, k
		}
		if a < 0 {
			continue
		}
		if as := s.actorsOf(a, nil); anyCoded(as) {
			return as, k
		}
		if h := s.head(a); h >= 0 && s.dep(a) == "obj" && s.tok(h).POS == "VERB" {
			if r := s.subject(h, 0); anyCoded(r.source) {
				return r.source, k
			}
		}
	}
	return nil, -1
}

// purposeTarget returns the target named in a purpose clause under v: "to
// counter Ukrainian advances".
func (s *sent) purposeTarget(v int, source []doc.Actor) ([]doc.Actor, int) {
	var walk func(x, depth int) ([]doc.Actor, int)
	walk = func(x, depth int) ([]doc.Actor, int) {
		for _, k := range s.kids[x] {
			d := s.dep(k)
			if (d == "acl" || d == "advcl" || d == "xcomp") && purposeVerbs[s.lemma(k)] {
				if o := s.child(k, "obj"); o >= 0 {
					if as := dropSame(s.actorsOf(o, source), source); len(as) > 0 {
						return as, o
					}
				}
			}
			if depth < 3 && !clausal(d) {
				if as, o := walk(k, depth+1); len(as) > 0 {
					return as, o
				}
			}
		}
		return nil, -1
	}
	return walk(v, 0)
}

var purposeVerbs = set("counter", "fight", "attack", "repel", "stop", "defeat", "confront", "push", "reinforce", "support", "help", "assist", "protect", "defend")

// toPlace reports whether v has a "to" argument the geoparser resolved as
// a place.
func (s *sent) toPlace(v int) bool {
	for _, k := range s.kids[v] {
		if strings.HasPrefix(s.dep(k), "obl") && s.prep(k) == "to" {
			for i := 0; i < s.n; i++ {
				if s.dc.placeAt[s.t0+i] >= 0 && (i == k || s.head(i) == k) {
					return true
				}
			}
		}
	}
	return false
}

// stateSource reports whether the source r is a state: a country named
// as such ("Venezuela", not "Venezuelans") or its government.
func (s *sent) stateSource(r roles) bool {
	if len(r.source) == 0 || r.srcTok < 0 {
		return false
	}
	for _, a := range r.source {
		switch {
		case a.Country == "":
			return false
		case a.Sector == "GOV":
		case a.Sector == "" && s.tok(r.srcTok).Tag == "NNP":
		default:
			return false
		}
	}
	return true
}

// actCountry is clauseCountry of v, else of its purpose ("fired tear gas
// to disperse protesters in Santiago"), else, for a purpose, of the act it
// is the purpose of ("blocked the road into Goma to protest the killings").
func (s *sent) actCountry(v int) string {
	if c := s.clauseCountry(v); c != "" {
		return c
	}
	for _, k := range s.childrenOf(v, "advcl", "xcomp") {
		if s.toPurpose(k) {
			if c := s.clauseCountry(k); c != "" {
				return c
			}
		}
	}
	if h := s.head(v); h >= 0 && s.toPurpose(v) {
		return s.clauseCountry(h)
	}
	if h := s.head(v); h >= 0 && h < v && s.dep(v) == "conj" && s.tok(h).POS == "VERB" && s.child(v, "nsubj", "nsubj:pass") < 0 && !s.isPassive(v) {
		// "Police raided the embassy in Quito and arrested a former
		// vice president": a conjunct with the first verb's subject
		// acts where it does.
		return s.actCountry(h)
	}
	return ""
}

// leftSubject is the subject of a finite active verb the parse left
// without one ("Liechtenstein welcomed the resumption of ties", with the
// name read as an adverb): the nearest actor before it, with no verb
// between and not inside a prepositional phrase.
func (s *sent) leftSubject(v int, r roles) roles {
	if t := s.tok(v); s.isPassive(v) || t.Tag != "VBD" && t.Tag != "VBZ" && t.Tag != "VBP" && s.child(v, "aux") < 0 {
		return r
	}
	for i := v - 1; i >= 0; i-- {
		t := s.tok(i)
		if t.POS == "VERB" || t.POS == "SCONJ" || relatives[s.lemma(i)] {
			return r
		}
		if s.dc.actorAt[s.t0+i] < 0 {
			continue
		}
		top := i
		for s.head(top) >= 0 && s.head(top) < v && !strings.HasPrefix(s.dep(top), "nmod") && !strings.HasPrefix(s.dep(top), "obl") && s.dep(top) != "nsubj" {
			top = s.head(top)
		}
		if s.prep(top) != "" || strings.HasPrefix(s.dep(top), "nmod") || strings.HasPrefix(s.dep(top), "obl") {
			continue
		}
		if as := s.actorsOf(top, nil); len(as) > 0 {
			return roles{source: as, srcTok: top, planned: -1, inherited: true}
		}
	}
	return r
}

// modifierAgent returns the coded actor among the adjectives and compounds
// before attack noun n ("Israeli" in "an Israeli air raid"), or -1.
func (s *sent) modifierAgent(n int) int {
	for _, k := range s.kids[n] {
		if d := s.dep(k); k < n && (d == "amod" || d == "compound") {
			if a, ok := s.actorAt(k, nil); ok && coded(a) {
				return k
			}
		}
	}
	return -1
}

// fromPhrase returns the "from" phrase of v or of its "under" phrase
// ("came under fire from X"), or -1.
func (s *sent) fromPhrase(v int) int {
	for _, x := range append([]int{v}, s.kids[v]...) {
		if x != v && s.prep(x) != "under" {
			continue
		}
		for _, k := range s.kids[x] {
			if d := s.dep(k); (strings.HasPrefix(d, "obl") || strings.HasPrefix(d, "nmod")) && s.prep(k) == "from" {
				return k
			}
		}
	}
	return -1
}

// betweenParties returns the actors of the "between" phrase of v, or of
// the verb v is the subject of ("fighting broke out between X and Y").
func (s *sent) betweenParties(v int) []doc.Actor {
	for _, x := range []int{v, s.head(v)} {
		if x < 0 || x != v && !strings.HasPrefix(s.dep(v), "nsubj") {
			continue
		}
		for _, k := range s.kids[x] {
			if d := s.dep(k); (strings.HasPrefix(d, "nmod") || strings.HasPrefix(d, "obl")) && s.prep(k) == "between" {
				return s.actorsOf(k, nil)
			}
		}
	}
	return nil
}

// stateOf returns the country of a source that is one state, or its
// government, army, police, courts or legislature; "" otherwise.
func stateOf(source []doc.Actor) string {
	pc := ""
	for _, a := range source {
		if a.Country == "" || a.Sector != "" && !stateSectors[a.Sector] || pc != "" && a.Country != pc {
			return ""
		}
		pc = a.Country
	}
	return pc
}

// settler reports whether a is a group of settlers: civilians, but
// neither a crowd whose violence is a riot nor people of the place where
// they act ("settlers attacked a village near Nablus").
func settler(a doc.Actor) bool {
	return a.Sector == "CVL" && strings.Contains(strings.ToLower(a.Text), "settler")
}

// genericGroup reports whether a is an armed group named by its sector
// alone ("gunmen", "militants"), not by a name of its own.
func genericGroup(a doc.Actor) bool {
	return a.Name == "" && a.Code == "---"+a.Sector
}

// civilGroups are sectors of groups that act where they live: crowds,
// the opposition, students, workers, farmers.
var civilGroups = set("CVL", "OPP", "EDU", "LAB", "AGR")

// homeGroups reports whether every actor of as is a civilian group with no
// country (see civilGroups).
func homeGroups(as []doc.Actor) bool {
	for _, a := range as {
		if a.Country != "" || !civilGroups[a.Sector] || settler(a) {
			return false
		}
	}
	return len(as) > 0
}

// thingObject reports whether verb trigger v of match m is a criticism, a
// rejection of a proposal or a claim, or a ban whose object is a common
// noun that names no actor ("condemned the attack", "rejected the talks",
// "banned pride marches"): an event with a thing, not a party, for its
// object. A stance ("opposes abortion"), a price charged and an
// infinitive ("wanted to ban") are not.
func (s *sent) thingObject(v int, m match) bool {
	if m.cand.Noun || s.isPassive(v) || s.dep(v) == "xcomp" || s.child(v, "mark") >= 0 {
		return false
	}
	o := s.child(v, "obj")
	if o < 0 {
		// "Iran condemned and rejected the resolution".
		o = s.sharedObject(v)
	}
	if o < 0 || s.tok(o).POS != "NOUN" || s.dc.placeAt[s.t0+o] >= 0 || len(s.actorsDeep(o, nil, 0)) > 0 {
		return false
	}
	switch {
	case m.p.Code == "110" || m.p.Code == "111" || strings.HasPrefix(m.p.Code, "172"):
		return true
	case events.Root(m.p.Code) == "12":
		return rejectVerbs[s.lemma(v)] && (abstractNouns[s.lemma(o)] || rejectedThings[s.lemma(o)])
	}
	return false
}

// rejectVerbs reject a proposal or a claim (not "oppose", a stance).
var rejectVerbs = set("reject", "rebuff", "dismiss", "refuse", "spurn", "turn_down")

// rejectedThings are what, besides abstractNouns, is rejected as
// someone's proposal or claim.
var rejectedThings = set("talks", "talk", "result", "outcome", "change", "claim", "charge", "accusation", "allegation",
	"report", "demarcation", "verdict", "ruling", "election", "vote", "budget", "reform", "compromise", "settlement", "truce", "ceasefire")

// namedSource returns the person or organisation entity that heads
// subject token k, or -1.
func (s *sent) namedSource(k int) int {
	if k < 0 || s.tok(k).POS != "PROPN" {
		return -1
	}
	ei := s.dc.entAt[s.t0+k]
	if ei < 0 {
		return -1
	}
	if t := s.dc.d.Entities[ei].Type; t != "PERSON" && t != "ORG" {
		return -1
	}
	return ei
}

// stateSector returns the sector of the state agent that does an act of
// code (trigger lemma) when no agent is named — police arrest, courts
// sentence and charge, a government expels, deports and bans — or "" for
// acts that are not a state's alone.
func stateSector(code, lemma string) string {
	switch {
	case code == "116", strings.HasPrefix(code, "112") && (lemma == "charge" || lemma == "indict"), strings.HasPrefix(code, "09"):
		return "JUD"
	case strings.HasPrefix(code, "173"):
		if lemma == "jail" || lemma == "imprison" {
			return "JUD"
		}
		return "COP"
	case strings.HasPrefix(code, "172"), strings.HasPrefix(code, "174"), strings.HasPrefix(code, "166"), code == "201":
		return "GOV"
	}
	return ""
}

// stateSectorOf is stateSector for passive verb v; an accusation of a
// crime told with an arrest ("was arrested in Iran and accused of
// espionage") is the same state's, its government's.
func (s *sent) stateSectorOf(v int, code string) string {
	if sec := stateSector(code, s.lemma(v)); sec != "" {
		return sec
	}
	if h := s.head(v); strings.HasPrefix(code, "112") && s.lemma(v) == "accuse" && s.sharedPassive(v) && h >= 0 && strings.HasPrefix(arrestCode(s.lemma(h)), "17") {
		return "GOV"
	}
	return ""
}

// arrestCode returns the code of the arrest verbs a passive accusation is
// conjoined to, "" for other verbs.
func arrestCode(lemma string) string {
	switch lemma {
	case "arrest", "detain", "jail", "imprison", "hold", "seize", "capture", "abduct":
		return "173"
	}
	return ""
}

// stateCountry returns the country where passive state act v happened:
// the place nearest it in its clause that is not where someone is sent
// ("deported to Afghanistan"), else that of the act it is conjoined to
// ("was detained in Iran and charged"); "" when the sentence does not say.
// Palestinian places are left out: who acts there is not their state.
func (s *sent) stateCountry(v int) string {
	d := s.dc.d
	if h := s.head(v); s.sharedPassive(v) && h >= 0 {
		return s.stateCountry(h)
	}
	if !s.pastPassive(v) {
		// "The group is banned in Turkey": a standing state, not an
		// act; "after being detained": not told as done.
		return ""
	}
	cl := s.clause(v, nil)
	for i := range cl {
		if cl[i] && !s.locativeOf(i, v) {
			cl[i] = false
		}
	}
	if pi := s.nearest(v, cl, s.dc.placeAt, func(i int) bool { return d.Places[i].Country != "" }); pi >= 0 {
		if c := placeCountry(d, pi); c != "PSE" {
			return c
		}
		return ""
	}
	return ""
}

// partOf reports whether actor a is a place that names a part of a place
// in country c ("the Western District" of Texas).
func (s *sent) partOf(a doc.Actor, c string) bool {
	d := s.dc.d
	for pi, p := range d.Places {
		if p.Span.Overlaps(a.Span) {
			return placeCountry(d, pi) == c
		}
	}
	return false
}

// placeCountry is the country of place pi, or of the place whose part it
// names ("the Eastern District of Virginia" is in Virginia, not Hong
// Kong's Eastern District).
func placeCountry(d *doc.Doc, pi int) string {
	p := d.Places[pi]
	if pi+1 < len(d.Places) {
		q := d.Places[pi+1]
		if gap := d.Text[p.End:q.Start]; q.Start >= p.End && q.Country != "" && strings.TrimSpace(gap) == "of" {
			return q.Country
		}
	}
	return p.Country
}

// pastPassive reports whether passive v is told as done: its passive
// auxiliary is a past ("was", "were") or a perfect ("has been").
func (s *sent) pastPassive(v int) bool {
	k := s.child(v, "aux:pass")
	if k < 0 {
		return false
	}
	switch s.tok(k).Tag {
	case "VBD":
		return true
	case "VBN":
		return s.child(v, "aux") >= 0
	}
	return false
}

// locativeOf reports whether token i lies in a phrase that tells where v
// happened: an "in", "at", "near", "outside" or "from" phrase of v, of
// such a phrase ("in the city of X") or of the act's own complement
// ("sentenced to death in X", "placed under arrest in X", "charged with
// fraud in X"); not in its subject, where someone is sent to ("deported
// to camps in X"), or what it is about ("questioned about a scandal in X").
func (s *sent) locativeOf(i, v int) bool {
	loc := false
	for x := i; x >= 0 && x != v; x = s.head(x) {
		if d := s.dep(x); strings.HasPrefix(d, "nsubj") || d == "appos" {
			return false
		}
		switch p := s.prep(x); {
		case p == "in", p == "at", p == "near", p == "outside", p == "from", p == "inside":
			loc = true
		case p == "", p == "of":
		case loc && (p == "under" || p == "with" || p == "to" && !sends[s.lemma(v)]):
		default:
			return false
		}
	}
	return loc
}

// officerTitles name one officer of an armed force, who visits as an
// official does ("the Pakistani army chief travelled to Riyadh"), where
// forces that arrive make no visit.
var officerTitles = set("chief", "commander", "general", "admiral", "colonel", "marshal", "officer", "official", "spokesman", "spokeswoman", "spokesperson", "head")

// campaignWords mark a rally or march held to win votes.
var campaignWords = set("campaign", "election", "electoral", "pre-election", "reelection", "re-election", "victory")

// campaignEvent reports whether noun n is modified by a campaign word
// ("a campaign rally", "an election rally").
func (s *sent) campaignEvent(n int) bool {
	for _, k := range s.kids[n] {
		if d := s.dep(k); (d == "compound" || d == "amod") && campaignWords[s.lemma(k)] {
			return true
		}
	}
	return false
}

// motionVerbs are the verbs of going that make a visit (042) only
// without an object: "flew to Kabul", not "flew them to Cairo".
var motionVerbs = set("fly", "travel", "arrive", "go", "come", "head", "return")

// sends are acts whose "to" phrase is where someone is sent.
var sends = set("deport", "expel", "extradite", "transfer", "send", "return", "repatriate")

// irregular reports whether a is police, troops or an armed group known
// by its sector alone.
// stateSectors are the sectors of a state's own agents.
var stateSectors = set("MIL", "COP", "GOV", "LEG", "JUD", "SPY")

func irregular(a doc.Actor) bool {
	switch a.Sector {
	case "COP", "REB", "INS", "MIL":
		return a.Country == ""
	}
	return false
}

// crowdWords name a crowd, or count one ("thousands of people").
var crowdWords = set("people", "thousand", "hundred", "dozen", "million", "crowd", "demonstrator", "protester", "protestor", "marcher", "resident", "citizen", "inhabitant")

// crowd reports whether noun k, or what it counts ("hundreds of thousands
// of people"), or what counts it ("crowds of young men"), is a crowd.
func (s *sent) crowd(k int) bool {
	if h := s.head(k); h >= 0 && strings.HasPrefix(s.dep(k), "nmod") && s.prep(k) == "of" && crowdWords[s.lemma(h)] {
		return true
	}
	for steps := 0; k >= 0 && steps < 3; steps++ {
		if crowdWords[s.lemma(k)] {
			return true
		}
		next := -1
		for _, j := range s.kids[k] {
			if strings.HasPrefix(s.dep(j), "nmod") && s.prep(j) == "of" {
				next = j
				break
			}
		}
		k = next
	}
	return false
}

// clauseCountry returns the country of the place nearest v in its clause,
// or "".
func (s *sent) clauseCountry(v int) string {
	d := s.dc.d
	if pi := s.nearest(v, s.clause(v, nil), s.dc.placeAt, func(i int) bool { return d.Places[i].Country != "" }); pi >= 0 {
		return placeCountry(d, pi)
	}
	return ""
}

// placeTarget reports codes whose target may be the country of the place
// attacked, taken, visited, retreated from or investigated ("investigate
// abuses in Chechnya").
func placeTarget(code string) bool {
	switch events.Root(code) {
	case "09", "17", "18", "19", "20":
		return true
	}
	return code == "042" || code == "087" || code == "0874"
}

// placePrep returns the preposition beside object, "in", "on" … that
// names the place of an event of code: "to" for a visit ("flew to
// Kabul"), "from" for a retreat ("withdrew from Kuwait City").
func placePrep(code string) string {
	switch code {
	case "042":
		return "to"
	case "087", "0874":
		return "from"
	}
	return ""
}

// placeCountry returns, as a target, the country of a place that is the
// object (or the "on", "against", "in" argument, or the also argument:
// see placePrep) of v, when it is not the source's own; home tells that a
// place of the source's own country was there.
func (s *sent) placeCountry(v int, source []doc.Actor, also string) ([]doc.Actor, int, bool) {
	d := s.dc.d
	home := false
	var cands []int
	for _, k := range s.kids[v] {
		dep, p := s.dep(k), s.prep(k)
		// A visit also goes "to" a place ("flew to Kabul"), a retreat
		// "from" one (see placePrep).
		if !(dep == "obj" || dep == "nsubj:pass" || strings.HasPrefix(dep, "obl") && (p == "on" || p == "against" || p == "in" || p == "at" || p == "near" || also != "" && p == also || also == "from" && p == "out")) {
			continue
		}
		cands = append(cands, k)
	}
	// "fired at targets in Jericho", "shelled positions near Rafah": the
	// place of the thing hit; "fired missiles at Seoul": where the thing
	// fired went; "fired shells at houses in Kharkiv": both, two levels
	// down.
	for lo, level := 0, 0; level < 2; level++ {
		hi := len(cands)
		for _, k := range cands[lo:hi:hi] {
			for _, j := range s.kids[k] {
				if p := s.prep(j); strings.HasPrefix(s.dep(j), "nmod") && (p == "in" || p == "near" || p == "of" || p == "outside" || p == "at" || p == "on" || p == "into") {
					cands = append(cands, j)
				}
			}
		}
		lo = hi
	}
	for _, k := range cands {
		pi := s.dc.placeAt[s.t0+k]
		if pi < 0 {
			continue
		}
		pl := d.Places[pi]
		pc := placeCountry(d, pi)
		if pc == "" {
			continue
		}
		own := false
		for _, a := range source {
			own = own || a.Country == pc
		}
		if own {
			home = true
			continue
		}
		return []doc.Actor{{Span: pl.Span, Text: pl.Text, Code: pc, Country: pc, Entity: -1}}, k, home
	}
	return nil, -1, home
}

// visitPlace returns, as a target, the country of the place a visit noun n
// goes "to" ("a visit to Damascus"), when it is not the source's own.
func (s *sent) visitPlace(n int, source []doc.Actor) ([]doc.Actor, int) {
	for _, k := range s.kids[n] {
		if !strings.HasPrefix(s.dep(k), "nmod") || s.prep(k) != "to" {
			continue
		}
		if as := s.foreignPlace(k, source); as != nil {
			return as, k
		}
	}
	return nil, -1
}

// foreignPlace returns, as a target, the country of the place at token k
// when it is not the source's own; nil otherwise.
func (s *sent) foreignPlace(k int, source []doc.Actor) []doc.Actor {
	d := s.dc.d
	pi := s.dc.placeAt[s.t0+k]
	if pi < 0 || d.Places[pi].Country == "" || sameCountry([]doc.Actor{{Country: d.Places[pi].Country}}, source) {
		return nil
	}
	pl := d.Places[pi]
	return []doc.Actor{{Span: pl.Span, Text: pl.Text, Code: pl.Country, Country: pl.Country, Entity: -1}}
}

// leftFrom returns, as a target, the actor or the country of the place
// that verb v leaves: its "from" or "out of" phrase ("withdraw from the
// OAU", "recall its ambassador from Tel Aviv"), when it is not the
// source's own.
func (s *sent) leftFrom(v int, source []doc.Actor) ([]doc.Actor, int) {
	for _, k := range s.kids[v] {
		if p := s.prep(k); !strings.HasPrefix(s.dep(k), "obl") || p != "from" && p != "out" {
			continue
		}
		if as := dropSame(s.actorsOf(k, source), source); anyCoded(as) && !sameCountry(as, source) {
			return as, k
		}
		if as := s.foreignPlace(k, source); as != nil {
			return as, k
		}
	}
	return nil, -1
}

// unhappened are verbs whose subject, a nominalized act, has not taken
// place: "the withdrawal of Syrian troops was demanded", "… was delayed".
var unhappened = set("demand", "seek", "want", "request", "urge", "propose", "discuss", "negotiate", "plan", "expect", "schedule",
	"delay", "postpone", "oppose", "reject", "block", "require", "debate", "consider", "call", "need", "remain", "stall", "prevent", "halt", "stop")

// leftPlace returns, as a target, the country of the place a withdrawal
// noun n leaves, or a deployment noun goes to: its phrase of one of
// preps ("from", "out of"; "to"), that of the verb it is
// the object of ("announced the withdrawal of its troops from Kherson"),
// or that of the forces it withdraws ("the withdrawal of Syrian troops
// from Lebanon", parsed with the place on the troops), when it is not the
// source's own.
func (s *sent) leftPlace(n int, source []doc.Actor, preps ...string) ([]doc.Actor, int) {
	heads := []int{n}
	if h := s.head(n); h >= 0 && s.dep(n) == "obj" {
		heads = append(heads, h)
	}
	for _, k := range s.kids[n] {
		if strings.HasPrefix(s.dep(k), "nmod") && s.prep(k) == "of" {
			heads = append(heads, k)
		}
	}
	for _, h := range heads {
		for _, k := range s.kids[h] {
			dep, p := s.dep(k), s.prep(k)
			if !(strings.HasPrefix(dep, "obl") || strings.HasPrefix(dep, "nmod") && dep != "nmod:poss") || !slices.Contains(preps, p) {
				continue
			}
			if as := s.foreignPlace(k, source); as != nil {
				return as, k
			}
		}
	}
	return nil, -1
}

// borderNeighbour returns, as a target, the country across a border
// that trigger v (a noun's governing verb too) or its object names: the
// border's "with" phrase ("its border with Ukraine") or its country
// adjective ("the Eritrean border"), when it is not the source's own.
func (s *sent) borderNeighbour(v int, source []doc.Actor) ([]doc.Actor, int) {
	var phrases []int
	add := func(h int) {
		for _, k := range s.kids[h] {
			if d := s.dep(k); (strings.HasPrefix(d, "obl") || strings.HasPrefix(d, "nmod")) && d != "nmod:poss" && s.prep(k) != "" {
				phrases = append(phrases, k)
			}
		}
	}
	heads := []int{v}
	if h := s.head(v); h >= 0 && s.dep(v) == "obj" {
		heads = append(heads, h)
	}
	for _, h := range heads {
		add(h)
		for _, o := range s.childrenOf(h, "obj") {
			add(o) // "massed troops on its border with X"
		}
	}
	for _, b := range phrases {
		if !borderWords[s.lemma(b)] {
			continue
		}
		for _, k := range s.kids[b] {
			var as []doc.Actor
			switch d := s.dep(k); {
			case strings.HasPrefix(d, "nmod") && s.prep(k) == "with":
				as = s.actorsOf(k, source)
			case (d == "amod" || d == "compound") && k < b:
				if a, ok := s.actorAt(k, source); ok && a.Sector == "" {
					as = []doc.Actor{a}
				}
			}
			as = slices.DeleteFunc(dropSame(as, source), func(a doc.Actor) bool {
				return a.Sector == "" && sameCountry([]doc.Actor{a}, source)
			})
			if anyCoded(as) {
				return as, k
			}
		}
	}
	return nil, -1
}

// byAgent returns the "by" phrase of noun n, or -1.
func (s *sent) byAgent(n int) int {
	for _, k := range s.kids[n] {
		if strings.HasPrefix(s.dep(k), "nmod") && s.prep(k) == "by" {
			return k
		}
	}
	return -1
}

// nounTarget returns the target of an event noun: its "against", "on",
// "to", "with", "between" (and, when the source is elsewhere, "of")
// phrase.
func (s *sent) nounTarget(n int, source []doc.Actor) ([]doc.Actor, int) {
	for _, k := range s.kids[n] {
		d := s.dep(k)
		if !strings.HasPrefix(d, "nmod") && !strings.HasPrefix(d, "obl") || d == "nmod:poss" {
			continue
		}
		p := s.prep(k)
		if p == "by" || !targetPreps[p] {
			continue
		}
		if as := dropSame(s.actorsOf(k, source), source); len(as) > 0 {
			return as, k
		}
	}
	// "the visit by the president to Pakistan", with "to Pakistan" read
	// as the agent's modifier.
	if a := s.byAgent(n); a >= 0 {
		for _, k := range s.agentPhrases(a) {
			if as := dropSame(s.actorsOf(k, source), source); len(as) > 0 {
				return as, k
			}
		}
	}
	// "its demand that Israel ease the restrictions": the subject of the
	// "that" clause the noun introduces (parsed also as a relative clause
	// with "that" its object).
	for _, k := range s.kids[n] {
		if d := s.dep(k); k < n || d != "acl" && d != "acl:relcl" && d != "ccomp" {
			continue
		}
		that := false
		for _, j := range s.kids[k] {
			if d := s.dep(j); s.lemma(j) == "that" && j > n && (d == "mark" || d == "obj") {
				that = true
			}
		}
		if !that {
			continue
		}
		if sj := s.child(k, "nsubj"); sj >= 0 {
			if as := dropSame(s.actorsOf(sj, source), source); len(as) > 0 {
				return as, sj
			}
		}
	}
	return nil, -1
}

// modality returns the status that the words around verb v give its event,
// and the cue token: "if" makes it conditional, "will" planned, "could"
// hypothetical, "plans to" planned.
func (s *sent) modality(v int) (string, int) {
	for _, k := range s.kids[v] {
		switch d, l := s.dep(k), s.lemma(k); {
		case d == "mark" && (l == "if" || l == "unless"):
			return "conditional", k
		case (d == "advcl" || strings.HasPrefix(d, "obl")) && s.child(k, "mark") >= 0 && (s.lemma(s.child(k, "mark")) == "if" || s.lemma(s.child(k, "mark")) == "unless"):
			// An oblique too: "if the talks stall", with "stall" read
			// as a noun.
			return "conditional", s.child(k, "mark")
		case d == "mark" && l == "against" && s.tok(v).Tag == "VBG":
			// "warned the United States against attacking Iran": an
			// act warned against, not done.
			return "hypothetical", k
		}
	}
	for _, x := range s.childrenOf(v, "xcomp") {
		// "threatened to close the bases if Washington did not …", the
		// condition hung on the open complement: the threat's.
		for _, k := range s.childrenOf(x, "advcl") {
			if mk := s.child(k, "mark"); mk >= 0 && (s.lemma(mk) == "if" || s.lemma(mk) == "unless") {
				return "conditional", mk
			}
		}
	}
	if h := s.head(v); h >= 0 && s.dep(v) == "ccomp" && speechVerbs[s.lemma(h)] && v < h {
		// "X may halt its mediation if the fighting continues, its
		// envoy said", the condition hung on the saying: written
		// before the speaker, it is the reported act's.
		for _, k := range s.childrenOf(h, "advcl") {
			if mk := s.child(k, "mark"); mk >= 0 && v < k && k < h && (s.lemma(mk) == "if" || s.lemma(mk) == "unless") {
				return "conditional", mk
			}
		}
	}
	if h := s.head(v); h >= 0 && (s.dep(v) == "ccomp" || s.dep(v) == "csubj") && needful[s.lemma(h)] {
		// "It is extremely important that the U.S. reduce its
		// restrictions": what is held needful has not happened.
		return "hypothetical", h
	}
	if c, mk := s.child(v, "cop"), s.child(v, "mark"); c >= 0 && mk >= 0 && s.lemma(c) == "be" && s.lemma(mk) == "to" && s.tok(v).POS == "VERB" {
		// "The president is to visit Russia".
		return "planned", c
	}
	auxOf := v
	for x := v; s.dep(x) == "conj" && s.head(x) >= 0 && s.child(x, "nsubj") < 0 && s.child(x, "nsubj:pass") < 0 && s.child(x, "aux") < 0 &&
		s.tok(x).Tag == "VB" && s.tok(s.head(x)).POS == "VERB"; {
		// "It may buy the wheat and ship it by September": a bare
		// verb that shares its subject with the first shares its
		// modal ("would have faced … but resigned" does not).
		x = s.head(x)
		auxOf = x
	}
	for x := auxOf; s.dep(x) == "xcomp" && s.head(x) >= 0 && aspectVerbs[s.lemma(s.head(x))]; {
		// "would continue to support", "will begin to withdraw": the
		// modal of the phase verb is the act's.
		x = s.head(x)
		auxOf = x
	}
	if sj := s.child(v, "nsubj"); sj >= 0 {
		for _, k := range s.childrenOf(v, "aux") {
			if k > sj {
				continue
			}
			// The modal before the subject: "Should Iran attack,
			// …" is a condition; "Will Iran attack Israel?" a
			// question, no act.
			l := s.lemma(k)
			if (l == "should" || l == "have") && (s.dep(v) == "advcl" || k == 0) && s.lemma(s.n-1) != "?" {
				return "conditional", k
			}
			if s.lemma(s.n-1) == "?" && modals[l] {
				return "hypothetical", k
			}
		}
	}
	for _, k := range s.kids[auxOf] {
		if s.dep(k) != "aux" {
			continue
		}
		switch s.lemma(k) {
		case "would":
			h := s.head(v)
			if h >= 0 && s.dep(v) == "advcl:relcl" {
				// ", which would …" hung on the verb: its
				// antecedent is the verb's object.
				h = s.child(h, "obj")
			}
			if h >= 0 && strings.HasSuffix(s.dep(v), "relcl") && proposals[s.lemma(h)] {
				// "recommendations that would loosen the
				// restrictions": what a proposal would do if
				// adopted, no one's plan.
				return "hypothetical", k
			}
			return "planned", k
		case "will", "shall":
			return "planned", k
		case "could", "might", "may", "must", "should", "can":
			// ("They can offer the government much": an ability, not
			// an act.)
			return "hypothetical", k
		}
	}
	if h, mk := s.head(v), s.child(v, "mark"); h >= 0 && s.dep(v) == "advcl" && mk >= 0 && s.lemma(mk) == "to" {
		// "will send a team to investigate": a purpose of a planned
		// act is planned.
		for _, k := range s.childrenOf(h, "aux") {
			if l := s.lemma(k); l == "will" || l == "shall" || l == "would" {
				return "planned", k
			}
		}
	}
	for x, steps := v, 0; steps < 3; steps++ {
		h := s.head(x)
		if h < 0 {
			break
		}
		if d := s.dep(x); (d == "xcomp" || d == "acl" || (d == "ccomp" || d == "obj") && s.tok(x).Tag == "VBG" && s.lemma(h) == "consider") && planVerbs[s.lemma(h)] {
			return "planned", h
		}
		if s.dep(x) == "xcomp" && unsure[s.lemma(h)] {
			// "Indonesia is unlikely to import copra", "likes dropping
			// bombs", "would prefer to agree": a guess, a taste or a wish
			// is not an act that happened.
			return "hypothetical", h
		}
		if o := s.child(h, "obj"); s.dep(x) == "xcomp" && o >= 0 && o < x && (s.lemma(o) == "plan" || s.lemma(o) == "intention") {
			// "announced plans to withdraw", the infinitive read as
			// the verb's.
			return "planned", o
		}
		if s.dep(x) != "conj" {
			break
		}
		x = h
	}
	return "", -1
}

// nearest returns the index of the layer element covering a token of the
// clause nearest to v that keep accepts, or -1.
func (s *sent) nearest(v int, clause []bool, at []int, keep func(int) bool) int {
	best, bestDist := -1, 1<<30
	for i := 0; i < s.n; i++ {
		if !clause[i] {
			continue
		}
		k := at[s.t0+i]
		if k < 0 || !keep(k) {
			continue
		}
		dist := i - v
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	return best
}

// merge folds repeated tellings of one event into its first telling: a
// headline event into the body event with the same source country (and
// target, when the headline names one), and a body event told again with the
// same code root, countries, status and date into the earlier one. The
// folded tellings become Mentions.
func merge(d *doc.Doc, dc *docCtx, evs []doc.Event) []doc.Event {
	drop := make([]bool, len(evs))
	for i := range evs {
		h := &evs[i]
		if !dc.headline[h.Sentence] {
			continue
		}
		for j := range evs {
			b := &evs[j]
			if dc.headline[b.Sentence] || drop[j] {
				continue
			}
			if overlap(h.Source, b.Source) && (countries(onlyCoded(h.Target)) == "" || overlap(h.Target, b.Target)) {
				b.Mentions = append(b.Mentions, h.Trigger)
				drop[i] = true
				break
			}
		}
	}
	for i := range evs {
		if drop[i] {
			continue
		}
		for j := 0; j < i; j++ {
			a, b := &evs[j], &evs[i]
			if drop[j] || events.Root(a.CAMEO) != events.Root(b.CAMEO) || a.Status != b.Status || a.Date != b.Date ||
				countries(a.Source) != countries(b.Source) || countries(a.Target) != countries(b.Target) || a.Sentence == b.Sentence {
				continue
			}
			a.Mentions = append(a.Mentions, b.Trigger)
			drop[i] = true
			break
		}
	}
	// "the transfer of North Korean troops to Russian territory", undated
	// and unattributed, is a mention of the transfer another sentence tells
	// with a verb.
	for i := range evs {
		n := &evs[i]
		if drop[i] || !dc.nominal[n.Trigger.Start] {
			continue
		}
		best := -1
		for j := range evs {
			b := &evs[j]
			if j == i || drop[j] || dc.nominal[b.Trigger.Start] || dc.headline[b.Sentence] || events.Root(b.CAMEO) != events.Root(n.CAMEO) ||
				!overlap(n.Source, b.Source) || !overlap(n.Target, b.Target) {
				continue
			}
			// The same word told as a verb is the best match.
			if best < 0 || dc.lemma[b.Trigger.Start] == dc.lemma[n.Trigger.Start] && dc.lemma[evs[best].Trigger.Start] != dc.lemma[n.Trigger.Start] {
				best = j
			}
		}
		if best >= 0 {
			evs[best].Mentions = append(evs[best].Mentions, n.Trigger)
			drop[i] = true
		}
	}
	out := evs[:0]
	for i, e := range evs {
		if !drop[i] {
			out = append(out, e)
		}
	}
	return out
}

func onlyCoded(as []doc.Actor) []doc.Actor {
	var out []doc.Actor
	for _, a := range as {
		if a.Country != "" {
			out = append(out, a)
		}
	}
	return out
}

// unnamedOnly reports whether every actor in as is one of no country or
// organization ("---GOV": "ministers", "officials").
func unnamedOnly(as []doc.Actor) bool {
	for _, a := range as {
		if !strings.HasPrefix(a.Code, "---") {
			return false
		}
	}
	return true
}

// overlap reports whether two actor lists share a country.
func overlap(a, b []doc.Actor) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Country != "" && x.Country == y.Country {
				return true
			}
		}
	}
	return false
}

// intentCues are the words that make a planned act the actor's own stated
// intention: the future auxiliaries ("is to visit" too) and the verbs of
// wanting and planning
// ("is expected to", "is scheduled to" are others' words, not intent).
var intentCues = set("will", "would", "shall", "be", "plan", "intend", "want", "hope", "seek", "aim", "if", "unless")

// intended reports whether event e, coded by match m with status cue cue,
// is a cooperative act (CAMEO 04-08) that its source says it will do (or
// offers on a condition): unattributed or told by someone of the source's
// own country.
func intended(s *sent, e doc.Event, m match, cue int, source []doc.Actor) bool {
	switch events.Root(e.CAMEO) {
	case "04", "05", "06", "07", "08":
	default:
		return false
	}
	if e.Status != "planned" && e.Status != "conditional" || m.p.Status != "" || cue < 0 || len(source) == 0 {
		return false
	}
	if !intentCues[s.lemma(cue)] {
		return false
	}
	// "Turkey threatened that it would pull out its troops": what one
	// warns or threatens one will do is no promise.
	for x, steps := m.i, 0; steps < 3 && x >= 0; steps++ {
		if l := s.lemma(x); l == "threaten" || l == "warn" || l == "caution" {
			return false
		}
		x = s.head(x)
	}
	return e.SaidBy == nil || sameCountry([]doc.Actor{*e.SaidBy}, source)
}

// locatedIn reports whether the place at byte offset start is where
// something happens: after "in", "across", … with a part of it between
// ("in northern Syria", "in the north of Mali", "in eastern Congo"). A
// country named so is the event's location though it is an actor too.
func locatedIn(text string, start int) bool {
	lo := max(start-40, 0)
	ws := strings.Fields(strings.ToLower(text[lo:start]))
	if start-40 > 0 && len(ws) > 0 {
		ws = ws[1:] // a word cut in two
	}
	k := len(ws) - 1
	if k >= 0 && placeParts[ws[k]] {
		k--
	}
	if k >= 1 && ws[k] == "of" && placeParts[ws[k-1]] {
		k -= 2
		if k >= 0 && placeParts[ws[k]] {
			k--
		}
	}
	if k >= 0 && ws[k] == "the" {
		k--
	}
	return k >= 0 && locPreps[ws[k]]
}

var (
	// placeParts are the words for a part of a place before its name or
	// before "of" and its name.
	placeParts = map[string]bool{"eastern": true, "western": true, "northern": true, "southern": true, "central": true,
		"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true, "north": true, "south": true,
		"east": true, "west": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
		"outskirts": true, "suburbs": true, "streets": true, "heart": true, "centre": true, "center": true, "parts": true}
	// locPreps place an event where the place is.
	locPreps = map[string]bool{"in": true, "across": true, "throughout": true, "through": true, "inside": true, "within": true}
)

// sameCodes reports whether every actor of as has the code of one of bs
// ("prompting the UN to suspend its aid": "its" is the UN itself).
func sameCodes(as, bs []doc.Actor) bool {
	for _, a := range as {
		if !slices.ContainsFunc(bs, func(b doc.Actor) bool { return b.Code == a.Code }) {
			return false
		}
	}
	return len(as) > 0
}

// phoneCall reports whether "call" at v is a telephone call: its object
// names an actor ("The Kenyan president called Uganda on Monday"), with no
// particle and no predicate after it ("called it unjust", "called the
// move a mistake", "called Nevada for Biden", "called off the search").
func (s *sent) phoneCall(v int) bool {
	o := s.child(v, "obj")
	if x := s.child(v, "xcomp"); x >= 0 && !s.toInfinitive(x) {
		// ("called X to discuss trade" is a call for a purpose.)
		return false
	}
	if o < 0 || s.child(v, "compound:prt", "ccomp") >= 0 || pronouns[s.lemma(o)] && s.lemma(o) != "he" && s.lemma(o) != "she" {
		return false
	}
	for j := v + 1; j < o; j++ {
		if s.tok(j).POS == "ADP" {
			// "called for the decision to be overturned", with the
			// phrase read as the object.
			return false
		}
	}
	for _, k := range s.kids[v] {
		if d := s.dep(k); k > o && (d == "obj" || d == "iobj" || d == "nmod:unmarked" || d == "obl:unmarked" && s.tok(k).POS != "NOUN" || s.prep(k) == "for") {
			return false
		}
	}
	if s.child(o, "appos", "nmod:unmarked", "acl") >= 0 || len(s.actorsOf(o, nil)) == 0 {
		return false
	}
	end := o
	for j := o + 1; j < s.n && s.dominates(o, j); j++ {
		end = j
	}
	if j := end + 1; j < s.n {
		switch t := s.tok(j); {
		case t.POS == "DET" || t.POS == "ADJ" || t.POS == "PUNCT" && (t.Tag == "``" || t.Tag == "''" || strings.ContainsAny(s.text(j), "\"“”'‘’")):
			// "called Conway "an incomparable mathematician"".
			return false
		}
	}
	return true
}

// eachOther reports whether v's object is "each other" or "one another":
// "Armenia and Azerbaijan accused each other" is aimed at both.
func (s *sent) eachOther(v int) bool {
	for j := v + 1; j+1 < s.n && j < v+3; j++ {
		if a, b := s.lemma(j), s.lemma(j+1); (a == "each" && b == "other" || a == "one" && b == "another") && (s.head(j+1) == v || s.head(j) == v) {
			return true
		}
	}
	return false
}
