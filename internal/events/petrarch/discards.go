package petrarch

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// Discard is one entry of a PETRARCH discard list: a phrase whose presence
// makes the coder drop the sentence, or with Story the whole story.
type Discard struct {
	Words []string
	Story bool
	Line  int
}

// Discards is a discard list. The zero value (and nil) discards nothing.
type Discards []Discard

// ReadDiscards reads a PETRARCH discard list: one phrase a line, "+" before
// the phrases that discard the whole story; "#" and "<!-- -->" comments.
// Words are matched whole and in any case.
func ReadDiscards(r io.Reader, file string) (Discards, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	var out Discards
	inComment := false
	n := 0
	for sc.Scan() {
		n++
		s := strings.TrimSpace(stripComments(sc.Text(), &inComment))
		if s == "" {
			continue
		}
		d := Discard{Line: n}
		if s[0] == '+' {
			d.Story, s = true, s[1:]
		}
		d.Words = textWords(s)
		if len(d.Words) == 0 {
			return nil, fmt.Errorf("%s:%d: a discard without words: %w", file, n, ErrSyntax)
		}
		out = append(out, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	return out, nil
}

// textWords splits text into lower-case words at anything that is not a
// letter, digit or apostrophe; underscores separate words too.
func textWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// Match reports whether text holds one of the phrases as whole words.
func (ds Discards) Match(text string) bool {
	if len(ds) == 0 {
		return false
	}
	ws := textWords(text)
	for _, d := range ds {
		for i := 0; i+len(d.Words) <= len(ws); i++ {
			ok := true
			for j, w := range d.Words {
				if ws[i+j] != w {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// LoadDiscards reads the discard list at path.
func LoadDiscards(path string) (Discards, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading petrarch discard list: %w", err)
	}
	defer f.Close()
	return ReadDiscards(f, filepath.Base(path))
}
