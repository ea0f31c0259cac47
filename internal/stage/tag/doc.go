// Package tag is sitrep's part-of-speech tagger, the tag/v1 stage: for
// every token it gives the Universal Dependencies part of speech (UPOS),
// the Penn Treebank tag (XPOS), the lemma and the morphological features
// (CoNLL-U FEATS).
//
// # Model
//
// A greedy left-to-right averaged perceptron predicts the joint UPOS|XPOS
// tag of each token from hashed features: the word, its lower-cased form,
// prefixes of 1–4 and suffixes of 1–5 characters, its shape ("Xxxx",
// "dd.d"), the words, suffixes and shapes around it (±2), the tags already
// given to the two words before, and the ambiguity classes (the sets of
// tags seen in training) of the word and of the two after it, which stand
// in for a right-hand tag context. Training words get the ambiguity classes
// of a jackknifed dictionary, so the model learns how unseen words look.
// Frequent words that training saw with one tag only are given that tag
// without scoring.
//
// Lemmas and features come from a lexicon of every (tag, word) pair of the
// training treebank — its most frequent lemma, as a transform such as "cut
// 1, lower-case", and its most frequent features, refined by the word
// before for words whose features vary ("it" after a verb is accusative,
// "have" after "I" first person) — and, for words not in it, from suffix
// rules learned per Penn tag ("-ies" → "-y" for NNS; among the rules that
// apply, one giving a lemma the treebank knows wins) and the most frequent
// features of the tag. Irregular past forms the treebank lacks ("fled",
// "overran") come from a hand-written list (irregularVerbs), which
// IrregularPast and IrregularForm offer other stages (the event coder reads
// a verb the tagger missed by it). The lemmas
// follow UD English EWT, except for a short list of deliberate overrides
// (lemmaOverrides: "troops" → "troop", where the treebank keeps the
// plural).
//
// Some tags are hard constraints rather than scores (constrain.go): an
// irregular past or participle of the list that the treebank lacks
// ("overran", "froze") gets only the tags the list gives it (and a frequent
// irregular form's ambiguity class, so the words before read it as a
// verb); one it has ("shot") never gets a present verb tag it was never
// seen with; a capitalized "-ing" word is a verb only as the treebank saw
// it, or, unseen, when its stem is a known lemma ("Beijing" is none). A
// sentence the model tagged with no finite verb gets one: its first word
// in "-ed" (or irregular past) after a noun that it read as an adjective,
// a participle or a noun is a past tense ("Demonstrators occupied/JJ
// government buildings", "The Dutch king apologized/VBN to Indonesia").
// The word after an infinitive's "to" read as an adjective or a noun is a
// base verb where the treebank has it as one or a determiner follows
// ("to free/JJ the aid worker"); a reported clause's only verb, read as a
// participle with an object after its subject ("said American and
// Jordanian troops carried/VBN out joint patrols"), is a past tense; an
// adjective after a possessive "'s"
// that a verb follows is a noun ("Israel's military/JJ went"). A word the
// treebank has is an adverb (RB) only if the treebank saw it as one ("an
// opposition rally/NN"); the full tag dictionary as a constraint lowers
// the UD scores, this part of it raises them.
//
// The treebank is web text, not news. One known effect: an unseen "-ed"
// verb after a noun subject ("Police arrested two men") is often tagged
// VBN instead of VBD, since in EWT such words are mostly participles. The
// UPOS (VERB) and the lemma are right either way.
//
// Training (Train) is deterministic: integer perceptron updates, seeded
// shuffles and sorted tables give a byte-identical model file for the same
// data and options on every platform. The iteration kept is the one with
// the best UPOS accuracy on the development data.
//
// # Model file
//
// A model is a gzip file (see Encode) holding a versioned header, the
// training Info (data checksums, options, development scores) and the
// tables. The shipped model, trained on UD English EWT (CC BY-SA 4.0), is
// embedded from models/tagger.bin.gz and decoded once per process by
// Shipped; a Model is read-only and shared by all goroutines. Rebuild it
// with
//
//	sitrep train tagger --data ../shared/data/ud_english_ewt --out models/tagger.bin.gz
//
// # Use
//
// The stage (New, Register) tags each sentence of a Doc's tokens, reading
// Token.Norm when set. Other stages call Model.Tag, Model.TagInto or
// Model.TagPOS directly on a sentence of words split the UD way ("do",
// "n't").
package tag
