package ner

import "errors"

// ErrBadModel reports a model file that is not a valid NER model.
var ErrBadModel = errors.New("not a valid ner model file")

// ErrNoModel reports that no NER model is shipped in this build.
var ErrNoModel = errors.New("no ner model shipped in models/ner.bin.gz")

// ErrNoData reports training called without sentences.
var ErrNoData = errors.New("no training sentences")

// ErrBadData reports a malformed line of a training or evaluation file.
var ErrBadData = errors.New("malformed data")
