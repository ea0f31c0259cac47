package geo

import (
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	evalgeo "github.com/sitrep/sitrep/internal/eval/geo"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/shared"
)

// devSet is the dev half of one gold corpus, for tuning.
type devSet struct {
	name string
	arts []evalgeo.Article
}

func loadDev(t *testing.T) []devSet {
	t.Helper()
	dir, err := shared.DataDir()
	if err != nil {
		t.Skipf("skipping: %v", err)
	}
	var out []devSet
	for _, c := range evalgeo.Corpora {
		arts, err := evalgeo.Load(dir, c)
		if err != nil {
			t.Skipf("skipping: %v", err)
		}
		var dev []evalgeo.Article
		for _, a := range arts {
			if evalgeo.Part(c.Name, a.ID) == "dev" {
				dev = append(dev, a)
			}
		}
		out = append(out, devSet{c.Name, dev})
	}
	return out
}

// devScore is the mean over corpora of acc@161 with gold spans on the dev
// halves.
func devScore(g *gazetteer.Gazetteer, w *Weights, sets []devSet) (float64, []float64) {
	p := New(g, Options{Weights: w})
	var per []float64
	sum := 0.0
	for _, s := range sets {
		var sc evalgeo.Scorer
		for _, a := range s.arts {
			spans, gold := goldSpans(a)
			for i, r := range p.Resolve(a.Text, spans) {
				pr := evalgeo.Prediction{}
				if r.Resolved() {
					pr = evalgeo.Prediction{OK: true, Lat: r.Place.Lat, Lon: r.Place.Lon}
				}
				sc.Add(gold[i], "", pr)
			}
		}
		acc := sc.Result().Acc161
		per = append(per, acc)
		sum += acc
	}
	return sum / float64(len(sets)), per
}

// goldSpans returns the spans of an article's gold toponyms that have
// coordinates, and those toponyms.
func goldSpans(a evalgeo.Article) ([]doc.Span, []evalgeo.Toponym) {
	var spans []doc.Span
	var gold []evalgeo.Toponym
	for _, tp := range a.Toponyms {
		if tp.HasCoords {
			spans = append(spans, doc.Span{Start: tp.Start, End: tp.End})
			gold = append(gold, tp)
		}
	}
	return spans, gold
}

// positive are the weights whose evidence only ever supports a candidate.
var positive = map[string]bool{
	"Pop": true, "Known": true, "KnownGate": true, "Region": true, "XY": true, "YX": true, "Trigger": true, "DemonymAdj": true,
	"Sibling": true, "AbbrevEntry": true, "CountryCtx": true, "Admin1Ctx": true, "NearCtx": true, "CapitalOverADM1": true, "CityOverADM1": true,
}

// TestTuneWeights tunes DefaultWeights by coordinate ascent on the dev
// halves of LGL, GeoWebNews, TR-News and GeoVirus (gold spans, acc@161).
// It runs only with GEO_TUNE=1 and prints the weights found; copy them into
// DefaultWeights by hand.
func TestTuneWeights(t *testing.T) {
	if os.Getenv("GEO_TUNE") == "" {
		t.Skip("set GEO_TUNE=1 to tune the resolver's weights on the dev halves")
	}
	g, err := gazetteer.Shipped()
	if err != nil {
		t.Skip(err)
	}
	sets := loadDev(t)
	w := DefaultWeights
	best, per := devScore(g, &w, sets)
	t.Logf("start %.4f %v", best, per)
	v := reflect.ValueOf(&w).Elem()
	steps := []float64{1.0, 0.5, 0.25}
	for _, step := range steps {
		for round := 0; round < 2; round++ {
			improved := false
			for i := 0; i < v.NumField(); i++ {
				f := v.Field(i)
				name := v.Type().Field(i).Name
				orig := f.Float()
				delta := step
				if name == "NearKm" {
					delta = step * 100
				}
				for _, cand := range []float64{orig + delta, orig - delta} {
					if name == "NearKm" && cand < 20 || positive[name] && cand <= 0 {
						continue
					}
					f.SetFloat(cand)
					s, ps := devScore(g, &w, sets)
					if s > best+1e-4 {
						best, per, orig = s, ps, cand
						improved = true
						t.Logf("%s = %.3f → %.4f %v", name, cand, s, ps)
					}
				}
				f.SetFloat(orig)
			}
			if !improved {
				break
			}
		}
	}
	fmt.Printf("best %.4f %v\n%#v\n", best, per, w)
}
