package events_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
)

// minActorsPlaces is the number of cases of testdata/actors-places.tsv that
// all pass now (of 62; 36 when the file was written). Raise it when more pass.
const minActorsPlaces = 59

// TestActorsPlaces scores the sentences of testdata/actors-places.tsv: the
// actors the event coder needs (unnamed governments, the police, parties,
// spokesmen, pro-Russian separatists) and the places of event clauses
// ("eastern Congo", "the streets of Cairo"). It fails when fewer than
// minActorsPlaces cases pass.
func TestActorsPlaces(t *testing.T) {
	f, err := os.Open("testdata/actors-places.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	total, pass := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := append(strings.Split(line, "\t"), "", "")
		total++
		d := annotate(t, parts[0], "2024-05-01")
		var bad []string
		for _, want := range fields(parts[1]) {
			span, code, _ := strings.Cut(want, "=")
			if !slices.Contains(actorCodes(d, span), code) {
				bad = append(bad, want)
			}
		}
		for _, want := range fields(parts[2]) {
			span, country, _ := strings.Cut(want, "=")
			ok := false
			for _, p := range d.Places {
				ok = ok || strings.Contains(strings.ToLower(p.Text), strings.ToLower(span)) && p.Country == country
			}
			if !ok {
				bad = append(bad, "place "+want)
			}
		}
		if len(bad) == 0 {
			pass++
		} else {
			t.Logf("miss %q: %v", parts[0], bad)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d of %d cases pass", pass, total)
	if pass < minActorsPlaces {
		t.Errorf("%d of %d cases pass, want at least %d", pass, total, minActorsPlaces)
	}
}

func fields(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ";") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// actorCodes returns the codes of the actors and event arguments of d
// whose text contains span.
func actorCodes(d *doc.Doc, span string) []string {
	var out []string
	low := strings.ToLower(span)
	add := func(text, code string) {
		if strings.Contains(strings.ToLower(text), low) {
			out = append(out, code)
		}
	}
	for _, a := range d.Actors {
		add(a.Text, a.Code)
	}
	for _, e := range d.Events {
		for _, a := range append(slices.Clone(e.Source), e.Target...) {
			add(a.Text, a.Code)
		}
	}
	return out
}
