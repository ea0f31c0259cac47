package doc

import (
	"unicode/utf8"
)

// UTF16Offsets converts byte offsets into a text to UTF-16 code-unit
// offsets, the unit JavaScript strings are indexed in. Make one per text
// and reuse it; it is safe for concurrent use once made.
type UTF16Offsets struct {
	// units[i] is the UTF-16 offset of byte i, for i in [0, len(text)].
	units []int32
}

// NewUTF16Offsets indexes text for offset conversion.
func NewUTF16Offsets(text string) *UTF16Offsets {
	units := make([]int32, len(text)+1)
	u := int32(0)
	for i, r := range text {
		size := utf8.RuneLen(r)
		if r == utf8.RuneError {
			_, size = utf8.DecodeRuneInString(text[i:])
		}
		for k := 0; k < size; k++ {
			units[i+k] = u
		}
		if r >= 0x10000 {
			u += 2
		} else {
			u++
		}
	}
	units[len(text)] = u
	return &UTF16Offsets{units: units}
}

// Offset returns the UTF-16 offset of byte offset b. Offsets inside a
// multi-byte character map to the start of that character.
func (c *UTF16Offsets) Offset(b int) int {
	if b < 0 {
		return 0
	}
	if b >= len(c.units) {
		return int(c.units[len(c.units)-1])
	}
	return int(c.units[b])
}

// Span converts a byte span to a UTF-16 span.
func (c *UTF16Offsets) Span(s Span) Span { return Span{Start: c.Offset(s.Start), End: c.Offset(s.End)} }

// WithUTF16Offsets returns a copy of the Doc whose spans count UTF-16 code
// units instead of bytes, for a browser. The copy shares no layer slices
// with d. Its Validate no longer holds, since offsets are no longer bytes.
func (d *Doc) WithUTF16Offsets() *Doc {
	c := NewUTF16Offsets(d.Text)
	out := *d
	out.Sentences = mapSpans(d.Sentences, func(x *Sentence) { x.Span = c.Span(x.Span) })
	out.Tokens = mapSpans(d.Tokens, func(x *Token) { x.Span = c.Span(x.Span) })
	out.Entities = mapSpans(d.Entities, func(x *Entity) { x.Span = c.Span(x.Span) })
	out.Timexes = mapSpans(d.Timexes, func(x *Timex) { x.Span = c.Span(x.Span) })
	out.Quantities = mapSpans(d.Quantities, func(x *Quantity) { x.Span = c.Span(x.Span) })
	out.Places = mapSpans(d.Places, func(x *Place) { x.Span = c.Span(x.Span) })
	out.Actors = mapSpans(d.Actors, func(x *Actor) { x.Span = c.Span(x.Span) })
	out.Events = mapSpans(d.Events, func(e *Event) {
		e.Trigger.Span = c.Span(e.Trigger.Span)
		e.Mentions = mapSpans(e.Mentions, func(m *Mention) { m.Span = c.Span(m.Span) })
		e.Source = mapSpans(e.Source, func(a *Actor) { a.Span = c.Span(a.Span) })
		e.Target = mapSpans(e.Target, func(a *Actor) { a.Span = c.Span(a.Span) })
		if e.Location != nil {
			p := *e.Location
			p.Span = c.Span(p.Span)
			e.Location = &p
		}
		if e.Quantity != nil {
			q := *e.Quantity
			q.Span = c.Span(q.Span)
			e.Quantity = &q
		}
		if e.SaidBy != nil {
			a := *e.SaidBy
			a.Span = c.Span(a.Span)
			e.SaidBy = &a
		}
		if e.Evidence != nil {
			ev := make(map[string]Span, len(e.Evidence))
			for k, s := range e.Evidence {
				ev[k] = c.Span(s)
			}
			e.Evidence = ev
		}
	})
	out.Claims = mapSpans(d.Claims, func(cl *Claim) {
		if cl.SaidBy != nil {
			a := *cl.SaidBy
			a.Span = c.Span(a.Span)
			cl.SaidBy = &a
		}
	})
	return &out
}

func mapSpans[T any](in []T, f func(*T)) []T {
	if in == nil {
		return nil
	}
	out := make([]T, len(in))
	copy(out, in)
	for i := range out {
		f(&out[i])
	}
	return out
}
