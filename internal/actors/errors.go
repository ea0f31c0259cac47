package actors

import "errors"

// Errors returned by the package. Parse errors wrap ErrSyntax and name
// the file and line.
var (
	// ErrSyntax marks a malformed line in a dictionary file.
	ErrSyntax = errors.New("dictionary syntax error")
	// ErrNoDictionary is returned by Shipped when the binary carries no
	// actor dictionary.
	ErrNoDictionary = errors.New("no actor dictionary embedded")
	// ErrVersion is returned by Load for a file of an unknown format
	// version.
	ErrVersion = errors.New("unknown actor dictionary version")
)
