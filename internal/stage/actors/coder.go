package actors

import (
	"context"
	"fmt"
	"sync"

	"github.com/sitrep/sitrep/internal/actors"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
)

// StageName is the stage's versioned name.
const StageName = "actors/v1"

// Coder is the actors/v1 stage: it fills Doc.Actors from the tokens and
// entities with an actor dictionary. A Coder is safe for concurrent use;
// its dictionary is shared read-only.
type Coder struct {
	dict *actors.Dict
	pool sync.Pool
}

var _ pipeline.Stage = (*Coder)(nil)

// New returns a Coder that codes with dict.
func New(dict *actors.Dict) *Coder {
	c := &Coder{dict: dict}
	c.pool.New = func() any { return new(state) }
	return c
}

// Dict returns the coder's dictionary.
func (c *Coder) Dict() *actors.Dict { return c.dict }

// Spec returns the stage's spec. Its Models map "actors" to the SHA-256 of
// the shipped dictionary file.
func Spec() pipeline.Spec {
	return pipeline.Spec{
		Name:     StageName,
		Doc:      "political actors coded CAMEO-style (KORGOV, RUSMIL, IGOUNO) with dated roles and coreference",
		Requires: []doc.Layer{doc.LayerTokens, doc.LayerEntities},
		Assigns:  []doc.Layer{doc.LayerActors},
		Models:   map[string]string{"actors": actors.ShippedSum()},
	}
}

// Register adds the actors stage, with the shipped dictionary, to r.
func Register(r *pipeline.Registry) error {
	return r.Register(Spec(), func() (pipeline.Stage, error) {
		d, err := actors.Shipped()
		if err != nil {
			return nil, fmt.Errorf("loading shipped actor dictionary: %w", err)
		}
		return New(d), nil
	})
}

// Process sets d.Actors to the actor mentions found in d, replacing any it
// had. It reads Token.Norm, Token.POS and Token.Head/Dep when present and
// dates people's roles by d.Published (the latest role when unknown). It
// fails only when ctx is done.
func (c *Coder) Process(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s := c.pool.Get().(*state)
	defer c.pool.Put(s)
	s.reset(c.dict, d)
	s.words()
	s.items()
	for si := 0; si+1 < len(s.sentW); si++ {
		if si%64 == 63 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		s.sentence(int32(si))
	}
	s.placeTitled()
	d.Actors = s.output(d.Actors[:0])
	if len(d.Actors) == 0 {
		d.Actors = nil
	}
	return nil
}
