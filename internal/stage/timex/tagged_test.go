package timex

import (
	"context"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/stage/segment"
	"github.com/sitrep/sitrep/internal/stage/tag"
)

// TestCasesTagged runs the case table again with the shipped POS tagger's
// tags on the tokens, as in the default pipeline: the tense read from tags
// must give the same values as the one read from words.
func TestCasesTagged(t *testing.T) {
	m, err := tag.Shipped()
	if err != nil {
		t.Skipf("skipping: no shipped tagger: %v", err)
	}
	tagger := tag.New(m)
	ctx := context.Background()
	for _, c := range cases {
		d := doc.New("test", c.text)
		if c.published != "" {
			d.Published, _ = doc.ParseDate(c.published)
		}
		d.Sentences, d.Tokens = segment.Split(c.text)
		if err := tagger.Process(ctx, d); err != nil {
			t.Fatal(err)
		}
		if err := New().Process(ctx, d); err != nil {
			t.Fatal(err)
		}
		ok := false
		for _, x := range d.Timexes {
			ok = ok || x.Text == c.span && x.Type == c.typ && x.Value == c.value
		}
		if !ok {
			t.Errorf("%q (published %q), tagged: got%s, want %q %s %s", c.text, c.published, listTimexes(d), c.span, c.typ, c.value)
		}
	}
}
