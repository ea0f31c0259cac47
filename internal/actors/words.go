package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns the form of one word that dictionary keys are made of:
// lower case, Latin diacritics removed ("São" → "sao"), typographic
// apostrophes made plain, and periods dropped ("U.S." → "us", "St." → "st").
// A word made only of periods is returned unchanged. Fold allocates only
// when the word needs changing.
func Fold(w string) string {
	if !needsFold(w) {
		return w
	}
	return string(AppendFold(nil, w))
}

// AppendFold appends Fold(w) to b and returns the extended slice; callers
// that look words up in a map use it with a reused buffer to avoid
// allocating.
func AppendFold(b []byte, w string) []byte {
	if !needsFold(w) {
		return append(b, w...)
	}
	start := len(b)
	letters := false
	for _, r := range w {
		switch {
		case r == '.':
			continue
		case r == '’' || r == '‘' || r == '`' || r == 'ʼ':
			r = '\''
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		default:
			r = foldRune(unicode.ToLower(r))
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			letters = true
		}
		b = utf8.AppendRune(b, r)
	}
	if !letters {
		return append(b[:start], w...)
	}
	return b
}

// needsFold reports whether w has an upper-case letter, a period or a
// non-ASCII byte.
func needsFold(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || c == '.' || c == '`' || ('A' <= c && c <= 'Z') {
			return true
		}
	}
	return false
}

// foldRune maps a lower-case Latin letter with a diacritic to its base
// letter; other runes are returned unchanged.
func foldRune(r rune) rune {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą', 'ǎ', 'ạ', 'ả', 'ấ', 'ầ', 'ậ', 'ắ':
		return 'a'
	case 'ç', 'ć', 'ĉ', 'ċ', 'č':
		return 'c'
	case 'ď', 'đ':
		return 'd'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ĕ', 'ė', 'ę', 'ě', 'ẹ', 'ế', 'ề', 'ệ':
		return 'e'
	case 'ĝ', 'ğ', 'ġ', 'ģ':
		return 'g'
	case 'ĥ', 'ħ', 'ḥ':
		return 'h'
	case 'ì', 'í', 'î', 'ï', 'ĩ', 'ī', 'ĭ', 'į', 'ı', 'ǐ', 'ị':
		return 'i'
	case 'ĵ':
		return 'j'
	case 'ķ':
		return 'k'
	case 'ĺ', 'ļ', 'ľ', 'ŀ', 'ł':
		return 'l'
	case 'ñ', 'ń', 'ņ', 'ň':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ŏ', 'ő', 'ǒ', 'ọ', 'ố', 'ồ', 'ộ', 'ơ', 'ớ', 'ờ', 'ợ':
		return 'o'
	case 'ŕ', 'ŗ', 'ř':
		return 'r'
	case 'ś', 'ŝ', 'ş', 'š', 'ș', 'ṣ':
		return 's'
	case 'ţ', 'ť', 'ŧ', 'ț', 'ṭ':
		return 't'
	case 'ù', 'ú', 'û', 'ü', 'ũ', 'ū', 'ŭ', 'ů', 'ű', 'ų', 'ǔ', 'ư', 'ụ', 'ứ', 'ừ', 'ự':
		return 'u'
	case 'ŵ':
		return 'w'
	case 'ý', 'ÿ', 'ŷ', 'ỳ':
		return 'y'
	case 'ź', 'ż', 'ž':
		return 'z'
	case 'ß':
		return 's'
	}
	return r
}

// Caps is the capitalization a dictionary word asks of the text word it
// matches.
type Caps uint8

const (
	// CapsAny matches any capitalization ("minister" matches "Minister").
	CapsAny Caps = iota
	// CapsInitial asks for an upper-case first letter ("Chad" does not
	// match "chad"); an all-capitals word also qualifies.
	CapsInitial
	// CapsAll asks for every letter in upper case: acronyms ("WHO" does
	// not match "who", "US" does not match "us").
	CapsAll
)

// CapsOf returns the capitalization class of a word as written: CapsAll
// when it has at least two letters and all are upper case, CapsInitial when
// its first letter is upper case, else CapsAny.
func CapsOf(w string) Caps {
	n, upper := 0, 0
	first := true
	initial := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if unicode.IsUpper(r) {
			upper++
			if first {
				initial = true
			}
		}
		first = false
	}
	switch {
	case n >= 2 && upper == n:
		return CapsAll
	case initial:
		return CapsInitial
	}
	return CapsAny
}

// satisfies reports whether a text word of class have meets the demand of
// a dictionary word of class want.
func satisfies(have, want Caps) bool {
	switch want {
	case CapsAll:
		return have == CapsAll
	case CapsInitial:
		return have != CapsAny
	}
	return true
}

// Words splits a dictionary phrase into the words a tokenizer makes of it,
// the way sitrep's segmenter does: at spaces and underscores, at hyphens
// between letters (the hyphen is dropped, so "Kim Jong-un" and "Kim Jong
// Un" are the same three words), around brackets and quotes, and before a
// possessive "'s" ("People's Republic" → "People", "'s", "Republic").
// Periods stay in words ("U.S.").
func Words(phrase string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(phrase, func(r rune) bool { return r == '_' || unicode.IsSpace(r) }) {
		out = appendPieces(out, f)
	}
	return out
}

func appendPieces(out []string, f string) []string {
	// Split hyphens between word characters; keep leading/trailing ones
	// attached only when the field is nothing else.
	for f != "" {
		f = strings.TrimLeft(f, "(\"“”«»[{")
		f = strings.TrimRight(f, ",;:!?)\"“”»]}")
		if f == "" {
			break
		}
		i := hyphenAt(f)
		if i < 0 {
			return appendPossessive(out, f)
		}
		if i > 0 {
			out = appendPossessive(out, f[:i])
		}
		_, size := utf8.DecodeRuneInString(f[i:])
		f = f[i+size:]
	}
	return out
}

// hyphenAt returns the byte index of the first hyphen in f, or -1.
func hyphenAt(f string) int {
	for i, r := range f {
		if isHyphen(r) {
			return i
		}
	}
	return -1
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// IsHyphen reports whether s is a hyphen token.
func IsHyphen(s string) bool { return s == "-" || s == "‐" || s == "‑" }

func appendPossessive(out []string, w string) []string {
	for _, q := range []string{"'", "’"} {
		if len(w) > len(q) && strings.HasSuffix(w, q) {
			w = w[:len(w)-len(q)]
		}
	}
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return append(out, w[:len(w)-len(suf)], w[len(w)-len(suf):])
		}
	}
	return append(out, w)
}

// Plural returns the regular English plural of a role phrase: its head
// noun — the last word, or the last before "of" ("minister of foreign
// affairs" → "ministers of foreign affairs") — inflected ("ministry" →
// "ministries", "spokesman" → "spokesmen", "embassy" → "embassies").
func Plural(phrase string) string {
	ws := strings.Fields(phrase)
	if len(ws) == 0 {
		return phrase
	}
	h := len(ws) - 1
	for i, w := range ws {
		if i > 0 && (w == "of" || w == "for" || w == "to") {
			h = i - 1
			break
		}
	}
	ws[h] = pluralWord(ws[h])
	return strings.Join(ws, " ")
}

func pluralWord(w string) string {
	lw := strings.ToLower(w)
	switch {
	case strings.HasSuffix(lw, "man") && !strings.HasSuffix(lw, "german"):
		return w[:len(w)-3] + w[len(w)-3:len(w)-2] + "en"
	case strings.HasSuffix(lw, "person"):
		return w + "s"
	case strings.HasSuffix(lw, "y") && len(lw) > 1 && !strings.ContainsRune("aeiou", rune(lw[len(lw)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(lw, "s"), strings.HasSuffix(lw, "x"), strings.HasSuffix(lw, "ch"), strings.HasSuffix(lw, "sh"):
		return w + "es"
	}
	return w + "s"
}

// peoplePlural returns the plural noun for a demonym ("Russian" →
// "Russians", "Israeli" → "Israelis"), or "" when the demonym is also its
// plural ("Chinese", "French", "Swiss", "Danish").
func peoplePlural(adj string) string {
	l := strings.ToLower(adj)
	for _, suf := range []string{"ese", "ss", "sh", "ch", "s", "x", "z"} {
		if strings.HasSuffix(l, suf) {
			return ""
		}
	}
	return adj + "s"
}
