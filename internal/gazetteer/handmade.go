package gazetteer

import (
	_ "embed"
	"strings"
)

// countryPoints holds GeoNames' own point for each sovereign country (see
// the file's header for its source and licence). The shared data has no
// GeoNames country features, and the mledoze/dr5hn centres differ from
// GeoNames' by hundreds of kilometres for large countries (the United
// States, India, Mexico, Libya), which matters to anyone comparing with
// GeoNames-based data.
//
//go:embed country_points.tsv
var countryPoints string

// handmadeEntry is one hand-written gazetteer entry: a continent, ocean,
// sea, river or region that GeoNames' city and division files lack. Names
// are "|"-separated, the first being the entry's name. ID is the GeoNames id
// where known (continents), else 0. Coordinates are approximate centres.
type handmadeEntry struct {
	id       uint32
	names    string
	feat     string
	cc       string
	lat, lon float64
}

// handmadeEntries are written by hand for sitrep; they are facts of
// geography, not copied from any source.
var handmadeEntries = []handmadeEntry{
	{6255146, "Africa|African continent", "CONT", "", 7.19, 21.09},
	{6255147, "Asia|Asian continent", "CONT", "", 29.84, 89.30},
	{6255148, "Europe|European continent|European Union|EU|E.U.", "CONT", "", 48.69, 9.14},
	{6255149, "North America", "CONT", "", 46.07, -100.55},
	{6255150, "South America", "CONT", "", -14.60, -57.66},
	{6255151, "Oceania", "CONT", "", -18.31, 138.52},
	{0, "Middle East|Mideast|Near East", "RGN", "", 29.0, 41.0},
	{0, "Arab world|Arab World|Arab states", "RGN", "", 25.0, 45.0},
	{0, "Far East", "RGN", "", 35.0, 125.0},
	{0, "Russian Far East|Far Eastern Federal District|Far East", "RGN", "RU", 56.0, 135.0},
	{0, "Siberia", "RGN", "RU", 60.0, 100.0},
	{0, "North Caucasus|Northern Caucasus", "RGN", "RU", 43.5, 44.5},
	{0, "Caucasus|Caucasus region|South Caucasus", "RGN", "", 42.0, 44.5},
	{0, "Balkans|Balkan Peninsula|Western Balkans", "RGN", "", 42.5, 21.0},
	{0, "Scandinavia", "RGN", "", 63.0, 14.0},
	{0, "Baltics|Baltic states", "RGN", "", 56.5, 24.0},
	{0, "Western Europe", "RGN", "", 48.0, 5.0},
	{0, "Eastern Europe", "RGN", "", 50.0, 28.0},
	{0, "Central Europe", "RGN", "", 49.5, 16.0},
	{0, "Northern Europe", "RGN", "", 60.0, 15.0},
	{0, "Southern Europe", "RGN", "", 41.0, 14.0},
	{0, "Southeast Asia|South-East Asia|South East Asia", "RGN", "", 5.0, 110.0},
	{0, "South Asia", "RGN", "", 22.0, 78.0},
	{0, "Central Asia", "RGN", "", 43.0, 65.0},
	{0, "East Asia", "RGN", "", 35.0, 115.0},
	{0, "Asia-Pacific|Asia Pacific", "RGN", "", 10.0, 120.0},
	{0, "Indochina", "RGN", "", 15.0, 104.0},
	{0, "Korean Peninsula", "PEN", "", 37.5, 127.5},
	{0, "Sub-Saharan Africa", "RGN", "", 0.0, 20.0},
	{0, "North Africa|Northern Africa", "RGN", "", 27.0, 12.0},
	{0, "West Africa", "RGN", "", 12.0, -3.0},
	{0, "East Africa", "RGN", "", 0.0, 37.0},
	{0, "Southern Africa", "RGN", "", -25.0, 25.0},
	{0, "Central Africa", "RGN", "", 2.0, 20.0},
	{0, "Horn of Africa", "RGN", "", 8.0, 45.0},
	{0, "Sahel", "RGN", "", 15.0, 5.0},
	{0, "Sahara|Sahara Desert", "DSRT", "", 23.0, 13.0},
	{0, "Maghreb", "RGN", "", 31.0, 3.0},
	{0, "Levant", "RGN", "", 33.5, 36.5},
	{0, "Gulf region|Arabian Peninsula", "RGN", "", 24.0, 47.0},
	{0, "Latin America", "RGN", "", -14.6, -57.66},
	{0, "Central America", "RGN", "", 13.0, -86.0},
	{0, "Caribbean|Caribbean Sea", "SEA", "", 15.0, -73.0},
	{0, "Scandinavian Peninsula", "PEN", "", 64.0, 15.0},
	{0, "Sinai|Sinai Peninsula", "PEN", "EG", 29.5, 33.8},
	{0, "Golan Heights|Golan", "RGN", "SY", 33.0, 35.8},
	{0, "Kashmir", "RGN", "", 34.0, 76.0},
	{0, "Donbas|Donbass", "RGN", "UA", 48.0, 38.0},
	{0, "Kurdistan", "RGN", "", 36.5, 44.0},
	{0, "Patagonia", "RGN", "", -45.0, -69.0},
	{0, "Amazon|Amazonia|Amazon rainforest", "RGN", "", -4.0, -62.0},
	{0, "Himalayas|Himalaya", "MTS", "", 28.5, 84.0},
	{0, "Alps", "MTS", "", 46.5, 10.0},
	{0, "Andes", "MTS", "", -20.0, -67.0},
	{0, "Rocky Mountains|Rockies", "MTS", "US", 42.0, -108.0},
	{0, "Appalachia|Appalachian Mountains|Appalachians", "MTS", "US", 38.0, -81.0},
	{0, "Arctic", "RGN", "", 80.0, 0.0},
	{0, "Midwest|Middle West", "RGN", "US", 41.5, -90.0},
	{0, "New England", "RGN", "US", 43.5, -71.5},
	{0, "Pacific Northwest", "RGN", "US", 46.0, -121.0},
	{0, "Bay Area|San Francisco Bay Area", "RGN", "US", 37.8, -122.3},
	{0, "Silicon Valley", "RGN", "US", 37.4, -122.05},
	{0, "Great Lakes", "LK", "", 45.5, -84.5},
	{0, "Great Plains", "PLN", "US", 40.0, -100.0},
	{0, "Gulf Coast", "RGN", "US", 29.5, -90.0},
	{0, "East Coast|Eastern Seaboard", "RGN", "US", 38.5, -76.0},
	{0, "West Coast", "RGN", "US", 38.0, -121.0},
	{0, "Atlantic Ocean|Atlantic", "OCN", "", 10.0, -30.0},
	{0, "Pacific Ocean|Pacific", "OCN", "", 0.0, -160.0},
	{0, "Indian Ocean", "OCN", "", -10.0, 80.0},
	{0, "Arctic Ocean", "OCN", "", 85.0, 0.0},
	{0, "Southern Ocean", "OCN", "", -60.0, 90.0},
	{0, "Mediterranean Sea|Mediterranean", "SEA", "", 35.0, 18.0},
	{0, "Black Sea", "SEA", "", 43.0, 35.0},
	{0, "Red Sea", "SEA", "", 20.0, 38.5},
	{0, "Caspian Sea", "SEA", "", 42.0, 50.5},
	{0, "Baltic Sea|Baltic", "SEA", "", 58.0, 20.0},
	{0, "North Sea", "SEA", "", 56.0, 3.0},
	{0, "Sea of Azov|Azov Sea", "SEA", "", 46.0, 36.5},
	{0, "South China Sea", "SEA", "", 12.0, 114.0},
	{0, "East China Sea", "SEA", "", 29.0, 125.0},
	{0, "Yellow Sea", "SEA", "", 35.0, 123.0},
	{0, "Sea of Japan|East Sea", "SEA", "", 40.0, 135.0},
	{0, "Arabian Sea", "SEA", "", 15.0, 65.0},
	{0, "Persian Gulf|Arabian Gulf|The Gulf", "GULF", "", 26.5, 52.0},
	{0, "Gulf of Mexico", "GULF", "", 25.0, -90.0},
	{0, "Gulf of Aden", "GULF", "", 12.5, 48.0},
	{0, "English Channel", "STRT", "", 50.2, -1.0},
	{0, "Strait of Hormuz", "STRT", "", 26.6, 56.3},
	{0, "Taiwan Strait", "STRT", "", 24.0, 119.5},
	{0, "Bering Strait", "STRT", "", 65.8, -169.0},
	{0, "Mississippi River", "STM", "US", 32.3, -91.0},
	{0, "Missouri River", "STM", "US", 41.0, -96.0},
	{0, "Ohio River", "STM", "US", 38.5, -85.5},
	{0, "Rio Grande", "STM", "", 29.5, -102.0},
	{0, "Colorado River", "STM", "US", 36.0, -112.5},
	{0, "Hudson River", "STM", "US", 41.5, -73.95},
	{0, "Potomac River|Potomac", "STM", "US", 38.9, -77.1},
	{0, "Nile|Nile River|River Nile", "STM", "", 22.0, 31.5},
	{0, "Danube|Danube River|River Danube", "STM", "", 45.0, 20.0},
	{0, "Rhine|Rhine River|River Rhine", "STM", "", 50.0, 7.6},
	{0, "Thames|River Thames", "STM", "GB", 51.5, -0.5},
	{0, "Dnieper|Dnipro River", "STM", "UA", 48.5, 34.0},
	{0, "Volga|Volga River", "STM", "RU", 52.0, 47.0},
	{0, "Euphrates|Euphrates River", "STM", "", 35.0, 40.5},
	{0, "Tigris|Tigris River", "STM", "", 34.5, 43.7},
	{0, "Jordan River", "STM", "", 32.0, 35.55},
	{0, "Yangtze|Yangtze River", "STM", "CN", 30.5, 112.0},
	{0, "Mekong|Mekong River", "STM", "", 15.0, 105.8},
	{0, "Ganges|Ganges River", "STM", "IN", 25.3, 83.0},
	{0, "Amazon River", "STM", "", -3.0, -60.0},
	{0, "Yalu River", "STM", "", 40.5, 125.0},
	{0, "Gaza|Gaza Strip", "RGN", "PS", 31.42, 34.36},
	{0, "White House", "BLDG", "US", 38.8977, -77.0365},
	{0, "Pentagon", "BLDG", "US", 38.8719, -77.0563},
	{0, "Capitol Hill|U.S. Capitol|US Capitol", "BLDG", "US", 38.8899, -77.0091},
	{0, "Kremlin|Moscow Kremlin", "BLDG", "RU", 55.7520, 37.6175},
	{0, "Downing Street|No. 10 Downing Street|10 Downing Street", "BLDG", "GB", 51.5034, -0.1276},
	{0, "Elysee Palace|Élysée Palace|Elysee|Élysée", "BLDG", "FR", 48.8704, 2.3167},
	{0, "Blue House", "BLDG", "KR", 37.5866, 126.9748},
	{0, "Zhongnanhai", "BLDG", "CN", 39.9130, 116.3830},
	{0, "Wall Street", "ST", "US", 40.7060, -74.0088},
	{0, "West Bank", "RGN", "PS", 31.95, 35.25},
}

// handmadeDemonyms are the adjectives of hand-written entries, by name.
var handmadeDemonyms = map[string]string{
	"Africa": "African|Africans", "Asia": "Asian|Asians", "Europe": "European|Europeans",
	"North America": "North American|North Americans", "South America": "South American|South Americans",
	"Latin America": "Latin American|Latin Americans", "Central America": "Central American|Central Americans",
	"Middle East": "Middle Eastern|Mideast", "Caribbean": "Caribbean", "Scandinavia": "Scandinavian|Scandinavians",
	"Balkans": "Balkan", "Arab world": "Arab|Arabs", "Siberia": "Siberian", "Caucasus": "Caucasian",
	"Sub-Saharan Africa": "Sub-Saharan", "Mediterranean Sea": "Mediterranean", "Kurdistan": "Kurdish|Kurds",
	"Atlantic Ocean": "transatlantic|Transatlantic", "Pacific Ocean": "Pacific", "Arctic": "Arctic",
	"Sahel": "Sahelian",
}

// admin1Demonyms are adjectives of first-level divisions, by GeoNames
// admin1 key.
var admin1Demonyms = map[string]string{
	"GB.ENG": "English", "GB.SCT": "Scottish|Scots|Scot", "GB.WLS": "Welsh", "GB.NIR": "Northern Irish",
	"US.TX": "Texan|Texans", "US.CA": "Californian|Californians", "US.FL": "Floridian|Floridians",
	"US.HI": "Hawaiian|Hawaiians", "US.AK": "Alaskan|Alaskans", "CA.10": "Quebecer|Quebecois|Québécois",
	"RU.12": "Chechen|Chechens", "CN.14": "Tibetan|Tibetans", "CN.13": "Uyghur|Uighur|Uyghurs|Uighurs",
	"ES.56": "Catalan|Catalans", "ES.59": "Basque|Basques", "UA.11": "Crimean|Crimeans",
	"US.OH": "Ohioan|Ohioans", "US.NY": "New Yorker|New Yorkers", "US.VA": "Virginian|Virginians",
	"US.MI": "Michigander|Michiganders", "US.MN": "Minnesotan|Minnesotans", "US.CO": "Coloradan|Coloradans",
	"US.AZ": "Arizonan|Arizonans", "US.OR": "Oregonian|Oregonians", "US.KY": "Kentuckian|Kentuckians",
	"US.TN": "Tennessean|Tennesseans", "US.AL": "Alabamian|Alabamians", "US.LA": "Louisianan|Louisianans|Louisianian",
	"US.IA": "Iowan|Iowans", "US.KS": "Kansan|Kansans", "US.NE": "Nebraskan|Nebraskans", "US.OK": "Oklahoman|Oklahomans",
	"US.MO": "Missourian|Missourians", "US.IL": "Illinoisan|Illinoisans", "US.IN": "Hoosier|Hoosiers",
	"US.VT": "Vermonter|Vermonters", "US.UT": "Utahn|Utahns", "US.NV": "Nevadan|Nevadans", "US.MT": "Montanan|Montanans",
	"US.ID": "Idahoan|Idahoans", "US.WI": "Wisconsinite|Wisconsinites", "US.PA": "Pennsylvanian|Pennsylvanians",
	"US.MD": "Marylander|Marylanders", "US.MS": "Mississippian|Mississippians", "US.AR": "Arkansan|Arkansans",
	"CA.01": "Albertan|Albertans", "CA.02": "British Columbian|British Columbians", "CA.03": "Manitoban|Manitobans",
	"CA.05": "Newfoundlander|Newfoundlanders", "CA.07": "Nova Scotian|Nova Scotians", "CA.08": "Ontarian|Ontarians",
	"CA.11": "Saskatchewanian|Saskatchewanians", "IT.15": "Sicilian|Sicilians", "IT.14": "Sardinian|Sardinians",
	"DE.02": "Bavarian|Bavarians", "AU.06": "Tasmanian|Tasmanians", "AU.04": "Queenslander|Queenslanders",
}

// countryAliases are other names that English news uses for countries,
// by ISO alpha-2 code.
var countryAliases = map[string]string{
	"GB": "Britain|Great Britain|U.K.|England and Wales",
	"NL": "Holland",
	"US": "America|United States of America|U.S.|U.S.A.|the States",
	"KR": "Korea|Republic of Korea|ROK",
	"KP": "DPRK|Democratic People's Republic of Korea",
	"CI": "Ivory Coast|Côte d'Ivoire|Cote d'Ivoire",
	"MM": "Burma",
	"TL": "East Timor",
	"MK": "Macedonia|North Macedonia",
	"SZ": "Swaziland|Eswatini",
	"CZ": "Czech Republic|Czechia",
	"CV": "Cape Verde",
	"VA": "Vatican|Vatican City|Holy See",
	"PS": "Palestine|Palestinian territories|Palestinian Territories|occupied territories",
	"CD": "DR Congo|DRC|Democratic Republic of Congo|Democratic Republic of the Congo|Congo-Kinshasa",
	"CG": "Congo-Brazzaville|Republic of Congo",
	"CN": "PRC|People's Republic of China|mainland China",
	"TW": "Republic of China",
	"RU": "Russian Federation|Soviet Union|USSR|U.S.S.R.",
	"TT": "T&T|Trinidad",
	"AE": "UAE|Emirates",
	"SA": "KSA",
	"IR": "Persia|Islamic Republic",
	"ZA": "SA|RSA",
	"SY": "Syrian Arab Republic",
	"LA": "Laos",
	"BA": "Bosnia|Bosnia-Herzegovina",
	"TR": "Turkiye|Türkiye",
	"VN": "Viet Nam",
	"MD": "Moldova",
	"GM": "The Gambia|Gambia",
	"BS": "The Bahamas|Bahamas",
	"FM": "Micronesia",
}

// demonymAliases are adjectives and demonyms the sources lack.
var demonymAliases = map[string]string{
	"GB": "Briton|Britons",
	"US": "U.S.|US",
	"NL": "Dutch",
	"CN": "Chinese",
	"PS": "Palestinian|Palestinians",
	"KP": "North Korean|North Koreans|North-Korean",
	"KR": "South Korean|South Koreans|Korean|Koreans",
	"CD": "Congolese",
	"PH": "Filipino|Filipinos|Philippine",
	"AF": "Afghan|Afghans",
	"IL": "Israeli|Israelis",
	"SA": "Saudi|Saudis",
	"IR": "Iranian|Iranians|Persian",
	"TW": "Taiwanese",
	"RS": "Serb|Serbs",
	"HR": "Croat|Croats",
}

// usStateAbbrevs are the AP style abbreviations of US states.
var usStateAbbrevs = map[string]string{
	"AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.|Cal.", "CO": "Colo.", "CT": "Conn.",
	"DE": "Del.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.|Kans.",
	"KY": "Ky.", "LA": "La.", "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.",
	"MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.|Nebr.", "NV": "Nev.", "NH": "N.H.",
	"NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.", "OK": "Okla.",
	"OR": "Ore.|Oreg.", "PA": "Pa.|Penn.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.",
	"TN": "Tenn.", "TX": "Tex.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.|W. Va.",
	"WI": "Wis.|Wisc.", "WY": "Wyo.", "DC": "D.C.",
}

// provinceCodes are postal codes of Canadian provinces and Australian
// states, by country and GeoNames admin1 code.
var provinceCodes = map[string]string{
	"CA.01": "AB|Alta.", "CA.02": "BC|B.C.", "CA.03": "MB|Man.", "CA.04": "NB|N.B.",
	"CA.05": "NL", "CA.07": "NS|N.S.", "CA.08": "ON|Ont.", "CA.09": "PE|PEI|P.E.I.",
	"CA.10": "QC|Que.", "CA.11": "SK|Sask.", "CA.12": "YT", "CA.13": "NT", "CA.14": "NU",
	"AU.01": "ACT", "AU.02": "NSW", "AU.03": "NT", "AU.04": "Qld|QLD", "AU.05": "SA",
	"AU.06": "Tas.|TAS", "AU.07": "Vic.|VIC", "AU.08": "WA",
}

// handmade adds the hand-written entries, country aliases and demonyms,
// US state abbreviations and postal codes.
func (b *builder) handmade() error {
	for _, h := range handmadeEntries {
		names := strings.Split(h.names, "|")
		e := &bentry{id: h.id, name: names[0], lat: h.lat, lon: h.lon, feat: h.feat, cc: h.cc, flags: FlagHandmade}
		for i, n := range names {
			k := KindName
			switch {
			case isCode(n):
				k = KindAbbrev
			case i > 0:
				k = KindAlt
			}
			e.add(n, k)
		}
		if d, ok := handmadeDemonyms[names[0]]; ok {
			for _, n := range strings.Split(d, "|") {
				e.add(n, KindDemonym)
			}
		}
		b.entries = append(b.entries, e)
		b.stats.Handmade++
	}
	for cc, list := range countryAliases {
		e := b.countryByCC[cc]
		if e == nil {
			continue
		}
		for _, n := range strings.Split(list, "|") {
			if isCode(n) {
				e.add(n, KindAbbrev)
			} else {
				e.add(n, KindAlt)
			}
		}
	}
	for cc, list := range demonymAliases {
		if e := b.countryByCC[cc]; e != nil {
			for _, n := range strings.Split(list, "|") {
				e.add(n, KindDemonym)
			}
		}
	}
	for code, list := range admin1Demonyms {
		if e := b.admin1[code]; e != nil {
			for _, n := range strings.Split(list, "|") {
				e.add(n, KindDemonym)
			}
		}
	}
	for _, line := range strings.Split(countryPoints, "\n") {
		f := strings.Split(strings.TrimSpace(line), "\t")
		if len(f) != 3 || strings.HasPrefix(f[0], "#") {
			continue
		}
		e := b.countryByCC[f[0]]
		la, ok1 := atof(f[1])
		lo, ok2 := atof(f[2])
		if e != nil && ok1 && ok2 {
			e.lat, e.lon = la, lo
		}
	}
	for code, list := range usStateAbbrevs {
		e := b.admin1["US."+code]
		if e == nil {
			continue
		}
		e.add(code, KindCode)
		for _, n := range strings.Split(list, "|") {
			e.add(n, KindAbbrev)
		}
	}
	for code, list := range provinceCodes {
		e := b.admin1[code]
		if e == nil {
			continue
		}
		for _, n := range strings.Split(list, "|") {
			if strings.Contains(n, ".") || len(n) > 3 {
				e.add(n, KindAbbrev)
			} else {
				e.add(n, KindCode)
			}
		}
	}
	return nil
}
