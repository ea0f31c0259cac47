// Package timex scores time-expression recognition and normalization the
// TempEval-3 way (UzZaman et al., SemEval 2013, Task A), and reads the
// TempEval-3 Platinum test set as converted in ../shared/data
// (documents.jsonl and timex3.jsonl; see ReadTempEval).
//
// # Scores
//
// Gold and predicted time expressions are byte spans with a TimeML type and
// value. For a set of documents (Scorer.Add per document):
//
//   - Strict span: a prediction is correct when a gold expression has the
//     same start and end. P = correct/predicted, R = correct/gold.
//   - Relaxed span: P = predictions that overlap some gold expression /
//     predicted, R = gold expressions that some prediction overlaps / gold
//     (the official TE3 scorer counts each side this way).
//   - Attributes are judged on relaxed matches, aligned one to one: gold
//     and predicted expressions that overlap are paired greedily, largest
//     overlap first (ties: earlier gold, then earlier prediction). Type
//     accuracy and value accuracy are the share of pairs whose type
//     (value) is equal, compared exactly.
//   - Value F1 = value accuracy × relaxed F1, and type F1 = type accuracy
//     × relaxed F1, the "attribute F1" of the TE3 task paper. Value P and
//     R are value accuracy × relaxed P and R.
//
// The scorer does not depend on the recognizer; "sitrep eval timex" joins
// the two.
package timex
