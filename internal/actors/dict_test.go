package actors

import (
	"bytes"
	"compress/gzip"
	"io"
	"testing"
	"time"
)

func gunzip(t testing.TB, b []byte) string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func gzipBytes(t testing.TB, s string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := io.WriteString(zw, s); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// codes returns the codes (name form) of the entries a phrase finds.
func codes(d *Dict, phrase string) []string {
	var out []string
	for _, h := range d.Lookup(phrase) {
		e := d.Entry(h.Entry)
		c := e.Code
		if e.Kind == KindPerson {
			c = "person:" + e.Name
		}
		switch h.Form {
		case FormAdj:
			c += "/adj"
		case FormPeople:
			c += "/people"
		case FormCapital:
			c += "/capital"
		case FormSeat:
			c += "/seat:" + e.Seats[h.Seat].Sector
		case FormPlural:
			c += "/plural"
		}
		out = append(out, c)
	}
	return out
}

func TestLookup(t *testing.T) {
	d := parseSample(t)
	for _, c := range []struct {
		phrase string
		want   string
	}{
		{"South Korea", "KOR"},
		{"south korea", ""}, // names ask for capitals
		{"SOUTH KOREA", "KOR"},
		{"Republic of Korea", "KOR"},
		{"ROK", "KOR"},
		{"Rok", ""}, // acronyms ask for all capitals
		{"South Korean", "KOR/adj"},
		{"North Koreans", "PRK/people"},
		{"Seoul", "KOR/capital"},
		{"Kremlin", "RUS/seat:GOV"},
		{"Duma building", "RUS/seat:LEG"},
		{"UN", "IGOUNO"},
		{"U.N.", "IGOUNO"},
		{"un", ""},
		{"NIS", "KORSPY"},
		{"Kim Jong-un", "person:Kim Jong Un"},
		{"Kim Jong Un", "person:Kim Jong Un"},
		{"Yoon Suk-yeol", "person:Yoon Suk Yeol"}, // the weaker capitalization of two spellings
		{"foreign minister", "GOV"},
		{"Foreign Minister", "GOV"},
		{"Vice Foreign Minister", "GOV"},
		{"foreign ministers", "GOV/plural"},
		{"embassies", "GOV/plural"},
		{"Latin America", "---"},
		{"Korea", ""},
	} {
		got := codes(d, c.phrase)
		want := []string(nil)
		if c.want != "" {
			want = []string{c.want}
		}
		if len(got) != len(want) || (len(got) == 1 && got[0] != want[0]) {
			t.Errorf("Lookup(%q) = %v, want %v", c.phrase, got, want)
		}
	}
}

func TestMatchesLongestLast(t *testing.T) {
	d := parseSample(t)
	words := []string{"the", "Republic", "of", "Korea", "said"}
	ids := make([]uint32, len(words))
	for i, w := range words {
		ids[i] = d.WordID(Fold(w))
	}
	if ids[0] != 0 || ids[4] != 0 {
		t.Errorf("words not in the dictionary got ids %d, %d", ids[0], ids[4])
	}
	ms := d.Matches(ids, 1, nil)
	if len(ms) != 1 || ms[0].Len != 3 {
		t.Fatalf("Matches at 'Republic' = %+v, want one of 3 words", ms)
	}
	ids2 := []uint32{d.WordID("vice"), d.WordID("foreign"), d.WordID("minister")}
	if ms := d.Matches(ids2, 1, nil); len(ms) != 1 || ms[0].Len != 2 {
		t.Errorf("Matches at 'foreign minister' = %+v", ms)
	}
	if n := testing.AllocsPerRun(100, func() { _ = d.WordIDBytes([]byte("minister")) }); n != 0 {
		t.Errorf("WordIDBytes allocates %v times", n)
	}
}

func day(s string) Day {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return MakeDay(t.Year(), t.Month(), t.Day())
}

func TestDatedRoles(t *testing.T) {
	d := parseSample(t)
	person := func(name string) *Entry {
		hs := d.Lookup(name)
		if len(hs) != 1 {
			t.Fatalf("Lookup(%q) = %v", name, hs)
		}
		return d.Entry(hs[0].Entry)
	}
	for _, c := range []struct {
		name, day, want string
	}{
		{"Kim Jong Un", "2024-10-21", "PRKGOV"},
		{"Kim Jong Un", "1994-05-01", "PRK"},    // before his first office
		{"Kim Il Sung", "1994-05-01", "PRKGOV"}, // in office
		{"Kim Il Sung", "2024-10-21", "PRKELI"}, // after his last
		{"Kim Jong Il", "1994-07-08", "PRKGOV"},
		{"Kim Jong Il", "2011-12-18", "PRKELI"},
		{"Yoon Suk Yeol", "2022-05-10", "KORGOV"},
		{"Yoon Suk Yeol", "2025-04-04", "KORGOV"},
		{"Yoon Suk Yeol", "2025-04-05", "KORELI"},
		{"Romanian Example", "2020-06-01", "ROMGOV"},
		{"Kim Jong Un", "", "PRKGOV"}, // unknown date: the latest role
		{"Kim Il Sung", "", "PRKGOV"},
	} {
		var dy Day
		if c.day != "" {
			dy = day(c.day)
		}
		r, ok := person(c.name).At(dy)
		if !ok || r.Code != c.want {
			t.Errorf("%s on %q: %q (%v), want %s", c.name, c.day, r.Code, ok, c.want)
		}
	}
	if r, _ := person("Romanian Example").At(day("2020-06-01")); r.Country != "ROU" || r.Sector != "GOV" {
		t.Errorf("CAMEO code ROMGOV split as %q %q, want ROU GOV", r.Country, r.Sector)
	}
	taliban := d.Entry(d.Lookup("Taliban")[0].Entry)
	for dy, want := range map[string]string{"2001-10-07": "AFGREB", "2021-08-15": "AFGGOV", "": "AFGGOV"} {
		var x Day
		if dy != "" {
			x = day(dy)
		}
		if r, _ := taliban.At(x); r.Code != want {
			t.Errorf("Taliban on %q: %s, want %s", dy, r.Code, want)
		}
	}
}

func TestHolders(t *testing.T) {
	d := parseSample(t)
	names := func(country, office, dy string) []string {
		var x Day
		if dy != "" {
			x = day(dy)
		}
		var out []string
		for _, h := range d.Holders(country, office, x) {
			out = append(out, h.Entry.Name)
		}
		return out
	}
	for _, c := range []struct {
		country, office, day string
		want                 []string
	}{
		{"PRK", "leader", "1994-01-01", []string{"Kim Il Sung"}},
		{"PRK", "leader", "1994-07-08", []string{"Kim Il Sung", "Kim Jong Il"}}, // the hand-over day
		{"PRK", "leader", "2000-01-01", []string{"Kim Jong Il"}},
		{"PRK", "leader", "2024-10-21", []string{"Kim Jong Un"}},
		{"PRK", "head-of-state,leader", "2024-10-21", []string{"Kim Jong Un"}},
		{"KOR", "head-of-state", "2024-10-21", []string{"Yoon Suk Yeol"}},
		{"KOR", "head-of-state", "2025-05-01", nil},
		{"KOR", "foreign-minister", "2024-10-21", nil},
		{"PRK", "leader", "", []string{"Kim Il Sung", "Kim Jong Il", "Kim Jong Un"}},
	} {
		got := names(c.country, c.office, c.day)
		if len(got) != len(c.want) {
			t.Errorf("Holders(%s, %s, %s) = %v, want %v", c.country, c.office, c.day, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("Holders(%s, %s, %s) = %v, want %v", c.country, c.office, c.day, got, c.want)
				break
			}
		}
	}
}

func TestSplitCode(t *testing.T) {
	countries := map[string]bool{"KOR": true, "ROU": true, "USA": true}
	cameo := map[string]string{"ROM": "ROU"}
	for _, c := range []struct{ code, country, sector string }{
		{"KORGOV", "KOR", "GOV"},
		{"KOR", "KOR", ""},
		{"KORGOVMIL", "KOR", "GOV"},
		{"ROMGOV", "ROU", "GOV"},
		{"IGOUNO", "", "IGO"},
		{"IGOWSTNAT", "", "IGO"},
		{"NGO", "", "NGO"},
		{"GOV", "", "GOV"},
		{"HOBGOV", "", "HOB"},
		{"JRN", "", "JRN"},
		{"---GOV", "", "---"},
		{"X", "", "X"},
	} {
		c1, s1 := SplitCode(c.code, countries, cameo)
		if c1 != c.country || s1 != c.sector {
			t.Errorf("SplitCode(%q) = %q, %q; want %q, %q", c.code, c1, s1, c.country, c.sector)
		}
	}
}

func TestDays(t *testing.T) {
	for _, c := range []struct {
		in       string
		from, to Day
		ok       bool
	}{
		{"2022-05-10..2025-04-04", 20220510, 20250404, true},
		{"2022-05..", 20220501, 0, true},
		{"..2024-02", 0, 20240229, true},
		{"2023", 20230101, 20231231, true},
		{"2024-02-30..", 0, 0, false},
		{"22-05-10..", 0, 0, false},
		{"2025..2024", 0, 0, false},
	} {
		f, to, err := parseRange(c.in)
		if (err == nil) != c.ok || (c.ok && (f != c.from || to != c.to)) {
			t.Errorf("parseRange(%q) = %v, %v, %v", c.in, f, to, err)
		}
	}
	if got := Day(20241021).AddDays(-21); got != 20240930 {
		t.Errorf("AddDays: %v", got)
	}
	if got := Day(20241021).Date().String(); got != "2024-10-21" {
		t.Errorf("Date: %v", got)
	}
}
