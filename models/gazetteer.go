package models

import _ "embed"

// Gazetteer is the gazetteer file of internal/gazetteer (gzip, format
// described there), rebuilt by "sitrep build gazetteer". It contains data
// from GeoNames (geonames.org, CC BY 4.0), from the Countries States Cities
// Database (github.com/dr5hn/countries-states-cities-database, ODbL 1.0) and
// from mledoze/countries (ODbL 1.0); as a derived database it is offered
// under the ODbL 1.0.
//
//go:embed gazetteer.bin.gz
var Gazetteer []byte
