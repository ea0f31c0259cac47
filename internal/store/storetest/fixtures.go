package storetest

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// The texts below are written for this suite; they describe no real events.

// span returns the span of the n-th (from 0) occurrence of sub in text. It
// panics when there is none, which is a bug in a fixture.
func span(text, sub string, n int) doc.Span {
	off := 0
	for {
		i := strings.Index(text[off:], sub)
		if i < 0 {
			panic(fmt.Sprintf("storetest: %q not in fixture text (occurrence %d)", sub, n))
		}
		if n == 0 {
			return doc.Span{Start: off + i, End: off + i + len(sub)}
		}
		n--
		off += i + len(sub)
	}
}

// tokenize splits text into word and punctuation tokens, with sentence
// indexes from sents, and fills every token field the POS and parse layers
// assign with plausible values.
func tokenize(text string, sents []doc.Sentence) []doc.Token {
	var toks []doc.Token
	isWord := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'' || r == '’'
	}
	for si := range sents {
		s := &sents[si]
		s.TokenStart = len(toks)
		first := len(toks)
		i := s.Start
		for i < s.End {
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			j := i + n
			if isWord(r) {
				for j < s.End {
					r2, n2 := utf8.DecodeRuneInString(text[j:])
					if !isWord(r2) {
						break
					}
					j += n2
				}
			}
			word := text[i:j]
			t := doc.Token{Span: doc.Span{Start: i, End: j}, Sentence: si, Head: -1}
			switch {
			case !isWord(r):
				t.POS, t.Tag, t.Dep = "PUNCT", ".", "punct"
			case unicode.IsDigit(r):
				t.POS, t.Tag, t.Dep = "NUM", "CD", "nummod"
			case unicode.IsUpper(r):
				t.POS, t.Tag, t.Dep, t.Feats = "PROPN", "NNP", "compound", "Number=Sing"
			default:
				t.POS, t.Tag, t.Dep, t.Feats = "NOUN", "NN", "obj", "Number=Sing"
			}
			t.Lemma = strings.ToLower(word)
			if strings.ContainsRune(word, '’') {
				t.Norm = strings.ReplaceAll(word, "’", "'")
			}
			if len(toks) > first {
				t.Head = first
			} else {
				t.Dep = "root"
			}
			if j < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[j:])
				t.SpaceAfter = unicode.IsSpace(r2)
			}
			toks = append(toks, t)
			i = j
		}
		s.TokenEnd = len(toks)
	}
	return toks
}

// sentences splits text after each of the given sentence-final strings.
func sentences(text string, ends ...string) []doc.Sentence {
	var out []doc.Sentence
	start := 0
	for _, e := range ends {
		sp := span(text[start:], e, 0)
		end := start + sp.End
		out = append(out, doc.Sentence{Span: doc.Span{Start: start, End: end}})
		start = end
		for start < len(text) && text[start] == ' ' {
			start++
		}
	}
	return out
}

func f64(v float64) *float64 { return &v }

// FullDoc returns a Doc with every layer filled: sentences, tokens with
// part-of-speech and dependency fields, entities, time expressions,
// quantities, places, actors, events (with location, quantity, said-by and
// evidence), claims with relations, warnings and provenance.
func FullDoc() *doc.Doc {
	const text = "The Harbour Workers’ Union ended a nine-day strike in Valparaíso on Tuesday. " +
		"The labour minister said the government would pay 12 million dollars to settle the dispute. " +
		"Union leaders denied reports that police had detained 40 dockers."
	d := doc.New("fixtures/full.txt", text)
	d.URL = "https://news.example/2031/03/harbour-strike"
	d.Title = "Dockers end strike after pay offer"
	d.Published = doc.Date{Year: 2031, Month: 3, Day: 5}
	d.Sentences = sentences(text, "Tuesday.", "dispute.", "dockers.")
	d.Tokens = tokenize(text, d.Sentences)

	union := doc.Actor{Span: span(text, "Harbour Workers’ Union", 0), Text: "Harbour Workers’ Union",
		Code: "CHLLAB", Country: "CHL", Sector: "LAB", Name: "Harbour Workers’ Union", Entity: 0}
	minister := doc.Actor{Span: span(text, "labour minister", 0), Text: "labour minister",
		Code: "CHLGOV", Country: "CHL", Sector: "GOV", Entity: 1}
	police := doc.Actor{Span: span(text, "police", 0), Text: "police", Code: "CHLCOP", Country: "CHL", Sector: "COP", Entity: 2}
	leaders := doc.Actor{Span: span(text, "Union leaders", 0), Text: "Union leaders", Code: "CHLLAB", Country: "CHL", Sector: "LAB", Entity: 0}
	dockers := doc.Actor{Span: span(text, "dockers", 0), Text: "dockers", Code: "CHLLAB", Country: "CHL", Sector: "LAB", Entity: 3}
	d.Actors = []doc.Actor{union, minister, police, leaders, dockers}

	d.Entities = []doc.Entity{
		{Span: union.Span, Text: union.Text, Type: "ORG", Score: 0.97},
		{Span: span(text, "Valparaíso", 0), Text: "Valparaíso", Type: "GPE", Score: 0.99},
	}
	tuesday := doc.Timex{Span: span(text, "Tuesday", 0), Text: "Tuesday", Type: "DATE", Value: "2031-03-04"}
	d.Timexes = []doc.Timex{
		{Span: span(text, "nine-day", 0), Text: "nine-day", Type: "DURATION", Value: "P9D"},
		tuesday,
	}
	money := doc.Quantity{Span: span(text, "12 million dollars", 0), Text: "12 million dollars",
		Value: 12e6, Lower: f64(12e6), Unit: "USD", Kind: "money"}
	detained := doc.Quantity{Span: span(text, "40 dockers", 0), Text: "40 dockers",
		Value: 40, Approx: true, Lower: f64(35), Upper: f64(45.5), Unit: "dockers", Kind: "arrested"}
	d.Quantities = []doc.Quantity{money, detained}
	port := doc.Place{Span: span(text, "Valparaíso", 0), Text: "Valparaíso", Name: "Valparaíso",
		Country: "CHL", Admin1: "01", Lat: -33.0393, Lon: -71.6273, GeonameID: 3868121, Feature: "PPLA"}
	d.Places = []doc.Place{port}

	d.Events = []doc.Event{
		{
			ID: "e1", Sentence: 0, Trigger: doc.Mention{Span: span(text, "ended", 0), Text: "ended"},
			CAMEO: "081", PLOVER: "CONCEDE", Mode: "", Quad: 2, Goldstein: 5,
			Source: []doc.Actor{union}, Target: []doc.Actor{minister},
			Date: "2031-03-04", DateSource: "text", Location: &port, Status: "occurred", Confidence: 0.81,
			Evidence: map[string]doc.Span{"source": union.Span, "date": tuesday.Span},
		},
		{
			ID: "e2", Sentence: 1, Trigger: doc.Mention{Span: span(text, "pay", 0), Text: "pay"},
			CAMEO: "071", PLOVER: "AID", Mode: "economic", Quad: 2, Goldstein: 7.4,
			Source: []doc.Actor{minister}, Target: []doc.Actor{union},
			Date: "2031-03-05", DateSource: "document", Quantity: &money, Status: "planned",
			SaidBy: &minister, Confidence: 0.64,
		},
		{
			ID: "e3", Sentence: 2, Trigger: doc.Mention{Span: span(text, "detained", 0), Text: "detained"},
			CAMEO: "173", PLOVER: "ARREST", Quad: 4, Goldstein: -5,
			Source: []doc.Actor{police}, Target: []doc.Actor{dockers},
			Date: "2031-03-05", DateSource: "document", Quantity: &detained, Status: "denied",
			SaidBy: &leaders, Confidence: 0.52,
			Evidence: map[string]doc.Span{"target": dockers.Span},
		},
	}
	d.Claims = []doc.Claim{
		{ID: "c1", Events: []string{"e3"}, SaidBy: &leaders, When: "2031-03-05", Stance: "deny",
			Relations: []doc.ClaimRelation{{Claim: "c2", Type: "denies"}}},
		{ID: "c2", Events: []string{"e3"}, Stance: "assert"},
	}
	d.Warnings = []string{"publication date taken from the feed"}
	d.Provenance = []doc.Provenance{
		{Stage: "segment/v1", Micros: 41},
		{Stage: "events.cameo/v1", Models: map[string]string{"verbs": "sha256:0f0e", "actors": "sha256:a1b2"}, Micros: 1230},
		{Stage: "claims/v1", Micros: 7, Error: "no speaker for claim c2"},
	}
	return d
}

// corpus is a small set of Docs for the filter tests. Published dates,
// event dates, CAMEO codes and actor codes are chosen so that each filter
// keeps a different subset.
type corpus struct {
	alpha, bravo, charlie, delta, echo *doc.Doc
}

// event is shorthand for an event with one source and one target.
func event(id string, sentence int, trig doc.Mention, cameo, date string, src, tgt doc.Actor) doc.Event {
	return doc.Event{
		ID: id, Sentence: sentence, Trigger: trig, CAMEO: cameo, Quad: quad(cameo),
		Source: []doc.Actor{src}, Target: []doc.Actor{tgt}, Date: date, Status: "occurred", Confidence: 0.5,
	}
}

// quad returns the QuadClass of a CAMEO code from its two-digit root.
func quad(cameo string) int {
	switch root := cameo[:2]; {
	case root <= "05":
		return 1
	case root <= "08":
		return 2
	case root <= "14":
		return 3
	}
	return 4
}

func actor(text, sub, code, country string) doc.Actor {
	return doc.Actor{Span: span(text, sub, 0), Text: sub, Code: code, Country: country, Sector: code[min(3, len(code)):]}
}

func mention(text, sub string) doc.Mention { return doc.Mention{Span: span(text, sub, 0), Text: sub} }

func newCorpus() corpus {
	var c corpus
	{
		const text = "Envoys from Norland and Sudmark met at the harbour to discuss fishing quotas. " +
			"Sudmark proposed a joint patrol."
		d := doc.New("fixtures/alpha.txt", text)
		d.Title = "Quota talks at the harbour"
		d.Published = doc.Date{Year: 2031, Month: 3, Day: 1}
		d.Sentences = sentences(text, "quotas.", "patrol.")
		nor, sud := actor(text, "Norland", "NORGOV", "NOR"), actor(text, "Sudmark", "SUDGOV", "SUD")
		d.Actors = []doc.Actor{nor, sud}
		d.Events = []doc.Event{
			event("a1", 0, mention(text, "met"), "036", "2031-02-28", nor, sud),
			event("a2", 1, mention(text, "proposed"), "0311", "2031-03-01", sud, nor),
		}
		c.alpha = d
	}
	{
		const text = "Floods closed the northern highway. The relief agency sent tents and water to Lakeside."
		d := doc.New("fixtures/bravo.txt", text)
		d.Title = "Relief convoy reaches flooded towns"
		d.Published = doc.Date{Year: 2031, Month: 3, Day: 5}
		d.Sentences = sentences(text, "highway.", "Lakeside.")
		agency := actor(text, "relief agency", "IGOUNO", "")
		town := actor(text, "Lakeside", "NORCVL", "NOR")
		d.Actors = []doc.Actor{agency, town}
		e := event("b1", 1, mention(text, "sent"), "0233", "2031-03-04T10:00", agency, town)
		e.SaidBy = &doc.Actor{Span: agency.Span, Text: agency.Text, Code: "SUDMED", Country: "SUD"}
		d.Events = []doc.Event{e}
		d.Warnings = []string{"no byline", "place name not in the gazetteer"}
		c.bravo = d
	}
	{
		// Multi-byte text: Cyrillic, Greek, CJK and an emoji.
		const text = "Міністр заявив, що переговори в Києві тривають. Η συνάντηση έληξε χωρίς συμφωνία 🤝. 会谈将继续。"
		d := doc.New("fixtures/charlie.txt", text)
		d.Title = "Переговори тривають — Η συνάντηση"
		d.Published = doc.Date{Year: 2031, Month: 2, Day: 10}
		d.Sentences = sentences(text, "тривають.", "🤝.", "继续。")
		d.Tokens = tokenize(text, d.Sentences)
		minister := actor(text, "Міністр", "UKRGOV", "UKR")
		d.Actors = []doc.Actor{minister}
		d.Entities = []doc.Entity{{Span: span(text, "Києві", 0), Text: "Києві", Type: "GPE"}}
		d.Events = []doc.Event{event("c1", 0, mention(text, "заявив"), "010", "2031-02-09", minister, minister)}
		c.charlie = d
	}
	{
		const text = "A cargo ship left the harbour without clearance. Port officials from Norland protested."
		d := doc.New("fixtures/delta.txt", text)
		d.Title = "Ship leaves without clearance"
		// No publication date.
		d.Sentences = sentences(text, "clearance.", "protested.")
		off := actor(text, "Port officials", "NORGOV", "NOR")
		ship := actor(text, "cargo ship", "SUDBUS", "SUD")
		d.Actors = []doc.Actor{ship, off}
		d.Events = []doc.Event{
			event("d1", 1, mention(text, "protested"), "111", "2031-W10", off, ship),
			event("d2", 0, mention(text, "left"), "0311", "", ship, off),
		}
		c.delta = d
	}
	{
		const text = "The assembly of Sudmark passed the budget. No events were coded in this one."
		d := doc.New("fixtures/echo.txt", text)
		d.Title = "Budget passes"
		d.Published = doc.Date{Year: 2031, Month: 3, Day: 5}
		d.Sentences = sentences(text, "budget.", "one.")
		d.Actors = []doc.Actor{actor(text, "assembly of Sudmark", "SUDLEG", "SUD")}
		c.echo = d
	}
	return c
}

// all returns the corpus Docs in the order they are added.
func (c corpus) all() []*doc.Doc { return []*doc.Doc{c.alpha, c.bravo, c.charlie, c.delta, c.echo} }
