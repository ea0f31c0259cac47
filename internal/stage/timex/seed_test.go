package timex

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/segment"
	"github.com/sitrep/sitrep/internal/stage/tag"
)

// TestSeedArticle checks the time expressions issue 4 names in the seed
// article (../shared/examples), published on Monday 2024-10-21, and the
// same article without a publication date, each with and without the
// shipped POS tagger's tags.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(shared.Example(t, "seoul-summons-ambassador.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	type want struct{ span, typ, value, undated string }
	wants := []want{
		{"this Monday (21)", "DATE", "2024-10-21", "XXXX-WXX-1"},
		{"2023", "DATE", "2023", "2023"}, // "since 2023"
		{"Last Friday", "DATE", "2024-10-18", "XXXX-WXX-5"},
		{"last week", "DATE", "2024-W42", "XXXX-WXX"},
		{"November 1", "DATE", "2024-11-01", "XXXX-11-01"}, // "from November 1 to counter"
		{"now", "DATE", "PRESENT_REF", "PRESENT_REF"},      // "for now"
		{"June", "DATE", "2024-06", "XXXX-06"},             // "signed in June"
	}
	var tagger *tag.Tagger
	if m, err := tag.Shipped(); err == nil {
		tagger = tag.New(m)
	} else {
		t.Logf("no shipped tagger (%v): checking without POS tags only", err)
	}
	for _, run := range []struct {
		dated, tagged bool
	}{{true, false}, {false, false}, {true, true}, {false, true}} {
		if run.tagged && tagger == nil {
			continue
		}
		dated := run.dated
		published := "2024-10-21"
		if !dated {
			published = ""
		}
		var d *doc.Doc
		if run.tagged {
			d = doc.New("seed", text)
			d.Published, _ = doc.ParseDate(published)
			d.Sentences, d.Tokens = segment.Split(text)
			if err := tagger.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if err := New().Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
		} else {
			d = annotate(t, text, published)
		}
		published += map[bool]string{true: " tagged", false: ""}[run.tagged]
		if len(d.Timexes) != len(wants) {
			t.Errorf("published %q: %d timexes, want %d:%s", published, len(d.Timexes), len(wants), listTimexes(d))
			continue
		}
		for i, w := range wants {
			x := d.Timexes[i]
			v := w.value
			if !dated {
				v = w.undated
			}
			if x.Text != w.span || x.Type != w.typ || x.Value != v {
				t.Errorf("published %q: timex %d is %q %s %s, want %q %s %s", published, i, x.Text, x.Type, x.Value, w.span, w.typ, v)
			}
		}
		// The spans are where the story has them.
		if i := strings.Index(text, "this Monday (21)"); d.Timexes[0].Start != i {
			t.Errorf("first timex starts at %d, want %d", d.Timexes[0].Start, i)
		}
		if dated && len(d.Warnings) != 0 {
			t.Errorf("dated: warnings %q", d.Warnings)
		}
		if !dated && (len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "publication date unknown")) {
			t.Errorf("undated: warnings %q, want one about the unknown date", d.Warnings)
		}
	}
}
