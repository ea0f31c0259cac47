// Package actors is sitrep's actor dictionary: who is who in the news, coded
// CAMEO-style (KORGOV, RUSMIL, IGOUNO), with the dates of people's offices.
// The actors/v1 stage (internal/stage/actors) codes documents with it;
// package petrarch reads PETRARCH and TABARI dictionaries into it.
//
// # What it holds
//
// A Dict holds entries of four kinds:
//
//   - countries (KindCountry): every ISO 3166 country and territory with its
//     names, official, short, alternate and former names ("Burma", "Zaire"),
//     demonyms and adjectives ("South Korean"), people nouns ("South
//     Koreans"), capitals used as metonyms for the government ("Seoul" is
//     KORGOV) and seats of power ("the Kremlin" RUSGOV, "Capitol Hill"
//     USALEG);
//   - organizations (KindOrg): the UN and its bodies, NATO, the EU, the AU,
//     ASEAN, OPEC, the IAEA, the ICC, the WHO, the IMF, the World Bank and
//     other international organizations; intelligence services (NIS, CIA,
//     FSB, MI6, Mossad); armed forces with names of their own (IDF, PLA);
//     legislatures, parties, armed groups and news organizations, each with
//     its full code, some with dated codes (the Taliban are AFGREB until
//     2021-08-14 and AFGGOV from 2021-08-15);
//   - people (KindPerson): heads of state and government, foreign and
//     defence ministers of the G20 countries, both Koreas, Ukraine, Iran,
//     Israel and other states often in the news, and heads of international
//     organizations, each office with its dates;
//   - role words (KindRole): titles, institutions and groups that give a
//     sector ("ambassador", "Foreign Ministry" → GOV; "troops", "Navy" → MIL;
//     "police" → COP; "intelligence service" → SPY; "court", "prosecutor" →
//     JUD; "parliament", "lawmakers" → LEG; "rebels", "militants" → REB;
//     "opposition" → OPP; "protesters" → CVL; "companies" → BUS;
//     "journalists", "media" → JRN).
//
// Lookup is by normalized word sequence: words are folded (lower case,
// Latin diacritics removed, periods dropped, so "U.S." is "us" and "São
// Tomé" is "sao tome"), hyphens between words are dropped ("Kim Jong-un"
// and "Kim Jong Un" are the same three words), and a possessive "'s" is a
// word of its own. Each dictionary word keeps the capitalization it was
// written with as a demand on the text: an acronym ("WHO", "US") matches
// only capitals, a name ("Chad", "Jordan") only a capitalized word, a
// lower-case role word ("minister") anything. Dict.Matches walks a trie of
// word ids and reports every phrase starting at a position, shortest
// first; it does not allocate.
//
// People's codes depend on the date (Entry.At): Kim Jong Un is PRKGOV on
// 2024-10-21, PRK (the country alone: no office yet) in 1994, and Kim Il
// Sung is PRKGOV in 1994 but PRKELI in 2024 (ELI, CAMEO's elites, for a
// former office holder). Dict.Holders answers "who held this office on
// this day": the North Korean leader on 1994-01-01 is Kim Il Sung, on
// 2024-10-21 Kim Jong Un.
//
// # Codes
//
// Country codes are ISO 3166-1 alpha-3. CAMEO uses the same codes with a
// few legacy exceptions: Romania is ROM in CAMEO (ISO changed ROM to ROU in
// 2002; the dictionary records it with "cameo ROM", and SplitCode reads
// CAMEO codes back to ISO). Kosovo has no ISO code: sitrep uses XKX, as the
// EU and GeoNames do (mledoze writes UNK, which many data sets read as
// "unknown"). The Soviet Union is coded RUS, its successor. CAMEO's
// non-state prefixes are kept: IGO (intergovernmental), NGO, IMG
// (international militarized groups, such as al-Qaeda, IMGMOSALQ) and MNC.
// International organizations follow the codes of the PETRARCH Phoenix
// dictionaries (IGOUNO, IGOWSTNAT for NATO, IGOEUREEC for the EU,
// IGOUNOIAE for the IAEA); where those have none, sitrep makes its own in
// the same scheme (marked "sitrep" in dict/orgs.txt).
//
// A code is a country and a sector: KORGOV is KOR and GOV. An actor whose
// country cannot be found is written with CAMEO's "---" for the country
// ("---MIL" for "troops" in a text that says nobody's).
//
// Sectors are CAMEO's role codes, with two choices of sitrep's, recorded in
// dict/roles.txt: protesters are CVL (civilians), not OPP, which is kept for
// the organized opposition; and media and journalists are JRN, because
// CAMEO writes MED for media while PLOVER and POLECAT write MED for medical
// (sitrep writes HLH for medical, as CAMEO does). Defence ministers and
// ministries are GOV; the armed forces and officers are MIL. Ethnic groups
// are ETH with the country where the news places them ("Iraqi Kurds" IRQETH,
// "Tamils" LKAETH): CAMEO keeps ethnicity in a code of its own, and sitrep's
// codes have one sector slot. Radicals and fundamentalists are RAD, as in
// CAMEO.
//
// # The dictionary format
//
// The hand-written sources in internal/actors/dict and the shipped file are
// in one line-based format. "#" starts a comment (at the start of a line or
// after a space). An entry starts at column 0 with a keyword; indented lines
// under it add to it. Names are separated by "|"; braces give alternatives
// ("{defence|defense} minister" is two names, "{|vice }minister" is
// "minister" and "vice minister").
//
//	country ISO3: names
//	  adj: demonyms and adjectives
//	  people: plural nouns for the people
//	  capital: capitals (metonyms for the government)
//	  seat [SECTOR]: seats of power (sector GOV unless given)
//	  former: former and historical names
//	  not: generated names to drop (build only)
//	  cameo CODE
//	org CODE [country=ISO3|-] [sector=SECTOR|-]: names
//	  as CODE [FROM..TO]             a code held only for a span
//	person: names
//	  as CODE FROM..TO [OFFICE[,OFFICE]][: title as written]
//	role SECTOR title|body|group [weak] [named] [noplural] [prefix] [office=OFFICE]: names
//
// Dates are YYYY-MM-DD, or YYYY-MM and YYYY where only the month or year is
// known (a partial date covers its whole month or year); an open end is
// written "..". Offices are keys such as head-of-state, head-of-government,
// leader, vice-president, foreign-minister, defence-minister. A weak role
// word ("general", "forces") makes an actor only with a country, a name or
// an antecedent; a named one (military ranks) only before a name. The code
// "---" marks phrases that are not actors ("Latin America" is not
// "America").
//
// # The shipped file
//
// models/actors.bin.gz is this format, gzip compressed, whose first line is
// FormatHeader; its header comments carry the credits and the SHA-256 of
// every input. It is built, reproducibly, by
//
//	sitrep build actors --data ../shared/data --dict internal/actors/dict --out models/actors.bin.gz
//
// which merges mledoze/countries and GeoNames countryInfo.txt with the
// hand-written files (Build). A name, demonym or capital that several
// countries claim goes to the one that lists it by hand, else to a
// sovereign state before a territory, else to the most populous ("French"
// is France, not the French Southern Territories; "Congolese" is the DR
// Congo). TestShippedUpToDate fails when the shipped file differs from a
// rebuild. The file is about 39 KB and loads in a few milliseconds.
//
// # Credits
//
// The dictionary contains data from mledoze/countries
// (github.com/mledoze/countries, ODbL 1.0) and from GeoNames
// (www.geonames.org, CC BY 4.0); as a database derived from ODbL data, the
// shipped file is offered under the ODbL 1.0. Its CAMEO codes follow the
// PETRARCH Phoenix dictionaries (github.com/openeventdata/petrarch2, MIT,
// Copyright (c) 2014 Open Event Data Alliance); no text of those
// dictionaries is copied. The people, organizations and role words are
// sitrep's own lists.
package actors
