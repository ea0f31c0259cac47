package segment

import (
	"unicode"
	"unicode/utf8"
)

// Byte classes of ASCII characters, indexed by byte in asciiTab.
const (
	bOther uint8 = iota // punctuation and symbols, dispatched by value
	bSpace              // space, tab, newlines and every other control character
	bLower              // a-z
	bUpper              // A-Z
	bDigit              // 0-9
	bUnder              // '_', a word character
)

// asciiTab holds the class of each ASCII byte. It is a constant string so
// that the package keeps no mutable global state; TestASCIITable checks it.
const asciiTab = "" +
	"\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01" +
	"\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04\x00\x00\x00\x00\x00\x00" +
	"\x00\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x00\x00\x00\x00\x05" +
	"\x00\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x00\x00\x00\x00\x01"

// Classes of non-ASCII runes.
const (
	rOther  uint8 = iota // punctuation and symbols, dispatched by value
	rSpace               // whitespace, controls and invisible separators
	rLower               // lowercase letter
	rUpper               // uppercase or titlecase letter
	rLetter              // letter without case (Hangul, CJK, Arabic, ...)
	rDigit               // any Unicode number
	rMark                // combining mark or joiner: continues whatever precedes it
	rApos                // a character used as an apostrophe: ’ ʼ ´
	rHyphen              // ‐ ‑: hyphens that behave like '-'
)

// runeClass classifies a non-ASCII rune.
func runeClass(r rune) uint8 {
	switch r {
	case '\u2019', '\u02bc', '\u00b4':
		return rApos
	case '\u2010', '\u2011':
		return rHyphen
	case '\u00ad', '\u200c', '\u200d', '\u034f':
		// Soft hyphen, zero-width (non-)joiner, combining grapheme joiner.
		return rMark
	case '\u200b', '\u2060', '\ufeff', '\u180e':
		// Zero-width space, word joiner, byte-order mark, Mongolian vowel separator.
		return rSpace
	case utf8.RuneError:
		return rOther
	}
	switch {
	case unicode.IsSpace(r) || unicode.IsControl(r):
		return rSpace
	case unicode.IsLetter(r):
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			return rUpper
		case unicode.IsLower(r):
			return rLower
		}
		return rLetter
	case unicode.IsNumber(r):
		return rDigit
	case unicode.IsMark(r) || unicode.Is(unicode.Variation_Selector, r):
		return rMark
	}
	return rOther
}

// isSpaceRune reports whether r separates tokens: Unicode white space,
// control characters and the invisible separators (zero-width space, word
// joiner, byte-order mark).
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiTab[r] == bSpace
	}
	return runeClass(r) == rSpace
}

// spaceAt reports whether the character at byte i of text is white space.
func spaceAt(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiTab[c] == bSpace
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r != utf8.RuneError && isSpaceRune(r)
}

// letterAt reports whether a letter starts at byte i of text.
func letterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiTab[c] == bLower || asciiTab[c] == bUpper
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch runeClass(r) {
	case rLower, rUpper, rLetter:
		return true
	}
	return false
}

// alnumAt reports whether a letter or digit starts at byte i of text.
func alnumAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiTab[c] >= bLower && asciiTab[c] <= bDigit
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	switch runeClass(r) {
	case rLower, rUpper, rLetter, rDigit:
		return true
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool { return c < utf8.RuneSelf && asciiTab[c] >= bLower && asciiTab[c] <= bDigit }

// firstRuneClass returns the class of the first character of s, in the
// rune classes (ASCII letters and digits map to rLower, rUpper, rDigit).
func firstRuneClass(s string) uint8 {
	if s == "" {
		return rOther
	}
	c := s[0]
	if c < utf8.RuneSelf {
		switch asciiTab[c] {
		case bLower:
			return rLower
		case bUpper:
			return rUpper
		case bDigit:
			return rDigit
		case bSpace:
			return rSpace
		}
		return rOther
	}
	r, _ := utf8.DecodeRuneInString(s)
	return runeClass(r)
}

// upperInitial reports whether s starts with an uppercase letter.
func upperInitial(s string) bool { return firstRuneClass(s) == rUpper }

// allCaps reports whether s has at least two letters and no lowercase
// letter.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		var cl uint8
		if r < utf8.RuneSelf {
			switch asciiTab[r] {
			case bLower:
				return false
			case bUpper:
				letters++
			}
			continue
		}
		cl = runeClass(r)
		switch cl {
		case rLower:
			return false
		case rUpper:
			letters++
		}
	}
	return letters >= 2
}

// skipJunk returns the first offset at or after i that starts a UTF-8
// sequence (or len(text)): stray continuation bytes of invalid UTF-8 are
// absorbed into whatever precedes them, so that every span starts and ends
// on a character boundary.
func skipJunk(text string, i int) int {
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// isEmojiModifier reports whether r extends the emoji or symbol before it:
// variation selectors, skin tones, the keycap mark and tag characters.
func isEmojiModifier(r rune) bool {
	return (r >= 0xfe00 && r <= 0xfe0f) || (r >= 0x1f3fb && r <= 0x1f3ff) ||
		r == 0x20e3 || (r >= 0xe0020 && r <= 0xe007f)
}

// isRegional reports whether r is a regional indicator symbol; two make a flag.
func isRegional(r rune) bool { return r >= 0x1f1e6 && r <= 0x1f1ff }
