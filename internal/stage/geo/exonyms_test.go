package geo

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// exonymCase is one text, its toponyms (gold spans, in order) and what
// each must resolve to: "ITA" for a country, "USA/US.AL" for a country and
// first-level division, "" for unchecked.
type exonymCase struct {
	text    string
	phrases []string
	want    []string
}

// alone puts a name alone in a plain sentence, with no evidence of its
// country: the prior must choose.
func alone(name, want string) exonymCase {
	return exonymCase{"Police arrested two men in " + name + " on Sunday.", []string{name}, []string{want}}
}

// exonymCases are well-known cities named by their English names (often
// only alternate names in GeoNames: Antwerp for Antwerpen) or by names that
// small places elsewhere share (Paris, Athens), alone and in documents; and
// the same names with evidence for the namesake, which must still win.
var exonymCases = []exonymCase{
	// English names that GeoNames has only as alternate names, while a
	// small place has them as its own name.
	alone("Antwerp", "BEL"),
	alone("Gothenburg", "SWE"),
	alone("Seville", "ESP"),
	alone("Cologne", "DEU"),
	alone("Marseilles", "FRA"),
	alone("Calcutta", "IND"),
	alone("Madras", "IND"),
	alone("Bombay", "IND"),
	alone("Peking", "CHN"),
	alone("Rangoon", "MMR"),
	alone("Nuremberg", "DEU"),
	alone("Ghent", "BEL"),
	alone("Leghorn", "ITA"),
	alone("Saragossa", "ESP"),
	alone("Salonika", "GRC"),
	alone("Tiflis", "GEO"),
	alone("Padua", "ITA"),
	alone("Bruges", "BEL"),
	alone("Lyons", "FRA"),
	alone("Berne", "CHE"),
	// Well-known cities whose own name a smaller place shares.
	alone("Florence", "ITA"),
	alone("Venice", "ITA"),
	alone("Belfast", "GBR"),
	alone("Lille", "FRA"),
	alone("Athens", "GRC"),
	alone("Naples", "ITA"),
	alone("Lisbon", "PRT"),
	alone("Warsaw", "POL"),
	alone("Milan", "ITA"),
	alone("Paris", "FRA"),
	alone("Moscow", "RUS"),
	alone("Dublin", "IRL"),
	alone("Berlin", "DEU"),
	alone("Rome", "ITA"),
	alone("Vienna", "AUT"),
	alone("Geneva", "CHE"),
	alone("Cairo", "EGY"),
	alone("Alexandria", "EGY"),
	alone("Tripoli", "LBY"),
	alone("Lebanon", "LBN"),
	alone("Damascus", "SYR"),
	alone("Havana", "CUB"),
	alone("Bogota", "COL"),
	alone("Santiago", "CHL"),
	alone("Valencia", "ESP"),
	alone("Cordoba", "ARG"),
	alone("Guadalajara", "MEX"),
	alone("Nazareth", "ISR"),
	alone("Jenin", "PSE"),
	alone("Tehran", "IRN"),
	alone("Kyiv", "UKR"),
	alone("Panama City", "PAN"),
	// The words around name the namesake.
	{"A tornado hit Florence, Alabama, on Sunday.", []string{"Florence", "Alabama"}, []string{"USA/US.AL", "USA"}},
	{"Police arrested two men in Naples, Fla., on Sunday.", []string{"Naples", "Fla."}, []string{"USA/US.FL", "USA"}},
	{"The fair in Paris, Texas, drew crowds.", []string{"Paris", "Texas"}, []string{"USA/US.TX", "USA"}},
	{"Students returned to Athens, Ga., on Sunday.", []string{"Athens", "Ga."}, []string{"USA/US.GA", "USA"}},
	{"Police arrested two men in Moscow, Idaho, on Sunday.", []string{"Moscow", "Idaho"}, []string{"USA/US.ID", "USA"}},
	{"Police arrested two men in Dublin, Ohio, on Sunday.", []string{"Dublin", "Ohio"}, []string{"USA/US.OH", "USA"}},
	{"Police arrested two men in Venice, Fla., on Sunday.", []string{"Venice", "Fla."}, []string{"USA/US.FL", "USA"}},
	{"Police arrested two men in Antwerp, Ohio, on Sunday.", []string{"Antwerp", "Ohio"}, []string{"USA/US.OH", "USA"}},
	{"Police arrested two men in Gothenburg, Neb., on Sunday.", []string{"Gothenburg", "Neb."}, []string{"USA/US.NE", "USA"}},
	{"Police arrested two men in Lebanon, Tenn., on Sunday.", []string{"Lebanon", "Tenn."}, []string{"USA/US.TN", "USA"}},
	{"Police arrested two men in Toledo, Ohio, on Sunday.", []string{"Toledo", "Ohio"}, []string{"USA/US.OH", "USA"}},
	{"The river flooded Cairo, Ill., on Sunday.", []string{"Cairo", "Ill."}, []string{"USA/US.IL", "USA"}},
	{"Police arrested two men in Alexandria, Va., on Sunday.", []string{"Alexandria", "Va."}, []string{"USA/US.VA", "USA"}},
	{"Police arrested two men in Victoria, British Columbia.", []string{"Victoria", "British Columbia"}, []string{"CAN/CA.02", "CAN"}},
	{"The Spanish city of Toledo held a festival.", []string{"Toledo"}, []string{"ESP"}},
	// The document names the namesake's state or neighbours.
	{"Storms hit northern Alabama overnight. In Florence, two homes burned, and Muscle Shoals lost power.",
		[]string{"Alabama", "Florence", "Muscle Shoals"}, []string{"USA", "USA/US.AL", "USA/US.AL"}},
	{"Deputies in Collier County searched the Gulf coast. Naples police joined them.",
		[]string{"Collier County", "Naples"}, []string{"USA/US.FL", "USA/US.FL"}},
	{"Ohio University students marched through Athens. Police in Nelsonville and Logan watched.",
		[]string{"Athens", "Nelsonville", "Logan"}, []string{"USA/US.OH", "USA/US.OH", "USA/US.OH"}},
	// One foreign city does not pull the next to a namesake of its country.
	{"Police in Antwerp arrested two men. In Naples, officers searched a flat.",
		[]string{"Antwerp", "Naples"}, []string{"BEL", "ITA"}},
	{"Police arrested two men in Gothenburg on Sunday. Protests followed in Athens and Warsaw.",
		[]string{"Gothenburg", "Athens", "Warsaw"}, []string{"SWE", "GRC", "POL"}},
	{"Police arrested two men in Seville on Sunday. In Lisbon and Turin, others were held.",
		[]string{"Seville", "Lisbon", "Turin"}, []string{"ESP", "PRT", "ITA"}},
	{"Police arrested two men in Marseilles. Riots spread to Gothenburg, and Calcutta saw protests too.",
		[]string{"Marseilles", "Gothenburg", "Calcutta"}, []string{"FRA", "SWE", "IND"}},
	{"Police arrested two men in Florence on Sunday. In Naples and Venice, others were held.",
		[]string{"Florence", "Naples", "Venice"}, []string{"ITA", "ITA", "ITA"}},
	// A country the text names supports its own namesake.
	{"Canada's police arrested two men in London on Sunday.",
		[]string{"Canada", "London"}, []string{"CAN", "CAN"}},
	{"Protesters gathered in Florence and Venice before marching on to Rome.",
		[]string{"Florence", "Venice", "Rome"}, []string{"ITA", "ITA", "ITA"}},
	{"Israeli troops raided Jenin and Nablus; clashes spread to Hebron and Bethlehem.",
		[]string{"Jenin", "Nablus", "Hebron", "Bethlehem"}, []string{"PSE", "PSE", "PSE", "PSE"}},
}

// exonymFailures resolves every case and returns what went wrong.
func exonymFailures(p *Geoparser) []string {
	var out []string
	for _, c := range exonymCases {
		spans := make([]doc.Span, 0, len(c.phrases))
		from := 0
		for _, ph := range c.phrases {
			i := strings.Index(c.text[from:], ph)
			if i < 0 {
				out = append(out, fmt.Sprintf("%q not in %q", ph, c.text))
				break
			}
			spans = append(spans, doc.Span{Start: from + i, End: from + i + len(ph)})
			from += i + len(ph)
		}
		if len(spans) != len(c.phrases) {
			continue
		}
		ts := p.Resolve(c.text, spans)
		for i, w := range c.want {
			if w == "" {
				continue
			}
			country, admin1, _ := strings.Cut(w, "/")
			pl := ts[i].Place
			if !ts[i].Resolved() || pl.Country != country || admin1 != "" && pl.Admin1 != admin1 {
				out = append(out, fmt.Sprintf("%q in %q → %s %s %s, want %s", c.phrases[i], c.text, pl.Name, pl.Country, pl.Admin1, w))
			}
		}
	}
	return out
}

// TestExonyms checks that well-known cities win over small namesakes when
// the document gives no evidence for the namesake, and that the namesake
// wins when it does.
func TestExonyms(t *testing.T) {
	for _, f := range exonymFailures(New(shipped(t), Options{})) {
		t.Error(f)
	}
}

// TestExonymsEndToEnd runs the segmenter, the NER and the stage over the
// sentences of the original report.
func TestExonymsEndToEnd(t *testing.T) {
	p := New(shipped(t), Options{})
	for _, c := range []struct{ name, want string }{
		{"Antwerp", "BEL"}, {"Florence", "ITA"}, {"Gothenburg", "SWE"}, {"Seville", "ESP"}, {"Venice", "ITA"},
		{"Athens", "GRC"}, {"Naples", "ITA"}, {"Lisbon", "PRT"}, {"Warsaw", "POL"}, {"Milan", "ITA"},
	} {
		d := annotate(t, "Police arrested two men in "+c.name+" on Sunday.")
		if err := p.Process(t.Context(), d); err != nil {
			t.Fatal(err)
		}
		if len(d.Places) != 1 || d.Places[0].Country != c.want {
			t.Errorf("%s: places %+v, want one in %s", c.name, d.Places, c.want)
		}
	}
}
