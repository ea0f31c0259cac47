// Package models holds the model and dictionary files sitrep ships,
// embedded in the binary. Each file is versioned data written by a
// "sitrep train" subcommand; see docs/QUALITY.md for how each was made and
// how well it scores.
package models

import _ "embed"

//go:embed tagger.bin.gz
var tagger []byte

// TaggerFile is the name of the part-of-speech tagger model file in this
// folder. Rebuild it with:
//
//	sitrep train tagger --data ../shared/data/ud_english_ewt --out models/tagger.bin.gz
const TaggerFile = "tagger.bin.gz"

// Tagger returns the bytes of the shipped tagger model (gzip; see package
// internal/stage/tag for the format). The slice is shared: do not modify it.
func Tagger() []byte { return tagger }
