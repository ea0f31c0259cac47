package events_test

import "testing"

// TestCountryLocation covers a country that is both an actor and the place
// where the event happens: named after "in" with a part of it between, it
// gives the event's location.
func TestCountryLocation(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Government troops shelled rebel positions in northern Mozambique.", "MOZ"},
		{"Rebels ambushed a convoy in the east of Chad on Sunday.", "TCD"},
		{"Militiamen attacked a village in eastern Congo, killing nine.", "COD"},
		{"Police arrested 30 students in the streets of Lima.", "PER"},
	} {
		t.Run(c.text, func(t *testing.T) {
			d := annotate(t, c.text, "2024-05-01")
			if len(d.Events) == 0 {
				t.Fatalf("no event")
			}
			e := d.Events[0]
			if e.Location == nil || e.Location.Country != c.want {
				t.Errorf("location %+v, want country %s", e.Location, c.want)
			}
		})
	}
}
