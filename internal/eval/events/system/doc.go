// Package system builds the coders that "sitrep eval events" scores: the
// default pipeline with the events/v1 stage and the shipped lexicon for the
// PLOVER GSR (GSR), and for the PETRARCH2 validation records a pipeline
// whose lexicon is the validation verb dictionary alone and whose actor
// dictionary is the validation actors and agents alone, with PETRARCH's
// discard list (PETRARCH).
//
// It is apart from package events so that the scorers do not depend on
// the coder.
package system
