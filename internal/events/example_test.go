package events_test

import (
	"fmt"

	"github.com/sitrep/sitrep/internal/events"
)

// A lexicon is matched against a trigger word and its dependents, and can be
// extended with patterns from other dictionaries.
func Example() {
	lex, err := events.Shipped()
	if err != nil {
		panic(err)
	}
	p, _ := lex.Match(events.Candidate{Lemma: "summon", Objects: []string{"ambassador"}})
	info, _ := lex.Codebook().Lookup(p.Code)
	fmt.Println(p.Code, info.Name, info.PLOVER, info.Quad, info.Goldstein)

	_ = lex.Add(events.Pattern{Code: "1123", Lemma: "accuse", Prep: "of", PrepObjects: []string{"incursion"}, Source: "petrarch:example"})
	p, _ = lex.Match(events.Candidate{Lemma: "accuse", Preps: []events.PrepArg{{Prep: "of", Lemma: "incursion"}}})
	fmt.Println(p.Code, p.Source)
	// Output:
	// 114 Complain officially ACCUSE 3 -2
	// 1123 petrarch:example
}
