package events

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Triple is one expected or produced PETRARCH coding: source actor code,
// target actor code and CAMEO event code.
type Triple struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

// String formats t as PETRARCH prints it, "SRC TGT CODE".
func (t Triple) String() string { return t.Source + " " + t.Target + " " + t.Code }

// PETRRecord is one sentence of the PETRARCH2 unit-test records.
type PETRRecord struct {
	ID string
	// Date is YYYYMMDD, as in the file.
	Date     string
	Category string
	Text     string
	// Expected lists the codings the sentence should get; NoEvents is true
	// where the file says nothing should be coded.
	Expected []Triple
	NoEvents bool
	// Error is PETRARCH's expected error ("sentencediscard",
	// "storydiscard", "dateline", "bad_input_parse"): nothing is to be
	// coded, and NoEvents is set too.
	Error string
	// RequireDyad is PETRARCH's require_dyad option in force for the
	// record (<Config option="require_dyad">; ReadPETR starts with true,
	// PETRARCH's default): PETRARCH then writes no event whose source or
	// target is "---", so ScorePETR and EvaluatePETR drop such produced
	// triples. The zero value keeps them.
	RequireDyad bool
	// Comma is PETRARCH's comma-clause options in force for the record
	// (<Config option="comma_min"> … "comma_emax"; ReadPETR starts with
	// DefaultComma, PETRARCH's defaults).
	Comma CommaOptions
	// NewActorLength is PETRARCH's new_actor_length option in force for
	// the record (<Config option="new_actor_length">; 0, PETRARCH's
	// default, turns it off): a noun phrase of at most that many words
	// that no dictionary codes is an actor of its own, coded with its
	// words in capitals between quotes ('"INJURY TOLL"').
	NewActorLength int
}

// CommaOptions are PETRARCH's comma-clause options: before coding it
// drops a comma-delimited clause whose length in words lies within the
// bounds — an internal clause (between two commas: Min, Max), the initial
// one (before the first comma: BMin, BMax) and the terminal one (after
// the last: EMin, EMax). A maximum of zero turns that kind off.
type CommaOptions struct {
	Min, Max, BMin, BMax, EMin, EMax int
}

// DefaultComma is PETRARCH's default: internal and terminal clauses of 2
// to 8 words are dropped, initial ones kept.
var DefaultComma = CommaOptions{Min: 2, Max: 8, EMin: 2, EMax: 8}

// set sets the option named by a <Config> comma_* option; unknown names
// and values that are not integers are ignored, as PETRARCH ignores them.
func (c *CommaOptions) set(option, value string) {
	n, err := strconv.Atoi(strings.TrimSpace(value))
	if err != nil {
		return
	}
	fields := map[string]*int{"comma_min": &c.Min, "comma_max": &c.Max, "comma_bmin": &c.BMin,
		"comma_bmax": &c.BMax, "comma_emin": &c.EMin, "comma_emax": &c.EMax}
	if f := fields[strings.ToLower(option)]; f != nil {
		*f = n
	}
}

// maxDepth bounds element nesting in ReadPETR.
const maxDepth = 64

// ReadPETR reads PETRARCH unit-test records: each <Sentence date id
// category> with its <EventCoding sourcecode targetcode eventcode> (or
// noevents="True", or error="..." for input PETRARCH rejects) and <Text>.
// Quoted codes (sourcecode='"INJURY TOLL"', for actors the dictionaries
// lack) are kept as written. <Parse> is skipped: sitrep parses with its
// own parser. Reading is bounded (MaxInput bytes, element depth 64);
// malformed XML fails with ErrFormat.
func ReadPETR(r io.Reader) ([]PETRRecord, error) {
	lr := &io.LimitedReader{R: r, N: MaxInput + 1}
	dec := xml.NewDecoder(lr)
	dec.Strict = true
	var out []PETRRecord
	var cur *PETRRecord
	depth := 0
	inText := false
	var text strings.Builder
	requireDyad := true // PETRARCH's default
	comma := DefaultComma
	newActor := 0
	for {
		tok, err := dec.Token()
		if lr.N <= 0 {
			return nil, fmt.Errorf("reading PETRARCH records: %w", ErrTooLarge)
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading PETRARCH records: %w: %w", ErrFormat, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxDepth {
				return nil, fmt.Errorf("reading PETRARCH records: nesting deeper than %d: %w", maxDepth, ErrFormat)
			}
			switch t.Name.Local {
			case "Config":
				// Options hold from here on, as PETRARCH reads them.
				if o := attr(t, "option"); strings.HasPrefix(strings.ToLower(o), "comma_") {
					comma.set(o, attr(t, "value"))
					if cur != nil {
						cur.Comma = comma
					}
				}
				if strings.EqualFold(attr(t, "option"), "new_actor_length") {
					if n, err := strconv.Atoi(attr(t, "value")); err == nil && n >= 0 {
						newActor = n
						if cur != nil {
							cur.NewActorLength = n
						}
					}
				}
				if strings.EqualFold(attr(t, "option"), "require_dyad") {
					requireDyad = !strings.Contains(strings.ToLower(attr(t, "value")), "false")
					if cur != nil {
						cur.RequireDyad = requireDyad
					}
				}
			case "Sentence":
				if cur != nil {
					return nil, fmt.Errorf("reading PETRARCH records: <Sentence> inside <Sentence>: %w", ErrFormat)
				}
				cur = &PETRRecord{ID: attr(t, "id"), Date: attr(t, "date"), Category: attr(t, "category"), RequireDyad: requireDyad, Comma: comma, NewActorLength: newActor}
			case "EventCoding":
				if cur == nil {
					break
				}
				if strings.EqualFold(attr(t, "noevents"), "true") {
					cur.NoEvents = true
					break
				}
				if e := attr(t, "error"); e != "" {
					cur.NoEvents, cur.Error = true, e
					break
				}
				tr := Triple{Source: attr(t, "sourcecode"), Target: attr(t, "targetcode"), Code: attr(t, "eventcode")}
				if tr.Code != "" {
					cur.Expected = append(cur.Expected, tr)
				}
			case "Text":
				if cur != nil {
					inText = true
					text.Reset()
				}
			case "Parse":
				if err := dec.Skip(); err != nil {
					return nil, fmt.Errorf("reading PETRARCH records: %w: %w", ErrFormat, err)
				}
				depth--
			}
		case xml.EndElement:
			depth--
			switch t.Name.Local {
			case "Text":
				if cur != nil && inText {
					cur.Text = strings.Join(strings.Fields(text.String()), " ")
				}
				inText = false
			case "Sentence":
				if cur != nil && cur.Text != "" {
					out = append(out, *cur)
				}
				cur = nil
			}
		case xml.CharData:
			if inText {
				text.Write(t)
			}
		}
	}
	return out, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return strings.TrimSpace(a.Value)
		}
	}
	return ""
}

// LoadPETR reads PETRFile from dir/PETRDir, dir being the shared data folder.
func LoadPETR(dir string) ([]PETRRecord, error) {
	f, err := os.Open(filepath.Join(dir, PETRDir, PETRFile))
	if err != nil {
		return nil, fmt.Errorf("loading PETRARCH records: %w", err)
	}
	defer f.Close()
	return ReadPETR(f)
}
