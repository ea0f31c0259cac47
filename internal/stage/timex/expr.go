package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/doc"
)

// The TimeML types of a time expression.
const (
	TypeDate     = "DATE"
	TypeTime     = "TIME"
	TypeDuration = "DURATION"
	TypeSet      = "SET"
)

// Tense is the tense of the clause a time expression belongs to. It decides
// the direction of expressions that name a weekday, month or season without
// saying which one: a past clause looks back from the reference date, a
// future clause forward.
type Tense int8

// The tenses.
const (
	TenseUnknown Tense = iota
	TensePast
	TensePresent
	TenseFuture
)

// String returns the tense's name in lower case.
func (t Tense) String() string {
	switch t {
	case TensePast:
		return "past"
	case TensePresent:
		return "present"
	case TenseFuture:
		return "future"
	}
	return "unknown"
}

// gran is the granularity of a DATE or TIME value.
type gran uint8

const (
	gNone gran = iota
	gMillennium
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gDay
	gPart // a day and a part of it: 2024-10-21TMO
	gTime // a day and a clock time: 2024-10-21T10:30
)

// anchor says how an expression's value is found.
type anchor uint8

const (
	aFixed    anchor = iota // value is complete as parsed (durations, sets, PRESENT_REF, absolute dates)
	aAbs                    // an absolute date whose fields are all given
	aYearless               // month, day, season, quarter or holiday without a year
	aWeekday                // a weekday, maybe with its day of the month
	aOffset                 // n units from the document date or the narrative reference
)

// Expr is a recognized time expression before its value is fixed: what the
// text says, not yet what it means on a given date. The zero Expr is not a
// valid expression; make one with Parse.
type Expr struct {
	typ    string
	anchor anchor
	gran   gran
	// aAbs, aYearless: the fields the text gives. year holds the decade
	// (199) or century (19) at those granularities.
	year, month, day int
	quarter, half    int
	season           int
	// hol is a holiday (holChristmas...) whose day depends on the year.
	hol int
	// yearRel says the year is the reference year plus yearOff ("June of
	// last year").
	yearRel bool
	yearOff int
	// aWeekday: the weekday (1 = Monday) and the day of the month given
	// beside it ("Monday (21)"), or 0.
	weekday, dom int
	weekend      bool
	// dir is the direction of aYearless and aWeekday: 0 from the tense,
	// -1 the latest strictly before the reference ("last Friday"), +1 the
	// first strictly after ("next Friday"), 2 "this".
	dir int
	// aOffset: shift the anchor by n units; fromRef anchors on the narrative
	// reference date instead of the document date.
	unit    int
	n       int
	fromRef bool
	// part is a part of the day (pMorning...); hour and min a clock time
	// when clock is set.
	part      int
	hour, min int
	clock     bool
	// value is the complete value of aFixed expressions.
	value string
}

// Type returns the expression's TimeML type: DATE, TIME, DURATION or SET.
func (e Expr) Type() string { return e.typ }

// NeedsDate reports whether the expression's value depends on a reference
// date, so that without one it keeps X placeholders.
func (e Expr) NeedsDate() bool {
	switch e.anchor {
	case aYearless, aWeekday, aOffset:
		return true
	}
	return false
}

// Resolve returns the expression's TimeML value against the reference date
// ref (normally the document's publication date) for a clause in the given
// tense. When ref is the zero Date, values that need it keep TimeML X
// placeholders ("XXXX-06", "XXXX-WXX-5"); nothing is taken from the clock.
func (e Expr) Resolve(ref doc.Date, tense Tense) string {
	return e.resolve(ref, ref, tense)
}

// resolve is Resolve with a separate narrative reference date, used by
// expressions like "two days later" and "the next day".
func (e Expr) resolve(dct, narrative doc.Date, tense Tense) string {
	switch e.anchor {
	case aFixed:
		return e.value
	case aAbs:
		return e.suffix(formatAbs(e))
	case aYearless:
		if dct.IsZero() {
			return e.suffix(formatAbs(e.withYear(0))) // year 0 formats as XXXX
		}
		if e.yearRel {
			return e.suffix(formatAbs(e.withYear(dct.Year + e.yearOff)))
		}
		return e.suffix(e.resolveYearless(dct.Time(), tense))
	case aWeekday:
		if dct.IsZero() {
			if e.weekend {
				return "XXXX-WXX-WE"
			}
			return e.suffix("XXXX-WXX-" + strconv.Itoa(e.weekday))
		}
		t := e.resolveWeekday(dct.Time(), tense)
		if e.weekend {
			return isoWeek(t) + "-WE"
		}
		return e.suffix(t.Format("2006-01-02"))
	case aOffset:
		a := dct
		if e.fromRef && !narrative.IsZero() {
			a = narrative
		}
		if a.IsZero() {
			return e.suffix(unknownAt(unitGran(e.unit)))
		}
		return e.suffix(formatAt(shift(a.Time(), e.unit, e.n), unitGran(e.unit)))
	}
	return ""
}

// suffix adds the part of the day or the clock time to a day value.
func (e Expr) suffix(v string) string {
	switch {
	case e.clock:
		return v + "T" + two(e.hour) + ":" + two(e.min)
	case e.part != 0:
		return v + "T" + partCode[e.part]
	}
	return v
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func four(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// formatAbs formats the fields of an aAbs or aYearless expression, with X
// for a missing year.
func formatAbs(e Expr) string {
	y := "XXXX"
	if e.year != 0 {
		y = four(e.year)
	}
	switch e.gran {
	case gMillennium:
		return strconv.Itoa(e.year)
	case gCentury:
		return two(e.year)
	case gDecade:
		return strconv.Itoa(e.year)
	case gYear:
		return y
	case gHalf:
		return y + "-H" + strconv.Itoa(e.half)
	case gQuarter:
		return y + "-Q" + strconv.Itoa(e.quarter)
	case gSeason:
		return y + "-" + seasonCode[e.season]
	case gMonth:
		return y + "-" + two(e.month)
	}
	d := "XX"
	if e.day != 0 {
		d = two(e.day)
	}
	m := "XX"
	if e.month != 0 {
		m = two(e.month)
	}
	return y + "-" + m + "-" + d
}

// period returns the first and last day an aYearless expression covers in
// year y.
func (e Expr) period(y int) (time.Time, time.Time) {
	switch e.gran {
	case gSeason:
		m := seasonMonths[e.season]
		a := time.Date(y, time.Month(m[0]), 1, 0, 0, 0, 0, time.UTC)
		return a, time.Date(y, time.Month(m[1])+1, 0, 0, 0, 0, 0, time.UTC)
	case gQuarter:
		a := time.Date(y, time.Month(3*e.quarter-2), 1, 0, 0, 0, 0, time.UTC)
		return a, a.AddDate(0, 3, -1)
	case gHalf:
		a := time.Date(y, time.Month(6*e.half-5), 1, 0, 0, 0, 0, time.UTC)
		return a, a.AddDate(0, 6, -1)
	case gMonth:
		a := time.Date(y, time.Month(e.month), 1, 0, 0, 0, 0, time.UTC)
		return a, a.AddDate(0, 1, -1)
	}
	m, d := e.month, e.day
	if e.hol != 0 {
		m, d = holidayDate(e.hol, y)
	}
	a := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return a, a
}

// resolveYearless picks the year of a month, day, season or quarter given
// without one, and formats the result.
func (e Expr) resolveYearless(ref time.Time, tense Tense) string {
	y := ref.Year()
	best := y
	dir := e.dir
	if dir == 0 || dir == 2 {
		switch tense {
		case TensePast:
			dir = -2 // latest starting on or before ref
		case TenseFuture:
			dir = 3 // first ending on or after ref
		}
	}
	switch dir {
	case -1, -2: // the latest whose period lies before ref (-1) or starts by ref (-2)
		for cy := y + 1; cy >= y-1; cy-- {
			a, b := e.period(cy)
			if (dir == -1 && b.Before(ref)) || (dir == -2 && !a.After(ref)) {
				best = cy
				break
			}
		}
	case 1, 3: // the first whose period lies after ref (+1) or ends on or after ref (3)
		for cy := y - 1; cy <= y+1; cy++ {
			a, b := e.period(cy)
			if (dir == 1 && a.After(ref)) || (dir == 3 && !b.Before(ref)) {
				best = cy
				break
			}
		}
	case 2:
		best = y
	default:
		// Unknown tense: the nearest, with a distance into the future
		// counted twice, since news reports more of the past than of the
		// future: with ref in October, "March 3" is the March before and
		// "December 5" the December after.
		bestDist := time.Duration(1<<62 - 1)
		for cy := y - 1; cy <= y+1; cy++ {
			a, b := e.period(cy)
			var dist time.Duration
			switch {
			case ref.Before(a):
				dist = 2 * a.Sub(ref)
			case ref.After(b):
				dist = ref.Sub(b)
			}
			if dist < bestDist || (dist == bestDist && cy == y) {
				best, bestDist = cy, dist
			}
		}
	}
	return formatAbs(e.withYear(best))
}

// withYear returns e with its year set, and a holiday's month and day
// computed for that year.
func (e Expr) withYear(y int) Expr {
	e.year = y
	if e.hol != 0 && y != 0 {
		e.month, e.day = holidayDate(e.hol, y)
	}
	return e
}

// resolveWeekday picks the date of a weekday named without a date.
func (e Expr) resolveWeekday(ref time.Time, tense Tense) time.Time {
	wd := e.weekday
	if e.weekend {
		wd = 6
	}
	// Candidates: the weekday in the five weeks around ref.
	var cands [5]time.Time
	off := (wd - isoWeekday(ref) + 7) % 7 // days to the next such weekday, 0 if ref is one
	first := ref.AddDate(0, 0, off-14)
	for i := range cands {
		cands[i] = first.AddDate(0, 0, 7*i)
	}
	if e.dom != 0 {
		best := -1
		for i, c := range cands {
			if c.Day() == e.dom && (best < 0 || absDays(c, ref) < absDays(cands[best], ref)) {
				best = i
			}
		}
		if best >= 0 {
			return cands[best]
		}
	}
	onOrBefore := func() time.Time { // latest candidate <= ref
		if off == 0 {
			return ref
		}
		return ref.AddDate(0, 0, off-7)
	}
	onOrAfter := func() time.Time { return ref.AddDate(0, 0, off) }
	switch e.dir {
	case -1:
		if off == 0 {
			return ref.AddDate(0, 0, -7)
		}
		return onOrBefore()
	case 1:
		if off == 0 {
			return ref.AddDate(0, 0, 7)
		}
		return onOrAfter()
	}
	switch tense {
	case TenseFuture:
		return onOrAfter()
	case TensePast:
		return onOrBefore()
	}
	if e.dir == 2 || e.weekend {
		// "this Friday" with no tense: the one in ref's week.
		return ref.AddDate(0, 0, wd-isoWeekday(ref))
	}
	return onOrBefore()
}

func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

func absDays(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}

func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return four(y) + "-W" + two(w)
}

// unitGran is the granularity of a value n units away.
func unitGran(u int) gran {
	switch u {
	case uSecond, uMinute, uHour, uDay, uNight:
		return gDay
	case uWeek, uFortnight:
		return gWeek
	case uWeekend:
		return gWeekend
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	case uSeason:
		return gSeason
	case uYear:
		return gYear
	case uDecade:
		return gDecade
	case uCentury:
		return gCentury
	case uMillennium:
		return gMillennium
	}
	return gDay
}

// shift moves t by n units.
func shift(t time.Time, u, n int) time.Time {
	switch u {
	case uSecond, uMinute, uHour:
		return t
	case uDay, uNight:
		return t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uFortnight:
		return t.AddDate(0, 0, 14*n)
	case uMonth:
		return firstOfMonth(t).AddDate(0, n, 0)
	case uQuarter:
		return firstOfMonth(t).AddDate(0, 3*n, 0)
	case uSeason:
		return firstOfMonth(t).AddDate(0, 3*n, 0)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	case uCentury:
		return t.AddDate(100*n, 0, 0)
	case uMillennium:
		return t.AddDate(1000*n, 0, 0)
	}
	return t
}

func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// formatAt formats t at granularity g.
func formatAt(t time.Time, g gran) string {
	switch g {
	case gMillennium:
		return strconv.Itoa(t.Year() / 1000)
	case gCentury:
		return two(t.Year() / 100)
	case gDecade:
		return strconv.Itoa(t.Year() / 10)
	case gYear:
		return four(t.Year())
	case gQuarter:
		return four(t.Year()) + "-Q" + strconv.Itoa((int(t.Month())+2)/3)
	case gHalf:
		return four(t.Year()) + "-H" + strconv.Itoa((int(t.Month())+5)/6)
	case gSeason:
		m := int(t.Month())
		y := t.Year()
		s := sWinter
		switch {
		case m >= 3 && m <= 5:
			s = sSpring
		case m >= 6 && m <= 8:
			s = sSummer
		case m >= 9 && m <= 11:
			s = sFall
		case m <= 2:
			y--
		}
		return four(y) + "-" + seasonCode[s]
	case gMonth:
		return t.Format("2006-01")
	case gWeek:
		return isoWeek(t)
	case gWeekend:
		return isoWeek(t) + "-WE"
	}
	return t.Format("2006-01-02")
}

// unknownAt is the value at granularity g when the date is unknown.
func unknownAt(g gran) string {
	switch g {
	case gMillennium:
		return "X"
	case gCentury:
		return "XX"
	case gDecade:
		return "XXX"
	case gYear:
		return "XXXX"
	case gQuarter:
		return "XXXX-QX"
	case gHalf:
		return "XXXX-HX"
	case gSeason:
		return "XXXX-XX"
	case gMonth:
		return "XXXX-XX"
	case gWeek:
		return "XXXX-WXX"
	case gWeekend:
		return "XXXX-WXX-WE"
	}
	return "XXXX-XX-XX"
}

// durValue formats a duration of n units ("P3Y", "PT48H"); n < 0 means an
// unspecified number ("PXY").
func durValue(n float64, u int) string {
	if n >= 0 && n != float64(int64(n)) {
		// A fraction goes down a unit when that makes it whole: half an
		// hour is PT30M, a year and a half P18M.
		switch {
		case u == uMinute && n*60 == float64(int64(n*60)):
			n, u = n*60, uSecond
		case u == uHour && n*60 == float64(int64(n*60)):
			n, u = n*60, uMinute
		case u == uDay && n*24 == float64(int64(n*24)):
			n, u = n*24, uHour
		case u == uWeek && n*7 == float64(int64(n*7)):
			n, u = n*7, uDay
		case u == uYear && n*12 == float64(int64(n*12)):
			n, u = n*12, uMonth
		}
	}
	num := "X"
	if n >= 0 {
		num = strconv.FormatFloat(n, 'f', -1, 64)
	}
	switch u {
	case uSecond:
		return "PT" + num + "S"
	case uMinute:
		return "PT" + num + "M"
	case uHour:
		return "PT" + num + "H"
	case uDay, uNight:
		return "P" + num + "D"
	case uWeek:
		return "P" + num + "W"
	case uFortnight:
		if n >= 0 {
			return "P" + strconv.FormatFloat(2*n, 'f', -1, 64) + "W"
		}
		return "PXW"
	case uWeekend:
		return "P" + num + "WE"
	case uMonth:
		return "P" + num + "M"
	case uQuarter:
		return "P" + num + "Q"
	case uSeason:
		if n >= 0 {
			return "P" + strconv.FormatFloat(3*n, 'f', -1, 64) + "M"
		}
		return "PXM"
	case uYear:
		return "P" + num + "Y"
	case uDecade:
		if n >= 0 {
			return "P" + strconv.FormatFloat(10*n, 'f', -1, 64) + "Y"
		}
		return "PXDE"
	case uCentury:
		if n >= 0 {
			return "P" + strconv.FormatFloat(100*n, 'f', -1, 64) + "Y"
		}
		return "PXCE"
	case uMillennium:
		if n >= 0 {
			return "P" + strconv.FormatFloat(1000*n, 'f', -1, 64) + "Y"
		}
		return "PXML"
	}
	return "P" + num + "D"
}

// ValidValue reports whether v is a well-formed TimeML value of the kind
// this package produces: a date or time with optional X placeholders
// (2024, 199, 2024-W42, 2024-W42-WE, XXXX-06, 2024-10-21TMO,
// 2024-10-21T10:30, XXXX-WXX-1), a duration (P3Y, PT48H, PXY, P1.5Y), or
// one of PRESENT_REF, PAST_REF and FUTURE_REF.
func ValidValue(v string) bool {
	switch v {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return true
	case "":
		return false
	}
	if v[0] == 'P' {
		return validDuration(v)
	}
	date, tm, hasT := strings.Cut(v, "T")
	if hasT {
		switch tm {
		case "MO", "AF", "EV", "NI", "MI", "DT":
		default:
			if len(tm) != 5 || tm[2] != ':' || !digits(tm[:2]) || !digits(tm[3:]) {
				return false
			}
		}
	}
	parts := strings.Split(date, "-")
	if !yearish(parts[0]) {
		return false
	}
	switch len(parts) {
	case 1:
		return !hasT
	case 2:
		p := parts[1]
		switch {
		case len(p) == 2 && (digitsX(p) || p == "SP" || p == "SU" || p == "FA" || p == "WI"):
			return !hasT || p != "SP" && p != "SU" && p != "FA" && p != "WI"
		case len(p) == 2 && (p[0] == 'Q' || p[0] == 'H') && (isDigit(p[1]) || p[1] == 'X'):
			return !hasT
		case len(p) == 3 && p[0] == 'W' && digitsX(p[1:]):
			return !hasT
		}
		return false
	case 3:
		p, q := parts[1], parts[2]
		if len(p) == 3 && p[0] == 'W' && digitsX(p[1:]) {
			return q == "WE" && !hasT || len(q) == 1 && q[0] >= '1' && q[0] <= '7'
		}
		return len(p) == 2 && digitsX(p) && len(q) == 2 && digitsX(q)
	}
	return false
}

func validDuration(v string) bool {
	body := v[1:]
	inTime := false
	if strings.HasPrefix(body, "T") {
		inTime = true
		body = body[1:]
	}
	if body == "" {
		return false
	}
	num := 0
	for i := 0; i < len(body); i++ {
		c := body[i]
		if isDigit(c) || c == '.' || c == 'X' {
			num++
			continue
		}
		if num == 0 {
			return false
		}
		rest := body[i:]
		if inTime {
			return rest == "H" || rest == "M" || rest == "S"
		}
		switch rest {
		case "Y", "M", "W", "D", "Q", "DE", "CE", "ML", "WE":
			return true
		}
		return false
	}
	return false
}

func yearish(s string) bool {
	if len(s) < 1 || len(s) > 4 {
		return false
	}
	return digitsX(s)
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func digitsX(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && s[i] != 'X' {
			return false
		}
	}
	return s != ""
}
