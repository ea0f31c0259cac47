package geo

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/pipeline"
)

// StageName is the stage's versioned name.
const StageName = "geo/v1"

// Options tunes a Geoparser.
type Options struct {
	// NoContainers leaves a toponym that no gazetteer entry fits (a street,
	// a building, a venue) unresolved, instead of placing it in the place
	// the document puts it in (doc.Place.Resolution).
	NoContainers bool
	// Weights overrides DefaultWeights.
	Weights *Weights
}

// Geoparser is the geo/v1 stage: it finds toponyms among the entities,
// resolves them against the gazetteer and fills Doc.Places. It is safe for
// concurrent use; the gazetteer is shared read-only.
type Geoparser struct {
	g   *gazetteer.Gazetteer
	opt Options
	w   *Weights
}

var _ pipeline.Stage = (*Geoparser)(nil)

// New returns a Geoparser over g.
func New(g *gazetteer.Gazetteer, opt Options) *Geoparser {
	w := &DefaultWeights
	if opt.Weights != nil {
		w = opt.Weights
	}
	return &Geoparser{g: g, opt: opt, w: w}
}

// Gazetteer returns the geoparser's gazetteer.
func (p *Geoparser) Gazetteer() *gazetteer.Gazetteer { return p.g }

// Spec returns the stage's spec. Its Models map "gazetteer" to the sha256
// of the shipped gazetteer file.
func Spec() pipeline.Spec {
	return pipeline.Spec{
		Name:     StageName,
		Doc:      "toponyms resolved to GeoNames places from the document's own evidence; actors (\"Seoul says\") left out",
		Requires: []doc.Layer{doc.LayerTokens, doc.LayerEntities},
		Assigns:  []doc.Layer{doc.LayerPlaces},
		Models:   map[string]string{"gazetteer": gazetteer.ShippedChecksum()},
	}
}

// Register adds the geo stage, with the shipped gazetteer, to r. The
// gazetteer is loaded once, when the first pipeline is built.
func Register(r *pipeline.Registry) error {
	return r.Register(Spec(), func() (pipeline.Stage, error) {
		g, err := gazetteer.Shipped()
		if err != nil {
			return nil, fmt.Errorf("loading shipped gazetteer: %w", err)
		}
		return New(g, Options{}), nil
	})
}

// Process sets d.Places to the toponyms of d that name locations: GPE, LOC
// and FAC entities (a following division word joined: "the Kursk region"),
// resolved to gazetteer entries. Toponyms used as actors and toponyms no
// entry fits are left out. When d.Actors is filled it is used as evidence
// of metonymy.
func (p *Geoparser) Process(ctx context.Context, d *doc.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	ts := p.Toponyms(d)
	d.Places = d.Places[:0]
	for _, t := range ts {
		if t.Role != RolePlace || !t.Resolved() {
			continue
		}
		d.Places = append(d.Places, t.Place)
	}
	if len(d.Places) == 0 {
		d.Places = nil
	}
	return nil
}

// Toponyms finds and resolves the toponyms of d, actors and unresolved ones
// included, in text order. It reads d.Entities (and d.Actors when set).
func (p *Geoparser) Toponyms(d *doc.Doc) []Toponym {
	rs := p.newResolver(d.Text)
	var taken, bodies []doc.Span
	for _, a := range d.Actors {
		// An international body ("U.N.", IGOUNO) or another actor with no
		// country is no toponym, whatever the entity layer calls it (the
		// gazetteer has an Un in India).
		if a.Country == "" && a.Sector != "" {
			bodies = append(bodies, a.Span)
		}
	}
	inBody := func(s doc.Span) bool {
		for _, b := range bodies {
			if b.Contains(s) {
				return true
			}
		}
		return false
	}
	taken = append(taken, bodies...)
	for _, e := range d.Entities {
		if inBody(e.Span) {
			continue
		}
		switch e.Type {
		case "GPE", "LOC", "FAC":
			s := p.extend(d.Text, e.Span)
			rs.addMention(s, e.Type)
			taken = append(taken, s)
		case "NORP":
			if ci := rs.demonymCountry(gazetteer.Key(e.Text)); ci >= 0 {
				rs.textCountries[ci]++
			}
			// "Argentine waters": a nationality is evidence, never a place
			// the scan should find (Argentine, Michigan).
			taken = append(taken, e.Span)
		}
	}
	sort.Slice(taken, func(i, j int) bool { return taken[i].Start < taken[j].Start })
	p.scan(d, rs, taken)
	ts := p.run(rs)
	for i := range ts {
		ts[i].Role = p.role(d, ts[i])
	}
	return ts
}

// Resolve resolves toponym spans given in a text, without tokens or
// entities: the resolution half of the geoparser, for gold spans. It
// returns one Toponym per span, in the order given.
func (p *Geoparser) Resolve(text string, spans []doc.Span) []Toponym {
	rs := p.newResolver(text)
	rs.scanDemonyms()
	for _, s := range spans {
		rs.addMention(s, "")
	}
	order := append([]*mention(nil), rs.ms...)
	ts := p.run(rs)
	byMention := make(map[*mention]Toponym, len(ts))
	for i, m := range rs.ms {
		byMention[m] = ts[i]
	}
	out := make([]Toponym, len(order))
	for i, m := range order {
		out[i] = byMention[m]
	}
	return out
}

// run resolves the resolver's mentions and returns them as Toponyms in
// text order.
func (p *Geoparser) run(rs *resolver) []Toponym {
	rs.sortMentions()
	for _, m := range rs.ms {
		rs.candidates(m)
	}
	rs.lists()
	for _, m := range rs.ms {
		rs.localEvidence(m)
	}
	rs.solve()
	out := make([]Toponym, len(rs.ms))
	for i, m := range rs.ms {
		t := Toponym{Span: m.span, Text: rs.text[m.span.Start:m.span.End], Ref: gazetteer.NoRef}
		if m.group >= 0 {
			gr := rs.groups[m.group]
			if gr.choice >= 0 {
				t.Ref = gr.cands[gr.choice].ref
				t.Confidence = gr.conf
				t.Place = p.place(t.Span, t.Text, t.Ref)
			}
		}
		out[i] = t
	}
	if p.opt.NoContainers {
		return out
	}
	rs.dropOutsideContainer(out)
	rs.dropUnsupportedParts(out)
	focus := rs.focus(out)
	// From the end, so that "X at Y" can take Y's container.
	conts := make([]gazetteer.Ref, len(rs.ms))
	for i := range conts {
		conts[i] = out[i].Ref
	}
	for i := len(rs.ms) - 1; i >= 0; i-- {
		if out[i].Ref != gazetteer.NoRef || !nameLike(rs.ms[i]) {
			continue
		}
		r, how, conf := rs.container(i, conts, out, focus)
		if r == gazetteer.NoRef {
			continue
		}
		conts[i] = r
		out[i].Place = p.place(rs.ms[i].span, out[i].Text, r)
		out[i].Place.Resolution = how
		out[i].Confidence = conf
	}
	return out
}

// nameLike reports whether a mention the gazetteer lacks may still be a
// place's name: a gold span or an entity typed as a facility or location
// (an unknown GPE is rather a misread name: the gazetteer has the
// populated places and divisions), with a capitalized word that is not a
// bare direction or common word ("North", "City").
func nameLike(m *mention) bool {
	if bareWords[m.key] || m.hint != "" && m.hint != "FAC" && m.hint != "LOC" {
		return false
	}
	for _, w := range strings.Fields(m.text) {
		if isCapitalized(w) {
			return true
		}
	}
	return false
}

// dropOutsideContainer unresolves a populated place or second-level
// division written "X, Y" when the next toponym Y is resolved to a
// division or country, no entry X may name lies inside it and none is a
// city of 100,000 people or more ("Rockingham, Northamptonshire" where the
// gazetteer has only other Rockinghams): X is then a place the gazetteer lacks, and container
// places it in Y. A Y followed by "," or "and" starts a list ("Kent,
// Surrey and Essex"), not a container.
func (rs *resolver) dropOutsideContainer(out []Toponym) {
	for i, m := range rs.ms {
		r := out[i].Ref
		if r == gazetteer.NoRef || i+1 == len(rs.ms) {
			continue
		}
		if l := rs.level(r); l != 'P' && l != '2' {
			continue
		}
		y := rs.ms[i+1]
		a := out[i+1].Ref
		if a == gazetteer.NoRef || y.span.Start < m.span.End || strings.TrimSpace(rs.text[m.span.End:y.span.Start]) != "," {
			continue
		}
		if l := rs.level(a); l != 'C' && l != '1' && l != '2' {
			continue
		}
		if next := wordsAfter(rs.text, y.span.End, 1); len(next) == 1 {
			if w := lower(next[0].s); w == "," || w == "and" || w == "or" || w == "&" {
				continue
			}
		}
		keep := false
		for _, c := range m.cands {
			if c.ref == a || rs.contains(a, c.ref) || rs.g.Population(c.ref) >= 100000 {
				keep = true
				break
			}
		}
		if !keep {
			out[i].Ref, out[i].Place, out[i].Confidence = gazetteer.NoRef, doc.Place{}, 0
		}
	}
}

// dropUnsupportedParts unresolves the mentions whose entry comes from a
// part of their name ("Turtle Point" → Turtle, "Pitman Family Farms" →
// Pitman) when nothing else in the document supports it: a populated place
// or division is kept only within 150 km of a place resolved from a whole
// name. Countries and wider areas are kept ("Bank of Japan").
func (rs *resolver) dropUnsupportedParts(out []Toponym) {
	for i, m := range rs.ms {
		r := out[i].Ref
		if !m.partial || r == gazetteer.NoRef {
			continue
		}
		switch rs.level(r) {
		case 'P', '1', '2':
		default:
			continue
		}
		ok := false
		for j, o := range out {
			if j == i || o.Ref == gazetteer.NoRef || rs.ms[j].partial {
				continue
			}
			switch rs.level(o.Ref) {
			case 'P', '1', '2':
			default:
				continue
			}
			if o.Ref == r || rs.contains(o.Ref, r) || rs.contains(r, o.Ref) || rs.g.Between(o.Ref, r) < 150 {
				ok = true
				break
			}
		}
		if !ok {
			out[i].Ref, out[i].Place, out[i].Confidence = gazetteer.NoRef, doc.Place{}, 0
		}
	}
}

// container finds the place that holds mention i, which the gazetteer
// lacks, given the entries or containers of the mentions after it (conts),
// and says how: the place the text puts it in ("Brands Hatch,
// Kent", "Collins Avenue in Miami Beach"; ResolutionContainedIn), else the
// document's main place (ResolutionDocument). It returns NoRef when the
// document names no place. (The nearest place named in the same passage,
// tried as well, was no better a container than the main place on the dev
// halves.)
func (rs *resolver) container(i int, conts []gazetteer.Ref, out []Toponym, focus gazetteer.Ref) (gazetteer.Ref, string, float64) {
	m := rs.ms[i]
	if i+1 < len(rs.ms) && conts[i+1] != gazetteer.NoRef && rs.ms[i+1].span.Start >= m.span.End {
		gap := strings.TrimSpace(rs.text[m.span.End:rs.ms[i+1].span.Start])
		switch gap {
		case ",", "in", ", in", "near", "outside", "at", "of", ", near":
			return conts[i+1], doc.ResolutionContainedIn, 0.5 * out[i+1].Confidence
		}
	}
	after := wordsAfter(rs.text, m.span.End, 4)
	if len(after) >= 2 && after[0].s == "," && isCapitalized(after[1].s) {
		var parts []string
		for _, w := range after[1:] {
			if !isCapitalized(w.s) {
				break
			}
			parts = append(parts, w.s)
		}
		for n := len(parts); n >= 1; n-- {
			if cont := rs.containers(strings.Join(parts[:n], " ")); len(cont) > 0 {
				best := cont[0]
				for _, c := range cont[1:] {
					if rs.g.Population(c) > rs.g.Population(best) {
						best = c
					}
				}
				return best, doc.ResolutionContainedIn, 0.3
			}
		}
	}
	if focus != gazetteer.NoRef {
		return focus, doc.ResolutionDocument, 0.1
	}
	return gazetteer.NoRef, "", 0
}

// focus returns the document's main place: in the country, then the
// first-level division, most of its resolved toponyms name, the populated
// place named most (or, with none, the division or the country). Toponyms
// resolved from a part of their name do not count.
func (rs *resolver) focus(out []Toponym) gazetteer.Ref {
	g := rs.g
	cw, aw := map[int]float64{}, map[int]float64{}
	for i, m := range rs.ms {
		r := out[i].Ref
		if r == gazetteer.NoRef || m.partial {
			continue
		}
		w := out[i].Confidence
		if ci := g.CountryIndex(r); ci >= 0 {
			cw[ci] += w
		}
		switch rs.level(r) {
		case 'P', '2', '1':
			if ai := g.Admin1Index(r); ai >= 0 {
				aw[ai] += w
			}
		}
	}
	topC := argmax(cw, func(int) bool { return true })
	if topC < 0 {
		return gazetteer.NoRef
	}
	topA := argmax(aw, func(ai int) bool { return g.CountryIndex(g.Admin1Entry(ai)) == topC })
	inside := func(r gazetteer.Ref) bool {
		if topA >= 0 {
			return g.Admin1Index(r) == topA
		}
		return g.CountryIndex(r) == topC
	}
	for _, lvl := range []byte{'P', '2'} {
		best, bestW := gazetteer.NoRef, 0.0
		ws := map[gazetteer.Ref]float64{}
		for i, m := range rs.ms {
			r := out[i].Ref
			if r == gazetteer.NoRef || m.partial || rs.level(r) != lvl || !inside(r) {
				continue
			}
			ws[r] += out[i].Confidence
			if w := ws[r]; w > bestW || w == bestW && g.Population(r) > g.Population(best) {
				best, bestW = r, w
			}
		}
		if best != gazetteer.NoRef {
			return best
		}
	}
	if topA >= 0 {
		return g.Admin1Entry(topA)
	}
	return g.CountryEntry(topC)
}

// argmax returns the key of m with the largest value among those ok admits,
// the smallest key on ties; -1 when none.
func argmax(m map[int]float64, ok func(int) bool) int {
	best, bestW := -1, 0.0
	for k, w := range m {
		if !ok(k) {
			continue
		}
		if best < 0 || w > bestW || w == bestW && k < best {
			best, bestW = k, w
		}
	}
	return best
}

// place makes a doc.Place of an entry.
func (p *Geoparser) place(s doc.Span, text string, r gazetteer.Ref) doc.Place {
	gp := p.g.Place(r)
	pl := doc.Place{
		Span: s, Text: text, Name: gp.Name, Country: gp.Country,
		Lat: gp.Lat, Lon: gp.Lon, GeonameID: gp.ID, Feature: gp.Feature,
	}
	if gp.Admin1 != "" {
		pl.Admin1 = gp.CountryCode + "." + gp.Admin1
	}
	return pl
}

// extend widens an entity span over a division word after it ("Kursk" →
// "Kursk region", "Primorsky" → "Primorsky Krai").
func (p *Geoparser) extend(text string, s doc.Span) doc.Span {
	after := wordsAfter(text, s.End, 1)
	if len(after) == 1 {
		w := trimWordPeriod(after[0].s)
		lw := lower(w)
		switch lw {
		case "region", "oblast", "krai", "kray", "province", "governorate", "prefecture", "county", "parish", "district":
			if strings.TrimSpace(text[s.End:after[0].start]) == "" {
				s.End = after[0].start + len(w)
			}
		}
	}
	return s
}

// scanDemonyms counts the country adjectives of a text ("Russian",
// "South Korean") as evidence of the countries it is about.
func (rs *resolver) scanDemonyms() {
	for start := 0; start < len(rs.text); {
		end := strings.IndexByte(rs.text[start:], '\n')
		if end < 0 {
			end = len(rs.text)
		} else {
			end += start
		}
		rs.scanLine(wordsAfter(rs.text, start, 1<<30))
		start = end + 1
	}
}

func (rs *resolver) scanLine(ws []word) {
	for i, w := range ws {
		if !isCapitalized(w.s) {
			continue
		}
		k := gazetteer.Key(trimWordPeriod(w.s))
		if i+1 < len(ws) && isCapitalized(ws[i+1].s) {
			if ci := rs.demonymCountry(k + " " + gazetteer.Key(trimWordPeriod(ws[i+1].s))); ci >= 0 {
				rs.textCountries[ci]++
				continue
			}
		}
		if ci := rs.demonymCountry(k); ci >= 0 {
			rs.textCountries[ci]++
		}
	}
}
