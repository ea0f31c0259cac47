package models

import _ "embed"

//go:embed actors.bin.gz
var actors []byte

// ActorsFile is the name of the actor dictionary file in this folder: the
// sitrep dictionary format of package internal/actors, gzip compressed.
// It holds data from mledoze/countries (ODbL 1.0), GeoNames (CC BY 4.0) and
// sitrep's hand-written lists, and follows the CAMEO codes of the PETRARCH
// Phoenix dictionaries (MIT). Rebuild it with:
//
//	sitrep build actors --data ../shared/data --dict internal/actors/dict --out models/actors.bin.gz
const ActorsFile = "actors.bin.gz"

// Actors returns the bytes of the shipped actor dictionary. The slice is
// shared: do not modify it.
func Actors() []byte { return actors }
