package quantity

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

// FuzzFind runs Find over any text, segmented, both unparsed and with a
// made-up tree whose relations cycle through the ones the binder reads,
// and checks: no panic; spans valid, in order and not overlapping; Text
// the span's text; values finite and not negative; Lower ≤ Upper.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Pyongyang plans to send around 12,000 troops to Ukraine. 1,500 of them were transferred.",
		"Between 5 and 10 people were killed; the death toll rose to 40.",
		"$2 to 3 billion, €30m, US$3 million, 10%, 0.5 percentage points, half of them",
		"No. 2, +1 555-123-4567, 10:30, 12/03/2024, Monday (21), since 2023, F-16, 3-2",
		"hundreds of thousands of refugees, a dozen, two-thirds majority, 1,000+ or more",
	} {
		f.Add(s)
	}
	deps := []string{"nummod", "obj", "nsubj:pass", "nsubj", "obl", "nmod", "conj", "compound",
		"amod", "acl", "xcomp", "case", "det", "aux:pass", "advmod", "root"}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return
		}
		d := doc.New("fuzz", text)
		d.Sentences, d.Tokens = segment.Split(text)
		check(t, d, Find(d))
		for i := range d.Tokens {
			tk := &d.Tokens[i]
			s := d.Sentences[tk.Sentence]
			switch {
			case i+1 < s.TokenEnd && i%3 != 0:
				tk.Head = i + 1
			case i > s.TokenStart:
				tk.Head = s.TokenStart
			default:
				tk.Head = -1
			}
			tk.Dep = deps[(i*7+len(text))%len(deps)]
			tk.POS = []string{"NOUN", "VERB", "NUM", "ADJ", "PRON", "PROPN", ""}[i%7]
		}
		check(t, d, Find(d))
	})
}

func check(t *testing.T, d *doc.Doc, qs []doc.Quantity) {
	t.Helper()
	end := 0
	for _, q := range qs {
		if !q.Valid(len(d.Text)) || q.Start < end || q.Start == q.End {
			t.Fatalf("span [%d,%d) after %d in %q", q.Start, q.End, end, d.Text)
		}
		end = q.End
		if d.Slice(q.Span) != q.Text {
			t.Fatalf("text %q, span covers %q", q.Text, d.Slice(q.Span))
		}
		if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) || q.Value < 0 {
			t.Fatalf("value %v of %q", q.Value, q.Text)
		}
		if q.Lower != nil && q.Upper != nil && *q.Lower > *q.Upper {
			t.Fatalf("bounds %v > %v of %q", *q.Lower, *q.Upper, q.Text)
		}
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
}
