package petrarch

import (
	"bufio"
	"errors"
	"os"
	"strings"
	"testing"
)

// FuzzReadVerbs: the verb reader must not panic, must fail only with
// ErrSyntax (or a line too long), and what it accepts must be well formed:
// verbs with words, patterns whose synsets exist, codes without spaces.
func FuzzReadVerbs(f *testing.F) {
	b, err := os.ReadFile("testdata/small.verbs")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	f.Add("--- A [010] ---\nA_+B {A_+BS}\n- % _*_ ^ {X|Y Z} [010:011]\n")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := ReadVerbs(strings.NewReader(text), "fuzz")
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, bufio.ErrTooLong) {
				t.Fatalf("error not ErrSyntax: %v", err)
			}
			return
		}
		// Converting what was read never panics, with or without lemmas.
		d.Convert(ConvertOptions{})
		d.Convert(ConvertOptions{
			Lemma:     func(w string, noun bool) string { return strings.TrimSuffix(w, "s") },
			FormLemma: func(w string) string { return strings.TrimSuffix(w, "ed") },
		})
		for _, fam := range d.Families {
			for _, v := range fam.Verbs {
				if len(v.Words) == 0 || v.Head < 0 || v.Head >= len(v.Words) || v.Lemma() == "" {
					t.Fatalf("bad verb %+v", v)
				}
			}
			for _, p := range fam.Patterns {
				if p.Code == "" || strings.ContainsAny(p.Code, " []") {
					t.Fatalf("bad code %q", p.Code)
				}
				for _, e := range append(append([]Elem(nil), p.Pre...), p.Post...) {
					if _, ok := d.Synsets[e.Name]; e.Kind == Synset && !ok {
						t.Fatalf("pattern refers to a missing synset %q", e.Name)
					}
					if e.Kind == Word && e.Word == "" {
						t.Fatalf("empty word in %+v", p)
					}
				}
			}
		}
	})
}
