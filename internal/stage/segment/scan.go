package segment

import (
	"strings"
	"unicode/utf8"
)

// kind is the kind of a raw token, as far as sentence splitting cares.
type kind uint8

const (
	kWord     kind = iota // word, clitic or anything alphabetic
	kNum                  // starts with a digit: 12,000 2.5 1990s '90s
	kAbbr                 // word with its abbreviation period attached: U.S. Gen. W.
	kPeriod               // .
	kTerm                 // ? ! and runs of them: ?! !!!
	kEllipsis             // ... .. …
	kComma                // ,
	kColon                // : ;
	kOpenQ                // “ ‘ „ « `` : opens a quotation
	kCloseQ               // ” » and ’ or ' right after a word: closes one
	kQuote                // " ' '' : may open or close
	kOpenBr               // ( [ {
	kCloseBr              // ) ] }
	kDash                 // - -- — –
	kSym                  // $ % & * emoji and other symbols
	kURL                  // http://… www.…
	kEmail                // name@example.com
	kHandle               // @name
	kHashtag              // #tag
	kEmoticon             // :) ;-( :D, which may end a sentence in web text
)

// rawTok is a token found by the scanner, before sentence splitting
// decides the fate of abbreviation periods.
type rawTok struct {
	start, end int
	kind       kind
	abbr       abbrClass // for kAbbr
	nl         uint8     // line breaks in the white space before the token: 0, 1, or 2 for two or more
	indent     bool      // the token starts an indented line
}

// scan splits the text into raw tokens.
func (p *splitter) scan() {
	text := p.text
	n := len(text)
	nl, col, afterNL := 0, 0, false
	for i := 0; i < n; {
		c := text[i]
		switch {
		case c < utf8.RuneSelf:
			if asciiTab[c] == bSpace {
				switch c {
				case '\n':
					nl, col, afterNL = nl+1, 0, true
				case '\r':
					if i+1 >= n || text[i+1] != '\n' {
						nl, col, afterNL = nl+1, 0, true
					}
				case '\f', '\v':
					nl, col, afterNL = nl+2, 0, true
				case '\t':
					col += 4
				default:
					col++
				}
				i++
				continue
			}
		case !utf8.RuneStart(c):
			// Stray continuation byte after white space: part of the gap.
			i++
			continue
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			if r != utf8.RuneError && isSpaceRune(r) {
				switch r {
				case '\u2028', '\u0085':
					nl, col, afterNL = nl+1, 0, true
				case '\u2029':
					nl, col, afterNL = nl+2, 0, true
				default:
					col++
				}
				i += size
				continue
			}
		}
		p.nl = uint8(min(nl, 2))
		p.indent = afterNL && col >= 2
		nl, col, afterNL = 0, 0, false
		p.token(i)
		i = p.raw[len(p.raw)-1].end
	}
}

// push appends a raw token. Its end is moved past any stray UTF-8
// continuation bytes so that spans always end on a character boundary.
func (p *splitter) push(start, end int, k kind) {
	end = skipJunk(p.text, end)
	p.raw = append(p.raw, rawTok{start: start, end: end, kind: k, nl: p.nl, indent: p.indent})
	p.nl, p.indent = 0, false
}

// attached reports whether the token starting at i follows the previous
// token with no white space between.
func (p *splitter) attached(i int) bool {
	return len(p.raw) > 0 && p.raw[len(p.raw)-1].end == i && p.nl == 0 && i > 0
}

// token scans the token or tokens starting at i, which is not white space.
func (p *splitter) token(i int) {
	text := p.text
	n := len(text)
	c := text[i]
	if c < utf8.RuneSelf {
		switch asciiTab[c] {
		case bLower, bUpper, bDigit, bUnder:
			switch c {
			case 'h', 'H', 'w', 'W', 'f', 'F':
				if e := urlEnd(text, i); e > i {
					p.push(i, e, kURL)
					return
				}
			}
			p.word(i, i)
			return
		}
		switch c {
		case '.':
			j := i + 1
			for j < n && text[j] == '.' {
				j++
			}
			switch {
			case j-i == 1 && j < n && (text[j] == '?' || text[j] == '!'):
				p.push(i, termEnd(text, j), kTerm) // .? as in EWT
			case j-i > 1:
				p.push(i, j, kEllipsis)
			case j < n && isDigit(text[j]) && !p.attached(i):
				p.word(i, j) // .45 caliber
			default:
				p.push(i, j, kPeriod)
			}
		case '?', '!':
			p.push(i, termEnd(text, i), kTerm)
		case ',':
			p.push(i, i+1, kComma)
		case ':', ';':
			if e := emoticonEnd(text, i); e > i && !p.attached(i) {
				p.push(i, e, kEmoticon)
			} else {
				p.push(i, i+1, kColon)
			}
		case '"':
			p.push(i, i+1, kQuote)
		case '\'':
			p.apostrophe(i, 1)
		case '`':
			if i+1 < n && text[i+1] == '`' {
				p.push(i, i+2, kOpenQ)
			} else {
				p.push(i, i+1, kOpenQ)
			}
		case '(', '[', '{':
			p.push(i, i+1, kOpenBr)
		case ')', ']', '}':
			p.push(i, i+1, kCloseBr)
		case '-':
			j := i + 1
			for j < n && text[j] == '-' {
				j++
			}
			p.push(i, j, kDash)
		case '@':
			j := i + 1
			for j < n && (isAlnum(text[j]) || text[j] == '_') {
				j++
			}
			if j > i+1 {
				p.push(i, j, kHandle)
			} else {
				p.push(i, i+1, kSym)
			}
		case '#':
			if letterAt(text, i+1) || (i+1 < n && text[i+1] == '_') {
				p.push(i, hashtagEnd(text, i+1), kHashtag)
			} else {
				p.push(i, i+1, kSym)
			}
		case '*', '=', '~', '<', '>', '|', '^', '+', '$':
			j := i + 1
			for j < n && text[j] == c {
				j++
			}
			p.push(i, j, kSym)
		default:
			p.push(i, i+1, kSym)
		}
		return
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	switch runeClass(r) {
	case rLower, rUpper, rLetter, rDigit, rMark:
		p.word(i, i)
		return
	case rApos:
		p.apostrophe(i, size)
		return
	case rHyphen:
		p.push(i, i+size, kDash)
		return
	}
	switch r {
	case '\u201c', '\u201e', '\u201f', '\u00ab', '\u2039', '\u301d', '\u300c', '\u300e', '\u2018', '\u201a', '\u201b':
		p.push(i, i+size, kOpenQ)
	case '\u201d', '\u00bb', '\u203a', '\u301e', '\u301f', '\u300d', '\u300f':
		p.push(i, i+size, kCloseQ)
	case '\uff02':
		p.push(i, i+size, kQuote)
	case '\u2014', '\u2013', '\u2015', '\u2012', '\u2212', '\u2e3a', '\u2e3b', '\ufe63', '\uff0d':
		p.push(i, sameRun(text, i, r, size), kDash)
	case '\u2026', '\u2025':
		p.push(i, sameRun(text, i, r, size), kEllipsis)
	case '\u3002', '\uff0e', '\uff61':
		p.push(i, i+size, kPeriod)
	case '\uff1f', '\uff01', '\u203c', '\u2047', '\u2048', '\u2049':
		p.push(i, termEnd(text, i), kTerm)
	case '\uff0c', '\u3001', '\uff64':
		p.push(i, i+size, kComma)
	case '\uff1a', '\uff1b':
		p.push(i, i+size, kColon)
	case '\uff08', '\uff3b', '\uff5b', '\u3010', '\u3014':
		p.push(i, i+size, kOpenBr)
	case '\uff09', '\uff3d', '\uff5d', '\u3011', '\u3015':
		p.push(i, i+size, kCloseBr)
	default:
		p.push(i, symbolEnd(text, i, r, size), kSym)
	}
}

// apostrophe scans a token starting with an apostrophe of size bytes: a
// year ('90s, ’72), the clitic 'em, two apostrophes as a double quote,
// or a quote.
func (p *splitter) apostrophe(i, size int) {
	text := p.text
	n := len(text)
	j := i + size
	if j+1 < n && isDigit(text[j]) && isDigit(text[j+1]) && (j+2 == n || !alnumAt(text, j+2) || (text[j+2] == 's' && !alnumAt(text, j+3))) {
		e := j + 2
		if e < n && text[e] == 's' {
			e++
		}
		p.push(i, e, kNum)
		return
	}
	if strings.HasPrefix(text[j:], "em") && !alnumAt(text, j+2) && !p.attached(i) {
		p.push(i, j+2, kWord)
		return
	}
	if size == 1 && j < n && text[j] == '\'' {
		p.push(i, j+1, kQuote)
		return
	}
	if p.attached(i) && !alnumAt(text, j) {
		// Koreans' troops, 'no.'
		p.push(i, j, kCloseQ)
		return
	}
	p.push(i, j, kQuote)
}

// emoticonEnd returns the end of an emoticon starting at i (":)", ";-(",
// ":D"), or i.
func emoticonEnd(text string, i int) int {
	j := i + 1
	if j < len(text) && text[j] == '-' {
		j++
	}
	if j >= len(text) || strings.IndexByte(")(DP", text[j]) < 0 || alnumAt(text, j+1) {
		return i
	}
	return j + 1
}

// termEnd returns the end of a run of ? and ! (ASCII or fullwidth), and
// full stops after them, at i.
func termEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c == '?' || c == '!' || c == '.' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '\uff1f', '\uff01', '\u203c', '\u2047', '\u2048', '\u2049':
			i += size
			continue
		}
		break
	}
	return i
}

// sameRun returns the end of a run of the rune r (of size bytes) at i.
func sameRun(text string, i int, r rune, size int) int {
	i += size
	for i+size <= len(text) {
		q, s := utf8.DecodeRuneInString(text[i:])
		if q != r || s != size {
			break
		}
		i += size
	}
	return i
}

// symbolEnd returns the end of a symbol or emoji starting at i: the rune,
// its modifiers and marks, zero-width-joined sequences and flag pairs.
func symbolEnd(text string, i int, r rune, size int) int {
	j := i + size
	if isRegional(r) && j < len(text) {
		if q, s := utf8.DecodeRuneInString(text[j:]); isRegional(q) {
			return j + s
		}
	}
	for j < len(text) && text[j] >= utf8.RuneSelf {
		q, s := utf8.DecodeRuneInString(text[j:])
		switch {
		case q == utf8.RuneError && s == 1:
			return j
		case isEmojiModifier(q):
			j += s
		case q == '\u200d':
			j += s
			if j < len(text) {
				q2, s2 := utf8.DecodeRuneInString(text[j:])
				if q2 != utf8.RuneError && !isSpaceRune(q2) && q2 >= utf8.RuneSelf {
					j += s2
				}
			}
		case runeClass(q) == rMark:
			j += s
		default:
			return j
		}
	}
	return j
}

// hashtagEnd returns the end of a hashtag's name starting at i.
func hashtagEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiTab[c] < bLower {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch runeClass(r) {
		case rLower, rUpper, rLetter, rDigit, rMark:
			i += size
			continue
		}
		break
	}
	return i
}

// urlEnd returns the end of a URL starting at i with a scheme or "www.",
// or i when there is none. Trailing punctuation and an unbalanced closing
// bracket are left out.
func urlEnd(text string, i int) int {
	s := text[i:]
	var skip int
	switch {
	case hasPrefixFold(s, "https://"):
		skip = 8
	case hasPrefixFold(s, "http://"):
		skip = 7
	case hasPrefixFold(s, "ftp://"):
		skip = 6
	case hasPrefixFold(s, "www."):
		skip = 4
	default:
		return i
	}
	if !alnumAt(text, i+skip) {
		return i
	}
	j := i + skip
	parens, brackets := 0, 0
scan:
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			switch {
			case asciiTab[c] == bSpace, c == '"', c == '<', c == '>', c == '`':
				break scan
			case c == '(':
				parens++
			case c == ')':
				parens--
			case c == '[':
				brackets++
			case c == ']':
				brackets--
			}
			j++
			continue
		}
		if !utf8.RuneStart(c) {
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == utf8.RuneError || isSpaceRune(r) {
			break
		}
		if _, quote := mapRune(r); quote || r == '\u2026' {
			// Typographic quotes, dashes and ellipses end a URL in prose.
			break
		}
		j += size
	}
	for j > i+skip {
		c := text[j-1]
		switch {
		case strings.IndexByte(".,;:!?'*", c) >= 0:
		case c == ')' && parens < 0:
			parens++
		case c == ']' && brackets < 0:
			brackets++
		default:
			return j
		}
		j--
	}
	return j
}

// hasPrefixFold reports whether s starts with the lowercase ASCII prefix,
// ignoring case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// emailEnd returns the end of an e-mail address starting at i, or -1.
func emailEnd(text string, i int) int {
	// The bounds on the parts (64 and 255 bytes, as in RFC 5321) keep the
	// scan linear on long runs like "a-a-a-a…".
	n := len(text)
	k := i
	for k < n && k-i <= 64 && (isAlnum(text[k]) || strings.IndexByte("._%+-", text[k]) >= 0) {
		k++
	}
	if k == i || k >= n || text[k] != '@' {
		return -1
	}
	k++
	d := k
	for k < n && k-d <= 255 && (isAlnum(text[k]) || text[k] == '-' || (text[k] == '.' && k > d && text[k-1] != '.')) {
		k++
	}
	for k > d && (text[k-1] == '.' || text[k-1] == '-') {
		k--
	}
	dot := strings.LastIndexByte(text[d:k], '.')
	if dot <= 0 || k-(d+dot+1) < 2 {
		return -1
	}
	for _, c := range []byte(text[d+dot+1 : k]) {
		if !isUpper(c) && !isLower(c) {
			return -1
		}
	}
	return k
}

// dashedDigits returns the end of a telephone number or ISO date at i:
// three or four dash-separated digit groups, or two where a group of at
// most three digits precedes one of four, which EWT keeps whole. It
// returns -1 for anything else, such as a range, which is split.
func dashedDigits(text string, i int) int {
	n := len(text)
	groups := 0
	k := i
	for {
		if groups == 4 || k-i > 24 {
			return -1 // too long for a number or date; also keeps the scan linear
		}
		s := k
		for k < n && isDigit(text[k]) {
			k++
		}
		if k == s {
			return -1
		}
		groups++
		if k+1 < n && text[k] == '-' && isDigit(text[k+1]) {
			k++
			continue
		}
		break
	}
	if k < n && isAlnum(text[k]) {
		return -1
	}
	if groups == 2 {
		// A local telephone number or extension (853-3242, 3-5213), not a
		// range (1969-1970, 5-10).
		dash := strings.IndexByte(text[i:k], '-')
		if dash > 3 || k-i-dash-1 != 4 {
			return -1
		}
	}
	return k
}

// word scans a word starting at st; scanning resumes at j (st, or past a
// leading '.' of ".45"). It then splits off clitics and units and attaches
// an abbreviation's period.
func (p *splitter) word(st, j int) {
	text := p.text
	n := len(text)
	prev := bOther // class of the last character consumed
	lastApos, aposLen := -1, 0
	dots := false
	digitsOnly := true
loop:
	for j < n {
		c := text[j]
		if c < utf8.RuneSelf {
			cl := asciiTab[c]
			if cl >= bLower {
				if cl != bDigit {
					digitsOnly = false
				}
				prev = cl
				j++
				continue
			}
			switch c {
			case '.':
				if alnumAt(text, j+1) {
					if prev == bLower && j+2 < n && isUpper(text[j+1]) && isLower(text[j+2]) {
						break loop // "sanctions.The": a missing space after a full stop
					}
					dots, digitsOnly, prev = true, false, bOther
					j++
					continue
				}
			case ',':
				if prev == bDigit && j+3 < n && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) && (j+4 == n || !isDigit(text[j+4])) {
					prev = bOther
					j++
					continue
				}
			case ':', '/':
				if prev == bDigit && j+1 < n && isDigit(text[j+1]) {
					digitsOnly, prev = false, bOther
					j++
					continue
				}
			case '\'':
				if j > st && letterAt(text, j+1) {
					lastApos, aposLen, prev = j, 1, bOther
					j++
					continue
				}
			case '-':
				if prev != bDigit && prev != bOther && alnumAt(text, j+1) && keepsHyphen(text[st:j]) {
					prev = bOther
					j++
					continue
				}
				if digitsOnly && prev == bDigit {
					if e := dashedDigits(text, st); e > j {
						j = e
						continue
					}
				}
			case '&':
				if prev == bUpper && j+1 < n && isUpper(text[j+1]) {
					prev = bOther
					j++
					continue
				}
			}
			break loop
		}
		if !utf8.RuneStart(c) {
			j++ // stray continuation byte: absorbed
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		switch runeClass(r) {
		case rLower:
			digitsOnly, prev = false, bLower
		case rUpper:
			digitsOnly, prev = false, bUpper
		case rLetter:
			digitsOnly, prev = false, bLower
		case rDigit:
			digitsOnly, prev = false, bDigit
		case rMark:
		case rApos:
			if !(j > st && letterAt(text, j+size)) {
				break loop
			}
			lastApos, aposLen, prev = j, size, bOther
		case rHyphen:
			if !(prev != bDigit && prev != bOther && alnumAt(text, j+size) && keepsHyphen(text[st:j])) {
				break loop
			}
			prev = bOther
		default:
			break loop
		}
		j += size
	}
	p.finishWord(st, j, lastApos, aposLen, dots)
}

// finishWord pushes the word [st, e) after splitting off clitics, units
// and contractions, or as an e-mail address or abbreviation.
func (p *splitter) finishWord(st, e, lastApos, aposLen int, dots bool) {
	text := p.text
	n := len(text)
	if e < n {
		switch text[e] {
		case '@', '-', '+', '.', '%':
			if strings.IndexByte(text[e:min(e+65, n)], '@') < 0 {
				break // no '@' near enough for an e-mail address
			}
			if k := emailEnd(text, st); k > 0 {
				p.push(st, k, kEmail)
				return
			}
		}
	}
	k := kWord
	if isDigit(text[st]) || (text[st] == '.' && e > st+1) {
		k = kNum
	} else if text[st] >= utf8.RuneSelf && firstRuneClass(text[st:]) == rDigit {
		k = kNum
	}
	if lastApos > st {
		suf := text[lastApos+aposLen : e]
		if cliticSuffix(suf) {
			p.push(st, lastApos, k)
			p.push(lastApos, e, kWord)
			return
		}
		if (suf == "t" || suf == "T") && lastApos-1 > st && text[lastApos-1]|0x20 == 'n' {
			p.push(st, lastApos-1, k)
			p.push(lastApos-1, e, kWord)
			return
		}
	}
	if s := splitWord(text[st:e]); s > 0 {
		p.push(st, st+s, kWord)
		p.push(st+s, e, kWord)
		return
	}
	if k == kNum && isDigit(text[st]) {
		// 5pm, 1.5bn, 10km: number and unit, as in EWT; 1990s and 21st stay whole.
		u := e
		for u > st && isLower(text[u-1]) {
			u--
		}
		if u < e && u > st && isDigit(text[u-1]) && !ordinalSuffix(text[u:e]) {
			p.push(st, u, kNum)
			p.push(u, e, kWord)
			return
		}
	}
	if e < n && text[e] == '.' && (e+1 == n || text[e+1] != '.') {
		if cl := p.abbrev(st, e, dots); cl != abNone {
			p.push(st, e+1, kAbbr)
			p.raw[len(p.raw)-1].abbr = cl
			return
		}
	}
	p.push(st, e, k)
}

// abbrev returns the abbreviation class of the word [st, e) written
// before a period at e, or abNone when the period is not part of it.
func (p *splitter) abbrev(st, e int, dots bool) abbrClass {
	w := p.text[st:e]
	if dots {
		if !dottedAcronym(w) {
			return abNone
		}
		switch w {
		case "e.g", "i.e", "E.g", "I.e":
			return abPrefix
		}
		return abAmbig
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && (isUpper(w[0]) || (r >= utf8.RuneSelf && runeClass(r) == rUpper)) {
		return abAmbig // an initial: George W. Bush
	}
	cl := abbrevClass(w)
	if cl == abNum {
		k := e + 1
		for k < len(p.text) && (p.text[k] == ' ' || p.text[k] == '\t') {
			k++
		}
		if strings.HasPrefix(p.text[k:], "\u00a0") {
			k += 2
		}
		if k >= len(p.text) || !isDigit(p.text[k]) {
			return abNone
		}
	}
	return cl
}
