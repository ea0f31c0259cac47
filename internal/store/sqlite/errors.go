package sqlite

import "errors"

// ErrClosed reports use of a Store after Close.
var ErrClosed = errors.New("store closed")

// ErrSchemaTooNew reports a database migrated by a newer build of sitrep
// than this one: it holds migrations this build does not know.
var ErrSchemaTooNew = errors.New("database schema is newer than this build")
