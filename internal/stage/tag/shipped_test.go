package tag_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/conllu"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/tag"
)

func shipped(t testing.TB) *tag.Model {
	t.Helper()
	m, err := tag.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestShippedModelInfo(t *testing.T) {
	m := shipped(t)
	if m2, _ := tag.Shipped(); m2 != m {
		t.Error("Shipped decoded the model twice")
	}
	info := m.Info()
	if len(info.Train) != 64 || len(info.Dev) != 64 || info.Iter < 1 || info.TrainTokens < 200000 {
		t.Errorf("shipped model info: %+v", info)
	}
	if info.DevUPOS < 0.94 {
		t.Errorf("shipped model dev UPOS %.4f", info.DevUPOS)
	}
	if m.SHA256() != tag.Spec().Models[tag.ModelName] {
		t.Errorf("model checksum %s, spec says %s", m.SHA256(), tag.Spec().Models[tag.ModelName])
	}
}

// The shipped model on sentences written for this test.
func TestShippedTags(t *testing.T) {
	m := shipped(t)
	cases := []struct {
		words, upos, xpos string
	}{
		{
			"The soldiers crossed the border on Tuesday .",
			"DET NOUN VERB DET NOUN ADP PROPN PUNCT",
			"DT NNS VBD DT NN IN NNP .",
		},
		{
			"Officials said they were worried about the missiles .",
			"NOUN VERB PRON AUX ADJ ADP DET NOUN PUNCT",
			"NNS VBD PRP VBD JJ IN DT NNS .",
		},
		{
			"She does n't want to sign the agreement .",
			"PRON AUX PART VERB PART VERB DET NOUN PUNCT",
			"PRP VBZ RB VB TO VB DT NN .",
		},
		{
			"Protesters blocked roads in 12 cities yesterday .",
			"NOUN VERB NOUN ADP NUM NOUN NOUN PUNCT",
			"NNS VBD NNS IN CD NNS NN .",
		},
	}
	for _, c := range cases {
		words := strings.Fields(c.words)
		up, xp := m.TagPOS(words)
		if got := strings.Join(up, " "); got != c.upos {
			t.Errorf("%s\n UPOS %s\n want %s", c.words, got, c.upos)
		}
		if got := strings.Join(xp, " "); got != c.xpos {
			t.Errorf("%s\n XPOS %s\n want %s", c.words, got, c.xpos)
		}
	}
}

func TestShippedLemmas(t *testing.T) {
	m := shipped(t)
	cases := []struct{ word, xpos, lemma string }{
		{"ran", "VBD", "run"},
		{"troops", "NNS", "troop"},
		{"Troops", "NNS", "troop"},
		{"better", "JJR", "good"},
		{"better", "RBR", "well"},
		{"Koreans", "NNPS", "Korean"},
		{"was", "VBD", "be"},
		{"Was", "VBD", "be"},
		{"n't", "RB", "not"},
		{"cities", "NNS", "city"},
		{"Kim", "NNP", "Kim"},
		{"negotiated", "VBN", "negotiate"},
		{"skirmishes", "NNS", "skirmish"},
		{"shelled", "VBD", "shell"},
		{"children", "NNS", "child"},
		{"word", "NOSUCHTAG", "word"},
	}
	for _, c := range cases {
		if got := m.Lemma(c.word, c.xpos); got != c.lemma {
			t.Errorf("Lemma(%q, %q) = %q, want %q", c.word, c.xpos, got, c.lemma)
		}
	}
	// In context, with features.
	a := m.Tag(strings.Fields("The soldiers were sent to Kursk ."))
	want := []tag.Analysis{
		{UPOS: "DET", XPOS: "DT", Lemma: "the", Feats: "Definite=Def|PronType=Art"},
		{UPOS: "NOUN", XPOS: "NNS", Lemma: "soldier", Feats: "Number=Plur"},
		{UPOS: "AUX", XPOS: "VBD", Lemma: "be", Feats: "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin"},
		{UPOS: "VERB", XPOS: "VBN", Lemma: "send", Feats: "Tense=Past|VerbForm=Part|Voice=Pass"},
		{UPOS: "ADP", XPOS: "IN", Lemma: "to"},
		{UPOS: "PROPN", XPOS: "NNP", Lemma: "Kursk", Feats: "Number=Sing"},
		{UPOS: "PUNCT", XPOS: ".", Lemma: "."},
	}
	for i := range want {
		if a[i] != want[i] {
			t.Errorf("token %d: got %+v\n want %+v", i, a[i], want[i])
		}
	}
}

// TestShippedEWT scores the shipped model on UD English EWT test with gold
// tokenization; it needs ../shared/data.
func TestShippedEWT(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping EWT scoring in short mode")
	}
	path := shared.Path(t, "ud_english_ewt/"+tag.TestFile)
	sents, err := conllu.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sc := tag.Evaluate(shipped(t), sents)
	t.Logf("EWT test, %d tokens: UPOS %.4f XPOS %.4f UPOS+XPOS %.4f lemma %.4f UFeats %.4f", sc.Tokens, sc.UPOS, sc.XPOS, sc.Tags, sc.Lemma, sc.Feats)
	if sc.Tokens < 25000 {
		t.Errorf("only %d tokens", sc.Tokens)
	}
	if sc.UPOS < 0.95 {
		t.Errorf("UPOS %.4f, below the bar of 0.950", sc.UPOS)
	}
	if sc.XPOS < 0.94 || sc.Lemma < 0.96 || sc.Feats < 0.92 {
		t.Errorf("XPOS %.4f lemma %.4f UFeats %.4f: lower than when the model shipped", sc.XPOS, sc.Lemma, sc.Feats)
	}
}

// tokens is a stage that assigns sentences and tokens from a fixed list.
type tokens struct{ sents [][]string }

func (s tokens) Process(_ context.Context, d *doc.Doc) error {
	off := 0
	for i, words := range s.sents {
		sent := doc.Sentence{TokenStart: len(d.Tokens)}
		for _, w := range words {
			j := strings.Index(d.Text[off:], w) + off
			d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: j, End: j + len(w)}, Sentence: i, Head: -1})
			off = j + len(w)
		}
		sent.TokenEnd = len(d.Tokens)
		sent.Span = doc.Span{Start: d.Tokens[sent.TokenStart].Start, End: d.Tokens[sent.TokenEnd-1].End}
		d.Sentences = append(d.Sentences, sent)
	}
	return nil
}

func TestStage(t *testing.T) {
	r := pipeline.NewRegistry()
	text := "Rebels shelled the town. “They fled,” she said."
	sents := [][]string{{"Rebels", "shelled", "the", "town", "."}, {"“", "They", "fled", ",", "”", "she", "said", "."}}
	if err := r.Register(pipeline.Spec{Name: "tok/v1", Assigns: []doc.Layer{doc.LayerSentences, doc.LayerTokens}},
		func() (pipeline.Stage, error) { return tokens{sents}, nil }); err != nil {
		t.Fatal(err)
	}
	if err := tag.Register(r); err != nil {
		t.Fatal(err)
	}
	if err := tag.Register(r); !errors.Is(err, pipeline.ErrDuplicate) {
		t.Errorf("registering twice: %v", err)
	}
	if _, err := r.Build("tag"); !errors.Is(err, pipeline.ErrMissingLayer) {
		t.Errorf("building without tokens: %v", err)
	}
	p, err := r.Build("tok", "tag")
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New("test", text)
	// The tokenizer's normalized quotes are what the tagger reads.
	if err := tokens(tokens{sents}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	d.Tokens[5].Norm, d.Tokens[9].Norm = `"`, `"`
	st := p.Specs()[1]
	if st.Name != tag.Name || st.Models[tag.ModelName] == "" {
		t.Errorf("spec %+v", st)
	}
	if err := tag.New(shipped(t)).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tok := range d.Tokens {
		got = append(got, tok.POS+"/"+tok.Tag+"/"+tok.Lemma)
	}
	want := "NOUN/NNS/rebel VERB/VBD/shell DET/DT/the NOUN/NN/town PUNCT/./. " +
		"PUNCT/``/\" PRON/PRP/they VERB/VBD/flee PUNCT/,/, PUNCT/''/\" PRON/PRP/she VERB/VBD/say PUNCT/./."
	if g := strings.Join(got, " "); g != want {
		t.Errorf("tagged\n %s\nwant\n %s", g, want)
	}
	if d.Tokens[1].Feats != "Mood=Ind|Tense=Past|VerbForm=Fin" && !strings.Contains(d.Tokens[1].Feats, "Tense=Past") {
		t.Errorf("features of shelled: %q", d.Tokens[1].Feats)
	}

	// The runner records the model checksum in the provenance.
	d2 := doc.New("test", text)
	if err := pipeline.NewRunner(p, nil).Run(context.Background(), d2); err != nil {
		t.Fatal(err)
	}
	if len(d2.Provenance) != 2 || d2.Provenance[1].Models[tag.ModelName] != shipped(t).SHA256() || d2.Tokens[0].POS != "NOUN" {
		t.Errorf("provenance %+v, first token %+v", d2.Provenance, d2.Tokens[0])
	}
}

func TestStageUncoveredTokens(t *testing.T) {
	d := doc.New("test", "Troops left . Then they returned")
	// A sentence covering only the middle tokens; the others are tagged as
	// sentences of their own.
	for i, sp := range [][2]int{{0, 6}, {7, 11}, {12, 13}, {14, 18}, {19, 23}, {24, 32}} {
		_ = i
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: sp[0], End: sp[1]}, Head: -1})
	}
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 14, End: 23}, TokenStart: 3, TokenEnd: 5}}
	if err := tag.New(shipped(t)).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for i, tok := range d.Tokens {
		if tok.POS == "" || tok.Tag == "" || tok.Lemma == "" {
			t.Errorf("token %d %q untagged: %+v", i, d.Slice(tok.Span), tok)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := tag.New(shipped(t)).Process(ctx, d); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestTagWords(t *testing.T) {
	a, err := tag.TagWords([]string{"Talks", "collapsed", "."})
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != 3 || a[0].UPOS != "NOUN" || a[1].Lemma != "collapse" {
		t.Errorf("TagWords: %+v", a)
	}
	if m := shipped(t); len(m.TagInto(nil, nil)) != 0 {
		t.Error("TagInto of no words appended something")
	}
	up, xp := shipped(t).TagPOS(nil)
	if len(up) != 0 || len(xp) != 0 {
		t.Error("TagPOS of no words")
	}
}

// TestShippedConstraints checks the hard constraints on news verbs and
// names the treebank cannot teach: the tag and lemma of one word.
func TestShippedConstraints(t *testing.T) {
	m := shipped(t)
	cases := []struct {
		words string
		i     int
		xpos  string // the Penn tags allowed, "|"-separated; "-" for any but a verb's
		lemma string // "" for any
	}{
		{"Congolese rebels overran an army base .", 2, "VBD", "overrun"},
		{"Taliban fighters overran a checkpoint .", 2, "VBD", "overrun"},
		{"The bank froze its assets .", 2, "VBD", "freeze"},
		{"Thousands fled the fighting .", 1, "VBD", "flee"},
		{"Syrian troops retook the town .", 2, "VBD", "retake"},
		{"Gunmen shot dead a journalist .", 1, "VBD|VBN", "shoot"},
		{"Beijing branded the leader a separatist .", 0, "-", "Beijing"},
		{"Chongqing police arrested two men .", 0, "-", ""},
		{"Following the talks , the envoy left .", 0, "VBG", ""},
		{"Demonstrators occupied government buildings in Kyiv .", 1, "VBD", "occupy"},
		{"Brazil sided with Russia in the vote .", 1, "VBD", "side"},
		{"Police broke up an opposition rally with batons .", 5, "NN", "rally"},
		{"The Dutch king apologized to Indonesia .", 3, "VBD", "apologize"},
		{"Israel 's military went on alert .", 2, "NN", "military"},
		{"The Pentagon said American and Jordanian troops carried out joint patrols .", 7, "VBD", "carry"},
		{"The airline said its chief executive resigned last week .", 6, "VBD|VBN", "resign"},
		{"Britain called on Iran to free the aid worker .", 5, "VB", "free"},
	}
	for _, c := range cases {
		words := strings.Fields(c.words)
		a := m.Tag(words)[c.i]
		ok := strings.Contains("|"+c.xpos+"|", "|"+a.XPOS+"|")
		if c.xpos == "-" {
			ok = !strings.HasPrefix(a.XPOS, "VB")
		}
		if !ok {
			t.Errorf("%s: %q tagged %s, want %s", c.words, words[c.i], a.XPOS, c.xpos)
		}
		if c.lemma != "" && a.Lemma != c.lemma {
			t.Errorf("%s: %q lemma %q, want %q", c.words, words[c.i], a.Lemma, c.lemma)
		}
	}
}
