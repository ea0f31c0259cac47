package geo

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	evalgeo "github.com/sitrep/sitrep/internal/eval/geo"
	"github.com/sitrep/sitrep/internal/gazetteer"
)

// TestDevMisses prints the misses (gold spans, acc@161) of one corpus' dev
// half, one line each, for reading causes off: the gold phrase and type,
// whether the gold id is a gazetteer entry, whether its key has entries,
// what the resolver chose and how, and the distance. It runs only with
// GEO_MISSES=corpus (lgl, geowebnews, tr_news, geovirus); the test halves
// are never printed.
func TestDevMisses(t *testing.T) {
	name := os.Getenv("GEO_MISSES")
	if name == "" {
		t.Skip("set GEO_MISSES=corpus to print the misses of a corpus' dev half")
	}
	g := shipped(t)
	countries := evalgeo.NewCountries(g)
	p := New(g, Options{})
	var sets []devSet
	for _, s := range loadDev(t) {
		if s.name == name {
			sets = append(sets, s)
		}
	}
	if len(sets) == 0 {
		t.Fatalf("no corpus %q", name)
	}
	var buf []gazetteer.Match
	byHow, all := map[string]int{}, map[string]int{}
	n, miss := 0, 0
	for _, a := range sets[0].arts {
		if doc := os.Getenv("GEO_MISSES_DOC"); doc != "" && doc != a.ID {
			continue
		}
		spans, gold := goldSpans(a)
		for i, r := range p.Resolve(a.Text, spans) {
			n++
			tp := gold[i]
			how, d := "none", -1.0
			if r.Resolved() {
				d = gazetteer.Distance(tp.Lat, tp.Lon, r.Place.Lat, r.Place.Lon)
				how = "gazetteer"
				if r.Place.Resolution != "" {
					how = r.Place.Resolution
				}
			}
			all[how]++
			if d >= 0 && d <= 161 && os.Getenv("GEO_MISSES_DOC") != a.ID {
				continue
			}
			miss++
			buf = g.Lookup(gazetteer.Key(tp.Phrase), buf[:0])
			in := "-"
			if countries.Has(tp.GeonameID) {
				in = "IN"
			}
			byHow[how]++
			lo, hi := max(0, tp.Start-40), min(len(a.Text), tp.End+40)
			ctx := strings.ReplaceAll(a.Text[lo:hi], "\n", " ")
			fmt.Printf("%s\t%q\t%s\tgaz=%s\tkeys=%d\t%s\t%s %s\t%.0f km\t…%s…\n",
				a.ID, tp.Phrase, tp.Type, in, len(buf), how, r.Place.Name, r.Place.Feature, d, ctx)
		}
	}
	var hows []string
	for h := range all {
		hows = append(hows, h)
	}
	sort.Strings(hows)
	for _, h := range hows {
		fmt.Printf("# %s: %d misses of %d\n", h, byHow[h], all[h])
	}
	fmt.Printf("# %d misses of %d (%.3f acc@161)\n", miss, n, 1-float64(miss)/float64(n))
}
