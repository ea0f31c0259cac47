package timex

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

// FuzzTimex runs the recognizer over arbitrary text and checks that every
// timex is a valid span on character boundaries, in order and without
// overlap, whose Text is what it covers, whose Type is a TimeML type and
// whose Value is well formed for that type; and that an expression whose
// value changes with the publication date keeps X placeholders when the
// date is unknown. The seed corpus is in testdata/fuzz/FuzzTimex.
func FuzzTimex(f *testing.F) {
	for _, c := range cases {
		f.Add(c.text, uint16(300))
	}
	f.Add("this Monday (21) and Last Friday, last week, since 2023, from November 1, in June", uint16(0))
	f.Add("Tuesday's attack at 10:30 a.m. EDT; 3/22/2013; every other week; the 1990s", uint16(4000))
	f.Add("mid-\u00e9t\u00e9 2024-02-30 1/1/0 the 0th century May May May (", uint16(65535))
	f.Fuzz(func(t *testing.T, text string, day uint16) {
		if !utf8.ValidString(text) || len(text) > 4096 {
			t.Skip()
		}
		sents, toks := segment.Split(text)
		run := func(p doc.Date) *doc.Doc {
			d := doc.New("fuzz", text)
			d.Published = p
			d.Sentences, d.Tokens = sents, toks
			if err := New().Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			return d
		}
		base := doc.DateOf(doc.Date{Year: 2000, Month: 1, Day: 1}.Time().AddDate(0, 0, int(day)))
		other := doc.DateOf(base.Time().AddDate(0, 0, 400))
		a, b, none := run(base), run(other), run(doc.Date{})
		for _, d := range []*doc.Doc{a, b, none} {
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
			end := 0
			for _, x := range d.Timexes {
				if x.Start < end || x.Start >= x.End {
					t.Fatalf("timex %q [%d,%d) overlaps the one before or is empty", x.Text, x.Start, x.End)
				}
				end = x.End
				if d.Text[x.Start:x.End] != x.Text {
					t.Fatalf("timex text %q, span covers %q", x.Text, d.Text[x.Start:x.End])
				}
				if !ValidValue(x.Value) {
					t.Fatalf("%q: malformed value %q", x.Text, x.Value)
				}
				dur := strings.HasPrefix(x.Value, "P") && !strings.HasSuffix(x.Value, "_REF")
				switch x.Type {
				case TypeDuration:
					if !dur {
						t.Fatalf("%q: DURATION with value %q", x.Text, x.Value)
					}
				case TypeDate, TypeTime:
					if dur {
						t.Fatalf("%q: %s with value %q", x.Text, x.Type, x.Value)
					}
				case TypeSet:
				default:
					t.Fatalf("%q: type %q", x.Text, x.Type)
				}
			}
		}
		if len(a.Timexes) != len(none.Timexes) || len(b.Timexes) != len(none.Timexes) {
			t.Fatalf("the publication date changed what was found: %d, %d, %d timexes", len(a.Timexes), len(b.Timexes), len(none.Timexes))
		}
		for i, x := range none.Timexes {
			if a.Timexes[i].Span != x.Span {
				t.Fatalf("the publication date changed a span: %v, %v", a.Timexes[i].Span, x.Span)
			}
			if (a.Timexes[i].Value != x.Value || b.Timexes[i].Value != x.Value) && !strings.Contains(x.Value, "X") {
				t.Fatalf("%q depends on the publication date (%s, %s) but is %q without one", x.Text, a.Timexes[i].Value, b.Timexes[i].Value, x.Value)
			}
		}
	})
}
