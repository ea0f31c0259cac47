package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// Tokenize is a small rule tokenizer for scoring raw-text gold sets such as
// re3d, where the pipeline's own segmenter is not wanted as a variable:
// words split at spaces, leading and trailing punctuation split off (but
// the period of "U.S.", "Mr." and the like kept), "'s" and "’s" split,
// sentences broken at line breaks and at a period before a capital. With
// splitHyphens it also splits "Hong-kyun" into "Hong" "-" "kyun", as UD EWT
// tokenization does. It returns a Doc holding text and its tokens.
func Tokenize(text string, splitHyphens bool) *doc.Doc {
	d := doc.New("test", text)
	sent := 0
	add := func(s, e int) {
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: s, End: e}, Sentence: sent, Head: -1})
	}
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' && len(d.Tokens) > 0 && d.Tokens[len(d.Tokens)-1].Sentence == sent {
				sent++
			}
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		// word is text[i:j]; peel punctuation.
		s, e := i, j
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			add(s, s+n)
			s += n
		}
		var tail [][2]int
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			if r == '.' && e-n > s && isAbbrev(text[s:e]) {
				break
			}
			tail = append(tail, [2]int{e - n, e})
			e -= n
		}
		for _, suf := range []string{"'s", "’s"} {
			if strings.HasSuffix(text[s:e], suf) && e-len(suf) > s {
				tail = append(tail, [2]int{e - len(suf), e})
				e -= len(suf)
			}
		}
		if s < e {
			if splitHyphens {
				k := s
				for p := s; p < e; p++ {
					if text[p] == '-' && p > s && p+1 < e {
						add(k, p)
						add(p, p+1)
						k = p + 1
					}
				}
				add(k, e)
			} else {
				add(s, e)
			}
		}
		for t := len(tail) - 1; t >= 0; t-- {
			add(tail[t][0], tail[t][1])
			if text[tail[t][0]:tail[t][1]] == "." && j < len(text) {
				if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[j:], " ")); unicode.IsUpper(r) {
					sent++
				}
			}
		}
		i = j
	}
	return d
}

func isAbbrev(w string) bool {
	switch w {
	case "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Maj.", "Adm.", "St.", "Sen.", "Rep.", "Gov.", "Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "No.", "Mt.", "Prof.", "Rev.", "vs.", "etc.":
		return true
	}
	// Dotted acronyms: "U.S.", "U.N.", "D.C."
	if len(w) >= 4 && len(w)%2 == 0 {
		for i := 0; i < len(w); i += 2 {
			if w[i+1] != '.' || w[i] < 'A' || w[i] > 'Z' {
				return false
			}
		}
		return true
	}
	return false
}
