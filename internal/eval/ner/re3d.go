package ner

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrBadRe3d reports a malformed re3d file.
var ErrBadRe3d = errors.New("malformed re3d data")

// Re3dDoc is one re3d document with its gold entities mapped to this
// project's types, as byte spans into Text.
type Re3dDoc struct {
	ID       string
	Source   string // the subfolder, e.g. "CENTCOM"
	Text     string
	Entities []Span
}

// Re3dTypes maps re3d entity types to this project's types. Types not
// listed (Temporal, Quantity, Money, Weapon, Vehicle, MilitaryPlatform,
// DocumentReference, CommsIdentifier, Frequency, Url, Coordinate) have no
// counterpart in the NER model and are dropped. re3d does not tell GPE
// from LOC, so Location is scored as one type, LOC, against predicted GPE,
// LOC and FAC alike (see CollapseLocation).
var Re3dTypes = map[string]string{
	"Person":       "PERSON",
	"Organisation": "ORG",
	"Location":     "LOC",
	"Nationality":  "NORP",
}

// Re3dMinConfidence is the lowest IBCC confidence of a gold entity kept:
// re3d keeps annotations its crowd workers rejected, with low confidence.
const Re3dMinConfidence = 0.5

// CollapseLocation returns the type scored against re3d: GPE, LOC and FAC
// are all LOC.
func CollapseLocation(t string) string {
	switch t {
	case "GPE", "LOC", "FAC":
		return "LOC"
	}
	return t
}

// re3dDocument is one line of documents.json.
type re3dDocument struct {
	ID   string `json:"_id"`
	Text string `json:"text"`
}

// re3dEntity is one line of entities.json. Offsets count UTF-16 code
// units (the corpus was made in Java).
type re3dEntity struct {
	DocumentID string  `json:"documentId"`
	Begin      int     `json:"begin"`
	End        int     `json:"end"`
	Type       string  `json:"type"`
	Value      string  `json:"value"`
	Confidence float64 `json:"confidence"`
}

// ReadRe3d reads every subfolder of the re3d folder dir that holds a
// documents.json and an entities.json, in name order.
func ReadRe3d(dir string) ([]Re3dDoc, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading re3d: %w", err)
	}
	var out []Re3dDoc
	for _, e := range ents {
		if !e.IsDir() {
			continue
		}
		sub := filepath.Join(dir, e.Name())
		df, err := os.Open(filepath.Join(sub, "documents.json"))
		if err != nil {
			continue
		}
		ef, err := os.Open(filepath.Join(sub, "entities.json"))
		if err != nil {
			df.Close()
			continue
		}
		docs, err := ParseRe3d(df, ef)
		df.Close()
		ef.Close()
		if err != nil {
			return nil, fmt.Errorf("reading re3d %s: %w", sub, err)
		}
		for i := range docs {
			docs[i].Source = e.Name()
		}
		out = append(out, docs...)
	}
	return out, nil
}

// ParseRe3d parses one re3d subfolder's documents.json and entities.json
// (mongoexport JSON lines). It keeps entities whose type Re3dTypes maps and
// whose confidence is at least Re3dMinConfidence, converts their UTF-16
// offsets to byte offsets, trims a leading "the"/"The" and surrounding
// spaces from each (CoNLL and OntoNotes leave determiners out), keeps only
// named mentions — re3d also marks nominal and pronominal ones ("users",
// "we", "it"), which named-entity recognition does not find; a mention is
// named when a word in it starts with a capital letter and it is not a lone
// pronoun ("We", "I") — and of
// overlapping entities keeps the longest (then the earliest). Entities
// whose offsets fall outside their document are an error.
func ParseRe3d(documents, entities io.Reader) ([]Re3dDoc, error) {
	var docs []Re3dDoc
	index := map[string]int{}
	if err := eachLine(documents, func(b []byte) error {
		var d re3dDocument
		if err := json.Unmarshal(b, &d); err != nil {
			return err
		}
		if _, dup := index[d.ID]; dup {
			return fmt.Errorf("%w: document %q twice", ErrBadRe3d, d.ID)
		}
		index[d.ID] = len(docs)
		docs = append(docs, Re3dDoc{ID: d.ID, Text: d.Text})
		return nil
	}); err != nil {
		return nil, fmt.Errorf("parsing re3d documents: %w", err)
	}
	offsets := make([][]int, len(docs))
	if err := eachLine(entities, func(b []byte) error {
		var e re3dEntity
		if err := json.Unmarshal(b, &e); err != nil {
			return err
		}
		t, ok := Re3dTypes[e.Type]
		if !ok || e.Confidence < Re3dMinConfidence {
			return nil
		}
		di, ok := index[e.DocumentID]
		if !ok {
			return fmt.Errorf("%w: entity of unknown document %q", ErrBadRe3d, e.DocumentID)
		}
		d := &docs[di]
		if offsets[di] == nil {
			offsets[di] = utf16ToByte(d.Text)
		}
		off := offsets[di]
		if e.Begin < 0 || e.End < e.Begin || e.End >= len(off) {
			return fmt.Errorf("%w: entity [%d,%d) outside document %q", ErrBadRe3d, e.Begin, e.End, e.DocumentID)
		}
		s, en := trimEntity(d.Text, off[e.Begin], off[e.End])
		if s < en && named(d.Text[s:en]) {
			d.Entities = append(d.Entities, Span{Start: s, End: en, Type: t})
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("parsing re3d entities: %w", err)
	}
	for i := range docs {
		docs[i].Entities = dropOverlaps(docs[i].Entities)
	}
	return docs, nil
}

func eachLine(r io.Reader, f func([]byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	n := 0
	for sc.Scan() {
		n++
		b := bytes.TrimSpace(sc.Bytes())
		b = bytes.TrimPrefix(b, []byte("\ufeff"))
		if len(b) == 0 {
			continue
		}
		if err := f(b); err != nil {
			if errors.Is(err, ErrBadRe3d) {
				return fmt.Errorf("line %d: %w", n, err)
			}
			return fmt.Errorf("line %d: %w: %w", n, ErrBadRe3d, err)
		}
	}
	return sc.Err()
}

// utf16ToByte returns, for each UTF-16 offset u in [0, units], the byte
// offset of the character starting there (offsets inside a surrogate pair
// map to the pair's start).
func utf16ToByte(text string) []int {
	off := make([]int, 0, len(text)+1)
	for i, r := range text {
		off = append(off, i)
		if utf16.RuneLen(r) == 2 {
			off = append(off, i)
		}
	}
	return append(off, len(text))
}

func trimEntity(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if r != ' ' && r != '\n' && r != '\t' && r != '\u00a0' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if r != ' ' && r != '\n' && r != '\t' && r != '\u00a0' {
			break
		}
		e -= n
	}
	for _, det := range []string{"the ", "The "} {
		if strings.HasPrefix(text[s:e], det) && e-s > len(det) {
			s += len(det)
		}
	}
	return s, e
}

// dropOverlaps keeps, of overlapping spans, the longest, then the earliest.
func dropOverlaps(in []Span) []Span {
	sort.SliceStable(in, func(i, j int) bool {
		li, lj := in[i].End-in[i].Start, in[j].End-in[j].Start
		if li != lj {
			return li > lj
		}
		return in[i].Start < in[j].Start
	})
	var out []Span
	for _, s := range in {
		ok := true
		for _, o := range out {
			if s.Start < o.End && o.Start < s.End {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// named reports whether a mention has a capitalized word and is not a lone
// pronoun or determiner.
func named(s string) bool {
	switch s {
	case "I", "We", "He", "She", "It", "They", "You", "Us", "Our", "Their", "His", "Her", "Its", "This", "These", "Those", "That", "Here", "There":
		return false
	}
	for _, w := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
