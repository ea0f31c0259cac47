package petrarch

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/internal/events"
	"github.com/sitrep/sitrep/internal/shared"
)

// TestValidationVerbs reads the PETRARCH2 validation verb dictionary from
// the shared data folder, when there is one.
func TestValidationVerbs(t *testing.T) {
	dir, err := shared.DataDir()
	if err != nil {
		t.Skip("no shared data:", err)
	}
	path := filepath.Join(dir, "petrarch2_validation", "PETR.Validate.verbs.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skip("no PETRARCH2 validation dictionaries")
	}
	d, err := LoadVerbs(path)
	if err != nil {
		t.Fatal(err)
	}
	v, p := d.Verbs()
	t.Logf("%d families, %d verbs, %d patterns, %d synsets", len(d.Families), v, p, len(d.Synsets))
	if len(d.Families) < 150 || p < 400 || len(d.Synsets) < 10 {
		t.Errorf("too few entries: %d families, %d patterns, %d synsets", len(d.Families), p, len(d.Synsets))
	}
}

// TestValidationConvert converts the validation verb dictionary into a
// lexicon and logs what maps.
func TestValidationConvert(t *testing.T) {
	dir, err := shared.DataDir()
	if err != nil {
		t.Skip("no shared data:", err)
	}
	d, err := LoadVerbs(filepath.Join(dir, "petrarch2_validation", "PETR.Validate.verbs.txt"))
	if err != nil {
		t.Skip(err)
	}
	lex, err := events.Shipped()
	if err != nil {
		t.Fatal(err)
	}
	c, err := d.AddTo(events.New(lex.Codebook()), ConvertOptions{Origin: "petrarch:PETR.Validate.verbs.txt"})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("mapped %d of %d verbs and patterns into %d lexicon patterns; skipped %v; partial %v", c.Mapped, c.Total, len(c.Patterns), c.Skipped, c.Partial)
	if c.Mapped < c.Total/2 {
		t.Errorf("mapped %d of %d", c.Mapped, c.Total)
	}
}
