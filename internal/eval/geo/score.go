package geo

import (
	"hash/fnv"
	"math"
	"sort"

	"github.com/sitrep/sitrep/internal/gazetteer"
)

// Prediction is a system's resolution of one toponym.
type Prediction struct {
	// OK is false when the system gave no location.
	OK       bool
	Lat, Lon float64
	// GeonameID is the predicted GeoNames id, 0 for none.
	GeonameID int
	// Country is the predicted country, ISO 3166 alpha-3, "" for none.
	Country string
}

// Result holds resolution scores over a set of gold toponyms with
// coordinates.
type Result struct {
	// N counts the toponyms scored: those with gold coordinates.
	N int `json:"n"`
	// Acc161 is the share of N resolved within 161 km (100 miles) of the
	// gold point; a toponym left unresolved counts as wrong.
	Acc161 float64 `json:"acc161"`
	// Exact is the share of ExactN (toponyms whose gold has a GeoNames id)
	// resolved to that very id.
	Exact  float64 `json:"exact"`
	ExactN int     `json:"exact_n"`
	// Country is the share of CountryN (toponyms whose gold country is
	// known) resolved inside that country.
	Country  float64 `json:"country"`
	CountryN int     `json:"country_n"`
	// Resolved counts the toponyms given a location; MeanKm and MedianKm
	// are the error over those.
	Resolved int     `json:"resolved"`
	MeanKm   float64 `json:"mean_km"`
	MedianKm float64 `json:"median_km"`
	// InGazetteer is Acc161 over the InGazetteerN toponyms whose gold
	// GeoNames id is an entry of the gazetteer: resolution where coverage is
	// not in question.
	InGazetteer  float64 `json:"acc161_in_gazetteer"`
	InGazetteerN int     `json:"n_in_gazetteer"`
}

// Scorer accumulates resolution results. The zero value is ready to use.
type Scorer struct {
	n, within, exactN, exact, countryN, country int
	gazN, gazWithin                             int
	errs                                        []float64
}

// Add scores one prediction against its gold toponym. goldCountry is the
// gold country's ISO alpha-3 code, "" when unknown. Toponyms without gold
// coordinates are ignored.
func (s *Scorer) Add(gold Toponym, goldCountry string, p Prediction) {
	s.AddIn(gold, goldCountry, false, p)
}

// AddIn is Add for a toponym whose gold entry is (inGazetteer) or is not
// in the gazetteer.
func (s *Scorer) AddIn(gold Toponym, goldCountry string, inGazetteer bool, p Prediction) {
	if !gold.HasCoords {
		return
	}
	s.n++
	if inGazetteer {
		s.gazN++
	}
	if gold.GeonameID > 0 {
		s.exactN++
		if p.OK && p.GeonameID == gold.GeonameID {
			s.exact++
		}
	}
	if goldCountry != "" {
		s.countryN++
		if p.OK && p.Country == goldCountry {
			s.country++
		}
	}
	if !p.OK {
		return
	}
	d := gazetteer.Distance(gold.Lat, gold.Lon, p.Lat, p.Lon)
	s.errs = append(s.errs, d)
	if d <= 161 {
		s.within++
		if inGazetteer {
			s.gazWithin++
		}
	}
}

// Result returns the scores so far.
func (s *Scorer) Result() Result {
	r := Result{N: s.n, ExactN: s.exactN, CountryN: s.countryN, Resolved: len(s.errs)}
	r.Acc161 = ratio(s.within, s.n)
	r.Exact = ratio(s.exact, s.exactN)
	r.Country = ratio(s.country, s.countryN)
	r.InGazetteer, r.InGazetteerN = ratio(s.gazWithin, s.gazN), s.gazN
	if len(s.errs) > 0 {
		e := append([]float64(nil), s.errs...)
		sort.Float64s(e)
		sum := 0.0
		for _, x := range e {
			sum += x
		}
		r.MeanKm = round1(sum / float64(len(e)))
		if len(e)%2 == 1 {
			r.MedianKm = round1(e[len(e)/2])
		} else {
			r.MedianKm = round1((e[len(e)/2-1] + e[len(e)/2]) / 2)
		}
	}
	return r
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return math.Round(float64(a)/float64(b)*10000) / 10000
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// Span is a predicted or gold toponym span, in bytes.
type Span struct{ Start, End int }

// SpanResult holds toponym recognition scores: exact-span and overlap
// matching of predicted spans against the gold toponyms with coordinates.
type SpanResult struct {
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// The same with a predicted span counted right when it overlaps a gold
	// one ("the Kursk region" for gold "Kursk").
	OverlapPrecision float64 `json:"overlap_precision"`
	OverlapRecall    float64 `json:"overlap_recall"`
	OverlapF1        float64 `json:"overlap_f1"`
}

// SpanScorer accumulates span matches. The zero value is ready to use.
type SpanScorer struct {
	gold, pred, exact, predOverlap, goldOverlap int
}

// Add scores one document's predicted spans against its gold spans.
func (s *SpanScorer) Add(gold, pred []Span) {
	s.gold += len(gold)
	s.pred += len(pred)
	for _, p := range pred {
		hit := false
		for _, g := range gold {
			if p == g {
				s.exact++
			}
			if p.Start < g.End && g.Start < p.End {
				hit = true
			}
		}
		if hit {
			s.predOverlap++
		}
	}
	for _, g := range gold {
		for _, p := range pred {
			if p.Start < g.End && g.Start < p.End {
				s.goldOverlap++
				break
			}
		}
	}
}

// Result returns the scores so far.
func (s *SpanScorer) Result() SpanResult {
	r := SpanResult{Gold: s.gold, Predicted: s.pred}
	r.Precision, r.Recall = ratio(s.exact, s.pred), ratio(s.exact, s.gold)
	r.F1 = f1(r.Precision, r.Recall)
	r.OverlapPrecision, r.OverlapRecall = ratio(s.predOverlap, s.pred), ratio(s.goldOverlap, s.gold)
	r.OverlapF1 = f1(r.OverlapPrecision, r.OverlapRecall)
	return r
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return math.Round(2*p*r/(p+r)*10000) / 10000
}

// Part names the fixed half of a corpus an article belongs to: "dev" or
// "test", by a hash of the corpus name and article id. Anything tuned on a
// corpus is tuned on its dev half; the test half is for reporting.
func Part(corpus, id string) string {
	h := fnv.New32a()
	h.Write([]byte(corpus))
	h.Write([]byte{0})
	h.Write([]byte(id))
	if h.Sum32()%2 == 0 {
		return "dev"
	}
	return "test"
}
