package parse

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"time"

	"github.com/sitrep/sitrep/internal/conllu"
)

// rootRel is the relation of a sentence's root word.
const rootRel = "root"

// Example is one training sentence: its words, with the tags the parser
// will see, and the gold tree.
type Example struct {
	Words []Word
	Heads []int    // index of each word's head, -1 for the root
	Deps  []string // relation of each word to its head
}

// FromCoNLLU returns a sentence of a treebank as an Example, with the
// treebank's (gold) tags.
func FromCoNLLU(s *conllu.Sentence) Example {
	ex := Example{
		Words: make([]Word, len(s.Tokens)),
		Heads: make([]int, len(s.Tokens)),
		Deps:  make([]string, len(s.Tokens)),
	}
	for i, t := range s.Tokens {
		ex.Words[i] = Word{Form: t.Form, UPOS: t.UPOS, XPOS: t.XPOS}
		ex.Heads[i] = t.Head - 1
		ex.Deps[i] = t.Deprel
	}
	return ex
}

// Options controls training. The zero value of a field means its default.
type Options struct {
	// Iters is the number of passes over the training data (default 15).
	Iters int `json:"iters"`
	// Seed seeds the shuffling and exploration (default 1).
	Seed uint64 `json:"seed"`
	// ExploreFrom is the first pass (1-based) in which the trainer follows
	// its own wrong predictions (default 2).
	ExploreFrom int `json:"explore_from"`
	// Explore is the probability of following a wrong prediction in those
	// passes (default 0.9).
	Explore float64 `json:"explore"`
	// Prune drops from the model every feature whose largest averaged
	// weight is smaller than this (default 1; negative keeps all). Most
	// features seen once in training fall below 1.
	Prune float64 `json:"prune"`
	// Quantum is the step of the quantized weights (default 0.05).
	Quantum float64 `json:"quantum"`
	// Data and Tags say what the examples were made from (a file and its
	// checksum) and where their tags came from ("gold", "jackknife-10");
	// they are recorded, not used.
	Data string `json:"data,omitempty"`
	Tags string `json:"tags,omitempty"`

	// Dev, when set, is parsed after every pass and the result handed to
	// Progress; neither is recorded.
	Dev []Example `json:"-"`
	// Progress, when set, is called after every pass with the averaged
	// model of that pass and, when Dev is set, its unlabeled and labeled
	// attachment scores on Dev.
	Progress func(iter int, m *Model, uas, las float64) `json:"-"`
}

func (o Options) withDefaults() Options {
	if o.Iters == 0 {
		o.Iters = 15
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.ExploreFrom == 0 {
		o.ExploreFrom = 2
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
	if o.Prune == 0 {
		o.Prune = 1
	}
	if o.Quantum == 0 {
		o.Quantum = 0.05
	}
	return o
}

// DataSHA256 returns a checksum of training examples: words, tags and
// trees. It is what a model records of its training data.
func DataSHA256(exs []Example) string {
	h := sha256.New()
	var b []byte
	for _, ex := range exs {
		b = b[:0]
		for i, w := range ex.Words {
			b = append(b, w.Form...)
			b = append(b, 0)
			b = append(b, w.UPOS...)
			b = append(b, 0)
			b = append(b, w.XPOS...)
			b = append(b, 0)
			b = binary.AppendVarint(b, int64(ex.Heads[i]))
			b = append(b, ex.Deps[i]...)
			b = append(b, 0)
		}
		b = append(b, '\n')
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// rng is splitmix64: small, fast and the same everywhere.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

func (r *rng) float() float64 { return float64(r.next()>>11) / (1 << 53) }

func (r *rng) shuffle(a []int) {
	for i := len(a) - 1; i > 0; i-- {
		j := int(r.next() % uint64(i+1))
		a[i], a[j] = a[j], a[i]
	}
}

// goldTree is a training sentence ready for the oracle.
type goldTree struct {
	words []Word
	head  []int32 // n for the root
	label []int16
}

// Train trains a parser on exs with a dynamic oracle and an averaged
// perceptron. The same examples and options give a byte-identical model.
// Non-projective trees are made projective by lifting arcs; they are
// parsed projectively. A nil log means no logging.
func Train(ctx context.Context, exs []Example, opts Options, log *slog.Logger) (*Model, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opts = opts.withDefaults()
	if len(exs) == 0 {
		return nil, fmt.Errorf("training parser: %w", ErrNoData)
	}
	labelSet := map[string]bool{rootRel: true}
	words := 0
	for i, ex := range exs {
		if len(ex.Heads) != len(ex.Words) || len(ex.Deps) != len(ex.Words) {
			return nil, fmt.Errorf("training parser: example %d: %d words, %d heads, %d relations: %w", i, len(ex.Words), len(ex.Heads), len(ex.Deps), ErrBadTree)
		}
		if err := checkTree(ex.Heads); err != nil {
			return nil, fmt.Errorf("training parser: example %d: %w", i, err)
		}
		for j, d := range ex.Deps {
			if (ex.Heads[j] < 0) != (d == rootRel) {
				return nil, fmt.Errorf("training parser: example %d word %d: relation %q with head %d: %w", i, j, d, ex.Heads[j], ErrBadTree)
			}
			labelSet[d] = true
		}
		words += len(ex.Words)
	}
	labels := make([]string, 0, len(labelSet))
	for l := range labelSet {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	if len(labels) > 1<<15 {
		return nil, fmt.Errorf("training parser: %d relations: %w", len(labels), ErrBadTree)
	}
	lidx := map[string]int16{}
	for i, l := range labels {
		lidx[l] = int16(i)
	}
	root := int(lidx[rootRel])
	nl := len(labels)
	lifted := 0
	golds := make([]goldTree, len(exs))
	for i, ex := range exs {
		n := len(ex.Words)
		heads := slices.Clone(ex.Heads)
		lifted += projectivize(heads)
		g := goldTree{words: ex.Words, head: make([]int32, n), label: make([]int16, n)}
		for j, h := range heads {
			if h < 0 {
				h = n
			}
			g.head[j] = int32(h)
			g.label[j] = lidx[ex.Deps[j]]
		}
		golds[i] = g
	}
	meta := Meta{
		Format: fileFormat, FeatureSet: featureSet, Labels: labels, Quantum: opts.Quantum, Options: opts,
		DataSHA256: DataSHA256(exs), Sentences: len(exs), Words: words,
	}
	meta.Options.Dev, meta.Options.Progress = nil, nil
	log.Info("training parser", "sentences", len(exs), "words", words, "labels", nl, "lifted_arcs", lifted, "iters", opts.Iters)

	tt := newTrainTable()
	r := rng{s: opts.Seed}
	order := make([]int, len(golds))
	for i := range order {
		order[i] = i
	}
	var (
		st     state
		or     oracle
		x      sentence
		feats  []uint64
		scores = make([]int32, 1+2*nl)
		cost   = make([]int32, 1+2*nl)
		now    int32
	)
	for it := 1; it <= opts.Iters; it++ {
		start := time.Now()
		r.shuffle(order)
		explore := it >= opts.ExploreFrom
		var steps, errs int
		for k, gi := range order {
			if k%256 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			g := &golds[gi]
			n := len(g.words)
			x.load(g.words)
			st.reset(n)
			or.reset(n, g.head, g.label)
			for !st.terminal() {
				feats = features(feats, &x, &st)
				tt.score(feats, scores)
				minCost := or.costs(&st, nl, root, cost)
				pred, gold := -1, -1
				for c, v := range scores {
					if cost[c] < 0 {
						continue
					}
					if pred < 0 || v > scores[pred] {
						pred = c
					}
					if cost[c] == minCost && (gold < 0 || v > scores[gold]) {
						gold = c
					}
				}
				now++
				steps++
				next := pred
				if cost[pred] != minCost {
					errs++
					tt.update(feats, gold, 1, now)
					tt.update(feats, pred, -1, now)
					if !explore || r.float() >= opts.Explore {
						next = gold
					}
				}
				or.note(&st, next)
				st.apply(next, nl)
			}
		}
		meta.Steps = int64(now)
		if opts.Progress != nil || it == opts.Iters {
			f := freeze(tt, now, opts.Prune, opts.Quantum)
			meta.Features, meta.Weights = len(f.keys), len(f.q)
			m, err := newModel(meta, f)
			if err != nil {
				return nil, fmt.Errorf("training parser: %w", err)
			}
			var uas, las float64
			if len(opts.Dev) > 0 {
				uas, las = Score(m, opts.Dev)
			}
			log.Info("parser pass", "iter", it, "steps", steps, "errors", errs, "features", meta.Features, "weights", meta.Weights, "took", time.Since(start).Round(time.Millisecond), "dev_uas", uas, "dev_las", las)
			if opts.Progress != nil {
				opts.Progress(it, m, uas, las)
			}
			if it == opts.Iters {
				return m, nil
			}
		}
	}
	panic("unreachable")
}

// freeze averages the training weights at step now and quantizes them in
// steps of quantum, dropping every feature whose largest averaged weight
// is below prune.
func freeze(tt *trainTable, now int32, prune, quantum float64) *flat {
	order := make([]int32, len(tt.fkeys))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(tt.fkeys[a], tt.fkeys[b]) })
	f := &flat{}
	T := float64(now)
	for _, id := range order {
		es := slices.Clone(tt.feats[id])
		slices.SortFunc(es, func(a, b tentry) int { return cmp.Compare(a.cls, b.cls) })
		big := 0.0
		for _, e := range es {
			total := e.total + int64(e.w)*int64(now-e.ts)
			big = max(big, math.Abs(float64(total)/T))
		}
		if big < prune || big == 0 {
			continue
		}
		start := len(f.q)
		for _, e := range es {
			total := e.total + int64(e.w)*int64(now-e.ts)
			q := math.Round(float64(total) / T / quantum)
			if q == 0 {
				continue
			}
			f.cls = append(f.cls, e.cls)
			f.q = append(f.q, int32(max(min(q, 1<<20), -1<<20)))
		}
		if len(f.q) > start {
			f.keys = append(f.keys, tt.fkeys[id])
			f.offs = append(f.offs, uint32(start))
		}
	}
	f.offs = append(f.offs, uint32(len(f.q)))
	return f
}

// Score parses exs with m and returns the unlabeled and labeled attachment
// scores (full relations, subtypes included) over all words.
func Score(m *Model, exs []Example) (uas, las float64) {
	var total, uh, lh int
	var t Tree
	for _, ex := range exs {
		n := len(ex.Words)
		t.Heads = slices.Grow(t.Heads[:0], n)[:n]
		t.Deps = slices.Grow(t.Deps[:0], n)[:n]
		m.ParseInto(ex.Words, t.Heads, t.Deps)
		for i := range n {
			total++
			if t.Heads[i] == ex.Heads[i] {
				uh++
				if t.Deps[i] == ex.Deps[i] {
					lh++
				}
			}
		}
	}
	if total == 0 {
		return 0, 0
	}
	return float64(uh) / float64(total), float64(lh) / float64(total)
}

// checkTree reports whether heads is a tree: indices in range, one root,
// no cycles.
func checkTree(heads []int) error {
	n := len(heads)
	roots := 0
	for i, h := range heads {
		if h < -1 || h >= n || h == i {
			return fmt.Errorf("word %d has head %d of %d words: %w", i, h, n, ErrBadTree)
		}
		if h < 0 {
			roots++
		}
	}
	if n > 0 && roots != 1 {
		return fmt.Errorf("%d roots: %w", roots, ErrBadTree)
	}
	for i := range heads {
		steps := 0
		for j := i; j >= 0; j = heads[j] {
			if steps++; steps > n {
				return fmt.Errorf("word %d is on a cycle: %w", i, ErrBadTree)
			}
		}
	}
	return nil
}

// projectivize lifts non-projective arcs until the tree is projective: the
// shortest offending arc's dependent is reattached to its head's head. It
// returns the number of lifts. heads uses -1 for the root.
func projectivize(heads []int) int {
	lifts := 0
	for {
		best, bestLen := -1, 1<<30
		for d, h := range heads {
			if h < 0 {
				continue
			}
			lo, hi := min(h, d), max(h, d)
			if hi-lo >= bestLen {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(heads, h, k) {
					best, bestLen = d, hi-lo
					break
				}
			}
		}
		if best < 0 {
			return lifts
		}
		heads[best] = heads[heads[best]]
		lifts++
	}
}

// dominates reports whether h is an ancestor of k.
func dominates(heads []int, h, k int) bool {
	for k >= 0 {
		if k == h {
			return true
		}
		k = heads[k]
	}
	return false
}
