package tag

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard constraints on the perceptron's choice, for words whose tags the
// treebank (web text, not news) cannot teach:
//
//   - an irregular past or participle of the hand-written list
//     (irregularVerbs) that the treebank lacks ("overran", "froze") is
//     tagged only as what the list says it is: a past (VBD), a participle
//     (VBN, or an adjective, "the overthrown regime"), or a base form where
//     it is also one ("overrun");
//   - an irregular past or participle the treebank has ("shot", "fled") is
//     never given a present or non-finite verb tag (VB, VBP, VBZ, VBG) the
//     treebank never gave it: where the model scores one best, the word is
//     a verb in the tense of its form ("Snipers shot at …" is VBD, no VBP);
//   - a capitalized word in "-ing" is a verb only with a verb tag the
//     treebank gave it ("Following"), or, unseen there, when its stem is a
//     lemma the treebank knows ("Shelling"): "Beijing", "Chongqing" are none;
//   - a word the treebank has is an adverb only if the treebank saw it as
//     one ("an opposition rally" is no RB).
//
// An unseen irregular form also gets the ambiguity class of a frequent
// irregular form of its kind ("took", "brought", "taken"), so the words
// before it read it as a verb.

// Kinds of constraint on one token.
const (
	limNone      uint8 = iota
	limIrregular       // unseen irregular form: only the tags in its mask
	limPast            // seen irregular past or participle: no present verb tag it never had
	limName            // capitalized unseen "-ing" name: no verb tag
	limSeen            // a form the treebank has: only its tags there
)

// Bits of an unseen irregular form's mask.
const (
	allowVBD uint8 = 1 << iota
	allowVBN
	allowBase
)

// constraints are a model's tag ids and classes the rules above need.
type constraints struct {
	vbd, vbn, vb, vbp, jj, rb int    // joint tag ids, -1 when the model lacks one
	present                   []int  // VERB and AUX tags of VB, VBP, VBZ, VBG
	verb                      []int  // every VERB and AUX tag
	ambPast, ambBoth          uint32 // ambiguity classes of "took" and "brought"
	ambPart                   uint32 // ... and of "taken"
	// bases, pasts and participles are the forms of the irregular-verb list.
	bases, pasts, participles map[string]bool
	// seenTags are, per lower-cased word of the lexicon, the joint tags
	// it has there.
	seenTags map[string]tagSet
}

// tagSet is a set of joint tag ids.
type tagSet [2]uint64

func (t *tagSet) add(i int)     { t[i/64] |= 1 << (i % 64) }
func (t tagSet) has(i int) bool { return t[i/64]&(1<<(i%64)) != 0 }

// constraints returns m's constraint tables, built on first use.
func (m *Model) constraints() *constraints {
	m.consOnce.Do(func() {
		c := &constraints{vbd: -1, vbn: -1, vb: -1, vbp: -1, jj: -1, rb: -1,
			bases: map[string]bool{}, pasts: map[string]bool{}, participles: map[string]bool{}}
		for i := range m.upos {
			u, x := m.upos[i], m.xpos[i]
			if u == "VERB" || u == "AUX" {
				c.verb = append(c.verb, i)
				switch x {
				case "VB", "VBP", "VBZ", "VBG":
					c.present = append(c.present, i)
				}
			}
			switch u + "|" + x {
			case "VERB|VBD":
				c.vbd = i
			case "VERB|VBN":
				c.vbn = i
			case "VERB|VB":
				c.vb = i
			case "VERB|VBP":
				c.vbp = i
			case "ADJ|JJ":
				c.jj = i
			case "ADV|RB":
				c.rb = i
			}
		}
		c.ambPast, c.ambBoth, c.ambPart = m.forms["took"].amb, m.forms["brought"].amb, m.forms["taken"].amb
		c.seenTags = map[string]tagSet{}
		if len(m.upos) <= 128 {
			for k := range m.lex.words {
				t := int(binary.LittleEndian.Uint16([]byte(k[:2])))
				ts := c.seenTags[k[2:]]
				ts.add(t)
				c.seenTags[k[2:]] = ts
			}
		}
		ps, pp := irregularForms()
		for _, p := range ps {
			c.bases[p[1]], c.pasts[p[0]] = true, true
		}
		for _, p := range pp {
			c.participles[p[0]] = true
		}
		m.cons = c
	})
	return m.cons
}

// irregularMask returns the mask of what low (a lower-cased word) is in the
// irregular-verb list, 0 when it is not in it.
func irregularMask(low []byte, c *constraints) uint8 {
	var mask uint8
	if c.pasts[string(low)] {
		mask |= allowVBD
	}
	if c.participles[string(low)] {
		mask |= allowVBN
	}
	if mask != 0 && c.bases[string(low)] {
		mask |= allowBase
	}
	return mask
}

// limit fills the constraint kind and mask of word w, whose normalized
// form is norm, and may change t's ambiguity class; seen tells whether the
// treebank has the form (exactly or normalized).
func (m *Model) limit(w string, norm []byte, seen bool, t *tokInfo) (uint8, uint8) {
	c := m.constraints()
	if mask := irregularMask(norm, c); mask != 0 {
		if !seen {
			switch {
			case mask&allowVBD != 0 && mask&allowVBN != 0:
				t.amb = c.ambBoth
			case mask&allowVBD != 0:
				t.amb = c.ambPast
			default:
				t.amb = c.ambPart
			}
			return limIrregular, mask
		}
		if mask&allowBase == 0 {
			return limPast, mask
		}
		return limNone, 0
	}
	if isIngWord(w, norm) && (seen || !knownStem(string(norm), m.lex)) {
		return limName, 0
	}
	if _, ok := m.forms[w]; ok {
		return limSeen, 0
	}
	return limNone, 0
}

// isIngWord reports whether w is capitalized and its normalized form low
// ends in "ing" after at least three letters.
func isIngWord(w string, low []byte) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && len(low) >= 6 && strings.HasSuffix(string(low), "ing")
}

// knownStem reports whether the stem of low, a word in "-ing", is a lemma
// the lexicon knows, as "-ing" strips it: "shelling" → "shell", "raising"
// → "raise", "running" → "run".
func knownStem(low string, lx *lexicon) bool {
	stem := low[:len(low)-3]
	cands := []string{stem, stem + "e"}
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
		cands = append(cands, stem[:n-1])
	}
	for _, s := range cands {
		if _, ok := lx.known[s]; ok {
			return true
		}
	}
	return false
}

// constrain sets the scores of the tags the constraint on token i rules
// out to the lowest value, so that argmax picks among the others.
func (m *Model) constrain(s *scratch, i int, words []string) {
	kind := s.lim[i]
	if kind == limNone {
		return
	}
	c := m.constraints()
	const out = -1e30
	switch kind {
	case limIrregular:
		mask := s.mask[i]
		for t := range s.scores {
			ok := false
			switch t {
			case c.vbd:
				ok = mask&allowVBD != 0
			case c.vbn, c.jj:
				ok = mask&allowVBN != 0
			case c.vb, c.vbp:
				ok = mask&allowBase != 0
			}
			if !ok {
				s.scores[t] = out
			}
		}
	case limPast:
		// The model's choice of a verb stands; its tense is the form's.
		to := c.vbd
		if s.mask[i]&allowVBD == 0 {
			to = c.vbn
		}
		for _, t := range c.present {
			s.rk = wordKey(s.rk, uint16(t), words[i])
			if _, ok := m.lex.words[string(s.rk)]; !ok {
				if to >= 0 {
					s.scores[to] = max(s.scores[to], s.scores[t])
				}
				s.scores[t] = out
			}
		}
	case limSeen:
		// A word the treebank knows is an adverb only if it saw it as
		// one ("an opposition rally" is no RB).
		ts, ok := c.seenTags[strings.ToLower(words[i])]
		if ok && c.rb >= 0 && !ts.has(c.rb) {
			s.scores[c.rb] = out
		}
	case limName:
		for _, t := range c.verb {
			s.rk = wordKey(s.rk, uint16(t), words[i])
			if _, ok := m.lex.words[string(s.rk)]; !ok {
				s.scores[t] = out
			}
		}
	}
}

// verbless gives a sentence the model tagged without a finite verb (a
// participle at most) its past tense: the first word in "-ed" (or an irregular past of the list) after
// a noun that the model read as an adjective, a participle or a noun
// ("Demonstrators occupied/JJ government buildings", "Brazil sided/JJ
// with Russia"). A news sentence has a finite verb; the web treebank's
// habits read such words as modifiers of the noun before them.
func (m *Model) verbless(words []string, s *scratch) {
	c := m.constraints()
	if c.vbd < 0 {
		return
	}
	for _, t := range s.tags {
		if u := m.upos[t]; u == "AUX" || u == "VERB" && m.xpos[t] != "VBN" {
			return
		}
	}
	for i := 1; i+1 < len(words); i++ {
		switch m.upos[s.tags[i-1]] {
		case "NOUN", "PROPN":
		default:
			continue
		}
		switch m.xpos[s.tags[i]] {
		case "JJ", "VBN", "NN":
		default:
			continue
		}
		low := strings.ToLower(words[i])
		if len(low) > 4 && strings.HasSuffix(low, "ed") || c.pasts[low] {
			s.tags[i] = uint16(c.vbd)
			return
		}
	}
}

// infinitives gives the word after an infinitive's "to" (TO) that the
// model read as an adjective or a noun its base verb tag (VB), where the
// treebank has the word as one, or a determiner follows it ("called on
// Iran to free/JJ the aid worker").
func (m *Model) infinitives(words []string, s *scratch) {
	c := m.constraints()
	if c.vb < 0 {
		return
	}
	for i := 1; i < len(words); i++ {
		if m.xpos[s.tags[i-1]] != "TO" {
			continue
		}
		switch m.xpos[s.tags[i]] {
		case "JJ", "NN":
		default:
			continue
		}
		object := false // a determiner after it opens its object: "to free the …"
		if i+1 < len(words) {
			switch m.xpos[s.tags[i+1]] {
			case "DT", "PRP$":
				object = true
			}
		}
		if ts, ok := c.seenTags[strings.ToLower(words[i])]; ok && ts.has(c.vb) || object {
			s.tags[i] = uint16(c.vb)
		}
	}
}

// possessed gives an adjective right after a possessive "'s" that no noun
// follows but a verb its noun tag (NN): it is what is possessed ("Israel's
// military/JJ went on alert").
func (m *Model) possessed(words []string, s *scratch) {
	nn := -1
	for i := range m.upos {
		if m.upos[i] == "NOUN" && m.xpos[i] == "NN" {
			nn = i
		}
	}
	if nn < 0 {
		return
	}
	for i := 1; i+1 < len(words); i++ {
		if m.xpos[s.tags[i-1]] != "POS" || m.xpos[s.tags[i]] != "JJ" {
			continue
		}
		if x := m.xpos[s.tags[i+1]]; strings.HasPrefix(x, "VB") || x == "MD" {
			s.tags[i] = uint16(nn)
		}
	}
}

// speechWords are past reporting verbs whose complement clause may open
// right after them ("said troops seized the town").
var speechWords = map[string]bool{"said": true, "told": true, "reported": true, "added": true, "stated": true, "announced": true, "confirmed": true, "claimed": true, "alleged": true, "says": true, "say": true}

// reported gives the participle (VBN) of a reported clause its past tense
// (VBD) where it is that clause's only verb: a reporting verb, then the
// clause's subject, then the participle with an object of its own and no
// finite verb after it ("The Pentagon said American and Jordanian troops
// carried/VBN out joint patrols").
func (m *Model) reported(words []string, s *scratch) {
	c := m.constraints()
	if c.vbd < 0 || c.vbn < 0 {
		return
	}
	for i := 2; i+1 < len(words); i++ {
		if int(s.tags[i]) != c.vbn {
			continue
		}
		switch m.xpos[s.tags[i-1]] {
		case "NN", "NNS", "NNP", "NNPS":
		default:
			continue
		}
		// The subject phrase back to the reporting verb (or "that").
		j := i - 1
		for j >= 0 {
			x := m.xpos[s.tags[j]]
			if x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS" || x == "JJ" || x == "DT" || x == "CD" || x == "CC" || x == "PRP$" || x == "POS" || x == "HYPH" {
				j--
				continue
			}
			break
		}
		if j >= 0 && strings.ToLower(words[j]) == "that" {
			j--
		}
		if j < 0 || !speechWords[strings.ToLower(words[j])] {
			continue
		}
		finite := false
		for k := i + 1; k < len(words); k++ {
			if x := m.xpos[s.tags[k]]; m.upos[s.tags[k]] == "AUX" || x == "VBD" || x == "VBP" || x == "VBZ" || x == "MD" {
				finite = true
			}
		}
		if finite {
			continue
		}
		n := i + 1
		if m.xpos[s.tags[n]] == "RP" && n+1 < len(words) {
			n++
		}
		if timeWords[strings.ToLower(words[n])] {
			continue // "resigned last week": a time, no object
		}
		switch m.xpos[s.tags[n]] {
		case "DT", "PRP$", "CD", "JJ", "NN", "NNS", "NNP", "NNPS":
			s.tags[i] = uint16(c.vbd)
		}
	}
}

// timeWords open a time phrase, not an object ("resigned last week").
var timeWords = map[string]bool{
	"last": true, "this": true, "next": true, "each": true, "every": true, "earlier": true, "later": true,
	"today": true, "yesterday": true, "overnight": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true,
}
