package segment

import "unicode/utf8"

// Normalize returns the normalized form of a token's text, the form the
// models see: typographic quotes become ' and ", dashes become "-" (en
// dash, hyphen, minus) or "--" (em dash), "…" becomes "...", fullwidth
// ASCII becomes ASCII, ligatures are spelled out and soft hyphens dropped;
// a token of two backquotes or two apostrophes (TeX-style quotes) becomes
// ". It returns s itself when nothing changes.
// Normalization never changes the number of tokens, so a token's offsets
// still index the original text.
func Normalize(s string) string {
	if n := norm(s); n != "" {
		return n
	}
	return s
}

// norm returns the normalized form of s, or "" when it is s itself (the
// convention of doc.Token.Norm).
func norm(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		switch s {
		case "``", "''":
			return `"`
		case "`":
			return "'"
		}
		return ""
	}
	var stack [64]byte
	buf := stack[:0]
	changed := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if m, ok := mapRune(r); ok {
			buf = append(buf, m...)
			changed = true
		} else {
			buf = append(buf, s[i:i+size]...)
		}
		i += size
	}
	if !changed {
		return ""
	}
	// Common results come from constants, so they cost no allocation.
	switch string(buf) {
	case `"`:
		return `"`
	case "'":
		return "'"
	case "'s":
		return "'s"
	case "n't":
		return "n't"
	case "'re":
		return "'re"
	case "'ve":
		return "'ve"
	case "'ll":
		return "'ll"
	case "'d":
		return "'d"
	case "'m":
		return "'m"
	case "-":
		return "-"
	case "--":
		return "--"
	case "...":
		return "..."
	case ".":
		return "."
	case ",":
		return ","
	case "":
		// A token of soft hyphens only: keep the text.
		return ""
	}
	return string(buf)
}

// mapRune returns the replacement of a non-ASCII rune, if it has one.
func mapRune(r rune) (string, bool) {
	switch r {
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u02bc', '\u00b4', '\u2032', '\u2039', '\u203a':
		return "'", true
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb', '\u301d', '\u301e',
		'\u301f', '\u300c', '\u300d', '\u300e', '\u300f':
		return `"`, true
	case '\u2014', '\u2015', '\u2e3a', '\u2e3b':
		return "--", true
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\ufe63':
		return "-", true
	case '\u2026':
		return "...", true
	case '\u2025':
		return "..", true
	case '\u3002', '\uff61':
		return ".", true
	case '\u3001', '\uff64':
		return ",", true
	case '\u00ad':
		return "", true
	case '\u203c':
		return "!!", true
	case '\u2047':
		return "??", true
	case '\u2048':
		return "?!", true
	case '\u2049':
		return "!?", true
	case '\ufb00':
		return "ff", true
	case '\ufb01':
		return "fi", true
	case '\ufb02':
		return "fl", true
	case '\ufb03':
		return "ffi", true
	case '\ufb04':
		return "ffl", true
	case '\ufb05', '\ufb06':
		return "st", true
	}
	if r >= 0xff01 && r <= 0xff5e {
		// Fullwidth ASCII: ！ → !, Ａ → A, ０ → 0.
		return asciiChar(byte(r - 0xfee0)), true
	}
	return "", false
}

// asciiChar returns the one-byte string of c without allocating.
func asciiChar(c byte) string {
	const printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
	return printable[c-' ' : c-' '+1]
}
