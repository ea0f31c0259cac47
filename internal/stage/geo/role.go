package geo

import (
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gazetteer"
)

// agentVerbs are verbs whose subject, when a country or capital, is its
// government: speech, decision, stance. Forms are listed as written.
var agentVerbs = wordSet(`said says say stated states announced announces announce claimed claims claim
denied denies deny rejected rejects reject accused accuses accuse condemned condemns condemn
warned warns warn urged urges urge demanded demands demand insisted insists insist
ignored ignores ignore plans planned plan wants wanted want decided decides decide agreed agrees agree
refused refuses refuse threatened threatens threaten responded responds respond recalled recalls recall
summoned summons summon expelled expels expel sanctioned sanctions sanction vowed vows vow
pledged pledges pledge promised promises promise signed signs sign approved approves approve
called calls call asked asks ask told tells tell criticized criticised criticizes criticises criticize criticise
blamed blames blame praised praises praise welcomed welcomes welcome protested protests protest
launched launches launch sent sends send supported supports support backed backs back opposed opposes
oppose suspended suspends suspend halted halts halt imposed imposes impose retaliated retaliates
retaliate intends intended intend seeks sought seek hopes hoped hope believes believed believe
considers considered consider sees saw views viewed regards regarded maintains maintained acknowledged
acknowledges admitted admits confirmed confirms confirm dismissed dismisses dismiss downplayed
reiterated reiterates expressed expresses express signaled signalled signals offered offers offer
proposed proposes propose negotiated negotiates accepted accepts accept wished wishes
has have had`)

// auxWords may stand between a subject and its verb.
var auxWords = wordSet(`has have had is was are were will would could should may might must can also
not never still already reportedly previously recently repeatedly then now again further allegedly
apparently officially publicly strongly firmly long since so far yet just n't does did do`)

// agentNouns after a possessive make the owner an actor: "Seoul's
// dissatisfaction", "Russia's ambassador".
var agentNouns = wordSet(`dissatisfaction displeasure position positions stance decision decisions
ambassador ambassadors envoy envoys embassy government governments ministry minister ministers
president prime leader leaders leadership foreign defense defence military army navy forces troops
officials official spokesman spokeswoman spokesperson response reaction demand demands request
refusal support backing opposition objection objections protest protests plan plans policy policies
proposal offer warning warnings threat threats accusation accusations claim claims denial approach
refusal intention intentions concerns concern anger criticism condemnation role involvement
interest interests strategy diplomats diplomat regime authorities administration parliament
cabinet intelligence delegation representative representatives negotiators allies ally`)

// objectVerbs before a capital make it an actor: "supporting Moscow",
// "sanctions against Pyongyang".
var objectWords = wordSet(`against supporting support supported backing backed urged urging accused
accusing pressed pressing pressure pressuring warned warning criticized criticised criticizing
condemned condemning told telling asked asking joined joining sanctioning sanctioned punish punishing
persuade persuading convince convincing help helping helped aid aiding blamed blaming with`)

// placeWords before a mention make it a location whatever follows: "in
// Moscow", "to Russia".
var placeWords = wordSet(`in at to from near into across outside inside around throughout within toward towards
via through over under off along between beyond`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// role decides whether a resolved toponym is an actor: a country or a
// capital (or seat of government) that is the subject of an agent verb,
// the owner of a stance or envoy, or — capitals only — the object of
// support or pressure. An actor the actors stage coded at the same span
// counts as evidence for capitals not after a locative preposition.
func (p *Geoparser) role(d *doc.Doc, t Toponym) Role {
	if t.Ref == gazetteer.NoRef {
		return RolePlace
	}
	f := p.g.Feature(t.Ref)
	country := strings.HasPrefix(f, "PCL")
	capital := f == "PPLC" || f == "PPLG" || f == "BLDG"
	if !country && !capital {
		return RolePlace
	}
	text := d.Text
	before := wordsBefore(text, t.Start, 2)
	locative := len(before) > 0 && placeWords[lower(before[0].s)]
	if len(before) > 1 && lower(before[0].s) == "the" && placeWords[lower(before[1].s)] {
		locative = true
	}
	if locative && !(capital && len(before) > 0 && lower(before[0].s) == "with") {
		return RolePlace
	}
	// Possessive: "Seoul's dissatisfaction".
	rest := text[t.End:]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		ws := wordsAfter(text, t.End+strings.Index(rest, "s")+1, 3)
		for _, w := range ws {
			lw := lower(trimWordPeriod(w.s))
			if agentNouns[lw] {
				return RoleActor
			}
			if lw != "new" && lw != "top" && lw != "own" && lw != "chief" && lw != "senior" {
				break
			}
		}
		return RolePlace
	}
	// Subject of an agent verb, perhaps coordinated: "Seoul and Moscow have".
	ws := wordsAfter(text, t.End, 12)
	for i := 0; i < len(ws); i++ {
		lw := lower(trimWordPeriod(ws[i].s))
		if lw == "and" || lw == "or" || lw == "," {
			// Skip a coordinated name.
			j := i + 1
			for j < len(ws) && isCapitalized(ws[j].s) {
				j++
			}
			if j == i+1 {
				break
			}
			i = j - 1
			continue
		}
		if agentVerbs[lw] && lw != "has" && lw != "have" && lw != "had" {
			return RoleActor
		}
		if lw == "has" || lw == "have" || lw == "had" {
			// "Pyongyang has ignored", and for capitals any "Moscow has ...".
			if capital {
				return RoleActor
			}
			continue
		}
		if auxWords[lw] {
			continue
		}
		if capital && (strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ed")) && i == 0 && !isCapitalized(ws[i].s) && len(lw) > 3 {
			// "Moscow responds", "Beijing retaliated": a finite verb right
			// after a capital.
			if !commonNounS[lw] {
				return RoleActor
			}
		}
		break
	}
	if capital {
		if len(before) > 0 && objectWords[lower(before[0].s)] {
			return RoleActor
		}
		for _, a := range d.Actors {
			if a.Start == t.Start && (a.End == t.End || a.End == t.End+3 || a.End == t.End+2) && a.Sector != "" && !locative {
				return RoleActor
			}
		}
	}
	return RolePlace
}

// commonNounS are plural nouns that follow a city name as a modifier
// ("Moscow residents"), not verbs.
var commonNounS = wordSet(`residents citizens streets suburbs airports hospitals schools officials police
authorities mayors areas districts neighborhoods neighbourhoods residents' fans teams clubs markets
shops restaurants hotels buildings events games talks sources reports`)
