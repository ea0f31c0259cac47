package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	evalgeo "github.com/sitrep/sitrep/internal/eval/geo"
	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/geo"
	"github.com/sitrep/sitrep/internal/stage/ner"
	"github.com/sitrep/sitrep/internal/stage/segment"
)

// evalGeo is "sitrep eval geo": toponym resolution with gold spans, and
// end-to-end geoparsing (segment, ner, geo), on LGL, GeoWebNews, TR-News
// and GeoVirus.
func evalGeo(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "eval geo", "", "Score the geoparser (internal/stage/geo) on LGL, GeoWebNews, TR-News and GeoVirus:\n"+
		"accuracy within 161 km, exact GeoNames id, country, mean and median error, with gold\n"+
		"toponym spans (resolution only) and end to end (our NER finds the spans).")
	data := fs.String("data", "", "shared data folder (default: ../shared/data or $SITREP_DATA)")
	asJSON := fs.Bool("json", false, "print one JSON object per corpus")
	only := fs.String("corpus", "", "comma-separated corpora to score (default: all): lgl, geowebnews, tr_news, geovirus")
	e2e := fs.Bool("e2e", true, "also score end to end (runs the segmenter and the NER)")
	containers := fs.Bool("containers", true, "place toponyms the gazetteer lacks in the place the document puts them in (as the stage does)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("sitrep eval geo: unexpected argument %q", fs.Arg(0))
	}
	dir, err := shared.Or(*data)
	if err != nil {
		return err
	}
	g, err := gazetteer.Shipped()
	if err != nil {
		return err
	}
	sys, err := geoSystem(g, *containers, *e2e)
	if err != nil {
		return err
	}
	countries := evalgeo.NewCountries(g)
	want := map[string]bool{}
	for _, c := range strings.Split(*only, ",") {
		if c = strings.TrimSpace(c); c != "" {
			want[c] = true
		}
	}
	enc := json.NewEncoder(m.Stdout)
	for _, c := range evalgeo.Corpora {
		if len(want) > 0 && !want[c.Name] {
			continue
		}
		arts, err := evalgeo.Load(dir, c)
		if err != nil {
			return err
		}
		rep, err := evalgeo.Evaluate(ctx, c.Name, arts, sys, countries)
		if err != nil {
			return err
		}
		if *asJSON {
			if err := enc.Encode(rep); err != nil {
				return err
			}
			continue
		}
		printGeo(m.Stdout, rep)
	}
	return nil
}

// geoSystem wires the shipped geoparser (and for end to end the segmenter
// and NER) into the evaluator.
func geoSystem(g *gazetteer.Gazetteer, containers, e2e bool) (evalgeo.System, error) {
	resolver := geo.New(g, geo.Options{NoContainers: !containers})
	sys := evalgeo.System{
		Resolve: func(_ context.Context, a *evalgeo.Article, spans []evalgeo.Span) ([]evalgeo.Prediction, error) {
			ds := make([]doc.Span, len(spans))
			for i, s := range spans {
				ds[i] = doc.Span{Start: s.Start, End: s.End}
			}
			ts := resolver.Resolve(a.Text, ds)
			out := make([]evalgeo.Prediction, len(ts))
			for i, t := range ts {
				out[i] = prediction(t)
			}
			return out, nil
		},
	}
	if !e2e {
		return sys, nil
	}
	model, err := ner.Shipped()
	if err != nil {
		return sys, err
	}
	seg, rec, parser := segment.New(), ner.New(model), geo.New(g, geo.Options{NoContainers: !containers})
	sys.Find = func(ctx context.Context, a *evalgeo.Article) ([]evalgeo.Found, error) {
		d := doc.New(a.ID, a.Text)
		if err := seg.Process(ctx, d); err != nil {
			return nil, err
		}
		if err := rec.Process(ctx, d); err != nil {
			return nil, err
		}
		var out []evalgeo.Found
		for _, t := range parser.Toponyms(d) {
			if !t.Resolved() {
				continue
			}
			out = append(out, evalgeo.Found{Span: evalgeo.Span{Start: t.Start, End: t.End}, Prediction: prediction(t)})
		}
		return out, nil
	}
	return sys, nil
}

func prediction(t geo.Toponym) evalgeo.Prediction {
	if !t.Resolved() {
		return evalgeo.Prediction{}
	}
	return evalgeo.Prediction{OK: true, Lat: t.Place.Lat, Lon: t.Place.Lon, GeonameID: t.Place.GeonameID, Country: t.Place.Country}
}

func printGeo(w io.Writer, r evalgeo.Report) {
	fmt.Fprintf(w, "%s: %d documents, %d gold toponyms (%d not found at their offsets)\n", r.Corpus, r.Docs, r.Toponyms, r.Dropped)
	line := func(name string, x evalgeo.Result) {
		fmt.Fprintf(w, "  %-18s n=%-5d acc@161 %.3f  exact %.3f (n=%d)  country %.3f (n=%d)  mean %.0f km  median %.1f km  resolved %d  acc@161 in gazetteer %.3f (n=%d)\n",
			name, x.N, x.Acc161, x.Exact, x.ExactN, x.Country, x.CountryN, x.MeanKm, x.MedianKm, x.Resolved, x.InGazetteer, x.InGazetteerN)
	}
	line("gold spans", r.GoldSpans.Result)
	line("  test half", r.GoldSpans.Test)
	if e := r.EndToEnd; e != nil {
		line("end to end", e.Result)
		line("  test half", e.Test)
		s := e.Spans
		fmt.Fprintf(w, "  %-18s gold %d predicted %d  P %.3f R %.3f F1 %.3f  (overlap: P %.3f R %.3f F1 %.3f)\n",
			"toponym spans", s.Gold, s.Predicted, s.Precision, s.Recall, s.F1, s.OverlapPrecision, s.OverlapRecall, s.OverlapF1)
	}
}
