// Package parse is sitrep's dependency parser: the parse/v1 stage, which
// gives every token of a tagged Doc its syntactic head and its Universal
// Dependencies relation (basic tree, relations with subtypes as in UD
// English EWT: nsubj:pass, obl:unmarked, nmod:poss, ...).
//
// # Design
//
// The parser is greedy and transition-based: arc-hybrid (Kuhlmann et al.
// 2011) with the root at the end of the buffer, so that every sentence of
// n words takes exactly 2n transitions and always ends in a tree with one
// root and no cycle (see system.go). One linear classifier picks the next
// transition and the label of the arc it makes, from about a hundred feature
// templates after Zhang and Nivre (2011): words, Penn and universal tags
// and suffixes of the top of the stack and the front of the buffer, their
// leftmost and rightmost children with their labels, valencies, label
// sets and distances. Features are 64-bit hashes (FNV-1a of the strings,
// mixed with the template number), so the same on every machine.
//
// Training (Train) is an averaged perceptron with the exact dynamic oracle
// of Goldberg and Nivre (2013): after the first pass it follows its own
// wrong transitions nine times in ten and learns to recover from them.
// Non-projective trees are made projective by lifting arcs for training.
// The weights are integers while training, so the same examples and
// options give a byte-identical model. The shipped model is trained on
// tags predicted by jackknifed taggers (JackknifeTags), the kind of tags
// it gets in use.
//
// A Model is compact: features whose averaged weights stay below 1 are
// dropped, the rest quantized; frequent features keep dense rows of 16-bit
// lanes added four at a time, rare ones sparse (class, weight) pairs (see
// weights.go). Parsing allocates nothing beyond its output.
//
// # Model file
//
// gzip over a versioned header (magic, format, JSON Meta with the labels,
// training options and the SHA-256 of the training data) and the weights;
// see Model.Encode. models/parser.bin.gz is rebuilt by
//
//	sitrep train parser --data ../shared/data/ud_english_ewt --out models/parser.bin.gz
//
// and scored by "sitrep eval ud". The parser credits UD English EWT (CC
// BY-SA 4.0), on which it is trained.
//
// # Use
//
// Shipped returns the embedded model, decoded once and shared; Model.Parse
// parses one sentence of tagged words and is safe for concurrent use.
// Register adds the stage to a pipeline.Registry; it requires the token
// and POS layers and assigns the dependency layer.
package parse
