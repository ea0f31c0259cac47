package gazetteer

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/models"
)

// Ref identifies one entry of a Gazetteer: its index in the file. A Ref is
// meaningful only for the Gazetteer that returned it.
type Ref int32

// NoRef is the Ref of no entry.
const NoRef Ref = -1

// Kind says how a name names an entry. Lower kinds are stronger evidence.
type Kind uint8

const (
	// KindName is the entry's own name: the GeoNames name or its ASCII form,
	// a country's common or official name.
	KindName Kind = iota
	// KindAlt is an alternate name: a short or former name, another
	// language's spelling, a dr5hn or mledoze name.
	KindAlt
	// KindVariant is a generated form of a division's name: without its type
	// word ("Kursk" for Kursk Oblast) or with the usual English one
	// ("Primorsky Krai").
	KindVariant
	// KindAbbrev is an abbreviation written with letters and periods: "U.S.",
	// "Calif.", "NYC", "UK".
	KindAbbrev
	// KindCode is a postal or ISO code that names a place only after a comma
	// ("TX" in "Austin, TX").
	KindCode
	// KindDemonym is a country's (or a division's) adjective or demonym:
	// "Russian", "South Korean", "Texan".
	KindDemonym
	numKinds
)

var kindNames = [...]string{"name", "alt", "variant", "abbrev", "code", "demonym"}

// String returns the kind's name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

// Match is one entry a name may refer to, and how the name names it.
type Match struct {
	Ref  Ref
	Kind Kind
}

// Entry flags.
const (
	// FlagApprox marks coordinates derived from the places inside the
	// division (their mean), or from its parent, rather than given by a
	// source.
	FlagApprox uint8 = 1 << iota
	// FlagHandmade marks an entry from the hand-written list (continents,
	// seas, regions), whose GeoNames id may be 0.
	FlagHandmade
)

// Place is one gazetteer entry in full, for output.
type Place struct {
	Ref Ref
	// ID is the GeoNames id, 0 for a hand-written region without one.
	ID   int
	Name string
	// Feature is the GeoNames feature code (PCLI, ADM1, ADM2, PPLC, PPL,
	// CONT, RGN, ...); Class its class letter (A, P, L, H, T).
	Feature string
	Class   byte
	// Country is the ISO 3166 alpha-3 code, CountryCode the alpha-2; both
	// are empty for continents and regions that span countries.
	Country     string
	CountryCode string
	// Admin1 is the GeoNames first-level division code within the country
	// ("59" for Primorsky Krai, "TX" for Texas), empty when unknown or for a
	// country.
	Admin1     string
	Population int
	Lat, Lon   float64
	Flags      uint8
}

type countryRow struct {
	iso2, iso3 string
	entry      Ref
}

type admin1Row struct {
	country uint16
	code    string
	entry   Ref
}

// Gazetteer is a loaded gazetteer: entries (countries, first- and
// second-level divisions, populated places, continents and regions) and an
// index from name keys (see Key) to entries. A Gazetteer is read-only once
// loaded and safe for concurrent use.
type Gazetteer struct {
	info string
	sum  string

	feats     []string
	featClass []byte
	countries []countryRow
	admin1s   []admin1Row

	ids     []uint32
	lat     []int32 // 1e-5 degrees
	lon     []int32
	pop     []uint32
	feat    []uint8
	country []uint16 // index into countries; noCountry for none
	admin1  []uint16 // index into admin1s; noAdmin for none
	admin2  []int32  // Ref of the ADM2 entry holding it, -1 for none
	flags   []uint8
	nameOff []uint32 // len n+1, into names
	names   string

	keyOff  []uint32 // len k+1, into keys
	keys    string
	postOff []uint32 // len k+1, into posts
	posts   []uint32 // Ref<<3 | Kind

	iso2Index map[string]uint16
	iso3Index map[string]uint16
	featIndex map[string]uint8
	adminKey  map[string]uint16 // "CC.code" → admin1 index
	alts      []uint8           // alternate-name keys per entry, capped at 255
}

const (
	noCountry = math.MaxUint16
	noAdmin   = math.MaxUint16
)

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return len(g.ids) }

// Keys returns the number of distinct name keys.
func (g *Gazetteer) Keys() int { return len(g.keyOff) - 1 }

// Info returns the build note stored in the file (sources and licences).
func (g *Gazetteer) Info() string { return g.info }

// Checksum returns the sha256 of the file the gazetteer was loaded from,
// lowercase hex.
func (g *Gazetteer) Checksum() string { return g.sum }

// Lookup appends to dst the entries that key names, strongest kind first
// within each entry, and returns the extended slice. key must already be a
// Key; Lookup(Key("St. Louis"), nil) finds St. Louis, Missouri among others.
func (g *Gazetteer) Lookup(key string, dst []Match) []Match {
	if key == "" {
		return dst
	}
	n := len(g.keyOff) - 1
	i := sort.Search(n, func(i int) bool { return g.key(i) >= key })
	if i == n || g.key(i) != key {
		return dst
	}
	for _, p := range g.posts[g.postOff[i]:g.postOff[i+1]] {
		dst = append(dst, Match{Ref: Ref(p >> 3), Kind: Kind(p & 7)})
	}
	return dst
}

// Has reports whether any entry has a name with this key.
func (g *Gazetteer) Has(key string) bool {
	n := len(g.keyOff) - 1
	i := sort.Search(n, func(i int) bool { return g.key(i) >= key })
	return i < n && g.key(i) == key
}

// HasPrefix reports whether some key starts with prefix followed by a
// space: whether a longer name may begin with these words.
func (g *Gazetteer) HasPrefix(prefix string) bool {
	p := prefix + " "
	n := len(g.keyOff) - 1
	i := sort.Search(n, func(i int) bool { return g.key(i) >= p })
	return i < n && strings.HasPrefix(g.key(i), p)
}

func (g *Gazetteer) key(i int) string { return g.keys[g.keyOff[i]:g.keyOff[i+1]] }

// ID returns the GeoNames id of r (0 for hand-written entries without one).
func (g *Gazetteer) ID(r Ref) int { return int(g.ids[r]) }

// Name returns the entry's name.
func (g *Gazetteer) Name(r Ref) string { return g.names[g.nameOff[r]:g.nameOff[r+1]] }

// Feature returns the entry's GeoNames feature code.
func (g *Gazetteer) Feature(r Ref) string { return g.feats[g.feat[r]] }

// Class returns the entry's GeoNames feature class letter: A for countries
// and divisions, P for populated places, L for continents and regions, H
// for water, T for relief.
func (g *Gazetteer) Class(r Ref) byte { return g.featClass[g.feat[r]] }

// Population returns the entry's population, 0 when unknown.
func (g *Gazetteer) Population(r Ref) int { return int(g.pop[r]) }

// AltNames returns how many distinct alternate-name keys (KindAlt) name
// the entry, capped at 255; it is counted when the gazetteer is loaded. For
// a place of cities15000 it counts the Latin-script names GeoNames gives it
// in other languages, so it measures how widely the place is known:
// Florence, Italy has 43, Florence, Alabama 9, and the places taken from
// cities1000 have none.
func (g *Gazetteer) AltNames(r Ref) int { return int(g.alts[r]) }

// LatLon returns the entry's coordinates in degrees.
func (g *Gazetteer) LatLon(r Ref) (lat, lon float64) {
	return float64(g.lat[r]) / 1e5, float64(g.lon[r]) / 1e5
}

// Flags returns the entry's flags (FlagApprox, FlagHandmade).
func (g *Gazetteer) Flags(r Ref) uint8 { return g.flags[r] }

// CountryIndex returns a small integer standing for the entry's country,
// equal for entries of the same country, or -1 when it has none.
func (g *Gazetteer) CountryIndex(r Ref) int {
	if c := g.country[r]; c != noCountry {
		return int(c)
	}
	return -1
}

// CountryOf returns the ISO alpha-3 code of the entry's country, "" for none.
func (g *Gazetteer) CountryOf(r Ref) string {
	if c := g.country[r]; c != noCountry {
		return g.countries[c].iso3
	}
	return ""
}

// CountryEntry returns the country entry for a country index (see
// CountryIndex), or NoRef.
func (g *Gazetteer) CountryEntry(ci int) Ref {
	if ci < 0 || ci >= len(g.countries) {
		return NoRef
	}
	return g.countries[ci].entry
}

// CountryByCode returns the country entry for an ISO alpha-2 or alpha-3
// code, or NoRef.
func (g *Gazetteer) CountryByCode(code string) Ref {
	code = strings.ToUpper(code)
	if i, ok := g.iso2Index[code]; ok {
		return g.countries[i].entry
	}
	if i, ok := g.iso3Index[code]; ok {
		return g.countries[i].entry
	}
	return NoRef
}

// Admin1Index returns a small integer standing for the entry's first-level
// division, equal for entries in the same division, or -1.
func (g *Gazetteer) Admin1Index(r Ref) int {
	if a := g.admin1[r]; a != noAdmin {
		return int(a)
	}
	return -1
}

// Admin1Entry returns the ADM1 entry for an Admin1Index, or NoRef.
func (g *Gazetteer) Admin1Entry(ai int) Ref {
	if ai < 0 || ai >= len(g.admin1s) {
		return NoRef
	}
	return g.admin1s[ai].entry
}

// Admin1ByCode returns the ADM1 entry of a country (ISO alpha-2) and
// GeoNames admin1 code ("RU", "59"), or NoRef.
func (g *Gazetteer) Admin1ByCode(cc, code string) Ref {
	if i, ok := g.adminKey[cc+"."+code]; ok {
		return g.admin1s[i].entry
	}
	return NoRef
}

// Admin2Of returns the ADM2 entry holding r (r itself for an ADM2), or
// NoRef when unknown.
func (g *Gazetteer) Admin2Of(r Ref) Ref { return Ref(g.admin2[r]) }

// Place returns the entry in full.
func (g *Gazetteer) Place(r Ref) Place {
	p := Place{
		Ref: r, ID: int(g.ids[r]), Name: g.Name(r), Feature: g.Feature(r), Class: g.Class(r),
		Population: int(g.pop[r]), Flags: g.flags[r],
	}
	p.Lat, p.Lon = g.LatLon(r)
	if c := g.country[r]; c != noCountry {
		p.Country, p.CountryCode = g.countries[c].iso3, g.countries[c].iso2
	}
	if a := g.admin1[r]; a != noAdmin {
		p.Admin1 = g.admin1s[a].code
	}
	return p
}

// ByID returns the first entry with GeoNames id id, or NoRef. It scans the
// entries and is meant for tests and tools, not the hot path.
func (g *Gazetteer) ByID(id int) Ref {
	for i, x := range g.ids {
		if int(x) == id {
			return Ref(i)
		}
	}
	return NoRef
}

// Distance returns the great-circle distance in kilometres between two
// points given in degrees.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// Between returns the distance in kilometres between two entries.
func (g *Gazetteer) Between(a, b Ref) float64 {
	la, oa := g.LatLon(a)
	lb, ob := g.LatLon(b)
	return Distance(la, oa, lb, ob)
}

var shipped = sync.OnceValues(func() (*Gazetteer, error) {
	if len(models.Gazetteer) == 0 {
		return nil, ErrNoGazetteer
	}
	g, err := Read(bytes.NewReader(models.Gazetteer))
	if err != nil {
		return nil, fmt.Errorf("loading the shipped gazetteer: %w", err)
	}
	return g, nil
})

// Shipped returns the gazetteer embedded in the binary
// (models/gazetteer.bin.gz), loaded on first use and shared read-only.
func Shipped() (*Gazetteer, error) { return shipped() }

var shippedSum = sync.OnceValue(func() string { return models.Checksum(models.Gazetteer) })

// ShippedChecksum returns the sha256 of the embedded gazetteer file without
// loading it.
func ShippedChecksum() string { return shippedSum() }
