package actors

import "testing"

func TestHolderNamed(t *testing.T) {
	d, err := Shipped()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		office, surname, day, want string
	}{
		{"head-of-state", "bush", "1990-06-01", "George H. W. Bush"},
		{"head-of-state", "bush", "2003-06-01", "George W. Bush"},
		{"head-of-state", "bush", "1996-06-01", ""},
		{"foreign-minister", "kozyrev", "1994-03-01", "Andrei Kozyrev"},
		{"head-of-state", "george", "1990-06-01", ""}, // a first name is no surname
		{"head-of-state", "bush", "", ""},
	} {
		var day Day
		if c.day != "" {
			var err error
			if day, err = parseDay(c.day, false); err != nil {
				t.Fatal(err)
			}
		}
		h, ok := d.HolderNamed(c.office, c.surname, day)
		got := ""
		if ok {
			got = h.Entry.Name
		}
		if got != c.want {
			t.Errorf("HolderNamed(%s, %s, %s) = %q, want %q", c.office, c.surname, c.day, got, c.want)
		}
	}
}
