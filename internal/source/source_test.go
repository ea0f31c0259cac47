package source

import (
	"errors"
	"testing"
)

func TestCheckText(t *testing.T) {
	for _, c := range []struct {
		in   string
		want error
	}{
		{"Plain text.\n", nil},
		{"Корея и Россия.\n", nil},
		{"", ErrEmpty},
		{" \n\t\n", ErrEmpty},
		{"a\x00b", ErrBinary},
		{"\x01\x02\x03\x04abc", ErrBinary},
		{"caf\xe9", ErrNotUTF8},
	} {
		if err := CheckText([]byte(c.in)); !errors.Is(err, c.want) && !(err == nil && c.want == nil) {
			t.Errorf("CheckText(%q) = %v, want %v", c.in, err, c.want)
		}
	}
}

func TestSplitTitle(t *testing.T) {
	for in, want := range map[string]string{
		"Seoul protests troop move\n\nThe ministry said...": "Seoul protests troop move",
		"\n  Headline here  \r\n\r\nBody.":                  "Headline here",
		"A sentence that ends.\n\nBody.":                    "",
		"No blank line after\nBody.":                        "",
		"Only one line":                                     "",
	} {
		if got := SplitTitle(in); got != want {
			t.Errorf("SplitTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzCheckText(f *testing.F) {
	for _, s := range []string{"text", "", "\x00", "caf\xe9", "한국"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if CheckText(b) == nil {
			_ = SplitTitle(string(b))
		}
	})
}
