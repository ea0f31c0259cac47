package models

import (
	"crypto/sha256"
	"encoding/hex"
)

// Checksum returns the SHA-256 of b in lower-case hex: the one way sitrep
// names a model, dictionary or data file in provenance, build notes and
// evaluation reports.
func Checksum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}
