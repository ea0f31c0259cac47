package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/sitrep/sitrep/internal/stage/tag"
)

// trainTagger is "sitrep train tagger": it trains the part-of-speech
// tagger on UD English EWT (train, keeping the iteration best on dev),
// scores it on test and writes the model file. The same data and flags
// always give a byte-identical file.
func trainTagger(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "train tagger", "", "Train the part-of-speech tagger (internal/stage/tag) on ../shared/data/ud_english_ewt:\n"+
		"the iteration with the best dev UPOS is kept, and the model is scored on test.")
	data := fs.String("data", "", "treebank folder, or the shared data folder holding ud_english_ewt (default: ../shared/data or $SITREP_DATA)")
	out := fs.String("out", "models/tagger.bin.gz", "model file to write")
	iters := fs.Int("iters", 12, "most training iterations")
	seed := fs.Uint64("seed", 1, "seed of the sentence shuffles")
	asJSON := fs.Bool("json", false, "print the training report as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("sitrep train tagger: unexpected argument %q", fs.Arg(0))
	}
	if *iters < 1 {
		return usagef("sitrep train tagger: --iters must be at least 1")
	}
	dir, err := udDir(*data)
	if err != nil {
		return err
	}
	opt := tag.TrainOptions{
		Options: tag.Options{Iters: *iters, Seed: *seed},
		DataDir: dir,
	}
	if !*asJSON {
		opt.Progress = func(s tag.IterScore) {
			fmt.Fprintf(m.Stdout, "iter %2d  dev UPOS %.4f  XPOS %.4f  (%s)\n", s.Iter, s.DevUPOS, s.DevXPOS, s.Took.Round(time.Millisecond))
		}
	}
	model, rep, err := tag.Train(ctx, opt)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		return fmt.Errorf("writing tagger model: %w", err)
	}
	if err := model.Save(*out); err != nil {
		return err
	}
	st, err := os.Stat(*out)
	if err != nil {
		return fmt.Errorf("writing tagger model: %w", err)
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Out     string     `json:"out"`
			Bytes   int64      `json:"bytes"`
			SHA256  string     `json:"sha256"`
			Info    tag.Info   `json:"info"`
			Iters   []tagIter  `json:"iters"`
			Dev     tag.Scores `json:"dev"`
			Test    tag.Scores `json:"test"`
			TestSHA string     `json:"test_sha256"`
			Seconds float64    `json:"seconds"`
		}{*out, st.Size(), model.SHA256(), model.Info(), tagIters(rep.Iters), rep.DevScores, rep.TestScores, rep.Test, rep.Took.Seconds()})
	}
	fmt.Fprintf(m.Stdout, "data %s: train sha256 %s, dev sha256 %s, test sha256 %s; %d training tokens\n",
		dir, rep.Train, rep.Dev, rep.Test, rep.TrainTokens)
	fmt.Fprintf(m.Stdout, "kept iter %d; dev  UPOS %.4f XPOS %.4f lemma %.4f UFeats %.4f (%d tokens)\n",
		rep.Best, rep.DevScores.UPOS, rep.DevScores.XPOS, rep.DevScores.Lemma, rep.DevScores.Feats, rep.DevScores.Tokens)
	fmt.Fprintf(m.Stdout, "test UPOS %.4f XPOS %.4f lemma %.4f UFeats %.4f (%d tokens, unknown-word UPOS %.4f)\n",
		rep.TestScores.UPOS, rep.TestScores.XPOS, rep.TestScores.Lemma, rep.TestScores.Feats, rep.TestScores.Tokens, rep.TestScores.Unknown)
	fmt.Fprintf(m.Stdout, "wrote %s: %d bytes, sha256 %s, %d features, in %s\n",
		*out, st.Size(), model.SHA256(), model.Info().Features, rep.Took.Round(time.Second))
	return nil
}

// tagIter is one iteration's line of the JSON report.
type tagIter struct {
	Iter    int     `json:"iter"`
	DevUPOS float64 `json:"dev_upos"`
	DevXPOS float64 `json:"dev_xpos"`
	Seconds float64 `json:"seconds"`
}

func tagIters(in []tag.IterScore) []tagIter {
	out := make([]tagIter, len(in))
	for i, s := range in {
		out[i] = tagIter{s.Iter, s.DevUPOS, s.DevXPOS, s.Took.Seconds()}
	}
	return out
}
