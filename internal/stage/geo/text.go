package geo

import (
	"unicode"
	"unicode/utf8"
)

// word is a word or punctuation mark of the raw text near a mention, found
// without the tokenizer so that gold-span resolution and the pipeline stage
// see the same context.
type word struct {
	start, end int
	s          string
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '\'' || r == '’' || r == '-'
}

// wordsAfter returns up to n words and punctuation marks after byte offset
// i, stopping at a line break.
func wordsAfter(text string, i, n int) []word {
	var out []word
	for i < len(text) && len(out) < n {
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			return out
		case unicode.IsSpace(r):
			i += sz
		case isWordRune(r) && r != '.' && r != '\'' && r != '’' && r != '-':
			j := i
			for j < len(text) {
				r2, sz2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) {
					break
				}
				j += sz2
			}
			// A trailing period ends the word unless it is an abbreviation
			// ("Ga.", "U.S.") — keep it on the word, the caller decides.
			out = append(out, word{i, j, text[i:j]})
			i = j
		default:
			out = append(out, word{i, i + sz, text[i : i+sz]})
			i += sz
		}
	}
	return out
}

// wordsBefore returns up to n words and punctuation marks before byte
// offset i, nearest first, stopping at a line break.
func wordsBefore(text string, i, n int) []word {
	var out []word
	for i > 0 && len(out) < n {
		r, sz := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == '\n':
			return out
		case unicode.IsSpace(r):
			i -= sz
		case isWordRune(r):
			j := i
			for j > 0 {
				r2, sz2 := utf8.DecodeLastRuneInString(text[:j])
				if !isWordRune(r2) {
					break
				}
				j -= sz2
			}
			w := text[j:i]
			// Split a sentence-final period off the word before it.
			if len(w) > 1 && w[len(w)-1] == '.' && !abbrevLike(w) {
				out = append(out, word{i - 1, i, "."})
				if len(out) < n {
					out = append(out, word{j, i - 1, w[:len(w)-1]})
				}
			} else {
				out = append(out, word{j, i, w})
			}
			i = j
		default:
			out = append(out, word{i - sz, i, text[i-sz : i]})
			i -= sz
		}
	}
	return out
}

// abbrevLike reports whether w, ending in a period, looks like an
// abbreviation ("Ga.", "U.S.", "St.") rather than a word ending a sentence.
func abbrevLike(w string) bool {
	if len(w) <= 5 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	for i := 0; i+1 < len(w)-1; i++ {
		if w[i] == '.' {
			return true
		}
	}
	return false
}

// trimWordPeriod returns w without a final period unless w looks like an
// abbreviation.
func trimWordPeriod(w string) string {
	if len(w) > 1 && w[len(w)-1] == '.' && !abbrevLike(w) {
		return w[:len(w)-1]
	}
	return w
}

// isCapitalized reports whether s starts with an upper-case letter.
func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether every letter of s is upper case and it has at
// least one.
func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// lower returns s in lower case, cheaply for ASCII.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 32
				}
			}
			return string(b)
		}
	}
	return s
}
