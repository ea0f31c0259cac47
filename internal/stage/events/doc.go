// Package events is the event coder, the events/v1 pipeline stage: from each
// sentence's dependency tree, with the actors, entities, time expressions,
// quantities and places the earlier stages found, it codes the events an
// analyst would write down — who did what to whom (CAMEO code, PLOVER type
// and mode, QuadClass, Goldstein value), when, where, how many, with what
// epistemic status, and who says so.
//
// # How a sentence is coded
//
// Every verb, and every noun the lexicon (internal/events) knows, is a
// candidate trigger; the lexicon matches it with its particle, object,
// prepositional arguments, complements and negation and returns the most
// specific pattern. Roles come from the tree, not from word distance:
//
//   - source: the subject; the "by" agent of a passive; the antecedent of a
//     relative pronoun; the controller of an open complement ("plans to
//     send"), or the raised subject of a passive ("Turkey is expected to
//     sign"); the subject of the act whose purpose an infinitive on its
//     object tells ("occupied the embassy to protest"); the country of
//     forces moved in an agentless passive ("1,500 of
//     them were transferred"); the speaker of "X said that Y must …", a
//     demand on Y (and of "X said Y should …", an appeal; "X decided,
//     reaffirmed, maintained that Y must …" and "Y must …, X said" too),
//     and the sender of a message that says so ("X issued a warning to Y
//     that it must …", who is also the speaker of anything else the
//     message says); the taker of steps or the announcer of plans for the
//     infinitive they take ("took steps to expand freedoms"); for a
//     noun trigger the subject of its light verb ("carried out
//     an attack"), its possessor or "by" phrase ("Russia's attack"), the
//     parties "between" whom talks or cooperation go on ("talks between
//     Greece and Turkey resumed", both source and target), or the
//     owner of what moves in a nominalization ("the transfer of North Korean
//     troops to Russia"), or the country or organisation that modifies an
//     attack noun ("an Israeli air raid on Gaza"), also when the attack is
//     the subject of a killing; the speaker for a predicate noun under a reporting
//     verb ("Kim recalled that the supply … is a violation of sanctions
//     against Pyongyang" is Kim's accusation);
//   - target: the object, indirect object or passive subject, else an
//     "against", "on", "to", "with", "at", "between" … phrase; the subject
//     of the clause above a passive adjunct of force or coercion ("an
//     activist died after being beaten by police"); the object of
//     a control verb ("asked him to request the withdrawal"); the target of
//     an open complement ("threatened to attack Ukraine"); the subject of a
//     that-clause after a demand, appeal or warning ("demanded that the US
//     cancel the sale") or of a "for" clause after one ("pushed for the US
//     to support the plan", the act asked for being part of the asking); a
//     purpose clause for forces on the move ("to counter
//     Ukrainian advances"); the object of a purpose to-infinitive ("signed an
//     accord to supply X"); the agent of a participle on the object ("the
//     attack carried out by X"); the country of a place attacked, taken or visited
//     ("shelled Kharkiv", "fired missiles at Seoul") when it is not the
//     source's own; a place a noun's event happens in ("an attack by X in
//     south Y") only when the noun names no participant; for a
//     mobilization or a withdrawal with no coded target, the place a
//     withdrawal noun leaves ("the withdrawal of its troops from Kherson")
//     or the country across a border it names ("massed troops on its
//     border with Ukraine", "a buildup along the Eritrean border");
//   - actors are the actors layer's mentions (compound actors stay lists:
//     "Seoul and Moscow"; "the two Koreas" are both); a country adjective standing alone ("Armenian
//     territory") is coded from the actor dictionary, and is military on a
//     weapon ("Russian missiles" are RUSMIL), but none against a hyphen
//     and a participle of origin ("Soviet-made rifles", "French-built
//     jets" say where a weapon comes from); a generic group takes
//     the country of its demonym or country modifier ("Kenyan suicide
//     bombers"), or is the organisation that modifies it ("Hamas
//     militants") or of a country's possessor ("Ithilen's minister"), else
//     the country of its "in" phrase, actor or place ("farmers in France",
//     "police in Karachi"), also where the actor stage took its country
//     from the context rather than its own phrase ("Kurdish authorities in
//     Erbil condemned the Iranian strikes" are Iraq's); a group spreads
//     over the countries such a phrase conjoins ("the ambassadors of A, B
//     and C", "lawmakers and officials in A and B": one actor each); pronouns go to the nearest
//     earlier coded actor, but a possessive "its"/"their" after two
//     countries other than the source in its sentence stays unresolved;
//     "it" read as expletive before a transitive verb or an adjective of
//     will is a subject.
//
// Verb lemmas the lexicon does not know are tried again as the
// lemmatizer's slips ("patroll", "riote", "froze") when the word is a
// regular form of the mended lemma (not a misspelling, "departes"); a verb
// form the lexicon lists ("left", "risen", as PETRARCH dictionaries do) is
// the trigger before its lemma. A measure noun gives
// patterns what it measures ("500 tons of rice"). Adjectives of will
// ("willing", "ready", "prepared to") are triggers like verbs, for the 03
// codes of the intention their complement names.
//
// A sentence codes nothing without a pattern: there is no "make statement"
// fallback. When the most specific pattern finds no target, the best
// matching pattern that needs none codes the trigger instead ("agreed to
// hold a referendum" is no meeting, but it is an agreement: 030). An event needs a coded source (a country or an international
// code), and a target unless its pattern says "tgt?". Sources without a
// country are coded as CAMEO codes them, with less confidence: a protesting
// crowd known by its sector ("students demonstrated": ---EDU), an
// officeholder or state body that is the trigger's own subject ("President X
// agreed to resign": ---GOV), and any other group but armed forces and
// police that is the own subject of a verbal event (appeal, intent, consult,
// support, investigate, demand, disapprove, reject, threaten: "a human
// rights group accused": ---HRI). An assault or fight told in the passive
// without a named attacker ("three soldiers were killed by a roadside bomb")
// is coded with an empty source when its target is coded, and so is one
// whose subject is the weapon ("a roadside bomb killed three soldiers")
// or armed men known by their sector alone whom no country, place or
// victim's army places ("gunmen shot dead a Colombian activist");
// victims known only by their sector are then of the country of the place
// in the clause ("a journalist was killed in Beirut"), and so are the
// civilians, opposition, students, workers or farmers a coded source
// coerces or attacks ("Nigerian police shot two protesters in Lagos"); an
// opposition with no country is the opposition of the state (or its
// government, army, police, courts) that acts on it ("the Georgian
// parliament agreed to the opposition's demands"). An arrest, a
// sentence, a charge, an investigation, an expulsion or a ban told in the
// past passive with no agent ("two journalists were detained in Turkey",
// "a curfew was imposed in Port Sudan") is the act of the state where the
// clause places it — its police, courts or government by the act — with
// less confidence, and those it acts on known only by their sector are its
// own; with no place, or a Palestinian one, there is none. A civilian group
// known only by its sector (crowd, opposition, students, workers, farmers)
// is of the country of the place in its clause ("students rallied in
// Jakarta"), CAMEO's ---EDU where there is none. Settlers are civilians
// but no crowd: their violence is an attack, not a riot, they are not of
// the place where they act, and with no country ("settlers attacked
// shepherds near Ramallah") they are an unknown attacker. A conjunct of a passive
// tagged as a past ("was detained in Iran and charged with espionage")
// shares its passive subject and agent, and a "by" agent the parser hung
// on a place or time of the passive ("attacked near the border by Russian
// forces"), as its parataxis, or after a comma on an active clause of it is
// its agent; an "according to" phrase is never a target. A subject "it" or
// "they" of a coordinate clause continues the subject before it ("…, and
// on Wednesday it pledged aid"). A criticism (110, 111), a ban (172) or the
// rejection of a proposal or claim ("rejected the talks") whose object is a
// thing naming no actor needs no target when its source is coded. A
// protesting crowd
// with no sector ("thousands of people demonstrated") is coded ---CVL;
// police and armed groups known by their sector alone take the country of
// the place in their clause or its purpose ("gunmen kidnapped schoolchildren
// in northern Nigeria", "police fired tear gas to disperse protesters in
// Santiago"); conjoined country adjectives on one noun ("Indian and Chinese
// troops") are one actor each. Fighting with no subject or agent but a
// "between" phrase ("clashes between Ethiopian and Eritrean troops",
// "fighting broke out between X and Y") is the parties' fight against
// each other; an attack noun as the subject of a killing ("a bomb attack killed
// 15") has no named attacker. A state that protests (a country named as
// such, or its government) complains (114) rather than demonstrates. A
// predicate adjective of blame under a reporting verb ("said Iraq was
// responsible") is the speaker's accusation. "X is opposed to Y" (a
// stative participle) is X's stance. In "Y came under attack (fire,
// criticism) from X" X acts on Y; with no "from", the attacker is unknown. A purpose clause's event ("staged
// demonstrations to demand reforms") has less confidence than the act it is
// the purpose of, and a denied event less than its denial. Asking or telling
// someone to act ("Chile asked Britain to extradite Pinochet") is an appeal
// (02x) or a demand (10x) for that act, not the act, and an event noun
// whose light verb is the open complement of an event is part of it
// ("threatened to stage a strike" is a threat, no strike). A mission sent
// to find out ("sent a team to Rwanda to investigate the massacres") is the
// investigation (09), aimed where the mission goes. Fighting on the
// source's own soil ("Ukraine shelled Donetsk") needs no target. A coercive
// or violent act on a condition, told by its own actor ("Turkey will cut
// ties if …"), is coded as the threat of it (131, 1312, 132, 134-138),
// status conditional; the condition itself ("if Israel attacks") is not.
// A promise of force ("Hamas vowed to step up its attacks") is a threat of
// it too, not an intention to cooperate. An act introduced by "against"
// ("warned the United States against attacking Iran") is hypothetical, and
// the warning's "against". A threat of no more specific pattern is coded
// by what is threatened ("threatened to walk out of the talks" 134, "to
// take military action" 138; "to strike" with no object is a labour
// strike, 133), and "X warned that it would <act>" is X's threat of that
// act. The act an accusation alleges ("accused Armenia of shelling its
// positions") is part of the accusation, not an event that occurred. Armed
// men who take or besiege a place occupy it (192) or lay siege (191)
// rather than protest (144), and troops or police that block a road do
// not protest. A threat, refusal or demand noun with an agent and an
// infinitive ("China's threat to invade Taiwan") is coded by that act and
// aimed at its target.
// Repairs of the parser's attachments: a preposition hung on a compound
// before the head ("of human rights abuses", "of" on "rights") is the
// phrase's; an unmarked noun hung on the object ("called the referendums
// a farce") is the verb's predicate; a phrase hung on a lone indirect
// object ("asked the UN for aid") or on a "by" agent ("extradited by Spain
// to Argentina", "the visit by the president to Pakistan") is the verb's
// or noun's; a control verb's infinitive parsed as a purpose clause
// ("encouraged Sri Lanka to resume talks") is its complement; "fired" on or
// at someone under a noun is a finite verb. An event noun with a "that"
// clause ("its demand that Israel withdraw") is addressed to the clause's
// subject. An armed group with no country that attacks a state's forces
// fights in that state; a person with no code at the document's date takes
// the office his apposition names. A crowd's fight (civilians, students,
// workers storming or clashing) is a violent protest (145).
// A cooperative act (consult, support, cooperate, aid, yield) its source
// says it will do ("will", "would", "plans to", "wants to", or offered on a
// condition), unattributed or told by its own country, keeps its CAMEO code
// and status but is PLOVER AGREE: PLOVER codes a promise as AGREE and only
// acts reported as done under their own type.
// A cooperative act (03-08) its own actor says it will not do ("Turkey will
// never recognize X", "Mali would not negotiate with the rebels", "is not
// ready to sign", "unwilling to resume aid") is a refusal, coded by what
// is refused (125 a meeting or negotiation, 126 mediation, 127 an
// agreement or settlement, 121 material cooperation, 122 aid, 123 reform,
// 124 yielding, else 120), occurred and needing no coded target; a past
// negation ("did not meet") and a hedged one ("will probably not") stay
// the negated act. A refusal the lexicon
// codes only as 120 ("refused to sign the treaty", "declined to send
// aid") is coded so by the refused act too (127, 122).
// Coercion or force its own actor announces for the future ("NATO
// confirmed it would tighten the blockade") is a threat too, status
// planned; a plan others report ("Ukraine plans to attack") stays the act.
// An intent to cooperate (03) of unnamed officials ("Ministers agreed to
// cooperate", "officials pledged to help") with no target is no event.
// Symmetric codes (consult, cooperate, sign, fight) and "recip" patterns
// with a compound source and no other target take the source as their
// target ("North Korea and Russia signed a treaty").
//
// Status is occurred unless: "if"/"unless", and "should"/"had" before the
// subject ("Should Libya attack Chad, …"), make it conditional; a modal
// before the subject of a question ("Will Iran attack Israel?") makes it
// hypothetical; a bare verb conjoined to a modal one with no subject of
// its own shares its modal ("may recall its envoy and expel theirs");
// "not only … but also" negates nothing; the modal of a phase verb
// ("would continue to support") is its complement's; what a proposal,
// bill or plan "would" do is hypothetical; "will",
// "would", "is to", "plans to", "intends to", "is willing/ready to" planned
// (and so is the purpose of a planned act: "will send a team to
// investigate");
// "could", "might", "may" hypothetical, and so is the infinitive of a
// demand, request, call or proposal ("demands to release prisoners");
// negation ("not", "never", "no", "no longer", "no" on the object: "imposed no sanctions") negated (unless the pattern is itself negative, "did not
// comment" is declining to comment; a negated act with no coded target,
// "Iran did not release the prisoners", is no event); the complement of a
// denial denied ("Russia denied sending troops": an 016 event and a
// denied 072 event); reported speech of a claim ("claimed", "alleged", images
// "showing") or of an intelligence service claimed. said_by is the
// innermost speaker who is not the source ("X said/stated/claimed that",
// "X told Y that", "a statement saying", "according to (a statement from)
// X").
//
// The date is the time expression in the event's own clause (not one of an
// embedded or governing clause) nearest the trigger, else the publication
// date (DateSource "text" or "document"); the location the place in the
// clause nearest the trigger that is not an actor; the quantity the one in
// the clause. Evidence maps each field to the span behind it.
//
// A headline event is merged into the body event with the same source
// country (and target, when the headline names one); a body event told
// again (same root, countries, status and date) into its first telling; and
// an undated, unattributed noun mention ("the transfer of North Korean troops
// to Russian territory") into the verbal telling of the same root and
// countries, the same word first. The merged tellings are the event's
// Mentions.
//
// Repairs are made to the parse, in this stage's view only: a finite verb
// the parser read as an adjective of its object ("The European Union
// imposed sanctions", parsed as the noun phrase "imposed sanctions") is made
// the head again, and so is a finite past verb read as a participle of the
// noun phrase that stands where its clause should ("Hundreds of students
// demonstrated", and, for verbs seldom passive, "The minister resigned")
// or with its object hung off its subject ("Syrian troops
// killed ten civilians", "rejected on Thursday a proposal", with the
// object read as a bare oblique, "X's ministry, in a statement, condemned
// Y", with the participle under the adjunct); a finite verb left with no
// subject takes the nearest actor before it that is not in a prepositional
// phrase, with no verb between; a verb read as a conjunct of a noun joins the
// verb above ("was charged by prosecutors and resigned"); of several
// subjects the parser gave a reporting verb, the first, before the
// reported clause, is that clause's ("Kenya extradited X to Britain, an
// official said"); and a bare day word between subject and verb ("X today
// praised") leaves the subject to the verb; an actor's name tagged as the
// root verb ("Pyongyang on Thursday fired") is the subject of the verb hung
// under it, and so is one read as an adverb of a verb without a subject;
// a passive "by" phrase hung under the verb's adverb ("was opposed
// earlier by X") is the agent; a participle with an object read as a
// subject of a reporting verb ("Russian tanks fired shells at X, residents
// said") heads the reported clause; a passive subject beside an object and
// no passive auxiliary ("air strikes have killed ten") is the subject; a
// reporting verb read as the participle of an apposition after a comma
// ("…, a rights group protested") reports the clause before it, which is
// its complement for the lexicon; an adverb before a verb read as an
// adjective ("agents routinely beat migrants") and a day word read as the
// subject ("X's government today ordered") leave the subject to the verb;
// "up to 5,000 Serbs" read as an oblique is the subject; in a sentence with
// no verb, a past form in "-ed" tagged an adjective of the object ("The EU
// and Canada imposed sanctions") is the verb, and so is, still with no
// verb, any finite form of a verb the lexicon knows (or a light verb) the
// tagger took for a noun or preposition — an irregular past from the
// tagger's list ("Rebels overran a base", "troops shot three men"), "-ed",
// or "-s" after a singular noun — between a noun and a noun phrase, a
// day word after it ("left yesterday for X") not its object; the same
// holds for the reported clause before a trailing attribution ("…,
// residents said") that no verb heads, where a past verb read as a
// participle of a noun ("Troops detained two journalists, officials
// charged") is the verb too, as it is in a sentence no verb heads, also
// past a parenthetical after the subject ("Poland, like other members,
// imposed …"), and a plan verb so read heads its infinitive ("…, plans to
// impose"); so is it in a main clause with no verb before a subordinate
// or relative clause that has one ("Troops shot two men as they …"),
// which becomes its adjunct; a perfect read as "have" with the participle for object
// ("Syria has refused to attend") is the participle's; a subordinate
// clause read as the complement of the verb before it, with that verb's
// object for subject and "after" (before, until, since …) for a
// preposition ("cancelled a visit to Mali after a state of emergency was
// declared"), is the verb's adjunct and the object the verb's; a noun or
// adjective with a modal and a subject or object but no copula ("will no
// longer host refugees") is a verb; an irregular
// past tagged a present keeps its lemma ("undertook"); a dateline before
// such a clause ("LAGOS: …") is not its subject; a second object read as the
// first's apposition ("called Israel a terrorist state") is offered to the
// lexicon with it. Options.Trace reports matched triggers that coded
// nothing and why. Event IDs are "ev" and the
// trigger's byte offset: stable, and unique within the document.
//
// # Coding cases
//
// testdata/cases/*.txt hold the cases an analyst extends without Go; the
// test runs each sentence through the whole default pipeline and this stage:
//
//	# a comment
//	date 2024-10-21
//
//	sentence The South Korean Foreign Ministry summoned Russia's ambassador.
//	event KOR 114 RUS occurred
//
//	sentence The NIS said that North Korea sent artillery shells to Russia.
//	event PRK 07 RUS claimed KORSPY
//
//	sentence Oil prices rose sharply in London.
//	none
//
// "date" sets the publication date for the sentences after it. Each
// "event" line is SOURCE CAMEO TARGET STATUS [SAID_BY]: an actor is a
// three-letter country (or code) or a longer code prefix ("IGOUNO",
// "RUSCOP"), "+" joins a compound actor (every part must be there), "-" as
// TARGET leaves the target free; CAMEO matches by prefix ("19" any fight,
// "114" exactly); SAID_BY, when given, must match the attribution. "none"
// expects no event. A case passes when every expected event is coded and
// nothing else is. A comment "# known failure: REASON" before a sentence
// marks a case the coder is known to get wrong, and why (the first runs
// of fresh sentence sets are kept this way, as honest measurements).
// TestCases reports pass rates per file and per CAMEO root, lists the
// failures, and fails on any unmarked case that fails; a marked case that
// passes is reported so that its mark can go.
//
// # Using another lexicon
//
// New takes any *events.Lexicon, so an evaluation can run the coder with
// PETRARCH patterns added (see internal/events); RegisterWith registers it.
package events
