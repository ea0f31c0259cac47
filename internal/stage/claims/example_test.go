package claims_test

import (
	"fmt"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/stage/claims"
)

// Two speakers give different figures for the same deployment, and a
// denial that names no content ("such reports") is resolved to both.
func ExampleFind() {
	text := "Seoul's spy agency said that Pyongyang will send 12,000 troops to Russia. " +
		"Kyiv said 10,000 North Korean troops will deploy to Kursk. " +
		"Moscow denied such reports."
	d := doc.New("example", text)
	d.Published = doc.Date{Year: 2024, Month: 10, Day: 21}
	at := func(sub string) doc.Span {
		for i := 0; i+len(sub) <= len(text); i++ {
			if text[i:i+len(sub)] == sub {
				return doc.Span{Start: i, End: i + len(sub)}
			}
		}
		panic(sub)
	}
	actor := func(sub, code string) doc.Actor {
		return doc.Actor{Span: at(sub), Text: sub, Code: code, Country: code[:3], Sector: code[3:]}
	}
	troops := func(sub string, v float64) *doc.Quantity {
		return &doc.Quantity{Span: at(sub), Text: sub, Value: v, Unit: "troop", Kind: "troops"}
	}
	d.Sentences = []doc.Sentence{{Span: at("Seoul's spy agency said that Pyongyang will send 12,000 troops to Russia.")},
		{Span: at("Kyiv said 10,000 North Korean troops will deploy to Kursk.")}, {Span: at("Moscow denied such reports.")}}
	spy, kyiv := actor("spy agency", "KORSPY"), actor("Kyiv", "UKRGOV")
	d.Events = []doc.Event{
		{ID: "e1", Sentence: 0, Trigger: doc.Mention{Span: at("send"), Text: "send"}, CAMEO: "072", Status: "planned",
			Source: []doc.Actor{actor("Pyongyang", "PRKGOV")}, Target: []doc.Actor{actor("Russia", "RUSGOV")},
			SaidBy: &spy, Quantity: troops("12,000", 12000)},
		{ID: "e2", Sentence: 1, Trigger: doc.Mention{Span: at("deploy"), Text: "deploy"}, CAMEO: "154", Status: "planned",
			Source: []doc.Actor{actor("North Korean troops", "PRKMIL")}, Target: []doc.Actor{{Code: "UKR", Country: "UKR"}},
			SaidBy: &kyiv, Quantity: troops("10,000", 10000)},
		{ID: "e3", Sentence: 2, Trigger: doc.Mention{Span: at("denied"), Text: "denied"}, CAMEO: "016", Status: "occurred",
			Source: []doc.Actor{actor("Moscow", "RUSGOV")}},
	}
	for _, c := range claims.Find(d) {
		fmt.Println(c.ID, c.Stance, c.SaidBy.Code, c.When, c.Events, c.Relations)
	}
	// Output:
	// c1 assert KORSPY 2024-10-21 [e1] [{c2 differs_in_figure}]
	// c2 assert UKRGOV 2024-10-21 [e2] [{c1 differs_in_figure}]
	// c3 deny RUSGOV 2024-10-21 [e3] [{c1 denies} {c2 denies}]
}
