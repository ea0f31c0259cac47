package petrarch

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Limits on what ReadVerbs accepts, so that hostile input stays cheap.
const (
	maxLine     = 64 << 10 // bytes in one line
	maxSynDepth = 8        // synsets inside synsets
	maxExpand   = 4096     // phrases one synset expands to
)

// ElemKind is what one element of a pattern stands for.
type ElemKind uint8

// The kinds of pattern elements.
const (
	// Word is a literal word (Words[0], lower case).
	Word ElemKind = iota
	// Synset is a reference to a synset: any of its phrases.
	Synset
	// Alternatives is any of the phrases in Alts ("{A | B}").
	Alternatives
	// Source ("$") is where the source actor is.
	Source
	// Target ("+") is where the target actor is.
	Target
	// Compound ("%") is a compound actor whose members act on each other.
	Compound
	// Skip ("^") skips one noun phrase.
	Skip
)

var kindNames = [...]string{"word", "synset", "alternatives", "source", "target", "compound", "skip"}

// String names the kind.
func (k ElemKind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("ElemKind(%d)", k)
}

// Elem is one element of a pattern's context.
type Elem struct {
	Kind ElemKind
	// Word is the lower-case word of a Word element.
	Word string
	// Name is the synset's name without "&" for a Synset element.
	Name string
	// Alts are the phrases of an Alternatives element, each a list of
	// lower-case words.
	Alts [][]string
	// Joined reports that the element was tied to the one before it with
	// "_" (TABARI: the two must be adjacent, nothing skipped between).
	Joined bool
}

// Pattern is one "- PRE * POST [code]" line: the verb ("*") with words and
// actor markers before (Pre, in text order) and after it (Post).
type Pattern struct {
	Pre, Post []Elem
	// Code is the CAMEO (or, in the validation file, arbitrary) code;
	// "---" means that the pattern codes nothing. Alt is the second code of
	// "[030:030]", which PETRARCH uses for the reverse direction of a
	// compound ("%") event; empty when absent.
	Code, Alt string
	// StarJoined reports that the verb was tied with "_" to the element
	// before it ("RECENTLY_*": nothing may stand between).
	StarJoined bool
	// Line is the line number in the file.
	Line int
}

// Verb is one verb of a family: a word or a phrase with its head marked.
type Verb struct {
	// Words are the verb's words in lower case ("break", "down").
	Words []string
	// Head is the index in Words of the verb itself (the word marked "+"
	// inside a phrase, as in WIRE_+TAP; else the first word).
	Head int
	// Forms are inflected forms given in braces ("broke", "broken"), each a
	// list of words.
	Forms [][]string
	// Code is the verb's own code, or the family's.
	Code, Alt string
	// Synonym reports that the line began with "+".
	Synonym bool
	Line    int
}

// Lemma returns the verb's head word.
func (v Verb) Lemma() string { return v.Words[v.Head] }

// Family is one "--- NAME [code] ---" block: its verbs and its patterns.
type Family struct {
	Name string
	// Code is the family's code ("---": the bare verb codes nothing, only
	// its patterns do); Codes holds any further codes of the header.
	Code, Alt string
	Codes     []string
	Verbs     []Verb
	Patterns  []Pattern
	Line      int
}

// Dict is a PETRARCH verb dictionary.
type Dict struct {
	// Synsets maps a synset's name (without "&", upper case) to its
	// phrases, each a list of lower-case words, with synsets inside it
	// expanded.
	Synsets  map[string][][]string
	Families []Family
}

// Verbs returns the number of verbs and patterns in d.
func (d *Dict) Verbs() (verbs, patterns int) {
	for _, f := range d.Families {
		verbs += len(f.Verbs)
		patterns += len(f.Patterns)
	}
	return verbs, patterns
}

// stripComments removes "#" comments and "<!-- -->" comments (on one line
// or several) from a line; inComment carries the state between lines.
func stripComments(s string, inComment *bool) string {
	var b strings.Builder
	for s != "" {
		if *inComment {
			i := strings.Index(s, "-->")
			if i < 0 {
				return b.String()
			}
			s = s[i+3:]
			*inComment = false
			continue
		}
		i := strings.Index(s, "<!--")
		j := hashOutsideBrackets(s)
		if j >= 0 && (i < 0 || j < i) {
			b.WriteString(s[:j])
			return b.String()
		}
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i+4:]
		*inComment = true
	}
	return b.String()
}

// hashOutsideBrackets returns the index of the first "#" that is not
// inside "[...]" (TABARI's null code "[###]"), or -1.
func hashOutsideBrackets(s string) int {
	in := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			in = true
		case ']':
			in = false
		case '#':
			if !in {
				return i
			}
		}
	}
	return -1
}

// splitCodes cuts "TEXT [A] [B:C]" into the text and the codes.
func splitCodes(s string) (string, []string, error) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		if strings.ContainsRune(s, ']') {
			return "", nil, fmt.Errorf("']' without '[': %w", ErrSyntax)
		}
		return strings.TrimSpace(s), nil, nil
	}
	text := strings.TrimSpace(s[:i])
	s = s[i:]
	var codes []string
	for {
		s = strings.TrimSpace(s)
		if s == "" {
			return text, codes, nil
		}
		if s[0] != '[' {
			return "", nil, fmt.Errorf("text %q after a code: %w", s, ErrSyntax)
		}
		j := strings.IndexByte(s, ']')
		if j < 0 {
			return "", nil, fmt.Errorf("unclosed '[': %w", ErrSyntax)
		}
		c := strings.TrimSpace(s[1:j])
		if c == "" || c[0] == ':' || strings.ContainsAny(c, " \t[") {
			return "", nil, fmt.Errorf("code %q: %w", c, ErrSyntax)
		}
		codes = append(codes, c)
		s = s[j+1:]
	}
}

// cutAlt splits "030:031" into code and alternative; TABARI's null codes
// "+++" and "###" become "---".
func cutAlt(c string) (string, string) {
	a, b, _ := strings.Cut(c, ":")
	null := func(x string) string {
		if x == "+++" || x == "###" {
			return "---"
		}
		return x
	}
	return null(a), null(b)
}

// words splits a phrase at spaces and underscores into lower-case words.
func words(p string) []string {
	return strings.FieldsFunc(strings.ToLower(p), func(r rune) bool { return r == '_' || r == ' ' || r == '\t' })
}

// ReadVerbs reads a PETRARCH verb dictionary:
//
//	&SYNSET              # a synset: its phrases follow on "+" lines
//	+WORD
//	+TWO WORDS
//	+&OTHER_SYNSET       # synsets may contain synsets
//
//	--- NAME [code] ---  # a verb family
//	VERB {FORM FORM}     # its verbs: forms in braces, own code in brackets
//	+SYNONYM [code]
//	WIRE_+TAP            # a phrase; "+" marks the verb in it
//	- PRE * POST [code]  # a pattern: "*" is the verb; + source, $ target,
//	                     # % compound, ^ skip a noun phrase, &SYN a synset,
//	                     # {A | B} alternatives, "_" joins adjacent words
//
// Comments are "#" to the end of the line and "<!-- ... -->". The names
// of file only serve error messages. Every malformed line is an error
// wrapping ErrSyntax that names file and line.
func ReadVerbs(r io.Reader, file string) (*Dict, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	d := &Dict{Synsets: map[string][][]string{}}
	raw := map[string][]string{} // synset → its member texts, unexpanded
	var synOrder []string
	var fam *Family
	syn := ""
	inComment := false
	n := 0
	fail := func(err error) error { return fmt.Errorf("%s:%d: %w", file, n, err) }
	for sc.Scan() {
		n++
		s := sc.Text()
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "?")
		}
		s = strings.TrimSpace(stripComments(s, &inComment))
		if s == "" {
			syn = "" // a blank line ends a synset
			continue
		}
		switch {
		case strings.HasPrefix(s, "---"):
			f, err := familyHeader(s)
			if err != nil {
				return nil, fail(err)
			}
			f.Line = n
			d.Families = append(d.Families, f)
			fam = &d.Families[len(d.Families)-1]
			syn = ""
		case s[0] == '&':
			name := synName(s)
			if name == "" {
				return nil, fail(fmt.Errorf("synset without a name: %w", ErrSyntax))
			}
			if _, dup := raw[name]; dup {
				return nil, fail(fmt.Errorf("synset &%s defined twice: %w", name, ErrSyntax))
			}
			raw[name] = nil
			synOrder = append(synOrder, name)
			syn = name
			fam = nil // patterns after a synset do not belong to the family before it
		case s[0] == '+' && syn != "":
			m := strings.TrimSpace(s[1:])
			if m == "" || strings.ContainsAny(m, "[]{}*$%^") {
				return nil, fail(fmt.Errorf("synset member %q: %w", m, ErrSyntax))
			}
			raw[syn] = append(raw[syn], m)
		case s[0] == '-':
			if fam == nil {
				return nil, fail(fmt.Errorf("a pattern outside a verb family: %w", ErrSyntax))
			}
			p, err := pattern(s[1:])
			if err != nil {
				return nil, fail(err)
			}
			p.Line = n
			fam.Patterns = append(fam.Patterns, p)
		default:
			if fam == nil {
				return nil, fail(fmt.Errorf("a verb outside a verb family: %w", ErrSyntax))
			}
			v, err := verbLine(s, fam)
			if err != nil {
				return nil, fail(err)
			}
			v.Line = n
			fam.Verbs = append(fam.Verbs, v)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	for _, name := range synOrder {
		ps, err := expand(name, raw, 0)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		d.Synsets[name] = ps
	}
	for fi := range d.Families {
		for _, p := range d.Families[fi].Patterns {
			for _, e := range append(append([]Elem(nil), p.Pre...), p.Post...) {
				if e.Kind == Synset {
					if _, ok := d.Synsets[e.Name]; !ok {
						return nil, fmt.Errorf("%s:%d: synset &%s not defined: %w", file, p.Line, e.Name, ErrSyntax)
					}
				}
			}
		}
	}
	return d, nil
}

func synName(s string) string {
	f := strings.Fields(s[1:])
	if len(f) == 0 {
		return ""
	}
	name := strings.ToUpper(strings.Trim(f[0], "_"))
	for _, r := range name {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			return ""
		}
	}
	return name
}

// expand returns a synset's phrases with embedded synsets expanded.
func expand(name string, raw map[string][]string, depth int) ([][]string, error) {
	if depth > maxSynDepth {
		return nil, fmt.Errorf("synset &%s nested deeper than %d (a cycle?): %w", name, maxSynDepth, ErrSyntax)
	}
	var out [][]string
	for _, m := range raw[name] {
		if m[0] == '&' {
			sub := synName(m)
			if _, ok := raw[sub]; !ok {
				return nil, fmt.Errorf("synset &%s in &%s not defined: %w", sub, name, ErrSyntax)
			}
			ps, err := expand(sub, raw, depth+1)
			if err != nil {
				return nil, err
			}
			out = append(out, ps...)
		} else if w := words(m); len(w) > 0 {
			out = append(out, w)
		}
		if len(out) > maxExpand {
			return nil, fmt.Errorf("synset &%s expands to more than %d phrases: %w", name, maxExpand, ErrSyntax)
		}
	}
	return out, nil
}

// familyHeader reads "--- NAME [code] [code] ---".
func familyHeader(s string) (Family, error) {
	s = strings.TrimSpace(strings.TrimPrefix(s, "---"))
	s = strings.TrimSpace(strings.TrimSuffix(s, "---"))
	name, codes, err := splitCodes(s)
	if err != nil {
		return Family{}, err
	}
	if name == "" || len(codes) == 0 {
		return Family{}, fmt.Errorf("family header wants --- NAME [code] ---: %w", ErrSyntax)
	}
	f := Family{Name: strings.ToUpper(strings.Trim(name, "_ "))}
	f.Code, f.Alt = cutAlt(codes[0])
	f.Codes = codes[1:]
	return f, nil
}

// verbLine reads "VERB {FORMS} [code]" or "+SYNONYM ..." in family f.
func verbLine(s string, f *Family) (Verb, error) {
	v := Verb{Code: f.Code, Alt: f.Alt}
	if s[0] == '+' {
		v.Synonym = true
		s = s[1:]
		// a synonym takes the code of the verb it follows
		if k := len(f.Verbs); k > 0 {
			v.Code, v.Alt = f.Verbs[k-1].Code, f.Verbs[k-1].Alt
		}
	}
	text, codes, err := splitCodes(s)
	if err != nil {
		return Verb{}, err
	}
	if len(codes) > 1 {
		return Verb{}, fmt.Errorf("a verb with %d codes: %w", len(codes), ErrSyntax)
	}
	if len(codes) == 1 {
		v.Code, v.Alt = cutAlt(codes[0])
	}
	if i := strings.IndexByte(text, '{'); i >= 0 {
		j := strings.IndexByte(text, '}')
		if j < i {
			return Verb{}, fmt.Errorf("unclosed '{': %w", ErrSyntax)
		}
		for _, form := range strings.Fields(text[i+1 : j]) {
			fw, _ := headed(form)
			if len(fw) > 0 {
				v.Forms = append(v.Forms, fw)
			}
		}
		text = strings.TrimSpace(text[:i] + " " + text[j+1:])
	}
	if strings.ContainsAny(text, "{}*$%^&") {
		return Verb{}, fmt.Errorf("verb %q: %w", text, ErrSyntax)
	}
	v.Words, v.Head = headed(text)
	if len(v.Words) == 0 {
		return Verb{}, fmt.Errorf("a verb without words: %w", ErrSyntax)
	}
	return v, nil
}

// headed splits "WIRE_+TAP" into words and the index of the "+" word (0
// when none is marked).
func headed(p string) ([]string, int) {
	ws := words(p)
	head := 0
	out := ws[:0]
	for _, w := range ws {
		if strings.HasPrefix(w, "+") {
			w = strings.TrimLeft(w, "+")
			head = len(out)
		}
		if w != "" {
			out = append(out, w)
		}
	}
	if head >= len(out) {
		head = 0
	}
	return out, head
}

// pattern reads " PRE * POST [code]".
func pattern(s string) (Pattern, error) {
	text, codes, err := splitCodes(s)
	if err != nil {
		return Pattern{}, err
	}
	if len(codes) != 1 {
		return Pattern{}, fmt.Errorf("a pattern wants one code, has %d: %w", len(codes), ErrSyntax)
	}
	p := Pattern{}
	p.Code, p.Alt = cutAlt(codes[0])
	toks, err := patternTokens(text)
	if err != nil {
		return Pattern{}, err
	}
	star := -1
	for i, t := range toks {
		if t.star {
			if star >= 0 {
				return Pattern{}, fmt.Errorf("a pattern with two '*': %w", ErrSyntax)
			}
			star = i
		}
	}
	if star < 0 {
		return Pattern{}, fmt.Errorf("a pattern without '*': %w", ErrSyntax)
	}
	p.StarJoined = toks[star].Joined && star > 0
	for i, t := range toks {
		switch {
		case i < star:
			p.Pre = append(p.Pre, t.Elem)
		case i > star:
			p.Post = append(p.Post, t.Elem)
		}
	}
	return p, nil
}

type ptok struct {
	Elem
	star bool
}

// patternTokens splits pattern text into elements. "_" joins a token to
// the one before it.
func patternTokens(s string) ([]ptok, error) {
	var out []ptok
	joined := false
	for len(s) > 0 {
		switch c := s[0]; {
		case c == ' ' || c == '\t':
			joined = false
			s = s[1:]
			continue
		case c == '_':
			joined = true
			s = s[1:]
			continue
		case c == '{':
			j := strings.IndexByte(s, '}')
			if j < 0 {
				return nil, fmt.Errorf("unclosed '{': %w", ErrSyntax)
			}
			var alts [][]string
			for _, a := range strings.Split(s[1:j], "|") {
				if w := words(a); len(w) > 0 {
					alts = append(alts, w)
				}
			}
			if len(alts) == 0 {
				return nil, fmt.Errorf("empty alternatives: %w", ErrSyntax)
			}
			out = append(out, ptok{Elem: Elem{Kind: Alternatives, Alts: alts, Joined: joined}})
			s = s[j+1:]
		case c == '*':
			out = append(out, ptok{Elem: Elem{Joined: joined}, star: true})
			s = s[1:]
		case c == '+' || c == '$' || c == '%' || c == '^':
			k := map[byte]ElemKind{'$': Source, '+': Target, '%': Compound, '^': Skip}[c]
			out = append(out, ptok{Elem: Elem{Kind: k, Joined: joined}})
			s = s[1:]
		case c == '&':
			j := 1
			for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= '0' && s[j] <= '9') {
				j++
			}
			if j == 1 {
				return nil, fmt.Errorf("'&' without a synset name: %w", ErrSyntax)
			}
			out = append(out, ptok{Elem: Elem{Kind: Synset, Name: strings.ToUpper(s[1:j]), Joined: joined}})
			s = s[j:]
		case c == '}' || c == '|' || c == '[' || c == ']':
			return nil, fmt.Errorf("unexpected %q in a pattern: %w", c, ErrSyntax)
		default:
			j := 0
			for j < len(s) && !strings.ContainsRune(" \t_{}*+$%^&|[]", rune(s[j])) {
				j++
			}
			out = append(out, ptok{Elem: Elem{Kind: Word, Word: strings.ToLower(s[:j]), Joined: joined}})
			s = s[j:]
		}
		joined = false
	}
	return out, nil
}

// LoadVerbs reads the verb dictionary at path.
func LoadVerbs(path string) (*Dict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading petrarch verb dictionary: %w", err)
	}
	defer f.Close()
	return ReadVerbs(f, filepath.Base(path))
}
