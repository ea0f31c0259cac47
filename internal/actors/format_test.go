package actors

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/models"
)

const sample = `# A small dictionary in the sitrep format.
country KOR: South Korea | Republic of Korea | ROK   # trailing comment
  adj: South Korean
  people: South Koreans
  capital: Seoul
  seat: Blue House
country PRK: North Korea | DPRK
  adj: North Korean
  people: North Koreans
  capital: Pyongyang
country RUS: Russia
  adj: Russian
  capital: Moscow
  seat: Kremlin
  seat LEG: Duma building
country ROU: Romania
  cameo ROM
country USA: United States | US
org IGOUNO: United Nations | UN | U.N.
org KORSPY: National Intelligence Service | NIS
org IMGMOSALQ country=- sector=REB: al-Qaeda
org AFGREB: Taliban
  as AFGGOV 2021-08-15..
org ---: Latin America
person: Kim Il Sung | Kim Il-sung
  as PRKGOV 1948-09-09..1994-07-08 leader,head-of-state: Leader
person: Kim Jong Il
  as PRKGOV 1994-07-08..2011-12-17 leader,head-of-state: Leader
person: Kim Jong Un | Kim Jong-un
  as PRKGOV 2011-12-17.. leader,head-of-state: Supreme Leader
person: Yoon Suk Yeol | Yoon Suk-yeol
  as KORGOV 2022-05-10..2025-04-04 head-of-state: President
person: Romanian Example
  as ROMGOV 2020..2021
role GOV title office=head-of-state: president
role GOV title office=leader,head-of-state: leader
role GOV title: {|vice }foreign minister | minister of foreign affairs
role GOV body: embassy
role MIL group: troops
role MIL title weak: general
role MIL title named: captain
`

func parseSample(t *testing.T) *Dict {
	t.Helper()
	d, err := Parse(strings.NewReader(sample), "sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestParseEntries(t *testing.T) {
	es, err := ParseEntries(strings.NewReader(sample), "sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 22 {
		t.Fatalf("%d entries, want 22", len(es))
	}
	kor := es[0]
	if kor.Kind != KindCountry || kor.Code != "KOR" || kor.Name != "South Korea" ||
		!reflect.DeepEqual(kor.Names, []string{"South Korea", "Republic of Korea", "ROK"}) ||
		!reflect.DeepEqual(kor.Adjectives, []string{"South Korean"}) ||
		!reflect.DeepEqual(kor.Capitals, []string{"Seoul"}) ||
		!reflect.DeepEqual(kor.Seats, []Seat{{"Blue House", "GOV"}}) || kor.Source != "sample.txt:2" {
		t.Errorf("KOR parsed as %+v", kor)
	}
	if rus := es[2]; !reflect.DeepEqual(rus.Seats, []Seat{{"Kremlin", "GOV"}, {"Duma building", "LEG"}}) {
		t.Errorf("RUS seats %+v", rus.Seats)
	}
	if rou := es[3]; rou.CAMEO != "ROM" {
		t.Errorf("ROU cameo %q", rou.CAMEO)
	}
	fm := es[len(es)-5]
	if fm.Kind != KindRole || fm.RoleKind != Title ||
		!reflect.DeepEqual(fm.Names, []string{"foreign minister", "vice foreign minister", "minister of foreign affairs"}) {
		t.Errorf("brace expansion: %+v", fm)
	}
	if g := es[len(es)-2]; !g.Weak || g.RoleKind != Title {
		t.Errorf("weak role %+v", g)
	}
	if c := es[len(es)-1]; !c.Named {
		t.Errorf("named role %+v", c)
	}
	kim := es[10]
	if kim.Kind != KindPerson || len(kim.Roles) != 1 || kim.Roles[0].From != 19480909 || kim.Roles[0].To != 19940708 ||
		kim.Roles[0].Office != "leader,head-of-state" || kim.Roles[0].Title != "Leader" {
		t.Errorf("Kim Il Sung parsed as %+v", kim)
	}
	if r := es[14].Roles[0]; r.From != 20200101 || r.To != 20211231 {
		t.Errorf("year range parsed as %v..%v", r.From, r.To)
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ in, where string }{
		{"country\n", "x.txt:1"},
		{"country kor: Korea\n", "x.txt:1"},
		{"  adj: Korean\n", "x.txt:1"},
		{"org IGOUNO color=blue: UN\n", "x.txt:1"},
		{"person: Nobody\n", "x.txt:1"},
		{"person: Somebody\n  as KORGOV 2024-13-01..\n", "x.txt:2"},
		{"person: Somebody\n  as KORGOV 2024-05-01..2023-01-01\n", "x.txt:2"},
		{"role GOV boss: chief\n", "x.txt:1"},
		{"role GOV title: {a|b\n", "x.txt:1"},
		{"widget X: y\n", "x.txt:1"},
		{"country KOR: Korea\n  capital X: Seoul\n", "x.txt:2"},
		{"org IGOUNO: UN\n  adj: UNish\n", "x.txt:2"},
		{"\n\ncountry KOR: Korea\n  seat A B: x\n", "x.txt:4"},
	} {
		_, err := ParseEntries(strings.NewReader(c.in), "x.txt")
		if !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), c.where+":") {
			t.Errorf("ParseEntries(%q): error %v, want ErrSyntax at %s", c.in, err, c.where)
		}
	}
}

func TestWriteParseRoundTrip(t *testing.T) {
	d := parseSample(t)
	var buf bytes.Buffer
	if err := WriteEntries(&buf, d.Entries()); err != nil {
		t.Fatal(err)
	}
	d2, err := Parse(bytes.NewReader(buf.Bytes()), "written")
	if err != nil {
		t.Fatalf("reading back:\n%s\n%v", buf.String(), err)
	}
	a, b := d.Entries(), d2.Entries()
	if len(a) != len(b) {
		t.Fatalf("%d entries read back, want %d", len(b), len(a))
	}
	for i := range a {
		x, y := a[i], b[i]
		x.Source, y.Source = "", ""
		if !reflect.DeepEqual(x, y) {
			t.Errorf("entry %d:\n wrote %+v\n  read %+v", i, x, y)
		}
	}
	// Compiled: gzip with a header line; the same entries give the same bytes.
	var c1, c2 bytes.Buffer
	if err := d.Write(&c1, []string{"note"}); err != nil {
		t.Fatal(err)
	}
	if err := d2.Write(&c2, []string{"note"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(c1.Bytes(), c2.Bytes()) {
		t.Error("the same entries compiled to different bytes")
	}
	d3, err := Load(bytes.NewReader(c1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if d3.Len() != d.Len() || d3.Sum() != models.Checksum(c1.Bytes()) {
		t.Errorf("Load: %d entries, sum %s", d3.Len(), d3.Sum())
	}
	if _, err := Load(strings.NewReader("not gzip")); err == nil {
		t.Error("Load accepted a file that is not gzip")
	}
}

func TestLoadRefusesOtherVersions(t *testing.T) {
	var buf bytes.Buffer
	d := NewDict(nil)
	if err := d.Write(&buf, nil); err != nil {
		t.Fatal(err)
	}
	// Rewrite the header.
	raw := strings.Replace(gunzip(t, buf.Bytes()), FormatHeader, "# sitrep actor dictionary, format 9", 1)
	if _, err := Load(bytes.NewReader(gzipBytes(t, raw))); !errors.Is(err, ErrVersion) {
		t.Errorf("Load(format 9): %v, want ErrVersion", err)
	}
}
