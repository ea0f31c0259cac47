package actors

import (
	"slices"
	"testing"
)

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"minister", "minister"},
		{"Minister", "minister"},
		{"U.S.", "us"},
		{"St.", "st"},
		{"São", "sao"},
		{"Tomé", "tome"},
		{"Côte", "cote"},
		{"d’Ivoire", "d'ivoire"},
		{"’s", "'s"},
		{"Erdoğan", "erdogan"},
		{"Łódź", "lodz"},
		{"Türkiye", "turkiye"},
		{".", "."},
		{"...", "..."},
		{"Москва", "москва"},
		{"", ""},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := string(AppendFold([]byte("x"), c.in)); got != "x"+c.want {
			t.Errorf("AppendFold(x, %q) = %q, want %q", c.in, got, "x"+c.want)
		}
	}
}

func TestFoldDoesNotAllocateForPlainWords(t *testing.T) {
	n := testing.AllocsPerRun(100, func() { _ = Fold("minister") })
	if n != 0 {
		t.Errorf("Fold(plain word) allocates %v times", n)
	}
}

func TestCapsOf(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Caps
	}{
		{"WHO", CapsAll},
		{"U.S.", CapsAll},
		{"Who", CapsInitial},
		{"who", CapsAny},
		{"I", CapsInitial},
		{"3M", CapsInitial},
		{"iPhone", CapsAny},
		{"Élysée", CapsInitial},
		{"'s", CapsAny},
	} {
		if got := CapsOf(c.in); got != c.want {
			t.Errorf("CapsOf(%q) = %d, want %d", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		have, want Caps
		ok         bool
	}{
		{CapsAll, CapsAll, true}, {CapsInitial, CapsAll, false}, {CapsAny, CapsAll, false},
		{CapsAll, CapsInitial, true}, {CapsInitial, CapsInitial, true}, {CapsAny, CapsInitial, false},
		{CapsAny, CapsAny, true}, {CapsAll, CapsAny, true},
	} {
		if got := satisfies(c.have, c.want); got != c.ok {
			t.Errorf("satisfies(%d, %d) = %v", c.have, c.want, got)
		}
	}
}

func TestWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Kim Jong-un", []string{"Kim", "Jong", "un"}},
		{"Kim Jong Un", []string{"Kim", "Jong", "Un"}},
		{"People's Republic of China", []string{"People", "'s", "Republic", "of", "China"}},
		{"Workers' Party", []string{"Workers", "Party"}},
		{"FOREIGN_MINISTER", []string{"FOREIGN", "MINISTER"}},
		{"(NIS)", []string{"NIS"}},
		{"U.S.-led", []string{"U.S.", "led"}},
		{"Côte d'Ivoire", []string{"Côte", "d'Ivoire"}},
		{"Russia’s", []string{"Russia", "’s"}},
		{" - ", nil},
		{"", nil},
	} {
		if got := Words(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Words(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"minister", "ministers"},
		{"ministry", "ministries"},
		{"embassy", "embassies"},
		{"spokesman", "spokesmen"},
		{"spokesperson", "spokespersons"},
		{"vice minister of foreign affairs", "vice ministers of foreign affairs"},
		{"ambassador to Russia", "ambassadors to Russia"},
		{"attorney general", "attorney generals"},
		{"boss", "bosses"},
		{"day", "days"},
	} {
		if got := Plural(c.in); got != c.want {
			t.Errorf("Plural(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"Russian", "Russians"}, {"Israeli", "Israelis"}, {"Chinese", ""}, {"Swiss", ""}, {"Danish", ""}, {"French", ""},
	} {
		if got := peoplePlural(c.in); got != c.want {
			t.Errorf("peoplePlural(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
