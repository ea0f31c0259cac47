package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold tables: the base letter of each precomposed Latin letter in
// U+00C0–U+024F and U+1E00–U+1EFF, '.' where there is no single base letter
// (generated once from Unicode NFD with golang.org/x/text).
const (
	foldLatin    = "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.yaaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll....nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz.................................oo.............uu............................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................"
	foldLatinAdd = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......"
)

// foldRune returns the lowercase ASCII spelling of a Latin letter without
// its diacritics ("é" → "e", "ß" → "ss"), or "" when r has none.
func foldRune(r rune) string {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return string(rune(r + 32))
		}
		return string(r)
	case r >= 0xC0 && r <= 0x24F:
		if c := foldLatin[r-0xC0]; c != '.' {
			return foldLatin[r-0xC0 : r-0xC0+1]
		}
	case r >= 0x1E00 && r <= 0x1EFF:
		if c := foldLatinAdd[r-0x1E00]; c != '.' {
			return foldLatinAdd[r-0x1E00 : r-0x1E00+1]
		}
	}
	switch r {
	case 'Æ', 'æ':
		return "ae"
	case 'Ð', 'ð', 'Đ', 'đ':
		return "d"
	case 'Ø', 'ø':
		return "o"
	case 'Þ', 'þ':
		return "th"
	case 'ß':
		return "ss"
	case 'Ħ', 'ħ':
		return "h"
	case 'ı':
		return "i"
	case 'Ĳ', 'ĳ':
		return "ij"
	case 'Ŀ', 'ŀ', 'Ł', 'ł':
		return "l"
	case 'Ŋ', 'ŋ':
		return "ng"
	case 'Œ', 'œ':
		return "oe"
	case 'Ŧ', 'ŧ':
		return "t"
	case 'ƒ':
		return "f"
	case 'ə', 'Ə':
		return "e"
	}
	return ""
}

// isApostrophe reports whether r is an apostrophe or a modifier letter used
// as one in transliterations ("Kurs'k", "Hawaiʻi").
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', 'ʹ', '`', '´', 'ʿ', 'ʾ':
		return true
	}
	return false
}

// wordAliases maps words that news and gazetteers spell in two ways to one
// form, so "Saint Louis" and "St. Louis" share a key.
var wordAliases = map[string]string{
	"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft",
}

// Key returns the lookup key of a name: Latin letters folded to lowercase
// ASCII without diacritics, apostrophes and periods dropped, every other
// run of punctuation or space made one space, a leading "the" dropped, and
// "saint", "sainte", "mount", "fort" abbreviated ("St. Louis" and "Saint
// Louis" → "st louis"; "Kurs'k" → "kursk"; "the Kursk region" → "kursk
// region"). Letters of other scripts are kept, lowercased. Key("") is "".
func Key(s string) string {
	// Fast path: plain ASCII letters and spaces, already lowercase.
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '.' || isApostrophe(r):
			continue
		case r < 0x80 && (('a' <= r && r <= 'z') || ('0' <= r && r <= '9')):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(byte(r))
		case r < 0x80 && 'A' <= r && r <= 'Z':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(byte(r + 32))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if f := foldRune(r); f != "" {
				b.WriteString(f)
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
		case unicode.Is(unicode.Mn, r):
			// A combining mark left by decomposed input: drop it.
		default:
			space = true
		}
	}
	k := b.String()
	if strings.HasPrefix(k, "the ") {
		k = k[4:]
	}
	if !strings.Contains(k, " ") {
		if a, ok := wordAliases[k]; ok {
			return a
		}
		return k
	}
	words := strings.Split(k, " ")
	changed := false
	for i, w := range words {
		if a, ok := wordAliases[w]; ok && a != w {
			words[i] = a
			changed = true
		}
	}
	if changed {
		return strings.Join(words, " ")
	}
	return k
}

// isLatin reports whether every letter of s is a Latin letter, so the name
// is one an English text could use.
func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}
