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
	// Fallback gives a toponym that no gazetteer entry fits (a street, a
	// building) the location of the document's main place, marked
	// Toponym.Fallback. The stage never emits such places; evaluation of
	// resolution with gold spans may use it.
	Fallback bool
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
		if t.Role != RolePlace || t.Ref == gazetteer.NoRef {
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
	focus := gazetteer.NoRef
	if p.opt.Fallback {
		focus = rs.focus()
	}
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
	if p.opt.Fallback {
		for i, m := range rs.ms {
			r := gazetteer.NoRef
			if out[i].Ref != gazetteer.NoRef {
				if !m.partial {
					continue
				}
				// A part of a longer name ("Brands Hatch" → Hatch) yields to
				// a neighbour that disagrees with it.
				r = rs.near(i, out)
				if r == gazetteer.NoRef || rs.g.Between(r, out[i].Ref) < 150 || rs.g.Class(out[i].Ref) != 'P' {
					continue
				}
				out[i].Ref = gazetteer.NoRef
			} else {
				r = rs.near(i, out)
			}
			if r == gazetteer.NoRef {
				r = focus
			}
			if r != gazetteer.NoRef {
				out[i].Fallback = true
				out[i].Place = p.place(m.span, out[i].Text, r)
			}
		}
	}
	return out
}

// near finds a place for an unresolved mention from its neighbours: the
// place after a comma or "in" ("Brands Hatch, Kent", "Collins Avenue in
// Miami Beach"), else the nearest resolved place (not a country or wider)
// in the same sentence.
func (rs *resolver) near(i int, out []Toponym) gazetteer.Ref {
	m := rs.ms[i]
	if i+1 < len(rs.ms) && out[i+1].Ref != gazetteer.NoRef {
		gap := strings.TrimSpace(rs.text[m.span.End:rs.ms[i+1].span.Start])
		if gap == "," || gap == "in" || gap == ", in" || gap == "near" || gap == "outside" {
			return out[i+1].Ref
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
				return best
			}
		}
	}
	best, bestD := gazetteer.NoRef, 200
	for j, o := range out {
		if j == i || o.Ref == gazetteer.NoRef {
			continue
		}
		switch rs.level(o.Ref) {
		case 'P', '2', '1':
		default:
			continue
		}
		a, b := m.span, rs.ms[j].span
		var gap string
		var d int
		if b.Start >= a.End {
			gap, d = rs.text[a.End:b.Start], b.Start-a.End
		} else if a.Start >= b.End {
			gap, d = rs.text[b.End:a.Start], a.Start-b.End
		} else {
			continue
		}
		if d >= bestD || strings.Contains(gap, "\n") || strings.Contains(gap, ". ") {
			continue
		}
		best, bestD = o.Ref, d
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
