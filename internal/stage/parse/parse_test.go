package parse

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/conllu"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
)

// tinyExamples reads testdata/tiny.conllu, ten hand-written sentences.
func tinyExamples(t testing.TB) []Example {
	t.Helper()
	sents, err := conllu.ReadFile("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	exs := make([]Example, len(sents))
	for i, s := range sents {
		exs[i] = FromCoNLLU(s)
	}
	return exs
}

var tinyOpts = Options{Iters: 10, Prune: -1}

// tinyModel is a parser trained on the tiny sentences, shared by the tests.
var tinyModel = sync.OnceValues(func() (*Model, error) {
	sents, err := conllu.ReadFile("testdata/tiny.conllu")
	if err != nil {
		return nil, err
	}
	exs := make([]Example, len(sents))
	for i, s := range sents {
		exs[i] = FromCoNLLU(s)
	}
	return Train(context.Background(), exs, tinyOpts, nil)
})

func mustTiny(t testing.TB) *Model {
	t.Helper()
	m, err := tinyModel()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainParsesTrainingSentences(t *testing.T) {
	m := mustTiny(t)
	exs := tinyExamples(t)
	uas, las := Score(m, exs)
	if uas != 1 || las != 1 {
		for _, ex := range exs {
			got := m.Parse(ex.Words)
			for i := range ex.Words {
				if got.Heads[i] != ex.Heads[i] || got.Deps[i] != ex.Deps[i] {
					t.Logf("%s: word %d %q: got %d %s, want %d %s", text(ex), i, ex.Words[i].Form, got.Heads[i], got.Deps[i], ex.Heads[i], ex.Deps[i])
				}
			}
		}
		t.Fatalf("training sentences: UAS %.3f LAS %.3f, want 1", uas, las)
	}
	if got := m.Meta(); got.Sentences != len(exs) || got.DataSHA256 != DataSHA256(exs) || got.Options.Iters != 10 {
		t.Errorf("meta = %+v", got)
	}
}

func text(ex Example) string {
	var b strings.Builder
	for i, w := range ex.Words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.Form)
	}
	return b.String()
}

func TestParsesUnseenSentence(t *testing.T) {
	m := mustTiny(t)
	words := []Word{
		{"The", "DET", "DT"}, {"police", "NOUN", "NNS"}, {"attacked", "VERB", "VBD"},
		{"the", "DET", "DT"}, {"protesters", "NOUN", "NNS"}, {".", "PUNCT", "."},
	}
	got := m.Parse(words)
	want := Tree{Heads: []int{1, 2, -1, 4, 2, 2}, Deps: []string{"det", "nsubj", "root", "det", "obj", "punct"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Parse = %v, want %v", got, want)
	}
}

// checkWellFormed fails unless t is a tree over n words.
func checkWellFormed(tb testing.TB, tr Tree, n int, labels []string) {
	tb.Helper()
	if len(tr.Heads) != n || len(tr.Deps) != n {
		tb.Fatalf("%d heads, %d relations for %d words", len(tr.Heads), len(tr.Deps), n)
	}
	if err := checkTree(tr.Heads); err != nil {
		tb.Fatalf("not a tree: %v: %v", err, tr.Heads)
	}
	for i, d := range tr.Deps {
		if (tr.Heads[i] < 0) != (d == rootRel) {
			tb.Fatalf("word %d: head %d with relation %q", i, tr.Heads[i], d)
		}
		found := false
		for _, l := range labels {
			found = found || l == d
		}
		if !found {
			tb.Fatalf("word %d: unknown relation %q", i, d)
		}
	}
}

func TestAlwaysATree(t *testing.T) {
	m := mustTiny(t)
	vocab := tinyExamples(t)
	var pool []Word
	for _, ex := range vocab {
		pool = append(pool, ex.Words...)
	}
	pool = append(pool, Word{Form: "Ω≈ç", UPOS: "X", XPOS: "FW"}, Word{}, Word{Form: "\x00\xff", UPOS: "???", XPOS: ""})
	r := rand.New(rand.NewPCG(1, 2))
	lengths := []int{0, 1, 2, 3, 300}
	for range 200 {
		lengths = append(lengths, 1+r.IntN(60))
	}
	for _, n := range lengths {
		words := make([]Word, n)
		for i := range words {
			words[i] = pool[r.IntN(len(pool))]
		}
		checkWellFormed(t, m.Parse(words), n, m.Labels())
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := mustTiny(t)
	var b1 bytes.Buffer
	if err := m.Encode(&b1); err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(b1.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if m2.SHA256() != m.SHA256() || m2.Meta().DataSHA256 != m.Meta().DataSHA256 {
		t.Errorf("checksums differ after a round trip")
	}
	var b2 bytes.Buffer
	if err := m2.Encode(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Errorf("re-encoding changed the file")
	}
	for _, ex := range tinyExamples(t) {
		if a, b := m.Parse(ex.Words), m2.Parse(ex.Words); fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%s: %v before, %v after a round trip", text(ex), a, b)
		}
	}
}

func TestTrainingIsReproducible(t *testing.T) {
	exs := tinyExamples(t)
	encode := func() []byte {
		m, err := Train(context.Background(), exs, Options{Iters: 4}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Encode(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	a, b := encode(), encode()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same data gave different model files")
	}
	m, err := Train(context.Background(), exs, Options{Iters: 4, Seed: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	m.Encode(&c)
	if bytes.Equal(a, c.Bytes()) {
		t.Error("another seed gave the same model file")
	}
}

func TestDecodeRejectsBadFiles(t *testing.T) {
	m := mustTiny(t)
	var b bytes.Buffer
	m.Encode(&b)
	good := b.Bytes()
	cases := map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("sitrep-parser\n"),
		"truncated": good[:len(good)/2],
	}
	for name, data := range cases {
		if _, err := Decode(data); !errors.Is(err, ErrModel) {
			t.Errorf("%s: err = %v, want ErrModel", name, err)
		}
	}
}

func TestTrainRejectsBadTrees(t *testing.T) {
	w := []Word{{Form: "a"}, {Form: "b"}}
	cases := map[string]Example{
		"two roots":    {Words: w, Heads: []int{-1, -1}, Deps: []string{"root", "root"}},
		"cycle":        {Words: w, Heads: []int{1, 0}, Deps: []string{"dep", "dep"}},
		"root label":   {Words: w, Heads: []int{-1, 0}, Deps: []string{"dep", "dep"}},
		"out of range": {Words: w, Heads: []int{-1, 5}, Deps: []string{"root", "dep"}},
		"short":        {Words: w, Heads: []int{-1}, Deps: []string{"root"}},
	}
	for name, ex := range cases {
		if _, err := Train(context.Background(), []Example{ex}, Options{Iters: 1}, nil); !errors.Is(err, ErrBadTree) {
			t.Errorf("%s: err = %v, want ErrBadTree", name, err)
		}
	}
	if _, err := Train(context.Background(), nil, Options{}, nil); !errors.Is(err, ErrNoData) {
		t.Errorf("no data: err = %v, want ErrNoData", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, tinyExamples(t), Options{}, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func TestProjectivize(t *testing.T) {
	// 0 -> 2 crosses 1 -> 3: "a b c d" with heads a:root, b:a, c:a, d:b.
	heads := []int{-1, 0, 0, 1}
	if n := projectivize(heads); n != 1 || fmt.Sprint(heads) != "[-1 0 0 0]" {
		t.Errorf("projectivize = %d lifts, heads %v", n, heads)
	}
	proj := []int{1, -1, 1, 2}
	if n := projectivize(proj); n != 0 {
		t.Errorf("projective tree lifted %d times", n)
	}
}

func TestOracleFollowsGoldTree(t *testing.T) {
	// Following zero-cost transitions rebuilds every projective gold tree.
	for _, ex := range tinyExamples(t) {
		n := len(ex.Words)
		labels := map[string]int16{}
		var names []string
		for _, d := range ex.Deps {
			if _, ok := labels[d]; !ok {
				labels[d] = int16(len(names))
				names = append(names, d)
			}
		}
		head, label := make([]int32, n), make([]int16, n)
		for i, h := range ex.Heads {
			if h < 0 {
				h = n
			}
			head[i], label[i] = int32(h), labels[ex.Deps[i]]
		}
		root := int(labels[rootRel])
		var st state
		var or oracle
		st.reset(n)
		or.reset(n, head, label)
		cost := make([]int32, 1+2*len(names))
		for !st.terminal() {
			if c := or.costs(&st, len(names), root, cost); c != 0 {
				t.Fatalf("%s: best cost %d", text(ex), c)
			}
			next := -1
			for c, v := range cost {
				if v == 0 {
					next = c
					break
				}
			}
			or.note(&st, next)
			st.apply(next, len(names))
		}
		for i := range n {
			if st.head[i] != head[i] || st.label[i] != label[i] {
				t.Errorf("%s: word %d got head %d label %d, want %d %d", text(ex), i, st.head[i], st.label[i], head[i], label[i])
			}
		}
	}
}

func TestStageProcess(t *testing.T) {
	m := mustTiny(t)
	src := "Troops fired. The army attacked the village."
	d := doc.New("test", src)
	type tok struct {
		form, upos, xpos string
		sent             int
	}
	toks := []tok{
		{"Troops", "NOUN", "NNS", 0}, {"fired", "VERB", "VBD", 0}, {".", "PUNCT", ".", 0},
		{"The", "DET", "DT", 1}, {"army", "NOUN", "NN", 1}, {"attacked", "VERB", "VBD", 1},
		{"the", "DET", "DT", 1}, {"village", "NOUN", "NN", 1}, {".", "PUNCT", ".", 1},
	}
	off := 0
	for i, tk := range toks {
		start := strings.Index(src[off:], tk.form) + off
		off = start + len(tk.form)
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: start, End: off}, Sentence: tk.sent, POS: tk.upos, Tag: tk.xpos, Head: -1})
		if i == 0 || toks[i-1].sent != tk.sent {
			d.Sentences = append(d.Sentences, doc.Sentence{Span: doc.Span{Start: start}, TokenStart: i})
		}
		s := &d.Sentences[len(d.Sentences)-1]
		s.End, s.TokenEnd = off, i+1
	}
	r := pipeline.NewRegistry()
	if err := r.Register(Spec(), func() (pipeline.Stage, error) { return New(m), nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Build("parse"); err == nil || !errors.Is(err, pipeline.ErrMissingLayer) {
		t.Errorf("Build without POS: err = %v, want ErrMissingLayer", err)
	}
	if err := New(m).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tk := range d.Tokens {
		got = append(got, fmt.Sprintf("%d:%s", tk.Head, tk.Dep))
	}
	want := "1:nsubj -1:root 1:punct 4:det 5:nsubj -1:root 7:det 5:obj 5:punct"
	if strings.Join(got, " ") != want {
		t.Errorf("heads = %s\nwant    %s", strings.Join(got, " "), want)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := New(m).Process(ctx, d); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func TestSpec(t *testing.T) {
	s := Spec()
	if s.Name != Name || s.Key() != "parse" || len(s.Models[ModelName]) != 64 {
		t.Errorf("Spec = %+v", s)
	}
	r := pipeline.NewRegistry()
	if err := Register(r); err != nil {
		t.Fatal(err)
	}
	if err := Register(r); !errors.Is(err, pipeline.ErrDuplicate) {
		t.Errorf("second Register: err = %v", err)
	}
}

func TestFeatureCount(t *testing.T) {
	var x sentence
	x.load([]Word{{Form: "a"}})
	var s state
	s.reset(1)
	if n := len(features(nil, &x, &s)); n > maxFeatures {
		t.Fatalf("%d features per step, at most %d fit the dense lanes", n, maxFeatures)
	}
}
