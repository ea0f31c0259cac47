package timex_test

import (
	"context"
	"fmt"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/stage/segment"
	"github.com/sitrep/sitrep/internal/stage/timex"
)

func Example() {
	d := doc.New("example", "Last Friday, officials said troops would move from November 1 and had left last week.")
	d.Published = doc.Date{Year: 2024, Month: 10, Day: 21}
	d.Sentences, d.Tokens = segment.Split(d.Text)
	if err := timex.New().Process(context.Background(), d); err != nil {
		panic(err)
	}
	for _, x := range d.Timexes {
		fmt.Printf("%s\t%s\t%s\n", x.Text, x.Type, x.Value)
	}
	// Output:
	// Last Friday	DATE	2024-10-18
	// November 1	DATE	2024-11-01
	// last week	DATE	2024-W42
}

func ExampleResolve() {
	ref := doc.Date{Year: 2024, Month: 10, Day: 21}
	for _, tense := range []timex.Tense{timex.TensePast, timex.TenseFuture} {
		typ, value, _ := timex.Resolve("Friday", ref, tense)
		fmt.Println(tense, typ, value)
	}
	_, value, _ := timex.Resolve("in June", doc.Date{}, timex.TensePast)
	fmt.Println("no date:", value)
	// Output:
	// past DATE 2024-10-18
	// future DATE 2024-10-25
	// no date: XXXX-06
}
