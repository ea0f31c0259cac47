package tag

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/sitrep/sitrep/internal/conllu"
)

// toy reads the hand-written treebank in testdata/toy.conllu.
func toy(t testing.TB) []*conllu.Sentence {
	t.Helper()
	s, err := conllu.ReadFile("testdata/toy.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 10 {
		t.Fatalf("toy treebank: %d sentences, want 10", len(s))
	}
	return s
}

// trainToy trains a small model on the toy treebank.
func trainToy(t testing.TB) (*Model, Report) {
	t.Helper()
	sents := toy(t)
	m, rep, err := Train(context.Background(), TrainOptions{
		Options: Options{Iters: 6, SureMinCount: 3},
		Train:   sents, Dev: sents[:3],
	})
	if err != nil {
		t.Fatal(err)
	}
	return m, rep
}

func TestTrainToy(t *testing.T) {
	m, rep := trainToy(t)
	if len(rep.Iters) != 6 || rep.Best < 1 || rep.Best > 6 {
		t.Errorf("report iterations %d, best %d", len(rep.Iters), rep.Best)
	}
	if rep.Train == "" || rep.Train == rep.Dev {
		t.Errorf("checksums train %q dev %q", rep.Train, rep.Dev)
	}
	if rep.DevScores.UPOS != 1 {
		t.Errorf("dev UPOS on training sentences = %v, want 1", rep.DevScores.UPOS)
	}
	// A training sentence comes back as annotated.
	got := m.Tag([]string{"Police", "arrested", "two", "men", "in", "Dalmor", "."})
	want := []Analysis{
		{"NOUN", "NN", "police", "Number=Sing"},
		{"VERB", "VBD", "arrest", "Mood=Ind|Tense=Past|VerbForm=Fin"},
		{"NUM", "CD", "two", "NumForm=Word|NumType=Card"},
		{"NOUN", "NNS", "man", "Number=Plur"},
		{"ADP", "IN", "in", ""},
		{"PROPN", "NNP", "Dalmor", "Number=Sing"},
		{"PUNCT", ".", ".", ""},
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	// New words in a known frame: the suffixes and context decide.
	up, xp := m.TagPOS([]string{"The", "farmers", "blocked", "the", "road", "."})
	wantU := []string{"DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"}
	wantX := []string{"DT", "NNS", "VBD", "DT", "NN", "."}
	for i := range wantU {
		if up[i] != wantU[i] || xp[i] != wantX[i] {
			t.Errorf("token %d: got %s/%s, want %s/%s", i, up[i], xp[i], wantU[i], wantX[i])
		}
	}
	// Unseen words get lemmas from the suffix rules and default features.
	a := m.Tag([]string{"Farmers", "blocked", "roads", "."})
	if a[0].Lemma != "farmer" || a[1].Lemma != "block" || a[2].Lemma != "road" {
		t.Errorf("lemmas of new words: %q %q %q", a[0].Lemma, a[1].Lemma, a[2].Lemma)
	}
	if a[2].Feats != "Number=Plur" {
		t.Errorf("features of roads: %q", a[2].Feats)
	}
	if len(m.Tag(nil)) != 0 {
		t.Error("Tag(nil) is not empty")
	}
}

func TestTrainReproducible(t *testing.T) {
	m1, _ := trainToy(t)
	m2, _ := trainToy(t)
	var b1, b2 bytes.Buffer
	if err := m1.Encode(&b1); err != nil {
		t.Fatal(err)
	}
	if err := m2.Encode(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Fatal("two trainings on the same data gave different model files")
	}
	if m1.SHA256() != m2.SHA256() || len(m1.SHA256()) != 64 {
		t.Errorf("checksums %q %q", m1.SHA256(), m2.SHA256())
	}
}

func TestModelRoundTrip(t *testing.T) {
	m, _ := trainToy(t)
	var b bytes.Buffer
	if err := m.Encode(&b); err != nil {
		t.Fatal(err)
	}
	d, err := Decode(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if d.SHA256() != m.SHA256() {
		t.Errorf("checksum after decoding %s, before %s", d.SHA256(), m.SHA256())
	}
	if d.Info() != m.Info() {
		t.Errorf("info after decoding %+v, before %+v", d.Info(), m.Info())
	}
	if d.Info().Format != formatVersion || d.Info().Options.Iters != 6 || d.Info().Train == "" {
		t.Errorf("info not recorded: %+v", d.Info())
	}
	var b2 bytes.Buffer
	if err := d.Encode(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), b2.Bytes()) {
		t.Error("re-encoding a decoded model changed its bytes")
	}
	for _, s := range toy(t) {
		var words []string
		for _, tok := range s.Tokens {
			words = append(words, tok.Form)
		}
		words = append(words, "unseenword", "Zebulon")
		a, b := m.Tag(words), d.Tag(words)
		for i := range a {
			if a[i] != b[i] {
				t.Errorf("%q: decoded model says %+v, original %+v", words[i], b[i], a[i])
			}
		}
	}
	if !bytes.Equal([]byte(d.Tags()[0]), []byte(m.Tags()[0])) {
		t.Error("tag lists differ")
	}

	// Save and Load.
	path := t.TempDir() + "/m.bin.gz"
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	l, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if l.SHA256() != m.SHA256() {
		t.Error("Load gave another checksum")
	}
}

func TestDecodeErrors(t *testing.T) {
	m, _ := trainToy(t)
	var b bytes.Buffer
	if err := m.Encode(&b); err != nil {
		t.Fatal(err)
	}
	good := b.Bytes()
	raw := gunzip(t, good)
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrFormat},
		{"not gzip", []byte("hello"), ErrFormat},
		{"truncated gzip", good[:len(good)/2], ErrFormat},
		{"other magic", gzipped(t, append([]byte("NOTATAG"), raw[7:]...)), ErrFormat},
		{"future version", gzipped(t, append([]byte(magic+"\x63"), raw[len(magic)+1:]...)), ErrVersion},
		{"truncated tables", gzipped(t, raw[:len(raw)*2/3]), ErrFormat},
		{"trailing data", gzipped(t, append(append([]byte{}, raw...), 'x')), ErrFormat},
	}
	for _, c := range cases {
		if _, err := Decode(c.data); !errors.Is(err, c.want) {
			t.Errorf("%s: error %v, want %v", c.name, err, c.want)
		}
	}
}

func TestTrainErrors(t *testing.T) {
	if _, _, err := Train(context.Background(), TrainOptions{}); !errors.Is(err, ErrNoData) {
		t.Errorf("no data: %v", err)
	}
	if _, _, err := Train(context.Background(), TrainOptions{DataDir: t.TempDir()}); err == nil {
		t.Error("empty data folder: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Train(ctx, TrainOptions{Train: toy(t)}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestTrainWithoutDev(t *testing.T) {
	m, rep, err := Train(context.Background(), TrainOptions{Options: Options{Iters: 3}, Train: toy(t)})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Best != 3 || m.Info().Iter != 3 || rep.Dev != "" {
		t.Errorf("without dev data the last iteration is kept: best %d, info %+v", rep.Best, m.Info())
	}
}
