package segment

import (
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// MaxSentenceTokens is the most tokens Split puts in one sentence. Longer
// runs without a sentence boundary (tables, lists, markup debris) are cut
// so that later stages never see a runaway sentence.
const MaxSentenceTokens = 400

// splitter holds the state of one Split or Tokenize call.
type splitter struct {
	text   string
	single bool // Tokenize: the whole text is one sentence
	raw    []rawTok
	toks   []doc.Token
	sents  []doc.Sentence
	first  int // index in toks of the open sentence's first token

	// Gap before the next token pushed by the scanner.
	nl     uint8
	indent bool

	lines     lineStats
	linesDone bool
}

func newSplitter(text string, single bool) *splitter {
	p := &splitter{text: text, single: single}
	p.raw = make([]rawTok, 0, len(text)/5+4)
	p.scan()
	p.toks = make([]doc.Token, 0, len(p.raw)+len(p.raw)/32+2)
	if !single {
		p.sents = make([]doc.Sentence, 0, len(p.raw)/16+2)
	}
	p.segment()
	return p
}

// emit appends the token [start, end) to the open sentence, closing it
// first if it is full.
func (p *splitter) emit(start, end int) {
	if !p.single && len(p.toks)-p.first >= MaxSentenceTokens {
		p.close()
	}
	p.toks = append(p.toks, doc.Token{
		Span:       doc.Span{Start: start, End: end},
		Sentence:   len(p.sents),
		Norm:       norm(p.text[start:end]),
		Head:       -1,
		SpaceAfter: end < len(p.text) && spaceAt(p.text, end),
	})
}

// close ends the open sentence, if it has tokens.
func (p *splitter) close() {
	if p.single || len(p.toks) == p.first {
		return
	}
	p.sents = append(p.sents, doc.Sentence{
		Span:       doc.Span{Start: p.toks[p.first].Start, End: p.toks[len(p.toks)-1].End},
		TokenStart: p.first,
		TokenEnd:   len(p.toks),
	})
	p.first = len(p.toks)
}

// segment turns the raw tokens into tokens and sentences.
func (p *splitter) segment() {
	raw := p.raw
	n := len(raw)
	for i := 0; i < n; {
		if !p.single && (i == 0 || raw[i].nl > 0) {
			if k := p.dateline(i); k >= 0 {
				p.close()
				for ; i <= k; i++ {
					p.emit(raw[i].start, raw[i].end)
				}
				p.close()
				continue
			}
		}
		t := raw[i]
		switch t.kind {
		case kPeriod, kTerm, kEllipsis, kAbbr, kEmoticon:
			j := i + 1
			for j < n && p.closes(j) {
				j++
			}
			brk := p.breakAfter(i, j)
			if brk && t.kind == kAbbr {
				// The period ends the sentence: it is its own token, as in
				// EWT ("U.S" "." at the end of a sentence).
				dot := t.start + strings.LastIndexByte(p.text[t.start:t.end], '.')
				p.emit(t.start, dot)
				p.emit(dot, t.end)
			} else {
				p.emit(t.start, t.end)
			}
			for k := i + 1; k < j; k++ {
				p.emit(raw[k].start, raw[k].end)
			}
			if brk {
				p.close()
			}
			i = j
		default:
			p.emit(t.start, t.end)
			if i+1 < n && p.gapBreak(i) {
				p.close()
			}
			i++
		}
	}
	p.close()
}

// closes reports whether raw token j closes a quotation or bracket right
// after the token before it, so that it belongs to the sentence that the
// token before it ends: He said "no." Then …
func (p *splitter) closes(j int) bool {
	r := p.raw[j]
	if r.start != p.raw[j-1].end {
		// A quote set off by a space closes only at the end of a line: `issues. "`.
		return (r.kind == kQuote || r.kind == kCloseQ) && r.nl == 0 && (j+1 == len(p.raw) || p.raw[j+1].nl > 0)
	}
	switch r.kind {
	case kCloseQ, kCloseBr:
		return true
	case kQuote:
		// A straight quote glued to the next word opens a quotation.
		return j+1 == len(p.raw) || p.raw[j+1].start != r.end || !wordish(p.raw[j+1].kind)
	}
	return false
}

// wordish reports whether a token of kind k is a word rather than
// punctuation.
func wordish(k kind) bool {
	switch k {
	case kWord, kNum, kAbbr, kURL, kEmail, kHandle, kHashtag, kSym, kEmoticon:
		return true
	}
	return false
}

// breakAfter decides whether a sentence ends after the terminal token i
// and the closing quotes and brackets before raw token j.
func (p *splitter) breakAfter(i, j int) bool {
	n := len(p.raw)
	if p.single || j == n {
		return j == n
	}
	next := p.raw[j]
	if next.nl >= 2 || (next.indent && p.stats().indents) {
		return true
	}
	t := p.raw[i]
	var brk bool
	switch t.kind {
	case kAbbr:
		switch t.abbr {
		case abPrefix, abNum:
			return false
		case abAmbig:
			brk = p.starter(j)
		default:
			brk = p.capitalized(j)
		}
	case kPeriod:
		brk = p.capitalized(j) && !p.listMarker(i)
	default:
		brk = p.capitalized(j)
	}
	if !brk && next.nl == 1 {
		brk = p.lineBreak(j-1, j)
	}
	return brk
}

// listMarker reports whether the period i follows a number that opens a
// line and the sentence: "1. The first point".
func (p *splitter) listMarker(i int) bool {
	if i == 0 || len(p.toks)-p.first != 1 {
		return false
	}
	num := p.raw[i-1]
	return num.kind == kNum && num.end == p.raw[i].start && num.end-num.start <= 3 &&
		(i-1 == 0 || num.nl > 0)
}

// firstWord returns the index of the first raw token at or after j that
// is not an opening quote or bracket, and whether an opening quote was
// skipped.
func (p *splitter) firstWord(j int) (int, bool) {
	k := j
	quoted := false
	for k < len(p.raw) && k < j+3 {
		switch p.raw[k].kind {
		case kOpenQ, kQuote:
			quoted = true
			k++
			continue
		case kOpenBr:
			k++
			continue
		}
		break
	}
	return k, quoted
}

// capitalized reports whether what follows at raw token j looks like the
// start of a sentence: a capitalized or caseless word, a number or a
// symbol, possibly after opening quotes and brackets.
func (p *splitter) capitalized(j int) bool {
	k, _ := p.firstWord(j)
	if k >= len(p.raw) {
		return true
	}
	w := p.raw[k]
	switch w.kind {
	case kWord, kNum, kAbbr:
		return firstRuneClass(p.text[w.start:w.end]) != rLower
	case kComma, kColon, kPeriod, kTerm, kEllipsis, kCloseQ, kCloseBr, kEmoticon:
		return false
	}
	return true
}

// starter reports whether what follows at raw token j opens a sentence
// after an ambiguous abbreviation: a common sentence opener, or a
// capitalized word after an opening quote ("Acme Inc. (NYSE: ACM)" and
// "10 a.m. (CDT)" go on).
func (p *splitter) starter(j int) bool {
	k, quoted := p.firstWord(j)
	if k >= len(p.raw) {
		return true
	}
	w := p.raw[k]
	if quoted {
		return (w.kind == kWord || w.kind == kAbbr) && upperInitial(p.text[w.start:w.end])
	}
	word := p.text[w.start:w.end]
	if w.kind == kAbbr {
		// "Mr." opens sentences, but an initial does not: "Wayne A. I. Frederick".
		word = strings.TrimSuffix(word, ".")
		if len(word) == 1 {
			return false
		}
	}
	return (w.kind == kWord || w.kind == kAbbr) && isStarter(word)
}

// gapBreak decides whether the white space between raw tokens i and i+1,
// where i is not a sentence-final punctuation mark, ends a sentence: a
// blank line always does, a single line break when the lines look like
// separate paragraphs.
func (p *splitter) gapBreak(i int) bool {
	if p.single {
		return false
	}
	next := p.raw[i+1]
	switch {
	case next.nl == 0:
		return false
	case next.nl >= 2:
		return true
	case next.indent && p.stats().indents:
		return true
	}
	return p.lineBreak(i, i+1)
}

// lineBreak decides whether a single line break between raw tokens a and
// b ends a sentence. It does unless the sentence visibly goes on: the
// line ends in a comma, hyphen, article, preposition or conjunction, or
// the next line starts in lowercase or with a company suffix ("Inc"); or
// the text is hard-wrapped and the line is long enough to have been
// wrapped, or is the first line of its paragraph (wire copy whose dateline
// was cut off the first line).
func (p *splitter) lineBreak(a, b int) bool {
	last := p.raw[a]
	switch last.kind {
	case kComma, kDash, kOpenQ, kOpenBr:
		return false
	case kWord:
		if continues(p.text[last.start:last.end]) {
			return false
		}
	}
	w := p.raw[b]
	if w.kind == kWord || w.kind == kNum || w.kind == kAbbr {
		word := p.text[w.start:w.end]
		if firstRuneClass(word) == rLower {
			return false
		}
		switch word {
		case "Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "LLC", "Cos", "Jr", "Sr":
			return false
		}
	}
	st := p.stats()
	if st.wrapped {
		end := last.end
		start := strings.LastIndexByte(p.text[:end], '\n') + 1
		if utf8.RuneCountInString(p.text[start:end]) >= st.wrapMin || firstLine(p.text, start) {
			return false
		}
	}
	return true
}

// continues reports whether a line ending in the word w must go on: w is
// an article, preposition, conjunction or auxiliary, which end no sentence
// or headline.
func continues(w string) bool {
	switch w {
	case "the", "a", "an", "of", "and", "or", "to", "in", "for", "with", "on", "at", "by", "from",
		"that", "as", "but", "its", "their", "his", "her", "is", "are", "was", "were", "be", "has",
		"have", "had", "will", "would", "into", "than", "which", "who", "said":
		return true
	}
	return false
}

// firstLine reports whether the line starting at byte start opens the
// text or follows a blank line.
func firstLine(text string, start int) bool {
	k := start - 2 // before the line feed that ends the previous line
	for k >= 0 && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
		k--
	}
	return k < 0 || text[k] == '\n'
}

// dateline returns the index of the dash that ends a dateline starting at
// raw token i ("SEOUL, Oct 21 (Reuters) -", "WASHINGTON (AP) —",
// "NEW YORK —", "Kyiv, Ukraine (CNN)—"), or -1. A dateline opens a
// paragraph, fits on one line, holds only capitalized words, numbers,
// commas and one parenthesized agency, and ends with a dash followed by
// white space.
func (p *splitter) dateline(i int) int {
	raw := p.raw
	text := p.text
	n := len(raw)
	t := raw[i]
	first := text[t.start:t.end]
	agencyFirst := false
	switch {
	case t.kind == kOpenBr && first == "(":
		agencyFirst = true
	case t.kind == kWord && upperInitial(first):
	default:
		return -1
	}
	caps := !agencyFirst && allCaps(first)
	capsRun, comma := caps, false
	depth, open := 0, -1
	if agencyFirst {
		depth, open = 1, i
	}
	for k := i + 1; k < n && k <= i+16; k++ {
		r := raw[k]
		if r.nl > 0 || r.end-t.start > 120 {
			return -1
		}
		w := text[r.start:r.end]
		switch r.kind {
		case kDash:
			spacedAfter := k+1 < n && raw[k+1].start > r.end
			prev := raw[k-1]
			spacedBefore := r.start > prev.end || (prev.kind == kCloseBr && text[prev.start] == ')')
			if !spacedAfter || !spacedBefore || depth > 0 {
				capsRun = false
				continue // a hyphen inside a name: PORT-AU-PRINCE
			}
			if prev.kind == kCloseBr && open >= 0 && k-open <= 4 {
				if caps || comma || agencyFirst || (open+1 < k && isAgency(text[raw[open+1].start:raw[open+1].end])) {
					return k
				}
				return -1
			}
			if caps && (comma || capsRun) {
				return k
			}
			return -1
		case kWord, kAbbr:
			if depth > 0 {
				continue // the agency: (Reuters), (dpa)
			}
			if !upperInitial(w) {
				return -1
			}
			if !allCaps(strings.TrimSuffix(w, ".")) && len(strings.TrimSuffix(w, ".")) > 1 {
				capsRun = false
			}
		case kNum:
			capsRun = false
		case kComma:
			comma = true
		case kPeriod:
			if r.start != raw[k-1].end {
				return -1
			}
		case kOpenBr:
			if w != "(" || depth > 0 {
				return -1
			}
			depth, open = 1, k
		case kCloseBr:
			if w != ")" || depth == 0 {
				return -1
			}
			depth = 0
		default:
			return -1
		}
	}
	return -1
}

// lineStats describes the line layout of a text, for deciding what a
// single line break means.
type lineStats struct {
	// wrapped reports a hard-wrapped text: most lines inside paragraphs
	// are about as long as the longest lines.
	wrapped bool
	// wrapMin is the length in characters from which a line of a wrapped
	// text is taken to have been wrapped.
	wrapMin int
	// indents reports that an indented line starts a paragraph: some
	// lines are indented, but not nearly all.
	indents bool
}

// stats returns the line statistics of the text, computing them once.
func (p *splitter) stats() lineStats {
	if !p.linesDone {
		p.lines, p.linesDone = computeLineStats(p.text), true
	}
	return p.lines
}

func computeLineStats(text string) lineStats {
	const maxLen = 255
	var all, mid [maxLen + 1]int32
	lines, indented, mids := 0, 0, 0
	prev := -1 // length of the previous line, or -1 after a blank line
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := strings.TrimRight(text[start:end], " \t\r")
		lead := 0
		for lead < len(line) && (line[lead] == ' ' || line[lead] == '\t') {
			lead++
		}
		if lead == len(line) {
			prev = -1
		} else {
			l := min(utf8.RuneCountInString(line), maxLen)
			all[l]++
			lines++
			if lead >= 2 || line[0] == '\t' {
				indented++
			}
			if prev >= 0 {
				mid[prev]++
				mids++
			}
			prev = l
		}
		start = end + 1
	}
	var st lineStats
	st.indents = indented > 0 && indented*5 < lines*4
	if mids < 2 {
		return st
	}
	// The wrap width: the length that 90% of the lines do not exceed.
	width, seen := 0, 0
	for l := 0; l <= maxLen; l++ {
		seen += int(all[l])
		if seen*10 >= lines*9 {
			width = l
			break
		}
	}
	if width < 20 || width > 150 {
		return st
	}
	st.wrapMin = width * 7 / 10
	long := 0
	for l := st.wrapMin; l <= maxLen; l++ {
		long += int(mid[l])
	}
	st.wrapped = long*10 >= mids*6
	return st
}
