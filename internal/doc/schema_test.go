package doc

import (
	"encoding/json"
	"strings"
	"testing"
)

// full returns a Doc with every layer filled, on text written for the test.
func full() *Doc {
	text := "Freedonia summoned Sylvania’s envoy on Monday over 1,200 troops near Port Ruby."
	d := New("test.txt", text)
	d.Title = "Envoy summoned"
	d.Published = Date{2024, 3, 4}
	d.Sentences = []Sentence{{Span: Span{0, len(text)}, TokenStart: 0, TokenEnd: 2}}
	d.Tokens = []Token{
		{Span: Span{0, 9}, POS: "PROPN", Tag: "NNP", Lemma: "Freedonia", Head: 1, Dep: "nsubj"},
		{Span: Span{10, 18}, POS: "VERB", Tag: "VBD", Lemma: "summon", Head: -1, Dep: "root"},
	}
	d.Entities = []Entity{{Span: Span{0, 9}, Text: "Freedonia", Type: "GPE"}}
	d.Timexes = []Timex{{Span: Span{42, 48}, Text: "Monday", Type: "DATE", Value: "2024-03-04"}}
	lo := 1200.0
	q := Quantity{Span: Span{54, 66}, Text: "1,200 troops", Value: 1200, Lower: &lo, Unit: "troops", Kind: "troops"}
	d.Quantities = []Quantity{q}
	p := Place{Span: Span{72, 81}, Text: "Port Ruby", Name: "Port Ruby", Country: "FRE", Lat: 1.5, Lon: -20.25, GeonameID: 1, Feature: "PPL"}
	d.Places = []Place{p}
	a := Actor{Span: Span{0, 9}, Text: "Freedonia", Code: "FREGOV", Country: "FRE", Sector: "GOV", Name: "Freedonia"}
	b := Actor{Span: Span{19, 31}, Text: "Sylvania’s", Code: "SYLGOV", Country: "SYL", Sector: "GOV"}
	d.Actors = []Actor{a, b}
	d.Events = []Event{{
		ID: "e1", Sentence: 0, Trigger: Mention{Span{10, 18}, "summoned"}, CAMEO: "114", PLOVER: "ACCUSE",
		Quad: 3, Goldstein: -2, Source: []Actor{a}, Target: []Actor{b}, Date: "2024-03-04", DateSource: "text",
		Location: &p, Quantity: &q, Status: "occurred", SaidBy: &a, Confidence: 0.9,
		Evidence: map[string]Span{"date": {42, 48}},
	}, {ID: "e2", Trigger: Mention{Span{10, 18}, "summoned"}, CAMEO: "11", Status: "claimed"}}
	d.Claims = []Claim{{ID: "c1", Events: []string{"e1"}, SaidBy: &a, Stance: "assert", Relations: []ClaimRelation{{Claim: "c2", Type: "denies"}}}}
	d.Warnings = []string{"example"}
	d.Provenance = []Provenance{{Stage: "segment/v1", Micros: 3}}
	return d
}

func TestSchemaValidatesDocs(t *testing.T) {
	for name, d := range map[string]*Doc{"empty": New("x", "Short text."), "full": full()} {
		if err := d.Validate(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if err := ValidateJSON(b); err != nil {
			t.Errorf("%s: %v\n%s", name, err, b)
		}
		if err := ValidateJSON(json.RawMessage(d.WithUTF16Offsets().mustJSON())); err != nil {
			t.Errorf("%s (UTF-16): %v", name, err)
		}
	}
}

func (d *Doc) mustJSON() []byte {
	b, err := json.Marshal(d)
	if err != nil {
		panic(err)
	}
	return b
}

func TestSchemaRejects(t *testing.T) {
	good := string(full().mustJSON())
	for name, bad := range map[string]string{
		"missing layer": strings.Replace(good, `"claims":`, `"claimz":`, 1),
		"bad status":    strings.Replace(good, `"status":"occurred"`, `"status":"rumoured"`, 1),
		"bad id":        strings.Replace(good, `"id":"`+full().ID, `"id":"xyz`, 1),
		"null layer":    strings.Replace(good, `"timexes":[`, `"timexes":null,"x":[`, 1),
	} {
		if bad == good {
			t.Fatalf("%s: replacement did not apply", name)
		}
		if err := ValidateJSON([]byte(bad)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
