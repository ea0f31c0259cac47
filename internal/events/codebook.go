package events

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// CodeInfo describes one CAMEO event code.
type CodeInfo struct {
	// Code is the CAMEO code, two to four digits ("11", "114", "1056").
	Code string
	// Name is the CAMEO name of the code ("Complain officially").
	Name string
	// Goldstein is the code's Goldstein conflict–cooperation value, −10 … +10.
	Goldstein float64
	// Quad is the QuadClass: 1 verbal cooperation, 2 material cooperation,
	// 3 verbal conflict, 4 material conflict.
	Quad int
	// PLOVER is the PLOVER event type ("ACCUSE"), empty when there is none.
	PLOVER string
	// Mode and Context are the PLOVER mode and context, empty when none.
	Mode    string
	Context string
}

// Root returns the two-digit CAMEO root of the code ("11" for "114").
func (c CodeInfo) Root() string { return Root(c.Code) }

// Root returns the two-digit root of a CAMEO code ("19" for "190", "10" for
// "1056"), or the code itself when it is shorter than two digits.
func Root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// QuadOf returns the QuadClass of a CAMEO code from its root, or 0 for a code
// that is not CAMEO.
func QuadOf(code string) int {
	r, err := strconv.Atoi(Root(code))
	switch {
	case err != nil || r < 1 || r > 20:
		return 0
	case r <= 5:
		return 1
	case r <= 8:
		return 2
	case r <= 13:
		return 3
	default:
		return 4
	}
}

// Codebook maps CAMEO codes to their descriptions. It is read only once
// built and safe for concurrent use.
type Codebook struct {
	codes map[string]CodeInfo
}

// ParseCodebook reads a codebook in the format of lexicon/codebook.txt:
// "code | goldstein | plover | mode | context | name", "#" comments, "-"
// for none. file names the input in errors.
func ParseCodebook(r io.Reader, file string) (*Codebook, error) {
	b := &Codebook{codes: map[string]CodeInfo{}}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 6 {
			return nil, fmt.Errorf("reading %s:%d: want 6 fields, got %d: %w", file, n, len(f), ErrSyntax)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
			if f[i] == "-" {
				f[i] = ""
			}
		}
		code := f[0]
		if !isCode(code) {
			return nil, fmt.Errorf("reading %s:%d: bad code %q: %w", file, n, code, ErrSyntax)
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil || g < -10 || g > 10 {
			return nil, fmt.Errorf("reading %s:%d: bad Goldstein value %q: %w", file, n, f[1], ErrSyntax)
		}
		b.codes[code] = CodeInfo{Code: code, Goldstein: g, PLOVER: f[2], Mode: f[3], Context: f[4], Name: f[5], Quad: QuadOf(code)}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	return b, nil
}

func isCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return QuadOf(s) != 0
}

// Lookup returns the description of a code. A code the book does not list
// but whose parent it does ("1054" under "105") gets the parent's values with
// its own Code; ok is false when no ancestor is known either.
func (b *Codebook) Lookup(code string) (CodeInfo, bool) {
	for c := code; len(c) >= 2; c = c[:len(c)-1] {
		if info, ok := b.codes[c]; ok {
			info.Code = code
			return info, true
		}
	}
	return CodeInfo{}, false
}

// Codes returns the codes the book lists, sorted.
func (b *Codebook) Codes() []string {
	out := make([]string, 0, len(b.codes))
	for c := range b.codes {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}
