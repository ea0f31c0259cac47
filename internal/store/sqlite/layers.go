package sqlite

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// layers is the JSON held in docs.layers: every layer of a Doc except its
// events, which the events table holds. No field is omitempty, so a nil
// layer comes back nil and an empty one empty.
type layers struct {
	Sentences []doc.Sentence `json:"sentences"`
	Tokens    []doc.Token    `json:"tokens"`
	// SpaceAfter keeps Token.SpaceAfter, which the token's JSON omits: bit
	// i%8 of byte i/8 is set when Tokens[i].SpaceAfter is.
	SpaceAfter []byte           `json:"space_after,omitempty"`
	Entities   []doc.Entity     `json:"entities"`
	Timexes    []doc.Timex      `json:"timexes"`
	Quantities []doc.Quantity   `json:"quantities"`
	Places     []doc.Place      `json:"places"`
	Actors     []doc.Actor      `json:"actors"`
	Claims     []doc.Claim      `json:"claims"`
	Warnings   []string         `json:"warnings"`
	Provenance []doc.Provenance `json:"provenance"`
}

// docRow is a Doc encoded for the docs, events and actor tables.
type docRow struct {
	published any // YYYY-MM-DD or nil
	layers    string
	events    []eventRow
	actors    []string // distinct actor codes of the Doc
	claims    []claimRow
}

// eventRow is one row of the events table and its actors.
type eventRow struct {
	day    any // YYYY-MM-DD or nil
	json   string
	actors []eventActor
}

type eventActor struct {
	role          string
	code, country string
}

// encode turns d into rows. It touches no database, so a Doc that cannot be
// encoded fails before anything is written.
func encode(d *doc.Doc) (docRow, error) {
	var row docRow
	if !d.Published.IsZero() {
		row.published = d.Published.String()
	}
	l := layers{
		Sentences: d.Sentences, Tokens: d.Tokens, Entities: d.Entities, Timexes: d.Timexes,
		Quantities: d.Quantities, Places: d.Places, Actors: d.Actors, Claims: d.Claims,
		Warnings: d.Warnings, Provenance: d.Provenance,
	}
	for i, t := range d.Tokens {
		if t.SpaceAfter {
			if l.SpaceAfter == nil {
				l.SpaceAfter = make([]byte, (len(d.Tokens)+7)/8)
			}
			l.SpaceAfter[i/8] |= 1 << (i % 8)
		}
	}
	b, err := json.Marshal(l)
	if err != nil {
		return row, fmt.Errorf("encoding layers: %w", err)
	}
	row.layers = string(b)

	seen := map[string]bool{}
	addActor := func(code string) {
		if code != "" && !seen[code] {
			seen[code] = true
			row.actors = append(row.actors, code)
		}
	}
	for _, a := range d.Actors {
		addActor(a.Code)
	}
	row.events = make([]eventRow, len(d.Events))
	for i := range d.Events {
		e := &d.Events[i]
		b, err := json.Marshal(e)
		if err != nil {
			return row, fmt.Errorf("encoding event %d (%s): %w", i, e.ID, err)
		}
		er := eventRow{json: string(b)}
		if day, ok := dayOf(e.Date); ok {
			er.day = day
		}
		for _, a := range e.Source {
			er.actors = append(er.actors, eventActor{"source", a.Code, a.Country})
		}
		for _, a := range e.Target {
			er.actors = append(er.actors, eventActor{"target", a.Code, a.Country})
		}
		if e.SaidBy != nil {
			er.actors = append(er.actors, eventActor{"said_by", e.SaidBy.Code, e.SaidBy.Country})
		}
		for _, a := range er.actors {
			addActor(a.code)
		}
		row.events[i] = er
	}
	if row.claims, err = encodeClaims(d); err != nil {
		return row, err
	}
	return row, nil
}

// decodeLayers fills d's layers, all but events, from docs.layers.
func decodeLayers(d *doc.Doc, b []byte) error {
	var l layers
	if err := json.Unmarshal(b, &l); err != nil {
		return fmt.Errorf("decoding layers: %w", err)
	}
	d.Sentences, d.Tokens, d.Entities, d.Timexes = l.Sentences, l.Tokens, l.Entities, l.Timexes
	d.Quantities, d.Places, d.Actors, d.Claims = l.Quantities, l.Places, l.Actors, l.Claims
	d.Warnings, d.Provenance = l.Warnings, l.Provenance
	for i := range d.Tokens {
		if i/8 < len(l.SpaceAfter) && l.SpaceAfter[i/8]&(1<<(i%8)) != 0 {
			d.Tokens[i].SpaceAfter = true
		}
	}
	return nil
}

// dayOf returns the calendar day a TimeML value starts with: its first ten
// characters when they have the form YYYY-MM-DD.
func dayOf(date string) (string, bool) {
	if len(date) < 10 {
		return "", false
	}
	day := date[:10]
	for i := 0; i < 10; i++ {
		c := day[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return "", false
			}
		} else if c < '0' || c > '9' {
			return "", false
		}
	}
	return day, true
}

// prefixEnd returns the least string greater than every string that starts
// with prefix, so that code >= prefix AND code < end selects the codes with
// that prefix in binary (code point) order. ok is false when no such string
// exists (prefix is all U+10FFFF), and then code >= prefix alone selects.
func prefixEnd(prefix string) (end string, ok bool) {
	rs := []rune(prefix)
	for i := len(rs) - 1; i >= 0; i-- {
		r := rs[i]
		switch {
		case r == utf8.MaxRune:
			continue
		case r == 0xD7FF: // skip the surrogates, which UTF-8 cannot hold
			rs[i] = 0xE000
		default:
			rs[i] = r + 1
		}
		return string(rs[:i+1]), true
	}
	return "", false
}
