package htmltext

import (
	"errors"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/source"
)

// article is a page written for these tests, long enough that the
// extractor treats it as an article rather than falling back to a baseline.
const article = `<html><head><title>Talks resume</title></head><body>
<div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>
<article>
<p>Negotiators from both sides met in Geneva on Monday for a third round of talks on the ceasefire, which has held for six weeks despite repeated accusations of violations along the northern front.</p>
<p>A spokesman for the mediators said the meeting was <b>constructive</b> and that further sessions were planned before the end of the month, although he declined to give dates or to say who would attend.</p>
<p>The delegations exchanged lists of prisoners and agreed to set up a joint commission to examine reports of shelling near the river crossings, according to a statement released after the talks ended.</p>
<p>Earlier in the day, about 200 protesters gathered outside the venue, calling for the return of displaced families to villages that have been empty since the fighting began last year.</p>
</article>
<footer>Copyright Example News</footer>
</body></html>`

func TestExtractParagraphs(t *testing.T) {
	p, err := Extract([]byte(article))
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(p.Text, "\n\n")
	if len(paras) != 4 {
		t.Fatalf("got %d paragraphs, want 4:\n%s", len(paras), p.Text)
	}
	if !strings.HasPrefix(paras[1], "A spokesman for the mediators said the meeting was constructive and") {
		t.Errorf("second paragraph %q", paras[1])
	}
	if strings.Contains(p.Text, "Copyright") || strings.Contains(p.Text, "Home") {
		t.Errorf("boilerplate kept: %q", p.Text)
	}
	if p.Title != "Talks resume" {
		t.Errorf("title %q", p.Title)
	}
}

func TestExtractNoText(t *testing.T) {
	_, err := Extract([]byte(`<html><head><title>Empty</title></head><body><img src="x.png"></body></html>`))
	if !errors.Is(err, source.ErrNoText) {
		t.Errorf("got %v, want ErrNoText", err)
	}
}

func TestLooks(t *testing.T) {
	for in, want := range map[string]bool{
		"<!DOCTYPE html><html>":         true,
		"\ufeff<html lang=en>":          true,
		"  <div><body>x</body></div>":   true,
		"Plain text about <html> tags.": false,
		"<not really":                   false,
	} {
		if got := Looks([]byte(in)); got != want {
			t.Errorf("Looks(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestDeepNestingBounded(t *testing.T) {
	page := "<html><body><article>" + strings.Repeat("<div>", 1000) + "<p>deep text that is long enough to keep</p>" + strings.Repeat("</div>", 1000) + "</article></body></html>"
	Extract([]byte(page)) // must return, whatever it finds
}

func FuzzExtract(f *testing.F) {
	f.Add([]byte(`<html><body><p>Hello world, this is a paragraph.</p></body></html>`))
	f.Add([]byte(`<html><head><meta name="date" content="2020-01-01"></head><body><p>x</p>`))
	f.Add([]byte(`<p><p><p><table><tr><td>cell`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 1<<16 {
			return
		}
		p, err := Extract(b)
		if err == nil && strings.TrimSpace(p.Text) == "" {
			t.Fatal("no error but no text")
		}
	})
}
