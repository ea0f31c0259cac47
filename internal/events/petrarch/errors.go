package petrarch

import "errors"

// ErrSyntax marks a line of a verb dictionary the reader cannot make sense
// of. The reader skips nothing silently: each such line is an error that
// names file and line.
var ErrSyntax = errors.New("petrarch verb dictionary syntax error")
