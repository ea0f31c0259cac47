package timex

import (
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// numKind is the shape of a token written with digits.
type numKind uint8

const (
	nNone    numKind = iota
	nInt             // 21, 2024, 0900
	nComma           // 12,000
	nDecimal         // 1.5
	nOrd             // 21st
	nDecade          // 1990s, '90s
	nISO             // 2024-10-21
	nSlash           // 10/21/2024
	nClock           // 10:30
)

// numTok is the parsed form of a token written with digits.
type numTok struct {
	k       numKind
	v       int // nInt, nOrd: the value; nDecade: the decade (199)
	ndigits int // nInt: how many digits
	f       float64
	y, m, d int // nISO, nSlash; nClock: m is the hour, d the minute
}

// tokv is one token as the scanner sees it.
type tokv struct {
	w     string // the token's Norm, else its text
	lx    lex
	cap   bool
	mid   bool // written with a "mid-" prefix: "mid-2024", "mid-October"
	num   numTok
	start int
	end   int
	tag   string
}

// load fills s.toks from one sentence's tokens.
func (s *scanner) load(text string, toks []doc.Token) {
	s.toks = s.toks[:0]
	s.tagged = false
	s.cuesDone = false
	for _, t := range toks {
		w := t.Norm
		if w == "" {
			w = text[t.Start:t.End]
		}
		v := tokv{w: w, start: t.Start, end: t.End, tag: t.Tag, cap: capitalized(w)}
		if t.Tag != "" {
			s.tagged = true
		}
		analyze(&v)
		s.toks = append(s.toks, v)
	}
}

// analyze sets a token's lexical class and numeric form.
func analyze(v *tokv) {
	w := v.w
	if len(w) > 4 && (w[0] == 'm' || w[0] == 'M') && strings.EqualFold(w[:4], "mid-") {
		v.mid = true
		w = w[4:]
		v.cap = capitalized(w)
	}
	if w == "" {
		return
	}
	c := w[0]
	if isDigit(c) || (c == '\'' || strings.HasPrefix(w, "’")) && len(w) > 1 {
		v.num = parseNum(w)
		return
	}
	v.lx = lookup(w)
}

// parseNum parses a token written with digits.
func parseNum(w string) numTok {
	if w[0] == '\'' || strings.HasPrefix(w, "’") {
		// '90s
		r := strings.TrimPrefix(strings.TrimPrefix(w, "'"), "’")
		if len(r) == 3 && isDigit(r[0]) && isDigit(r[1]) && r[1] == '0' && r[2] == 's' {
			n := int(r[0]-'0')*10 + int(r[1]-'0')
			if n <= 20 {
				return numTok{k: nDecade, v: 200 + n/10}
			}
			return numTok{k: nDecade, v: 190 + n/10}
		}
		return numTok{}
	}
	n, i := 0, 0
	for i < len(w) && isDigit(w[i]) {
		if i < 9 {
			n = n*10 + int(w[i]-'0')
		}
		i++
	}
	nd := i
	if i == len(w) {
		return numTok{k: nInt, v: n, ndigits: nd}
	}
	rest := w[i:]
	switch {
	case rest == "s" && (nd == 4 || nd == 2) && n%10 == 0:
		if nd == 2 {
			return numTok{k: nDecade, v: 190 + n/10}
		}
		return numTok{k: nDecade, v: n / 10}
	case ordinalSuffix(rest) && nd <= 2:
		return numTok{k: nOrd, v: n}
	case rest[0] == ':' && nd <= 2 && len(rest) == 3 && isDigit(rest[1]) && isDigit(rest[2]):
		return numTok{k: nClock, m: n, d: int(rest[1]-'0')*10 + int(rest[2]-'0')}
	case rest[0] == '.' && nd <= 3 && len(rest) >= 2 && digits(rest[1:]):
		f := float64(n)
		scale := 0.1
		for j := 1; j < len(rest); j++ {
			f += float64(rest[j]-'0') * scale
			scale /= 10
		}
		return numTok{k: nDecimal, f: f}
	case rest[0] == ',' && nd <= 3:
		v := n
		for len(rest) >= 4 && rest[0] == ',' && digits(rest[1:4]) {
			if v < 1e8 {
				v = v*1000 + atoi(rest[1:4])
			}
			rest = rest[4:]
		}
		if rest == "" {
			return numTok{k: nComma, v: v}
		}
	case rest[0] == '-' && nd == 4 && len(rest) == 6 && isDigit(rest[1]) && isDigit(rest[2]) && rest[3] == '-' && isDigit(rest[4]) && isDigit(rest[5]):
		m := int(rest[1]-'0')*10 + int(rest[2]-'0')
		d := int(rest[4]-'0')*10 + int(rest[5]-'0')
		if validDay(n, m, d) {
			return numTok{k: nISO, y: n, m: m, d: d}
		}
	case rest[0] == '/' && nd <= 2:
		return parseSlash(n, rest[1:])
	}
	return numTok{}
}

// parseSlash parses the rest of m/d/yyyy (or d/m/yyyy when m > 12).
func parseSlash(a int, rest string) numTok {
	b, r, ok := strings.Cut(rest, "/")
	if !ok || !digits(b) || len(b) > 2 || !digits(r) || (len(r) != 4 && len(r) != 2) {
		return numTok{}
	}
	bn := atoi(b)
	y := atoi(r)
	if len(r) == 2 {
		if y < 50 {
			y += 2000
		} else {
			y += 1900
		}
	}
	m, d := a, bn
	if m > 12 {
		m, d = d, m
	}
	if !validDay(y, m, d) {
		return numTok{}
	}
	return numTok{k: nSlash, y: y, m: m, d: d}
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func ordinalSuffix(s string) bool {
	switch strings.ToLower(s) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

var monthDays = [...]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > monthDays[m] {
		return false
	}
	return m != 2 || d < 29 || y%4 == 0 && (y%100 != 0 || y%400 == 0)
}
