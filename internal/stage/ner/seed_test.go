package ner

import (
	"context"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/shared"
)

// tokenize is a small tokenizer for tests: words split at spaces, leading
// and trailing punctuation split off, "'s" and "’s" split, sentences at
// line breaks and at ". " before a capital. With splitHyphens it also splits
// "Hong-kyun" into "Hong" "-" "kyun", as UD EWT tokenization does.
func tokenize(text string, splitHyphens bool) *doc.Doc {
	d := doc.New("test", text)
	sent := 0
	add := func(s, e int) {
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: s, End: e}, Sentence: sent, Head: -1})
	}
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' && len(d.Tokens) > 0 && d.Tokens[len(d.Tokens)-1].Sentence == sent {
				sent++
			}
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		// word is text[i:j]; peel punctuation.
		s, e := i, j
		for s < e {
			r, n := utf8.DecodeRuneInString(text[s:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			add(s, s+n)
			s += n
		}
		var tail [][2]int
		for e > s {
			r, n := utf8.DecodeLastRuneInString(text[s:e])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			if r == '.' && e-n > s && isAbbrev(text[s:e]) {
				break
			}
			tail = append(tail, [2]int{e - n, e})
			e -= n
		}
		for _, suf := range []string{"'s", "’s"} {
			if strings.HasSuffix(text[s:e], suf) && e-len(suf) > s {
				tail = append(tail, [2]int{e - len(suf), e})
				e -= len(suf)
			}
		}
		if s < e {
			if splitHyphens {
				k := s
				for p := s; p < e; p++ {
					if text[p] == '-' && p > s && p+1 < e {
						add(k, p)
						add(p, p+1)
						k = p + 1
					}
				}
				add(k, e)
			} else {
				add(s, e)
			}
		}
		for t := len(tail) - 1; t >= 0; t-- {
			add(tail[t][0], tail[t][1])
			if text[tail[t][0]:tail[t][1]] == "." && j < len(text) {
				if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[j:], " ")); unicode.IsUpper(r) {
					sent++
				}
			}
		}
		i = j
	}
	return d
}

func isAbbrev(w string) bool {
	switch w {
	case "U.S.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "St.", "U.K.":
		return true
	}
	return false
}

func shippedOrSkip(t testing.TB) *Model {
	t.Helper()
	m, err := Shipped()
	if err != nil {
		t.Skipf("skipping: no shipped model: %v", err)
	}
	return m
}

// TestSeedArticle checks the entities issue 3 names in the seed article,
// with hyphens kept in words and split off as separate tokens.
func TestSeedArticle(t *testing.T) {
	path := shared.Example(t, "seoul-summons-ambassador.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	r := New(shippedOrSkip(t))
	want := map[string][]string{
		"Kim Hong-kyun":                 {"PERSON"},
		"Georgy Zinoviev":               {"PERSON"},
		"Yoon Suk-yeol":                 {"PERSON"},
		"National Intelligence Service": {"ORG"},
		"NIS":                           {"ORG"},
		"UN":                            {"ORG"},
		"South Korean":                  {"NORP"},
		"North Korean":                  {"NORP"},
		"Vladivostok":                   {"GPE", "LOC"},
		"Kursk":                         {"GPE", "LOC"},
		"Khabarovsk":                    {"GPE", "LOC"},
	}
	for _, split := range []bool{false, true} {
		d := tokenize(string(b), split)
		if err := r.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		got := map[string][]string{}
		for _, e := range d.Entities {
			if d.Slice(e.Span) != e.Text {
				t.Errorf("entity text %q, span covers %q", e.Text, d.Slice(e.Span))
			}
			got[e.Text] = append(got[e.Text], e.Type)
		}
		for name, types := range want {
			ok := false
			for _, g := range got[name] {
				for _, w := range types {
					ok = ok || g == w
				}
			}
			if !ok {
				t.Errorf("splitHyphens=%v: %q: got types %v, want one of %v", split, name, got[name], types)
			}
		}
		if testing.Verbose() {
			var all []string
			for _, e := range d.Entities {
				all = append(all, e.Text+"/"+e.Type)
			}
			t.Logf("splitHyphens=%v: %s", split, strings.Join(all, " | "))
		}
	}
}
