package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/sitrep/sitrep/internal/actors"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/models"
)

// buildActors is "sitrep build actors": it merges the country data of
// ../shared/data (mledoze/countries, GeoNames countryInfo) with the
// hand-written lists of internal/actors/dict into the actor dictionary and
// writes it. The same inputs always give a byte-identical file.
func buildActors(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "build actors", "", "Build the actor dictionary (internal/actors) from ../shared/data/regions/mledoze_countries.json\n"+
		"(mledoze/countries, ODbL 1.0), ../shared/data/geonames/countryInfo.txt (GeoNames, CC BY 4.0)\n"+
		"and the hand-written lists in internal/actors/dict.")
	data := fs.String("data", "", "shared data folder (default: ../shared/data or $SITREP_DATA)")
	dict := fs.String("dict", "internal/actors/dict", "folder of hand-written dictionary files (*.txt)")
	out := fs.String("out", "models/"+"actors.bin.gz", "dictionary file to write")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("sitrep build actors: unexpected argument %q", fs.Arg(0))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	dir, err := shared.Or(*data)
	if err != nil {
		return err
	}
	start := time.Now()
	d, notes, err := actors.Build(actors.BuildSources{
		Countries:   filepath.Join(dir, "regions", "mledoze_countries.json"),
		CountryInfo: filepath.Join(dir, "geonames", "countryInfo.txt"),
		Dict:        *dict,
	})
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := d.Write(&buf, notes); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		return fmt.Errorf("writing actor dictionary: %w", err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing actor dictionary: %w", err)
	}
	st := actors.Stats(d)
	fmt.Fprintf(m.Stdout, "wrote %s: %d bytes, sha256 %s, in %s\n", *out, buf.Len(), models.Checksum(buf.Bytes()), time.Since(start).Round(time.Millisecond))
	fmt.Fprintf(m.Stdout, "%d entries: %d countries, %d organizations, %d people (%d dated roles), %d role words; %d phrases\n",
		d.Len(), st.Countries, st.Orgs, st.People, st.Roles, st.RoleWords, st.Phrases)
	for _, c := range actors.Credits {
		fmt.Fprintln(m.Stdout, c)
	}
	return nil
}
