package petrarch_test

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/events"
	"github.com/sitrep/sitrep/internal/events/petrarch"
)

// Read a small verb dictionary and add it to an empty lexicon with the
// shipped CAMEO codebook.
func ExampleDict_AddTo() {
	src := `&TIES
+DIPLOMATIC TIES
+RELATIONS

--- RESTORE [064] ---
RESTORE
- NOT * &TIES [112]
- SAID * [010]      # a word before the verb: not mapped
`
	d, err := petrarch.ReadVerbs(strings.NewReader(src), "example.verbs")
	if err != nil {
		fmt.Println(err)
		return
	}
	shipped, err := events.Shipped()
	if err != nil {
		fmt.Println(err)
		return
	}
	lex := events.New(shipped.Codebook())
	c, err := d.AddTo(lex, petrarch.ConvertOptions{Origin: "example"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range c.Patterns {
		fmt.Println(p.String(), "from", p.Source)
	}
	fmt.Println("mapped", c.Mapped, "of", c.Total, "skipped", c.Skipped)
	// Output:
	// 064 restore from example:6
	// 112 restore obj=relations neg from example:7
	// 112 restore obj=ties mod=diplomatic neg from example:7
	// mapped 2 of 3 skipped map[words before the verb:1]
}
