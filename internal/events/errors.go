package events

import "errors"

// Errors returned when reading lexicon and codebook files or adding patterns.
var (
	// ErrSyntax reports a line of a lexicon or codebook file that cannot be read.
	ErrSyntax = errors.New("syntax error")
	// ErrUnknownCode reports a pattern whose CAMEO code is not in the codebook.
	ErrUnknownCode = errors.New("unknown CAMEO code")
	// ErrNoLemma reports a pattern without a trigger lemma.
	ErrNoLemma = errors.New("pattern has no lemma")
)
