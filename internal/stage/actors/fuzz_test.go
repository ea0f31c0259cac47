package actors_test

import (
	"context"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/actors"
	"github.com/sitrep/sitrep/internal/doc"
	stageactors "github.com/sitrep/sitrep/internal/stage/actors"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

// FuzzProcess codes arbitrary text, with every capitalized token taken as a
// PERSON or ORG entity, and checks that the coder neither panics nor makes
// spans outside the text.
func FuzzProcess(f *testing.F) {
	dict, err := actors.Shipped()
	if err != nil {
		f.Skip(err)
	}
	c := stageactors.New(dict)
	f.Add(benchText, 20241021)
	f.Add("The Korea Coast Guard (KCG) said. The KCG , Zinoviev, Russia's ambassador,", 0)
	f.Add("former the the Minister of ( NIS ) headed by", 19940101)
	f.Add("Dutch , and Belgian and warships . North Korea and South Korea : the North 's the South . Georgia governor in Atlanta . President X 's government in Algiers , U.S. and", 20001231)
	f.Fuzz(func(t *testing.T, text string, date int) {
		if !utf8.ValidString(text) {
			return
		}
		d := doc.New("fuzz", text)
		if date > 0 {
			d.Published = actors.Day(date % 100000000).Date()
		}
		d.Sentences, d.Tokens = segment.Split(text)
		for i, tk := range d.Tokens {
			r, _ := utf8.DecodeRuneInString(text[tk.Start:])
			if unicode.IsUpper(r) {
				typ := "PERSON"
				if i%2 == 1 {
					typ = "ORG"
				}
				d.Entities = append(d.Entities, doc.Entity{Span: tk.Span, Text: text[tk.Start:tk.End], Type: typ})
			}
		}
		if err := c.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if err := d.Validate(); err != nil {
			t.Fatal(err)
		}
		for _, a := range d.Actors {
			if a.Code == "" || text[a.Start:a.End] != a.Text {
				t.Fatalf("actor %+v", a)
			}
		}
	})
}
