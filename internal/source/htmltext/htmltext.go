// Package htmltext extracts an article's main text and metadata (title,
// canonical URL, publication date) from an HTML page with go-trafilatura,
// which drops navigation, adverts and comments. Input size is bounded by
// the caller (see file.Options.MaxBytes); the HTML parser itself is
// golang.org/x/net/html, which has no entity-expansion or external-fetch
// behaviour to exploit.
package htmltext

import (
	"bytes"
	"fmt"
	"strings"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/source"
)

// Page is what Extract finds in a page.
type Page struct {
	Title     string
	URL       string
	Published doc.Date
	Text      string
}

// Extract returns the main text and metadata of an HTML page. Paragraphs
// are separated by blank lines. It returns source.ErrNoText when the page has
// no main text.
func Extract(b []byte) (Page, error) {
	res, err := extract(b)
	if err != nil {
		return Page{}, fmt.Errorf("extracting main text: %w", err)
	}
	p := Page{Title: strings.TrimSpace(res.Metadata.Title), URL: res.Metadata.URL}
	if !res.Metadata.Date.IsZero() {
		p.Published = doc.DateOf(res.Metadata.Date)
	}
	p.Text = blocks(res.ContentNode)
	if p.Text == "" {
		p.Text = paragraphs(res.ContentText)
	}
	if p.Text == "" || p.Text == p.Title {
		// The fallback extractors return the title when the body has no text.
		return p, source.ErrNoText
	}
	return p, nil
}

func extract(b []byte) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		// The extractor is third-party code run on hostile input: a panic in
		// it must fail this page, not the batch.
		if v := recover(); v != nil {
			err = fmt.Errorf("html extractor panicked: %v", v)
		}
	}()
	return trafilatura.Extract(bytes.NewReader(b), trafilatura.Options{
		ExcludeComments: true,
		ExcludeTables:   false,
		EnableFallback:  true,
	})
}

// blockTags end a paragraph of the extracted text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Tr: true,
	atom.Section: true, atom.Article: true, atom.Pre: true, atom.Br: true, atom.Dd: true, atom.Dt: true,
	atom.Figcaption: true, atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Header: true,
}

// maxDepth bounds how deep blocks descends into the content tree; text
// nested deeper than any real page is dropped.
const maxDepth = 256

// blocks renders the extracted content tree as text with one blank line
// between block elements, so paragraph breaks survive; trafilatura's own
// ContentText joins paragraphs with single spaces.
func blocks(n *html.Node) string {
	if n == nil {
		return ""
	}
	var paras []string
	var cur strings.Builder
	end := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > maxDepth {
			return
		}
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if block {
			end()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
		if block {
			end()
		}
	}
	walk(n, 0)
	end()
	return strings.Join(paras, "\n\n")
}

// paragraphs puts one blank line between paragraphs, so that the sentence
// splitter sees paragraph breaks.
func paragraphs(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n\n")
}

// Looks reports whether b starts like an HTML document.
func Looks(b []byte) bool {
	head := b
	if len(head) > 512 {
		head = head[:512]
	}
	h := strings.ToLower(strings.TrimSpace(string(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")))))
	return strings.HasPrefix(h, "<!doctype html") || strings.HasPrefix(h, "<html") ||
		(strings.HasPrefix(h, "<") && (strings.Contains(h, "<head") || strings.Contains(h, "<body")))
}
