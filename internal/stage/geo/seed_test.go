package geo

import (
	"context"
	"os"
	"testing"

	"github.com/sitrep/sitrep/internal/shared"
)

// TestSeedArticle checks the places issue 5 names in the founding example:
// the Russian regions (first-level divisions) and Vladivostok resolved with
// country RUS and coordinates, and Seoul, Pyongyang and Moscow — actors
// throughout the article — never emitted as places.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(shared.Example(t, "seoul-summons-ambassador.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d := annotate(t, string(b))
	p := New(shipped(t), Options{})
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		feature, admin1 string
		id              int
	}{
		"Primorye":     {"ADM1", "RU.59", 2017623},
		"Khabarovsk":   {"ADM1", "RU.30", 2022888},
		"Amur":         {"ADM1", "RU.05", 2027748},
		"Kursk region": {"ADM1", "RU.41", 538555},
		"Vladivostok":  {"PPLA", "RU.59", 2013348},
	}
	seen := map[string]bool{}
	for _, pl := range d.Places {
		t.Logf("%-16q %s %s %s %d (%.2f, %.2f)", pl.Text, pl.Name, pl.Feature, pl.Admin1, pl.GeonameID, pl.Lat, pl.Lon)
		switch pl.Text {
		case "Seoul", "Pyongyang", "Moscow":
			t.Errorf("%q at %d emitted as a place; it is an actor here", pl.Text, pl.Start)
		}
		w, ok := want[pl.Text]
		if !ok {
			continue
		}
		seen[pl.Text] = true
		if pl.Country != "RUS" || pl.Feature != w.feature || pl.Admin1 != w.admin1 || pl.GeonameID != w.id ||
			pl.Lat < 40 || pl.Lat > 60 || pl.Lon < 30 || pl.Lon > 140 {
			t.Errorf("%q → %+v, want %s %s %d in Russia", pl.Text, pl, w.feature, w.admin1, w.id)
		}
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("%q not among the places", name)
		}
	}
}
