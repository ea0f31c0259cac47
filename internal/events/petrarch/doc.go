// Package petrarch reads verb dictionaries in the format of the PETRARCH
// and TABARI event coders, so that the CAMEO verb patterns users already
// have (and the PETRARCH2 validation suite's) can be coded by sitrep.
// Actor and agent dictionaries are read by internal/actors/petrarch.
//
// # The format
//
//	&SYNSET              # a synset; its phrases follow on "+" lines,
//	+WORD                # up to a blank line
//	+&OTHER              # a synset inside a synset
//
//	--- NAME [code] ---  # a verb family; "---" as the code: the bare verb
//	                     # codes nothing, only its patterns do
//	VERB {FORMS}         # the family's verbs; irregular forms in braces
//	+SYNONYM [code]      # a verb may carry its own code
//	WIRE_+TAP            # a phrasal verb; "+" marks the verb word
//	- PRE * POST [code]  # a pattern
//
// In patterns "*" is the verb, "$" the source, "+" the target (TABARI's
// notation), "%" a
// compound actor whose members act on each other, "^" a skipped noun
// phrase, "&NAME" any phrase of a synset, "{A | B}" alternatives, and "_"
// ties a word to the one before it (adjacent, TABARI's "connector"). A
// code "[030:031]" gives a second code for the reverse direction (PETRARCH
// uses it with "%"); "[+++]" and "[###]" are null codes, read as "---".
// Comments are "#" to the end of the line (not inside brackets) and
// "<!-- ... -->".
//
// ReadVerbs returns the dictionary as written (Dict: synsets expanded,
// families with their verbs and patterns); it is fuzzed and fails with
// ErrSyntax naming file and line on anything it does not understand.
//
// # Into the sitrep lexicon
//
// Dict.Convert maps the dictionary onto internal/events lexicon patterns
// (a lemma with particle, object, preposition, complement and negation
// constraints over the dependency tree; a governing verb before the verb,
// "SAID WOULD *", becomes a pattern on that verb with the family's verbs
// as complements) as far as PETRARCH's word-order
// patterns have a dependency equivalent, and counts the rest by reason;
// Dict.AddTo adds them to a Lexicon, optionally under private codes for
// codes the CAMEO codebook rejects and for "[A:B]" code pairs
// (ConvertOptions.Alias, Conversion.Resolve). Convert's documentation lists
// what maps and what does not.
//
// # Discard lists
//
// ReadDiscards reads a PETRARCH discard list (phrases that make the coder
// drop a sentence, or with "+" a story); Discards.Match tests a text.
//
// The PETRARCH formats and the validation dictionary the tests read come
// from github.com/openeventdata/petrarch2 (MIT, Copyright (c) 2014 Open
// Event Data); no code of PETRARCH is used here.
package petrarch
