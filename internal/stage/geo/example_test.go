package geo_test

import (
	"fmt"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/stage/geo"
)

// Resolving toponym spans given in a text, without the pipeline: the
// resolution API the gold-span evaluation uses.
func ExampleGeoparser_Resolve() {
	g, err := gazetteer.Shipped()
	if err != nil {
		fmt.Println(err)
		return
	}
	p := geo.New(g, geo.Options{})
	text := "Troops moved to the Kursk region and to the Russian port city of Vladivostok; a fire broke out in Alexandria, La."
	var spans []doc.Span
	for _, name := range []string{"Kursk region", "Vladivostok", "Alexandria", "La."} {
		i := strings.Index(text, name)
		spans = append(spans, doc.Span{Start: i, End: i + len(name)})
	}
	for _, t := range p.Resolve(text, spans) {
		pl := t.Place
		fmt.Printf("%s: %s (%s, %s %s) %.2f, %.2f\n", t.Text, pl.Name, pl.Feature, pl.Country, pl.Admin1, pl.Lat, pl.Lon)
	}
	// Output:
	// Kursk region: Kursk Oblast (ADM1, RUS RU.41) 51.69, 36.15
	// Vladivostok: Vladivostok (PPLA, RUS RU.59) 43.11, 131.87
	// Alexandria: Alexandria (PPLA2, USA US.LA) 31.31, -92.45
	// La.: Louisiana (ADM1, USA US.LA) 30.87, -92.01
}
