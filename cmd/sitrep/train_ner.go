package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/ner"
	"github.com/sitrep/sitrep/models"
)

// trainNER is "sitrep train ner": it trains the named-entity model on the
// GMB train and dev parts with the gazetteer built from GeoNames and
// mledoze/countries, and writes the model file. The same data and flags
// always give a byte-identical file.
func trainNER(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "train ner", "", "Train the named-entity model (internal/stage/ner) on ../shared/data/gmb_ner\n"+
		"with gazetteer features from ../shared/data/geonames and regions.")
	data := fs.String("data", "", "shared data folder (default: ../shared/data or $SITREP_DATA)")
	out := fs.String("out", "models/ner.bin.gz", "model file to write")
	iters := fs.Int("iters", 8, "training passes")
	minCount := fs.Int("min-count", 2, "drop features seen fewer times")
	holdDev := fs.Bool("hold-dev", false, "train on the train part only, keeping dev out")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("sitrep train ner: unexpected argument %q", fs.Arg(0))
	}
	dir, err := shared.Or(*data)
	if err != nil {
		return err
	}
	start := time.Now()
	model, err := ner.TrainGMB(ctx, dir, ner.TrainOptions{Iters: *iters, MinCount: *minCount, HoldDev: *holdDev}, m.Log)
	if err != nil {
		return fmt.Errorf("training ner: %w", err)
	}
	b, err := model.Bytes()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		return fmt.Errorf("writing ner model: %w", err)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		return fmt.Errorf("writing ner model: %w", err)
	}
	fmt.Fprintf(m.Stdout, "wrote %s: %d bytes, sha256 %s, %d feature rows, %d sentences, in %s\n",
		*out, len(b), models.Checksum(b), model.Meta.Features, model.Meta.Sentences, time.Since(start).Round(time.Second))
	return nil
}
