package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/sitrep/sitrep/internal/conllu"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/parse"
	"github.com/sitrep/sitrep/internal/stage/tag"
	"github.com/sitrep/sitrep/models"
)

// trainParser is "sitrep train parser": it trains the dependency parser on
// UD English EWT train, with tags predicted by jackknifed taggers (each
// tenth of the sentences tagged by a tagger trained on the other nine), so
// that it learns on tags as wrong as the ones it will see. It scores the
// model on dev and test with the shipped tagger's tags and writes the model
// file. The same data and flags always give a byte-identical file.
func trainParser(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "train parser", "", "Train the dependency parser (internal/stage/parse) on ../shared/data/ud_english_ewt\n"+
		"and score it on dev and test with the shipped tagger's tags.")
	data := fs.String("data", "", "treebank folder, or the shared data folder holding ud_english_ewt (default: ../shared/data or $SITREP_DATA)")
	out := fs.String("out", "models/parser.bin.gz", "model file to write")
	iters := fs.Int("iters", parserIters, "training passes")
	seed := fs.Uint64("seed", 1, "seed of the shuffles and of exploration")
	tags := fs.String("tags", "jackknife", "training tags: jackknife (predicted, see above) or gold")
	folds := fs.Int("folds", 10, "jackknife folds")
	everyPass := fs.Bool("dev", false, "score every pass on dev, to choose --iters")
	asJSON := fs.Bool("json", false, "print the training report as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("sitrep train parser: unexpected argument %q", fs.Arg(0))
	}
	if *iters < 1 {
		return usagef("sitrep train parser: --iters must be at least 1")
	}
	if *tags != "jackknife" && *tags != "gold" {
		return usagef("sitrep train parser: --tags must be jackknife or gold")
	}
	dir, err := udDir(*data)
	if err != nil {
		return err
	}
	start := time.Now()
	raw, err := os.ReadFile(filepath.Join(dir, tag.TrainFile))
	if err != nil {
		return fmt.Errorf("reading treebank: %w", err)
	}
	train, err := conllu.ReadAll(bytes.NewReader(raw), tag.TrainFile)
	if err != nil {
		return err
	}
	tm, err := tag.Shipped()
	if err != nil {
		return err
	}
	dev, err := udTagged(filepath.Join(dir, tag.DevFile), tm)
	if err != nil {
		return err
	}
	test, err := udTagged(filepath.Join(dir, tag.TestFile), tm)
	if err != nil {
		return err
	}
	opts := parse.Options{Iters: *iters, Seed: *seed, Data: tag.TrainFile + " sha256:" + models.Checksum(raw)}
	var exs []parse.Example
	if *tags == "gold" {
		opts.Tags = "gold"
		for _, s := range train {
			exs = append(exs, parse.FromCoNLLU(s))
		}
	} else {
		opts.Tags = fmt.Sprintf("jackknife-%d", *folds)
		if exs, err = parse.JackknifeTags(ctx, train, *folds, tag.Options{}, m.Log); err != nil {
			return err
		}
	}
	type pass struct {
		Iter int     `json:"iter"`
		UAS  float64 `json:"dev_uas"`
		LAS  float64 `json:"dev_las_full"`
	}
	var passes []pass
	if *everyPass {
		opts.Dev = dev
		opts.Progress = func(it int, _ *parse.Model, uas, las float64) {
			passes = append(passes, pass{it, uas, las})
			if !*asJSON {
				fmt.Fprintf(m.Stdout, "pass %2d  dev UAS %.4f  LAS %.4f (full relations)\n", it, uas, las)
			}
		}
	}
	model, err := parse.Train(ctx, exs, opts, m.Log)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		return fmt.Errorf("writing parser model: %w", err)
	}
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("writing parser model: %w", err)
	}
	if err := model.Encode(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing parser model: %w", err)
	}
	st, err := os.Stat(*out)
	if err != nil {
		return fmt.Errorf("writing parser model: %w", err)
	}
	devUAS, devLAS := parse.Score(model, dev)
	testUAS, testLAS := parse.Score(model, test)
	took := time.Since(start)
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Out         string     `json:"out"`
			Bytes       int64      `json:"bytes"`
			SHA256      string     `json:"sha256"`
			Meta        parse.Meta `json:"meta"`
			Passes      []pass     `json:"passes,omitempty"`
			DevUAS      float64    `json:"dev_uas"`
			DevLASFull  float64    `json:"dev_las_full"`
			TestUAS     float64    `json:"test_uas"`
			TestLASFull float64    `json:"test_las_full"`
			Seconds     float64    `json:"seconds"`
		}{*out, st.Size(), model.SHA256(), model.Meta(), passes, devUAS, devLAS, testUAS, testLAS, took.Seconds()})
	}
	fmt.Fprintf(m.Stdout, "wrote %s (%d bytes, sha256 %s) in %s\n", *out, st.Size(), model.SHA256(), took.Round(time.Second))
	fmt.Fprintf(m.Stdout, "dev  UAS %.4f  LAS %.4f\ntest UAS %.4f  LAS %.4f\n", devUAS, devLAS, testUAS, testLAS)
	fmt.Fprintf(m.Stdout, "(tags from the shipped tagger; LAS with full relations; \"sitrep eval ud\" gives the CoNLL 2018 scores)\n")
	return nil
}

// parserIters is the number of training passes of the shipped parser,
// chosen on dev.
const parserIters = 12

// udDir returns the UD English EWT folder: dir itself when it holds the
// treebank, else dir/ud_english_ewt; dir "" means the shared data folder.
func udDir(dir string) (string, error) {
	dir, err := shared.Or(dir)
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(filepath.Join(dir, tag.TrainFile)); err != nil {
		dir = filepath.Join(dir, "ud_english_ewt")
	}
	return dir, nil
}

// udTagged reads a treebank file as parser examples with the tags of
// tagger tm.
func udTagged(path string, tm *tag.Model) ([]parse.Example, error) {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, err
	}
	exs := make([]parse.Example, len(sents))
	var words []string
	for i, s := range sents {
		ex := parse.FromCoNLLU(s)
		words = words[:0]
		for _, w := range ex.Words {
			words = append(words, w.Form)
		}
		upos, xpos := tm.TagPOS(words)
		for j := range ex.Words {
			ex.Words[j].UPOS, ex.Words[j].XPOS = upos[j], xpos[j]
		}
		exs[i] = ex
	}
	return exs, nil
}
