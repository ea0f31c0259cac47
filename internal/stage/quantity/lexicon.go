package quantity

// The word lists of the recognizer. All keys are lowercase.

// The kinds a Quantity may have (doc.Quantity.Kind).
const (
	KindKilled    = "killed"
	KindInjured   = "injured"
	KindArrested  = "arrested"
	KindDisplaced = "displaced"
	KindMissing   = "missing"
	KindTroops    = "troops"
	KindShips     = "ships"
	KindAircraft  = "aircraft"
	KindWeapons   = "weapons"
	KindMoney     = "money"
	KindPeople    = "people"
	KindPercent   = "percent"
)

// UnitPercent is the Unit of every percentage, fractions included.
const UnitPercent = "percent"

// qualifier is a word or phrase that makes a number approximate or bounds
// it.
type qualifier struct {
	words        []string
	lower, upper bool // the number is a lower (upper) bound
	// opener marks "between" and "from", which only open a range.
	opener bool
}

// qualifiers precede the number. Every one of them makes it approximate.
var qualifiers = func() []qualifier {
	approx := []string{
		"about", "around", "some", "roughly", "approximately", "approx.", "approx",
		"circa", "ca.", "an estimated", "estimated", "an estimate of", "close to",
		"in the region of", "on the order of", "somewhere around", "perhaps",
		"possibly", "reportedly", "at around", "at about", "nearly all",
	}
	lower := []string{
		"at least", "more than", "over", "above", "upwards of", "upward of",
		"in excess of", "well over", "well above", "just over", "just above",
		"no fewer than", "no less than", "not less than", "a minimum of",
		"at minimum", "as few as", "more than an estimated", "over an estimated",
		"at least an estimated", "nearly or more than",
	}
	upper := []string{
		"up to", "as many as", "as much as", "at most", "no more than",
		"not more than", "a maximum of", "fewer than", "less than", "under",
		"below", "just under", "just below", "nearly", "almost", "close on",
		"just shy of", "up to an estimated", "nearly an estimated",
	}
	var qs []qualifier
	for _, s := range approx {
		qs = append(qs, qualifier{words: fields(s)})
	}
	for _, s := range lower {
		qs = append(qs, qualifier{words: fields(s), lower: true})
	}
	for _, s := range upper {
		qs = append(qs, qualifier{words: fields(s), upper: true})
	}
	qs = append(qs, qualifier{words: []string{"between"}, opener: true}, qualifier{words: []string{"from"}, opener: true})
	return qs
}()

// postQualifiers follow the number: "1,000 or more", "40-odd", "1,000+".
var postQualifiers = []qualifier{
	{words: []string{"or", "more"}, lower: true},
	{words: []string{"and", "more"}, lower: true},
	{words: []string{"or", "so"}},
	{words: []string{"+"}, lower: true},
	{words: []string{"-", "plus"}, lower: true},
	{words: []string{"plus"}, lower: true},
	{words: []string{"-", "odd"}},
	{words: []string{"odd"}},
	{words: []string{"or", "fewer"}, upper: true},
	{words: []string{"or", "less"}, upper: true},
}

func fields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

// currencySymbols are written before the amount.
var currencySymbols = map[string]string{
	"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW",
	"₽": "RUB", "₹": "INR", "₴": "UAH", "₪": "ILS", "₺": "TRY", "₦": "NGN",
	"rs": "INR", "rs.": "INR", "r$": "BRL", "c$": "CAD", "a$": "AUD",
	"hk$": "HKD", "nz$": "NZD", "s$": "SGD", "nt$": "TWD", "chf": "CHF",
}

// dollarPrefixes name the dollar of "US$", "HK$" when the tokenizer splits
// the letters from the "$".
var dollarPrefixes = map[string]string{
	"us": "USD", "u.s.": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "a": "AUD",
	"au": "AUD", "hk": "HKD", "nz": "NZD", "s": "SGD", "sg": "SGD", "nt": "TWD",
	"r": "BRL", "mx": "MXN",
}

// currencyCodes are ISO 4217 codes written before or after the amount.
var currencyCodes = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "KRW": true, "KPW": true, "RUB": true,
	"JPY": true, "CNY": true, "RMB": true, "INR": true, "UAH": true, "ILS": true,
	"TRY": true, "BRL": true, "CAD": true, "AUD": true, "HKD": true, "CHF": true,
	"SGD": true, "NZD": true, "SAR": true, "AED": true, "IRR": true, "TWD": true,
	"MXN": true, "ZAR": true, "PLN": true, "SEK": true, "NOK": true, "DKK": true,
	"EGP": true, "NGN": true, "PKR": true, "IQD": true, "SYP": true, "LBP": true,
	"QAR": true, "KWD": true, "BYN": true, "KZT": true, "GEL": true, "AMD": true,
	"AZN": true, "VND": true, "THB": true, "IDR": true, "PHP": true, "MYR": true,
	"BDT": true, "ETB": true, "KES": true, "ARS": true, "CLP": true, "COP": true,
	"VES": true, "CZK": true, "HUF": true, "RON": true,
}

// currencyWords follow the amount ("5 million dollars"); they are also
// the lemmas of a counted noun that is money.
var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
	"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "won": "KRW",
	"ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB",
	"yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
	"hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "hryvna": "UAH",
	"shekel": "ILS", "shekels": "ILS", "lira": "TRY", "liras": "TRY",
	"riyal": "SAR", "riyals": "SAR", "rial": "IRR", "rials": "IRR",
	"naira": "NGN", "rand": "ZAR", "dirham": "AED", "dirhams": "AED",
	"francs": "CHF", "zloty": "PLN", "zlotys": "PLN", "reais": "BRL",
}

// dollarAdjectives name the dollar of "Canadian dollars".
var dollarAdjectives = map[string]string{
	"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD",
	"australian": "AUD", "hong kong": "HKD", "singapore": "SGD",
	"new zealand": "NZD", "taiwan": "TWD", "taiwanese": "TWD", "zimbabwean": "ZWL",
}

// percentWords follow the number.
var percentWords = [][]string{
	{"%"}, {"percent"}, {"per", "cent"}, {"pct"}, {"percentage", "points"},
	{"percentage", "point"}, {"pc"},
}

// nounKinds classes counted nouns by lemma.
var nounKinds = func() map[string]string {
	m := map[string]string{}
	add := func(kind string, words ...string) {
		for _, w := range words {
			m[w] = kind
		}
	}
	add(KindTroops, "troop", "troops", "soldier", "personnel", "fighter", "serviceman",
		"servicemen", "servicemember", "service member", "marine", "paratrooper",
		"commando", "militant", "insurgent", "rebel", "guerrilla", "guerilla",
		"mercenary", "reservist", "conscript", "recruit", "infantryman",
		"infantrymen", "sailor", "airman", "airmen", "jihadist", "militiaman",
		"militiamen", "gunman", "gunmen", "combatant", "trooper", "legionnaire",
		"sniper", "peacekeeper", "guardsman", "guardsmen")
	add(KindShips, "ship", "vessel", "warship", "boat", "frigate", "destroyer",
		"submarine", "cruiser", "corvette", "carrier", "minesweeper", "tanker",
		"trawler", "ferry", "gunboat", "landing craft", "icebreaker", "freighter",
		"dinghy")
	add(KindAircraft, "aircraft", "plane", "airplane", "aeroplane", "jet", "warplane",
		"bomber", "helicopter", "chopper", "airliner", "gunship", "fighter jet",
		"interceptor jet", "airframe")
	add(KindWeapons, "missile", "rocket", "drone", "tank", "shell", "bomb", "munition",
		"munitions", "grenade", "mortar", "howitzer", "launcher", "warhead",
		"weapon", "mine", "landmine", "rifle", "gun", "firearm", "ammunition",
		"bullet", "projectile", "interceptor", "artillery", "cannon", "torpedo",
		"cartridge", "explosive", "ied", "uav", "himars", "atacms",
		"javelin", "stinger", "pistol", "machine gun", "cluster bomb", "rpg")
	add(KindPeople, "people", "person", "persons", "civilian", "protester",
		"protestor", "demonstrator", "refugee", "migrant", "resident", "villager",
		"child", "children", "kid", "woman", "women", "man", "men", "student",
		"worker", "journalist", "reporter", "prisoner", "detainee", "hostage",
		"captive", "passenger", "pilgrim", "inhabitant", "citizen", "victim",
		"individual", "family", "families", "patient", "doctor", "nurse", "teacher",
		"official", "activist", "supporter", "member", "asylum seeker", "seeker",
		"voter", "employee", "miner", "farmer", "fisherman", "fishermen",
		"evacuee", "survivor", "casualty", "adult", "teenager", "minor", "infant",
		"baby", "girl", "boy", "youth", "rioter", "looter", "suspect", "officer",
		"policeman", "policemen", "police officer", "guard", "diplomat",
		"national", "expatriate", "tourist", "settler", "worshipper", "mourner",
		"bystander", "pedestrian", "crew", "crewmember", "crew member", "staff",
		"volunteer", "opponent", "dissident", "monk", "nun", "priest", "lawmaker",
		"politician", "candidate", "leader", "soul", "life",
		"human", "occupant", "household", "deportee", "defector", "trafficker",
		"smuggler", "terrorist", "attacker", "assailant", "kidnapper", "pirate")
	// Two-word names, which override the class of their head.
	add(KindWeapons, "armoured vehicle", "armored vehicle", "military vehicle",
		"combat vehicle", "fighting vehicle", "personnel carrier", "artillery piece",
		"air defense system", "air defence system", "rocket system")
	add(KindShips, "aircraft carrier", "patrol boat", "landing ship")
	add(KindAircraft, "fighter jet", "combat aircraft", "transport plane")
	add(KindPeople, "police officer", "asylum seeker", "aid worker", "health worker")
	add(KindTroops, "service member", "service personnel", "security personnel",
		"special forces", "ground troops")
	// Event nouns count what happened to people.
	add(KindKilled, "death", "fatality", "killing", "dead", "murder", "body", "corpse")
	add(KindInjured, "injury", "wounded", "injured")
	add(KindArrested, "arrest", "detention", "arrestee")
	add(KindDisplaced, "displacement", "displaced", "idp", "idps")
	add(KindMissing, "missing", "disappearance")
	return m
}()

// eventVerbs are the predicates whose object (or passive subject) is a
// count of people the kind names. Intransitive ones count their subject.
var eventVerbs = map[string]string{
	"kill": KindKilled, "slay": KindKilled, "murder": KindKilled, "execute": KindKilled,
	"massacre": KindKilled, "behead": KindKilled, "slaughter": KindKilled,
	"assassinate": KindKilled, "lynch": KindKilled, "claim": "", "gun": KindKilled,
	"injure": KindInjured, "wound": KindInjured, "hurt": KindInjured, "maim": KindInjured,
	"hospitalize": KindInjured, "hospitalise": KindInjured,
	"arrest": KindArrested, "detain": KindArrested, "jail": KindArrested,
	"imprison": KindArrested, "apprehend": KindArrested, "nab": KindArrested,
	"incarcerate": KindArrested, "round": KindArrested, "intern": KindArrested,
	"displace": KindDisplaced, "evacuate": KindDisplaced, "uproot": KindDisplaced,
	"expel": KindDisplaced, "relocate": KindDisplaced, "deport": KindDisplaced,
}

// intransitiveEvents count their subject: "dozens died".
var intransitiveEvents = map[string]string{
	"die": KindKilled, "perish": KindKilled, "drown": KindKilled,
	"flee": KindDisplaced, "disappear": KindMissing, "vanish": KindMissing,
}

// eventAdjectives are predicates and modifiers: "12 dead", "30 were
// wounded", "5 remain missing", "people killed".
var eventAdjectives = map[string]string{
	"dead": KindKilled, "killed": KindKilled, "slain": KindKilled, "kill": KindKilled,
	"injured": KindInjured, "wounded": KindInjured, "hurt": KindInjured,
	"injure": KindInjured, "wound": KindInjured,
	"arrested": KindArrested, "detained": KindArrested, "jailed": KindArrested,
	"arrest": KindArrested, "detain": KindArrested, "imprisoned": KindArrested,
	"displaced": KindDisplaced, "homeless": KindDisplaced, "displace": KindDisplaced,
	"evacuated": KindDisplaced, "evacuate": KindDisplaced,
	"missing": KindMissing, "unaccounted": KindMissing,
}

// eventNouns head "the deaths of 12 people", "the arrest of 200 protesters".
var eventNouns = map[string]string{
	"death": KindKilled, "killing": KindKilled, "murder": KindKilled, "massacre": KindKilled,
	"execution": KindKilled, "injury": KindInjured, "wounding": KindInjured,
	"arrest": KindArrested, "detention": KindArrested, "jailing": KindArrested,
	"imprisonment": KindArrested, "displacement": KindDisplaced,
	"evacuation": KindDisplaced, "expulsion": KindDisplaced, "deportation": KindDisplaced,
	"disappearance": KindMissing, "body": KindKilled, "remains": KindKilled,
	"corpse": KindKilled,
}

// tollNouns are the subjects of "the death toll rose to 40".
var tollNouns = map[string]string{
	"toll": KindKilled, "death": KindKilled, "fatality": KindKilled, "casualty": KindKilled,
	"dead": KindKilled, "injury": KindInjured, "injured": KindInjured, "wounded": KindInjured,
	"arrest": KindArrested, "missing": KindMissing, "displaced": KindDisplaced,
}

// countNouns are tallies whose kind comes from what they count: "the
// number of dead", "the tally of arrests", "the count".
var countNouns = map[string]bool{
	"number": true, "tally": true, "count": true, "total": true, "figure": true,
}

// lifeVerbs make "lives" a death toll: "claimed 40 lives".
var lifeVerbs = map[string]bool{"claim": true, "take": true, "cost": true, "lose": true}

// timeUnits are counted by durations, which are the timex stage's: "three
// years", "48 hours", "a 12-year-old".
var timeUnits = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true,
	"hours": true, "day": true, "days": true, "week": true, "weeks": true,
	"fortnight": true, "month": true, "months": true, "year": true, "years": true,
	"decade": true, "decades": true, "century": true, "centuries": true,
	"night": true, "nights": true, "weekend": true, "weekends": true,
	"time": true, "times": true, "millennium": true, "millennia": true,
	"yr": true, "yrs": true, "hr": true, "hrs": true, "min": true, "mins": true,
	"am": true, "pm": true, "a.m.": true, "p.m.": true, "gmt": true, "utc": true,
	"o'clock": true, "sec": true, "secs": true, "quarter": false,
}

// months and weekdays mark a number as part of a date.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "jan.": true, "feb": true,
	"feb.": true, "mar.": true, "apr": true, "apr.": true, "jun.": true, "jul.": true,
	"aug": true, "aug.": true, "sep": true, "sep.": true, "sept": true, "sept.": true,
	"oct": true, "oct.": true, "nov": true, "nov.": true, "dec": true, "dec.": true,
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mon.": true, "tue.": true, "tues.": true,
	"wed.": true, "thu.": true, "thurs.": true, "fri.": true, "sat.": true, "sun.": true,
}

// yearPrepositions precede a year: "in 2019", "since 2023".
var yearPrepositions = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "from": true,
	"during": true, "before": true, "after": true, "of": true, "to": true,
	"through": true, "throughout": true, "circa": true, "c.": true, "mid": true,
	"early": true, "late": true, "spring": true, "summer": true, "autumn": true,
	"fall": true, "winter": true, "between": true, "and": true, "year": true,
	"fiscal": true, "fy": true, "election": true, "the": true,
}

// idWords precede numbers that name rather than count: "No. 2", "number 10".
var idWords = map[string]bool{
	"no.": true, "nos.": true, "#": true, "number": true, "num.": true, "nr.": true,
	"no": true, "aged": true, "age": true, "ages": true, "page": true, "p.": true,
	"pp.": true, "article": true, "resolution": true, "flight": true, "route": true,
	"highway": true, "chapter": true, "section": true, "room": true, "level": true,
	"category": true, "paragraph": true, "line": true, "platform": true,
	"gate": true, "terminal": true, "building": true, "block": true, "unit": true,
	"version": true, "v.": true, "phase": true, "stage": true, "round": true,
	"game": true, "match": true, "episode": true, "season": true, "volume": true,
	"vol.": true, "item": true, "clause": true, "point": true, "step": true,
	"tier": true, "grade": true, "class": true, "channel": true, "district": true,
	"ward": true, "precinct": true, "zone": true, "sector": true, "region": true,
}

// pronouns that "1,500 of them" resolves to the last counted noun.
var anaphors = map[string]bool{
	"them": true, "those": true, "these": true, "whom": true, "which": true,
	"us": true, "they": true, "it": true, "others": true, "other": true,
}
