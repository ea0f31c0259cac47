package quantity

import (
	"bufio"
	"context"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/shared"
	"github.com/sitrep/sitrep/internal/stage/parse"
	"github.com/sitrep/sitrep/internal/stage/segment"
	"github.com/sitrep/sitrep/internal/stage/tag"
)

// runner builds segment, tag, parse and quantity once for all tests.
var runner = sync.OnceValues(func() (*pipeline.Runner, error) {
	r := pipeline.NewRegistry()
	for _, reg := range []func(*pipeline.Registry) error{segment.Register, tag.Register, parse.Register, Register} {
		if err := reg(r); err != nil {
			return nil, err
		}
	}
	p, err := r.Build("segment", "tag", "parse", "quantity")
	if err != nil {
		return nil, err
	}
	return pipeline.NewRunner(p, nil), nil
})

// annotate runs the full pipeline up to quantities over text.
func annotate(t testing.TB, text string) *doc.Doc {
	t.Helper()
	run, err := runner()
	if err != nil {
		t.Skipf("skipping: cannot build the pipeline with the shipped models: %v", err)
	}
	d := doc.New("test", text)
	if err := run.Run(context.Background(), d); err != nil {
		t.Fatalf("running the pipeline: %v", err)
	}
	return d
}

// wantQ is one expected quantity of the case file.
type wantQ struct {
	text         string
	value        float64
	approx       bool
	lower, upper *float64
	unit, kind   string
}

func (w wantQ) String() string {
	return describe(w.text, w.value, w.approx, w.lower, w.upper, w.unit, w.kind)
}

func describe(text string, v float64, approx bool, lo, hi *float64, unit, kind string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q %s", text, fmtNum(v))
	if approx {
		b.WriteString(" approx")
	}
	if lo != nil {
		fmt.Fprintf(&b, " lower=%s", fmtNum(*lo))
	}
	if hi != nil {
		fmt.Fprintf(&b, " upper=%s", fmtNum(*hi))
	}
	if unit != "" {
		fmt.Fprintf(&b, " unit=%s", unit)
	}
	if kind != "" {
		fmt.Fprintf(&b, " kind=%s", kind)
	}
	return b.String()
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func got(q doc.Quantity) string {
	return describe(q.Text, q.Value, q.Approx, q.Lower, q.Upper, q.Unit, q.Kind)
}

// matches compares with a relative tolerance, so "A third" may be written
// 33.333333.
func (w wantQ) matches(q doc.Quantity) bool {
	near := func(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b)) }
	bound := func(a, b *float64) bool { return (a == nil) == (b == nil) && (a == nil || near(*a, *b)) }
	return q.Text == w.text && near(q.Value, w.value) && q.Approx == w.approx &&
		bound(q.Lower, w.lower) && bound(q.Upper, w.upper) && q.Unit == w.unit && q.Kind == w.kind
}

type qcase struct {
	line     int
	sentence string
	want     []wantQ
}

// readCases reads testdata/cases.txt (its format is described at its top).
func readCases(t *testing.T, path string) []qcase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []qcase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case !strings.HasPrefix(line, "\t"):
			cases = append(cases, qcase{line: n, sentence: line, want: []wantQ{}})
		case len(cases) == 0:
			t.Fatalf("%s:%d: an expectation before any sentence", path, n)
		case strings.TrimSpace(line) == "none":
		default:
			w, err := parseWant(strings.TrimSpace(line))
			if err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			c := &cases[len(cases)-1]
			c.want = append(c.want, w)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

func parseWant(s string) (wantQ, error) {
	var w wantQ
	text, err := strconv.QuotedPrefix(s)
	if err != nil {
		return w, fmt.Errorf("reading the quoted span of %q: %w", s, err)
	}
	w.text, _ = strconv.Unquote(text)
	fs := strings.Fields(s[len(text):])
	if len(fs) == 0 {
		return w, fmt.Errorf("no value in %q", s)
	}
	if w.value, err = strconv.ParseFloat(fs[0], 64); err != nil {
		return w, fmt.Errorf("reading the value of %q: %w", s, err)
	}
	num := func(v string) (*float64, error) {
		f, err := strconv.ParseFloat(v, 64)
		return &f, err
	}
	for i := 1; i < len(fs); i++ {
		k, v, _ := strings.Cut(fs[i], "=")
		switch k {
		case "approx":
			w.approx = true
		case "lower":
			w.lower, err = num(v)
		case "upper":
			w.upper, err = num(v)
		case "unit":
			// units may have a space: "percentage point"
			for i+1 < len(fs) && !strings.Contains(fs[i+1], "=") && fs[i+1] != "approx" {
				i++
				v += " " + fs[i]
			}
			w.unit = v
		case "kind":
			w.kind = v
		default:
			return w, fmt.Errorf("unknown field %q in %q", fs[i], s)
		}
		if err != nil {
			return w, fmt.Errorf("reading %q: %w", fs[i], err)
		}
	}
	return w, nil
}

// TestCases runs the case table through segment, tag, parse and quantity
// and checks every sentence's quantities, in order.
func TestCases(t *testing.T) {
	cases := readCases(t, "testdata/cases.txt")
	nq := 0
	for _, c := range cases {
		nq += max(len(c.want), 1)
	}
	if nq < 60 {
		t.Errorf("the table has %d cases; keep at least 60", nq)
	}
	pass := 0
	for _, c := range cases {
		d := annotate(t, c.sentence)
		if err := d.Validate(); err != nil {
			t.Fatalf("line %d: %v", c.line, err)
		}
		ok := len(d.Quantities) == len(c.want)
		for i := range c.want {
			ok = ok && c.want[i].matches(d.Quantities[i])
		}
		for _, q := range d.Quantities {
			if d.Slice(q.Span) != q.Text {
				t.Errorf("line %d: text %q, span covers %q", c.line, q.Text, d.Slice(q.Span))
			}
		}
		if ok {
			pass++
			continue
		}
		var gs, ws []string
		for _, q := range d.Quantities {
			gs = append(gs, got(q))
		}
		for _, w := range c.want {
			ws = append(ws, w.String())
		}
		t.Errorf("testdata/cases.txt:%d: %s\n got: %s\nwant: %s", c.line, c.sentence,
			orNone(gs), orNone(ws))
	}
	t.Logf("%d of %d sentences right", pass, len(cases))
}

func orNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, "; ")
}

// TestSeedArticle checks the quantities issue 4 names in the seed article:
// around 12,000 troops, 1,500 of them, around 10,000 troops, and nothing
// else (no dates, years or "(21)").
func TestSeedArticle(t *testing.T) {
	path := shared.Example(t, "seoul-summons-ambassador.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := annotate(t, string(b))
	d.Published = doc.Date{Year: 2024, Month: 10, Day: 21}
	want := []wantQ{
		{text: "around 12,000", value: 12000, approx: true, unit: "troop", kind: KindTroops},
		{text: "1,500", value: 1500, unit: "troop", kind: KindTroops},
		{text: "around 10,000", value: 10000, approx: true, unit: "troop", kind: KindTroops},
	}
	var gs []string
	for _, q := range d.Quantities {
		gs = append(gs, got(q))
	}
	if len(d.Quantities) != len(want) {
		t.Fatalf("got %d quantities, want %d: %s", len(d.Quantities), len(want), orNone(gs))
	}
	for i, w := range want {
		if !w.matches(d.Quantities[i]) {
			t.Errorf("quantity %d: got %s, want %s", i, gs[i], w)
		}
	}
	if testing.Verbose() {
		t.Log(orNone(gs))
	}
}
