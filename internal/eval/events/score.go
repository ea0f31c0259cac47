package events

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
)

// Actor is a source or target actor of a coded event, as the scorers see
// it: the full actor code (ARNGOV) and its country (ISO alpha-3, empty for
// international actors).
type Actor struct {
	Code    string `json:"code"`
	Country string `json:"country"`
}

// Event is one event a coder produced, as the scorers see it.
type Event struct {
	CAMEO      string  `json:"cameo"`
	PLOVER     string  `json:"plover"`
	Confidence float64 `json:"confidence"`
	Source     []Actor `json:"source"`
	Target     []Actor `json:"target"`
}

// FromDoc converts a Doc's events for the scorers.
func FromDoc(evs []doc.Event) []Event {
	out := make([]Event, 0, len(evs))
	conv := func(as []doc.Actor) []Actor {
		var o []Actor
		for _, a := range as {
			o = append(o, Actor{Code: a.Code, Country: a.Country})
		}
		return o
	}
	for _, e := range evs {
		out = append(out, Event{CAMEO: e.CAMEO, PLOVER: e.PLOVER, Confidence: e.Confidence, Source: conv(e.Source), Target: conv(e.Target)})
	}
	return out
}

// Coder codes one sentence. date is the publication date, YYYY-MM-DD.
// It is called from one goroutine at a time.
type Coder func(ctx context.Context, text, date string) ([]Event, error)

// TypeOf returns the PLOVER 2021 type of an event: its PLOVER field
// (0.5b1 labels mapped by MapPLOVER), else the type of its CAMEO root.
func TypeOf(e Event) string {
	if e.PLOVER != "" {
		return MapPLOVER(e.PLOVER)
	}
	return plover2021(e.CAMEO)
}

// Top returns the index of the event of highest confidence that has a
// PLOVER type (the first such on ties), or -1.
func Top(evs []Event) int {
	best := -1
	for i, e := range evs {
		if TypeOf(e) == "" {
			continue
		}
		if best < 0 || e.Confidence > evs[best].Confidence {
			best = i
		}
	}
	return best
}

// TypeScore is the precision, recall and F1 of one event type.
type TypeScore struct {
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// GSRResult holds the PLOVER GSR scores. See the package documentation
// for the definitions.
type GSRResult struct {
	Sentences    int     `json:"sentences"`
	TypeAccuracy float64 `json:"type_accuracy"`
	TypeMacroF1  float64 `json:"type_macro_f1"`
	// SourceCountry is the share of the SourceN sentences, those where the
	// gold source and the predicted top event's source both have a
	// country, whose country sets meet; SourceGold counts the sentences
	// with a gold source country (so SourceN/SourceGold is the coverage).
	SourceCountry float64 `json:"source_country"`
	SourceN       int     `json:"source_n"`
	SourceGold    int     `json:"source_gold"`
	TargetCountry float64 `json:"target_country"`
	TargetN       int     `json:"target_n"`
	TargetGold    int     `json:"target_gold"`
	// NoEvent counts sentences for which the coder produced no typed event.
	NoEvent int `json:"no_event"`
	// PerType scores each gold type (and each type only predicted, which
	// does not enter the macro average).
	PerType map[string]TypeScore `json:"per_type"`
	// Confusion counts gold type → predicted type.
	Confusion map[string]map[string]int `json:"confusion"`
	// LabelMapping is the 0.5b1 → 2021 mapping applied to the gold labels.
	LabelMapping map[string]string `json:"label_mapping"`
	// Halves scores the fixed halves of GSRHalf apart: "dev", the half
	// whose misses the lexicon's writers read, and "test", held out.
	// EvaluateGSR fills it.
	Halves map[string]HalfScore `json:"halves,omitempty"`
}

// HalfScore is the type score of one half of the GSR: aggregate counts
// only, so that the held-out half can be reported per type without anyone
// reading its sentences.
type HalfScore struct {
	Sentences    int     `json:"sentences"`
	TypeAccuracy float64 `json:"type_accuracy"`
	TypeMacroF1  float64 `json:"type_macro_f1"`
	// NoEvent counts the half's sentences with no typed event.
	NoEvent int `json:"no_event"`
	// PerType scores each type on the half.
	PerType map[string]TypeScore `json:"per_type"`
}

// notCountry lists GSR actor codes that are not countries.
var notCountry = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true, "NGM": true, "UNK": true, "---": true, "XXX": true}

// goldCountries returns the set of country codes of gold actors.
func goldCountries(as []GSRActor) map[string]bool {
	out := map[string]bool{}
	for _, a := range as {
		c := a.Code
		if c == "JAP" {
			c = "JPN" // a typo in the GSR
		}
		if len(c) == 3 && !notCountry[c] && strings.ToUpper(c) == c {
			out[c] = true
		}
	}
	return out
}

func predCountries(as []Actor) map[string]bool {
	out := map[string]bool{}
	for _, a := range as {
		if a.Country != "" {
			out[a.Country] = true
		}
	}
	return out
}

func meet(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// ScoreGSR scores predictions against the GSR: pred[i] holds the events
// coded for gold[i].Text. It panics if the lengths differ.
func ScoreGSR(gold []GSRRecord, pred [][]Event) GSRResult {
	if len(gold) != len(pred) {
		panic(fmt.Sprintf("events.ScoreGSR: %d gold records, %d predictions", len(gold), len(pred)))
	}
	r := GSRResult{Sentences: len(gold), PerType: map[string]TypeScore{}, Confusion: map[string]map[string]int{}, LabelMapping: LabelMapping()}
	correct, srcOK, tgtOK := 0, 0, 0
	for i, g := range gold {
		gt := MapPLOVER(g.Event)
		pt, top := NoneType, Top(pred[i])
		if top >= 0 {
			pt = TypeOf(pred[i][top])
		} else {
			r.NoEvent++
		}
		gs := r.PerType[gt]
		gs.Gold++
		if pt == gt {
			gs.Correct++
			correct++
		}
		r.PerType[gt] = gs
		if pt != NoneType {
			ps := r.PerType[pt]
			ps.Predicted++
			r.PerType[pt] = ps
		}
		if r.Confusion[gt] == nil {
			r.Confusion[gt] = map[string]int{}
		}
		r.Confusion[gt][pt]++
		var ps, pg map[string]bool
		if top >= 0 {
			ps, pg = predCountries(pred[i][top].Source), predCountries(pred[i][top].Target)
		}
		if gc := goldCountries(g.Source); len(gc) > 0 {
			r.SourceGold++
			if len(ps) > 0 {
				r.SourceN++
				if meet(gc, ps) {
					srcOK++
				}
			}
		}
		if gc := goldCountries(g.Target); len(gc) > 0 {
			r.TargetGold++
			if len(pg) > 0 {
				r.TargetN++
				if meet(gc, pg) {
					tgtOK++
				}
			}
		}
	}
	r.TypeAccuracy = ratio(correct, r.Sentences)
	r.SourceCountry = ratio(srcOK, r.SourceN)
	r.TargetCountry = ratio(tgtOK, r.TargetN)
	sum, n := 0.0, 0
	for t, s := range r.PerType {
		s.Precision, s.Recall = ratio(s.Correct, s.Predicted), ratio(s.Correct, s.Gold)
		if s.Precision+s.Recall > 0 {
			s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
		}
		r.PerType[t] = s
		if s.Gold > 0 {
			sum += s.F1
			n++
		}
	}
	r.TypeMacroF1 = ratio1(sum, n)
	return r
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func ratio1(a float64, b int) float64 {
	if b == 0 {
		return 0
	}
	return a / float64(b)
}

// EvaluateGSR codes every GSR sentence with code (date 2000-01-01, the
// GSR's placeholder) and scores the result.
func EvaluateGSR(ctx context.Context, gold []GSRRecord, code Coder) (GSRResult, []([]Event), error) {
	pred := make([][]Event, len(gold))
	for i, g := range gold {
		if err := ctx.Err(); err != nil {
			return GSRResult{}, nil, err
		}
		evs, err := code(ctx, g.Text, "2000-01-01")
		if err != nil {
			return GSRResult{}, nil, fmt.Errorf("coding %s: %w", g.ID, err)
		}
		pred[i] = evs
	}
	r := ScoreGSR(gold, pred)
	r.Halves = map[string]HalfScore{}
	for _, h := range []string{"dev", "test"} {
		var hg []GSRRecord
		var hp [][]Event
		for i, g := range gold {
			if GSRHalf(g.ID) == h {
				hg, hp = append(hg, g), append(hp, pred[i])
			}
		}
		hs := ScoreGSR(hg, hp)
		r.Halves[h] = HalfScore{Sentences: hs.Sentences, TypeAccuracy: hs.TypeAccuracy, TypeMacroF1: hs.TypeMacroF1, NoEvent: hs.NoEvent, PerType: hs.PerType}
	}
	return r, pred, nil
}

// Triples turns events into PETRARCH-style triples: one per source code ×
// target code (compound actors explode into dyads, as PETRARCH codes
// them), the target "---" for an event without one. A dyad of a code with
// itself is not written: "A and B met" codes A and B as source and target,
// and its dyads are A→B and B→A, never A→A (PETRARCH writes none either).
// Duplicates are dropped; the order is sorted.
func Triples(evs []Event) []Triple {
	seen := map[Triple]bool{}
	var out []Triple
	for _, e := range evs {
		if e.CAMEO == "" {
			continue
		}
		tgts := e.Target
		if len(tgts) == 0 {
			tgts = []Actor{{Code: "---"}}
		}
		for _, s := range e.Source {
			for _, t := range tgts {
				tr := Triple{Source: s.Code, Target: t.Code, Code: e.CAMEO}
				if s.Code == t.Code && len(e.Source) > 1 && len(tgts) > 1 {
					continue
				}
				if !seen[tr] {
					seen[tr] = true
					out = append(out, tr)
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

// ParseError is the error a record expects when its <Parse> is malformed:
// a test of PETRARCH's reading of Treebank input, which sitrep does not
// read (it parses the text itself, and the text of such records is
// well-formed and codes events elsewhere in the file), so ScorePETR leaves
// these records out (PETRCounts.Unscored).
const ParseError = "bad_input_parse"

// Dyads returns the triples PETRARCH would write for rec: with
// rec.RequireDyad, those whose source or target is "---" are dropped, as
// PETRARCH drops them before writing (an anonymous agent such as "---GOV"
// is not "---" and stays). Otherwise ts is returned as is.
func Dyads(rec PETRRecord, ts []Triple) []Triple {
	if !rec.RequireDyad {
		return ts
	}
	out := ts[:0:0]
	for _, t := range ts {
		if t.Source != "---" && t.Target != "---" {
			out = append(out, t)
		}
	}
	return out
}

// PETRCounts are the triple counts of a set of PETRARCH records.
type PETRCounts struct {
	Sentences int `json:"sentences"`
	// Expected counts the expected triples, Produced the distinct produced
	// triples, Matched the expected ones produced, Extra the produced ones
	// not expected (Produced - Matched).
	Expected int `json:"expected"`
	Produced int `json:"produced"`
	Matched  int `json:"matched"`
	Extra    int `json:"extra"`
	// Recall is Matched/Expected; ExtraRate is Extra/Produced.
	Recall    float64 `json:"recall"`
	ExtraRate float64 `json:"extra_rate"`
	// Exact counts sentences whose produced set equals the expected set.
	Exact int `json:"exact"`
	// Unscored counts records left out of the scores: those whose
	// expected result is PETRARCH's error on a malformed <Parse>
	// ("bad_input_parse"), an input sitrep never reads (ParseError).
	Unscored int `json:"unscored,omitempty"`
}

func (c *PETRCounts) finish() {
	c.Extra = c.Produced - c.Matched
	c.Recall = ratio(c.Matched, c.Expected)
	c.ExtraRate = ratio(c.Extra, c.Produced)
}

// PETRResult holds the PETRARCH2 validation scores, overall and per
// category.
type PETRResult struct {
	PETRCounts
	PerCategory map[string]*PETRCounts `json:"per_category"`
}

// ScorePETR scores produced triples against the records: pred[i] holds
// the triples produced for recs[i]. Both sides are sets per sentence: a
// triple listed twice counts once, on either side. Produced triples
// PETRARCH would not write under the record's require_dyad option are
// dropped first (Dyads).
func ScorePETR(recs []PETRRecord, pred [][]Triple) PETRResult {
	if len(recs) != len(pred) {
		panic(fmt.Sprintf("events.ScorePETR: %d records, %d predictions", len(recs), len(pred)))
	}
	r := PETRResult{PerCategory: map[string]*PETRCounts{}}
	for i, rec := range recs {
		want := map[Triple]bool{}
		for _, t := range rec.Expected {
			want[t] = true
		}
		got := map[Triple]bool{}
		for _, t := range Dyads(rec, pred[i]) {
			got[t] = true
		}
		matched := 0
		for t := range got {
			if want[t] {
				matched++
			}
		}
		c := r.PerCategory[rec.Category]
		if c == nil {
			c = &PETRCounts{}
			r.PerCategory[rec.Category] = c
		}
		if rec.Error == ParseError {
			r.Unscored++
			c.Unscored++
			continue
		}
		for _, x := range []*PETRCounts{&r.PETRCounts, c} {
			x.Sentences++
			x.Expected += len(want)
			x.Produced += len(got)
			x.Matched += matched
			if matched == len(want) && matched == len(got) {
				x.Exact++
			}
		}
	}
	r.finish()
	for _, c := range r.PerCategory {
		c.finish()
	}
	return r
}

type requireDyadKey struct{}

// WithRequireDyad returns ctx carrying a record's require_dyad option, for
// a Coder that can code events without a target where PETRARCH would
// (EvaluatePETR sets it for each record).
func WithRequireDyad(ctx context.Context, on bool) context.Context {
	return context.WithValue(ctx, requireDyadKey{}, on)
}

// RequireDyadOf returns the require_dyad option ctx carries, and whether
// it carries one.
func RequireDyadOf(ctx context.Context) (on, ok bool) {
	on, ok = ctx.Value(requireDyadKey{}).(bool)
	return on, ok
}

type commaKey struct{}

// WithComma returns ctx carrying a record's comma-clause options, for a
// Coder that drops comma-delimited clauses as PETRARCH does (EvaluatePETR
// sets it for each record).
func WithComma(ctx context.Context, c CommaOptions) context.Context {
	return context.WithValue(ctx, commaKey{}, c)
}

// CommaOf returns the comma-clause options ctx carries, and whether it
// carries them.
func CommaOf(ctx context.Context) (c CommaOptions, ok bool) {
	c, ok = ctx.Value(commaKey{}).(CommaOptions)
	return c, ok
}

type newActorKey struct{}

// WithNewActorLength returns ctx carrying a record's new_actor_length
// option, for a Coder that makes actors of uncoded noun phrases as
// PETRARCH does (EvaluatePETR sets it for each record).
func WithNewActorLength(ctx context.Context, n int) context.Context {
	return context.WithValue(ctx, newActorKey{}, n)
}

// NewActorLengthOf returns the new_actor_length option ctx carries, 0
// where it carries none.
func NewActorLengthOf(ctx context.Context) int {
	n, _ := ctx.Value(newActorKey{}).(int)
	return n
}

// EvaluatePETR codes every record with code (its date as YYYY-MM-DD) and
// scores the triples; the context code gets carries the record's
// require_dyad option (RequireDyadOf), comma-clause options (CommaOf)
// and new_actor_length option (NewActorLengthOf). It returns the triples produced per record, as
// PETRARCH would write them (Dyads).
func EvaluatePETR(ctx context.Context, recs []PETRRecord, code Coder) (PETRResult, [][]Triple, error) {
	pred := make([][]Triple, len(recs))
	for i, rec := range recs {
		if err := ctx.Err(); err != nil {
			return PETRResult{}, nil, err
		}
		rctx := WithNewActorLength(WithComma(WithRequireDyad(ctx, rec.RequireDyad), rec.Comma), rec.NewActorLength)
		evs, err := code(rctx, rec.Text, isoDate(rec.Date))
		if err != nil {
			return PETRResult{}, nil, fmt.Errorf("coding %s: %w", rec.ID, err)
		}
		pred[i] = Dyads(rec, Triples(evs))
	}
	return ScorePETR(recs, pred), pred, nil
}

// isoDate turns YYYYMMDD into YYYY-MM-DD; anything else is returned as is.
func isoDate(d string) string {
	if len(d) != 8 {
		return d
	}
	return d[:4] + "-" + d[4:6] + "-" + d[6:]
}
