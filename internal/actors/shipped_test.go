package actors

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/models"
)

func shippedOrSkip(t testing.TB) *Dict {
	t.Helper()
	d, err := Shipped()
	if err != nil {
		t.Skipf("skipping: no shipped dictionary: %v", err)
	}
	return d
}

// TestShippedUpToDate rebuilds the dictionary from ../shared/data and
// internal/actors/dict and compares it with models/actors.bin.gz.
func TestShippedUpToDate(t *testing.T) {
	data := shared.Path(t, "regions")
	d, notes, err := Build(BuildSources{
		Countries:   filepath.Join(data, "mledoze_countries.json"),
		CountryInfo: filepath.Join(filepath.Dir(data), "geonames", "countryInfo.txt"),
		Dict:        "dict",
	})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := d.Write(&buf, notes); err != nil {
		t.Fatal(err)
	}
	if got, want := gunzip(t, buf.Bytes()), gunzip(t, models.Actors()); got != want {
		t.Fatalf("models/%s is out of date with internal/actors/dict; rebuild it with\n\tgo run ./cmd/sitrep build actors", models.ActorsFile)
	}
}

func TestShipped(t *testing.T) {
	d := shippedOrSkip(t)
	if d.Sum() != ShippedSum() || len(d.Sum()) != 64 {
		t.Errorf("Sum %q, ShippedSum %q", d.Sum(), ShippedSum())
	}
	st := Stats(d)
	if st.Countries < 249 || st.Orgs < 100 || st.People < 300 || st.RoleWords < 80 {
		t.Errorf("stats %+v", st)
	}
	type want struct {
		phrase string
		kind   Kind
		form   Form
		code   string // entry code, or for a seat the country + seat sector
	}
	for _, c := range []want{
		{"South Korea", KindCountry, FormName, "KOR"},
		{"Republic of Korea", KindCountry, FormName, "KOR"},
		{"South Korean", KindCountry, FormAdj, "KOR"},
		{"North Korean", KindCountry, FormAdj, "PRK"},
		{"DPRK", KindCountry, FormName, "PRK"},
		{"Russian", KindCountry, FormAdj, "RUS"},
		{"Ukrainian", KindCountry, FormAdj, "UKR"},
		{"Ukrainians", KindCountry, FormPeople, "UKR"},
		{"United States", KindCountry, FormName, "USA"},
		{"U.S.", KindCountry, FormName, "USA"},
		{"Britain", KindCountry, FormName, "GBR"},
		{"Burma", KindCountry, FormName, "MMR"},
		{"Zaire", KindCountry, FormName, "COD"},
		{"Kosovo", KindCountry, FormName, "XKX"},
		{"Seoul", KindCountry, FormCapital, "KOR"},
		{"Pyongyang", KindCountry, FormCapital, "PRK"},
		{"Moscow", KindCountry, FormCapital, "RUS"},
		{"Washington", KindCountry, FormCapital, "USA"},
		{"Beijing", KindCountry, FormCapital, "CHN"},
		{"Kyiv", KindCountry, FormCapital, "UKR"},
		{"Kiev", KindCountry, FormCapital, "UKR"},
		{"Tehran", KindCountry, FormCapital, "IRN"},
		{"Kremlin", KindCountry, FormSeat, "RUSGOV"},
		{"White House", KindCountry, FormSeat, "USAGOV"},
		{"Downing Street", KindCountry, FormSeat, "GBRGOV"},
		{"Capitol Hill", KindCountry, FormSeat, "USALEG"},
		{"United Nations", KindOrg, FormName, "IGOUNO"},
		{"UN", KindOrg, FormName, "IGOUNO"},
		{"UN Security Council", KindOrg, FormName, "IGOUNO"},
		{"NATO", KindOrg, FormName, "IGOWSTNAT"},
		{"EU", KindOrg, FormName, "IGOEUREEC"},
		{"African Union", KindOrg, FormName, "IGOAFRAFU"},
		{"ASEAN", KindOrg, FormName, "IGOSEAASN"},
		{"OPEC", KindOrg, FormName, "IGOOPC"},
		{"IAEA", KindOrg, FormName, "IGOUNOIAE"},
		{"ICC", KindOrg, FormName, "IGOJUDICC"},
		{"WHO", KindOrg, FormName, "IGOUNOHLHWHO"},
		{"IMF", KindOrg, FormName, "IGOBUSIMF"},
		{"World Bank", KindOrg, FormName, "IGOUNODEVWBK"},
		{"NIS", KindOrg, FormName, "KORSPY"},
		{"CIA", KindOrg, FormName, "USASPY"},
		{"FSB", KindOrg, FormName, "RUSSPY"},
		{"MI6", KindOrg, FormName, "GBRSPY"},
		{"Mossad", KindOrg, FormName, "ISRSPY"},
		{"Hamas", KindOrg, FormName, "PSEREB"},
		{"Hezbollah", KindOrg, FormName, "LBNREB"},
		{"ministry", KindRole, FormName, "GOV"},
		{"government", KindRole, FormName, "GOV"},
		{"cabinet", KindRole, FormName, "GOV"},
		{"ambassador", KindRole, FormName, "GOV"},
		{"embassy", KindRole, FormName, "GOV"},
		{"spokesperson", KindRole, FormName, "GOV"},
		{"foreign minister", KindRole, FormName, "GOV"},
		{"Vice Minister of Foreign Affairs", KindRole, FormName, "GOV"},
		{"army", KindRole, FormName, "MIL"},
		{"navy", KindRole, FormName, "MIL"},
		{"air force", KindRole, FormName, "MIL"},
		{"troops", KindRole, FormName, "MIL"},
		{"forces", KindRole, FormName, "MIL"},
		{"soldiers", KindRole, FormName, "MIL"},
		{"military", KindRole, FormName, "MIL"},
		{"general", KindRole, FormName, "MIL"},
		{"police", KindRole, FormName, "COP"},
		{"intelligence service", KindRole, FormName, "SPY"},
		{"court", KindRole, FormName, "JUD"},
		{"judge", KindRole, FormName, "JUD"},
		{"prosecutor", KindRole, FormName, "JUD"},
		{"parliament", KindRole, FormName, "LEG"},
		{"lawmakers", KindRole, FormName, "LEG"},
		{"congress", KindRole, FormName, "LEG"},
		{"rebels", KindRole, FormName, "REB"},
		{"militants", KindRole, FormName, "REB"},
		{"insurgents", KindRole, FormName, "REB"},
		{"opposition", KindRole, FormName, "OPP"},
		{"protesters", KindRole, FormName, "CVL"},
		{"companies", KindRole, FormName, "BUS"},
		{"journalists", KindRole, FormName, "JRN"},
		{"media", KindRole, FormName, "JRN"},
		{"officials", KindRole, FormName, "GOV"},
	} {
		hs := d.Lookup(c.phrase)
		ok := false
		for _, h := range hs {
			e := d.Entry(h.Entry)
			code := e.Code
			if h.Form == FormSeat {
				code = e.Code + e.Seats[h.Seat].Sector
			}
			ok = ok || (e.Kind == c.kind && h.Form == c.form && code == c.code)
		}
		if !ok {
			t.Errorf("Lookup(%q): %d hits, none %s %s", c.phrase, len(hs), c.kind, c.code)
		}
	}
	// Not actors.
	for _, p := range []string{"who", "us", "chad", "Latin America", "South China Sea"} {
		for _, h := range d.Lookup(p) {
			if e := d.Entry(h.Entry); e.Code != "---" {
				t.Errorf("Lookup(%q) found %s %s", p, e.Kind, e.Code)
			}
		}
	}
}

// TestShippedEveryCountry checks that every ISO 3166 country of the
// source data is in the dictionary with its name.
func TestShippedEveryCountry(t *testing.T) {
	d := shippedOrSkip(t)
	raw, err := os.ReadFile(filepath.Join(shared.Path(t, "regions"), "mledoze_countries.json"))
	if err != nil {
		t.Fatal(err)
	}
	var list []struct {
		CCA3 string `json:"cca3"`
		Name struct {
			Common string `json:"common"`
		} `json:"name"`
		UNMember bool `json:"unMember"`
	}
	if err := json.Unmarshal(raw, &list); err != nil {
		t.Fatal(err)
	}
	members := 0
	for _, c := range list {
		code := c.CCA3
		if m, ok := isoFix[code]; ok {
			code = m
		}
		e := d.Country(code)
		if e == nil {
			t.Errorf("country %s (%s) missing", code, c.Name.Common)
			continue
		}
		if c.UNMember {
			members++
			// "Congolese" and "Dominican" are shared and go to the more
			// populous state (COD, DOM).
			if len(e.Adjectives) == 0 && code != "COG" && code != "DMA" {
				t.Errorf("UN member %s has no demonym", code)
			}
		}
	}
	if members < 193 {
		t.Errorf("%d UN members in the data, want at least 193", members)
	}
}

// TestShippedPeople checks dated roles of the shipped list.
func TestShippedPeople(t *testing.T) {
	d := shippedOrSkip(t)
	for _, c := range []struct{ name, day, code string }{
		{"Kim Jong Un", "2024-10-21", "PRKGOV"},
		{"Kim Jong Un", "1994-05-01", "PRK"},
		{"Kim Il Sung", "1994-05-01", "PRKGOV"},
		{"Kim Il Sung", "2024-10-21", "PRKELI"},
		{"Yoon Suk-yeol", "2024-10-21", "KORGOV"},
		{"Yoon Suk-yeol", "2025-06-01", "KORELI"},
		{"Vladimir Putin", "2010-01-01", "RUSGOV"},
		{"Putin", "2024-10-21", "RUSGOV"},
		{"Volodymyr Zelensky", "2018-01-01", "UKR"},
		{"Zelenskyy", "2024-10-21", "UKRGOV"},
		{"Sergei Lavrov", "2024-10-21", "RUSGOV"},
		{"António Guterres", "2024-10-21", "IGOUNO"},
		{"Antonio Guterres", "2000-01-01", "PRTGOV"},
		{"Taliban", "2020-01-01", "AFGREB"},
		{"Taliban", "2024-01-01", "AFGGOV"},
	} {
		hs := d.Lookup(c.name)
		if len(hs) == 0 {
			t.Errorf("%s not found", c.name)
			continue
		}
		r, ok := d.Entry(hs[0].Entry).At(day(c.day))
		if !ok || r.Code != c.code {
			t.Errorf("%s on %s: %s, want %s", c.name, c.day, r.Code, c.code)
		}
	}
	for _, c := range []struct{ country, office, day, name string }{
		{"PRK", "leader", "1994-01-01", "Kim Il Sung"},
		{"PRK", "leader", "2005-01-01", "Kim Jong Il"},
		{"PRK", "leader", "2024-10-21", "Kim Jong Un"},
		{"USA", "head-of-state", "2024-10-21", "Joe Biden"},
		{"USA", "foreign-minister", "2024-10-21", "Antony Blinken"},
		{"RUS", "defence-minister", "2024-10-21", "Andrei Belousov"},
		{"RUS", "defence-minister", "2020-01-01", "Sergei Shoigu"},
		{"KOR", "head-of-state", "2024-10-21", "Yoon Suk Yeol"},
		{"UKR", "foreign-minister", "2024-10-21", "Andrii Sybiha"},
		{"ISR", "head-of-government", "2024-10-21", "Benjamin Netanyahu"},
		{"IRN", "head-of-state", "2024-10-21", "Masoud Pezeshkian"},
		{"CHN", "foreign-minister", "2024-10-21", "Wang Yi"},
		{"JPN", "head-of-government", "2024-10-21", "Shigeru Ishiba"},
		{"GBR", "head-of-government", "2024-10-21", "Keir Starmer"},
		{"DEU", "head-of-government", "2024-10-21", "Olaf Scholz"},
		{"FRA", "head-of-state", "2024-10-21", "Emmanuel Macron"},
		{"IND", "head-of-government", "2024-10-21", "Narendra Modi"},
	} {
		hs := d.Holders(c.country, c.office, day(c.day))
		var names []string
		for _, h := range hs {
			names = append(names, h.Entry.Name)
		}
		if len(hs) != 1 || hs[0].Entry.Name != c.name {
			t.Errorf("Holders(%s, %s, %s) = %s, want %s", c.country, c.office, c.day, strings.Join(names, ", "), c.name)
		}
	}
	// No two people hold one office of one country at once, except around a
	// hand-over given to the month (a month apart is an error).
	for _, e := range d.Entries() {
		for i, r := range e.Roles {
			if r.From != 0 && r.To != 0 && r.To < r.From {
				t.Errorf("%s role %d ends before it starts", e.Name, i)
			}
			if e.Kind == KindPerson && r.Country == "" && !strings.HasPrefix(r.Code, "IGO") {
				t.Errorf("%s role %d (%s) has no country", e.Name, i, r.Code)
			}
		}
	}
	for _, e := range d.Entries() {
		for _, r := range e.Roles {
			for _, off := range []string{"head-of-state", "head-of-government", "foreign-minister", "defence-minister"} {
				if !strings.Contains(r.Office, off) || r.From == 0 {
					continue
				}
				probe := r.From.AddDays(31)
				if r.To != 0 && probe > r.To {
					continue
				}
				if hs := d.Holders(r.Country, off, probe); len(hs) > 1 {
					var names []string
					for _, h := range hs {
						names = append(names, h.Entry.Name)
					}
					t.Errorf("%s %s on %s: %s", r.Country, off, probe, strings.Join(names, ", "))
				}
			}
		}
	}
}
