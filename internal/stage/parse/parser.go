package parse

import (
	"context"
	"fmt"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/models"
)

// Name is the stage's versioned name.
const Name = "parse/v1"

// ModelName is the key of the parser model in Spec().Models and in each
// Doc's provenance.
const ModelName = "parser"

// Parser is the parse/v1 stage: it fills Token.Head and Token.Dep of every
// token, sentence by sentence. A Parser is safe for concurrent use; its
// Model is shared read-only.
type Parser struct {
	m *Model
}

var _ pipeline.Stage = (*Parser)(nil)

// New returns a Parser using m.
func New(m *Model) *Parser { return &Parser{m: m} }

// Model returns the parser's model.
func (p *Parser) Model() *Model { return p.m }

var shipped = sync.OnceValues(func() (*Model, error) {
	m, err := Decode(models.Parser())
	if err != nil {
		return nil, fmt.Errorf("loading shipped parser model %s: %w", models.ParserFile, err)
	}
	return m, nil
})

// Shipped returns the model embedded in the binary (models/parser.bin.gz),
// decoded on first use and shared by every caller afterwards.
func Shipped() (*Model, error) { return shipped() }

var shippedSum = sync.OnceValue(func() string {
	return models.Checksum(models.Parser())
})

// Spec returns the stage's spec: it requires the token and POS layers and
// assigns the dependency layer. Its Models map ModelName to the SHA-256 of
// the shipped model file.
func Spec() pipeline.Spec {
	return pipeline.Spec{
		Name:     Name,
		Doc:      "Universal Dependencies trees by a greedy arc-hybrid parser with an averaged perceptron",
		Requires: []doc.Layer{doc.LayerTokens, doc.LayerPOS},
		Assigns:  []doc.Layer{doc.LayerDeps},
		Models:   map[string]string{ModelName: shippedSum()},
	}
}

// Register adds the parse stage, with the shipped model, to r. The model is
// decoded when the stage is first built, once per process.
func Register(r *pipeline.Registry) error {
	return r.Register(Spec(), func() (pipeline.Stage, error) {
		m, err := Shipped()
		if err != nil {
			return nil, err
		}
		return New(m), nil
	})
}

// Process parses each sentence of d: Token.Head becomes the index in
// d.Tokens of the token's head (-1 for the root of its sentence) and
// Token.Dep its relation. A token's word is its Norm when set, else its
// text; its tags are Token.POS and Token.Tag. Runs of tokens outside every
// sentence are parsed as sentences of their own. It fails only when ctx is
// done.
func (p *Parser) Process(ctx context.Context, d *doc.Doc) error {
	var (
		words []Word
		heads []int
		deps  []string
	)
	parseRange := func(lo, hi int) {
		words, heads, deps = words[:0], heads[:0], deps[:0]
		for _, t := range d.Tokens[lo:hi] {
			form := t.Norm
			if form == "" && t.Span.Valid(len(d.Text)) {
				form = d.Text[t.Start:t.End]
			}
			words = append(words, Word{Form: form, UPOS: t.POS, XPOS: t.Tag})
			heads = append(heads, 0)
			deps = append(deps, "")
		}
		p.m.ParseInto(words, heads, deps)
		for i := range words {
			t := &d.Tokens[lo+i]
			t.Head, t.Dep = heads[i], deps[i]
			if heads[i] >= 0 {
				t.Head = lo + heads[i]
			}
		}
	}
	next := 0 // first token not yet parsed
	for _, s := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		lo, hi := max(s.TokenStart, next), min(s.TokenEnd, len(d.Tokens))
		if lo >= hi {
			continue
		}
		if lo > next {
			parseRange(next, lo)
		}
		parseRange(lo, hi)
		next = hi
	}
	if next < len(d.Tokens) {
		parseRange(next, len(d.Tokens))
	}
	return nil
}
