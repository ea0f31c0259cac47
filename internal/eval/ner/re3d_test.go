package ner

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// A hand-written document: "Ünal" and the em dash are multi-byte in UTF-8
// but one UTF-16 unit each; the emoji is two UTF-16 units.
const re3dDocs = `{ "_id" : "D1", "text" : "Ünal met the Kurdish YPG in Aleppo — 😀 then we left for Raqqa." }
{ "_id" : "D2", "text" : "Nothing here." }
`

func re3dEntities(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

func TestParseRe3d(t *testing.T) {
	// UTF-16 offsets: "Ünal" [0,4); "the Kurdish YPG" [9,24); "Kurdish" [13,20);
	// "Aleppo" [28,34); "—" at 35; emoji [37,39); "we" [45,47); "Raqqa" [57,62).
	ents := re3dEntities(
		`{ "documentId" : "D1", "begin" : 0, "end" : 4, "type" : "Person", "value" : "Ünal", "confidence" : 1 }`,
		`{ "documentId" : "D1", "begin" : 9, "end" : 24, "type" : "Organisation", "value" : "the Kurdish YPG", "confidence" : 1 }`,
		`{ "documentId" : "D1", "begin" : 13, "end" : 20, "type" : "Nationality", "value" : "Kurdish", "confidence" : 1 }`,
		`{ "documentId" : "D1", "begin" : 28, "end" : 34, "type" : "Location", "value" : "Aleppo", "confidence" : 0.9 }`,
		`{ "documentId" : "D1", "begin" : 45, "end" : 47, "type" : "Organisation", "value" : "we", "confidence" : 1 }`,
		`{ "documentId" : "D1", "begin" : 57, "end" : 62, "type" : "Location", "value" : "Raqqa", "confidence" : 1 }`,
		`{ "documentId" : "D1", "begin" : 57, "end" : 62, "type" : "Weapon", "value" : "Raqqa", "confidence" : 1 }`,
		`{ "documentId" : "D1", "begin" : 0, "end" : 4, "type" : "Location", "value" : "Ünal", "confidence" : 0 }`,
	)
	docs, err := ParseRe3d(strings.NewReader(re3dDocs), strings.NewReader(ents))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[1].Entities != nil {
		t.Fatalf("docs %+v", docs)
	}
	d := docs[0]
	var got []string
	for _, e := range d.Entities {
		got = append(got, d.Text[e.Start:e.End]+"/"+e.Type)
	}
	want := []string{"Ünal/PERSON", "Kurdish YPG/ORG", "Aleppo/LOC", "Raqqa/LOC"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entities %q, want %q", got, want)
	}
	if e := d.Entities[0]; e.Start != 0 || e.End != 5 {
		t.Errorf("Ünal at bytes [%d,%d), want [0,5)", e.Start, e.End)
	}
}

func TestParseRe3dErrors(t *testing.T) {
	for name, ents := range map[string]string{
		"outside":  `{ "documentId" : "D2", "begin" : 5, "end" : 99, "type" : "Person", "confidence" : 1 }`,
		"reversed": `{ "documentId" : "D2", "begin" : 5, "end" : 2, "type" : "Person", "confidence" : 1 }`,
		"unknown":  `{ "documentId" : "D9", "begin" : 0, "end" : 1, "type" : "Person", "confidence" : 1 }`,
		"json":     `{ "documentId" : `,
	} {
		_, err := ParseRe3d(strings.NewReader(re3dDocs), strings.NewReader(ents))
		if !errors.Is(err, ErrBadRe3d) {
			t.Errorf("%s: err %v, want ErrBadRe3d", name, err)
		}
	}
}

func FuzzParseRe3d(f *testing.F) {
	f.Add(re3dDocs, `{ "documentId" : "D1", "begin" : 0, "end" : 4, "type" : "Person", "confidence" : 1 }`)
	f.Add(`{"_id":"x","text":"a😀b"}`, `{"documentId":"x","begin":1,"end":3,"type":"Location","confidence":1}`)
	f.Add(`{"_id":"x","text":"The The"}`, `{"documentId":"x","begin":0,"end":7,"type":"Organisation","confidence":1}`)
	f.Fuzz(func(t *testing.T, docs, ents string) {
		out, err := ParseRe3d(strings.NewReader(docs), strings.NewReader(ents))
		if err != nil {
			return
		}
		for _, d := range out {
			last := -1
			for _, e := range d.Entities {
				if e.Start < 0 || e.End > len(d.Text) || e.Start >= e.End || e.Start < last {
					t.Fatalf("bad span %+v in %q", e, d.Text)
				}
				last = e.End
			}
		}
	})
}

func TestTokenize(t *testing.T) {
	text := "Kim Hong-kyun met U.S. envoys in Seoul’s south.\nThen “Ünal” left."
	d := Tokenize(text, false)
	var got []string
	for _, tk := range d.Tokens {
		got = append(got, text[tk.Start:tk.End])
	}
	want := []string{"Kim", "Hong-kyun", "met", "U.S.", "envoys", "in", "Seoul", "’s", "south", ".", "Then", "“", "Ünal", "”", "left", "."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens %q, want %q", got, want)
	}
	if s := d.Tokens[len(d.Tokens)-1].Sentence; s != 1 {
		t.Errorf("last token in sentence %d, want 1", s)
	}
	if err := d.Validate(); err != nil {
		t.Error(err)
	}
	d = Tokenize("Hong-kyun", true)
	if len(d.Tokens) != 3 || d.Tokens[1].Span.Start != 4 || d.Tokens[1].Span.End != 5 {
		t.Errorf("split hyphens: %+v", d.Tokens)
	}
}
