package system

import (
	"regexp"
	"strconv"
	"strings"
)

// maxGap is the most words LooseGaps lets stand between two words of a
// loose dictionary phrase.
const maxGap = 3

// Loose reads loose dictionary phrases (actorspetrarch.LooseNames) in a
// text.
type Loose struct {
	res []*regexp.Regexp
}

// NewLoose compiles the phrases, each its groups of tied words.
func NewLoose(names [][][]string) *Loose {
	l := &Loose{}
	for _, groups := range names {
		var b strings.Builder
		b.WriteString(`(?i)\b`)
		for i, g := range groups {
			if i > 0 {
				// other words may stand here: lower-case words, not
				// names or punctuation, so the phrase stays in one noun
				// phrase
				b.WriteString(`((?:\s+[a-z][a-z'-]*){0,` + strconv.Itoa(maxGap) + `}?)\s+`)
			}
			for j, w := range g {
				if j > 0 {
					b.WriteString(`\s+`)
				}
				b.WriteString(regexp.QuoteMeta(w))
			}
		}
		b.WriteString(`\b`)
		l.res = append(l.res, regexp.MustCompile(b.String()))
	}
	return l
}

// Gaps returns text with the words that stand between the words of a
// loose phrase blanked out (each byte a space, so the text keeps its
// length), so that the dictionary's actor is found as PETRARCH finds it:
// "Ithilen state-run television" is read as ITHILEN TELEVISION. Matching
// ignores case, as PETRARCH does.
func (l *Loose) Gaps(text string) string {
	if l == nil {
		return text
	}
	var b []byte
	for _, re := range l.res {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] < 0 || m[g] == m[g+1] {
					continue
				}
				if b == nil {
					b = []byte(text)
				}
				for i := m[g]; i < m[g+1]; i++ {
					b[i] = ' '
				}
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}
