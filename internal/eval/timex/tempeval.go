package timex

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// The files of the TempEval-3 Platinum folder in ../shared/data.
const (
	TempEvalDir       = "tempeval3_platinum"
	TempEvalDocuments = "documents.jsonl"
	TempEvalTimexes   = "timex3.jsonl"
)

// Document is one gold document: its text, its creation date and its
// time expressions as byte spans into Text.
type Document struct {
	ID    string
	DCT   doc.Date
	Title string
	Text  string
	Gold  []Span
}

type jsonDocument struct {
	Doc   string `json:"doc"`
	DCT   string `json:"dct"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

type jsonTimex struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// ReadTempEval reads the TempEval-3 Platinum conversion in dir
// (documents.jsonl and timex3.jsonl), turning the character offsets of
// timex3.jsonl into byte offsets. It checks that every span covers the
// text the gold file gives for it.
func ReadTempEval(dir string) ([]Document, error) {
	var docs []Document
	index := map[string]int{}
	err := eachLine(filepath.Join(dir, TempEvalDocuments), func(b []byte) error {
		var j jsonDocument
		if err := json.Unmarshal(b, &j); err != nil {
			return err
		}
		dct, err := doc.ParseDate(j.DCT)
		if err != nil {
			return err
		}
		index[j.Doc] = len(docs)
		docs = append(docs, Document{ID: j.Doc, DCT: dct, Title: j.Title, Text: j.Text})
		return nil
	})
	if err != nil {
		return nil, err
	}
	offsets := make([][]int, len(docs))
	err = eachLine(filepath.Join(dir, TempEvalTimexes), func(b []byte) error {
		var j jsonTimex
		if err := json.Unmarshal(b, &j); err != nil {
			return err
		}
		di, ok := index[j.Doc]
		if !ok {
			return fmt.Errorf("timex in unknown document %q", j.Doc)
		}
		d := &docs[di]
		if offsets[di] == nil {
			offsets[di] = runeOffsets(d.Text)
		}
		off := offsets[di]
		if j.Start < 0 || j.End < j.Start || j.End >= len(off) {
			return fmt.Errorf("document %s: span [%d,%d) outside the text", j.Doc, j.Start, j.End)
		}
		sp := Span{Start: off[j.Start], End: off[j.End], Type: j.Type, Value: j.Value}
		if got := d.Text[sp.Start:sp.End]; got != j.Text {
			return fmt.Errorf("document %s: span [%d,%d) covers %q, not %q", j.Doc, j.Start, j.End, got, j.Text)
		}
		d.Gold = append(d.Gold, sp)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}

// runeOffsets maps each character index of s (and len) to its byte offset.
func runeOffsets(s string) []int {
	off := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		off = append(off, i)
	}
	return append(off, len(s))
}

func eachLine(path string, f func([]byte) error) error {
	file, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("reading tempeval data: %w", err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	n := 0
	for sc.Scan() {
		n++
		if len(sc.Bytes()) == 0 {
			continue
		}
		if err := f(sc.Bytes()); err != nil {
			return fmt.Errorf("reading %s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	return nil
}
