package store

import "errors"

// ErrNotFound reports a Doc that is not stored.
var ErrNotFound = errors.New("not found")

// ErrDone reports use of an Appender after Commit or Rollback.
var ErrDone = errors.New("appender already committed or rolled back")
