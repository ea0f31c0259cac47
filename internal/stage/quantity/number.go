package quantity

import (
	"math"
	"strconv"
	"strings"
)

// ParseNumber reads one number written in digits, words or both, given as
// the words (tokens) that spell it, and reports whether all of words make
// one number. Case does not matter, and a hyphen may join number words
// inside a word ("twenty-five") or stand between them as a token of its own
// ("twenty", "-", "five"). It reads:
//
//   - digits with or without thousands commas and a decimal part: "12,000",
//     "1.5", ".5", "12000", with an attached scale: "30m", "1.2bn", "12k",
//     "3tn";
//   - cardinal words: "ten thousand", "one hundred and fifty",
//     "twenty-five", "a million", "twelve hundred";
//   - digits or words with scale words: "2.5 million", "12 thousand",
//     "1,200 million", "3 lakh", "2 crore";
//   - dozens: "a dozen", "two dozen", "half a dozen"; and "half a million";
//   - fractions, as their value (0.5, not 50): "half", "a third",
//     "two-thirds", "three quarters", "a quarter", and the characters ½ ¼ ¾
//     ⅓ ⅔;
//   - vague plurals, as the lowest round reading: "dozens" (24),
//     "hundreds" (200), "thousands", "millions", "scores" (40),
//     "tens of thousands" (20,000), "hundreds of thousands", and
//     "several hundred", "a few thousand" (300, 3,000).
//
// It does not read qualifiers ("about"), currencies or percent signs, which
// the Recognizer handles around the number, nor ordinals, negative numbers,
// dates or times. The value is finite and not negative whenever ok is true.
func ParseNumber(words []string) (value float64, ok bool) {
	n, ok := parseNumber(words)
	return n.value, ok
}

// number is a parsed number with what the recognizer needs to know of its
// form.
type number struct {
	value float64
	// lower and upper bound a vague number ("hundreds" is 200 to 1,000);
	// they are zero for other numbers.
	lower, upper float64
	// vague marks a vague plural ("dozens") or "several hundred".
	vague bool
	// fraction marks a fraction ("a third"); value is then below one or a
	// small multiple of one.
	fraction bool
	// scale is the last scale word's multiplier ("2 million": 1e6), 1 when
	// there is none. A range shares it: "2 to 3 million".
	scale float64
	// digits marks a number that starts with digits.
	digits bool
	// word marks a number of one word that is "one", which the recognizer
	// keeps only when it counts something it knows.
	one bool
}

// Number words and their values.
var (
	units = map[string]float64{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
		"six": 6, "seven": 7, "eight": 8, "nine": 9,
	}
	teens = map[string]float64{
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
		"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	tens = map[string]float64{
		"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
		"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	}
	// scales are the multipliers that close a group of up to three digits.
	scales = map[string]float64{
		"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
	}
	// abbrevScales follow digits ("30m", "1.2 bn"); the recognizer takes
	// them only when attached to the digits.
	abbrevScales = map[string]float64{
		"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6,
		"b": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
	}
	// vagueScales are the plurals of "dozens", "hundreds of thousands".
	vagueScales = map[string]float64{
		"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3,
		"millions": 1e6, "billions": 1e9, "tens": 10,
	}
	// denominators of fractions, singular and plural.
	denominators = map[string]float64{
		"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
		"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
		"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
		"tenth": 10, "tenths": 10,
	}
	vulgar = map[string]float64{
		"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3,
		"⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅛": 0.125,
	}
)

// maxWords bounds the words one number may have.
const maxWords = 24

// parseNumber is ParseNumber with the number's form.
func parseNumber(words []string) (number, bool) {
	if len(words) == 0 || len(words) > maxWords {
		return number{}, false
	}
	var buf [maxWords * 2]string
	ws := splitWords(words, buf[:0])
	if len(ws) == 0 {
		return number{}, false
	}
	if n, ok := parseVague(ws); ok {
		return n, true
	}
	if n, ok := parseFraction(ws); ok {
		return n, true
	}
	n, ok := parseCardinal(ws)
	if !ok || math.IsInf(n.value, 0) || math.IsNaN(n.value) || n.value < 0 {
		return number{}, false
	}
	n.one = len(ws) == 1 && ws[0] == "one"
	return n, true
}

// splitWords lowercases words, splits them at hyphens between letters and
// drops hyphen tokens that stand between two words. It returns nil when a
// hyphen is at an edge or next to another hyphen.
func splitWords(words []string, out []string) []string {
	for i, w := range words {
		if w == "" {
			return nil
		}
		if isHyphenWord(w) {
			if i == 0 || i == len(words)-1 || isHyphenWord(words[i+1]) {
				return nil
			}
			continue
		}
		w = lowerASCII(w)
		if strings.IndexByte(w, '-') < 0 || startsDigit(w) {
			out = append(out, w)
			continue
		}
		for part := range strings.SplitSeq(w, "-") {
			if part == "" {
				return nil
			}
			out = append(out, part)
		}
	}
	if len(out) > maxWords {
		return nil
	}
	return out
}

func isHyphenWord(w string) bool { return w == "-" || w == "‐" || w == "‑" }

// parseVague reads "dozens", "hundreds of thousands", "tens of millions",
// "several hundred", "a few thousand".
func parseVague(ws []string) (number, bool) {
	switch {
	case len(ws) == 1:
		if m, ok := vagueScales[ws[0]]; ok && ws[0] != "tens" {
			return vague(m, 2), true
		}
	case len(ws) == 3 && ws[1] == "of":
		m1, ok1 := vagueScales[ws[0]]
		m2, ok2 := vagueScales[ws[2]]
		if ok1 && ok2 && m1 < m2 && m2 >= 1000 && m1 != 12 && m1 != 20 {
			return vague(m1*m2, 2), true
		}
	}
	// "several hundred", "a few thousand", "few dozen", "many thousands"
	i := 0
	switch {
	case len(ws) >= 2 && ws[0] == "several":
		i = 1
	case len(ws) >= 3 && ws[0] == "a" && ws[1] == "few":
		i = 2
	case len(ws) >= 2 && ws[0] == "few":
		i = 1
	default:
		return number{}, false
	}
	if len(ws) != i+1 {
		return number{}, false
	}
	m, ok := scales[ws[i]]
	if !ok {
		switch ws[i] {
		case "hundred":
			m = 100
		case "dozen":
			m = 12
		default:
			return number{}, false
		}
	}
	n := vague(m, 3)
	n.lower = 2 * m
	return n, true
}

// vague is the number k×m read as a vague amount between 2m and 10m.
func vague(m, k float64) number {
	return number{value: k * m, lower: 2 * m, upper: 10 * m, vague: true, scale: m}
}

// parseFraction reads "half", "a half", "a third", "one-third",
// "two thirds", "three-quarters", and the vulgar-fraction characters.
func parseFraction(ws []string) (number, bool) {
	switch len(ws) {
	case 1:
		if v, ok := vulgar[ws[0]]; ok {
			return number{value: v, fraction: true, scale: 1}, true
		}
		if ws[0] == "half" {
			return number{value: 0.5, fraction: true, scale: 1}, true
		}
	case 2:
		d, ok := denominators[ws[1]]
		if !ok {
			return number{}, false
		}
		var num float64
		switch ws[0] {
		case "a", "an", "one":
			num = 1
		default:
			u, ok := units[ws[0]]
			if !ok || u < 2 || u >= d {
				return number{}, false
			}
			num = u
		}
		return number{value: num / d, fraction: true, scale: 1}, true
	}
	return number{}, false
}

// parseCardinal reads a whole number in words, digits with scale words, or
// a mixture ("2.5 million", "12 thousand", "one hundred and five").
func parseCardinal(ws []string) (number, bool) {
	n := number{scale: 1}
	total := 0.0
	lastScale := math.Inf(1)
	i := 0
	// "half a million", "half a dozen"
	if len(ws) >= 3 && ws[0] == "half" && (ws[1] == "a" || ws[1] == "an") {
		m, ok := scales[ws[2]]
		if ws[2] == "dozen" {
			m, ok = 12, true
		}
		if !ok || len(ws) != 3 {
			return number{}, false
		}
		return number{value: 0.5 * m, scale: m}, true
	}
	for i < len(ws) {
		// One group below a thousand (or digits), then an optional scale.
		g, j, digits, ok := parseGroup(ws, i)
		if !ok {
			return number{}, false
		}
		if i == 0 {
			n.digits = digits
		} else if digits {
			// digits only start a number: "five 12" is not one number.
			return number{}, false
		}
		i = j
		if i == len(ws) {
			total += g
			break
		}
		m, ok := scaleAt(ws, i, digits)
		if !ok || m >= lastScale {
			return number{}, false
		}
		if ws[i] == "dozen" && (g >= 100 || i+1 != len(ws)) {
			return number{}, false
		}
		total += g * m
		lastScale = m
		n.scale = m
		i++
		if i < len(ws) && ws[i] == "and" {
			i++
			if i == len(ws) {
				return number{}, false
			}
		}
	}
	n.value = total
	return n, true
}

// scaleAt returns the multiplier of the scale word at ws[i]; abbreviations
// count only after digits.
func scaleAt(ws []string, i int, digits bool) (float64, bool) {
	if m, ok := scales[ws[i]]; ok {
		return m, true
	}
	if ws[i] == "dozen" {
		return 12, true
	}
	if digits {
		if m, ok := abbrevScales[ws[i]]; ok {
			return m, true
		}
	}
	return 0, false
}

// parseGroup reads, from ws[i], digits or number words worth less than a
// thousand ("two hundred and five", "twelve hundred"), and "a"/"an" before
// a scale. It returns the group's value and the index after it.
func parseGroup(ws []string, i int) (v float64, next int, digits, ok bool) {
	w := ws[i]
	if startsDigit(w) || (len(w) > 1 && w[0] == '.') {
		v, m, ok := parseDigits(w)
		if !ok {
			return 0, 0, false, false
		}
		if m != 1 {
			// "30m": a scale attached; nothing may follow but a larger
			// scale, which would be odd, so nothing.
			if i+1 != len(ws) {
				return 0, 0, false, false
			}
			return v * m, i + 1, true, true
		}
		if i+1 < len(ws) && ws[i+1] == "hundred" && v == math.Trunc(v) && v < 100 && v > 0 {
			return v * 100, i + 2, true, true
		}
		return v, i + 1, true, true
	}
	if w == "a" || w == "an" {
		if i+1 < len(ws) {
			if _, ok := scales[ws[i+1]]; ok || ws[i+1] == "hundred" || ws[i+1] == "dozen" {
				if ws[i+1] == "hundred" {
					j := i + 2
					rest, j2, ok := parseBelowHundred(ws, skipAnd(ws, j))
					if ok && j2 > skipAnd(ws, j) {
						return 100 + rest, j2, false, true
					}
					return 100, j, false, true
				}
				return 1, i + 1, false, true
			}
		}
		return 0, 0, false, false
	}
	// words: [below-hundred] [hundred [and] [below-hundred]]
	h, j, ok := parseBelowHundred(ws, i)
	if !ok || j == i {
		return 0, 0, false, false
	}
	if j < len(ws) && ws[j] == "hundred" {
		if h == 0 {
			return 0, 0, false, false
		}
		v = h * 100
		j++
		k := skipAnd(ws, j)
		rest, k2, ok := parseBelowHundred(ws, k)
		if ok && k2 > k {
			return v + rest, k2, false, true
		}
		return v, j, false, true
	}
	return h, j, false, true
}

func skipAnd(ws []string, j int) int {
	if j+1 < len(ws) && ws[j] == "and" {
		return j + 1
	}
	return j
}

// parseBelowHundred reads "seven", "twelve", "forty", "forty two" or
// "zero" at ws[i]; it returns next == i when there is no such word.
func parseBelowHundred(ws []string, i int) (float64, int, bool) {
	if i >= len(ws) {
		return 0, i, true
	}
	if v, ok := units[ws[i]]; ok {
		return v, i + 1, true
	}
	if v, ok := teens[ws[i]]; ok {
		return v, i + 1, true
	}
	if v, ok := tens[ws[i]]; ok {
		if i+1 < len(ws) {
			if u, ok := units[ws[i+1]]; ok && u > 0 {
				return v + u, i + 2, true
			}
		}
		return v, i + 1, true
	}
	return 0, i, true
}

// parseDigits reads "12,000", "1.5", ".5", "12000", or digits with an
// attached scale ("30m", "1.2bn"); m is that scale's multiplier, 1 when
// there is none.
func parseDigits(w string) (v, m float64, ok bool) {
	m = 1
	end := 0
	for end < len(w) && (isDigitByte(w[end]) || w[end] == ',' || w[end] == '.') {
		end++
	}
	if end < len(w) {
		s, ok := abbrevScales[w[end:]]
		if !ok {
			return 0, 0, false
		}
		m = s
	}
	num := w[:end]
	if !validDigits(num) {
		return 0, 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, 0, false
	}
	return v, m, true
}

// validDigits reports whether s is digits with correct thousands commas
// and at most one decimal point: "12,000", "1.5", ".5", "12000".
func validDigits(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	intPart, frac, hasDot := strings.Cut(s, ".")
	if hasDot {
		if frac == "" {
			return false
		}
		for i := 0; i < len(frac); i++ {
			if !isDigitByte(frac[i]) {
				return false
			}
		}
	}
	if intPart == "" {
		return hasDot
	}
	if strings.IndexByte(intPart, ',') < 0 {
		for i := 0; i < len(intPart); i++ {
			if !isDigitByte(intPart[i]) {
				return false
			}
		}
		return true
	}
	groups := strings.Split(intPart, ",")
	for gi, g := range groups {
		if gi == 0 {
			if len(g) < 1 || len(g) > 3 {
				return false
			}
		} else if len(g) != 3 {
			return false
		}
		for i := 0; i < len(g); i++ {
			if !isDigitByte(g[i]) {
				return false
			}
		}
	}
	return true
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func startsDigit(s string) bool { return s != "" && isDigitByte(s[0]) }

// lowerASCII returns s with ASCII letters lowercased; it returns s itself
// when there is nothing to change.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
