package geo

import (
	"math"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gazetteer"
)

// Role says what a toponym mention does in its sentence.
type Role uint8

const (
	// RolePlace is a toponym naming a location.
	RolePlace Role = iota
	// RoleActor is a country or capital standing for its government or
	// people: the subject of a speech or decision verb ("Pyongyang has
	// ignored the issue"), the owner of a stance or envoy ("Seoul's
	// dissatisfaction"), the object of support or sanctions ("supporting
	// Moscow"). The stage leaves such mentions out of Doc.Places.
	RoleActor
)

// String returns "place" or "actor".
func (r Role) String() string {
	if r == RoleActor {
		return "actor"
	}
	return "place"
}

// Toponym is one toponym mention and its resolution.
type Toponym struct {
	doc.Span
	// Text is the mention as written.
	Text string
	// Ref is the gazetteer entry chosen, gazetteer.NoRef when none fits.
	Ref gazetteer.Ref
	// Place is the resolved place, set when Ref is not NoRef or, for a
	// toponym the gazetteer lacks, its container was found
	// (Place.Resolution).
	Place doc.Place
	// Role is RolePlace or RoleActor.
	Role Role
	// Confidence is the chosen entry's share of the candidates' weight, in
	// [0, 1].
	Confidence float64
}

// Resolved reports whether the toponym has a location, its own or its
// container's.
func (t Toponym) Resolved() bool { return t.Ref != gazetteer.NoRef || t.Place.Resolution != "" }

// want is the kind of entry the words around a mention ask for.
type want uint8

const (
	wantAny   want = iota
	wantAdmin      // "the Kursk region", "the regions of ..."
	wantCity       // "the city of ...", "the port city of ..."
	wantWater      // "the ... River"
)

// cand is one gazetteer entry a mention may name.
type cand struct {
	ref   gazetteer.Ref
	kind  gazetteer.Kind
	prior float64
	local float64
	score float64
	known float64 // log(1 + alternate names)
	ctry  float64 // the part of score from the countries of other places
}

// mention is a toponym being resolved.
type mention struct {
	span    doc.Span
	text    string // as written, possessive trimmed
	key     string
	hint    string // entity type, "" for gold spans
	want    want
	partial bool // candidates come from a part of the mention
	cands   []cand
	group   int
	list    int // index of its coordination list, -1 for none
	demonym bool
	// demCountry is a country named by an adjective just before the mention
	// ("the Russian port city of Vladivostok"), -1 for none.
	demCountry int
}

// group is the mentions that share a key: one sense per document.
type group struct {
	ms     []*mention
	cands  []cand
	choice int     // index into cands, -1 for none
	conf   float64 // the choice's share of the weight
}

// Weights are the resolver's evidence weights: log-scale points added to a
// candidate's score. DefaultWeights were set by hand and then tuned by
// coordinate ascent on the dev halves of the gold corpora (see
// internal/eval/geo.Part and TestTuneWeights); the test halves were not
// used.
type Weights struct {
	// How the name names the entry.
	KindAlt, KindVariant, KindAbbrev, KindDemonym float64
	// Partial: the candidate names only a part of the mention.
	Partial float64
	// Approx: the entry's coordinates are derived, not given.
	Approx float64
	// Pop is per power of ten of population.
	Pop float64
	// Known weighs how widely a populated place is known, measured as
	// log(1 + gazetteer.AltNames): in the last rounds a place loses Known
	// times how much less known it is than the best-known place of its
	// name (Florence, Alabama against Florence, Italy; Antwerp, Ohio
	// against Antwerpen), scaled by exp(-X/KnownGate), X the support the
	// words around and the document give it beyond what they give the
	// best-known one. The countries of other places do not count in X
	// (only countries the text names do), so one namesake chosen wrongly
	// does not shield the next.
	Known, KnownGate float64
	// Feature priors.
	Country, ADM1, ADM2, Capital, Seat, Region float64
	// CapitalOverADM1 is taken from a division that shares its name with
	// its country's capital far from it (Washington state).
	CapitalOverADM1 float64
	// CityOverADM1 is given to a city that shares its name with the
	// division it lies in (Khabarovsk, Khabarovsk Krai).
	CityOverADM1 float64
	// XY: "X, Y" where Y contains the candidate; YX: the candidate is Y and
	// contains X.
	XY, YX float64
	// Trigger: "the city of", "the regions of", "X region".
	Trigger float64
	// DemonymAdj: a country adjective before the mention names the
	// candidate's country.
	DemonymAdj float64
	// Sibling: list members of the same level.
	Sibling float64
	// Document evidence: same country, same first-level division, nearby.
	CountryCtx, Admin1Ctx, NearCtx float64
	// NearKm is the distance scale of NearCtx.
	NearKm float64
	// AbbrevEntry: another mention of the document names the candidate by
	// its abbreviation ("Wash." and "Washington").
	AbbrevEntry float64
}

// DefaultWeights are the weights New uses when Options.Weights is nil.
var DefaultWeights = Weights{
	KindAlt: -1.8, KindVariant: -0.5, KindAbbrev: -0.2, KindDemonym: -0.3,
	Partial: -1.0, Approx: -1.4, Pop: 0.45,
	Country: 1.6, ADM1: 0.9, ADM2: -0.3, Capital: 0.7, Seat: -0.6, Region: 5.0, CapitalOverADM1: 1.5, CityOverADM1: 1.6,
	XY: 4.0, YX: 2.5, Trigger: 0.35, DemonymAdj: 2.5, Sibling: 1.2,
	CountryCtx: 2.85, Admin1Ctx: 1.1, NearCtx: 1.8, NearKm: 350, AbbrevEntry: 1.5,
	Known: 1.5, KnownGate: 0.3,
}

const maxCands = 24

// rounds is how many rounds of revision solve makes on the evidence alone;
// as many follow that weigh how widely known each place is too.
const rounds = 4

// resolver holds one document's resolution state.
type resolver struct {
	g      *gazetteer.Gazetteer
	w      *Weights
	text   string
	ms     []*mention
	groups []*group
	// demonyms found in the text: country index → count.
	textCountries map[int]float64
	buf           []gazetteer.Match
	// cog caches brazzaville: 0 not yet known, 1 yes, 2 no.
	cog uint8
}

func (p *Geoparser) newResolver(text string) *resolver {
	return &resolver{g: p.g, w: p.w, text: text, textCountries: map[int]float64{}}
}

// lookup returns the matches of a key.
func (rs *resolver) lookup(key string) []gazetteer.Match {
	if key == congoKey && !rs.brazzaville() {
		// "Congo" alone, in the news, is the Democratic Republic of the
		// Congo ("eastern Congo", "Congo's army"), unless the document is
		// about the other one.
		key = drcKey
	}
	rs.buf = rs.g.Lookup(key, rs.buf[:0])
	return rs.buf
}

// typeWant maps a division word to what it asks for.
func typeWant(w string) want {
	switch w {
	case "city", "town", "village", "port", "capital", "municipality":
		return wantCity
	case "river", "sea", "lake", "bay", "gulf", "ocean":
		return wantWater
	case "island", "islands", "area", "zone", "land":
		return wantAny
	}
	return wantAdmin
}

// addMention makes a mention of the text span s, with an entity type hint.
func (rs *resolver) addMention(s doc.Span, hint string) *mention {
	t := rs.text[s.Start:s.End]
	// Trim a possessive and surrounding quotes or punctuation.
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(t, suf) && len(t) > len(suf) {
			t = t[:len(t)-len(suf)]
			break
		}
	}
	m := &mention{span: s, text: t, hint: hint, list: -1, demCountry: -1}
	m.key = gazetteer.Key(t)
	rs.ms = append(rs.ms, m)
	return m
}

// candidates fills m.cands from the gazetteer.
func (rs *resolver) candidates(m *mention) {
	rs.gather(m, true)
	if len(m.cands) == 0 && m.want != wantAny {
		// The type word ruled everything out; take the name's entries anyway.
		rs.gather(m, false)
	}
	// A country's own name beats other places' alternate names ("Mexico" is
	// not Mexico City).
	country := false
	for _, c := range m.cands {
		if c.kind == gazetteer.KindName && strings.HasPrefix(rs.g.Feature(c.ref), "PCL") {
			country = true
		}
	}
	// A capital beats a division of the same name in its country
	// ("Washington" is the city, not the state).
	for i := range m.cands {
		if rs.g.Feature(m.cands[i].ref) != "ADM1" {
			continue
		}
		for _, o := range m.cands {
			if rs.g.Feature(o.ref) == "PPLC" && rs.g.CountryIndex(o.ref) == rs.g.CountryIndex(m.cands[i].ref) &&
				rs.g.Between(o.ref, m.cands[i].ref) > 50 {
				m.cands[i].prior -= rs.w.CapitalOverADM1
			}
		}
	}
	// A city beats the same-named division it is the seat of ("Khabarovsk"
	// is the city unless the words around say region).
	if m.want == wantAny {
		for i := range m.cands {
			c := &m.cands[i]
			if rs.g.Class(c.ref) != 'P' || c.kind != gazetteer.KindName {
				continue
			}
			for _, o := range m.cands {
				if rs.g.Feature(o.ref) == "ADM1" && o.kind == gazetteer.KindName && rs.g.Admin1Index(o.ref) == rs.g.Admin1Index(c.ref) {
					c.prior += rs.w.CityOverADM1
					break
				}
			}
		}
	}
	if country {
		kept := m.cands[:0]
		for _, c := range m.cands {
			if c.kind == gazetteer.KindName || c.kind == gazetteer.KindDemonym {
				kept = append(kept, c)
			}
		}
		m.cands = kept
	}
	sort.SliceStable(m.cands, func(i, j int) bool { return m.cands[i].prior > m.cands[j].prior })
	if len(m.cands) > maxCands {
		m.cands = m.cands[:maxCands]
	}
}

// gather adds the candidates of m's key, restricted to what its type word
// asks for when restrict is set.
func (rs *resolver) gather(m *mention, restrict bool) {
	key := m.key
	if key == "" {
		return
	}
	if bareWords[key] {
		return
	}
	matches := rs.lookup(key)
	words := strings.Fields(key)
	last := words[len(words)-1]
	if len(matches) == 0 || (len(words) > 1 && gazetteer.IsTypeWord(last)) {
		if base, ok := gazetteer.StripType(key); ok {
			w := typeWant(last)
			if len(words) > 1 && gazetteer.IsTypeWord(words[0]) {
				w = typeWant(words[0])
			}
			if m.want == wantAny {
				m.want = w
			}
			if len(matches) == 0 {
				matches = rs.lookup(base)
			}
		}
	}
	surface := m.text
	if len(matches) == 0 && len(words) > 1 {
		matches, surface = rs.partial(m)
	}
	for _, x := range matches {
		switch x.Kind {
		case gazetteer.KindCode:
			// A postal code names its division when written alone in
			// capitals ("wastewater in WA"); in lower case it is a word.
			if len(surface) != 2 || !isAllCaps(surface) {
				continue
			}
		case gazetteer.KindAbbrev:
			if !abbrevFits(rs.g, surface, x.Ref) {
				continue
			}
		case gazetteer.KindDemonym:
			if m.hint != "" && m.hint != "NORP" && !m.partial {
				continue
			}
			if m.partial && !strings.HasPrefix(m.text, surface) {
				continue
			}
			m.demonym = true
		}
		if dup := m.findCand(x.Ref); dup >= 0 {
			continue
		}
		c := cand{ref: x.Ref, kind: x.Kind}
		if restrict && !rs.admits(m, c) {
			continue
		}
		c.prior = rs.prior(m, c)
		c.known = math.Log1p(float64(rs.g.AltNames(c.ref)))
		m.cands = append(m.cands, c)
	}
}

// bareWords are keys that name a place only with more words around them
// ("the North" of Korea is not Cameroon's North Region).
var bareWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "centre": true, "center": true, "republic": true, "union": true,
	"federal": true, "national": true, "capital": true, "coast": true, "interior": true, "north east": true,
	"north west": true, "south east": true, "south west": true, "upper": true, "lower": true,
	"city": true, "state": true, "region": true, "province": true, "county": true, "island": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "no": true, "inc": true, "st": true,
}

// streetWords end names of streets and buildings whose other words are
// rarely the place ("Collins Avenue", "Agnes Jones House"): such mentions get
// no candidates from their parts.
var streetWords = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true,
	"boulevard": true, "blvd": true, "drive": true, "dr": true, "lane": true, "ln": true,
	"highway": true, "hwy": true, "way": true, "place": true, "square": true, "house": true,
	"hall": true, "building": true, "tower": true, "elementary": true, "school": true,
	"academy": true, "church": true, "hospital": true, "centre": true, "center": true,
	"court": true, "courthouse": true, "palace": true, "hotel": true, "restaurant": true,
	"cafe": true, "bar": true, "pub": true, "studio": true, "store": true, "mall": true,
	"park": true, "stadium": true, "arena": true, "field": true, "club": true, "college": true,
	"university": true, "institute": true, "library": true, "museum": true, "theatre": true,
	"theater": true, "terrace": true, "crescent": true, "circle": true, "pike": true, "trail": true,
	"parkway": true, "pkwy": true, "plaza": true,
}

// genericWords are never the place-naming part of a longer name.
var genericWords = map[string]bool{
	"bank": true, "council": true, "central": true, "court": true, "college": true, "hall": true,
	"centre": true, "center": true, "international": true, "national": true, "federal": true,
	"university": true, "school": true, "high": true, "middle": true, "elementary": true,
	"district": true, "fire": true, "station": true, "police": true, "department": true,
	"county": true, "city": true, "state": true, "new": true, "north": true, "south": true,
	"east": true, "west": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"upper": true, "lower": true, "great": true, "greater": true, "old": true, "royal": true,
	"general": true, "memorial": true, "community": true, "public": true, "united": true,
	"airport": true, "house": true, "church": true, "park": true, "support": true, "tech": true,
	"mental": true, "hospital": true, "office": true, "ministry": true, "agency": true,
	"commission": true, "embassy": true, "consulate": true, "delta": true, "valley": true, "river": true, "lake": true, "mount": true,
	"the": true, "of": true, "and": true, "for": true, "at": true, "in": true, "on": true, "de": true,
	"camp": true, "port": true, "fort": true, "saint": true, "st": true, "san": true, "santa": true,
}

// partial finds candidates for a multiword mention that the gazetteer
// lacks from a part of it, and returns the part: the leading run of
// capitalized, non-generic words ("Manitoba Chambers of Commerce" →
// Manitoba), else the words after the last "of" ("Bank of Japan" → Japan),
// else the longest such run anywhere ("Cottonport Fire Station" →
// Cottonport). Street and building names get none: their other words are
// rarely the place ("Collins Avenue").
func (rs *resolver) partial(m *mention) ([]gazetteer.Match, string) {
	raw := strings.Fields(m.text)
	if len(raw) < 2 {
		return nil, ""
	}
	last := strings.ToLower(strings.Trim(raw[len(raw)-1], ".,"))
	if streetWords[last] {
		return nil, ""
	}
	good := func(w string) bool {
		lw := strings.ToLower(strings.Trim(w, ".,'’"))
		return isCapitalized(w) && !genericWords[lw] && !gazetteer.IsTypeWord(lw)
	}
	try := func(part []string) ([]gazetteer.Match, string) {
		s := strings.Join(part, " ")
		if ms := rs.lookup(gazetteer.Key(s)); len(ms) > 0 {
			m.partial = true
			return ms, s
		}
		return nil, ""
	}
	n := 0
	for n < len(raw) && good(raw[n]) {
		n++
	}
	for k := n; k >= 1; k-- {
		if ms, s := try(raw[:k]); ms != nil {
			return ms, s
		}
	}
	for i := len(raw) - 2; i >= 1; i-- {
		if raw[i] != "of" {
			continue
		}
		rest := raw[i+1:]
		if len(rest) > 0 && (rest[0] == "the" || rest[0] == "The") {
			rest = rest[1:]
		}
		if len(rest) > 0 && good(rest[0]) {
			if ms, s := try(rest); ms != nil {
				return ms, s
			}
		}
		break
	}
	for n := len(raw) - 1; n >= 1; n-- {
		for i := 0; i+n <= len(raw); i++ {
			part := raw[i : i+n]
			ok := true
			for _, w := range part {
				if !good(w) {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if ms, s := try(part); ms != nil {
				return ms, s
			}
		}
	}
	return nil, ""
}

// abbrevFits reports whether an abbreviation written as surface may name
// entry r: written in capitals ("U.S.", "UK", "NYC"), or a short form with a
// period that names a division ("Calif.", "Ga.", "Alta.").
func abbrevFits(g *gazetteer.Gazetteer, surface string, r gazetteer.Ref) bool {
	if isAllCaps(surface) {
		return true
	}
	return strings.HasSuffix(surface, ".") && len(surface) <= 7 && g.Class(r) == 'A'
}

func (m *mention) findCand(r gazetteer.Ref) int {
	for i, c := range m.cands {
		if c.ref == r {
			return i
		}
	}
	return -1
}

// admits reports whether an entry fits what the mention's words ask for.
func (rs *resolver) admits(m *mention, c cand) bool {
	cl := rs.g.Class(c.ref)
	switch m.want {
	case wantAdmin:
		f := rs.g.Feature(c.ref)
		return cl == 'A' && !strings.HasPrefix(f, "PCL") || cl == 'L'
	case wantCity:
		return cl == 'P'
	case wantWater:
		return cl == 'H'
	}
	return true
}

// prior scores an entry before context: how it is named, what it is, how
// many live there.
func (rs *resolver) prior(m *mention, c cand) float64 {
	g := rs.g
	s := 0.0
	switch c.kind {
	case gazetteer.KindAlt:
		s += rs.w.KindAlt
	case gazetteer.KindVariant:
		if m.want == wantAny {
			s += rs.w.KindVariant
		}
	case gazetteer.KindAbbrev, gazetteer.KindCode:
		s += rs.w.KindAbbrev
	case gazetteer.KindDemonym:
		s += rs.w.KindDemonym
	}
	if m.partial {
		s += rs.w.Partial
	}
	if g.Flags(c.ref)&gazetteer.FlagApprox != 0 {
		s += rs.w.Approx
	}
	pop := float64(g.Population(c.ref))
	s += rs.w.Pop * math.Log10(pop+10)
	f := g.Feature(c.ref)
	switch {
	case strings.HasPrefix(f, "PCL"):
		s += rs.w.Country
	case f == "ADM1":
		s += rs.w.ADM1
	case f == "ADM2":
		s += rs.w.ADM2
	case f == "PPLC":
		s += rs.w.Capital
	case f == "PPLA":
		s += rs.w.Seat
	case f == "PPLX" || f == "PPLH" || f == "PPLQ" || f == "PPLW":
		s -= 0.6
	}
	if g.Flags(c.ref)&gazetteer.FlagHandmade != 0 {
		s += rs.w.Region
	}
	// "US" is the United States, not the French village Us.
	if len(m.text) <= 4 && isAllCaps(m.text) && c.kind == gazetteer.KindName && !isAllCaps(g.Name(c.ref)) {
		s -= 3
	}
	return s
}

// contains reports whether entry a contains entry b (a country, a
// first-level division, or a second-level division holding it).
func (rs *resolver) contains(a, b gazetteer.Ref) bool {
	if a == b {
		return false
	}
	g := rs.g
	f := g.Feature(a)
	switch {
	case strings.HasPrefix(f, "PCL"):
		ca := g.CountryIndex(a)
		return ca >= 0 && ca == g.CountryIndex(b) && !strings.HasPrefix(g.Feature(b), "PCL")
	case f == "ADM1":
		aa := g.Admin1Index(a)
		return aa >= 0 && aa == g.Admin1Index(b) && g.Feature(b) != "ADM1"
	case f == "ADM2":
		return g.Admin2Of(b) == a && b != a
	}
	return false
}

// The keys of "Congo" and of the Democratic Republic of the Congo.
var (
	congoKey = gazetteer.Key("Congo")
	drcKey   = gazetteer.Key("Democratic Republic of the Congo")
)

// brazzaville reports whether the document names the Republic of the
// Congo, not the Democratic Republic: its capital or its short names.
func (rs *resolver) brazzaville() bool {
	if rs.cog == 0 {
		rs.cog = 2
		t := strings.ToLower(rs.text)
		if strings.Contains(t, "brazzaville") || strings.Contains(t, "sassou") {
			rs.cog = 1
		}
		for i := 0; rs.cog == 2; {
			j := strings.Index(t[i:], "republic of congo")
			if k := strings.Index(t[i:], "republic of the congo"); k >= 0 && (j < 0 || k < j) {
				j = k
			}
			if j < 0 {
				break
			}
			j += i
			if !strings.HasSuffix(strings.TrimRight(t[:j], " "), "democratic") {
				rs.cog = 1
			}
			i = j + 1
		}
	}
	return rs.cog == 1
}
