package parse

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/conllu"
	"github.com/sitrep/sitrep/internal/eval/ud"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/tag"
)

// The bar of issue 3: LAS on EWT test, gold tokenization, tags predicted
// by the shipped tagger.
const lasBar = 0.820

// ewtTagged reads an EWT file from ../shared and replaces its tags with
// those of the shipped tagger; it skips the test when the data is absent.
func ewtTagged(tb testing.TB, file string) []*conllu.Sentence {
	tb.Helper()
	path := shared.Path(tb, filepath.Join("ud_english_ewt", file))
	sents, err := conllu.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	tm, err := tag.Shipped()
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]*conllu.Sentence, len(sents))
	for i, s := range sents {
		c := *s
		c.Tokens = append([]conllu.Token(nil), s.Tokens...)
		words := make([]string, len(c.Tokens))
		for j, t := range c.Tokens {
			words[j] = t.Form
		}
		upos, xpos := tm.TagPOS(words)
		for j := range c.Tokens {
			c.Tokens[j].UPOS, c.Tokens[j].XPOS = upos[j], xpos[j]
		}
		out[i] = &c
	}
	return out
}

var shippedOnce = sync.OnceValues(Shipped)

func TestShippedModelOnEWTTest(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: parses EWT test")
	}
	gold := ewtTagged(t, "en_ewt-ud-test.conllu")
	m, err := shippedOnce()
	if err != nil {
		t.Fatal(err)
	}
	sys := make([]*conllu.Sentence, len(gold))
	for i, s := range gold {
		c := *s
		c.Tokens = append([]conllu.Token(nil), s.Tokens...)
		words := make([]Word, len(c.Tokens))
		for j, tk := range c.Tokens {
			words[j] = Word{Form: tk.Form, UPOS: tk.UPOS, XPOS: tk.XPOS}
		}
		tr := m.Parse(words)
		checkWellFormed(t, tr, len(words), m.Labels())
		for j := range c.Tokens {
			c.Tokens[j].Head, c.Tokens[j].Deprel = tr.Heads[j]+1, tr.Deps[j]
		}
		sys[i] = &c
	}
	// gold has the tagger's tags too, so only the trees are compared here.
	sc, err := ud.Score(ud.FromCoNLLU(goldTrees(t)), ud.FromCoNLLU(sys))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("EWT test, predicted tags: UAS %.4f LAS %.4f (full relations %.4f), %d words",
		sc.UAS.F1(), sc.LAS.F1(), sc.LASFull.F1(), sc.Words.Gold)
	if sc.LAS.F1() < lasBar {
		t.Errorf("LAS %.4f below the bar %.3f", sc.LAS.F1(), lasBar)
	}
}

func goldTrees(tb testing.TB) []*conllu.Sentence {
	sents, err := conllu.ReadFile(shared.Path(tb, filepath.Join("ud_english_ewt", "en_ewt-ud-test.conllu")))
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}

func TestShippedModelFile(t *testing.T) {
	m, err := shippedOnce()
	if err != nil {
		t.Fatal(err)
	}
	meta := m.Meta()
	if meta.Format != fileFormat || meta.FeatureSet != featureSet || len(meta.DataSHA256) != 64 {
		t.Errorf("shipped model meta = %+v", meta)
	}
	if Spec().Models[ModelName] != m.SHA256() {
		t.Errorf("Spec checksum %s, model %s", Spec().Models[ModelName], m.SHA256())
	}
	words := []Word{{"Troops", "NOUN", "NNS"}}
	checkWellFormed(t, m.Parse(words), 1, m.Labels())
}

// BenchmarkParse parses EWT dev with the shipped model and the shipped
// tagger's tags (tagging is not timed); without ../shared it parses the
// tiny test sentences.
func BenchmarkParse(b *testing.B) {
	m, err := shippedOnce()
	if err != nil {
		b.Fatal(err)
	}
	var sents [][]Word
	if dir, err := shared.DataDir(); err == nil && dir != "" {
		for _, s := range ewtTagged(b, "en_ewt-ud-dev.conllu") {
			sents = append(sents, FromCoNLLU(s).Words)
		}
	} else {
		for _, ex := range tinyExamples(b) {
			sents = append(sents, ex.Words)
		}
	}
	words := 0
	for _, s := range sents {
		words += len(s)
	}
	heads, deps := make([]int, 1024), make([]string, 1024)
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			m.ParseInto(s, heads, deps)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
