package models

import _ "embed"

// NER is the named-entity model file of internal/stage/ner (gzip,
// format described there), rebuilt by "sitrep train ner". Its gazetteer
// holds data from GeoNames (CC BY 4.0) and mledoze/countries (ODbL 1.0).
//
//go:embed ner.bin.gz
var NER []byte
