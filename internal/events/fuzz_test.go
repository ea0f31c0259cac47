package events

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzParsePatterns checks that any input either fails with an error or
// gives patterns that a lexicon accepts or refuses cleanly, and whose String
// form parses back to the same pattern.
func FuzzParsePatterns(f *testing.F) {
	f.Add("114 summon obj=ambassador|envoy\n")
	f.Add("190 n:attack against=* tgt? status=planned\n")
	f.Add("016 direct neg against=* src=speaker\n# c\n\n1056 call_for x=withdraw\n")
	f.Add("- fire obj=employee\n")
	f.Add("999 x a=b c=d\n")
	book := mustBook(f)
	f.Fuzz(func(t *testing.T, in string) {
		ps, err := ParsePatterns(strings.NewReader(in), "fuzz", "in")
		if err != nil {
			return
		}
		l := New(book)
		for _, p := range ps {
			if err := l.Add(p); err != nil {
				continue
			}
			back, err := ParsePatterns(strings.NewReader(p.String()), "fuzz", "in")
			if err != nil || len(back) != 1 || back[0].signature() != p.signature() {
				t.Errorf("%q: String %q parses to %+v (%v)", in, p.String(), back, err)
			}
			l.Match(Candidate{Lemma: p.Lemma, Noun: p.Noun, Particle: p.Particle, Objects: p.Objects, Complements: p.Complements, Negated: p.Negated})
		}
		_ = l.Checksum()
	})
}

// FuzzParseCodebook checks that the codebook reader never panics.
func FuzzParseCodebook(f *testing.F) {
	cb, _ := files.ReadFile("lexicon/codebook.txt")
	f.Add(string(cb[:2000]))
	f.Add("114 | -2 | ACCUSE | - | - | Complain\n")
	f.Add("11 | x | | | |\n")
	f.Fuzz(func(t *testing.T, in string) {
		b, err := ParseCodebook(bytes.NewReader([]byte(in)), "in")
		if err == nil {
			for _, c := range b.Codes() {
				if info, ok := b.Lookup(c); !ok || info.Quad < 1 || info.Quad > 4 {
					t.Errorf("code %s: %+v", c, info)
				}
			}
		}
	})
}

func mustBook(t testing.TB) *Codebook {
	cb, _ := files.ReadFile("lexicon/codebook.txt")
	b, err := ParseCodebook(bytes.NewReader(cb), "codebook.txt")
	if err != nil {
		t.Fatal(err)
	}
	return b
}
