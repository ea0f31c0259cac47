// Package source defines what every input of sitrep yields: Items, one per
// article, each either text ready for the pipeline or an error that names
// the input and why it could not be read. A bad input never stops a batch:
// it becomes one failed Item and reading goes on.
//
// Readers live in subpackages: file (files, folders, JSONL, stdin) and
// htmltext (main-text extraction from HTML pages).
package source

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/doc"
)

// Item is one article read from an input, or the failure to read one.
type Item struct {
	// Source names the input: a path, "path:LINE" for a JSONL record, "-"
	// for standard input, or a URL.
	Source string
	// ID is an identifier the input gave (a JSONL "id"); the Doc's own ID is
	// always the hash of its text.
	ID        string
	URL       string
	Title     string
	Published doc.Date
	Text      string
	// Err is set when the article could not be read; the other fields but
	// Source may then be empty.
	Err error
}

// Doc returns a new Doc for the item's text and metadata. When the item
// gives no publication date, the Doc says so in a warning: dates are never
// guessed from the clock.
func (it Item) Doc() *doc.Doc {
	d := doc.New(it.Source, it.Text)
	d.URL, d.Title, d.Published = it.URL, it.Title, it.Published
	if d.Published.IsZero() {
		d.Warnf("publication date unknown: relative dates stay unresolved (give --published or a date in the input)")
	}
	return d
}

// CheckText returns an error when raw bytes cannot be an article: empty or
// blank, binary (NUL bytes or mostly control characters), or not valid UTF-8
// (naming the byte offset of the first bad sequence).
func CheckText(b []byte) error {
	if len(strings.TrimSpace(string(b))) == 0 {
		return ErrEmpty
	}
	ctl := 0
	for i, c := range b {
		if c == 0 {
			return fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	if ctl*10 > len(b) {
		return fmt.Errorf("%w: %d control bytes in %d", ErrBinary, ctl, len(b))
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("%w: invalid byte sequence at offset %d", ErrNotUTF8, off)
	}
	return nil
}

// SplitTitle returns the first line of text as a title when it looks like a
// headline: short, followed by a blank line, and not ending like a
// sentence. The text itself is left whole, headline included, so that
// offsets stay true to the input.
func SplitTitle(text string) string {
	line, rest, ok := strings.Cut(strings.TrimLeft(text, " \t\r\n"), "\n")
	if !ok || !strings.HasPrefix(strings.TrimLeft(rest, " \t\r"), "\n") {
		return ""
	}
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 200 || strings.HasSuffix(line, ".") || strings.HasSuffix(line, ":") {
		return ""
	}
	return line
}
