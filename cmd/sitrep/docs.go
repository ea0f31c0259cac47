package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"github.com/sitrep/sitrep/internal/store"
)

func runDocs(ctx context.Context, m *Main, args []string) error {
	fs := newFlags(m, "docs", "", "List stored articles, newest publication first. --since/--until filter on the publication date.")
	db := dbFlag(fs)
	var lf listFlags
	lf.register(fs)
	query := fs.String("query", "", "full-text `query` over title and text (SQLite FTS5 syntax)")
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
	rows, err := st.Docs(ctx, store.DocFilter{Since: since, Until: until, Actor: lf.actor, Query: *query, Limit: lf.limit, Offset: lf.offset})
	if err != nil {
		return fmt.Errorf("listing documents: %w", err)
	}
	if lf.json {
		if rows == nil {
			rows = []store.DocSummary{}
		}
		return m.printJSON(rows)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tEVENTS\tSENTENCES\tTITLE\tSOURCE")
	for _, r := range rows {
		fmt.Fprintf(tw, "%.12s\t%s\t%d\t%d\t%s\t%s\n", r.ID, fmtDate(r.Published), r.Events, r.Sentences, clipCell(r.Title, 60), r.Source)
	}
	return tw.Flush()
}

func clipCell(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
