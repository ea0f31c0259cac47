package ud

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/conllu"
	"github.com/sitrep/sitrep/internal/doc"
)

func read(t *testing.T, s string) []*conllu.Sentence {
	t.Helper()
	sents, err := conllu.ReadAll(strings.NewReader(strings.ReplaceAll(s, "|", "\t")), "test")
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// Columns are separated by | for legibility.
const goldTroops = `# text = Troops crossed the border.
1|Troops|troop|NOUN|NNS|_|2|nsubj|_|_
2|crossed|cross|VERB|VBD|_|0|root|_|_
3|the|the|DET|DT|_|4|det|_|_
4|border|border|NOUN|NN|_|2|obj|_|SpaceAfter=No
5|.|.|PUNCT|.|_|2|punct|_|_

`

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestPerfectParse(t *testing.T) {
	g := FromCoNLLU(read(t, goldTroops))
	s, err := Score(g, FromCoNLLU(read(t, goldTroops)))
	if err != nil {
		t.Fatal(err)
	}
	for name, m := range map[string]Metric{"tokens": s.Tokens, "sentences": s.Sentences, "words": s.Words,
		"upos": s.UPOS, "xpos": s.XPOS, "uas": s.UAS, "las": s.LAS, "las_full": s.LASFull} {
		if m.F1() != 1 || m.Precision() != 1 || m.Recall() != 1 {
			t.Errorf("%s = %+v, want 1", name, m)
		}
	}
	if s.Words.Gold != 5 || s.Sentences.Gold != 1 {
		t.Errorf("counts: %+v", s)
	}
}

func TestOneWrongHeadAndLabels(t *testing.T) {
	g := FromCoNLLU(read(t, goldTroops))
	// "the" attached to "crossed"; "border" obj -> obl; "Troops" nsubj ->
	// nsubj:pass (same universal relation); "crossed" tagged NOUN.
	sys := strings.NewReplacer(
		"3|the|the|DET|DT|_|4|det", "3|the|the|DET|DT|_|2|det",
		"4|border|border|NOUN|NN|_|2|obj", "4|border|border|NOUN|NN|_|2|obl",
		"1|Troops|troop|NOUN|NNS|_|2|nsubj|", "1|Troops|troop|NOUN|NNS|_|2|nsubj:pass|",
		"2|crossed|cross|VERB|VBD", "2|crossed|cross|NOUN|VBD",
	).Replace(goldTroops)
	s, err := Score(g, FromCoNLLU(read(t, sys)))
	if err != nil {
		t.Fatal(err)
	}
	checks := map[string][2]float64{
		"uas":      {s.UAS.F1(), 4.0 / 5},
		"las":      {s.LAS.F1(), 3.0 / 5}, // the (head), border (label)
		"las_full": {s.LASFull.F1(), 2.0 / 5},
		"upos":     {s.UPOS.F1(), 4.0 / 5},
		"xpos":     {s.XPOS.F1(), 1},
		"words":    {s.Words.F1(), 1},
	}
	for name, c := range checks {
		if !near(c[0], c[1]) {
			t.Errorf("%s = %.4f, want %.4f", name, c[0], c[1])
		}
	}
}

const goldDont = `# text = I don't know.
1|I|I|PRON|PRP|_|4|nsubj|_|_
2-3|don't|_|_|_|_|_|_|_|_
2|do|do|AUX|VBP|_|4|aux|_|_
3|n't|not|PART|RB|_|4|advmod|_|_
4|know|know|VERB|VB|_|0|root|_|SpaceAfter=No
5|.|.|PUNCT|.|_|4|punct|_|_

# text = Go.
1|Go|go|VERB|VB|_|0|root|_|SpaceAfter=No
2|.|.|PUNCT|.|_|1|punct|_|_

`

// sysDoc builds an annotated Doc: tokens are found in order in text;
// sentences[i] is the index of the first token of sentence i.
func sysDoc(t *testing.T, text string, forms []string, heads []int, deps []string, sentences []int) *doc.Doc {
	t.Helper()
	d := doc.New("sys", text)
	off := 0
	for i, f := range forms {
		j := strings.Index(text[off:], f)
		if j < 0 {
			t.Fatalf("token %q not in %q after %d", f, text, off)
		}
		start := off + j
		off = start + len(f)
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: start, End: off}, Head: heads[i], Dep: deps[i]})
	}
	for k, first := range sentences {
		last := len(forms)
		if k+1 < len(sentences) {
			last = sentences[k+1]
		}
		d.Sentences = append(d.Sentences, doc.Sentence{
			Span:       doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[last-1].End},
			TokenStart: first, TokenEnd: last,
		})
	}
	return d
}

func TestRawTextMultiWordToken(t *testing.T) {
	g := FromCoNLLU(read(t, goldDont))
	// The system splits "don't" into two tokens, finds both sentences and
	// attaches "do" wrongly.
	d := sysDoc(t, "I don't know.\n\nGo.",
		[]string{"I", "do", "n't", "know", ".", "Go", "."},
		[]int{3, 0, 3, -1, 3, -1, 5},
		[]string{"nsubj", "aux", "advmod", "root", "punct", "root", "punct"},
		[]int{0, 5})
	sys := &Analysis{}
	if err := sys.AddDoc(d); err != nil {
		t.Fatal(err)
	}
	s, err := Score(g, sys)
	if err != nil {
		t.Fatal(err)
	}
	// Gold tokens: I, don't, know, ., Go, . (6); system: 7; shared: 5.
	if s.Tokens != (Metric{Gold: 6, System: 7, Correct: 5}) {
		t.Errorf("tokens = %+v", s.Tokens)
	}
	if s.Sentences != (Metric{Gold: 2, System: 2, Correct: 2}) {
		t.Errorf("sentences = %+v", s.Sentences)
	}
	if s.Words != (Metric{Gold: 7, System: 7, Correct: 7}) {
		t.Errorf("words = %+v", s.Words)
	}
	if s.UAS.Correct != 6 || s.LAS.Correct != 6 {
		t.Errorf("uas %+v las %+v, want 6 correct", s.UAS, s.LAS)
	}
}

func TestRawTextMisaligned(t *testing.T) {
	gold := `# text = Send an e-mail now.
1|Send|send|VERB|VB|_|0|root|_|_
2|an|a|DET|DT|_|3|det|_|_
3|e-mail|e-mail|NOUN|NN|_|1|obj|_|_
4|now|now|ADV|RB|_|1|advmod|_|SpaceAfter=No
5|.|.|PUNCT|.|_|1|punct|_|_

`
	g := FromCoNLLU(read(t, gold))
	// The system splits e-mail in three and the text in two sentences
	// after "e"; "now" hangs from "mail", which is aligned to nothing.
	d := sysDoc(t, "Send an e-mail now.",
		[]string{"Send", "an", "e", "-", "mail", "now", "."},
		[]int{-1, 4, 0, 4, -1, 4, 4},
		[]string{"root", "det", "obj", "punct", "root", "advmod", "punct"},
		[]int{0, 3})
	sys := &Analysis{}
	if err := sys.AddDoc(d); err != nil {
		t.Fatal(err)
	}
	s, err := Score(g, sys)
	if err != nil {
		t.Fatal(err)
	}
	if s.Tokens != (Metric{Gold: 5, System: 7, Correct: 4}) {
		t.Errorf("tokens = %+v", s.Tokens)
	}
	if s.Sentences != (Metric{Gold: 1, System: 2, Correct: 0}) {
		t.Errorf("sentences = %+v", s.Sentences)
	}
	if s.Words != (Metric{Gold: 5, System: 7, Correct: 4}) {
		t.Errorf("words = %+v", s.Words)
	}
	// Aligned: Send (root, right), an (head "mail" unaligned: wrong), now
	// (head unaligned: wrong), . (wrong).
	if s.UAS != (Metric{Gold: 5, System: 7, Correct: 1}) {
		t.Errorf("uas = %+v", s.UAS)
	}
	if !near(s.UAS.F1(), 2.0/12) || !near(s.UAS.Precision(), 1.0/7) || !near(s.UAS.Recall(), 1.0/5) {
		t.Errorf("uas p/r/f = %.4f %.4f %.4f", s.UAS.Precision(), s.UAS.Recall(), s.UAS.F1())
	}
}

func TestAddDocCountsCharactersNotBytes(t *testing.T) {
	d := sysDoc(t, "  Şeful   NATO-ului\tvine. ", []string{"Şeful", "NATO-ului", "vine", "."},
		[]int{2, 2, -1, 2}, []string{"nsubj", "obj", "root", "punct"}, []int{0})
	a := &Analysis{}
	if err := a.AddDoc(d); err != nil {
		t.Fatal(err)
	}
	want := []Span{{0, 5}, {5, 14}, {14, 18}, {18, 19}}
	for i, sp := range a.Tokens {
		if sp != want[i] {
			t.Errorf("token %d span %v, want %v", i, sp, want[i])
		}
	}
	if string(a.Chars) != "ŞefulNATO-uluivine." {
		t.Errorf("chars = %q", string(a.Chars))
	}
	if a.Sentences[0] != (Span{0, 19}) || a.Words[0].Head != 2 || a.Words[2].Head != -1 {
		t.Errorf("sentences %v words %+v", a.Sentences, a.Words)
	}
}

func TestTextMismatch(t *testing.T) {
	g := FromCoNLLU(read(t, goldTroops))
	d := sysDoc(t, "Troops crossed a border.", []string{"Troops", "crossed", "a", "border", "."},
		[]int{1, -1, 3, 1, 1}, []string{"nsubj", "root", "det", "obj", "punct"}, []int{0})
	sys := &Analysis{}
	if err := sys.AddDoc(d); err != nil {
		t.Fatal(err)
	}
	if _, err := Score(g, sys); !errors.Is(err, ErrTextMismatch) {
		t.Errorf("err = %v, want ErrTextMismatch", err)
	}
}
