package parse

import "errors"

// Errors returned by the parser.
var (
	// ErrModel reports a model file that is not a parser model of this
	// version, or is corrupt.
	ErrModel = errors.New("bad parser model")
	// ErrNoData reports training without examples.
	ErrNoData = errors.New("no training examples")
	// ErrBadTree reports a training example that is not a tree.
	ErrBadTree = errors.New("not a dependency tree")
)
