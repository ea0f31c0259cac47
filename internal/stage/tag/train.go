package tag

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/conllu"
	"github.com/sitrep/sitrep/models"
)

// Options are the training settings that shape a model. They are recorded
// in the model file; the zero value of each field means its default.
type Options struct {
	// Iters is the most training iterations; the iteration with the best
	// development UPOS accuracy is kept. Default 12.
	Iters int `json:"iters"`
	// Seed seeds the shuffling of sentences between iterations. Default 1.
	Seed uint64 `json:"seed"`
	// Folds is the number of jackknife folds used to give training words
	// the ambiguity classes unseen words would get. Default 10.
	Folds int `json:"folds"`
	// AmbMinShare is the least share of a word's tokens a tag needs to enter
	// the word's ambiguity class. Default 0.05.
	AmbMinShare float64 `json:"amb_min_share"`
	// SureMinCount and SureMinShare select the frequent, unambiguous words
	// tagged from the dictionary without scoring. Defaults 10 and 0.995.
	SureMinCount int     `json:"sure_min_count"`
	SureMinShare float64 `json:"sure_min_share"`
	// Prune drops averaged weights smaller than this in magnitude.
	// Default 0.05.
	Prune float64 `json:"prune"`
	// LemmaMinTypes is how many distinct words a lemma suffix rule needs.
	// Default 2.
	LemmaMinTypes int `json:"lemma_min_types"`
}

func (o Options) withDefaults() Options {
	if o.Iters <= 0 {
		o.Iters = 12
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Folds <= 1 {
		o.Folds = 10
	}
	if o.AmbMinShare <= 0 {
		o.AmbMinShare = 0.05
	}
	if o.SureMinCount <= 0 {
		o.SureMinCount = 10
	}
	if o.SureMinShare <= 0 {
		o.SureMinShare = 0.995
	}
	if o.Prune <= 0 {
		o.Prune = 0.05
	}
	if o.LemmaMinTypes <= 0 {
		o.LemmaMinTypes = 2
	}
	return o
}

// Data file names inside TrainOptions.DataDir.
const (
	TrainFile = "en_ewt-ud-train.conllu"
	DevFile   = "en_ewt-ud-dev.conllu"
	TestFile  = "en_ewt-ud-test.conllu"
)

// TrainOptions says what to train on and how.
type TrainOptions struct {
	Options
	// DataDir holds the UD treebank files TrainFile, DevFile and TestFile.
	// It is read when Train is nil.
	DataDir string
	// Train, Dev and Test are the sentences to use instead of DataDir.
	// Dev may be nil (the last iteration is kept); Test may be nil.
	Train, Dev, Test []*conllu.Sentence
	// Progress, when set, is called after each iteration.
	Progress func(IterScore)
}

// IterScore is the development score after one training iteration.
type IterScore struct {
	Iter    int
	DevUPOS float64
	DevXPOS float64
	// Took is how long the iteration and its evaluation took.
	Took time.Duration
}

// Scores are the accuracies of a model on a treebank, as fractions.
type Scores struct {
	Tokens int     `json:"tokens"`
	UPOS   float64 `json:"upos"`
	XPOS   float64 `json:"xpos"`
	// Tags is the share of tokens with both UPOS and XPOS right.
	Tags  float64 `json:"upos_xpos"`
	Lemma float64 `json:"lemma"`
	Feats float64 `json:"ufeats"`
	// Unknown is the UPOS accuracy on words not seen in training, and
	// UnknownTokens their number; both are zero when not computed.
	Unknown       float64 `json:"unknown_upos,omitempty"`
	UnknownTokens int     `json:"unknown_tokens,omitempty"`
}

// Report describes a training run.
type Report struct {
	// Train, Dev and Test are the SHA-256 checksums of the data.
	Train, Dev, Test string
	TrainTokens      int
	Iters            []IterScore
	// Best is the iteration kept.
	Best int
	// DevScores and TestScores score the kept model; TestScores is zero
	// when there is no test data.
	DevScores, TestScores Scores
	// Took is the whole training time.
	Took time.Duration
}

// readData reads a CoNLL-U file and returns its sentences and checksum.
func readData(path string) ([]*conllu.Sentence, string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("reading treebank: %w", err)
	}
	s, err := conllu.ReadAll(bytes.NewReader(b), path)
	if err != nil {
		return nil, "", fmt.Errorf("reading treebank: %w", err)
	}
	return s, models.Checksum(b), nil
}

// checksum returns the SHA-256 of sentences written as CoNLL-U.
func checksum(sents []*conllu.Sentence) string {
	if sents == nil {
		return ""
	}
	h := sha256.New()
	if err := conllu.Write(h, sents); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Train trains a tagger. It is deterministic: the same data and options
// give a model that encodes to the same bytes. It returns ctx's error if
// ctx is done before training ends.
func Train(ctx context.Context, opt TrainOptions) (*Model, Report, error) {
	start := time.Now()
	var rep Report
	o := opt.Options.withDefaults()
	train, dev, test := opt.Train, opt.Dev, opt.Test
	if train == nil {
		if opt.DataDir == "" {
			return nil, rep, fmt.Errorf("training tagger: %w", ErrNoData)
		}
		var err error
		if train, rep.Train, err = readData(filepath.Join(opt.DataDir, TrainFile)); err != nil {
			return nil, rep, fmt.Errorf("training tagger: %w", err)
		}
		if dev, rep.Dev, err = readData(filepath.Join(opt.DataDir, DevFile)); err != nil {
			return nil, rep, fmt.Errorf("training tagger: %w", err)
		}
		if test, rep.Test, err = readData(filepath.Join(opt.DataDir, TestFile)); err != nil {
			return nil, rep, fmt.Errorf("training tagger: %w", err)
		}
	} else {
		rep.Train, rep.Dev, rep.Test = checksum(train), checksum(dev), checksum(test)
	}
	if len(train) == 0 {
		return nil, rep, fmt.Errorf("training tagger: %w", ErrNoData)
	}

	b := newBuilder(train, o)
	if len(b.m.upos) > maxClasses {
		return nil, rep, fmt.Errorf("training tagger: %d tags, at most %d allowed: %w", len(b.m.upos), maxClasses, ErrNoData)
	}
	rep.TrainTokens = b.ntok
	tw := newTrainWeights()
	var best *Model
	bestUPOS, bestXPOS := -1.0, -1.0
	s := &scratch{scores: make([]float32, len(b.m.upos))}
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	for it := 1; it <= o.Iters; it++ {
		itStart := time.Now()
		rng := rand.New(rand.NewPCG(o.Seed, uint64(it)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for n, si := range order {
			if n%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, rep, err
				}
			}
			b.learn(tw, si, s)
		}
		m := b.model(tw.average(o.Prune))
		sc := IterScore{Iter: it}
		if dev != nil {
			sc.DevUPOS, sc.DevXPOS = tagScores(m, dev)
		}
		sc.Took = time.Since(itStart)
		rep.Iters = append(rep.Iters, sc)
		if opt.Progress != nil {
			opt.Progress(sc)
		}
		if dev == nil || sc.DevUPOS > bestUPOS || (sc.DevUPOS == bestUPOS && sc.DevXPOS > bestXPOS) {
			best, bestUPOS, bestXPOS, rep.Best = m, sc.DevUPOS, sc.DevXPOS, it
		}
	}
	best.info = Info{
		Format: formatVersion, Train: rep.Train, Dev: rep.Dev, Options: o, Iter: rep.Best,
		TrainTokens: b.ntok, Features: best.w.count(), DevUPOS: bestUPOS, DevXPOS: bestXPOS,
	}
	if dev == nil {
		best.info.DevUPOS, best.info.DevXPOS = 0, 0
	}
	// Encoding sets the checksum the model is known by.
	if err := best.Encode(io.Discard); err != nil {
		return nil, rep, fmt.Errorf("training tagger: %w", err)
	}
	known := b.known()
	if dev != nil {
		rep.DevScores = evaluate(best, dev, known)
	}
	if test != nil {
		rep.TestScores = evaluate(best, test, known)
	}
	rep.Took = time.Since(start)
	return best, rep, nil
}

// builder holds what training derives from the training sentences.
type builder struct {
	o     Options
	sents []*conllu.Sentence
	words [][]string
	gold  [][]uint16
	amb   [][]uint32 // jackknifed ambiguity classes of training tokens
	ntok  int
	m     *Model // tables shared by every iteration's model
}

func newBuilder(train []*conllu.Sentence, o Options) *builder {
	b := &builder{o: o, sents: train}
	// Joint tags and Penn tags, sorted.
	var joint, xposList []string
	for _, s := range train {
		for _, t := range s.Tokens {
			joint = append(joint, t.UPOS+"|"+t.XPOS)
			xposList = append(xposList, t.XPOS)
		}
	}
	slices.Sort(joint)
	joint = slices.Compact(joint)
	slices.Sort(xposList)
	xposList = slices.Compact(xposList)
	m := &Model{xposList: xposList}
	tagID := map[string]uint16{}
	for i, j := range joint {
		u, x := splitTag(j)
		m.upos = append(m.upos, u)
		m.xpos = append(m.xpos, x)
		m.xposOf = append(m.xposOf, uint8(slices.Index(xposList, x)))
		tagID[j] = uint16(i)
	}
	for _, s := range train {
		w := make([]string, len(s.Tokens))
		g := make([]uint16, len(s.Tokens))
		for i, t := range s.Tokens {
			w[i] = t.Form
			g[i] = tagID[t.UPOS+"|"+t.XPOS]
		}
		b.words = append(b.words, w)
		b.gold = append(b.gold, g)
		b.ntok += len(w)
	}

	// Ambiguity classes: the full dictionary for tagging new text, and
	// jackknifed ones for the training tokens themselves.
	classes := &ambClasses{id: map[string]uint32{}}
	full := newCounts()
	for i := range b.words {
		full.add(b.words[i], b.gold[i])
	}
	formAmb, normAmb := full.dictionary(classes, o.AmbMinShare)
	folds := min(o.Folds, len(train))
	b.amb = make([][]uint32, len(train))
	for f := 0; f < folds; f++ {
		lo, hi := f*len(train)/folds, (f+1)*len(train)/folds
		c := newCounts()
		for i := range b.words {
			if i < lo || i >= hi {
				c.add(b.words[i], b.gold[i])
			}
		}
		formAmb, normAmb := c.dictionary(classes, o.AmbMinShare)
		var norm []byte
		for i := lo; i < hi; i++ {
			a := make([]uint32, len(b.words[i]))
			for j, w := range b.words[i] {
				norm = normalize(norm, w)
				if x, ok := formAmb[w]; ok {
					a[j] = x
				} else if x, ok := normAmb[string(norm)]; ok {
					a[j] = x
				}
			}
			b.amb[i] = a
		}
	}
	m.nAmb = ambFirst + uint32(len(classes.id))

	// Frequent words with one tag.
	m.forms = map[string]formInfo{}
	for _, w := range full.forms() {
		fi := formInfo{amb: formAmb[w]}
		tc := full.form[w]
		total, bestN, bestT := 0, 0, uint16(0)
		for _, t := range sortedTags(tc) {
			n := tc[t]
			total += n
			if n > bestN {
				bestN, bestT = n, t
			}
		}
		if total >= o.SureMinCount && float64(bestN) >= o.SureMinShare*float64(total) {
			fi.sure = bestT + 1
		}
		m.forms[w] = fi
	}
	m.norms = normAmb

	// Lemmas and features.
	var samples []sample
	for _, s := range train {
		prev := ""
		for _, t := range s.Tokens {
			id := tagID[t.UPOS+"|"+t.XPOS]
			samples = append(samples, sample{form: t.Form, lemma: t.Lemma, feats: t.Feats, prev: prev, tag: id, xpos: m.xposOf[id]})
			prev = t.Form
		}
	}
	m.lex = learnLexicon(samples, m.xposOf, xposList, o.LemmaMinTypes)
	b.m = m
	return b
}

// model returns a model with b's tables and weights w.
func (b *builder) model(w *weights) *Model {
	m := b.m
	return &Model{
		upos: m.upos, xpos: m.xpos, xposOf: m.xposOf, xposList: m.xposList,
		w: w, forms: m.forms, norms: m.norms, nAmb: m.nAmb, lex: m.lex,
	}
}

// known returns the set of training forms, for scoring unknown words.
func (b *builder) known() map[string]bool {
	k := map[string]bool{}
	for _, ws := range b.words {
		for _, w := range ws {
			k[w] = true
		}
	}
	return k
}

// learn runs one perceptron pass over training sentence si.
func (b *builder) learn(tw *trainWeights, si int, s *scratch) {
	words, gold := b.words[si], b.gold[si]
	b.m.prepare(words, s)
	for i := range words {
		s.infos[i+2].amb = b.amb[si][i]
	}
	for i := range words {
		s.keys = features(s.keys[:0], s.infos, s.tags, i)
		clear(s.scores)
		tw.score(s.keys, s.scores)
		p := argmax(s.scores)
		if g := gold[i]; p != g {
			tw.update(s.keys, g, 1)
			tw.update(s.keys, p, -1)
		}
		s.tags[i] = p
		tw.t++
	}
}

// counts are tag counts per word form.
type counts struct {
	form, norm map[string]map[uint16]int
}

func newCounts() *counts {
	return &counts{form: map[string]map[uint16]int{}, norm: map[string]map[uint16]int{}}
}

func (c *counts) add(words []string, tags []uint16) {
	var buf []byte
	for i, w := range words {
		buf = normalize(buf, w)
		inc(c.form, w, tags[i])
		inc(c.norm, string(buf), tags[i])
	}
}

func inc(m map[string]map[uint16]int, k string, t uint16) {
	x := m[k]
	if x == nil {
		x = map[uint16]int{}
		m[k] = x
	}
	x[t]++
}

func (c *counts) forms() []string {
	out := make([]string, 0, len(c.form))
	for w := range c.form {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

func sortedTags(m map[uint16]int) []uint16 {
	out := make([]uint16, 0, len(m))
	for t := range m {
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}

// ambClasses interns ambiguity classes (sets of tags) as ids.
type ambClasses struct {
	id map[string]uint32
}

func (a *ambClasses) of(tc map[uint16]int, minShare float64) uint32 {
	total := 0
	for _, n := range tc {
		total += n
	}
	var sig strings.Builder
	for _, t := range sortedTags(tc) {
		if float64(tc[t]) >= minShare*float64(total) {
			fmt.Fprintf(&sig, "%d,", t)
		}
	}
	// Rare words form their own classes: a word seen once is less sure.
	switch {
	case total == 1:
		sig.WriteString("#1")
	case total < 5:
		sig.WriteString("#2")
	}
	k := sig.String()
	if id, ok := a.id[k]; ok {
		return id
	}
	id := ambFirst + uint32(len(a.id))
	a.id[k] = id
	return id
}

// dictionary returns the ambiguity classes of the forms and normalized
// forms counted, interning classes in sorted word order.
func (c *counts) dictionary(a *ambClasses, minShare float64) (form, norm map[string]uint32) {
	form, norm = map[string]uint32{}, map[string]uint32{}
	for _, w := range c.forms() {
		form[w] = a.of(c.form[w], minShare)
	}
	ns := make([]string, 0, len(c.norm))
	for w := range c.norm {
		ns = append(ns, w)
	}
	slices.Sort(ns)
	for _, w := range ns {
		norm[w] = a.of(c.norm[w], minShare)
	}
	return form, norm
}

// tagScores returns the UPOS and XPOS accuracy of m on sents.
func tagScores(m *Model, sents []*conllu.Sentence) (upos, xpos float64) {
	var n, u, x int
	words := []string{}
	for _, s := range sents {
		words = words[:0]
		for _, t := range s.Tokens {
			words = append(words, t.Form)
		}
		up, xp := m.TagPOS(words)
		for i, t := range s.Tokens {
			n++
			if up[i] == t.UPOS {
				u++
			}
			if xp[i] == t.XPOS {
				x++
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(u) / float64(n), float64(x) / float64(n)
}

// Evaluate tags the words of every sentence with gold tokenization and
// scores UPOS, XPOS, lemmas and features against the treebank.
func Evaluate(m *Model, sents []*conllu.Sentence) Scores {
	return evaluate(m, sents, nil)
}

func evaluate(m *Model, sents []*conllu.Sentence, known map[string]bool) Scores {
	var sc Scores
	var u, x, tg, l, f, unk, unkOK int
	var words []string
	var out []Analysis
	for _, s := range sents {
		words = words[:0]
		for _, t := range s.Tokens {
			words = append(words, t.Form)
		}
		out = m.TagInto(out[:0], words)
		for i, t := range s.Tokens {
			a := out[i]
			sc.Tokens++
			if a.UPOS == t.UPOS {
				u++
			}
			if a.XPOS == t.XPOS {
				x++
			}
			if a.UPOS == t.UPOS && a.XPOS == t.XPOS {
				tg++
			}
			if a.Lemma == t.Lemma {
				l++
			}
			if a.Feats == t.Feats {
				f++
			}
			if known != nil && !known[t.Form] {
				unk++
				if a.UPOS == t.UPOS {
					unkOK++
				}
			}
		}
	}
	if sc.Tokens == 0 {
		return sc
	}
	n := float64(sc.Tokens)
	sc.UPOS, sc.XPOS, sc.Tags = float64(u)/n, float64(x)/n, float64(tg)/n
	sc.Lemma, sc.Feats = float64(l)/n, float64(f)/n
	if unk > 0 {
		sc.Unknown, sc.UnknownTokens = float64(unkOK)/float64(unk), unk
	}
	return sc
}
