// Package ingest connects sources, the pipeline and the store: it annotates
// Items on a pool of workers, in input order, and commits them to a store in
// batches.
//
// Failure isolation: an Item that could not be read is counted as failed
// and named; a stage that fails on one Doc leaves a warning on that Doc,
// which is still stored with what the other stages gave it. Crash safety:
// each batch is one transaction and Docs are keyed by content hash, so a
// run cut short loses at most its open batch, and running it again stores
// what is missing without duplicating anything.
package ingest

import (
	"context"
	"fmt"
	"iter"
	"log/slog"
	"runtime"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/store"
)

// Result is one Item after annotation: its Doc, or why there is none.
type Result struct {
	Item source.Item
	// Doc is nil when the Item failed to read.
	Doc *doc.Doc
	// StageErr joins the errors of the stages that failed on Doc; the Doc is
	// still usable.
	StageErr error
}

// Annotate runs r over each readable Item on workers goroutines (0 means
// GOMAXPROCS) and yields the results in input order. It stops when ctx is
// done or the consumer stops.
func Annotate(ctx context.Context, items iter.Seq[source.Item], r *pipeline.Runner, workers int) iter.Seq[Result] {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return func(yield func(Result) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		type job struct {
			it  source.Item
			out chan Result
		}
		jobs := make(chan job, workers)
		order := make(chan chan Result, workers*4)
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					j.out <- annotateOne(ctx, j.it, r)
				}
			}()
		}
		go func() {
			defer close(order)
			defer close(jobs)
			for it := range items {
				out := make(chan Result, 1)
				select {
				case order <- out:
				case <-ctx.Done():
					return
				}
				select {
				case jobs <- job{it, out}:
				case <-ctx.Done():
					return
				}
			}
		}()
		defer wg.Wait()
		for out := range order {
			var res Result
			select {
			case res = <-out:
			case <-ctx.Done():
				cancel()
				for range order {
				}
				return
			}
			if !yield(res) {
				cancel()
				for range order {
				}
				return
			}
		}
	}
}

func annotateOne(ctx context.Context, it source.Item, r *pipeline.Runner) Result {
	if it.Err != nil {
		return Result{Item: it}
	}
	d := it.Doc()
	err := r.Run(ctx, d)
	return Result{Item: it, Doc: d, StageErr: err}
}

// Failure names one input that was not stored, and why.
type Failure struct {
	Source string `json:"source"`
	Reason string `json:"reason"`
}

// Summary counts what a run did.
type Summary struct {
	Read       int       `json:"read"`
	Stored     int       `json:"stored"`
	Duplicates int       `json:"duplicates"`
	Failed     int       `json:"failed"`
	Warned     int       `json:"warned"`
	Failures   []Failure `json:"failures"`
}

// String is the closing line of an ingest run.
func (s Summary) String() string {
	return fmt.Sprintf("read %d, stored %d, duplicates %d, failed %d", s.Read, s.Stored, s.Duplicates, s.Failed)
}

// Options tune Store.
type Options struct {
	// Workers annotating in parallel; 0 means GOMAXPROCS.
	Workers int
	// BatchSize is the number of Docs per transaction; 0 means 64.
	BatchSize int
	// Log receives a debug line per failure (the Summary names them too);
	// nil means no logging.
	Log *slog.Logger
	// Progress, when set, is called after each Item with the running totals.
	Progress func(Summary)
}

// Store annotates items and stores them in st, committing every
// BatchSize Docs. It returns the summary and the first error that stopped
// the run: a store that fails to commit, or ctx being done. Items that fail
// are counted in the summary, not returned as errors.
func Store(ctx context.Context, items iter.Seq[source.Item], r *pipeline.Runner, st store.Store, o Options) (Summary, error) {
	log := o.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	batch := o.BatchSize
	if batch <= 0 {
		batch = 64
	}
	var (
		sum     Summary
		app     store.Appender
		pending []Result
	)
	flush := func() error {
		if app == nil {
			return nil
		}
		err := app.Commit()
		app = nil
		if err != nil {
			return fmt.Errorf("committing a batch of %d documents: %w", len(pending), err)
		}
		for _, res := range pending {
			sum.Stored++
			if res.StageErr != nil || len(res.Doc.Warnings) > 0 {
				sum.Warned++
			}
		}
		pending = pending[:0]
		return nil
	}
	fail := func(src, reason string) {
		// Source errors already name the input; say it once.
		reason = strings.TrimPrefix(reason, "reading "+src+": ")
		sum.Failed++
		sum.Failures = append(sum.Failures, Failure{Source: src, Reason: reason})
		log.Debug("not stored", "source", src, "reason", reason)
	}
	defer func() {
		if app != nil {
			app.Rollback()
		}
	}()
	for res := range Annotate(ctx, items, r, o.Workers) {
		sum.Read++
		switch {
		case res.Doc == nil:
			fail(res.Item.Source, res.Item.Err.Error())
		default:
			if app == nil {
				var err error
				if app, err = st.Begin(ctx); err != nil {
					return sum, fmt.Errorf("starting a batch: %w", err)
				}
			}
			added, err := app.Add(ctx, res.Doc)
			switch {
			case err != nil:
				fail(res.Item.Source, err.Error())
			case !added:
				sum.Duplicates++
			default:
				pending = append(pending, res)
				if len(pending) >= batch {
					if err := flush(); err != nil {
						return sum, err
					}
				}
			}
		}
		if o.Progress != nil {
			o.Progress(sum)
		}
	}
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("ingest stopped: %w", err)
	}
	if err := flush(); err != nil {
		return sum, err
	}
	if o.Progress != nil {
		o.Progress(sum)
	}
	return sum, nil
}
