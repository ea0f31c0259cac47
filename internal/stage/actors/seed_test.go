package actors_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/shared"
	stageactors "github.com/sitrep/sitrep/internal/stage/actors"
	"github.com/sitrep/sitrep/internal/stage/ner"
	"github.com/sitrep/sitrep/internal/stage/parse"
	"github.com/sitrep/sitrep/internal/stage/segment"
	"github.com/sitrep/sitrep/internal/stage/tag"
)

// annotate runs the named stages, then actors, over text published on
// date.
func annotate(t testing.TB, text, date string, stages ...string) *doc.Doc {
	t.Helper()
	r := pipeline.NewRegistry()
	for _, reg := range []func(*pipeline.Registry) error{segment.Register, tag.Register, parse.Register, ner.Register, stageactors.Register} {
		if err := reg(r); err != nil {
			t.Fatal(err)
		}
	}
	p, err := r.Build(append(stages, "actors")...)
	if err != nil {
		t.Skipf("skipping: cannot build the pipeline (a model is missing?): %v", err)
	}
	defer p.Close()
	d := doc.New("t", text)
	if date != "" {
		if d.Published, err = doc.ParseDate(date); err != nil {
			t.Fatal(err)
		}
	}
	if err := pipeline.NewRunner(p, nil).Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSeedArticle checks every actor that the analyst's expected.md names
// in the seed article, with and without the tagger and parser.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(shared.Example(t, "seoul-summons-ambassador.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, stages := range [][]string{{"segment", "tag", "parse", "ner"}, {"segment", "tag", "ner"}, {"segment", "ner"}} {
		t.Run(strings.Join(stages, ","), func(t *testing.T) {
			d := annotate(t, text, "2024-10-21", stages...)
			checkSeed(t, d)
		})
	}
}

func checkSeed(t *testing.T, d *doc.Doc) {
	t.Helper()
	if testing.Verbose() {
		for _, a := range d.Actors {
			t.Logf("%-60q %-10s %-3s %-3s name=%q entity=%d", a.Text, a.Code, a.Country, a.Sector, a.Name, a.Entity)
		}
	}
	// Each case: the n-th mention (0-based) whose text contains sub, and
	// the codes accepted for it.
	type want struct {
		sub   string
		nth   int
		codes []string
		name  string
	}
	cases := []want{
		{"Seoul", 0, []string{"KORGOV"}, ""},
		{"South Korean Foreign Ministry", 0, []string{"KORGOV"}, ""},
		{"Russia’s ambassador", 0, []string{"RUSGOV"}, ""},
		{"Seoul", 1, []string{"KORGOV"}, ""},
		{"North Korean troops", 0, []string{"PRKMIL"}, ""},
		{"Moscow", 0, []string{"RUSGOV"}, ""},
		{"Vice Minister of Foreign Affairs Kim Hong-kyun", 0, []string{"KORGOV"}, "Kim Hong-kyun"},
		{"government", 0, []string{"KORGOV"}, ""},
		{"Yoon Suk-yeol", 0, []string{"KORGOV"}, "Yoon Suk Yeol"},
		{"Russian Ambassador Georgy Zinoviev", 0, []string{"RUSGOV"}, "Georgy Zinoviev"},
		{"South Korean Ministry of Foreign Affairs", 0, []string{"KORGOV"}, ""},
		{"Kim", 1, []string{"KORGOV"}, "Kim Hong-kyun"}, // "Kim, who recalled"
		{"UN", 0, []string{"IGOUNO"}, ""},
		{"Pyongyang", 0, []string{"PRKGOV", "PRK"}, ""},
		{"vice foreign minister", 0, []string{"KORGOV"}, "Kim Hong-kyun"},
		{"Republic of Korea", 0, []string{"KOR"}, ""},
		{"Russian embassy", 0, []string{"RUSGOV"}, ""},
		{"Zinoviev", 1, []string{"RUSGOV"}, "Georgy Zinoviev"},
		{"North Korea", 2, []string{"PRK", "PRKGOV"}, ""},
		{"South Korea’s National Intelligence Service", 0, []string{"KORSPY"}, ""},
		{"NIS", 0, []string{"KORSPY"}, ""},
		{"Pyongyang", 1, []string{"PRKGOV", "PRK"}, ""},
		{"NIS", 1, []string{"KORSPY"}, ""},
		{"Russian Navy", 0, []string{"RUSMIL"}, ""},
		{"North Korean military personnel", 0, []string{"PRKMIL"}, ""},
		{"Ukrainian officials", 0, []string{"UKRGOV"}, ""},
		{"Moscow", 2, []string{"RUSGOV"}, ""},
		{"Pyongyang", 2, []string{"PRKGOV", "PRK"}, ""},
	}
	for _, c := range cases {
		var found *doc.Actor
		n := 0
		for i := range d.Actors {
			if strings.Contains(d.Actors[i].Text, c.sub) {
				if n == c.nth {
					found = &d.Actors[i]
					break
				}
				n++
			}
		}
		if found == nil {
			t.Errorf("%q #%d: no actor (found %d)", c.sub, c.nth, n)
			continue
		}
		ok := false
		for _, code := range c.codes {
			ok = ok || found.Code == code
		}
		if !ok {
			t.Errorf("%q #%d (%q): code %s, want %v", c.sub, c.nth, found.Text, found.Code, c.codes)
		}
		if c.name != "" && found.Name != c.name {
			t.Errorf("%q #%d (%q): name %q, want %q", c.sub, c.nth, found.Text, found.Name, c.name)
		}
	}
	// Chains: the same actor shares an Entity.
	entity := func(sub string, nth int) int {
		n := 0
		for _, a := range d.Actors {
			if strings.Contains(a.Text, sub) {
				if n == nth {
					return a.Entity
				}
				n++
			}
		}
		return -1
	}
	same := [][2]struct {
		sub string
		nth int
	}{
		{{"Kim Hong-kyun", 0}, {"Kim", 1}},
		{{"Kim Hong-kyun", 0}, {"Kim", 2}},
		{{"Kim Hong-kyun", 0}, {"vice foreign minister", 0}},
		{{"Georgy Zinoviev", 0}, {"Zinoviev", 1}},
		{{"National Intelligence Service", 0}, {"NIS", 0}},
		{{"National Intelligence Service", 0}, {"NIS", 1}},
		{{"Russia’s ambassador", 0}, {"Georgy Zinoviev", 0}},
		{{"South Korean Foreign Ministry", 0}, {"South Korean Ministry of Foreign Affairs", 0}},
	}
	for _, p := range same {
		a, b := entity(p[0].sub, p[0].nth), entity(p[1].sub, p[1].nth)
		if a < 0 || a != b {
			t.Errorf("%q #%d and %q #%d: entities %d and %d, want one chain", p[0].sub, p[0].nth, p[1].sub, p[1].nth, a, b)
		}
	}
	// Places are not actors: no actor for the Russian regions or ports.
	for _, a := range d.Actors {
		for _, place := range []string{"Primorye", "Khabarovsk", "Amur", "Vladivostok", "Kursk", "Far East"} {
			if strings.Contains(a.Text, place) {
				t.Errorf("place %q coded as actor %s", a.Text, a.Code)
			}
		}
		if a.Code == "" || (a.Country != "" && !strings.HasPrefix(a.Code, a.Country)) {
			t.Errorf("actor %q: code %q, country %q", a.Text, a.Code, a.Country)
		}
	}
}
