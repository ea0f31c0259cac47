package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/source/file"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/store/sqlite"
)

// sentenceStage is a stand-in stage: one sentence per line, so these tests
// do not depend on the real models. It fails on text containing "FAIL".
type sentenceStage struct{ calls *atomic.Int64 }

func (s sentenceStage) Process(ctx context.Context, d *doc.Doc) error {
	s.calls.Add(1)
	if strings.Contains(d.Text, "FAIL") {
		return errors.New("cannot annotate this")
	}
	off := 0
	for _, line := range strings.SplitAfter(d.Text, "\n") {
		if strings.TrimSpace(line) != "" {
			d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: off, End: off + len(strings.TrimRight(line, "\n"))}})
		}
		off += len(line)
	}
	return nil
}

func runner(t *testing.T) (*pipeline.Runner, *atomic.Int64) {
	t.Helper()
	calls := new(atomic.Int64)
	r := pipeline.NewRegistry()
	if err := r.Register(pipeline.Spec{Name: "lines/v1", Assigns: []doc.Layer{doc.LayerSentences}}, func() (pipeline.Stage, error) {
		return sentenceStage{calls}, nil
	}); err != nil {
		t.Fatal(err)
	}
	p, err := r.Build("lines")
	if err != nil {
		t.Fatal(err)
	}
	return pipeline.NewRunner(p, nil), calls
}

func openStore(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, b := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestStoreFolderWithBadFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"one.txt":        []byte("Talks resumed in Geneva.\nBoth sides attended.\n"),
		"two.txt":        []byte("A ceasefire was announced.\n"),
		"sub/three.txt":  []byte("Observers arrived on Tuesday.\n"),
		"copy-of-1.txt":  []byte("Talks resumed in Geneva.\nBoth sides attended.\n"),
		"image.png":      {0x89, 'P', 'N', 'G', 0, 0, 0, 13},
		"latin1.txt":     []byte("Caf\xe9 talks.\n"),
		"empty.txt":      {},
		"stage-fail.txt": []byte("FAIL this one\n"),
	})
	st := openStore(t, filepath.Join(t.TempDir(), "s.db"))
	r, _ := runner(t)
	sum, err := Store(context.Background(), file.Read(context.Background(), []string{dir}, file.Options{}), r, st, Options{BatchSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 8 || sum.Stored != 4 || sum.Duplicates != 1 || sum.Failed != 3 || sum.Warned != 4 {
		t.Errorf("summary %+v", sum)
	}
	var named []string
	for _, f := range sum.Failures {
		named = append(named, filepath.Base(f.Source))
	}
	if got := strings.Join(named, ","); got != "empty.txt,image.png,latin1.txt" {
		t.Errorf("failures named %q", got)
	}
	stats, err := st.Stats(context.Background())
	if err != nil || stats.Docs != 4 {
		t.Errorf("stored %d docs (%v), want 4", stats.Docs, err)
	}
	if !strings.HasPrefix(sum.String(), "read 8, stored 4, duplicates 1, failed 3") {
		t.Errorf("summary line %q", sum)
	}
}

func TestIngestTwiceIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{"a.txt": []byte("One.\n"), "b.txt": []byte("Two.\n")})
	st := openStore(t, filepath.Join(t.TempDir(), "s.db"))
	r, _ := runner(t)
	for i, want := range []Summary{{Read: 2, Stored: 2, Warned: 2}, {Read: 2, Duplicates: 2}} {
		sum, err := Store(context.Background(), file.Read(context.Background(), []string{dir}, file.Options{}), r, st, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Read != want.Read || sum.Stored != want.Stored || sum.Duplicates != want.Duplicates || sum.Failed != want.Failed || sum.Warned != want.Warned {
			t.Errorf("run %d: %+v, want %+v", i+1, sum, want)
		}
	}
	docs, _ := st.Docs(context.Background(), store.DocFilter{})
	if len(docs) != 2 {
		t.Errorf("%d docs stored, want 2", len(docs))
	}
}

// TestCutShortRunCanBeRepeated stops a run partway (as a crash would) and
// checks that a second run stores exactly what is missing.
func TestCutShortRunCanBeRepeated(t *testing.T) {
	var items []source.Item
	for i := range 10 {
		items = append(items, source.Item{Source: "mem", Text: strings.Repeat("x", i+1) + ".\n"})
	}
	seq := func(yield func(source.Item) bool) {
		for _, it := range items {
			if !yield(it) {
				return
			}
		}
	}
	path := filepath.Join(t.TempDir(), "s.db")
	st := openStore(t, path)
	r, _ := runner(t)
	ctx, cancel := context.WithCancel(context.Background())
	// The "crash" comes after the 7th document is read: two batches of three
	// are committed, the third is open.
	stop := func(s Summary) {
		if s.Read == 7 {
			cancel()
		}
	}
	_, err := Store(ctx, seq, r, st, Options{BatchSize: 3, Workers: 1, Progress: stop})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cut-short run: %v", err)
	}
	stats, _ := st.Stats(context.Background())
	if stats.Docs != 6 {
		t.Fatalf("after the cut: %d docs, want the 6 of two committed batches", stats.Docs)
	}
	sum, err := Store(context.Background(), seq, r, st, Options{BatchSize: 3})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Stored != 4 || sum.Duplicates != 6 {
		t.Errorf("rerun %+v, want 4 stored and 6 duplicates", sum)
	}
}

func TestAnnotateKeepsOrder(t *testing.T) {
	var items []source.Item
	for i := range 200 {
		items = append(items, source.Item{Source: string(rune('a' + i%26)), Text: strings.Repeat("word ", i+1)})
	}
	seq := func(yield func(source.Item) bool) {
		for _, it := range items {
			if !yield(it) {
				return
			}
		}
	}
	r, calls := runner(t)
	i := 0
	for res := range Annotate(context.Background(), seq, r, 4) {
		if res.Doc == nil || res.Doc.Text != items[i].Text {
			t.Fatalf("result %d out of order", i)
		}
		i++
		if i == 150 {
			break
		}
	}
	if calls.Load() < 150 {
		t.Errorf("only %d calls", calls.Load())
	}
}
