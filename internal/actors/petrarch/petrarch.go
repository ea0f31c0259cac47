// Package petrarch reads actor and agent dictionaries in the formats of the
// PETRARCH and TABARI event coders (the Phoenix and CAMEO dictionaries), so
// that users can bring the dictionaries they already have to sitrep. The
// entries it returns join a sitrep dictionary with actors.Dict.With and are
// coded by the actors/v1 stage like sitrep's own.
//
// # Actor dictionaries (.actors files)
//
// An entry is a line with a phrase and, optionally, codes in brackets;
// synonyms follow on lines starting with "+", and codes may follow on
// lines of their own:
//
//	UNITED_STATES  [USA]
//	+U.S.   # a synonym
//	+USA
//	GOLLUM
//	+SMEAGOL
//	    [HOB <950601]             # before 1 June 1995
//	    [HOBGOV 950601-990815]    # from ... to, both days included
//	    [HOBREB >990816]          # after
//	KOFI_ANNAN_ [IGOUNO 970101-061231] [ELI]
//
// Words are separated by underscores or spaces; a trailing underscore is
// accepted and ignored (sitrep always matches whole words, as PETRARCH 2
// does; TABARI's stems without an underscore are not expanded). A code
// without a date is the default; dated codes hold on their dates, the first
// listed winning where they overlap. Dates are YYMMDD (years up to 30 are
// 20YY, as in TABARI) or YYYYMMDD; "<D" means before D and ">D" after D.
// The code "---" (and TABARI's "+++" and "###") means "not an actor". A
// code with slashes ("LORIEN [ELR/GAL]") names several actors at once, as
// PETRARCH reads it: the entry keeps the code whole, its country and
// sector are those of the first part, and SplitCodes makes one actor of
// each part where events are written (PETRARCH writes one event for
// each).
//
// # Agent dictionaries (.agents files)
//
//	!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
//	AMBASSADOR [~GOV]
//	POLICE {} [~COP]                    # {} : no plural
//	ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
//	CONGRESS!PERSON! [~LEG]             # CONGRESSMAN, CONGRESSMEN, ...
//	HUMAN_RIGHTS_BODY [NGO~]            # code goes before the actor's
//
// Regular plurals are made as PETRARCH makes them (Y → IES, S → SES, else
// + S) unless braces give the plural or "{}" forbids one. "~GOV" adds GOV
// after the actor's code (ISR + GOV = ISRGOV); "NGO~" puts NGO before it.
//
// # Comments and case
//
// Comments are "#" to the end of the line and "<!-- ... -->", on one line
// or several. The files are in capitals; actor phrases are read as names
// (their content words must be capitalized in the text, "of" and "the"
// need not be) and agent phrases as common words (any case).
//
// # Countries
//
// A code's first three letters are its country when they are a country
// code of the base dictionary (ISO or CAMEO) or a code the file uses alone
// for an actor ("[HOB]"), so "HOBGOV" is country HOB, sector GOV.
//
// The PETRARCH formats and the validation dictionaries this package is
// tested against come from github.com/openeventdata/petrarch2 (MIT,
// Copyright (c) 2014 Open Event Data); no code of PETRARCH is used here.
package petrarch

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/actors"
)

// ErrSyntax marks a line the reader cannot make sense of. Readers skip
// nothing silently: every such line is an error naming file and line.
var ErrSyntax = errors.New("petrarch dictionary syntax error")

// Options tune the readers.
type Options struct {
	// Base is the dictionary the entries will join; its country codes
	// (ISO and CAMEO) are country prefixes of codes. May be nil.
	Base *actors.Dict
}

// line is one logical line with its number.
type line struct {
	n    int
	text string
}

// lines reads r, dropping comments and blank lines.
func lines(r io.Reader) ([]line, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	var out []line
	inComment := false
	n := 0
	for sc.Scan() {
		n++
		s := sc.Text()
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "?")
		}
		var b strings.Builder
		for s != "" {
			if inComment {
				i := strings.Index(s, "-->")
				if i < 0 {
					s = ""
					break
				}
				s = s[i+3:]
				inComment = false
				continue
			}
			i := strings.Index(s, "<!")
			if i < 0 {
				b.WriteString(s)
				break
			}
			b.WriteString(s[:i])
			s = s[i+2:]
			if j := strings.Index(s, ">"); j >= 0 && !strings.HasPrefix(s, "--") {
				s = s[j+1:] // "<! ... >" on one line
				continue
			}
			inComment = true
		}
		t := b.String()
		if i := strings.IndexByte(t, '#'); i >= 0 {
			t = t[:i]
		}
		if strings.TrimSpace(t) == "" {
			continue
		}
		out = append(out, line{n: n, text: t})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// code is one bracketed code with its dates.
type code struct {
	code     string
	from, to actors.Day
}

// parseCode reads the inside of a bracket: "USA", "HOB <950601",
// "HOBGOV 19950601 - 19990815", "HOBREB > 990816".
func parseCode(s string) (code, error) {
	s = strings.TrimSpace(s)
	f := strings.Fields(s)
	if len(f) == 0 {
		return code{}, fmt.Errorf("empty code: %w", ErrSyntax)
	}
	c := code{code: strings.ToUpper(f[0])}
	if c.code == "+++" || c.code == "###" {
		c.code = "---" // TABARI's null codes
	}
	if !validCodes(c.code) {
		return code{}, fmt.Errorf("code %q: %w", f[0], ErrSyntax)
	}
	rest := strings.Join(f[1:], "")
	if rest == "" {
		return c, nil
	}
	switch {
	case rest[0] == '<':
		d, err := parseDate(rest[1:])
		if err != nil {
			return code{}, err
		}
		c.to = d.AddDays(-1)
	case rest[0] == '>':
		d, err := parseDate(rest[1:])
		if err != nil {
			return code{}, err
		}
		c.from = d.AddDays(1)
	default:
		a, b, ok := strings.Cut(rest, "-")
		if !ok {
			return code{}, fmt.Errorf("dates %q: want <D, >D or D-D: %w", rest, ErrSyntax)
		}
		var err error
		if c.from, err = parseDate(a); err != nil {
			return code{}, err
		}
		if c.to, err = parseDate(b); err != nil {
			return code{}, err
		}
		if c.to < c.from {
			return code{}, fmt.Errorf("dates %q end before they start: %w", rest, ErrSyntax)
		}
	}
	return c, nil
}

// parseDate reads YYMMDD (YY up to 30 is 20YY, else 19YY) or YYYYMMDD.
func parseDate(s string) (actors.Day, error) {
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, fmt.Errorf("date %q: want YYMMDD or YYYYMMDD: %w", s, ErrSyntax)
		}
	}
	var y, m, d int
	switch {
	case len(s) == 6:
		y, _ = strconv.Atoi(s[:2])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
		m, _ = strconv.Atoi(s[2:4])
		d, _ = strconv.Atoi(s[4:6])
	case len(s) == 8:
		y, _ = strconv.Atoi(s[:4])
		m, _ = strconv.Atoi(s[4:6])
		d, _ = strconv.Atoi(s[6:8])
	default:
		return 0, fmt.Errorf("date %q: want YYMMDD or YYYYMMDD: %w", s, ErrSyntax)
	}
	if m < 1 || m > 12 || d < 1 || d > time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return 0, fmt.Errorf("date %q: no such day: %w", s, ErrSyntax)
	}
	return actors.MakeDay(y, time.Month(m), d), nil
}

// SplitCodes returns the actor codes a code read from a PETRARCH actor
// dictionary stands for: the parts of a code with slashes ("ELR/GAL" →
// ELR, GAL), else the code itself.
func SplitCodes(code string) []string {
	if !strings.Contains(code, "/") {
		return []string{code}
	}
	var out []string
	for _, p := range strings.Split(code, "/") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// validCodes reports whether c is one code or several joined by slashes
// ("ELR/GAL").
func validCodes(c string) bool {
	for _, p := range strings.Split(c, "/") {
		if !validCode(p) {
			return false
		}
	}
	return true
}

func validCode(c string) bool {
	if c == "" || len(c) > 32 {
		return false
	}
	for i := 0; i < len(c); i++ {
		ch := c[i]
		if !('A' <= ch && ch <= 'Z') && !('0' <= ch && ch <= '9') && ch != '-' {
			return false
		}
	}
	return true
}

// brackets splits "PHRASE [A] [B <990101]" into the phrase and the codes.
// A bracket closed by "}" (a typo in the Phoenix files) counts.
func brackets(s string) (phrase string, inner []string, err error) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return strings.TrimSpace(s), nil, nil
	}
	phrase = strings.TrimSpace(s[:i])
	s = s[i:]
	for {
		s = strings.TrimSpace(s)
		if s == "" {
			return phrase, inner, nil
		}
		if s[0] != '[' {
			return "", nil, fmt.Errorf("text %q after a code: %w", s, ErrSyntax)
		}
		j := strings.IndexAny(s, "]}")
		if j < 0 {
			return "", nil, fmt.Errorf("unclosed bracket in %q: %w", s, ErrSyntax)
		}
		inner = append(inner, s[1:j])
		s = s[j+1:]
	}
}

// nameWords turns a PETRARCH phrase into a sitrep name: words split at
// underscores and spaces, capitalized as a name ("UNITED_NATIONS_" →
// "United Nations"), small words in lower case, and so is a leading
// "the" ("THE_HAGUE" → "the Hague", matching "The Hague" and "in the
// Hague" alike).
func nameWords(p string, asName bool) string {
	f := strings.FieldsFunc(p, func(r rune) bool { return r == '_' || unicode.IsSpace(r) })
	for i, w := range f {
		lw := strings.ToLower(w)
		if !asName || (i > 0 && smallWords[lw]) || (i == 0 && lw == "the" && len(f) > 1) {
			f[i] = lw
			continue
		}
		var b strings.Builder
		up := true
		for _, r := range lw {
			if up {
				r = unicode.ToUpper(r)
			}
			up = r == '-' || r == '.'
			b.WriteRune(r)
		}
		f[i] = b.String()
	}
	return strings.Join(f, " ")
}

var smallWords = map[string]bool{"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "to": true, "de": true, "del": true, "la": true, "le": true, "da": true, "van": true, "von": true, "der": true, "bin": true, "ibn": true, "al": true, "el": true, "'s": true}

// ReadActors reads an actor dictionary. Each entry becomes an
// actors.KindOrg entry (PETRARCH does not say whether an actor is a
// person, a country or an organization) whose default code is the undated
// code and whose Roles are the dated codes, except that an entry whose
// only code is a bare country code ("ARNOR [ARN]", "FRANCE [FRA]")
// becomes an actors.KindCountry entry, so that agents join it as they
// join countries ("soldiers from Arnor" ARNMIL, "the ambassadors of
// Arnor" ARNGOV), as PETRARCH composes agents with any actor.
func ReadActors(r io.Reader, file string, opt Options) ([]actors.Entry, error) {
	ls, err := lines(r)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	var out []actors.Entry
	cur := -1
	bare := map[string]bool{}
	addCodes := func(e *actors.Entry, inner []string, where string) error {
		for _, in := range inner {
			c, err := parseCode(in)
			if err != nil {
				return fmt.Errorf("%s: %w", where, err)
			}
			if c.from == 0 && c.to == 0 {
				if e.Code == "" {
					e.Code = c.code
				}
			} else {
				e.Roles = append(e.Roles, actors.Role{Code: c.code, From: c.from, To: c.to})
			}
			if len(c.code) == 3 && !international[c.code] {
				bare[c.code] = true
			}
		}
		return nil
	}
	for _, l := range ls {
		where := fmt.Sprintf("%s:%d", file, l.n)
		t := strings.TrimSpace(l.text)
		switch t[0] {
		case '[':
			if cur < 0 {
				return nil, fmt.Errorf("%s: a code before any actor: %w", where, ErrSyntax)
			}
			_, inner, err := brackets(t)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			if err := addCodes(&out[cur], inner, where); err != nil {
				return nil, err
			}
		case '+':
			if cur < 0 {
				return nil, fmt.Errorf("%s: a synonym before any actor: %w", where, ErrSyntax)
			}
			phrase, inner, err := brackets(t[1:])
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			if n := actorName(phrase); n != "" {
				out[cur].Names = append(out[cur].Names, n)
			}
			if err := addCodes(&out[cur], inner, where); err != nil {
				return nil, err
			}
		default:
			phrase, inner, err := brackets(t)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			n := actorName(phrase)
			if n == "" {
				return nil, fmt.Errorf("%s: an actor without a name: %w", where, ErrSyntax)
			}
			out = append(out, actors.Entry{Kind: actors.KindOrg, Names: []string{n}, Name: n, Source: where})
			cur = len(out) - 1
			if err := addCodes(&out[cur], inner, where); err != nil {
				return nil, err
			}
		}
	}
	keep := out[:0]
	for _, e := range out {
		if e.Code == "" && len(e.Roles) == 0 {
			continue // no code at all: nothing to code it with
		}
		if e.Code == "" && len(e.Roles) > 0 {
			e.Code = "---" // outside its dated codes it is not coded
		}
		split(&e, bare, opt.Base)
		if len(e.Roles) == 0 && len(e.Code) == 3 && e.Country == e.Code {
			// A bare country code ("ARNOR [ARN]"): a country, so that
			// roles join it as they join countries ("soldiers from
			// Arnor", "Arnor's militia").
			e.Kind = actors.KindCountry
		}
		keep = append(keep, e)
	}
	return keep, nil
}

var international = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true, "NGM": true, "---": true, "+++": true}

// split sets the country and sector of an entry's codes.
func split(e *actors.Entry, bare map[string]bool, base *actors.Dict) {
	isCountry := func(c string) (string, bool) {
		if base != nil {
			if ce := base.Country(c); ce != nil {
				return ce.Code, true
			}
		}
		return c, bare[c]
	}
	one := func(code string) (string, string) {
		code, _, _ = strings.Cut(code, "/") // the first of several actors
		if code == "---" || len(code) < 3 {
			return "", code
		}
		head := code[:3]
		if international[head] {
			return "", head
		}
		if iso, ok := isCountry(head); ok {
			if len(code) >= 6 {
				return iso, code[3:6]
			}
			return iso, ""
		}
		if len(code) == 3 {
			return "", code
		}
		return "", head
	}
	e.Country, e.Sector = one(e.Code)
	if e.Country == "" && e.Sector == "" {
		e.Sector = "---"
	}
	for i := range e.Roles {
		r := &e.Roles[i]
		r.Country, r.Sector = one(r.Code)
		if r.Country == "" && r.Sector == "" {
			r.Sector = "---"
		}
	}
}

// ReadAgents reads an agent dictionary. Each agent becomes an
// actors.KindRole entry of kind Title whose Code is the agent code without
// its "~" ("GOV", "GOVFRM", "NGO"), with Prefix set for codes written
// "NGO~"; its plurals are listed as names.
func ReadAgents(r io.Reader, file string) ([]actors.Entry, error) {
	ls, err := lines(r)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	subst := map[string][]string{}
	var out []actors.Entry
	for _, l := range ls {
		where := fmt.Sprintf("%s:%d", file, l.n)
		t := strings.TrimSpace(l.text)
		if strings.HasPrefix(t, "!") && strings.Contains(t, "=") && !strings.Contains(t, "[") {
			name, list, _ := strings.Cut(t, "=")
			name = strings.TrimSpace(name)
			if len(name) < 3 || !strings.HasSuffix(name, "!") || strings.Count(name, "!") != 2 {
				return nil, fmt.Errorf("%s: substitution set %q: want !NAME! = A, B: %w", where, name, ErrSyntax)
			}
			var items []string
			for _, it := range strings.Split(list, ",") {
				if it = strings.TrimSpace(it); it != "" {
					items = append(items, it)
				}
			}
			subst[name] = items
			continue
		}
		phrase, inner, err := brackets(t)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		if len(inner) != 1 {
			return nil, fmt.Errorf("%s: an agent needs one code, has %d: %w", where, len(inner), ErrSyntax)
		}
		ac := strings.ReplaceAll(strings.TrimSpace(inner[0]), " ", "")
		prefix := false
		switch {
		case strings.HasPrefix(ac, "~"):
			ac = ac[1:]
		case strings.HasSuffix(ac, "~"):
			ac, prefix = ac[:len(ac)-1], true
		default:
			return nil, fmt.Errorf("%s: agent code %q: want ~CODE or CODE~: %w", where, inner[0], ErrSyntax)
		}
		ac = strings.ToUpper(ac)
		if !validCode(ac) {
			return nil, fmt.Errorf("%s: agent code %q: %w", where, inner[0], ErrSyntax)
		}
		plural, hasPlural := "", false
		if i := strings.IndexByte(phrase, '{'); i >= 0 {
			j := strings.IndexByte(phrase[i:], '}')
			if j < 0 {
				return nil, fmt.Errorf("%s: missing '}': %w", where, ErrSyntax)
			}
			plural, hasPlural = strings.TrimSpace(phrase[i+1:i+j]), true
			phrase = strings.TrimSpace(phrase[:i] + phrase[i+j+1:])
		}
		forms := []string{phrase}
		if strings.Contains(phrase, "!") {
			forms, err = substitute(phrase, subst)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			hasPlural, plural = true, "" // substitution sets list their own forms
		}
		e := actors.Entry{Kind: actors.KindRole, RoleKind: actors.Title, Code: ac, Prefix: prefix, NoPlural: true, Source: where}
		for _, f := range forms {
			if n := nameWords(f, false); n != "" {
				e.Names = append(e.Names, n)
				if !hasPlural {
					e.Names = append(e.Names, nameWords(pluralOf(f), false))
				}
			}
		}
		if hasPlural && plural != "" {
			e.Names = append(e.Names, nameWords(plural, false))
		}
		if len(e.Names) == 0 {
			return nil, fmt.Errorf("%s: an agent without words: %w", where, ErrSyntax)
		}
		e.Name = e.Names[0]
		out = append(out, e)
	}
	return out, nil
}

// substitute expands the first !MARKER! of phrase with its set.
func substitute(phrase string, subst map[string][]string) ([]string, error) {
	i := strings.IndexByte(phrase, '!')
	j := strings.IndexByte(phrase[i+1:], '!')
	if j < 0 {
		return nil, fmt.Errorf("substitution marker in %q not closed: %w", phrase, ErrSyntax)
	}
	j += i + 1
	set, ok := subst[phrase[i:j+1]]
	if !ok {
		return nil, fmt.Errorf("substitution marker %s not defined: %w", phrase[i:j+1], ErrSyntax)
	}
	out := make([]string, 0, len(set))
	for _, s := range set {
		out = append(out, phrase[:i]+s+phrase[j+1:])
	}
	return out, nil
}

// pluralOf makes a plural as PETRARCH does: Y → IES, S → SES, else + S,
// on the last word.
func pluralOf(p string) string {
	p = strings.TrimRight(p, "_ ")
	switch {
	case strings.HasSuffix(p, "Y") || strings.HasSuffix(p, "y"):
		return p[:len(p)-1] + "IES"
	case strings.HasSuffix(p, "S") || strings.HasSuffix(p, "s"):
		return p + "ES"
	}
	return p + "S"
}

// Load reads actor and agent dictionary files and joins their entries to
// base (which may be nil for a dictionary of these files alone).
func Load(base *actors.Dict, actorFiles, agentFiles []string) (*actors.Dict, error) {
	var more []actors.Entry
	for _, f := range actorFiles {
		es, err := readFile(f, func(r io.Reader, name string) ([]actors.Entry, error) {
			return ReadActors(r, name, Options{Base: base})
		})
		if err != nil {
			return nil, err
		}
		more = append(more, es...)
	}
	for _, f := range agentFiles {
		es, err := readFile(f, ReadAgents)
		if err != nil {
			return nil, err
		}
		more = append(more, es...)
	}
	if base == nil {
		return actors.NewDict(more), nil
	}
	return base.With(more...), nil
}

func readFile(path string, read func(io.Reader, string) ([]actors.Entry, error)) ([]actors.Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading petrarch dictionary: %w", err)
	}
	defer f.Close()
	return read(f, filepath.Base(path))
}

// actorName is nameWords for an actor phrase, as a name; but where the
// phrase separates words with a blank, not "_" ("ITHILEN TELEVISION"), the
// words after the first blank are in lower case, asking no capitals: such
// a phrase is PETRARCH's loose one (LooseNames), whose later words are as
// often common nouns ("Ithilen state-run television"), and PETRARCH
// matches without regard to case.
func actorName(phrase string) string {
	n := nameWords(phrase, true)
	f := strings.Fields(strings.TrimSpace(phrase))
	if len(f) < 2 {
		return n
	}
	first := len(strings.FieldsFunc(f[0], func(r rune) bool { return r == '_' }))
	ws := strings.Split(n, " ")
	for i := first; i < len(ws); i++ {
		ws[i] = strings.ToLower(ws[i])
	}
	return strings.Join(ws, " ")
}

// LooseNames returns the actor phrases of an actor dictionary (primary
// phrases and "+" synonyms) whose words are separated by a blank at least
// once: PETRARCH ties words joined by "_" together and lets other words
// stand between words separated by a blank ("ITHILEN TELEVISION" codes
// "Ithilen state-run television"), which a sitrep dictionary name cannot
// say. Each phrase is its groups of tied words, each group its words in
// lower case ("RADAGAST THE_BROWN": [radagast] [the brown]).
func LooseNames(r io.Reader, file string) ([][][]string, error) {
	ls, err := lines(r)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	var out [][][]string
	for _, l := range ls {
		t := strings.TrimSpace(l.text)
		if t[0] == '[' {
			continue // a code line
		}
		t = strings.TrimPrefix(t, "+")
		phrase, _, err := brackets(t)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", file, l.n, err)
		}
		var groups [][]string
		for _, g := range strings.Fields(phrase) {
			var ws []string
			for _, w := range strings.Split(g, "_") {
				if w != "" {
					ws = append(ws, strings.ToLower(w))
				}
			}
			if len(ws) > 0 {
				groups = append(groups, ws)
			}
		}
		if len(groups) > 1 {
			out = append(out, groups)
		}
	}
	return out, nil
}
