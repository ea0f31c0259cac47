// Package ner scores named-entity recognition against gold sets:
// exact-span precision, recall and F1, overall and per type, the CoNLL way
// (Scorer, FromBIO); a reader for the re3d corpus with its types mapped to
// the project's (ParseRe3d, Re3dTypes); and a small rule tokenizer for
// scoring raw-text gold sets (Tokenize).
//
// It does not depend on the recognizer; "sitrep eval ner" joins the two.
package ner
