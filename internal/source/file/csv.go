package file

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/source"
)

// csvColumns maps the header names a CSV or TSV corpus may use to the
// Record field they fill. Matching ignores case and surrounding space.
var csvColumns = map[string]string{
	"id": "id", "url": "url", "link": "url", "title": "title", "headline": "title",
	"published": "published", "date": "published", "text": "text", "body": "text",
	"content": "text", "html": "html",
}

// readCSV yields one Item per row of a CSV (or, with comma '\t', TSV)
// corpus whose header names a text column (text, body or content; or
// html). A row that cannot be read fails alone, named "path:ROW".
func readCSV(ctx context.Context, name string, r io.Reader, comma rune, o Options, yield func(source.Item) bool) bool {
	cr := csv.NewReader(r)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err != nil {
		return yield(source.Item{Source: name, Err: fmt.Errorf("reading %s: header row: %w", name, err)})
	}
	cols := map[string]int{}
	for i, h := range head {
		if f, ok := csvColumns[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))]; ok {
			if _, dup := cols[f]; !dup {
				cols[f] = i
			}
		}
	}
	_, hasText := cols["text"]
	_, hasHTML := cols["html"]
	if !hasText && !hasHTML {
		return yield(source.Item{Source: name, Err: fmt.Errorf("reading %s: %w: the header has no text, body, content or html column", name, source.ErrNoText)})
	}
	for row := 2; ; row++ {
		if ctx.Err() != nil {
			return false
		}
		rec, err := cr.Read()
		if err == io.EOF {
			return true
		}
		src := fmt.Sprintf("%s:%d", name, row)
		if err != nil {
			var pe *csv.ParseError
			if !yield(source.Item{Source: src, Err: fmt.Errorf("reading %s: %w", src, err)}) {
				return false
			}
			if errors.As(err, &pe) && pe.Err == csv.ErrFieldCount {
				continue
			}
			return true
		}
		get := func(f string) string {
			if i, ok := cols[f]; ok && i < len(rec) {
				return rec[i]
			}
			return ""
		}
		var pub doc.Date
		if v := strings.TrimSpace(get("published")); v != "" {
			if pub, err = doc.ParseLooseDate(v); err != nil {
				if !yield(source.Item{Source: src, Err: fmt.Errorf("reading %s: column published: %w", src, err)}) {
					return false
				}
				continue
			}
		}
		if int64(len(get("text"))+len(get("html"))) > o.max() {
			if !yield(source.Item{Source: src, Err: fmt.Errorf("reading %s: %w of %d bytes", src, source.ErrTooLarge, o.max())}) {
				return false
			}
			continue
		}
		it := fromRecord(src, Record{ID: flexID(get("id")), URL: get("url"), Title: get("title"), Published: pub, Text: get("text"), HTML: get("html")}, o.Published)
		if !yield(it) {
			return false
		}
	}
}
