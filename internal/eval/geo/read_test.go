package geo

import (
	"os"
	"strings"
	"testing"
)

func readFile(t testing.TB, name string, read func(r *os.File) ([]Article, error)) []Article {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	arts, err := read(f)
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

func TestReadLGL(t *testing.T) {
	arts := readFile(t, "lgl.xml", func(f *os.File) ([]Article, error) { return ReadLGL(f) })
	if len(arts) != 1 {
		t.Fatalf("%d articles", len(arts))
	}
	a := arts[0]
	if a.ID != "1" || a.Date != "2009-03-20" || a.Title != "Fire in Alexandria" {
		t.Errorf("article %q %q %q", a.ID, a.Date, a.Title)
	}
	// "Nowhere" is not at its offsets: dropped. "Pineville" is one
	// character off: found. "Zürich" follows a multi-byte "é".
	if a.Dropped != 1 || len(a.Toponyms) != 4 {
		t.Fatalf("dropped %d, kept %d", a.Dropped, len(a.Toponyms))
	}
	want := []struct {
		phrase     string
		start, end int
		id         int
		coords     bool
		country    int
		feature    string
	}{
		{"Alexandria", 9, 19, 4314550, true, 6252001, "PPLA2"},
		{"La.", 21, 24, 4331987, true, 6252001, "ADM1"},
		{"Pineville", 46, 55, 0, false, 0, ""},
		{"Zürich", 73, 80, 2657896, true, 2658434, "PPLA"},
	}
	for i, w := range want {
		tp := a.Toponyms[i]
		if tp.Phrase != w.phrase || tp.Start != w.start || tp.End != w.end || tp.GeonameID != w.id ||
			tp.HasCoords != w.coords || tp.CountryID != w.country || tp.Feature != w.feature {
			t.Errorf("toponym %d = %+v, want %+v", i, tp, w)
		}
		if a.Text[tp.Start:tp.End] != tp.Phrase {
			t.Errorf("span [%d,%d) covers %q, not %q", tp.Start, tp.End, a.Text[tp.Start:tp.End], tp.Phrase)
		}
	}
}

func TestReadGWN(t *testing.T) {
	arts := readFile(t, "gwn.xml", func(f *os.File) ([]Article, error) { return ReadGWN(f) })
	if len(arts) != 1 || arts[0].ID != "7" || len(arts[0].Toponyms) != 3 {
		t.Fatalf("%+v", arts)
	}
	v := arts[0].Toponyms[0]
	if v.Phrase != "Vladivostok" || v.GeonameID != 2013348 || !v.HasCoords || v.Type != "Literal" {
		t.Errorf("%+v", v)
	}
	if d := arts[0].Toponyms[1]; d.HasCoords || d.Type != "Demonym" {
		t.Errorf("demonym %+v", d)
	}
}

func TestReadGeoVirus(t *testing.T) {
	arts := readFile(t, "geovirus.xml", func(f *os.File) ([]Article, error) { return ReadGeoVirus(f) })
	if len(arts) != 1 || len(arts[0].Toponyms) != 2 || arts[0].Dropped != 0 {
		t.Fatalf("%+v", arts)
	}
	a := arts[0]
	for _, tp := range a.Toponyms {
		if a.Text[tp.Start:tp.End] != tp.Phrase || !tp.HasCoords || tp.GeonameID != 0 {
			t.Errorf("%+v covers %q", tp, a.Text[tp.Start:tp.End])
		}
	}
	if a.Toponyms[1].Phrase != "Łódź" || a.Toponyms[1].Start != strings.Index(a.Text, "Łódź") {
		t.Errorf("Łódź at %d", a.Toponyms[1].Start)
	}
}

func TestAlign(t *testing.T) {
	text := "née à Zürich, près de Zürich"
	for _, c := range []struct {
		start, end int
		phrase     string
		bs, be     int
		ok         bool
	}{
		{6, 12, "Zürich", 8, 15, true},   // code points 6..12
		{7, 13, "Zürich", 8, 15, true},   // one off: nearest occurrence
		{20, 26, "Zürich", 26, 33, true}, // the second one
		{0, 3, "Bern", 0, 0, false},
		{-1, 2, "né", 0, 0, false},
		{5, 4, "x", 0, 0, false},
	} {
		bs, be, ok := Align(text, c.start, c.end, c.phrase)
		if bs != c.bs || be != c.be || ok != c.ok {
			t.Errorf("Align(%d,%d,%q) = %d,%d,%v; want %d,%d,%v", c.start, c.end, c.phrase, bs, be, ok, c.bs, c.be, c.ok)
		}
	}
}

func TestReadBadXML(t *testing.T) {
	for _, s := range []string{"", "<articles><article>", "not xml"} {
		if _, err := ReadLGL(strings.NewReader(s)); err == nil {
			t.Errorf("ReadLGL(%q): no error", s)
		}
	}
}

func fuzzReader(f *testing.F, file string, read func(s string) ([]Article, error)) {
	b, err := os.ReadFile("testdata/" + file)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	f.Add("<articles></articles>")
	f.Fuzz(func(t *testing.T, s string) {
		arts, err := read(s)
		if err != nil {
			return
		}
		for _, a := range arts {
			for _, tp := range a.Toponyms {
				if tp.Start < 0 || tp.End > len(a.Text) || tp.Start > tp.End || a.Text[tp.Start:tp.End] != tp.Phrase {
					t.Fatalf("bad span %+v in %q", tp, a.Text)
				}
			}
		}
	})
}

func FuzzReadLGL(f *testing.F) {
	fuzzReader(f, "lgl.xml", func(s string) ([]Article, error) { return ReadLGL(strings.NewReader(s)) })
}

func FuzzReadGWN(f *testing.F) {
	fuzzReader(f, "gwn.xml", func(s string) ([]Article, error) { return ReadGWN(strings.NewReader(s)) })
}

func FuzzReadGeoVirus(f *testing.F) {
	fuzzReader(f, "geovirus.xml", func(s string) ([]Article, error) { return ReadGeoVirus(strings.NewReader(s)) })
}
