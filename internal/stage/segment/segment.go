package segment

import (
	"context"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
)

// Name is the stage's versioned name.
const Name = "segment/v1"

// Spec returns the stage's spec: it requires nothing and assigns the
// sentence and token layers.
func Spec() pipeline.Spec {
	return pipeline.Spec{
		Name:    Name,
		Doc:     "split the text into sentences and tokens, with normalized forms",
		Assigns: []doc.Layer{doc.LayerSentences, doc.LayerTokens},
	}
}

// Register adds the stage to r.
func Register(r *pipeline.Registry) error {
	return r.Register(Spec(), func() (pipeline.Stage, error) { return New(), nil })
}

// Segmenter is the segment/v1 stage. It holds no state and is safe for
// concurrent use.
type Segmenter struct{}

var _ pipeline.Stage = (*Segmenter)(nil)

// New returns a Segmenter.
func New() *Segmenter { return &Segmenter{} }

// Process sets d.Sentences and d.Tokens from d.Text, replacing any it had.
// It fails only when ctx is done.
func (s *Segmenter) Process(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Sentences, d.Tokens = Split(d.Text)
	return nil
}

// Split splits text into sentences and tokens. Every token lies inside
// its sentence; Token.Sentence and Sentence.TokenStart/TokenEnd link them.
// Token.Head is -1 and Norm is set where the normalized form differs from
// the text (see Normalize). Sentences and tokens are in text order, do
// not overlap, and cover every character that is not white space.
func Split(text string) ([]doc.Sentence, []doc.Token) {
	p := newSplitter(text, false)
	return p.sents, p.toks
}

// Tokenize tokenizes text taken as a single sentence, as a parser
// evaluation does with gold sentence boundaries: no sentence is split,
// and an abbreviation's period at the very end is its own token ("etc"
// "."), as in UD English EWT. Every token has Sentence 0 and Head -1.
func Tokenize(text string) []doc.Token {
	return newSplitter(text, true).toks
}
