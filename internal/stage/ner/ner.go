package ner

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/models"
)

// StageName is the stage's versioned name.
const StageName = "ner/v1"

// Recognizer is the ner/v1 stage: it fills Doc.Entities from Doc.Tokens
// with a Model. A Recognizer is safe for concurrent use; its Model is shared
// read-only.
type Recognizer struct {
	m *Model
}

var _ pipeline.Stage = (*Recognizer)(nil)

// New returns a Recognizer using m.
func New(m *Model) *Recognizer { return &Recognizer{m: m} }

// Model returns the recognizer's model.
func (r *Recognizer) Model() *Model { return r.m }

var shipped = sync.OnceValues(func() (*Model, error) {
	if len(models.NER) == 0 {
		return nil, ErrNoModel
	}
	return Load(bytes.NewReader(models.NER))
})

// Shipped returns the model embedded in the binary (models/ner.bin.gz),
// loaded once and shared.
func Shipped() (*Model, error) { return shipped() }

var shippedSum = sync.OnceValue(func() string { return models.Checksum(models.NER) })

// Spec returns the stage's spec. Its Models map "ner" to the sha256 of the
// shipped model file.
func Spec() pipeline.Spec {
	return pipeline.Spec{
		Name:     StageName,
		Doc:      "named entities (PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, ART, NAT) by an averaged perceptron",
		Requires: []doc.Layer{doc.LayerTokens},
		Assigns:  []doc.Layer{doc.LayerEntities},
		Models:   map[string]string{"ner": shippedSum()},
	}
}

// Register adds the ner stage, with the shipped model, to r.
func Register(r *pipeline.Registry) error {
	return r.Register(Spec(), func() (pipeline.Stage, error) {
		m, err := Shipped()
		if err != nil {
			return nil, fmt.Errorf("loading shipped ner model: %w", err)
		}
		return New(m), nil
	})
}

// Process sets d.Entities to the entities found in each sentence of d's
// tokens. It reads Token.Norm when set, else the token's text. Tokens that a
// tokenizer split at hyphens ("Hong", "-", "kyun" with no space between)
// are joined into one word first, so a name like "Kim Hong-kyun" comes out
// as one entity whichever way the tokenizer went.
func (r *Recognizer) Process(ctx context.Context, d *doc.Doc) error {
	d.Entities = d.Entities[:0]
	var words []string
	var spans []doc.Span
	for lo := 0; lo < len(d.Tokens); {
		if err := ctx.Err(); err != nil {
			return err
		}
		hi := lo + 1
		for hi < len(d.Tokens) && d.Tokens[hi].Sentence == d.Tokens[lo].Sentence {
			hi++
		}
		words, spans = Words(d.Text, d.Tokens[lo:hi], words[:0], spans[:0])
		for _, m := range r.m.Recognize(words) {
			sp := doc.Span{Start: spans[m.Start].Start, End: spans[m.End-1].End}
			d.Entities = append(d.Entities, doc.Entity{Span: sp, Text: d.Text[sp.Start:sp.End], Type: m.Type})
		}
		lo = hi
	}
	if len(d.Entities) == 0 {
		d.Entities = nil
	}
	return nil
}

// Words turns one sentence's tokens into the words the model sees, with
// their byte spans in text, appending to words and spans. A word is a token's
// Norm, or its text when Norm is empty; a hyphen token with no space on
// either side between two letters or digits joins its neighbours into one
// word ("Hong" "-" "kyun" → "Hong-kyun").
func Words(text string, toks []doc.Token, words []string, spans []doc.Span) ([]string, []doc.Span) {
	form := func(t doc.Token) string {
		if t.Norm != "" {
			return t.Norm
		}
		return text[t.Start:t.End]
	}
	for i := 0; i < len(toks); i++ {
		w, sp := form(toks[i]), toks[i].Span
		for i+2 < len(toks) && isHyphen(form(toks[i+1])) &&
			toks[i].End == toks[i+1].Start && toks[i+1].End == toks[i+2].Start &&
			endsAlnum(form(toks[i])) && startsAlnum(form(toks[i+2])) {
			w += "-" + form(toks[i+2])
			sp.End = toks[i+2].End
			i += 2
		}
		words = append(words, w)
		spans = append(spans, sp)
	}
	return words, spans
}

func isHyphen(s string) bool { return s == "-" || s == "‐" || s == "‑" }

func endsAlnum(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func startsAlnum(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
