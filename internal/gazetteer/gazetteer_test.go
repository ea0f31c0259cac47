package gazetteer

import (
	"bytes"
	"context"
	"errors"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/models"
)

func TestKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Vladivostok", "vladivostok"},
		{"St. Louis", "st louis"},
		{"Saint Louis", "st louis"},
		{"Kurs'k", "kursk"},
		{"Kurs’k", "kursk"},
		{"the Kursk region", "kursk region"},
		{"Île-de-France", "ile de france"},
		{"Düsseldorf", "dusseldorf"},
		{"Łódź", "lodz"},
		{"São Paulo", "sao paulo"},
		{"Straße", "strasse"},
		{"U.S.", "us"},
		{"Ga.", "ga"},
		{"Mount  Vernon", "mt vernon"},
		{"Москва", "москва"},
		{"Hawaiʻi", "hawaii"},
		{"", ""},
		{"...", ""},
	} {
		if got := Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestStripType(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"kursk oblast", "kursk", true},
		{"kursk region", "kursk", true},
		{"rapides parish", "rapides", true},
		{"province of quebec", "quebec", true},
		{"primorsky krai", "primorsky", true},
		{"kursk", "", false},
		{"region", "", false},
	} {
		got, ok := StripType(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("StripType(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestCompassVariant(t *testing.T) {
	for in, want := range map[string]string{
		"west berkshire": "berkshire", "north yorkshire": "yorkshire", "cheshire east": "cheshire",
		"east riding of yorkshire": "", "north east": "", "south park": "", "berkshire": "", "east bay": "",
	} {
		if got := compassVariant(in); got != want {
			t.Errorf("compassVariant(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAirportNames(t *testing.T) {
	for _, c := range []struct {
		name, city string
		want       []string
	}{
		{"London Heathrow Airport", "London", []string{"London Heathrow Airport", "Heathrow Airport", "heathrow"}},
		{"Washington Dulles International Airport", "Washington", []string{"Washington Dulles International Airport", "Dulles International Airport", "dulles"}},
		{"Montreal / Pierre Elliott Trudeau International Airport", "Montreal", []string{"Montreal / Pierre Elliott Trudeau International Airport", "Pierre Elliott Trudeau International Airport"}},
		{"Goroka Airport", "Goroka", []string{"Goroka Airport"}},
		{"Ben Gurion International Airport", "Tel-aviv", []string{"Ben Gurion International Airport"}},
	} {
		var got []string
		for _, n := range airportNames(c.name, c.city) {
			got = append(got, n.s)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("airportNames(%q, %q) = %q, want %q", c.name, c.city, got, c.want)
		}
	}
}

// TestBuildAirports builds the mini gazetteer with a hand-made airports
// file: an airport with an IATA code near a place takes its country and
// division; one without a code, or in no known country, is left out.
func TestBuildAirports(t *testing.T) {
	g, st, err := Build(context.Background(), "testdata/mini", BuildOptions{Airports: "testdata/airports-mini.json"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Airports != 1 || !strings.Contains(g.Info(), "OpenFlights") {
		t.Errorf("%d airports, info %q", st.Airports, g.Info())
	}
	m, ok := find(g, "Vostochny Airport", "AIRP")
	if p := g.Place(m.Ref); !ok || p.Country != "RUS" || p.Admin1 != "41" || m.Kind != KindAlt {
		t.Errorf("Vostochny Airport → %v %+v", ok, p)
	}
	if _, ok := find(g, "Zorvald Field", "AIRP"); ok {
		t.Errorf("an airport without an IATA code was kept")
	}
	if _, _, err := Build(context.Background(), "testdata/mini", BuildOptions{Airports: "testdata/none.json"}); !errors.Is(err, ErrSource) {
		t.Errorf("missing airports file: %v", err)
	}
}

func buildMini(t testing.TB) *Gazetteer {
	t.Helper()
	g, st, err := Build(context.Background(), "testdata/mini", BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Countries != 2 || st.Admin1 != 4 || st.Admin2 != 2 || st.Places != 5 {
		t.Errorf("stats %+v", st)
	}
	return g
}

func find(g *Gazetteer, name, feature string) (Match, bool) {
	for _, m := range g.Lookup(Key(name), nil) {
		if g.Feature(m.Ref) == feature {
			return m, true
		}
	}
	return Match{}, false
}

func TestBuildMini(t *testing.T) {
	g := buildMini(t)
	cases := []struct {
		name, feature string
		kind          Kind
		id            int
		country       string
	}{
		{"Primorye", "ADM1", KindName, 2017623, "RUS"},
		{"Primorsky Krai", "ADM1", KindAlt, 2017623, "RUS"},
		{"Kursk Oblast", "ADM1", KindName, 538555, "RUS"},
		{"Kursk", "ADM1", KindAlt, 538555, "RUS"},
		{"Kursk", "PPLA", KindName, 538560, "RUS"},
		{"Koersk", "PPLA", KindAlt, 538560, "RUS"},
		{"Sudzha", "PPLA2", KindName, 486816, "RUS"},
		{"Russian", "PCLI", KindDemonym, 2017370, "RUS"},
		{"Russian Federation", "PCLI", KindName, 2017370, "RUS"},
		{"U.S.", "PCLI", KindAbbrev, 6252001, "USA"},
		{"La.", "ADM1", KindAbbrev, 4331987, "USA"},
		{"Rapides", "ADM2", KindVariant, 4338356, "USA"},
		{"Europe", "CONT", KindName, 6255148, ""},
	}
	for _, c := range cases {
		m, ok := find(g, c.name, c.feature)
		if !ok {
			t.Errorf("%q: no %s entry", c.name, c.feature)
			continue
		}
		p := g.Place(m.Ref)
		if m.Kind != c.kind || p.ID != c.id || p.Country != c.country {
			t.Errorf("%q → %s %d %s %s, want %s %d %s", c.name, m.Kind, p.ID, p.Feature, p.Country, c.kind, c.id, c.country)
		}
	}
	// Coordinates: dr5hn's for Primorye, GeoNames' country points for the
	// United States, the Rapides Parish point from dr5hn's counties.
	for _, c := range []struct {
		name, feature string
		lat, lon      float64
	}{
		{"Primorye", "ADM1", 45.08, 134.73},
		{"United States", "PCLI", 39.76, -98.5},
		{"Rapides Parish", "ADM2", 31.19, -92.53},
		{"Vladivostok", "PPLA", 43.10562, 131.87353},
	} {
		m, ok := find(g, c.name, c.feature)
		if !ok {
			t.Errorf("%q: missing", c.name)
			continue
		}
		la, lo := g.LatLon(m.Ref)
		if Distance(la, lo, c.lat, c.lon) > 1 {
			t.Errorf("%q at %.4f,%.4f, want %.4f,%.4f", c.name, la, lo, c.lat, c.lon)
		}
	}
	// Alternate names counted: Kursk has "Koersk" and others.
	if m, _ := find(g, "Kursk", "PPLA"); g.AltNames(m.Ref) < 1 {
		t.Errorf("Kursk: %d alternate names", g.AltNames(m.Ref))
	}
	// Containment codes.
	m, _ := find(g, "Alexandria", "PPLA2")
	if p := g.Place(m.Ref); p.Admin1 == "" || g.Admin2Of(m.Ref) == NoRef {
		t.Errorf("Alexandria: admin1 %q, admin2 %d", p.Admin1, g.Admin2Of(m.Ref))
	}
	if r := g.Admin1ByCode("RU", "59"); r == NoRef || g.Name(r) != "Primorye" {
		t.Errorf("Admin1ByCode(RU, 59) = %d", r)
	}
	if r := g.CountryByCode("RUS"); r == NoRef || g.ID(r) != 2017370 {
		t.Errorf("CountryByCode(RUS) = %d", r)
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	g := buildMini(t)
	var a, b bytes.Buffer
	if err := g.Write(&a); err != nil {
		t.Fatal(err)
	}
	h, err := Read(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if h.Len() != g.Len() || h.Keys() != g.Keys() || h.Info() != Credits {
		t.Fatalf("read %d entries %d keys, wrote %d %d", h.Len(), h.Keys(), g.Len(), g.Keys())
	}
	for r := Ref(0); int(r) < g.Len(); r++ {
		if g.Place(r) != h.Place(r) || g.AltNames(r) != h.AltNames(r) {
			t.Fatalf("entry %d: %+v (%d alternate names) != %+v (%d)", r, g.Place(r), g.AltNames(r), h.Place(r), h.AltNames(r))
		}
	}
	// Reproducible: the same gazetteer writes the same bytes.
	if err := h.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("writing the read gazetteer gave different bytes")
	}
	if h.Checksum() != models.Checksum(a.Bytes()) {
		t.Error("checksum differs")
	}
}

func TestReadRejectsDamage(t *testing.T) {
	g := buildMini(t)
	var buf bytes.Buffer
	if err := g.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(bytes.NewReader([]byte("not gzip"))); !errors.Is(err, ErrFormat) {
		t.Errorf("not gzip: %v", err)
	}
	// Truncate the uncompressed body.
	body := gunzip(t, buf.Bytes())
	for _, n := range []int{0, 5, 20, len(body) / 2, len(body) - 1} {
		if _, err := Read(bytes.NewReader(gzipBytes(t, body[:n]))); !errors.Is(err, ErrFormat) {
			t.Errorf("truncated at %d: %v", n, err)
		}
	}
}

func TestBuildMissingSource(t *testing.T) {
	_, _, err := Build(context.Background(), t.TempDir(), BuildOptions{})
	if !errors.Is(err, ErrSource) {
		t.Errorf("Build on an empty folder: %v, want ErrSource", err)
	}
}

// TestShipped checks the embedded gazetteer's contents and size, and
// reports its load time and heap.
func TestShipped(t *testing.T) {
	if len(models.Gazetteer) == 0 {
		t.Skip("no embedded gazetteer")
	}
	if n := len(models.Gazetteer); n > 25<<20 {
		t.Errorf("gazetteer file is %d bytes, over 25 MB", n)
	}
	g, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	places, big := 0, 0
	adm := map[string]int{}
	for r := Ref(0); int(r) < g.Len(); r++ {
		switch f := g.Feature(r); {
		case g.Class(r) == 'P':
			places++
			if g.Population(r) >= 5000 {
				big++
			}
		default:
			adm[f]++
		}
	}
	t.Logf("%d entries, %d keys: %d populated places (%d of 5,000 or more), %d countries, %d ADM1, %d ADM2",
		g.Len(), g.Keys(), places, big, adm["PCLI"]+adm["PCLD"], adm["ADM1"], adm["ADM2"])
	if big < 50000 || adm["ADM1"] < 3800 || adm["ADM2"] < 40000 || adm["PCLI"]+adm["PCLD"] < 240 {
		t.Errorf("gazetteer too small")
	}
	for _, c := range []struct {
		name, feature, country, admin1 string
		id                             int
	}{
		{"Primorye", "ADM1", "RUS", "59", 2017623},
		{"Primorsky Krai", "ADM1", "RUS", "59", 2017623},
		{"Kursk Oblast", "ADM1", "RUS", "41", 538555},
		{"Khabarovsk", "ADM1", "RUS", "30", 2022888},
		{"Khabarovsk", "PPLA", "RUS", "30", 2022890},
		{"Amur Oblast", "ADM1", "RUS", "05", 2027748},
		{"Vladivostok", "PPLA", "RUS", "59", 2013348},
		{"Northamptonshire", "ADM2", "GBR", "ENG", 13192427},
		{"Bosnian", "PCLI", "BIH", "", 3277605},
		{"Ontarians", "ADM1", "CAN", "08", 6093943},
	} {
		m, ok := find(g, c.name, c.feature)
		if !ok {
			t.Errorf("%q: no %s", c.name, c.feature)
			continue
		}
		p := g.Place(m.Ref)
		if p.ID != c.id || p.Country != c.country || p.Admin1 != c.admin1 {
			t.Errorf("%q → %+v", c.name, p)
		}
	}
}

// TestShippedExonyms checks that the shipped gazetteer keeps the English
// names GeoNames has only as alternate names of big cities, and that
// AltNames tells the well-known city from its small namesakes.
func TestShippedExonyms(t *testing.T) {
	if len(models.Gazetteer) == 0 {
		t.Skip("no embedded gazetteer")
	}
	g, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		id   int
	}{
		{"Antwerp", 2803138}, {"Gothenburg", 2711537}, {"Seville", 2510911}, {"Cologne", 2886242},
		{"Calcutta", 1275004}, {"Peking", 1816670}, {"Marseilles", 2995469}, {"Venice", 3164603},
	} {
		best, most := -1, -1
		for _, m := range g.Lookup(Key(c.name), nil) {
			if g.Class(m.Ref) == 'P' && g.AltNames(m.Ref) > most {
				best, most = g.ID(m.Ref), g.AltNames(m.Ref)
			}
		}
		if best != c.id {
			t.Errorf("%q: best-known place %d (%d alternate names), want %d", c.name, best, most, c.id)
		}
	}
}

// TestShippedHeap measures the heap the loaded gazetteer holds; the bar is
// 150 MB.
func TestShippedHeap(t *testing.T) {
	if len(models.Gazetteer) == 0 {
		t.Skip("no embedded gazetteer")
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	g, err := Read(bytes.NewReader(models.Gazetteer))
	took := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	heap := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	runtime.KeepAlive(g)
	t.Logf("load %s, heap held %.1f MB, peak allocation %.1f MB", took, float64(heap)/1e6,
		float64(after.TotalAlloc-before.TotalAlloc)/1e6)
	if heap > 150e6 {
		t.Errorf("gazetteer holds %d bytes of heap, over 150 MB", heap)
	}
	if os.Getenv("SITREP_STRICT_TIMING") != "" && took > 300*time.Millisecond {
		t.Errorf("load took %s, over 300 ms", took)
	}
}

// BenchmarkLoad measures reading the embedded gazetteer (the bar is 300 ms).
func BenchmarkLoad(b *testing.B) {
	if len(models.Gazetteer) == 0 {
		b.Skip("no embedded gazetteer")
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(bytes.NewReader(models.Gazetteer)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLookup measures one name lookup.
func BenchmarkLookup(b *testing.B) {
	g, err := Shipped()
	if err != nil {
		b.Skip(err)
	}
	keys := []string{"vladivostok", "kursk region", "washington", "alexandria", "nowhere at all"}
	var buf []Match
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		buf = g.Lookup(keys[i%len(keys)], buf[:0])
	}
}

// TestBuildReproducible builds twice and compares the bytes: map iteration
// order must not reach the file.
func TestBuildReproducible(t *testing.T) {
	var sums []string
	for range 3 {
		g, _, err := Build(context.Background(), "testdata/mini", BuildOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := g.Write(&buf); err != nil {
			t.Fatal(err)
		}
		sums = append(sums, models.Checksum(buf.Bytes()))
	}
	if sums[0] != sums[1] || sums[1] != sums[2] {
		t.Errorf("three builds, three files: %v", sums)
	}
}
