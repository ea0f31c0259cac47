package pipeline

import "errors"

// Errors returned by Registry and Runner.
var (
	// ErrBadName reports a stage name that is not "name/version".
	ErrBadName = errors.New("stage name must be name/version")
	// ErrDuplicate reports a stage registered twice.
	ErrDuplicate = errors.New("stage already registered")
	// ErrUnknownStage reports a stage name the registry does not know.
	ErrUnknownStage = errors.New("unknown stage")
	// ErrMissingLayer reports a stage whose input no earlier stage assigns.
	ErrMissingLayer = errors.New("required layer not assigned")
	// ErrPanic reports a stage that panicked on a Doc.
	ErrPanic = errors.New("stage panicked")
)
