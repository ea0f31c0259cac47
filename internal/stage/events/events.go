package events

import (
	"context"
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/actors"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/events"
	"github.com/sitrep/sitrep/internal/pipeline"
)

// StageName is the stage's versioned name.
const StageName = "events/v1"

// Options tunes a Coder. The zero value is the default.
type Options struct {
	// MinConfidence drops events whose confidence is below it.
	MinConfidence float64
	// Trace, when set, is told why a trigger the lexicon matched coded no
	// event ("no coded source", "no target"), for error analysis. It is
	// called from Process, so it must be safe for concurrent use when the
	// Coder is.
	Trace func(reason, sentence, trigger, pattern string)
	// ClauseArgs reads what follows a verb as PETRARCH reads the words
	// after its verbs: for a verb without an object, an infinitive's
	// object ("vowed to wage war") and the predicate of a that-clause that
	// predicates a noun or adjective ("allowed that X is a pleasant
	// place") are offered to the patterns as the verb's object,
	// and the clause's subject is the target when nothing else is; the
	// target may be the first actor in a participle on the object
	// ("cordoned off the roads leading into X"); and an active verb's
	// target is never one written before it. Off by
	// default: sitrep's own patterns take a clause's subject as the
	// target only for appeals, demands, disapprovals and threats ("demanded
	// that the US cancel the sale").
	ClauseArgs bool
	// PassiveSource makes the subject of a finite passive without a "by"
	// agent its source, as PETRARCH codes it ("X was criticized over its
	// dispute with Y": X → Y). Off by default: sitrep reads such a subject
	// as the one the act befell.
	PassiveSource bool
	// NamedSource codes an event whose subject is a person or an
	// organisation the actor dictionary lacks, with a coded target, with
	// that entity as an uncoded source (its text, no code) and less
	// confidence. Off by default: on news most such events are firms'
	// and interviewees', not political interactions.
	NamedSource bool
}

// Coder is the events/v1 stage. It is safe for concurrent use on different
// Docs; its lexicon must not be changed (Add) after New.
type Coder struct {
	lex      *events.Lexicon
	opt      Options
	demonyms map[string]string
}

func (c *Coder) trace(reason string, s *sent, m match) {
	if c.opt.Trace != nil {
		d := s.dc.d
		sn := d.Sentences[s.si]
		c.opt.Trace(reason, d.Text[sn.Start:sn.End], s.text(m.i), m.p.String())
	}
}

var _ pipeline.Stage = (*Coder)(nil)

// New returns a coder that uses lex, for example the shipped lexicon
// (events.Shipped) with PETRARCH patterns added to it.
//
// Country adjectives ("Armenian", "North Korean") that the actor stage left
// uncoded are read from the shipped actor dictionary, so "Armenian
// territory" is Armenia's.
func New(lex *events.Lexicon, opt Options) *Coder {
	c := &Coder{lex: lex, opt: opt, demonyms: map[string]string{}}
	if dict, err := actors.Shipped(); err == nil {
		for _, e := range dict.Entries() {
			if e.Kind != actors.KindCountry || e.Country == "" {
				continue
			}
			for _, a := range e.Adjectives {
				if k := strings.ToLower(a); c.demonyms[k] == "" {
					c.demonyms[k] = e.Country
				}
			}
		}
	}
	return c
}

// Lexicon returns the coder's lexicon.
func (c *Coder) Lexicon() *events.Lexicon { return c.lex }

// SpecFor returns the stage's spec for a coder using lex: Models maps
// "lexicon" to the lexicon's checksum.
func SpecFor(lex *events.Lexicon) pipeline.Spec {
	return pipeline.Spec{
		Name: StageName,
		Doc:  "CAMEO/PLOVER events from dependency trees: source, target, date, place, quantity, status and attribution",
		Requires: []doc.Layer{doc.LayerTokens, doc.LayerPOS, doc.LayerDeps, doc.LayerEntities,
			doc.LayerTimexes, doc.LayerQuantities, doc.LayerActors, doc.LayerPlaces},
		Assigns: []doc.Layer{doc.LayerEvents},
		Models:  map[string]string{"lexicon": lex.Checksum()},
	}
}

// Spec returns the stage's spec with the shipped lexicon.
func Spec() pipeline.Spec {
	lex, err := events.Shipped()
	if err != nil {
		return pipeline.Spec{Name: StageName}
	}
	return SpecFor(lex)
}

// Register adds the events stage, with the shipped lexicon, to r.
func Register(r *pipeline.Registry) error {
	lex, err := events.Shipped()
	if err != nil {
		return fmt.Errorf("loading shipped event lexicon: %w", err)
	}
	return RegisterWith(r, lex)
}

// RegisterWith adds the events stage using lex to r.
func RegisterWith(r *pipeline.Registry, lex *events.Lexicon) error {
	return RegisterWithOptions(r, lex, Options{})
}

// RegisterWithOptions adds the events stage using lex and opt to r.
func RegisterWithOptions(r *pipeline.Registry, lex *events.Lexicon, opt Options) error {
	return r.Register(SpecFor(lex), func() (pipeline.Stage, error) { return New(lex, opt), nil })
}

// Process sets d.Events to the events coded from d's sentences.
func (c *Coder) Process(ctx context.Context, d *doc.Doc) error {
	dc := newDocCtx(d, c.demonyms)
	dc.clauseArgs, dc.objectWords, dc.passiveSource = c.opt.ClauseArgs, c.lex.UsesObjectWords(), c.opt.PassiveSource
	dc.namedSource = c.opt.NamedSource
	dc.verbForm = c.verbForm
	dc.knownVerb = func(l string) bool { return c.lex.Has(false, l) }
	var evs []doc.Event
	for si := range d.Sentences {
		if si%32 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		evs = append(evs, c.sentence(dc, si)...)
	}
	evs = merge(d, dc, evs)
	out := evs[:0]
	for _, e := range evs {
		if e.Confidence >= c.opt.MinConfidence {
			out = append(out, e)
		}
	}
	seen := map[string]int{}
	for i := range out {
		id := fmt.Sprintf("ev%d", out[i].Trigger.Start)
		if n := seen[id]; n > 0 {
			seen[id]++
			id = fmt.Sprintf("%s.%d", id, n)
		} else {
			seen[id] = 1
		}
		out[i].ID = id
	}
	if out == nil {
		out = []doc.Event{}
	}
	d.Events = out
	return nil
}

// countries returns the sorted set of countries (or codes, for actors
// without a country) of actors, joined by "+".
func countries(as []doc.Actor) string {
	var cs []string
	for _, a := range as {
		k := a.Country
		if k == "" {
			k = a.Code
		}
		dup := false
		for _, c := range cs {
			dup = dup || c == k
		}
		if !dup {
			cs = append(cs, k)
		}
	}
	for i := 1; i < len(cs); i++ {
		for j := i; j > 0 && cs[j] < cs[j-1]; j-- {
			cs[j], cs[j-1] = cs[j-1], cs[j]
		}
	}
	return strings.Join(cs, "+")
}
