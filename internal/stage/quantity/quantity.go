package quantity

import (
	"context"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
)

// Name is the stage's versioned name.
const Name = "quantity/v1"

// Spec returns the stage's spec: it requires tokens, part-of-speech tags
// and dependency trees, and assigns the quantities layer. The stage uses
// no model; its word lists are compiled in.
func Spec() pipeline.Spec {
	return pipeline.Spec{
		Name:     Name,
		Doc:      "numbers, qualifiers and ranges, bound through the dependency tree to what they count",
		Requires: []doc.Layer{doc.LayerTokens, doc.LayerPOS, doc.LayerDeps},
		Assigns:  []doc.Layer{doc.LayerQuantities},
	}
}

// Register adds the quantity stage to r.
func Register(r *pipeline.Registry) error {
	return r.Register(Spec(), func() (pipeline.Stage, error) { return New(), nil })
}

// Recognizer is the quantity/v1 stage. It holds no state and is safe for
// concurrent use.
type Recognizer struct{}

var _ pipeline.Stage = (*Recognizer)(nil)

// New returns a Recognizer.
func New() *Recognizer { return &Recognizer{} }

// Process sets d.Quantities to the quantities Find finds, replacing any it
// had. It fails only when ctx is done.
func (r *Recognizer) Process(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Quantities = Find(d)
	return nil
}

// scratch is the per-call working memory of Find.
type scratch struct {
	s    sentence
	kids [][]int
}

var pool = sync.Pool{New: func() any { return new(scratch) }}

// Find returns the quantities in d's tokens, in text order. It reads
// Token.Norm when set, else the token's text, and uses the tags, lemmas
// and dependency tree where the tokens have them: a sentence whose tokens
// all have Head -1 is bound by word order instead (the counted noun is the
// noun phrase after the number, the event the verb before it or the
// predicate after it), which is the degraded mode for a pipeline without a
// parser. Numbers inside d.Timexes, when that layer is filled, are left
// out. Find does not change d.
func Find(d *doc.Doc) []doc.Quantity {
	if len(d.Tokens) == 0 {
		return nil
	}
	sc := pool.Get().(*scratch)
	defer pool.Put(sc)
	var out []doc.Quantity
	var ante antecedent
	lo := 0
	for lo < len(d.Tokens) {
		hi := lo + 1
		for hi < len(d.Tokens) && d.Tokens[hi].Sentence == d.Tokens[lo].Sentence {
			hi++
		}
		out = sc.sentence(d, lo, hi, &ante, out)
		lo = hi
	}
	return out
}

// sentence finds the quantities of the tokens [lo, hi), appending to out.
func (sc *scratch) sentence(d *doc.Doc, lo, hi int, ante *antecedent, out []doc.Quantity) []doc.Quantity {
	// Skip sentences without a digit or a number word cheaply.
	found := false
	toks := d.Tokens[lo:hi]
	for _, t := range toks {
		w := d.Text[t.Start:t.End]
		if t.Norm != "" {
			w = t.Norm
		}
		if maybeNumber(w) {
			found = true
			break
		}
	}
	if !found {
		return out
	}
	s := &sc.s
	s.reset(d.Text, toks, lo)
	kidsReady := false
	floor := 0
	for i := 0; i < s.n(); i++ {
		if !canStart(s.low[i]) {
			continue
		}
		e, ok := s.matchExpr(i, floor)
		if !ok {
			continue
		}
		sp := doc.Span{Start: toks[e.start].Start, End: toks[e.end-1].End}
		if inTimex(d.Timexes, sp) || s.skipSurface(e) {
			// Skip the whole number, so "2019" of "2019-2021" is not read
			// again.
			i = e.coreEnd - 1
			continue
		}
		var b binding
		if s.parsed {
			if !kidsReady {
				sc.kids = s.children(sc.kids)
				kidsReady = true
			}
			b = s.bindTree(e, sc.kids, *ante)
		} else {
			b = s.bindLinear(e, *ante)
		}
		q, keep := finish(e, b, s)
		if b.noun >= 0 && !b.anaphor && b.unit != "" && b.nounKind != KindMoney && !timeUnits[s.low[b.noun]] {
			*ante = antecedent{unit: b.unit, kind: b.nounKind, ok: true}
		}
		i = e.end - 1
		floor = e.end
		if !keep {
			continue
		}
		q.Span = sp
		q.Text = d.Text[sp.Start:sp.End]
		out = append(out, q)
	}
	return out
}

// finish turns an expression and its binding into a Quantity, or reports
// that it is not one to keep.
func finish(e expr, b binding, s *sentence) (doc.Quantity, bool) {
	if b.id {
		return doc.Quantity{}, false
	}
	if b.noun >= 0 && (timeUnits[s.low[b.noun]] || timeUnits[b.unit]) && e.currency == "" && e.percent == "" {
		return doc.Quantity{}, false
	}
	q := doc.Quantity{Value: e.value, Approx: e.approx}
	lower, upper := e.lower, e.upper
	switch {
	case e.currency != "":
		q.Unit, q.Kind = e.currency, KindMoney
	case e.percent != "":
		q.Unit, q.Kind = e.percent, KindPercent
		if e.percent == UnitPercent {
			q.Unit = UnitPercent
		}
	case e.fraction:
		q.Value, lower, upper = 100*q.Value, 100*lower, 100*upper
		q.Unit, q.Kind = UnitPercent, KindPercent
	case b.nounKind == KindMoney:
		q.Unit, q.Kind = b.unit, KindMoney
	default:
		q.Unit, q.Kind = b.unit, b.nounKind
		if b.eventKind != "" && (b.nounKind == "" || b.nounKind == KindPeople || b.nounKind == KindTroops) {
			q.Kind = b.eventKind
			if q.Unit == "" {
				q.Unit = b.eventKind
			}
		}
	}
	if e.hasLower {
		q.Lower = &lower
	}
	if e.hasUpper {
		q.Upper = &upper
	}
	if e.yearLike {
		if _, known := nounKinds[b.unit]; !known || b.anaphor {
			return doc.Quantity{}, false
		}
	}
	if e.one {
		switch q.Kind {
		case KindKilled, KindInjured, KindArrested, KindDisplaced, KindMissing,
			KindTroops, KindShips, KindAircraft, KindWeapons, KindMoney, KindPercent:
		default:
			return doc.Quantity{}, false
		}
	}
	return q, true
}

// inTimex reports whether sp overlaps a time expression.
func inTimex(ts []doc.Timex, sp doc.Span) bool {
	for _, t := range ts {
		if t.Overlaps(sp) {
			return true
		}
	}
	return false
}

// maybeNumber reports whether a word may be part of a number, to skip
// sentences without one.
func maybeNumber(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	if isDigitByte(c) || c >= 0x80 {
		return true
	}
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	switch c {
	case 'a', 'd', 'e', 'f', 'h', 'm', 'n', 'o', 's', 't', 'z', 'b', 'q', 'l', 'c', 'k':
		lw := lowerASCII(w)
		return lw != "a" && lw != "an" && (canStart(lw) || numberWord(lw))
	}
	return false
}
