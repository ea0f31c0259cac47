package actors

import (
	"bytes"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestBuild(t *testing.T) {
	dir := filepath.Join("testdata", "build")
	d, notes, err := Build(BuildSources{
		Countries:   filepath.Join(dir, "countries.json"),
		CountryInfo: filepath.Join(dir, "countryInfo.txt"),
		Dict:        filepath.Join(dir, "dict"),
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Credits {
		if !slices.Contains(notes, c) {
			t.Errorf("notes lack the credit %q", c)
		}
	}
	country := func(code string) *Entry {
		e := d.Country(code)
		if e == nil {
			t.Fatalf("no country %s", code)
		}
		return e
	}
	kor := country("KOR")
	if !reflect.DeepEqual(kor.Names, []string{"South Korea", "Republic of Korea", "Korea", "ROK"}) {
		t.Errorf("KOR names %q: want the data's names, then the hand-written ones, no codes or inversions", kor.Names)
	}
	if !reflect.DeepEqual(kor.People, []string{"South Koreans"}) || !reflect.DeepEqual(kor.Capitals, []string{"Seoul"}) ||
		!reflect.DeepEqual(kor.Seats, []Seat{{"Blue House", "GOV"}}) {
		t.Errorf("KOR %+v", kor)
	}
	// A shared demonym goes to the more populous country; "Congo" to the
	// country that lists it by hand.
	if cod, cog := country("COD"), country("COG"); !slices.Contains(cod.Adjectives, "Congolese") || len(cog.Adjectives) != 0 ||
		!slices.Contains(cod.Names, "Congo") || slices.Contains(cog.Names, "Congo") {
		t.Errorf("COD %q %q, COG %q %q", cod.Names, cod.Adjectives, cog.Names, cog.Adjectives)
	}
	// A sovereign state before a territory.
	if fra, atf := country("FRA"), country("ATF"); !slices.Contains(fra.Adjectives, "French") || slices.Contains(atf.Adjectives, "French") {
		t.Errorf("French: FRA %q, ATF %q", fra.Adjectives, atf.Adjectives)
	}
	if atf := country("ATF"); len(atf.Capitals) != 0 {
		t.Errorf("a territory's capital is no government metonym: %q", atf.Capitals)
	}
	// A capital that is the country's own name is dropped.
	if sgp := country("SGP"); len(sgp.Capitals) != 0 {
		t.Errorf("SGP capitals %q", sgp.Capitals)
	}
	if xkx := country("XKX"); xkx.Name != "Kosovo" || !slices.Contains(xkx.Capitals, "Pristina") {
		t.Errorf("Kosovo: %+v", xkx)
	}
	if d.Country("UNK") != nil {
		t.Error("mledoze's UNK kept for Kosovo")
	}
	if atg := country("ATG"); !reflect.DeepEqual(atg.Adjectives, []string{"Antiguan", "Barbudan"}) {
		t.Errorf("ATG demonyms %q", atg.Adjectives)
	}
	if hs := d.Lookup("embassy"); len(hs) != 1 {
		t.Errorf("hand-written role missing: %v", hs)
	}
	// Reproducible: two builds give the same bytes.
	var a, b bytes.Buffer
	if err := d.Write(&a, notes); err != nil {
		t.Fatal(err)
	}
	d2, notes2, err := Build(BuildSources{
		Countries:   filepath.Join(dir, "countries.json"),
		CountryInfo: filepath.Join(dir, "countryInfo.txt"),
		Dict:        filepath.Join(dir, "dict"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := d2.Write(&b, notes2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two builds from the same inputs differ")
	}
	if !strings.Contains(gunzip(t, a.Bytes()), "countries.json sha256 ") {
		t.Error("the compiled file does not record its inputs' checksums")
	}
}

func TestBuildErrors(t *testing.T) {
	dir := filepath.Join("testdata", "build")
	if _, _, err := Build(BuildSources{Countries: filepath.Join(dir, "nope.json"), CountryInfo: filepath.Join(dir, "countryInfo.txt"), Dict: filepath.Join(dir, "dict")}); err == nil {
		t.Error("Build without the countries file succeeded")
	}
	if _, _, err := Build(BuildSources{Countries: filepath.Join(dir, "countries.json"), CountryInfo: filepath.Join(dir, "countryInfo.txt"), Dict: t.TempDir()}); err == nil {
		t.Error("Build without hand-written files succeeded")
	}
}
