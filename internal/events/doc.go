// Package events is sitrep's event codebook and lexicon: the CAMEO event
// codes with their names, Goldstein values, QuadClasses and PLOVER
// equivalents (Codebook), and the English verb and noun patterns that the
// events/v1 stage (internal/stage/events) matches over dependency trees to
// find them (Lexicon).
//
// # Data files
//
// Both are readable text files in lexicon/, embedded with go:embed and
// checksummed (Lexicon.Checksum); nothing is a Go table:
//
//   - lexicon/codebook.txt: one CAMEO code a line, "code | goldstein | plover
//     | mode | context | name". The PLOVER columns are adapted from the
//     PLOVER project's CAMEO2PLOVER-2021 table (CC BY-SA 4.0, Open Event Data
//     Alliance); the file says what was changed.
//
//   - lexicon/patterns.txt: one pattern a line, "CODE TRIGGER [CONSTRAINT
//     ...]", for example
//
//     114  summon obj=ambassador|envoy|diplomat
//     111  condemn|denounce|decry
//     1056 call for=withdrawal|pullout
//     190  n:attack
//     130  warn x=respond|retaliate tgt? status=conditional
//
//     The file's header documents the constraints: the object's lemma
//     (obj=) and a modifier of it (mod=), a prepositional argument
//     (PREP=), a complement verb (x=), a particle (carry_out), adverbs
//     (adv=) and auxiliaries (aux=) of the trigger, negation (neg), an
//     optional target (tgt?), a compound source that is its own target
//     (recip), a default status and a source taken from the speaker
//     (src=speaker). Four readings are not in that header, as no
//     shipped pattern uses them (PETRARCH dictionaries do):
//     pre=a+b requires the words a b written right before an object
//     word; before=a+b the words a b together among those before the
//     trigger (before=a+* right before it; PETRARCH's "_" ties), and
//     before=a~b the two in that order, other words between allowed;
//     tgt=PREP requires a phrase introduced by PREP and takes the target
//     from it (PETRARCH's "* EID AT ^ WITH $"); and a mod= item of
//     lemmas joined by "+" needs each of them ("obj=galleon
//     mod=golden+goblin").
//
// Every CAMEO three-digit code has at least one pattern; the tests check it.
//
// # Adding patterns
//
// A Lexicon is built by Shipped (the embedded files) or New (a codebook and
// no patterns) and extended with Add, which other dictionaries use — the
// PETRARCH verb-dictionary loader in particular:
//
//	lex, _ := events.Shipped()
//	lex.Add(events.Pattern{Lemma: "summon", Objects: []string{"envoy"}, Code: "114", Source: "petrarch:CAMEO.verbpatterns"})
//
// Rules: patterns are indexed by trigger lemma. A pattern with the same
// signature (noun or verb, lemma, particle, objects, preposition and its
// objects, complements, negation) as one already in the lexicon replaces it
// — a later dictionary overrides an earlier one line for line. Otherwise
// patterns accumulate, and Match picks, among those whose constraints all
// hold, the most specific (the most constraints), and between equally
// specific ones the one added last. A pattern whose Code is "-" is a stop
// pattern: when it is the best match, nothing is coded (a way to veto a
// sense, "fire an employee").
//
// A Lexicon is safe for concurrent Match calls once no more Adds are made;
// Add is not safe for concurrent use.
package events
