package source

import "errors"

// Reasons an input is refused. Errors wrap them with the input's name.
var (
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary input, not text")
	ErrNotUTF8  = errors.New("not valid UTF-8")
	ErrTooLarge = errors.New("input larger than the limit")
	ErrNoText   = errors.New("no main text found")
)
