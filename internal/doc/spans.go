package doc

import (
	"fmt"
	"unicode/utf8"
)

// SpanAt is implemented by every layer element that covers a span.
type SpanAt interface{ span() Span }

func (s Span) span() Span { return s }

// Validate checks that every span of every layer lies inside the text and
// on UTF-8 character boundaries, and that token heads point at tokens.
func (d *Doc) Validate() error {
	n := len(d.Text)
	check := func(layer Layer, i int, s Span) error {
		if !s.Valid(n) || !d.boundary(s.Start) || !d.boundary(s.End) {
			return fmt.Errorf("%s[%d] [%d,%d) in a text of %d bytes: %w", layer, i, s.Start, s.End, n, ErrBadSpan)
		}
		return nil
	}
	for i, s := range d.Sentences {
		if err := check(LayerSentences, i, s.Span); err != nil {
			return err
		}
	}
	for i, t := range d.Tokens {
		if err := check(LayerTokens, i, t.Span); err != nil {
			return err
		}
		if t.Head < -1 || t.Head >= len(d.Tokens) {
			return fmt.Errorf("tokens[%d] head %d of %d tokens: %w", i, t.Head, len(d.Tokens), ErrBadSpan)
		}
	}
	for i, e := range d.Entities {
		if err := check(LayerEntities, i, e.Span); err != nil {
			return err
		}
	}
	for i, e := range d.Timexes {
		if err := check(LayerTimexes, i, e.Span); err != nil {
			return err
		}
	}
	for i, e := range d.Quantities {
		if err := check(LayerQuantities, i, e.Span); err != nil {
			return err
		}
	}
	for i, e := range d.Places {
		if err := check(LayerPlaces, i, e.Span); err != nil {
			return err
		}
	}
	for i, e := range d.Actors {
		if err := check(LayerActors, i, e.Span); err != nil {
			return err
		}
	}
	for i, e := range d.Events {
		if err := check(LayerEvents, i, e.Trigger.Span); err != nil {
			return err
		}
		for _, m := range e.Mentions {
			if err := check(LayerEvents, i, m.Span); err != nil {
				return err
			}
		}
	}
	return nil
}

func (d *Doc) boundary(i int) bool {
	return i == 0 || i == len(d.Text) || utf8.RuneStart(d.Text[i])
}

// SentenceTokens returns the tokens of sentence i. The slice aliases
// Doc.Tokens.
func (d *Doc) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.TokenStart:s.TokenEnd]
}

// SentenceOf returns the index of the sentence containing byte offset off,
// or -1 when no sentence does.
func (d *Doc) SentenceOf(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// Within returns the elements of a layer whose spans lie inside s, in order.
func Within[T SpanAt](layer []T, s Span) []T {
	var out []T
	for _, e := range layer {
		if s.Contains(e.span()) {
			out = append(out, e)
		}
	}
	return out
}
