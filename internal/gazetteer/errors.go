package gazetteer

import "errors"

// ErrFormat reports a gazetteer file that is not one, is truncated, or has
// a version this code does not read.
var ErrFormat = errors.New("not a sitrep gazetteer file")

// ErrNoGazetteer reports a binary built without the embedded gazetteer
// (models/gazetteer.bin.gz empty); rebuild it with "sitrep build gazetteer".
var ErrNoGazetteer = errors.New("no gazetteer embedded in this binary")

// ErrSource reports a missing or malformed source file while building.
var ErrSource = errors.New("bad gazetteer source")
