package timex

import "strings"

// scanner finds time expressions in one sentence's tokens. It is reused
// from sentence to sentence and is not safe for concurrent use.
type scanner struct {
	toks   []tokv
	tagged bool // some token carries a POS tag
	// cues holds each token's tense cue, computed on first need.
	cues     []Tense
	cuesDone bool
}

// cand is one recognized expression over tokens [a, b).
type cand struct {
	a, b int
	e    Expr
}

// scan appends the sentence's expressions to out, left to right, taking the
// longest expression that starts at each token.
func (s *scanner) scan(out []cand) []cand {
	for i := 0; i < len(s.toks); {
		if c, ok := s.best(i); ok && c.b > i {
			out = append(out, c)
			i = c.b
			continue
		}
		i++
	}
	return out
}

// best returns the longest expression starting at token i.
func (s *scanner) best(i int) (cand, bool) {
	t := &s.toks[i]
	if t.lx.k == kNone && t.num.k == nNone && !t.mid {
		return cand{}, false
	}
	var best cand
	found := false
	try := func(c cand, ok bool) {
		if ok && (!found || c.b > best.b) {
			best, found = c, true
		}
	}
	if t.lx.k == kFn && (t.lx.v == fnA || t.lx.v == fnPer) {
		try(s.set(i)) // "$5 a day" is a set before it is a duration
	}
	try(s.date(i))
	try(s.duration(i))
	try(s.clock(i))
	switch t.lx.k {
	case kRel:
		try(s.rel(i))
	case kFn:
		switch t.lx.v {
		case fnThe:
			try(s.the(i))
		case fnEvery, fnEach, fnOnce, fnTwice:
			try(s.set(i))
		case fnPresent, fnThese:
			try(s.refPhrase(i))
		}
	case kMod:
		try(s.mod(i))
	case kSetAdv, kNum:
		try(s.set(i))
	case kRefWord:
		try(s.refPhrase(i))
	case kWeekday:
		if t.lx.plural {
			try(s.set(i))
		}
	case kUnit:
		try(s.bareUnits(i))
	}
	if t.num.k == nInt || t.num.k == nDecimal {
		try(s.set(i))
	}
	return best, found
}

// Token tests. Each is false for an index outside the sentence.

func (s *scanner) ok(i int) bool { return i >= 0 && i < len(s.toks) }

func (s *scanner) fn(i, f int) bool {
	return s.ok(i) && s.toks[i].lx.k == kFn && int(s.toks[i].lx.v) == f
}

func (s *scanner) is(i int, k kind) bool { return s.ok(i) && s.toks[i].lx.k == k }

func (s *scanner) word(i int, w string) bool { return s.ok(i) && strings.EqualFold(s.toks[i].w, w) }

func (s *scanner) punct(i int, p string) bool { return s.ok(i) && s.toks[i].w == p }

// hyphen reports whether token i is a hyphen written between its
// neighbours without spaces ("48-hour").
func (s *scanner) hyphen(i int) bool {
	return s.ok(i) && s.ok(i+1) && i > 0 && s.toks[i].w == "-" &&
		s.toks[i-1].end == s.toks[i].start && s.toks[i].end == s.toks[i+1].start
}

// unit returns the unit at token i.
func (s *scanner) unit(i int) (u int, plural, ok bool) {
	if !s.is(i, kUnit) {
		return 0, false, false
	}
	return int(s.toks[i].lx.v), s.toks[i].lx.plural, true
}

// singular reports whether token i is the singular unit u.
func (s *scanner) singular(i, u int) bool {
	v, pl, ok := s.unit(i)
	return ok && v == u && !pl
}

// dayNum returns a day of the month at token i: 1..31 written with one or
// two digits, as an ordinal ("21st"), or as an ordinal word ("first").
func (s *scanner) dayNum(i int) (int, bool) {
	if !s.ok(i) {
		return 0, false
	}
	t := &s.toks[i]
	switch {
	case t.num.k == nInt && t.num.ndigits <= 2 && t.num.v >= 1 && t.num.v <= 31:
		return t.num.v, true
	case t.num.k == nOrd && t.num.v >= 1 && t.num.v <= 31:
		return t.num.v, true
	case t.lx.k == kOrd && t.lx.v >= 1 && t.lx.v <= 31:
		return int(t.lx.v), true
	}
	return 0, false
}

// ordinal returns an ordinal at token i ("first", "21st", "second").
func (s *scanner) ordinal(i int) (int, bool) {
	if !s.ok(i) {
		return 0, false
	}
	t := &s.toks[i]
	switch {
	case t.num.k == nOrd:
		return t.num.v, true
	case t.lx.k == kOrd:
		return int(t.lx.v), true
	case t.lx.k == kUnit && t.lx.v == uSecond && !t.lx.plural && strings.EqualFold(t.w, "second"):
		return 2, true
	case t.lx.k == kRel && t.lx.v == relLast: // "the last quarter"
		return -1, true
	}
	return 0, false
}

// yearNum returns a four-digit year at token i, without checking context.
func (s *scanner) yearNum(i int) (int, bool) {
	if !s.ok(i) {
		return 0, false
	}
	t := &s.toks[i]
	if t.num.k == nInt && t.num.ndigits == 4 && t.num.v >= 1000 && t.num.v <= 2199 {
		return t.num.v, true
	}
	return 0, false
}

// yearAt returns a year standing alone at token i when its context makes it
// a year rather than a count: not after a currency sign or "about", not
// before "%" or a unit, nor before a plural noun unless a preposition or
// determiner comes first.
func (s *scanner) yearAt(i int) (int, bool) {
	y, ok := s.yearNum(i)
	if !ok {
		return 0, false
	}
	if s.toks[i].mid {
		return y, true
	}
	prevPrep := false
	if s.ok(i - 1) {
		p := &s.toks[i-1]
		switch p.lx.k {
		case kApprox:
			return 0, false
		case kFn:
			switch p.lx.v {
			case fnDollar, fnThan, fnLeast:
				return 0, false
			case fnIn, fnSince, fnBy, fnUntil, fnFrom, fnTo, fnOf, fnDuring, fnBefore, fnAfter, fnThe,
				fnThrough, fnFor, fnAnd, fnOr, fnAt, fnOn, fnFiscal:
				prevPrep = true
			}
			if p.lx.v == fnTo && s.fn(i-2, fnUp) {
				return 0, false
			}
		case kMonth, kMod, kSeason, kUnit:
			prevPrep = true
		}
		if p.w == "," || p.w == "(" {
			prevPrep = true
		}
		if _, ok := lookupLower(numberedNouns, p.w); ok {
			return 0, false // "Section 2010", "Flight 1549"
		}
	}
	if s.ok(i + 1) {
		n := &s.toks[i+1]
		switch {
		case n.lx.k == kFn && n.lx.v == fnPercent, n.lx.k == kUnit, n.lx.k == kNum:
			return 0, false
		case n.w == "-" && s.ok(i+2) && s.toks[i+2].num.k == nInt && s.toks[i+2].num.ndigits != 4 && s.toks[i+2].num.ndigits != 2:
			return 0, false
		case n.w == ":" || n.w == ".":
		}
		if !prevPrep && s.countNoun(i+1) {
			return 0, false
		}
	}
	if y < 1800 && !prevPrep {
		return 0, false
	}
	return y, true
}

// numberedNouns are nouns a number after which is an identifier, not a
// year.
var numberedNouns = map[string]bool{
	"section": true, "article": true, "chapter": true, "paragraph": true, "clause": true, "rule": true,
	"resolution": true, "no": true, "no.": true, "nos.": true, "number": true, "room": true, "route": true,
	"flight": true, "highway": true, "interstate": true, "model": true, "item": true, "page": true,
	"pages": true, "box": true, "suite": true, "unit": true, "bus": true, "train": true, "line": true,
	"code": true, "order": true, "bill": true, "case": true, "docket": true, "exhibit": true, "table": true,
	"figure": true, "version": true, "apartment": true, "platform": true, "gate": true, "lot": true,
}

// countNoun reports whether token i looks like a plural noun being counted
// ("2000 people"): tagged NNS, or untagged, lower-case and ending in s.
func (s *scanner) countNoun(i int) bool {
	t := &s.toks[i]
	if s.tagged {
		return t.tag == "NNS"
	}
	w := t.w
	return len(w) > 3 && w[0] >= 'a' && w[0] <= 'z' && w[len(w)-1] == 's' && w[len(w)-2] != '\'' && t.lx.k == kNone
}

var fullMonth = [...]string{"", "january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// month returns the month named at token i when it is used as one:
// capitalized; an abbreviation without a period only before a number;
// "May" and "March" only where a modal verb or the verb "march" cannot be.
func (s *scanner) month(i int) (int, bool) {
	if !s.ok(i) {
		return 0, false
	}
	t := &s.toks[i]
	if t.lx.k != kMonth || !t.cap {
		return 0, false
	}
	m := int(t.lx.v)
	w := t.w
	if t.mid {
		return m, true
	}
	full := strings.EqualFold(w, fullMonth[m])
	numNext := s.ok(i+1) && (s.toks[i+1].num.k == nInt || s.toks[i+1].num.k == nOrd)
	if !full && !strings.HasSuffix(w, ".") && !numNext {
		return 0, false
	}
	if m == 5 || m == 3 {
		if numNext {
			return m, true
		}
		if !s.ok(i - 1) {
			return 0, false
		}
		p := &s.toks[i-1]
		switch {
		case p.lx.k == kFn && (p.lx.v == fnIn || p.lx.v == fnOf || p.lx.v == fnSince || p.lx.v == fnUntil ||
			p.lx.v == fnBy || p.lx.v == fnFrom || p.lx.v == fnDuring || p.lx.v == fnThrough || p.lx.v == fnTo ||
			p.lx.v == fnBefore || p.lx.v == fnAfter || p.lx.v == fnAnd || p.lx.v == fnOr || p.lx.v == fnEnd):
		case p.lx.k == kMod || p.lx.k == kRel || p.lx.k == kMonth:
		case p.w == "-" || p.w == ",":
		default:
			return 0, false
		}
		if m == 5 && s.ok(i+1) && s.verbAfterMay(i+1) {
			return 0, false
		}
	}
	return m, true
}

// verbAfterMay reports whether token i, after "May", looks like the verb of
// a modal "may".
func (s *scanner) verbAfterMay(i int) bool {
	t := &s.toks[i]
	if s.tagged {
		return t.tag == "VB" || t.tag == "RB"
	}
	switch strings.ToLower(t.w) {
	case "be", "have", "not", "also", "still", "well", "never":
		return true
	}
	return false
}

// season returns the season at token i.
func (s *scanner) season(i int) (int, bool) {
	if !s.is(i, kSeason) {
		return 0, false
	}
	return int(s.toks[i].lx.v), true
}

// weekday returns the weekday at token i: a capitalized full name or an
// abbreviation with its period.
func (s *scanner) weekday(i int) (int, bool) {
	if !s.is(i, kWeekday) || s.toks[i].lx.plural || !s.toks[i].cap {
		return 0, false
	}
	return int(s.toks[i].lx.v), true
}

// number reads a number at token i: digits ("48", "1.5", "12,000"), words
// ("three", "twenty-five", "a dozen"), "a"/"an" for one, "a few",
// "several" and the like for an unspecified number (vague), "a couple of",
// and "and a half" after any of them. It returns the value and the index
// after the number.
func (s *scanner) number(i int) (n float64, end int, vague, ok bool) {
	if !s.ok(i) {
		return 0, i, false, false
	}
	t := &s.toks[i]
	end = i + 1
	switch {
	case t.num.k == nInt && t.num.ndigits <= 6:
		n = float64(t.num.v)
	case t.num.k == nComma:
		n = float64(t.num.v)
	case t.num.k == nDecimal:
		n = t.num.f
	case t.lx.k == kNum:
		n = float64(t.lx.v)
		if t.lx.v >= 20 && t.lx.v%10 == 0 && t.lx.v < 100 {
			j := i + 1
			if s.hyphen(j) {
				j++
			}
			if s.is(j, kNum) && s.toks[j].lx.v >= 1 && s.toks[j].lx.v <= 9 {
				n += float64(s.toks[j].lx.v)
				end = j + 1
			}
		}
		if s.is(end, kNum) && s.toks[end].lx.v == 100 {
			n *= 100
			end++
		}
	case t.lx.k == kVague:
		return 0, end, true, true
	case t.lx.k == kFn && t.lx.v == fnA:
		switch {
		case s.is(i+1, kVague) && strings.EqualFold(s.toks[i+1].w, "few"):
			return 0, i + 2, true, true
		case s.fn(i+1, fnCouple):
			if s.fn(i+2, fnOf) {
				return 2, i + 3, false, true
			}
			return 2, i + 2, false, true
		case s.is(i+1, kNum) && s.toks[i+1].lx.v == 12:
			n, end = 12, i+2
		case s.fn(i+1, fnHalf):
			return 0.5, i + 2, false, true
		default:
			n = 1
		}
	case t.lx.k == kFn && t.lx.v == fnHalf && s.fn(i+1, fnA):
		return 0.5, i + 2, false, true
	default:
		return 0, i, false, false
	}
	if s.fn(end, fnAnd) && s.fn(end+1, fnA) && s.fn(end+2, fnHalf) {
		n += 0.5
		end += 3
	}
	return n, end, false, true
}

// dayish reports whether an expression names a single day, so that a part
// of the day or a clock time can attach to it.
func dayish(e Expr) bool {
	switch e.anchor {
	case aWeekday:
		return !e.weekend
	case aOffset:
		return e.unit == uDay && e.part == 0 && !e.clock
	case aAbs, aYearless:
		return e.gran == gDay && e.part == 0 && !e.clock
	}
	return false
}

// date reads a date starting at token i, with what may follow it: a part of
// the day ("Monday morning"), the day of the month in brackets ("Monday
// (21)"), or the year relative to this one ("June of last year").
func (s *scanner) date(i int) (cand, bool) {
	c, ok := s.core(i)
	if !ok {
		return c, false
	}
	return s.extend(c), true
}

// extend adds to a date what may follow it.
func (s *scanner) extend(c cand) cand {
	j := c.b
	if c.e.anchor == aWeekday && !c.e.weekend && c.e.dom == 0 && s.punct(j, "(") && s.punct(j+2, ")") {
		if d, ok := s.dayNum(j + 1); ok {
			c.e.dom = d
			c.b = j + 3
			j = c.b
		}
	}
	if dayish(c.e) {
		if p, ok := s.partOfDay(j); ok {
			c.e.part = p
			c.e.typ = TypeTime
			c.b = j + 1
		}
		return c
	}
	if c.e.anchor == aYearless && !c.e.yearRel && c.e.dir == 0 {
		k := j
		if s.fn(k, fnOf) {
			k++
		}
		if s.is(k, kRel) && s.singular(k+1, uYear) {
			off := 0
			switch s.toks[k].lx.v {
			case relThis, relCurrent:
			case relLast, relPast, relPrevious:
				off = -1
			case relNext, relComing:
				off = 1
			default:
				return c
			}
			c.e.yearRel, c.e.yearOff = true, off
			c.b = k + 2
		}
	}
	return c
}

// partOfDay returns the part of the day named at token i: morning,
// afternoon, evening or night.
func (s *scanner) partOfDay(i int) (int, bool) {
	if !s.ok(i) {
		return 0, false
	}
	t := &s.toks[i]
	if t.lx.k == kPart && t.lx.v <= pEvening {
		return int(t.lx.v), true
	}
	if t.lx.k == kUnit && t.lx.v == uNight && !t.lx.plural {
		return pNight, true
	}
	return 0, false
}

func dateExpr(a anchor, g gran) Expr { return Expr{typ: TypeDate, anchor: a, gran: g} }

// core reads a date without what may follow it.
func (s *scanner) core(i int) (cand, bool) {
	if !s.ok(i) {
		return cand{}, false
	}
	t := &s.toks[i]
	switch t.num.k {
	case nISO, nSlash:
		e := dateExpr(aAbs, gDay)
		e.year, e.month, e.day = t.num.y, t.num.m, t.num.d
		return cand{i, i + 1, e}, true
	case nDecade:
		e := dateExpr(aAbs, gDecade)
		e.year = t.num.v
		return cand{i, i + 1, e}, true
	case nInt, nOrd:
		if c, ok := s.dayMonth(i); ok {
			return c, true
		}
		if y, ok := s.yearAt(i); ok {
			e := dateExpr(aAbs, gYear)
			e.year = y
			return cand{i, i + 1, e}, true
		}
		return cand{}, false
	}
	switch t.lx.k {
	case kMonth:
		return s.monthDate(i)
	case kOrd:
		return s.dayMonth(i)
	case kWeekday:
		return s.weekdayDate(i)
	case kDeictic:
		e := dateExpr(aOffset, gDay)
		e.unit = uDay
		switch t.lx.v {
		case 11: // tonight
			e.typ, e.part = TypeTime, pNight
		default:
			e.n = int(t.lx.v) - 1
		}
		return cand{i, i + 1, e}, true
	case kSeason:
		return s.seasonDate(i)
	case kHoliday:
		return s.holiday(i)
	}
	return cand{}, false
}

// monthDate reads "June 19, 2024", "June 19", "June 2024", "June of 2024"
// and "June".
func (s *scanner) monthDate(i int) (cand, bool) {
	m, ok := s.month(i)
	if !ok {
		return cand{}, false
	}
	j := i + 1
	if d, ok := s.dayNum(j); ok && validDay(2000, m, d) && !s.fn(j+1, fnPercent) && !s.is(j+1, kUnit) {
		k := j + 1
		e := dateExpr(aYearless, gDay)
		e.month, e.day = m, d
		if s.punct(k, ",") {
			if y, ok := s.yearNum(k + 1); ok {
				e.anchor, e.year = aAbs, y
				return cand{i, k + 2, e}, true
			}
		}
		if y, ok := s.yearNum(k); ok {
			e.anchor, e.year = aAbs, y
			return cand{i, k + 1, e}, true
		}
		return cand{i, k, e}, true
	}
	e := dateExpr(aYearless, gMonth)
	e.month = m
	if y, ok := s.yearNum(j); ok {
		e.anchor, e.year = aAbs, y
		return cand{i, j + 1, e}, true
	}
	if (s.punct(j, ",") || s.fn(j, fnOf)) && s.ok(j+1) {
		if y, ok := s.yearNum(j + 1); ok {
			e.anchor, e.year = aAbs, y
			return cand{i, j + 2, e}, true
		}
	}
	return cand{i, j, e}, true
}

// dayMonth reads "21 October 2024", "21st of October" and "21 October".
func (s *scanner) dayMonth(i int) (cand, bool) {
	d, ok := s.dayNum(i)
	if !ok {
		return cand{}, false
	}
	j := i + 1
	if s.fn(j, fnOf) {
		j++
	}
	m, ok := s.month(j)
	if !ok || !validDay(2000, m, d) {
		return cand{}, false
	}
	e := dateExpr(aYearless, gDay)
	e.month, e.day = m, d
	k := j + 1
	if s.punct(k, ",") {
		if y, ok := s.yearNum(k + 1); ok {
			e.anchor, e.year = aAbs, y
			return cand{i, k + 2, e}, true
		}
	}
	if y, ok := s.yearNum(k); ok {
		e.anchor, e.year = aAbs, y
		return cand{i, k + 1, e}, true
	}
	return cand{i, k, e}, true
}

// weekdayDate reads "Monday, Oct. 21, 2024", "Monday 21 October" and
// "Monday".
func (s *scanner) weekdayDate(i int) (cand, bool) {
	wd, ok := s.weekday(i)
	if !ok {
		return cand{}, false
	}
	j := i + 1
	if s.punct(j, ",") {
		j++
	}
	if _, ok := s.month(j); ok {
		if c, ok := s.monthDate(j); ok && c.e.gran == gDay {
			c.a = i
			return c, true
		}
	}
	if c, ok := s.dayMonth(j); ok {
		c.a = i
		return c, true
	}
	e := dateExpr(aWeekday, gDay)
	e.weekday = wd
	return cand{i, i + 1, e}, true
}

// seasonDate reads "summer 2023", "summer of 2023" and, after a
// preposition, a bare season ("in summer").
func (s *scanner) seasonDate(i int) (cand, bool) {
	se, _ := s.season(i)
	e := dateExpr(aYearless, gSeason)
	e.season = se
	j := i + 1
	if s.fn(j, fnOf) {
		j++
	}
	if y, ok := s.yearNum(j); ok {
		e.anchor, e.year = aAbs, y
		return cand{i, j + 1, e}, true
	}
	if !s.ok(i - 1) {
		return cand{}, false
	}
	p := &s.toks[i-1]
	if p.lx.k == kFn {
		switch p.lx.v {
		case fnIn, fnDuring, fnBy, fnUntil, fnSince, fnThrough, fnThe:
			if p.lx.v == fnThe && s.ok(i-2) && !(s.fn(i-2, fnIn) || s.fn(i-2, fnDuring) || s.fn(i-2, fnBy) || s.fn(i-2, fnOf) || s.fn(i-2, fnUntil) || s.fn(i-2, fnSince) || s.fn(i-2, fnThrough)) {
				return cand{}, false
			}
			if s.toks[i].cap && s.toks[i].lx.v != sFall && i > 0 && s.toks[i].w != strings.ToUpper(s.toks[i].w) {
				// "the Arab Spring" is an event, not a season; a capitalized
				// season after a preposition is still allowed.
				if p.lx.v == fnThe {
					return cand{}, false
				}
			}
			return cand{i, i + 1, e}, true
		}
	}
	if p.lx.k == kMod {
		return cand{i, i + 1, e}, true
	}
	return cand{}, false
}

// holiday reads Christmas (Day, Eve), New Year's (Day, Eve), Valentine's
// Day, Halloween, Thanksgiving and Easter, capitalized.
func (s *scanner) holiday(i int) (cand, bool) {
	t := &s.toks[i]
	if !t.cap {
		return cand{}, false
	}
	h := int(t.lx.v)
	end := i + 1
	switch h {
	case holChristmas:
		if s.word(end, "Eve") {
			h, end = holChristmasEve, end+1
		} else if s.word(end, "Day") {
			end++
		}
	case holNewYear:
		if !s.word(i+1, "Year") || !(s.punct(i+2, "'s") || s.punct(i+2, "’s")) {
			return cand{}, false
		}
		end = i + 3
		if s.word(end, "Eve") {
			h, end = holNewYearsEve, end+1
		} else if s.word(end, "Day") {
			end++
		} else {
			return cand{}, false
		}
	case holValentine:
		if s.punct(end, "'s") || s.punct(end, "’s") {
			end++
		}
		if !s.word(end, "Day") {
			return cand{}, false
		}
		end++
	case holThanksgiving, holEaster:
		if s.word(end, "Day") || s.word(end, "Sunday") {
			end++
		}
	}
	e := dateExpr(aYearless, gDay)
	e.hol = h
	if y, ok := s.yearNum(end); ok {
		e.anchor = aAbs
		e = e.withYear(y)
		end++
	}
	return cand{i, end, e}, true
}

// relDir maps a relative word to the direction of a weekday, month or
// season: -1 the last before, +1 the next after, 2 this.
func relDir(r int) (int, bool) {
	switch r {
	case relThis, relCurrent:
		return 2, true
	case relLast, relPast, relPrevious:
		return -1, true
	case relNext, relComing, relFollowing:
		return 1, true
	}
	return 0, false
}

// rel reads expressions that start with a relative word: "last Friday",
// "this Monday (21)", "next month", "last week", "this morning", "last
// night", "past three years", "recent years", "coming weeks".
func (s *scanner) rel(i int) (cand, bool) {
	r := int(s.toks[i].lx.v)
	j := i + 1
	if r == relLast && s.verbContext(i-1) {
		return cand{}, false // "will last ten days": the verb
	}
	if r == relThis && s.is(j, kRel) && (s.toks[j].lx.v == relPast || s.toks[j].lx.v == relComing) {
		r = int(s.toks[j].lx.v) // "this past weekend"
		j++
	}
	if d, ok := s.durationAfterRel(i, j, r); ok && (r != relLast || s.fn(i-1, fnThe)) {
		return d, true
	}
	dir, hasDir := relDir(r)
	if wd, ok := s.weekday(j); ok && hasDir {
		e := dateExpr(aWeekday, gDay)
		e.weekday, e.dir = wd, dir
		return s.extend(cand{i, j + 1, e}), true
	}
	if m, ok := s.month(j); ok && hasDir {
		e := dateExpr(aYearless, gMonth)
		e.month, e.dir = m, dir
		return cand{i, j + 1, e}, true
	}
	if se, ok := s.season(j); ok && hasDir {
		e := dateExpr(aYearless, gSeason)
		e.season, e.dir = se, dir
		return cand{i, j + 1, e}, true
	}
	if p, ok := s.partOfDay(j); ok {
		e := dateExpr(aOffset, gDay)
		e.typ, e.unit, e.part = TypeTime, uDay, p
		switch {
		case r == relThis && p != pNight:
		case r == relLast && (p == pNight || p == pEvening):
			e.n = -1
		default:
			return cand{}, false
		}
		return cand{i, j + 1, e}, true
	}
	u, plural, ok := s.unit(j)
	if !ok || plural {
		return cand{}, false
	}
	if u == uWeekend && hasDir {
		e := dateExpr(aWeekday, gWeekend)
		e.weekend, e.dir = true, dir
		return cand{i, j + 1, e}, true
	}
	e := dateExpr(aOffset, unitGran(u))
	e.unit = u
	switch r {
	case relThis, relCurrent:
		if u == uDay || u == uSecond || u == uMinute || u == uHour || u == uSeason {
			return cand{}, false
		}
	case relLast, relPast, relPrevious:
		if u == uDay || u < uDay {
			return cand{}, false
		}
		e.n = -1
		e.fromRef = r == relPrevious
	case relNext, relComing, relFollowing:
		if u < uDay {
			return cand{}, false
		}
		if u == uDay && r != relFollowing && r != relNext {
			return cand{}, false
		}
		e.n = 1
		e.fromRef = r == relFollowing || u == uDay
	case relSame:
		e.fromRef = true
	default:
		return cand{}, false
	}
	return cand{i, j + 1, e}, true
}

// verbContext reports whether token i makes the word after it a verb: a
// modal, "to", "not", or a pronoun or noun subject tagged so.
func (s *scanner) verbContext(i int) bool {
	if !s.ok(i) {
		return false
	}
	switch s.verbClassWord(i) {
	case vFutAux, vTo, vAdv:
		return true
	}
	if s.tagged {
		switch s.toks[i].tag {
		case "MD", "TO", "PRP", "NNS":
			return true
		}
	}
	return false
}

// verbClassWord classifies token i by its word alone.
func (s *scanner) verbClassWord(i int) int {
	wc, _ := lookupLower(tenseWords, s.toks[i].w)
	return int(wc)
}

// durationAfterRel reads "past three years", "next few weeks", "coming
// days" and "recent years" after a relative word at i (the next word at j).
func (s *scanner) durationAfterRel(i, j, r int) (cand, bool) {
	switch r {
	case relPast, relLast, relNext, relComing, relRecent, relPrevious, relFollowing, relPrior:
	default:
		return cand{}, false
	}
	if n, k, vague, ok := s.number(j); ok && !s.fn(j, fnA) {
		if u, plural, ok := s.unit(k); ok && (plural || n <= 1) {
			if vague {
				n = -1
			}
			return cand{i, k + 1, Expr{typ: TypeDuration, value: durValue(n, u)}}, true
		}
	}
	if u, plural, ok := s.unit(j); ok && plural && u != uWeekend {
		return cand{i, j + 1, Expr{typ: TypeDuration, value: durValue(-1, u)}}, true
	}
	return cand{}, false
}

// the reads expressions that start with "the": "the 1990s", "the 20th
// century", "the third quarter (of 2013)", "the past three years", "the
// past decade", "the next day", "the same day", "the weekend", "the end of
// the year", "the future".
func (s *scanner) the(i int) (cand, bool) {
	j := i + 1
	if !s.ok(j) {
		return cand{}, false
	}
	t := &s.toks[j]
	// "the early 1990s", "the mid-1990s"
	k := j
	if t.lx.k == kMod && t.lx.v != modLater && t.lx.v != modEarlier {
		k++
		if s.hyphen(k) {
			k++
		}
	}
	if s.ok(k) && s.toks[k].num.k == nDecade {
		e := dateExpr(aAbs, gDecade)
		e.year = s.toks[k].num.v
		return cand{i, k + 1, e}, true
	}
	if o, ok := s.ordinal(k); ok && o > 0 && s.singular(k+1, uCentury) {
		e := dateExpr(aAbs, gCentury)
		e.year = o - 1
		return cand{i, k + 2, e}, true
	}
	if k != j {
		return cand{}, false
	}
	if o, ok := s.ordinal(j); ok && o != 0 {
		if c, ok := s.quarter(i, j, o); ok {
			return c, true
		}
	}
	switch t.lx.k {
	case kRel:
		r := int(t.lx.v)
		if d, ok := s.durationAfterRel(j, j+1, r); ok {
			d.a = i
			return d, true
		}
		u, plural, ok := s.unit(j + 1)
		if ok && !plural {
			switch r {
			case relFollowing, relPrevious, relPrior, relSame:
				e := dateExpr(aOffset, unitGran(u))
				e.unit, e.fromRef = u, true
				switch r {
				case relFollowing:
					e.n = 1
				case relPrevious, relPrior:
					e.n = -1
				}
				if u == uWeekend {
					e = dateExpr(aWeekday, gWeekend)
					e.weekend, e.dir = true, map[int]int{relFollowing: 1, relPrevious: -1, relPrior: -1, relSame: 2}[r]
				}
				return cand{i, j + 2, e}, true
			case relNext:
				if u == uDay {
					e := dateExpr(aOffset, gDay)
					e.unit, e.n, e.fromRef = u, 1, true
					return cand{i, j + 2, e}, true
				}
				return cand{i, j + 2, Expr{typ: TypeDuration, value: durValue(1, u)}}, true
			case relPast, relLast, relComing:
				if u == uWeekend {
					e := dateExpr(aWeekday, gWeekend)
					e.weekend, e.dir = true, -1
					if r == relComing {
						e.dir = 1
					}
					return cand{i, j + 2, e}, true
				}
				if u == uDay && r == relLast {
					return cand{}, false // "the last day of ..."
				}
				return cand{i, j + 2, Expr{typ: TypeDuration, value: durValue(1, u)}}, true
			case relCurrent:
				e := dateExpr(aOffset, unitGran(u))
				e.unit = u
				return cand{i, j + 2, e}, true
			}
		}
		if r == relPast && !ok {
			return cand{i, j + 1, Expr{typ: TypeDate, value: "PAST_REF"}}, true
		}
		if wd, ok := s.weekday(j + 1); ok && (r == relFollowing || r == relPrevious) {
			e := dateExpr(aWeekday, gDay)
			e.weekday, e.dir = wd, 1
			if r == relPrevious {
				e.dir = -1
			}
			return cand{i, j + 2, e}, true
		}
	case kUnit:
		u, plural := int(t.lx.v), t.lx.plural
		if u == uWeekend && !plural {
			e := dateExpr(aWeekday, gWeekend)
			e.weekend = true
			return cand{i, j + 1, e}, true
		}
		if u == uYear && !plural {
			if y, ok := s.yearNum(j + 1); ok {
				e := dateExpr(aAbs, gYear)
				e.year = y
				return cand{i, j + 2, e}, true
			}
		}
	case kFn:
		switch t.lx.v {
		case fnEnd, fnBeginning, fnStart, fnMiddle, fnTurn:
			if s.fn(j+1, fnOf) {
				if c, ok := s.period(j + 2); ok {
					c.a = i
					return c, true
				}
			}
		case fnFuture:
			return cand{i, j + 1, Expr{typ: TypeDate, value: "FUTURE_REF"}}, true
		case fnPresent:
			return cand{i, j + 1, Expr{typ: TypeDate, value: "PRESENT_REF"}}, true
		case fnMoment:
			if s.fn(i-1, fnAt) {
				return cand{i, j + 1, Expr{typ: TypeDate, value: "PRESENT_REF"}}, true
			}
		}
	}
	if s.word(j, "near") && s.fn(j+1, fnFuture) {
		return cand{i, j + 2, Expr{typ: TypeDate, value: "FUTURE_REF"}}, true
	}
	return cand{}, false
}

// quarter reads "the third quarter", "the first half" and "the first six
// months" after "the" at i, with the ordinal at j, and what year follows:
// "of 2013", "of the year", "of last year", "2013".
func (s *scanner) quarter(i, j, o int) (cand, bool) {
	k := j + 1
	e := dateExpr(aYearless, gQuarter)
	switch {
	case s.singular(k, uQuarter) && o >= 1 && o <= 4:
		e.quarter = o
	case s.fn(k, fnHalf) && o >= 1 && o <= 2:
		e.gran, e.half = gHalf, o
	case o == -1 && s.singular(k, uQuarter):
		// "the last quarter": the fourth of its year when a year follows,
		// else the quarter before the reference date's.
		e.quarter = 4
	default:
		return cand{}, false
	}
	k++
	of := s.fn(k, fnOf)
	if of {
		k++
	}
	if y, ok := s.yearNum(k); ok {
		e.anchor, e.year = aAbs, y
		return cand{i, k + 1, e}, true
	}
	if of && s.fn(k, fnThe) && s.singular(k+1, uYear) {
		e.yearRel = true
		return cand{i, k + 2, e}, true
	}
	if s.is(k, kRel) && s.singular(k+1, uYear) {
		switch s.toks[k].lx.v {
		case relThis, relCurrent:
		case relLast, relPast, relPrevious:
			e.yearOff = -1
		case relNext, relComing:
			e.yearOff = 1
		default:
			return cand{}, false
		}
		e.yearRel = true
		return cand{i, k + 2, e}, true
	}
	if o == -1 {
		return cand{}, false
	}
	if of {
		return cand{}, false
	}
	return cand{i, j + 2, e}, true
}

// period reads what "the end of", "the beginning of" and the like apply
// to: "the year", "this month", "next week", "2024", "June", "the 1990s".
func (s *scanner) period(j int) (cand, bool) {
	if !s.ok(j) {
		return cand{}, false
	}
	if s.fn(j, fnThe) {
		if u, plural, ok := s.unit(j + 1); ok && !plural && u >= uWeek && u != uWeekend && u != uSeason {
			e := dateExpr(aOffset, unitGran(u))
			e.unit = u
			return cand{j, j + 2, e}, true
		}
		return s.the(j)
	}
	if s.is(j, kRel) {
		c, ok := s.rel(j)
		if ok && c.e.typ != TypeDuration {
			return c, true
		}
		return cand{}, false
	}
	return s.date(j)
}

// mod reads a date after "early", "late", "mid", "earlier" or "later":
// "early 2024", "late last year", "mid-October", "earlier this year",
// "later this month", "late Monday".
func (s *scanner) mod(i int) (cand, bool) {
	j := i + 1
	if s.hyphen(j) {
		j++
	}
	earlierLater := s.toks[i].lx.v == modEarlier || s.toks[i].lx.v == modLater
	if !s.ok(j) {
		return cand{}, false
	}
	var c cand
	var ok bool
	switch {
	case s.is(j, kRel):
		c, ok = s.rel(j)
		if ok && c.e.typ == TypeDuration {
			ok = false
		}
	case earlierLater:
		// "earlier today", "later tonight"
		if s.is(j, kDeictic) {
			c, ok = s.core(j)
		}
	default:
		c, ok = s.date(j)
		if ok && c.e.typ == TypeDate && c.e.value != "" {
			ok = false
		}
	}
	if !ok {
		return cand{}, false
	}
	c.a = i
	return c, true
}

// duration reads "three years", "48 hours", "a month", "about two weeks",
// "more than a decade", "48-hour", and the dates made from them: "two days
// ago", "three years later", "a year earlier", "two weeks from now".
func (s *scanner) duration(i int) (cand, bool) {
	j := i
	if !s.ok(j) {
		return cand{}, false
	}
	t := &s.toks[j]
	switch {
	case t.lx.k == kApprox:
		j++
	case t.lx.k == kFn && (t.lx.v == fnMore || t.lx.v == fnLess) && s.fn(j+1, fnThan):
		j += 2
	case t.lx.k == kFn && t.lx.v == fnAt && (s.fn(j+1, fnLeast) || s.word(j+1, "most")):
		j += 2
	case t.lx.k == kFn && t.lx.v == fnUp && s.fn(j+1, fnTo):
		j += 2
	}
	n, k, vague, ok := s.number(j)
	if !ok {
		return cand{}, false
	}
	if s.ok(j) && s.toks[j].num.k == nInt && s.toks[j].num.ndigits == 4 && s.toks[j].num.v >= 1000 && j > 0 && s.is(j-1, kMonth) {
		return cand{}, false
	}
	hyph := false
	if s.hyphen(k) {
		k++
		hyph = true
	}
	u, plural, ok := s.unit(k)
	if !ok || u == uSeason {
		return cand{}, false
	}
	if s.hyphen(j-1) && s.ok(j-2) && s.toks[j-2].num.k == nInt && s.toks[j-2].num.ndigits == 4 {
		return cand{}, false // "the 2012-13 season"
	}
	if !vague && n == 1 && plural && !s.fn(j, fnA) {
		// "one years" is not English; "1 years" may be a typo: allow digits.
		if s.toks[j].num.k == nNone {
			return cand{}, false
		}
	}
	if s.fn(j, fnA) && plural && n == 1 {
		return cand{}, false
	}
	if u == uSecond && !plural && n == 1 && s.ok(k+1) && isLower(s.toks[k+1].w) && s.toks[k+1].lx.k != kMod &&
		!s.fn(k+1, fnAgo) && !s.fn(k+1, fnBefore) && !s.fn(k+1, fnAfter) && !s.fn(k+1, fnOf) && !s.fn(k+1, fnAnd) && !s.fn(k+1, fnOr) {
		return cand{}, false // "a second time", "one second round": the ordinal
	}
	end := k + 1
	if s.fn(end, fnAnd) && s.fn(end+1, fnA) && s.fn(end+2, fnHalf) {
		n += 0.5
		end += 3
	}
	// Ages are not time expressions: "24-year-old", "three years old".
	if (s.hyphen(end) && s.fn(end+1, fnOld)) || s.fn(end, fnOld) {
		return cand{}, false
	}
	if hyph && s.hyphen(end) && s.fn(end+1, fnLong) {
		end += 2
	}
	if u == uWeekend {
		return cand{}, false
	}
	if vague {
		n = -1
	}
	// Dates made from a duration.
	switch {
	case s.fn(end, fnAgo):
		return cand{i, end + 1, s.offsetExpr(n, u, -1, false)}, true
	case s.is(end, kMod) && s.toks[end].lx.v == modLater:
		return cand{i, end + 1, s.offsetExpr(n, u, 1, true)}, true
	case s.is(end, kMod) && s.toks[end].lx.v == modEarlier:
		return cand{i, end + 1, s.offsetExpr(n, u, -1, true)}, true
	case s.fn(end, fnFrom) && s.word(end+1, "now"), s.fn(end, fnHence):
		e := s.offsetExpr(n, u, 1, false)
		if s.fn(end, fnHence) {
			return cand{i, end + 1, e}, true
		}
		return cand{i, end + 2, e}, true
	}
	return cand{i, end, Expr{typ: TypeDuration, value: durValue(n, u)}}, true
}

// bareUnits reads a plural unit with no number after a preposition that
// makes it a stretch of time: "for years", "within hours", "over decades".
func (s *scanner) bareUnits(i int) (cand, bool) {
	u, plural, ok := s.unit(i)
	if !ok || !plural || u == uWeekend || u == uNight || u == uSecond || u == uSeason {
		return cand{}, false
	}
	if s.fn(i+1, fnAgo) {
		return cand{i, i + 2, Expr{typ: TypeDate, value: "PAST_REF"}}, true
	}
	if s.fn(i+1, fnBefore) || s.fn(i+1, fnAfter) || s.is(i+1, kMod) && (s.toks[i+1].lx.v == modLater || s.toks[i+1].lx.v == modEarlier) {
		// "minutes before", "days after", "weeks later"
		return cand{i, i + 1, Expr{typ: TypeDuration, value: durValue(-1, u)}}, true
	}
	if s.ok(i - 1) {
		if _, ok := lookupLower(spanVerbs, s.toks[i-1].w); ok {
			// "can take weeks", "lasted months"
			return cand{i, i + 1, Expr{typ: TypeDuration, value: durValue(-1, u)}}, true
		}
	}
	if !(s.fn(i-1, fnFor) || s.fn(i-1, fnWithin) || s.fn(i-1, fnDuring) || s.word(i-1, "over") ||
		s.fn(i-1, fnAfter) && u >= uDay || s.fn(i-1, fnIn) && u >= uDay && (s.word(i-2, "first") || s.word(i-2, "time") || s.word(i-2, "once"))) {
		return cand{}, false
	}
	return cand{i, i + 1, Expr{typ: TypeDuration, value: durValue(-1, u)}}, true
}

// spanVerbs take a stretch of time as their object: "take weeks",
// "lasted months", "spent years".
var spanVerbs = map[string]bool{
	"take": true, "takes": true, "took": true, "taken": true, "taking": true,
	"last": true, "lasts": true, "lasted": true, "lasting": true,
	"spend": true, "spends": true, "spent": true, "spending": true,
	"wait": true, "waits": true, "waited": true, "waiting": true,
}

// offsetExpr is the date n units before (sign -1) or after the document
// date, or the narrative reference date when fromRef is set. An
// unspecified n gives PAST_REF or FUTURE_REF.
func (s *scanner) offsetExpr(n float64, u, sign int, fromRef bool) Expr {
	if n < 0 || n != float64(int(n)) {
		if sign < 0 {
			return Expr{typ: TypeDate, value: "PAST_REF"}
		}
		return Expr{typ: TypeDate, value: "FUTURE_REF"}
	}
	e := dateExpr(aOffset, unitGran(u))
	e.unit, e.n, e.fromRef = u, sign*int(n), fromRef
	return e
}

// set reads "every week", "each year", "every other day", "every Monday",
// "daily", "weekly", "twice a year", "three times a week", "once a month",
// "$5 a day", "on Mondays".
func (s *scanner) set(i int) (cand, bool) {
	t := &s.toks[i]
	setOf := func(a, b int, v string) (cand, bool) {
		return cand{a, b, Expr{typ: TypeSet, value: v}}, true
	}
	switch {
	case t.lx.k == kSetAdv:
		return setOf(i, i+1, durValue(1, int(t.lx.v)))
	case t.lx.k == kWeekday && t.lx.plural && t.cap:
		return setOf(i, i+1, "XXXX-WXX-"+string(rune('0'+t.lx.v)))
	case t.lx.k == kFn && (t.lx.v == fnEvery || t.lx.v == fnEach):
		j := i + 1
		n := 1.0
		if s.fn(j, fnOther) {
			n, j = 2, j+1
		} else if v, k, vague, ok := s.number(j); ok && !vague && !s.fn(j, fnA) {
			n, j = v, k
		}
		if u, _, ok := s.unit(j); ok {
			if u == uWeekend {
				return setOf(i, j+1, "XXXX-WXX-WE")
			}
			if u == uNight {
				return setOf(i, j+1, "XXXX-XX-XXTNI")
			}
			return setOf(i, j+1, durValue(n, u))
		}
		if n != 1 {
			return cand{}, false
		}
		if wd, ok := s.weekday(j); ok {
			return setOf(i, j+1, "XXXX-WXX-"+string(rune('0'+wd)))
		}
		if m, ok := s.month(j); ok {
			return setOf(i, j+1, "XXXX-"+two(m))
		}
		if se, ok := s.season(j); ok {
			return setOf(i, j+1, "XXXX-"+seasonCode[se])
		}
		if p, ok := s.partOfDay(j); ok {
			return setOf(i, j+1, "XXXX-XX-XXT"+partCode[p])
		}
		return cand{}, false
	}
	// "once a week", "twice a year", "three times a month", "3 times per day"
	j := i
	switch {
	case t.lx.k == kFn && (t.lx.v == fnOnce || t.lx.v == fnTwice):
		j++
	default:
		if _, k, vague, ok := s.number(i); ok && !vague && s.fn(k, fnTimes) && !s.fn(i, fnA) {
			j = k + 1
		}
	}
	if j > i {
		if s.fn(j, fnA) || s.fn(j, fnPer) || s.fn(j, fnEvery) || s.fn(j, fnEach) {
			if u, plural, ok := s.unit(j + 1); ok && !plural && u != uWeekend {
				return setOf(i, j+2, durValue(1, u))
			}
		}
		return cand{}, false
	}
	// "a year", "per day" after an amount: "$310m a year", "5% per year".
	if t.lx.k == kFn && (t.lx.v == fnA || t.lx.v == fnPer) && s.ok(i-1) {
		p := &s.toks[i-1]
		amount := p.num.k == nInt || p.num.k == nComma || p.num.k == nDecimal ||
			p.lx.k == kFn && p.lx.v == fnPercent || amountWord(p.w)
		if u, plural, ok := s.unit(i + 1); ok && !plural && amount && u >= uHour && u <= uYear && u != uWeekend && u != uNight {
			return setOf(i, i+2, durValue(1, u))
		}
	}
	return cand{}, false
}

// amountWord reports whether w ends an amount of money or goods: "m",
// "million", "dollars", "barrels".
func amountWord(w string) bool {
	switch strings.ToLower(w) {
	case "m", "bn", "b", "k", "million", "billion", "trillion", "thousand", "dollars", "euros", "pounds",
		"yuan", "yen", "rupees", "barrels", "tonnes", "tons", "cents", "percent", "points":
		return true
	}
	return false
}

// clock reads clock times: "10:30 a.m.", "10 a.m.", "5 p.m. EDT", "0900
// GMT", "noon", "midnight", "at 14:30", with a day right after ("10 a.m.
// Tuesday") taken into the same expression.
func (s *scanner) clock(i int) (cand, bool) {
	t := &s.toks[i]
	h, m := -1, 0
	j := i + 1
	marked := false
	switch {
	case t.num.k == nClock:
		h, m = t.num.m, t.num.d
	case t.num.k == nInt && t.num.ndigits <= 2 && t.num.v >= 1 && t.num.v <= 12 && s.is(j, kAmPm):
		h = t.num.v
	case t.num.k == nInt && t.num.ndigits == 4 && s.is(j, kZone) && s.toks[j].cap:
		h, m = t.num.v/100, t.num.v%100
	case t.lx.k == kPart && t.lx.v == pNoon:
		h, marked = 12, true
	case t.lx.k == kPart && t.lx.v == pMidnight:
		h, marked = 24, true
	default:
		return cand{}, false
	}
	if s.is(j, kAmPm) {
		ap := int(s.toks[j].lx.v)
		if h > 12 || h == 0 {
			return cand{}, false
		}
		if ap == 12 && h < 12 {
			h += 12
		} else if ap == 0 && h == 12 {
			h = 0
		}
		j++
		marked = true
	}
	if s.is(j, kZone) && s.toks[j].cap {
		j++
		marked = true
	} else if s.fn(j, fnLocal) && s.fn(j+1, fnTime) {
		j += 2
		marked = true
	}
	if !marked {
		p := i - 1
		if !s.ok(p) || !(s.fn(p, fnAt) || s.fn(p, fnBy) || s.fn(p, fnUntil) || s.fn(p, fnFrom) || s.fn(p, fnTo) ||
			s.fn(p, fnBefore) || s.fn(p, fnAfter) || s.fn(p, fnSince) || s.is(p, kApprox) || s.fn(p, fnAnd)) {
			return cand{}, false
		}
	}
	if h > 24 || m > 59 || h == 24 && m != 0 {
		return cand{}, false
	}
	e := dateExpr(aOffset, gTime)
	e.typ, e.unit, e.fromRef = TypeTime, uDay, true
	if c, ok := s.core(j); ok && dayish(c.e) && !s.fn(j, fnThe) {
		// "10 a.m. Tuesday" is one expression.
		e = c.e
		j = c.b
	} else if s.punct(j, ",") || s.fn(j, fnOn) {
		// "10 a.m., Tuesday" and "10 a.m. on Tuesday": the day is its own
		// expression, but it dates the time.
		if c, ok := s.core(j + 1); ok && dayish(c.e) {
			e = c.e
			if s.punct(j, ",") {
				j = c.b
			}
		}
	}
	e.typ, e.clock, e.hour, e.min = TypeTime, true, h, m
	return cand{i, j, e}, true
}

// refPhrase reads words that stand for the present, past or future:
// "now", "currently", "recently", "at present", "these days".
func (s *scanner) refPhrase(i int) (cand, bool) {
	t := &s.toks[i]
	switch {
	case t.lx.k == kRefWord:
		if t.lx.v == refFuture && s.fn(i+1, fnAfter) {
			return cand{}, false // "soon after" is relative to an event
		}
		return cand{i, i + 1, Expr{typ: TypeDate, value: refValue[t.lx.v]}}, true
	case t.lx.k == kFn && t.lx.v == fnPresent && s.fn(i-1, fnAt):
		return cand{i, i + 1, Expr{typ: TypeDate, value: "PRESENT_REF"}}, true
	case t.lx.k == kFn && t.lx.v == fnThese && s.word(i+1, "days"):
		return cand{i, i + 2, Expr{typ: TypeDate, value: "PRESENT_REF"}}, true
	}
	return cand{}, false
}
