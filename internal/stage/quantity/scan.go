package quantity

import (
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// sentence is one sentence's tokens as the recognizer sees them.
type sentence struct {
	text string
	toks []doc.Token // the sentence's tokens, aliasing Doc.Tokens
	base int         // index of toks[0] in Doc.Tokens
	low  []string    // lowercased forms (Norm, else the text)
	form []string    // forms as written (Norm, else the text)
	// heads are local: index in toks, or -1 for the root and for heads
	// outside the sentence.
	heads  []int
	parsed bool
}

func (s *sentence) reset(text string, toks []doc.Token, base int) {
	s.text, s.toks, s.base = text, toks, base
	s.low, s.form, s.heads = s.low[:0], s.form[:0], s.heads[:0]
	s.parsed = false
	for _, t := range toks {
		f := t.Norm
		if f == "" {
			f = text[t.Start:t.End]
		}
		s.form = append(s.form, f)
		s.low = append(s.low, lowerASCII(f))
		h := t.Head - base
		if t.Head < 0 || h < 0 || h >= len(toks) {
			h = -1
		}
		if t.Head >= 0 {
			s.parsed = true
		}
		s.heads = append(s.heads, h)
	}
}

func (s *sentence) n() int { return len(s.toks) }

// attached reports whether token i is written right after token i-1.
func (s *sentence) attached(i int) bool {
	return i > 0 && i < len(s.toks) && s.toks[i-1].End == s.toks[i].Start
}

func (s *sentence) lowAt(i int) string {
	if i < 0 || i >= len(s.low) {
		return ""
	}
	return s.low[i]
}

func (s *sentence) pos(i int) string { return s.toks[i].POS }
func (s *sentence) dep(i int) string { return s.toks[i].Dep }

// depBase returns the relation without its subtype ("nsubj" for
// "nsubj:pass").
func (s *sentence) depBase(i int) string {
	d, _, _ := strings.Cut(s.toks[i].Dep, ":")
	return d
}

// lemma returns token i's lemma, lowercased, or a guess from the word when
// the tagger gave none.
func (s *sentence) lemma(i int) string {
	if l := s.toks[i].Lemma; l != "" {
		if s.toks[i].POS == "PROPN" {
			return l
		}
		return lowerASCII(l)
	}
	return guessLemma(s.low[i])
}

// isNoun reports whether token i is a noun; without tags, whether it is a
// word the lexicon knows as a counted noun.
func (s *sentence) isNoun(i int) bool {
	switch s.toks[i].POS {
	case "NOUN", "PROPN":
		return true
	case "":
		_, ok := nounKinds[guessLemma(s.low[i])]
		return ok || isCurrencyNoun(s.low[i])
	}
	return false
}

// guessLemma strips an English plural ending, for untagged text.
func guessLemma(w string) string {
	switch w {
	case "people", "personnel", "aircraft", "police", "staff", "crew", "artillery", "ammunition":
		return w
	case "men", "women", "gunmen", "servicemen", "policemen", "fishermen", "militiamen":
		return w[:len(w)-2] + "an"
	case "children":
		return "child"
	case "lives":
		return "life"
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}

// expr is one quantity expression found in a sentence, before binding.
type expr struct {
	start, end int // token range of the whole expression
	core       int // first token of the (first) number
	coreEnd    int // token after the last number token
	value      float64
	lower      float64
	upper      float64
	hasLower   bool
	hasUpper   bool
	approx     bool
	currency   string
	percent    string // "percent" or "percentage point"
	fraction   bool
	one        bool // the bare word "one"
	yearLike   bool
	qualified  bool // a qualifier other than "between"/"from" comes with it
	score      bool // "3-2": two numbers joined by a hyphen, the second smaller
}

// canStart reports whether a number may start with the word.
func canStart(w string) bool {
	if w == "" {
		return false
	}
	if isDigitByte(w[0]) || (w[0] == '.' && len(w) > 1 && isDigitByte(w[1])) {
		return true
	}
	if w[0] < utf8.RuneSelf && !('a' <= w[0] && w[0] <= 'z') {
		return false
	}
	if _, ok := units[w]; ok {
		return true
	}
	if _, ok := teens[w]; ok {
		return true
	}
	if _, ok := tens[w]; ok {
		return true
	}
	if _, ok := vagueScales[w]; ok {
		return true
	}
	if _, ok := vulgar[w]; ok {
		return true
	}
	switch w {
	case "a", "an", "half", "several", "few":
		return true
	}
	// hyphenated words that the tokenizer kept whole: "twenty-five",
	// "two-thirds"
	if i := strings.IndexByte(w, '-'); i > 0 {
		return canStart(w[:i])
	}
	return false
}

// numberWord reports whether the word may continue a number after its
// first word.
func numberWord(w string) bool {
	if _, ok := units[w]; ok {
		return true
	}
	if _, ok := teens[w]; ok {
		return true
	}
	if _, ok := tens[w]; ok {
		return true
	}
	if _, ok := scales[w]; ok {
		return true
	}
	if _, ok := denominators[w]; ok {
		return true
	}
	if _, ok := vagueScales[w]; ok {
		return true
	}
	switch w {
	case "hundred", "dozen":
		return true
	}
	return false
}

// matchCore reads the number that starts at token i. money reports a
// currency before it, which makes an attached "m" mean million rather than
// metres. It returns the token after the number.
func (s *sentence) matchCore(i int, money bool) (number, int, bool) {
	if !canStart(s.low[i]) {
		return number{}, 0, false
	}
	// Collect the longest run of words that may belong to the number.
	j := i + 1
	for j < s.n() && j-i < maxWords {
		w, prev := s.low[j], s.low[j-1]
		ok := false
		switch {
		case startsDigit(w):
			ok = false
		case w == "-" || w == "‐" || w == "‑":
			ok = s.attached(j) && s.attached(j+1) && j+1 < s.n() &&
				!startsDigit(prev) && numberWord(s.low[j+1])
		case w == "and":
			ok = j+1 < s.n() && numberWord(s.low[j+1]) && !startsDigit(prev) &&
				s.low[j+1] != "a" && prev != "half"
			if ok {
				_, pu := units[prev]
				_, pt := teens[prev]
				_, pten := tens[prev]
				ok = !pu && !pt && !pten || prev == "hundred"
			}
		case w == "of":
			_, p := vagueScales[prev]
			_, n := vagueScales[s.lowAt(j+1)]
			ok = p && n
		case w == "a" || w == "an":
			ok = prev == "half"
		case w == "few":
			ok = prev == "a"
		default:
			if _, abbr := abbrevScales[w]; abbr && startsDigit(prev) {
				ok = s.attached(j) || w == "bn" || w == "mn" || w == "tn" || w == "mln" || w == "bln"
			} else {
				ok = numberWord(w)
			}
		}
		if !ok {
			break
		}
		j++
	}
	for k := j; k > i; k-- {
		n, ok := parseNumber(s.low[i:k])
		if !ok {
			continue
		}
		last := s.low[k-1]
		if k-1 > i && (last == "m" || last == "b") && !money && !s.countsNoun(k) {
			// "a 30m wall": metres, not million.
			continue
		}
		return n, k, true
	}
	return number{}, 0, false
}

// countsNoun reports whether token k is a noun the lexicon knows, so that
// "2m people" reads as two million.
func (s *sentence) countsNoun(k int) bool {
	for ; k < s.n() && k < len(s.low); k++ {
		w := s.low[k]
		if _, ok := nounKinds[guessLemma(w)]; ok {
			return true
		}
		if s.toks[k].POS != "ADJ" && s.toks[k].POS != "PROPN" {
			return false
		}
	}
	return false
}

// currencyBefore returns the currency written just before token i and the
// first token of it: "$", "US$", "US" "$", "€", "USD".
func (s *sentence) currencyBefore(i int) (string, int) {
	if i == 0 {
		return "", i
	}
	w := s.low[i-1]
	if w == "$" && i >= 2 && s.attached(i-1) {
		if c, ok := dollarPrefixes[s.low[i-2]]; ok {
			return c, i - 2
		}
	}
	if c, ok := currencySymbols[w]; ok {
		return c, i - 1
	}
	if f := s.form[i-1]; currencyCodes[f] {
		return f, i - 1
	}
	if f := s.form[i-1]; len(f) > 1 && f[len(f)-1] == '$' {
		if c, ok := dollarPrefixes[lowerASCII(f[:len(f)-1])]; ok {
			return c, i - 1
		}
	}
	return "", i
}

// currencyAfter returns the currency written from token i on and the token
// after it: "dollars", "US dollars", "USD", "won".
func (s *sentence) currencyAfter(i int) (string, int) {
	if i >= s.n() {
		return "", i
	}
	w := s.low[i]
	if c, ok := currencyWords[w]; ok {
		if w == "pound" || w == "pounds" {
			if i+1 < s.n() && s.low[i+1] == "sterling" {
				return c, i + 2
			}
		}
		return c, i + 1
	}
	if currencyCodes[s.form[i]] {
		return s.form[i], i + 1
	}
	// "US dollars", "Hong Kong dollars"
	for k := i + 1; k <= i+2 && k < s.n(); k++ {
		if s.low[k] != "dollars" && s.low[k] != "dollar" {
			continue
		}
		if c, ok := dollarAdjectives[strings.Join(s.low[i:k], " ")]; ok {
			return c, k + 1
		}
	}
	return "", i
}

// percentAfter returns the percent unit written from token i on.
func (s *sentence) percentAfter(i int) (string, int) {
	for _, p := range percentWords {
		if s.hasWords(i, p) {
			if p[0] == "percentage" {
				return "percentage point", i + len(p)
			}
			if p[0] == "pc" && !s.attached(i) {
				continue
			}
			return UnitPercent, i + len(p)
		}
	}
	return "", i
}

// hasWords reports whether the tokens from i are ws.
func (s *sentence) hasWords(i int, ws []string) bool {
	if i < 0 || i+len(ws) > s.n() {
		return false
	}
	for k, w := range ws {
		if s.low[i+k] != w {
			return false
		}
	}
	return true
}

// qualifierBefore returns the longest qualifier that ends just before
// token i and starts at or after floor.
func (s *sentence) qualifierBefore(i, floor int) (qualifier, int) {
	var best qualifier
	at := i
	for _, q := range qualifiers {
		st := i - len(q.words)
		if st < floor || len(q.words) <= len(best.words) {
			continue
		}
		if s.hasWords(st, q.words) {
			best, at = q, st
		}
	}
	return best, at
}

// changeVerbs report a change, so "rose from 30 to 40" is not a range.
var changeVerbs = map[string]bool{
	"rise": true, "climb": true, "increase": true, "jump": true, "grow": true,
	"fall": true, "drop": true, "decline": true, "decrease": true, "go": true,
	"surge": true, "soar": true, "raise": true, "cut": true, "reduce": true,
	"double": true, "triple": true, "shrink": true, "slide": true, "plunge": true,
	"swell": true, "mount": true, "edge": true, "up": true, "down": true,
}

// matchExpr reads the quantity expression whose number starts at token i;
// floor is the first token not taken by the previous expression.
func (s *sentence) matchExpr(i, floor int) (expr, bool) {
	cur, cs := s.currencyBefore(i)
	if cs < floor {
		cur, cs = "", i
	}
	n, end, ok := s.matchCore(i, cur != "")
	if !ok {
		return expr{}, false
	}
	e := expr{start: cs, core: i, coreEnd: end, value: n.value, currency: cur, fraction: n.fraction, one: n.one}
	if n.vague {
		e.approx = true
		e.lower, e.hasLower = n.lower, true
		e.upper, e.hasUpper = n.upper, true
	}
	q, qs := s.qualifierBefore(cs, floor)
	if len(q.words) > 0 {
		e.start = qs
	}

	// A range: "10,000 to 12,000", "between 5 and 10", "$2-3 billion".
	if k := end; k < s.n() && !n.vague && !n.fraction {
		c := s.low[k]
		conn := c == "to" || c == "-" || c == "–" || c == "—" || c == "or" ||
			(c == "and" && q.opener && q.words[0] == "between")
		if q.opener && q.words[0] == "from" && qs > 0 && s.isChangeVerb(qs-1) {
			conn = false
		}
		if conn && k+1 < s.n() {
			j, cur2 := k+1, ""
			if c2, ok := currencySymbols[s.low[j]]; ok && (cur == "" || c2 == cur) && j+1 < s.n() {
				cur2 = c2
				j++
			}
			n2, end2, ok := s.matchCore(j, cur != "" || cur2 != "")
			if ok && !n2.vague && !n2.fraction {
				lo := n.value
				if n.scale == 1 && n2.scale > 1 && n.value < n2.value/n2.scale*1.0001 && !n.one {
					lo = n.value * n2.scale
				}
				hi := n2.value
				good := lo < hi
				if c == "or" {
					good = good && hi <= 10*lo
				}
				if !good && (c == "-" || c == "–") && s.attached(k) && s.attached(k+1) {
					e.score = true
				}
				if good {
					e.value = lo
					e.lower, e.upper = lo, hi
					e.hasLower, e.hasUpper = true, true
					e.approx = true
					e.coreEnd = end2
					end = end2
					e.one = false
					if cur == "" && cur2 != "" {
						e.currency = cur2
					}
				}
			}
		}
	}
	if q.opener && !e.hasUpper {
		// "between"/"from" without a range is not part of the quantity.
		e.start = cs
		q = qualifier{}
	}
	if len(q.words) > 0 && !q.opener {
		e.qualified = true
		e.approx = true
		e.one = false
		if q.lower {
			e.lower, e.hasLower = e.value, true
		}
		if q.upper {
			e.upper, e.hasUpper = e.value, true
		}
	}

	// Units written after the number.
	if e.currency == "" {
		if c, k := s.currencyAfter(end); c != "" {
			e.currency, end = c, k
		}
	}
	if e.currency == "" && !e.fraction {
		if p, k := s.percentAfter(end); p != "" {
			e.percent, end = p, k
		}
	}
	for _, pq := range postQualifiers {
		if !s.hasWords(end, pq.words) {
			continue
		}
		if pq.words[0] == "-" || pq.words[0] == "+" || pq.words[0] == "odd" {
			if !s.attached(end) {
				continue
			}
		}
		if pq.words[0] == "plus" && !s.attached(end) {
			continue
		}
		e.approx = true
		e.one = false
		if pq.lower && !e.hasLower {
			e.lower, e.hasLower = e.value, true
		}
		if pq.upper && !e.hasUpper {
			e.upper, e.hasUpper = e.value, true
		}
		end += len(pq.words)
		break
	}
	e.end = end
	e.yearLike = s.yearLike(e)
	return e, true
}

func (s *sentence) isChangeVerb(i int) bool {
	if i < 0 {
		return false
	}
	if changeVerbs[s.lemma(i)] {
		return true
	}
	return s.toks[i].POS == "VERB"
}

// yearLike reports a bare four-digit number that reads as a year.
func (s *sentence) yearLike(e expr) bool {
	if e.currency != "" || e.percent != "" || e.qualified {
		return false
	}
	if e.hasUpper && e.hasLower && e.coreEnd-e.core == 3 {
		// "2019-2021", "2019 to 2021"
		return isYearToken(s.form[e.core]) && isYearToken(s.form[e.core+2])
	}
	return e.coreEnd-e.core == 1 && isYearToken(s.form[e.core])
}

func isYearToken(w string) bool {
	if len(w) != 4 {
		return false
	}
	v := 0
	for i := 0; i < 4; i++ {
		if !isDigitByte(w[i]) {
			return false
		}
		v = v*10 + int(w[i]-'0')
	}
	return v >= 1800 && v <= 2100
}

// skipSurface reports whether the expression is a date, time, year, id,
// phone number or part of a name, from the words around it.
func (s *sentence) skipSurface(e expr) bool {
	prev, next := s.lowAt(e.start-1), s.lowAt(e.end)
	plain := e.start == e.core && e.currency == "" && e.percent == ""
	coreWord := s.low[e.core]
	digits := startsDigit(coreWord)
	if e.score {
		return true
	}
	// an age in apposition: "Putin, 71, is seeking"
	if plain && digits && prev == "," && (next == "," || next == "." || next == "") && e.value < 130 &&
		e.start >= 2 && (s.pos(e.start-2) == "PROPN" || upperInitial(s.form[e.start-2])) {
		return true
	}
	// ids: "No. 2", "number 10", "aged 12", "Flight 17"
	if plain && idWords[prev] {
		return true
	}
	if plain && digits && e.start > 0 && (strings.HasPrefix(prev, "no.") || prev == "+") {
		return true
	}
	// names and codes: "F-16", "COVID-19", "G-7"; the second half of a
	// score "3-2"
	if e.start >= 2 && (prev == "-" || prev == "/") && s.attached(e.start) && s.attached(e.start-1) {
		return true
	}
	if e.start >= 1 && s.attached(e.start) && digits && plain {
		pw := s.low[e.start-1]
		if pw != "(" && pw != "[" && pw != "\"" && pw != "'" && pw != "~" && pw != "≈" {
			return true
		}
	}
	// times: "5 pm", "10.30 a.m.", "at 10.30"
	if next == "am" || next == "pm" || next == "a.m." || next == "p.m." || next == "gmt" || next == "utc" || next == "o'clock" || next == "hrs" || next == "h" {
		return true
	}
	if (prev == "at" || prev == "by" || prev == "from" || prev == "until") && digits && e.coreEnd-e.core == 1 && clockLike(coreWord) {
		return true
	}
	// "12-year-old", "30-day"
	if next == "-" && s.attached(e.end) && timeUnits[s.lowAt(e.end+1)] {
		return true
	}
	// dates: "October 21", "21 October", "Monday (21)"
	if digits && !e.hasUpper && e.currency == "" && e.percent == "" {
		if months[prev] || weekdays[prev] || (months[next] && e.value <= 31) {
			return true
		}
		if (prev == "(" || prev == ",") && (weekdays[s.lowAt(e.start-2)] || months[s.lowAt(e.start-2)]) {
			return true
		}
		if next == "," && months[s.lowAt(e.start-1)] {
			return true
		}
		if e.value <= 31 && (prev == "the" || prev == "on") && months[s.lowAt(e.end+1)] && next == "of" {
			return true
		}
	}
	if e.yearLike && (yearPrepositions[prev] || months[prev] || e.hasUpper) {
		return true
	}
	// a fraction must be followed by "of", a determiner or a noun: "half
	// of them", "half the troops", "two-thirds majority"
	if e.fraction {
		if prev == "the" || prev == "first" || prev == "second" || prev == "and" || prev == "last" || prev == "other" {
			return true
		}
		switch next {
		case "of", "the", "its", "their", "his", "her", "our", "all", "this", "that", "these", "those", "them":
		default:
			if coreWord == "half" || e.end >= s.n() || !s.isNoun(e.end) || s.low[e.core] == "a" || s.low[e.core] == "an" {
				return true
			}
		}
	}
	return false
}

// clockLike reports "10.30", "9.15": digits, a dot, two digits below 60.
func clockLike(w string) bool {
	h, m, ok := strings.Cut(w, ".")
	if !ok || len(m) != 2 || len(h) == 0 || len(h) > 2 {
		return false
	}
	return m[0] >= '0' && m[0] <= '5' && isDigitByte(m[1]) && isDigitByte(h[0])
}

func upperInitial(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }
