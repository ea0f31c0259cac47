package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedArticle reads the project's founding example from ../shared/examples
// beside the repository root. It skips the test when the file is absent.
func seedArticle(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test's directory; cannot locate ../shared/examples")
		}
		dir = parent
	}
	path := filepath.Join(dir, "..", "shared", "examples", "seoul-summons-ambassador.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed article not available (%v); it lives in the shared folder beside the repository", err)
	}
	return string(b)
}

func TestSeedArticle(t *testing.T) {
	text := seedArticle(t)
	sents, toks := Split(text)
	if err := checkInvariants(text, sents, toks); err != nil {
		t.Fatal(err)
	}
	// A headline, ten paragraphs of which one has two sentences, a byline.
	if len(sents) != 13 {
		for i, s := range sents {
			t.Logf("%d: %q", i, text[s.Start:s.End])
		}
		t.Fatalf("got %d sentences, want 13", len(sents))
	}
	sent := func(i int) string { return text[sents[i].Start:sents[i].End] }

	// The headline has no final punctuation and ends at the blank line.
	if h := sent(0); strings.ContainsAny(h, ".\n") || !strings.HasPrefix(text[sents[0].End:], "\n\n") {
		t.Errorf("headline: %q", h)
	}
	// The byline is its own sentence.
	if got := sent(12); got != "By Editor" {
		t.Errorf("last sentence %q, want the byline", got)
	}
	// The closing quote stays with the sentence it ends; the next starts
	// with the speaker's name.
	if s5, s6 := sent(5), sent(6); !strings.HasSuffix(s5, ".”") || !strings.HasPrefix(s6, "Zinoviev ") {
		t.Errorf("sentences 5 and 6: %q | %q", s5, s6)
	}
	// Every sentence but the headline and the byline ends in a full stop,
	// possibly inside a closing quote.
	for i := 1; i < 12; i++ {
		if s := strings.TrimSuffix(sent(i), "”"); !strings.HasSuffix(s, ".") {
			t.Errorf("sentence %d does not end in a full stop: %q", i, sent(i))
		}
	}

	forms := map[string]int{}
	for i, tk := range toks {
		w := text[tk.Start:tk.End]
		forms[w]++
		switch {
		case w == "’s" && tk.Norm != "'s":
			t.Errorf("token %d ’s: Norm %q", i, tk.Norm)
		case (w == "“" || w == "”") && tk.Norm != `"`:
			t.Errorf("token %d %s: Norm %q", i, w, tk.Norm)
		case w == "Koreans" && i > 0 && text[toks[i-1].Start:toks[i-1].End] == "-" && toks[i-1].SpaceAfter:
			t.Errorf("token %d: the hyphen of -Koreans is not glued to it", i)
		}
	}
	for _, w := range []string{"12,000", "1,500", "10,000", "21", "(", "Hong", "kyun", "Suk", "yeol", "’s"} {
		if forms[w] == 0 {
			t.Errorf("no token %q", w)
		}
	}
	if forms["-"] < 3 {
		t.Errorf("%d hyphen tokens, want at least 3 (Hong-kyun, Suk-yeol, -Koreans)", forms["-"])
	}
}
