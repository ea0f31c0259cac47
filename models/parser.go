package models

import _ "embed"

//go:embed parser.bin.gz
var parser []byte

// ParserFile is the name of the dependency parser model file in this
// folder. Rebuild it with:
//
//	sitrep train parser --data ../shared/data/ud_english_ewt --out models/parser.bin.gz
const ParserFile = "parser.bin.gz"

// Parser returns the bytes of the shipped dependency parser model (gzip;
// see package internal/stage/parse for the format). The slice is shared:
// do not modify it.
func Parser() []byte { return parser }
