package segment

import (
	"fmt"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// isBlank is the fuzz test's own definition of white space, written apart
// from the package's: Unicode spaces, controls and invisible separators.
func isBlank(r rune) bool {
	switch r {
	case '\u200b', '\u2060', '\ufeff', '\u180e':
		return true
	}
	return unicode.IsSpace(r) || unicode.IsControl(r)
}

func boundary(text string, i int) bool {
	return i == 0 || i == len(text) || utf8.RuneStart(text[i])
}

// checkTokens checks the invariants every token list must keep.
func checkTokens(text string, toks []doc.Token) error {
	covered := make([]bool, len(text))
	prevEnd := 0
	for i, t := range toks {
		if !t.Span.Valid(len(text)) || t.Start >= t.End {
			return fmt.Errorf("token %d: bad span [%d,%d) in %d bytes", i, t.Start, t.End, len(text))
		}
		if !boundary(text, t.Start) || !boundary(text, t.End) {
			return fmt.Errorf("token %d [%d,%d) %q: not on a character boundary", i, t.Start, t.End, text[t.Start:t.End])
		}
		if t.Start < prevEnd {
			return fmt.Errorf("token %d [%d,%d): overlaps or precedes the token before, ending at %d", i, t.Start, t.End, prevEnd)
		}
		prevEnd = t.End
		if t.Head != -1 {
			return fmt.Errorf("token %d: head %d", i, t.Head)
		}
		if t.Norm != "" && t.Norm == text[t.Start:t.End] {
			return fmt.Errorf("token %d %q: Norm set to the text itself", i, t.Norm)
		}
		r, _ := utf8.DecodeRuneInString(text[t.End:])
		if want := t.End < len(text) && r != utf8.RuneError && isBlank(r); t.SpaceAfter != want {
			return fmt.Errorf("token %d %q: SpaceAfter %v", i, text[t.Start:t.End], t.SpaceAfter)
		}
		for k := t.Start; k < t.End; k++ {
			covered[k] = true
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case !utf8.RuneStart(text[i]):
			// A stray continuation byte goes with whatever precedes it.
		case r != utf8.RuneError && isBlank(r):
			for k := i; k < i+size; k++ {
				if covered[k] {
					return fmt.Errorf("white space %q at %d inside a token", r, i)
				}
			}
		default:
			if !covered[i] {
				return fmt.Errorf("character %q at %d not covered by a token", text[i:i+size], i)
			}
		}
		i += size
	}
	return nil
}

// checkInvariants checks the output of Split.
func checkInvariants(text string, sents []doc.Sentence, toks []doc.Token) error {
	if err := checkTokens(text, toks); err != nil {
		return err
	}
	if len(toks) > 0 && len(sents) == 0 {
		return fmt.Errorf("%d tokens but no sentence", len(toks))
	}
	next := 0
	for si, s := range sents {
		if s.TokenStart != next || s.TokenEnd <= s.TokenStart || s.TokenEnd > len(toks) {
			return fmt.Errorf("sentence %d: tokens [%d,%d), want to start at %d", si, s.TokenStart, s.TokenEnd, next)
		}
		if s.TokenEnd-s.TokenStart > MaxSentenceTokens {
			return fmt.Errorf("sentence %d: %d tokens", si, s.TokenEnd-s.TokenStart)
		}
		next = s.TokenEnd
		if s.Start != toks[s.TokenStart].Start || s.End != toks[s.TokenEnd-1].End {
			return fmt.Errorf("sentence %d [%d,%d): not the span of its tokens", si, s.Start, s.End)
		}
		for ti := s.TokenStart; ti < s.TokenEnd; ti++ {
			if toks[ti].Sentence != si {
				return fmt.Errorf("token %d: sentence %d, want %d", ti, toks[ti].Sentence, si)
			}
		}
	}
	if next != len(toks) {
		return fmt.Errorf("sentences cover %d of %d tokens", next, len(toks))
	}
	d := &doc.Doc{Text: text, Sentences: sents, Tokens: toks}
	return d.Validate()
}

func FuzzSplit(f *testing.F) {
	// More seeds are in testdata/fuzz/FuzzSplit.
	for _, s := range []string{
		"",
		"Gen. Kim met Dr. Lee in the U.S. The next day he left.",
		"He said \"no.\" Then 'yes.' (Why?)",
		"Russia’s envoy didn’t go — “never”…",
		"SEOUL, Oct 21 (Reuters) - It acted.\n\nBy Editor",
		"a\x80b \xff\xfe c\xe2\x80 \x80\x80 é\u0301 👨‍👩‍👧 🇰🇷",
		"http://x.y/(a)) @h #t a@b.cd '90s 12,000 $1.5bn 713-853-3989",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents, toks := Split(text)
		if err := checkInvariants(text, sents, toks); err != nil {
			t.Fatalf("Split(%q): %v", text, err)
		}
		if err := checkTokens(text, Tokenize(text)); err != nil {
			t.Fatalf("Tokenize(%q): %v", text, err)
		}
	})
}
