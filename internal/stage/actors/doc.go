// Package actors is the actors/v1 pipeline stage: it finds the political
// actors of a document and codes them CAMEO-style with the actor dictionary
// of package internal/actors, filling Doc.Actors.
//
// The stage requires tokens (segment/v1) and entities (ner/v1). It reads
// part-of-speech tags and dependencies when tag/v1 and parse/v1 ran before
// it, to tell an adjective from a role noun ("official" in "South Korea's
// official name", "military" in "Russian military installations"), and
// works without them. People are coded by the roles they held on
// Doc.Published; when the date is unknown, by their latest role.
//
// # How a document is coded
//
//  1. Words: tokens are folded as the dictionary folds them; hyphens that
//     join words are dropped, so "Hong-kyun", "Hong - kyun" and "North
//     -Koreans" read like the dictionary's phrases.
//  2. Phrases: in each sentence, the longest dictionary phrase is taken at
//     each word, left to right, if the text meets the capitalization its
//     words ask for ("WHO" but not "who"). A country, capital or
//     organization inside a longer PERSON entity ("Michael Jordan"), and a
//     capital inside an ORG entity ("Moscow State University"), is not
//     taken. PERSON entities not in the dictionary are names.
//  3. Actor phrases are read from these pieces:
//     - modifier + role: a country name, demonym, capital or seat, with or
//     without a possessive, before a role word gives country + sector
//     ("The South Korean Foreign Ministry" KORGOV, "Russian Navy" RUSMIL,
//     "North Korean troops" PRKMIL, "Ukrainian officials" UKRGOV, "Russia's
//     ambassador" RUSGOV); consecutive role words form one title whose
//     sector is the first's ("Foreign Ministry spokesperson"); a people
//     noun that is also the adjective is the adjective here ("Dutch
//     warships"); coordinated demonyms share the role ("French and
//     Egyptian warships": "French" FRAMIL, "Egyptian warships" EGYMIL;
//     and coordinated roles share the modifier, "Danish media and
//     government" DNKJRN and DNKGOV, but not rebels, radicals, the
//     opposition, civilians or criminals, as often the other side:
//     "Israeli troops and militants" ISRMIL and ---REB;
//     the first may be an abbreviated country, "U.S. and Russian
//     negotiators", not a full name: "Israel and Palestinian militants"
//     is ISR and PSEREB); a weak sector noun makes an actor only after a
//     country ("Ukrainian intelligence" UKRSPY, "Lebanese officers"
//     LBNMIL); political adjectives and a party between the two are
//     part of the phrase ("Iraq's ruling council" IRQGOV, "Nicaragua's
//     Sandinista government" NICGOV), and a day word after the role is
//     not a noun it modifies ("the government today ordered");
//     - title + name: a name after a title is the person ("South Korean Vice
//     Minister of Foreign Affairs Kim Hong-kyun" KORGOV, named "Kim
//     Hong-kyun"); an unknown person with a known title gets the country
//     and sector of the phrase; a known person is coded by the dictionary
//     on the document's date;
//     - role + "of"/"from" + country ("the President of Egypt", "troops from
//     the North Koreans"); a group or body + "in" + country or capital,
//     for sectors whose people are at home ("rebels in the Ivory Coast"
//     CIVREB, "demonstrators in Baghdad" IRQCVL; not troops, officials,
//     diplomats or journalists);
//     "officials in" + capital ("officials in Washington" USAGOV), and
//     so a government or regime ("the regime in Pyongyang" PRKGOV); a
//     titled person's body ("President X's government": X's country);
//     a spokesman, adviser or aide "for" a principal ("a spokesman for
//     the Iraqi prime minister" IRQGOV, "for the UN" IGOUNO);
//     a body's part or spokesman ("the Ukrainian army's General Staff"
//     UKRMIL: the body's country);
//     role + "headed by"/"led by" + person ("the
//     government headed by Yoon Suk-yeol" is KORGOV because Yoon Suk Yeol
//     was KOR's president on the date);
//     - a group word before an organization's name is the organization
//     ("the militant group Hamas" PSEREB);
//     - organization + role: the organization's code ("NATO Secretary
//     General Mark Rutte" IGOWSTNAT, "Hamas fighters" PSEREB); country +
//     organization: the organization, with the country's code when the two
//     differ;
//     - a country or people noun alone is the country ("North Korea" PRK);
//     a capital or seat alone is the government ("Seoul" KORGOV, "the
//     Kremlin" RUSGOV) unless it is a place: after "in", "at", "from", …
//     (but "pressure from Beijing", "a message from Washington" are the
//     government), after "to" following a motion word ("fled to Moscow")
//     or on a route ("from Beijing to Hanoi"), after a part of the city
//     ("eastern Beirut"), or before ", <country>"; a
//     demonym alone is no actor ("Russian territory") but is country
//     evidence (below);
//     - "Iran-backed militias": a country glued to "-backed", "-funded",
//     "-brokered" … is no actor, and the militias are not its; one glued
//     to "-run", "-controlled" … owns the body ("the Hamas-run health
//     ministry" PSEGOV, "Kremlin-controlled media" RUSJRN);
//     - "former", "ex", "ousted", "deposed" make the sector ELI; "acting", "interim" and honorifics
//     are skipped;
//     - an ORG entity whose name the dictionary does not know but which
//     holds a role word is a named body of that sector ("General Services
//     Administration" GOV, "Symplicity Corporation" BUS).
//  4. Context, within the document:
//     - an acronym in brackets after an actor is that actor, and so is the
//     acronym later ("National Intelligence Service (NIS)" ... "The NIS");
//     - a name that is part of an earlier person's name is that person
//     ("Kim" after "Kim Hong-kyun", "Zinoviev" after "Georgy Zinoviev");
//     a bare name with no antecedent is an actor only in an apposition
//     ("Georgy Zinoviev, Russia's ambassador,");
//     - a definite role without a country refers back to the last actor
//     with the same role, else the same head word ("the vice foreign
//     minister" is Kim Hong-kyun, "the ministry" the Foreign Ministry);
//     "the government" and its like take the last government's country;
//     - a title with an office and a country names the office holder on
//     the date ("the Russian president" in 2024 is Vladimir Putin;
//     "North Korean leader Kim" in 1994 is Kim Il Sung);
//     - a titled name or a definite title with no country at all takes
//     the document's main country, when one country clearly dominates it;
//     else, once the document is coded, the country of the sentence's
//     country evidence when it names one country only, else the
//     document's when it names one only ("President X ... a curfew in
//     Algiers" DZAGOV). Evidence is demonyms and people nouns ("the
//     Zambian people"), organizations and seats of power of a country
//     ("the Kremlin"), countries and
//     capitals that name a body ("the Mozambique government"), and
//     countries and capitals where something happens ("in",
//     "throughout", "return to";
//     not "arrived in", "talks in"); not a country named otherwise
//     ("threatened Russia": as often the other side) and not the modifier
//     of another titled person ("South African leader F.W. de Klerk");
//     the person's chain, and "X's government", take the country too;
//     - "Georgia" is the US state, coded USA, in a document with US
//     evidence ("Atlanta", "governor", "Republican") and none of the
//     Caucasus ("Tbilisi", "Georgian", "Abkhazia"); "the North" and "the
//     South" (capitalized, not before another name: "the South China
//     Sea") are North and South Korea in a document that names both;
//     - troops (and "the army"), rebels, radicals, the opposition and
//     gangs with no country in the phrase take the country of the
//     sentence's (else the document's) evidence, as titled names do,
//     when it names one country only ("Rwandan rebels said troops
//     attacked" RWAMIL, "opposition leaders ... in Baku" AZEOPP), but
//     rebels and radicals not by the country of troops (often abroad);
//     troops also by the modifier of a titled person ("Turkish Defence
//     Minister X visited the troops" TURMIL);
//     "the country's government" likewise;
//     - anything else without a country is written with "---" ("---MIL"
//     for "troops" that the text gives to nobody); weak role words
//     ("general", "forces") without a country are not actors.
//  5. Chains: mentions of one actor share Doc.Actor.Entity, numbered by
//     first mention: the same person or organization, the same role of
//     the same country ("Russia's ambassador" and "Russian Ambassador
//     Georgy Zinoviev"), the same country, the same capital.
//
// Each mention's span covers its modifiers, head and name ("South Korean
// Vice Minister of Foreign Affairs Kim Hong-kyun"), not determiners.
//
// # What it does not do
//
// No pronouns ("he", "its"), no events (who did what is the events stage's
// work), no nested actors inside one span. A bare name before an
// apposition is joined to it only when the recognizer found the name.
// Country names are always actors, even
// when used as places ("in Ukraine"): the geoparser decides places.
//
// A Coder is safe for concurrent use; it keeps per-document scratch space
// in a sync.Pool. On a 2-core shared machine it codes several million
// tokens a second (BenchmarkActors).
package actors
