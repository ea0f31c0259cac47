// Package doc defines the Doc: one article's immutable text plus typed
// layers of annotations, every one a half-open byte span [Start, End) into
// Doc.Text.
//
// A Doc is filled by pipeline stages, each of which assigns one or more
// layers (see Layer). Layers are stored once; other views ("the entities of
// sentence 3") are derived by the helper methods. Offsets are byte offsets
// into Text; convert them to UTF-16 code units only at the boundary with a
// browser, with UTF16Offsets.
//
// A Doc is not safe for concurrent use: one goroutine owns it while a
// pipeline runs over it.
package doc

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// Layer names one kind of annotation held by a Doc. Pipeline stages declare
// the layers they require and the layers they assign.
type Layer string

// The layers of a Doc. The JSON field of each layer has the same name.
const (
	LayerSentences  Layer = "sentences"
	LayerTokens     Layer = "tokens"
	LayerPOS        Layer = "pos"  // Token.POS, Token.Tag, Token.Lemma
	LayerDeps       Layer = "deps" // Token.Head, Token.Dep
	LayerEntities   Layer = "entities"
	LayerTimexes    Layer = "timexes"
	LayerQuantities Layer = "quantities"
	LayerPlaces     Layer = "places"
	LayerActors     Layer = "actors"
	LayerEvents     Layer = "events"
	LayerClaims     Layer = "claims"
)

// Span is a half-open byte range [Start, End) into Doc.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Valid reports whether s is a well-formed span inside a text of n bytes.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Doc is one article: its text, where it came from, and its annotation
// layers. Text never changes once the Doc is made with New; stages only add
// annotations.
type Doc struct {
	// ID is the lowercase hex SHA-256 of Text: the same text is the same Doc.
	ID string
	// Source is the path or URL the article was read from.
	Source string
	// URL is the article's canonical address when known.
	URL string
	// Title is the headline, when the input gave one apart from the text.
	Title string
	// Published is the publication date; the zero Date means unknown.
	Published Date
	// Text is the article text after boilerplate removal. It is immutable.
	Text string

	Sentences  []Sentence
	Tokens     []Token
	Entities   []Entity
	Timexes    []Timex
	Quantities []Quantity
	Places     []Place
	Actors     []Actor
	Events     []Event
	Claims     []Claim

	// Warnings are problems found while reading or annotating the Doc that
	// did not stop it: an unknown publication date, a stage that failed.
	Warnings []string
	// Provenance names each stage that ran over the Doc, with its version
	// and the checksums of the models it used.
	Provenance []Provenance
}

// New returns a Doc for text read from source, with its ID set.
func New(source, text string) *Doc {
	return &Doc{ID: Hash(text), Source: source, Text: text}
}

// Hash returns the content hash used as a Doc ID: lowercase hex SHA-256.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Warnf appends a formatted warning to the Doc.
func (d *Doc) Warnf(format string, args ...any) {
	d.Warnings = append(d.Warnings, fmt.Sprintf(format, args...))
}

// Slice returns the text a span covers. It panics if the span is not valid
// for the Doc's text, which is a bug in the stage that made it.
func (d *Doc) Slice(s Span) string { return d.Text[s.Start:s.End] }

// Provenance records one stage's run over a Doc.
type Provenance struct {
	// Stage is the versioned stage name, e.g. "segment/v1".
	Stage string `json:"stage"`
	// Models maps a model or dictionary name to its checksum.
	Models map[string]string `json:"models,omitempty"`
	// Micros is how long the stage took on this Doc, in microseconds.
	Micros int64 `json:"micros"`
	// Error is set when the stage failed on this Doc.
	Error string `json:"error,omitempty"`
}
