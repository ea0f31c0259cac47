package geo

import (
	"math"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

// cityWords before "of" ask for a populated place ("the port city of
// Vladivostok"); adminWords for a division ("the regions of Primorye").
var (
	cityWords = map[string]bool{
		"city": true, "town": true, "village": true, "capital": true, "port": true, "suburb": true,
		"hamlet": true, "township": true, "cities": true, "towns": true, "villages": true, "borough": false,
	}
	adminWords = map[string]bool{
		"region": true, "regions": true, "province": true, "provinces": true, "state": true, "states": true,
		"oblast": true, "oblasts": true, "district": true, "districts": true, "county": true, "counties": true,
		"governorate": true, "governorates": true, "krai": true, "republic": true, "prefecture": true,
		"prefectures": true, "department": true, "departments": true, "parish": true, "parishes": true,
		"territory": true, "territories": true,
	}
	// npWords may stand between a country adjective and the toponym it
	// locates ("the Russian port city of Vladivostok").
	npWords = map[string]bool{
		"port": true, "city": true, "town": true, "village": true, "capital": true, "region": true,
		"province": true, "state": true, "of": true, "the": true, "coastal": true, "border": true,
		"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
		"far": true, "north": true, "south": true, "east": true, "west": true, "northeastern": true,
		"northwestern": true, "southeastern": true, "southwestern": true, "industrial": true,
		"resort": true, "frontier": true, "island": true, "river": true, "garrison": true, "naval": true,
		"base": true, "ancient": true, "historic": true, "occupied": true,
	}
)

// localEvidence sets each candidate's local score from the words around its
// mention: "X, Y" containers, trigger words, a country adjective before it.
func (rs *resolver) localEvidence(m *mention) {
	g := rs.g
	after := wordsAfter(rs.text, m.span.End, 6)
	before := wordsBefore(rs.text, m.span.Start, 8)
	// "X, Y": Y contains X ("Alexandria, La.", "Paris, Texas").
	if len(after) >= 2 && after[0].s == "," {
		var parts []string
		for _, w := range after[1:] {
			t := w.s
			if !isCapitalized(t) {
				break
			}
			parts = append(parts, t)
			if len(parts) == 3 {
				break
			}
		}
		for n := len(parts); n >= 1; n-- {
			phrase := strings.Join(parts[:n], " ")
			cont := rs.containers(phrase)
			if len(cont) == 0 {
				// "Alexandria, La." at a sentence end: the period is the
				// abbreviation's.
				continue
			}
			for i := range m.cands {
				for _, a := range cont {
					if rs.contains(a, m.cands[i].ref) {
						m.cands[i].local += rs.w.XY
						break
					}
				}
			}
			break
		}
	}
	// "X airport": the airport named X ("Heathrow airport").
	if len(after) > 0 {
		if w := lower(after[0].s); w == "airport" || w == "airfield" {
			for i := range m.cands {
				if g.Feature(m.cands[i].ref) == "AIRP" {
					m.cands[i].local += rs.w.XY
				}
			}
		}
	}
	// "X, Y" seen from Y: a candidate containing X gets support.
	if len(before) >= 2 && before[0].s == "," {
		var parts []string
		for _, w := range before[1:] {
			if !isCapitalized(w.s) {
				break
			}
			parts = append([]string{w.s}, parts...)
			if len(parts) == 3 {
				break
			}
		}
		for n := len(parts); n >= 1; n-- {
			ms := rs.lookup(gazetteer.Key(strings.Join(parts[len(parts)-n:], " ")))
			if len(ms) == 0 {
				continue
			}
			inside := append([]gazetteer.Match(nil), ms...)
			for i := range m.cands {
				for _, x := range inside {
					if x.Kind <= gazetteer.KindAlt && rs.contains(m.cands[i].ref, x.Ref) {
						m.cands[i].local += rs.w.YX
						break
					}
				}
			}
			break
		}
	}
	// Trigger words: "the city of X", "the regions of X", "X region".
	trig := wantAny
	i := 0
	for i < len(before) && (before[i].s == "the" || before[i].s == "The") {
		i++
	}
	if i < len(before) {
		w := lower(before[i].s)
		switch {
		case w == "of" && i+1 < len(before):
			p := lower(before[i+1].s)
			if cityWords[p] {
				trig = wantCity
			} else if adminWords[p] {
				trig = wantAdmin
			}
		case w == "city" || w == "town" || w == "capital" || w == "village":
			trig = wantCity
		}
	}
	if len(after) > 0 && !isCapitalized(after[0].s) {
		w := trimWordPeriod(after[0].s)
		if adminWords[w] && w != "state" && w != "states" || w == "region" {
			trig = wantAdmin
		}
	}
	if trig != wantAny && m.want == wantAny {
		m.want = trig
		rs.boostWant(m, trig)
	}
	// A country adjective in the same noun phrase.
	for j := 0; j < len(before); j++ {
		w := before[j].s
		if isCapitalized(w) {
			k := gazetteer.Key(w)
			if j+1 < len(before) && isCapitalized(before[j+1].s) {
				if ci := rs.demonymCountry(gazetteer.Key(before[j+1].s + " " + w)); ci >= 0 {
					m.demCountry = ci
					break
				}
			}
			if ci := rs.demonymCountry(k); ci >= 0 {
				m.demCountry = ci
			}
			break
		}
		if !npWords[lower(w)] {
			break
		}
	}
	if m.demCountry >= 0 {
		for i := range m.cands {
			if g.CountryIndex(m.cands[i].ref) == m.demCountry {
				m.cands[i].local += rs.w.DemonymAdj
			}
		}
	}
}

// boostWant adds the trigger weight to candidates of the wanted kind.
func (rs *resolver) boostWant(m *mention, w want) {
	for i := range m.cands {
		c := &m.cands[i]
		cl := rs.g.Class(c.ref)
		switch w {
		case wantCity:
			if cl == 'P' {
				c.local += rs.w.Trigger
			}
		case wantAdmin:
			if cl == 'A' && !strings.HasPrefix(rs.g.Feature(c.ref), "PCL") {
				c.local += rs.w.Trigger
			}
		}
	}
}

// containers returns the countries and divisions a phrase after a comma
// names, codes and abbreviations included ("TX", "Ga.", "Texas").
func (rs *resolver) containers(phrase string) []gazetteer.Ref {
	var out []gazetteer.Ref
	keys := []string{gazetteer.Key(phrase)}
	if strings.HasSuffix(phrase, ".") {
		keys = append(keys, gazetteer.Key(strings.TrimSuffix(phrase, ".")))
	}
	for _, k := range keys {
		for _, x := range rs.lookup(k) {
			if x.Kind == gazetteer.KindDemonym {
				continue
			}
			if x.Kind == gazetteer.KindCode && !isAllCaps(phrase) {
				continue
			}
			if rs.g.Class(x.Ref) == 'A' {
				out = append(out, x.Ref)
			}
		}
		if len(out) > 0 {
			break
		}
	}
	return out
}

// demonymCountry returns the country index a demonym key names, or -1.
func (rs *resolver) demonymCountry(key string) int {
	for _, x := range rs.lookup(key) {
		if x.Kind == gazetteer.KindDemonym && strings.HasPrefix(rs.g.Feature(x.Ref), "PCL") {
			return rs.g.CountryIndex(x.Ref)
		}
	}
	return -1
}

// lists links mentions written as a coordination ("Primorye, Khabarovsk
// and Amur"): they share a list index, and a trigger word before the first
// applies to all.
func (rs *resolver) lists() {
	ms := rs.ms
	n := 0
	for i := 1; i < len(ms); i++ {
		a, b := ms[i-1], ms[i]
		if a.span.End > b.span.Start {
			continue
		}
		gap := strings.TrimSpace(rs.text[a.span.End:b.span.Start])
		gap = strings.TrimPrefix(gap, "'s")
		gap = strings.TrimPrefix(gap, "’s")
		switch strings.TrimSpace(gap) {
		case ",", "and", "or", ", and", ", or", "&", "/":
		default:
			continue
		}
		if a.list < 0 {
			a.list = n
			n++
		}
		b.list = a.list
		if b.want == wantAny && a.want != wantAny && a.want != wantWater {
			b.want = a.want
			rs.boostWant(b, a.want)
		}
	}
}

// level buckets an entry for list coherence.
func (rs *resolver) level(r gazetteer.Ref) byte {
	f := rs.g.Feature(r)
	switch {
	case strings.HasPrefix(f, "PCL"):
		return 'C'
	case f == "ADM1":
		return '1'
	case f == "ADM2":
		return '2'
	}
	return rs.g.Class(r)
}

// solve groups the mentions (one sense per document) and chooses a
// candidate for each group by prior, local and document evidence, in a few
// rounds so that each choice can lean on the others; then, in as many
// rounds again, a populated place the evidence does not favour loses to a
// better-known one of the same name (Weights.Known). Those later rounds
// update the choices one group at a time, so that two namesakes chosen
// wrongly cannot prop each other up by flipping together.
func (rs *resolver) solve() {
	g := rs.g
	byKey := map[string]*group{}
	for _, m := range rs.ms {
		if len(m.cands) == 0 {
			m.group = -1
			continue
		}
		k := m.key
		if m.want != wantAny {
			k += "\x00" + string(rune('0'+m.want))
		}
		gr := byKey[k]
		if gr == nil {
			gr = &group{choice: -1}
			byKey[k] = gr
			m.group = len(rs.groups)
			rs.groups = append(rs.groups, gr)
			gr.cands = make([]cand, len(m.cands))
			copy(gr.cands, m.cands)
		} else {
			for i, c := range rs.groups {
				if c == gr {
					m.group = i
				}
			}
			// Local evidence: the strongest mention's, candidate by candidate.
			for _, c := range m.cands {
				for j := range gr.cands {
					if gr.cands[j].ref == c.ref && c.local > gr.cands[j].local {
						gr.cands[j].local = c.local
					}
				}
			}
		}
		gr.ms = append(gr.ms, m)
	}
	type contrib struct {
		country, admin1 int
		w               float64
		lat, lon        float64
		point           bool
		lvl             byte
	}
	contribs := make([]contrib, len(rs.groups))
	countryEv := map[int]float64{}
	// namedEv is the part of countryEv from countries the text names
	// (country names and demonyms), not from the countries of places: only
	// it shields a lesser-known place from Weights.Known.
	namedEv := map[int]float64{}
	admin1Ev := map[int]float64{}
	abbrevEv := map[gazetteer.Ref]float64{}
	// contribOf is what group i's current choice lends the others.
	contribOf := func(i int) contrib {
		gr := rs.groups[i]
		if gr.choice < 0 {
			return contrib{country: -1, admin1: -1}
		}
		r := gr.cands[gr.choice].ref
		w := gr.conf * (1 + 0.5*math.Log(float64(len(gr.ms))))
		c := contrib{country: g.CountryIndex(r), admin1: g.Admin1Index(r), w: w, lvl: rs.level(r)}
		if c.lvl == 'P' || c.lvl == '2' || c.lvl == '1' {
			c.lat, c.lon = g.LatLon(r)
			c.point = true
		}
		if strings.HasPrefix(g.Feature(r), "PCL") {
			c.admin1 = -1
		}
		return c
	}
	// add adds (sign 1) or takes back (-1) a group's contribution to the
	// document's evidence.
	add := func(c contrib, i int, sign float64) {
		if c.w == 0 {
			return
		}
		gr := rs.groups[i]
		if k := gr.cands[gr.choice].kind; k == gazetteer.KindAbbrev || k == gazetteer.KindCode {
			abbrevEv[gr.cands[gr.choice].ref] += sign * c.w
		}
		if c.country >= 0 {
			countryEv[c.country] += sign * c.w
			if c.lvl == 'C' {
				namedEv[c.country] += sign * c.w
			}
		}
		if c.admin1 >= 0 {
			admin1Ev[c.admin1] += sign * c.w
		}
	}
	for round := 0; round < 2*rounds; round++ {
		// The first rounds weigh the evidence alone, as a start for the
		// later ones, which also weigh how widely each place is known (a
		// document about London, Ontario settles that it is before
		// Known would send London to England).
		known := round >= rounds && rs.w.Known != 0
		if round >= rounds && !known {
			break
		}
		changed := false
		if round > 0 {
			clear(countryEv)
			clear(namedEv)
			clear(admin1Ev)
			clear(abbrevEv)
			for ci, w := range rs.textCountries {
				countryEv[ci] += 0.5 * w
				namedEv[ci] += 0.5 * w
			}
			for i := range rs.groups {
				contribs[i] = contribOf(i)
				add(contribs[i], i, 1)
			}
		}
		for gi, gr := range rs.groups {
			own := contribs[gi]
			for j := range gr.cands {
				c := &gr.cands[j]
				c.score = c.prior + c.local
				c.ctry = 0
				if round == 0 {
					continue
				}
				ci, ai := g.CountryIndex(c.ref), g.Admin1Index(c.ref)
				if ci >= 0 {
					e := countryEv[ci]
					if own.country == ci {
						e -= own.w
					}
					if e > 0 {
						c.score += rs.w.CountryCtx * e / (e + 1)
						en := namedEv[ci]
						if own.country == ci && own.lvl == 'C' {
							en -= own.w
						}
						c.ctry = rs.w.CountryCtx * (e/(e+1) - math.Max(0, en)/(math.Max(0, en)+1))
					}
				}
				if ai >= 0 {
					e := admin1Ev[ai]
					if own.admin1 == ai {
						e -= own.w
					}
					if e > 0 {
						c.score += rs.w.Admin1Ctx * e / (e + 1)
					}
				}
				// A division the document also names by its abbreviation
				// ("Wash." in a dateline, then "Washington").
				if e := abbrevEv[c.ref]; e > 0 && c.kind != gazetteer.KindAbbrev && c.kind != gazetteer.KindCode {
					c.score += rs.w.AbbrevEntry * math.Min(e, 1)
				}
				lv := rs.level(c.ref)
				if lv == 'P' || lv == '2' || lv == '1' {
					la, lo := g.LatLon(c.ref)
					best := 0.0
					for oi, o := range contribs {
						if oi == gi || !o.point || o.w == 0 {
							continue
						}
						if math.Abs(o.lat-la) > 5 {
							continue
						}
						d := gazetteer.Distance(la, lo, o.lat, o.lon)
						if v := o.w * math.Exp(-d/rs.w.NearKm); v > best {
							best = v
						}
					}
					c.score += rs.w.NearCtx * math.Min(best, 1)
				}
				// List coherence: siblings of the same level.
				for _, m := range gr.ms {
					if m.list < 0 {
						continue
					}
					for _, o := range rs.ms {
						if o == m || o.list != m.list || o.group < 0 || o.group == gi {
							continue
						}
						if oc := contribs[o.group]; oc.w > 0 && oc.lvl == lv {
							c.score += rs.w.Sibling * math.Min(oc.w, 1)
						}
					}
					break
				}
			}
			// How widely a place is known decides where the document
			// does not: a populated place loses by how much less known it
			// is than the best-known one of its name, unless the words
			// around, the other places or the countries the text names
			// support it more.
			if known {
				top := -1
				for j, c := range gr.cands {
					if g.Class(c.ref) == 'P' && (top < 0 || c.known > gr.cands[top].known) {
						top = j
					}
				}
				if top >= 0 {
					t := gr.cands[top]
					tev := t.score - t.prior - t.ctry
					for j := range gr.cands {
						c := &gr.cands[j]
						if j == top || g.Class(c.ref) != 'P' {
							continue
						}
						gate := math.Exp(-math.Max(0, c.score-c.prior-c.ctry-tev) / rs.w.KnownGate)
						c.score -= rs.w.Known * gate * (t.known - c.known)
					}
				}
			}
			best, sum := -1, 0.0
			top := math.Inf(-1)
			for j, c := range gr.cands {
				if c.score > top {
					best, top = j, c.score
				}
			}
			for _, c := range gr.cands {
				sum += math.Exp(c.score - top)
			}
			changed = changed || best != gr.choice
			if known {
				// Later groups see this choice at once: simultaneous
				// updates can oscillate ("Antwerp ... Naples": Ohio and
				// Florida, then Belgium and Italy, then back).
				add(contribs[gi], gi, -1)
				gr.choice, gr.conf = best, 1/sum
				contribs[gi] = contribOf(gi)
				add(contribs[gi], gi, 1)
			}
			gr.choice = best
			gr.conf = 1 / sum
		}
		if known && !changed {
			// Settled: a further round would change no choice.
			break
		}
	}
}

// sortMentions orders mentions by position.
func (rs *resolver) sortMentions() {
	sort.SliceStable(rs.ms, func(i, j int) bool { return rs.ms[i].span.Start < rs.ms[j].span.Start })
}
