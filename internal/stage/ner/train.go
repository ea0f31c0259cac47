package ner

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
)

// TrainOptions are the settings of Train. They are recorded in the model
// file. The zero value means the defaults.
type TrainOptions struct {
	// Iters is the number of passes over the training data (default 8).
	Iters int `json:"iters"`
	// MinCount drops features seen fewer times in the training data
	// (default 2).
	MinCount int `json:"min_count"`
	// Seed seeds the order in which each pass visits the sentences
	// (default 1).
	Seed uint64 `json:"seed"`
	// Prune drops feature rows whose largest averaged weight, in absolute
	// value, is below it (default 0: only all-zero rows).
	Prune float32 `json:"prune"`
	// HoldDev keeps the GMB dev part out of training (TrainGMB only), to
	// tune on it. By default the shipped model trains on train and dev.
	HoldDev bool `json:"hold_dev"`
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Iters <= 0 {
		o.Iters = 8
	}
	if o.MinCount <= 0 {
		o.MinCount = 2
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	return o
}

// Example is one training sentence: its words and its gold mentions, typed
// with Classes (LOC and FAC are made by Refine, not learned).
type Example struct {
	Words    []string
	Mentions []Mention
}

// Train trains a model on examples with features from gaz (which may be
// nil), by the averaged structured perceptron: Viterbi decoding of BILOU
// labels, one update per sentence, weights averaged over all updates.
// Training is deterministic: the same examples, gazetteer and options give
// a model whose file is byte-identical. log may be nil.
func Train(ctx context.Context, examples []Example, gaz *Gazetteer, opts TrainOptions, log *slog.Logger) (*Model, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opts = opts.withDefaults()
	if len(examples) == 0 {
		return nil, fmt.Errorf("training ner model: %w", ErrNoData)
	}
	if gaz == nil {
		gaz = &Gazetteer{}
		gaz.index()
	}
	m := newModel(slices.Clone(Classes))
	m.Gaz = gaz
	nl := m.nl

	// Pass 1: count the features.
	var s sentence
	counts := map[uint64]int32{}
	tokens := 0
	for _, ex := range examples {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s.reset(normalizeAll(ex.Words))
		s.extract(gaz)
		for _, h := range s.feats {
			counts[h]++
		}
		tokens += len(ex.Words)
	}
	// Pass 2: number the kept features in order of first appearance, and
	// store each word's feature ids.
	ids := map[uint64]int32{}
	var keys []uint64
	feats := make([]int32, 0, tokens*32)
	offs := make([][]int, len(examples)) // offs[e][i]: start of word i in feats
	gold := make([][]int, len(examples))
	for e, ex := range examples {
		s.reset(normalizeAll(ex.Words))
		s.extract(gaz)
		o := make([]int, len(ex.Words)+1)
		for i := range ex.Words {
			o[i] = len(feats)
			for _, h := range s.feats[s.offset[i]:s.offset[i+1]] {
				if counts[h] < int32(opts.MinCount) {
					continue
				}
				id, ok := ids[h]
				if !ok {
					id = int32(len(keys))
					ids[h] = id
					keys = append(keys, h)
				}
				feats = append(feats, id)
			}
		}
		o[len(ex.Words)] = len(feats)
		offs[e] = o
		gold[e] = m.encode(len(ex.Words), ex.Mentions)
	}
	counts = nil
	nf := len(keys)
	log.Info("ner features", "sentences", len(examples), "tokens", tokens, "features", nf)

	// Weights: current W (integers, exact) and U, the sum of c·Δ over all
	// updates, so that the average is W - U/c.
	W := make([]int32, nf*nl)
	U := make([]int64, nf*nl)
	wt := make([]int32, nl*nl+2*nl) // trans, start, end
	ut := make([]int64, len(wt))
	c := int64(1)
	var d decoder
	update := func(f int32, l int, delta int32) {
		W[int(f)*nl+l] += delta
		U[int(f)*nl+l] += int64(delta) * c
	}
	updT := func(k int, delta int32) {
		wt[k] += delta
		ut[k] += int64(delta) * c
	}
	syncTrans := func() {
		for k := 0; k < nl*nl; k++ {
			m.trans[k] = float32(wt[k])
		}
		for l := 0; l < nl; l++ {
			m.start[l] = float32(wt[nl*nl+l])
			m.end[l] = float32(wt[nl*nl+nl+l])
		}
	}
	for it := 0; it < opts.Iters; it++ {
		rng := rand.New(rand.NewPCG(opts.Seed, uint64(it)))
		order := rng.Perm(len(examples))
		errs := 0
		for k, e := range order {
			if k%1024 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			n := len(examples[e].Words)
			if n == 0 {
				c++
				continue
			}
			syncTrans()
			o := offs[e]
			d.emit = grow(d.emit, n*nl)
			clear(d.emit)
			for i := 0; i < n; i++ {
				em := d.emit[i*nl : (i+1)*nl]
				for _, f := range feats[o[i]:o[i+1]] {
					row := W[int(f)*nl : int(f+1)*nl]
					for l := range em {
						em[l] += float32(row[l])
					}
				}
			}
			pred := m.viterbi(&d, n)
			g := gold[e]
			if !slices.Equal(pred, g) {
				errs++
				for i := 0; i < n; i++ {
					if pred[i] == g[i] {
						continue
					}
					for _, f := range feats[o[i]:o[i+1]] {
						update(f, g[i], 1)
						update(f, pred[i], -1)
					}
				}
				for i := 1; i < n; i++ {
					if pred[i-1] != g[i-1] || pred[i] != g[i] {
						updT(g[i-1]*nl+g[i], 1)
						updT(pred[i-1]*nl+pred[i], -1)
					}
				}
				if pred[0] != g[0] {
					updT(nl*nl+g[0], 1)
					updT(nl*nl+pred[0], -1)
				}
				if pred[n-1] != g[n-1] {
					updT(nl*nl+nl+g[n-1], 1)
					updT(nl*nl+nl+pred[n-1], -1)
				}
			}
			c++
		}
		log.Info("ner training pass", "iter", it+1, "of", opts.Iters, "sentences_wrong", errs, "of_sentences", len(examples))
	}

	// Average, and keep the rows that matter.
	avg := func(w int32, u int64) float32 { return float32(float64(w) - float64(u)/float64(c)) }
	for k := 0; k < nl*nl; k++ {
		m.trans[k] = avg(wt[k], ut[k])
	}
	for l := 0; l < nl; l++ {
		m.start[l] = avg(wt[nl*nl+l], ut[nl*nl+l])
		m.end[l] = avg(wt[nl*nl+nl+l], ut[nl*nl+nl+l])
	}
	m.rows = newRowIndex(0)
	row := make([]float32, nl)
	for f := 0; f < nf; f++ {
		keep := false
		for l := 0; l < nl; l++ {
			row[l] = avg(W[f*nl+l], U[f*nl+l])
			if v := row[l]; v != 0 && (v >= opts.Prune || -v >= opts.Prune) {
				keep = true
			}
		}
		if !keep {
			continue
		}
		m.addRow(keys[f], row)
	}
	m.Meta.Format = formatVersion
	m.Meta.Options = opts
	m.Meta.Sentences = len(examples)
	m.Meta.Tokens = tokens
	m.Meta.Features = m.rows.len()
	log.Info("ner model", "rows", m.rows.len(), "of_features", nf)
	return m, nil
}

func normalizeAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = normalizeWord(w)
	}
	return out
}
