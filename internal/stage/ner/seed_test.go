package ner

import (
	"context"
	"os"
	"strings"
	"testing"

	evalner "github.com/sitrep/sitrep/internal/eval/ner"
	"github.com/sitrep/sitrep/internal/shared"
)

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
		d := evalner.Tokenize(string(b), split)
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
