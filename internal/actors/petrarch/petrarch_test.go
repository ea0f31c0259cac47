package petrarch

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/actors"
	"github.com/sitrep/sitrep/internal/shared"
)

func readActorsFile(t testing.TB, path string, opt Options) []actors.Entry {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	es, err := ReadActors(f, filepath.Base(path), opt)
	if err != nil {
		t.Fatal(err)
	}
	return es
}

func readAgentsFile(t testing.TB, path string) []actors.Entry {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	es, err := ReadAgents(f, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	return es
}

func day(y int, m time.Month, d int) actors.Day { return actors.MakeDay(y, m, d) }

func TestReadActors(t *testing.T) {
	es := readActorsFile(t, "testdata/small.actors", Options{})
	byName := map[string]actors.Entry{}
	for _, e := range es {
		byName[e.Name] = e
	}
	if len(es) != 9 {
		t.Errorf("%d entries, want 9 (an entry with no code is dropped)", len(es))
	}
	fre := byName["Freedonia"]
	if fre.Code != "FRE" || fre.Country != "FRE" || fre.Sector != "" ||
		!reflect.DeepEqual(fre.Names, []string{"Freedonia", "Freedonian", "Freedonians"}) || fre.Source != "small.actors:10" {
		t.Errorf("Freedonia: %+v", fre)
	}
	if fre.Kind != actors.KindCountry {
		t.Errorf("Freedonia [FRE]: kind %v, want country (a bare country code)", fre.Kind)
	}
	rufus := byName["Rufus T. Firefly"]
	want := []actors.Role{
		{Code: "FRE", Country: "FRE", To: day(1932, 12, 31)},
		{Code: "FREGOV", Country: "FRE", Sector: "GOV", From: day(1933, 1, 1), To: day(1935, 12, 31)},
		{Code: "FREELI", Country: "FRE", Sector: "ELI", From: day(1936, 1, 1)},
	}
	if !reflect.DeepEqual(rufus.Roles, want) || rufus.Code != "---" || !reflect.DeepEqual(rufus.Names, []string{"Rufus T. Firefly", "Firefly"}) {
		t.Errorf("Rufus T. Firefly: %+v", rufus)
	}
	for d, code := range map[actors.Day]string{day(1930, 1, 1): "FRE", day(1934, 6, 1): "FREGOV", day(1940, 1, 1): "FREELI"} {
		if r, _ := rufus.At(d); r.Code != code {
			t.Errorf("Firefly on %s: %s, want %s", d, r.Code, code)
		}
	}
	tr := byName["Ambassador Trentino"]
	if tr.Code != "SYL" || len(tr.Roles) != 1 || tr.Roles[0].Code != "SYLGOV" || tr.Roles[0].From != day(1933, 1, 1) {
		t.Errorf("Trentino: %+v", tr)
	}
	if e := byName["League of Nations"]; e.Code != "IGOLON" || e.Country != "" || e.Sector != "IGO" {
		t.Errorf("League of Nations: %+v", e)
	}
	if e := byName["Chicolini"]; e.Code != "---" {
		t.Errorf("Chicolini: %+v", e)
	}
	if e := byName["Pinky"]; e.Code != "FRE" {
		t.Errorf("lower-case code: %+v", e)
	}
	if e := byName["Marx Brothers"]; e.Code != "FRE/SYL" || e.Country != "FRE" || e.Sector != "" {
		t.Errorf("slash code (several actors, the first's country): %+v", e)
	}
	if got := SplitCodes("FRE/SYL"); !reflect.DeepEqual(got, []string{"FRE", "SYL"}) {
		t.Errorf("SplitCodes(FRE/SYL) = %v", got)
	}
	if got := SplitCodes("FREGOV"); !reflect.DeepEqual(got, []string{"FREGOV"}) {
		t.Errorf("SplitCodes(FREGOV) = %v", got)
	}
	if e := byName["Grand Duchy of Freedonia"]; e.Code != "FREGOV" || e.Sector != "GOV" {
		t.Errorf("code on its own line: %+v", e)
	}
}

func TestReadAgents(t *testing.T) {
	es := readAgentsFile(t, "testdata/small.agents")
	got := map[string]actors.Entry{}
	for _, e := range es {
		got[e.Name] = e
	}
	for _, c := range []struct {
		name   string
		names  []string
		code   string
		prefix bool
	}{
		{"ambassador", []string{"ambassador", "ambassadors"}, "GOV", false},
		{"army", []string{"army", "armies"}, "MIL", false},
		{"police", []string{"police"}, "COP", false},
		{"attorney general", []string{"attorney general", "attorneys general"}, "GOVATG", false},
		{"congressman", []string{"congressman", "congressmen", "congresswoman", "congresswomen"}, "LEG", false},
		{"human rights body", []string{"human rights body", "human rights bodies"}, "NGO", true},
		{"riot police", []string{"riot police"}, "COP", false},
		{"tree hugger", []string{"tree hugger", "tree huggers"}, "ENV", false},
	} {
		e, ok := got[c.name]
		if !ok {
			t.Errorf("agent %q missing", c.name)
			continue
		}
		if !reflect.DeepEqual(e.Names, c.names) || e.Code != c.code || e.Prefix != c.prefix || e.Kind != actors.KindRole || !e.NoPlural {
			t.Errorf("agent %q: %+v", c.name, e)
		}
	}
	if len(es) != 8 {
		t.Errorf("%d agents, want 8", len(es))
	}
}

func TestErrors(t *testing.T) {
	for _, c := range []struct {
		in     string
		agents bool
		where  string
	}{
		{"[USA]\n", false, "x:1"},
		{"+U.S.\n", false, "x:1"},
		{"GONDOR [GON\n", false, "x:1"},
		{"GONDOR [GON] trailing\n", false, "x:1"},
		{"GONDOR [GON 990101]\n", false, "x:1"},
		{"GONDOR [GON <99010]\n", false, "x:1"},
		{"GONDOR [GON <990230]\n", false, "x:1"},
		{"GONDOR [GON 990101-980101]\n", false, "x:1"},
		{"GONDOR [G*N]\n", false, "x:1"},
		{"\n\nGONDOR\n\t[]\n", false, "x:4"},
		{"AMBASSADOR\n", true, "x:1"},
		{"AMBASSADOR [GOV]\n", true, "x:1"},
		{"AMBASSADOR [~GOV] [~MIL]\n", true, "x:1"},
		{"AMBASSADOR {AMBASSADORS [~GOV]\n", true, "x:1"},
		{"CONGRESS!PERSON! [~LEG]\n", true, "x:1"},
		{"!PERSON = MAN\n", true, "x:1"},
	} {
		var err error
		if c.agents {
			_, err = ReadAgents(strings.NewReader(c.in), "x")
		} else {
			_, err = ReadActors(strings.NewReader(c.in), "x", Options{})
		}
		if !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), c.where+":") {
			t.Errorf("%q: error %v, want ErrSyntax at %s", c.in, err, c.where)
		}
	}
}

func TestCountriesFromBase(t *testing.T) {
	base := actors.NewDict([]actors.Entry{{Kind: actors.KindCountry, Code: "ROU", Names: []string{"Romania"}, CAMEO: "ROM"}})
	es, err := ReadActors(strings.NewReader("BUCHAREST [ROMGOV]\nFOO [ZZZGOV]\n"), "x", Options{Base: base})
	if err != nil {
		t.Fatal(err)
	}
	if es[0].Country != "ROU" || es[0].Sector != "GOV" {
		t.Errorf("CAMEO code through the base: %+v", es[0])
	}
	if es[1].Country != "" || es[1].Sector != "ZZZ" {
		t.Errorf("unknown prefix: %+v", es[1])
	}
}

func TestLoad(t *testing.T) {
	d, err := Load(nil, []string{"testdata/small.actors"}, []string{"testdata/small.agents"})
	if err != nil {
		t.Fatal(err)
	}
	if hs := d.Lookup("Freedonian"); len(hs) != 1 || d.Entry(hs[0].Entry).Code != "FRE" {
		t.Errorf("Lookup(Freedonian) = %v", hs)
	}
	if hs := d.Lookup("freedonian"); len(hs) != 0 {
		t.Errorf("actor names ask for capitals: %v", hs)
	}
	if hs := d.Lookup("Ambassadors"); len(hs) != 1 || d.Entry(hs[0].Entry).Sector != "GOV" {
		t.Errorf("Lookup(Ambassadors) = %v", hs)
	}
	base := actors.NewDict([]actors.Entry{{Kind: actors.KindCountry, Code: "KOR", Names: []string{"South Korea"}}})
	d2, err := Load(base, []string{"testdata/small.actors"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d2.Len() != 10 || len(d2.Lookup("South Korea")) != 1 {
		t.Errorf("Load onto a base: %d entries", d2.Len())
	}
	if _, err := Load(nil, []string{"testdata/nope.actors"}, nil); err == nil {
		t.Error("Load of a missing file succeeded")
	}
}

// TestValidationDictionaries reads PETRARCH 2's own validation
// dictionaries from ../shared/data and checks their date restrictions.
func TestValidationDictionaries(t *testing.T) {
	dir := shared.Path(t, "petrarch2_validation")
	es := readActorsFile(t, filepath.Join(dir, "PETR.Validate.actors.txt"), Options{})
	ag := readAgentsFile(t, filepath.Join(dir, "PETR.Validate.agents.txt"))
	if len(es) < 100 || len(ag) < 80 {
		t.Errorf("%d actors, %d agents", len(es), len(ag))
	}
	d := actors.NewDict(append(es, ag...))
	at := func(name string, dy actors.Day) string {
		hs := d.Lookup(name)
		if len(hs) == 0 {
			t.Errorf("%s not found", name)
			return ""
		}
		r, _ := d.Entry(hs[0].Entry).At(dy)
		return r.Code
	}
	for _, c := range []struct {
		name string
		day  actors.Day
		code string
	}{
		{"Sam Gamgee", day(2007, 1, 1), "HOBCIV"},
		{"Sam Gamgee", day(2010, 1, 10), "ORCHOB"}, // the first listed restriction wins
		{"Sam Gamgee", day(2011, 1, 1), "HOBMIL"},
		{"Sam Gamgee", day(2013, 1, 1), "HOBGOV"},
		{"Sam Gamgee", day(2014, 1, 1), "HOBELI"},
		{"Smeagol", day(1994, 1, 1), "HOB"},
		{"Smeagol", day(1997, 1, 1), "HOBGOV"},
		{"Smeagol", day(2001, 1, 1), "HOBREB"},
		{"Zimbabwe", day(1975, 1, 1), "RHO"},
		{"Zimbabwe", day(1990, 1, 1), "ZBW"},
		{"USSR", day(1990, 1, 1), "USR"},
		{"Prince of Dol Amroth", day(1990, 1, 1), "---"},
		{"Prince of Dol Amroth", day(2000, 1, 1), "DOL"},
		{"Interpol", day(2000, 1, 1), "IGOCOPITP"},
	} {
		if got := at(c.name, c.day); got != c.code {
			t.Errorf("%s on %s: %s, want %s", c.name, c.day, got, c.code)
		}
	}
	if hs := d.Lookup("congresswomen"); len(hs) != 1 || d.Entry(hs[0].Entry).Code != "LEG" {
		t.Errorf("substitution set: %v", hs)
	}
	if hs := d.Lookup("ministry of silly walks"); len(hs) != 1 {
		t.Errorf("!MINST! substitution: %v", hs)
	}
}

// TestNameWordsLeadingThe: a leading "the" is a small word, so that "the
// Grand Fenwick" matches mid-sentence and at its start.
func TestNameWordsLeadingThe(t *testing.T) {
	for in, want := range map[string]string{
		"THE_GRAND_FENWICK": "the Grand Fenwick",
		"THE":               "The",
		"BANK_OF_THE_WEST":  "Bank of the West",
	} {
		if got := nameWords(in, true); got != want {
			t.Errorf("nameWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLooseNames: a phrase with a blank between its words is loose; its
// words after the first blank ask no capitals.
func TestLooseNames(t *testing.T) {
	src := `FREEDONIA_  [FRE]
FREEDONIA RADIO  [FREMED]
+FREEDONIAN STATE_RADIO
	[FREMED]
GRAND_DUCHY_OF_FREEDONIA [FREGOV]
`
	got, err := LooseNames(strings.NewReader(src), "t")
	if err != nil {
		t.Fatal(err)
	}
	want := [][][]string{{{"freedonia"}, {"radio"}}, {{"freedonian"}, {"state", "radio"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("LooseNames = %q, want %q", got, want)
	}
	for in, want := range map[string]string{
		"FREEDONIA RADIO":          "Freedonia radio",
		"GRAND_DUCHY OF_FREEDONIA": "Grand Duchy of freedonia",
		"GRAND_DUCHY_OF_FREEDONIA": "Grand Duchy of Freedonia",
	} {
		if got := actorName(in); got != want {
			t.Errorf("actorName(%q) = %q, want %q", in, got, want)
		}
	}
}
