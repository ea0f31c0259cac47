package events

import "errors"

// ErrFormat marks gold data the readers cannot make sense of.
var ErrFormat = errors.New("events gold data format error")

// ErrTooLarge marks input over the readers' size limits.
var ErrTooLarge = errors.New("events gold data too large")
