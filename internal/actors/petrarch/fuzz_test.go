package petrarch

import (
	"bufio"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/actors"
)

// FuzzParse feeds arbitrary text to both readers: they must not panic,
// must fail only with ErrSyntax (or a line too long), and what they accept
// must index into a Dict and be found by its own names.
func FuzzParse(f *testing.F) {
	for _, c := range []struct {
		file   string
		agents bool
	}{{"testdata/small.actors", false}, {"testdata/small.agents", true}} {
		b, err := os.ReadFile(c.file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), c.agents)
	}
	f.Add("GOLLUM\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n", false)
	f.Add("!P! = A, B\nX!P! [~GOV]\n", true)
	f.Fuzz(func(t *testing.T, text string, agents bool) {
		var es []actors.Entry
		var err error
		if agents {
			es, err = ReadAgents(strings.NewReader(text), "fuzz")
		} else {
			es, err = ReadActors(strings.NewReader(text), "fuzz", Options{})
		}
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, bufio.ErrTooLong) {
				t.Fatalf("error not ErrSyntax: %v", err)
			}
			return
		}
		for _, e := range es {
			if len(e.Names) == 0 || e.Code == "" {
				t.Fatalf("entry without names or code: %+v", e)
			}
			for _, r := range e.Roles {
				if r.From != 0 && r.To != 0 && r.To < r.From {
					t.Fatalf("role ends before it starts: %+v", r)
				}
			}
		}
		d := actors.NewDict(es)
		for i, e := range es {
			for _, n := range e.Names {
				if len(actors.Words(n)) == 0 {
					continue
				}
				found := false
				for _, h := range d.Lookup(n) {
					found = found || int(h.Entry) == i
				}
				if !found {
					t.Fatalf("entry %d not found by its name %q", i, n)
				}
			}
		}
	})
}
