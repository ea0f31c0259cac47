package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	evalner "github.com/sitrep/sitrep/internal/eval/ner"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/ner"
	"github.com/sitrep/sitrep/models"
)

// nerReport is the output of "sitrep eval ner --json": GMB held-out scores
// at the top level, re3d under "re3d".
type nerReport struct {
	evalner.Result
	Model     string      `json:"model"`
	Split     string      `json:"split"`
	Sentences int         `json:"sentences"`
	Tokens    int         `json:"tokens"`
	Re3d      *re3dReport `json:"re3d"`
}

type re3dReport struct {
	evalner.Result
	Docs    int               `json:"docs"`
	Mapping map[string]string `json:"mapping"`
	Note    string            `json:"note"`
}

// evalNER is "sitrep eval ner": exact-span entity precision, recall and F1
// of the NER model on the GMB test part and on re3d.
func evalNER(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "eval ner", "", "Score the named-entity model on the GMB held-out part (see ner.SplitOf)\n"+
		"and on re3d, exact span and type, CoNLL-style.")
	data := fs.String("data", "", "shared data folder (default: ../shared/data or $SITREP_DATA)")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	modelFile := fs.String("model", "", "model file to score (default: the shipped model)")
	part := fs.String("part", "test", "GMB part to score: test or dev")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	dir, err := shared.Or(*data)
	if err != nil {
		return err
	}
	var want ner.Part
	switch *part {
	case "test":
		want = ner.PartTest
	case "dev":
		want = ner.PartDev
	default:
		return usagef("sitrep eval ner: --part is test or dev, not %q", *part)
	}
	model, sum, err := loadNER(*modelFile)
	if err != nil {
		return err
	}

	sents, err := ner.ReadGMB(filepath.Join(dir, ner.GMBFile))
	if err != nil {
		return err
	}
	rep := nerReport{Model: sum, Split: ner.SplitDescription + "; scored: " + want.String()}
	var sc evalner.Scorer
	for i, s := range sents {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if ner.SplitOf(s.ID) != want {
			continue
		}
		ex := ner.ConvertGMB(s, model.Gaz)
		gold := model.Refine(ex.Words, ex.Mentions)
		pred := model.Recognize(s.Tokens)
		sc.Add(toSpans(gold), toSpans(pred))
		rep.Sentences++
		rep.Tokens += len(s.Tokens)
	}
	rep.Result = sc.Result()

	docs, err := evalner.ReadRe3d(filepath.Join(dir, "re3d"))
	if err != nil {
		return err
	}
	rec := ner.New(model)
	var rs evalner.Scorer
	for _, rd := range docs {
		d := evalner.Tokenize(rd.Text, false)
		if err := rec.Process(ctx, d); err != nil {
			return err
		}
		var pred []evalner.Span
		for _, e := range d.Entities {
			t := evalner.CollapseLocation(e.Type)
			if t == "PERSON" || t == "ORG" || t == "LOC" || t == "NORP" {
				pred = append(pred, evalner.Span{Start: e.Start, End: e.End, Type: t})
			}
		}
		rs.Add(rd.Entities, pred)
	}
	rep.Re3d = &re3dReport{Result: rs.Result(), Docs: len(docs), Mapping: evalner.Re3dTypes,
		Note: "gold: named mentions only, confidence >= 0.5, leading 'the' trimmed, overlaps resolved to the longest; predicted GPE/LOC/FAC scored as LOC; EVENT/ART/NAT predictions not scored"}

	if *asJSON {
		return m.printJSON(rep)
	}
	fmt.Fprintf(m.Stdout, "model %s\nGMB %s: %d sentences, %d tokens\n", sum[:12], want, rep.Sentences, rep.Tokens)
	printNER(m.Stdout, rep.Result)
	fmt.Fprintf(m.Stdout, "\nre3d: %d documents (%s)\n", len(docs), rep.Re3d.Note)
	printNER(m.Stdout, rep.Re3d.Result)
	return nil
}

func loadNER(file string) (*ner.Model, string, error) {
	if file == "" {
		model, err := ner.Shipped()
		if err != nil {
			return nil, "", err
		}
		return model, ner.Spec().Models["ner"], nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, "", fmt.Errorf("reading ner model: %w", err)
	}
	model, err := ner.Load(bytes.NewReader(b))
	if err != nil {
		return nil, "", err
	}
	return model, models.Checksum(b), nil
}

func toSpans(ms []ner.Mention) []evalner.Span {
	out := make([]evalner.Span, len(ms))
	for i, x := range ms {
		out[i] = evalner.Span{Start: x.Start, End: x.End, Type: x.Type}
	}
	return out
}

func printNER(w io.Writer, r evalner.Result) {
	fmt.Fprintf(w, "  %-7s P %.4f  R %.4f  F1 %.4f  (gold %d, predicted %d)\n", "all", r.Precision, r.Recall, r.F1, r.Gold, r.Predicted)
	types := make([]string, 0, len(r.PerType))
	for t := range r.PerType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		s := r.PerType[t]
		fmt.Fprintf(w, "  %-7s P %.4f  R %.4f  F1 %.4f  (gold %d, predicted %d)\n", t, s.Precision, s.Recall, s.F1, s.Gold, s.Predicted)
	}
}
