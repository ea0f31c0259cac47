package doc

import (
	"encoding/json"
	"fmt"
)

// jsonDoc is the wire form of a Doc: the public output contract described
// in docs/schema.md. Every layer is present, empty layers as [].
type jsonDoc struct {
	ID         string       `json:"id"`
	Source     string       `json:"source"`
	URL        string       `json:"url,omitempty"`
	Title      string       `json:"title"`
	Published  Date         `json:"published"`
	Text       string       `json:"text"`
	Sentences  []Sentence   `json:"sentences"`
	Tokens     []Token      `json:"tokens"`
	Entities   []Entity     `json:"entities"`
	Timexes    []Timex      `json:"timexes"`
	Quantities []Quantity   `json:"quantities"`
	Places     []Place      `json:"places"`
	Actors     []Actor      `json:"actors"`
	Events     []Event      `json:"events"`
	Claims     []Claim      `json:"claims"`
	Warnings   []string     `json:"warnings"`
	Provenance []Provenance `json:"provenance"`
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// MarshalJSON encodes the Doc in the output contract of docs/schema.md.
func (d *Doc) MarshalJSON() ([]byte, error) {
	j := jsonDoc{
		ID: d.ID, Source: d.Source, URL: d.URL, Title: d.Title, Published: d.Published, Text: d.Text,
		Sentences:  orEmpty(d.Sentences),
		Tokens:     orEmpty(d.Tokens),
		Entities:   orEmpty(d.Entities),
		Timexes:    orEmpty(d.Timexes),
		Quantities: orEmpty(d.Quantities),
		Places:     orEmpty(d.Places),
		Actors:     orEmpty(d.Actors),
		Events:     orEmpty(d.Events),
		Claims:     orEmpty(d.Claims),
		Warnings:   orEmpty(d.Warnings),
		Provenance: orEmpty(d.Provenance),
	}
	for i := range j.Events {
		e := &j.Events[i]
		e.Source, e.Target = orEmpty(e.Source), orEmpty(e.Target)
	}
	for i := range j.Claims {
		c := &j.Claims[i]
		c.Events, c.Relations = orEmpty(c.Events), orEmpty(c.Relations)
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes a Doc written by MarshalJSON. It checks that the ID
// is the hash of the text and that every span lies inside the text.
func (d *Doc) UnmarshalJSON(b []byte) error {
	var j jsonDoc
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("decoding doc: %w", err)
	}
	*d = Doc{
		ID: j.ID, Source: j.Source, URL: j.URL, Title: j.Title, Published: j.Published, Text: j.Text,
		Sentences: j.Sentences, Tokens: j.Tokens, Entities: j.Entities, Timexes: j.Timexes,
		Quantities: j.Quantities, Places: j.Places, Actors: j.Actors, Events: j.Events,
		Claims: j.Claims, Warnings: j.Warnings, Provenance: j.Provenance,
	}
	if d.ID == "" {
		d.ID = Hash(d.Text)
	}
	if d.ID != Hash(d.Text) {
		return fmt.Errorf("decoding doc %s: %w", d.ID, ErrHashMismatch)
	}
	return d.Validate()
}
