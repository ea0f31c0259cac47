package events_test

import (
	"context"
	"testing"

	"github.com/sitrep/sitrep/internal/stage/events"
)

// TestNamedSource: with Options.NamedSource a person the actor dictionary
// lacks, as the subject of an event with a coded target, is its uncoded
// source; without it, or with no coded target, there is no event.
func TestNamedSource(t *testing.T) {
	lex := shippedLex(t)
	for _, tc := range []struct {
		text string
		on   bool
		want bool
	}{
		{"Mikhail Brodersohn held talks with China in Beijing.", true, true},
		{"Mikhail Brodersohn held talks with China in Beijing.", false, false},
		{"Mikhail Brodersohn praised the new stadium.", true, false},
	} {
		d := annotate(t, tc.text, "2024-10-21")
		d.Events = nil
		if err := events.New(lex, events.Options{NamedSource: tc.on}).Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		got := false
		for _, e := range d.Events {
			got = got || len(e.Source) == 1 && e.Source[0].Code == "" && e.Source[0].Text == "Mikhail Brodersohn"
		}
		if got != tc.want {
			t.Errorf("%q NamedSource %v: uncoded source %v, want %v (%+v)", tc.text, tc.on, got, tc.want, d.Events)
		}
	}
}
