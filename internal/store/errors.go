package store

import "errors"

// ErrNotFound reports a Doc that is not stored.
var ErrNotFound = errors.New("not found")

// ErrDone reports use of an Appender after Commit or Rollback.
var ErrDone = errors.New("appender already committed or rolled back")

// ErrBadQuery reports a full-text query (DocFilter.Query) that the backend
// cannot parse: a caller's mistake, not a failure of the store.
var ErrBadQuery = errors.New("malformed full-text query")
