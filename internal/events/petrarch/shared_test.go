package petrarch

import (
	"os"
	"path/filepath"
	"testing"

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
