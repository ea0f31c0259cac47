package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/doc"
	"github.com/sitrep/sitrep/internal/store"
)

func runEvents(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "events", "", "List stored events by date. --since/--until filter on the event date.")
	db := dbFlag(fs)
	var lf listFlags
	lf.register(fs)
	code := fs.String("code", "", "keep events whose CAMEO code starts with `CODE` (e.g. 11, 114)")
	docID := fs.String("doc", "", "keep the events of one document `ID`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	since, until, err := lf.dates()
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	rows, err := st.Events(ctx, store.EventFilter{Since: since, Until: until, Actor: lf.actor, Code: *code, DocID: *docID, Limit: lf.limit, Offset: lf.offset})
	if err != nil {
		return fmt.Errorf("listing events: %w", err)
	}
	if lf.json {
		if rows == nil {
			rows = []store.EventRow{}
		}
		return m.printJSON(rows)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tSOURCE\tCAMEO\tPLOVER\tTARGET\tSTATUS\tSAID BY\tDOC")
	for _, r := range rows {
		e := r.Event
		said := "-"
		if e.SaidBy != nil {
			said = e.SaidBy.Code
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.12s\n", e.Date, actorCodes(e.Source), e.CAMEO, e.PLOVER, actorCodes(e.Target), e.Status, said, r.DocID)
	}
	return tw.Flush()
}

func actorCodes(as []doc.Actor) string {
	if len(as) == 0 {
		return "-"
	}
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Code
	}
	return strings.Join(out, "+")
}
