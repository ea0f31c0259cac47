package events_test

import (
	"context"
	"fmt"

	"github.com/sitrep/sitrep/internal/doc"
	lexicon "github.com/sitrep/sitrep/internal/events"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/stage/actors"
	"github.com/sitrep/sitrep/internal/stage/events"
	"github.com/sitrep/sitrep/internal/stage/geo"
	"github.com/sitrep/sitrep/internal/stage/ner"
	"github.com/sitrep/sitrep/internal/stage/parse"
	"github.com/sitrep/sitrep/internal/stage/quantity"
	"github.com/sitrep/sitrep/internal/stage/segment"
	"github.com/sitrep/sitrep/internal/stage/tag"
	"github.com/sitrep/sitrep/internal/stage/timex"
)

// The coder runs after the stages it reads; here it is registered, with the
// shipped lexicon (to which other patterns could be added), in a registry of
// its own and run over one sentence.
func Example() {
	r := pipeline.NewRegistry()
	for _, reg := range []func(*pipeline.Registry) error{
		segment.Register, tag.Register, parse.Register, ner.Register,
		timex.Register, quantity.Register, actors.Register, geo.Register,
	} {
		if err := reg(r); err != nil {
			panic(err)
		}
	}
	lex, err := lexicon.Shipped()
	if err != nil {
		panic(err)
	}
	if err := events.RegisterWith(r, lex); err != nil {
		panic(err)
	}
	p, err := r.Build("segment", "tag", "parse", "ner", "timex", "quantity", "actors", "geo", "events")
	if err != nil {
		panic(err)
	}
	d := doc.New("example", "The South Korean Foreign Ministry summoned Russia's ambassador on Monday.")
	d.Published, _ = doc.ParseDate("2024-10-21")
	if err := pipeline.NewRunner(p, nil).Run(context.Background(), d); err != nil {
		panic(err)
	}
	for _, e := range d.Events {
		fmt.Println(e.Source[0].Code, e.CAMEO, e.PLOVER, e.Target[0].Code, e.Status, e.Date, e.DateSource, e.Trigger.Text)
	}
	// Output:
	// KORGOV 114 ACCUSE RUSGOV occurred 2024-10-21 text summoned
}
