package system

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
	evalevents "github.com/sitrep/sitrep/internal/eval/events"
)

// DropCommaClauses returns d's text with the comma-delimited clauses
// PETRARCH's comma options c drop before coding blanked out (each byte a
// space, so the text keeps its length), and whether anything was dropped.
// It reads each sentence of d as PETRARCH's check_commas reads its parse:
//
//   - only clause commas count: a comma inside a noun phrase ("complete,
//     full ties", an apposition, a list of names) is part of that phrase,
//     as PETRARCH absorbs it when it makes the phrase a named entity;
//   - a clause's length is its words, tokens that begin with a letter
//     ("12-year" and "'s" are not words);
//   - the initial clause (before the first comma) is dropped when its
//     length lies in [c.BMin, c.BMax], the terminal one (after the last
//     comma, up to the closing punctuation) in [c.EMin, c.EMax], then each
//     internal one (between two commas, the first comma with it) in
//     [c.Min, c.Max]; a maximum of zero turns that kind off;
//   - a comma left with no words before it or after it is dropped too.
//
// PETRARCH removes only the phrases that lie wholly inside the clause;
// here the clause's words all go, which is the same for a clause that is
// a phrase of its own ("…, a senior official said").
func DropCommaClauses(d *doc.Doc, c evalevents.CommaOptions) (string, bool) {
	if c.Max == 0 && c.BMax == 0 && c.EMax == 0 {
		return d.Text, false
	}
	drop := make([]bool, len(d.Tokens))
	any := false
	for _, s := range d.Sentences {
		if dropClauses(d.Text, d.Tokens, s.TokenStart, s.TokenEnd, c, drop) {
			any = true
		}
	}
	if !any {
		return d.Text, false
	}
	b := []byte(d.Text)
	for i, t := range d.Tokens {
		if drop[i] {
			for j := t.Start; j < t.End; j++ {
				b[j] = ' '
			}
		}
	}
	return string(b), true
}

// dropClauses marks in drop the tokens of [start, end) that c drops.
func dropClauses(text string, toks []doc.Token, start, end int, c evalevents.CommaOptions, drop []bool) bool {
	word := func(i int) string { return text[toks[i].Start:toks[i].End] }
	var commas []int
	for i := start; i < end; i++ {
		if word(i) == "," && clauseComma(toks, start, end, i) {
			commas = append(commas, i)
		}
	}
	if len(commas) == 0 {
		return false
	}
	last := end // the closing punctuation, if any
	if end > start && isFinal(word(end-1)) {
		last = end - 1
	}
	words := func(from, to int) int {
		n := 0
		for i := from; i < to; i++ {
			if !drop[i] && isWord(word(i)) {
				n++
			}
		}
		return n
	}
	mark := func(from, to int) {
		for i := from; i < to; i++ {
			drop[i] = true
		}
	}
	if c.BMax != 0 {
		if n := words(start, commas[0]); n >= c.BMin && n <= c.BMax {
			mark(start, commas[0])
		}
	}
	if c.EMax != 0 {
		k := commas[len(commas)-1]
		if n := words(k+1, last); n >= c.EMin && n <= c.EMax {
			mark(k+1, last)
		}
	}
	if c.Max != 0 {
		for i := 0; i+1 < len(commas); i++ {
			a, b := commas[i], commas[i+1]
			if n := words(a+1, b); n >= c.Min && n <= c.Max {
				mark(a, b)
			}
		}
	}
	// A comma left at either end of what remains goes too.
	for _, k := range commas {
		if drop[k] {
			continue
		}
		if words(start, k) == 0 || words(k+1, last) == 0 {
			drop[k] = true
		}
	}
	for i := start; i < end; i++ {
		if drop[i] {
			return true
		}
	}
	return false
}

// clauseComma reports whether the comma at i (of the sentence [start,
// end)) delimits a clause rather than standing inside a noun phrase. Its
// head h being a noun, adjective, number or pronoun, the comma is inside
// a noun phrase when h is conjoined with, in apposition to or modifies
// another such word ("Mordor, Fornost and Gondor", "Dagolath, its
// partner"); when a word of h's phrase stands before the comma and h
// after it ("complete, full ties"); or when h's phrase has no verb and is
// hung loosely on the clause (an apposition read as parataxis). But a
// comma before a noun phrase that is the subject of a verb that follows,
// with no other comma between (", the official news agency WFNA said"),
// opens a clause, however the parser hung the phrase.
func clauseComma(toks []doc.Token, start, end, i int) bool {
	if subjectAfter(toks, end, i) {
		return true
	}
	h := toks[i].Head
	if h < start || h >= end || !nominal(toks[h].Tag) {
		return true
	}
	hh := toks[h].Head
	switch toks[h].Dep {
	case "conj", "appos", "amod", "compound", "nmod", "nmod:poss", "flat", "list", "nummod":
		if hh >= start && hh < end && nominal(toks[hh].Tag) {
			return false
		}
	}
	under := func(j int) bool { // j in h's phrase
		for n := 0; j >= start && j < end && n < end-start; n++ {
			if j == h {
				return true
			}
			j = toks[j].Head
		}
		return false
	}
	verb := false
	before := false
	for j := start; j < end; j++ {
		if !under(j) {
			continue
		}
		if strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Tag == "MD" {
			verb = true
		}
		if j < i {
			before = true
		}
	}
	if before && h > i && !verb {
		return false
	}
	switch toks[h].Dep {
	case "parataxis", "appos", "dep", "list", "conj":
		if !verb {
			return false
		}
	}
	return true
}

// subjectAfter reports whether the words after the comma at i are a noun
// phrase whose last word is the subject of a verb that follows it before
// the next comma.
func subjectAfter(toks []doc.Token, end, i int) bool {
	for j := i + 1; j < end && npWord(toks[j].Tag); j++ {
		if v := toks[j].Head; v > j && v < end && strings.HasPrefix(toks[j].Dep, "nsubj") && strings.HasPrefix(toks[v].Tag, "VB") {
			for k := j + 1; k < v; k++ {
				if toks[k].Tag == "," {
					return false
				}
			}
			return true
		}
	}
	return false
}

// nominal reports whether a Penn tag is a noun's, an adjective's, a
// number's or a pronoun's.
func nominal(tag string) bool {
	if tag == "" {
		return false
	}
	switch tag[0] {
	case 'N', 'J':
		return true
	}
	return tag == "CD" || tag == "PRP"
}

func isFinal(s string) bool { return s == "." || s == "!" || s == "?" }

// isWord reports whether a token is a word as PETRARCH counts them: it
// begins with a letter.
func isWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
