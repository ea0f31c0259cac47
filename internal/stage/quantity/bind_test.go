package quantity

import (
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

// handDoc builds a Doc from hand-written trees, one sentence per element:
// one token per line as "form lemma UPOS XPOS head dep", head 1-based
// within the sentence and 0 for the root, as in CoNLL-U. Tokens are
// joined by single spaces, except that a form starting with "+" is
// written right after the token before it (the "+" dropped).
func handDoc(t *testing.T, sents ...string) *doc.Doc {
	t.Helper()
	var text strings.Builder
	var toks []doc.Token
	var sentences []doc.Sentence
	for si, s := range sents {
		base := len(toks)
		sentStart := text.Len()
		if si > 0 {
			text.WriteByte(' ')
			sentStart++
		}
		first := true
		for line := range strings.SplitSeq(strings.TrimSpace(s), "\n") {
			f := strings.Fields(line)
			if len(f) != 6 {
				t.Fatalf("bad tree line %q", line)
			}
			form := f[0]
			if strings.HasPrefix(form, "+") && len(form) > 1 {
				form = form[1:]
				toks[len(toks)-1].SpaceAfter = false
			} else if !first {
				text.WriteByte(' ')
			}
			first = false
			h, err := strconv.Atoi(f[4])
			if err != nil {
				t.Fatalf("bad head in %q", line)
			}
			head := -1
			if h > 0 {
				head = base + h - 1
			}
			start := text.Len()
			text.WriteString(form)
			toks = append(toks, doc.Token{Span: doc.Span{Start: start, End: text.Len()}, Sentence: si,
				Lemma: f[1], POS: f[2], Tag: f[3], Head: head, Dep: f[5], SpaceAfter: true})
		}
		sentences = append(sentences, doc.Sentence{Span: doc.Span{Start: sentStart, End: text.Len()},
			TokenStart: base, TokenEnd: len(toks)})
	}
	d := doc.New("hand", text.String())
	d.Tokens, d.Sentences = toks, sentences
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	return d
}

// brief writes a quantity as "text=value unit/kind" with "~" for approx.
func brief(q doc.Quantity) string {
	s := q.Text + "=" + strconv.FormatFloat(q.Value, 'f', -1, 64)
	if q.Approx {
		s += "~"
	}
	return s + " " + q.Unit + "/" + q.Kind
}

func briefs(qs []doc.Quantity) string {
	var out []string
	for _, q := range qs {
		out = append(out, brief(q))
	}
	return strings.Join(out, "; ")
}

// TestBindTree checks the binding rules on hand-built trees, so that they
// hold whatever the shipped parser does with the sentence.
func TestBindTree(t *testing.T) {
	tests := []struct {
		name  string
		sents []string
		want  string
	}{{
		name: "of them resolves to the troops of the sentence before",
		sents: []string{`
Pyongyang Pyongyang PROPN NNP 2 nsubj
plans plan VERB VBZ 0 root
to to PART TO 4 mark
send send VERB VB 2 xcomp
around around ADV RB 6 advmod
12,000 12000 NUM CD 7 nummod
troops troop NOUN NNS 4 obj
+. . PUNCT . 2 punct`, `
1,500 1500 NUM CD 5 nsubj:pass
of of ADP IN 3 case
them they PRON PRP 1 nmod
were be AUX VBD 5 aux:pass
transferred transfer VERB VBN 0 root
+. . PUNCT . 5 punct`},
		want: "around 12,000=12000~ troop/troops; 1,500=1500 troop/troops",
	}, {
		name: "object of killing",
		sents: []string{`
Gunmen gunman NOUN NNS 2 nsubj
attacked attack VERB VBD 0 root
the the DET DT 4 det
market market NOUN NN 2 obj
+, , PUNCT , 6 punct
killing kill VERB VBG 2 advcl
12 12 NUM CD 8 nummod
people people NOUN NNS 6 obj`},
		want: "12=12 people/killed",
	}, {
		name: "the agent of killing is not killed",
		sents: []string{`
12 12 NUM CD 2 nummod
gunmen gunman NOUN NNS 3 nsubj
killed kill VERB VBD 0 root
3 3 NUM CD 5 nummod
people people NOUN NNS 3 obj`},
		want: "12=12 gunman/troops; 3=3 people/killed",
	}, {
		name: "passive subject without a noun",
		sents: []string{`
12 12 NUM CD 3 nsubj:pass
were be AUX VBD 3 aux:pass
killed kill VERB VBN 0 root`},
		want: "12=12 killed/killed",
	}, {
		name: "the death toll rose to 40",
		sents: []string{`
The the DET DT 3 det
death death NOUN NN 3 compound
toll toll NOUN NN 4 nsubj
rose rise VERB VBD 0 root
to to ADP IN 6 case
40 40 NUM CD 4 obl`},
		want: "40=40 killed/killed",
	}, {
		name: "injury toll",
		sents: []string{`
The the DET DT 3 det
injury injury NOUN NN 3 compound
toll toll NOUN NN 4 nsubj
reached reach VERB VBD 0 root
300 300 NUM CD 4 obj`},
		want: "300=300 injured/injured",
	}, {
		name: "displaced 1 million with the scale as head",
		sents: []string{`
The the DET DT 2 det
war war NOUN NN 3 nsubj
displaced displace VERB VBD 0 root
1 1 NUM CD 5 compound
million million NUM CD 3 obj`},
		want: "1 million=1000000 displaced/displaced",
	}, {
		name: "remain missing",
		sents: []string{`
Five five NUM CD 2 nummod
people people NOUN NNS 3 nsubj
remain remain VERB VBP 0 root
missing missing ADJ JJ 3 xcomp`},
		want: "Five=5 people/missing",
	}, {
		name: "money with the currency symbol as head",
		sents: []string{`
Washington Washington PROPN NNP 2 nsubj
approved approve VERB VBD 0 root
$ $ SYM $ 2 obj
+1.5 1.5 NUM CD 5 compound
billion billion NUM CD 3 nummod`},
		want: "$1.5 billion=1500000000 USD/money",
	}, {
		name: "a noun just before names rather than counts",
		sents: []string{`
Flight flight NOUN NN 3 nsubj:pass
17 17 NUM CD 1 nummod
was be AUX VBD 4 aux:pass
downed down VERB VBN 0 root`},
		want: "",
	}, {
		name: "a number parsed onto a name climbs to its noun",
		sents: []string{`
Moscow Moscow PROPN NNP 2 nsubj
sent send VERB VBD 0 root
10,000 10000 NUM CD 5 nummod
North North PROPN NNP 5 compound
Korean Korean PROPN NNP 6 compound
troops troop NOUN NNS 2 obj`},
		want: "10,000=10000 troop/troops",
	}, {
		name: "conjoined counts keep their own verbs",
		sents: []string{`
The the DET DT 2 det
blast blast NOUN NN 3 nsubj
killed kill VERB VBD 0 root
8 8 NUM CD 3 obj
and and CCONJ CC 6 cc
wounded wound VERB VBD 3 conj
30 30 NUM CD 6 obj`},
		want: "8=8 killed/killed; 30=30 injured/injured",
	}, {
		name: "hundreds of civilians fled",
		sents: []string{`
Hundreds hundred NOUN NNS 4 nsubj
of of ADP IN 3 case
civilians civilian NOUN NNS 1 nmod
fled flee VERB VBD 0 root`},
		want: "Hundreds=200~ civilian/displaced",
	}, {
		name: "a year is not counted",
		sents: []string{`
Weapons weapon NOUN NNS 2 nsubj:pass
flowed flow VERB VBD 0 root
since since ADP IN 4 case
2023 2023 NUM CD 2 obl`},
		want: "",
	}, {
		name: "durations are the timex stage's",
		sents: []string{`
The the DET DT 2 det
war war NOUN NN 3 nsubj
lasted last VERB VBD 0 root
three three NUM CD 5 nummod
years year NOUN NNS 3 obj`},
		want: "",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := handDoc(t, tt.sents...)
			if got := briefs(Find(d)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestLinear checks the degraded mode: sentences with tokens but no tags
// or parse are bound by word order.
func TestLinear(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Pyongyang plans to send around 12,000 troops to Ukraine. 1,500 of them were already transferred.",
			"around 12,000=12000~ troop/troops; 1,500=1500 troop/troops"},
		{"Police arrested 200 protesters.", "200=200 protester/arrested"},
		{"At least 12 people were killed.", "At least 12=12~ people/killed"},
		{"The death toll rose to 40.", "40=40 killed/killed"},
		{"Dozens died.", "Dozens=24~ killed/killed"},
		{"The EU pledged €30m and $1.5 billion.", "€30m=30000000 EUR/money; $1.5 billion=1500000000 USD/money"},
		{"Between 5 and 10 ships sank.", "Between 5 and 10=5~ ship/ships"},
		{"The talks began on October 21, 2024 at 10:30.", ""},
		{"Weapons have flowed since 2023.", ""},
	}
	for _, tt := range tests {
		d := doc.New("linear", tt.text)
		d.Sentences, d.Tokens = segment.Split(tt.text)
		if got := briefs(Find(d)); got != tt.want {
			t.Errorf("%s\n got  %s\n want %s", tt.text, got, tt.want)
		}
	}
}

// TestTimexLayer checks that numbers inside time expressions are skipped
// when the timex layer is present.
func TestTimexLayer(t *testing.T) {
	text := "Russia will send 10,000 troops within 48 hours of November 1."
	d := doc.New("timex", text)
	d.Sentences, d.Tokens = segment.Split(text)
	if got := briefs(Find(d)); got != "10,000=10000 troop/troops" {
		t.Fatalf("without timexes: %s", got)
	}
	i := strings.Index(text, "10,000")
	d.Timexes = []doc.Timex{{Span: doc.Span{Start: i, End: i + len("10,000")}, Text: "10,000", Type: "DATE"}}
	if got := briefs(Find(d)); got != "" {
		t.Fatalf("with a timex over the number: %s", got)
	}
}

// TestSpansMultibyte checks byte offsets after multi-byte characters.
func TestSpansMultibyte(t *testing.T) {
	text := "Über 12,000 Soldaten — “around ₩1.2 trillion” and €30m."
	d := doc.New("mb", text)
	d.Sentences, d.Tokens = segment.Split(text)
	qs := Find(d)
	want := []string{"12,000", "around ₩1.2 trillion", "€30m"}
	if len(qs) != len(want) {
		t.Fatalf("got %s", briefs(qs))
	}
	for i, q := range qs {
		if q.Text != want[i] || d.Slice(q.Span) != want[i] {
			t.Errorf("quantity %d: text %q, span [%d,%d) covers %q; want %q", i, q.Text, q.Start, q.End, d.Slice(q.Span), want[i])
		}
	}
	if qs[1].Unit != "KRW" || qs[2].Unit != "EUR" {
		t.Errorf("units %q, %q", qs[1].Unit, qs[2].Unit)
	}
}
