package main

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/sitrep/sitrep/internal/ingest"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/source/file"
)

const benchAbout = `Measure the pipeline's speed and memory on a corpus: annotate the inputs
without storing them and report documents, sentences and tokens per second,
each stage's share of the time, and the peak heap. Use --workers 1 for
per-core numbers. Reading is done before the clock starts, so the numbers
are the pipeline's alone. Example:

  sitrep bench --workers 1 --limit 2000 ../shared/data/reuters21578/reuters21578.jsonl.gz`

// benchReport is what sitrep bench prints.
type benchReport struct {
	Docs            int                `json:"docs"`
	Failed          int                `json:"failed"`
	Sentences       int                `json:"sentences"`
	Tokens          int                `json:"tokens"`
	Bytes           int                `json:"bytes"`
	Workers         int                `json:"workers"`
	Seconds         float64            `json:"seconds"`
	DocsPerSec      float64            `json:"docs_per_sec"`
	SentencesPerSec float64            `json:"sentences_per_sec"`
	TokensPerSec    float64            `json:"tokens_per_sec"`
	StageSeconds    map[string]float64 `json:"stage_seconds"`
	PeakHeapMB      float64            `json:"peak_heap_mb"` // heap in use, sampled every 20 ms, garbage included
	ModelsHeapMB    float64            `json:"models_heap_mb"`
	GoVersion       string             `json:"go_version"`
	CPUs            int                `json:"cpus"`
}

func runBench(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "bench", "PATH...", benchAbout)
	var pf pipelineFlags
	pf.register(fs)
	limit := fs.Int("limit", 0, "annotate at most `N` documents (0: all)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("sitrep bench: name a corpus (files, folders, JSONL)")
	}
	base := heapMB()
	runner, pl, pub, err := pf.build(m)
	if err != nil {
		return err
	}
	defer pl.Close()
	var items []source.Item
	for it := range file.Read(ctx, fs.Args(), file.Options{Published: pub}) {
		if *limit > 0 && len(items) >= *limit {
			break
		}
		items = append(items, it)
	}
	// Load every model before the clock starts: stages load lazily on
	// first use in some packages.
	for res := range ingest.Annotate(ctx, func(yield func(source.Item) bool) {
		yield(source.Item{Source: "warm-up", Text: "Officials met in Geneva on Monday.\n"})
	}, runner, 1) {
		_ = res
	}
	rep := benchReport{Workers: pf.workers, StageSeconds: map[string]float64{}, GoVersion: runtime.Version(), CPUs: runtime.NumCPU()}
	rep.ModelsHeapMB = heapMB() - base
	peak := rep.ModelsHeapMB + base
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				peak = max(peak, float64(ms.HeapInuse)/(1<<20))
			}
		}
	}()
	start := time.Now()
	seq := func(yield func(source.Item) bool) {
		for _, it := range items {
			if !yield(it) {
				return
			}
		}
	}
	for res := range ingest.Annotate(ctx, seq, runner, pf.workers) {
		if res.Doc == nil {
			rep.Failed++
			continue
		}
		rep.Docs++
		rep.Sentences += len(res.Doc.Sentences)
		rep.Tokens += len(res.Doc.Tokens)
		rep.Bytes += len(res.Doc.Text)
		for _, p := range res.Doc.Provenance {
			rep.StageSeconds[p.Stage] += float64(p.Micros) / 1e6
		}
	}
	rep.Seconds = time.Since(start).Seconds()
	close(stop)
	<-done
	if err := ctx.Err(); err != nil {
		return err
	}
	rep.PeakHeapMB = peak - base
	if rep.Seconds > 0 {
		rep.DocsPerSec = float64(rep.Docs) / rep.Seconds
		rep.SentencesPerSec = float64(rep.Sentences) / rep.Seconds
		rep.TokensPerSec = float64(rep.Tokens) / rep.Seconds
	}
	if *asJSON {
		return m.printJSON(rep)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "documents\t%d (%d unreadable)\n", rep.Docs, rep.Failed)
	fmt.Fprintf(tw, "sentences\t%d\ntokens\t%d\nworkers\t%d of %d CPUs\nwall time\t%.2fs\n", rep.Sentences, rep.Tokens, rep.Workers, rep.CPUs, rep.Seconds)
	fmt.Fprintf(tw, "throughput\t%.0f docs/s, %.0f sentences/s, %.0f tokens/s\n", rep.DocsPerSec, rep.SentencesPerSec, rep.TokensPerSec)
	fmt.Fprintf(tw, "heap\t%.0f MB models, %.0f MB peak\n", rep.ModelsHeapMB, rep.PeakHeapMB)
	names := make([]string, 0, len(rep.StageSeconds))
	total := 0.0
	for n, s := range rep.StageSeconds {
		names = append(names, n)
		total += s
	}
	sort.Slice(names, func(i, j int) bool { return rep.StageSeconds[names[i]] > rep.StageSeconds[names[j]] })
	for _, n := range names {
		share := 0.0
		if total > 0 {
			share = 100 * rep.StageSeconds[n] / total
		}
		fmt.Fprintf(tw, "  %s\t%.2fs\t%.0f%%\n", n, rep.StageSeconds[n], share)
	}
	return tw.Flush()
}

// heapMB returns the live heap after a collection, so that garbage left
// by decoding models is not counted as their size.
func heapMB() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapInuse) / (1 << 20)
}
