package actors_test

import (
	"fmt"
	"time"

	"github.com/sitrep/sitrep/internal/actors"
)

// Look phrases up in the shipped dictionary and ask who held an office on
// a day.
func Example() {
	d, err := actors.Shipped()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, phrase := range []string{"Pyongyang", "North Korean", "Kim Jong-un", "NIS", "who"} {
		for _, h := range d.Lookup(phrase) {
			e := d.Entry(h.Entry)
			what := e.Code
			if e.Kind == actors.KindPerson {
				what = e.Name
			}
			fmt.Printf("%s: %s %s\n", phrase, e.Kind, what)
		}
	}
	kim := d.Entry(d.Lookup("Kim Jong Un")[0].Entry)
	for _, y := range []int{1994, 2024} {
		r, _ := kim.At(actors.MakeDay(y, time.October, 21))
		fmt.Printf("Kim Jong Un in %d: %s\n", y, r.Code)
	}
	for _, y := range []int{1994, 2005, 2024} {
		for _, h := range d.Holders("PRK", "leader", actors.MakeDay(y, time.January, 1)) {
			fmt.Printf("North Korea's leader on %d-01-01: %s (%s)\n", y, h.Entry.Name, h.Role.Code)
		}
	}
	// Output:
	// Pyongyang: country PRK
	// North Korean: country PRK
	// Kim Jong-un: person Kim Jong Un
	// NIS: org KORSPY
	// Kim Jong Un in 1994: PRK
	// Kim Jong Un in 2024: PRKGOV
	// North Korea's leader on 1994-01-01: Kim Il Sung (PRKGOV)
	// North Korea's leader on 2005-01-01: Kim Jong Il (PRKGOV)
	// North Korea's leader on 2024-01-01: Kim Jong Un (PRKGOV)
}
