package conllu

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

const sample = `# newdoc id = d1
# sent_id = s1
# text = They don't sleep.
1	They	they	PRON	PRP	Case=Nom|Number=Plur	4	nsubj	4:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	Mood=Ind	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	sleep	sleep	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
4.1	slept	sleep	VERB	VBD	_	_	_	4:conj	_
5	.	.	PUNCT	.	_	4	punct	4:punct	_

# sent_id = s2
# text = Go.
1	Go	go	VERB	VB	_	0	root	0:root	SpaceAfter=No
2	.	.	PUNCT	.	_	1	punct	1:punct	_
`

func TestRead(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if s.ID != "s1" || s.Text != "They don't sleep." || !s.NewDoc {
		t.Errorf("comments: %+v", s)
	}
	if len(s.Tokens) != 5 {
		t.Fatalf("got %d tokens, want 5 (empty node skipped)", len(s.Tokens))
	}
	if got := s.Tokens[3]; got.Form != "sleep" || got.Head != 0 || got.Deprel != "root" || got.SpaceAfter() {
		t.Errorf("token 4: %+v", got)
	}
	if got := s.Tokens[0]; got.Head != 4 || got.Feats != "Case=Nom|Number=Plur" || got.Misc != "" || !got.SpaceAfter() {
		t.Errorf("token 1: %+v", got)
	}
	if len(s.MultiWords) != 1 || s.MultiWords[0] != (MultiWord{First: 2, Last: 3, Form: "don't"}) {
		t.Errorf("multiwords: %+v", s.MultiWords)
	}
}

func TestRoundTrip(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, sents); err != nil {
		t.Fatal(err)
	}
	again, err := ReadAll(&buf, "again")
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != 2 || len(again[0].Tokens) != 5 || again[0].Tokens[2].Lemma != "not" || len(again[0].MultiWords) != 1 {
		t.Errorf("round trip lost data: %+v", again[0])
	}
}

func TestMalformed(t *testing.T) {
	for _, in := range []string{
		"1\tonly\tthree\n",
		"2\tskipped\t_\t_\t_\t_\t0\troot\t_\t_\n",
		"1\tx\t_\t_\t_\t_\tnope\troot\t_\t_\n",
		"3-1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n",
	} {
		if _, err := ReadAll(strings.NewReader(in), "bad"); !errors.Is(err, ErrFormat) {
			t.Errorf("%q: got %v, want ErrFormat", in, err)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadAll(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, s := range sents {
			for i, tok := range s.Tokens {
				if tok.ID != i+1 {
					t.Fatalf("token %d has id %d", i, tok.ID)
				}
			}
		}
	})
}
