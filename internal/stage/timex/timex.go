package timex

import (
	"context"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

// Name is the stage's versioned name.
const Name = "timex/v1"

// Spec returns the stage's spec: it requires sentences and tokens, reads
// POS tags when an earlier stage filled them (without requiring them), and
// assigns the timex layer.
func Spec() pipeline.Spec {
	return pipeline.Spec{
		Name:     Name,
		Doc:      "time expressions (DATE, TIME, DURATION, SET) normalized to TimeML values against the publication date",
		Requires: []doc.Layer{doc.LayerSentences, doc.LayerTokens},
		Assigns:  []doc.Layer{doc.LayerTimexes},
	}
}

// Register adds the stage to r.
func Register(r *pipeline.Registry) error {
	return r.Register(Spec(), func() (pipeline.Stage, error) { return New(), nil })
}

// Recognizer is the timex/v1 stage. It holds no state between documents
// and is safe for concurrent use.
type Recognizer struct{}

var _ pipeline.Stage = (*Recognizer)(nil)

// New returns a Recognizer.
func New() *Recognizer { return &Recognizer{} }

var scanners = sync.Pool{New: func() any { return new(scanner) }}

// Process sets d.Timexes to the time expressions of d's sentences, their
// values resolved against d.Published. It reads Token.Norm and, when set,
// Token.Tag. Expressions that depend on the publication date keep X
// placeholders when it is unknown, and d gets a warning saying how many.
// It fails only when ctx is done.
func (r *Recognizer) Process(ctx context.Context, d *doc.Doc) error {
	d.Timexes = d.Timexes[:0]
	s := scanners.Get().(*scanner)
	defer scanners.Put(s)
	var cands []cand
	// The narrative date anchors "two days later" and clock times: the
	// last date the text named, else the publication date.
	narrative, narrativeGran := d.Published, gDay
	unresolved := 0
	each := func(lo, hi int) {
		s.load(d.Text, d.Tokens[lo:hi])
		cands = s.scan(cands[:0])
		for _, c := range cands {
			tense := TenseUnknown
			if c.e.needsTense() {
				tense = s.tenseAt(c.a, c.b)
			}
			ref := narrative
			if c.e.unit < uMonth && narrativeGran != gDay {
				ref = d.Published // "the next day" needs a day to count from
			}
			v := c.e.resolve(d.Published, ref, tense)
			if d.Published.IsZero() && c.e.NeedsDate() {
				unresolved++
			}
			sp := doc.Span{Start: s.toks[c.a].start, End: s.toks[c.b-1].end}
			d.Timexes = append(d.Timexes, doc.Timex{Span: sp, Text: d.Text[sp.Start:sp.End], Type: c.e.typ, Value: v})
			if c.e.typ == TypeDate && c.e.value == "" {
				if nd, g, ok := dayOf(v); ok {
					narrative, narrativeGran = nd, g
				}
			}
		}
	}
	next := 0
	for i, sent := range d.Sentences {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		lo, hi := max(sent.TokenStart, next), min(sent.TokenEnd, len(d.Tokens))
		if lo >= hi {
			continue
		}
		if lo > next {
			each(next, lo)
		}
		each(lo, hi)
		next = hi
	}
	if next < len(d.Tokens) {
		each(next, len(d.Tokens))
	}
	if len(d.Timexes) == 0 {
		d.Timexes = nil
	}
	if unresolved > 0 {
		d.Warnf("timex: publication date unknown: %d relative time expression(s) left with X placeholders", unresolved)
	}
	return nil
}

// needsTense reports whether the expression's value depends on the tense
// of its clause.
func (e Expr) needsTense() bool {
	switch e.anchor {
	case aYearless:
		return !e.yearRel && (e.dir == 0 || e.dir == 2)
	case aWeekday:
		return e.dir == 0 || e.dir == 2
	}
	return false
}

// dayOf returns the first day of a value that names a day, month or year
// (2024-10-21, 2024-10-21TMO, 2024-10, 2024), as the new narrative
// reference date, with the value's granularity.
func dayOf(v string) (doc.Date, gran, bool) {
	if len(v) < 4 || !digits(v[:4]) {
		return doc.Date{}, gNone, false
	}
	y := atoi(v[:4])
	switch {
	case len(v) == 4:
		return doc.Date{Year: y, Month: 1, Day: 1}, gYear, true
	case len(v) == 7 && v[4] == '-' && digits(v[5:7]):
		m := atoi(v[5:7])
		return doc.Date{Year: y, Month: time.Month(m), Day: 1}, gMonth, m >= 1 && m <= 12
	case len(v) >= 10 && v[4] == '-' && digits(v[5:7]) && v[7] == '-' && digits(v[8:10]):
		m, d := atoi(v[5:7]), atoi(v[8:10])
		return doc.Date{Year: y, Month: time.Month(m), Day: d}, gDay, validDay(y, m, d)
	}
	return doc.Date{}, gNone, false
}

// Parse recognizes the time expression that text is: the longest one
// found in it, preferring the first. It reports false when text holds
// none. Use it to re-resolve a recognized Timex's text under another
// reference date or tense (see Expr.Resolve).
func Parse(text string) (Expr, bool) {
	toks := segment.Tokenize(text)
	var s scanner
	s.load(text, toks)
	var best cand
	found := false
	for _, c := range s.scan(nil) {
		if !found || c.b-c.a > best.b-best.a {
			best, found = c, true
		}
	}
	return best.e, found
}

// Resolve normalizes the time expression text against the reference date
// ref, for a clause in the given tense: it is Parse followed by
// Expr.Resolve. The event coder uses it to date an event from the timex
// that governs its clause, with the tense it read from the clause's verb.
// ok is false when text holds no time expression.
func Resolve(text string, ref doc.Date, tense Tense) (typ, value string, ok bool) {
	e, ok := Parse(text)
	if !ok {
		return "", "", false
	}
	return e.typ, e.Resolve(ref, tense), true
}
