package segment

// abbrClass says how an abbreviation's period bears on sentence breaks.
type abbrClass uint8

const (
	abNone abbrClass = iota
	// abPrefix abbreviations precede what they qualify and never end a
	// sentence: titles (Mr., Gen., Lt. Col.), vs., e.g.
	abPrefix
	// abNum abbreviations are abbreviations only before a number (No. 2,
	// Art. 5, Vol. 3); elsewhere the word and its period are apart.
	abNum
	// abAmbig abbreviations may end a sentence (Inc., Jr., U.S., Oct.,
	// initials): the sentence ends only when a common sentence opener
	// follows ("in the U.S. The next day", not "the U.S. Army").
	abAmbig
	// abFinal abbreviations end a sentence like a full stop when a
	// capitalized word follows (etc., et al.).
	abFinal
)

// abbrevClass returns the class of a word written before a period. The
// match is case-sensitive: "No." is an abbreviation, "no." is not.
func abbrevClass(w string) abbrClass {
	switch w {
	// Titles and ranks.
	case "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
		"Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt",
		"Brig", "Lieut", "Cmdt", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Rev", "Revd", "Hon",
		"Pres", "Supt", "Insp", "Det", "Amb", "Fr", "Msgr", "Atty", "Mt", "Ft", "Sec", "Secs", "Rt",
		// Latin and connectives.
		"vs", "Vs", "v", "cf", "Cf", "viz", "ca", "approx", "Approx", "esp", "incl", "Incl":
		return abPrefix
	case "No", "Nos", "Nr", "Art", "Arts", "Fig", "Figs", "fig", "Vol", "Vols", "vol",
		"pp", "p", "Ch", "ch", "Para", "para", "Pt", "pt", "Op", "op", "Ex", "ext", "Ext", "Tel", "tel":
		return abNum
	case "etc", "al":
		return abFinal
	// Company and name suffixes.
	case "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "Sr", "Esq", "Assn", "Dept", "Univ", "Intl",
		// Months (May has no period) and days.
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
		// Streets.
		"St", "Ave", "Blvd", "Rd", "Hwy", "Sq",
		// U.S. states in wire style.
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
		"Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla",
		"Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo":
		return abAmbig
	}
	return abNone
}

// dottedAcronym reports whether w, a word with internal periods, is an
// acronym written with periods (U.S, U.N, a.m, Ph.D, e.g): every part
// between periods is one or two letters.
func dottedAcronym(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			if n == 0 {
				return false
			}
			n = 0
		case isUpper(c) || isLower(c):
			n++
			if n > 2 {
				return false
			}
		default:
			return false
		}
	}
	return n > 0
}

// isStarter reports whether w is a word that commonly opens a sentence in
// news text; after an ambiguous abbreviation ("Inc.", "U.S.") only these
// start a new sentence.
func isStarter(w string) bool {
	switch w {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
		"Those", "There", "Then", "But", "And", "Or", "So", "Yet", "Nor", "In", "On", "At", "For",
		"From", "With", "To", "As", "After", "Before", "When", "While", "If", "Although", "Though",
		"Since", "Because", "However", "Meanwhile", "Earlier", "Later", "Last", "Next", "Some",
		"Many", "Most", "All", "Both", "Each", "Other", "Another", "Such", "His", "Her", "Its",
		"Their", "Our", "My", "Your", "What", "Who", "Why", "How", "Where", "Which", "According",
		"Also", "Still", "Now", "Today", "Yesterday", "Not", "No", "Under", "Despite", "During",
		"Among", "Instead", "Separately", "Further", "Furthermore", "Moreover", "Thus", "Asked",
		"Speaking", "Officials", "Mr", "Mrs", "Ms", "Dr", "Shares", "Police", "Analysts",
		"One", "Two", "Three", "Several", "More", "Only", "Over", "About", "Until", "Following",
		"Amid", "Against", "Without", "By", "Even", "Here", "Of", "Overall", "Already", "Once":
		return true
	}
	return false
}

// keepsHyphen reports whether w (the letters before a hyphen) is a prefix
// that UD English EWT keeps attached: "non-human", "pre-war", "e-mail",
// "anti-government", "mid-1990s". Other hyphenated words are split around
// the hyphen, as EWT splits them ("Hong - kyun", "24 - year - old").
func keepsHyphen(w string) bool {
	if len(w) == 0 || len(w) > 7 {
		return false
	}
	var buf [7]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isUpper(c) {
			c += 'a' - 'A'
		} else if !isLower(c) {
			return false
		}
		buf[i] = c
	}
	switch string(buf[:len(w)]) {
	case "e", "non", "pre", "anti", "re", "mid", "post", "co", "over", "pro", "multi", "ex", "sub",
		"semi", "un", "counter", "neo", "cross", "micro", "intra", "socio", "psycho", "arch",
		"inter", "extra", "ultra", "trans", "bi", "tri", "mega", "mini", "macro", "meta", "pan",
		"para", "proto", "super", "uni", "de":
		return true
	}
	return false
}

// isAgency reports whether w names a news agency written in a dateline,
// "(Reuters) -".
func isAgency(w string) bool {
	switch w {
	case "Reuters", "AP", "AFP", "CNN", "Xinhua", "Yonhap", "UPI", "dpa", "DPA", "IANS", "PTI", "ANI",
		"Bloomberg", "TASS", "Interfax", "RIA", "KCNA", "BBC", "AA", "EFE", "ANSA", "Kyodo",
		"Sputnik", "NHK", "IRNA", "WAM", "SPA", "MENA", "Anadolu", "Ukrinform", "APA", "Bernama":
		return true
	}
	return false
}

// cliticSuffix reports whether s, the letters after an apostrophe, is an
// English clitic split off as its own token: 's 're 've 'll 'd 'm.
func cliticSuffix(s string) bool {
	switch len(s) {
	case 1:
		c := s[0] | 0x20
		return c == 's' || c == 'd' || c == 'm'
	case 2:
		a, b := s[0]|0x20, s[1]|0x20
		return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')
	}
	return false
}

// splitWord returns the split point of the few contractions written as
// one word that EWT splits: cannot, gonna, wanna, gotta. It returns 0 when
// w is none of them.
func splitWord(w string) int {
	if len(w) != 5 && len(w) != 6 {
		return 0
	}
	var buf [6]byte
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	switch string(buf[:len(w)]) {
	case "cannot":
		return 3
	case "gonna", "wanna", "gotta":
		return 3
	}
	return 0
}

// ordinalSuffix reports whether s, the letters after a number, keep the
// number whole: 1990s, 21st, 2nd, 3rd, 4th.
func ordinalSuffix(s string) bool {
	switch s {
	case "s", "st", "nd", "rd", "th", "S", "ST", "ND", "RD", "TH":
		return true
	}
	return false
}
