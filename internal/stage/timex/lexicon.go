package timex

import (
	"time"
	"unicode/utf8"
)

// kind is the lexical class of a word, as far as time expressions care.
type kind uint8

const (
	kNone     kind = iota
	kMonth         // v: 1..12
	kWeekday       // v: 1..7, Monday = 1 (ISO 8601)
	kNum           // cardinal number word, v: its value
	kOrd           // ordinal word, v: its value
	kUnit          // v: a unit
	kPart          // part of the day, v: a part
	kSeason        // v: a season
	kRel           // v: a rel (this, last, next, ...)
	kDeictic       // today, yesterday, tomorrow, tonight; v: day offset + 1
	kRefWord       // now, recently, ...; v: a refValue
	kSetAdv        // daily, weekly, ...; v: a unit
	kFn            // function word, v: an fn
	kHoliday       // v: a holiday (holChristmas, ...)
	kAmPm          // v: 0 a.m., 12 p.m.
	kZone          // time zone abbreviation
	kMod           // early, late, mid, earlier, later; v: a mod
	kVague         // several, few, many; a quantity left as X
	kApprox        // about, around, nearly, ...
	kPastVerb      // an irregular past-tense verb (said, told, ...)
)

// lex is a word's class and value. plural marks a plural unit ("years")
// and a capitalized-only reading ("May", "March") is checked by the scanner.
type lex struct {
	k      kind
	v      int16
	plural bool
}

// Units of time.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uNight
	uWeek
	uWeekend
	uFortnight
	uMonth
	uQuarter
	uSeason
	uYear
	uDecade
	uCentury
	uMillennium
)

// Relative words before a unit, weekday or month.
const (
	relThis = iota + 1
	relLast
	relNext
	relPast
	relComing
	relPrevious
	relFollowing
	relCurrent
	relRecent
	relSame
	relPrior
)

// Parts of the day.
const (
	pMorning = iota + 1
	pAfternoon
	pEvening
	pNight
	pNoon
	pMidnight
)

var partCode = [...]string{pMorning: "MO", pAfternoon: "AF", pEvening: "EV", pNight: "NI", pNoon: "MI", pMidnight: "NI"}

// Seasons.
const (
	sSpring = iota + 1
	sSummer
	sFall
	sWinter
)

var seasonCode = [...]string{sSpring: "SP", sSummer: "SU", sFall: "FA", sWinter: "WI"}

// seasonMonths gives the first and last month of each season (northern).
var seasonMonths = [...][2]int{sSpring: {3, 5}, sSummer: {6, 8}, sFall: {9, 11}, sWinter: {12, 14}}

// Values of words that stand for a TimeML reference point.
const (
	refPresent = iota + 1
	refPast
	refFuture
)

var refValue = [...]string{refPresent: "PRESENT_REF", refPast: "PAST_REF", refFuture: "FUTURE_REF"}

// Modifiers before a date.
const (
	modEarly = iota + 1
	modLate
	modMid
	modEarlier
	modLater
)

// Function words.
const (
	fnThe = iota + 1
	fnA
	fnOf
	fnIn
	fnOn
	fnAt
	fnSince
	fnFrom
	fnTo
	fnUntil
	fnBy
	fnAgo
	fnBefore
	fnAfter
	fnFor
	fnDuring
	fnWithin
	fnAnd
	fnEvery
	fnEach
	fnPer
	fnTimes
	fnOnce
	fnTwice
	fnThan
	fnMore
	fnLess
	fnLeast
	fnEnd
	fnBeginning
	fnStart
	fnMiddle
	fnTurn
	fnHalf
	fnOld
	fnLong
	fnOther
	fnCouple
	fnFiscal
	fnThrough
	fnHence
	fnPresent
	fnFuture
	fnMoment
	fnThese
	fnUp
	fnOr
	fnLocal
	fnTime
	fnPercent
	fnDollar
)

// Holidays whose date the recognizer knows.
const (
	holChristmas = iota + 1
	holChristmasEve
	holNewYear
	holNewYearsEve
	holValentine
	holHalloween
	holThanksgiving
	holEaster
)

// holidayDate returns the month and day of holiday h in year y.
func holidayDate(h, y int) (int, int) {
	switch h {
	case holChristmas:
		return 12, 25
	case holChristmasEve:
		return 12, 24
	case holNewYear:
		return 1, 1
	case holNewYearsEve:
		return 12, 31
	case holValentine:
		return 2, 14
	case holHalloween:
		return 10, 31
	case holThanksgiving: // the fourth Thursday of November (US)
		wd := int(time.Date(y, 11, 1, 0, 0, 0, 0, time.UTC).Weekday()) // 0 = Sunday
		first := 1 + (4-wd+7)%7
		return 11, first + 21
	case holEaster: // Western Easter Sunday (anonymous Gregorian algorithm)
		a, b, c := y%19, y/100, y%100
		d, e := b/4, b%4
		f := (b + 8) / 25
		g := (b - f + 1) / 3
		hh := (19*a + b - d - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - hh - k) % 7
		m := (a + 11*hh + 22*l) / 451
		month := (hh + l - 7*m + 114) / 31
		day := (hh+l-7*m+114)%31 + 1
		return month, day
	}
	return 1, 1
}

var lexicon = map[string]lex{}

func add(k kind, v int, words ...string) {
	for _, w := range words {
		lexicon[w] = lex{k: k, v: int16(v)}
	}
}

func addUnit(u int, singular ...string) {
	for _, w := range singular {
		lexicon[w] = lex{k: kUnit, v: int16(u)}
	}
}

func addUnits(u int, plural ...string) {
	for _, w := range plural {
		lexicon[w] = lex{k: kUnit, v: int16(u), plural: true}
	}
}

func init() {
	months := [][]string{
		{"january", "jan.", "jan"}, {"february", "feb.", "feb"}, {"march", "mar.", "mar"},
		{"april", "apr.", "apr"}, {"may"}, {"june", "jun.", "jun"}, {"july", "jul.", "jul"},
		{"august", "aug.", "aug"}, {"september", "sept.", "sep.", "sept", "sep"},
		{"october", "oct.", "oct"}, {"november", "nov.", "nov"}, {"december", "dec.", "dec"},
	}
	for i, ws := range months {
		add(kMonth, i+1, ws...)
	}
	days := [][]string{
		{"monday", "mon."}, {"tuesday", "tue.", "tues."}, {"wednesday", "wed."},
		{"thursday", "thu.", "thur.", "thurs."}, {"friday", "fri."}, {"saturday", "sat."}, {"sunday", "sun."},
	}
	for i, ws := range days {
		add(kWeekday, i+1, ws...)
		// Plural weekdays ("on Mondays") are read as sets.
		lexicon[ws[0]+"s"] = lex{k: kWeekday, v: int16(i + 1), plural: true}
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range nums {
		add(kNum, i, w)
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		add(kNum, 20+10*i, w)
	}
	add(kNum, 100, "hundred")
	add(kNum, 12, "dozen")
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth"}
	for i, w := range ords {
		add(kOrd, i+1, w)
	}
	add(kOrd, 30, "thirtieth")

	addUnit(uSecond, "second", "sec", "sec.")
	addUnits(uSecond, "seconds", "secs")
	addUnit(uMinute, "minute", "min", "min.")
	addUnits(uMinute, "minutes", "mins")
	addUnit(uHour, "hour", "hr", "hr.")
	addUnits(uHour, "hours", "hrs", "hrs.")
	addUnit(uDay, "day")
	addUnits(uDay, "days")
	addUnit(uNight, "night")
	addUnits(uNight, "nights")
	addUnit(uWeek, "week")
	addUnits(uWeek, "weeks")
	addUnit(uWeekend, "weekend")
	addUnits(uWeekend, "weekends")
	addUnit(uFortnight, "fortnight")
	addUnits(uFortnight, "fortnights")
	addUnit(uMonth, "month")
	addUnits(uMonth, "months")
	addUnit(uQuarter, "quarter")
	addUnits(uQuarter, "quarters")
	addUnit(uSeason, "season")
	addUnits(uSeason, "seasons")
	addUnit(uYear, "year", "yr")
	addUnits(uYear, "years", "yrs")
	addUnit(uDecade, "decade")
	addUnits(uDecade, "decades")
	addUnit(uCentury, "century")
	addUnits(uCentury, "centuries")
	addUnit(uMillennium, "millennium")
	addUnits(uMillennium, "millennia")

	add(kPart, pMorning, "morning")
	add(kPart, pAfternoon, "afternoon")
	add(kPart, pEvening, "evening")
	add(kPart, pNoon, "noon", "midday")
	add(kPart, pMidnight, "midnight")
	// "night" is a unit too; the scanner reads it as a part of the day after
	// a day word ("Monday night", "last night").

	add(kSeason, sSpring, "spring")
	add(kSeason, sSummer, "summer")
	add(kSeason, sFall, "autumn", "fall")
	add(kSeason, sWinter, "winter")

	add(kRel, relThis, "this")
	add(kRel, relLast, "last")
	add(kRel, relNext, "next")
	add(kRel, relPast, "past")
	add(kRel, relComing, "coming", "upcoming")
	add(kRel, relPrevious, "previous", "preceding")
	add(kRel, relFollowing, "following", "subsequent")
	add(kRel, relCurrent, "current")
	add(kRel, relRecent, "recent")
	add(kRel, relSame, "same")
	add(kRel, relPrior, "prior")

	add(kDeictic, 1, "today")
	add(kDeictic, 0, "yesterday")
	add(kDeictic, 2, "tomorrow")
	add(kDeictic, 11, "tonight") // 10 + offset 1: today, part of the day night

	add(kRefWord, refPresent, "now", "currently", "nowadays", "presently")
	add(kRefWord, refPast, "recently", "lately", "previously", "formerly")
	add(kRefWord, refFuture, "soon")

	add(kSetAdv, uDay, "daily", "nightly")
	add(kSetAdv, uWeek, "weekly")
	add(kSetAdv, uMonth, "monthly")
	add(kSetAdv, uYear, "annually", "yearly")
	add(kSetAdv, uHour, "hourly")
	add(kSetAdv, uQuarter, "quarterly")

	add(kHoliday, holChristmas, "christmas")
	add(kHoliday, holNewYear, "new")
	add(kHoliday, holValentine, "valentine's", "valentine")
	add(kHoliday, holHalloween, "halloween")
	add(kHoliday, holThanksgiving, "thanksgiving")
	add(kHoliday, holEaster, "easter")

	add(kAmPm, 0, "a.m.", "am", "a.m")
	add(kAmPm, 12, "p.m.", "pm", "p.m")
	add(kZone, 0, "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "bst", "cet", "cest", "kst", "jst", "et", "pt", "ct")

	add(kMod, modEarly, "early")
	add(kMod, modLate, "late")
	add(kMod, modMid, "mid", "mid-")
	add(kMod, modLater, "later")
	add(kMod, modEarlier, "earlier")
	// "earlier" is a reference word alone and a modifier before "this"/"last".

	add(kVague, 0, "several", "few", "many", "numerous")
	add(kApprox, 0, "about", "around", "nearly", "roughly", "approximately", "some", "almost")

	add(kPastVerb, 0, "said", "told", "met", "went", "came", "took", "gave", "made", "sent", "left", "held",
		"began", "saw", "got", "found", "fought", "brought", "thought", "knew", "became", "fell", "won", "lost",
		"led", "struck", "spoke", "wrote", "ran", "hit", "cut", "put", "set", "shot", "stood", "sold", "paid",
		"built", "kept", "heard", "felt", "fled", "rose", "broke", "chose", "drew", "flew", "grew", "hid",
		"ate", "sat", "slid", "spent", "stole", "swore", "threw", "woke", "wore", "withdrew", "overtook", "meant",
		"sought", "taught", "caught", "bought", "dealt", "quit", "let", "read", "rode", "forgot", "undertook",
		"arose", "bore", "forbade", "froze", "lay", "laid", "lit", "mistook", "oversaw", "shook", "sank", "sang",
		"shut", "spread", "sprang", "stuck", "stung", "swept", "swam", "tore", "upheld", "wept", "wound")

	fns := map[string]int{
		"the": fnThe, "a": fnA, "an": fnA, "of": fnOf, "in": fnIn, "on": fnOn, "at": fnAt, "since": fnSince,
		"from": fnFrom, "to": fnTo, "until": fnUntil, "till": fnUntil, "by": fnBy, "ago": fnAgo,
		"before": fnBefore, "after": fnAfter, "for": fnFor, "throughout": fnDuring,
		"during": fnDuring, "within": fnWithin, "and": fnAnd, "every": fnEvery, "each": fnEach, "per": fnPer,
		"times": fnTimes, "once": fnOnce, "twice": fnTwice, "than": fnThan, "more": fnMore, "less": fnLess,
		"fewer": fnLess, "least": fnLeast, "end": fnEnd, "beginning": fnBeginning, "start": fnStart,
		"middle": fnMiddle, "turn": fnTurn, "half": fnHalf, "old": fnOld, "long": fnLong, "other": fnOther,
		"couple": fnCouple, "fiscal": fnFiscal, "through": fnThrough, "hence": fnHence,
		"present": fnPresent, "future": fnFuture, "moment": fnMoment, "these": fnThese, "up": fnUp,
		"or": fnOr, "local": fnLocal, "time": fnTime,
		"%": fnPercent, "percent": fnPercent, "$": fnDollar, "€": fnDollar, "£": fnDollar,
		"¥": fnDollar, "#": fnDollar, "no.": fnDollar,
	}
	for w, v := range fns {
		lexicon[w] = lex{k: kFn, v: int16(v)}
	}
}

// lookup returns the lexical class of w, matched without regard to ASCII
// case. It does not allocate.
func lookup(w string) lex {
	if len(w) > 16 {
		return lex{}
	}
	var buf [16]byte
	n := 0
	lower := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			lower = false
		}
		buf[n] = c
		n++
	}
	if lower {
		return lexicon[w]
	}
	return lexicon[string(buf[:n])]
}

// capitalized reports whether w starts with an upper-case ASCII letter.
func capitalized(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// edWord reports whether w looks like a regular past-tense verb: a
// lower-case word of five or more letters ending in "ed" that is not one of
// the common adjectives and nouns that end so.
func edWord(w string) bool {
	if len(w) < 5 || w[len(w)-2:] != "ed" || !('a' <= w[0] && w[0] <= 'z') {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return !notEd[w]
}

var notEd = map[string]bool{
	"united": true, "armed": true, "alleged": true, "advanced": true, "based": true, "related": true,
	"limited": true, "detailed": true, "hundred": true, "indeed": true, "speed": true, "need": true,
	"proceed": true, "succeed": true, "exceed": true, "breed": true, "creed": true, "greed": true,
	"embed": true, "shred": true, "sacred": true, "naked": true, "wicked": true, "wretched": true,
	"beloved": true, "learned": true, "aged": true, "bed": true, "red": true, "shed": true,
	"so-called": true, "supposed": true, "concerned": true, "interested": true, "experienced": true,
	"talented": true, "skilled": true, "unarmed": true, "unidentified": true, "unnamed": true,
	"masked": true, "wounded": true, "injured": true, "displaced": true, "detained": true,
	"organized": true, "organised": true, "sophisticated": true, "complicated": true, "dedicated": true,
	"proposed": true, "planned": true, "expected": true, "scheduled": true,
	"intended": true, "anticipated": true, "disputed": true, "occupied": true, "elected": true,
	"mixed": true, "fixed": true, "tired": true, "worried": true, "married": true, "qualified": true,
	"licensed": true, "automated": true, "coordinated": true, "sustained": true,
	"heightened": true, "unprecedented": true,
}
