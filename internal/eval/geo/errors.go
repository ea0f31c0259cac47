package geo

import "errors"

// ErrFormat reports a gold file that is not in the expected XML layout.
var ErrFormat = errors.New("bad geoparsing gold file")
