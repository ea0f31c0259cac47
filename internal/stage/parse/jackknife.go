package parse

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/sitrep/sitrep/internal/conllu"
	"github.com/sitrep/sitrep/internal/stage/tag"
)

// JackknifeTags returns treebank sentences as training examples whose tags
// are predicted the way the parser will see them in use: the sentences are
// dealt into folds (sentence i into fold i mod folds), and each fold is
// tagged by a tagger trained, with options opts, on the other folds. A
// parser trained on these tags learns to live with the tagger's mistakes.
// It is deterministic. A nil log means no logging.
func JackknifeTags(ctx context.Context, sents []*conllu.Sentence, folds int, opts tag.Options, log *slog.Logger) ([]Example, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if folds < 2 {
		return nil, fmt.Errorf("jackknifing tags: %d folds: %w", folds, ErrNoData)
	}
	if len(sents) < folds {
		return nil, fmt.Errorf("jackknifing tags: %d sentences for %d folds: %w", len(sents), folds, ErrNoData)
	}
	exs := make([]Example, len(sents))
	for f := range folds {
		start := time.Now()
		var train, held []*conllu.Sentence
		var idx []int
		for i, s := range sents {
			if i%folds == f {
				held = append(held, s)
				idx = append(idx, i)
			} else {
				train = append(train, s)
			}
		}
		m, _, err := tag.Train(ctx, tag.TrainOptions{Options: opts, Train: train})
		if err != nil {
			return nil, fmt.Errorf("jackknifing tags: fold %d: %w", f, err)
		}
		words := []string{}
		right, total := 0, 0
		for k, s := range held {
			ex := FromCoNLLU(s)
			words = words[:0]
			for _, w := range ex.Words {
				words = append(words, w.Form)
			}
			upos, xpos := m.TagPOS(words)
			for j := range ex.Words {
				total++
				if ex.Words[j].UPOS == upos[j] {
					right++
				}
				ex.Words[j].UPOS, ex.Words[j].XPOS = upos[j], xpos[j]
			}
			exs[idx[k]] = ex
		}
		log.Info("jackknife fold", "fold", f+1, "of", folds, "upos", float64(right)/float64(total), "took", time.Since(start).Round(time.Millisecond))
	}
	return exs, nil
}
