// Package file reads articles from files, folders (recursively), JSONL
// files and standard input.
//
// The format of each file is decided by its name and then its content:
// A ".gz" suffix is decompressed first (bounded like any input) and the
// name without it decides the format. ".jsonl" and ".ndjson" files hold one
// JSON object per line with the fields id, url, title, published (or date)
// and text (or html); ".csv" and ".tsv" files are corpora with a header row
// naming at least a text (or body, content, html) column and optionally id,
// url, title and published (or date); ".html" and ".htm" files, and any
// file that starts like HTML, go through main-text extraction; everything
// else is read as plain UTF-8 text. A date given by the caller wins over
// the input's own. A file that is empty, binary or not UTF-8 yields one
// failed Item naming it, and reading goes on.
package file

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/source"
	"github.com/sitrep/sitrep/internal/source/htmltext"
)

// Options tune a Reader. The zero value is usable.
type Options struct {
	// MaxBytes caps one article (a file, or a JSONL line); 0 means 32 MiB.
	MaxBytes int64
	// Published is the date given to articles whose input has none.
	Published doc.Date
	// Stdin is read for the path "-".
	Stdin io.Reader
}

func (o Options) max() int64 {
	if o.MaxBytes <= 0 {
		return 32 << 20
	}
	return o.MaxBytes
}

// Read yields the articles of each path in order: a file, a folder (walked
// recursively in lexical order, skipping names that start with a dot) or
// "-" for o.Stdin. It stops early when ctx is done.
func Read(ctx context.Context, paths []string, o Options) iter.Seq[source.Item] {
	return func(yield func(source.Item) bool) {
		for _, p := range paths {
			if ctx.Err() != nil {
				return
			}
			if !readPath(ctx, p, o, yield) {
				return
			}
		}
	}
}

func readPath(ctx context.Context, p string, o Options, yield func(source.Item) bool) bool {
	if p == "-" {
		if o.Stdin == nil {
			return yield(source.Item{Source: "-", Err: errors.New("reading standard input: none given")})
		}
		b, err := readLimited(o.Stdin, o.max())
		if err != nil {
			return yield(source.Item{Source: "-", Err: fmt.Errorf("reading standard input: %w", err)})
		}
		return readBytes(ctx, "-", "", b, o, yield)
	}
	st, err := os.Stat(p)
	if err != nil {
		return yield(source.Item{Source: p, Err: fmt.Errorf("reading %s: %w", p, err)})
	}
	if !st.IsDir() {
		return readFile(ctx, p, o, yield)
	}
	cont := true
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			if cont = yield(source.Item{Source: path, Err: fmt.Errorf("reading %s: %w", path, err)}); !cont {
				return fs.SkipAll
			}
			return nil
		}
		if path != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		if cont = readFile(ctx, path, o, yield); !cont {
			return fs.SkipAll
		}
		return nil
	})
	return cont && err == nil
}

func readFile(ctx context.Context, path string, o Options, yield func(source.Item) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(source.Item{Source: path, Err: fmt.Errorf("reading %s: %w", path, err)})
	}
	defer f.Close()
	var r io.Reader = f
	name := path
	if strings.EqualFold(filepath.Ext(path), ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return yield(source.Item{Source: path, Err: fmt.Errorf("reading %s: %w", path, err)})
		}
		defer zr.Close()
		r, name = zr, strings.TrimSuffix(path, filepath.Ext(path))
	}
	if isJSONL(name) {
		return readJSONL(ctx, path, r, o, yield)
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return readCSV(ctx, path, r, ',', o, yield)
	case ".tsv":
		return readCSV(ctx, path, r, '\t', o, yield)
	}
	b, err := readLimited(r, o.max())
	if err != nil {
		return yield(source.Item{Source: path, Err: fmt.Errorf("reading %s: %w", path, err)})
	}
	return readBytes(ctx, path, strings.ToLower(filepath.Ext(name)), b, o, yield)
}

func isJSONL(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return true
	}
	return false
}

// readBytes turns one whole input into Items: JSONL when stdin holds JSON
// lines, HTML when the name or content says so, else plain text.
func readBytes(ctx context.Context, name, ext string, b []byte, o Options, yield func(source.Item) bool) bool {
	if name == "-" && bytes.HasPrefix(bytes.TrimLeft(b, " \t\r\n"), []byte("{")) {
		return readJSONL(ctx, name, bytes.NewReader(b), o, yield)
	}
	if err := source.CheckText(b); err != nil {
		return yield(source.Item{Source: name, Err: fmt.Errorf("reading %s: %w", name, err)})
	}
	it := source.Item{Source: name, Published: o.Published}
	if ext == ".html" || ext == ".htm" || htmltext.Looks(b) {
		page, err := htmltext.Extract(b)
		if err != nil {
			return yield(source.Item{Source: name, Err: fmt.Errorf("reading %s: %w", name, err)})
		}
		it.Title, it.URL, it.Text = page.Title, page.URL, page.Text
		if it.Published.IsZero() {
			it.Published = page.Published
		}
		return yield(it)
	}
	it.Text = string(b)
	it.Title = source.SplitTitle(it.Text)
	return yield(it)
}

// Record is one line of a JSONL input. Published falls back to Date, a
// field many corpora use instead.
type Record struct {
	ID        flexID   `json:"id"`
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Published doc.Date `json:"published"`
	Date      doc.Date `json:"date"`
	Text      string   `json:"text"`
	// HTML is used, through main-text extraction, when Text is empty.
	HTML string `json:"html"`
}

// flexID accepts an id written as a JSON string or number.
type flexID string

func (f *flexID) UnmarshalJSON(b []byte) error {
	var n json.Number
	if err := json.Unmarshal(b, &n); err == nil {
		*f = flexID(n.String())
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("decoding id: want a string or a number: %w", err)
	}
	*f = flexID(s)
	return nil
}

func readJSONL(ctx context.Context, name string, r io.Reader, o Options, yield func(source.Item) bool) bool {
	br := bufio.NewReaderSize(r, 1<<16)
	for line := 1; ; line++ {
		if ctx.Err() != nil {
			return false
		}
		b, err := readLine(br, o.max())
		if err == io.EOF && len(b) == 0 {
			return true
		}
		src := fmt.Sprintf("%s:%d", name, line)
		if err != nil && err != io.EOF {
			if !yield(source.Item{Source: src, Err: fmt.Errorf("reading %s: %w", src, err)}) {
				return false
			}
			if errors.Is(err, source.ErrTooLarge) {
				continue
			}
			return true
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		if !yield(ParseRecord(src, b, o.Published)) {
			return false
		}
	}
}

// ParseRecord decodes one JSONL line into an Item. Errors name src.
func ParseRecord(src string, b []byte, published doc.Date) source.Item {
	var rec Record
	if err := json.Unmarshal(b, &rec); err != nil {
		return source.Item{Source: src, Err: fmt.Errorf("reading %s: decoding JSON: %w", src, err)}
	}
	return fromRecord(src, rec, published)
}

// fromRecord turns one corpus record (a JSONL line, a CSV row) into an
// Item: HTML is extracted when there is no text, the date falls back to
// Date, a published date given by the caller wins over both, and the text
// is checked. Errors name src.
func fromRecord(src string, rec Record, published doc.Date) source.Item {
	it := source.Item{Source: src, ID: string(rec.ID), URL: rec.URL, Title: rec.Title, Published: rec.Published, Text: rec.Text}
	if it.Published.IsZero() {
		it.Published = rec.Date
	}
	if rec.URL != "" {
		it.Source = rec.URL
	}
	if it.Text == "" && rec.HTML != "" {
		page, err := htmltext.Extract([]byte(rec.HTML))
		if err != nil {
			return source.Item{Source: src, Err: fmt.Errorf("reading %s: %w", src, err)}
		}
		it.Text = page.Text
		if it.Title == "" {
			it.Title = page.Title
		}
		if it.Published.IsZero() {
			it.Published = page.Published
		}
	}
	if err := source.CheckText([]byte(it.Text)); err != nil {
		return source.Item{Source: src, Err: fmt.Errorf("reading %s: field text: %w", src, err)}
	}
	if !published.IsZero() {
		// --published wins over the record's own date, as for every input.
		it.Published = published
	}
	return it
}

// readLine reads one line without its newline, refusing lines over max
// bytes (the rest of such a line is skipped).
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) <= max {
			buf = append(buf, chunk...)
		} else {
			buf = buf[:0:0]
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			return nil, fmt.Errorf("%w: a line over %d bytes", source.ErrTooLarge, max)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}

func readLimited(r io.Reader, max int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w of %d bytes", source.ErrTooLarge, max)
	}
	return b, nil
}
