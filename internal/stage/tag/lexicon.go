package tag

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode/utf8"
)

// A transform turns a word into its lemma: lower-case it when Lower is set,
// cut Cut bytes off the end, append Add.
type transform struct {
	Cut   uint8
	Lower bool
	Add   string
}

func (t transform) apply(w string) string {
	if t.Lower {
		w = lower(w)
	}
	if int(t.Cut) > len(w) {
		return w
	}
	if t.Cut == 0 && t.Add == "" {
		return w
	}
	return w[:len(w)-int(t.Cut)] + t.Add
}

// lower returns w in lower case, without allocating when w is lower case
// already.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// appendLower appends lower(w) to buf, allocating only for non-ASCII words.
func appendLower(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return append(buf, strings.ToLower(w)...)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// transformFor returns the transform that turns form into lemma, working
// on the lower-cased form when low is set.
func transformFor(form, lemma string, low bool) transform {
	base := form
	if low {
		base = lower(form)
	}
	n := 0
	for n < len(base) && n < len(lemma) && base[n] == lemma[n] {
		n++
	}
	// Do not cut inside a multi-byte character.
	for n > 0 && (n < len(lemma) && !utf8.RuneStart(lemma[n]) || n < len(base) && !utf8.RuneStart(base[n])) {
		n--
	}
	if len(base)-n > 255 {
		return transform{Lower: low} // absurdly long: keep the word
	}
	return transform{Cut: uint8(len(base) - n), Lower: low, Add: lemma[n:]}
}

// maxSuffix is the longest word ending the lemma rules look at.
const maxSuffix = 6

// lexEntry is what the lexicon knows of a (tag, word) pair seen in
// training.
type lexEntry struct {
	// lemma is the lemma, precomputed when the transform lower-cases (and
	// so does not depend on how the word is capitalized).
	lemma string
	pre   bool
	trans uint16
	feats uint16
	// ctx is set when the word's features depend on the word before it
	// (see lexicon.context).
	ctx bool
}

// lexicon gives lemmas and morphological features. Words seen in training
// with their tag are looked up; others get the lemma of a suffix rule
// learned for their Penn tag and the most frequent features of their tag.
type lexicon struct {
	trans []transform
	// rules maps XPOS byte + reversed word ending to a transform.
	rules map[string]uint16
	// feats are the interned feature strings; feats[0] is "".
	feats []string
	// def[2*tag+digit] is the default features of a joint tag for words
	// without (0) and with (1) a digit.
	def []uint16
	// words maps 2-byte joint tag + lower-cased word to its entry.
	words map[string]lexEntry
	// context maps word key + 0 + the lower-cased word before to features,
	// for words whose features the treebank varies by context: "it" after a
	// verb or preposition is accusative, "have" after "I" is first person.
	context map[string]uint16
	// known holds the lower-cased lemmas of the words, derived by finish:
	// a suffix rule whose lemma is known wins over a longer one whose lemma
	// is not ("shelled": "shell", not "shel" as "compelled" would say).
	known map[string]struct{}
}

// lemmaOverrides are lemmas that differ on purpose from UD English EWT's:
// the treebank lemmatizes some pluralia tantum as plural ("troops"), but
// event coding wants the singular.
var lemmaOverrides = []struct{ xpos, word, lemma string }{
	{"NNS", "troops", "troop"},
}

func wordKey(buf []byte, tag uint16, w string) []byte {
	buf = binary.LittleEndian.AppendUint16(buf[:0], tag)
	return appendLower(buf, w)
}

// ruleKey writes XPOS byte + the last k bytes of low, reversed.
func ruleKey(buf []byte, xpos uint8, low []byte, k int) []byte {
	buf = append(buf[:0], xpos)
	for i := len(low) - 1; i >= len(low)-k; i-- {
		buf = append(buf, low[i])
	}
	return buf
}

func hasDigit(w []byte) bool {
	for _, c := range w {
		if '0' <= c && c <= '9' {
			return true
		}
	}
	return false
}

// finish precomputes the lemmas of the entries whose transform lower-cases
// and the set of known lemmas.
func (lx *lexicon) finish() {
	lx.known = make(map[string]struct{}, len(lx.words)/2)
	for k, e := range lx.words {
		t := lx.trans[e.trans]
		l := t.apply(k[2:])
		if t.Lower {
			e.lemma, e.pre = l, true
			lx.words[k] = e
		}
		lx.known[lower(l)] = struct{}{}
	}
}

// analyze returns the lemma and features of w tagged tag, whose Penn tag
// is xpos; prev is the word before it, "" at the start of a sentence. buf
// and rk are scratch space, returned for reuse.
func (lx *lexicon) analyze(w, prev string, tag uint16, xpos uint8, buf, rk []byte) (lemma, feats string, _, _ []byte) {
	buf = wordKey(buf, tag, w)
	if e, ok := lx.words[string(buf)]; ok {
		f := e.feats
		if e.ctx {
			n := len(buf)
			buf = appendLower(append(buf, 0), prev)
			if c, ok := lx.context[string(buf)]; ok {
				f = c
			}
			buf = buf[:n]
		}
		if e.pre {
			return e.lemma, lx.feats[f], buf, rk
		}
		return lx.trans[e.trans].apply(w), lx.feats[f], buf, rk
	}
	low := buf[2:]
	d := 0
	if hasDigit(low) {
		d = 1
	}
	feats = lx.feats[lx.def[2*int(tag)+d]]
	// The rule of the longest ending whose lemma is a known one, else the
	// rule of the longest ending.
	first, last := -1, -1
	for k := min(maxSuffix, len(low)); k >= 0; k-- {
		rk = ruleKey(rk, xpos, low, k)
		i, ok := lx.rules[string(rk)]
		if !ok || int(i) == last {
			continue
		}
		last = int(i)
		if first < 0 {
			first = int(i)
		}
		t := lx.trans[i]
		if int(t.Cut) > len(low) {
			continue
		}
		// The lower-cased candidate, built after the key in rk.
		n := len(rk)
		rk = append(append(rk, low[:len(low)-int(t.Cut)]...), t.Add...)
		_, known := lx.known[string(rk[n:])]
		rk = rk[:n]
		if known {
			return t.apply(w), feats, buf, rk
		}
	}
	if first >= 0 {
		return lx.trans[first].apply(w), feats, buf, rk
	}
	return w, feats, buf, rk
}

// sample is one training token for the lexicon; prev is the word before
// it, "" at the start of a sentence.
type sample struct {
	form, lemma, feats, prev string
	tag                      uint16
	xpos                     uint8
}

// counter counts small integer values.
type counter map[uint16]int

func (c counter) add(v uint16) { c[v]++ }

// learnLexicon learns the lexicon from training tokens. xposOf maps a joint
// tag to its XPOS index; minTypes is how many distinct words a suffix rule
// needs.
func learnLexicon(samples []sample, xposOf []uint8, xposList []string, minTypes int) *lexicon {
	ntags := len(xposOf)
	lx := &lexicon{rules: map[string]uint16{}, words: map[string]lexEntry{}, context: map[string]uint16{}}
	transIdx := map[transform]uint16{}
	intern := func(t transform) uint16 {
		if i, ok := transIdx[t]; ok {
			return i
		}
		i := uint16(len(lx.trans))
		lx.trans = append(lx.trans, t)
		transIdx[t] = i
		return i
	}
	// Intern features in sorted order so tables do not depend on map order.
	fs := []string{""}
	for _, s := range samples {
		fs = append(fs, s.feats)
	}
	slices.Sort(fs)
	lx.feats = slices.Compact(fs)
	featIdx := map[string]uint16{}
	for i, f := range lx.feats {
		featIdx[f] = uint16(i)
	}

	// Whether each Penn tag's lemmas are lower-cased, from its capitalized
	// words.
	lowVotes := make([]int, len(xposList))
	for _, s := range samples {
		if lower(s.form) != s.form {
			a := transformFor(s.form, s.lemma, true)
			b := transformFor(s.form, s.lemma, false)
			if int(a.Cut)+len(a.Add) <= int(b.Cut)+len(b.Add) {
				lowVotes[s.xpos]++
			} else {
				lowVotes[s.xpos]--
			}
		}
	}
	// best returns the most frequent transform; on ties, the one that
	// follows the tag's case policy, then the shortest, then the first.
	best := func(m counter, xpos uint8) (uint16, int) {
		low := lowVotes[xpos] >= 0
		better := func(i, j uint16) bool {
			a, b := lx.trans[i], lx.trans[j]
			if (a.Lower == low) != (b.Lower == low) {
				return a.Lower == low
			}
			if ca, cb := int(a.Cut)+len(a.Add), int(b.Cut)+len(b.Add); ca != cb {
				return ca < cb
			}
			return i < j
		}
		bi, bn := uint16(0), -1
		for i, n := range m {
			if n > bn || (n == bn && better(i, bi)) {
				bi, bn = i, n
			}
		}
		return bi, bn
	}
	mostFrequent := func(m counter) uint16 {
		bi, bn := uint16(0), -1
		for i, n := range m {
			if n > bn || (n == bn && i < bi) {
				bi, bn = i, n
			}
		}
		return bi
	}

	// Transforms and features per (joint tag, word), by tokens. Each token
	// counts both transforms that give its lemma (on the word as written and
	// lower-cased): lower-case tokens cannot tell them apart.
	type wk struct {
		tag uint16
		low string
	}
	trans := map[wk]counter{}
	feats := map[wk]counter{}
	ctxFeats := map[wk]map[string]counter{} // by the lower-cased word before
	defs := make([]counter, 2*ntags)
	for _, s := range samples {
		k := wk{s.tag, lower(s.form)}
		if trans[k] == nil {
			trans[k], feats[k] = counter{}, counter{}
		}
		trans[k].add(intern(transformFor(s.form, s.lemma, true)))
		trans[k].add(intern(transformFor(s.form, s.lemma, false)))
		fi := featIdx[s.feats]
		feats[k].add(fi)
		if ctxFeats[k] == nil {
			ctxFeats[k] = map[string]counter{}
		}
		p := lower(s.prev)
		if ctxFeats[k][p] == nil {
			ctxFeats[k][p] = counter{}
		}
		ctxFeats[k][p].add(fi)
		d := 0
		if hasDigit([]byte(k.low)) {
			d = 1
		}
		if defs[2*int(s.tag)+d] == nil {
			defs[2*int(s.tag)+d] = counter{}
		}
		defs[2*int(s.tag)+d].add(fi)
	}
	keys := make([]wk, 0, len(trans))
	for k := range trans {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b wk) int {
		if a.tag != b.tag {
			return int(a.tag) - int(b.tag)
		}
		return strings.Compare(a.low, b.low)
	})

	// Suffix rules, counted by word types: each word votes for its best
	// transform under every ending at least as long as what it cuts.
	votes := map[string]counter{}
	var rk []byte
	for _, k := range keys {
		x := xposOf[k.tag]
		ti, _ := best(trans[k], x)
		for s := int(lx.trans[ti].Cut); s <= min(maxSuffix, len(k.low)); s++ {
			rk = ruleKey(rk, x, []byte(k.low), s)
			v := votes[string(rk)]
			if v == nil {
				v = counter{}
				votes[string(rk)] = v
			}
			v.add(ti)
		}
	}
	for key, v := range votes {
		total := 0
		for _, n := range v {
			total += n
		}
		if total < minTypes && len(key) > 1 {
			continue
		}
		lx.rules[key], _ = best(v, key[0])
	}

	// Default features per tag.
	lx.def = make([]uint16, 2*ntags)
	for i, c := range defs {
		if c != nil {
			lx.def[i] = mostFrequent(c)
		}
	}
	for t := 0; t < ntags; t++ {
		// A tag never seen with (or without) digits borrows the other
		// default.
		if defs[2*t+1] == nil {
			lx.def[2*t+1] = lx.def[2*t]
		}
		if defs[2*t] == nil {
			lx.def[2*t] = lx.def[2*t+1]
		}
	}

	// The lexicon proper.
	var buf []byte
	for _, k := range keys {
		ti, _ := best(trans[k], xposOf[k.tag])
		buf = wordKey(buf, k.tag, k.low)
		e := lexEntry{trans: ti, feats: mostFrequent(feats[k])}
		// Context entries for words whose features vary: the word before
		// decides when it was seen at least twice with features other than
		// the word's own, and they were its majority.
		total := 0
		for _, n := range feats[k] {
			total += n
		}
		if 20*feats[k][e.feats] < 19*total {
			for p, c := range ctxFeats[k] {
				b, n := mostFrequent(c), 0
				for _, x := range c {
					n += x
				}
				if b != e.feats && c[b] >= 2 && 2*c[b] > n {
					lx.context[string(buf)+"\x00"+p] = b
					e.ctx = true
				}
			}
		}
		lx.words[string(buf)] = e
	}
	// Irregular verbs the treebank lacks, then the overrides.
	set := func(xpos, word, lemma string, replace bool) {
		x := slices.Index(xposList, xpos)
		for t := 0; t < ntags; t++ {
			if x < 0 || int(xposOf[t]) != x {
				continue
			}
			buf = wordKey(buf, uint16(t), word)
			e, ok := lx.words[string(buf)]
			if ok && !replace {
				continue
			}
			if !ok {
				d := 0
				if hasDigit([]byte(word)) {
					d = 1
				}
				e.feats = lx.def[2*t+d]
			}
			e.trans = intern(transformFor(word, lemma, true))
			lx.words[string(buf)] = e
		}
	}
	past, part := irregularForms()
	for _, p := range past {
		set("VBD", p[0], p[1], false)
	}
	for _, p := range part {
		set("VBN", p[0], p[1], false)
	}
	for _, o := range lemmaOverrides {
		set(o.xpos, o.word, o.lemma, true)
	}
	lx.finish()
	return lx
}
