package events

import (
	"testing"

	"github.com/sitrep/sitrep/internal/shared"
)

func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := shared.DataDir()
	if err != nil {
		t.Skip("no shared data:", err)
	}
	return dir
}

// TestSharedReaders reads both gold sets from the shared data folder.
func TestSharedReaders(t *testing.T) {
	dir := sharedDir(t)
	g, err := LoadGSR(dir)
	if err != nil {
		t.Skip("PLOVER GSR:", err)
	}
	if len(g) != 322 {
		t.Errorf("PLOVER GSR: %d records, want 322", len(g))
	}
	types := map[string]int{}
	for _, r := range g {
		types[MapPLOVER(r.Event)]++
	}
	t.Logf("PLOVER GSR: %d records, mapped types %v", len(g), types)
	p, err := LoadPETR(dir)
	if err != nil {
		t.Skip("PETRARCH records:", err)
	}
	exp, none := 0, 0
	for _, r := range p {
		exp += len(r.Expected)
		if r.NoEvents {
			none++
		}
	}
	t.Logf("PETRARCH: %d records, %d expected triples, %d noevents", len(p), exp, none)
	if len(p) != 284 || exp != 359 || none != 26 {
		t.Errorf("PETRARCH: %d records, %d triples; want 284 and 359 (385 codings less 19 noevents and 7 errors)", len(p), exp)
	}
}
