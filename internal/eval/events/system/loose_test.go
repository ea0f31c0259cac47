package system

import "testing"

func TestLooseGaps(t *testing.T) {
	l := NewLoose([][][]string{{{"freedonia"}, {"radio"}}, {{"grand"}, {"duchy", "of", "freedonia"}}})
	for in, want := range map[string]string{
		"Freedonia state-run radio said so.":            "Freedonia           radio said so.",
		"Freedonia radio said so.":                      "Freedonia radio said so.",
		"The Grand old Duchy of Freedonia fell.":        "The Grand     Duchy of Freedonia fell.",
		"Freedonia, Sylvania and their radio met.":      "Freedonia, Sylvania and their radio met.",      // punctuation between
		"Freedonia has a big free public radio.":        "Freedonia has a big free public radio.",        // more than three words
		"FREEDONIA STATE RADIO and freedonia old RADIO": "FREEDONIA       RADIO and freedonia     RADIO", // case
	} {
		if got := l.Gaps(in); got != want {
			t.Errorf("Gaps(%q) = %q, want %q", in, got, want)
		}
	}
}
