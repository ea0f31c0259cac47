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
//     sector is the first's ("Foreign Ministry spokesperson");
//     - title + name: a name after a title is the person ("South Korean Vice
//     Minister of Foreign Affairs Kim Hong-kyun" KORGOV, named "Kim
//     Hong-kyun"); an unknown person with a known title gets the country
//     and sector of the phrase; a known person is coded by the dictionary
//     on the document's date;
//     - role + "of"/"from" + country ("the President of Egypt", "troops from
//     the North Koreans"); role + "headed by"/"led by" + person ("the
//     government headed by Yoon Suk-yeol" is KORGOV because Yoon Suk Yeol
//     was KOR's president on the date);
//     - organization + role: the organization's code ("NATO Secretary
//     General Mark Rutte" IGOWSTNAT, "Hamas fighters" PSEREB); country +
//     organization: the organization, with the country's code when the two
//     differ;
//     - a country or people noun alone is the country ("North Korea" PRK);
//     a capital or seat alone is the government ("Seoul" KORGOV, "the
//     Kremlin" RUSGOV) unless it is a place: after "in", "at", "from", …
//     or before ", <country>"; a demonym alone is no actor ("Russian
//     territory");
//     - "former" makes the sector ELI; "acting", "interim" and honorifics
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
// work), no nested actors inside one span. "The North" and "the South" for
// the two Koreas are not resolved. Country names are always actors, even
// when used as places ("in Ukraine"): the geoparser decides places.
//
// A Coder is safe for concurrent use; it keeps per-document scratch space
// in a sync.Pool. On a 2-core shared machine it codes several million
// tokens a second (BenchmarkActors).
package actors
