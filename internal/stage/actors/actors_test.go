package actors_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/actors"
	"github.com/sitrep/sitrep/internal/actors/petrarch"
	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	stageactors "github.com/sitrep/sitrep/internal/stage/actors"
)

// got is one expected actor: the exact text of the mention, its code and,
// when given, its name.
type got struct {
	text, code, name string
}

func describe(d *doc.Doc) string {
	var b strings.Builder
	for _, a := range d.Actors {
		fmt.Fprintf(&b, "\n\t%q %s name=%q entity=%d", a.Text, a.Code, a.Name, a.Entity)
	}
	return b.String()
}

// check reports the actors of want that d lacks or codes otherwise, and
// the phrases of not that d codes.
func check(t *testing.T, d *doc.Doc, want []got, not []string) {
	t.Helper()
	for _, w := range want {
		a := find(d, w.text)
		if a == nil {
			t.Errorf("no actor %q; actors:%s", w.text, describe(d))
			continue
		}
		if a.Code != w.code || (w.name != "" && a.Name != w.name) {
			t.Errorf("%q: %s %q, want %s %q; actors:%s", w.text, a.Code, a.Name, w.code, w.name, describe(d))
		}
	}
	for _, n := range not {
		if a := find(d, n); a != nil {
			t.Errorf("%q coded as %s; actors:%s", n, a.Code, describe(d))
		}
	}
}

func find(d *doc.Doc, text string) *doc.Actor {
	for i := range d.Actors {
		if d.Actors[i].Text == text {
			return &d.Actors[i]
		}
	}
	return nil
}

func TestSentences(t *testing.T) {
	for _, c := range []struct {
		text, date string
		want       []got
		not        []string // texts that must not be actors
	}{
		{
			text: "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Monday.",
			date: "2024-10-21",
			want: []got{{"Russian Foreign Minister Sergei Lavrov", "RUSGOV", "Sergei Lavrov"}, {"Chinese counterpart Wang Yi", "CHNGOV", "Wang Yi"}},
			not:  []string{"Beijing", "Chinese"},
		},
		{
			// A phrase that ends the text with no full stop (a headline)
			// once indexed past its end.
			text: "Two journalists detained in Turkey",
			date: "2024-10-21",
			want: []got{{"journalists", "---JRN", ""}, {"Turkey", "TUR", "Türkiye"}},
		},
		{
			text: "The Kremlin said Ukrainian troops had crossed the border, while Kyiv denied it.",
			date: "2024-10-21",
			want: []got{{"Kremlin", "RUSGOV", "Kremlin"}, {"Ukrainian troops", "UKRMIL", ""}, {"Kyiv", "UKRGOV", "Kyiv"}},
		},
		{
			text: "Israeli soldiers entered the camp, the IDF said.",
			date: "2024-10-21",
			want: []got{{"Israeli soldiers", "ISRMIL", ""}, {"IDF", "ISRMIL", "Israel Defense Forces"}},
		},
		{
			text: "UN Secretary-General Antonio Guterres urged restraint, and the WHO warned of disease, who knows why.",
			date: "2024-10-21",
			want: []got{{"UN Secretary-General Antonio Guterres", "IGOUNO", "António Guterres"}, {"WHO", "IGOUNOHLHWHO", "World Health Organization"}},
			not:  []string{"who"},
		},
		{
			text: "The talks were held in Moscow, while officials in Seoul, South Korea, waited.",
			date: "2024-10-21",
			want: []got{{"South Korea", "KOR", "South Korea"}},
			not:  []string{"Moscow", "Seoul"},
		},
		{
			text: "Japan's Defense Ministry announced new drills. The ministry said they would last a week.",
			date: "2024-10-21",
			want: []got{{"Japan's Defense Ministry", "JPNGOV", ""}, {"ministry", "JPNGOV", ""}},
		},
		{
			text: "The Korea Coast Guard (KCG) seized the boat. The KCG said the crew was safe.",
			date: "2024-10-21",
			want: []got{{"Korea Coast Guard", "KORMIL", ""}, {"KCG", "KORMIL", ""}},
		},
		{
			text: "Georgy Zinoviev, Russia's ambassador, said cooperation would go on.",
			date: "2024-10-21",
			want: []got{{"Georgy Zinoviev", "RUSGOV", "Georgy Zinoviev"}, {"Russia's ambassador", "RUSGOV", "Georgy Zinoviev"}},
		},
		{
			text: "Former President Moon Jae-in criticized the decision of former Prime Minister John Smith of Britain.",
			date: "2024-10-21",
			want: []got{{"Former President Moon Jae-in", "KORELI", "Moon Jae-in"}, {"former Prime Minister John Smith of Britain", "GBRELI", "John Smith"}},
		},
		{
			text: "Hamas fighters fired rockets as NATO Secretary General Mark Rutte arrived.",
			date: "2024-10-21",
			want: []got{{"Hamas fighters", "PSEREB", ""}, {"NATO Secretary General Mark Rutte", "IGOWSTNAT", "Mark Rutte"}},
		},
		{
			text: "Police arrested 20 protesters after Russian territory was shelled and South Korea's official name was misspelled.",
			date: "2024-10-21",
			want: []got{{"Police", "---COP", ""}, {"protesters", "---CVL", ""}, {"South Korea", "KOR", "South Korea"}},
			not:  []string{"Russian", "Russian territory", "official"},
		},
		{
			text: "Chad's government sent troops, but the chad was torn and Latin America stayed out.",
			date: "2024-10-21",
			want: []got{{"Chad's government", "TCDGOV", ""}},
			not:  []string{"chad", "America", "Latin America"},
		},
		{
			text: "The Taliban seized Kabul.",
			date: "2021-08-10",
			want: []got{{"Taliban", "AFGREB", "Taliban"}},
		},
		{
			text: "The Taliban closed girls' schools.",
			date: "2023-03-01",
			want: []got{{"Taliban", "AFGGOV", "Taliban"}},
		},
		{
			text: "Pyongyang said the U.S. Army and South Korean marines had provoked it.",
			date: "2024-10-21",
			want: []got{{"Pyongyang", "PRKGOV", "Pyongyang"}, {"U.S. Army", "USAMIL", ""}, {"South Korean marines", "KORMIL", ""}},
		},
		{
			text: "The South Korean defense minister said the minister would visit.",
			date: "2024-10-21",
			want: []got{{"South Korean defense minister", "KORGOV", "Kim Yong-hyun"}},
		},
	} {
		t.Run(c.text[:min(40, len(c.text))], func(t *testing.T) {
			d := annotate(t, c.text, c.date, "segment", "ner")
			check(t, d, c.want, c.not)
		})
	}
}

// TestDatedRoles codes the same sentence on different dates: "Kim" in 1994
// and in 2024 are different people.
func TestDatedRoles(t *testing.T) {
	for _, c := range []struct {
		text, date, mention, code, name string
	}{
		{"North Korean leader Kim met envoys.", "1994-01-01", "North Korean leader Kim", "PRKGOV", "Kim Il Sung"},
		{"North Korean leader Kim met envoys.", "2000-06-13", "North Korean leader Kim", "PRKGOV", "Kim Jong Il"},
		{"North Korean leader Kim met envoys.", "2024-10-21", "North Korean leader Kim", "PRKGOV", "Kim Jong Un"},
		{"Kim Jong Un visited the factory.", "2024-10-21", "Kim Jong Un", "PRKGOV", "Kim Jong Un"},
		{"Kim Jong Un visited the factory.", "1994-01-01", "Kim Jong Un", "PRK", "Kim Jong Un"},
		{"Kim Il Sung visited the factory.", "2024-10-21", "Kim Il Sung", "PRKELI", "Kim Il Sung"},
		{"The Russian president spoke.", "2010-01-01", "Russian president", "RUSGOV", "Dmitry Medvedev"},
		{"The Russian president spoke.", "2024-10-21", "Russian president", "RUSGOV", "Vladimir Putin"},
		{"Yoon Suk Yeol spoke.", "2024-10-21", "Yoon Suk Yeol", "KORGOV", "Yoon Suk Yeol"},
		{"Yoon Suk Yeol spoke.", "2025-06-01", "Yoon Suk Yeol", "KORELI", "Yoon Suk Yeol"},
		{"Putin spoke.", "", "Putin", "RUSGOV", "Vladimir Putin"}, // no date: the latest role
	} {
		d := annotate(t, c.text, c.date, "segment", "ner")
		a := find(d, c.mention)
		if a == nil {
			t.Errorf("%s on %s: no actor %q; actors:%s", c.text, c.date, c.mention, describe(d))
			continue
		}
		if a.Code != c.code || a.Name != c.name {
			t.Errorf("%s on %s: %s %q, want %s %q", c.text, c.date, a.Code, a.Name, c.code, c.name)
		}
	}
}

// TestPetrarchDictionary codes with a user's PETRARCH dictionary joined to
// the shipped one.
func TestPetrarchDictionary(t *testing.T) {
	base, err := actors.Shipped()
	if err != nil {
		t.Skip(err)
	}
	dict, err := petrarch.Load(base, []string{"../../actors/petrarch/testdata/small.actors"}, []string{"../../actors/petrarch/testdata/small.agents"})
	if err != nil {
		t.Fatal(err)
	}
	d := annotate(t, "Freedonian congressmen cheered as Rufus T. Firefly arrived.", "1934-06-01", "segment", "ner")
	if err := stageactors.New(dict).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for _, w := range []got{{"Freedonian congressmen", "FRELEG", ""}, {"Rufus T. Firefly", "FREGOV", "Rufus T. Firefly"}} {
		a := find(d, w.text)
		if a == nil || a.Code != w.code {
			t.Errorf("%q: want %s; actors:%s", w.text, w.code, describe(d))
		}
	}
}

func TestSpecAndRegister(t *testing.T) {
	s := stageactors.Spec()
	if s.Name != "actors/v1" || len(s.Models["actors"]) != 64 {
		t.Errorf("spec %+v", s)
	}
	r := pipeline.NewRegistry()
	if err := stageactors.Register(r); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Build("actors"); err == nil {
		t.Error("actors built without tokens and entities")
	}
}

func TestEmptyAndCancelled(t *testing.T) {
	dict, err := actors.Shipped()
	if err != nil {
		t.Skip(err)
	}
	c := stageactors.New(dict)
	d := doc.New("t", "")
	if err := c.Process(context.Background(), d); err != nil || d.Actors != nil {
		t.Errorf("empty doc: %v, %v", err, d.Actors)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := c.Process(ctx, doc.New("t", "Seoul")); err == nil {
		t.Error("Process ignored a cancelled context")
	}
	// Tokens without sentences, out of a hand-made tokenizer.
	d = doc.New("t", "Seoul protested")
	d.Tokens = []doc.Token{{Span: doc.Span{Start: 0, End: 5}, Head: -1}, {Span: doc.Span{Start: 6, End: 15}, Head: -1}}
	if err := c.Process(context.Background(), d); err != nil || len(d.Actors) != 1 || d.Actors[0].Code != "KORGOV" {
		t.Errorf("tokens without sentences: %v %+v", err, d.Actors)
	}
	// The coder replaces what was there.
	if err := c.Process(context.Background(), d); err != nil || len(d.Actors) != 1 {
		t.Errorf("second run: %v %+v", err, d.Actors)
	}
}

// TestMultiByte checks byte offsets on text with multi-byte characters.
func TestMultiByte(t *testing.T) {
	text := "« Le président Emmanuel Macron » a rencontré l’ambassadeur — and the Élysée Palace said São Tomé and Príncipe agreed."
	d := annotate(t, text, "2024-10-21", "segment", "ner")
	for _, a := range d.Actors {
		if text[a.Start:a.End] != a.Text {
			t.Errorf("actor %q spans %q", a.Text, text[a.Start:a.End])
		}
	}
	for _, w := range []got{{"président Emmanuel Macron", "FRAGOV", "Emmanuel Macron"}, {"Élysée Palace", "FRAGOV", ""}, {"São Tomé and Príncipe", "STP", ""}} {
		if a := find(d, w.text); a == nil || a.Code != w.code {
			t.Errorf("%q: want %s; actors:%s", w.text, w.code, describe(d))
		}
	}
}

// TestWithParse checks what the tagger and parser add: a role noun that
// modifies another noun is no actor.
func TestWithParse(t *testing.T) {
	d := annotate(t, "Protesters gathered near the police station and the embassy compound, a ministry statement said.", "2024-10-21", "segment", "tag", "parse", "ner")
	for _, n := range []string{"police", "embassy"} {
		if a := find(d, n); a != nil {
			t.Errorf("%q coded as %s; actors:%s", n, a.Code, describe(d))
		}
	}
	for _, w := range []string{"Protesters", "ministry"} {
		if find(d, w) == nil {
			t.Errorf("no actor %q; actors:%s", w, describe(d))
		}
	}
}

// TestConcurrent codes documents from several goroutines with one Coder.
func TestConcurrent(t *testing.T) {
	dict, err := actors.Shipped()
	if err != nil {
		t.Skip(err)
	}
	c := stageactors.New(dict)
	base := annotate(t, benchText, "2024-10-21", "segment", "ner")
	want := describe(base)
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func() {
			var last string
			for i := 0; i < 20; i++ {
				d := *base
				d.Actors = nil
				if err := c.Process(context.Background(), &d); err != nil {
					last = err.Error()
					break
				}
				last = describe(&d)
			}
			done <- last
		}()
	}
	for g := 0; g < 4; g++ {
		if got := <-done; got != want {
			t.Errorf("concurrent run differs:%s\nwant:%s", got, want)
		}
	}
}
