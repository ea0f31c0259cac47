package tag

import (
	"slices"
	"strings"
	"sync"
)

// Analysis is the tagger's reading of one token.
type Analysis struct {
	// UPOS is the Universal Dependencies part of speech ("NOUN").
	UPOS string
	// XPOS is the Penn Treebank tag ("NNS").
	XPOS string
	// Lemma is the dictionary form ("troop").
	Lemma string
	// Feats holds the morphological features in CoNLL-U form
	// ("Number=Plur"), or "" when there are none.
	Feats string
}

// Info describes how a model was made. It is stored in the model file.
type Info struct {
	// Format is the version of the model file format.
	Format int `json:"format"`
	// Train and Dev are the SHA-256 checksums of the training and
	// development data (the files, or the sentences written as CoNLL-U).
	Train string `json:"train_sha256"`
	Dev   string `json:"dev_sha256,omitempty"`
	// Options are the training options.
	Options Options `json:"options"`
	// Iter is the training iteration kept, chosen on the development data.
	Iter int `json:"iter"`
	// TrainTokens is the number of training tokens.
	TrainTokens int `json:"train_tokens"`
	// Features is the number of features with nonzero weights.
	Features int `json:"features"`
	// DevUPOS and DevXPOS are the accuracies on the development data at Iter.
	DevUPOS float64 `json:"dev_upos"`
	DevXPOS float64 `json:"dev_xpos"`
}

// Model is a trained tagger: the perceptron weights, the tag dictionary,
// the lemmatizer and the morphology tables. A Model is read-only once made
// and safe for concurrent use by many goroutines; do not copy it.
type Model struct {
	info Info
	sum  string // SHA-256 of the encoded model, set by Encode and Decode

	upos, xpos []string // per joint class
	xposOf     []uint8  // joint class → index in xposList
	xposList   []string

	w     *weights
	forms map[string]formInfo // exact form → what training saw of it
	norms map[string]uint32   // normalized form → ambiguity class
	nAmb  uint32              // number of ambiguity classes
	lex   *lexicon

	pool sync.Pool // *scratch

	consOnce sync.Once
	cons     *constraints // see constraints
}

// formInfo is what training saw of a word form.
type formInfo struct {
	amb uint32 // ambiguity class
	// sure is 1 + the tag of a frequent form always seen with that tag,
	// which is given without scoring; 0 for others.
	sure uint16
}

// Ambiguity class ids with a fixed meaning.
const (
	ambUnknown = 0
	ambBOS     = 1
	ambEOS     = 2
	ambFirst   = 3
)

// scratch is the per-call working memory of tagging.
type scratch struct {
	infos  []tokInfo
	tags   []uint16
	sure   []uint16
	lim    []uint8 // constraint kind per word (constrain.go)
	mask   []uint8 // and its mask
	keys   []uint64
	scores []float32
	found  []uint32 // scratch of weights.score
	sink   uint64   // what weights.score returns, kept
	norm   []byte
	buf    []byte
	rk     []byte
}

func (m *Model) scratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{
		scores: make([]float32, len(m.upos)),
		keys:   make([]uint64, 0, maxFeatures),
		found:  make([]uint32, 0, maxFeatures),
	}
}

// Info returns how the model was made.
func (m *Model) Info() Info { return m.info }

// SHA256 returns the lowercase hex SHA-256 of the model's encoded form (the
// gzip file), or "" for a model that was never encoded or decoded.
func (m *Model) SHA256() string { return m.sum }

// Tags returns the joint tags the model predicts, as "UPOS|XPOS" strings.
func (m *Model) Tags() []string {
	out := make([]string, len(m.upos))
	for i := range m.upos {
		out[i] = m.upos[i] + "|" + m.xpos[i]
	}
	return out
}

// prepare fills s.infos for words: two sentinels each side.
func (m *Model) prepare(words []string, s *scratch) {
	n := len(words)
	if cap(s.infos) < n+4 {
		s.infos = make([]tokInfo, n+4)
	}
	s.infos = s.infos[:n+4]
	bos := tokInfo{word: hBOS, shape: hBOS, amb: ambBOS}
	bos.pre = [4]uint64{hBOS, hBOS, hBOS, hBOS}
	bos.suf = [5]uint64{hBOS, hBOS, hBOS, hBOS, hBOS}
	eos := tokInfo{word: hEOS, shape: hEOS, amb: ambEOS}
	eos.pre = [4]uint64{hEOS, hEOS, hEOS, hEOS}
	eos.suf = [5]uint64{hEOS, hEOS, hEOS, hEOS, hEOS}
	s.infos[0], s.infos[1], s.infos[n+2], s.infos[n+3] = bos, bos, eos, eos
	if cap(s.tags) < n {
		s.tags = make([]uint16, n)
		s.sure = make([]uint16, n)
		s.lim = make([]uint8, n)
		s.mask = make([]uint8, n)
	}
	s.tags, s.sure, s.lim, s.mask = s.tags[:n], s.sure[:n], s.lim[:n], s.mask[:n]
	for i, w := range words {
		s.norm = normalize(s.norm, w)
		t := info(w, s.norm)
		s.sure[i] = 0
		seen := true
		if f, ok := m.forms[w]; ok {
			t.amb, s.sure[i] = f.amb, f.sure
		} else if a, ok := m.norms[string(s.norm)]; ok {
			t.amb = a
		} else {
			seen = false
		}
		s.lim[i], s.mask[i] = m.limit(w, s.norm, seen, &t)
		s.infos[i+2] = t
	}
}

// argmax returns the index of the highest score, the lowest on ties.
func argmax(scores []float32) uint16 {
	best, bi := scores[0], 0
	for i, v := range scores[1:] {
		if v > best {
			best, bi = v, i+1
		}
	}
	return uint16(bi)
}

// decode tags the prepared sentence greedily, left to right.
func (m *Model) decode(words []string, s *scratch) {
	for i := range words {
		if c := s.sure[i]; c != 0 {
			s.tags[i] = c - 1
			continue
		}
		s.keys = features(s.keys[:0], s.infos, s.tags, i)
		clear(s.scores)
		s.sink += m.w.score(s.keys, s.scores, s.found)
		m.constrain(s, i, words)
		s.tags[i] = argmax(s.scores)
	}
}

// Tag returns the analysis of each word of one sentence. The words are
// tokens as the Universal Dependencies treebanks split them ("do", "n't").
func (m *Model) Tag(words []string) []Analysis {
	return m.TagInto(make([]Analysis, 0, len(words)), words)
}

// TagInto is Tag appending to dst, which it returns, so callers can reuse
// one slice across sentences.
func (m *Model) TagInto(dst []Analysis, words []string) []Analysis {
	if len(words) == 0 {
		return dst
	}
	s := m.scratch()
	m.prepare(words, s)
	m.decode(words, s)
	m.possessed(words, s)
	m.verbless(words, s)
	m.reported(words, s)
	m.infinitives(words, s)
	prev := ""
	for i, w := range words {
		c := s.tags[i]
		a := Analysis{UPOS: m.upos[c], XPOS: m.xpos[c]}
		a.Lemma, a.Feats, s.buf, s.rk = m.lex.analyze(w, prev, c, m.xposOf[c], s.buf, s.rk)
		if (a.XPOS == "VBD" || a.XPOS == "VBN") && a.Lemma == w {
			// An irregular form the model's lexicon lacks (the list
			// grew since training): its lemma from the list.
			if l, ok := IrregularForm(strings.ToLower(w)); ok {
				a.Lemma = l
			}
		}
		prev = w
		dst = append(dst, a)
	}
	m.pool.Put(s)
	return dst
}

// TagPOS returns only the UPOS and XPOS tags of the words, without lemmas
// and features; it is the cheapest call for a parser's input.
func (m *Model) TagPOS(words []string) (upos, xpos []string) {
	upos, xpos = make([]string, len(words)), make([]string, len(words))
	if len(words) == 0 {
		return upos, xpos
	}
	s := m.scratch()
	m.prepare(words, s)
	m.decode(words, s)
	m.possessed(words, s)
	m.verbless(words, s)
	m.reported(words, s)
	m.infinitives(words, s)
	for i, c := range s.tags {
		upos[i], xpos[i] = m.upos[c], m.xpos[c]
	}
	m.pool.Put(s)
	return upos, xpos
}

// Lemma returns the lemma of word given its Penn tag, or the word itself
// when the tag is unknown to the model.
func (m *Model) Lemma(word, xpos string) string {
	x := slices.Index(m.xposList, xpos)
	if x < 0 {
		return word
	}
	// The first joint tag with this Penn tag that knows the word, else the
	// first with this Penn tag.
	first := -1
	for t, xt := range m.xposOf {
		if int(xt) != x {
			continue
		}
		if first < 0 {
			first = t
		}
		if _, ok := m.lex.words[string(wordKey(nil, uint16(t), word))]; ok {
			first = t
			break
		}
	}
	l, _, _, _ := m.lex.analyze(word, "", uint16(first), uint8(x), nil, nil)
	return l
}

// splitTag splits a joint "UPOS|XPOS" tag.
func splitTag(t string) (string, string) {
	u, x, _ := strings.Cut(t, "|")
	return u, x
}
