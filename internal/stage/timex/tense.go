package timex

import "github.com/sitrep/sitrep/internal/doc"

// Verb classes for tense cues.
const (
	vNone    = iota
	vFutAux  // will, shall, 'll, would, may, might, ...
	vPastAux // was, were, had, did
	vPerfAux // has, have
	vPresAux // is, are, am
	vPast    // a past-tense verb: said, sent, signed
	vPart    // a past participle
	vBase    // a base form after an auxiliary: "be", "send"
	vPres    // a present-tense verb: says, plans
	vGer     // a gerund or present participle
	vTo      // infinitival "to"
	vAdv     // an adverb inside a verb group: not, also, already
	vIntent  // a present-tense verb of intention before "to": plans to, is expected to
)

// tenseWords classifies the words whose role in a verb group matters,
// whether or not POS tags are present.
var tenseWords = map[string]uint8{
	"will": vFutAux, "'ll": vFutAux, "shall": vFutAux, "wo": vFutAux, "would": vFutAux, "'d": vFutAux,
	"may": vFutAux, "might": vFutAux, "can": vFutAux, "ca": vFutAux, "should": vFutAux, "must": vFutAux,
	"was": vPastAux, "were": vPastAux, "had": vPastAux, "did": vPastAux,
	"has": vPerfAux, "have": vPerfAux, "'ve": vPerfAux,
	"is": vPresAux, "are": vPresAux, "am": vPresAux, "'re": vPresAux, "'m": vPresAux,
	"be": vBase, "been": vPart, "being": vGer,
	"to":  vTo,
	"not": vAdv, "n't": vAdv, "also": vAdv, "already": vAdv, "still": vAdv, "just": vAdv, "never": vAdv,
	"reportedly": vAdv, "allegedly": vAdv, "ever": vAdv, "then": vAdv, "later": vAdv, "again": vAdv,
	"finally": vAdv, "officially": vAdv, "formally": vAdv, "now": vAdv, "jointly": vAdv, "only": vAdv,
}

// intentWords are present-tense verbs and predicative words that put what
// follows "to" (or "for") in the future: "plans to send", "is expected to
// sign", "is scheduled for".
var intentWords = map[string]bool{
	"plans": true, "plan": true, "aims": true, "aim": true, "intends": true, "intend": true,
	"expects": true, "expect": true, "hopes": true, "hope": true, "wants": true, "want": true,
	"seeks": true, "seek": true, "vows": true, "vow": true, "pledges": true, "pledge": true,
	"promises": true, "promise": true, "threatens": true, "threaten": true, "prepares": true,
	"prepare": true, "going": true, "expected": true, "scheduled": true, "set": true, "due": true,
	"slated": true, "poised": true, "likely": true, "planned": true, "planning": true, "preparing": true,
	"ready": true, "about": true, "unlikely": true, "needs": true, "need": true, "agrees": true,
	"agree": true, "decides": true, "intended": true,
}

// delayWords put a date after "until" or "to" in the future: "postponed
// until Saturday".
var delayWords = map[string]bool{
	"postponed": true, "delayed": true, "adjourned": true, "deferred": true, "rescheduled": true,
	"extended": true, "moved": true, "pushed": true,
}

func lookupLower[T any](m map[string]T, w string) (T, bool) {
	var zero T
	if len(w) > 16 {
		return zero, false
	}
	var buf [16]byte
	lower := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			lower = false
		}
		buf[i] = c
	}
	if lower {
		v, ok := m[w]
		return v, ok
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// verbClass classifies token j for tense: from its POS tag when the
// sentence is tagged, else from its word.
func (s *scanner) verbClass(j int) int {
	t := &s.toks[j]
	if t.lx.k == kMonth && t.cap {
		return vNone // "May"
	}
	if _, ok := lookupLower(delayWords, t.w); ok && s.intentAt(j) {
		return vIntent // "postponed until"
	}
	wc, known := lookupLower(tenseWords, t.w)
	if s.tagged {
		tag := t.tag
		if tag != "VBD" && s.intentAt(j) && (tag != "VBN" && tag != "JJ" || s.auxBefore(j)) {
			// "plans to send" is future whether the tagger read "plans"
			// as a verb or a noun.
			return vIntent
		}
		switch {
		case tag == "MD":
			if known {
				return int(wc)
			}
			return vNone // "could": past or future
		case tag == "TO":
			return vTo
		case tag == "RB" || tag == "RBR":
			if known && wc == vAdv {
				return vAdv
			}
			if s.ok(j+1) && len(s.toks[j+1].tag) >= 2 && s.toks[j+1].tag[:2] == "VB" {
				return vAdv
			}
			return vNone
		case tag == "VBD":
			if known && wc == vPastAux {
				return vPastAux
			}
			return vPast
		case tag == "VBN":
			if s.intentAt(j) && s.auxBefore(j) {
				return vIntent
			}
			return vPart
		case tag == "VB":
			if s.intentAt(j) {
				return vIntent
			}
			return vBase
		case tag == "VBZ" || tag == "VBP":
			if known && (wc == vPerfAux || wc == vPresAux) {
				return int(wc)
			}
			if s.intentAt(j) {
				return vIntent
			}
			return vPres
		case tag == "VBG":
			if s.intentAt(j) {
				return vIntent
			}
			return vGer
		case tag == "JJ":
			if s.intentAt(j) && s.auxBefore(j) {
				return vIntent
			}
		}
		return vNone
	}
	if known {
		return int(wc)
	}
	if s.intentAt(j) {
		if edWord(lowerASCII(t.w)) && !s.auxBefore(j) {
			return vPast // "planned to", "intended to": said of the past
		}
		return vIntent
	}
	if t.lx.k == kPastVerb {
		return vPast
	}
	if edWord(t.w) && !s.fn(j-1, fnThe) && !s.fn(j-1, fnA) {
		return vPast
	}
	return vNone
}

// isLower reports whether w starts with a lower-case ASCII letter.
func isLower(w string) bool { return w != "" && 'a' <= w[0] && w[0] <= 'z' }

func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			b := []byte(w)
			for k := i; k < len(b); k++ {
				if 'A' <= b[k] && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return w
}

// intentAt reports whether token j is a word of intention followed by "to"
// and a verb, or a scheduling word followed by "for" ("scheduled for").
func (s *scanner) intentAt(j int) bool {
	if !s.ok(j + 1) {
		return false
	}
	_, intent := lookupLower(intentWords, s.toks[j].w)
	_, delay := lookupLower(delayWords, s.toks[j].w)
	if !intent && !delay {
		return false
	}
	next := s.toks[j+1].w
	if _, ok := lookupLower(delayWords, s.toks[j].w); ok {
		// "postponed until Saturday", "delayed to June": the new date is
		// ahead.
		return next == "until" || next == "till" || next == "to"
	}
	if next == "to" {
		return true
	}
	return next == "for" && (s.word(j, "scheduled") || s.word(j, "slated") || s.word(j, "set") || s.word(j, "planned") || s.word(j, "due"))
}

// auxBefore reports whether a form of "be" comes right before token j
// (skipping adverbs): "is expected", "are due".
func (s *scanner) auxBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		wc, ok := lookupLower(tenseWords, s.toks[k].w)
		if !ok {
			return false
		}
		switch wc {
		case vPresAux, vFutAux, vBase:
			return true
		case vAdv:
			continue
		}
		return false
	}
	return false
}

// computeCues gives each token the tense its verb group shows, if it is
// part of one: "will be held" is future throughout, "has sent" past,
// "was signed" past, "plans to send" future, "says" present.
func (s *scanner) computeCues() {
	n := len(s.toks)
	if cap(s.cues) < n {
		s.cues = make([]Tense, n)
	}
	s.cues = s.cues[:n]
	mode := TenseUnknown
	in, perfect, pres := false, false, false
	reset := func() { mode, in, perfect, pres = TenseUnknown, false, false, false }
	expect := false // the group waits for its main verb: "will ...", "plans to ..."
	for j := 0; j < n; j++ {
		s.cues[j] = TenseUnknown
		vc := s.verbClass(j)
		if vc == vNone && in && expect && !s.tagged && s.toks[j].lx.k == kNone && isLower(s.toks[j].w) {
			// An unknown word right after an auxiliary or "to" is the
			// group's main verb: "would move", "plans to send".
			vc = vBase
		}
		expect = vc == vFutAux || vc == vPastAux || vc == vPerfAux || vc == vPresAux || vc == vTo ||
			vc == vIntent || vc == vAdv && expect
		switch vc {
		case vNone:
			reset()
		case vAdv:
			// an adverb neither starts nor ends a group
		case vFutAux:
			mode, in = TenseFuture, true
			s.cues[j] = TenseFuture
		case vPastAux:
			if !(in && mode == TenseFuture) {
				mode = TensePast
			}
			in = true
			s.cues[j] = mode
		case vPerfAux:
			if in && mode == TenseFuture {
				s.cues[j] = TenseFuture
			} else {
				mode, perfect = TensePresent, true
			}
			in = true
		case vPresAux:
			if in && mode == TenseFuture {
				s.cues[j] = TenseFuture
			} else {
				mode, pres = TensePresent, true
				s.cues[j] = TensePresent
			}
			in = true
		case vPast:
			if in && mode == TenseFuture {
				s.cues[j] = TenseFuture
			} else if in && (perfect || pres) {
				// untagged "has sent", "is expected": a participle
				if perfect {
					s.cues[j] = TensePast
				} else {
					s.cues[j] = TensePresent
				}
			} else {
				mode = TensePast
				s.cues[j] = TensePast
			}
			in = true
		case vPart:
			switch {
			case in && mode == TenseFuture:
				s.cues[j] = TenseFuture
			case in && perfect:
				s.cues[j] = TensePast
				mode = TensePast
			case in && pres:
				s.cues[j] = TensePresent
			default:
				s.cues[j] = TensePast
				mode = TensePast
			}
			in = true
		case vBase, vGer:
			if in {
				s.cues[j] = mode
			}
		case vPres:
			mode, in = TensePresent, true
			s.cues[j] = TensePresent
		case vIntent:
			mode, in = TenseFuture, true
			s.cues[j] = TenseFuture
		case vTo:
			if !in {
				reset()
			}
		}
	}
	s.cuesDone = true
}

// tenseAt returns the tense of the clause around tokens [a, b): that of
// the nearest token with a tense cue, looking out on both sides and
// preferring the left at equal distance. A ";" ends the search.
func (s *scanner) tenseAt(a, b int) Tense {
	if !s.cuesDone {
		s.computeCues()
	}
	left, right := true, true
	for d := 1; d <= 24 && (left || right); d++ {
		if l := a - d; left && l >= 0 {
			if s.toks[l].w == ";" {
				left = false
			} else if c := s.cues[l]; c != TenseUnknown {
				return c
			}
		} else {
			left = false
		}
		if r := b - 1 + d; right && r < len(s.toks) {
			if s.toks[r].w == ";" {
				right = false
			} else if c := s.cues[r]; c != TenseUnknown {
				return c
			}
		} else {
			right = false
		}
	}
	return TenseUnknown
}

// TenseAt returns the tense of the clause around tokens [a, b) of d, found
// as the recognizer finds it: from the nearest verb group, read from POS
// tags when the tag stage has run, else from word cues ("will", "was",
// "-ed", "plans to"). The tokens must lie in one sentence.
func TenseAt(d *doc.Doc, a, b int) Tense {
	if a < 0 || b > len(d.Tokens) || a >= b {
		return TenseUnknown
	}
	si := d.Tokens[a].Sentence
	lo, hi := a, b
	if si >= 0 && si < len(d.Sentences) {
		lo, hi = d.Sentences[si].TokenStart, d.Sentences[si].TokenEnd
	}
	if lo > a || hi < b || lo >= hi {
		lo, hi = a, b
	}
	var s scanner
	s.load(d.Text, d.Tokens[lo:hi])
	return s.tenseAt(a-lo, b-lo)
}
