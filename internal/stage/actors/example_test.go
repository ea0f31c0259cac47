package actors_test

import (
	"context"
	"fmt"

	"github.com/sitrep/sitrep/internal/actors"
	"github.com/sitrep/sitrep/internal/doc"
	stageactors "github.com/sitrep/sitrep/internal/stage/actors"
	"github.com/sitrep/sitrep/internal/stage/ner"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

// Code the actors of a short text with the shipped dictionary, after the
// segmenter and the recognizer.
func Example() {
	dict, err := actors.Shipped()
	if err != nil {
		fmt.Println(err)
		return
	}
	model, err := ner.Shipped()
	if err != nil {
		fmt.Println(err)
		return
	}
	d := doc.New("example", "Russian Ambassador Georgy Zinoviev met South Korea's National Intelligence Service (NIS) in Seoul. Zinoviev said Moscow and the NIS disagreed.")
	d.Published = doc.Date{Year: 2024, Month: 10, Day: 21}
	ctx := context.Background()
	for _, s := range []interface {
		Process(context.Context, *doc.Doc) error
	}{segment.New(), ner.New(model), stageactors.New(dict)} {
		if err := s.Process(ctx, d); err != nil {
			fmt.Println(err)
			return
		}
	}
	for _, a := range d.Actors {
		fmt.Printf("%s %q name=%q chain=%d\n", a.Code, a.Text, a.Name, a.Entity)
	}
	// Output:
	// RUSGOV "Russian Ambassador Georgy Zinoviev" name="Georgy Zinoviev" chain=0
	// KORSPY "South Korea's National Intelligence Service" name="National Intelligence Service" chain=1
	// KORSPY "NIS" name="National Intelligence Service" chain=1
	// RUSGOV "Zinoviev" name="Georgy Zinoviev" chain=0
	// RUSGOV "Moscow" name="Moscow" chain=2
	// KORSPY "NIS" name="National Intelligence Service" chain=1
}
