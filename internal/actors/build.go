package actors

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/models"
)

// BuildSources names the inputs of a dictionary build.
type BuildSources struct {
	// Countries is mledoze/countries' countries.json (ODbL 1.0): names,
	// official and alternate names, demonyms, capitals, ISO codes.
	Countries string
	// CountryInfo is GeoNames' countryInfo.txt (CC BY 4.0): capitals and
	// populations, used to add capitals and to break ties between
	// countries that share a name or demonym.
	CountryInfo string
	// Dict is the folder of hand-written *.txt files in the dictionary
	// format (internal/actors/dict), read in name order.
	Dict string
}

// Credits are the attribution lines every compiled dictionary carries.
var Credits = []string{
	"Contains data from mledoze/countries (github.com/mledoze/countries), ODbL 1.0.",
	"Contains data from GeoNames (www.geonames.org), CC BY 4.0.",
	"CAMEO codes follow the PETRARCH Phoenix dictionaries (github.com/openeventdata/petrarch2), MIT, Copyright (c) 2014 Open Event Data Alliance.",
	"Hand-written lists: sitrep (internal/actors/dict).",
}

// Build merges the country data with the hand-written files into a Dict,
// and returns it with the header notes to write before its entries (the
// credits and the SHA-256 of every input), so that a rebuild from the same
// inputs gives the same file.
func Build(src BuildSources) (*Dict, []string, error) {
	notes := []string{"Built by: sitrep build actors. Do not edit: edit internal/actors/dict and rebuild."}
	notes = append(notes, Credits...)
	raw, err := os.ReadFile(src.Countries)
	if err != nil {
		return nil, nil, fmt.Errorf("building actor dictionary: %w", err)
	}
	notes = append(notes, fmt.Sprintf("input %s sha256 %s", filepath.Base(src.Countries), models.Checksum(raw)))
	gen, err := countriesFromMledoze(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("building actor dictionary: reading %s: %w", src.Countries, err)
	}
	info, err := os.ReadFile(src.CountryInfo)
	if err != nil {
		return nil, nil, fmt.Errorf("building actor dictionary: %w", err)
	}
	notes = append(notes, fmt.Sprintf("input %s sha256 %s", filepath.Base(src.CountryInfo), models.Checksum(info)))
	pop := addGeoNames(gen, info)

	files, err := filepath.Glob(filepath.Join(src.Dict, "*.txt"))
	if err != nil {
		return nil, nil, fmt.Errorf("building actor dictionary: %w", err)
	}
	sort.Strings(files)
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("building actor dictionary: no *.txt files in %s", src.Dict)
	}
	var hand []Entry
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, fmt.Errorf("building actor dictionary: %w", err)
		}
		notes = append(notes, fmt.Sprintf("input %s sha256 %s", filepath.Base(f), models.Checksum(b)))
		es, err := ParseEntries(bytes.NewReader(b), filepath.Base(f))
		if err != nil {
			return nil, nil, fmt.Errorf("building actor dictionary: %w", err)
		}
		hand = append(hand, es...)
	}
	entries, err := merge(gen, hand, pop)
	if err != nil {
		return nil, nil, fmt.Errorf("building actor dictionary: %w", err)
	}
	return NewDict(entries), notes, nil
}

type mledozeCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA3         string   `json:"cca3"`
	Independent  bool     `json:"independent"`
	UNMember     bool     `json:"unMember"`
	AltSpellings []string `json:"altSpellings"`
	Capital      []string `json:"capital"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// genCountry is a country read from the data, before the hand-written
// files are merged in.
type genCountry struct {
	Entry
	sovereign bool
}

// isoFix maps mledoze codes that are not ISO 3166 alpha-3 codes to the
// codes sitrep uses: Kosovo has no ISO code; mledoze writes UNK, which many
// data sets use for "unknown", so sitrep uses XKX like the EU and GeoNames.
var isoFix = map[string]string{"UNK": "XKX"}

func countriesFromMledoze(raw []byte) ([]*genCountry, error) {
	var list []mledozeCountry
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, err
	}
	var out []*genCountry
	for _, c := range list {
		code := c.CCA3
		if m, ok := isoFix[code]; ok {
			code = m
		}
		if !validCode(code) || len(code) != 3 {
			continue
		}
		g := &genCountry{Entry: Entry{Kind: KindCountry, Code: code, Country: code, Source: "mledoze_countries.json"}, sovereign: c.Independent || c.UNMember}
		g.Names = appendNew(g.Names, cleanName(c.Name.Common))
		g.Names = appendNew(g.Names, cleanName(c.Name.Official))
		for _, a := range c.AltSpellings {
			if usableAlt(a) {
				g.Names = appendNew(g.Names, cleanName(a))
			}
		}
		if dm, ok := c.Demonyms["eng"]; ok {
			for _, d := range []string{dm.M, dm.F} {
				for _, part := range strings.Split(d, ",") {
					if part = strings.TrimSpace(part); part != "" && latin(part) {
						g.Adjectives = appendNew(g.Adjectives, part)
						if p := peoplePlural(part); p != "" {
							g.People = appendNew(g.People, p)
						}
					}
				}
			}
		}
		if g.sovereign {
			for _, cap := range c.Capital {
				if cap = cleanName(cap); cap != "" && latin(cap) {
					g.Capitals = appendNew(g.Capitals, cap)
				}
			}
		}
		out = append(out, g)
	}
	return out, nil
}

// cleanName drops a leading "The " and brackets: "The Netherlands" →
// "Netherlands", "Holy See (Vatican City State)" → "Holy See".
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '('); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	for _, p := range []string{"The ", "the "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// usableAlt keeps alternate spellings that can appear in English text:
// not two-letter codes, not "Korea, Republic of" inversions, Latin script.
func usableAlt(a string) bool {
	if len([]rune(a)) <= 2 || strings.Contains(a, ",") {
		return false
	}
	return latin(a)
}

func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && r > 0x24F {
			return false
		}
	}
	return true
}

// addGeoNames adds GeoNames capitals to sovereign countries and returns
// the populations by ISO alpha-3 code.
func addGeoNames(gen []*genCountry, info []byte) map[string]int {
	pop := map[string]int{}
	byCode := map[string]*genCountry{}
	for _, g := range gen {
		byCode[g.Code] = g
	}
	sc := bufio.NewScanner(bytes.NewReader(info))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 8 {
			continue
		}
		iso3, capital := f[1], strings.TrimSpace(f[5])
		if n, err := strconv.Atoi(f[7]); err == nil {
			pop[iso3] = n
		}
		if g := byCode[iso3]; g != nil && g.sovereign && capital != "" && latin(capital) {
			g.Capitals = appendNew(g.Capitals, capital)
		}
	}
	return pop
}

// merge applies the hand-written entries to the generated countries and
// resolves names shared by several countries, then returns all entries:
// countries by code, then the hand-written entries in file order.
func merge(gen []*genCountry, hand []Entry, pop map[string]int) ([]Entry, error) {
	byCode := map[string]*genCountry{}
	for _, g := range gen {
		byCode[g.Code] = g
	}
	handNames := map[string]map[string]bool{} // country → folded names given by hand
	mark := func(code string, lists ...[]string) {
		if handNames[code] == nil {
			handNames[code] = map[string]bool{}
		}
		for _, l := range lists {
			for _, n := range l {
				handNames[code][key(n)] = true
			}
		}
	}
	var rest []Entry
	for _, h := range hand {
		if h.Kind != KindCountry {
			rest = append(rest, h)
			continue
		}
		g := byCode[h.Code]
		if g == nil {
			g = &genCountry{Entry: Entry{Kind: KindCountry, Code: h.Code, Country: h.Code}, sovereign: true}
			byCode[h.Code] = g
			gen = append(gen, g)
		}
		g.Source = h.Source
		g.Names = appendNew(g.Names, h.Names...)
		g.Adjectives = appendNew(g.Adjectives, h.Adjectives...)
		g.People = appendNew(g.People, h.People...)
		g.Capitals = appendNew(g.Capitals, h.Capitals...)
		g.Former = appendNew(g.Former, h.Former...)
		for _, s := range h.Seats {
			if !slices.Contains(g.Seats, s) {
				g.Seats = append(g.Seats, s)
			}
		}
		if h.CAMEO != "" {
			g.CAMEO = h.CAMEO
		}
		g.not = appendNew(g.not, h.not...)
		mark(h.Code, h.Names, h.Adjectives, h.People, h.Capitals, h.Former)
	}
	for _, g := range gen {
		drop := map[string]bool{}
		for _, n := range g.not {
			drop[key(n)] = true
		}
		keep := func(list []string) []string {
			return slices.DeleteFunc(list, func(n string) bool { return drop[key(n)] })
		}
		g.Names, g.Adjectives, g.People, g.Capitals, g.Former = keep(g.Names), keep(g.Adjectives), keep(g.People), keep(g.Capitals), keep(g.Former)
		names := map[string]bool{}
		for _, n := range g.Names {
			names[key(n)] = true
		}
		g.Capitals = slices.DeleteFunc(g.Capitals, func(n string) bool { return names[key(n)] })
	}
	// A name, demonym or capital shared by several countries goes to the one
	// that lists it by hand, else to a sovereign state before a territory,
	// else to the most populous.
	type claim struct {
		g    *genCountry
		list *[]string
	}
	for form := 0; form < 4; form++ {
		claims := map[string][]claim{}
		for _, g := range gen {
			var lists []*[]string
			switch form {
			case 0:
				lists = []*[]string{&g.Names, &g.Former}
			case 1:
				lists = []*[]string{&g.Adjectives}
			case 2:
				lists = []*[]string{&g.People}
			case 3:
				lists = []*[]string{&g.Capitals}
			}
			for _, l := range lists {
				for _, n := range *l {
					k := key(n)
					claims[k] = append(claims[k], claim{g, l})
				}
			}
		}
		for k, cs := range claims {
			if len(cs) < 2 {
				continue
			}
			rank := func(c claim) int {
				r := 0
				if handNames[c.g.Code][k] {
					r += 4 << 40
				}
				if c.g.sovereign {
					r += 2 << 40
				}
				return r + pop[c.g.Code]
			}
			best := cs[0]
			for _, c := range cs[1:] {
				if rank(c) > rank(best) || (rank(c) == rank(best) && c.g.Code < best.g.Code) {
					best = c
				}
			}
			for _, c := range cs {
				if c.g == best.g || (handNames[c.g.Code][k] && handNames[best.g.Code][k]) {
					continue
				}
				*c.list = slices.DeleteFunc(*c.list, func(n string) bool { return key(n) == k })
			}
		}
	}
	sort.Slice(gen, func(i, j int) bool { return gen[i].Code < gen[j].Code })
	out := make([]Entry, 0, len(gen)+len(rest))
	for _, g := range gen {
		if len(g.Names) == 0 {
			return nil, fmt.Errorf("country %s has no name left", g.Code)
		}
		g.Name = g.Names[0]
		g.not = nil
		out = append(out, g.Entry)
	}
	return append(out, rest...), nil
}

// key is the folded word sequence of a name, used to compare names.
func key(n string) string {
	ws := Words(n)
	for i, w := range ws {
		ws[i] = Fold(w)
	}
	return strings.Join(ws, " ")
}
