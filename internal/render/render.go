// Package render writes Docs for people: a plain-text summary with the
// document's metadata, then its sentences, entities, time expressions,
// quantities, places, actors and events as aligned tables. Empty layers are
// left out; warnings come last.
package render

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/doc"
)

// Text writes a readable summary of d to w.
func Text(w io.Writer, d *doc.Doc) error {
	ew := &errWriter{w: w}
	pub := d.Published.String()
	if pub == "" {
		pub = "unknown"
	}
	fmt.Fprintf(ew, "== %s\n", d.Source)
	if d.Title != "" {
		fmt.Fprintf(ew, "title:      %s\n", d.Title)
	}
	fmt.Fprintf(ew, "id:         %s\npublished:  %s\nbytes:      %d\n", d.ID, pub, len(d.Text))
	if len(d.Sentences) > 0 {
		table(ew, fmt.Sprintf("sentences (%d)", len(d.Sentences)), []string{"#", "span", "tokens", "text"}, len(d.Sentences), func(i int) []string {
			s := d.Sentences[i]
			return []string{fmt.Sprint(i), span(s.Span), fmt.Sprint(s.TokenEnd - s.TokenStart), clip(d.Slice(s.Span), 100)}
		})
	}
	if len(d.Entities) > 0 {
		table(ew, fmt.Sprintf("entities (%d)", len(d.Entities)), []string{"span", "type", "text"}, len(d.Entities), func(i int) []string {
			e := d.Entities[i]
			return []string{span(e.Span), e.Type, e.Text}
		})
	}
	if len(d.Timexes) > 0 {
		table(ew, fmt.Sprintf("time expressions (%d)", len(d.Timexes)), []string{"span", "type", "value", "text"}, len(d.Timexes), func(i int) []string {
			t := d.Timexes[i]
			return []string{span(t.Span), t.Type, t.Value, t.Text}
		})
	}
	if len(d.Quantities) > 0 {
		table(ew, fmt.Sprintf("quantities (%d)", len(d.Quantities)), []string{"span", "value", "approx", "unit", "text"}, len(d.Quantities), func(i int) []string {
			q := d.Quantities[i]
			return []string{span(q.Span), fmt.Sprint(q.Value), fmt.Sprint(q.Approx), q.Unit, q.Text}
		})
	}
	if len(d.Places) > 0 {
		table(ew, fmt.Sprintf("places (%d)", len(d.Places)), []string{"span", "text", "name", "country", "feature", "lat,lon"}, len(d.Places), func(i int) []string {
			p := d.Places[i]
			return []string{span(p.Span), p.Text, p.Name, p.Country, p.Feature, fmt.Sprintf("%.3f,%.3f", p.Lat, p.Lon)}
		})
	}
	if len(d.Actors) > 0 {
		table(ew, fmt.Sprintf("actors (%d)", len(d.Actors)), []string{"span", "code", "text", "name"}, len(d.Actors), func(i int) []string {
			a := d.Actors[i]
			return []string{span(a.Span), a.Code, a.Text, a.Name}
		})
	}
	if len(d.Events) > 0 {
		table(ew, fmt.Sprintf("events (%d)", len(d.Events)), []string{"sent", "date", "source", "cameo", "plover", "target", "status", "said by", "trigger"}, len(d.Events), func(i int) []string {
			e := d.Events[i]
			said := ""
			if e.SaidBy != nil {
				said = e.SaidBy.Code
			}
			return []string{fmt.Sprint(e.Sentence), e.Date, codes(e.Source), e.CAMEO, e.PLOVER, codes(e.Target), e.Status, said, e.Trigger.Text}
		})
	}
	if len(d.Warnings) > 0 {
		fmt.Fprintf(ew, "\nwarnings (%d):\n", len(d.Warnings))
		for _, w := range d.Warnings {
			fmt.Fprintf(ew, "  - %s\n", w)
		}
	}
	fmt.Fprintln(ew)
	return ew.err
}

func table(w io.Writer, title string, head []string, n int, row func(int) []string) {
	fmt.Fprintf(w, "\n%s:\n", title)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "  %s\n", strings.Join(head, "\t"))
	for i := range n {
		cells := row(i)
		for j, c := range cells {
			cells[j] = oneLine(c)
		}
		fmt.Fprintf(tw, "  %s\n", strings.Join(cells, "\t"))
	}
	tw.Flush()
}

func span(s doc.Span) string { return fmt.Sprintf("%d-%d", s.Start, s.End) }

func codes(as []doc.Actor) string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Code
	}
	return strings.Join(out, "+")
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func clip(s string, n int) string {
	s = oneLine(s)
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
