package petrarch

import (
	"errors"
	"strings"
	"testing"
)

func TestDiscards(t *testing.T) {
	ds, err := ReadDiscards(strings.NewReader("<!-- discards -->\nMONTHS LATER\n+World Golf Championships   # a story\nBASEBALL\n+ESPN2\n"), "d")
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 4 || !ds[1].Story || ds[0].Story || ds[3].Words[0] != "espn2" {
		t.Fatalf("got %+v", ds)
	}
	for text, want := range map[string]bool{
		"Gondor struck back months later.":          true,
		"The world golf championships began.":       true,
		"Arnor played baseball.":                    true,
		"Arnor's baseballs were seized.":            false,
		"Months passed; later, Gondor agreed.":      false,
		"Gondor restored ties with Arnor on ESPN2.": true,
	} {
		if got := ds.Match(text); got != want {
			t.Errorf("Match(%q) = %v, want %v", text, got, want)
		}
	}
	if Discards(nil).Match("anything") {
		t.Error("nil discards match")
	}
	if _, err := ReadDiscards(strings.NewReader("+\n"), "d"); !errors.Is(err, ErrSyntax) {
		t.Errorf("a bare '+': %v", err)
	}
}
