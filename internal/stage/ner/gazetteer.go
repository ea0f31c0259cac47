package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/models"
)

// A list is one gazetteer list. Place lists match case-sensitively (a
// capitalized "Nice" is a city, "nice" is not); cue lists match the
// lowercased words.
type list uint8

// The gazetteer lists. Their order is part of the model format: append new
// lists at the end and bump the model version.
const (
	listCountry    list = iota // country names and common alternates ("South Korea", "U.S.")
	listDemonym                // demonyms, singular and plural ("South Korean", "Iraqis")
	listCapital                // national capitals
	listCityBig                // GeoNames cities with population >= 1,000,000
	listCity                   // other GeoNames cities with population >= 15,000
	listAdmin1                 // first-level divisions, with and without "Oblast", "Province"…
	listRegion                 // continents and world regions, hand-written ("Middle East")
	listOrgName                // well-known organization names and acronyms, hand-written
	listTitle                  // person titles, hand-written, folded ("President", "Gen.")
	listOrgCue                 // organization head words, hand-written, folded ("Ministry")
	listNatural                // natural-feature head words, hand-written, folded ("River")
	listFacility               // facility head words, hand-written, folded ("Airport")
	listPersonName             // very common given names and surnames, hand-written
	numLists
)

var listNames = [numLists]string{"country", "demonym", "capital", "citybig", "city", "admin1", "region", "orgname", "title", "orgcue", "natural", "facility", "personname"}

// folded reports whether a list matches lowercased words.
func (l list) folded() bool { return l >= listTitle && l <= listFacility }

// Gazetteer holds the name lists the model's features look words up in.
// It is built once by BuildGazetteer from ../shared/data (GeoNames and
// mledoze/countries) plus the hand-written lists of this package, and is
// stored inside the model file, so nothing is read from ../shared at run
// time. A Gazetteer is read-only once built and safe for concurrent use.
type Gazetteer struct {
	// Lists holds each list's phrases, sorted, words separated by one space.
	Lists [numLists][]string

	phrases map[uint64]uint16 // phrase hash → bit set of lists holding it
	maxLen  int               // longest phrase, in words
}

// Phrases returns the phrases of the named list ("country", "demonym", …),
// or nil for an unknown name.
func (g *Gazetteer) Phrases(name string) []string {
	for i, n := range listNames {
		if n == name {
			return g.Lists[i]
		}
	}
	return nil
}

// Has reports whether phrase (words separated by single spaces) is in the
// named list. Folded lists are matched in lowercase.
func (g *Gazetteer) Has(name, phrase string) bool {
	for i, n := range listNames {
		if n != name {
			continue
		}
		l := list(i)
		ws := strings.Fields(phrase)
		if l.folded() {
			for k := range ws {
				ws[k] = strings.ToLower(ws[k])
			}
		}
		return g.phrases[phraseHash(ws, l.folded())]&(1<<l) != 0
	}
	return false
}

// phraseHash hashes words joined by spaces, with the folded flag mixed in
// so that case-sensitive and folded phrases never collide.
func phraseHash(words []string, folded bool) uint64 {
	h := uint64(fnvOffset)
	if folded {
		h = hashByte(h, 1)
	}
	for i, w := range words {
		if i > 0 {
			h = hashByte(h, ' ')
		}
		h = hashString(h, w)
	}
	return h
}

// index builds the lookup tables from Lists.
func (g *Gazetteer) index() {
	g.phrases = make(map[uint64]uint16)
	g.maxLen = 1
	for i := range g.Lists {
		l := list(i)
		for _, p := range g.Lists[i] {
			ws := strings.Split(p, " ")
			if len(ws) > g.maxLen {
				g.maxLen = len(ws)
			}
			g.phrases[phraseHash(ws, l.folded())] |= 1 << l
			for n := 1; n < len(ws); n++ {
				g.phrases[phraseHash(ws[:n], l.folded())] |= prefixBit
			}
		}
	}
}

// matches marks, for each word, the lists it is matched in and its position
// in the match (B, I, L or U), as bits list*4+pos of out[i]. words are the
// sentence's words as written, lower the same lowercased. Each list is
// matched greedily left to right, longest phrase first.
func (g *Gazetteer) matches(words, lower []string, out []uint64) {
	for i := range out {
		out[i] = 0
	}
	var until [numLists]int // for each list, the first word not yet covered
	for i := range words {
		var best [numLists]int8 // longest match length starting at i, per list
		any := false
		hs, hf := uint64(fnvOffset), hashByte(fnvOffset, 1)
		cap0 := startsUpper(words[i])
		for n := 1; n <= g.maxLen && i+n <= len(words); n++ {
			if n > 1 {
				hs = hashByte(hs, ' ')
				hf = hashByte(hf, ' ')
			}
			hs = hashString(hs, words[i+n-1])
			hf = hashString(hf, lower[i+n-1])
			var bs uint16
			if cap0 {
				bs = g.phrases[hs]
			}
			bf := g.phrases[hf]
			mask := bs&placeMask | bf&foldMask
			for mask != 0 {
				l := list(trailingZeros16(mask))
				mask &= mask - 1
				best[l] = int8(n)
				any = true
			}
			if (bs|bf)&prefixBit == 0 {
				break // no longer phrase starts with these words
			}
		}
		if !any {
			continue
		}
		for l := range numLists {
			n := int(best[l])
			if n == 0 || i < until[l] {
				continue
			}
			until[l] = i + n
			if n == 1 {
				out[i] |= 1 << (uint(l)*4 + posU)
				continue
			}
			out[i] |= 1 << (uint(l)*4 + posB)
			for k := i + 1; k < i+n-1; k++ {
				out[k] |= 1 << (uint(l)*4 + posI)
			}
			out[i+n-1] |= 1 << (uint(l)*4 + posL)
		}
	}
}

const (
	posB = iota
	posI
	posL
	posU
)

// prefixBit marks a hash that is a proper prefix of some phrase.
const prefixBit = 1 << 15

var (
	foldMask  = uint16(1<<listTitle | 1<<listOrgCue | 1<<listNatural | 1<<listFacility)
	placeMask = ^foldMask & (1<<numLists - 1)
)

func trailingZeros16(x uint16) int {
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// GazetteerSources names the files BuildGazetteer reads, relative to the
// shared data folder.
var GazetteerSources = []string{
	"geonames/countryInfo.txt",
	"geonames/cities15000.txt.gz",
	"geonames/admin1CodesASCII.txt",
	"regions/mledoze_countries.json",
}

// BuildGazetteer builds the gazetteer from the shared data folder dataDir
// (GeoNames countryInfo.txt, cities15000.txt.gz and admin1CodesASCII.txt,
// CC BY 4.0; mledoze/countries, ODbL 1.0) and the hand-written lists of this
// package. It returns the gazetteer and the sha256 of each file read, keyed
// by its path relative to dataDir. The same files give the same gazetteer.
func BuildGazetteer(dataDir string) (*Gazetteer, map[string]string, error) {
	sums := map[string]string{}
	sets := [numLists]map[string]bool{}
	for i := range sets {
		sets[i] = map[string]bool{}
	}
	add := func(l list, name string) {
		name = cleanName(name)
		if name == "" {
			return
		}
		if l.folded() {
			name = strings.ToLower(name)
		}
		sets[l][name] = true
	}
	read := func(rel string) ([]byte, error) {
		b, err := os.ReadFile(filepath.Join(dataDir, rel))
		if err != nil {
			return nil, fmt.Errorf("building gazetteer: %w", err)
		}
		sums[rel] = models.Checksum(b)
		return b, nil
	}

	// countryInfo.txt: names and capitals.
	b, err := read("geonames/countryInfo.txt")
	if err != nil {
		return nil, nil, err
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 6 {
			continue
		}
		add(listCountry, f[4])
		add(listCapital, f[5])
	}

	// mledoze countries: names, alternate spellings, demonyms, capitals.
	b, err = read("regions/mledoze_countries.json")
	if err != nil {
		return nil, nil, err
	}
	var countries []struct {
		Name struct {
			Common, Official string
		}
		AltSpellings []string
		Capital      []string
		Demonyms     map[string]struct{ F, M string }
	}
	if err := json.Unmarshal(b, &countries); err != nil {
		return nil, nil, fmt.Errorf("building gazetteer: decoding mledoze_countries.json: %w", err)
	}
	for _, c := range countries {
		add(listCountry, c.Name.Common)
		add(listCountry, c.Name.Official)
		for _, a := range c.AltSpellings {
			if isASCIIName(a) && (len(a) > 3 || isUpperWord(a) && len(a) >= 3) {
				add(listCountry, a)
			}
		}
		for _, cap := range c.Capital {
			add(listCapital, cap)
		}
		if d, ok := c.Demonyms["eng"]; ok {
			for _, s := range []string{d.F, d.M} {
				add(listDemonym, s)
				add(listDemonym, pluralDemonym(s))
			}
		}
	}

	// cities15000: names by population.
	b, err = read("geonames/cities15000.txt.gz")
	if err != nil {
		return nil, nil, err
	}
	zr, err := gzip.NewReader(strings.NewReader(string(b)))
	if err != nil {
		return nil, nil, fmt.Errorf("building gazetteer: reading cities15000.txt.gz: %w", err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 {
			continue
		}
		pop, _ := strconv.Atoi(f[14])
		l := listCity
		if pop >= 1_000_000 {
			l = listCityBig
		}
		add(l, f[1])
		if f[2] != f[1] {
			add(l, f[2])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("building gazetteer: reading cities15000.txt.gz: %w", err)
	}

	// admin1: names, and names without their generic part.
	b, err = read("geonames/admin1CodesASCII.txt")
	if err != nil {
		return nil, nil, err
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			continue
		}
		for _, n := range []string{f[1], f[2]} {
			add(listAdmin1, n)
			add(listAdmin1, stripAdminWord(n))
		}
	}

	// Hand-written lists.
	for _, s := range handCountries {
		add(listCountry, s)
	}
	for _, s := range handDemonyms {
		add(listDemonym, s)
	}
	for _, s := range regionNames {
		add(listRegion, s)
	}
	for _, s := range orgNames {
		add(listOrgName, s)
	}
	for _, s := range personTitles {
		add(listTitle, s)
	}
	for _, s := range orgCues {
		add(listOrgCue, s)
	}
	for _, s := range naturalCues {
		add(listNatural, s)
	}
	for _, s := range facilityCues {
		add(listFacility, s)
	}

	for _, s := range personNames {
		add(listPersonName, s)
	}
	g := &Gazetteer{}
	for i := range sets {
		g.Lists[i] = make([]string, 0, len(sets[i]))
		for s := range sets[i] {
			g.Lists[i] = append(g.Lists[i], s)
		}
		sort.Strings(g.Lists[i])
	}
	g.index()
	return g, sums, nil
}

// cleanName tokenizes a gazetteer name the way news text is tokenized:
// words split at spaces, a final possessive-free form, no commas or
// parentheses. Names with commas or parentheses ("Korea, Republic of")
// are dropped.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, ",()/;") {
		return ""
	}
	return strings.Join(strings.Fields(s), " ")
}

func isASCIIName(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return s != ""
}

func isUpperWord(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// pluralDemonym returns the plural of a demonym used as a noun
// ("Iraqi" → "Iraqis", "American" → "Americans"), or "" when the plural is
// the same word ("Chinese", "British").
func pluralDemonym(s string) string {
	switch {
	case strings.HasSuffix(s, "ese"), strings.HasSuffix(s, "ish"), strings.HasSuffix(s, "ch"), strings.HasSuffix(s, "s"):
		return ""
	case strings.HasSuffix(s, "man"):
		return s[:len(s)-3] + "men"
	}
	return s + "s"
}

var adminWords = []string{" Oblast", " Krai", " Province", " Region", " Governorate", " State", " District", " Prefecture", " Department", " Republic", " County", " Territory", " Autonomous Okrug", " Municipality"}

func stripAdminWord(s string) string {
	for _, w := range adminWords {
		if strings.HasSuffix(s, w) {
			return strings.TrimSuffix(s, w)
		}
	}
	return ""
}

// handCountries are short forms news text uses that the country lists lack.
var handCountries = []string{"U.S.", "US", "USA", "U.S.A.", "UK", "U.K.", "Britain", "America", "Burma", "Ivory Coast", "Russia", "Syria", "Iran", "Laos", "Congo", "Czech Republic", "Holland", "Vatican", "Palestine", "Taiwan", "Kosovo", "Tibet", "Gaza", "West Bank", "Chechnya", "Darfur", "Kashmir", "Crimea", "Donbas"}

// handDemonyms are nationalities, ethnic and religious group words that the
// country demonyms lack.
var handDemonyms = []string{"Arab", "Arabs", "Kurd", "Kurds", "Kurdish", "Pashtun", "Baluch", "Shi'ite", "Shiite", "Shiites", "Sunni", "Sunnis", "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jews", "Hindu", "Hindus", "Buddhist", "Buddhists", "Catholic", "Catholics", "Orthodox", "Palestinian", "Palestinians", "European", "Europeans", "African", "Africans", "Asian", "Asians", "Latin American", "Western", "Tamil", "Tamils", "Sikh", "Sikhs", "Uighur", "Uighurs", "Uyghur", "Chechen", "Chechens", "Basque", "Basques", "Tibetan", "Tibetans", "Hutu", "Tutsi", "Yazidi", "Alawite", "Druze", "Roma", "Islamic", "Islamist", "Islamists", "Persian", "Slavic", "Scottish", "Welsh", "English", "Korean", "Koreans", "Soviet", "Yemeni", "Congolese", "Bosnian", "Serb", "Serbs", "Croat", "Croats"}

// regionNames are continents and world regions, typed LOC.
var regionNames = []string{"Africa", "Asia", "Europe", "Antarctica", "Oceania", "Australasia", "Eurasia", "North America", "South America", "Latin America", "Central America", "Middle East", "Near East", "Far East", "Russian Far East", "Central Asia", "South Asia", "Southeast Asia", "East Asia", "Western Europe", "Eastern Europe", "Central Europe", "Northern Europe", "Southern Europe", "West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa", "Sub-Saharan Africa", "Horn of Africa", "Sahel", "Sahara", "Maghreb", "Balkans", "Caucasus", "North Caucasus", "Scandinavia", "Caribbean", "Arctic", "Mediterranean", "Pacific", "Atlantic", "Indian Ocean", "Persian Gulf", "Gulf", "Levant", "Arabian Peninsula", "Korean Peninsula", "Siberia", "Patagonia", "Amazon", "Himalayas", "Andes", "Alps", "Kurdistan", "Punjab", "Mesopotamia", "Indochina", "Baltics", "Great Lakes", "Midwest"}

// orgNames are well-known organizations, mostly international, by name and
// acronym.
var orgNames = []string{"UN", "U.N.", "United Nations", "NATO", "EU", "European Union", "IAEA", "WHO", "World Health Organization", "IMF", "World Bank", "WTO", "OPEC", "ASEAN", "African Union", "AU", "Arab League", "OSCE", "UNICEF", "UNHCR", "Red Cross", "Red Crescent", "Interpol", "Europol", "G7", "G8", "G20", "BRICS", "SCO", "CIA", "FBI", "NSA", "KGB", "FSB", "GRU", "Pentagon", "Kremlin", "White House", "Congress", "Senate", "Hamas", "Hezbollah", "Taliban", "Taleban", "al-Qaida", "al-Qaeda", "Islamic State", "ISIS", "ISIL", "Daesh", "PKK", "Reuters", "Associated Press", "AP", "AFP", "VOA", "BBC", "CNN", "Xinhua", "Yonhap", "KCNA", "TASS", "Interfax", "Gazprom", "Rosneft", "Wagner", "Security Council", "General Assembly", "Amnesty International", "Human Rights Watch"}

// personTitles are words and abbreviations that precede a person's name.
var personTitles = []string{"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Sir", "Dame", "Lord", "Lady", "President", "Vice", "Prime", "Minister", "Premier", "Chancellor", "Secretary", "Secretary-General", "Undersecretary", "Ambassador", "Envoy", "Consul", "Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor", "Judge", "Justice", "King", "Queen", "Prince", "Princess", "Emperor", "Sheikh", "Emir", "Sultan", "Pope", "Cardinal", "Archbishop", "Bishop", "Rev.", "Reverend", "Ayatollah", "Imam", "Rabbi", "Lama", "General", "Gen.", "Lt.", "Lieutenant", "Colonel", "Col.", "Major", "Maj.", "Captain", "Capt.", "Sergeant", "Sgt.", "Admiral", "Adm.", "Commander", "Cmdr.", "Marshal", "Field", "Brigadier", "Spokesman", "Spokeswoman", "Chairman", "Chairwoman", "Chief", "Director", "Commissioner", "Speaker", "Deputy", "Foreign", "Defense", "Defence", "Interior", "Finance", "Leader", "Opposition", "Former", "Acting", "Crown", "Grand", "Ayatullah", "Mullah", "Patriarch", "Dalai", "Chairperson", "CEO", "Attorney", "Gen"}

// orgCues are head words of organization names.
var orgCues = []string{"Ministry", "Ministries", "Service", "Services", "Agency", "Council", "Party", "Army", "Navy", "Force", "Forces", "Committee", "Commission", "Organization", "Organisation", "Union", "Bank", "Court", "Parliament", "Assembly", "Association", "Front", "Movement", "Group", "Institute", "University", "College", "School", "Corporation", "Corp.", "Company", "Co.", "Inc.", "Ltd.", "Ltd", "LLC", "Department", "Office", "Bureau", "Police", "Guard", "Guards", "League", "Federation", "Fund", "Authority", "Board", "Network", "News", "Times", "Post", "Journal", "Television", "Radio", "Congress", "Senate", "Cabinet", "Government", "Administration", "Brigade", "Brigades", "Battalion", "Regiment", "Division", "Corps", "Command", "Mission", "Foundation", "Alliance", "Coalition", "Society", "Club", "Airlines", "Airways", "Group", "Holdings", "Industries", "Systems", "Embassy", "Consulate", "Secretariat", "Tribunal", "Directorate", "Intelligence", "Security", "Affairs", "Revolutionary", "Liberation", "Militia", "Brotherhood", "Church", "Exchange", "Court", "Legislature", "Duma", "Knesset", "Majlis", "Politburo", "Centre", "Center", "Program", "Programme", "Council", "Fed", "Reserve", "Ministry's"}

// naturalCues are head words of natural features, typed LOC.
var naturalCues = []string{"River", "Sea", "Ocean", "Lake", "Lakes", "Mountain", "Mountains", "Mount", "Mt.", "Gulf", "Bay", "Strait", "Straits", "Valley", "Desert", "Island", "Islands", "Isle", "Peninsula", "Coast", "Basin", "Plateau", "Delta", "Channel", "Range", "Hills", "Cape", "Glacier", "Forest", "Jungle", "Plain", "Plains", "Steppe", "Reef", "Archipelago", "Volcano", "Pass", "Gorge", "Canyon", "Sound", "Lagoon", "Falls", "Highlands", "Strip"}

// facilityCues are head words of buildings and structures, typed FAC.
var facilityCues = []string{"Airport", "Airbase", "Stadium", "Prison", "Jail", "Bridge", "Dam", "Palace", "Square", "Tower", "Towers", "Hospital", "Mosque", "Church", "Cathedral", "Temple", "Shrine", "Hotel", "Station", "Base", "Plant", "Reactor", "Building", "Museum", "Highway", "Road", "Street", "Avenue", "Boulevard", "Port", "Harbor", "Harbour", "Pipeline", "Tunnel", "Monument", "Memorial", "Cemetery", "Arena", "Mall", "Terminal", "Checkpoint", "Crossing", "Compound", "Facility", "Complex", "Refinery", "Barracks", "Fort", "Canal"}

// personNames are common given names and surnames from many languages, a
// hint for names the training data lacks. They are only features: the model
// weighs them against the context.
var personNames = []string{
	// Korean
	"Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Yun", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Moon", "Roh", "Ban", "Chun", "Jeon",
	// Chinese, Vietnamese, Japanese
	"Wang", "Zhang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "Xi", "Wen", "Nguyen", "Tran", "Pham", "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Abe", "Kishida",
	// Arabic, Persian, Turkish, South Asian
	"Mohammed", "Muhammad", "Mohamed", "Ahmed", "Ahmad", "Ali", "Hassan", "Hussein", "Hussain", "Abdullah", "Abdul", "Ibrahim", "Khalid", "Omar", "Yusuf", "Mahmoud", "Mustafa", "Karim", "Hamid", "Reza", "Hossein", "Mehmet", "Khan", "Singh", "Kumar", "Sharma", "Gupta", "Patel", "Rahman", "Aziz",
	// Russian, Ukrainian, East European
	"Vladimir", "Sergei", "Sergey", "Dmitry", "Alexei", "Alexander", "Mikhail", "Nikolai", "Ivan", "Andrei", "Yuri", "Viktor", "Oleg", "Igor", "Georgy", "Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Volodymyr", "Oleksandr", "Olena", "Natalia", "Olga", "Tatiana",
	// European, American
	"John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Mary", "Elizabeth", "Jennifer", "Maria", "Anna", "Jean", "Pierre", "Hans", "Klaus", "Giuseppe", "Carlos", "Jose", "Juan", "Luis", "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Lopez", "Gonzalez", "Muller", "Schmidt", "Rossi", "Dubois", "Martin",
	// African
	"Kofi", "Kwame", "Nelson", "Jacob", "Cyril", "Abiy", "Mamadou", "Ousmane", "Moussa", "Amadou",
}
