// Package quantity is the quantity/v1 pipeline stage: it finds numbers in
// news text, reads their value, qualifiers and ranges, and binds each to
// what it counts through the dependency tree.
//
// # What it reads
//
// Numbers in digits and words ("12,000", "2.5 million", "ten thousand",
// "a dozen", "1.2bn", "three-quarters"), vague amounts ("dozens",
// "hundreds of", "tens of thousands", "several hundred"), money with its
// currency ("$1.5 billion", "€30m", "US$3 million", "KRW 1.2 trillion",
// "500 million won"), percentages ("10%", "12.5 percent", "0.5 percentage
// points"), qualifiers before or after the number ("around", "some",
// "nearly", "at least", "more than", "up to", "fewer than", "as many as",
// "an estimated", "or more", "1,000+") and ranges ("10,000 to 12,000",
// "between 5 and 10", "10,000-12,000", "$2 to 3 billion", "five or six").
// ParseNumber, the number reader, is exported for reuse.
//
// A Quantity's span covers the qualifier, the currency and the number
// ("around 12,000", "$1.5 billion", "Between 5 and 10"), not the noun
// counted. Its fields are filled as follows:
//
//   - Value is the number. For a range it is the lower end; for a vague
//     amount its lowest round reading ("hundreds" is 200); for a fraction
//     or a percentage the percentage ("a third" is 33.3).
//   - Approx is set by any qualifier, a range or a vague amount.
//   - Lower and Upper are set by bounding qualifiers ("at least", "more
//     than", "over" set Lower; "up to", "nearly", "fewer than" set Upper),
//     by both ends of a range, and for a vague amount to 2 and 10 times its
//     scale ("hundreds": 200 to 1,000).
//   - Unit is the lemma of the counted noun ("troop"), a two-word name the
//     word lists know ("armoured vehicle", "service member"), the ISO 4217
//     code of money ("USD"), "percent" or "percentage point", or, when no
//     noun is written, the event kind ("12 were killed": "killed").
//   - Kind is one of the Kind constants: killed, injured, arrested,
//     displaced and missing come from the predicate (the event kinds);
//     troops, ships, aircraft, weapons and people from the counted noun;
//     money and percent from the currency or percent sign. An event kind
//     wins over people and troops ("3 soldiers were killed" is killed,
//     Unit "soldier"), never over ships, aircraft or weapons.
//
// # Binding
//
// The counted noun is found in the tree: the head of a nummod relation
// ("12,000 troops"), or the "of" complement of the number ("hundreds of
// civilians", "14 of the 20 hostages"). A pronoun there ("1,500 of
// them", "others") takes the nearest counted noun before it in the
// document; so does a number followed by "more" or after "another" with no
// noun of its own ("3,000 more"). The event kind comes from the phrase's
// place in its clause: the object or passive subject of an event verb
// ("killing 12 people", "12 were killed", "arrested 200 protesters",
// "displaced 1 million"), the subject of an intransitive one ("dozens
// died", "hundreds fled") or of an event adjective ("5 remain missing"),
// a participle or adjective modifying it ("12 dead", "people killed"), the
// subject of the clause being a toll ("the death toll rose to 40"), or an
// event noun governing it ("the deaths of 12 people"). Where the tree
// gives nothing, nearby words do: the same rules by word order. A sentence
// without a parse (every Head -1) is bound by word order alone, which is
// the degraded mode Find offers to callers without a parser; the stage
// itself declares that it needs the parse.
//
// # What it leaves out
//
// Years ("since 2023", "in 2019", "2019-2021"), dates ("October 21",
// "Monday (21)"), clock times ("10:30", "5 pm", "9.30am"), durations and
// ages ("three years", "48 hours", "a 12-year-old", "Putin, 71,"), ids
// ("No. 2", "Flight 17", "Resolution 2231", "F-16", "COVID-19"), phone
// numbers, scores ("3-2"), ordinals, the bare word "one" unless it counts
// an event, forces, materiel, money or a percentage ("one of the first
// women" is left out, "killed one soldier" kept), and any number inside a
// time expression when the timexes layer is filled.
//
// # Concurrency
//
// The stage holds no state; a Recognizer and Find are safe for concurrent
// use on different Docs.
package quantity
