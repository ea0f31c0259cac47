package actors

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// FuzzParseEntries feeds arbitrary text to the dictionary parser: it must
// not panic, must fail only with ErrSyntax, and what it accepts must write
// back to the same entries.
func FuzzParseEntries(f *testing.F) {
	f.Add(sample)
	f.Add("role GOV title: {|vice }minister\n")
	f.Add("person: X\n  as KORGOV 2022-05..2024: T\n")
	f.Fuzz(func(t *testing.T, text string) {
		es, err := ParseEntries(strings.NewReader(text), "fuzz")
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !strings.Contains(err.Error(), "token too long") {
				t.Fatalf("error not ErrSyntax: %v", err)
			}
			return
		}
		d := NewDict(es)
		var buf bytes.Buffer
		if err := WriteEntries(&buf, d.Entries()); err != nil {
			t.Fatal(err)
		}
		es2, err := ParseEntries(&buf, "written")
		if err != nil {
			t.Fatalf("reading back %q: %v", buf.String(), err)
		}
		d2 := NewDict(es2)
		if d2.Len() != d.Len() {
			t.Fatalf("%d entries read back, want %d", d2.Len(), d.Len())
		}
		for i := range d.Entries() {
			a, b := d.Entries()[i], d2.Entries()[i]
			a.Source, b.Source = "", ""
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("entry %d:\n wrote %+v\n  read %+v", i, a, b)
			}
		}
	})
}
