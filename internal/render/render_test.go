package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

func TestText(t *testing.T) {
	text := "Seúl summoned the envoy.\nKim spoke."
	d := doc.New("in.txt", text)
	d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: 25}, TokenEnd: 4}, {Span: doc.Span{Start: 26, End: 36}, TokenStart: 4, TokenEnd: 6}}
	d.Entities = []doc.Entity{{Span: doc.Span{Start: 0, End: 5}, Text: "Seúl", Type: "GPE"}}
	d.Events = []doc.Event{{Sentence: 0, Date: "2024-10-21", CAMEO: "114", Source: []doc.Actor{{Code: "KORGOV"}}, Target: []doc.Actor{{Code: "RUSGOV"}, {Code: "RUS"}}, Status: "occurred", Trigger: doc.Mention{Text: "summoned"}}}
	var b bytes.Buffer
	if err := Text(&b, d); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"published:  unknown",
		"sentences (2):",
		"0  0-25",
		"entities (1):",
		"0-5   GPE   Seúl",
		"KORGOV  114",
		"RUSGOV+RUS",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "places (") || strings.Contains(out, "warnings") {
		t.Errorf("empty layers should be left out:\n%s", out)
	}
}

func TestClipKeepsCharacters(t *testing.T) {
	s := clip(strings.Repeat("é", 80), 101)
	if !strings.HasSuffix(s, "…") || strings.ContainsRune(s, '\uFFFD') {
		t.Errorf("clip cut a character: %q", s)
	}
}
