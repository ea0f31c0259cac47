package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
)

const claimsAbout = `List stored claims — who says what, when they said it, and who denies
or disputes it — by when each claim was made. Relations are shown from
the listed claim: "denies", "contradicts", "differs_in_figure" and
"supports" to another claim, "denied by" from one; a claim of another
document is named by the first 8 characters of its document ID.

--about reads digits as a CAMEO code prefix of the claim's events (072),
upper-case letters as an actor code prefix of its speaker or of its
events' sources and targets (PRK, RUSMIL), and anything else as words
that must all be whole words of its evidence, the sentences of its events
(Kursk troops). --actor keeps claims said by that actor; --since and
--until bound the day the claim was made.`

func runClaims(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "claims", "", claimsAbout)
	db := dbFlag(fs)
	about := fs.String("about", "", "keep claims about `TEXT|CODE`: a CAMEO code, an actor code, or words")
	actor := fs.String("actor", "", "keep claims said by an actor whose code starts with `CODE` (e.g. KORSPY, UKR)")
	sinceF := fs.String("since", "", "keep claims made on or after `YYYY-MM-DD`")
	untilF := fs.String("until", "", "keep claims made on or before `YYYY-MM-DD`")
	docID := fs.String("doc", "", "keep the claims of one document `ID`")
	lim := fs.Int("limit", 100, "at most `N` claims")
	offset := fs.Int("offset", 0, "skip the first `N` claims")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("claims takes no arguments, got %q", fs.Args())
	}
	lf := listFlags{since: *sinceF, until: *untilF}
	since, until, err := lf.dates()
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	rows, err := st.Claims(ctx, store.ClaimFilter{About: *about, Actor: *actor, Since: since, Until: until,
		DocID: *docID, Limit: *lim, Offset: *offset})
	if err != nil {
		return fmt.Errorf("listing claims: %w", err)
	}
	if *asJSON {
		if rows == nil {
			rows = []store.ClaimRow{}
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rows)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "WHEN\tSAID BY\tSTANCE\tEVENTS\tFIGURES\tRELATIONS\tCLAIM")
	for _, r := range rows {
		c := r.Claim
		said := "-"
		if c.SaidBy != nil && c.SaidBy.Code != "" {
			said = c.SaidBy.Code
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%.8s#%s\n", orDash(c.When), said, c.Stance,
			clipCell(eventsCell(r.Events), 70), orDash(figuresCell(r.Events)), orDash(linksCell(r)), r.DocID, c.ID)
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// eventsCell summarizes a claim's events: "PRKGOV 072 RUSGOV planned; …".
func eventsCell(es []doc.Event) string {
	parts := make([]string, 0, len(es))
	for _, e := range es {
		s := actorCodes(e.Source) + " " + e.CAMEO
		if len(e.Target) > 0 {
			s += " " + actorCodes(e.Target)
		}
		if e.Status != "" && e.Status != "occurred" {
			s += " " + e.Status
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "; ")
}

// figuresCell lists the quantities of a claim's events: "around 12,000 troop".
func figuresCell(es []doc.Event) string {
	var parts []string
	for _, e := range es {
		if q := e.Quantity; q != nil {
			s := q.Text
			if q.Unit != "" && !strings.Contains(s, q.Unit) {
				s += " " + q.Unit
			}
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "; ")
}

// linksCell lists a claim's relations: "differs_in_figure UKRGOV c3",
// "denied by RUSGOV 1a2b3c4d#c1".
func linksCell(r store.ClaimRow) string {
	parts := make([]string, 0, len(r.Links))
	for _, l := range r.Links {
		ref := l.Claim
		if l.CrossDoc {
			ref = fmt.Sprintf("%.8s#%s", l.DocID, l.Claim)
		}
		who := orDash(l.SaidBy)
		if l.Incoming {
			parts = append(parts, "denied by "+who+" "+ref)
		} else {
			parts = append(parts, l.Type+" "+who+" "+ref)
		}
	}
	return strings.Join(parts, "; ")
}
