package situation

import "testing"

func item(cameo, status, kind string, value float64, source, target string) Item {
	it := Item{CAMEO: cameo, Family: FamilyOf(cameo), Status: status, Kind: kind, Value: value, Lo: "2024-10-18", Hi: "2024-10-18"}
	it.Sources, it.Targets = []string{source}, []string{target}
	it.Countries = []string{source, target}
	if target < source {
		it.Countries = []string{target, source}
	}
	return it
}

func TestCompare(t *testing.T) {
	send12 := Facts{Stance: Assert, SaidBy: "KORSPY", Items: []Item{item("072", "planned", "troops", 12000, "PRK", "RUS")}}
	send10 := Facts{Stance: Assert, SaidBy: "UKRGOV", Items: []Item{item("154", "planned", "troops", 10000, "RUS", "UKR")}}
	denial := Facts{Stance: Deny, SaidBy: "RUS", Items: []Item{item("072", "planned", "", 0, "PRK", "RUS")}}
	trade := Facts{Stance: Assert, SaidBy: "CHNGOV", Items: []Item{item("057", "occurred", "", 0, "CHN", "BRA")}}
	for _, c := range []struct {
		name string
		a, b Facts
		want string
	}{
		{"a denial denies a claim about the same situation", denial, send12, Denies},
		{"a claim does not deny a denial", send12, denial, ""},
		{"two figures for one situation", send12, send10, DiffersInFigure},
		{"the same speaker is never related to itself", send12, Facts{Stance: Assert, SaidBy: "KORSPY", Items: send10.Items}, ""},
		{"different situations are unrelated", send12, trade, ""},
	} {
		got, ok := Compare(c.a, c.b)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("%s: Compare = %q, %v; want %q", c.name, got, ok, c.want)
		}
	}
}

func TestFamilyAndPeriod(t *testing.T) {
	if FamilyOf("072") != FamilyOf("154") {
		t.Error("sending troops (072) and mobilizing them (154) should be one situation family")
	}
	if FamilyOf("057") == FamilyOf("072") {
		t.Error("signing an agreement is not the military family")
	}
	for _, c := range []struct {
		v      string
		lo, hi string
		ok     bool
	}{
		{"2024-10-18", "2024-10-18", "2024-10-18", true},
		{"2024-06", "2024-06-01", "2024-06-30", true},
		{"XXXX-06", "", "", false},
		{"P3Y", "", "", false},
	} {
		lo, hi, ok := Period(c.v)
		if ok != c.ok || (ok && (lo.Format("2006-01-02") != c.lo || hi.Format("2006-01-02") != c.hi)) {
			t.Errorf("Period(%q) = %v %v %v", c.v, lo, hi, ok)
		}
	}
}
