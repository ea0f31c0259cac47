// Package ner is the ner/v1 pipeline stage: named-entity recognition for
// news, from tokens alone (no part-of-speech tags).
//
// # Types
//
// PERSON, ORG, GPE, LOC, NORP (nationalities, religious and political
// groups: "South Korean"), FAC, EVENT, ART (GMB "art": products, works,
// languages) and NAT (GMB "nat": diseases, storms). Time expressions are left
// to the timex stage.
//
// # Model
//
// A linear-chain structured perceptron (averaged, Collins 2002) over BILOU
// labels of seven classes (PERSON, ORG, GPE, NORP, EVENT, ART, NAT), decoded
// by Viterbi with BILOU constraints. Features are hashed (FNV-1a, 64 bits)
// from the word, its lowercase form, shape, affixes, length, the parts of a
// hyphenated word, the words and shapes two to each side, word bigrams, a
// capitalization pattern of the three-word window, and gazetteer matches:
// GeoNames countries, capitals, cities by population and admin-1 names,
// mledoze/countries names and demonyms, and hand-written lists of world
// regions, well-known organizations, person titles, organization,
// natural-feature and facility head words, and common personal names.
// Refine then types GPE spans LOC or FAC by their head words, and cuts
// leading titles from PERSON spans.
//
// The model file (models/ner.bin.gz, embedded through package models) is
// one gzip stream with a versioned header, the training options, the
// sha256 of every data file used, the gazetteer lists and the sparse
// weights; see Model.Write. Nothing is read from ../shared at run time.
// Training is deterministic: the same data and options give a
// byte-identical file. Rebuild it with
//
//	GOMAXPROCS=1 sitrep train ner --out models/ner.bin.gz
//
// and score it with "sitrep eval ner".
//
// # Data
//
// The model is trained on the Groningen Meaning Bank NER file
// (../shared/data/gmb_ner), mapped by ConvertGMB, on the train and dev parts
// of the split SplitOf defines (blocks of 100 sentence ids; every tenth
// block is held out for test). GMB labels are silver: bootstrapped by a
// tagger and partly corrected. The gazetteer inside the model contains data
// from GeoNames (CC BY 4.0) and mledoze/countries (ODbL 1.0): credit both
// where the model is redistributed (see Attribution).
//
// # Concurrency
//
// A Model and a Recognizer are read-only once made and safe for concurrent
// use; Shipped loads the embedded model once.
package ner
