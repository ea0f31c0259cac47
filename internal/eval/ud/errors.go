package ud

import "errors"

// ErrTextMismatch reports gold and system analyses of different texts.
var ErrTextMismatch = errors.New("gold and system texts differ")
