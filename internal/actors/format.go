package actors

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// ParseEntries reads entries in the sitrep dictionary format (see the
// package documentation) from r; file names the input in errors. Codes are
// not yet split into country and sector: NewDict does that, once it knows
// every country.
func ParseEntries(r io.Reader, file string) ([]Entry, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	var out []Entry
	cur := -1
	n := 0
	for sc.Scan() {
		n++
		line := stripComment(sc.Text())
		if strings.TrimSpace(line) == "" {
			continue
		}
		where := fmt.Sprintf("%s:%d", file, n)
		indented := line[0] == ' ' || line[0] == '\t'
		head, names, hasNames := strings.Cut(strings.TrimSpace(line), ":")
		args := strings.Fields(head)
		if len(args) == 0 {
			return nil, fmt.Errorf("%s: a line with no keyword: %w", where, ErrSyntax)
		}
		var list []string
		if hasNames {
			var err error
			if list, err = splitNames(names); err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
		}
		if !indented {
			e, err := parseHeader(args, list, hasNames)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
			e.Source = where
			out = append(out, e)
			cur = len(out) - 1
			continue
		}
		if cur < 0 {
			return nil, fmt.Errorf("%s: an indented line before any entry: %w", where, ErrSyntax)
		}
		if err := parseAttr(&out[cur], args, list, hasNames); err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	for i := range out {
		if err := checkEntry(&out[i]); err != nil {
			return nil, fmt.Errorf("%s: %w", out[i].Source, err)
		}
	}
	return out, nil
}

// stripComment removes a '#' comment: one at the start of the line or
// after white space.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return strings.TrimRight(s[:i], " \t")
		}
	}
	return strings.TrimRight(s, " \t\r")
}

// splitNames splits "a | b | {c|d} e" into names, expanding brace
// alternations: "{foreign|defence} minister" gives "foreign minister" and
// "defence minister"; "{|vice }minister" gives "minister" and "vice
// minister".
func splitNames(s string) ([]string, error) {
	var out []string
	depth, start := 0, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			switch s[i] {
			case '{':
				depth++
				if depth > 1 {
					return nil, fmt.Errorf("nested braces in %q: %w", s, ErrSyntax)
				}
				continue
			case '}':
				depth--
				if depth < 0 {
					return nil, fmt.Errorf("unbalanced braces in %q: %w", s, ErrSyntax)
				}
				continue
			case '|':
				if depth > 0 {
					continue
				}
			default:
				continue
			}
		}
		if depth != 0 {
			return nil, fmt.Errorf("unbalanced braces in %q: %w", s, ErrSyntax)
		}
		name := strings.TrimSpace(s[start:i])
		start = i + 1
		if name == "" {
			continue
		}
		for _, x := range expand(name) {
			x = strings.Join(strings.Fields(x), " ")
			if x != "" && !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
	}
	return out, nil
}

// expand expands the first brace group of s, recursively.
func expand(s string) []string {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		return []string{s}
	}
	j := strings.IndexByte(s[i:], '}')
	if j < 0 {
		return []string{s}
	}
	j += i
	var out []string
	for _, alt := range strings.Split(s[i+1:j], "|") {
		out = append(out, expand(s[:i]+alt+s[j+1:])...)
	}
	return out
}

func parseHeader(args, names []string, hasNames bool) (Entry, error) {
	var e Entry
	switch args[0] {
	case "country":
		if len(args) != 2 {
			return e, fmt.Errorf("want \"country ISO3: names\": %w", ErrSyntax)
		}
		e.Kind, e.Code = KindCountry, args[1]
		e.Country = args[1]
	case "org":
		if len(args) < 2 {
			return e, fmt.Errorf("want \"org CODE [country=X] [sector=Y]: names\": %w", ErrSyntax)
		}
		e.Kind, e.Code = KindOrg, args[1]
		for _, a := range args[2:] {
			k, v, ok := strings.Cut(a, "=")
			switch {
			case ok && k == "country":
				e.Country = orDash(v)
			case ok && k == "sector":
				e.Sector = orDash(v)
			default:
				return e, fmt.Errorf("org option %q: want country=X or sector=Y: %w", a, ErrSyntax)
			}
		}
		if e.Country == "" {
			e.Country = unsetMark
		}
		if e.Sector == "" {
			e.Sector = unsetMark
		}
	case "person":
		if len(args) != 1 {
			return e, fmt.Errorf("want \"person: names\": %w", ErrSyntax)
		}
		e.Kind = KindPerson
	case "role":
		if len(args) < 3 {
			return e, fmt.Errorf("want \"role SECTOR title|body|group [weak|named] [noplural] [office=X]: names\": %w", ErrSyntax)
		}
		e.Kind, e.Code = KindRole, args[1]
		switch args[2] {
		case "title":
			e.RoleKind = Title
		case "body":
			e.RoleKind = Body
		case "group":
			e.RoleKind = Group
		default:
			return e, fmt.Errorf("role kind %q: want title, body or group: %w", args[2], ErrSyntax)
		}
		for _, a := range args[3:] {
			switch k, v, _ := strings.Cut(a, "="); {
			case a == "weak":
				e.Weak = true
			case a == "named":
				e.Named = true
			case a == "noplural":
				e.NoPlural = true
			case a == "prefix":
				e.Prefix = true
			case k == "office" && v != "":
				e.Office = v
			default:
				return e, fmt.Errorf("role option %q: want weak, named, noplural, prefix or office=X: %w", a, ErrSyntax)
			}
		}
	default:
		return e, fmt.Errorf("unknown keyword %q: want country, org, person or role: %w", args[0], ErrSyntax)
	}
	if hasNames {
		e.Names = append(e.Names, names...)
	}
	return e, nil
}

// unsetMark marks an org's country or sector as "derive it from the code".
const unsetMark = "\x00"

func orDash(v string) string {
	if v == "-" {
		return ""
	}
	return v
}

func parseAttr(e *Entry, args, names []string, hasNames bool) error {
	key := args[0]
	switch {
	case key == "name" && len(args) == 1:
		e.Names = appendNew(e.Names, names...)
		return nil
	case key == "as" && (e.Kind == KindPerson || e.Kind == KindOrg):
		if len(args) < 2 || len(args) > 4 {
			return fmt.Errorf("want \"as CODE [FROM..TO] [OFFICE][: title]\": %w", ErrSyntax)
		}
		r := Role{Code: args[1]}
		rest := args[2:]
		if len(rest) > 0 && (strings.Contains(rest[0], "..") || isDateWord(rest[0])) {
			from, to, err := parseRange(rest[0])
			if err != nil {
				return err
			}
			r.From, r.To = from, to
			rest = rest[1:]
		}
		if len(rest) > 0 {
			r.Office = rest[0]
		}
		if hasNames {
			r.Title = strings.Join(names, " | ")
		}
		e.Roles = append(e.Roles, r)
		return nil
	case e.Kind != KindCountry:
		return fmt.Errorf("attribute %q not allowed in a %s entry: %w", key, e.Kind, ErrSyntax)
	}
	switch key {
	case "adj":
		e.Adjectives = appendNew(e.Adjectives, names...)
	case "people":
		e.People = appendNew(e.People, names...)
	case "capital":
		e.Capitals = appendNew(e.Capitals, names...)
	case "former":
		e.Former = appendNew(e.Former, names...)
	case "not":
		e.not = appendNew(e.not, names...)
	case "seat":
		sector := "GOV"
		if len(args) == 2 {
			sector = args[1]
		} else if len(args) > 2 {
			return fmt.Errorf("want \"seat [SECTOR]: names\": %w", ErrSyntax)
		}
		for _, n := range names {
			if !slices.ContainsFunc(e.Seats, func(s Seat) bool { return s.Name == n }) {
				e.Seats = append(e.Seats, Seat{Name: n, Sector: sector})
			}
		}
		return nil
	case "cameo":
		if len(args) != 2 {
			return fmt.Errorf("want \"cameo CODE\": %w", ErrSyntax)
		}
		e.CAMEO = args[1]
		return nil
	default:
		return fmt.Errorf("unknown country attribute %q: %w", key, ErrSyntax)
	}
	if len(args) != 1 {
		return fmt.Errorf("attribute %q takes no arguments: %w", key, ErrSyntax)
	}
	return nil
}

func isDateWord(s string) bool {
	return len(s) >= 4 && s[0] >= '0' && s[0] <= '9'
}

func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		if !slices.Contains(list, n) {
			list = append(list, n)
		}
	}
	return list
}

func checkEntry(e *Entry) error {
	if e.Kind != KindRole && e.Kind != KindPerson && !validCode(e.Code) {
		return fmt.Errorf("code %q: want upper-case letters, digits or '-': %w", e.Code, ErrSyntax)
	}
	if e.Kind == KindRole && !validCode(e.Code) {
		return fmt.Errorf("sector %q: want upper-case letters: %w", e.Code, ErrSyntax)
	}
	for _, r := range e.Roles {
		if !validCode(r.Code) {
			return fmt.Errorf("code %q: want upper-case letters, digits or '-': %w", r.Code, ErrSyntax)
		}
	}
	if e.Kind == KindPerson && len(e.Roles) == 0 {
		return fmt.Errorf("person %q has no \"as CODE FROM..TO\" line: %w", first(e.Names), ErrSyntax)
	}
	if len(e.Names) == 0 && e.Kind != KindCountry && e.Kind != KindOrg {
		return fmt.Errorf("%s entry without names: %w", e.Kind, ErrSyntax)
	}
	for _, list := range [][]string{e.Names, e.Adjectives, e.People, e.Capitals, e.Former} {
		for _, n := range list {
			if len(Words(n)) == 0 {
				return fmt.Errorf("name %q has no words: %w", n, ErrSyntax)
			}
			if strings.ContainsAny(n, "#{}") {
				return fmt.Errorf("name %q has '#' or a brace: %w", n, ErrSyntax)
			}
		}
	}
	if len(e.Names) > 0 {
		e.Name = e.Names[0]
	}
	return nil
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
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

// WriteEntries writes entries in the canonical form of the dictionary
// format: one header line per entry with all its names, then its
// attributes. ParseEntries reads the output back to equal entries.
func WriteEntries(w io.Writer, entries []Entry) error {
	bw := bufio.NewWriter(w)
	for i := range entries {
		writeEntry(bw, &entries[i])
	}
	return bw.Flush()
}

func writeEntry(w *bufio.Writer, e *Entry) {
	names := func(list []string) string { return strings.Join(list, " | ") }
	switch e.Kind {
	case KindCountry:
		fmt.Fprintf(w, "country %s: %s\n", e.Code, names(e.Names))
		if e.CAMEO != "" {
			fmt.Fprintf(w, "  cameo %s\n", e.CAMEO)
		}
		if len(e.Adjectives) > 0 {
			fmt.Fprintf(w, "  adj: %s\n", names(e.Adjectives))
		}
		if len(e.People) > 0 {
			fmt.Fprintf(w, "  people: %s\n", names(e.People))
		}
		if len(e.Capitals) > 0 {
			fmt.Fprintf(w, "  capital: %s\n", names(e.Capitals))
		}
		var sectors []string
		for _, s := range e.Seats {
			if !slices.Contains(sectors, s.Sector) {
				sectors = append(sectors, s.Sector)
			}
		}
		for _, sec := range sectors {
			var list []string
			for _, s := range e.Seats {
				if s.Sector == sec {
					list = append(list, s.Name)
				}
			}
			if sec == "GOV" {
				fmt.Fprintf(w, "  seat: %s\n", names(list))
			} else {
				fmt.Fprintf(w, "  seat %s: %s\n", sec, names(list))
			}
		}
		if len(e.Former) > 0 {
			fmt.Fprintf(w, "  former: %s\n", names(e.Former))
		}
	case KindOrg:
		fmt.Fprintf(w, "org %s country=%s sector=%s: %s\n", e.Code, dashIfEmpty(e.Country), dashIfEmpty(e.Sector), names(e.Names))
	case KindPerson:
		fmt.Fprintf(w, "person: %s\n", names(e.Names))
	case KindRole:
		fmt.Fprintf(w, "role %s %s", e.Code, e.RoleKind)
		if e.Weak {
			w.WriteString(" weak")
		}
		if e.Named {
			w.WriteString(" named")
		}
		if e.NoPlural {
			w.WriteString(" noplural")
		}
		if e.Prefix {
			w.WriteString(" prefix")
		}
		if e.Office != "" {
			fmt.Fprintf(w, " office=%s", e.Office)
		}
		fmt.Fprintf(w, ": %s\n", names(e.Names))
	}
	for _, r := range e.Roles {
		fmt.Fprintf(w, "  as %s", r.Code)
		if r.From != 0 || r.To != 0 {
			fmt.Fprintf(w, " %s", formatRange(r.From, r.To))
		}
		if r.Office != "" {
			fmt.Fprintf(w, " %s", r.Office)
		}
		if r.Title != "" {
			fmt.Fprintf(w, ": %s", r.Title)
		}
		w.WriteByte('\n')
	}
}

func dashIfEmpty(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
