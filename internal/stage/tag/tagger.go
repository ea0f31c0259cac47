package tag

import (
	"context"
	"fmt"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/models"
)

// Name is the stage's versioned name.
const Name = "tag/v1"

// ModelName is the key of the tagger model in Spec().Models and in each
// Doc's provenance.
const ModelName = "tagger"

// Tagger is the tag/v1 stage: it fills Token.POS, Token.Tag, Token.Lemma
// and Token.Feats of every token, sentence by sentence. A Tagger is safe
// for concurrent use; its Model is shared read-only.
type Tagger struct {
	m *Model
}

var _ pipeline.Stage = (*Tagger)(nil)

// New returns a Tagger using m.
func New(m *Model) *Tagger { return &Tagger{m: m} }

// Model returns the tagger's model.
func (t *Tagger) Model() *Model { return t.m }

var shipped = sync.OnceValues(func() (*Model, error) {
	m, err := Decode(models.Tagger())
	if err != nil {
		return nil, fmt.Errorf("loading shipped tagger model %s: %w", models.TaggerFile, err)
	}
	return m, nil
})

// Shipped returns the model embedded in the binary (models/tagger.bin.gz),
// decoded on first use and shared by every caller afterwards.
func Shipped() (*Model, error) { return shipped() }

var shippedSum = sync.OnceValue(func() string {
	return models.Checksum(models.Tagger())
})

// Spec returns the stage's spec: it requires the token and sentence layers
// and assigns the POS layer. Its Models map ModelName to the SHA-256 of the
// shipped model file.
func Spec() pipeline.Spec {
	return pipeline.Spec{
		Name:     Name,
		Doc:      "part of speech (UPOS and Penn tags), lemmas and morphological features by an averaged perceptron",
		Requires: []doc.Layer{doc.LayerTokens, doc.LayerSentences},
		Assigns:  []doc.Layer{doc.LayerPOS},
		Models:   map[string]string{ModelName: shippedSum()},
	}
}

// Register adds the tag stage, with the shipped model, to r. The model is
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

// Process tags the tokens of each sentence of d. A token's word is its
// Norm when set, else its text. Runs of tokens outside every sentence (a
// Doc whose sentences do not cover its tokens) are tagged as sentences of
// their own. It fails only when ctx is done.
func (t *Tagger) Process(ctx context.Context, d *doc.Doc) error {
	var words []string
	var out []Analysis
	tagRange := func(lo, hi int) {
		words = words[:0]
		for _, tok := range d.Tokens[lo:hi] {
			if tok.Norm != "" {
				words = append(words, tok.Norm)
			} else {
				words = append(words, d.Text[tok.Start:tok.End])
			}
		}
		out = t.m.TagInto(out[:0], words)
		for i := range out {
			tok := &d.Tokens[lo+i]
			tok.POS, tok.Tag, tok.Lemma, tok.Feats = out[i].UPOS, out[i].XPOS, out[i].Lemma, out[i].Feats
		}
	}
	next := 0 // first token not yet tagged
	for _, s := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		lo, hi := max(s.TokenStart, next), min(s.TokenEnd, len(d.Tokens))
		if lo >= hi {
			continue
		}
		if lo > next {
			tagRange(next, lo)
		}
		tagRange(lo, hi)
		next = hi
	}
	if next < len(d.Tokens) {
		tagRange(next, len(d.Tokens))
	}
	return nil
}

// TagWords tags one sentence of words with the shipped model. It is a
// shortcut for Shipped() followed by Model.Tag.
func TagWords(words []string) ([]Analysis, error) {
	m, err := Shipped()
	if err != nil {
		return nil, err
	}
	return m.Tag(words), nil
}
