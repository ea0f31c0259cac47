package geo

import (
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gazetteer"
)

// connectors may stand inside a multiword place name ("Stratford-upon-Avon",
// "Rio de Janeiro", "Isle of Man").
var connectors = map[string]bool{
	"of": true, "de": true, "del": true, "la": true, "le": true, "du": true, "upon": true,
	"on": true, "am": true, "-": true, "al": true, "el": true, "da": true, "do": true, "dos": true,
	"and": false,
}

// locatives are words before a toponym that make it a location.
var locatives = map[string]bool{
	"in": true, "at": true, "from": true, "near": true, "to": true, "into": true, "outside": true,
	"across": true, "around": true, "toward": true, "towards": true, "via": true, "between": true,
	"throughout": true, "inside": true, "within": true, "of": true, "through": true, "visit": true,
	"visited": true, "visiting": true, "native": true, "downtown": true, "suburban": true,
}

// institutions are words after a place name in the name of a local
// institution ("Fargo Police Department", "Lombard Public Library").
var institutions = map[string]bool{
	"Police": true, "Fire": true, "Sheriff": true, "City": true, "County": true, "School": true,
	"Schools": true, "Public": true, "Township": true, "Board": true, "Council": true,
	"Department": true, "Municipal": true, "Regional": true, "Community": true, "High": true,
	"Middle": true, "Elementary": true, "Area": true, "Chamber": true, "Library": true,
	"Parks": true, "Park": true, "Water": true, "Housing": true, "Transit": true, "Airport": true,
	"Hospital": true, "Medical": true, "General": true, "Village": true, "Town": true,
	"Borough": true, "District": true, "State": true, "University": true, "College": true,
	"Police's": true, "Sheriff's": true, "Fire-Rescue": true, "Courthouse": true, "Jail": true,
}

// scan finds toponyms the entity layer missed or typed as something else
// ("Minnesota State Patrol" tagged ORG, "Fargo" tagged PERSON): runs of
// capitalized tokens that name a gazetteer entry, kept when the entry is a
// country, first-level division or large city, or when the words around
// make it a location ("in Fargo", "Alexandria, La.").
func (p *Geoparser) scan(d *doc.Doc, rs *resolver, taken []doc.Span) {
	toks := d.Tokens
	form := func(i int) string {
		if toks[i].Norm != "" {
			return toks[i].Norm
		}
		return d.Text[toks[i].Start:toks[i].End]
	}
	ti := 0 // index into taken, sorted by start
	var buf []gazetteer.Match
	for i := 0; i < len(toks); i++ {
		w := form(i)
		if !isCapitalized(w) || w == "The" {
			continue
		}
		for ti < len(taken) && taken[ti].End <= toks[i].Start {
			ti++
		}
		if ti < len(taken) && taken[ti].Start < toks[i].End {
			continue
		}
		best, bestKey := 0, ""
		for n := 1; n <= 5 && i+n <= len(toks); n++ {
			t := toks[i+n-1]
			if t.Sentence != toks[i].Sentence {
				break
			}
			if n > 1 {
				f := form(i + n - 1)
				if !isCapitalized(f) && !connectors[f] {
					break
				}
				if ti < len(taken) && taken[ti].Start < t.End {
					break
				}
			}
			k := gazetteer.Key(d.Text[toks[i].Start:t.End])
			if k == "" {
				break
			}
			if rs.g.Has(k) {
				if !isCapitalized(form(i + n - 1)) {
					continue
				}
				best, bestKey = n, k
			} else if !rs.g.HasPrefix(k) {
				break
			}
		}
		if best == 0 || bareWords[bestKey] {
			continue
		}
		sp := doc.Span{Start: toks[i].Start, End: toks[i+best-1].End}
		phrase := d.Text[sp.Start:sp.End]
		buf = rs.g.Lookup(bestKey, buf[:0])
		strong, medium, abbrev := false, false, false
		for _, x := range buf {
			switch x.Kind {
			case gazetteer.KindName:
				// An acronym ("NIS", "UN") is not a town's name in capitals
				// (Niš, Un), except in a dateline.
				if isAllCaps(phrase) && len(phrase) <= 5 && !isAllCaps(rs.g.Name(x.Ref)) {
					continue
				}
			case gazetteer.KindAbbrev:
				if !abbrevFits(rs.g, phrase, x.Ref) {
					continue
				}
				abbrev = true
			default:
				continue
			}
			f := rs.g.Feature(x.Ref)
			switch {
			case strings.HasPrefix(f, "PCL"), f == "ADM1", rs.g.Flags(x.Ref)&gazetteer.FlagHandmade != 0:
				strong = true
			case rs.g.Class(x.Ref) == 'P' && rs.g.Population(x.Ref) >= 100000:
				strong = true
			case rs.g.Class(x.Ref) == 'P' && rs.g.Population(x.Ref) >= 1000, f == "ADM2":
				medium = true
			}
		}
		if !strong && !medium {
			continue
		}
		// "DuPage County", "Rapides Parish": a division named with its type
		// word is as good as a big name.
		if last := bestKey[strings.LastIndexByte(bestKey, ' ')+1:]; medium && strings.Contains(bestKey, " ") && gazetteer.IsTypeWord(last) {
			strong = true
		}
		prev := ""
		if i > 0 && toks[i-1].Sentence == toks[i].Sentence {
			prev = strings.ToLower(form(i - 1))
		}
		next := ""
		if j := i + best; j < len(toks) && toks[j].Sentence == toks[i].Sentence {
			next = form(j)
		}
		first := i == 0 || toks[i-1].Sentence != toks[i].Sentence || prev == "“" || prev == "\"" || prev == "("
		locative := locatives[prev] || next == "," && i+best+1 < len(toks) && len(rs.containers(form(i+best+1))) > 0
		// After a comma that follows a place: "Atlanta, Ga.", "Paris, France".
		afterComma := prev == "," && i >= 2 && isCapitalized(form(i-2))
		dateline := first && isAllCaps(phrase) && (next == "," || next == "-" || next == "—" || next == "(")
		if abbrev && !afterComma && !locative {
			continue
		}
		inEntity := ""
		for _, e := range d.Entities {
			if e.Start < sp.End && sp.Start < e.End {
				inEntity = e.Type
				break
			}
		}
		ok := false
		switch {
		case dateline, locative:
			ok = true
		case inEntity == "PERSON":
			ok = false
		case inEntity == "ORG" && medium && (institutions[next] || prev == "of"):
			// "Fargo Police Department", "University of Minnesota".
			ok = true
		case afterComma && (strong || medium):
			ok = true
		case strong && !first:
			ok = true
		case strong && first && inEntity != "":
			ok = true
		}
		if !ok {
			continue
		}
		rs.addMention(sp, "SCAN")
		i += best - 1
	}
}
