package doc

import "errors"

// ErrHashMismatch reports a Doc whose ID is not the hash of its text.
var ErrHashMismatch = errors.New("id is not the sha256 of the text")

// ErrBadSpan reports a span that does not lie inside the Doc's text or does
// not start and end on character boundaries.
var ErrBadSpan = errors.New("span outside the text or not on a character boundary")
