package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/sitrep/sitrep/internal/conllu"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/eval/ud"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/stage/parse"
	"github.com/sitrep/sitrep/internal/stage/segment"
	"github.com/sitrep/sitrep/internal/stage/tag"
)

// udReport is the output of "sitrep eval ud --json". Scores are fractions.
// The top-level scores are on gold tokenization (where F1 is accuracy);
// the raw_ ones start from the raw text.
type udReport struct {
	Split     string `json:"split"`
	Sentences int    `json:"sentences"`
	// Tokens is the number of syntactic words scored.
	Tokens  int     `json:"tokens"`
	UPOS    float64 `json:"upos"`
	XPOS    float64 `json:"xpos"`
	UAS     float64 `json:"uas"`
	LAS     float64 `json:"las"`
	LASFull float64 `json:"las_full"`
	// GoldTags scores the parser on the treebank's own tags.
	GoldTags struct {
		UAS     float64 `json:"uas"`
		LAS     float64 `json:"las"`
		LASFull float64 `json:"las_full"`
	} `json:"gold_tags"`
	RawTokens    float64           `json:"raw_tokens"`
	RawSentences float64           `json:"raw_sentences"`
	RawWords     float64           `json:"raw_words"`
	RawUPOS      float64           `json:"raw_upos"`
	RawXPOS      float64           `json:"raw_xpos"`
	RawUAS       float64           `json:"raw_uas"`
	RawLAS       float64           `json:"raw_las"`
	RawLASFull   float64           `json:"raw_las_full"`
	Models       map[string]string `json:"models"`
	Seconds      float64           `json:"seconds"`
}

// evalUD is "sitrep eval ud": tagging and parsing scores on UD English EWT
// with the CoNLL 2018 definitions, on gold tokenization and from raw text.
func evalUD(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "eval ud", "", "Score the tagger and the parser on UD English EWT the CoNLL 2018 way (internal/eval/ud):\n"+
		"on gold tokenization, and from the raw text of each document through segment, tag and parse.\n"+
		"LAS compares the universal part of relations (nsubj for nsubj:pass); LAS full compares all of it.")
	data := fs.String("data", "", "treebank folder, or the shared data folder holding ud_english_ewt (default: ../shared/data or $SITREP_DATA)")
	split := fs.String("split", "test", "part to score: test or dev")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("sitrep eval ud: unexpected argument %q", fs.Arg(0))
	}
	file := map[string]string{"test": tag.TestFile, "dev": tag.DevFile}[*split]
	if file == "" {
		return usagef("sitrep eval ud: --split must be test or dev")
	}
	dir, err := udDir(*data)
	if err != nil {
		return err
	}
	start := time.Now()
	gold, err := conllu.ReadFile(filepath.Join(dir, file))
	if err != nil {
		return err
	}
	tm, err := tag.Shipped()
	if err != nil {
		return err
	}
	pm, err := parse.Shipped()
	if err != nil {
		return err
	}
	rep := udReport{Split: *split, Sentences: len(gold),
		Models: map[string]string{tag.ModelName: tm.SHA256(), parse.ModelName: pm.SHA256()}}
	goldA := ud.FromCoNLLU(gold)

	// Gold tokenization, predicted tags, and the parser on gold tags.
	predicted := make([]*conllu.Sentence, len(gold))
	onGoldTags := make([]*conllu.Sentence, len(gold))
	var words []string
	var pw []parse.Word
	for i, s := range gold {
		if i%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		words, pw = words[:0], pw[:0]
		for _, t := range s.Tokens {
			words = append(words, t.Form)
			pw = append(pw, parse.Word{Form: t.Form, UPOS: t.UPOS, XPOS: t.XPOS})
		}
		onGoldTags[i] = withTree(s, pm.Parse(pw))
		an := tm.Tag(words)
		for j := range pw {
			pw[j].UPOS, pw[j].XPOS = an[j].UPOS, an[j].XPOS
		}
		p := withTree(s, pm.Parse(pw))
		for j := range p.Tokens {
			p.Tokens[j].UPOS, p.Tokens[j].XPOS, p.Tokens[j].Lemma = an[j].UPOS, an[j].XPOS, an[j].Lemma
		}
		predicted[i] = p
	}
	sc, err := ud.Score(goldA, ud.FromCoNLLU(predicted))
	if err != nil {
		return err
	}
	rep.Tokens = sc.Words.Gold
	rep.UPOS, rep.XPOS, rep.UAS, rep.LAS, rep.LASFull = sc.UPOS.F1(), sc.XPOS.F1(), sc.UAS.F1(), sc.LAS.F1(), sc.LASFull.F1()
	gt, err := ud.Score(goldA, ud.FromCoNLLU(onGoldTags))
	if err != nil {
		return err
	}
	rep.GoldTags.UAS, rep.GoldTags.LAS, rep.GoldTags.LASFull = gt.UAS.F1(), gt.LAS.F1(), gt.LASFull.F1()

	// Raw text: each document's text rebuilt from its "# text" lines,
	// paragraphs apart, through the pipeline.
	reg := pipeline.NewRegistry()
	for _, r := range []func(*pipeline.Registry) error{segment.Register, tag.Register, parse.Register} {
		if err := r(reg); err != nil {
			return err
		}
	}
	p, err := reg.Build("segment", "tag", "parse")
	if err != nil {
		return err
	}
	defer p.Close()
	run := pipeline.NewRunner(p, m.Log)
	sys := &ud.Analysis{}
	rawGold := &ud.Analysis{}
	for _, docSents := range udDocuments(gold) {
		d := doc.New(file, udText(docSents))
		if err := run.Run(ctx, d); err != nil {
			return fmt.Errorf("running the pipeline on %s: %w", docSents[0].ID, err)
		}
		if err := sys.AddDoc(d); err != nil {
			return err
		}
		rawGold.Add(docSents)
	}
	raw, err := ud.Score(rawGold, sys)
	if err != nil {
		return err
	}
	rep.RawTokens, rep.RawSentences, rep.RawWords = raw.Tokens.F1(), raw.Sentences.F1(), raw.Words.F1()
	rep.RawUPOS, rep.RawXPOS, rep.RawUAS, rep.RawLAS, rep.RawLASFull = raw.UPOS.F1(), raw.XPOS.F1(), raw.UAS.F1(), raw.LAS.F1(), raw.LASFull.F1()
	rep.Seconds = time.Since(start).Seconds()

	if *asJSON {
		return m.printJSON(rep)
	}
	fmt.Fprintf(m.Stdout, "UD English EWT %s: %d sentences, %d words (CoNLL 2018 scores; F1, which is accuracy on gold tokenization)\n\n", *split, len(gold), rep.Tokens)
	tw := tabwriter.NewWriter(m.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\tTokens\tSentences\tWords\tUPOS\tXPOS\tUAS\tLAS\tLAS full\t")
	pct := func(v float64) string { return fmt.Sprintf("%.2f", 100*v) }
	fmt.Fprintf(tw, "gold tokenization, predicted tags\t\t\t\t%s\t%s\t%s\t%s\t%s\t\n", pct(rep.UPOS), pct(rep.XPOS), pct(rep.UAS), pct(rep.LAS), pct(rep.LASFull))
	fmt.Fprintf(tw, "gold tokenization, gold tags\t\t\t\t\t\t%s\t%s\t%s\t\n", pct(rep.GoldTags.UAS), pct(rep.GoldTags.LAS), pct(rep.GoldTags.LASFull))
	fmt.Fprintf(tw, "raw text\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", pct(rep.RawTokens), pct(rep.RawSentences), pct(rep.RawWords), pct(rep.RawUPOS), pct(rep.RawXPOS), pct(rep.RawUAS), pct(rep.RawLAS), pct(rep.RawLASFull))
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "\nmodels: tagger %.12s, parser %.12s (%.1fs)\n", tm.SHA256(), pm.SHA256(), rep.Seconds)
	return nil
}

// withTree returns a copy of s with the heads and relations of tr.
func withTree(s *conllu.Sentence, tr parse.Tree) *conllu.Sentence {
	c := *s
	c.Tokens = append([]conllu.Token(nil), s.Tokens...)
	for j := range c.Tokens {
		c.Tokens[j].Head, c.Tokens[j].Deprel = tr.Heads[j]+1, tr.Deps[j]
	}
	return &c
}

// udDocuments splits a treebank into its documents ("# newdoc").
func udDocuments(sents []*conllu.Sentence) [][]*conllu.Sentence {
	var docs [][]*conllu.Sentence
	for i, s := range sents {
		if i == 0 || s.NewDoc {
			docs = append(docs, nil)
		}
		docs[len(docs)-1] = append(docs[len(docs)-1], s)
	}
	return docs
}

// udText rebuilds a document's raw text from its sentences' "# text"
// lines: sentences of a paragraph joined by a space, paragraphs ("#
// newpar") by a blank line.
func udText(sents []*conllu.Sentence) string {
	var b strings.Builder
	for i, s := range sents {
		switch {
		case i == 0:
		case s.NewPar:
			b.WriteString("\n\n")
		default:
			b.WriteByte(' ')
		}
		b.WriteString(s.Text)
	}
	b.WriteByte('\n')
	return b.String()
}
