package ud

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/conllu"
	"github.com/sitrep/sitrep/internal/doc"
)

// Span is a half-open range [Start, End) of characters (runes) in a text
// with its white space removed.
type Span struct {
	Start, End int
}

// Word is one syntactic word of an Analysis.
type Word struct {
	// Span is the word's characters; the words of a multi-word token all
	// have the token's span.
	Span Span
	// MultiWord reports whether the word is part of a multi-word token.
	MultiWord bool
	Form      string
	UPOS      string
	XPOS      string
	// Head is the index in Analysis.Words of the word's head, -1 for a
	// root.
	Head   int
	Deprel string
}

// Analysis is a text as the scorer sees it.
type Analysis struct {
	Sentences []Span
	Tokens    []Span
	Words     []Word
	// Chars is the text without white space, which the spans index.
	Chars []rune
}

// isSpace reports whether r is dropped from the text before spans are
// counted: Unicode white space and space separators.
func isSpace(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) }

// appendChars appends the non-space characters of s to chars.
func appendChars(chars []rune, s string) []rune {
	for _, r := range s {
		if !isSpace(r) {
			chars = append(chars, r)
		}
	}
	return chars
}

// FromCoNLLU returns the analysis of treebank sentences, read as one text.
func FromCoNLLU(sents []*conllu.Sentence) *Analysis {
	a := &Analysis{}
	a.Add(sents)
	return a
}

// Add appends treebank sentences to a.
func (a *Analysis) Add(sents []*conllu.Sentence) {
	for _, s := range sents {
		base := len(a.Words)
		sentStart := len(a.Chars)
		mw := 0
		for i := 0; i < len(s.Tokens); {
			t := s.Tokens[i]
			if mw < len(s.MultiWords) && s.MultiWords[mw].First == t.ID {
				m := s.MultiWords[mw]
				mw++
				start := len(a.Chars)
				a.Chars = appendChars(a.Chars, m.Form)
				sp := Span{start, len(a.Chars)}
				a.Tokens = append(a.Tokens, sp)
				for ; i < len(s.Tokens) && s.Tokens[i].ID <= m.Last; i++ {
					a.Words = append(a.Words, word(s.Tokens[i], sp, true, base))
				}
				continue
			}
			start := len(a.Chars)
			a.Chars = appendChars(a.Chars, t.Form)
			sp := Span{start, len(a.Chars)}
			a.Tokens = append(a.Tokens, sp)
			a.Words = append(a.Words, word(t, sp, false, base))
			i++
		}
		if len(s.Tokens) > 0 {
			a.Sentences = append(a.Sentences, Span{sentStart, len(a.Chars)})
		}
	}
}

func word(t conllu.Token, sp Span, multi bool, base int) Word {
	head := -1
	if t.Head > 0 {
		head = base + t.Head - 1
	}
	return Word{Span: sp, MultiWord: multi, Form: t.Form, UPOS: t.UPOS, XPOS: t.XPOS, Head: head, Deprel: t.Deprel}
}

// AddDoc appends the sentences, tokens and annotations of an annotated
// Doc to a. Each token is one word; Token.Head indexes d.Tokens. Tokens
// outside every sentence count as tokens and words, not as sentences.
func (a *Analysis) AddDoc(d *doc.Doc) error {
	base := len(a.Words)
	// chars[i] is the number of non-space characters before byte i.
	charAt := make([]int, len(d.Text)+1)
	n := len(a.Chars)
	for i, r := range d.Text {
		charAt[i] = n
		if !isSpace(r) {
			a.Chars = append(a.Chars, r)
			n++
		}
		for j := i + 1; j < len(d.Text) && !utf8.RuneStart(d.Text[j]); j++ {
			charAt[j] = n
		}
	}
	charAt[len(d.Text)] = n
	for i, t := range d.Tokens {
		if !t.Span.Valid(len(d.Text)) {
			return fmt.Errorf("adding doc %.12s: token %d [%d,%d) outside a text of %d bytes: %w", d.ID, i, t.Start, t.End, len(d.Text), doc.ErrBadSpan)
		}
		sp := Span{charAt[t.Start], charAt[t.End]}
		a.Tokens = append(a.Tokens, sp)
		head := -1
		if t.Head >= 0 && t.Head < len(d.Tokens) {
			head = base + t.Head
		}
		a.Words = append(a.Words, Word{Span: sp, Form: d.Text[t.Start:t.End], UPOS: t.POS, XPOS: t.Tag, Head: head, Deprel: t.Dep})
	}
	for _, s := range d.Sentences {
		lo, hi := max(s.TokenStart, 0), min(s.TokenEnd, len(d.Tokens))
		if lo >= hi {
			continue
		}
		a.Sentences = append(a.Sentences, Span{a.Tokens[base+lo].Start, a.Tokens[base+hi-1].End})
	}
	return nil
}

// Metric is one score: how many of the gold and system items there are and
// how many are correct.
type Metric struct {
	Gold, System, Correct int
}

// Precision returns Correct/System, or 0 without system items.
func (m Metric) Precision() float64 { return ratio(m.Correct, m.System) }

// Recall returns Correct/Gold, or 0 without gold items.
func (m Metric) Recall() float64 { return ratio(m.Correct, m.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (m Metric) F1() float64 { return ratio(2*m.Correct, m.Gold+m.System) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores are the results of Score.
type Scores struct {
	Tokens, Sentences, Words Metric
	UPOS, XPOS               Metric
	UAS, LAS, LASFull        Metric
}

// Score aligns system words to gold words and scores them. Both analyses
// must be of the same text: it fails when their characters differ.
func Score(gold, system *Analysis) (Scores, error) {
	if string(gold.Chars) != string(system.Chars) {
		i := 0
		for i < len(gold.Chars) && i < len(system.Chars) && gold.Chars[i] == system.Chars[i] {
			i++
		}
		return Scores{}, fmt.Errorf("scoring: the texts differ at character %d: gold %q, system %q: %w",
			i, excerpt(gold.Chars, i), excerpt(system.Chars, i), ErrTextMismatch)
	}
	var s Scores
	s.Tokens = spanMatch(gold.Tokens, system.Tokens)
	s.Sentences = spanMatch(gold.Sentences, system.Sentences)
	al := align(gold.Words, system.Words)
	g, sy := len(gold.Words), len(system.Words)
	s.Words = Metric{Gold: g, System: sy, Correct: len(al.pairs)}
	s.UPOS, s.XPOS, s.UAS, s.LAS, s.LASFull = s.Words, s.Words, s.Words, s.Words, s.Words
	s.UPOS.Correct, s.XPOS.Correct, s.UAS.Correct, s.LAS.Correct, s.LASFull.Correct = 0, 0, 0, 0, 0
	for _, p := range al.pairs {
		gw, sw := gold.Words[p[0]], system.Words[p[1]]
		if gw.UPOS == sw.UPOS {
			s.UPOS.Correct++
		}
		if gw.XPOS == sw.XPOS {
			s.XPOS.Correct++
		}
		headOK := gw.Head < 0 && sw.Head < 0
		if gw.Head >= 0 && sw.Head >= 0 {
			h, ok := al.goldToSys[gw.Head]
			headOK = ok && h == sw.Head
		}
		if !headOK {
			continue
		}
		s.UAS.Correct++
		if universal(gw.Deprel) == universal(sw.Deprel) {
			s.LAS.Correct++
		}
		if gw.Deprel == sw.Deprel {
			s.LASFull.Correct++
		}
	}
	return s, nil
}

func excerpt(r []rune, i int) string {
	return string(r[max(i-10, 0):min(i+10, len(r))])
}

// universal returns the universal part of a relation: "nsubj" for
// "nsubj:pass".
func universal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}

// spanMatch counts the spans that gold and system share; both lists are
// in increasing order.
func spanMatch(gold, system []Span) Metric {
	m := Metric{Gold: len(gold), System: len(system)}
	gi, si := 0, 0
	for gi < len(gold) && si < len(system) {
		switch g, s := gold[gi], system[si]; {
		case s.Start > g.Start:
			gi++
		case g.Start > s.Start:
			si++
		default:
			if g.End == s.End {
				m.Correct++
			}
			gi++
			si++
		}
	}
	return m
}

// alignment pairs gold and system word indices.
type alignment struct {
	pairs     [][2]int
	goldToSys map[int]int
}

func (a *alignment) add(g, s int) {
	a.pairs = append(a.pairs, [2]int{g, s})
	a.goldToSys[g] = s
}

// align aligns words as conll18_ud_eval.py does: outside multi-word
// tokens by equal spans; over a stretch of text where either side has a
// multi-word token, by the longest common subsequence of the (case-folded)
// forms.
func align(gold, system []Word) *alignment {
	al := &alignment{goldToSys: map[int]int{}}
	gi, si := 0, 0
	for gi < len(gold) && si < len(system) {
		if gold[gi].MultiWord || system[si].MultiWord {
			var gs, ss int
			gs, ss, gi, si = multiwordSpan(gold, system, gi, si)
			if si > ss && gi > gs {
				lcs := computeLCS(gold, system, gi, si, gs, ss)
				g, s := 0, 0
				for g < gi-gs && s < si-ss {
					switch {
					case fold(gold[gs+g].Form) == fold(system[ss+s].Form):
						al.add(gs+g, ss+s)
						g++
						s++
					case lcs[g][s] == lcsAt(lcs, g+1, s, gi-gs, si-ss):
						g++
					default:
						s++
					}
				}
			}
			continue
		}
		switch g, s := gold[gi].Span, system[si].Span; {
		case g == s:
			al.add(gi, si)
			gi++
			si++
		case g.Start <= s.Start:
			gi++
		default:
			si++
		}
	}
	return al
}

// multiwordSpan finds the stretch of words around a multi-word token at gi
// or si: it returns where the stretch starts on each side and the first
// words after it.
func multiwordSpan(gold, system []Word, gi, si int) (gs, ss, ge, se int) {
	var end int
	if gold[gi].MultiWord {
		end = gold[gi].Span.End
		if !system[si].MultiWord && system[si].Span.Start < gold[gi].Span.Start {
			si++
		}
	} else {
		end = system[si].Span.End
		if !gold[gi].MultiWord && gold[gi].Span.Start < system[si].Span.Start {
			gi++
		}
	}
	gs, ss = gi, si
	for !beyondEnd(gold, gi, end) || !beyondEnd(system, si, end) {
		if gi < len(gold) && (si >= len(system) || gold[gi].Span.Start <= system[si].Span.Start) {
			end = extendEnd(gold[gi], end)
			gi++
		} else {
			end = extendEnd(system[si], end)
			si++
		}
	}
	return gs, ss, gi, si
}

func beyondEnd(words []Word, i, end int) bool {
	if i >= len(words) {
		return true
	}
	if words[i].MultiWord {
		return words[i].Span.Start >= end
	}
	return words[i].Span.End > end
}

func extendEnd(w Word, end int) int {
	if w.MultiWord && w.Span.End > end {
		return w.Span.End
	}
	return end
}

func computeLCS(gold, system []Word, gi, si, gs, ss int) [][]int {
	ng, ns := gi-gs, si-ss
	lcs := make([][]int, ng)
	for g := range lcs {
		lcs[g] = make([]int, ns)
	}
	for g := ng - 1; g >= 0; g-- {
		for s := ns - 1; s >= 0; s-- {
			if fold(gold[gs+g].Form) == fold(system[ss+s].Form) {
				lcs[g][s] = 1 + lcsAt(lcs, g+1, s+1, ng, ns)
			}
			lcs[g][s] = max(lcs[g][s], lcsAt(lcs, g+1, s, ng, ns), lcsAt(lcs, g, s+1, ng, ns))
		}
	}
	return lcs
}

func lcsAt(lcs [][]int, g, s, ng, ns int) int {
	if g >= ng || s >= ns {
		return 0
	}
	return lcs[g][s]
}

// fold case-folds a form for comparison.
func fold(s string) string { return strings.ToLower(s) }
