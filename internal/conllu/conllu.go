// Package conllu reads treebanks in the CoNLL-U format of Universal
// Dependencies: one token per line in ten tab-separated columns, sentences
// separated by blank lines, comments starting with '#'.
//
// Multi-word token lines ("1-2 don't") are kept as ranges on the sentence;
// empty nodes of enhanced dependencies ("8.1") are skipped, as the basic
// tree does not use them.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Token is one syntactic word of a sentence.
type Token struct {
	ID     int // 1-based position in the sentence
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string // "_" is read as ""
	Head   int    // 0 for the root
	Deprel string
	Misc   string // "_" is read as ""
}

// SpaceAfter reports whether the token is followed by a space in the raw
// text (MISC lacks SpaceAfter=No).
func (t Token) SpaceAfter() bool {
	for _, f := range strings.Split(t.Misc, "|") {
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// MultiWord is a surface token that spans several syntactic words, such as
// "don't" over "do" and "n't".
type MultiWord struct {
	First, Last int // 1-based word IDs, inclusive
	Form        string
	Misc        string
}

// Sentence is one sentence of a treebank.
type Sentence struct {
	ID         string // from "# sent_id = "
	Text       string // from "# text = "
	NewDoc     bool   // a "# newdoc" comment precedes it
	NewPar     bool   // a "# newpar" comment precedes it
	Tokens     []Token
	MultiWords []MultiWord
}

// ErrFormat reports a malformed CoNLL-U line.
var ErrFormat = errors.New("malformed CoNLL-U")

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	line int
	name string
}

// NewReader returns a Reader over r; name is used in error messages.
func NewReader(r io.Reader, name string) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	return &Reader{sc: sc, name: name}
}

// Next returns the next sentence, or io.EOF after the last.
func (r *Reader) Next() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if line == "" {
			if s != nil && len(s.Tokens) > 0 {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if strings.HasPrefix(line, "#") {
			c := strings.TrimSpace(line[1:])
			switch {
			case strings.HasPrefix(c, "sent_id ="):
				s.ID = strings.TrimSpace(c[len("sent_id ="):])
			case strings.HasPrefix(c, "text ="):
				s.Text = strings.TrimSpace(c[len("text ="):])
			case strings.HasPrefix(c, "newdoc"):
				s.NewDoc = true
			case strings.HasPrefix(c, "newpar"):
				s.NewPar = true
			}
			continue
		}
		if err := r.token(s, line); err != nil {
			return nil, err
		}
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", r.name, err)
	}
	if s != nil && len(s.Tokens) > 0 {
		return s, nil
	}
	return nil, io.EOF
}

func (r *Reader) token(s *Sentence, line string) error {
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return fmt.Errorf("reading %s line %d: %d columns, want 10: %w", r.name, r.line, len(f), ErrFormat)
	}
	id := f[0]
	if strings.Contains(id, ".") {
		return nil // empty node of the enhanced graph
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || last < first {
			return fmt.Errorf("reading %s line %d: range %q: %w", r.name, r.line, id, ErrFormat)
		}
		s.MultiWords = append(s.MultiWords, MultiWord{First: first, Last: last, Form: f[1], Misc: under(f[9])})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Tokens)+1 {
		return fmt.Errorf("reading %s line %d: id %q out of sequence: %w", r.name, r.line, id, ErrFormat)
	}
	head := 0
	if f[6] != "_" {
		if head, err = strconv.Atoi(f[6]); err != nil {
			return fmt.Errorf("reading %s line %d: head %q: %w", r.name, r.line, f[6], ErrFormat)
		}
	}
	s.Tokens = append(s.Tokens, Token{
		ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: under(f[5]),
		Head: head, Deprel: f[7], Misc: under(f[9]),
	})
	return nil
}

func under(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

// ReadFile reads every sentence of a CoNLL-U file.
func ReadFile(path string) ([]*Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening treebank: %w", err)
	}
	defer f.Close()
	return ReadAll(f, path)
}

// ReadAll reads every sentence from r.
func ReadAll(r io.Reader, name string) ([]*Sentence, error) {
	rd := NewReader(r, name)
	var out []*Sentence
	for {
		s, err := rd.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Write writes sentences in CoNLL-U form, with sent_id and text comments
// when set. Multi-word ranges are written before their first word.
func Write(w io.Writer, sents []*Sentence) error {
	bw := bufio.NewWriter(w)
	dash := func(s string) string {
		if s == "" {
			return "_"
		}
		return s
	}
	for _, s := range sents {
		if s.ID != "" {
			fmt.Fprintf(bw, "# sent_id = %s\n", s.ID)
		}
		if s.Text != "" {
			fmt.Fprintf(bw, "# text = %s\n", s.Text)
		}
		mw := 0
		for _, t := range s.Tokens {
			for mw < len(s.MultiWords) && s.MultiWords[mw].First == t.ID {
				m := s.MultiWords[mw]
				fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, m.Form, dash(m.Misc))
				mw++
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t_\t%s\n", t.ID, t.Form, dash(t.Lemma), dash(t.UPOS), dash(t.XPOS), dash(t.Feats), t.Head, dash(t.Deprel), dash(t.Misc))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
