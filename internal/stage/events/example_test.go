package events_test

import (
	"context"
	"fmt"

	"github.com/sitrep/sitrep/internal/doc"
	lexicon "github.com/sitrep/sitrep/internal/events"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/stage/events"
	"github.com/sitrep/sitrep/internal/stages"
)

// The coder runs after the default stages; here it is registered with the
// shipped lexicon and run over one sentence.
func Example() {
	r, err := stages.Registry()
	if err != nil {
		panic(err)
	}
	lex, err := lexicon.Shipped()
	if err != nil {
		panic(err)
	}
	if err := events.RegisterWith(r, lex); err != nil {
		panic(err)
	}
	p, err := r.Build(append(stages.Default(), "events")...)
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
