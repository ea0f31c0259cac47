package tag

import "errors"

// Errors returned by the tagger.
var (
	// ErrFormat reports a model file that is not a tagger model or is
	// damaged.
	ErrFormat = errors.New("not a tagger model file")
	// ErrVersion reports a model file written in another format version.
	ErrVersion = errors.New("unsupported tagger model format version")
	// ErrNoData reports training without training sentences.
	ErrNoData = errors.New("no training data")
)
