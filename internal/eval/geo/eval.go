package geo

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

// Corpus names one gold set in the shared data folder and how to read it.
type Corpus struct {
	// Name is the corpus' short name, as in reports: lgl, geowebnews,
	// tr_news, geovirus.
	Name string
	// File is the gold file relative to the shared data folder.
	File string
	Read func(io.Reader) ([]Article, error)
}

// Corpora are the four gold sets of ../shared/data, in report order.
var Corpora = []Corpus{
	{"lgl", "lgl/lgl.xml", ReadLGL},
	{"geowebnews", "geowebnews/GWN.xml", ReadGWN},
	{"tr_news", "tr_news/TR-News.xml", ReadLGL},
	{"geovirus", "geovirus/GeoVirus.xml", ReadGeoVirus},
}

// Load reads a corpus from the shared data folder dir.
func Load(dir string, c Corpus) ([]Article, error) {
	f, err := os.Open(filepath.Join(dir, c.File))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", c.Name, err)
	}
	defer f.Close()
	arts, err := c.Read(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", c.Name, err)
	}
	return arts, nil
}

// Found is one toponym a system found in a text, with its resolution.
type Found struct {
	Span
	Prediction
}

// System is the geoparser under evaluation.
type System struct {
	// Resolve resolves the given gold toponym spans of an article
	// (resolution only); it returns one Prediction per span.
	Resolve func(ctx context.Context, a *Article, spans []Span) ([]Prediction, error)
	// Find finds and resolves the toponyms of an article's text (end to
	// end). Nil skips that mode.
	Find func(ctx context.Context, a *Article) ([]Found, error)
}

// Mode holds one mode's scores: resolution, and for end to end the spans.
type Mode struct {
	Result
	// Test is the resolution score on the corpus' test half (see Part).
	Test Result `json:"test"`
	// Spans scores toponym recognition (end to end only).
	Spans *SpanResult `json:"spans,omitempty"`
}

// Report is one corpus' evaluation.
type Report struct {
	Corpus string `json:"corpus"`
	Docs   int    `json:"docs"`
	// Toponyms counts the gold toponyms read, Dropped those whose phrase was
	// not found at their offsets (left out of every score).
	Toponyms  int   `json:"toponyms"`
	Dropped   int   `json:"dropped"`
	GoldSpans Mode  `json:"gold_spans"`
	EndToEnd  *Mode `json:"end_to_end,omitempty"`
}

// Evaluate scores sys on the articles of one corpus. Gold countries come
// from the corpus where it gives them (LGL, TR-News), else from the gold
// GeoNames id or the nearest gazetteer entry (see Countries).
func Evaluate(ctx context.Context, name string, arts []Article, sys System, countries *Countries) (Report, error) {
	rep := Report{Corpus: name, Docs: len(arts)}
	var all, test, e2eAll, e2eTest Scorer
	var spans SpanScorer
	for i := range arts {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		a := &arts[i]
		rep.Toponyms += len(a.Toponyms) + a.Dropped
		rep.Dropped += a.Dropped
		var gold []Toponym
		var gs []Span
		for _, t := range a.Toponyms {
			if t.HasCoords {
				gold = append(gold, t)
				gs = append(gs, Span{t.Start, t.End})
			}
		}
		isTest := Part(name, a.ID) == "test"
		preds, err := sys.Resolve(ctx, a, gs)
		if err != nil {
			return rep, fmt.Errorf("resolving %s %s: %w", name, a.ID, err)
		}
		if len(preds) != len(gs) {
			return rep, fmt.Errorf("resolving %s %s: %d predictions for %d spans", name, a.ID, len(preds), len(gs))
		}
		for j, t := range gold {
			c, in := countries.Of(t), countries.Has(t.GeonameID)
			all.AddIn(t, c, in, preds[j])
			if isTest {
				test.AddIn(t, c, in, preds[j])
			}
		}
		if sys.Find == nil {
			continue
		}
		found, err := sys.Find(ctx, a)
		if err != nil {
			return rep, fmt.Errorf("geoparsing %s %s: %w", name, a.ID, err)
		}
		ps := make([]Span, len(found))
		for j, f := range found {
			ps[j] = f.Span
		}
		spans.Add(gs, ps)
		for _, t := range gold {
			p := bestOverlap(t, found)
			c, in := countries.Of(t), countries.Has(t.GeonameID)
			e2eAll.AddIn(t, c, in, p)
			if isTest {
				e2eTest.AddIn(t, c, in, p)
			}
		}
	}
	rep.GoldSpans = Mode{Result: all.Result(), Test: test.Result()}
	if sys.Find != nil {
		sr := spans.Result()
		rep.EndToEnd = &Mode{Result: e2eAll.Result(), Test: e2eTest.Result(), Spans: &sr}
	}
	return rep, nil
}

// bestOverlap returns the prediction of the found toponym that overlaps the
// gold one most, or an empty Prediction.
func bestOverlap(t Toponym, found []Found) Prediction {
	best, bestN := Prediction{}, 0
	for _, f := range found {
		n := min(f.End, t.End) - max(f.Start, t.Start)
		if n > bestN {
			best, bestN = f.Prediction, n
		}
	}
	return best
}

// Countries finds the gold country of a toponym: the corpus' own country
// id where it has one (LGL, TR-News), else the country of the gazetteer
// entry with the gold GeoNames id, else that of the gazetteer entry nearest
// the gold point (within 1°; GeoVirus, GeoWebNews without ids).
type Countries struct {
	g         *gazetteer.Gazetteer
	byCountry map[int]string
	byID      map[int]gazetteer.Ref
	grid      map[[2]int][]gazetteer.Ref
}

// NewCountries indexes g for Of.
func NewCountries(g *gazetteer.Gazetteer) *Countries {
	c := &Countries{g: g, byCountry: map[int]string{}, byID: make(map[int]gazetteer.Ref, g.Len()), grid: map[[2]int][]gazetteer.Ref{}}
	for i := 0; ; i++ {
		r := g.CountryEntry(i)
		if r == gazetteer.NoRef {
			break
		}
		c.byCountry[g.ID(r)] = g.CountryOf(r)
	}
	for i := 0; i < g.Len(); i++ {
		r := gazetteer.Ref(i)
		if g.CountryOf(r) == "" {
			continue
		}
		if id := g.ID(r); id > 0 {
			if _, dup := c.byID[id]; !dup {
				c.byID[id] = r
			}
		}
		if g.Class(r) == 'P' {
			la, lo := g.LatLon(r)
			k := [2]int{int(la + 90), int(lo + 180)}
			c.grid[k] = append(c.grid[k], r)
		}
	}
	return c
}

// Has reports whether a GeoNames id is an entry of the gazetteer.
func (c *Countries) Has(id int) bool {
	_, ok := c.byID[id]
	return id > 0 && ok
}

// Of returns the gold country of t, ISO alpha-3, or "".
func (c *Countries) Of(t Toponym) string {
	if t.CountryID > 0 {
		if s, ok := c.byCountry[t.CountryID]; ok {
			return s
		}
	}
	if t.GeonameID > 0 {
		if r, ok := c.byID[t.GeonameID]; ok {
			return c.g.CountryOf(r)
		}
	}
	if !t.HasCoords {
		return ""
	}
	best, bestD := gazetteer.NoRef, 1e9
	la0, lo0 := int(t.Lat+90), int(t.Lon+180)
	for dl := -1; dl <= 1; dl++ {
		for do := -1; do <= 1; do++ {
			for _, r := range c.grid[[2]int{la0 + dl, lo0 + do}] {
				la, lo := c.g.LatLon(r)
				if d := gazetteer.Distance(t.Lat, t.Lon, la, lo); d < bestD {
					best, bestD = r, d
				}
			}
		}
	}
	if best == gazetteer.NoRef {
		return ""
	}
	return c.g.CountryOf(best)
}
