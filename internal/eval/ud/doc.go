// Package ud scores tagging and dependency parsing against a Universal
// Dependencies treebank the way the CoNLL 2018 shared task does
// (conll18_ud_eval.py).
//
// Gold and system output are each an Analysis: surface tokens, sentences
// and syntactic words, every one placed by its character span in the text
// with all white space removed. Score aligns system words to gold words —
// by equal spans, and inside multi-word tokens ("don't" as "do" + "n't") by
// the longest common subsequence of their forms — and reports, for each
// metric, precision, recall and F1:
//
//   - Tokens, Sentences: spans that match exactly.
//   - Words: aligned words.
//   - UPOS, XPOS: aligned words with the same tag.
//   - UAS: aligned words whose head is the system word aligned to the gold
//     head (or both are roots).
//   - LAS: UAS and the same relation, comparing only the universal part of
//     the relation ("nsubj" for "nsubj:pass"), as CoNLL 2018 does.
//   - LASFull: UAS and the same full relation, subtypes included.
//
// With gold tokenization every word aligns and precision, recall and F1
// are all the accuracy.
package ud
