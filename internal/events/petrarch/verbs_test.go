package petrarch

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
)

func readSmall(t *testing.T) *Dict {
	t.Helper()
	f, err := os.Open("testdata/small.verbs")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := ReadVerbs(f, "small.verbs")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestReadVerbs(t *testing.T) {
	d := readSmall(t)
	wantSyn := map[string][][]string{
		"TIES":     {{"diplomatic", "ties"}, {"relations"}},
		"MORETIES": {{"diplomatic", "ties"}, {"relations"}, {"contacts"}},
	}
	if !reflect.DeepEqual(d.Synsets, wantSyn) {
		t.Errorf("synsets %v, want %v", d.Synsets, wantSyn)
	}
	if len(d.Families) != 2 {
		t.Fatalf("%d families, want 2", len(d.Families))
	}
	r := d.Families[0]
	if r.Name != "RESTORE" || r.Code != "064" || len(r.Verbs) != 2 || len(r.Patterns) != 4 {
		t.Fatalf("RESTORE: %+v", r)
	}
	if v := r.Verbs[1]; !v.Synonym || v.Lemma() != "reestablish" || v.Code != "064" {
		t.Errorf("REESTABLISH: %+v", v)
	}
	want := []Pattern{
		{Post: []Elem{{Kind: Synset, Name: "MORETIES"}}, Code: "064", Line: 16},
		{Pre: []Elem{{Kind: Word, Word: "not"}}, Post: []Elem{{Kind: Word, Word: "relations"}}, Code: "112", Line: 17},
		{Post: []Elem{{Kind: Word, Word: "full"}, {Kind: Synset, Name: "TIES", Joined: true}}, Code: "---", Line: 18},
		{Pre: []Elem{{Kind: Source}}, Post: []Elem{{Kind: Word, Word: "contacts"}, {Kind: Word, Word: "with"}, {Kind: Target}}, Code: "064", Line: 19},
	}
	if !reflect.DeepEqual(r.Patterns, want) {
		t.Errorf("RESTORE patterns\n got %+v\nwant %+v", r.Patterns, want)
	}
	b := d.Families[1]
	if b.Code != "1717" || !reflect.DeepEqual(b.Codes, []string{"999"}) {
		t.Errorf("BREAK header: %+v", b)
	}
	if v := b.Verbs[0]; !reflect.DeepEqual(v.Forms, [][]string{{"broke"}, {"broken"}}) {
		t.Errorf("BREAK forms %v", v.Forms)
	}
	if v := b.Verbs[1]; !reflect.DeepEqual(v.Words, []string{"break", "down"}) || v.Head != 0 || len(v.Forms) != 2 {
		t.Errorf("BREAK_DOWN %+v", v)
	}
	if v := b.Verbs[2]; v.Lemma() != "tap" || v.Head != 1 || v.Code != "1711" || v.Synonym {
		t.Errorf("WIRE_+TAP %+v", v)
	}
	wantB := []Pattern{
		{Post: []Elem{{Kind: Word, Word: "off"}}, Code: "195", Line: 25},
		{Pre: []Elem{{Kind: Compound}}, Post: []Elem{{Kind: Word, Word: "talks"}}, Code: "030", Alt: "031", Line: 26},
		{Post: []Elem{{Kind: Alternatives, Alts: [][]string{{"truce"}, {"cease", "fire"}}}, {Kind: Skip}}, Code: "---", Line: 27},
	}
	if !reflect.DeepEqual(b.Patterns, wantB) {
		t.Errorf("BREAK patterns\n got %+v\nwant %+v", b.Patterns, wantB)
	}
	if v, p := d.Verbs(); v != 5 || p != 7 {
		t.Errorf("Verbs() = %d, %d", v, p)
	}
}

func TestReadVerbsErrors(t *testing.T) {
	for _, c := range []struct{ in, where string }{
		{"- * X [010]", ":1:"},
		{"VERB", ":1:"},
		{"--- A ---", ":1:"},
		{"--- A [010] ---\nA\n- X Y [010]", ":3:"},
		{"--- A [010] ---\nA\n- * * [010]", ":3:"},
		{"--- A [010] ---\nA\n- * X [010", ":3:"},
		{"--- A [010] ---\nA\n- * X", ":3:"},
		{"--- A [010] ---\nA\n- * &NOPE [010]", ":3:"},
		{"&S\n+&S\n", "nested"},
		{"&S\n+X\n\n&S\n+Y", ":4:"},
		{"--- A [010] ---\nA {B", ":2:"},
		{"--- A [010] ---\nA\n- * {X [010]", ":3:"},
	} {
		_, err := ReadVerbs(strings.NewReader(c.in), "f")
		if !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), c.where) {
			t.Errorf("ReadVerbs(%q) = %v, want ErrSyntax at %s", c.in, err, c.where)
		}
	}
}
