package ner

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	evalner "github.com/sitrep/sitrep/internal/eval/ner"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/shared"
)

// tinyGazetteer is a hand-made gazetteer for tests.
func tinyGazetteer() *Gazetteer {
	g := &Gazetteer{}
	g.Lists[listCountry] = []string{"Freedonia", "Sylvania"}
	g.Lists[listDemonym] = []string{"Freedonian", "Sylvanian"}
	g.Lists[listCity] = []string{"Port Lotus"}
	g.Lists[listTitle] = []string{"minister", "president"}
	g.Lists[listOrgCue] = []string{"ministry", "council"}
	g.Lists[listNatural] = []string{"river"}
	g.Lists[listFacility] = []string{"airport"}
	g.Lists[listRegion] = []string{"Middle East"}
	g.index()
	return g
}

// ex builds an example from "word/TYPE word/TYPE-cont word" notation:
// "Rufus/PERSON T./PERSON+" marks a two-word PERSON, "+" continuing it.
func ex(s string) Example {
	var e Example
	for i, tok := range strings.Fields(s) {
		w, typ, _ := strings.Cut(tok, "/")
		e.Words = append(e.Words, w)
		switch {
		case typ == "":
		case strings.HasSuffix(typ, "+"):
			e.Mentions[len(e.Mentions)-1].End = i + 1
		default:
			e.Mentions = append(e.Mentions, Mention{Start: i, End: i + 1, Type: typ})
		}
	}
	return e
}

var tinyTrain = []Example{
	ex("Rufus/PERSON Firefly/PERSON+ visited Freedonia/GPE on Monday ."),
	ex("The Freedonian/NORP Foreign/ORG Ministry/ORG+ summoned the Sylvanian/NORP envoy ."),
	ex("Trentino/PERSON met Rufus/PERSON Firefly/PERSON+ in Port/GPE Lotus/GPE+ ."),
	ex("The Sylvania/GPE Defense/ORG Council/ORG+ said Sylvanian/NORP troops crossed the Lotus/GPE River/GPE+ ."),
	ex("Minister Vera/PERSON Marcus/PERSON+ flew from Port/GPE Lotus/GPE+ Airport/GPE+ to Freedonia/GPE ."),
	ex("Freedonian/NORP officials said the Middle/GPE East/GPE+ talks failed ."),
	ex("Chicolini/PERSON told the Freedonia/GPE Peace/ORG Council/ORG+ nothing ."),
	ex("President Rufus/PERSON Firefly/PERSON+ declared war on Sylvania/GPE ."),
}

func trainTiny(t testing.TB) *Model {
	t.Helper()
	m, err := Train(context.Background(), tinyTrain, tinyGazetteer(), TrainOptions{Iters: 10, MinCount: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func mentionStrings(words []string, ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, strings.Join(words[m.Start:m.End], " ")+"/"+m.Type)
	}
	return out
}

func TestTrainTiny(t *testing.T) {
	m := trainTiny(t)
	// The training sentences are learned, with LOC and FAC from Refine.
	words := strings.Fields("Minister Vera Marcus flew from Port Lotus Airport to Freedonia .")
	got := mentionStrings(words, m.Recognize(words))
	want := []string{"Vera Marcus/PERSON", "Port Lotus Airport/FAC", "Freedonia/GPE"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	words = strings.Fields("Freedonian officials said the Middle East talks failed .")
	got = mentionStrings(words, m.Recognize(words))
	want = []string{"Freedonian/NORP", "Middle East/LOC"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if m.Recognize(nil) != nil {
		t.Error("Recognize(nil) not nil")
	}
}

func TestTrainNoData(t *testing.T) {
	if _, err := Train(context.Background(), nil, nil, TrainOptions{}, nil); !errors.Is(err, ErrNoData) {
		t.Errorf("err %v, want ErrNoData", err)
	}
}

func TestModelRoundTrip(t *testing.T) {
	m := trainTiny(t)
	b, err := m.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	b2, err := m2.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Error("model file changed in a load/write round trip")
	}
	if !reflect.DeepEqual(m.Meta, m2.Meta) || !reflect.DeepEqual(m.Gaz.Lists, m2.Gaz.Lists) {
		t.Error("metadata or gazetteer changed in a round trip")
	}
	for _, e := range tinyTrain {
		if a, b := m.Recognize(e.Words), m2.Recognize(e.Words); !reflect.DeepEqual(a, b) {
			t.Errorf("%v: %v before, %v after the round trip", e.Words, a, b)
		}
	}
}

func TestRetrainByteIdentical(t *testing.T) {
	a, _ := trainTiny(t).Bytes()
	b, _ := trainTiny(t).Bytes()
	if !bytes.Equal(a, b) {
		t.Error("retraining on the same data gave a different model file")
	}
	m, err := Train(context.Background(), tinyTrain, tinyGazetteer(), TrainOptions{Iters: 10, MinCount: 1, Seed: 7}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := m.Bytes(); bytes.Equal(a, c) {
		t.Error("a different seed gave the same file; is the seed recorded?")
	}
}

func TestLoadRejects(t *testing.T) {
	good, _ := trainTiny(t).Bytes()
	for name, b := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("hello"),
		"truncated": good[:len(good)/2],
	} {
		if _, err := Load(bytes.NewReader(b)); err == nil {
			t.Errorf("%s: Load accepted it", name)
		}
	}
}

func TestWords(t *testing.T) {
	text := "Kim Hong - kyun and Yoon Suk-yeol, “Ünal”-led."
	var toks []doc.Token
	// Tokens as a UD-style tokenizer gives them: "Suk-yeol" split.
	for _, s := range [][2]int{{0, 3}, {4, 8}, {9, 10}, {11, 15}, {16, 19}, {20, 24}, {25, 28}, {28, 29}, {29, 33}, {33, 34}} {
		toks = append(toks, doc.Token{Span: doc.Span{Start: s[0], End: s[1]}})
	}
	words, spans := Words(text, toks, nil, nil)
	want := []string{"Kim", "Hong", "-", "kyun", "and", "Yoon", "Suk-yeol", ","}
	if !reflect.DeepEqual(words, want) {
		t.Fatalf("words %q, want %q", words, want)
	}
	if spans[6] != (doc.Span{Start: 25, End: 33}) {
		t.Errorf("Suk-yeol span %v", spans[6])
	}
	// Norm is read when set.
	toks = []doc.Token{{Span: doc.Span{Start: 35, End: 43}, Norm: `"Ünal"`}}
	if words, _ := Words(text, toks, nil, nil); words[0] != `"Ünal"` {
		t.Errorf("norm not used: %q", words)
	}
}

func TestProcess(t *testing.T) {
	r := New(trainTiny(t))
	text := "Minister Vera Marcus flew from Port Lotus Airport to Freedonia.\nRufus Firefly declared war on Sylvania."
	d := evalner.Tokenize(text, false)
	if err := r.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range d.Entities {
		if d.Slice(e.Span) != e.Text {
			t.Errorf("text %q, span %q", e.Text, d.Slice(e.Span))
		}
		got = append(got, e.Text+"/"+e.Type)
	}
	want := []string{"Vera Marcus/PERSON", "Port Lotus Airport/FAC", "Freedonia/GPE", "Rufus Firefly/PERSON", "Sylvania/GPE"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// Running again replaces the layer.
	if err := r.Process(context.Background(), d); err != nil || len(d.Entities) != len(want) {
		t.Errorf("second run: %v, %d entities", err, len(d.Entities))
	}
}

func TestConvertGMB(t *testing.T) {
	g := tinyGazetteer()
	s := GMBSentence{
		Tokens: strings.Fields("President Rufus Firefly and Mr. Marcus met South Sylvanian envoys in Freedonia on Monday ; General Vera Marcus of Sylvania and Secretary of State said Freedonian"),
		Tags:   strings.Fields("B-per I-per I-per O B-per I-per O O B-gpe O O B-geo O B-tim O B-org I-org I-org O B-geo O B-org I-org I-org O B-gpe"),
	}
	e := ConvertGMB(s, g)
	got := mentionStrings(e.Words, e.Mentions)
	want := []string{"Rufus Firefly/PERSON", "Marcus/PERSON", "South Sylvanian/NORP", "Freedonia/GPE", "Vera Marcus/PERSON", "Sylvania/GPE", "Freedonian/NORP"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	// gpe on a country name is GPE.
	e = ConvertGMB(GMBSentence{Tokens: []string{"Sylvania", "votes"}, Tags: []string{"B-gpe", "O"}}, g)
	if len(e.Mentions) != 1 || e.Mentions[0].Type != "GPE" {
		t.Errorf("gpe country: %v", e.Mentions)
	}
}

func TestSplitOf(t *testing.T) {
	for id, want := range map[int]Part{1: PartTrain, 800: PartTrain, 801: PartDev, 900: PartDev, 901: PartTest, 1000: PartTest, 1001: PartTrain, 47959: PartTest} {
		if got := SplitOf(id); got != want {
			t.Errorf("SplitOf(%d) = %v, want %v", id, got, want)
		}
	}
}

func TestParseGMB(t *testing.T) {
	in := `{"id": "1", "tokens": ["Kim", "spoke"], "pos": ["NNP", "VBD"], "tags": ["B-per", "O"]}` + "\n\n"
	got, err := ParseGMB(strings.NewReader(in))
	if err != nil || len(got) != 1 || got[0].ID != 1 || got[0].Tags[0] != "B-per" {
		t.Fatalf("got %+v, %v", got, err)
	}
	for _, bad := range []string{`{"id": "x", "tokens": [], "tags": []}`, `{"id": "1", "tokens": ["a"], "tags": []}`, `{`} {
		if _, err := ParseGMB(strings.NewReader(bad)); !errors.Is(err, ErrBadData) {
			t.Errorf("%s: err %v, want ErrBadData", bad, err)
		}
	}
}

func FuzzParseGMB(f *testing.F) {
	f.Add(`{"id": "1", "tokens": ["Kim"], "tags": ["B-per"]}`)
	f.Add(`{"id": "2", "tokens": ["a", "b"], "tags": ["I-x", "B-"]}`)
	f.Fuzz(func(t *testing.T, s string) {
		sents, err := ParseGMB(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, x := range sents {
			e := ConvertGMB(x, tinyGazetteer())
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(e.Words) || m.Start >= m.End {
					t.Fatalf("bad mention %+v of %d words", m, len(e.Words))
				}
			}
		}
	})
}

func TestSpecAndRegister(t *testing.T) {
	s := Spec()
	if s.Name != "ner/v1" || !reflect.DeepEqual(s.Requires, []doc.Layer{doc.LayerTokens}) || !reflect.DeepEqual(s.Assigns, []doc.Layer{doc.LayerEntities}) {
		t.Errorf("spec %+v", s)
	}
	if len(s.Models["ner"]) != 64 {
		t.Errorf("model checksum %q", s.Models["ner"])
	}
	r := pipeline.NewRegistry()
	if err := Register(r); err != nil {
		t.Fatal(err)
	}
	if err := Register(r); !errors.Is(err, pipeline.ErrDuplicate) {
		t.Errorf("second Register: %v", err)
	}
}

// TestGMBBar checks issue 3's bar with the shipped model: entity F1 >= 0.85
// on the GMB test part.
func TestGMBBar(t *testing.T) {
	path := shared.Path(t, GMBFile)
	if testing.Short() {
		t.Skip("skipping the GMB bar in -short mode")
	}
	m := shippedOrSkip(t)
	sents, err := ReadGMB(path)
	if err != nil {
		t.Fatal(err)
	}
	var sc evalner.Scorer
	spans := func(ms []Mention) []evalner.Span {
		var out []evalner.Span
		for _, x := range ms {
			out = append(out, evalner.Span{Start: x.Start, End: x.End, Type: x.Type})
		}
		return out
	}
	for _, s := range sents {
		if SplitOf(s.ID) != PartTest {
			continue
		}
		e := ConvertGMB(s, m.Gaz)
		sc.Add(spans(m.Refine(e.Words, e.Mentions)), spans(m.Recognize(s.Tokens)))
	}
	r := sc.Result()
	t.Logf("GMB test: P %.4f R %.4f F1 %.4f (%d gold entities)", r.Precision, r.Recall, r.F1, r.Gold)
	if r.F1 < 0.85 {
		t.Errorf("GMB test F1 %.4f, want >= 0.85", r.F1)
	}
}

func TestShippedModelMeta(t *testing.T) {
	m := shippedOrSkip(t)
	if m.Meta.Format != formatVersion || m.Meta.Data[GMBFile] == "" || !strings.Contains(m.Meta.Split, "dev") {
		t.Errorf("meta %+v", m.Meta)
	}
	if len(m.Gaz.Phrases("country")) < 200 || !m.Gaz.Has("demonym", "South Korean") || !m.Gaz.Has("title", "ambassador") {
		t.Error("shipped gazetteer lacks countries, demonyms or titles")
	}
}

// BenchmarkNER measures Recognize on the seed article's sentences (or on
// hand-written ones without ../shared), reporting tokens per second.
func BenchmarkNER(b *testing.B) {
	m := shippedOrSkip(b)
	text := strings.Repeat("Chilean Deputy Foreign Minister Ana Rojas met Argentine Ambassador Pablo Ferrer in Santiago on Monday to protest the seizure of two fishing boats .\n"+
		"The United Nations said observers from the World Food Programme would travel to Ushuaia and the Beagle Channel next week .\n", 20)
	if dir, err := shared.DataDir(); err == nil {
		if bs, err := readFile(filepath.Join(filepath.Dir(dir), "examples", "seoul-summons-ambassador.txt")); err == nil {
			text = bs
		}
	}
	d := evalner.Tokenize(text, false)
	var sents [][]string
	words, _ := Words(d.Text, nil, nil, nil)
	for lo := 0; lo < len(d.Tokens); {
		hi := lo + 1
		for hi < len(d.Tokens) && d.Tokens[hi].Sentence == d.Tokens[lo].Sentence {
			hi++
		}
		words, _ = Words(d.Text, d.Tokens[lo:hi], nil, nil)
		sents = append(sents, words)
		lo = hi
	}
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			m.Recognize(s)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func readFile(path string) (string, error) {
	b, err := os.ReadFile(path)
	return string(b), err
}

func TestRefine(t *testing.T) {
	m := newModel(Classes)
	m.Gaz = tinyGazetteer()
	tests := []struct {
		words string
		in    Mention
		want  []Mention
	}{
		{"North - Koreans", Mention{0, 2, "GPE"}, []Mention{{0, 1, "GPE"}}},
		{"Vice Minister of Foreign Affairs Kim Hong-kyun", Mention{0, 7, "PERSON"}, []Mention{{5, 7, "PERSON"}}},
		{"Secretary of State", Mention{0, 3, "PERSON"}, nil},
		{"the Lotus River", Mention{1, 3, "GPE"}, []Mention{{1, 3, "LOC"}}},
		{"Mount Lotus", Mention{0, 2, "GPE"}, []Mention{{0, 2, "LOC"}}},
		{"Middle East", Mention{0, 2, "GPE"}, []Mention{{0, 2, "LOC"}}},
		{"Port Lotus Airport", Mention{0, 3, "GPE"}, []Mention{{0, 3, "FAC"}}},
		{"Lotus Airport", Mention{0, 2, "ART"}, []Mention{{0, 2, "FAC"}}},
		{"River", Mention{0, 1, "GPE"}, []Mention{{0, 1, "GPE"}}},
		{"Freedonia Council", Mention{0, 2, "ORG"}, []Mention{{0, 2, "ORG"}}},
		{"( )", Mention{0, 2, "ORG"}, nil},
	}
	for _, tc := range tests {
		got := m.Refine(strings.Fields(tc.words), []Mention{tc.in})
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Refine(%q, %v) = %v, want %v", tc.words, tc.in, got, tc.want)
		}
	}
}
