package events_test

import "testing"

// TestIntentIsAgree checks that a cooperative act its own actor says it
// will do is PLOVER AGREE (a promise), with the act's CAMEO code kept, and
// that an act done or foretold by others keeps the act's PLOVER type; a
// threatened act is a threat.
// The case files cannot say this: they check CAMEO codes only.
func TestIntentIsAgree(t *testing.T) {
	for _, c := range []struct{ sentence, cameo, plover string }{
		{"Brazil will support Argentina's bid to join the council.", "051", "AGREE"},
		{"Kenya would meet the Somali envoy if the raids stopped.", "04", "AGREE"},
		{"Japan plans to send food aid to Nepal.", "073", "AGREE"},
		{"Chile said it would release the Peruvian prisoners.", "084", "AGREE"},
		{"Japan sent food aid to Nepal.", "073", "AID"},
		{"Turkey is expected to sign a deal with Iraq.", "057", "SUPPORT"},
		{"The US will send more weapons to Ukraine, Ukrainian officials said.", "072", "AID"},
		{"China will impose sanctions on Lithuania.", "163", "COERCE"},
		{"Turkey threatened that it would pull its troops out of the mission.", "13", "THREATEN"},
	} {
		d := annotate(t, c.sentence, "2024-10-21")
		ok := false
		for _, e := range d.Events {
			ok = ok || len(e.CAMEO) >= len(c.cameo) && e.CAMEO[:len(c.cameo)] == c.cameo && e.PLOVER == c.plover
		}
		if !ok {
			var got []string
			for _, e := range d.Events {
				got = append(got, e.CAMEO+" "+e.PLOVER+" "+e.Status)
			}
			t.Errorf("%q: want %s %s, got %v", c.sentence, c.cameo, c.plover, got)
		}
	}
}
